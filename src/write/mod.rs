//! Writers of the extracted graph, one per format. Each writes stable,
//! deterministic bytes, escaping what its format requires.
//!
//! Every format carries the same attributes where it can (see
//! `docs/output.md`): for nodes `label`, `x`, `y`, `r`, `fill`, `stroke`,
//! `class`, `svg_id`, `shape`, `opacity`; for edges `stroke`,
//! `stroke_width`, `class`, `svg_id`, `directed`, `label`, `weight`,
//! `opacity`.

pub mod csv;
mod dot;
mod gexf;
mod gml;
mod graphml;
mod json;
mod plain;
mod tables;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::model::{Diagram, Edge, Node};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// A nodes CSV and an edges CSV (the default).
    Csv,
    /// Gephi's spreadsheet import: nodes `Id,Label,…`, edges
    /// `Source,Target,Type,Weight,…`.
    Gephi,
    /// GraphML.
    Graphml,
    /// GEXF 1.2, with `viz:position`, `viz:color` and `viz:size`.
    Gexf,
    /// GML.
    Gml,
    /// Node-link JSON, as networkx (`node_link_graph`) and D3 read it.
    Json,
    /// Graphviz DOT, with `pos` so that `neato -n` redraws the picture.
    Dot,
    /// Pajek `.net`.
    Pajek,
    /// A whitespace-separated edge list (also igraph's `ncol`).
    Edgelist,
    /// neo4j-admin import CSVs (`:ID`, `:START_ID`, `:END_ID`, `:TYPE`).
    Neo4j,
}

impl Format {
    /// Every format, in the order of `--help`.
    pub const ALL: [Format; 10] = [
        Format::Csv,
        Format::Gephi,
        Format::Graphml,
        Format::Gexf,
        Format::Gml,
        Format::Json,
        Format::Dot,
        Format::Pajek,
        Format::Edgelist,
        Format::Neo4j,
    ];

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Gephi => "gephi",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Gml => "gml",
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Pajek => "pajek",
            Format::Edgelist => "edgelist",
            Format::Neo4j => "neo4j",
        }
    }

    /// The format called `name` (as [`Format::name`] gives it).
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The format `path`'s extension names (`.graphml`, `.gexf`, `.gml`,
    /// `.json`, `.dot`/`.gv`, `.net`, `.edgelist`/`.ncol`, `.csv`).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => Format::Csv,
            "graphml" => Format::Graphml,
            "gexf" => Format::Gexf,
            "gml" => Format::Gml,
            "json" => Format::Json,
            "dot" | "gv" => Format::Dot,
            "net" => Format::Pajek,
            "edgelist" | "ncol" => Format::Edgelist,
            _ => return None,
        })
    }

    /// True for the formats written as two files, nodes and edges.
    pub fn is_pair(self) -> bool {
        self.suffixes().len() == 2
    }

    /// The file name suffixes of the format's files: `.nodes.csv` and
    /// `.edges.csv` for pairs, else one (`.graphml`, …).
    pub fn suffixes(self) -> &'static [&'static str] {
        match self {
            Format::Csv | Format::Gephi | Format::Neo4j => &[".nodes.csv", ".edges.csv"],
            Format::Graphml => &[".graphml"],
            Format::Gexf => &[".gexf"],
            Format::Gml => &[".gml"],
            Format::Json => &[".json"],
            Format::Dot => &[".dot"],
            Format::Pajek => &[".net"],
            Format::Edgelist => &[".edgelist"],
        }
    }

    /// The files the format writes for `stem` (`a/x` → `a/x.graphml`, or
    /// `a/x.nodes.csv` and `a/x.edges.csv`).
    pub fn paths(self, stem: &Path) -> Vec<PathBuf> {
        self.suffixes()
            .iter()
            .map(|s| {
                let mut p = stem.as_os_str().to_os_string();
                p.push(s);
                PathBuf::from(p)
            })
            .collect()
    }
}

