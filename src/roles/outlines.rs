//! Strokes drawn as their outlines: a filled shape long and thin (see
//! [`crate::geom::spine`]) whose two ends join two shapes is the line
//! between them, not a node. Thin shapes that join nothing (a glyph's
//! stem, a rule, a colour bar) stay node candidates for the other rules.
//! Where the drawing has such lines, a shorter one drawn the same way (a
//! line between nodes close together, mostly hidden under them) is one
//! too when its ends join two shapes, and so is a band drawn the same way
//! that curls back to the shape it leaves (a self-loop).

use std::io;

use kurbo::{Point, Vec2};
use rstar::{AABB, RTree};

use crate::geom::path::Stroke;
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::spine::{curl, spine_within};
use crate::geom::{Outline, touch};
use crate::model::{Drawing, EdgeShape, EdgeStyle, Head, NodeShape, StrokeExtra, index};
use crate::text::Text;

/// How far outside a shape an end may lie and still join it, as a share
/// of the shape's radius (the slack matching allows by default).
const SLACK: f64 = 0.4;

/// How thin (mean width over length, see [`crate::geom::spine`]) a shape
/// drawn like the drawing's lines must be to be read as one: a line
/// between two nodes close together, mostly hidden under them, or an
/// arrow whose head is most of its length.
const STUBBY: f64 = 0.7;

/// How a line drawn as its outline is painted: as a shape, and as a line.
struct Look {
    fill: Text,
    stroke: Text,
    opacity: f32,
    paint: EdgeStyle,
}

/// The shapes an outline's ends may join, and how to find them.
struct Ends<'a> {
    placed: Vec<Placed>,
    idx: NodeIndex,
    /// How far to look for the shape a line set back from it points at.
    reach: f64,
    /// The index into `placed` of each shape of the drawing.
    slot: &'a [Option<u32>],
}

impl Ends<'_> {
    /// Whether shape `n` wholly holds a smaller shape at its centre that
    /// spans most of it one way (the corners of its box inside `n`'s
    /// outline): a table's box round its rows, not a line drawn as its
    /// outline (which shapes at most overlap, at its ends; a letter
    /// written on it is small beside it).
    fn holds_one(&self, n: &NodeShape) -> bool {
        let area = n.outline.area();
        let (hx, hy) = n.outline.half_extents();
        let slack = 0.01 * hx.max(hy);
        self.idx.all_touching(&self.placed, n.center).into_iter().any(|k| {
            let o = &self.placed[k as usize];
            let (ox, oy) = o.outline.half_extents();
            o.outline.area() < 0.9 * area
                && (ox >= 0.8 * hx || oy >= 0.8 * hy)
                && [(-ox, -oy), (ox, -oy), (ox, oy), (-ox, oy)].into_iter().all(|(x, y)| {
                    touch(n.center, &n.outline, o.center + Vec2::new(x, y), slack).is_some()
                })
        })
    }

    /// Whether the stroke `s` (the spine of shape `own`) joins two shapes.
    fn join(&self, s: &Stroke, own: usize) -> bool {
        let (at_a, at_b) = self.ends(s, own);
        let me = self.slot[own];
        // Each end on a shape the other end is not on: a shape both ends
        // lie on (a background, the node a glyph is written in) joins
        // nothing.
        let only = |x: &[u32], y: &[u32]| x.iter().any(|i| !y.contains(i));
        if only(&at_a, &at_b) && only(&at_b, &at_a) {
            return true;
        }
        // An end that points straight at a shape the other end is not on,
        // short of it by less than its size, joins it where it lies on no
        // shape of its own and the other end does, or where the other end
        // is at a shape's centre:
        // an edge set back from its node (netgraph draws its lines from
        // the source's centre, set back from the target), or ending in
        // the slack of both of two nodes close together.
        let aimed = |from: Point, dir: Vec2, on: &[u32], to: Point, other: &[u32]| {
            let mut passed = other.to_vec();
            passed.extend(me);
            ((!only(on, other) && only(other, on)) || self.centred(to, other))
                && self.pointed_at(from, dir, &passed).is_some()
        };
        aimed(s.b, s.b_dir, &at_b, s.a, &at_a) || aimed(s.a, -s.a_dir, &at_a, s.b, &at_b)
    }

    /// The shapes each end of stroke `s` (the spine of shape `own`) lies
    /// on, that one aside.
    fn ends(&self, s: &Stroke, own: usize) -> (Vec<u32>, Vec<u32>) {
        let me = self.slot[own];
        let on = |p: Point| {
            let mut at = self.idx.all_touching(&self.placed, p);
            at.retain(|&i| Some(i) != me);
            at
        };
        (on(s.a), on(s.b))
    }

    /// Whether `p` lies at the centre of one of the shapes `at`, within a
    /// quarter of its radius: where a line drawn centre to centre ends.
    fn centred(&self, p: Point, at: &[u32]) -> bool {
        at.iter().any(|&i| {
            let n = &self.placed[i as usize];
            n.center.distance(p) <= 0.25 * n.outline.equal_area_radius()
        })
    }

    /// Whether the stroke `s` (the spine of shape `own`) leaves a shape
    /// and returns to it: both ends on it, its far point well off it (by
    /// half the shape's radius).
    fn loops(&self, s: &Stroke, own: usize) -> bool {
        let (at_a, at_b) = self.ends(s, own);
        let leaves = |i: &u32| {
            let n = &self.placed[*i as usize];
            let r = n.outline.equal_area_radius();
            touch(n.center, &n.outline, s.far, 0.5 * r).is_none()
        };
        at_a.iter().any(|i| at_b.contains(i) && leaves(i))
    }

    /// The shape a line ending at `p`, heading along `dir`, points at: the
    /// first its way enters beyond the shapes `passed`, short of it by no
    /// more than that shape's radius (as matching allows a plain end that
    /// does not head straight for a centre).
    fn pointed_at(&self, p: Point, dir: Vec2, passed: &[u32]) -> Option<u32> {
        let passed = |i| passed.contains(&i);
        let radius = |o: &Outline, _| o.equal_area_radius();
        self.idx.pointed_at(&self.placed, (p, dir), self.reach, passed, radius)
    }
}

