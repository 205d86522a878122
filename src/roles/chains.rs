//! Paths drawn through several nodes at once: a TikZ cycle through node
//! centres (`\draw (a.center) -- (b.center) -- cycle`), Typst's polygons
//! through node centres, a line through three nodes in a row. Where a
//! path's corners sit on nodes' centres, each run between two of them is
//! an edge.

use std::io;

use kurbo::Point;

use super::{Look, Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{Drawing, EdgeShape, Index, StrokeExtra, StyleId, index};
use crate::text::Text;

/// What a piece of a path is drawn as.
struct Drawn {
    style: StyleId,
    svg_id: Text,
    group: Index,
    line: u32,
    column: u32,
}

/// Splits the paths of `d` that run through node centres (of the
/// candidates `cand`, placed as `placed` and indexed by `index`) into one
/// edge candidate per run between two nodes, appended to `d.edges`. An
/// open path split so joins `roles.split`; a closed one gets the role
/// [`Role::Stroke`]. Heads on a split path move to its first and last
/// pieces. Returns whether any closed shape changed its role.
pub(crate) fn chains(
    d: &mut Drawing,
    roles: &mut Roles,
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
) -> io::Result<bool> {
    if d.polylines.is_empty() || placed.is_empty() {
        return Ok(false);
    }
    let mut changed = false;
    let polylines = std::mem::take(&mut d.polylines);
    let corners = std::mem::take(&mut d.corners);
    for pl in &polylines {
        let shape = pl.shape as usize;
        if pl.closed && roles.role.get(shape) != Some(&Role::Node) {
            continue;
        }
        let points = &corners[pl.start as usize..(pl.start + pl.len) as usize];
        // (An open path's `shape` is its edge candidate, no node.)
        let own = pl.closed.then(|| (shape, d.nodes[shape].outline.area()));
        let mut on: Vec<Option<u32>> =
            (0..points.len()).map(|i| at_centre((cand, placed, index), points, i, own)).collect();
        if !pl.closed {
            // A corner of an open path is a node it runs through where
            // that is drawn like a node the path ends on (not a marker
            // drawn at a bend, as Cytoscape.js draws mid-edge arrows).
            let look = |k: u32| Look::of(&d.nodes[cand[k as usize]], &placed[k as usize]);
            let ends: foldhash::HashSet<Look> = [points[0], points[points.len() - 1]]
                .iter()
                .flat_map(|&p| index.all_touching(placed, p))
                .map(look)
                .collect();
            let last = on.len() - 1;
            for o in &mut on[1..last] {
                if o.is_some_and(|k| !look(k).like_any(&ends)) {
                    *o = None;
                }
            }
        }
        let runs = if pl.closed { closed_runs(&on) } else { open_runs(&on) };
        let Some(runs) = runs else { continue };
        let drawn = if pl.closed {
            let s = &d.nodes[shape];
            Drawn {
                style: pl.style,
                svg_id: s.svg_id,
                group: s.group,
                line: pl.line,
                column: pl.column,
            }
        } else {
            let Some(e) = d.edges.get(shape)? else { continue };
            Drawn {
                style: e.style,
                svg_id: e.svg_id,
                group: e.group,
                line: e.line,
                column: e.column,
            }
        };
        let first = u32::try_from(d.edges.len()).unwrap_or(u32::MAX);
        let n = points.len();
        for (from, to) in &runs {
            let piece: Vec<Point> = (*from..=*to).map(|i| points[i % n]).collect();
            push_piece(d, &drawn, &piece)?;
        }
        let last = u32::try_from(d.edges.len() - 1).unwrap_or(u32::MAX);
        if pl.closed {
            roles.role[shape] = Role::Stroke(first);
            changed = true;
        } else {
            roles.split.push(pl.shape);
            for (e, h) in &mut roles.heads {
                if *e == pl.shape {
                    *e = if h.at_b { last } else { first };
                }
            }
        }
        *roles
            .evidence
            .entry("edges: a path through node centres, one per run between two")
            .or_default() += 1;
    }
    d.polylines = polylines;
    d.corners = corners;
    roles.split.sort_unstable();
    roles.heads.sort_by_key(|(e, h)| (*e, h.at_b));
    Ok(changed)
}

/// The candidate (for a closed path, `own`: its shape and area, other
/// than it and smaller than half of it) at whose centre corner `i` of
/// `points` lies: within the absolute tolerance and a fifth of its radius,
/// which is less than the path's legs to and from the corner (a frame
/// around the drawing is centred anywhere).
fn at_centre(
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    points: &[Point],
    i: usize,
    own: Option<(usize, f64)>,
) -> Option<u32> {
    let p = points[i];
    let n = points.len();
    let leg = |j: usize| (points[j] - p).hypot();
    let legs = if own.is_some() {
        leg((i + n - 1) % n).min(leg((i + 1) % n))
    } else {
        [i.checked_sub(1), (i + 1 < n).then_some(i + 1)]
            .into_iter()
            .flatten()
            .map(leg)
            .fold(f64::INFINITY, f64::min)
    };
    index.all_touching(placed, p).into_iter().find(|&k| {
        let node = &placed[k as usize];
        let r = node.outline.equal_area_radius();
        own.is_none_or(|(shape, a)| cand[k as usize] != shape && node.outline.area() < 0.5 * a)
            && r < legs
            && (node.center - p).hypot() <= (0.2 * r).min(index.tolerance())
    })
}

/// The runs of an open path whose corners lie on nodes `on` (or not):
/// split at each inner corner on a node other than the one the run so far
/// started on, and other than the one the path ends on unless it runs on
/// through another (a path through every vertex of K5 passes its last
/// one on the way; a curve flattened into its end node does not); `None`
/// where there is none.
fn open_runs(on: &[Option<u32>]) -> Option<Vec<(usize, usize)>> {
    let n = on.len();
    // The last inner corner on a node other than the end's.
    let on_to = (1..n - 1).rev().find(|&i| on[i].is_some() && on[i] != on[n - 1]).unwrap_or(0);
    let mut runs = Vec::new();
    let (mut from, mut node) = (0, on[0]);
    for (i, &o) in on.iter().enumerate().take(n - 1).skip(1) {
        if o.is_some() && o != node && (o != on[n - 1] || i < on_to) {
            runs.push((from, i));
            (from, node) = (i, o);
        }
    }
    if runs.is_empty() {
        return None;
    }
    runs.push((from, n - 1));
    Some(runs)
}

/// The runs of a closed path whose corners lie on nodes `on` (or not),
/// round it from each corner on a node to the next on another (indices
/// past the end wrap): where corners lie on two nodes or more, and half
/// the corners at least lie on one.
fn closed_runs(on: &[Option<u32>]) -> Option<Vec<(usize, usize)>> {
    let n = on.len();
    let mut at: Vec<usize> = (0..n).filter(|&i| on[i].is_some()).collect();
    if 2 * at.len() < n {
        return None;
    }
    at.dedup_by_key(|i| on[*i]);
    while at.len() > 1 && on[at[0]] == on[at[at.len() - 1]] {
        at.pop();
    }
    if at.len() < 2 {
        return None;
    }
    let mut runs: Vec<(usize, usize)> = at.windows(2).map(|w| (w[0], w[1])).collect();
    runs.push((at[at.len() - 1], at[0] + n));
    Some(runs)
}

/// Appends the piece through `points` as an edge candidate drawn as
/// `drawn`.
fn push_piece(d: &mut Drawing, drawn: &Drawn, points: &[Point]) -> io::Result<()> {
    let (a, b) = (points[0], points[points.len() - 1]);
    let extra = if points.len() > 2 {
        let (mid, far) = crate::geom::halfway_and_far(points);
        d.extras.push(StrokeExtra {
            a_dir: points[1] - a,
            b_dir: b - points[points.len() - 2],
            far,
            mid,
            curved: [false; 2],
        });
        index(d.extras.len() - 1)
    } else {
        None
    };
    d.edges.push(EdgeShape {
        a,
        b,
        style: drawn.style,
        svg_id: drawn.svg_id,
        line: drawn.line,
        column: drawn.column,
        extra,
        group: drawn.group,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_at_the_corners_on_nodes() {
        let (a, b, c) = (Some(0), Some(1), Some(2));
        assert_eq!(open_runs(&[a, None, b]), None);
        assert_eq!(open_runs(&[a, b, None, c]), Some(vec![(0, 1), (1, 3)]));
        // corners on the node a run started on, or the path ends on, are
        // no new run (a curve flattened into its end node)
        assert_eq!(open_runs(&[a, a, None, c]), None);
        assert_eq!(open_runs(&[a, None, c, c]), None);
        // but a corner on the end node with another node after it is a
        // visit on the way
        assert_eq!(open_runs(&[a, c, b, c]), Some(vec![(0, 1), (1, 2), (2, 3)]));
        assert_eq!(closed_runs(&[a, None, None, b]), Some(vec![(0, 3), (3, 4)]));
        assert_eq!(closed_runs(&[a, None, None, None]), None);
        assert_eq!(closed_runs(&[a, b, c]), Some(vec![(0, 1), (1, 2), (2, 3)]));
        assert_eq!(closed_runs(&[a, a, a]), None);
    }
}