/// Choices of the writers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// JSON: name the edge list `links` (as D3 and networkx before 3.4
    /// read it) instead of `edges`.
    pub json_links: bool,
}

/// Writes file `part` of `d` in `format` to `out`: for the pair formats
/// part 0 is the nodes file and part 1 the edges file; the others have
/// part 0 only (see [`Format::suffixes`]).
///
/// # Errors
///
/// When writing fails, or `part` is not one of the format's files.
pub fn write_file(
    d: &Diagram,
    format: Format,
    part: usize,
    opts: &WriteOptions,
    out: &mut dyn Write,
) -> Result<()> {
    match (format, part) {
        (Format::Csv, 0) => csv::write_nodes(d, out),
        (Format::Csv, 1) => csv::write_edges(d, out),
        (Format::Gephi, 0) => tables::gephi_nodes(d, out),
        (Format::Gephi, 1) => tables::gephi_edges(d, out),
        (Format::Neo4j, 0) => tables::neo4j_nodes(d, out),
        (Format::Neo4j, 1) => tables::neo4j_edges(d, out),
        (Format::Graphml, 0) => graphml::write(d, out),
        (Format::Gexf, 0) => gexf::write(d, out),
        (Format::Gml, 0) => gml::write(d, out),
        (Format::Json, 0) => json::write(d, opts, out),
        (Format::Dot, 0) => dot::write(d, out),
        (Format::Pajek, 0) => plain::pajek(d, out),
        (Format::Edgelist, 0) => plain::edgelist(d, out),
        _ => Err(std::io::Error::other(format!("the {} format has no file {part}", format.name()))
            .into()),
    }
}

/// Formats `v` in the shortest form that reads back as the same `f64`
/// (`12`, `0.5`, `1e-7`); `-0` is written `0`.
pub fn format_f64(v: f64, buf: &mut ryu::Buffer) -> &str {
    shortest(v, v == 0.0, buf)
}

/// [`format_f64`] for an `f32`: the shortest form that reads back as the
/// same `f32` (`0.3`, not the `f64` digits of the nearest `f32`).
pub fn format_f32(v: f32, buf: &mut ryu::Buffer) -> &str {
    shortest(v, v == 0.0, buf)
}

fn shortest<Attr: ryu::Float>(v: Attr, zero: bool, buf: &mut ryu::Buffer) -> &str {
    if zero {
        return "0";
    }
    let s = buf.format(v);
    s.strip_suffix(".0").unwrap_or(s)
}

/// An attribute value, as every format writes it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Value<'a> {
    /// A text.
    Str(&'a str),
    /// A number.
    Num(f64),
    /// A number kept as `f32` (opacity), written as the `f32` it is.
    Num32(f32),
    /// A flag.
    Bool(bool),
}

impl Value<'_> {
    /// The value as text (numbers in shortest round-trip form, booleans
    /// `true`/`false`).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        let mut b = ryu::Buffer::new();
        match *self {
            Value::Str(s) => s.into(),
            Value::Num(v) => format_f64(v, &mut b).to_string().into(),
            Value::Num32(v) => format_f32(v, &mut b).to_string().into(),
            Value::Bool(v) => if v { "true" } else { "false" }.into(),
        }
    }

    /// The value as a number, where it is one: an `f32` through its
    /// shortest decimal form, as the text formats write it (0.3, not
    /// 0.30000001192092896).
    pub fn number(&self) -> Option<f64> {
        match *self {
            Value::Num(v) => Some(v),
            Value::Num32(_) => self.text().parse().ok(),
            _ => None,
        }
    }
}

/// The type of an attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrType {
    /// Text.
    Str,
    /// A number.
    Num,
    /// A flag.
    Bool,
}

