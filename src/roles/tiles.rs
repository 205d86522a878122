//! Areas painted in pieces: boxes of one paint with no outline, laid side
//! by side so that each shares a side with the next (`Graph::Easy` fills a
//! group cell by cell; a flattened drawing keeps the cells). Together they
//! paint one area behind the nodes, holding a smaller shape: no piece is
//! a node. Nodes drawn apart do not share sides; boxes side by side that
//! hold nothing are nodes in a row, and an area made of one box is left
//! to the rules for containers and backgrounds. A table found before
//! (see [`super::tables`]) may be such an area's part. A piece drawn in a
//! node's group was taken for the node as its largest shape: the node is
//! the largest of the others.

use kurbo::Rect;
use nonmax::NonMaxU32;
use petgraph::unionfind::UnionFind;

use super::{Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{Drawing, Index, NodeShape, at};
use crate::svg::style::paints_nothing;

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
    // Pieces side by side, flush, one area; and the pieces holding the
    // centre of a smaller shape (a node on the area), or drawn in a node
    // group (the cell of the node drawn in it).
    let mut areas = UnionFind::<usize>::new(cand.len());
    let (mut joined, mut holds) = (vec![false; cand.len()], vec![false; cand.len()]);
    let whole = index.overlapping(|i, j| {
        let (i, j) = (i as usize, j as usize);
        for (p, o) in [(i, j), (j, i)] {
            if piece[p]
                && !piece[o]
                && placed[o].outline.area() < placed[p].outline.area()
                && rect(&placed[p]).contains(placed[o].center)
            {
                holds[p] = true;
            }
        }
        let (s, t) = (&d.nodes[cand[i]], &d.nodes[cand[j]]);
        if piece[i]
            && piece[j]
            && s.fill == t.fill
            && s.opacity == t.opacity
            && super::tables::abut(rect(&placed[i]), rect(&placed[j])) == Some(true)
        {
            areas.union(i, j);
            (joined[i], joined[j]) = (true, true);
        }
    });
    if !whole {
        super::unweighed(&mut roles.evidence);
    }
    let in_node_group =
        |k: usize| matches!(at(&roles.node_group, d.nodes[cand[k]].group), Some(Some(_)));
    let mut holding = vec![false; cand.len()];
    for k in (0..cand.len()).filter(|&k| holds[k] || (piece[k] && in_node_group(k))) {
        holding[areas.find(k)] = true;
    }
    let tiled: Vec<bool> = (0..cand.len()).map(|k| joined[k] && holding[areas.find(k)]).collect();
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
            // (Of two alike, the later: a shadow is drawn under its node.)
            if d.nodes[*e].outline.area() <= s.outline.area() {
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
    fill_only(d, s) && super::is_box(p.outline.area(), p.outline.half_extents())
}

/// Whether shape `s` is filled and has no outline.
pub(super) fn fill_only(d: &Drawing, s: &NodeShape) -> bool {
    s.filled && paints_nothing(d.strings.resolve(s.stroke))
}

/// The box of `p`.
fn rect(p: &Placed) -> Rect {
    p.outline.bounds_at(p.center)
}