/// Turns the thin shapes of `d` (not `pies`' wedges) whose ends join two
/// shapes into edge candidates (appended to `d.edges`, their heads to
/// `d.outline_heads`), listed in `d.outline_strokes`; then the shorter
/// ones drawn like them.
pub(crate) fn outline_strokes(d: &mut Drawing, pies: &super::Pies) -> io::Result<()> {
    if d.outlined.is_empty() {
        return Ok(());
    }
    // What an end may join: the other shapes, thin ones aside.
    let mut thin = vec![false; d.nodes.len()];
    // (A pie's wedges are no lines, however thin.)
    d.outlined.retain(|o| !pies.holds(o.node as usize));
    for o in &d.outlined {
        thin[o.node as usize] = true;
    }
    let mut slot = vec![None; d.nodes.len()];
    let mut placed = Vec::new();
    for (i, n) in d.nodes.iter().enumerate() {
        if !thin[i] && n.selected {
            slot[i] = u32::try_from(placed.len()).ok();
            placed.push(Placed { center: n.center, outline: n.outline.clone() });
        }
    }
    let idx = NodeIndex::new(&placed, 0.0, SLACK);
    // Twice the typical shape's half diagonal.
    let mut diagonals: Vec<f64> = placed
        .iter()
        .map(|n| {
            let (hx, hy) = n.outline.half_extents();
            hx.hypot(hy)
        })
        .collect();
    let mid = diagonals.len() / 2;
    let reach = if diagonals.is_empty() {
        0.0
    } else {
        2.0 * *diagonals.select_nth_unstable_by(mid, f64::total_cmp).1
    };
    let ends = Ends { placed, idx, reach, slot: &slot };
    // How the lines drawn as outlines are painted.
    let mut looks: Vec<Look> = Vec::new();
    let outlined = std::mem::take(&mut d.outlined);
    let joins: Vec<bool> =
        outlined.iter().map(|o| ends.join(&o.spine.stroke, o.node as usize)).collect();
    let thin_at: foldhash::HashMap<usize, usize> =
        outlined.iter().enumerate().map(|(t, o)| (o.node as usize, t)).collect();
    // Whether shape `j` joins two shapes as a line would, by either
    // measure of thinness.
    let line_like =
        |j: usize| thin_at.get(&j).map_or_else(|| stubby_line(d, &ends, j), |&t| joins[t]);
    let (mut words, mut lines) = (Words::default(), Vec::new());
    for (o, &joined) in outlined.iter().zip(&joins) {
        if !joined
            || caps_stroke_before(d, &ends, o.node as usize)?
            || words.in_word(d, o.node as usize, &line_like)
        {
            continue;
        }
        let n = &d.nodes[o.node as usize];
        let look = Look { fill: n.fill, stroke: n.stroke, opacity: n.opacity, paint: o.paint };
        if !looks
            .iter()
            .any(|l| l.fill == look.fill && l.stroke == look.stroke && l.opacity == look.opacity)
        {
            looks.push(look);
        }
        lines.push(o);
    }
    for o in lines {
        let s = &o.spine.stroke;
        let head = o.spine.head.then_some(Head { at_b: true, tip: s.b, points: true });
        add(d, o.node, s, o.paint, head, (o.line, o.column))?;
    }
    if looks.is_empty() {
        return Ok(());
    }
    let mut short = Vec::new();
    for (i, n) in d.nodes.iter().enumerate() {
        let Outline::Polygon(p) = &n.outline else { continue };
        let like = |l: &&Look| l.fill == n.fill && l.stroke == n.stroke && l.opacity == n.opacity;
        let Some(look) = looks.iter().find(like) else { continue };
        if thin[i] || !n.selected || pies.holds(i) {
            continue;
        }
        // A band curled back, leaving a shape and returning to it, is a
        // self-loop drawn as its outline (netgraph's), where it is drawn
        // like the lines (a glyph's curl on a node, a `C`, is not).
        let by = n.center.to_vec2();
        if let Some(spine) = curl(&p.points, p.area).map(|s| s.moved(by))
            && ends.loops(&spine.stroke, i)
        {
            let node = u32::try_from(i).unwrap_or(u32::MAX);
            short.push((node, spine.stroke, look.paint, None, (n.line, n.column)));
            continue;
        }
        let Some(spine) = spine_within(&p.points, p.area, STUBBY).map(|s| s.moved(by)) else {
            continue;
        };
        let s = &spine.stroke;
        if ends.join(s, i) && !ends.holds_one(n) {
            let head = spine.head.then_some(Head { at_b: true, tip: s.b, points: true });
            let node = u32::try_from(i).unwrap_or(u32::MAX);
            short.push((node, spine.stroke, look.paint, head, (n.line, n.column)));
        }
    }
    for (node, s, paint, head, at) in short {
        add(d, node, &s, paint, head, at)?;
    }
    Ok(())
}

