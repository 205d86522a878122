//! What a drawn path is: a closed outline (a node candidate) or open
//! strokes (edge candidates), in root user space.

use std::sync::Arc;

use kurbo::{
    BezPath, ParamCurve, ParamCurveArclen, ParamCurveNearest, PathEl, Point, Rect, Shape, Vec2,
};

use super::spine::{Spine, spine};
use super::{Outline, Polygon};

/// A closed shape: its centre (the centre of its bounding box) and outline.
#[derive(Clone, Debug)]
pub(crate) struct Closed {
    pub center: Point,
    pub outline: Outline,
    /// Closed subpaths drawn apart from the outline's box, and the outline:
    /// several for a word drawn as one path (one subpath a glyph).
    pub pieces: u16,
    /// Drawn as a glyph's outline is: of many segments, and with holes or
    /// turning back on itself (see [`intricate`]).
    pub intricate: bool,
    /// The outline read as a stroke, when it is one long thin part.
    pub spine: Option<Spine>,
    /// Sketched: open pieces, each drawn twice (see [`sketched_ring`]).
    pub sketched: bool,
}

/// One open stroke: its two ends, the directions it leaves them in, and a
/// point of it far from its start (for telling loops from stubs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Stroke {
    pub a: Point,
    pub b: Point,
    /// Direction of travel at `a` (into the stroke).
    pub a_dir: Vec2,
    /// Direction of travel at `b` (out of the stroke).
    pub b_dir: Vec2,
    /// The sampled point of the stroke farthest from `a`.
    pub far: Point,
    /// The point halfway along the stroke, where edge labels and
    /// mid-edge markers are drawn.
    pub mid: Point,
    /// Whether it starts and ends on a curve.
    pub curved: [bool; 2],
}

/// What a path is.
#[derive(Clone, Debug)]
pub(crate) enum Analysis {
    Closed(Closed),
    Open(Vec<Stroke>),
    /// Nothing drawable (no segment of positive length).
    Empty,
}

/// A subpath: its elements from one move-to to the next.
struct Sub {
    els: Vec<PathEl>,
    closed: bool,
}

fn subpaths(path: &BezPath) -> Vec<Sub> {
    let mut out: Vec<Sub> = Vec::new();
    for el in path.elements() {
        match el {
            PathEl::MoveTo(_) => out.push(Sub { els: vec![*el], closed: false }),
            PathEl::ClosePath => {
                if let Some(s) = out.last_mut() {
                    s.closed = true;
                }
            }
            _ => match out.last_mut() {
                Some(s) if !s.closed => s.els.push(*el),
                // A segment after a close (or with no move-to) starts at
                // the subpath's start, as SVG says.
                _ => {
                    let start = out
                        .last()
                        .and_then(|s| match s.els.first() {
                            Some(PathEl::MoveTo(p)) => Some(*p),
                            _ => None,
                        })
                        .unwrap_or(Point::ZERO);
                    out.push(Sub { els: vec![PathEl::MoveTo(start), *el], closed: false });
                }
            },
        }
    }
    out
}

fn end_point(el: &PathEl) -> Option<Point> {
    match *el {
        PathEl::MoveTo(p) | PathEl::LineTo(p) | PathEl::QuadTo(_, p) | PathEl::CurveTo(_, _, p) => {
            Some(p)
        }
        PathEl::ClosePath => None,
    }
}

fn bbox_of(els: &[PathEl]) -> Rect {
    BezPath::from_vec(els.to_vec()).bounding_box()
}

impl Sub {
    fn start(&self) -> Option<Point> {
        self.els.first().and_then(end_point)
    }

    fn end(&self) -> Option<Point> {
        self.els.last().and_then(end_point)
    }

    /// True when the subpath has a segment of positive length.
    fn drawn(&self) -> bool {
        let Some(s) = self.start() else { return false };
        self.els.iter().skip(1).any(|el| match *el {
            PathEl::LineTo(p) => p != s,
            PathEl::QuadTo(c, p) => c != s || p != s,
            PathEl::CurveTo(c1, c2, p) => c1 != s || c2 != s || p != s,
            _ => false,
        })
    }

    /// Closed by `Z`, or ending where it started.
    fn is_closed(&self, eps: f64) -> bool {
        self.closed
            || matches!((self.start(), self.end()), (Some(a), Some(b)) if (a - b).hypot() <= eps)
    }

    /// The ring it draws first, where it comes back to its start (to `gap`)
    /// and then goes on inside that ring, for no more than half the ring's
    /// length, along a curve back to where the ring's last curve began: a
    /// shape's outline and a line across it drawn in one go, as pikchr
    /// draws a cylinder (its sides, its bottom and the back of its lid,
    /// then the lid's front). A polyline round a cycle of nodes and on
    /// across it (a chord, a spoke) is edges.
    fn ring_then_inside(&self, gap: f64) -> Option<BezPath> {
        if self.closed {
            return None;
        }
        let curve = |el: &PathEl| matches!(el, PathEl::QuadTo(..) | PathEl::CurveTo(..));
        let start = self.start()?;
        let back = (3..self.els.len() - 1)
            .find(|&k| end_point(&self.els[k]).is_some_and(|p| (p - start).hypot() <= gap))?;
        let last_curves = self.els[..=back].iter().rev().take_while(|el| curve(el)).count();
        let began = end_point(&self.els[back - last_curves])?;
        let rest_end = self.end()?;
        if last_curves == 0
            || !self.els[back + 1..].iter().all(curve)
            || (rest_end - began).hypot() > gap
        {
            return None;
        }
        let mut ring = BezPath::from_vec(self.els[..=back].to_vec());
        ring.close_path();
        let mut rest = BezPath::new();
        rest.move_to(start);
        for el in &self.els[back + 1..] {
            rest.push(*el);
        }
        let within = ring.bounding_box().inflate(gap, gap);
        let length = |p: &BezPath| p.segments().map(|s| s.arclen(gap)).sum::<f64>();
        let inside = within.contains_rect(rest.bounding_box());
        (ring.area().abs() > 0.0 && inside && 2.0 * length(&rest) <= length(&ring)).then_some(ring)
    }

