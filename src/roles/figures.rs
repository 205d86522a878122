//! Nodes drawn in parts: a UML actor's head and limbs (PlantUML, nomnoml),
//! a boundary's bar and ring, a person's head and bust (PlantUML's awesome
//! actors, d2's `person`). The parts share a group, touch one another and
//! spread well beyond any one of them; the edges end at the figure (or at
//! the box around it and its text), not at its head. Such a figure is one
//! node: its box, centred on the whole figure. So is one shape drawn in
//! pieces filled alike, as nomnoml draws a cylinder: a body with no
//! outline, its two sides, a lid and a base; in a group of its own, or
//! drawn one piece after another where there is none (cairo, PDF).

use std::io;

use kurbo::{Point, Rect};

use super::{Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{Drawing, NodeShape, ShapeKind, nearest_group};

/// The most closed parts and strokes a figure has (a head, a body; a
/// body, arms and legs drawn as separate strokes).
const MAX_CLOSED: usize = 3;
const MAX_STROKES: usize = 8;

/// A figure's box is at least this many times the area of its largest
/// closed part's box: the limbs reach well beyond the head. (A box with
/// its compartments' lines, a 3-D box's edges, a cylinder's lid: all
/// within their main shape, or nearly.)
const SPREAD: f64 = 1.5;

/// And its diagonal at most this many times that part's: a figure, not a
/// head with a long line from it.
const REACH: f64 = 4.0;

/// A group drawing a figure: the group, the figure's box, whether it has
/// limbs.
type Found = (u32, (Rect, bool));

/// The parts of one group.
#[derive(Default)]
struct Parts {
    closed: Vec<usize>,
    /// Edge candidates: index, box, ends.
    strokes: Vec<(u32, Rect, [Point; 2])>,
    /// Too many parts to be a figure.
    crowded: bool,
}

/// Adds a node for each figure drawn in parts (of the node candidates
/// `placed`, shape `cand[i]` each, indexed by `index`); its parts become
/// decorations and its strokes no edges (`roles.figure_strokes`). Returns
/// whether any was added.
pub(crate) fn figures(
    d: &mut Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<bool> {
    let mut groups: foldhash::HashMap<u32, Parts> = foldhash::HashMap::default();
    for (i, s) in d.nodes.iter().enumerate() {
        let Some(g) = s.group else { continue };
        if roles.role[i] != Role::Node || !s.selected {
            continue;
        }
        let p = groups.entry(g.get()).or_default();
        p.closed.push(i);
        p.crowded |= p.closed.len() > MAX_CLOSED;
    }
    groups.retain(|_, p| !p.crowded);
    let extras = &d.extras;
    if !groups.is_empty() {
        d.edges.for_each(|k, e| {
            let Some(p) = e.group.and_then(|g| groups.get_mut(&g.get())) else { return };
            let k = u32::try_from(k).unwrap_or(u32::MAX);
            p.strokes.push((k, stroke_box(e, extras), [e.a, e.b]));
            p.crowded |= p.strokes.len() > MAX_STROKES;
        })?;
    }
    let mut found: Vec<Found> = groups
        .iter()
        .filter(|(_, p)| !p.crowded && p.closed.len() + p.strokes.len() >= 2)
        .filter_map(|(&g, p)| figure(d, p, false, (cand, placed, index)).map(|r| (g, r)))
        .collect();
    found.sort_unstable_by_key(|f| f.0);
    let runs = flat_runs(d, roles, (&groups, &found), (cand, placed, index))?;
    if found.is_empty() && runs.is_empty() {
        return Ok(false);
    }
    let boxes: Vec<(u32, Rect)> = found.iter().map(|&(g, (r, _))| (g, r)).collect();
    let texts = texts(d, &boxes, &groups);
    // Figures with limbs, and shapes in pieces, for the report.
    let mut added = [0u64; 2];
    for &(g, (r, limbs)) in &found {
        let text = texts.get(&g).and_then(|t| *t);
        if add_figure(d, roles, &groups[&g], r, text) {
            added[usize::from(!limbs)] += 1;
        }
    }
    for (p, r, limbs) in &runs {
        if add_figure(d, roles, p, *r, None) {
            added[usize::from(!*limbs)] += 1;
        }
    }
    roles.figure_strokes.sort_unstable();
    let whys = [
        "a figure drawn in parts (a head and limbs): one node",
        "a shape drawn in pieces (a cylinder's body and ends): one node",
    ];
    for (why, n) in whys.into_iter().zip(added).filter(|w| w.1 > 0) {
        *roles.evidence.entry(why).or_default() += n;
    }
    Ok(added != [0, 0])
}

/// Adds the node the parts `p` draw (box `r`; `text`, its name's box,
/// where edges may end too): its parts become decorations and its strokes
/// no edges. Whether it was added.
fn add_figure(d: &mut Drawing, roles: &mut Roles, p: &Parts, r: Rect, text: Option<Rect>) -> bool {
    let Some(shape) = NodeShape::of_parts(ShapeKind::Figure, r, &d.nodes[p.closed[0]]) else {
        return false;
    };
    for &i in &p.closed {
        roles.role[i] = Role::Decoration;
    }
    roles.figure_strokes.extend(p.strokes.iter().map(|s| s.0));
    if let Some(t) = text {
        roles.extents.push((u32::try_from(d.nodes.len()).unwrap_or(u32::MAX), r.union(t)));
    }
    let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    roles.parts.push((at(d.nodes.len()), at(p.closed[0])));
    d.nodes.push(shape);
    roles.role.push(Role::Node);
    true
}

/// The box of stroke `e`: its ends, its middle and its farthest point.
fn stroke_box(e: &crate::model::EdgeShape, extras: &[crate::model::StrokeExtra]) -> Rect {
    let x = e.shape(extras);
    [e.b, x.far, x.mid].iter().fold(Rect::from_points(e.a, e.a), |r, q| r.union_pt(*q))
}

/// The shapes drawn in pieces one after another where no group of their
/// own holds them (a cairo or PDF re-export draws every shape in one
/// group): a filled shape, the strokes drawn right after it and the next
/// shape or two, when they draw one figure (see [`figure`]) lined up on
/// the largest one's centre line (see [`Line`]): one shape's pieces as
/// long as it (a cylinder's lid and base as wide as its body), a figure's
/// parts narrower (a head on its bust). With the box of what they draw
/// and whether it has limbs.
fn flat_runs(
    d: &Drawing,
    roles: &Roles,
    (groups, found): (&foldhash::HashMap<u32, Parts>, &[Found]),
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<Vec<(Parts, Rect, bool)>> {
    // (A run of letters drawn as one path, a line of text, is no part.)
    let part = |i: usize| {
        let s = &d.nodes[i];
        roles.role[i] == Role::Node
            && s.selected
            && s.filled
            && !(s.pieces >= 3 && super::evidence::lettered(d, s))
    };
    // Shapes in no group of a few shapes; and in no group drawing a
    // figure (a shape whose group holds others too may still draw one
    // with the strokes next to it, see [`lone`]).
    let in_group = |i: usize, g: &dyn Fn(u32) -> bool| d.nodes[i].group.is_some_and(|x| g(x.get()));
    let loose = |i: usize| part(i) && !in_group(i, &|g| groups.contains_key(&g));
    let free =
        |i: usize| part(i) && !in_group(i, &|g| found.binary_search_by_key(&g, |f| f.0).is_ok());
    let mut runs = Vec::new();
    // (Which candidates strokes end on: read once, where a tab is seen.)
    let mut ended: Option<Vec<bool>> = None;
    let mut i = 0;
    while i < d.nodes.len() {
        if !free(i) {
            i += 1;
            continue;
        }
        let mut took = None;
        let tries = if loose(i) { i + 1..(i + MAX_CLOSED).min(d.nodes.len()) } else { i..i };
        for last in tries.rev() {
            // (Filled alike, as `pieces` asks.)
            let (from, to) = (d.nodes[i].strokes_before, d.nodes[last].strokes_before);
            // (Shapes the drawing gained, pies' discs, come last, placed
            // in the document before some shapes before them.)
            let Some(between) = to.checked_sub(from) else { continue };
            if !(i + 1..=last).all(loose) || between as usize > MAX_STROKES {
                continue;
            }
            let tab = match tabbed(d, i..=last) {
                Some(t) => {
                    let ended = match &ended {
                        Some(e) => e,
                        None => ended.insert(ends_on(d, placed, index)?),
                    };
                    let body = if t == i { last } else { i };
                    cand.binary_search(&t).is_ok_and(|k| !ended[k])
                        || holds_others(d, (body, t), (placed, index))
                }
                None => false,
            };
            if !tab && !lined_up(d, i..=last, Line::Centred) {
                continue;
            }
            let mut p = Parts { closed: (i..=last).collect(), ..Parts::default() };
            for k in from..to {
                let Some(e) = d.edges.get(k as usize)? else { continue };
                p.strokes.push((k, stroke_box(&e, &d.extras), [e.a, e.b]));
            }
            let upright = lined_up(d, i..=last, Line::Narrower);
            match figure(d, &p, upright, (cand, placed, index)) {
                Some((r, true)) if upright => {
                    took = Some((p, r, last, true));
                }
                Some((r, false)) if tab || lined_up(d, i..=last, Line::AsLong) => {
                    took = Some((p, r, last, false));
                }
                _ => continue,
            }
            break;
        }
        if let Some((p, r, last, limbs)) = took {
            runs.push((p, r, limbs));
            i = last + 1;
        } else {
            if let Some((p, r)) = lone(d, roles, i, (cand, placed, index))? {
                runs.push((p, r, true));
            }
            i += 1;
        }
    }
    Ok(runs)
}

/// The figure one closed shape `i` draws with the strokes drawn next to
/// it (after the shape before it, before the shape after it) that touch
/// it or one another: a stick figure's head and limbs, a boundary's ring
/// and bar, where nothing groups them (PlantUML before 1.2021 writes
/// every shape at the top level). Only the strokes so joined to it count:
/// the next figure's bar or an edge drawn between the two are no limbs of
/// its, and nor is any stroke longer than a limb. With its box.
fn lone(
    d: &Drawing,
    roles: &Roles,
    i: usize,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<Option<(Parts, Rect)>> {
    let before = |k: usize| d.nodes.get(k).map_or(d.edges.len(), |s| s.strokes_before as usize);
    let from = if i == 0 { 0 } else { before(i - 1) };
    let to = before(i + 1);
    if to <= from || to - from > 2 * MAX_STROKES {
        return Ok(None);
    }
    let s = &d.nodes[i];
    let (hx, hy) = s.outline.half_extents();
    let head = Rect::new(s.center.x - hx, s.center.y - hy, s.center.x + hx, s.center.y + hy);
    let margin = 0.05 * head.width().hypot(head.height());
    // Limbs: no longer than twice the shape's width or height (an edge
    // leaving it is longer, and is no limb).
    let size = 2.0 * head.width().min(head.height());
    let mut near: Vec<(u32, Rect, [Point; 2])> = Vec::new();
    // (A stroke with a head, or capping one, is an arrow: a state's
    // `initial` arrow drawn right after it.)
    let arrow = |k: u32| {
        roles.caps.binary_search(&k).is_ok()
            || roles.heads.binary_search_by_key(&k, |h| h.0).is_ok()
    };
    for k in from..to {
        if arrow(u32::try_from(k).unwrap_or(u32::MAX)) {
            continue;
        }
        let Some(e) = d.edges.get(k)? else { continue };
        let r = stroke_box(&e, &d.extras);
        if r.width().hypot(r.height()) <= size {
            near.push((u32::try_from(k).unwrap_or(u32::MAX), r, [e.a, e.b]));
        }
    }
    // The limbs joined to the shape, through one another.
    let mut cluster = vec![head.inflate(margin, margin)];
    let mut joined = vec![false; near.len()];
    while let Some(k) =
        (0..near.len()).find(|&k| !joined[k] && cluster.iter().any(|c| c.overlaps(near[k].1)))
    {
        joined[k] = true;
        cluster.push(near[k].1.inflate(margin, margin));
    }
    let strokes: Vec<_> = near.into_iter().zip(joined).filter(|j| j.1).map(|j| j.0).collect();
    // Two at least (one line from a disc is an edge, however it ends),
    // joined to one another without the shape too (a body with arms and
    // legs, a bar with its stem; edges leaving a node part at the node).
    if strokes.len() < 2 || strokes.len() > MAX_STROKES {
        return Ok(None);
    }
    let mut limbs = petgraph::unionfind::UnionFind::<usize>::new(strokes.len());
    for (i, a) in strokes.iter().enumerate() {
        for (j, b) in strokes.iter().enumerate().skip(i + 1) {
            if a.1.inflate(margin, margin).overlaps(b.1) {
                limbs.union(i, j);
            }
        }
    }
    if (1..strokes.len()).any(|i| !limbs.equiv(0, i)) {
        return Ok(None);
    }
    // Two strokes meeting on the shape's rim, one ending there, the
    // other's end or turn there too, are an arrow into it (a shaft and
    // its open tip: a state's `initial` arrow drawn right after it), not
    // a body and its limbs (one limb each meets the head).
    let rim = |q: Point| {
        let v = q - s.center;
        v.hypot() > 0.0 && (v.hypot() - s.outline.rim_distance(v)).abs() <= margin
    };
    let mut on_rim: Vec<(usize, Point)> = Vec::new();
    for (j, k) in strokes.iter().enumerate() {
        let Some(e) = d.edges.get(k.0 as usize)? else { continue };
        let x = e.shape(&d.extras);
        for q in [e.a, e.b, x.mid].into_iter().filter(|&q| rim(q)) {
            if on_rim.iter().any(|&(o, r)| o != j && (r - q).hypot() <= margin) {
                return Ok(None);
            }
            on_rim.push((j, q));
        }
    }
    let p = Parts { closed: vec![i], strokes, crowded: false };
    Ok(match figure(d, &p, false, (cand, placed, index)) {
        Some((r, true)) => Some((p, r)),
        _ => None,
    })
}

/// How shapes line up on the largest one's centre line (see [`lined_up`]).
#[derive(Clone, Copy, PartialEq)]
enum Line {
    /// Each centred on it.
    Centred,
    /// And as long as the largest along it: one shape's pieces (a
    /// cylinder's lid and base as wide as its body).
    AsLong,
    /// And, but the largest, under four fifths as long along it: a
    /// figure's head on its bust (nodes in a column, or the letters of
    /// text set upright, are as wide as one another).
    Narrower,
}

/// Whether the shapes `closed` line up on the largest one's centre line
/// one way, each centred on it within a twentieth of the largest's size
/// that way, as `line` asks.
fn lined_up(d: &Drawing, closed: std::ops::RangeInclusive<usize>, line: Line) -> bool {
    let half = |i: usize| d.nodes[i].outline.half_extents();
    let area = |i: usize| half(i).0 * half(i).1;
    let Some(big) = closed.clone().max_by(|&a, &b| area(a).total_cmp(&area(b))) else {
        return false;
    };
    let (c, (hx, hy)) = (d.nodes[big].center, half(big));
    let along = |i: usize, x: bool| {
        let (o, h) = (d.nodes[i].center, half(i));
        let (dc, len, size) = if x { (o.x - c.x, h.0, hx) } else { (o.y - c.y, h.1, hy) };
        dc.abs() <= 0.05 * size
            && match line {
                Line::Centred => true,
                Line::AsLong => (len - size).abs() <= 0.05 * size,
                Line::Narrower => i == big || len <= 0.8 * size,
            }
    };
    [true, false].iter().any(|&x| closed.clone().all(|i| along(i, x)))
}

/// Whether the box of shape `body` holds a candidate (of `placed`,
/// indexed by `index`) other than itself at least a quarter the size of
/// the shape `tab` (not a letter of a name): a package holding classes,
/// whose edges may end on its tab.
fn holds_others(
    d: &Drawing,
    (body, tab): (usize, usize),
    (placed, index): (&[Placed], &NodeIndex),
) -> bool {
    let (b, t) = (&d.nodes[body], &d.nodes[tab]);
    let (hx, hy) = b.outline.half_extents();
    let (tx, ty) = t.outline.half_extents();
    let inside = |p: kurbo::Point| (p.x - b.center.x).abs() < hx && (p.y - b.center.y).abs() < hy;
    index.all_touching_within(placed, b.center, hx.hypot(hy)).into_iter().any(|k| {
        let o = &placed[k as usize];
        let (ox, oy) = o.outline.half_extents();
        o.center != b.center && inside(o.center) && 4.0 * ox * oy >= tx * ty
    })
}

/// For each candidate (`placed`, indexed by `index`): a stroke ends on it.
fn ends_on(d: &Drawing, placed: &[Placed], index: &NodeIndex) -> io::Result<Vec<bool>> {
    let mut ended = vec![false; placed.len()];
    d.edges.for_each(|_, e| {
        for p in [e.a, e.b] {
            for k in index.all_touching(placed, p) {
                ended[k as usize] = true;
            }
        }
    })?;
    Ok(ended)
}

/// The tab, where the two shapes `closed` are a box and its tab: the
/// smaller (at most a quarter of the larger's box) standing on one side
/// of the larger from outside, flush with it (to 2 % of the tab's smaller
/// side), within that side and at one of its ends (a UML package's tab, a
/// folder's). The caller sees that no stroke ends on it, or that the box
/// holds others (a package, whose edges may end on its tab): a small node
/// flush on a plain box's corner takes its own edges.
fn tabbed(d: &Drawing, closed: std::ops::RangeInclusive<usize>) -> Option<usize> {
    let (i, j) = (*closed.start(), *closed.end());
    if j != i + 1 {
        return None;
    }
    let rect = |k: usize| d.nodes[k].outline.bounds_at(d.nodes[k].center);
    let (a, b) = (rect(i), rect(j));
    let ((tab, t), body) = if a.area() <= b.area() { ((a, i), b) } else { ((b, j), a) };
    let eps = 0.02 * tab.width().min(tab.height());
    if !(tab.area() > 0.0 && 4.0 * tab.area() <= body.area()) {
        return None;
    }
    let near = |x: f64, y: f64| (x - y).abs() <= eps;
    // On the top or bottom side, at its left or right end; or on the left
    // or right side, at its top or bottom end.
    let across = tab.x0 >= body.x0 - eps && tab.x1 <= body.x1 + eps;
    let down = tab.y0 >= body.y0 - eps && tab.y1 <= body.y1 + eps;
    let flush = (across
        && (near(tab.y1, body.y0) || near(tab.y0, body.y1))
        && (near(tab.x0, body.x0) || near(tab.x1, body.x1)))
        || (down
            && (near(tab.x1, body.x0) || near(tab.x0, body.x1))
            && (near(tab.y0, body.y0) || near(tab.y1, body.y1)));
    flush.then_some(t)
}

/// The box of the figure the parts `p` draw, if they draw one: a figure
/// whose limbs spread beyond its head (see [`spread`]; `upright` where
/// they stand on one centre line, the smaller narrower), nothing else
/// within it, or one shape drawn in pieces; and which. Either way its
/// parts touch one another.
fn figure(
    d: &Drawing,
    p: &Parts,
    upright: bool,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> Option<(Rect, bool)> {
    let boxes: Vec<Rect> =
        p.closed.iter().map(|&i| d.nodes[i].outline.bounds_at(d.nodes[i].center)).collect();
    let all = boxes.iter().chain(p.strokes.iter().map(|s| &s.1));
    let whole = all.clone().copied().reduce(|a, b| a.union(b))?;
    let margin = 0.05 * whole.width().hypot(whole.height());
    let limbs = spread(&boxes, whole, upright);
    if !limbs && !pieces(d, p, &boxes, margin) {
        return None;
    }
    // Every part touches another: the parts' boxes, grown a little, are
    // one cluster. A shape's pieces touch without its sides: strokes
    // between pieces apart are edges.
    let parts: Vec<Rect> = if limbs { all.copied().collect() } else { boxes.clone() };
    let mut sets = petgraph::unionfind::UnionFind::<usize>::new(parts.len());
    for (i, a) in parts.iter().enumerate() {
        for (j, b) in parts.iter().enumerate().skip(i + 1) {
            if a.inflate(margin, margin).overlaps(*b) {
                sets.union(i, j);
            }
        }
    }
    if (1..parts.len()).any(|i| !sets.equiv(0, i)) {
        return None;
    }
    // A limb ends on a closed part at one end at most, and on nothing
    // else: one joining two parts, or a part to a shape outside, is an
    // edge; one leaving a part and returning, a loop. So are limbs drawn
    // end to end (an edge drawn in pieces, a line per bend): of the
    // points where such a line ends on the parts, one at most.
    // (On a part: within its box grown by the margin; the tolerance
    // matching allows is more than a small head's size.)
    if limbs {
        let on_part = |e: Point| boxes.iter().any(|b| b.inflate(margin, margin).contains(e));
        let mut lines = petgraph::unionfind::UnionFind::<usize>::new(p.strokes.len());
        let meet = |a: Point, b: Point| (a - b).hypot() <= 1e-3 * margin;
        for (i, (_, _, a)) in p.strokes.iter().enumerate() {
            for (j, (_, _, b)) in p.strokes.iter().enumerate().skip(i + 1) {
                if a.iter().any(|&x| b.iter().any(|&y| meet(x, y))) {
                    lines.union(i, j);
                }
            }
        }
        let mut ends: Vec<(usize, Point)> = Vec::new();
        for (i, (_, _, pts)) in p.strokes.iter().enumerate() {
            for &e in pts {
                let touched = index.all_touching(placed, e);
                if touched.iter().any(|&t| !p.closed.contains(&cand[t as usize])) {
                    return None;
                }
                let line = lines.find(i);
                if on_part(e) && !ends.iter().any(|&(l, q)| l == line && meet(q, e)) {
                    if ends.iter().any(|&(l, _)| l == line) {
                        return None;
                    }
                    ends.push((line, e));
                }
            }
        }
    }
    // Nothing else drawn within a figure; a shape in pieces may hold
    // others, as any shape may (the container rules weigh it whole).
    if !limbs {
        return Some((whole, false));
    }
    let inside = index.all_touching_within(
        placed,
        whole.center(),
        0.5 * whole.width().hypot(whole.height()),
    );
    // (A figure's name drawn as glyph outlines may lie on it; so may a
    // small shape within one of its parts, a letter of a name written on
    // its body, as cairo and PDF draw each glyph: a part's decoration.)
    let on_a_part = |t: usize| {
        let (c, area) = (placed[t].center, placed[t].outline.area());
        boxes.iter().any(|b| b.contains(c) && 16.0 * area < b.area())
    };
    let other = inside.iter().any(|&t| {
        let (c, s) = (placed[t as usize].center, cand[t as usize]);
        !p.closed.contains(&s)
            && whole.contains(c)
            && !super::evidence::lettered(d, &d.nodes[s])
            && !on_a_part(t as usize)
    });
    (!other).then_some((whole, true))
}

/// Whether the closed parts (`boxes`, the figure's box `whole`) spread
/// as a figure's limbs do: the figure's box well beyond its largest part
/// (or, the parts `upright`, a part standing three quarters out of the
/// largest's box: a head on a body drawn with its arms and legs in one
/// outline, as blockdiag's actor) but not far, the parts apart (none
/// holds another's centre; rings drawn round one centre are one node by
/// other rules) and not all on one line, as the letters of a word are
/// (their heights overlapping by half).
fn spread(boxes: &[Rect], whole: Rect, upright: bool) -> bool {
    let Some(big) = boxes.iter().copied().max_by(|a, b| a.area().total_cmp(&b.area())) else {
        return false;
    };
    let largest = big.area();
    let diagonal = boxes.iter().map(|b| b.width().hypot(b.height())).fold(0.0, f64::max);
    let stands_out = |b: &Rect| *b != big && b.intersect(big).area() <= 0.25 * b.area();
    let beyond = whole.area() >= SPREAD * largest || (upright && boxes.iter().any(stands_out));
    if !(largest > 0.0 && beyond && whole.width().hypot(whole.height()) <= REACH * diagonal) {
        return false;
    }
    let apart = boxes
        .iter()
        .enumerate()
        .all(|(i, a)| boxes.iter().enumerate().all(|(j, b)| i == j || !b.contains(a.center())));
    apart && !word(boxes)
}

/// Whether the boxes lie on one line as a word's letters do: their heights
/// overlapping by half.
fn word(boxes: &[Rect]) -> bool {
    let level =
        |a: &Rect, b: &Rect| a.y1.min(b.y1) - a.y0.max(b.y0) >= 0.5 * a.height().min(b.height());
    boxes.len() > 1 && boxes.iter().all(|a| boxes.iter().all(|b| level(a, b)))
}

/// Whether the parts draw one shape in pieces, as a cylinder's body, lid
/// and base, or a pipe's body and ends: closed parts filled alike, unlike
/// in size (nodes drawn alike that overlap a little are nodes each) or
/// copies stacked on one another (PlantUML's collections), none wholly
/// within another (a box's compartments and icons are its decorations),
/// not laid out as a word's letters unless deep in one another (a pipe's
/// ends are half within its body, letters meet at most), and the strokes
/// within the shape (its sides).
fn pieces(d: &Drawing, p: &Parts, boxes: &[Rect], margin: f64) -> bool {
    let Some(shape) = boxes.iter().copied().reduce(|a, b| a.union(b)) else { return false };
    let first = &d.nodes[p.closed[0]];
    let alike = p.closed.iter().all(|&i| {
        let s = &d.nodes[i];
        s.filled && s.fill == first.fill
    });
    let sized = |a: &Rect, b: &Rect| {
        (a.width() - b.width()).abs() <= 0.1 * a.width().max(b.width())
            && (a.height() - b.height()).abs() <= 0.1 * a.height().max(b.height())
    };
    let deep = boxes.iter().enumerate().any(|(i, a)| {
        boxes
            .iter()
            .enumerate()
            .any(|(j, b)| i != j && a.intersect(*b).area() >= 0.25 * a.area().min(b.area()))
    });
    // Copies stacked one on another, a little apart (a collection).
    let stacked = boxes.iter().enumerate().all(|(i, a)| {
        boxes.iter().enumerate().all(|(j, b)| {
            i == j || (a != b && a.intersect(*b).area() >= 0.5 * a.area().min(b.area()))
        })
    });
    boxes.len() >= 2
        && alike
        && (deep || !word(boxes))
        && (stacked || !boxes.iter().all(|a| sized(a, &boxes[0])))
        && boxes
            .iter()
            .enumerate()
            .all(|(i, a)| boxes.iter().enumerate().all(|(j, b)| i == j || !b.contains_rect(*a)))
        && p.strokes.iter().all(|s| shape.inflate(margin, margin).contains_rect(s.1))
}

/// The box of each figure's text (by the figure's group `found[k].0`):
/// the labels drawn in its group, or in the group around that if it holds
/// nothing else (nomnoml draws an actor's figure and its name in two
/// groups side by side in one). Edges end at the box round both (an
/// actor's name is wider than its figure).
fn texts(
    d: &Drawing,
    found: &[(u32, Rect)],
    parts: &foldhash::HashMap<u32, Parts>,
) -> foldhash::HashMap<u32, Option<Rect>> {
    let parent = |g: u32| d.groups.get(g as usize).and_then(|grp| grp.parent).map(|p| p.get());
    // The groups around figures, where they hold no other shape.
    let mut around: foldhash::HashMap<u32, u32> =
        found.iter().filter_map(|&(g, _)| parent(g).map(|p| (p, g))).collect();
    let within = nearest_group(&d.groups, None, |g, _| around.get(&g.get()).map(|_| Some(g.get())));
    for (i, s) in d.nodes.iter().enumerate() {
        let Some(p) = s.group.and_then(|g| within[g.get() as usize]) else { continue };
        let Some(g) = around.get(&p) else { continue };
        if !parts.get(g).is_some_and(|f| f.closed.contains(&i)) {
            around.remove(&p);
        }
    }
    let home = nearest_group(&d.groups, None, |g, _| {
        let g = g.get();
        if found.binary_search_by_key(&g, |f| f.0).is_ok() {
            Some(Some(g))
        } else {
            around.get(&g).map(|&f| Some(f))
        }
    });
    let mut out: foldhash::HashMap<u32, Option<Rect>> = foldhash::HashMap::default();
    for l in &d.labels {
        let Some(g) = l.group.and_then(|g| home[g.get() as usize]) else { continue };
        let r = l.extent();
        let t = out.entry(g).or_insert(None);
        *t = Some(t.map_or(r, |t| t.union(r)));
    }
    out
}
