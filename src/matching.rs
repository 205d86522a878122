//! Matching: each stroke's ends are found on the nodes they touch (at or
//! near the centre, inside the outline, or on or near its rim), arrowheads
//! and markers set the direction, and the names a drawing gives an edge's
//! ends settle it where present.

use kurbo::Point;
use rayon::prelude::*;

use crate::error::Position;
use crate::geom::spatial::{self, Placed};
use crate::model::at;
use crate::model::{
    Candidates, Edge, EdgeShape, EdgeStyle, Head, Index, Link, Links, MAX_REJECTED, Marker, Named,
    Names, Node, NodeShape, Rejected, Role, StrokeExtra,
};
use crate::options::{Directed, ExtractOptions};
use crate::report::Warnings;
use crate::text::{Strings, Text};

/// The default matching tolerance for these node shapes: a quarter of the
/// median node radius. Lines drawn to a node end at its centre or on its
/// rim up to rounding, far closer than that; a gap of a quarter radius
/// still reads as touching to the eye. Without positive radii, 0 (and
/// matching allows a billionth of the drawing's extent, for rounding).
pub fn default_tolerance(radii: impl IntoIterator<Item = f64>) -> f64 {
    let mut r: Vec<f64> = radii.into_iter().filter(|r| *r > 0.0).collect();
    if r.is_empty() {
        return 0.0;
    }
    let mid = r.len() / 2;
    let (_, median, _) = r.select_nth_unstable_by(mid, f64::total_cmp);
    0.25 * *median
}

/// The default slack of a node beyond the absolute tolerance, as a
/// fraction of its radius.
pub const RELATIVE_TOLERANCE: f64 = 0.4;

/// How far past an end a line is carried to the node it points at, in
/// tolerances (two typical radii at the default tolerance).
pub(crate) const POINTING_REACH: f64 = 8.0;

/// What [`node_index`] gives.
pub(crate) type NodeIndexed = (Vec<usize>, Vec<Placed>, f64, spatial::NodeIndex);

/// The shapes taken for nodes, their outlines, the tolerance (absolute
/// and relative) and an index over them.
pub(crate) fn node_index(nodes: &[NodeShape], role: &[Role], opts: &ExtractOptions) -> NodeIndexed {
    let node_shapes: Vec<usize> = (0..nodes.len()).filter(|&i| role[i] == Role::Node).collect();
    let placed: Vec<Placed> = node_shapes
        .iter()
        .map(|&i| Placed { center: nodes[i].center, outline: nodes[i].outline.clone() })
        .collect();
    let tolerance = opts.tolerance.unwrap_or_else(|| {
        fallback_tolerance(
            &placed,
            default_tolerance(placed.iter().map(|p| p.outline.equal_area_radius())),
        )
    });
    // By default small nodes get slack in proportion to their size too:
    // tools draw strokes to the boundary of the node's box plus a margin.
    let rel = if opts.tolerance.is_some() { 0.0 } else { RELATIVE_TOLERANCE };
    let index = spatial::NodeIndex::new(&placed, tolerance, rel);
    (node_shapes, placed, tolerance, index)
}

/// The ports of a drawing (shapes on a node's rim where edges end, role
/// [`Role::Port`]): an index over them and the node each belongs to.
pub(crate) struct Ports {
    placed: Vec<Placed>,
    /// The node (its index among the nodes) of each port.
    owner: Vec<u32>,
    index: spatial::NodeIndex,
}

/// The ports among `nodes` whose owners are nodes (`node_shapes`,
/// ascending), and the boxes `extents` gives nodes (node shape, box):
/// where edges end for those nodes. `None` where there are none, as in
/// most drawings.
pub(crate) fn port_index(
    nodes: &[NodeShape],
    role: &[Role],
    extents: &[(u32, kurbo::Rect)],
    node_shapes: &[usize],
) -> Option<Ports> {
    let (mut placed, mut owner) = (Vec::new(), Vec::new());
    let ports = nodes.iter().zip(role).filter_map(|(s, r)| match *r {
        Role::Port(o) => Some((o, s.center, s.outline.clone())),
        _ => None,
    });
    let boxes = extents.iter().filter_map(|&(o, r)| {
        crate::geom::Outline::of_box(r).map(|(center, outline)| (o, center, outline))
    });
    for (o, center, outline) in ports.chain(boxes) {
        let Ok(k) = node_shapes.binary_search(&(o as usize)) else { continue };
        placed.push(Placed { center, outline });
        owner.push(k as u32);
    }
    if placed.is_empty() {
        return None;
    }
    // Strokes end on a port's rim or centre up to rounding; the slack
    // relative to its size covers a stroke's width.
    let index =
        spatial::NodeIndex::new(&placed, fallback_tolerance(&placed, 0.0), RELATIVE_TOLERANCE);
    Some(Ports { placed, owner, index })
}

