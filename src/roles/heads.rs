//! Arrowheads and other edge ends: small shapes capping a stroke's end,
//! found where they are drawn right after their stroke, named by class,
//! or (wherever they are drawn) leaning on a node at a stroke's end.

use std::io;

use kurbo::{Point, Vec2};
use rstar::{AABB, Envelope, RTree};

use super::{Boxed, Look, Role};
use crate::generators;
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::{Outline, nearest_on_segment, touch, touch_edges};
use crate::model::{Drawing, EdgeShape, Head, Index, NodeShape, at, index};
use crate::text::Text;

/// The edge candidates by class, in document order (classless ones left
/// out).
fn strokes_by_class(d: &Drawing) -> io::Result<foldhash::HashMap<Text, Vec<u32>>> {
    let mut out: foldhash::HashMap<Text, Vec<u32>> = foldhash::HashMap::default();
    d.edges.for_each(|k, e| {
        let class = d.edge_styles.list[e.style.0 as usize].class;
        if !class.is_empty() {
            out.entry(class).or_default().push(k as u32);
        }
    })?;
    Ok(out)
}

/// A small filled polygon touching one end of stroke `k` (the stroke drawn
/// right before it, or one its class names): that stroke's arrowhead.
/// Returns the head.
fn arrowhead(d: &Drawing, s: &NodeShape, k: Index) -> io::Result<Option<(Head, bool)>> {
    let Some(k) = k else { return Ok(None) };
    Ok(match d.edges.get(k.get() as usize)? {
        Some(e) => arrowhead_of(d, s, &e),
        None => None,
    })
}

/// A small closed shape `s` touching one end of stroke `e`, reaching on
/// along it: its head (a triangle, a V, a circle, a bar, a diamond, …).
/// True with it when the shape is not a small polygon, so that its tip
/// must be seen to reach a node before it is believed (see
/// [`reaches_a_node`]).
fn arrowhead_of(d: &Drawing, s: &NodeShape, e: &EdgeShape) -> Option<(Head, bool)> {
    arrowhead_near(d, s, e, false)
}

/// The end of stroke `e` that shape `s` caps as its head would, if any:
/// true for its end `b`.
pub(super) fn caps(d: &Drawing, s: &NodeShape, e: &EdgeShape) -> Option<bool> {
    arrowhead_of(d, s, e).map(|(h, _)| h.at_b)
}

/// A head of stroke `e` as [`arrowhead_of`] finds one; with `by_edges`
/// (an end carried on through a stem, known to end at a head) an end
/// reaching the shape only by its edges counts however the head lies.
fn arrowhead_near(
    d: &Drawing,
    s: &NodeShape,
    e: &EdgeShape,
    by_edges: bool,
) -> Option<(Head, bool)> {
    // A hollow head (PlantUML inheritance) is unfilled but stroked.
    let stroke = d.strings.resolve(s.stroke);
    if !s.filled && crate::svg::style::paints_nothing(stroke) {
        return None;
    }
    let vertices = match &s.outline {
        Outline::Polygon(poly) => Some(&poly.points),
        _ => None,
    };
    let extended = vertices.is_none_or(|v| v.len() > 8);
    let half = s.outline.half_extents();
    let size = half.0.max(half.1);
    if extended && size > 0.5 * (e.b - e.a).hypot() {
        return None;
    }
    // A quarter of the head's size, and a line's width more (the shaft's
    // ink and the head's outline each reach half a width), up to another
    // quarter: a re-export's rounding leaves a hair between them.
    let width = d.edge_styles.list[e.style.0 as usize].line_width;
    let tol = size * 0.25 + width.min(size * 0.25);
    // (Within reach of its edges, though off its rim from its centre: a
    // thin tip, the shaft running on past it; see below.)
    let ta = touch_edges(s.center, &s.outline, e.a, (tol, true));
    let tb = touch_edges(s.center, &s.outline, e.b, (tol, true));
    // The head's tip if it caps end b (else a): the point reaching
    // farthest on along the shaft there; and the way the shaft arrives.
    let tip_at = |at_b: bool| -> Option<(Point, Vec2)> {
        let dir = e.arriving(&d.extras, at_b);
        if dir.hypot() == 0.0 {
            return None;
        }
        let end = if at_b { e.b } else { e.a };
        let tip = if let Some(points) = vertices {
            points
                .iter()
                .map(|v| s.center + *v)
                .max_by(|p, q| (*p - end).dot(dir).total_cmp(&(*q - end).dot(dir)))?
        } else {
            let u = dir / dir.hypot();
            s.center + u * s.outline.rim_distance(u)
        };
        Some((tip, dir))
    };
    let at_b = match (ta, tb) {
        (None, None) => return None,
        (Some(_), None) => false,
        (None, Some(_)) => true,
        // A shaft shorter than its head (nodes close together) has both
        // ends in the head: the shaft points at the tip, along its line
        // (the farthest point the other way is a corner of the base).
        (Some(x), Some(y)) => {
            let off = |at_b: bool| {
                tip_at(at_b).map_or(f64::INFINITY, |(tip, dir)| {
                    let end = if at_b { e.b } else { e.a };
                    (tip - end).cross(dir).abs() / dir.hypot()
                })
            };
            let (off_a, off_b) = (off(false), off(true));
            if vertices.is_some() && (off_a - off_b).abs() > 0.1 * size {
                off_b < off_a
            } else {
                y.score <= x.score
            }
        }
    };
    let end = if at_b { e.b } else { e.a };
    let (tip, stroke_dir) = tip_at(at_b)?;
    // A head points on along its shaft: its tip lies at or ahead of the
    // shaft's end (matplotlib ends the shaft on the tip; a re-export's
    // rounding may carry it a hair past; mxGraph runs it on under the
    // head to the node's rim, half a line's width past the tip), its body
    // behind.
    let to_tip: Vec2 = tip - end;
    let ahead = stroke_dir.dot(to_tip) / stroke_dir.hypot();
    if ahead < -tol || stroke_dir.dot(tip - s.center) <= 0.0 {
        return None;
    }
    // An end reaching the head only by its edges is its shaft's where the
    // shaft runs on past the tip (fig2dev draws the line to the point it
    // arrows and clips it under the head), or where it is carried on
    // through a stem; not one starting at a head's back, the head pointing
    // away (a PlantUML triangle beside where another edge starts).
    if !by_edges && ahead > 0.0 && touch_edges(s.center, &s.outline, end, (tol, false)).is_none() {
        return None;
    }
    // (Along the way the shaft arrives: a head's own axis, measured from
    // its box's centre or its vertices' mean, is off for a head turned
    // aslant or drawn with a notch.)
    let points = vertices.is_some_and(|v| narrows(v, stroke_dir));
    // (A polygon longer along the shaft than the shaft is, and not
    // narrowing to a tip, must be seen to reach a node, as the others
    // are: a box drawn right after the short line leading into it, as
    // PlantUML's WBS draws each, is that line's node, not its head.)
    let u = stroke_dir / stroke_dir.hypot();
    let longer = !points
        && vertices.is_some_and(|v| {
            let (lo, hi) = v.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
                (lo.min(p.dot(u)), hi.max(p.dot(u)))
            });
            hi - lo > (e.b - e.a).hypot()
        });
    Some((Head { at_b, tip, points }, extended || longer))
}

/// Whether a head's outline (`vertices` about its centre, in order)
/// narrows to its tip along `dir`: across the line, a sixth of its length
/// from the tip, it is less than half as wide as a sixth from its back. A
/// triangle, a V or a chevron does; a diamond, a circle, a box or a bar
/// does not, nor a crow's foot (widest at the tip).
pub(super) fn narrows(vertices: &[Vec2], dir: Vec2) -> bool {
    let u = dir / dir.hypot();
    let (lo, hi) = vertices
        .iter()
        .map(|v| v.dot(u))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), t| (lo.min(t), hi.max(t)));
    let span = hi - lo;
    if span.is_nan() || span <= 0.0 {
        return false;
    }
    // The outline's extent across the line where it crosses `at` along it.
    let across = |at: f64| {
        let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
        let next = vertices.iter().cycle().skip(1);
        for (p, q) in vertices.iter().zip(next) {
            let (tp, tq) = (p.dot(u), q.dot(u));
            if (tp - at) * (tq - at) <= 0.0 && tp != tq {
                let x = p.cross(u) + (q.cross(u) - p.cross(u)) * (at - tp) / (tq - tp);
                (min, max) = (min.min(x), max.max(x));
            }
        }
        (max - min).max(0.0)
    };
    let (back, front) = (across(lo + span / 6.0), across(hi - span / 6.0));
    front < 0.5 * back
}

/// The stroke drawn right after shape `i`, where no other shape is drawn
/// between them.
fn stroke_after(d: &Drawing, i: usize) -> Option<usize> {
    let next = d.nodes[i].strokes_before as usize;
    let alone = d.nodes.get(i + 1).is_none_or(|n| n.strokes_before as usize > next);
    (alone && next < d.edges.len()).then_some(next)
}

