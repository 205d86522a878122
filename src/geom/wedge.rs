//! Wedges: a pie's slices, a disc's sector. A polygon with one vertex
//! from which every other lies at one distance (on an arc round it), its
//! two sides from there long: radii. And bands: a ring's segments, every
//! vertex on one of two circles about one centre.

use kurbo::Vec2;

/// How far the other vertices may lie off one distance from the apex
/// (arcs are drawn as polylines), and, for pies, how far wedges' angles
/// may sum short of, or past, a full turn, and their radii differ.
pub(crate) const TURN: f64 = 0.03;

/// The apex, radius and span of the polygon `points` when it is a wedge:
/// a vertex whose two sides are long (radii) and from which every other
/// vertex lies at one distance (on the arc), within [`TURN`]. A sliver's
/// arc may be flattened to its two ends: three points.
pub(crate) fn wedge(points: &[Vec2]) -> Option<(Vec2, f64, f64)> {
    let n = points.len();
    if n < 3 {
        return None;
    }
    let (lo, hi) = points.iter().fold((points[0], points[0]), |(lo, hi), p| {
        (Vec2::new(lo.x.min(p.x), lo.y.min(p.y)), Vec2::new(hi.x.max(p.x), hi.y.max(p.y)))
    });
    // A radius is at least a third of the box's diagonal: the box of a
    // disc's worth of wedge is 2√2 radii across.
    let long = 0.35 * (hi - lo).hypot();
    (0..n).find_map(|k| {
        let v = points[k];
        let (prev, next) = (points[(k + n - 1) % n], points[(k + 1) % n]);
        if (prev - v).hypot() < long || (next - v).hypot() < long {
            return None;
        }
        let arc: Vec<Vec2> = (1..n).map(|j| points[(k + j) % n] - v).collect();
        let r = arc.iter().map(|p| p.hypot()).fold(0.0, f64::max);
        if r.is_nan() || r <= 0.0 || arc.iter().any(|p| p.hypot() < (1.0 - TURN) * r) {
            return None;
        }
        let span: f64 = arc.windows(2).map(|w| w[0].cross(w[1]).atan2(w[0].dot(w[1])).abs()).sum();
        (span > 0.0).then_some((v, r, span))
    })
}

/// The centre, inner and outer radius of the polygon `points` when it is
/// a band: a segment of a ring (a pie ring's part, a progress arc), every
/// vertex on one of two circles about one centre, within [`TURN`] of the
/// outer radius, the inner at least a third of the outer and short of it
/// by a tenth. Its arcs are polylines: the centre is the median of the
/// circles through each three vertices in a row (those round a corner
/// are off, and few).
pub(crate) fn band(points: &[Vec2]) -> Option<(Vec2, f64, f64)> {
    let n = points.len();
    if n < 8 {
        return None;
    }
    let (mut xs, mut ys): (Vec<f64>, Vec<f64>) = (0..n)
        .filter_map(|k| circumcentre(points[(k + n - 1) % n], points[k], points[(k + 1) % n]))
        .map(|c| (c.x, c.y))
        .unzip();
    if 2 * xs.len() < n {
        return None;
    }
    let mid = xs.len() / 2;
    let x = *xs.select_nth_unstable_by(mid, f64::total_cmp).1;
    let y = *ys.select_nth_unstable_by(mid, f64::total_cmp).1;
    let c = Vec2::new(x, y);
    let (inner, outer) = points
        .iter()
        .map(|p| (*p - c).hypot())
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), r| (lo.min(r), hi.max(r)));
    let on = |r: f64| (r - inner).abs() <= TURN * outer || (r - outer).abs() <= TURN * outer;
    let banded = inner >= outer / 3.0 && inner <= 0.9 * outer;
    (banded && points.iter().all(|p| on((*p - c).hypot()))).then_some((c, inner, outer))
}