    /// Its first half, where it is drawn out and back along itself: each
    /// segment of its second half the reverse of one of its first, to
    /// `eps`. It encloses nothing, closed or not: it is the line out.
    fn out_and_back(&self, eps: f64) -> Option<Sub> {
        let segs = &self.els[1..];
        let n = segs.len();
        if n < 2 || n % 2 == 1 {
            return None;
        }
        // Where each segment starts.
        let starts: Vec<Point> = self.els[..n].iter().map(end_point).collect::<Option<_>>()?;
        let near = |a: Point, b: Point| (a - b).hypot() <= eps;
        let reversed = |k: usize| {
            let j = n - 1 - k;
            // Segment j runs from where segment k ends back to where it
            // starts.
            let (s, back_to) = (starts[k], starts[j]);
            match (segs[k], segs[j]) {
                (PathEl::LineTo(q), PathEl::LineTo(r)) => near(back_to, q) && near(r, s),
                (PathEl::QuadTo(c, q), PathEl::QuadTo(d, r)) => {
                    near(back_to, q) && near(d, c) && near(r, s)
                }
                (PathEl::CurveTo(c1, c2, q), PathEl::CurveTo(d1, d2, r)) => {
                    near(back_to, q) && near(d1, c2) && near(d2, c1) && near(r, s)
                }
                _ => false,
            }
        };
        (0..n / 2).all(reversed).then(|| Sub { els: self.els[..=n / 2].to_vec(), closed: false })
    }
}

/// The direction of travel leaving `p0`: towards the first point farther
/// than `tiny`, else the first distinct one. A writer rounding its
/// coordinates may end a polyline with a step a hair long that turns
/// back (nomnoml writes `L1448 65.33 L1448.0 65.3`); it is no direction.
fn leave(p0: Point, next: &[Point], tiny: f64) -> Vec2 {
    let mut distinct = next.iter().map(|p| *p - p0).filter(|v| v.hypot() > 0.0);
    let first = distinct.next().unwrap_or(Vec2::ZERO);
    std::iter::once(first).chain(distinct).find(|v| v.hypot() > tiny).unwrap_or(first)
}

/// The strokes of open subpaths; a subpath starting where the previous one
/// ended continues it.
fn strokes(subs: &[Sub], eps: f64) -> Vec<Stroke> {
    let mut out: Vec<Stroke> = Vec::new();
    // The drawn subpaths each stroke is made of.
    let drawn: Vec<&Sub> = subs.iter().filter(|s| s.drawn()).collect();
    let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
    // For each stroke, whether it starts and ends on a curve.
    let mut curved: Vec<(bool, bool)> = Vec::new();
    let mut prev_end: Option<Point> = None;
    for (i, s) in drawn.iter().enumerate() {
        let (Some(a), Some(b)) = (s.start(), s.end()) else { continue };
        // control points in order, to find the end directions
        let mut pts: Vec<Point> = Vec::with_capacity(s.els.len() * 3);
        for el in &s.els {
            match *el {
                PathEl::MoveTo(p) | PathEl::LineTo(p) => pts.push(p),
                PathEl::QuadTo(c, p) => pts.extend([c, p]),
                PathEl::CurveTo(c1, c2, p) => pts.extend([c1, c2, p]),
                PathEl::ClosePath => {}
            }
        }
        if s.closed {
            pts.push(a);
        }
        let b = if s.closed { a } else { b };
        let far = pts
            .iter()
            .copied()
            .fold(a, |f, p| if (p - a).hypot() > (f - a).hypot() { p } else { f });
        // (Steps under a hundredth of the stroke's reach turn no corner.)
        let tiny = (far - a).hypot() * 0.01;
        let a_dir = leave(a, &pts[1..], tiny);
        let rev: Vec<Point> = pts.iter().rev().skip(1).copied().collect();
        let b_dir = -leave(b, &rev, tiny);
        let curve =
            |el: Option<&PathEl>| matches!(el, Some(PathEl::QuadTo(..) | PathEl::CurveTo(..)));
        let ends_curved = !s.closed && curve(s.els.last());
        let joined = match (prev_end, out.last_mut()) {
            (Some(e), Some(last)) if (e - a).hypot() <= eps => {
                if let Some(p) = parts.last_mut() {
                    p.end = i + 1;
                }
                if let Some(c) = curved.last_mut() {
                    c.1 = ends_curved;
                }
                last.b = b;
                last.b_dir = b_dir;
                if (far - last.a).hypot() > (last.far - last.a).hypot() {
                    last.far = far;
                }
                true
            }
            _ => false,
        };
        if !joined {
            out.push(Stroke { a, b, a_dir, b_dir, far, mid: a, curved: [false; 2] });
            parts.push(i..i + 1);
            curved.push((curve(s.els.get(1)), ends_curved));
        }
        prev_end = Some(b);
    }
    // (Lengths to a thousandth of the drawing's size: eps is a millionth.)
    for ((s, p), (a_curved, b_curved)) in out.iter_mut().zip(parts).zip(curved) {
        s.mid = halfway(&drawn[p], eps * 1e3);
        s.curved = [a_curved, b_curved];
    }
    out
}

