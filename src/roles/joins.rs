//! Edges drawn in pieces: blockdiag writes each segment of an edge's
//! polyline as a path of its own, `Graph::Easy` each grid cell it crosses as
//! a line of its own, and converters split long paths. Where two strokes'
//! ends meet off every node, and no other stroke's end meets them there
//! (or, where several do, the two were drawn one after the other), the two
//! are one stroke; a run of such pieces is one edge candidate.

use std::io;

use kurbo::{Point, Rect, Vec2};
use rayon::prelude::*;

use rstar::{AABB, RTree};

use super::junctions::{self, Segment};
use super::{Boxed, Head, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::touch;
use crate::matching::port_index;
use crate::model::{
    Drawing, EdgeShape, EdgeStyle, JUMP_WIDTHS, JUNCTION_WIDTHS, StrokeExtra, index,
};
use crate::text::Text;

/// A run of pieces drawn end to end: each piece, with whether it is
/// entered at its end `b`.
type Run = Vec<(u32, bool)>;

/// An end of an edge candidate that touches no node.
#[derive(Clone, Copy, Debug)]
pub(super) struct Loose {
    pub candidate: u32,
    pub at_b: bool,
    pub p: Point,
    /// The way the stroke travels as it reaches the end (a unit vector, or
    /// NaN where it has no length).
    arriving: Vec2,
    /// How far off another end may lie and meet it: the stroke's width.
    pub reach: f64,
    pub stroke: Text,
    /// It lies within the slack round a node, where matching would take
    /// it for the node's.
    pub held: bool,
    /// It is where a stroke was split at a fork (see [`forks`]): the
    /// stroke's two parts there go on into each other, but the fork is a
    /// junction, no joint.
    pub fork: bool,
}

/// Joins the edge candidates of `d` drawn end to end off the nodes
/// (`placed`, indexed by `index`) into one candidate per run, appended to
/// `d.edges`; the pieces join `roles.joined`, and the heads at a run's
/// ends move to it. Returns how many runs were joined.
pub(crate) fn joins(
    d: &mut Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<usize> {
    if placed.is_empty() || d.edges.len() < 2 {
        return Ok(0);
    }
    let ports = port_index(&d.nodes, &roles.role, &roles.extents, cand);
    let strictly_on = |p: Point, reach: f64| {
        index.on_some(placed, p, reach) || ports.as_ref().is_some_and(|ports| ports.holds(p))
    };
    // Pieces are written in order: a drawing in pieces shows two strokes
    // drawn one after the other meeting end to end off the nodes. Most
    // drawings draw every edge whole, and are spared a node lookup for
    // every end.
    if !d.meets_overflow && !d.meets.iter().any(|&(p, reach)| !strictly_on(p, reach)) {
        return Ok(0);
    }
    let mut loose = loose_ends(d, roles, (placed, index), &strictly_on)?;
    loose.sort_unstable_by_key(|l| (l.candidate, l.at_b));
    if forks(d, roles, &mut loose)? {
        loose.sort_unstable_by_key(|l| (l.candidate, l.at_b));
    }
    if loose.len() < 2 {
        return Ok(0);
    }
    // (A gap a line jumps holds no shape: a dot between two lines stopped
    // short of it is their node.)
    let clear = |p: Point, q: Point, reach: f64| {
        let steps = ((q - p).hypot() / reach).ceil().min(64.0) as usize;
        (0..=steps).all(|i| !strictly_on(p.lerp(q, i as f64 / steps.max(1) as f64), reach))
    };
    let partner = meetings(&loose, index.tolerance(), &clear);
    let runs = runs(&loose, &partner);
    let junctions = junctions::junctions(&loose, &partner, index.tolerance());
    if runs.is_empty() && junctions.is_empty() {
        return Ok(0);
    }
    let mut in_runs: Vec<u32> = runs.iter().flatten().map(|&(k, _)| k).collect();
    in_runs.sort_unstable();
    // The strokes at junctions that no run holds go through them alone.
    let mut singles: Vec<u32> = junctions
        .iter()
        .flatten()
        .map(|&i| loose[i as usize].candidate)
        .filter(|k| in_runs.binary_search(k).is_err())
        .collect();
    singles.sort_unstable();
    singles.dedup();
    let mut wanted: Vec<u32> = in_runs.iter().chain(&singles).copied().collect();
    wanted.sort_unstable();
    let mut pieces: foldhash::HashMap<u32, EdgeShape> = foldhash::HashMap::default();
    d.edges.for_each(|k, e| {
        let k = k as u32;
        if wanted.binary_search(&k).is_ok() {
            pieces.insert(k, e.clone());
        }
    })?;
    let mut runs = unbranched(runs, &pieces, &d.extras, (&loose, &partner));
    let ways = through_junctions(d, roles, (&junctions, &loose), (&mut runs, &singles), &pieces);
    if runs.is_empty() && ways.is_empty() {
        return Ok(0);
    }
    // The heads at a run's two ends are its: it runs from the first
    // piece's end the run leaves to the last piece's end it reaches. A
    // piece's end that several ways through a junction share gives each
    // its heads.
    let mut moved: Vec<((u32, bool), (u32, bool))> = Vec::new();
    for (i, run) in runs.iter().chain(&ways).enumerate() {
        let joined = u32::try_from(d.edges.len()).unwrap_or(u32::MAX);
        push_run(d, run, &pieces)?;
        // A way through a junction takes pieces of several edges' groups:
        // the names of none of them are its.
        if i >= runs.len() {
            roles.unnamed.push(joined);
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        moved.push((first, (joined, false)));
        moved.push(((last.0, !last.1), (joined, true)));
        roles.joined.extend(run.iter().map(|&(k, _)| k));
    }
    moved.sort_unstable();
    let mut heads = Vec::with_capacity(roles.heads.len());
    for &(e, h) in &roles.heads {
        let from = moved.partition_point(|m| m.0 < (e, h.at_b));
        let to = moved[from..].iter().take_while(|m| m.0 == (e, h.at_b)).count();
        if to == 0 {
            heads.push((e, h));
        }
        for &(_, (joined, at_b)) in &moved[from..from + to] {
            heads.push((joined, Head { at_b, ..h }));
        }
    }
    roles.heads = heads;
    roles.joined.sort_unstable();
    roles.joined.dedup();
    roles.heads.sort_by_key(|(e, h)| (*e, h.at_b));
    if !runs.is_empty() {
        *roles
            .evidence
            .entry("edges: strokes drawn end to end off the nodes, one per run")
            .or_default() += runs.len() as u64;
    }
    if !ways.is_empty() {
        *roles
            .evidence
            .entry("edges: strokes merged at junctions off the nodes, one per way through")
            .or_default() += ways.len() as u64;
    }
    Ok(runs.len() + ways.len())
}

/// Forks drawn as a line ending on the side of another (`---+` in ASCII
/// art, a line merging into a bus): where a loose end (of `loose`) that
/// no other loose end meets, of a stroke whose other end lies on a node
/// or has a head, lies on a straight stroke drawn as its own is (paint,
/// class and width), off that stroke's ends by two widths and a tenth of
/// its length, meeting it at a slant (over 30°), and that stroke's own ends
/// are both loose (a leg of a line drawn in pieces, not an edge between
/// two nodes), the stroke is split there. Each part is drawn to the fork
/// (a stroke drawn ending at a junction reaches it, unless a head at its
/// far end says it leaves), the parts are appended to `d.edges` with
/// their loose ends, and the stroke is withdrawn (`roles.split`): the fork
/// is a junction of three ends (see [`junctions`]). Returns whether any
/// stroke was split.
fn forks(d: &mut Drawing, roles: &mut Roles, loose: &mut Vec<Loose>) -> io::Result<bool> {
    let ends: Vec<Boxed> = loose
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.held)
        .map(|(i, l)| Boxed::around(i, l.p, (l.reach, l.reach)))
        .collect();
    if ends.is_empty() {
        return Ok(false);
    }
    let ends = RTree::bulk_load(ends);
    let is_loose = |k: u32, at_b: bool| {
        loose.binary_search_by_key(&(k, at_b), |l| (l.candidate, l.at_b)).is_ok()
    };
    let skip = roles.not_edges();
    let styles = &d.edge_styles.list;
    // The style of each loose end's stroke.
    let mut style_of: foldhash::HashMap<u32, usize> = foldhash::HashMap::default();
    for l in loose.iter().filter(|l| !l.held) {
        if let Some(e) = d.edges.get(l.candidate as usize)? {
            style_of.insert(l.candidate, e.style.0 as usize);
        }
    }
    // (Stroke, where along it, the fork's point.)
    let mut found: Vec<(u32, f64, Point)> = Vec::new();
    d.edges.for_each(|k, e| {
        let k = k as u32;
        let style = &styles[e.style.0 as usize];
        let w = style.line_width;
        let (len, along) = ((e.b - e.a).hypot(), e.b - e.a);
        if e.extra.is_some()
            || len <= 4.0 * w
            || !style.marker_start.is_empty()
            || !style.marker_end.is_empty()
            || !is_loose(k, false)
            || !is_loose(k, true)
            || skip.binary_search(&k).is_ok()
        {
            return;
        }
        let r = Rect::from_points(e.a, e.b).inflate(w, w);
        let env = AABB::from_corners([r.x0, r.y0], [r.x1, r.y1]);
        for b in ends.locate_in_envelope_intersecting(env) {
            let l = &loose[b.0];
            // (An end another meets is a joint of a line drawn in pieces:
            // blockdiag draws each branch from the end of a copy of the
            // trunk, over the trunk.)
            let alone = || {
                let near = AABB::from_point([l.p.x, l.p.y]);
                ends.locate_in_envelope_intersecting(near).all(|o| {
                    o.0 == b.0 || (loose[o.0].p - l.p).hypot() > l.reach.max(loose[o.0].reach)
                })
            };
            let t = (l.p - e.a).dot(along) / (len * len);
            let q = e.a + along * t;
            let slant = l.arriving.cross(along / len).abs() > 0.5;
            // (Its other end is on a node or headed: a tick on an axis
            // ends on nothing. Off the leg's ends as a branch is, see
            // `unbranched`; drawn as the leg is: a thinner leader or a
            // note's connector is no branch.)
            let off = (2.0 * w).max(0.1 * len);
            let Some(theirs) = style_of.get(&l.candidate).map(|&i| &styles[i]) else { continue };
            if l.candidate != k
                && !is_loose(l.candidate, !l.at_b)
                && theirs.stroke == style.stroke
                && theirs.class == style.class
                && (theirs.line_width - w).abs() <= 0.01 * w
                && slant
                && (l.p - q).hypot() <= l.reach.max(w)
                && t * len > off
                && (1.0 - t) * len > off
                && alone()
            {
                found.push((k, t, q));
            }
        }
    })?;
    if found.is_empty() {
        return Ok(false);
    }
    found.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)));
    found.dedup_by(|x, y| x.0 == y.0 && (x.2 - y.2).hypot() <= 1e-9);
    let mut split: Vec<u32> = found.iter().map(|f| f.0).collect();
    split.dedup();
    for &k in &split {
        let at: Vec<Point> = found.iter().filter(|f| f.0 == k).map(|f| f.2).collect();
        split_at(d, k, &at, loose)?;
    }
    d.edges.withdraw(split.iter().copied());
    roles.split.extend(&split);
    roles.split.sort_unstable();
    roles.split.dedup();
    Ok(true)
}

