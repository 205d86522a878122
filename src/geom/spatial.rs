//! The spatial index over node outlines: which node does a point touch?

use kurbo::Point;
use rstar::{AABB, RTree, RTreeObject};

use super::{Outline, Touch, touch};

/// A node as the index sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placed {
    pub center: Point,
    pub outline: Outline,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    min: [f64; 2],
    max: [f64; 2],
    index: u32,
}

impl RTreeObject for Entry {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        AABB::from_corners(self.min, self.max)
    }
}

/// An R-tree over the bounding boxes of the node outlines, bulk-loaded once.
pub(crate) struct NodeIndex {
    tree: RTree<Entry>,
}

impl NodeIndex {
    /// Indexes `nodes`; a node is referred to by its position in the slice.
    pub(crate) fn new(nodes: &[Placed]) -> Self {
        let entries = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let (hx, hy) = n.outline.half_extents();
                Entry {
                    min: [n.center.x - hx, n.center.y - hy],
                    max: [n.center.x + hx, n.center.y + hy],
                    index: i as u32,
                }
            })
            .collect();
        NodeIndex {
            tree: RTree::bulk_load(entries),
        }
    }

    /// The node `p` touches within `tol`. When several do, the best one
    /// wins: the lowest touch score (distance to centre or rim), then the
    /// nearest centre, then the first in document order.
    pub(crate) fn find(&self, nodes: &[Placed], p: Point, tol: f64) -> Option<u32> {
        let query = AABB::from_corners([p.x - tol, p.y - tol], [p.x + tol, p.y + tol]);
        let mut best: Option<(Touch, u32)> = None;
        for e in self.tree.locate_in_envelope_intersecting(query) {
            let n = &nodes[e.index as usize];
            let Some(t) = touch(n.center, &n.outline, p, tol) else {
                continue;
            };
            let better = match &best {
                None => true,
                Some((b, bi)) => (t.score, t.centre, e.index)
                    .partial_cmp(&(b.score, b.centre, *bi))
                    .is_some_and(|o| o.is_lt()),
            };
            if better {
                best = Some((t, e.index));
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn circle(x: f64, y: f64, r: f64) -> Placed {
        Placed {
            center: Point::new(x, y),
            outline: Outline::Circle { r },
        }
    }

    #[test]
    fn overlapping_circles_resolve_to_the_right_centre() {
        // centres 8 apart, radius 10: each centre lies inside the other circle
        let nodes = [circle(0.0, 0.0, 10.0), circle(8.0, 0.0, 10.0)];
        let idx = NodeIndex::new(&nodes);
        assert_eq!(idx.find(&nodes, Point::new(0.0, 0.0), 1.0), Some(0));
        assert_eq!(idx.find(&nodes, Point::new(8.0, 0.0), 1.0), Some(1));
    }

    #[test]
    fn rim_points_prefer_the_circle_they_lie_on() {
        // (10, 0) is on the rim of node 0 and inside node 1 (2 from its centre)
        let nodes = [circle(0.0, 0.0, 10.0), circle(12.0, 0.0, 5.0)];
        let idx = NodeIndex::new(&nodes);
        assert_eq!(idx.find(&nodes, Point::new(10.0, 0.0), 0.5), Some(0));
    }

    #[test]
    fn far_points_touch_nothing() {
        let nodes = [circle(0.0, 0.0, 1.0)];
        let idx = NodeIndex::new(&nodes);
        assert_eq!(idx.find(&nodes, Point::new(1.4, 0.0), 0.3), None);
        assert_eq!(idx.find(&nodes, Point::new(1.2, 0.0), 0.3), Some(0));
    }

    #[test]
    fn ties_go_to_document_order() {
        let nodes = [circle(0.0, 0.0, 1.0), circle(0.0, 0.0, 1.0)];
        let idx = NodeIndex::new(&nodes);
        assert_eq!(idx.find(&nodes, Point::new(0.0, 0.0), 0.1), Some(0));
    }

    #[test]
    fn tiny_and_huge_radii() {
        let nodes = [circle(0.0, 0.0, 1e-6), circle(1e6, 0.0, 5e5)];
        let idx = NodeIndex::new(&nodes);
        assert_eq!(idx.find(&nodes, Point::new(1e-6, 0.0), 1e-9), Some(0));
        assert_eq!(idx.find(&nodes, Point::new(5e5, 0.0), 1e-9), Some(1));
        assert_eq!(idx.find(&nodes, Point::new(3e-6, 0.0), 1e-9), None);
    }
}
