//! Options of an extraction.

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
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            tolerance: None,
            dpi: 96.0,
            font_size: 16.0,
            max_warnings: 100,
            max_inflated: 256 << 20,
            directed: Directed::Auto,
            simple: false,
            node_selector: None,
            edge_selector: None,
            ignore: None,
        }
    }
}
