//! Containers that edges end on: a compound node (a Cytoscape.js parent,
//! an ELK hierarchical node, a d2 or nomnoml container given an edge of
//! its own) is a box round other nodes and, where an edge ends on its
//! rim, a node of the graph as well. A container no edge ends on stays a
//! container. Lines drawn on a container (its tab, a divider, a plot's
//! grid) are its own, no edges.

use std::io;

use kurbo::Point;

use super::{Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::touch;
use crate::matching::Ends;
use crate::model::Drawing;

/// Makes nodes of the containers an edge ends on: an end that lies on a
/// container's rim, nearer than to any node it touches, where the edge's
/// other end touches a node outside that container, or another
/// container's rim. A line with both ends on one rim (a bar capping an
/// end, a divider) or from a rim to within it (a tab's or compartment's
/// line) is the container's (`roles.container_lines`). `placed` and
/// `index` are the nodes'. Returns whether any container became a node.
pub(crate) fn compounds(
    d: &Drawing,
    roles: &mut Roles,
    (placed, index): (&[Placed], &NodeIndex),
) -> io::Result<bool> {
    let Some(rims) = Rims::new(d, &roles.role, (placed, index)) else {
        return Ok(false);
    };
    // How near `p` lies to the nodes it touches (the matcher's score: to
    // the rim or the centre, the nearer), if it touches any.
    let node_score = |p: Point| -> Option<f64> {
        index
            .all_touching(placed, p)
            .into_iter()
            .filter_map(|t| {
                let n = &placed[t as usize];
                touch(n.center, &n.outline, p, f64::INFINITY).map(|t| t.score)
            })
            .reduce(f64::min)
    };
    // The containers whose rims `p` lies on (within the tolerance),
    // innermost first, where it lies nearer to them than to any node it
    // touches: an end on a container's rim beside a node within it is the
    // container's, as the matcher will find once the container is a node.
    // (The rims first: most ends lie on none.)
    let on_rims = |p: Point| -> Vec<u32> {
        let mut on = rims.under(p);
        if on.is_empty() {
            return on;
        }
        let near = node_score(p).unwrap_or(f64::INFINITY);
        on.retain(|&t| rims.off(t, p) < near);
        on.sort_by(|&a, &b| rims.area(a).total_cmp(&rims.area(b)));
        on
    };
    // An edge to a container comes from a node it ends on (an axis's
    // tick, from a plot's frame, ends a little short of a legend inside
    // the frame, within the slack a node's size allows).
    let tol = index.tolerance();
    let on_node = |p: Point| node_score(p).is_some_and(|s| s <= tol);
    let ends = Ends {
        extras: &d.extras,
        styles: &d.edge_styles.list,
        markers: &d.markers,
        heads: &roles.heads,
    };
    let not_edges = roles.not_edges();
    let mut hit = vec![false; rims.boxes.len()];
    let mut lines = Vec::new();
    d.edges.for_each(|k, e| {
        let k = u32::try_from(k).unwrap_or(u32::MAX);
        if not_edges.binary_search(&k).is_ok() {
            return;
        }
        let (a, b, _, _) = ends.of(k, e);
        let (on_a, on_b) = (on_rims(a), on_rims(b));
        // A line along or across one container, both ends on its rim (a
        // pool's divider between its lanes, a package's tab), is the
        // container's: it joins nothing, though its ends come near nodes
        // inside or beside it.
        if on_a.iter().any(|t| on_b.contains(t)) {
            lines.push(k);
            return;
        }
        match (on_a.first().copied(), on_b.first().copied()) {
            (Some(x), Some(y)) => {
                hit[x as usize] = true;
                hit[y as usize] = true;
            }
            (Some(x), None) | (None, Some(x)) => {
                let (inner, on) = if on_a.is_empty() { (a, b) } else { (b, a) };
                // A line within the container (a package's tab, a
                // compartment's separator) is drawn on it, not to it: an
                // edge comes from outside. It is the container's unless
                // its inner end lies on a node as near as its other end
                // lies on the rim (an edge from a node inside to the
                // rim, or to a node just beyond it).
                if rims.within(x, inner) {
                    if node_score(inner).is_none_or(|s| s > rims.off(x, on)) {
                        lines.push(k);
                    }
                } else if on_node(inner) {
                    hit[x as usize] = true;
                }
            }
            (None, None) => {}
        }
    })?;
    // (Visited in order: sorted.)
    roles.container_lines = lines;
    let mut added = 0;
    for (&i, _) in rims.boxes.iter().zip(&hit).filter(|(_, h)| **h) {
        roles.role[i] = Role::Node;
        roles.compounds.push(u32::try_from(i).unwrap_or(u32::MAX));
        added += 1;
    }
    if added > 0 {
        let why = "a container an edge ends on: a node too (a compound node)";
        *roles.evidence.entry(why).or_default() += added;
    }
    Ok(added > 0)
}

/// The rims of the containers that may be compound nodes (not rings
/// round one node, as Graphviz draws `doublecircle` and `tripleoctagon`:
/// those are that node's), and which of them a point lies on.
pub(super) struct Rims {
    /// The containers' shapes.
    boxes: Vec<usize>,
    /// Their outlines, and an index over them.
    outlines: Vec<Placed>,
    index: NodeIndex,
    /// How far off its rim a point may lie and be on it (the nodes').
    tol: f64,
}

impl Rims {
    /// The rims of the containers among the shapes of `d` (by `role`);
    /// `placed` and `index` are the nodes'. `None` where there is none.
    pub(super) fn new(
        d: &Drawing,
        role: &[Role],
        (placed, index): (&[Placed], &NodeIndex),
    ) -> Option<Rims> {
        let ringed = |i: usize| {
            let s = &d.nodes[i];
            let size = s.outline.equal_area_radius();
            index.all_touching(placed, s.center).iter().any(|&t| {
                let n = &placed[t as usize];
                n.center.distance(s.center) <= 0.01 * size
            })
        };
        let boxes: Vec<usize> = (0..d.nodes.len())
            .filter(|&i| role[i] == Role::Container && d.nodes[i].selected && !ringed(i))
            .collect();
        if boxes.is_empty() {
            return None;
        }
        let outlines: Vec<Placed> = boxes
            .iter()
            .map(|&i| Placed { center: d.nodes[i].center, outline: d.nodes[i].outline.clone() })
            .collect();
        let tol = index.tolerance();
        let index = NodeIndex::new(&outlines, tol, 0.0);
        Some(Rims { boxes, outlines, index, tol })
    }

    /// How far `p` lies off container `t`'s rim (its centre lies on no
    /// rim).
    fn off(&self, t: u32, p: Point) -> f64 {
        let r = &self.outlines[t as usize];
        let v = p - r.center;
        if v.hypot() == 0.0 {
            return f64::INFINITY;
        }
        (v.hypot() - r.outline.rim_distance(v)).abs()
    }

    fn area(&self, t: u32) -> f64 {
        self.outlines[t as usize].outline.area()
    }

    /// The containers whose rims `p` lies on, within the tolerance.
    fn under(&self, p: Point) -> Vec<u32> {
        let mut on = self.index.all_touching(&self.outlines, p);
        on.retain(|&t| self.off(t, p) <= self.tol);
        on
    }

    /// Whether `p` lies within container `t` (its rim included).
    fn within(&self, t: u32, p: Point) -> bool {
        let r = &self.outlines[t as usize];
        let v = p - r.center;
        v.hypot() < r.outline.rim_distance(v) + self.tol
    }

    /// Whether a stroke from `a` to `b` is drawn on one container, both
    /// ends on its rim (a divider, a plot's grid line across its frame).
    pub(super) fn across(&self, a: Point, b: Point) -> bool {
        let on_b = self.under(b);
        !on_b.is_empty() && self.under(a).iter().any(|t| on_b.contains(t))
    }
}