/// Splits stroke `k` at the forks `at` (in order along it), as [`forks`]
/// says, appending the parts to `d.edges` and their ends to `loose`.
fn split_at(d: &mut Drawing, k: u32, at: &[Point], loose: &mut Vec<Loose>) -> io::Result<()> {
    let Some(e) = d.edges.get(k as usize)? else { return Ok(()) };
    let style = &d.edge_styles.list[e.style.0 as usize];
    let (reach, stroke) = (style.line_width, style.stroke);
    // The points along it: its start, the forks, its end; each part is
    // drawn towards a fork (the first from the start, the last from the
    // end, those between from one fork to the next).
    let mut points = vec![e.a];
    points.extend(at);
    points.push(e.b);
    let n = points.len() - 1;
    for i in 0..n {
        let (from, to) =
            if i + 1 == n { (points[i + 1], points[i]) } else { (points[i], points[i + 1]) };
        let part = u32::try_from(d.edges.len()).unwrap_or(u32::MAX);
        d.edges.push(EdgeShape { a: from, b: to, extra: None, ..e.clone() })?;
        let dir = (to - from) / (to - from).hypot();
        for (at_b, p, arriving) in [(false, from, -dir), (true, to, dir)] {
            // (The stroke's own loose ends are the outer parts' now.)
            if let Some(l) = loose.iter_mut().find(|l| l.candidate == k && l.p == p) {
                l.candidate = part;
                l.at_b = at_b;
            } else {
                let fork = true;
                loose.push(Loose {
                    candidate: part,
                    at_b,
                    p,
                    arriving,
                    reach,
                    stroke,
                    held: false,
                    fork,
                });
            }
        }
    }
    Ok(())
}

