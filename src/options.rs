//! Options of an extraction.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A flag that stops extractions early: set it from another thread (a
/// signal handler, say) and every extraction holding a clone ends soon
/// after with [`ErrorKind::Interrupted`](crate::ErrorKind::Interrupted).
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// A flag not set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the flag.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// True once the flag is set.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Two handles are equal when they share one flag.
impl PartialEq for Cancel {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Whether edges are directed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Directed {
    /// As the drawing shows: edges with an arrowhead or marker are directed.
    #[default]
    Auto,
    /// Every edge is directed (edges without a head point from the end
    /// drawn first to the end drawn last).
    Yes,
    /// No edge is directed.
    No,
}

/// How to read a drawing and match edge ends to nodes.
///
/// ```
/// let opts = svg2graph::ExtractOptions {
///     tolerance: Some(0.5),
///     ..Default::default()
/// };
/// assert_eq!(opts.dpi, 96.0);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ExtractOptions {
    /// How far (in root user units) an edge end may lie outside a node's
    /// outline, or off its centre or rim, and still touch it.
    ///
    /// Default: `None`, derived from the drawing: a quarter of the median
    /// node radius (see [`default_tolerance`](crate::default_tolerance)).
    pub tolerance: Option<f64>,
    /// Pixels per inch, for lengths in absolute units (`in`, `cm`, `mm`,
    /// `pt`, `pc`).
    ///
    /// Default: `96.0`, as CSS and SVG define it.
    pub dpi: f64,
    /// Font size in user units, for lengths in `em` (and half of it for `ex`).
    ///
    /// Default: `16.0`, the browsers' default.
    pub font_size: f64,
    /// Most warnings kept in the report; the rest are only counted.
    ///
    /// Default: `100`.
    pub max_warnings: usize,
    /// Most bytes a gzip-compressed input (svgz) may inflate to; more is an
    /// error (a compression bomb must not run away).
    ///
    /// Default: 256 MiB.
    pub max_inflated: u64,
    /// Most times a gzip-compressed input may inflate its size (watched
    /// once 16 MiB came out): a compression bomb is stopped early.
    ///
    /// Default: 100.
    pub max_ratio: u64,
    /// Most elements nested in one another.
    ///
    /// Default: 10,000.
    pub max_depth: usize,
    /// Most elements in the document.
    ///
    /// Default: 200,000,000.
    pub max_elements: u64,
    /// Most bytes one start tag (an element's name and attributes) may
    /// take. (Reading one holds about fifty times its size in memory.)
    ///
    /// Default: 2 MiB.
    pub max_tag: usize,
    /// Whether edges are directed.
    ///
    /// Default: [`Directed::Auto`].
    pub directed: Directed,
    /// Collapse parallel edges into one and drop self-loops.
    ///
    /// Default: `false` (parallel edges and self-loops are kept, as drawn).
    pub simple: bool,
    /// Only shapes matching these CSS selectors (or inside an element that
    /// matches) may be nodes, e.g. `g.node > ellipse` or `.person`.
    ///
    /// Default: `None`, every closed shape may be.
    pub node_selector: Option<String>,
    /// Only strokes matching these selectors (or inside a match) may be
    /// edges.
    ///
    /// Default: `None`, every stroke may be.
    pub edge_selector: Option<String>,
    /// Elements matching these selectors are skipped with everything in
    /// them, e.g. `.legend, #axes`.
    ///
    /// Default: `None`.
    pub ignore: Option<String>,
    /// May large inputs be tokenized on a second thread while this one
    /// interprets them? Turn it off where the cores are busy already (a
    /// batch converting many files at once).
    ///
    /// Default: `true`.
    pub pipeline: bool,
    /// Stops the extraction when set.
    ///
    /// Default: `None`.
    pub cancel: Option<Cancel>,
    /// May the edges of a large drawing wait in a temporary file (in
    /// `TMPDIR`) rather than memory? They are then read back by each walk
    /// over them, which says in its result when that fails (see
    /// [`crate::Diagram::edges`]). Drawings with edge labels, and `simple`,
    /// keep them in memory.
    ///
    /// Default: `false`.
    pub spool_edges: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            tolerance: None,
            dpi: 96.0,
            font_size: 16.0,
            max_warnings: 100,
            max_inflated: 256 << 20,
            max_ratio: 100,
            max_depth: 10_000,
            max_elements: 200_000_000,
            max_tag: 2 << 20,
            directed: Directed::Auto,
            simple: false,
            node_selector: None,
            edge_selector: None,
            ignore: None,
            pipeline: true,
            cancel: None,
            spool_edges: false,
        }
    }
}
