//! Ports: small shapes sitting on a node's rim where its edges end (ELK's
//! port squares, UML component ports, pins). A port is part of the node it
//! sits on: strokes ending on it end on that node, and it is no node of
//! its own.

use std::io;

use kurbo::{Point, Vec2};

use super::evidence::{Look, cluster_marks};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::{Outline, touch};
use crate::model::{Drawing, Role};

/// How much smaller than its node a port is, by area: a port is a mark
/// on the node's outline, not a shape beside it (two nodes drawn side by
/// side, even of unequal sizes, stay nodes).
const AREA_SHARE: f64 = 1.0 / 16.0;

/// How much smaller than its node's smaller side a port is: ports sit on
/// a side, and several fit along it.
const SIDE_SHARE: f64 = 0.25;

/// And another mark on the rim (an arrow on a circle, a badge on a box).
const MARK_SIDE_SHARE: f64 = 0.5;

/// The candidate a shape sits on, and how far its centre lies from that
/// one's rim.
type Owner = Option<(usize, f64)>;

/// Finds the ports among the node candidates `cand` (shapes, ascending;
/// `placed` and `index` over them): a candidate much smaller than another
/// (under [`AREA_SHARE`] of its area, its extent under [`SIDE_SHARE`] of
/// the other's smaller side), sitting on that one's rim, that a stroke
/// ends on, that holds no text and that is drawn unlike the candidates
/// strokes end on away from any rim, becomes `Port(owner)`; so do the
/// shapes sitting so that are drawn like the ports found. True when any
/// role changed.
pub(crate) fn ports(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    evidence: &mut super::Evidence,
) -> io::Result<bool> {
    if cand.len() < 2 || d.edges.len() == 0 {
        return Ok(false);
    }
    let area: Vec<f64> = placed.iter().map(|p| p.outline.area()).collect();
    // For each candidate: the one it sits on, and how far its centre lies
    // from that one's rim (the nearest rim wins).
    let mut owner: Vec<Owner> = vec![None; cand.len()];
    let whole = index.overlapping(|i, j| {
        let (i, j) = (i as usize, j as usize);
        let (small, big) = if area[i] < area[j] { (i, j) } else { (j, i) };
        let much_smaller = area[small] < AREA_SHARE * area[big];
        if !much_smaller || role[cand[small]] != Role::Node || role[cand[big]] != Role::Node {
            return;
        }
        let (hx, hy) = placed[small].outline.half_extents();
        let (ox, oy) = placed[big].outline.half_extents();
        if hx.max(hy) > MARK_SIDE_SHARE * ox.min(oy) {
            return;
        }
        if let Some(off) = sits_on(&placed[small], &placed[big])
            && owner[small].is_none_or(|(b, o)| (off, big) < (o, b))
        {
            owner[small] = Some((big, off));
        }
    });
    if !whole {
        super::unweighed(evidence);
    }
    // Ports are smaller still, along the side they sit on (a UML
    // component's tabs stick out across its side, narrow along it).
    let port_sized = |k: usize| {
        owner[k].is_some_and(|(big, _)| {
            let (ox, oy) = placed[big].outline.half_extents();
            along_rim(&placed[k], &placed[big]) <= SIDE_SHARE * ox.min(oy)
        })
    };
    let sitting: Vec<usize> = (0..cand.len()).filter(|&k| owner[k].is_some()).collect();
    if sitting.is_empty() {
        return Ok(false);
    }
    // A stroke ends on it: the end's best match is the port, not the node.
    // (A chunk of strokes at a time: a drawing may hold millions.)
    let mut ended = vec![false; cand.len()];
    let (mut points, mut found) = (Vec::new(), Vec::new());
    let mut first = 0;
    d.edges.for_each_chunk(|chunk| {
        points.clear();
        let live = |(j, e): (usize, &crate::model::EdgeShape)| {
            (!d.edges.withdrawn(first + j)).then_some([e.a, e.b])
        };
        points.extend(chunk.iter().enumerate().filter_map(live).flatten());
        first += chunk.len();
        found.clear();
        found.resize(points.len(), None);
        index.find_each(placed, &points, &mut found);
        for &k in found.iter().flatten() {
            ended[k as usize] = true;
        }
        io::Result::Ok(())
    })?;
    // A small shape holding a text is a labelled node, not a port.
    let mut labelled = vec![false; cand.len()];
    for l in &d.labels {
        for k in index.all_touching(placed, l.pos) {
            let p = &placed[k as usize];
            if touch(p.center, &p.outline, l.pos, 0.0).is_some() {
                labelled[k as usize] = true;
            }
        }
    }
    // A shape drawn like the nodes strokes end on away from any rim is a
    // node that happens to lie on a larger one's outline (a vertex on a
    // group's hull), not a port.
    let look = |k: usize| Look::of(&d.nodes[cand[k]], &placed[k]);
    let nodes: foldhash::HashSet<Look> = (0..cand.len())
        .filter(|&k| ended[k] && owner[k].is_none() && role[cand[k]] == Role::Node)
        .map(look)
        .collect();
    // Where no such node tells ports from nodes, a shape centred on a
    // corner of the closed outline it sits on is a node the outline is
    // drawn through (a cycle drawn as one polygon, by hand), no port: the
    // outline's runs between them are edges (see `chains`).
    let cornered = if nodes.is_empty() { on_corners(d, cand, placed, &owner) } else { Vec::new() };
    let cornered = |k: usize| cornered.get(k).copied().unwrap_or(false);
    let mut found: Vec<usize> = sitting
        .iter()
        .copied()
        .filter(|&k| {
            port_sized(k) && ended[k] && !labelled[k] && !look(k).like_any(&nodes) && !cornered(k)
        })
        .collect();
    // Ports no stroke ends on, drawn like those found: a node's every side
    // has its port, used or not.
    let ports: foldhash::HashSet<Look> = found.iter().map(|&k| look(k)).collect();
    found.extend(
        sitting
            .iter()
            .copied()
            .filter(|&k| port_sized(k) && !ended[k] && !labelled[k] && look(k).like_any(&ports)),
    );
    // Other marks on a rim that no stroke ends on, drawn unlike the nodes
    // and the ports, decorate their node (the arrow on PlantUML's
    // `control` circle, a badge on a box's corner).
    let marks: Vec<usize> = sitting
        .iter()
        .copied()
        .filter(|&k| {
            !ended[k] && !labelled[k] && !look(k).like_any(&nodes) && !look(k).like_any(&ports)
        })
        .collect();
    Ok(settle(d, role, cand, &owner, (&found, &marks), evidence))
}