/// The ways through `junctions` (of the `loose` ends) along the `runs`
/// and the `singles` (strokes at junctions in no run), of `pieces`; the
/// runs that go through a junction are edges only as part of them, and
/// leave `runs`.
fn through_junctions(
    d: &Drawing,
    roles: &Roles,
    (junctions, loose): (&[Vec<u32>], &[Loose]),
    (runs, singles): (&mut Vec<Run>, &[u32]),
    pieces: &foldhash::HashMap<u32, EdgeShape>,
) -> Vec<Run> {
    if junctions.is_empty() {
        return Vec::new();
    }
    let segments: Vec<Segment> = runs
        .iter()
        .cloned()
        .map(Segment::of_run)
        .chain(singles.iter().map(|&k| Segment::of_piece(k)))
        .collect();
    let styles = &d.edge_styles.list;
    let headed = |(k, at_b): (u32, bool)| {
        let style = &styles[pieces[&k].style.0 as usize];
        let marker = if at_b { style.marker_end } else { style.marker_start };
        !marker.is_empty() || Head::of(&roles.heads, k).any(|h| h.at_b == at_b)
    };
    let point = |(k, at_b): (u32, bool)| if at_b { pieces[&k].b } else { pieces[&k].a };
    let (ways, used) = junctions::ways(junctions, &segments, loose, (&headed, &point));
    let mut used = used.into_iter();
    runs.retain(|_| !used.next().unwrap_or(false));
    ways
}

