//! The default output: a nodes CSV and an edges CSV.
//!
//! Nodes: `id,x,y,r,label,fill,stroke,class,svg_id`; edges:
//! `source,target,stroke,stroke_width,class,svg_id`. Numbers are in the
//! shortest form that reads back exactly; absent values are empty.

use std::io::Write;

use crate::Diagram;
use crate::error::Result;

use super::format_f64;

/// The nodes CSV header.
pub const NODE_HEADER: [&str; 9] = [
    "id", "x", "y", "r", "label", "fill", "stroke", "class", "svg_id",
];
/// The edges CSV header.
pub const EDGE_HEADER: [&str; 6] = [
    "source",
    "target",
    "stroke",
    "stroke_width",
    "class",
    "svg_id",
];

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .buffer_capacity(256 * 1024)
        .from_writer(out)
}

fn csv_error(e: csv::Error) -> crate::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io.into(),
        other => std::io::Error::other(format!("{other:?}")).into(),
    }
}

/// Writes the nodes CSV.
pub fn write_nodes<W: Write>(d: &Diagram, out: W) -> Result<()> {
    let mut w = writer(out);
    w.write_record(NODE_HEADER).map_err(csv_error)?;
    let (mut bx, mut by, mut br) = (ryu::Buffer::new(), ryu::Buffer::new(), ryu::Buffer::new());
    for n in d.nodes() {
        w.write_record([
            d.text(n.id),
            format_f64(n.x, &mut bx),
            format_f64(n.y, &mut by),
            format_f64(n.r, &mut br),
            d.text(n.label),
            d.text(n.fill),
            d.text(n.stroke),
            d.text(n.class),
            d.text(n.svg_id),
        ])
        .map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

/// Writes the edges CSV.
pub fn write_edges<W: Write>(d: &Diagram, out: W) -> Result<()> {
    let mut w = writer(out);
    w.write_record(EDGE_HEADER).map_err(csv_error)?;
    let mut bw = ryu::Buffer::new();
    for (s, t, e) in d.edges() {
        let width = match e.stroke_width {
            Some(v) => format_f64(v, &mut bw),
            None => "",
        };
        w.write_record([
            d.text(s.id),
            d.text(t.id),
            d.text(e.stroke),
            width,
            d.text(e.class),
            d.text(e.svg_id),
        ])
        .map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}
