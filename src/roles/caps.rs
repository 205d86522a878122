//! Edge ends drawn as strokes of their own: an open V (a head drawn as two
//! strokes meeting at its tip, as matplotlib's `->` is), a bar across the
//! end (a tee) or a bracket. Each caps one stroke's end where it reaches a
//! node. It is no edge, and a V sets its stroke's direction.

use std::io;

use kurbo::{Point, Vec2};
use rstar::{AABB, Envelope, RTree};

use super::{Boxed, Roles};
use crate::geom::spatial::{self, NodeIndex, Placed};
use crate::model::{Drawing, Head};

/// A short stroke that may cap another's end: its middle at the end, its
/// two ends off to either side.
struct Cap {
    k: u32,
    /// The second stroke of a V drawn as two, its arms (the first is `k`).
    arm: Option<u32>,
    a: Point,
    b: Point,
    mid: Point,
    /// How far its ends reach from its middle.
    size: f64,
    /// How far its middle may lie from the end it caps.
    slack: f64,
    /// Where the element that draws it starts, its strokes' (line,
    /// column), where one element draws it: a cap drawn in one path with
    /// its shaft is that shaft's.
    at: Option<(u32, u32)>,
    /// Whether its ends lie off every node by more than the tolerance
    /// without its share of their sizes (a loop's lie on its node's rim):
    /// it may cross its stroke short of the end.
    off_nodes: bool,
}

/// What a cap is, seen from the stroke end it caps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// An open head: its two ends behind the end, on either side.
    Head,
    /// A bar or bracket: its two ends across the end, on either side.
    Bar,
}

/// A cap found on a stroke's end: `(cap, stroke, at_b, kind, (short,
/// apart), middle)`, where `cap` indexes the caps, `short` says it crosses
/// the stroke short of the end, `apart` how far apart the two are drawn in
/// the document (a cap at an end wins, then the nearer) and `middle` the
/// cap's (a head's tip).
type Hit = (u32, u32, bool, Kind, (bool, u32), Point);

/// How far short of the end it caps a cap may cross its stroke, in the
/// cap's sizes (its ends' reach from its middle).
const STANDS_BACK: f64 = 2.0;

/// The most short strokes looked at round one end for its cap.
const MAX_AT_END: usize = 64;