/// Whether shape `j` is a polygon thin by the looser measure (see
/// [`STUBBY`]) whose ends join two shapes.
fn stubby_line(d: &Drawing, ends: &Ends<'_>, j: usize) -> bool {
    let n = &d.nodes[j];
    let Outline::Polygon(p) = &n.outline else { return false };
    spine_within(&p.points, p.area, STUBBY)
        .map(|s| s.moved(n.center.to_vec2()))
        .is_some_and(|s| ends.join(&s.stroke, j))
}

/// The drawing's shapes by their boxes, built when first asked: where a
/// thin shape that joins two shapes is a letter in a word.
#[derive(Default)]
struct Words(Option<RTree<super::Boxed>>);

impl Words {
    /// Whether shape `i` stands in a row of three shapes or more painted as
    /// it is, none of the others joining two shapes as a line would
    /// (`line_like`), as letters of one word do: side by side (overlapping
    /// in height by three tenths of the lower's, heights within a factor of
    /// 3, apart by under 0.7 of the taller's, overlapping by no more than a
    /// quarter of the lower's), on one baseline or under one cap line (to a
    /// quarter of the lower's height). Through PDF, a letter's stem may lie
    /// between two heads crowding a node and join them as a line drawn as
    /// its outline would. A row of lines (a layer's edges side by side)
    /// joins shapes all along.
    fn in_word(&mut self, d: &Drawing, i: usize, line_like: &dyn Fn(usize) -> bool) -> bool {
        let tree = self.0.get_or_insert_with(|| {
            RTree::bulk_load(
                (d.nodes.iter().enumerate())
                    .filter(|(_, n)| n.selected)
                    .map(|(k, n)| super::Boxed::around(k, n.center, n.outline.half_extents()))
                    .collect(),
            )
        });
        let n = &d.nodes[i];
        let alike =
            |m: &NodeShape| m.fill == n.fill && m.stroke == n.stroke && m.opacity == n.opacity;
        let boxed = |k: usize| {
            let m = &d.nodes[k];
            let (hx, hy) = m.outline.half_extents();
            (m.center.x - hx, m.center.x + hx, m.center.y - hy, m.center.y + hy)
        };
        // (Glyphs side by side, no more than a quarter of the lower's
        // height over each other, on one baseline or cap line.)
        let next_to = |a: usize, b: usize| {
            let (m0, m1) = (&d.nodes[a], &d.nodes[b]);
            let ((l0, r0, t0, b0), (l1, r1, t1, b1)) = (boxed(a), boxed(b));
            let lo = (b0 - t0).min(b1 - t1);
            super::evidence::side_by_side(
                (m0.center, m0.outline.half_extents()),
                (m1.center, m1.outline.half_extents()),
            ) && l0.max(l1) - r0.min(r1) >= -0.25 * lo
                && ((b0 - b1).abs() <= 0.25 * lo || (t0 - t1).abs() <= 0.25 * lo)
        };
        let mates = |a: usize| {
            let (l, r, t, b) = boxed(a);
            let reach = 2.1 * (b - t);
            let around = AABB::from_corners([l - reach, t], [r + reach, b]);
            tree.locate_in_envelope_intersecting(around)
                .map(|x| x.0)
                .filter(|&k| k != a && alike(&d.nodes[k]) && next_to(a, k) && !line_like(k))
                .take(3)
                .collect::<Vec<usize>>()
        };
        let first = mates(i);
        first.len() >= 2 || first.iter().any(|&k| mates(k).iter().any(|&m| m != i))
    }
}

