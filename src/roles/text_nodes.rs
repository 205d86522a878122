//! Nodes that are text alone: a commutative diagram's objects, a tree of
//! words, drawn as glyphs with no shape around them (tikz-cd, TikZ's graph
//! drawing, dvisvgm and cairo glyphs). A run of glyphs that strokes join
//! to another such run, or to two nodes, is a node: its box, grown by the
//! margin tools leave around a text node. A run centred under or over a
//! node is that node's name instead.

use std::io;

use kurbo::{Point, Rect};
use rstar::{AABB, Envelope, RTree};

use super::compounds::Rims;
use super::{Boxed, Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{Drawing, Head, NodeShape};

/// The most glyphs looked at: runs are found pair by pair.
const MAX_GLYPHS: usize = 4096;

/// What a stroke's end lies on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum On {
    Nothing,
    Node(u32),
    Run(usize),
}

/// Adds a node candidate for each run of glyphs (outside every node) that
/// strokes join to another run, or to two nodes (of the candidates `placed`,
/// indexed by `index`). Returns whether any was added.
pub(crate) fn text_nodes(
    d: &mut Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<bool> {
    let boxes = unnamed_runs(d, roles, (cand, placed, index));
    if boxes.is_empty() {
        return Ok(false);
    }
    let runs = Runs::new(boxes);
    let boxes = &runs.boxes;
    let on = |p: Point| runs.on(p, placed, index);
    let aimed = |p: Point, dir: kurbo::Vec2| runs.aimed(p, dir);
    // A line drawn on a container, from rim to rim, joins nothing: a
    // plot's grid line runs from the tick labels under its frame to the
    // title over it.
    let rims = Rims::new(d, &roles.role, (placed, index));
    let on_container = |a: Point, b: Point| rims.as_ref().is_some_and(|r| r.across(a, b));
    // Per run: joined to another run, and the nodes it is joined to.
    let mut joined = vec![false; boxes.len()];
    let mut partners: Vec<Vec<u32>> = vec![Vec::new(); boxes.len()];
    let mut links = 0usize;
    let mut extent: Vec<(f64, f64)> =
        boxes.iter().map(|r| (0.5 * r.width(), 0.5 * r.height())).collect();
    let heads = &roles.heads;
    // (A capped end reaches as far as its head's tip: heads larger than
    // the dots they point at, the name beside a dot behind them.)
    let ends = |k: usize, e: &crate::model::EdgeShape| {
        let (mut ea, mut eb) = (e.a, e.b);
        for h in Head::of(heads, u32::try_from(k).unwrap_or(u32::MAX)) {
            *(if h.at_b { &mut eb } else { &mut ea }) = h.tip;
        }
        (ea, eb)
    };
    // Where no shape is a node and no stroke ends by a text, the strokes
    // stop a padding short of the texts they join: the boxes drawn round
    // them are gone, as when a renderer drops shapes whose filter it
    // cannot draw. An end on nothing then takes the text it heads for.
    let mut padded = placed.is_empty();
    if padded {
        d.edges.for_each(|k, e| {
            let (ea, eb) = ends(k, e);
            padded &= on(ea) == On::Nothing && on(eb) == On::Nothing;
        })?;
    }
    d.edges.for_each(|k, e| {
        let (ea, eb) = ends(k, e);
        let near = |x: On, p: Point, at_b: bool| match x {
            On::Nothing if padded => aimed(p, e.arriving(&d.extras, at_b)),
            x => x,
        };
        let (a, b) = (near(on(ea), ea, false), near(on(eb), eb, true));
        if (!matches!(a, On::Run(_)) && !matches!(b, On::Run(_))) || on_container(ea, eb) {
            return;
        }
        let other = |x: On, p: Point| match x {
            On::Nothing => {
                index.all_touching(placed, p).first().map_or(On::Nothing, |&n| On::Node(n))
            }
            x => x,
        };
        let (a, b) = (other(a, ea), other(b, eb));
        if a == On::Nothing || b == On::Nothing || a == b {
            return;
        }
        // The box round the text, gone, reached every end on it.
        for (x, p) in [(a, ea), (b, eb)] {
            if let (On::Run(r), true) = (x, padded) {
                let (c, ext) = (boxes[r].center(), &mut extent[r]);
                *ext = (ext.0.max((p.x - c.x).abs()), ext.1.max((p.y - c.y).abs()));
            }
        }
        match (a, b) {
            (On::Run(r), On::Run(q)) => {
                joined[r] = true;
                joined[q] = true;
                links += 1;
            }
            (On::Run(r), On::Node(n)) | (On::Node(n), On::Run(r)) if !partners[r].contains(&n) => {
                partners[r].push(n);
            }
            _ => {}
        }
    })?;
    // A text joined to one node only is a note on it (an automaton's
    // `start`), not a node.
    for (j, p) in joined.iter_mut().zip(&partners) {
        *j |= p.len() >= 2;
    }
    // Words a padding apart make a graph where several lines join them: a
    // plot's one grid line, from a tick label up to the title, joins none.
    if padded && links < 2 {
        return Ok(false);
    }
    let mut added = 0;
    for ((r, (hx, hy)), _) in boxes.iter().zip(extent).zip(&joined).filter(|(_, j)| **j) {
        let r = if padded { Rect::from_center_size(r.center(), (2.0 * hx, 2.0 * hy)) } else { *r };
        let Some(s) = NodeShape::text(r, None, None, true) else { continue };
        d.nodes.push(s);
        roles.role.push(Role::Node);
        added += 1;
    }
    if added > 0 {
        *roles
            .evidence
            .entry("text alone, that strokes join to other nodes: a node")
            .or_default() += added;
    }
    Ok(added > 0)
}

/// The runs of glyphs that may be nodes: in no node, naming none. A run
/// centred under or over one node is its name, not a node: a layout
/// that sees the node and its name as one box ends edges on the name
/// (PlantUML's actors and icons through cairo or PDF). Its box round both
/// joins `roles.name_boxes`.
fn unnamed_runs(
    d: &Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> Vec<Rect> {
    let runs = glyph_runs(d, &roles.role);
    let outside: Vec<usize> =
        (0..runs.len()).filter(|&r| !index.on_some(placed, runs[r].center(), 0.0)).collect();
    let names = names_beside(&runs, &outside, placed);
    for &(r, n) in &names {
        let (c, (hx, hy)) = (placed[n].center, placed[n].outline.half_extents());
        let node = Rect::new(c.x - hx, c.y - hy, c.x + hx, c.y + hy);
        let shape = u32::try_from(cand[n]).unwrap_or(u32::MAX);
        roles.name_boxes.push((shape, node.union(runs[r])));
    }
    runs.iter()
        .enumerate()
        .filter(|&(r, run)| {
            names.binary_search_by_key(&r, |n| n.0).is_err()
                && index.all_touching(placed, run.center()).is_empty()
                && index.in_box_of(placed, run.center()).is_none()
        })
        .map(|(_, run)| *run)
        .collect()
}

/// The runs of glyphs, their boxes grown by the margin tools leave round
/// a text node, for looking up what a stroke's end lies on.
struct Runs {
    boxes: Vec<Rect>,
    tree: RTree<Boxed>,
    /// Each run's box grown as far as a stroke may stop short of it and
    /// head for it (see [`Runs::aimed`]).
    padded: RTree<Boxed>,
}

impl Runs {
    fn new(boxes: Vec<Rect>) -> Runs {
        // Each run's box grown by the margin tools leave round a text node
        // (a quarter of the grown box's height); a stroke's end may lie
        // within twice that.
        let reach = |(k, r): (usize, &Rect)| {
            let m = 0.25 * r.height();
            Boxed::around(k, r.center(), (0.5 * r.width() + m, 0.5 * r.height() + m))
        };
        let tree = RTree::bulk_load(boxes.iter().enumerate().map(reach).collect());
        let pad = |(k, r): (usize, &Rect)| {
            let m = Self::padding(r);
            Boxed::around(k, r.center(), (0.5 * r.width() + m, 0.5 * r.height() + m))
        };
        let padded = RTree::bulk_load(boxes.iter().enumerate().map(pad).collect());
        Runs { boxes, tree, padded }
    }

    /// How far short of a run a stroke heading for it may stop: twice the
    /// run's box's height or its width (the padding round a word in a box,
    /// or in a diamond, whose edges leave its sides anywhere).
    fn padding(r: &Rect) -> f64 {
        (2.0 * r.height()).max(r.width())
    }

    /// The run `p` lies on, where it lies on one only and on no node (of
    /// `placed`, indexed by `index`).
    fn on(&self, p: Point, placed: &[Placed], index: &NodeIndex) -> On {
        if !self.tree.root().envelope().contains_point(&[p.x, p.y]) {
            return On::Nothing;
        }
        let mut hits = self.tree.locate_in_envelope_intersecting(AABB::from_point([p.x, p.y]));
        match (hits.next(), hits.next()) {
            (Some(r), None) if index.all_touching(placed, p).is_empty() => On::Run(r.0),
            _ => On::Nothing,
        }
    }

    /// The nearest run a stroke arriving at `p` going `dir` heads towards
    /// (within 45°), no farther off it than its [`Runs::padding`].
    fn aimed(&self, p: Point, dir: kurbo::Vec2) -> On {
        let mut best: Option<(f64, usize)> = None;
        for r in self.padded.locate_in_envelope_intersecting(AABB::from_point([p.x, p.y])) {
            let run = self.boxes[r.0];
            let within = Self::padding(&run);
            let gap = Point::new(p.x.clamp(run.x0, run.x1), p.y.clamp(run.y0, run.y1)) - p;
            let off = gap.hypot();
            let to = run.center() - p;
            let ahead = to.dot(dir) >= std::f64::consts::FRAC_1_SQRT_2 * to.hypot() * dir.hypot();
            if off <= within && ahead && best.is_none_or(|(b, _)| off < b) {
                best = Some((off, r.0));
            }
        }
        best.map_or(On::Nothing, |(_, r)| On::Run(r))
    }
}

/// The runs (of `runs`, those listed in `outside`) that name a node (of
/// `placed`, by index) beside them: centred under or over it (to a quarter
/// of the wider of the two), no farther from it than half the run's
/// height past its margin, where only one node is so; by run, ascending.
fn names_beside(runs: &[Rect], outside: &[usize], placed: &[Placed]) -> Vec<(usize, usize)> {
    if placed.is_empty() || outside.is_empty() {
        return Vec::new();
    }
    let tree = RTree::bulk_load(
        placed
            .iter()
            .enumerate()
            .map(|(k, p)| Boxed::around(k, p.center, p.outline.half_extents()))
            .collect(),
    );
    let mut out = Vec::new();
    for &r in outside {
        let run = runs[r];
        let reach = run.inflate(0.5 * run.height(), 0.5 * run.height());
        let q = AABB::from_corners([reach.x0, reach.y0], [reach.x1, reach.y1]);
        let mut beside = tree.locate_in_envelope_intersecting(q).filter(|b| {
            let (c, (hx, hy)) = (placed[b.0].center, placed[b.0].outline.half_extents());
            let m = run.center();
            // (Centred under or over it: a word level with a node, in its
            // row, may be a text node of its own.)
            (m.x - c.x).abs() <= 0.25 * hx.max(0.5 * run.width())
                && (m.y - c.y).abs() > hy
                && !run.contains(c)
        });
        if let (Some(n), None) = (beside.next(), beside.next()) {
            out.push((r, n.0));
        }
    }
    out
}

/// The runs of glyphs: glyphs side by side on a line (their heights
/// overlapping by half, apart by less than half the taller's height). A
/// run's margin is half its height (TikZ's inner sep, a third of an em,
/// round a capital).
fn glyph_runs(d: &Drawing, role: &[Role]) -> Vec<Rect> {
    let glyphs: Vec<Rect> = d
        .nodes
        .iter()
        .zip(role)
        .filter(|(_, r)| **r == Role::Glyph)
        .map(|(s, _)| {
            let (hx, hy) = s.outline.half_extents();
            Rect::new(s.center.x - hx, s.center.y - hy, s.center.x + hx, s.center.y + hy)
        })
        .filter(|r| r.width() > 0.0 && r.height() > 0.0)
        .collect();
    if glyphs.is_empty() || glyphs.len() > MAX_GLYPHS {
        return Vec::new();
    }
    // Glyphs side by side join one run; then runs side by side, by their
    // own heights: a word space is wider than half a small letter's
    // height (`ker α`, `coker γ`), not than half the line's.
    let mut runs = side_by_side(&side_by_side(&glyphs));
    runs.sort_by(|a, b| {
        (a.y0, a.x0).partial_cmp(&(b.y0, b.x0)).unwrap_or(std::cmp::Ordering::Equal)
    });
    runs.into_iter().map(|r| r.inflate(0.5 * r.height(), 0.5 * r.height())).collect()
}

/// The boxes `rects` joined where side by side on a line: their heights
/// overlapping by half the smaller, apart by at most half the taller's
/// height.
fn side_by_side(rects: &[Rect]) -> Vec<Rect> {
    let mut sets = petgraph::unionfind::UnionFind::<usize>::new(rects.len());
    for (i, a) in rects.iter().enumerate() {
        for (j, b) in rects.iter().enumerate().skip(i + 1) {
            let overlap = a.y1.min(b.y1) - a.y0.max(b.y0);
            let gap = a.x0.max(b.x0) - a.x1.min(b.x1);
            if overlap >= 0.5 * a.height().min(b.height())
                && gap <= 0.5 * a.height().max(b.height())
            {
                sets.union(i, j);
            }
        }
    }
    let mut boxes: foldhash::HashMap<usize, Rect> = foldhash::HashMap::default();
    for (i, g) in rects.iter().enumerate() {
        boxes.entry(sets.find_mut(i)).and_modify(|b| *b = b.union(*g)).or_insert(*g);
    }
    boxes.into_values().collect()
}
