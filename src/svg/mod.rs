//! Reading an SVG drawing into node and edge shapes in root user space.

pub(crate) mod input;
pub(crate) mod length;
mod pipeline;
pub(crate) mod reader;
pub(crate) mod style;
pub(crate) mod transform;

use kurbo::Point;

use crate::geom::Outline;
use crate::graph::{EdgeStyle, StyleId};
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
/// Kept small: a drawing may hold millions.
#[derive(Clone, Debug)]
pub(crate) struct EdgeShape {
    pub a: Point,
    pub b: Point,
    /// Index into [`Drawing::edge_styles`].
    pub style: StyleId,
    pub svg_id: Text,
    /// Where the element starts (saturating), for messages.
    pub line: u32,
    pub column: u32,
}

/// Everything the reader found, in document order.
#[derive(Debug, Default)]
pub(crate) struct Drawing {
    pub nodes: Vec<NodeShape>,
    /// Edge candidates in chunks, so that matching can free them as it goes.
    pub edges: Vec<Vec<EdgeShape>>,
    /// The distinct styles of the edge candidates.
    pub edge_styles: EdgeStyles,
    pub strings: Strings,
    pub warnings: Warnings,
    /// Shape elements that are neither nodes nor edge candidates, by name.
    pub ignored: std::collections::BTreeMap<String, u64>,
    /// Elements not drawn (invisible) and therefore not extracted.
    pub invisible: u64,
}

/// Edge candidates per chunk.
pub(crate) const EDGE_CHUNK: usize = 64 * 1024;

impl Drawing {
    pub(crate) fn push_edge(&mut self, e: EdgeShape) {
        match self.edges.last_mut() {
            Some(c) if c.len() < EDGE_CHUNK => c.push(e),
            _ => {
                let mut c = Vec::with_capacity(EDGE_CHUNK);
                c.push(e);
                self.edges.push(c);
            }
        }
    }

    pub(crate) fn edge_count(&self) -> usize {
        self.edges.iter().map(Vec::len).sum()
    }
}

/// The table of distinct edge styles.
#[derive(Debug, Default)]
pub(crate) struct EdgeStyles {
    pub list: Vec<EdgeStyle>,
    map: foldhash::HashMap<(Text, u64, Text), StyleId>,
    last: Option<((Text, u64, Text), StyleId)>,
}

impl EdgeStyles {
    pub(crate) fn intern(&mut self, s: EdgeStyle) -> StyleId {
        let key = (s.stroke, s.stroke_width.map_or(u64::MAX, f64::to_bits), s.class);
        if let Some((k, id)) = self.last
            && k == key
        {
            return id;
        }
        let list = &mut self.list;
        let id = *self.map.entry(key).or_insert_with(|| {
            list.push(s);
            StyleId(list.len() as u32 - 1)
        });
        self.last = Some((key, id));
        id
    }
}
