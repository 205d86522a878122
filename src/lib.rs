//! Recover the graph behind an SVG drawing of a network.
//!
//! `svg2graph` reads an SVG as a stream of XML events (it never builds a
//! document tree), takes closed shapes (circles, ellipses, rectangles,
//! polygons, closed paths, `<use>` of them) as node candidates and strokes
//! (lines, polylines, open paths) as edge candidates, resolves every
//! transform and nested viewport into the root `<svg>`'s user space, tells
//! nodes from backgrounds, clusters, decorations, arrowheads and text
//! glyphs, and matches each stroke end to the node it touches: at or near
//! the centre, inside the outline, or on or near its rim. Arrowheads and
//! markers give direction. Drawings by Graphviz, matplotlib/networkx,
//! igraph/cairo, D3, Vega, Mermaid, PlantUML, Cytoscape.js and sigma.js are
//! read with no options, and the ids such tools write (Graphviz titles,
//! Gephi classes, Inkscape connectors, …) decide the ends where present.
//! The result is a [`petgraph`] graph wrapped in a [`Diagram`], which the
//! [`write`](mod@write) module writes as CSV, GraphML, GEXF, GML, JSON, DOT,
//! Pajek, an edge list or neo4j import files; [`Diagram::stats`] summarises
//! it, [`preview`] draws it over the drawing, and [`batch`] converts whole
//! folders in parallel.
//!
//! # Example
//!
//! ```
//! let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
//!   <g transform="translate(10,10)">
//!     <line x1="0" y1="0" x2="50" y2="0" stroke="#999"/>
//!     <circle cx="0" cy="0" r="5"><title>alice</title></circle>
//!     <circle cx="50" cy="0" r="5"><title>bob</title></circle>
//!   </g>
//! </svg>"##;
//! let d = svg2graph::extract(svg.as_bytes(), &svg2graph::ExtractOptions::default())?;
//! assert_eq!(d.graph()?.node_count(), 2);
//! let (a, b, _) = d.edges().next().unwrap()?;
//! assert_eq!((d.text(a.id), d.text(b.id)), ("alice", "bob"));
//! assert_eq!((b.x, b.y), (60.0, 10.0));
//!
//! for edge in d.edges() {
//!     let (a, b, e) = edge?;
//!     println!("{} -> {} (directed: {})", d.text(a.id), d.text(b.id), e.directed);
//! }
//!
//! use svg2graph::write::{Format, WriteOptions, write_file};
//! let mut graphml = Vec::new();
//! write_file(&d, Format::Graphml, 0, &WriteOptions::default(), &mut graphml)?;
//! let graphml = String::from_utf8(graphml).unwrap();
//! assert!(graphml.contains(r#"<edge id="e0" source="alice" target="bob">"#));
//! assert_eq!(d.stats()?.components, 1);
//! # Ok::<(), svg2graph::Error>(())
//! ```
//!
//! # Features
//!
//! - Transforms of every kind (`translate`, `scale`, `rotate` with and
//!   without centre, `skewX`, `skewY`, `matrix`, lists) on elements and
//!   ancestors, and nested `<svg>` viewports (`viewBox`,
//!   `preserveAspectRatio`). The root's own `viewBox` is not applied.
//! - Lengths in user units, `px`, absolute units (at [`ExtractOptions::dpi`]),
//!   `em`/`ex` and percentages of the viewport.
//! - Not rendered, so not extracted: `<defs>`, `<symbol>`, `<clipPath>`,
//!   `<mask>`, `<marker>`, `<pattern>` content, `display: none` subtrees,
//!   hidden and unpainted shapes, elements of other XML namespaces.
//! - `<style>` sheets (simple selectors) and `style` attributes.
//! - gzip-compressed input (svgz), inflated as a stream with a cap.
//! - The drawings of HTML pages and Jupyter notebooks, each on its own
//!   ([`pages`]).
//! - Deterministic output: ids and order follow the document.
//!
//! # Limitations
//!
//! - `<image>` nodes are not extracted; text-only nodes only where a node
//!   group (class `node`, as Graphviz writes) holds the text.
//! - Style sheets apply to the elements after them; pseudo-classes and
//!   sibling selectors never match.
//! - Encodings other than UTF-8 are read when the document says so (a
//!   UTF-16 byte order mark, or the XML declaration's `encoding`); text in
//!   another encoding that does not say so is read as UTF-8, and fails.
//! - Drawings whose nodes are glyph-only text (no shape, no node group)
//!   are not read; draw.io's embedded diagram is used where the drawing's
//!   groups say which cell they draw.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod batch;
mod error;
mod generators;
mod geom;
mod graph;
mod matching;
mod model;
mod options;
pub mod output;
pub mod pages;
pub mod preview;
mod report;
mod roles;
mod spool;
mod stats;
mod svg;
mod text;
pub mod write;

use std::io::BufRead;
use std::path::Path;

pub use error::{Error, ErrorKind, Position, Result};
pub use generators::Generator;
pub use matching::default_tolerance;
pub use model::{Diagram, Edge, EdgeStyle, Node, ShapeKind, StyleId};
pub use options::{Cancel, Directed, ExtractOptions};
pub use petgraph;
pub use report::{Report, Warning};
pub use stats::Stats;
pub use text::Text;