/// The centre of the circle through `a`, `b` and `c`; none where they lie
/// on a line.
fn circumcentre(a: Vec2, b: Vec2, c: Vec2) -> Option<Vec2> {
    let (ab, ac) = (b - a, c - a);
    let d = 2.0 * ab.cross(ac);
    if d.abs() <= 1e-12 * ab.hypot2().max(ac.hypot2()) {
        return None;
    }
    let (l, m) = (ab.hypot2(), ac.hypot2());
    let centre = a + Vec2::new(ac.y * l - ab.y * m, ab.x * m - ac.x * l) / d;
    centre.is_finite().then_some(centre)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sector(from: f64, to: f64) -> Vec<Vec2> {
        let mut p = vec![Vec2::ZERO];
        p.extend((0..=20).map(|k| {
            let a = from + (to - from) * f64::from(k) / 20.0;
            Vec2::new(10.0 * a.cos(), 10.0 * a.sin())
        }));
        p
    }

    #[test]
    fn a_wedge_has_its_apex_radius_and_span() {
        for (from, to) in [(0.0, 0.3), (1.0, 3.0), (0.5, 5.5)] {
            let (apex, r, span) = wedge(&sector(from, to)).expect("a wedge");
            assert!(apex.hypot() < 1e-9 && (r - 10.0).abs() < 1e-9, "{apex:?} {r}");
            assert!((span - (to - from)).abs() < 1e-9, "{span}");
        }
        // a square, a triangle with unequal sides, a ring: none
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let uneven = [(0.0, 0.0), (10.0, 0.0), (11.0, 3.0), (2.0, 8.0)];
        for p in [&square[..], &uneven[..]] {
            let p: Vec<Vec2> = p.iter().map(|&(x, y)| Vec2::new(x, y)).collect();
            assert!(wedge(&p).is_none(), "{p:?}");
        }
        let ring: Vec<Vec2> = (0..24)
            .map(|k| Vec2::new((f64::from(k) * 0.26).cos(), (f64::from(k) * 0.26).sin()))
            .collect();
        assert!(wedge(&ring).is_none());
        // A sliver, its arc flattened to its two ends: a wedge still.
        let sliver = [
            Vec2::ZERO,
            Vec2::new(10.0, 0.0),
            Vec2::new(10.0 * 0.03f64.cos(), 10.0 * 0.03f64.sin()),
        ];
        let (apex, r, span) = wedge(&sliver).expect("a sliver is a wedge");
        assert!(apex.hypot() < 1e-9 && (r - 10.0).abs() < 1e-9 && (span - 0.03).abs() < 1e-9);
        // (A triangle with unequal sides is none.)
        let thin = [Vec2::ZERO, Vec2::new(10.0, 0.0), Vec2::new(6.0, 0.5)];
        assert!(wedge(&thin).is_none());
    }

    #[test]
    fn a_band_has_its_centre_and_radii() {
        let arc = |r: f64, from: f64, to: f64| {
            (0..=24).map(move |k| {
                let a = from + (to - from) * f64::from(k) / 24.0;
                Vec2::new(5.0 + r * a.cos(), -3.0 + r * a.sin())
            })
        };
        for (from, to) in [(0.0, 1.0), (0.5, 4.0), (-1.0, 5.0)] {
            let p: Vec<Vec2> = arc(12.0, from, to).chain(arc(9.0, to, from)).collect();
            let (c, inner, outer) = band(&p).expect("a band");
            assert!((c - Vec2::new(5.0, -3.0)).hypot() < 1e-6, "{c:?}");
            assert!((inner - 9.0).abs() < 1e-6 && (outer - 12.0).abs() < 1e-6);
        }
        // A disc, a wedge, a box, and a band too wide: none.
        let disc: Vec<Vec2> = arc(10.0, 0.0, 6.2).collect();
        let wedge = sector(0.0, 2.0);
        let square: Vec<Vec2> = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (5.0, 10.0), (0.0, 10.0)]
            .iter()
            .chain(&[(0.0, 7.0), (0.0, 5.0), (0.0, 2.0)])
            .map(|&(x, y)| Vec2::new(x, y))
            .collect();
        let wide: Vec<Vec2> = arc(12.0, 0.0, 2.0).chain(arc(3.0, 2.0, 0.0)).collect();
        for p in [&disc, &wedge, &square, &wide] {
            assert!(band(p).is_none(), "{p:?}");
        }
    }
}
