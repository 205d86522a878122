//! What the roles stage decides of each closed shape.

use kurbo::Point;

/// The role of a closed shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Node,
    /// Encloses nodes: a background, a cluster, a package.
    Container,
    /// Drawn inside or on a node: an icon, a tab, an inner ring.
    Decoration,
    /// The head of edge candidate `.0`.
    Arrowhead(u32),
    /// Part of a text label.
    Glyph,
    /// A ring through the centre of node shape `.0`: a self-loop.
    Loop(u32),
    /// Part of a figure around the graph: a legend's key, a colorbar.
    Furniture,
    /// A stroke drawn as its outline: edge candidate `.0`.
    Stroke(u32),
    /// A small shape on the rim of node shape `.0` where edges end: part
    /// of that node.
    Port(u32),
}

impl Role {
    /// A short name, for reports.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Node => "node",
            Role::Container => "container",
            Role::Decoration => "decoration",
            Role::Arrowhead(_) => "arrowhead",
            Role::Glyph => "glyph",
            Role::Loop(_) => "loop",
            Role::Furniture => "furniture",
            Role::Stroke(_) => "stroke",
            Role::Port(_) => "port",
        }
    }
}

/// Where an edge candidate's arrowhead is, and the point it reaches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Head {
    /// The head caps the stroke's end `b` (else its start `a`).
    pub at_b: bool,
    pub tip: Point,
    /// It narrows to its tip (a triangle, a V): it points along the
    /// stroke. A mark the same both ways (a diamond, a circle, a bar) or
    /// widest at the node (a crow's foot) does not.
    pub points: bool,
}

impl Head {
    /// The heads of candidate `k` in `heads` (sorted by candidate).
    pub(crate) fn of(heads: &[(u32, Head)], k: u32) -> impl Iterator<Item = &Head> {
        let from = heads.partition_point(|(i, _)| *i < k);
        heads[from..].iter().take_while(move |(i, _)| *i == k).map(|(_, h)| h)
    }
}