/// The boxes `boxes` round nodes (by index among the nodes) and their
/// names, as [`Ports`] that only ends touching no node look up, within
/// the nodes' tolerance `tol` (a text's box is an estimate), and the
/// slack relative to size unless the user `fixed` the tolerance. `None`
/// where there are none.
pub(crate) fn name_index(boxes: &[(u32, kurbo::Rect)], tol: f64, fixed: bool) -> Option<Ports> {
    let rel = if fixed { 0.0 } else { RELATIVE_TOLERANCE };
    let (mut placed, mut owner) = (Vec::new(), Vec::new());
    for &(k, r) in boxes {
        if let Some((center, outline)) = crate::geom::Outline::of_box(r) {
            placed.push(Placed { center, outline });
            owner.push(k);
        }
    }
    if placed.is_empty() {
        return None;
    }
    let index = spatial::NodeIndex::new(&placed, fallback_tolerance(&placed, tol), rel);
    Some(Ports { placed, owner, index })
}

impl Ports {
    /// Whether an end at `p` lies on a port (or a box) of a node.
    pub(crate) fn holds(&self, p: Point) -> bool {
        let mut found = [None];
        self.index.find_each(&self.placed, &[p], &mut found);
        found[0].is_some()
    }

    /// An end that touches no node but lies on one of the boxes ends on
    /// that box's node: `found[k]` becomes it where it was `None`, unless
    /// the stroke's other end (`points` come in pairs) touches that node:
    /// a stroke from a node to its own name is no loop (one with both ends
    /// on the name, leaving it, is).
    fn fill(&self, points: &[Point], found: &mut [Option<u32>]) {
        let mut filled = vec![None; points.len()];
        for ((p, f), out) in points.iter().zip(found.iter()).zip(filled.iter_mut()) {
            if f.is_none() {
                let mut on = [None];
                self.index.find_each(&self.placed, std::slice::from_ref(p), &mut on);
                *out = on[0].map(|o| self.owner[o as usize]);
            }
        }
        for (pair, fill) in found.chunks_exact_mut(2).zip(filled.chunks_exact(2)) {
            let was = [pair[0], pair[1]];
            for i in 0..2 {
                if fill[i].is_some() && was[i ^ 1] != fill[i] {
                    pair[i] = fill[i];
                }
            }
        }
    }

    /// Whether `far` lies off the box that `p` lies on by more than the
    /// box's width or height (the larger).
    fn far_off(&self, p: Point, far: Point) -> bool {
        let mut on = [None];
        self.index.find_each(&self.placed, &[p], &mut on);
        on[0].is_some_and(|o| {
            let b = &self.placed[o as usize];
            let (hx, hy) = b.outline.half_extents();
            let off = ((far.x - b.center.x).abs() - hx).max((far.y - b.center.y).abs() - hy);
            off > 2.0 * hx.max(hy)
        })
    }

    /// Ends on a port are ends on its node: `found[k]` becomes the owner of
    /// the port `points[k]` touches, where it touches one.
    fn redirect(&self, points: &[Point], found: &mut [Option<u32>]) {
        let mut on = vec![None; points.len()];
        self.index.find_each(&self.placed, points, &mut on);
        for (f, o) in found.iter_mut().zip(on) {
            if let Some(o) = o {
                *f = Some(self.owner[o as usize]);
            }
        }
    }
}

/// Without positive radii, a tolerance from the drawing's extent, so that
/// rounding in the last digits still matches.
pub(crate) fn fallback_tolerance(placed: &[Placed], tol: f64) -> f64 {
    let extent = placed.iter().map(|p| p.center.x.abs().max(p.center.y.abs())).fold(0.0, f64::max);
    tol.max(extent * 1e-9)
}

/// Whether an edge drawn `drawn` (directed or not) is directed, under
/// `--directed`.
pub(crate) fn directed_as(opt: Directed, drawn: bool) -> bool {
    match opt {
        Directed::Auto => drawn,
        Directed::Yes => true,
        Directed::No => false,
    }
}

/// Which way a stroke points, by the heads or markers drawn on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Undirected,
    /// From its start `a` to its end `b`.
    Forward,
    /// From its end `b` to its start `a`.
    Backward,
}