/// Whether shape `i` caps an end of the stroke drawn right before it, as
/// its head does, and is no longer than half that stroke: an arrowhead
/// thin as a line (Graphviz's `vee` with its spike of no width, through
/// cairo or PDF, where no edge group tells whose it is), not a line drawn
/// as its outline. A line drawn on from where a stroke ends at a shape's
/// centre (edges drawn centre to centre) is no head: a head's shaft stops
/// short of the node or at its rim.
fn caps_stroke_before(d: &Drawing, ends: &Ends<'_>, i: usize) -> io::Result<bool> {
    let n = &d.nodes[i];
    let Some(k) = n.after_stroke else { return Ok(false) };
    let Some(e) = d.edges.get(k.get() as usize)? else { return Ok(false) };
    let (hx, hy) = n.outline.half_extents();
    if 4.0 * hx.hypot(hy) > (e.b - e.a).hypot() {
        return Ok(false);
    }
    let Some(at_b) = super::heads::caps(d, n, &e) else { return Ok(false) };
    let end = if at_b { e.b } else { e.a };
    Ok(!ends.centred(end, &ends.idx.all_touching(&ends.placed, end)))
}

/// Adds the edge candidate drawn by shape `node` along `s`.
fn add(
    d: &mut Drawing,
    node: u32,
    s: &Stroke,
    paint: EdgeStyle,
    head: Option<Head>,
    (line, column): (u32, u32),
) -> io::Result<()> {
    let n = &d.nodes[node as usize];
    let (svg_id, group) = (n.svg_id, n.group);
    let k = u32::try_from(d.edges.len()).unwrap_or(u32::MAX);
    d.extras.push(StrokeExtra {
        a_dir: s.a_dir,
        b_dir: s.b_dir,
        far: s.far,
        mid: s.mid,
        curved: s.curved,
    });
    let edge = EdgeShape {
        a: s.a,
        b: s.b,
        style: d.edge_styles.intern(paint),
        svg_id,
        line,
        column,
        extra: index(d.extras.len() - 1),
        group,
    };
    d.edges.push(edge)?;
    if let Some(h) = head {
        d.outline_heads.push((k, h));
    }
    d.outline_strokes.push((node, k));
    Ok(())
}
