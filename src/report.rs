//! What an extraction found besides the graph: counts and warnings.

use serde::Serialize;

use crate::error::Position;

/// A problem that did not stop the extraction.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    /// Where in the input, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// What happened and what was done about it.
    pub message: String,
}

/// Warnings, the first few kept and all counted.
#[derive(Clone, Debug, Default)]
pub(crate) struct Warnings {
    pub list: Vec<Warning>,
    pub count: u64,
    pub max: usize,
}

impl Warnings {
    pub(crate) fn push(&mut self, position: Option<Position>, message: String) {
        self.count += 1;
        if self.list.len() < self.max {
            self.list.push(Warning { position, message });
        }
    }
}

/// The report of one extraction.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// Nodes found.
    pub nodes: usize,
    /// Edges found (both ends matched to two different nodes).
    pub edges: usize,
    /// Some edge is drawn with an arrowhead or marker.
    pub directed: bool,
    /// Edge candidates with an end that touches no node; not edges.
    pub dangling: usize,
    /// Edge candidates whose two ends touch the same node; not edges.
    pub self_touching: usize,
    /// Edges whose ends, as matched, differ from the ends the drawing
    /// names (Graphviz edge titles); each is a warning.
    pub disagreements: usize,
    /// The matching tolerance used, in root user units.
    pub tolerance: f64,
    /// The program that wrote the drawing, as recognised (`unknown` else).
    pub generator: String,
    /// Closed shapes by the role they were given: node, container,
    /// decoration, arrowhead, glyph, loop.
    pub shapes: std::collections::BTreeMap<String, u64>,
    /// Shapes whose role the drawing's own evidence settled (rather than a
    /// tool's marks or the shape's kind), by the evidence.
    pub evidence: std::collections::BTreeMap<String, u64>,
    /// Elements not drawn (hidden or without paint), so not extracted.
    pub invisible: u64,
    /// Shape elements that are neither nodes nor edge candidates, by name.
    pub ignored: std::collections::BTreeMap<String, u64>,
    /// How many warnings there were in all.
    pub warning_count: u64,
    /// The first warnings (see `ExtractOptions::max_warnings`).
    pub warnings: Vec<Warning>,
}