/// The ends of the edge candidates that lie on no node or port (`on_some`,
/// given the point and the stroke's width, says where one does) and carry
/// no head or marker, where the candidate is an edge in its own right, in
/// candidate order.
fn loose_ends(
    d: &Drawing,
    roles: &Roles,
    (placed, index): (&[Placed], &NodeIndex),
    on_some: &(impl Fn(Point, f64) -> bool + Sync),
) -> io::Result<Vec<Loose>> {
    let skip = roles.not_edges();
    let headed = |k: u32, at_b: bool| Head::of(&roles.heads, k).any(|h| h.at_b == at_b);
    let styles = &d.edge_styles.list;
    let mut loose = Vec::new();
    let mut base = 0u32;
    d.edges.for_each_chunk(|chunk: &[EdgeShape]| -> io::Result<()> {
        let first = base;
        base += chunk.len() as u32;
        let found: Vec<Loose> = chunk
            .par_chunks(4096)
            .enumerate()
            .flat_map_iter(|(t, part)| {
                let first = first + (t * 4096) as u32;
                let points: Vec<Point> = part.iter().flat_map(|e| [e.a, e.b]).collect();
                let mut on = vec![None; points.len()];
                index.find_each(placed, &points, &mut on);
                let mut out = Vec::new();
                for (j, e) in part.iter().enumerate() {
                    let k = first + j as u32;
                    let style: &EdgeStyle = &styles[e.style.0 as usize];
                    // (A double line's ink reaches across both lines.)
                    let reach = style.line_width + roles.doubles.spread(k);
                    for (i, at_b) in [false, true].into_iter().enumerate() {
                        // (Only an end on a node or inside it is its: the
                        // slack matching allows round a node may hold the
                        // joints of a stroke drawn past it.)
                        let p = &points[2 * j + i];
                        let strictly = |n: u32| {
                            let n = &placed[n as usize];
                            touch(n.center, &n.outline, *p, reach).is_some()
                        };
                        let marker = if at_b { style.marker_end } else { style.marker_start };
                        if !marker.is_empty()
                            || headed(k, at_b)
                            || (!skip.is_empty() && skip.binary_search(&k).is_ok())
                            || on[2 * j + i].is_some_and(strictly)
                            || on_some(*p, reach)
                        {
                            continue;
                        }
                        let arriving = e.arriving(&d.extras, at_b);
                        let arriving = arriving / arriving.hypot();
                        // (Matching would read it as a node's where the
                        // slack round one holds it.)
                        let held = on[2 * j + i].is_some() || index.in_box_of(placed, *p).is_some();
                        out.push(Loose {
                            candidate: k,
                            at_b,
                            p: *p,
                            arriving,
                            reach,
                            stroke: style.stroke,
                            held,
                            fork: false,
                        });
                    }
                }
                out
            })
            .collect();
        loose.extend(found);
        Ok(())
    })?;
    Ok(loose)
}