/// Extracts the graph from an SVG read from `input`.
///
/// # Errors
///
/// When the input cannot be read, is not well-formed XML or its root is
/// not `<svg>`. Problems with single elements are warnings in the
/// [`Report`], not errors.
pub fn extract<R: BufRead + Send>(input: R, opts: &ExtractOptions) -> Result<Diagram> {
    extract_with(input, opts, opts.pipeline)
}

/// Inputs from this size on are tokenized on a second thread.
const PIPELINE_BYTES: u64 = 4 << 20;

fn extract_with<R: BufRead + Send>(
    input: R,
    opts: &ExtractOptions,
    pipelined: bool,
) -> Result<Diagram> {
    check_options(opts)?;
    let input = svg::input::decode(input, opts.max_inflated, opts.max_ratio)?;
    let drawing = svg::reader::read(input, opts, pipelined)?;
    graph::build(drawing, opts)
}

/// Extracts the graph from the SVG file at `path` (`-` reads standard
/// input). Errors name the path.
///
/// # Errors
///
/// As [`extract`], and when the file cannot be opened.
pub fn extract_path(path: impl AsRef<Path>, opts: &ExtractOptions) -> Result<Diagram> {
    let path = path.as_ref();
    // Unusable options are not the file's fault: say so before opening it.
    check_options(opts)?;
    let (input, size) = svg::input::open(path).map_err(|e| Error::from(e).with_path(path))?;
    extract_opened(input, size, path, opts)
}

/// Extracts from a file opened already (`size` when it is a regular file).
fn extract_opened<R: BufRead + Send>(
    input: R,
    size: Option<u64>,
    path: &Path,
    opts: &ExtractOptions,
) -> Result<Diagram> {
    // Small files are read on this thread alone: starting a second one
    // costs more than it saves, and batch jobs use the cores already.
    let pipelined = opts.pipeline && size.is_none_or(|s| s >= PIPELINE_BYTES);
    extract_with(input, opts, pipelined).map_err(|e| e.with_path(path))
}

pub(crate) fn check_options(opts: &ExtractOptions) -> Result<()> {
    let bad = |m: &str| Err(Error::new(ErrorKind::InvalidOption(m.to_string())));
    if let Some(t) = opts.tolerance
        && !(t.is_finite() && t >= 0.0)
    {
        return bad("the tolerance must be a finite number ≥ 0");
    }
    if !(opts.dpi.is_finite() && opts.dpi > 0.0) {
        return bad("the DPI must be a finite number > 0");
    }
    if !(opts.font_size.is_finite() && opts.font_size > 0.0) {
        return bad("the font size must be a finite number > 0");
    }
    for (flag, sel) in [
        ("--node-selector", &opts.node_selector),
        ("--edge-selector", &opts.edge_selector),
        ("--ignore", &opts.ignore),
    ] {
        let Some(s) = sel else { continue };
        let what = match svg::css::Css::unsupported(s) {
            Some(piece) => format!("{piece:?} is not supported"),
            None if svg::css::Css::selector(s).is_none() => "not a selector list".to_string(),
            None => continue,
        };
        return Err(Error::new(ErrorKind::InvalidOption(format!(
            "{flag} {s:?}: {what} (this tool reads element, .class, #id, [class] and [id], descendant and child combinators)"
        ))));
    }
    Ok(())
}

/// Entry points for the fuzz targets (`fuzz/`): the micro-syntax parsers,
/// which are otherwise private. Only built under `cfg(fuzzing)`.
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    /// Path data, then the analysis of the path (closed outline or strokes).
    pub fn path_data(d: &str) {
        if let Some(path) = crate::svg::path::path_data(d) {
            let _ = crate::geom::path::analyse(&path);
        }
    }

    /// The content of a draw.io export's root: a diagram model, maybe
    /// compressed; also as the compressed text of a page.
    pub fn drawio(content: &str) {
        let _ = crate::generators::drawio::parse(content);
        let page =
            format!("<mxfile><diagram>{}</diagram></mxfile>", quick_xml::escape::escape(content));
        let _ = crate::generators::drawio::parse(&page);
    }

    /// A transform list.
    pub fn transform(t: &str) {
        let _ = crate::svg::transform::parse_transform(t);
    }

    /// A length, against every axis.
    pub fn length(l: &str) {
        use crate::svg::length::{Axis, Units, length, number};
        let u = Units { dpi: 96.0, font_size: 16.0, viewport: (300.0, 150.0) };
        let _ = number(l);
        for axis in [Axis::X, Axis::Y, Axis::Diagonal] {
            let _ = length(l, axis, &u);
        }
    }

    /// A style sheet and a `style` attribute, and a selector list.
    pub fn style(s: &str) {
        let mut css = crate::svg::css::Css::default();
        css.add(s.to_string());
        let _ = crate::svg::css::Css::selector(s);
        let svg = format!(
            "<svg xmlns='http://www.w3.org/2000/svg'><circle r='1' style='{}'/></svg>",
            quick_xml::escape::escape(s)
        );
        let _ = crate::extract(svg.as_bytes(), &crate::ExtractOptions::default());
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// What the crate's own tests share.
#[cfg(test)]
pub(crate) mod testing {
    /// Every drawing under `samples/` and `tests/fixtures/` (broken ones
    /// too), by name, in order.
    pub(crate) fn drawings() -> Vec<(String, Vec<u8>)> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut out = Vec::new();
        for dir in ["samples", "tests/fixtures"] {
            let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "svg"))
                .collect();
            files.sort();
            for p in files {
                out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
            }
        }
        out
    }
}