/// Whether stroke `e` lies within shape `s`'s box, end to end (a
/// compartment's separator in its box).
fn spans(s: &NodeShape, e: &EdgeShape) -> bool {
    let (hx, hy) = s.outline.half_extents();
    let within =
        |p: Point| (p.x - s.center.x).abs() <= 1.05 * hx && (p.y - s.center.y).abs() <= 1.05 * hy;
    within(e.a) && within(e.b)
}

/// How many shapes and strokes each group holds itself (not in groups
/// within it).
fn group_members(d: &Drawing) -> io::Result<Vec<(u32, u32)>> {
    let mut n = vec![(0u32, 0u32); d.groups.len()];
    let slot = |g: Index| g.map(|g| g.get() as usize).filter(|&g| g < d.groups.len());
    for s in &d.nodes {
        if let Some(g) = slot(s.group) {
            n[g].0 += 1;
        }
    }
    d.edges.for_each(|_, e| {
        if let Some(g) = slot(e.group) {
            n[g].1 += 1;
        }
    })?;
    Ok(n)
}

/// Whether shapes `s` and `o` are the same size within a factor of two
/// (two heads of different kinds stacked on one end: a circle and a
/// triangle, a bar and a diamond).
fn head_sized(s: &NodeShape, o: &NodeShape) -> bool {
    let size = |s: &NodeShape| {
        let h = s.outline.half_extents();
        h.0.max(h.1)
    };
    let (a, b) = (size(s), size(o));
    a <= 2.0 * b && b <= 2.0 * a
}

/// Whether shapes `s` and `o` are drawn alike: of one kind and paint, and
/// the same size to a twentieth (a head drawn at another angle).
fn same_drawing(s: &NodeShape, o: &NodeShape) -> bool {
    let (a, b) = (s.outline.area(), o.outline.area());
    Alike::drawn(s) == Alike::drawn(o) && (a - b).abs() <= 0.05 * a.max(b)
}

/// Whether the tip of head shape `s` (of the shapes `shapes`, in `tree`)
/// reaches a larger shape still taken for a node, to a quarter of its size
/// and `slack` more (up to another quarter). A round head (not a small
/// polygon) reaches one's outline with its tip, or its rim beside it (30°
/// either way), to half its size (and, right ahead, `short` more, up to
/// another quarter): the stroke's last heading, which found the tip, may
/// come in aslant of the node (a curve ending in Graphviz's `dot`),
/// Graphviz leaves a pen's width between its `odot` and the node, and
/// TikZ's curved tips stop about that short of it.
/// The most nodes looked at round a head's tip (see [`reaches_a_node`]).
const MAX_NEAR: usize = 256;

fn reaches_a_node(
    shapes: &[NodeShape],
    role: &[Role],
    tree: &RTree<Boxed>,
    s: usize,
    (tip, slack, short): (Point, f64, f64),
) -> bool {
    let head = &shapes[s];
    let size = {
        let h = head.outline.half_extents();
        h.0.max(h.1)
    };
    let tol = 0.25 * size + slack.min(0.25 * size);
    let centre = head.center;
    let ahead = tip - centre;
    let small_polygon = matches!(&head.outline, Outline::Polygon(p) if p.points.len() <= 8);
    let rim_tol = 0.5 * size;
    let beside: Vec<(Point, f64)> = if small_polygon || ahead.hypot() == 0.0 {
        Vec::new()
    } else {
        let u = ahead / ahead.hypot();
        [-30.0_f64, 0.0, 30.0]
            .iter()
            .map(|deg| {
                let (sin, cos) = deg.to_radians().sin_cos();
                let v = Vec2::new(u.x * cos - u.y * sin, u.x * sin + u.y * cos);
                let ahead = if *deg == 0.0 { short.min(0.25 * size) } else { 0.0 };
                (centre + v * head.outline.rim_distance(v), rim_tol + ahead)
            })
            .collect()
    };
    let reach = if beside.is_empty() { tol } else { size + rim_tol + 0.25 * size };
    let near = AABB::from_corners(
        [tip.x.min(centre.x) - reach, tip.y.min(centre.y) - reach],
        [tip.x.max(centre.x) + reach, tip.y.max(centre.y) + reach],
    );
    let area = head.outline.area();
    // (A head's neighbourhood holds a few nodes: thousands of shapes drawn
    // over one another there are not weighed one by one.)
    tree.locate_in_envelope_intersecting(near).take(MAX_NEAR).any(|b| {
        let o = &shapes[b.0];
        // (Reached from outside: a background around the head is no node.
        // A tip in the node's box reaches it too: layouts clip edges at
        // the box, as TikZ does round a rounded rectangle's corners.)
        let in_box = |p: Point, slack: f64| o.outline.box_holds(p - o.center, slack);
        let outside = touch(o.center, &o.outline, centre, 0.0).is_none();
        b.0 != s
            && role[b.0] == Role::Node
            && o.outline.area() > 2.0 * area
            && ((touch(o.center, &o.outline, tip, tol).is_some() && outside)
                || (in_box(tip, tol) && !in_box(centre, 0.0))
                || (outside
                    && beside.iter().any(|&(p, t)| touch(o.center, &o.outline, p, t).is_some())))
    })
}

fn boxed(shapes: &[NodeShape], role: &[Role]) -> RTree<Boxed> {
    let items = shapes
        .iter()
        .enumerate()
        .filter(|(i, _)| role[*i] == Role::Node)
        .map(|(i, s)| {
            let (hx, hy) = s.outline.half_extents();
            let c = s.center;
            Boxed(i, AABB::from_corners([c.x - hx, c.y - hy], [c.x + hx, c.y + hy]))
        })
        .collect();
    RTree::bulk_load(items)
}

/// The heads drawn for strokes, `(stroke, head)`, the shapes they are
/// drawn as, `(shape, stroke)`, in the same order, and the stems they sit
/// on, `(stroke, stem)` (see [`Stems`]).
type Heads = (Vec<(u32, Head)>, Vec<(usize, u32)>, Vec<(u32, u32)>);

/// How many short strokes drawn right after a stroke may be its stems.
const MAX_STEMS: u32 = 4;

/// A stroke's stems: the short strokes drawn right after it, alike, that
/// may be parts of its heads (Graphviz draws a tee's and a box's stem so,
/// from the stroke's end through the bar, or from one head to the next).
struct Stemmed {
    /// The stroke.
    e: EdgeShape,
    /// The short strokes drawn right after it, alike.
    window: Vec<(u32, EdgeShape)>,
    /// The ends the stroke is carried on to through the stems continuing
    /// it from an end, one after another: `(at_b, end)`.
    steps: Vec<(bool, Point)>,
    /// Those stems.
    chained: Vec<u32>,
}

impl Stemmed {
    /// Stroke `e` carried on to each of its steps.
    fn carried(&self) -> impl Iterator<Item = EdgeShape> + '_ {
        self.steps.iter().map(|&(at_b, p)| {
            let mut e = self.e.clone();
            *(if at_b { &mut e.b } else { &mut e.a }) = p;
            e
        })
    }
}

/// The strokes looked at for stems (see [`Stemmed`]).
#[derive(Default)]
struct Stems {
    of_stroke: foldhash::HashMap<u32, Option<Stemmed>>,
    /// Each short stroke's: the stroke it was drawn right after.
    of: foldhash::HashMap<u32, u32>,
}

impl Stems {
    /// Stroke `k`'s stems, if it has any.
    fn get(&mut self, d: &Drawing, k: u32) -> io::Result<Option<&Stemmed>> {
        if !self.of_stroke.contains_key(&k) {
            let c = stemmed(d, k)?;
            for &(j, _) in c.iter().flat_map(|c| &c.window) {
                self.of.entry(j).or_insert(k);
            }
            self.of_stroke.insert(k, c);
        }
        Ok(self.of_stroke.get(&k).and_then(Option::as_ref))
    }

    /// How far stroke `k`'s longest stem starting at `tip` (a head's)
    /// reaches: a gap a head stacked on it may leave; 0 if none.
    fn bridge(&self, d: &Drawing, k: u32, tip: Point) -> f64 {
        let Some(Some(c)) = self.of_stroke.get(&k) else { return 0.0 };
        let width = d.edge_styles.list[c.e.style.0 as usize].line_width;
        c.window
            .iter()
            .filter(|(_, s)| (s.a - tip).hypot().min((s.b - tip).hypot()) <= width)
            .map(|(_, s)| (s.b - s.a).hypot())
            .fold(0.0, f64::max)
    }