/// For each candidate: it sits on (see `owner`) a closed path drawn
/// straight through its corners, centred on one of them (within a fifth
/// of its radius).
fn on_corners(d: &Drawing, cand: &[usize], placed: &[Placed], owner: &[Owner]) -> Vec<bool> {
    let mut corners: foldhash::HashMap<usize, &[kurbo::Point]> = foldhash::HashMap::default();
    for pl in d.polylines.iter().filter(|pl| pl.closed) {
        let (start, len) = (pl.start as usize, pl.len as usize);
        if let Some(points) = d.corners.get(start..start + len) {
            corners.insert(pl.shape as usize, points);
        }
    }
    (0..cand.len())
        .map(|k| {
            let Some((big, _)) = owner[k] else { return false };
            let (c, r) = (placed[k].center, placed[k].outline.equal_area_radius());
            corners.get(&cand[big]).is_some_and(|ps| ps.iter().any(|p| p.distance(c) <= 0.2 * r))
        })
        .collect()
}

/// Makes the `found` candidates ports and the `marks` decorations of the
/// nodes they sit on (`owner`); true when any role changed.
fn settle(
    d: &Drawing,
    role: &mut [Role],
    cand: &[usize],
    owner: &[Owner],
    (found, marks): (&[usize], &[usize]),
    evidence: &mut super::Evidence,
) -> bool {
    // A box the drawing marks as a cluster is a container (see
    // `containment`): what sits on its rim is no port or mark of it.
    let clusters = cluster_marks(d);
    let mut changed = false;
    for &k in found {
        let Some((big, _)) = owner[k] else { continue };
        if role[cand[big]] == Role::Node && !clusters[cand[big]] {
            role[cand[k]] = Role::Port(cand[big] as u32);
            *evidence
                .entry("port: a small shape on a node's rim that strokes end on")
                .or_default() += 1;
            changed = true;
        }
    }
    for &k in marks {
        let Some((big, _)) = owner[k] else { continue };
        if role[cand[big]] == Role::Node && role[cand[k]] == Role::Node && !clusters[cand[big]] {
            role[cand[k]] = Role::Decoration;
            *evidence.entry("a small mark on a node's rim that no stroke ends on").or_default() +=
                1;
            changed = true;
        }
    }
    changed
}

/// Whether the small shape `s` sits on the rim of `o`, and if so how far
/// its centre lies from that rim: it straddles the rim (its centre on or
/// near it), or lies against it from outside along a side (flush, as a
/// square port does), not touching it with a corner only (as an
/// arrowhead's tip does) and not mostly inside (a decoration in a
/// corner).
fn sits_on(s: &Placed, o: &Placed) -> Option<f64> {
    let rim = o.center + nearest_rim(o, s.center).0;
    let off = s.center - rim;
    let dist = off.hypot();
    if !dist.is_finite() {
        return None;
    }
    if dist == 0.0 {
        return Some(0.0);
    }
    let inside = touch(o.center, &o.outline, s.center, 0.0).is_some();
    // Towards the rim from the shape's centre.
    let n = if inside { off / dist } else { -off / dist };
    let reach = s.outline.rim_distance(n);
    let sized = reach > 0.0;
    if !sized || dist > reach * 1.05 {
        return None;
    }
    if dist <= 0.5 * reach {
        return Some(dist);
    }
    (!inside && flush(&s.outline, n, reach)).then_some(dist)
}

