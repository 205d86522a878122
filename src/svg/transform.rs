//! Transform lists and viewport mappings, as `kurbo::Affine`.

use kurbo::Affine;
use svgtypes::{Align, AspectRatio, ViewBox};

/// Parses a `transform` attribute. `None` when it is not a valid transform
/// list or holds a non-finite value.
pub(crate) fn parse_transform(text: &str) -> Option<Affine> {
    let t: svgtypes::Transform = text.parse().ok()?;
    let m = [t.a, t.b, t.c, t.d, t.e, t.f];
    m.iter().all(|v| v.is_finite()).then(|| Affine::new(m))
}

/// The mapping from a nested `<svg>`'s viewBox to its viewport at
/// (`x`, `y`) of size `width` × `height`, as `preserveAspectRatio` says.
pub(crate) fn viewbox_transform(
    view_box: &ViewBox,
    aspect: AspectRatio,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
) -> Affine {
    let sx = width / view_box.w;
    let sy = height / view_box.h;
    let (sx, sy) = if aspect.align == Align::None {
        (sx, sy)
    } else {
        let s = if aspect.slice { sx.max(sy) } else { sx.min(sy) };
        (s, s)
    };
    let (vw, vh) = (view_box.w * sx, view_box.h * sy);
    // Where the scaled viewBox sits inside the viewport.
    let (fx, fy) = match aspect.align {
        Align::None | Align::XMinYMin => (0.0, 0.0),
        Align::XMidYMin => (0.5, 0.0),
        Align::XMaxYMin => (1.0, 0.0),
        Align::XMinYMid => (0.0, 0.5),
        Align::XMidYMid => (0.5, 0.5),
        Align::XMaxYMid => (1.0, 0.5),
        Align::XMinYMax => (0.0, 1.0),
        Align::XMidYMax => (0.5, 1.0),
        Align::XMaxYMax => (1.0, 1.0),
    };
    let tx = x + (width - vw) * fx - view_box.x * sx;
    let ty = y + (height - vh) * fy - view_box.y * sy;
    Affine::new([sx, 0.0, 0.0, sy, tx, ty])
}

#[cfg(test)]
mod tests {
    use super::*;
    use kurbo::Point;

    fn near(a: Point, b: Point) -> bool {
        (a - b).hypot() < 1e-9
    }

    #[test]
    fn every_transform_function() {
        let p = Point::new(1.0, 2.0);
        let t = |s| parse_transform(s).unwrap() * p;
        assert!(near(t("translate(10)"), Point::new(11.0, 2.0)));
        assert!(near(t("translate(10, 20)"), Point::new(11.0, 22.0)));
        assert!(near(t("scale(2)"), Point::new(2.0, 4.0)));
        assert!(near(t("scale(2 3)"), Point::new(2.0, 6.0)));
        assert!(near(t("rotate(90)"), Point::new(-2.0, 1.0)));
        // rotate about (1, 0): (1,2) is 2 above the centre, goes 2 left of it
        assert!(near(t("rotate(90 1 0)"), Point::new(-1.0, 0.0)));
        assert!(near(t("skewX(45)"), Point::new(3.0, 2.0)));
        assert!(near(t("skewY(45)"), Point::new(1.0, 3.0)));
        assert!(near(t("matrix(1 0 0 1 5 6)"), Point::new(6.0, 8.0)));
    }

    #[test]
    fn lists_apply_right_to_left() {
        let p = Point::new(1.0, 0.0);
        // scale first, then translate
        let t = parse_transform("translate(10,0) scale(2)").unwrap();
        assert!(near(t * p, Point::new(12.0, 0.0)));
        let t = parse_transform("scale(2),translate(10,0)").unwrap();
        assert!(near(t * p, Point::new(22.0, 0.0)));
    }

    #[test]
    fn bad_transforms_are_rejected() {
        for bad in ["translate(", "foo(1)", "scale(1e999)", "rotate(nan)", "translate(1,2"] {
            assert!(parse_transform(bad).is_none(), "{bad}");
        }
        assert_eq!(parse_transform(""), Some(Affine::IDENTITY));
    }

    #[test]
    fn viewbox_meet_slice_and_none() {
        let vb = ViewBox::new(0.0, 0.0, 100.0, 50.0);
        let meet = AspectRatio::default(); // xMidYMid meet
        let t = viewbox_transform(&vb, meet, 0.0, 0.0, 200.0, 200.0);
        // scale 2, centred vertically: 200 - 100 = 100 spare, half of it above
        assert!(near(t * Point::new(0.0, 0.0), Point::new(0.0, 50.0)));
        assert!(near(t * Point::new(100.0, 50.0), Point::new(200.0, 150.0)));
        let none: AspectRatio = "none".parse().unwrap();
        let t = viewbox_transform(&vb, none, 10.0, 20.0, 200.0, 200.0);
        assert!(near(t * Point::new(100.0, 50.0), Point::new(210.0, 220.0)));
        let slice: AspectRatio = "xMinYMin slice".parse().unwrap();
        let t = viewbox_transform(&vb, slice, 0.0, 0.0, 200.0, 200.0);
        assert!(near(t * Point::new(100.0, 50.0), Point::new(400.0, 200.0)));
    }
}