    /// The strokes of heads found on their stems or drawn after them
    /// (`stroke_heads`, `(stroke, head shape)`): the stems each head's
    /// stroke is carried on through, and those lying within its heads'
    /// box, are parts of the heads: `(stroke, stem)`.
    fn parts(&self, d: &Drawing, stroke_heads: &[(u32, usize)]) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for (&k, c) in &self.of_stroke {
            let Some(c) = c else { continue };
            let shapes = stroke_heads.iter().filter(|(e, _)| *e == k).map(|&(_, i)| &d.nodes[i]);
            let Some(area) = shapes
                .map(|s| {
                    let (hx, hy) = s.outline.half_extents();
                    kurbo::Rect::from_center_size(s.center, (2.0 * hx, 2.0 * hy))
                })
                .reduce(|a, b| a.union(b))
            else {
                continue;
            };
            let width = d.edge_styles.list[c.e.style.0 as usize].line_width;
            let area = area.inflate(width, width);
            for (j, s) in &c.window {
                if c.chained.contains(j) || (area.contains(s.a) && area.contains(s.b)) {
                    out.push((k, *j));
                }
            }
        }
        out.sort_unstable();
        out
    }
}

/// Stroke `k`'s stems (see [`Stemmed`]); none where no short stroke
/// follows it.
fn stemmed(d: &Drawing, k: u32) -> io::Result<Option<Stemmed>> {
    let Some(e) = d.edges.get(k as usize)? else { return Ok(None) };
    // (A stem starts where the stroke ends, to a line's width.)
    let width = d.edge_styles.list[e.style.0 as usize].line_width;
    // The shapes drawn after it (each knows how many strokes came before).
    let mut next = d.nodes.partition_point(|n| n.strokes_before <= k);
    let (mut reach, mut longest): (f64, f64) = (0.0, 0.0);
    let mut window: Vec<(u32, EdgeShape)> = Vec::new();
    for j in k + 1..=k.saturating_add(MAX_STEMS) {
        // (A stem is a straight line among heads, no longer than the
        // largest: from an end, within twice the length of the shapes, a
        // few, drawn after the stroke up to and right after it, and across
        // the end's line by no more than a line's width and a quarter of
        // the largest.)
        let mut shapes = 0;
        while let Some(n) = d.nodes.get(next)
            && n.strokes_before <= j + 1
        {
            if shapes == MAX_STEMS * 2 {
                return Ok(None);
            }
            let (hx, hy) = n.outline.half_extents();
            reach += 4.0 * hx.max(hy);
            longest = longest.max(2.0 * hx.max(hy));
            (next, shapes) = (next + 1, shapes + 1);
        }
        let Some(s) = d.edges.get(j as usize)? else { break };
        // (On the line the stroke leaves an end along, ahead of it.)
        let on_line = |at_b: bool| {
            let (end, dir) = (if at_b { e.b } else { e.a }, e.arriving(&d.extras, at_b));
            let len = dir.hypot();
            let fits = |p: Point| {
                let v = p - end;
                v.hypot() <= reach
                    && v.dot(dir) >= -width * len
                    && v.cross(dir).abs() <= (width + 0.25 * longest) * len
            };
            len > 0.0 && fits(s.a) && fits(s.b)
        };
        if s.style != e.style
            || s.group != e.group
            || s.extra.is_some()
            || (s.b - s.a).hypot() > longest
            || !(on_line(false) || on_line(true))
        {
            break;
        }
        window.push((j, s));
    }
    if window.is_empty() {
        return Ok(None);
    }
    let (mut steps, mut chained) = (Vec::new(), Vec::new());
    for at_b in [false, true] {
        let dir = e.arriving(&d.extras, at_b);
        let len = dir.hypot();
        if len == 0.0 {
            continue;
        }
        let u = dir / len;
        let mut p = if at_b { e.b } else { e.a };
        // The far end of a stem starting at `p` and running on along `u`.
        let onwards = |s: &EdgeShape, p: Point| {
            [(s.a, s.b), (s.b, s.a)].into_iter().find_map(|(x, y)| {
                let v = y - p;
                ((x - p).hypot() <= width && v.hypot() > 0.0 && v.dot(u) >= 0.5 * v.hypot())
                    .then_some(y)
            })
        };
        while let Some((j, q)) = window
            .iter()
            .filter(|(j, _)| !chained.contains(j))
            .find_map(|(j, s)| onwards(s, p).map(|q| (*j, q)))
        {
            chained.push(j);
            steps.push((at_b, q));
            p = q;
        }
    }
    Ok(Some(Stemmed { e, window, steps, chained }))
}

/// The head shape `s` makes for stroke `k` (drawn right before it) and the
/// stroke: `k`'s own, or, drawn after a stroke's stems, that stroke's
/// first, or one sitting on the stroke's stems (see [`Stems`]).
fn on_stems(
    d: &Drawing,
    s: &NodeShape,
    k: Index,
    stems: &mut Stems,
) -> io::Result<(Index, Option<(Head, bool)>)> {
    let main = k.and_then(|k| stems.of.get(&k.get())).and_then(|&m| index(m as usize));
    if main.is_some()
        && let Some(found) = arrowhead(d, s, main)?
    {
        return Ok((main, Some(found)));
    }
    if let Some(found) = arrowhead(d, s, k)? {
        return Ok((k, Some(found)));
    }
    if let Some(m) = main.or(k)
        && let Some(c) = stems.get(d, m.get())?
        && let Some(found) = c.carried().find_map(|e| arrowhead_near(d, s, &e, true))
    {
        return Ok((Some(m), Some(found)));
    }
    Ok((k, None))
}

/// The head shape `s` makes for a line drawn in pieces, end to end, the
/// last right before it (`k`): the head of an earlier piece, on its end
/// not joined to the piece after it. `Graph::Easy` draws a corner's two
/// pieces, then the head capping the first; through cairo or PDF no group
/// holds them. Such a head is to be proven (see [`prove`]): a node drawn
/// right after a line's last piece caps its first piece's start as a
/// head would.
fn on_pieces(d: &Drawing, s: &NodeShape, k: Index) -> io::Result<(Index, Option<(Head, bool)>)> {
    let Some(k) = k.map(|k| k.get()) else { return Ok((None, None)) };
    let Some(mut next) = d.edges.get(k as usize)? else { return Ok((None, None)) };
    let width = d.edge_styles.list[next.style.0 as usize].line_width;
    let meets = |p: Point, e: &EdgeShape| (p - e.a).hypot().min((p - e.b).hypot()) <= width;
    for j in (k.saturating_sub(MAX_STEMS)..k).rev() {
        let Some(e) = d.edges.get(j as usize)? else { break };
        if e.style != next.style
            || e.group != next.group
            || !(meets(e.a, &next) || meets(e.b, &next))
        {
            break;
        }
        if let Some((h, _)) = arrowhead_of(d, s, &e)
            && !meets(if h.at_b { e.b } else { e.a }, &next)
        {
            return Ok((index(j as usize), Some((h, true))));
        }
        next = e;
    }
    Ok((None, None))
}

/// The head shape `s`, drawn after a stroke's head and not right after a
/// stroke, makes for that stroke's other end (`last_head`: the last head
/// found, `(shape, stroke, head)`): drawn like that head and small beside
/// the stroke (its box's diagonal no longer than half the stroke's chord:
/// two boxes drawn after the line joining them are no heads), or drawn
/// otherwise, of its size and no longer than the chord (Graphviz's
/// `dir=both` draws a disc at one end of a short edge and a ring at the
/// other); the stroke no side of a shape drawn just before the heads (a
/// cylinder's side, capped by its ends); its
/// tip to be seen reaching a node, as Asymptote's `Arrows` draws the
/// shaft, then a head at each end, each in a group of its own; or on the
/// end the stroke's stems carry it to: Graphviz's tee at the far end of a
/// `dir=both` edge, the bar off the end by its stem, where no group tells.
fn after_other_head(
    d: &Drawing,
    s: &NodeShape,
    last_head: Option<(usize, u32, Head)>,
    stems: &mut Stems,
) -> io::Result<Option<(Index, (Head, bool))>> {
    let Some(last) = s.strokes_before.checked_sub(1) else { return Ok(None) };
    let (hx, hy) = s.outline.half_extents();
    // (Drawn otherwise, its centre off the stroke's end: a node a stroke
    // ends at the centre of, drawn after a loop taken for the stroke's
    // head, is no head.)
    let off_end = |e: &EdgeShape, h: &Head| {
        let end = if h.at_b { e.b } else { e.a };
        (s.center - end).hypot() >= 0.25 * hx.max(hy)
    };
    if let Some((shape, _, h0)) = last_head.filter(|&(_, j, _)| j == last)
        && let Some(e) = d.edges.get(last as usize)?
        && let chord = (e.b - e.a).hypot()
        && let same = same_drawing(&d.nodes[shape], s)
        && (if same {
            4.0 * hx.hypot(hy) <= chord
        } else {
            head_sized(&d.nodes[shape], s) && 2.0 * hx.hypot(hy) <= chord
        })
        && !d.nodes[..shape].iter().rev().take(2).any(|o| spans(o, &e))
        && let Some((h, _)) = arrowhead_of(d, s, &e).filter(|(h, _)| h.at_b != h0.at_b)
        && (same || off_end(&e, &h))
    {
        // (Its tip must be seen to reach a node: a node drawn like the
        // heads, after an edge and its head, caps the edge's start as a
        // head would.)
        return Ok(Some((index(last as usize), (h, true))));
    }
    if let Some(c) = stems.get(d, last)?
        && let Some(h) = c.carried().find_map(|e| arrowhead_near(d, s, &e, true))
    {
        return Ok(Some((index(last as usize), h)));
    }
    Ok(None)
}