/// Whether `s` meets a line across direction `n` (a unit vector) at
/// distance `reach` from its centre along a side or a round, not with a
/// corner: its rim half a radian either side of `n` reaches nearly as far
/// along `n` (a square's side, a circle) rather than falling back (a
/// triangle's tip, a diamond's corner).
fn flush(s: &Outline, n: Vec2, reach: f64) -> bool {
    let (sin, cos) = 0.5f64.sin_cos();
    [
        Vec2::new(n.x * cos - n.y * sin, n.x * sin + n.y * cos),
        Vec2::new(n.x * cos + n.y * sin, -n.x * sin + n.y * cos),
    ]
    .into_iter()
    .all(|u| s.rim_distance(u) * cos >= 0.8 * reach)
}

/// How far the small shape `s`, sitting on `o`'s rim, reaches from its
/// centre along that rim (the larger of the two ways).
fn along_rim(s: &Placed, o: &Placed) -> f64 {
    let t = nearest_rim(o, s.center).1;
    if t == Vec2::ZERO {
        let (hx, hy) = s.outline.half_extents();
        return hx.max(hy);
    }
    s.outline.rim_distance(t).max(s.outline.rim_distance(-t))
}

/// The point of `o`'s rim nearest `p`, relative to `o`'s centre (for a
/// circle or an ellipse, the rim's point towards `p`), and the rim's
/// direction there (a unit vector; zero where `p` is `o`'s centre).
fn nearest_rim(o: &Placed, p: Point) -> (Vec2, Vec2) {
    let v = p - o.center;
    let unit = |u: Vec2| {
        let len = u.hypot();
        if len > 0.0 { u / len } else { Vec2::ZERO }
    };
    match &o.outline {
        Outline::Polygon(poly) => {
            let pts = &poly.points;
            let mut best = (f64::INFINITY, v, Vec2::ZERO);
            for (k, &a) in pts.iter().enumerate() {
                let b = pts[(k + 1) % pts.len()];
                let ab = b - a;
                let len2 = ab.hypot2();
                let t = if len2 > 0.0 { ((v - a).dot(ab) / len2).clamp(0.0, 1.0) } else { 0.0 };
                let q = a + ab * t;
                let d2 = (v - q).hypot2();
                if d2 < best.0 {
                    best = (d2, q, ab);
                }
            }
            (best.1, unit(best.2))
        }
        other => {
            let len = v.hypot();
            let at = if len > 0.0 { v / len * other.rim_distance(v) } else { v };
            (at, unit(Vec2::new(-v.y, v.x)))
        }
    }
}

/// The most a ring strung off a node lies from it, past its own far rim,
/// in its radii (crow's-foot notation sets its foot between the two).
const STRUNG_GAP: f64 = 3.0;