/// What matching needs.
pub(crate) struct Matcher<'a> {
    pub ends: &'a Ends<'a>,
    pub placed: &'a [Placed],
    pub index: &'a spatial::NodeIndex,
    pub tolerance: f64,
    pub names: &'a Names,
    /// The ports, where the drawing has any.
    pub ports: Option<&'a Ports>,
    /// The boxes round nodes and their names drawn outside them, where
    /// the drawing has any: for ends that touch no node.
    pub name_boxes: Option<&'a Ports>,
    /// The nodes that are containers too (sorted): ends within them, off
    /// their rims, are not theirs.
    pub compounds: &'a [u32],
    /// Candidates that are no edges in their own right (sorted): strokes
    /// capping another's end, paths split into pieces.
    pub skip: &'a [u32],
    /// When set, only strokes in the groups it flags are edge candidates.
    pub only_in: Option<&'a [bool]>,
    /// `--directed`.
    pub directed: Directed,
}

impl Matcher<'_> {
    /// The ends of `e` by its geometry, given the nodes its ends touch and
    /// its direction; `None` (counted and reported) when it is not an edge.
    fn by_geometry(
        &self,
        e: &EdgeShape,
        (a, b, dir): (Option<u32>, Option<u32>, Direction),
        counts: &mut Counts,
        warnings: &mut Warnings,
        pos: Option<Position>,
    ) -> Option<(u32, u32)> {
        let reject = |counts: &mut Counts, dangling: bool| {
            if counts.rejected.len() < MAX_REJECTED {
                counts.rejected.push(Rejected { a: e.a, b: e.b, dangling });
            }
        };
        // (Its ends lie off the node: it leaves it.)
        if let (None, None) = (a, b)
            && let Some(n) = self.loop_through(e)
        {
            return Some((n, n));
        }
        let (Some(a), Some(b)) = (a, b) else {
            counts.dangling += 1;
            reject(counts, true);
            let loose = if a.is_none() { e.a } else { e.b };
            warnings.push(
                pos,
                format!(
                    "stroke from {} to {}: the end at {} touches no node (tolerance {}); not an edge",
                    fmt_point(e.a),
                    fmt_point(e.b),
                    fmt_point(loose),
                    self.tolerance
                ),
            );
            return None;
        };
        if a == b {
            // A loop leaves its node; a stub inside it does not, nor a
            // hook at its rim a fraction of its size (a hooked arrow's
            // tail).
            // Nor is a straight line (a group's border by the node's
            // name): a loop curls.
            let far = e.shape(self.ends.extras).far;
            let n = &self.placed[a as usize];
            let v = far - n.center;
            let outside = v.hypot() > n.outline.rim_distance(v) + self.tolerance
                && (far - e.a).hypot() >= 0.5 * n.outline.equal_area_radius();
            if !outside || e.extra.is_none() {
                counts.self_touching += 1;
                reject(counts, false);
                warnings.push(
                    pos,
                    format!(
                        "stroke from {} to {}: both ends touch the same node; not an edge",
                        fmt_point(e.a),
                        fmt_point(e.b)
                    ),
                );
                return None;
            }
        }
        Some(if dir == Direction::Backward { (b, a) } else { (a, b) })
    }
}

