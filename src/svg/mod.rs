//! Reading an SVG drawing into node and edge shapes in root user space.

pub(crate) mod input;
pub(crate) mod length;
pub(crate) mod reader;
pub(crate) mod style;
pub(crate) mod transform;

use kurbo::Point;

use crate::geom::Outline;
use crate::report::Warnings;
use crate::text::{Strings, Text};

/// A node shape, in root user space.
#[derive(Clone, Debug)]
pub(crate) struct NodeShape {
    pub center: Point,
    pub outline: Outline,
    pub svg_id: Text,
    /// Text of the element's `<title>` child.
    pub title: Text,
    pub fill: Text,
    pub stroke: Text,
    pub class: Text,
}

/// An edge candidate: a stroke between two end points, in root user space.
#[derive(Clone, Debug)]
pub(crate) struct EdgeShape {
    pub a: Point,
    pub b: Point,
    pub stroke: Text,
    /// Computed `stroke-width` in the element's own units; NaN when unset.
    pub stroke_width: f64,
    pub class: Text,
    pub svg_id: Text,
    /// The line the element starts on (saturating), for messages.
    pub line: u32,
}

/// Everything the reader found, in document order.
#[derive(Debug, Default)]
pub(crate) struct Drawing {
    pub nodes: Vec<NodeShape>,
    pub edges: Vec<EdgeShape>,
    pub strings: Strings,
    pub warnings: Warnings,
    /// Shape elements that are neither nodes nor edge candidates, by name.
    pub ignored: std::collections::BTreeMap<String, u64>,
    /// Elements not drawn (invisible) and therefore not extracted.
    pub invisible: u64,
}
