//! Options of an extraction.

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
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions { tolerance: None, dpi: 96.0, font_size: 16.0, max_warnings: 100 }
    }
}