impl Matcher<'_> {
    /// The node a loop-shaped stroke whose ends touch no node turns back
    /// on: its ends close together off the node, its middle on it
    /// (networkx draws a self-loop so, from beside the node through its
    /// centre and back).
    fn loop_through(&self, e: &EdgeShape) -> Option<u32> {
        // (Its middle, halfway along it, is where it turns back.)
        let mid = e.shape(self.ends.extras).mid;
        let reach = (mid - e.a).hypot();
        // (NaN compares false: no loop.)
        let close = (e.b - e.a).hypot() < 0.5 * reach;
        if !close {
            return None;
        }
        let mut found = [None];
        self.index.find_each(self.placed, &[mid], &mut found);
        found[0]
    }

    fn is_compound(&self, n: u32) -> bool {
        self.compounds.binary_search(&n).is_ok()
    }

    /// Ends found on a compound node but within it, off its rim, end on
    /// none: a line stopping short of a node inside is not the
    /// container's.
    fn off_compound_rims(&self, points: &[Point], found: &mut [Option<u32>]) {
        for (p, f) in points.iter().zip(found.iter_mut()) {
            if let Some(n) = *f
                && self.is_compound(n)
            {
                let node = &self.placed[n as usize];
                let v = *p - node.center;
                if (v.hypot() - node.outline.rim_distance(v)).abs() > self.tolerance {
                    *f = None;
                }
            }
        }
    }

    /// The node an end at `p`, heading along `dir`, points at: the first
    /// its line enters, within eight times the tolerance (two typical
    /// radii), and short of it by no more than [`spatial::stop_short`]
    /// allows a `head` or a plain end.
    fn pointed_at(&self, p: Point, dir: kurbo::Vec2, head: bool) -> Option<u32> {
        self.pointed_past(p, dir, head, None)
    }

    /// As [`Matcher::pointed_at`], passing node `from` too (the node the
    /// line leaves).
    fn pointed_past(
        &self,
        p: Point,
        dir: kurbo::Vec2,
        head: bool,
        from: Option<u32>,
    ) -> Option<u32> {
        // (A compound node round the end is passed: its inside is not its.)
        let passed = |n: u32| Some(n) == from || self.is_compound(n);
        let short = |o: &crate::geom::Outline, off: f64| spatial::stop_short(o, off, head);
        self.index.pointed_at(self.placed, (p, dir), POINTING_REACH * self.tolerance, passed, short)
    }

    /// A head beside a node, off its outline, heading away from it to
    /// another it points at, ends on that one, where the line's other end
    /// is not on it (`ECharts` stops a curved edge into a column of nodes
    /// by the next). `headed` lists the ends with a head (`true`) or none
    /// among `points`, `found` their nodes so far, and `arriving(i)` the
    /// way a line reaches `points[i]`.
    fn heads_elsewhere(
        &self,
        headed: &[(usize, bool)],
        points: &[Point],
        found: &mut [Option<u32>],
        arriving: impl Fn(usize) -> kurbo::Vec2,
    ) {
        for &(i, _) in headed.iter().filter(|h| h.1) {
            let Some(n) = found[i] else { continue };
            if found[i ^ 1] != Some(n)
                && heads_away(&self.placed[n as usize], points[i], arriving(i), self.tolerance)
                && let Some(m) = self.pointed_past(points[i], arriving(i), true, Some(n))
            {
                found[i] = Some(m);
            }
        }
    }

    /// A plain end beside a node, off its outline, its line having passed
    /// the node's centre beside it (the line, carried on straight, misses
    /// the node's outline), ends on another node it points at, where the
    /// line's other end is not on that one: igraph's matplotlib backend
    /// stops edges on a circle round each vertex, so into a wide box an
    /// edge stops short of it, beside a neighbour it grazes. Arguments as
    /// [`Matcher::heads_elsewhere`].
    fn plain_ends_past(
        &self,
        headed: &[(usize, bool)],
        points: &[Point],
        found: &mut [Option<u32>],
        arriving: impl Fn(usize) -> kurbo::Vec2,
    ) {
        let mut heads = headed.iter().filter(|h| h.1).map(|h| h.0).peekable();
        for i in 0..points.len() {
            if heads.next_if_eq(&i).is_some() {
                continue;
            }
            let Some(n) = found[i] else { continue };
            let (p, node) = (points[i], &self.placed[n as usize]);
            // (Most ends lie on their node: nothing more to weigh.)
            if found[i ^ 1] == Some(n)
                || crate::geom::touch(node.center, &node.outline, p, 0.5 * self.tolerance).is_some()
            {
                continue;
            }
            let dir = arriving(i);
            // (Its line grazes the node, missing its outline: one that
            // went through it, or through a wedge of it, ends there.)
            let u = dir / dir.hypot();
            let off = p + u * (node.center - p).dot(u) - node.center;
            if dir.dot(node.center - p) < 0.0
                && off.hypot() > node.outline.rim_distance(off)
                && let Some(m) = self.pointed_past(p, dir, false, Some(n))
                && found[i ^ 1] != Some(m)
            {
                found[i] = Some(m);
            }
        }
    }

    /// A head that touches no node ends on the node it points at, short of
    /// it by less than that node's size (networkx stops arrows at a
    /// marker's circle, short of a triangle's apex); so does one stopping
    /// within the node its line leaves (see [`Matcher::left_from_centre`]).
    /// Arguments as [`Matcher::heads_elsewhere`].
    fn heads_pointing(
        &self,
        headed: &[(usize, bool)],
        points: &[Point],
        found: &mut [Option<u32>],
        arriving: impl Fn(usize) -> kurbo::Vec2,
    ) {
        for &(i, _) in headed.iter().filter(|h| h.1) {
            if found[i].is_none() {
                found[i] = self.pointed_at(points[i], arriving(i), true);
            }
        }
        for &(i, _) in headed.iter().filter(|h| h.1) {
            if let Some(m) = self.left_from_centre(i, points, found, arriving(i)) {
                found[i] = Some(m);
            }
        }
    }

    /// The node a head's tip `points[i]`, heading along `dir`, points at
    /// beyond the node it lies on, where the line leaves that node from
    /// its centre (its other end, `points[i ^ 1]`, within a quarter of
    /// the node's radius of it) and the tip is headed out of it, over half
    /// the way to its rim: netgraph stops arrows between nodes close
    /// together short, within their source (by the next); `ECharts`,
    /// within a flat source's slack. (A short stroke from a centre, a
    /// glyph's, points at nothing.)
    fn left_from_centre(
        &self,
        i: usize,
        points: &[Point],
        found: &[Option<u32>],
        dir: kurbo::Vec2,
    ) -> Option<u32> {
        let n = found[i]?;
        let node = &self.placed[n as usize];
        let (r, out) = (node.outline.equal_area_radius(), points[i] - node.center);
        let leaves = found[i ^ 1] == Some(n)
            && node.center.distance(points[i ^ 1]) <= 0.25 * r
            && dir.dot(out) > 0.0
            && out.hypot() > 0.5 * node.outline.rim_distance(out);
        if !leaves {
            return None;
        }
        let m = self.pointed_past(points[i], dir, true, Some(n))?;
        // A tip still within its node (not just off it, as ECharts' are)
        // stops by the next, within half its radius of its rim: an arrow
        // drawn within a node (a clock's hand) points at no neighbour.
        let within = crate::geom::touch(node.center, &node.outline, points[i], 0.0).is_some();
        let next = &self.placed[m as usize];
        let to = next.center - points[i];
        let gap = to.hypot() - next.outline.rim_distance(to);
        (!within || gap <= 0.5 * next.outline.equal_area_radius()).then_some(m)
    }

    /// An end on a node's name drawn outside it ends on that node
    /// (layouts see a node with its name as one box; see [`Ports::fill`]);
    /// but a loop through its node, its ends by the name, is left to be
    /// found as such (networkx labels a self-loop at its ends). `points`
    /// are the ends of `chunk`'s strokes, `found` their nodes so far.
    fn on_names(&self, chunk: &[EdgeShape], points: &[Point], found: &mut [Option<u32>]) {
        let Some(boxes) = self.name_boxes else { return };
        let through = |j: usize| {
            found[2 * j].is_none()
                && found[2 * j + 1].is_none()
                && self.loop_through(&chunk[j]).is_some()
        };
        let loops: Vec<usize> = (0..chunk.len()).filter(|&j| through(j)).collect();
        let open: Vec<bool> = found.iter().map(Option::is_none).collect();
        boxes.fill(points, found);
        for j in loops {
            (found[2 * j], found[2 * j + 1]) = (None, None);
        }
        // (A stroke both of whose ends lie by one name alone, reaching
        // off it farther than the name's box is wide or high, is no loop:
        // a group's border runs along the label in its corner, and round
        // the group. A loop curls beside its node.)
        for (j, e) in chunk.iter().enumerate() {
            let (a, b) = (2 * j, 2 * j + 1);
            if open[a] && open[b] && found[a].is_some() && found[a] == found[b] {
                let far = e.shape(self.ends.extras).far;
                if boxes.far_off(points[a], far) {
                    (found[a], found[b]) = (None, None);
                }
            }
        }
    }

    /// Matches the ends of `chunk` (candidates `base…`) into `out`, spread
    /// over the cores. The common case is settled here: nothing names the
    /// ends, and they touch two nodes.
    fn match_chunk(&self, chunk: &[EdgeShape], base: u32, out: &mut Vec<Matched>) {
        // Candidates per task: enough for the lookups of a task to overlap,
        // few enough for its points to stay in the cache.
        const TASK: usize = 2048;
        let (ends, placed, index) = (self.ends, self.placed, self.index);
        out.clear();
        out.resize(chunk.len(), Matched::Open(None, None, Direction::Undirected));
        out.par_chunks_mut(TASK).zip(chunk.par_chunks(TASK)).enumerate().for_each(
            |(t, (out, chunk))| {
                let first = base + (t * TASK) as u32;
                let mut points = Vec::with_capacity(2 * chunk.len());
                let mut dirs = Vec::with_capacity(chunk.len());
                let mut headed = Vec::new();
                for (j, e) in chunk.iter().enumerate() {
                    let (a, b, dir, capped) = ends.of(first + j as u32, e);
                    points.push(a);
                    points.push(b);
                    dirs.push(dir);
                    if capped != (false, false) {
                        headed.push((2 * j, capped.0));
                        headed.push((2 * j + 1, capped.1));
                    }
                }
                let mut found = vec![None; points.len()];
                let arriving = |i: usize| chunk[i / 2].arriving(ends.extras, i % 2 == 1);
                index.find_each_arriving(placed, &points, arriving, &mut found);
                if !self.compounds.is_empty() {
                    self.off_compound_rims(&points, &mut found);
                }
                if let Some(ports) = self.ports {
                    ports.redirect(&points, &mut found);
                }
                self.heads_elsewhere(&headed, &points, &mut found, arriving);
                self.plain_ends_past(&headed, &points, &mut found, arriving);
                // An end that touches no node but lies in one node's box
                // ends on it: layouts that see every node as its box
                // (dagre, as nomnoml uses it) clip edges there, off a
                // diamond's or a circle's rim.
                for (p, f) in points.iter().zip(found.iter_mut()) {
                    if f.is_none() {
                        *f = index.in_box_of(placed, *p).filter(|&n| !self.is_compound(n));
                    }
                }
                self.on_names(chunk, &points, &mut found);
                // A stroke neither of whose ends touches a node, both
                // heading one way (within a right angle), no farther apart
                // than the node is wide, and pointing at it as a head's tip
                // does, leaves it and comes back: a self-loop drawn off its
                // node (`Graph::Easy`'s over a circle smaller than its
                // cell). A bracket round a node points at it from both
                // sides.
                for j in 0..chunk.len() {
                    let (a, b) = (2 * j, 2 * j + 1);
                    if found[a].is_some()
                        || found[b].is_some()
                        || arriving(a).dot(arriving(b)) <= 0.0
                    {
                        continue;
                    }
                    let Some(n) = self.pointed_at(points[a], arriving(a), true) else { continue };
                    let (hx, hy) = placed[n as usize].outline.half_extents();
                    if (points[a] - points[b]).hypot() <= 2.0 * hx.max(hy)
                        && self.pointed_at(points[b], arriving(b), true) == Some(n)
                    {
                        (found[a], found[b]) = (Some(n), Some(n));
                    }
                }
                self.heads_pointing(&headed, &points, &mut found, arriving);
                // So does a plain end touching no node, where the other
                // end touches another (netgraph sets lines back from the
                // nodes they go to).
                // So do both plain ends of a line touching no node, where
                // each points at another (igraph's matplotlib backend sets
                // lines back from dots smaller than the gap).
                for j in 0..chunk.len() {
                    for (i, other) in [(2 * j, 2 * j + 1), (2 * j + 1, 2 * j)] {
                        if found[i].is_none() && found[other].is_some() {
                            let n = self.pointed_at(points[i], arriving(i), false);
                            if n != found[other] {
                                found[i] = n;
                            }
                        }
                    }
                    let (a, b) = (2 * j, 2 * j + 1);
                    // (Most loose lines point at nothing: one ray tells.)
                    if found[a].is_none()
                        && found[b].is_none()
                        && let Some(m) = self.pointed_at(points[a], arriving(a), false)
                        && let Some(n) = self.pointed_at(points[b], arriving(b), false)
                        && m != n
                    {
                        (found[a], found[b]) = (Some(m), Some(n));
                    }
                }
                for (j, (e, o)) in chunk.iter().zip(out.iter_mut()).enumerate() {
                    let k = first + j as u32;
                    if !self.skip.is_empty() && self.skip.binary_search(&k).is_ok() {
                        *o = Matched::Skip;
                        continue;
                    }
                    let (a, b, dir) = (found[2 * j], found[2 * j + 1], dirs[j]);
                    *o = match (a, b) {
                        (Some(x), Some(y))
                            if x != y
                                && self.only_in.is_none()
                                && matches!(self.names.of(k, e), Named::None) =>
                        {
                            let (s, t) = if dir == Direction::Backward { (y, x) } else { (x, y) };
                            Matched::Edge(s, t, dir != Direction::Undirected)
                        }
                        _ => Matched::Open(a, b, dir),
                    };
                }
            },
        );
    }

    /// The ends of candidate `k` (`e`), touching nodes `a` and `b`, by the
    /// names the drawing gives them or else by its geometry, and whether
    /// the two disagree; `None` (counted and reported) when it is not an
    /// edge.
    fn decide(
        &self,
        e: &EdgeShape,
        k: u32,
        (a, b, dir): (Option<u32>, Option<u32>, Direction),
        counts: &mut Counts,
        warnings: &mut Warnings,
        id: &impl Fn(u32) -> String,
    ) -> Option<(u32, u32, bool)> {
        if let Some(flags) = self.only_in
            && !at(flags, e.group).copied().unwrap_or(false)
        {
            counts.outside += 1;
            return None;
        }
        let pos =
            Some(Position { line: u64::from(e.line), column: u64::from(e.column), offset: None });
        match self.names.of(k, e) {
            Named::Ends(x, y) => {
                let agree = matches!((a, b), (Some(a), Some(b))
                    if (a, b) == (*x, *y) || (a, b) == (*y, *x));
                // The names' order is the edge's (`a->b`), whichever way
                // the stroke was drawn; a head drawn at the named source
                // points the other way.
                let (from, to) = if dir == Direction::Backward { (b, a) } else { (a, b) };
                let reversed = agree
                    && x != y
                    && dir != Direction::Undirected
                    && (from, to) == (Some(*y), Some(*x));
                if !agree {
                    counts.disagreements += 1;
                    let touched = |n: Option<u32>| n.map_or_else(|| "no node".to_string(), id);
                    warnings.push(
                        pos,
                        format!(
                            "the edge the drawing names {} -> {} touches {} and {} by its geometry; the names are used",
                            id(*x),
                            id(*y),
                            touched(a),
                            touched(b)
                        ),
                    );
                } else if reversed {
                    counts.disagreements += 1;
                    warnings.push(
                        pos,
                        format!(
                            "the edge the drawing names {} -> {} has its head at {}; the names are used",
                            id(*x),
                            id(*y),
                            id(*x)
                        ),
                    );
                }
                Some((*x, *y, !agree || reversed))
            }
            named => {
                if let Named::Unknown(x, y) = named {
                    counts.disagreements += 1;
                    warnings.push(
                        pos,
                        format!("the edge the drawing names {x} -> {y}: not both are nodes; its geometry is used"),
                    );
                }
                let (s, t) = self.by_geometry(e, (a, b, dir), counts, warnings, pos)?;
                Some((s, t, false))
            }
        }
    }
}