/// The heads drawn for strokes (see [`Heads`]).
pub(super) fn find_heads(
    d: &Drawing,
    tool: &dyn generators::Tool,
    role: &[Role],
) -> io::Result<Heads> {
    let mut heads: Vec<(u32, Head)> = Vec::new();
    let mut head_of: Vec<(usize, u32)> = Vec::new();
    let mut unproven: Vec<bool> = Vec::new();
    let mut stems = Stems::default();
    // Where heads are drawn in a layer of their own, after all strokes,
    // each head's class names its edge, as the stroke's does.
    let mut by_class = if tool.heads_named_by_class() {
        strokes_by_class(d)?
    } else {
        foldhash::HashMap::default()
    };
    let mut members = None;
    // The stroke the shape before was read against: shapes of a head's
    // size drawn one after another after a stroke, each against the one
    // before (heads stacked on its end), are read against it too.
    let mut before: Index = None;
    for (i, s) in d.nodes.iter().enumerate() {
        let stacked = s.after_stroke.is_none()
            && i > 0
            && d.nodes[i - 1].group == s.group
            && head_sized(&d.nodes[i - 1], s)
            && against(&d.nodes[i - 1], s);
        let after = if stacked { before } else { s.after_stroke };
        // (Its stems are known before the shapes drawn after them.)
        if let Some(k) = after
            && !stems.of.contains_key(&k.get())
        {
            stems.get(d, k.get())?;
        }
        before = after;
        if role[i] != Role::Node {
            continue;
        }
        let mut named = None;
        if let Some(ks) = by_class.get_mut(&s.class) {
            for (j, &k) in ks.iter().enumerate() {
                if arrowhead(d, s, index(k as usize))?.is_some() {
                    named = Some(ks.remove(j));
                    break;
                }
            }
        }
        let mut k = named.map_or(after, |k| index(k as usize));
        let mut found = None;
        if named.is_none() {
            (k, found) = on_stems(d, s, k, &mut stems)?;
        } else if k.is_some() {
            found = arrowhead(d, s, k)?;
        }
        // (Or, drawn after a stroke's head, its other end's.)
        if found.is_none()
            && named.is_none()
            && after.is_none()
            && let last_head = head_of.last().zip(heads.last()).map(|(&(i, k), &(_, h))| (i, k, h))
            && let Some((j, h)) = after_other_head(d, s, last_head, &mut stems)?
        {
            (k, found) = (j, Some(h));
        }
        // (Or an earlier piece of a line drawn in pieces, the last right
        // before it.)
        if found.is_none() && named.is_none() && after.is_some() {
            let (j, h) = on_pieces(d, s, after)?;
            if h.is_some() {
                (k, found) = (j, h);
            }
        }
        // (Or the stroke drawn right after it: a head drawn before its
        // shaft, as mxGraph and PlantUML's smetana draw them. Outside a
        // group of their own, as cairo and PDF write any drawing, the shaft
        // must end at it, and its tip be seen to reach a node: a node drawn
        // before an edge leaving it caps that edge's start as a head
        // would, and blockdiag draws a trunk's head before each branch
        // leaving it.)
        if found.is_none()
            && named.is_none()
            && let Some(next) = stroke_after(d, i)
            && let Some(e) = d.edges.get(next)?
            && e.group == s.group
            && !spans(s, &e)
        {
            if members.is_none() {
                members = Some(group_members(d)?);
            }
            let own = members.as_ref().and_then(|m| at(m, s.group)) == Some(&(1, 1));
            k = index(next);
            found = arrowhead_of(d, s, &e)
                .filter(|(h, _)| own || h.at_b)
                .map(|(h, extended)| (h, extended || !own));
        }
        if let Some((h, extended)) = found
            && let Some(k) = k
        {
            let k = k.get();
            heads.push((k, h));
            head_of.push((i, k));
            unproven.push(extended);
        }
    }
    // (Stacks first: a stack's tip is its last shape's.)
    stacked_heads(d, role, (&mut head_of, &mut heads, &mut unproven), &stems)?;
    prove(d, role, (&mut head_of, &mut heads, &mut unproven))?;
    // A head drawn twice (a white fill, then its outline, as Cytoscape.js
    // draws hollow heads) is one head.
    if !head_of.is_empty() {
        let copies = copies(d, role, &head_of, &heads);
        for (i, k, h) in shared_ends(d, copies, &heads)? {
            heads.push((k, h));
            head_of.push((i, k));
        }
    }
    let parts = if stems.of.is_empty() {
        Vec::new()
    } else {
        let by_stroke: Vec<(u32, usize)> = head_of.iter().map(|&(i, k)| (k, i)).collect();
        stems.parts(d, &by_stroke)
    };
    Ok((heads, head_of, parts))
}

/// Copies of heads (`(shape, stroke, head)`, see [`copies`]) each given to
/// another stroke ending where the head's stroke does, with no head there
/// yet (of `heads`), where one does: a head drawn once per edge where
/// several edges start on one trunk, as blockdiag draws them. The rest
/// stay their heads' strokes'.
fn shared_ends(
    d: &Drawing,
    mut copies: Vec<(usize, u32, Head)>,
    heads: &[(u32, Head)],
) -> io::Result<Vec<(usize, u32, Head)>> {
    if copies.is_empty() {
        return Ok(copies);
    }
    // Each copy's stroke end.
    let mut ends: Vec<Point> = Vec::with_capacity(copies.len());
    for &(_, k, h) in &copies {
        let e = d.edges.get(k as usize)?;
        ends.push(e.map_or(h.tip, |e| if h.at_b { e.b } else { e.a }));
    }
    let tree: RTree<Boxed> = RTree::bulk_load(
        copies
            .iter()
            .zip(&ends)
            .enumerate()
            .map(|(c, ((i, _, _), p))| {
                let (hx, hy) = d.nodes[*i].outline.half_extents();
                let eps = 0.01 * hx.max(hy);
                Boxed::around(c, *p, (eps, eps))
            })
            .collect(),
    );
    let mut headed: foldhash::HashSet<(u32, bool)> =
        heads.iter().map(|(k, h)| (*k, h.at_b)).collect();
    let mut moved = vec![false; copies.len()];
    d.edges.for_each(|j, e| {
        let j = j as u32;
        for at_b in [false, true] {
            let end = if at_b { e.b } else { e.a };
            let mut near: Vec<usize> = tree
                .locate_in_envelope_intersecting(AABB::from_point([end.x, end.y]))
                .map(|b| b.0)
                .filter(|&c| !moved[c] && copies[c].1 != j && copies[c].2.at_b == at_b)
                .collect();
            near.sort_unstable();
            for c in near {
                let (i, k, h) = &mut copies[c];
                if headed.contains(&(j, at_b)) {
                    break;
                }
                if let Some((head, _)) = arrowhead_of(d, &d.nodes[*i], e)
                    && head.at_b == at_b
                {
                    (*k, *h, moved[c]) = (j, head, true);
                    headed.insert((j, at_b));
                }
            }
        }
    })?;
    Ok(copies)
}

/// Whether the boxes of `a` and `b` meet, or lie apart by no more than
/// half the larger's size (strokes drawn round both fill the gap).
fn against(a: &NodeShape, b: &NodeShape) -> bool {
    let ((ax, ay), (bx, by)) = (a.outline.half_extents(), b.outline.half_extents());
    let gap = 0.5 * ax.max(ay).max(bx).max(by);
    let v = a.center - b.center;
    v.x.abs() <= ax + bx + gap && v.y.abs() <= ay + by + gap
}