/// For each loose end (of `loose`, in candidate order), the one it meets,
/// if any: the only other end within the larger of their reaches (no
/// farther than the nodes' tolerance `tol`), or, where several lie there,
/// the only one of the stroke drawn just before or after its own; of
/// another candidate painted alike, that meets it in turn, the two going
/// on or turning, not side by side.
fn meetings(
    loose: &[Loose],
    tol: f64,
    clear: &impl Fn(Point, Point, f64) -> bool,
) -> Vec<Option<u32>> {
    let reach = |l: &Loose| if tol > 0.0 { l.reach.min(tol) } else { l.reach };
    let cell = loose.iter().map(reach).fold(0.0, f64::max).max(1e-9);
    // (The casts saturate: coordinates past the grid share its last cells.)
    let key = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: foldhash::HashMap<(i64, i64), Vec<u32>> = foldhash::HashMap::default();
    for (i, l) in loose.iter().enumerate() {
        grid.entry(key(l.p)).or_default().push(i as u32);
    }
    let meet = |i: usize, j: usize| {
        let (l, m) = (&loose[i], &loose[j]);
        j != i && (m.p - l.p).hypot() <= reach(l).max(reach(m))
    };
    // The other ends there: none, one (which), or several (the count
    // stops at two, so that many ends at one point cost no more).
    let near = |i: usize| -> (usize, Option<u32>) {
        let (cx, cy) = key(loose[i].p);
        let (mut n, mut first) = (0, None);
        for dx in -1..=1i64 {
            for dy in -1..=1i64 {
                let cell = (cx.saturating_add(dx), cy.saturating_add(dy));
                for &j in grid.get(&cell).into_iter().flatten() {
                    if meet(i, j as usize) {
                        n += 1;
                        first = first.or(Some(j));
                        if n > 1 {
                            return (n, first);
                        }
                    }
                }
            }
        }
        (n, first)
    };
    // The loose ends of candidate `k`.
    let ends_of = |k: u32| {
        let from = loose.partition_point(|l| l.candidate < k);
        (from..loose.len()).take_while(move |&j| loose[j].candidate == k)
    };
    // Where several ends meet (edges leaving a node share a trunk, each
    // drawing its own copy), an end meets the one of the piece drawn just
    // before or after its own: a path split into pieces is written in
    // order.
    let alone: Vec<Option<u32>> = (0..loose.len())
        .map(|i| match near(i) {
            (0, _) => None,
            (1, j) => j,
            _ => {
                let k = loose[i].candidate;
                let mut next = [k.checked_sub(1), k.checked_add(1)]
                    .into_iter()
                    .flatten()
                    .flat_map(ends_of)
                    .filter(|&j| meet(i, j));
                match (next.next(), next.next()) {
                    (Some(j), None) => Some(j as u32),
                    _ => None,
                }
            }
        })
        .collect();
    let mut partner: Vec<Option<u32>> = (0..loose.len())
        .map(|i| {
            let j = alone[i]?;
            let (l, m) = (&loose[i], &loose[j as usize]);
            // Pieces of one path meet going on, or turning a right angle
            // at most; strokes that arrive side by side (at a port, near
            // a node) come from the same way.
            (alone[j as usize] == Some(i as u32)
                && l.candidate != m.candidate
                && !(l.fork && m.fork)
                && l.stroke == m.stroke
                && l.arriving.dot(m.arriving) <= 0.1)
                .then_some(j)
        })
        .collect();
    jumps(loose, &mut partner, clear);
    partner
}