/// A candidate's ends as matched: an edge settled already, or the nodes
/// its ends touch and its direction, for the names and checks to decide.
#[derive(Clone, Copy, Debug)]
enum Matched {
    Edge(u32, u32, bool),
    Open(Option<u32>, Option<u32>, Direction),
    /// It is no edge in its own right (see [`Matcher::skip`]).
    Skip,
}

/// Matches every edge candidate's ends and adds the edges. Where the
/// drawing names an edge's ends, the names decide; a disagreement with
/// the geometry is counted and reported.
pub(crate) fn add_edges(
    links: &mut Links,
    nodes: &[Node],
    edges: Candidates,
    m: &Matcher<'_>,
    warnings: &mut Warnings,
    mut geometry: Option<&mut Vec<EdgeGeometry>>,
    strings: &Strings,
) -> std::io::Result<Counts> {
    let mut counts = Counts::default();
    let id = |k: u32| strings.resolve(nodes[k as usize].id).to_string();
    // Adds the edges of a matched chunk (candidates `base…`), in order.
    let mut add = |base: u32, chunk: &[EdgeShape], matches: &[Matched]| -> std::io::Result<()> {
        for (j, (e, matched)) in chunk.iter().zip(matches).enumerate() {
            let candidate = base + j as u32;
            let (s, t, directed, disputed) = match *matched {
                Matched::Edge(s, t, directed) => (s, t, directed, false),
                Matched::Skip => continue,
                Matched::Open(a, b, dir) => {
                    let Some((s, t, disputed)) =
                        m.decide(e, candidate, (a, b, dir), &mut counts, warnings, &id)
                    else {
                        continue;
                    };
                    (s, t, dir != Direction::Undirected, disputed)
                }
            };
            let directed = directed_as(m.directed, directed);
            let edge =
                Edge { style: e.style, svg_id: e.svg_id, directed, label: Text::EMPTY, disputed };
            links.push(Link { source: s, target: t, edge })?;
            if let Some(geo) = geometry.as_mut() {
                let x = e.shape(m.ends.extras);
                geo.push(EdgeGeometry { a: e.a, far: x.far, b: e.b, group: e.group, candidate });
            }
        }
        Ok(())
    };
    // Chunk by chunk; matching is independent per edge and spread over the
    // cores, while the chunk matched before is added to the graph.
    let mut first = 0u32;
    let mut matched: (u32, Vec<EdgeShape>, Vec<Matched>) = (0, Vec::new(), Vec::new());
    let mut spare: Vec<Matched> = Vec::new();
    edges.into_chunks(|chunk| {
        let base = first;
        first += chunk.len() as u32;
        let ((), added) = rayon::join(
            || m.match_chunk(chunk, base, &mut spare),
            || add(matched.0, &matched.1, &matched.2),
        );
        added?;
        // The chunk is kept (its buffer traded for the one added).
        matched.0 = base;
        std::mem::swap(&mut matched.1, chunk);
        std::mem::swap(&mut matched.2, &mut spare);
        Ok(())
    })?;
    add(matched.0, &matched.1, &matched.2)?;
    Ok(counts)
}

