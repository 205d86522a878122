//! Reading an SVG drawing into shapes in root user space: closed shapes
//! (node candidates), open strokes (edge candidates), text labels,
//! comments and the groups they sit in, all in document order.

pub(crate) mod css;
mod events;
pub(crate) mod input;
pub(crate) mod length;
pub(crate) mod path;
mod pipeline;
pub(crate) mod raster;
pub(crate) mod reader;
pub(crate) mod style;
pub(crate) mod transform;