/// Drops each stroke that retraces one kept before it: a sketch (rough.js,
/// as d2's sketch mode and Excalidraw draw) strokes every line twice in
/// one path, the second a hair off the first (a polygon's sides all once,
/// then all again), each end within `slack` (a couple of line widths)
/// and a twentieth of the line's chord of the first's, its middle (halfway
/// along) too: a multigraph's parallel edges in one path share their ends
/// but bow apart. Each stroke is weighed against the last
/// [`RETRACED_WITHIN`] kept. Returns whether any was dropped.
pub(crate) fn drop_retraced(strokes: &mut Vec<Stroke>, slack: f64) -> bool {
    if strokes.len() < 2 {
        return false;
    }
    let before = strokes.len();
    let mut kept: Vec<(Point, Point, Point)> = Vec::new();
    strokes.retain(|s| {
        let retraced = kept.iter().rev().take(RETRACED_WITHIN).any(|&(a, b, mid)| {
            let off = slack + 0.05 * (b - a).hypot();
            (s.a - a).hypot() <= off && (s.b - b).hypot() <= off && (s.mid - mid).hypot() <= off
        });
        if !retraced {
            kept.push((s.a, s.b, s.mid));
        }
        !retraced
    });
    strokes.len() < before
}

/// How many strokes kept before a stroke it may retrace: a sketched
/// polygon's sides, drawn all once and then all again.
const RETRACED_WITHIN: usize = 16;

/// The part of a dashed stroke that shows, where the dash pattern does not
/// repeat along it: from the start of its first dash to the end of its
/// last. Plotly and D3 set an edge back from its nodes so, with a pattern
/// of one gap, one dash and one long gap, rather than by shortening the
/// path; PDF converters write the same pattern turned round, one dash and
/// one gap, with an offset that starts it in the gap. `path` is open, in
/// root user space; `pattern` and `offset` are in the same units. `None`
/// where the path has several subpaths (the pattern restarts on each),
/// where the pattern repeats (the path, from the offset on, is longer than
/// two periods, or shows more than one dash), or where the whole stroke
/// shows.
pub(crate) fn dashed_span(path: &BezPath, pattern: &[f64], offset: f64) -> Option<Stroke> {
    let subpaths = path.elements().iter().filter(|e| matches!(e, PathEl::MoveTo(_))).count();
    if subpaths != 1 || pattern.is_empty() || pattern.iter().any(|v| !(v.is_finite() && *v >= 0.0))
    {
        return None;
    }
    // An odd number of lengths is repeated to make an even one.
    let cycle: Vec<f64> = if pattern.len() % 2 == 1 {
        pattern.iter().chain(pattern).copied().collect()
    } else {
        pattern.to_vec()
    };
    let period: f64 = cycle.iter().sum();
    let segs: Vec<kurbo::PathSeg> = kurbo::segments(path.elements().iter().copied()).collect();
    let accuracy = 1e-6 * period.max(1.0);
    let lens: Vec<f64> = segs.iter().map(|g| g.arclen(accuracy)).collect();
    let total: f64 = lens.iter().sum();
    let offset =
        if offset.is_finite() { offset.rem_euclid(period.max(f64::MIN_POSITIVE)) } else { 0.0 };
    if !(period > 0.0 && total > 0.0) || total + offset > 2.0 * period {
        return None;
    }
    // The dashes (even places of the pattern), shifted back by the offset.
    let (mut at, mut first, mut last, mut dashes) = (-offset, None, None, 0);
    for (i, len) in cycle.iter().chain(&cycle).enumerate() {
        let (from, to) = (at.max(0.0), (at + len).min(total));
        if i % 2 == 0 && to > from {
            first.get_or_insert(from);
            last = Some(to);
            dashes += 1;
        }
        at += len;
    }
    let (from, to) = (first?, last?);
    // (Several dashes show a dashed line, however short: its gaps at the
    // ends are the pattern's, not a set-back. blockdiag draws an edge's
    // last piece, 16 long, in dashes of 4.)
    if dashes > 1 || (from <= accuracy && to >= total - accuracy) {
        return None;
    }
    // The point at arc length `s`, and the direction of travel there.
    let along = |s: f64| -> (Point, Vec2) {
        let mut left = s;
        for (j, (g, l)) in segs.iter().zip(&lens).enumerate() {
            if left <= *l || j + 1 == segs.len() {
                let t = if *l > 0.0 { g.inv_arclen(left.min(*l), accuracy) } else { 0.0 };
                let dt = 1e-3;
                let dir = g.eval((t + dt).min(1.0)) - g.eval((t - dt).max(0.0));
                return (g.eval(t), dir);
            }
            left -= l;
        }
        (Point::ZERO, Vec2::ZERO)
    };
    let ((a, a_dir), (b, b_dir)) = (along(from), along(to));
    let mid = along(0.5 * (from + to)).0;
    let far = (0..=16)
        .map(|k| along(from + (to - from) * f64::from(k) / 16.0).0)
        .fold(b, |f, p| if (p - a).hypot() > (f - a).hypot() { p } else { f });
    Some(Stroke { a, b, a_dir, b_dir, far, mid, curved: [true; 2] })
}

