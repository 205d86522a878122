//! Path data: the `d` attribute parsed into a Bézier path.

use kurbo::BezPath;

/// Parses path data; stops at the first error, keeping what came before
/// (as SVG renderers do).
/// The largest magnitude among a path segment's numbers (flags left
/// out); NaN when one is NaN.
fn largest(seg: svgtypes::PathSegment) -> f64 {
    use svgtypes::PathSegment as P;
    let m = |vs: &[f64]| {
        vs.iter().fold(0.0f64, |m, v| if v.is_nan() { f64::NAN } else { m.max(v.abs()) })
    };
    match seg {
        P::MoveTo { x, y, .. } | P::LineTo { x, y, .. } | P::SmoothQuadratic { x, y, .. } => {
            m(&[x, y])
        }
        P::HorizontalLineTo { x, .. } => m(&[x]),
        P::VerticalLineTo { y, .. } => m(&[y]),
        P::CurveTo { x1, y1, x2, y2, x, y, .. } => m(&[x1, y1, x2, y2, x, y]),
        P::SmoothCurveTo { x2, y2, x, y, .. } | P::Quadratic { x1: x2, y1: y2, x, y, .. } => {
            m(&[x2, y2, x, y])
        }
        P::EllipticalArc { rx, ry, x_axis_rotation, x, y, .. } => {
            m(&[rx, ry, x_axis_rotation, x, y])
        }
        P::ClosePath { .. } => 0.0,
    }
}

/// Coordinates beyond which arcs are not drawn: turning an arc into
/// curves takes steps growing with its radius, without bound.
pub(crate) const HUGE: f64 = crate::geom::path::HUGE;

/// The path `d` describes; `None` when it holds an arc at coordinates
/// beyond [`HUGE`] (which no drawing means, and which would take
/// unbounded time and memory to turn into curves).
pub(crate) fn path_data(d: &str) -> Option<BezPath> {
    use svgtypes::SimplePathSegment as S;
    if d.contains(['a', 'A']) {
        // Any number that large rules the path out: relative steps add up
        // only as far as the start tag's size allows, which stays harmless.
        for seg in svgtypes::PathParser::from(d) {
            let Ok(seg) = seg else { break };
            let big = largest(seg);
            if big.is_nan() || big > HUGE {
                return None;
            }
        }
    }
    let mut p = BezPath::new();
    for seg in svgtypes::SimplifyingPathParser::from(d) {
        let Ok(seg) = seg else { break };
        match seg {
            S::MoveTo { x, y } => p.move_to((x, y)),
            S::LineTo { x, y } => p.line_to((x, y)),
            S::CurveTo { x1, y1, x2, y2, x, y } => p.curve_to((x1, y1), (x2, y2), (x, y)),
            S::Quadratic { x1, y1, x, y } => p.quad_to((x1, y1), (x, y)),
            S::ClosePath => p.close_path(),
        }
    }
    Some(p)
}
