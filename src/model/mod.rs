//! The types every stage shares: the shapes the reader finds, the drawing
//! that holds them, and the nodes, edges and diagram the graph is built
//! into. This module imports no stage; the stages import it.

mod codec;
mod diagram;
mod drawing;
mod elements;
mod links;
mod names;
mod roles;
mod shapes;

pub use diagram::Diagram;
pub(crate) use links::{Links, SPOOL_AFTER as LINKS_SPOOL_AFTER};

/// The edge candidates of a drawing: strokes, spooled once there are many.
pub(crate) type Candidates = crate::spool::Spool<codec::StrokeCodec>;

/// Edge candidates kept in memory before chunks are spooled.
pub(crate) const CANDIDATES_SPOOL_AFTER: usize =
    4 * <codec::StrokeCodec as crate::spool::Codec>::CHUNK;
pub(crate) use diagram::{Link, MAX_REJECTED, Rejected, Set};
pub(crate) use drawing::{DOUBLE_WIDTHS, Drawing, JUMP_WIDTHS, JUNCTION_WIDTHS, MAX_MEETS, Ring};
pub use elements::{Edge, EdgeStyle, Node, StyleId};
pub(crate) use names::{Named, Names};
pub(crate) use roles::{Head, Role};
pub use shapes::ShapeKind;
pub(crate) use shapes::{
    Dot, EdgeShape, Group, Index, Label, Marker, NodeShape, Origin, Outlined, Polyline,
    StrokeExtra, at, index, nearest_group,
};
