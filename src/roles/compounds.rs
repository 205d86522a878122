//! Containers that edges end on: a compound node (a Cytoscape.js parent,
//! an ELK hierarchical node, a d2 or nomnoml container given an edge of
//! its own) is a box round other nodes and, where an edge ends on its
//! rim, a node of the graph as well. A container no edge ends on stays a
//! container.

use std::io;

use kurbo::Point;

use super::{Role, Roles};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::touch;
use crate::matching::Ends;
use crate::model::Drawing;

/// Makes nodes of the containers an edge ends on: an end that lies on a
/// container's rim, nearer than to any node it touches, where the edge's other end touches
/// a node outside that container, or another container's rim (a bar
/// capping an end lies on one rim at both ends; a tab's or compartment's
/// line lies within its container). `placed` and `index` are the nodes'. Returns whether
/// any container became a node.
pub(crate) fn compounds(
    d: &Drawing,
    roles: &mut Roles,
    (placed, index): (&[Placed], &NodeIndex),
) -> io::Result<bool> {
    let boxes = containers(d, &roles.role, (placed, index));
    if boxes.is_empty() {
        return Ok(false);
    }
    let rims: Vec<Placed> = boxes
        .iter()
        .map(|&i| Placed { center: d.nodes[i].center, outline: d.nodes[i].outline.clone() })
        .collect();
    let tol = index.tolerance();
    let rim_index = NodeIndex::new(&rims, tol, 0.0);
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
        let off = |t: u32| {
            let r = &rims[t as usize];
            let v = p - r.center;
            (v.hypot() - r.outline.rim_distance(v)).abs()
        };
        let mut on: Vec<u32> =
            rim_index.all_touching(&rims, p).into_iter().filter(|&t| off(t) <= tol).collect();
        if on.is_empty() {
            return on;
        }
        let near = node_score(p).unwrap_or(f64::INFINITY);
        on.retain(|&t| off(t) < near);
        on.sort_by(|&a, &b| {
            rims[a as usize].outline.area().total_cmp(&rims[b as usize].outline.area())
        });
        on
    };
    let on_node = |p: Point| node_score(p).is_some();
    // A line within the container (a package's tab, a compartment's
    // separator) is drawn on it, not to it: an edge comes from outside.
    let within = |t: u32, p: Point| {
        let r = &rims[t as usize];
        let v = p - r.center;
        v.hypot() < r.outline.rim_distance(v) + tol
    };
    let ends = Ends {
        extras: &d.extras,
        styles: &d.edge_styles.list,
        markers: &d.markers,
        heads: &roles.heads,
    };
    let not_edges = roles.not_edges();
    let mut hit = vec![false; boxes.len()];
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
                let inner = if on_a.is_empty() { a } else { b };
                if within(x, inner) {
                    lines.push(k);
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
    for (&i, _) in boxes.iter().zip(&hit).filter(|(_, h)| **h) {
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

/// The containers that may be compound nodes: not rings round one node,
/// as Graphviz draws `doublecircle` and `tripleoctagon` (those are that
/// node's).
fn containers(d: &Drawing, role: &[Role], (placed, index): (&[Placed], &NodeIndex)) -> Vec<usize> {
    let ringed = |i: usize| {
        let s = &d.nodes[i];
        let size = s.outline.equal_area_radius();
        index.all_touching(placed, s.center).iter().any(|&t| {
            let n = &placed[t as usize];
            n.center.distance(s.center) <= 0.01 * size
        })
    };
    (0..d.nodes.len())
        .filter(|&i| role[i] == Role::Container && d.nodes[i].selected && !ringed(i))
        .collect()
}