/// Heads still to be proven (`unproven`: other shapes than small polygons,
/// heads drawn before their shaft outside a group of their own or on an
/// earlier piece of their line, lookalikes doubted) are believed
/// when their tips reach nodes, or when they are drawn like heads that do
/// or that need no proof (a loop's head, its tip a little off the rim it
/// curls back to; a head stopping short of its node, capping a line drawn
/// in pieces); the others are dropped.
fn prove(d: &Drawing, role: &[Role], (head_of, heads, unproven): Found<'_>) -> io::Result<()> {
    // (A head drawn like a shape taken for no head, short beside a long
    // stroke and so still believed, is no evidence for others drawn so.)
    let alike = doubt_lookalikes(d, role, head_of, unproven)?;
    if !unproven.iter().any(|&u| u) {
        return Ok(());
    }
    let tree = boxed(&d.nodes, role);
    let mut reaching = Vec::with_capacity(head_of.len());
    for ((&(i, k), (_, h)), &u) in head_of.iter().zip(heads.iter()).zip(unproven.iter()) {
        // (The head's outline and the node's each reach half a line's
        // width past their paths: TikZ's tips stop that short of the
        // node.)
        let reaches = u
            && match d.edges.get(k as usize)? {
                Some(e) => {
                    let width = d.edge_styles.list[e.style.0 as usize].line_width;
                    reaches_a_node(&d.nodes, role, &tree, i, (h.tip, 0.0, width))
                }
                None => false,
            };
        reaching.push(reaches);
    }
    let proven = Alike::of(
        head_of
            .iter()
            .zip(unproven.iter().zip(&reaching).zip(&alike))
            .filter(|(_, ((u, r), a))| (!**u && !**a) || **r)
            .map(|(&(i, _), _)| &d.nodes[i]),
    );
    let like_proven = |s: &NodeShape| proven.holds(s);
    let both: Vec<((usize, u32), (u32, Head))> = head_of
        .iter()
        .copied()
        .zip(heads.iter().copied())
        .zip(unproven.iter().zip(&reaching))
        .filter(|((a, _), (u, r))| !**u || **r || like_proven(&d.nodes[a.0]))
        .map(|(x, _)| x)
        .collect();
    (*head_of, *heads) = both.into_iter().unzip();
    unproven.clear();
    Ok(())
}

/// Heads found on their look alone (small polygons capping a stroke's
/// end, `unproven` false) that are long beside their shaft and drawn like a
/// shape taken for no head are to be proven as the others are: the first
/// of a drawing's boxes, drawn right after its last edge, caps that edge's
/// end as a head would, and is drawn like the other boxes. (A head is
/// short beside its shaft; at a shaft's other end, a head not yet found
/// is drawn like it.) Returns, for each head, whether it is drawn like a
/// shape taken for no head.
fn doubt_lookalikes(
    d: &Drawing,
    role: &[Role],
    head_of: &[(usize, u32)],
    unproven: &mut [bool],
) -> io::Result<Vec<bool>> {
    let mut alike = vec![false; head_of.len()];
    let sure: foldhash::HashSet<Drawn> = head_of
        .iter()
        .zip(unproven.iter())
        .filter(|(_, u)| !**u)
        .map(|(&(i, _), _)| Alike::drawn(&d.nodes[i]))
        .collect();
    if sure.is_empty() {
        return Ok(alike);
    }
    let mut taken = vec![false; d.nodes.len()];
    for &(i, _) in head_of {
        taken[i] = true;
    }
    let others = Alike::of(d.nodes.iter().enumerate().filter_map(|(j, o)| {
        (role[j] == Role::Node && !taken[j] && sure.contains(&Alike::drawn(o))).then_some(o)
    }));
    for ((&(i, k), u), like) in head_of.iter().zip(unproven.iter_mut()).zip(alike.iter_mut()) {
        let s = &d.nodes[i];
        if !*u
            && others.holds(s)
            && let Some(e) = d.edges.get(k as usize)?
        {
            let (hx, hy) = s.outline.half_extents();
            *u = 2.0 * hx.max(hy) > (e.b - e.a).hypot() / 3.0;
            *like = true;
        }
    }
    Ok(alike)
}

/// How a shape is drawn, for [`Alike`]: its kind and paint.
type Drawn = (crate::model::ShapeKind, Text, Text, bool);

/// Shapes by how they are drawn, to tell whether one is drawn like a given
/// shape as [`same_drawing`] has it, without weighing every pair.
pub(super) struct Alike(foldhash::HashMap<Drawn, Vec<f64>>);

impl Alike {
    fn drawn(s: &NodeShape) -> Drawn {
        (s.kind, s.fill, s.stroke, s.filled)
    }

    pub(super) fn of<'a>(shapes: impl Iterator<Item = &'a NodeShape>) -> Alike {
        let mut by: foldhash::HashMap<Drawn, Vec<f64>> = foldhash::HashMap::default();
        for s in shapes {
            by.entry(Alike::drawn(s)).or_default().push(s.outline.area());
        }
        for areas in by.values_mut() {
            areas.sort_by(f64::total_cmp);
        }
        Alike(by)
    }

    /// Whether one of the shapes is drawn like `s`: of its kind and paint,
    /// the same area to a twentieth.
    pub(super) fn holds(&self, s: &NodeShape) -> bool {
        let a = s.outline.area();
        self.0.get(&Alike::drawn(s)).is_some_and(|areas| {
            areas.get(areas.partition_point(|&b| b < 0.95 * a)).is_some_and(|&b| 0.95 * b <= a)
        })
    }
}

/// The heads found so far: the shapes, `(shape, stroke)`, the heads,
/// `(stroke, head)`, and whether each is still to be proven.
type Found<'a> = (&'a mut Vec<(usize, u32)>, &'a mut Vec<(u32, Head)>, &'a mut Vec<bool>);

/// Heads stacked along their shaft (Dia's and Graphviz's doubled
/// triangles, Graphviz's `odotnormal`): a shape drawn next to a head (of
/// `head_of`, whose heads are `heads`), in its group and of its size, that
/// caps the head's tip as the head caps the shaft's end, is the same
/// stroke's head, and its tip the head's. Added to the lists (`unproven`
/// as its head is), the head's tip moved.
fn stacked_heads(
    d: &Drawing,
    role: &[Role],
    (head_of, heads, unproven): Found<'_>,
    stems: &Stems,
) -> io::Result<()> {
    let mut taken: foldhash::HashSet<usize> = head_of.iter().map(|&(i, _)| i).collect();
    let mut tree = None;
    let mut j = 0;
    while j < head_of.len() {
        let ((i, k), h) = (head_of[j], heads[j].1);
        j += 1;
        for o in [i.wrapping_sub(1), i + 1] {
            let Some(other) = d.nodes.get(o) else { continue };
            if role[o] != Role::Node
                || taken.contains(&o)
                || other.group != d.nodes[i].group
                || !head_sized(other, &d.nodes[i])
            {
                continue;
            }
            let Some(e) = d.edges.get(k as usize)? else { continue };
            let bridge = stems.bridge(d, k, h.tip);
            // (A stem may run on past the last head by a line's width, to
            // the node's rim.)
            let width = d.edge_styles.list[e.style.0 as usize].line_width;
            if let Some(outer) = stacked_on(other, &h, e.arriving(&d.extras, h.at_b), bridge)
                // (One drawn otherwise, a circle on a triangle, is believed
                // when its tip reaches a node, as the last of a stack does.)
                && (same_drawing(other, &d.nodes[i])
                    || reaches_a_node(
                        &d.nodes,
                        role,
                        tree.get_or_insert_with(|| boxed(&d.nodes, role)),
                        o,
                        (outer.tip, width, 0.0),
                    ))
            {
                for (kk, hh) in heads.iter_mut() {
                    if *kk == k && hh.at_b == h.at_b {
                        hh.tip = outer.tip;
                    }
                }
                head_of.push((o, k));
                heads.push((k, outer));
                unproven.push(unproven[j - 1]);
                taken.insert(o);
            }
        }
    }
    Ok(())
}

/// The head shape `s` makes stacked on head `h`, whose shaft arrives along
/// `dir`: `s` lies ahead of `h`'s tip on the shaft's line, its back (the
/// point of it farthest back along the line) within half its size of the
/// tip (strokes drawn round both leave a gap of a line's width), and its
/// tip the farthest point of it along the line.
fn stacked_on(s: &NodeShape, h: &Head, dir: Vec2, bridge: f64) -> Option<Head> {
    let len = dir.hypot();
    if len == 0.0 {
        return None;
    }
    let u = dir / len;
    let (hx, hy) = s.outline.half_extents();
    let size = hx.max(hy);
    let v = s.center - h.tip;
    let back = s.center + s.outline.extreme(-u);
    let gap = (back - h.tip).dot(u);
    // (Its centre on the line, or its back: the point of an inverted
    // triangle drawn at an angle, whose box centre is off it, or a corner
    // of a half bar, one side of it.)
    let mut off = v.cross(u).abs().min((back - h.tip).cross(u).abs());
    if let Outline::Polygon(p) = &s.outline {
        let behind = (back - s.center).dot(u);
        for q in &p.points {
            if (q.dot(u) - behind).abs() <= 0.05 * size {
                off = off.min((s.center + *q - h.tip).cross(u).abs());
            }
        }
    }
    let ahead = v.dot(u) > 0.0 && off <= 0.3 * size;
    let tip = s.center + s.outline.extreme(u);
    let most = (0.5 * size).max(bridge + 0.25 * size);
    (ahead && (-0.25 * size..=most).contains(&gap)).then_some(Head {
        at_b: h.at_b,
        tip,
        points: h.points,
    })
}