/// What matching left out or overrode.
#[derive(Debug, Default)]
pub(crate) struct Counts {
    pub dangling: usize,
    pub self_touching: usize,
    /// Edges whose named ends and geometry disagree.
    pub disagreements: usize,
    /// Strokes left out by [`Matcher::only_in`].
    pub outside: usize,
    pub rejected: Vec<Rejected>,
}

/// Where an edge was drawn, for placing its label.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EdgeGeometry {
    pub a: Point,
    pub far: Point,
    pub b: Point,
    pub group: Index,
    /// The edge candidate it was drawn as.
    pub candidate: u32,
}

impl EdgeGeometry {
    /// Distance from `p` to the polyline `a`, `far`, `b`.
    pub(crate) fn distance(&self, p: Point) -> f64 {
        let seg = |u: Point, v: Point| {
            kurbo::ParamCurveNearest::nearest(&kurbo::Line::new(u, v), p, 1e-9).distance_sq.sqrt()
        };
        seg(self.a, self.far).min(seg(self.far, self.b))
    }
}

/// What decides where an edge candidate's ends really are.
pub(crate) struct Ends<'a> {
    pub extras: &'a [StrokeExtra],
    pub styles: &'a [EdgeStyle],
    pub markers: &'a foldhash::HashMap<Text, Marker>,
    /// Sorted by edge candidate index, one per end at most.
    pub heads: &'a [(u32, Head)],
}