/// The point halfway along the segments of `subs`, measured to within
/// `accuracy`.
fn halfway(subs: &[&Sub], accuracy: f64) -> Point {
    let segments = || subs.iter().flat_map(|s| kurbo::segments(s.els.iter().copied()));
    let lengths: Vec<f64> = segments().map(|g| g.arclen(accuracy)).collect();
    let mut left = lengths.iter().sum::<f64>() / 2.0;
    let mut last = subs.first().and_then(|s| s.start()).unwrap_or(Point::ZERO);
    for (g, l) in segments().zip(lengths) {
        if l > 0.0 && left <= l {
            return g.eval(g.inv_arclen(left, accuracy));
        }
        left -= l;
        last = g.end();
    }
    last
}

/// Coordinates beyond which a path is not analysed: flattening curves
/// there overflows (cubes of coordinates), and no drawing means them.
pub(crate) const HUGE: f64 = 1e15;

/// True when a point of `path` (control points too) lies beyond
/// [`HUGE`] or is not finite.
pub(crate) fn too_large(path: &BezPath) -> bool {
    let far = |p: Point| p.x.is_nan() || p.y.is_nan() || p.x.abs() > HUGE || p.y.abs() > HUGE;
    path.elements().iter().any(|el| match *el {
        PathEl::MoveTo(p) | PathEl::LineTo(p) => far(p),
        PathEl::QuadTo(c, p) => far(c) || far(p),
        PathEl::CurveTo(c1, c2, p) => far(c1) || far(c2) || far(p),
        PathEl::ClosePath => false,
    })
}

/// The area a fill paints: every subpath closed, as SVG fills an open
/// subpath as if closed. (Closing only the last one would leave an open
/// outline followed by a stray point, as matplotlib's patches end, drawn
/// as a stroke.)
pub(crate) fn filled_form(path: &BezPath) -> BezPath {
    let mut out = BezPath::new();
    let mut open = false;
    for el in path.elements() {
        if matches!(el, PathEl::MoveTo(_)) && open {
            out.push(PathEl::ClosePath);
        }
        out.push(*el);
        open = !matches!(el, PathEl::ClosePath);
    }
    if open {
        out.push(PathEl::ClosePath);
    }
    out
}

/// Analyses a path already in root user space.
pub(crate) fn analyse(path: &BezPath) -> Analysis {
    if too_large(path) {
        return Analysis::Empty;
    }
    let subs = subpaths(path);
    let drawn: Vec<&Sub> = subs.iter().filter(|s| s.drawn()).collect();
    if drawn.is_empty() {
        return Analysis::Empty;
    }
    let bbox =
        drawn.iter().map(|s| bbox_of(&s.els)).reduce(|a, b| a.union(b)).unwrap_or(Rect::ZERO);
    let size = bbox.width().max(bbox.height());
    let eps = (size * 1e-6).max(1e-9);
    // (A curve drawn out and back, filled and stroked, as igraph's
    // matplotlib backend draws a curved edge, is the line out.)
    if let [s] = drawn.as_slice()
        && let Some(out) = s.out_and_back(eps)
    {
        return Analysis::Open(strokes(&[out], eps));
    }
    // A subpath ending a thousandth of the drawing's size from where it
    // started shows no gap: it is a ring (an arc of 2π drawn short of its
    // start, as canvas-to-SVG exporters write circles).
    let gap = (size * 1e-3).max(1e-9);
    if drawn.iter().all(|s| s.is_closed(gap)) {
        // The outline is the subpath enclosing the most area.
        let closed_path = |s: &Sub| {
            let mut els = s.els.clone();
            els.push(PathEl::ClosePath);
            BezPath::from_vec(els)
        };
        let paths: Vec<BezPath> = drawn.iter().map(|s| closed_path(s)).collect();
        let Some((outer, path)) = paths
            .iter()
            .enumerate()
            .max_by(|(_, x), (_, y)| x.area().abs().total_cmp(&y.area().abs()))
        else {
            return Analysis::Empty;
        };
        let boxes: Vec<Rect> = drawn.iter().map(|s| bbox_of(&s.els)).collect();
        let o = boxes[outer];
        let apart = boxes
            .iter()
            .filter(|b| b.x0 >= o.x1 || b.x1 <= o.x0 || b.y0 >= o.y1 || b.y1 <= o.y0)
            .count();
        let mut analysis = closed(path, bbox, drawn.len() == 1);
        if let Analysis::Closed(c) = &mut analysis {
            c.pieces = u16::try_from(apart + 1).unwrap_or(u16::MAX);
            // (Sides: each subpath's segments and the one closing it.)
            let segments = drawn.iter().map(|s| s.els.len()).sum();
            c.intricate = intricate(&c.outline, segments, drawn.len() - apart - 1);
        }
        return analysis;
    }
    if let [s] = drawn.as_slice()
        && let Some(ring) = s.ring_then_inside(gap)
    {
        return closed(&ring, bbox_of(ring.elements()), true);
    }
    if let Some(ring) = sketched_ring(&drawn).or_else(|| sketched_loops(&drawn)) {
        let mut analysis = closed(&ring, bbox, true);
        if let Analysis::Closed(c) = &mut analysis {
            c.sketched = true;
        }
        return analysis;
    }
    let open: Vec<Sub> = subs.into_iter().filter(|s| !s.is_closed(eps)).collect();
    Analysis::Open(strokes(&open, eps))
}