/// The node attributes every format carries, with their types.
pub const NODE_ATTRS: [(&str, AttrType); 10] = [
    ("label", AttrType::Str),
    ("x", AttrType::Num),
    ("y", AttrType::Num),
    ("r", AttrType::Num),
    ("fill", AttrType::Str),
    ("stroke", AttrType::Str),
    ("class", AttrType::Str),
    ("svg_id", AttrType::Str),
    ("shape", AttrType::Str),
    ("opacity", AttrType::Num),
];

/// The edge attributes every format carries, with their types.
pub const EDGE_ATTRS: [(&str, AttrType); 8] = [
    ("stroke", AttrType::Str),
    ("stroke_width", AttrType::Num),
    ("class", AttrType::Str),
    ("svg_id", AttrType::Str),
    ("directed", AttrType::Bool),
    ("label", AttrType::Str),
    ("weight", AttrType::Num),
    ("opacity", AttrType::Num),
];

/// A node's attributes, in the order of [`NODE_ATTRS`]; `None` where
/// absent (an empty text).
pub fn node_values<'a>(d: &'a Diagram, n: &Node) -> [Option<Value<'a>>; 10] {
    let s = |t| Some(Value::Str(d.text(t))).filter(|v| *v != Value::Str(""));
    [
        s(n.label),
        Some(Value::Num(n.x)),
        Some(Value::Num(n.y)),
        Some(Value::Num(n.r)),
        s(n.fill),
        s(n.stroke),
        s(n.class),
        s(n.svg_id),
        Some(Value::Str(n.shape.name())),
        Some(Value::Num32(n.opacity)),
    ]
}

/// An edge's attributes, in the order of [`EDGE_ATTRS`]; `None` where
/// absent. `weighted`: see [`Diagram::weights_vary`].
pub fn edge_values<'a>(d: &'a Diagram, e: &Edge, weighted: bool) -> [Option<Value<'a>>; 8] {
    let s = |t| Some(Value::Str(d.text(t))).filter(|v| *v != Value::Str(""));
    let st = d.edge_style(e);
    [
        s(st.stroke),
        Some(Value::Num(st.width())),
        s(st.class),
        s(e.svg_id),
        Some(Value::Bool(e.directed)),
        s(e.label),
        weighted.then(|| Value::Num(st.width())),
        Some(Value::Num32(st.opacity)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_round_trip_numbers() {
        let mut b = ryu::Buffer::new();
        for (v, s) in [
            (12.0, "12"),
            (-0.0, "0"),
            (0.5, "0.5"),
            (101.412_131_118_653_48, "101.41213111865348"),
            (1e-7, "1e-7"),
            (-3.25, "-3.25"),
        ] {
            assert_eq!(format_f64(v, &mut b), s);
        }
        for v in [0.1 + 0.2, 1.0 / 3.0, 123_456.789e10, f64::MIN_POSITIVE] {
            let s = format_f64(v, &mut b).to_string();
            assert_eq!(s.parse::<f64>().unwrap(), v);
        }
        assert_eq!(format_f32(0.3, &mut b), "0.3");
        assert_eq!(format_f32(1.0, &mut b), "1");
        assert_eq!(format_f32(-0.0, &mut b), "0");
        assert_eq!(Value::Num32(0.3).text(), "0.3");
        assert_eq!(Value::Num(0.1).text(), "0.1");
        assert_eq!(Value::Bool(true).text(), "true");
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::from_path(Path::new("g.GraphML")), Some(Format::Graphml));
        assert_eq!(Format::from_path(Path::new("g.net")), Some(Format::Pajek));
        assert_eq!(Format::from_path(Path::new("g.gv")), Some(Format::Dot));
        assert_eq!(Format::from_path(Path::new("g.txt")), None);
        assert_eq!(
            Format::Csv.paths(Path::new("out/x")),
            [PathBuf::from("out/x.nodes.csv"), PathBuf::from("out/x.edges.csv")]
        );
        assert_eq!(Format::Gexf.paths(Path::new("x")), [PathBuf::from("x.gexf")]);
    }
}