impl Ends<'_> {
    /// The points to match for candidate `k` (arrow tips where the stroke
    /// stops short of them), whether the edge points from `a` to `b`
    /// ([`Direction::Forward`]), from `b` to `a` ([`Direction::Backward`])
    /// or is undirected, and which ends have a head or marker.
    pub(crate) fn of(&self, k: u32, e: &EdgeShape) -> (Point, Point, Direction, (bool, bool)) {
        let (mut a, mut b) = (e.a, e.b);
        let mut dir = Direction::Undirected;
        let (mut at, mut points) = ((false, false), (false, false));
        for head in Head::of(self.heads, k) {
            if head.at_b {
                b = head.tip;
                (at.1, points.1) = (true, head.points);
            } else {
                a = head.tip;
                (at.0, points.0) = (true, head.points);
            }
        }
        // A lone mark, of any shape, is the edge's head: the edge goes to
        // the end it decorates. With marks at both ends, one that points
        // (a triangle, a V) is the head and one that does not (a diamond,
        // a circle, a bar) the tail, as Cytoscape.js and UML tools draw
        // them; two alike point both ways (undirected).
        dir = match (at, points) {
            ((false, true), _) | ((true, true), (false, true)) => Direction::Forward,
            ((true, false), _) | ((true, true), (true, false)) => Direction::Backward,
            _ => dir,
        };
        let style = &self.styles[e.style.0 as usize];
        let width = style.line_width;
        let marker = |t: Text| if t.is_empty() { None } else { self.markers.get(&t) };
        // (A marker that draws a line along the stroke reaches on but shows
        // no direction.)
        let end = marker(style.marker_end);
        if let Some(m) = end {
            let reach = m.reach(width);
            let dir_b = e.shape(self.extras).b_dir;
            if reach > 0.0 && dir_b.hypot() > 0.0 {
                b += dir_b / dir_b.hypot() * reach;
            }
        }
        // Markers decide as marks do: one that points is the head; one at
        // each end points both ways (undirected, as `dir=both`).
        match (
            marker(style.marker_start).is_some_and(Marker::points),
            end.is_some_and(Marker::points),
        ) {
            (false, true) => (dir, at.1) = (Direction::Forward, true),
            (true, false) => (dir, at.0) = (Direction::Backward, true),
            (true, true) => (dir, at) = (Direction::Undirected, (true, true)),
            (false, false) => {}
        }
        (a, b, dir, at)
    }
}

/// Whether a head's tip at `p`, heading along `dir`, lies off `node`'s
/// outline by over half the tolerance `tol` (not on it, to rounding, as
/// where nodes overlap) and heads away from its centre (within 60° of
/// straight away).
fn heads_away(node: &Placed, p: Point, dir: kurbo::Vec2, tol: f64) -> bool {
    let back = node.center - p;
    crate::geom::touch(node.center, &node.outline, p, 0.5 * tol).is_none()
        && dir.dot(back) < -0.5 * dir.hypot() * back.hypot()
}

fn fmt_point(p: Point) -> String {
    format!("({}, {})", p.x, p.y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_tolerance_is_a_quarter_of_the_median_radius() {
        assert_eq!(default_tolerance([1.0, 4.0, 100.0]), 1.0);
        assert_eq!(default_tolerance([0.0, 0.0]), 0.0);
    }
}