/// Pairs the loose ends left alone (`partner` none) where a line jumps
/// another: a piece's end, and the start of the piece drawn right after
/// it in its paint, facing each other across a gap of more than
/// [`JUNCTION_WIDTHS`] and at most [`JUMP_WIDTHS`] of their width along
/// the line both run on (each heading along the gap to a hundredth of a
/// radian or so), where no shape lies along the gap (`clear`, given its
/// ends and the line's width). Both ends touch no node: a line cut at a
/// node's rim is not loose there.
fn jumps(loose: &[Loose], partner: &mut [Option<u32>], clear: &impl Fn(Point, Point, f64) -> bool) {
    const ALONG: f64 = 0.9999;
    for i in 0..loose.len().saturating_sub(1) {
        let (l, m) = (&loose[i], &loose[i + 1]);
        if partner[i].is_some()
            || partner[i + 1].is_some()
            || !l.at_b
            || m.at_b
            || m.candidate != l.candidate + 1
            || l.stroke != m.stroke
        {
            continue;
        }
        // (Ends closer meet at a junction, if anywhere: a trunk forking.)
        let (gap, reach) = (m.p - l.p, l.reach.max(m.reach));
        let span = gap.hypot();
        if !(span > JUNCTION_WIDTHS * reach && span <= JUMP_WIDTHS * reach) {
            continue;
        }
        let way = gap / span;
        if l.arriving.dot(way) >= ALONG && m.arriving.dot(way) <= -ALONG && clear(l.p, m.p, reach) {
            partner[i] = Some(i as u32 + 1);
            partner[i + 1] = Some(i as u32);
        }
    }
}

/// The runs of candidates joined end to end, each as its pieces in order
/// and, for each, whether it is entered at its end `b` (drawn the other
/// way). A ring of pieces, joined all round, is no run.
fn runs(loose: &[Loose], partner: &[Option<u32>]) -> Vec<Vec<(u32, bool)>> {
    // Each joined end: where it leads (the piece and the end entered).
    let mut next: foldhash::HashMap<(u32, bool), (u32, bool)> = foldhash::HashMap::default();
    for (i, p) in partner.iter().enumerate() {
        if let Some(j) = *p {
            let (l, m) = (&loose[i], &loose[j as usize]);
            next.insert((l.candidate, l.at_b), (m.candidate, m.at_b));
        }
    }
    let mut starts: Vec<(u32, bool)> =
        next.keys().map(|&(k, at_b)| (k, !at_b)).filter(|end| !next.contains_key(end)).collect();
    starts.sort_unstable();
    let mut seen: foldhash::HashSet<u32> = foldhash::HashSet::default();
    let mut out = Vec::new();
    for (k, start_b) in starts {
        if seen.contains(&k) {
            continue;
        }
        let mut run = vec![(k, start_b)];
        seen.insert(k);
        let mut at = (k, !start_b);
        while let Some(&(m, entered_b)) = next.get(&at) {
            if !seen.insert(m) {
                break;
            }
            run.push((m, entered_b));
            at = (m, !entered_b);
        }
        out.push(run);
    }
    out
}