/// The shapes still taken for nodes drawn on the very geometry of a head
/// (of `head_of`, whose heads are `heads`): `(shape, stroke, head)`.
fn copies(
    d: &Drawing,
    role: &[Role],
    head_of: &[(usize, u32)],
    heads: &[(u32, Head)],
) -> Vec<(usize, u32, Head)> {
    let items = head_of
        .iter()
        .enumerate()
        .map(|(j, &(i, _))| {
            let s = &d.nodes[i];
            let (hx, hy) = s.outline.half_extents();
            let eps = 0.01 * hx.max(hy);
            let c = s.center;
            Boxed(j, AABB::from_corners([c.x - eps, c.y - eps], [c.x + eps, c.y + eps]))
        })
        .collect();
    let tree: RTree<Boxed> = RTree::bulk_load(items);
    let taken: foldhash::HashSet<usize> = head_of.iter().map(|(i, _)| *i).collect();
    let mut out = Vec::new();
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] != Role::Node || taken.contains(&i) {
            continue;
        }
        let c = s.center;
        let (hx, hy) = s.outline.half_extents();
        let area = s.outline.area();
        let copy = tree.locate_in_envelope_intersecting(AABB::from_point([c.x, c.y])).find(|b| {
            let o = &d.nodes[head_of[b.0].0].outline;
            let (ox, oy) = o.half_extents();
            let close = |a: f64, b: f64| (a - b).abs() <= 0.01 * ox.max(oy);
            close(hx, ox) && close(hy, oy) && (area - o.area()).abs() <= 0.02 * area.max(o.area())
        });
        if let Some(b) = copy {
            out.push((i, head_of[b.0].1, heads[b.0].1));
        }
    }
    out
}

/// Whether shape `s` (of size `size`) lies on the line stroke `e` leaves
/// the end head `h` caps along, as a head drawn for the stroke does (a
/// shape beside the end, such as a self-loop's ring, does not): its
/// area's centre does, whatever way it is turned.
fn on_the_shaft(d: &Drawing, s: &NodeShape, e: &EdgeShape, h: &Head, size: f64) -> bool {
    let (end, axis) = {
        let x = e.shape(&d.extras);
        if h.at_b { (e.b, x.b_dir) } else { (e.a, x.a_dir) }
    };
    let len = axis.hypot();
    let centre = match &s.outline {
        Outline::Polygon(p) => s.center + p.centroid(),
        _ => s.center,
    };
    len > 0.0 && (centre - end).cross(axis).abs() / len <= 0.3 * size
}

/// Heads drawn apart from their strokes (every stroke first, then every
/// head; a hollow head's outline after its white fill; a head before its
/// stroke), found where they are drawn: a shape leaning on a larger node
/// (see [`leans_on`]), capping a stroke's end on the line the stroke
/// leaves it along, its tip reaching a node. Run once the candidates
/// (`cand`, placed as `placed`) are indexed (`index`); returns whether any
/// role changed.
pub(crate) fn heads_by_place(
    d: &Drawing,
    roles: &mut super::Roles,
    cand: &[usize],
    placed: &[Placed],
    index: &NodeIndex,
) -> io::Result<bool> {
    if cand.len() < 2 || d.edges.len() == 0 {
        return Ok(false);
    }
    let area: Vec<f64> = placed.iter().map(|p| p.outline.area()).collect();
    let line = d
        .edge_styles
        .list
        .iter()
        .filter(|s| s.stroke_width.is_some())
        .map(|s| s.line_width)
        .fold(0.0, f64::max);
    let line = if line.is_finite() { line } else { 0.0 };
    // (The typical node's radius, the median: a mark on a node's rim is
    // smaller than half of it.)
    let typical = 4.0
        * crate::matching::default_tolerance(placed.iter().map(|p| p.outline.equal_area_radius()));
    let mut leaning = vec![false; cand.len()];
    // (Those that lean astride a rim, centre on it.)
    let mut on_rim = vec![false; cand.len()];
    // (The largest shape leaned on: how far inside a node a stroke drawn
    // on under it may end, past its head.)
    let mut leaned_on: f64 = 0.0;
    let whole = index.overlapping(|i, j| {
        let (i, j) = (i as usize, j as usize);
        let (small, big) = if area[i] < area[j] { (i, j) } else { (j, i) };
        if !leaning[small]
            && area[big] > 2.0 * area[small]
            && roles.role[cand[small]] == Role::Node
            && roles.role[cand[big]] == Role::Node
            && leans_on(&placed[small], &placed[big], (line, typical))
        {
            leaning[small] = true;
            on_rim[small] = astride(&placed[small], &placed[big], typical);
            let (hx, hy) = placed[big].outline.half_extents();
            leaned_on = leaned_on.max(hx).max(hy);
        }
    });
    if !whole {
        super::unweighed(&mut roles.evidence);
    }
    if !leaning.contains(&true) {
        return Ok(false);
    }
    let (looks, leaning) = headlike(d, &roles.role, (cand, placed, index), (&leaning, &on_rim));
    if leaning.is_empty() {
        return Ok(false);
    }
    // (A head may stop short of its node by a line's width.)
    let slack = leaned_on + line;
    let mut found = capping(
        d,
        (cand, placed, &area, index),
        (slack, typical),
        (&roles.role, &roles.heads),
        (&leaning, false),
    )?;
    if found.is_empty() {
        return Ok(false);
    }
    let like = drawn_like(&found, cand, &looks, &roles.role);
    if !like.is_empty() {
        let role = (&roles.role[..], &roles.heads[..]);
        found.extend(capping(
            d,
            (cand, placed, &area, index),
            (slack, typical),
            role,
            (&like, true),
        )?);
        found.sort_unstable_by_key(|f| f.0);
    }
    let head_of: Vec<(usize, u32)> = found.iter().map(|&(i, k, _)| (i, k)).collect();
    let mut heads: Vec<(u32, Head)> = found.iter().map(|&(_, k, h)| (k, h)).collect();
    let mut head_of = head_of;
    for (i, k, h) in copies(d, &roles.role, &head_of, &heads) {
        heads.push((k, h));
        head_of.push((i, k));
    }
    // Believed as heads drawn right after their strokes are: on a good
    // share of the lines, or of the strokes drawn like theirs.
    let lines = lines_drawn(d, placed, index);
    let many = (roles.heads.len() + heads.len()) * 4 >= lines;
    let styled = if many { Vec::new() } else { heads_by_style(d, &heads)? };
    let mut changed = false;
    for (&(i, e), &(_, h)) in head_of.iter().zip(&heads) {
        let in_edge_group =
            crate::model::at(&roles.edge_group, d.nodes[i].group).copied().unwrap_or(false);
        if many || in_edge_group || styled.iter().any(|&(k, ok)| k == e && ok) {
            roles.role[i] = Role::Arrowhead(e);
            roles.heads.push((e, h));
            *roles
                .evidence
                .entry("head: found where it is drawn, capping a stroke's end")
                .or_default() += 1;
            changed = true;
        }
    }
    roles.heads.sort_by_key(|(e, h)| (*e, h.at_b));
    roles.heads.dedup_by_key(|(e, h)| (*e, h.at_b));
    Ok(changed)
}

/// The candidates `leaning` on nodes (`on_rim`: astride a rim) that are
/// drawn like shapes that lean so, with every candidate's look: shapes
/// drawn like shapes that lean on nothing, the drawing's nodes (a box set
/// close above a cluster's frame), are no heads.
fn headlike(
    d: &Drawing,
    role: &[Role],
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    (leaning, on_rim): (&[bool], &[bool]),
) -> (Vec<Look>, Vec<usize>) {
    let looks: Vec<Look> =
        (0..cand.len()).map(|k| Look::of(&d.nodes[cand[k]], &placed[k])).collect();
    // (Marks astride a rim must be all of their look: a tiny node drawn on
    // a larger one's rim is drawn like the tiny nodes off it.)
    let shares = |counted: &dyn Fn(usize) -> bool| {
        let mut shares: foldhash::HashMap<Look, (usize, usize, usize)> =
            foldhash::HashMap::default();
        for k in (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node && counted(k)) {
            let c = shares.entry(looks[k]).or_default();
            c.0 += 1;
            c.1 += usize::from(leaning[k]);
            c.2 += usize::from(on_rim[k]);
        }
        shares
    };
    let liked = |shares: &foldhash::HashMap<Look, (usize, usize, usize)>, k: usize| {
        shares.get(&looks[k]).is_some_and(|&(n, l, r)| if on_rim[k] { r == n } else { 2 * l >= n })
    };
    let all = shares(&|_| true);
    let mut out: Vec<usize> = (0..cand.len()).filter(|&k| leaning[k] && liked(&all, k)).collect();
    // Letters drawn as outlines in the heads' paint (cairo draws both as
    // filled black paths) are not shapes that lean on nothing: a look
    // the heads share with lettering (shapes side by side, some of them
    // intricate as glyphs are) is counted without the lettering.
    let unliked: foldhash::HashSet<Look> =
        (0..cand.len()).filter(|&k| leaning[k] && !liked(&all, k)).map(|k| looks[k]).collect();
    let lettered = |k: usize| d.nodes[cand[k]].intricate && unliked.contains(&looks[k]);
    if !unliked.is_empty() && (0..cand.len()).any(lettered) {
        let mut in_run = vec![false; cand.len()];
        for k in super::evidence::in_text_runs(d, role, (cand, placed), index) {
            in_run[k] = true;
        }
        let lettering: foldhash::HashSet<Look> = (0..cand.len())
            .filter(|&k| in_run[k] && d.nodes[cand[k]].intricate)
            .map(|k| looks[k])
            .collect();
        let letter = |k: usize| in_run[k] && lettering.contains(&looks[k]);
        let unlettered = shares(&|k| leaning[k] || !letter(k));
        out = (0..cand.len())
            .filter(|&k| leaning[k] && !letter(k) && liked(&unlettered, k))
            .collect();
    }
    (looks, out)
}

