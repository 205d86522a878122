//! What a recovered graph is made of: nodes, edges and the styles edges
//! share.

use super::ShapeKind;
use crate::text::Text;

/// A node of the drawing.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Node {
    /// The node's id: its element `id` when present and unique, else its
    /// `<title>` when unique, else `n1`, `n2`, … in document order.
    pub id: Text,
    /// Centre, in the root `<svg>`'s user space.
    pub x: f64,
    /// Centre, in the root `<svg>`'s user space.
    pub y: f64,
    /// Radius in root user units (of the circle of equal area when the
    /// outline is not a circle).
    pub r: f64,
    /// The node's label: the text drawn for it, else its `<title>`.
    pub label: Text,
    /// Computed `fill`.
    pub fill: Text,
    /// Computed `stroke`.
    pub stroke: Text,
    /// The element's `class`.
    pub class: Text,
    /// The element's `id` attribute.
    pub svg_id: Text,
    /// The element the node is drawn with.
    pub shape: ShapeKind,
    /// How opaque it is drawn, 0 to 1: the product of the `opacity` of the
    /// element and its ancestors and its `fill-opacity` (`stroke-opacity`
    /// when it is not filled).
    pub opacity: f32,
}

/// An edge of the drawing. Its look is shared with other edges: see
/// [`Diagram::edge_style`](crate::Diagram::edge_style).
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Edge {
    /// The edge's style.
    pub style: StyleId,
    /// The element's `id` attribute.
    pub svg_id: Text,
    /// Drawn with an arrowhead (or marker): the edge points from source to
    /// target.
    pub directed: bool,
    /// Text drawn on or beside the edge (Graphviz, Mermaid edge labels).
    pub label: Text,
    /// The drawing names other ends for it (Graphviz title, Gephi class,
    /// connector) than its geometry touches; the names were used.
    pub disputed: bool,
}

/// Identifies an [`EdgeStyle`] of a [`Diagram`](crate::Diagram).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StyleId(pub u32);

/// How an edge is drawn. Drawings use few distinct styles for many edges,
/// so each is stored once.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct EdgeStyle {
    /// Computed `stroke`.
    pub stroke: Text,
    /// Computed `stroke-width`, in the element's own user units; `None`
    /// where the drawing gives none (see [`EdgeStyle::width`]).
    pub stroke_width: Option<f64>,
    /// The width it is drawn with in the root's user units: its
    /// `stroke-width` (1 where unset) scaled as its transform scales
    /// lengths. Geometry weighs strokes by this.
    pub line_width: f64,
    /// The element's `class`.
    pub class: Text,
    /// The `id` of the marker at its start, if any.
    pub marker_start: Text,
    /// The `id` of the marker at its end, if any.
    pub marker_end: Text,
    /// How opaque it is drawn, 0 to 1: the product of the `opacity` of the
    /// element and its ancestors and its `stroke-opacity`.
    pub opacity: f32,
}

impl EdgeStyle {
    /// The width the edge is drawn with: its `stroke-width`, or SVG's
    /// default, 1, where the drawing gives none. (Every format writes this.)
    pub fn width(&self) -> f64 {
        self.stroke_width.unwrap_or(1.0)
    }
}