/// The runs (of `pieces`) that no other stroke branches off: a loose end
/// that meets no other (of `loose`, met as `partner` says) and lies near
/// no node, on one of a run's pieces off its ends, makes it a bus (an org chart's bar, the
/// children's drops at its ends, the parent's drop at its middle), not
/// one edge.
fn unbranched(
    runs: Vec<Vec<(u32, bool)>>,
    pieces: &foldhash::HashMap<u32, EdgeShape>,
    extras: &[StrokeExtra],
    (loose, partner): (&[Loose], &[Option<u32>]),
) -> Vec<Vec<(u32, bool)>> {
    let alone: Vec<Boxed> = loose
        .iter()
        .zip(partner)
        .enumerate()
        .filter(|(_, (l, p))| p.is_none() && !l.held)
        .map(|(i, (l, _))| Boxed::around(i, l.p, (0.0, 0.0)))
        .collect();
    if alone.is_empty() {
        return runs;
    }
    let tree = RTree::bulk_load(alone);
    let branched = |k: u32| {
        let e = &pieces[&k];
        let x = e.shape(extras);
        let at = loose.partition_point(|l| l.candidate < k);
        let width = loose.get(at).filter(|l| l.candidate == k).map_or(1.0, |l| l.reach);
        let legs = [(e.a, x.mid), (x.mid, e.b)];
        let (lo, hi) = (
            [e.a.x.min(e.b.x).min(x.mid.x) - width, e.a.y.min(e.b.y).min(x.mid.y) - width],
            [e.a.x.max(e.b.x).max(x.mid.x) + width, e.a.y.max(e.b.y).max(x.mid.y) + width],
        );
        tree.locate_in_envelope_intersecting(AABB::from_corners(lo, hi)).any(|b| {
            let l = &loose[b.0];
            let p = l.p;
            // (Well off its ends: double lines meet at their corners a
            // line's width or so apart, out of step.)
            let off = (2.0 * width).max(0.1 * (e.b - e.a).hypot());
            l.candidate != k
                && (p - e.a).hypot() > off
                && (p - e.b).hypot() > off
                && legs.iter().any(|&(u, v)| {
                    kurbo::ParamCurveNearest::nearest(&kurbo::Line::new(u, v), p, 1e-9).distance_sq
                        <= width * width
                })
        })
    };
    runs.into_iter().filter(|run| !run.iter().any(|&(k, _)| branched(k))).collect()
}

/// Appends the run `run` of `pieces` as one edge candidate, drawn as its
/// first piece: through the points where its pieces meet (and a curved
/// piece's middle).
fn push_run(
    d: &mut Drawing,
    run: &[(u32, bool)],
    pieces: &foldhash::HashMap<u32, EdgeShape>,
) -> io::Result<()> {
    let mut points: Vec<Point> = Vec::with_capacity(2 * run.len() + 1);
    let first = pieces[&run[0].0].clone();
    for &(k, from_b) in run {
        let e = &pieces[&k];
        let (from, to) = if from_b { (e.b, e.a) } else { (e.a, e.b) };
        points.push(from);
        if e.extra.is_some() {
            points.push(e.shape(&d.extras).mid);
        }
        if k == run[run.len() - 1].0 {
            points.push(to);
        }
    }
    let (a, b) = (points[0], points[points.len() - 1]);
    // Its directions at its ends are its end pieces'.
    let (k0, b0) = run[0];
    let (kn, bn) = run[run.len() - 1];
    let s0 = pieces[&k0].shape(&d.extras);
    let sn = pieces[&kn].shape(&d.extras);
    let a_dir = if b0 { -s0.b_dir } else { s0.a_dir };
    let b_dir = if bn { -sn.a_dir } else { sn.b_dir };
    let curved = [s0.curved[usize::from(b0)], sn.curved[usize::from(!bn)]];
    let (mid, far) = crate::geom::halfway_and_far(&points);
    d.extras.push(StrokeExtra { a_dir, b_dir, far, mid, curved });
    // It is drawn as its first piece, with the markers its end pieces
    // draw at its ends.
    let style_of = |k: u32| d.edge_styles.list[pieces[&k].style.0 as usize];
    let (s0, sn) = (style_of(k0), style_of(kn));
    let marker_start = if b0 { s0.marker_end } else { s0.marker_start };
    let marker_end = if bn { sn.marker_start } else { sn.marker_end };
    let style = d.edge_styles.intern(EdgeStyle { marker_start, marker_end, ..s0 });
    d.edges.push(EdgeShape { a, b, style, extra: index(d.extras.len() - 1), ..first })
}
