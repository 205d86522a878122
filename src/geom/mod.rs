//! Geometry of node outlines in root user space.

pub(crate) mod path;
pub(crate) mod spatial;
pub(crate) mod spine;
pub(crate) mod wedge;

use std::sync::Arc;

use kurbo::{Affine, Point, Vec2};

/// The outline of a node, centred on the node's centre.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Outline {
    /// A circle of radius `r`.
    Circle { r: f64 },
    /// An ellipse: the image of the unit circle under the invertible linear
    /// map `m` (`[a, b, c, d]`, columns (a, b) and (c, d)). (Boxed: an
    /// outline is kept per node, most are circles, and so it takes 16
    /// bytes.)
    Ellipse { m: Box<[f64; 4]> },
    /// Any other closed shape, flattened to a polygon around the centre.
    Polygon(Arc<Polygon>),
}

/// A closed polygon, its vertices relative to the node's centre.
#[derive(Debug, PartialEq)]
pub(crate) struct Polygon {
    pub points: Vec<Vec2>,
    /// Half the bounding box's width and height (the centre is the box's).
    pub half: (f64, f64),
    /// Enclosed area.
    pub area: f64,
}

impl Polygon {
    /// The centre of the area enclosed, from the box's centre: on a
    /// symmetric shape's axis however it is turned (the box's centre is
    /// not, for a head drawn aslant or with a notch). Zero where the
    /// polygon encloses nothing.
    pub(crate) fn centroid(&self) -> Vec2 {
        let p = &self.points;
        let n = p.len();
        let (mut twice, mut sum) = (0.0, Vec2::ZERO);
        for i in 0..n {
            let c = p[i].cross(p[(i + 1) % n]);
            twice += c;
            sum += (p[i] + p[(i + 1) % n]) * c;
        }
        if twice.abs() <= f64::EPSILON * sum.hypot().max(1.0) {
            Vec2::ZERO
        } else {
            sum / (3.0 * twice)
        }
    }

    /// The area of the polygon's convex hull (Andrew's monotone chain): its
    /// own area over this is 1 for a convex outline, however finely
    /// drawn or rounded, and less the more it turns back on itself.
    pub(crate) fn hull_area(&self) -> f64 {
        polygon_area(&convex_hull(self.points.clone()))
    }

    /// The distance from the origin to the farthest crossing of the ray
    /// along `u` (a unit vector) with the polygon's edges; 0 when it
    /// crosses none.
    fn ray(&self, u: Vec2) -> f64 {
        let mut best: f64 = 0.0;
        let n = self.points.len();
        for i in 0..n {
            let p = self.points[i];
            let q = self.points[(i + 1) % n];
            let e = q - p;
            // origin + t·u = p + s·e
            let den = u.cross(e);
            if den == 0.0 {
                // An edge along the ray itself (a spike of no width, as
                // Graphviz draws a vee's point): it reaches its far end.
                if p.cross(u).abs() <= 1e-9 * (p.hypot() + q.hypot()) {
                    best = best.max(p.dot(u).max(q.dot(u)));
                }
                continue;
            }
            let t = p.cross(e) / den;
            let s = p.cross(u) / den;
            if t >= 0.0 && (-1e-12..=1.0 + 1e-12).contains(&s) {
                best = best.max(t);
            }
        }
        best
    }

    /// The distance from `v` to the nearest of the polygon's edges.
    pub(crate) fn edge_distance(&self, v: Vec2) -> f64 {
        let n = self.points.len();
        let v = v.to_point();
        (0..n)
            .map(|i| {
                let (p, q) = (self.points[i].to_point(), self.points[(i + 1) % n].to_point());
                v.distance(nearest_on_segment(p, q, v))
            })
            .fold(f64::INFINITY, f64::min)
    }
}

/// The point of the segment `a`–`b` nearest `p` (`a` where the segment
/// has no length).
pub(crate) fn nearest_on_segment(a: Point, b: Point, p: Point) -> Point {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.hypot2()).clamp(0.0, 1.0);
    a + ab * if t.is_nan() { 0.0 } else { t }
}