/// Finds the strokes that cap other strokes' ends at nodes (of the
/// candidates `cand`, placed as `placed`, indexed by `index`): they join
/// `roles.caps`, and an open V becomes its stroke's head; a small shape
/// within the V is part of it. Returns whether any shape's role changed.
pub(crate) fn stroke_caps(
    d: &Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<bool> {
    if placed.is_empty() || d.edges.len() < 2 {
        return Ok(false);
    }
    // (Paths split at nodes and pieces joined into runs are no strokes
    // of their own.)
    let mut replaced: Vec<u32> = roles.split.iter().chain(&roles.joined).copied().collect();
    replaced.sort_unstable();
    let (mut caps, typical) = short_strokes(d, &replaced, placed, index)?;
    // (A stroke with a head at each end is an edge, no other's cap: a
    // loop drawn round the end of a shaft, its heads on the node.)
    caps.retain(|c| {
        std::iter::once(c.k).chain(c.arm).all(|k| Head::of(&roles.heads, k).count() < 2)
    });
    if caps.is_empty() {
        return Ok(false);
    }
    let tree = RTree::bulk_load(
        caps.iter()
            .enumerate()
            .map(|(i, c)| {
                let r = c.slack + STANDS_BACK * c.size;
                Boxed::around(i, c.mid, (r, r))
            })
            .collect(),
    );
    let all = tree.root().envelope();
    // (An end may stop short of the node it points at, as far as the
    // matcher allows a head at its default tolerance (twice the typical
    // radius): Graph::Easy ends edges into a group at the group's border.)
    let reach = 2.0 * typical;
    let at_node = |p: Point, tip: Point, dir: Vec2| {
        !index.all_touching(placed, p).is_empty()
            || index.in_box_of(placed, p).is_some()
            || index
                .pointed_at(
                    placed,
                    (tip, dir),
                    reach,
                    |_| false,
                    |o, off| spatial::stop_short(o, off, true),
                )
                .is_some()
    };
    let mut hits: Vec<Hit> = Vec::new();
    d.edges.for_each(|j, e| {
        let j = j as u32;
        if !replaced.is_empty() && replaced.binary_search(&j).is_ok() {
            return;
        }
        let reach = (e.b - e.a).hypot().max((e.shape(&d.extras).far - e.a).hypot());
        // (A wide line, or one drawn double, holds its cap off farther.)
        let shaft = d.edge_styles.list[e.style.0 as usize].line_width + roles.doubles.spread(j);
        for at_b in [false, true] {
            let p = if at_b { e.b } else { e.a };
            if !all.contains_point(&[p.x, p.y]) {
                continue;
            }
            // (An end meets a cap or two: thousands of strokes drawn over
            // one another there are not weighed one by one. The nearest are,
            // so that caps short of ends round a hub do not crowd out the
            // one on this end.)
            let mut near: Vec<usize> = tree
                .locate_in_envelope_intersecting(AABB::from_point([p.x, p.y]))
                .take(4 * MAX_AT_END)
                .map(|b| b.0)
                .collect();
            near.sort_by(|&x, &y| (caps[x].mid - p).hypot().total_cmp(&(caps[y].mid - p).hypot()));
            for &b in near.iter().take(MAX_AT_END) {
                let c = &caps[b];
                // (A cap is small beside its shaft; a head drawn in one
                // path with it, as holoviews draws one on a short edge, is
                // no longer than it.)
                let with_shaft = c.at == Some((e.line, e.column));
                let small = c.size <= 0.6 * reach;
                if c.k == j || c.arm == Some(j) || !(small || with_shaft && c.size <= reach) {
                    continue;
                }
                let arriving = e.arriving(&d.extras, at_b);
                if let Some((kind, short)) = kind(c, p, arriving, shaft)
                    && (small || kind == Kind::Head)
                    && at_node(p, c.mid, arriving)
                {
                    hits.push((b as u32, j, at_b, kind, (short, c.k.abs_diff(j)), c.mid));
                }
            }
        }
    })?;
    // Each cap caps one stroke: one whose end it sits on before one it
    // crosses short of its end, then the one drawn nearest it in the
    // document (a reciprocal pair's shafts may share the end it sits on).
    hits.sort_unstable_by_key(|&(c, j, _, _, apart, _)| (c, apart, j));
    hits.dedup_by_key(|h| h.0);
    // A stroke is one cap's at most: a V's arm, or a cap of its own.
    let mut used: foldhash::HashSet<u32> = foldhash::HashSet::default();
    hits.retain(|h| {
        let c = &caps[h.0 as usize];
        let free = !used.contains(&c.k) && c.arm.is_none_or(|a| !used.contains(&a));
        if free {
            used.extend(std::iter::once(c.k).chain(c.arm));
        }
        free
    });
    // A cap caps strokes; it is capped by none.
    hits.retain(|h| !used.contains(&h.1));
    if hits.is_empty() {
        return Ok(false);
    }
    let inside = settle(roles, (&caps, &hits), (cand, placed, index));
    Ok(inside > 0)
}

/// Records the caps `hits` (of `caps`) found on strokes' ends in `roles`:
/// the strokes are caps, an open V its stroke's head, and a small shape
/// within the V (of the candidates `cand`, placed as `placed`, indexed by
/// `index`) part of it. Returns how many such shapes there were.
fn settle(
    roles: &mut Roles,
    (caps, hits): (&[Cap], &[Hit]),
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> u64 {
    let mut inside = 0;
    for &(c, j, at_b, kind, _, tip) in hits {
        let c = &caps[c as usize];
        roles.caps.extend(std::iter::once(c.k).chain(c.arm));
        let what = match kind {
            Kind::Head => {
                roles.heads.push((j, Head { at_b, tip, points: true }));
                for k in index.all_touching(placed, tip) {
                    let k = k as usize;
                    if within_v(c, &placed[k]) {
                        roles.role[cand[k]] = super::Role::Decoration;
                        inside += 1;
                    }
                }
                "head: an open V of strokes capping a stroke's end at a node"
            }
            Kind::Bar => "edge end: a bar or bracket capping a stroke's end at a node",
        };
        *roles.evidence.entry(what).or_default() += 1;
    }
    roles.caps.sort_unstable();
    roles.caps.dedup();
    // (A bar capping an end on a container's rim lies on that rim at both
    // ends: a cap, not the container's line.)
    let caps = &roles.caps;
    roles.container_lines.retain(|k| caps.binary_search(k).is_err());
    roles.heads.sort_by_key(|(e, h)| (*e, h.at_b));
    roles.heads.dedup_by_key(|(e, h)| (*e, h.at_b));
    if inside > 0 {
        *roles.evidence.entry("part of a head: a small shape within an open V").or_default() +=
            inside;
    }
    inside
}

/// Whether shape `s`, touching the tip of the open V `c`, lies within it:
/// its centre inside the triangle of the V's tip and arms' ends, behind
/// the tip by a fifth of the V's depth at least (a node the V points at,
/// its centre at the tip, is no part of it), and no larger than half the
/// V (`Graph::Easy`'s bold head fills its V with a smaller triangle).
fn within_v(c: &Cap, s: &Placed) -> bool {
    let (hx, hy) = s.outline.half_extents();
    if hx.max(hy) > 0.5 * c.size {
        return false;
    }
    let p = s.center;
    let back = c.a.midpoint(c.b) - c.mid;
    let depth = back.hypot();
    if depth.is_nan() || depth <= 0.0 || (p - c.mid).dot(back) / depth < 0.2 * depth {
        return false;
    }
    let side = |u: Point, v: Point| (v - u).cross(p - u);
    let (x, y, z) = (side(c.mid, c.a), side(c.a, c.b), side(c.b, c.mid));
    (x > 0.0 && y > 0.0 && z > 0.0) || (x < 0.0 && y < 0.0 && z < 0.0)
}

/// The strokes that may cap another's end: short beside the nodes (no
/// longer than a typical node is wide, either side of the middle), their
/// middle well apart from their ends, and not joining two nodes (a short
/// edge between close nodes does); and that typical node's radius.
fn short_strokes(
    d: &Drawing,
    split: &[u32],
    placed: &[Placed],
    index: &NodeIndex,
) -> io::Result<(Vec<Cap>, f64)> {
    let typical = typical_radius(d, placed, index)?;
    let widths: Vec<f64> = d.edge_styles.list.iter().map(|s| s.line_width).collect();
    let tol = index.tolerance();
    let mut out = Vec::new();
    // The stroke before, where it is a short straight line: with this one,
    // the arms of a V drawn as two lines meeting at its tip (Graph::Easy's
    // open heads).
    // (And the shapes its ends join, where they join two.)
    let mut before: Option<(Arm, Option<Joins>, (u32, u32))> = None;
    d.edges.for_each(|k, e| {
        let x = e.shape(&d.extras);
        let (ra, rb) = ((e.a - x.mid).hypot(), (e.b - x.mid).hypot());
        let size = ra.max(rb);
        let arm = before.take();
        if !split.is_empty() && split.binary_search(&(k as u32)).is_ok() {
            return;
        }
        if !(size > 0.0 && size <= 2.0 * typical && ra.min(rb) >= 0.25 * size) {
            return;
        }
        let mut on_a = index.all_touching(placed, e.a);
        let mut on_b = index.all_touching(placed, e.b);
        let joins = !on_a.is_empty() && !on_b.is_empty() && !on_a.iter().any(|n| on_b.contains(n));
        let joins = joins.then(|| {
            on_a.sort_unstable();
            on_b.sort_unstable();
            if on_a <= on_b { (on_a, on_b) } else { (on_b, on_a) }
        });
        let width = widths.get(e.style.0 as usize).copied().unwrap_or(1.0);
        // (A sketched arm, a curve bowing less than a tenth of its length
        // off its chord, is as straight as a hand draws.)
        let chord = e.b - e.a;
        let bows_little = || (x.mid - e.a).cross(chord).abs() <= 0.1 * chord.hypot2();
        let straight = e.extra.is_none() || (x.far == e.b && chord.hypot2() > 0.0 && bows_little());
        if straight {
            // (Short edges joining close nodes, drawn one after the other,
            // are no V; two arms joining the same two shapes are one: a
            // crow's foot from the ring before it to the node.)
            let this = (k as u32, e.a, e.b, width);
            if let Some((arm, arm_joins, arm_at)) = arm
                && arm_joins == joins
                && let Some(v) = v_of(arm, this)
            {
                // (Two arms of one element draw it; else, no one does.)
                out.push(Cap { at: (arm_at == (e.line, e.column)).then_some(arm_at), ..v });
            }
            before = Some((this, joins.clone(), (e.line, e.column)));
        }
        if joins.is_some() {
            return;
        }
        out.push(Cap {
            k: k as u32,
            arm: None,
            a: e.a,
            b: e.b,
            mid: x.mid,
            size,
            slack: (2.0 * width).max(0.2 * size),
            at: Some((e.line, e.column)),
            off_nodes: !index.on_some(placed, e.a, tol) && !index.on_some(placed, e.b, tol),
        });
    })?;
    Ok((out, typical))
}

/// How many strokes' ends are looked at for the typical node's size.
const SAMPLED_STROKES: usize = 1024;

/// The median radius of the shapes that strokes end on (of a sample of
/// strokes spread over the drawing), else of all shapes: glyphs drawn as
/// shapes (a PDF converter's, one per letter) outnumber the nodes, and no
/// stroke ends on them.
fn typical_radius(d: &Drawing, placed: &[Placed], index: &NodeIndex) -> io::Result<f64> {
    let median = |mut radii: Vec<f64>| {
        let mid = radii.len() / 2;
        *radii.select_nth_unstable_by(mid, f64::total_cmp).1
    };
    let n = d.edges.len();
    let step = n.div_ceil(SAMPLED_STROKES).max(1);
    let mut ended = vec![false; placed.len()];
    for k in (0..n).step_by(step) {
        if let Some(e) = d.edges.get(k)? {
            for t in
                index.all_touching(placed, e.a).into_iter().chain(index.all_touching(placed, e.b))
            {
                ended[t as usize] = true;
            }
        }
    }
    let on: Vec<f64> = (0..placed.len())
        .filter(|&k| ended[k])
        .map(|k| placed[k].outline.equal_area_radius())
        .collect();
    Ok(if on.is_empty() {
        median(placed.iter().map(|p| p.outline.equal_area_radius()).collect())
    } else {
        median(on)
    })
}

/// The shapes a short stroke's two ends join, each end's sorted, the
/// pair in order.
type Joins = (Vec<u32>, Vec<u32>);

/// A short straight stroke that may be a V's arm: `(stroke, a, b, width)`.
type Arm = (u32, Point, Point, f64);

/// The V two short straight lines `(stroke, a, b, width)` drawn one after
/// the other make where they meet end to end (within the larger width) at
/// its tip, off to two different points.
fn v_of(first: Arm, second: Arm) -> Option<Cap> {
    let (k, a0, b0, w0) = first;
    let (arm, a1, b1, w1) = second;
    let width = w0.max(w1);
    let (tip, a, b) = [(b0, a1, a0, b1), (b0, b1, a0, a1), (a0, a1, b0, b1), (a0, b1, b0, a1)]
        .into_iter()
        .find(|(p, q, _, _)| (*p - *q).hypot() <= width)
        .map(|(p, _, a, b)| (p, a, b))?;
    let size = (a - tip).hypot().max((b - tip).hypot());
    let near = (a - tip).hypot().min((b - tip).hypot());
    // (A V's tip may stand off its shaft's end by two widths, as
    // Graph::Easy leaves it, and a converter's rounding a hair more.)
    (near >= 0.5 * size && (a - b).hypot() > 2.0 * width).then_some(Cap {
        k,
        arm: Some(arm),
        a,
        b,
        mid: tip,
        size,
        slack: (2.5 * width).max(0.2 * size),
        at: None,
        off_nodes: false,
    })
}

/// What cap `c` is on a stroke's end at `p`, reached along `u`: its
/// middle at the end or on the stroke a little short of it (Graphviz's
/// `curve` and the bars of ER notations cross the line before the node),
/// its two ends on either side of the stroke's line, well out from it,
/// and either both behind its middle (a head) or both across it or ahead
/// of it (a bar or bracket). A cap at the end opening forward would reach
/// into the node; short of it, it is a bracket.
/// Says too whether it crosses the stroke short of the end. Its middle
/// may stand off the end by its slack, or by two and a half times the
/// stroke's width `shaft` (the reach of its ink, both lines of a double
/// line).
fn kind(c: &Cap, p: Point, u: Vec2, shaft: f64) -> Option<(Kind, bool)> {
    let len = u.hypot();
    if len.is_nan() || len <= 0.0 {
        return None;
    }
    let u: Vec2 = u / len;
    let to_mid = c.mid - p;
    // (A foot's tip stands short of the end: a cap on the end wins.)
    if c.arm.is_some() && foot(c, p, u) {
        return Some((Kind::Bar, true));
    }
    let at = if to_mid.hypot() <= c.slack.max(2.5 * shaft) {
        p
    } else {
        // (Short of the end, along the line, and on it, clear of the
        // nodes.)
        let along = u.dot(to_mid);
        let short = -along > 0.0 && -along <= STANDS_BACK * c.size;
        if !c.off_nodes || !short || u.cross(to_mid).abs() > c.slack {
            return None;
        }
        p + along * u
    };
    let (va, vb) = (c.a - at, c.b - at);
    let (la, lb) = (u.cross(va), u.cross(vb));
    let (ba, bb) = (u.dot(va), u.dot(vb));
    let lateral = la.abs().min(lb.abs());
    let wide = la.abs().max(lb.abs());
    // (A mark short of the end is drawn across the line, alike on both
    // sides.)
    let short = at != p;
    if la * lb >= 0.0 || lateral < 0.25 * c.size || (short && lateral < 0.5 * wide) {
        return None;
    }
    let across = ba.abs() <= 0.5 * la.abs() && bb.abs() <= 0.5 * lb.abs();
    if ba < 0.0 && bb < 0.0 && (-ba).min(-bb) >= 0.5 * wide {
        Some((Kind::Head, short))
    } else if across || (short && ba > 0.0 && bb > 0.0) {
        Some((Kind::Bar, short))
    } else {
        None
    }
}

/// Whether the V `c` is a crow's foot on a stroke's end at `p`, reached
/// along `u` (of unit length): its tip on the line short of the end (by a
/// quarter of its size to [`STANDS_BACK`] of its sizes), its arms opening
/// forward to the end or past it (to its slack), on either side, well out
/// from the line (ER notations' "many", as d2 and Mermaid draw it).
fn foot(c: &Cap, p: Point, u: Vec2) -> bool {
    let to_mid = c.mid - p;
    let along = u.dot(to_mid);
    if -along < 0.25 * c.size || -along > STANDS_BACK * c.size || u.cross(to_mid).abs() > c.slack {
        return false;
    }
    let (va, vb) = (c.a - p, c.b - p);
    let (la, lb) = (u.cross(va), u.cross(vb));
    la * lb < 0.0
        && u.dot(va) >= -c.slack
        && u.dot(vb) >= -c.slack
        && la.abs().min(lb.abs()) >= 0.25 * c.size
}