/// The candidates (positions in `cand`, looking as `looks` says) still
/// nodes that are drawn like the heads `found`: those that cap a stroke's
/// end as a head would and narrow to their tips along it are heads too,
/// though their tips reach nothing: a head stopping short of its node (as
/// an arrow typed `| <---` does), the line pointing at it (see
/// `evidence::aim_loose_ends`).
fn drawn_like(
    found: &[(usize, u32, Head)],
    cand: &[usize],
    looks: &[Look],
    role: &[Role],
) -> Vec<usize> {
    let taken: foldhash::HashSet<usize> = found.iter().map(|f| f.0).collect();
    let heads_look: foldhash::HashSet<Look> =
        found.iter().filter_map(|f| cand.binary_search(&f.0).ok()).map(|k| looks[k]).collect();
    (0..cand.len())
        .filter(|&k| role[cand[k]] == Role::Node && !taken.contains(&cand[k]))
        .filter(|&k| heads_look.contains(&looks[k]))
        .collect()
}

/// The lines drawn (see [`Drawing::line_count`]): legs of one line meet
/// off the nodes (`placed`, indexed by `index`); strokes from one node
/// meet on it. A shape far larger than the typical one, a page's
/// background or a cluster's box, is no node they meet on.
fn lines_drawn(d: &Drawing, placed: &[Placed], index: &NodeIndex) -> usize {
    let mut radii: Vec<f64> = placed.iter().map(|p| p.outline.equal_area_radius()).collect();
    let mid = radii.len() / 2;
    let typical =
        if radii.is_empty() { 0.0 } else { *radii.select_nth_unstable_by(mid, f64::total_cmp).1 };
    let on_node = |p: Point, reach: f64| {
        index.all_touching(placed, p).into_iter().any(|o| {
            let o = &placed[o as usize];
            o.outline.equal_area_radius() <= 4.0 * typical
                && touch(o.center, &o.outline, p, reach).is_some()
        })
    };
    d.line_count(|p, reach| !on_node(p, reach))
}