/// The convex hull of `points` (Andrew's monotone chain), counter-clockwise
/// in a y-down frame; fewer than three points when they enclose nothing.
pub(crate) fn convex_hull(mut p: Vec<Vec2>) -> Vec<Vec2> {
    p.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    p.dedup();
    if p.len() < 3 {
        return p;
    }
    // Lower then upper chain, each turning left only; each chain's last
    // point starts the other.
    let mut hull: Vec<Vec2> = Vec::with_capacity(2 * p.len());
    let chain = |hull: &mut Vec<Vec2>, pts: &mut dyn Iterator<Item = Vec2>| {
        let start = hull.len();
        for q in pts {
            while hull.len() >= start + 2 && {
                let (a, b) = (hull[hull.len() - 2], hull[hull.len() - 1]);
                (b - a).cross(q - a) <= 0.0
            } {
                hull.pop();
            }
            hull.push(q);
        }
        hull.pop();
    };
    chain(&mut hull, &mut p.iter().copied());
    chain(&mut hull, &mut p.iter().rev().copied());
    hull
}

/// Whether `v` lies within the convex polygon `hull` (as [`convex_hull`]
/// gives it): its sides all turn one way, `v` on the same side of each.
fn hull_holds(hull: &[Vec2], v: Vec2) -> bool {
    let n = hull.len();
    let side = |i: usize| (hull[(i + 1) % n] - hull[i]).cross(v - hull[i]);
    n >= 3 && ((0..n).all(|i| side(i) >= 0.0) || (0..n).all(|i| side(i) <= 0.0))
}

/// The area a closed polygon encloses (the shoelace formula).
pub(crate) fn polygon_area(p: &[Vec2]) -> f64 {
    let n = p.len();
    0.5 * (0..n).map(|i| p[i].cross(p[(i + 1) % n])).sum::<f64>().abs()
}

impl Outline {
    /// The box `r` as an outline, and its centre (none where the box
    /// encloses nothing).
    pub(crate) fn of_box(r: kurbo::Rect) -> Option<(Point, Outline)> {
        use kurbo::Shape as _;
        match path::analyse(&r.to_path(0.01)) {
            path::Analysis::Closed(c) => Some((c.center, c.outline)),
            _ => None,
        }
    }

    /// A circle of radius `r` drawn under `ctm`: a circle again when the
    /// transform is a similarity, an ellipse otherwise.
    pub(crate) fn transformed_circle(r: f64, ctm: Affine) -> Outline {
        let [a, b, c, d, _, _] = ctm.as_coeffs();
        // A similarity has orthogonal columns of equal length.
        let (l1, l2) = (a.hypot(b), c.hypot(d));
        let dot = a * c + b * d;
        let scale = l1.max(l2).max(f64::MIN_POSITIVE);
        if (l1 - l2).abs() <= 1e-12 * scale && dot.abs() <= 1e-12 * scale * scale {
            return Outline::Circle { r: r * l1 };
        }
        let m = [a * r, b * r, c * r, d * r];
        let det = m[0] * m[3] - m[1] * m[2];
        if det == 0.0 || !det.is_finite() {
            // Degenerate (flattened to a segment): keep its size, as a circle.
            return Outline::Circle { r: r * (det.abs().sqrt()) };
        }
        Outline::Ellipse { m: Box::new(m) }
    }

    /// Half the width and height of the outline's bounding box.
    pub(crate) fn half_extents(&self) -> (f64, f64) {
        match self {
            Outline::Circle { r } => (*r, *r),
            Outline::Ellipse { m, .. } => (m[0].hypot(m[2]), m[1].hypot(m[3])),
            Outline::Polygon(p) => p.half,
        }
    }

    /// The outline's bounding box, placed at `center`.
    pub(crate) fn bounds_at(&self, center: kurbo::Point) -> kurbo::Rect {
        let (hx, hy) = self.half_extents();
        kurbo::Rect::new(center.x - hx, center.y - hy, center.x + hx, center.y + hy)
    }

    /// Whether the outline's bounding box, grown by `slack` each side,
    /// holds the point `v` from its centre.
    pub(crate) fn box_holds(&self, v: Vec2, slack: f64) -> bool {
        let (hx, hy) = self.half_extents();
        v.x.abs() <= hx + slack && v.y.abs() <= hy + slack
    }

    /// The enclosed area.
    pub(crate) fn area(&self) -> f64 {
        match self {
            Outline::Circle { r } => std::f64::consts::PI * r * r,
            Outline::Ellipse { m } => std::f64::consts::PI * (m[0] * m[3] - m[1] * m[2]).abs(),
            Outline::Polygon(p) => p.area,
        }
    }

