//! Shadows: a copy of a node's shape drawn under it, offset a little down
//! and aside (blockdiag, PlantUML's and Visio's drop shadows, drawn as
//! shapes of their own). The copy is no node. It is painted unlike its
//! node (darker, fainter, blurred), and a drawing offsets all its shadows
//! alike, which tells them from nodes that happen to overlap; a lone copy
//! counts where the drawing blurs it with a filter.
//!
//! Stacks: copies of a node painted alike, drawn one after another under
//! it, each offset from the next by one step (blockdiag's `stacked`, a
//! deck of cards). The copies under are no nodes; the node is the one on
//! top.

use kurbo::Vec2;

use super::Role;
use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::Drawing;

/// The most a shadow is offset from its node, as a share of the node's
/// smaller side: it peeks out from under it.
const OFFSET: f64 = 0.35;

/// The most a stacked copy is offset from the next, as a share of its
/// smaller side: a deck of cards, each all but hidden (blockdiag's step is
/// a fourteenth of a node's height). Nodes in a row, however tight, stand
/// further apart.
const STACK_STEP: f64 = 0.15;

/// The most copies of one shape, drawn over one another on the same
/// geometry in the same paint, that stay node candidates: several loops of
/// one vertex drawn as the same ring are each a loop, but thousands of
/// copies show one shape, and would be weighed pair by pair.
const MAX_COPIES: u32 = 8;

/// Makes decorations of the copies of a shape drawn over it, on the same
/// centre and outline in the same paint, past the first [`MAX_COPIES`]
/// (among the node candidates `cand`, as [`shadows`]). Returns whether any
/// role changed.
pub(crate) fn copies(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    evidence: &mut super::Evidence,
) -> bool {
    if index.shared_centres() <= MAX_COPIES as usize {
        return false;
    }
    let mut copies = vec![0u32; cand.len()];
    let mut found = 0;
    for (k, p) in placed.iter().enumerate() {
        let Some(first) = index.at_centre(placed, p.center).map(|f| f as usize) else { continue };
        let (s, o) = (&d.nodes[cand[k]], &d.nodes[cand[first]]);
        let alike = first != k
            && p.outline == placed[first].outline
            && (s.fill, s.stroke, s.opacity.to_bits()) == (o.fill, o.stroke, o.opacity.to_bits());
        if alike {
            copies[first] += 1;
            if copies[first] > MAX_COPIES {
                role[cand[k]] = Role::Decoration;
                found += 1;
            }
        }
    }
    if found > 0 {
        let why = "a copy drawn over the same shape in the same paint, past the eighth";
        *evidence.entry(why).or_default() += found;
    }
    found > 0
}

/// Makes decorations of the shadows and the copies stacked under a node
/// among the node candidates `cand` (shapes, ascending; `placed` and
/// `index` over them). Returns whether any role changed.
pub(crate) fn shadows(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    evidence: &mut super::Evidence,
) -> bool {
    let shadows = drop_shadows(d, role, (cand, placed, index), evidence);
    stacks(d, role, (cand, placed), evidence) || shadows
}