/// Rings strung on a line's end short of a node (crow's-foot notation's
/// "zero": PlantUML's Information Engineering ends, a ring between the
/// line and the foot or bar at the entity): a small unfilled round
/// candidate (under [`AREA_SHARE`] of the node's area) that a stroke's
/// end reaches on its rim, with a node ahead on the way from the end
/// through its centre (however the stroke comes in: PlantUML's
/// self-loops leave the ring sideways) within [`STRUNG_GAP`] radii of
/// its far rim, and another stroke bridging the gap (from within the
/// ring or past it, on the line, to the node's rim), is a port of that
/// node: the line ends on the node. A node of its own so close to
/// another, an edge of a hair between them, would leave the drawing
/// ambiguous to any reader; a filled one stays a node (nodes of many
/// sizes crowd a small one against a large one). True when any role
/// changed.
pub(crate) fn strung(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    evidence: &mut super::Evidence,
) -> io::Result<bool> {
    let area: Vec<f64> = placed.iter().map(|p| p.outline.area()).collect();
    let largest = area.iter().copied().fold(0.0, f64::max);
    let ring: Vec<bool> = (0..cand.len())
        .map(|k| {
            role[cand[k]] == Role::Node
                && !d.nodes[cand[k]].filled
                && area[k] < AREA_SHARE * largest
                && round(&placed[k])
        })
        .collect();
    if !ring.contains(&true) {
        return Ok(false);
    }
    // Ends on a ring's rim (not its centre): (ring, the way on from the
    // end through the centre).
    let mut arriving: Vec<(usize, Vec2)> = Vec::new();
    let (mut ends, mut found) = (Vec::new(), Vec::new());
    let mut first = 0;
    d.edges.for_each_chunk(|chunk| {
        ends.clear();
        for (j, e) in chunk.iter().enumerate() {
            if d.edges.withdrawn(first + j) {
                continue;
            }
            ends.extend([e.a, e.b]);
        }
        first += chunk.len();
        found.clear();
        found.resize(ends.len(), None);
        index.find_each(placed, &ends, &mut found);
        for (&p, k) in ends.iter().zip(&found) {
            let Some(k) = k.map(|k| k as usize).filter(|&k| ring[k]) else { continue };
            let r = placed[k].outline.equal_area_radius();
            let v = placed[k].center - p;
            if v.hypot() >= 0.5 * r {
                arriving.push((k, v / v.hypot()));
            }
        }
        io::Result::Ok(())
    })?;
    // The node ahead of each: (ring, node, heading, how far past the ring).
    let ahead: Vec<(usize, usize, Vec2, f64)> = arriving
        .into_iter()
        .filter_map(|(k, u)| {
            let (c, r) = (placed[k].center, placed[k].outline.equal_area_radius());
            // (Entered from outside: a background or a frame round the
            // ring is no node ahead of it.)
            let around = |i: u32| {
                let o = &placed[i as usize];
                i as usize == k || touch(o.center, &o.outline, c, 0.0).is_some()
            };
            let (n, t) = index.first_along(placed, c + u * r, u, STRUNG_GAP * r, around)?;
            let n = n as usize;
            (role[cand[n]] == Role::Node && area[k] < AREA_SHARE * area[n]).then_some((k, n, u, t))
        })
        .collect();
    if ahead.is_empty() {
        return Ok(false);
    }
    let bridged = bridged(d, placed, &ahead)?;
    let mut changed = false;
    for (&(k, n, _, _), _) in ahead.iter().zip(&bridged).filter(|(_, b)| **b) {
        if role[cand[k]] == Role::Node {
            role[cand[k]] = Role::Port(cand[n] as u32);
            let why = "port: a ring strung on a line's end just short of a node, a stroke bridging the gap";
            *evidence.entry(why).or_default() += 1;
            changed = true;
        }
    }
    Ok(changed)
}

/// For each ring found `ahead` of a node (see [`strung`]): whether a
/// stroke bridges the gap between them, an end on the node's rim, the
/// other on the line between the ring's centre and the node.
fn bridged(
    d: &Drawing,
    placed: &[Placed],
    ahead: &[(usize, usize, Vec2, f64)],
) -> io::Result<Vec<bool>> {
    // (The rings by the cell of their centres, cells as large as any
    // ring's reach: an end looks in its cell and those around it.)
    let cell = ahead
        .iter()
        .map(|&(k, _, _, t)| 2.0 * placed[k].outline.equal_area_radius() + t)
        .fold(0.0, f64::max);
    if !(cell > 0.0 && cell.is_finite()) {
        return Ok(vec![false; ahead.len()]);
    }
    #[allow(clippy::cast_possible_truncation)] // cells of a finite drawing
    let key = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: foldhash::HashMap<(i64, i64), Vec<usize>> = foldhash::HashMap::default();
    for (m, &(k, ..)) in ahead.iter().enumerate() {
        grid.entry(key(placed[k].center)).or_default().push(m);
    }
    let mut bridged = vec![false; ahead.len()];
    let mut first = 0;
    d.edges.for_each_chunk(|chunk| {
        for (j, e) in chunk.iter().enumerate() {
            if d.edges.withdrawn(first + j) {
                continue;
            }
            for (q, o) in [(e.a, e.b), (e.b, e.a)] {
                let (cx, cy) = key(q);
                for c in (cx - 1..=cx + 1).flat_map(|x| (cy - 1..=cy + 1).map(move |y| (x, y))) {
                    for &m in grid.get(&c).map_or(&[][..], Vec::as_slice) {
                        let (k, n, u, t) = ahead[m];
                        let (c, r) = (placed[k].center, placed[k].outline.equal_area_radius());
                        let v = q - c;
                        let w = o - placed[n].center;
                        bridged[m] |= v.cross(u).abs() <= r
                            && (-0.5 * r..=r + t).contains(&v.dot(u))
                            && (w.hypot() - placed[n].outline.rim_distance(w)).abs() <= 0.5 * r;
                    }
                }
            }
        }
        first += chunk.len();
        io::Result::Ok(())
    })?;
    Ok(bridged)
}

/// Whether `p` is round: its box square to a tenth, and filled as a disc
/// fills it.
fn round(p: &Placed) -> bool {
    let (hx, hy) = p.outline.half_extents();
    let fill = p.outline.area() / (4.0 * hx * hy);
    hx > 0.0 && hy > 0.0 && hx.max(hy) <= 1.1 * hx.min(hy) && (0.74..0.83).contains(&fill)
}