    /// The radius of the circle of the same area.
    pub(crate) fn equal_area_radius(&self) -> f64 {
        match self {
            Outline::Circle { r } => *r,
            Outline::Ellipse { m, .. } => (m[0] * m[3] - m[1] * m[2]).abs().sqrt(),
            Outline::Polygon(p) => (p.area / std::f64::consts::PI).sqrt(),
        }
    }

    /// The distance from the centre to the outline in the direction of `v`
    /// (any length but zero).
    pub(crate) fn rim_distance(&self, v: Vec2) -> f64 {
        match self {
            Outline::Circle { r } => *r,
            Outline::Ellipse { m } => {
                // Map v back into the unit circle's space: u = m⁻¹ v.
                let det = m[0] * m[3] - m[1] * m[2];
                let u = Vec2::new(m[3] * v.x - m[2] * v.y, -m[1] * v.x + m[0] * v.y) / det;
                v.hypot() / u.hypot()
            }
            Outline::Polygon(p) => p.ray(v / v.hypot()),
        }
    }

    /// The point of the outline reaching farthest along `u` (a unit
    /// vector), relative to the centre: a polygon's vertex, which need not
    /// lie on the ray along `u` (a head's tip, off its centre's line).
    pub(crate) fn extreme(&self, u: Vec2) -> Vec2 {
        match self {
            Outline::Polygon(p) => p
                .points
                .iter()
                .copied()
                .max_by(|a, b| a.dot(u).total_cmp(&b.dot(u)))
                .unwrap_or(Vec2::ZERO),
            other => u * other.rim_distance(u),
        }
    }

    /// An ellipse of radii `rx`, `ry` drawn under `ctm` (a circle when it
    /// stays one).
    pub(crate) fn transformed_ellipse(rx: f64, ry: f64, ctm: Affine) -> Outline {
        if rx == ry {
            return Self::transformed_circle(rx, ctm);
        }
        let [a, b, c, d, _, _] = ctm.as_coeffs();
        let m = [a * rx, b * rx, c * ry, d * ry];
        let det = m[0] * m[3] - m[1] * m[2];
        if det == 0.0 || !det.is_finite() {
            return Outline::Circle { r: det.abs().sqrt() };
        }
        Outline::Ellipse { m: Box::new(m) }
    }
}

/// How well a point touches an outline centred at `center`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Touch {
    /// Distance to the nearer of the two places a line end is drawn to:
    /// the centre, or the rim (lines shortened to the boundary).
    pub score: f64,
    /// Distance to the centre, the first tie-break.
    pub centre: f64,
}

/// The point halfway along the polyline through `points` (two or more),
/// and the point of it farthest from its start.
pub(crate) fn halfway_and_far(points: &[Point]) -> (Point, Point) {
    let (a, b) = (points[0], points[points.len() - 1]);
    let lens: Vec<f64> = points.windows(2).map(|w| (w[1] - w[0]).hypot()).collect();
    let half = 0.5 * lens.iter().sum::<f64>();
    let (mut gone, mut mid) = (0.0, b);
    for (w, len) in points.windows(2).zip(&lens) {
        if gone + len >= half {
            mid = w[0].lerp(w[1], if *len > 0.0 { (half - gone) / len } else { 0.0 });
            break;
        }
        gone += len;
    }
    let far = points
        .iter()
        .copied()
        .max_by(|p, q| (*p - a).hypot2().total_cmp(&(*q - a).hypot2()))
        .unwrap_or(b);
    (mid, far)
}

/// Tests whether `p` touches the outline within `tol`: at or inside the
/// outline, or at most `tol` outside it.
pub(crate) fn touch(center: Point, outline: &Outline, p: Point, tol: f64) -> Option<Touch> {
    let v = p - center;
    let d = v.hypot();
    if d == 0.0 {
        return Some(Touch { score: 0.0, centre: 0.0 });
    }
    // Beyond the box, grown by `tol`, a point is beyond the rim by more
    // than `tol` (the rim lies in the box): a polygon's rim, a walk along
    // its edges, is not needed then.
    if let Outline::Polygon(poly) = outline
        && (v.x.abs() > poly.half.0 + tol || v.y.abs() > poly.half.1 + tol)
    {
        return None;
    }
    let rim = outline.rim_distance(v);
    if d > rim + tol {
        return None;
    }
    Some(Touch { score: d.min((d - rim).abs()), centre: d })
}

