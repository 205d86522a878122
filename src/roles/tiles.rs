//! Areas painted in pieces: boxes of one paint with no outline, laid side
//! by side so that each shares a side with the next (`Graph::Easy` fills a
//! group cell by cell; a flattened drawing keeps the cells). Together they
//! paint one area, behind the nodes: no piece is a node. Nodes drawn apart
//! do not share sides, and an area made of one box is left to the rules
//! for containers and backgrounds. A piece drawn in a node's group was
//! taken for the node as its largest shape: the node is the largest of
//! the others.

use nonmax::NonMaxU32;

use super::{Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{Drawing, Index, NodeShape, at};
use crate::svg::style::paints_nothing;

/// A box fills at least this share of its bounding box (square cornered).
const SQUARE: f64 = 0.96;

/// How far two sides may lie apart and still be one, as a share of the
/// smaller box's smaller half side: converters round coordinates.
const SEAM: f64 = 0.02;

/// How much of the shorter of two sides they must share, at least: a
/// corner touching a corner is no shared side.
const SHARED: f64 = 0.5;

/// Makes decorations of the node candidates `cand` (shapes, ascending;
/// `placed` and `index` over them) that are pieces of one painted area.
/// Returns whether any role changed.
pub(crate) fn tiles(
    d: &Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> bool {
    let role = &mut roles.role;
    let piece: Vec<bool> = (0..cand.len())
        .map(|k| role[cand[k]] == Role::Node && is_piece(d, &d.nodes[cand[k]], &placed[k]))
        .collect();
    if piece.iter().filter(|&&p| p).count() < 2 {
        return false;
    }
    let mut tiled = vec![false; cand.len()];
    index.overlapping(|i, j| {
        let (i, j) = (i as usize, j as usize);
        if !(piece[i] && piece[j]) || (tiled[i] && tiled[j]) {
            return;
        }
        let (s, t) = (&d.nodes[cand[i]], &d.nodes[cand[j]]);
        if s.fill == t.fill && s.opacity == t.opacity && share_a_side(&placed[i], &placed[j]) {
            tiled[i] = true;
            tiled[j] = true;
        }
    });
    let mut bereft = Vec::new();
    for k in (0..cand.len()).filter(|&k| tiled[k]) {
        let s = &d.nodes[cand[k]];
        role[cand[k]] = Role::Decoration;
        let why = "a piece of one area: sides shared with boxes painted alike";
        *roles.evidence.entry(why).or_default() += 1;
        if let Some(&Some(g)) = at(&roles.node_group, s.group) {
            bereft.push(g);
        }
    }
    if !bereft.is_empty() {
        bereft.sort_unstable();
        bereft.dedup();
        let pieces: Vec<usize> = (0..cand.len()).filter(|&k| tiled[k]).map(|k| cand[k]).collect();
        hand_over(d, (role, &roles.node_group), &bereft, &pieces);
    }
    tiled.contains(&true)
}

/// Makes the largest shape set aside in each node group of `bereft`
/// (ascending; its node was one of the `pieces`, ascending) the node.
fn hand_over(
    d: &Drawing,
    (role, node_group): (&mut [Role], &[Index]),
    bereft: &[NonMaxU32],
    pieces: &[usize],
) {
    let mut best: foldhash::HashMap<NonMaxU32, usize> = foldhash::HashMap::default();
    for (i, s) in d.nodes.iter().enumerate() {
        let Some(&Some(g)) = at(node_group, s.group) else { continue };
        if role[i] != Role::Decoration || !s.selected || pieces.binary_search(&i).is_ok() {
            continue;
        }
        if bereft.binary_search(&g).is_ok() {
            let e = best.entry(g).or_insert(i);
            if d.nodes[*e].outline.area() < s.outline.area() {
                *e = i;
            }
        }
    }
    for i in best.into_values() {
        role[i] = Role::Node;
    }
}
/// Whether shape `s` (placed as `p`) is a square-cornered box, filled,
/// with no outline.
fn is_piece(d: &Drawing, s: &NodeShape, p: &Placed) -> bool {
    let (hx, hy) = p.outline.half_extents();
    s.filled
        && hx > 0.0
        && hy > 0.0
        && p.outline.area() >= SQUARE * 4.0 * hx * hy
        && paints_nothing(d.strings.resolve(s.stroke))
}

/// Whether boxes `a` and `b` lie side by side, sharing (most of) a side,
/// their insides apart.
fn share_a_side(a: &Placed, b: &Placed) -> bool {
    let (ha, hb) = (a.outline.half_extents(), b.outline.half_extents());
    let seam = SEAM * ha.0.min(ha.1).min(hb.0).min(hb.1);
    let (dx, dy) = ((a.center.x - b.center.x).abs(), (a.center.y - b.center.y).abs());
    // Gap between the boxes along each axis (negative: they overlap so).
    let (gap_x, gap_y) = (dx - ha.0 - hb.0, dy - ha.1 - hb.1);
    let shares = |gap: f64, across: f64, (sa, sb): (f64, f64)| {
        gap.abs() <= seam && -across >= SHARED * 2.0 * sa.min(sb)
    };
    shares(gap_x, gap_y, (ha.1, hb.1)) || shares(gap_y, gap_x, (ha.0, hb.0))
}