/// The closed outline open subpaths sketch, if they do: a sketch
/// (rough.js, as Excalidraw draws) strokes each piece of an outline twice,
/// a hair apart, each copy a subpath of its own, and leaves the outline
/// open. Where every piece is drawn twice (a copy's ends and box centre
/// within a tenth of the first copy's box diagonal of the first's), and the
/// pieces left run on from one another round to the first one's start
/// (each within a fifth of the larger of the two pieces' box diagonals of
/// where the one before ends: rough strokes overshoot), they are one
/// closed outline. Lines drawn
/// once each (a cycle's edges in one path) are no sketch.
fn sketched_ring(drawn: &[&Sub]) -> Option<BezPath> {
    if drawn.len() < 2 || drawn.iter().any(|s| s.closed) {
        return None;
    }
    let near = |a: Point, b: Point, d: f64| (a - b).hypot() <= d;
    // (piece, start, end, box centre, box diagonal)
    let mut kept: Vec<(&Sub, Point, Point, Point, f64)> = Vec::new();
    for s in drawn {
        let r = bbox_of(&s.els);
        let (a, b, c, diag) = (s.start()?, s.end()?, r.center(), r.width().hypot(r.height()));
        let again = kept.iter().rev().take(RETRACED_WITHIN).any(|k| {
            let copy = 0.1 * k.4;
            near(a, k.1, copy) && near(b, k.2, copy) && near(c, k.3, copy)
        });
        if !again {
            kept.push((s, a, b, c, diag));
        }
    }
    if 2 * kept.len() > drawn.len() {
        return None;
    }
    let runs_on = kept.windows(2).all(|w| near(w[1].1, w[0].2, 0.2 * w[0].4.max(w[1].4)));
    let (first, last) = (kept.first()?, kept.last()?);
    if !runs_on || !near(last.2, first.1, 0.2 * first.4.max(last.4)) {
        return None;
    }
    let mut els = vec![PathEl::MoveTo(first.1)];
    for (s, ..) in &kept {
        els.extend_from_slice(&s.els[1..]);
    }
    els.push(PathEl::ClosePath);
    Some(BezPath::from_vec(els))
}

/// The closed outline open subpaths sketch round and round: a sketch
/// (rough.js, as Excalidraw and Mermaid's hand-drawn look draw) strokes
/// an ellipse as two loops, each coming back to its start (its second
/// half passing within a tenth of its box diagonal of it) and running on
/// past it, the second a little off the first (its box's centre within a
/// tenth of the first's diagonal, of a size within a fifth). A self-loop
/// is drawn once.
fn sketched_loops(drawn: &[&Sub]) -> Option<BezPath> {
    if drawn.len() < 2 || drawn.iter().any(|s| s.closed) {
        return None;
    }
    let first = bbox_of(&drawn[0].els);
    let diag = first.width().hypot(first.height());
    let comes_back = |s: &Sub, within: f64| {
        let Some(a) = s.start() else { return false };
        let mut path = BezPath::from_vec(s.els.clone());
        let segs: Vec<kurbo::PathSeg> = path.segments().collect();
        path.close_path();
        path.area().abs() >= 0.3 * path.bounding_box().area()
            && segs[segs.len() / 2..]
                .iter()
                .any(|seg| seg.nearest(a, 1e-6).distance_sq <= within * within)
    };
    // (Four segments or more each, the cheap tests first: a path of many
    // single lines, a graph's edges, is turned down at its first.)
    let loops = drawn.iter().all(|s| {
        let r = bbox_of(&s.els);
        let d = r.width().hypot(r.height());
        s.els.len() > 4
            && (r.center() - first.center()).hypot() <= 0.1 * diag
            && (d - diag).abs() <= 0.2 * diag
            && r.width().min(r.height()) > 0.1 * d
            && comes_back(s, 0.1 * d)
    });
    if !(loops && diag > 0.0) {
        return None;
    }
    let mut els = drawn[0].els.clone();
    els.push(PathEl::ClosePath);
    Some(BezPath::from_vec(els))
}