/// Tests whether `p` touches the outline within `tol`, as [`touch`] does,
/// or lies within `tol` of a polygon's edges where the ray from the centre
/// measures its rim wrongly: for a polygon that turns back on itself (a
/// vee, whose area is well under its convex hull's: an end a hair beside
/// its notch, or in it, is at its rim), or for any polygon with `any`
/// (beside a corner off the centre's ray, as a half bar's is).
pub(crate) fn touch_edges(
    center: Point,
    outline: &Outline,
    p: Point,
    (tol, any): (f64, bool),
) -> Option<Touch> {
    touch(center, outline, p, tol).or_else(|| {
        let Outline::Polygon(poly) = outline else { return None };
        let hull = convex_hull(poly.points.clone());
        let turns_back = poly.area < 0.9 * polygon_area(&hull);
        if !(any || turns_back) {
            return None;
        }
        let v = p - center;
        let near = poly.edge_distance(v);
        let notched = turns_back && hull_holds(&hull, v);
        (near <= tol || notched).then(|| Touch { score: near, centre: v.hypot() })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notched_head_turned_aslant_has_its_centroid_on_its_axis() {
        // JUNG's head: tip, barb, notch, barb; its axis through the tip and
        // the notch. Turned by 30 degrees, its box's centre leaves the axis.
        let turn = Affine::rotate(0.52);
        let pts: Vec<Vec2> = [(0.0, -6.0), (4.0, 4.0), (0.0, 1.0), (-4.0, 4.0)]
            .iter()
            .map(|&(x, y)| (turn * Point::new(x, y)).to_vec2())
            .collect();
        let (lo, hi) = pts.iter().fold(
            (Vec2::new(f64::MAX, f64::MAX), -Vec2::new(f64::MAX, f64::MAX)),
            |(l, h), v| {
                (Vec2::new(l.x.min(v.x), l.y.min(v.y)), Vec2::new(h.x.max(v.x), h.y.max(v.y)))
            },
        );
        let mid = (lo + hi) * 0.5;
        let p = Polygon {
            points: pts.iter().map(|v| *v - mid).collect(),
            half: ((hi.x - lo.x) / 2.0, (hi.y - lo.y) / 2.0),
            area: polygon_area(&pts),
        };
        let axis = (turn * Point::new(0.0, 1.0)).to_vec2();
        let off = |c: Vec2| (c + mid).cross(axis).abs();
        assert!(off(p.centroid()) < 1e-9, "centroid off the axis by {}", off(p.centroid()));
        assert!(off(Vec2::ZERO) > 0.5, "the box's centre is on the axis too: no test");
        // Nothing enclosed, no centre.
        let flat =
            Polygon { points: vec![Vec2::ZERO, Vec2::new(1.0, 0.0)], half: (0.5, 0.0), area: 0.0 };
        assert_eq!(flat.centroid(), Vec2::ZERO);
    }

    #[test]
    fn similarity_keeps_circles() {
        let t = Affine::rotate(0.7) * Affine::scale(3.0) * Affine::translate((5.0, 1.0));
        match Outline::transformed_circle(2.0, t) {
            Outline::Circle { r } => assert!((r - 6.0).abs() < 1e-12),
            o => panic!("expected a circle, got {o:?}"),
        }
    }

    #[test]
    fn non_uniform_scale_gives_an_ellipse() {
        let o = Outline::transformed_circle(1.0, Affine::scale_non_uniform(4.0, 1.0));
        assert!(matches!(o, Outline::Ellipse { .. }));
        assert!((o.rim_distance(Vec2::new(1.0, 0.0)) - 4.0).abs() < 1e-12);
        assert!((o.rim_distance(Vec2::new(0.0, -3.0)) - 1.0).abs() < 1e-12);
        assert!((o.equal_area_radius() - 2.0).abs() < 1e-12);
        assert_eq!(o.half_extents(), (4.0, 1.0));
    }

    #[test]
    fn skewed_circle_rim() {
        let o = Outline::transformed_circle(1.0, Affine::skew(1.0, 0.0));
        // the unit circle's top (0, 1) maps to (1, 1)
        let v = Vec2::new(1.0, 1.0);
        assert!((o.rim_distance(v) - 2f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn edges_touch_a_concave_polygon_only_unless_asked() {
        // A point beside a triangle's tip, off the ray from its centre
        // (past the rim that way by more than the tolerance), within it
        // of the edge: no touch for a convex triangle (a stroke starting
        // beside a PlantUML hollow triangle's tip is not its), a touch for
        // a vee (its notch a spike), and for any polygon when asked.
        let polygon = |points: Vec<Vec2>| {
            let area = polygon_area(&points);
            Outline::Polygon(Arc::new(Polygon { points, half: (5.0, 5.0), area }))
        };
        let triangle =
            polygon(vec![Vec2::new(-5.0, -5.0), Vec2::new(5.0, 0.0), Vec2::new(-5.0, 5.0)]);
        let vee = polygon(vec![
            Vec2::new(-5.0, -5.0),
            Vec2::new(5.0, 0.0),
            Vec2::new(-5.0, 5.0),
            Vec2::new(-2.0, 0.0),
        ]);
        let (c, p) = (Point::ORIGIN, Point::new(4.0, 1.2));
        assert!(touch(c, &triangle, p, 0.7).is_none());
        assert!(touch_edges(c, &triangle, p, (0.7, false)).is_none());
        assert!(touch_edges(c, &vee, p, (0.7, false)).is_some());
        assert!(touch_edges(c, &triangle, p, (0.7, true)).is_some());
        assert!(touch_edges(c, &triangle, p, (0.5, true)).is_none());
        // A point deep in the vee's notch, farther from its edges than the
        // tolerance (a shaft stopping short of a notched head's back, as
        // JGraphX draws it), is the vee's; one out past the notch's mouth
        // is not.
        let deep = Point::new(-4.5, 0.0);
        assert!(touch(c, &vee, deep, 0.7).is_none(), "the rim measures it");
        assert!(touch_edges(c, &vee, deep, (0.7, false)).is_some());
        assert!(touch_edges(c, &vee, Point::new(-6.5, 0.0), (0.7, false)).is_none());
    }

    #[test]
    fn polygon_rims() {
        let square = Polygon {
            points: vec![
                Vec2::new(-1.0, -1.0),
                Vec2::new(1.0, -1.0),
                Vec2::new(1.0, 1.0),
                Vec2::new(-1.0, 1.0),
            ],
            half: (1.0, 1.0),
            area: 4.0,
        };
        let o = Outline::Polygon(Arc::new(square));
        assert!((o.rim_distance(Vec2::new(3.0, 0.0)) - 1.0).abs() < 1e-12);
        assert!((o.rim_distance(Vec2::new(1.0, 1.0)) - 2f64.sqrt()).abs() < 1e-12);
        assert!((o.equal_area_radius() - (4.0 / std::f64::consts::PI).sqrt()).abs() < 1e-12);
        let c = Point::new(5.0, 5.0);
        assert!(touch(c, &o, Point::new(6.0, 6.0), 0.01).is_some());
        assert!(touch(c, &o, Point::new(6.2, 5.0), 0.1).is_none());
    }

    #[test]
    fn a_spike_of_no_width_along_the_ray_is_its_rim() {
        // A vee's outline as Graphviz writes it: the point drawn out and
        // back along the axis, enclosing nothing there.
        let vee = Polygon {
            points: vec![
                Vec2::new(7.0, 0.0),
                Vec2::new(-7.0, -6.0),
                Vec2::new(0.0, 0.0),
                Vec2::new(-7.0, 0.0),
                Vec2::new(0.0, 0.0),
                Vec2::new(-7.0, 6.0),
            ],
            half: (7.0, 6.0),
            area: 42.0,
        };
        let o = Outline::Polygon(Arc::new(vee));
        assert!((o.rim_distance(Vec2::new(-1.0, 0.0)) - 7.0).abs() < 1e-12);
        assert!((o.rim_distance(Vec2::new(1.0, 0.0)) - 7.0).abs() < 1e-12);
    }

    #[test]
    fn touching_centre_inside_rim_and_outside() {
        let c = Point::new(10.0, 10.0);
        let o = Outline::Circle { r: 5.0 };
        assert_eq!(touch(c, &o, c, 0.1).unwrap().score, 0.0);
        let inside = touch(c, &o, Point::new(12.0, 10.0), 0.1).unwrap();
        assert_eq!(inside.score, 2.0);
        let rim = touch(c, &o, Point::new(10.0, 15.05), 0.1).unwrap();
        assert!((rim.score - 0.05).abs() < 1e-9);
        assert!(touch(c, &o, Point::new(10.0, 15.2), 0.1).is_none());
    }
}
