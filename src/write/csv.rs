//! The default output: a nodes CSV and an edges CSV.
//!
//! Nodes: `id,x,y,r,label,fill,stroke,class,svg_id`; edges:
//! `source,target,stroke,stroke_width,class,svg_id`. Numbers are in the
//! shortest form that reads back exactly; absent values are empty.

use std::io::Write;

use rayon::prelude::*;

use crate::Diagram;
use crate::error::Result;

use super::format_f64;

/// The nodes CSV header.
pub const NODE_HEADER: [&str; 9] =
    ["id", "x", "y", "r", "label", "fill", "stroke", "class", "svg_id"];
/// The edges CSV header.
pub const EDGE_HEADER: [&str; 6] =
    ["source", "target", "stroke", "stroke_width", "class", "svg_id"];

/// Rows formatted per parallel task; a window of tasks is formatted at
/// once and written in order, so memory stays bounded.
const CHUNK: usize = 16 * 1024;

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().buffer_capacity(64 * 1024).from_writer(out)
}

/// Formats `items` in chunks on all cores with `row` and writes them to
/// `out` in order, after `header`.
fn write_rows<T: Sync, W: Write>(
    items: &[T],
    header: &[&str],
    mut out: W,
    row: impl Fn(&mut csv::Writer<&mut Vec<u8>>, &T) -> csv::Result<()> + Sync,
) -> Result<()> {
    {
        let mut w = writer(&mut out);
        w.write_record(header).map_err(csv_error)?;
        w.flush()?;
    }
    let window = CHUNK * rayon::current_num_threads().max(1) * 2;
    for part in items.chunks(window) {
        let bufs: Vec<Vec<u8>> = part
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut buf = Vec::with_capacity(chunk.len() * 48);
                {
                    let mut w = writer(&mut buf);
                    for item in chunk {
                        row(&mut w, item)?;
                    }
                    w.flush()?;
                }
                Ok(buf)
            })
            .collect::<csv::Result<_>>()
            .map_err(csv_error)?;
        for b in &bufs {
            out.write_all(b)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn csv_error(e: csv::Error) -> crate::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io.into(),
        other => std::io::Error::other(format!("{other:?}")).into(),
    }
}

/// Writes the nodes CSV.
pub fn write_nodes<W: Write>(d: &Diagram, out: W) -> Result<()> {
    write_rows(d.graph().raw_nodes(), &NODE_HEADER, out, |w, n| {
        let n = &n.weight;
        let (mut bx, mut by, mut br) = (ryu::Buffer::new(), ryu::Buffer::new(), ryu::Buffer::new());
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
    })
}

/// Writes the edges CSV.
pub fn write_edges<W: Write>(d: &Diagram, out: W) -> Result<()> {
    // Resolve every node id once: edges refer to nodes in no useful order,
    // and one small table is kinder to the cache than the nodes themselves.
    let ids: Vec<&str> = d.nodes().map(|n| d.text(n.id)).collect();
    write_rows(d.graph().raw_edges(), &EDGE_HEADER, out, |w, e| {
        let style = d.edge_style(&e.weight);
        let mut bw = ryu::Buffer::new();
        let width = match style.stroke_width {
            Some(v) => format_f64(v, &mut bw),
            None => "",
        };
        w.write_record([
            ids[e.source().index()],
            ids[e.target().index()],
            d.text(style.stroke),
            width,
            d.text(style.class),
            d.text(e.weight.svg_id),
        ])
    })
}