/// Makes decorations of the shadows among the node candidates `cand`, as
/// [`shadows`].
fn drop_shadows(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    evidence: &mut super::Evidence,
) -> bool {
    // (copy, node, offset): a candidate drawn before another of the same
    // kind and size, offset by under [`OFFSET`] of its smaller side.
    let mut pairs: Vec<(usize, usize, Vec2)> = Vec::new();
    let whole = index.overlapping(|i, j| {
        let (i, j) = (i as usize, j as usize);
        let (under, over) = if cand[i] < cand[j] { (i, j) } else { (j, i) };
        if role[cand[under]] != Role::Node || role[cand[over]] != Role::Node {
            return;
        }
        let (s, o) = (&d.nodes[cand[under]], &d.nodes[cand[over]]);
        let (a, b) = (placed[under].outline.area(), placed[over].outline.area());
        // (A shadow is painted unlike its node, or fainter: nodes drawn
        // alike that overlap in a crowded layout are no shadows.)
        let unlike =
            s.fill != o.fill || s.stroke != o.stroke || s.opacity < o.opacity || s.filtered;
        if unlike
            && (a - b).abs() <= 0.03 * a.max(b)
            && let Some(v) = offset_copy(d, (cand, placed), (under, over), 1.0)
        {
            pairs.push((under, over, v));
        }
    });
    if !whole {
        super::unweighed(evidence);
    }
    if pairs.is_empty() {
        return false;
    }
    pairs.sort_unstable_by_key(|p| (p.0, p.1));
    pairs.dedup_by_key(|p| (p.0, p.1));
    // Only copies that peek out from under their nodes set the offset; a
    // small node's shadow, offset as much, may lie further out.
    let near = |(_, o, v): (usize, usize, Vec2)| {
        let h = placed[o].outline.half_extents();
        v.hypot() <= OFFSET * 2.0 * h.0.min(h.1)
    };
    // Offsets alike to rounding: in one cell of a grid a hundredth of the
    // smallest node's side, or a neighbouring one.
    // (Of the copies that peek out: far pairs of small shapes would make
    // the cells too fine.)
    let mut sides: Vec<f64> = pairs
        .iter()
        .filter(|&&p| near(p))
        .map(|&(_, o, _)| {
            let h = placed[o].outline.half_extents();
            2.0 * h.0.min(h.1)
        })
        .collect();
    sides.sort_by(f64::total_cmp);
    let Some(&smallest) = sides.first() else { return false };
    let q = 0.01 * smallest;
    if !(q > 0.0 && q.is_finite()) {
        return false;
    }
    #[allow(clippy::cast_possible_truncation)] // saturating: cells far out merge
    let cell = |v: Vec2| ((v.x / q).round() as i64, (v.y / q).round() as i64);
    let mut counts: foldhash::HashMap<(i64, i64), u32> = foldhash::HashMap::default();
    for &(_, _, v) in pairs.iter().filter(|&&p| near(p)) {
        *counts.entry(cell(v)).or_default() += 1;
    }
    let shared = |v: Vec2, least: u32| {
        let (x, y) = cell(v);
        let mut n = 0;
        for dx in -1..=1 {
            for dy in -1..=1 {
                n += counts.get(&(x + dx, y + dy)).copied().unwrap_or(0);
            }
        }
        n >= least
    };
    let mut found: u64 = 0;
    for &(under, over, v) in &pairs {
        let (near, filtered) = (near((under, over, v)), d.nodes[cand[under]].filtered);
        let shadow = if near { shared(v, 2) || filtered } else { shared(v, 1) };
        if shadow && role[cand[under]] == Role::Node {
            role[cand[under]] = Role::Decoration;
            found += 1;
        }
    }
    if found > 0 {
        *evidence.entry("a shadow: a copy under a node, offset as the others").or_default() +=
            found;
    }
    found > 0
}

/// Makes decorations of the copies stacked under a node among the node
/// candidates `cand` (as [`shadows`]): two or more shapes before it, of
/// its kind and size and painted alike, each drawn right before the next
/// (no other node between them) and offset from it by one step, to a
/// fiftieth of their smaller side, of at most [`STACK_STEP`] of it. (Two
/// nodes alike may overlap by chance in a crowded layout; three offset
/// twice by one step are drawn so.) Returns whether any role changed.
fn stacks(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed): (&[usize], &[Placed]),
    evidence: &mut super::Evidence,
) -> bool {
    let nodes: Vec<usize> = (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node).collect();
    // The step from candidate `under` to `over`, drawn alike, if any.
    let step = |under: usize, over: usize| -> Option<Vec2> {
        let (s, o) = (&d.nodes[cand[under]], &d.nodes[cand[over]]);
        let alike = s.fill == o.fill && s.stroke == o.stroke && s.opacity == o.opacity;
        offset_copy(d, (cand, placed), (under, over), STACK_STEP).filter(|_| alike)
    };
    let mut found: u64 = 0;
    let mut k = 0;
    while k + 2 < nodes.len() {
        let Some(v) = step(nodes[k], nodes[k + 1]) else {
            k += 1;
            continue;
        };
        let mut top = k + 1;
        while top + 1 < nodes.len()
            && step(nodes[top], nodes[top + 1])
                .is_some_and(|w| (w - v).hypot() <= 0.02 * side(&placed[nodes[top + 1]]))
        {
            top += 1;
        }
        if top - k < 2 {
            k += 1;
            continue;
        }
        for &u in &nodes[k..top] {
            role[cand[u]] = Role::Decoration;
            found += 1;
        }
        k = top + 1;
    }
    if found > 0 {
        *evidence.entry("a copy stacked under a node, offset a step from the next").or_default() +=
            found;
    }
    found > 0
}

/// The smaller side of the box of `p`.
fn side(p: &Placed) -> f64 {
    let h = p.outline.half_extents();
    2.0 * h.0.min(h.1)
}

/// The offset of candidate `under` from candidate `over` where `under` is
/// a copy of it: of its kind and size (half extents within a fiftieth of
/// its smaller side), offset by more than a fiftieth of that side and at
/// most `most` times it.
fn offset_copy(
    d: &Drawing,
    (cand, placed): (&[usize], &[Placed]),
    (under, over): (usize, usize),
    most: f64,
) -> Option<Vec2> {
    let (hs, ho) = (placed[under].outline.half_extents(), placed[over].outline.half_extents());
    let side = side(&placed[over]);
    let close = |a: f64, b: f64| (a - b).abs() <= 0.02 * side;
    let v = placed[under].center - placed[over].center;
    (d.nodes[cand[under]].kind == d.nodes[cand[over]].kind
        && close(hs.0, ho.0)
        && close(hs.1, ho.1)
        && v.hypot() > 0.02 * side
        && v.hypot() <= most * side)
        .then_some(v)
}