/// Where a stroke arriving at `p` (inside shape `o`, well within its rim)
/// along `dir` entered `o`: `p` walked back along the stroke's line to
/// the rim, and `line` (the stroke's width: a head may stop short of the
/// rim by so much, as where strokes stop short of nodes) further.
fn entry(o: &Placed, p: Point, dir: Vec2, line: f64) -> Option<Point> {
    let len = dir.hypot();
    let inside = |x: Point| {
        let v = x - o.center;
        v.hypot() <= o.outline.rim_distance(v)
    };
    let (hx, hy) = o.outline.half_extents();
    let far = (p - o.center).hypot() + 2.0 * hx.max(hy);
    let back = |t: f64| p - dir * (t / len);
    // (Ends on the rim are capped there already.)
    if len == 0.0 || !inside(back(0.25 * hx.min(hy))) || inside(back(far)) {
        return None;
    }
    let (mut lo, mut hi) = (0.0, far);
    // (To a millionth of the walk.)
    for _ in 0..20 {
        let mid = 0.5 * (lo + hi);
        if inside(back(mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(back(hi + line))
}

/// Whether a head-sized shape `s` leans on the larger shape `o` from
/// outside, as a head's tip touches the node it points at: its centre off
/// `o`, a point of its rim on it (or `line`, the width of the drawing's
/// strokes, off it).
fn leans_on(s: &Placed, o: &Placed, (line, typical): (f64, f64)) -> bool {
    let (hx, hy) = s.outline.half_extents();
    let size = hx.max(hy);
    if size.is_nan() || size <= 0.0 {
        return false;
    }
    let tol = 0.25 * size;
    // (Its rim may stand off the node's by a line's width: where a stroke
    // and its head stop short of a node, as line caps and borders are
    // allowed for; a small polygon's by half its size more, where its tip
    // stops short, as svgbob's do by half their length, or a whole one:
    // see `capping`.)
    let (ox, oy) = o.outline.half_extents();
    let (c, oc) = (s.center, o.center);
    let toward = Point::new(c.x.clamp(oc.x - ox, oc.x + ox), c.y.clamp(oc.y - oy, oc.y + oy)) - c;
    let short = match &s.outline {
        Outline::Polygon(p)
            if p.points.len() <= 8 && toward.hypot() > 0.0 && narrows(&p.points, toward) =>
        {
            2.0 * size
        }
        _ => 0.0,
    };
    // A disc or ring astride the rim, its centre on it, small beside the
    // drawing's nodes, marks the end of a stroke there (PSTricks centres
    // its `*` and `o` ends on the node's rim).
    if astride(s, o, typical) {
        return true;
    }
    let reach = tol + line + short;
    let apart = (c.x - oc.x).abs() > hx + ox + reach || (c.y - oc.y).abs() > hy + oy + reach;
    if apart || touch(oc, &o.outline, c, tol).is_some() {
        return false;
    }
    match &s.outline {
        // The point of its rim nearest the node's centre: a head's tip is a
        // corner, a bar's the middle of a side.
        Outline::Polygon(p) => {
            let n = p.points.len();
            (0..n).any(|i| {
                let (a, b) = (c + p.points[i], c + p.points[(i + 1) % n]);
                touch(oc, &o.outline, nearest_on_segment(a, b, oc), reach).is_some()
            })
        }
        // Sixteen points of a curved rim are enough.
        other => (0..16).any(|t| {
            let u = Vec2::from_angle(f64::from(t) * std::f64::consts::FRAC_PI_8);
            touch(oc, &o.outline, c + u * other.rim_distance(u), reach).is_some()
        }),
    }
}

/// Whether `s` is a disc or ring whose centre lies on the rim of `o` (to
/// a quarter of its size), `o` at least twice its size and `s` no more
/// than half the `typical` node's radius.
fn astride(s: &Placed, o: &Placed, typical: f64) -> bool {
    let (hx, hy) = s.outline.half_extents();
    let (ox, oy) = o.outline.half_extents();
    let size = hx.max(hy);
    let v = s.center - o.center;
    // (A disc drawn as curves is flattened to many points, as wide as
    // high.)
    let round = match &s.outline {
        Outline::Circle { .. } | Outline::Ellipse { .. } => true,
        Outline::Polygon(p) => p.points.len() > 8 && (hx - hy).abs() <= 0.1 * size,
    };
    round
        && size > 0.0
        && 2.0 * size <= ox.min(oy)
        && 2.0 * size <= typical
        && (v.hypot() - o.outline.rim_distance(v)).abs() <= 0.25 * size
}

/// The boxes of the candidates `leaning` on nodes (of `placed`), grown by
/// the slack a stroke's end may leave off a head.
fn head_boxes(placed: &[Placed], leaning: &[usize]) -> RTree<Boxed> {
    let items = leaning
        .iter()
        .map(|&k| {
            let p = &placed[k];
            let (hx, hy) = p.outline.half_extents();
            let tol = 0.25 * hx.max(hy);
            Boxed::around(k, p.center, (hx + tol, hy + tol))
        })
        .collect();
    RTree::bulk_load(items)
}

/// Where heads' tips lie among the node candidates (`placed`, shape
/// `cand[k]` each, of `area[k]`, indexed by `index`), for [`capping`].
struct Tips<'a> {
    d: &'a Drawing,
    cand: &'a [usize],
    placed: &'a [Placed],
    area: &'a [f64],
    index: &'a NodeIndex,
    role: &'a [Role],
    /// The typical node's radius (see [`astride`]).
    typical: f64,
}

impl Tips<'_> {
    /// Whether the tip of head `k` reaches a node: a larger candidate,
    /// around it from outside.
    fn reaches(&self, k: usize, tip: Point) -> bool {
        let (placed, s) = (self.placed, &self.placed[k]);
        self.index.all_touching(placed, tip).into_iter().any(|o| {
            let o = o as usize;
            o != k
                && self.role[self.cand[o]] == Role::Node
                && self.area[o] > 2.0 * self.area[k]
                && (touch(placed[o].center, &placed[o].outline, s.center, 0.0).is_none()
                    || astride(s, &placed[o], self.typical))
        })
    }

    /// Whether head `k` (`h`, of `size`, capping `e`) points at what it
    /// reaches: its tip, or, where it narrows to its tip, a point ahead of
    /// it along the stroke, up to its length on (twice its size: svgbob's
    /// triangles stop half a cell short of the box). A mark the same both
    /// ways (a disc, a bar) must touch it.
    fn reach_ahead(&self, k: usize, h: &Head, e: &EdgeShape, size: f64) -> bool {
        let dir = e.arriving(&self.d.extras, h.at_b);
        let len = dir.hypot();
        let ahead: &[f64] = if h.points && len > 0.0 { &[0.0, 0.5, 1.0, 1.5, 2.0] } else { &[0.0] };
        ahead.iter().any(|&t| self.reaches(k, h.tip + dir * (t * size / len)))
    }

    /// Whether the centre of head `k` lies on a larger node that its
    /// stroke's end `far` from it lies off (a loop's head, a mark on a
    /// node; not a background or a frame round the edge).
    fn within(&self, k: usize, far: Point) -> bool {
        let (placed, c) = (self.placed, self.placed[k].center);
        self.index.all_touching(placed, c).into_iter().any(|o| {
            let o = o as usize;
            let on = |p: Point| touch(placed[o].center, &placed[o].outline, p, 0.0).is_some();
            o != k
                && self.role[self.cand[o]] == Role::Node
                && self.area[o] > 2.0 * self.area[k]
                && on(c)
                && !on(far)
        })
    }
}

/// Of the candidates `leaning` on nodes, those that cap a stroke's end on
/// the line the stroke leaves it along, their tips reaching a node (or,
/// `loose`, narrowing to their tips however far those reach):
/// `(shape, stroke, head)`: for each, the stroke ending farthest behind its
/// tip (at its back), the first found of those alike.
fn capping(
    d: &Drawing,
    (cand, placed, area, index): (&[usize], &[Placed], &[f64], &NodeIndex),
    (reach, typical): (f64, f64),
    (role, heads): (&[Role], &[(u32, Head)]),
    (leaning, loose): (&[usize], bool),
) -> io::Result<Vec<(usize, u32, Head)>> {
    // (An end with a head already: what its tip touches is what it points
    // at, a person's head on its body, not a second head.)
    let headed = |k: u32, at_b: bool| Head::of(heads, k).any(|h| h.at_b == at_b);
    let caps = head_boxes(placed, leaning);
    let all = caps.root().envelope();
    let tips = Tips { d, cand, placed, area, index, role, typical };
    // (A stroke drawn on under a node to its centre, the node on top,
    // ends where it enters the node: its head caps it there. Such an end
    // lies no farther from a head than `reach`: the size of the largest
    // node heads lean on, and a line's width.)
    let (lo, hi) = (all.lower(), all.upper());
    let near = AABB::from_corners([lo[0] - reach, lo[1] - reach], [hi[0] + reach, hi[1] + reach]);
    // Each head's stroke, and how far ahead of the stroke's end its tip
    // lies.
    let mut found: foldhash::HashMap<usize, (u32, Head, f64)> = foldhash::HashMap::default();
    d.edges.for_each(|j, e| {
        let mut cap = |e: &EdgeShape, at_b: bool| -> bool {
            let p = if at_b { e.b } else { e.a };
            if !all.contains_point(&[p.x, p.y]) {
                return false;
            }
            let mut capped = false;
            // Heads claimed at this end: one of several copies drawn in one
            // place is each stroke's that ends there (blockdiag draws a
            // branch's head at the start of a trunk the branches share).
            let mut here: Vec<usize> = Vec::new();
            for b in caps.locate_in_envelope_intersecting(AABB::from_point([p.x, p.y])) {
                let i = cand[b.0];
                let s = &d.nodes[i];
                let size = {
                    let h = s.outline.half_extents();
                    h.0.max(h.1)
                };
                let copy = |c: &usize| {
                    let o = &d.nodes[*c];
                    same_drawing(s, o) && (o.center - s.center).hypot() <= 0.05 * size
                };
                if here.iter().any(copy) {
                    continue;
                }
                // A head is small beside its shaft (if not by much where
                // close nodes leave short shafts).
                if size > 0.6 * (e.b - e.a).hypot() {
                    continue;
                }
                if let Some((h, _)) = arrowhead_of(d, s, e)
                    && h.at_b == at_b
                    && on_the_shaft(d, s, e, &h, size)
                    && if loose {
                        h.points && !tips.within(b.0, if at_b { e.a } else { e.b })
                    } else {
                        tips.reach_ahead(b.0, &h, e, size)
                    }
                {
                    // Of two strokes a head caps, the one that ends at its
                    // back, not the one running on under it to the tip
                    // (the trunk blockdiag draws beneath a head at the
                    // start of a branch).
                    let dir = e.arriving(&d.extras, at_b);
                    let ahead = (h.tip - p).dot(dir) / dir.hypot();
                    if found.get(&i).is_none_or(|f| ahead > f.2 + 0.25 * size) {
                        found.insert(i, (j as u32, h, ahead));
                        here.push(i);
                    }
                    capped = true;
                }
            }
            capped
        };
        // (A head may stand off the rim by its stroke's width.)
        let line = d.edge_styles.list[e.style.0 as usize].line_width;
        for at_b in [false, true] {
            let p = if at_b { e.b } else { e.a };
            if !near.contains_point(&[p.x, p.y]) || headed(j as u32, at_b) {
                continue;
            }
            if cap(e, at_b) {
                continue;
            }
            let dir = e.arriving(&d.extras, at_b);
            for o in index.all_touching(placed, p) {
                let o = o as usize;
                if role[cand[o]] == Role::Node
                    && let Some(q) = entry(&placed[o], p, dir, line)
                {
                    let mut trimmed = e.clone();
                    *(if at_b { &mut trimmed.b } else { &mut trimmed.a }) = q;
                    if cap(&trimmed, at_b) {
                        break;
                    }
                }
            }
        }
    })?;
    let mut out: Vec<(usize, u32, Head)> =
        found.into_iter().map(|(i, (k, h, _))| (i, k, h)).collect();
    out.sort_unstable_by_key(|(i, _, _)| *i);
    Ok(out)
}
/// For each stroke with a head (`heads`, by stroke): whether heads are drawn
/// on a good share (a quarter) of the strokes of its style.
pub(super) fn heads_by_style(d: &Drawing, heads: &[(u32, Head)]) -> io::Result<Vec<(u32, bool)>> {
    let with_head: foldhash::HashSet<u32> = heads.iter().map(|(k, _)| *k).collect();
    // Per style: strokes, and strokes with a head.
    let mut counts: foldhash::HashMap<u32, (usize, usize)> = foldhash::HashMap::default();
    let mut style_of: Vec<(u32, u32)> = Vec::with_capacity(heads.len());
    d.edges.for_each(|k, e| {
        let c = counts.entry(e.style.0).or_default();
        c.0 += 1;
        if with_head.contains(&(k as u32)) {
            c.1 += 1;
            style_of.push((k as u32, e.style.0));
        }
    })?;
    Ok(style_of
        .into_iter()
        .map(|(k, st)| {
            let (all, headed) = counts.get(&st).copied().unwrap_or_default();
            (k, headed * 4 >= all)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(points: &[(f64, f64)]) -> Vec<Vec2> {
        points.iter().map(|&(x, y)| Vec2::new(x, y)).collect()
    }

    #[test]
    fn heads_that_narrow_to_their_tip_point() {
        // The stroke arrives going down (+y); the tip is at the bottom.
        let down = Vec2::new(0.0, 3.0);
        let triangle = outline(&[(-4.0, -5.0), (4.0, -5.0), (0.0, 5.0)]);
        assert!(narrows(&triangle, down));
        // The same triangle met from its tip's side points the other way.
        assert!(!narrows(&triangle, -down));
        let chevron = outline(&[(-4.0, -5.0), (0.0, -1.0), (4.0, -5.0), (0.0, 5.0)]);
        assert!(narrows(&chevron, down));
        let diamond = outline(&[(0.0, -6.0), (4.0, 0.0), (0.0, 6.0), (-4.0, 0.0)]);
        assert!(!narrows(&diamond, down));
        let bar = outline(&[(-6.0, -1.0), (6.0, -1.0), (6.0, 1.0), (-6.0, 1.0)]);
        assert!(!narrows(&bar, down));
        let circle: Vec<Vec2> = (0..16)
            .map(|i| Vec2::from_angle(f64::from(i) * std::f64::consts::PI / 8.0) * 4.0)
            .collect();
        assert!(!narrows(&circle, down));
        // A crow's foot: widest at the node.
        let crow = outline(&[(0.0, -5.0), (4.0, 5.0), (-4.0, 5.0)]);
        assert!(!narrows(&crow, down));
    }
}
