//! Wedges: a pie's slices, a disc's sector. A polygon with one vertex
//! from which every other lies at one distance (on an arc round it), its
//! two sides from there long: radii.

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
}