/// The outline of a closed path whose drawing covers `bbox`, and its
/// spine when it is `single` (of one part) and thin.
fn closed(path: &BezPath, bbox: Rect, single: bool) -> Analysis {
    let center = bbox.center();
    let tol = (bbox.width().hypot(bbox.height()) * 1e-3).max(1e-9);
    let mut points: Vec<Vec2> = Vec::new();
    kurbo::flatten(path.elements().iter().copied(), tol, |el| match el {
        PathEl::MoveTo(p) | PathEl::LineTo(p) => {
            let v = p - center;
            if points.last() != Some(&v) {
                points.push(v);
            }
        }
        _ => {}
    });
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    let area = path.area().abs();
    if points.len() < 3 || area.is_nan() || area <= 0.0 {
        return Analysis::Empty;
    }
    let half = (bbox.width() / 2.0, bbox.height() / 2.0);
    let spine = single.then(|| spine(&points, area)).flatten().map(|s| s.moved(center.to_vec2()));
    Analysis::Closed(Closed {
        center,
        outline: Outline::Polygon(Arc::new(Polygon { points, half, area })),
        pieces: 1,
        intricate: false,
        spine,
        sketched: false,
    })
}

/// Whether a closed shape of `segments` path segments, `holes` of them
/// overlapping its outline's box, is drawn as a glyph's outline is: a
/// font's outlines take a dozen segments or more, and a letter has a
/// counter (`o`, `A`) or turns back on itself (`s`, `E`, serifs: it
/// fills under four fifths of its convex hull); a node's shape is a few
/// segments, or many round a convex outline (a circle drawn as a polygon,
/// its points rounded or not).
fn intricate(outline: &Outline, segments: usize, holes: usize) -> bool {
    const MANY: usize = 12;
    segments >= MANY
        && (holes > 0 || matches!(outline, Outline::Polygon(p) if p.area < 0.8 * p.hull_area()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(d: &str) -> Analysis {
        analyse(&BezPath::from_svg(d).unwrap())
    }

    #[test]
    fn a_ring_drawn_then_a_line_inside_it_is_closed() {
        // Pikchr's cylinder: a side, the bottom, the other side, the lid's
        // back to the start, then the lid's front.
        let cylinder =
            "M300,220L300,270A54 10 0 0 0 408 270L408,220A54 10 0 0 0 300 220A54 10 0 0 0 408 220";
        let Analysis::Closed(c) = parse(cylinder) else { panic!("cylinder not closed") };
        assert!((c.center.x - 354.0).abs() < 1e-6 && (c.center.y - 245.0).abs() < 2.0);
        // A line drawn round and on, out of the ring: a stroke.
        assert!(matches!(parse("M0,0L10,0L10,10L0,10L0,0L-20,0"), Analysis::Open(_)));
        // Round and on along the ring once more, farther than half of it:
        // a stroke (edges in one path through their nodes).
        let twice = "M0,0L10,0L10,10L0,10L0,0L10,0L10,10L0,10";
        assert!(matches!(parse(twice), Analysis::Open(_)));
        // Round a cycle of nodes and on across it, a chord: edges.
        assert!(matches!(parse("M50,50L250,50L250,250L50,250L50,50L250,250"), Analysis::Open(_)));
        let curved = "M0,0L100,0Q120,50 100,100L0,100Q-20,50 0,0Q50,40 100,100";
        assert!(matches!(parse(curved), Analysis::Open(_)));
    }

    #[test]
    fn glyph_outlines_are_intricate_and_ragged_circles_are_not() {
        use std::fmt::Write as _;
        let intricate = |d: &str| match parse(d) {
            Analysis::Closed(c) => c.intricate,
            _ => panic!("{d} not closed"),
        };
        let polygon = |pts: &[(f64, f64)]| {
            let mut d = String::new();
            for (i, (x, y)) in pts.iter().enumerate() {
                let _ = write!(d, "{} {x} {y} ", if i == 0 { "M" } else { "L" });
            }
            d + "Z "
        };
        let round = |r: f64, n: usize, rounded: bool| -> Vec<(f64, f64)> {
            (0..n)
                .map(|i| {
                    let t = std::f64::consts::TAU * i as f64 / n as f64;
                    let (x, y) = (r * t.cos(), r * t.sin());
                    if rounded { (x.round(), y.round()) } else { (x, y) }
                })
                .collect()
        };
        // A circle as a 48-gon, its points rounded to whole units: convex.
        assert!(!intricate(&polygon(&round(12.0, 48, true))), "ragged circle");
        // An `O`: twelve sides round a counter.
        let mut inner = round(6.0, 12, false);
        inner.reverse();
        let o = polygon(&round(10.0, 12, false)) + &polygon(&inner);
        assert!(intricate(&o), "O");
        // An `E`: twelve sides turning back on themselves.
        let e = [
            (0.0, 0.0),
            (6.0, 0.0),
            (6.0, 2.0),
            (2.0, 2.0),
            (2.0, 4.0),
            (5.0, 4.0),
            (5.0, 6.0),
            (2.0, 6.0),
            (2.0, 8.0),
            (6.0, 8.0),
            (6.0, 10.0),
            (0.0, 10.0),
        ];
        assert!(intricate(&polygon(&e)), "E");
        // A dozen-sided convex polygon (a rounded box) is a node's shape.
        assert!(!intricate(&polygon(&round(10.0, 12, false))), "12-gon");
    }

    #[test]
    fn closed_by_z_or_by_returning() {
        for d in [
            "M0,0 L10,0 L10,10 L0,10 Z",
            "M0,0 L10,0 L10,10 L0,10 L0,0",
            "M0,0 L10,0 L10,10 L0,10 Z M0 0",
        ] {
            let Analysis::Closed(c) = parse(d) else { panic!("{d} not closed") };
            assert_eq!(c.center, Point::new(5.0, 5.0));
            assert!((c.outline.area() - 100.0).abs() < 1e-9);
            assert!((c.outline.rim_distance(Vec2::new(1.0, 0.0)) - 5.0).abs() < 1e-9);
        }
    }

    #[test]
    fn a_fill_closes_every_subpath() {
        // an outline left open, then a stray point (matplotlib's patches):
        // filled, it is the closed outline, not a stroke
        let open = BezPath::from_svg("M 0 -2 L 100 -2 L 100 2 L 0 2 M 50 0 L 50 0").unwrap();
        assert!(matches!(analyse(&open), Analysis::Open(_)));
        let Analysis::Closed(c) = analyse(&filled_form(&open)) else { panic!("not closed") };
        assert!((c.outline.area() - 400.0).abs() < 1e-9);
        assert!(c.spine.is_some());
    }

    #[test]
    fn an_arc_ending_just_short_of_its_start_is_a_ring() {
        // canvas2svg writes a full circle as one arc that stops short
        let Analysis::Closed(c) = parse("M 10 0 A 10 10 0 1 1 10 -0.005") else {
            panic!("not closed")
        };
        assert!(c.center.distance(Point::ZERO) < 0.01);
        // a visible gap keeps it open
        assert!(matches!(parse("M 10 0 A 10 10 0 1 1 10 -2"), Analysis::Open(_)));
    }

    #[test]
    fn a_strokes_middle_is_halfway_along_it() {
        // a bent polyline: 30 then 10 long, so halfway is on the first leg
        let Analysis::Open(s) = parse("M0,0 L30,0 L30,10") else { panic!() };
        assert!(s[0].mid.distance(Point::new(20.0, 0.0)) < 1e-6, "{:?}", s[0].mid);
        // a half circle's middle is its top, not its chord's middle
        let Analysis::Open(s) = parse("M-10,0 A10,10 0 0 1 10,0") else { panic!() };
        assert!(s[0].mid.distance(Point::new(0.0, -10.0)) < 0.05, "{:?}", s[0].mid);
        // subpaths continuing one another are one stroke, halved as one
        let Analysis::Open(s) = parse("M0,0 L10,0 M10,0 L40,0") else { panic!() };
        assert_eq!(s.len(), 1);
        assert!(s[0].mid.distance(Point::new(20.0, 0.0)) < 1e-6, "{:?}", s[0].mid);
    }

    #[test]
    fn a_rounding_step_back_at_an_end_turns_no_corner() {
        // nomnoml rounds the last point of a polyline to one decimal and
        // writes it again: a step of 0.03 back along the line.
        let Analysis::Open(s) = parse("M0,0 L0,60 L0,65.33 L0,65.3") else { panic!() };
        assert_eq!(s.len(), 1);
        assert!(s[0].b_dir.y > 0.0, "{:?}", s[0].b_dir);
        assert!(s[0].a_dir.y > 0.0, "{:?}", s[0].a_dir);
        // a step alone is still a direction
        let Analysis::Open(s) = parse("M0,0 L0,0.01") else { panic!() };
        assert!(s[0].b_dir.y > 0.0, "{:?}", s[0].b_dir);
    }

    #[test]
    fn a_dash_pattern_that_does_not_repeat_sets_the_stroke_back() {
        let line = BezPath::from_svg("M0,0 L100,0").unwrap();
        // a gap of 9, a dash of 80, a long gap: shows from 9 to 89
        let s = dashed_span(&line, &[0.0, 9.0, 80.0, 120.0], 0.0).unwrap();
        assert!(s.a.distance(Point::new(9.0, 0.0)) < 1e-6, "{s:?}");
        assert!(s.b.distance(Point::new(89.0, 0.0)) < 1e-6, "{s:?}");
        assert!(s.a_dir.x > 0.0 && s.b_dir.x > 0.0, "{s:?}");
        assert!(s.mid.distance(Point::new(49.0, 0.0)) < 1e-6, "{s:?}");
        // the offset shifts the pattern back along the path
        let s = dashed_span(&line, &[80.0, 200.0], 10.0).unwrap();
        assert!(s.a.distance(Point::ZERO) < 1e-6 && s.b.distance(Point::new(70.0, 0.0)) < 1e-6);
        // the same turned round, a dash and a gap, started in the gap by
        // the offset (as PDF converters write it): shows from 9 to 89
        let s = dashed_span(&line, &[80.0, 129.0], 200.0).unwrap();
        assert!(s.a.distance(Point::new(9.0, 0.0)) < 1e-6, "{s:?}");
        assert!(s.b.distance(Point::new(89.0, 0.0)) < 1e-6, "{s:?}");
        // a repeating pattern (an ordinary dashed line) and a whole dash
        // change nothing
        assert_eq!(dashed_span(&line, &[5.0, 5.0], 0.0), None);
        assert_eq!(dashed_span(&line, &[100.0, 100.0], 0.0), None);
        assert_eq!(dashed_span(&line, &[-1.0, 300.0], 0.0), None);
        // nor does a short piece of a dashed line ending in a gap: two
        // dashes show (blockdiag's last piece of a bent edge)
        let piece = BezPath::from_svg("M0,0 L16,0").unwrap();
        assert_eq!(dashed_span(&piece, &[4.0], 0.0), None);
        // along a curve, the set-back ends lie on it
        let arc = BezPath::from_svg("M0,0 C0,50 100,50 100,0").unwrap();
        let s = dashed_span(&arc, &[0.0, 10.0, 100.0, 1000.0], 0.0).unwrap();
        assert!((s.a.distance(Point::ZERO) - 10.0).abs() < 0.5 && s.a_dir.y > 0.0, "{s:?}");
        assert!(s.b.x > 50.0 && s.b.x < 100.0 && s.b.y > 0.0, "{s:?}");
    }

    #[test]
    fn bezier_circles_are_close_to_circles() {
        // four cubic arcs, as cairo and matplotlib draw a circle of radius 5
        let k = 5.0 * 0.552_284_749_8;
        let d = format!(
            "M 5 0 C 5 {k} {k} 5 0 5 C -{k} 5 -5 {k} -5 0 C -5 -{k} -{k} -5 0 -5 C {k} -5 5 -{k} 5 0"
        );
        let Analysis::Closed(c) = parse(&d) else { panic!() };
        assert!(c.center.distance(Point::ZERO) < 1e-9);
        assert!((c.outline.equal_area_radius() - 5.0).abs() < 0.01);
        assert!((c.outline.rim_distance(Vec2::new(1.0, 1.0)) - 5.0).abs() < 0.01);
    }

    #[test]
    fn open_paths_give_their_ends_and_directions() {
        let Analysis::Open(s) = parse("M0,0 C10,0 20,10 20,20") else { panic!() };
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].a, s[0].b), (Point::new(0.0, 0.0), Point::new(20.0, 20.0)));
        assert_eq!(s[0].a_dir, Vec2::new(10.0, 0.0));
        assert_eq!(s[0].b_dir, Vec2::new(0.0, 10.0));
    }

    #[test]
    fn separate_subpaths_are_separate_strokes_joined_ones_one() {
        let Analysis::Open(s) = parse("M0,0 L10,0 M20,0 L30,0") else { panic!() };
        assert_eq!(s.len(), 2);
        let Analysis::Open(s) = parse("M0,0 L10,0 M10,0 L10,10") else { panic!() };
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].b, Point::new(10.0, 10.0));
    }

    #[test]
    fn areas_of_closed_outlines() {
        let Analysis::Closed(c) = parse("M971,59 L1049,59 L1049,95 L971,95 Z") else { panic!() };
        assert!((c.outline.area() - 78.0 * 36.0).abs() < 1e-9);
        // closed by returning to the start, without Z
        let Analysis::Closed(c) = parse("M0,0 L4,0 L4,3 L0,3 L0,0") else { panic!() };
        assert!((c.outline.area() - 12.0).abs() < 1e-9);
    }

    #[test]
    fn a_thin_closed_outline_has_a_spine_a_box_none() {
        // a curved arrow drawn as one outline, its head at (100, 0)
        let d = "M 0 -1.5 Q 45 -11.5 88 -1.5 L 88 -5 L 100 0 L 88 5 L 88 1.5 Q 45 -8.5 0 1.5 Z";
        let Analysis::Closed(c) = parse(d) else { panic!() };
        let s = c.spine.expect("thin");
        assert!(s.head);
        assert!(s.stroke.b.distance(Point::new(100.0, 0.0)) < 1e-6, "{:?}", s.stroke.b);
        assert!(s.stroke.a.distance(Point::new(0.0, 0.0)) < 1e-6, "{:?}", s.stroke.a);
        assert!(s.stroke.mid.y < -3.0, "{:?}", s.stroke.mid);
        let Analysis::Closed(c) = parse("M0,0 L40,0 L40,10 L0,10 Z") else { panic!() };
        assert!(c.spine.is_none());
        // two thin parts in one path are no one stroke
        let Analysis::Closed(c) = parse("M0,0 L100,0 L100,2 L0,2 Z M0,10 L100,10 L100,12 L0,12 Z")
        else {
            panic!()
        };
        assert!(c.spine.is_none());
    }

    #[test]
    fn a_path_drawn_out_and_back_is_the_line_out() {
        // igraph's matplotlib backend: a curved edge, there and back, of
        // no area (its halves mirror each other exactly).
        for d in
            ["M 0 0 C 10 10 20 10 30 0 C 20 10 10 10 0 0", "M 0 0 L 10 5 L 30 0 L 10 5 L 0 0 Z"]
        {
            let Analysis::Open(s) = parse(d) else { panic!("{d}: not read as a line") };
            assert_eq!(s.len(), 1, "{d}");
            assert_eq!((s[0].a, s[0].b), (Point::new(0.0, 0.0), Point::new(30.0, 0.0)), "{d}");
        }
        // Back by another way, it encloses an area.
        assert!(matches!(
            parse("M 0 0 C 10 10 20 10 30 0 C 20 -10 10 -10 0 0"),
            Analysis::Closed(_)
        ));
    }

    #[test]
    fn degenerate_paths_are_empty() {
        assert!(matches!(parse("M5,5"), Analysis::Empty));
        assert!(matches!(parse("M5,5 L5,5"), Analysis::Empty));
    }
}
