//! The default output: a nodes CSV and an edges CSV.
//!
//! Nodes: `id,x,y,r,label,fill,stroke,class,svg_id`; edges:
//! `source,target,stroke,stroke_width,class,svg_id`. Numbers are in the
//! shortest form that reads back exactly; absent values are empty.

use std::io::Write;

use rayon::prelude::*;

use crate::Diagram;
use crate::error::Result;

use super::{format_f32, format_f64};

/// The nodes CSV header.
pub const NODE_HEADER: [&str; 11] =
    ["id", "x", "y", "r", "label", "fill", "stroke", "class", "svg_id", "shape", "opacity"];
/// The edges CSV header.
pub const EDGE_HEADER: [&str; 10] = [
    "source",
    "target",
    "stroke",
    "stroke_width",
    "class",
    "svg_id",
    "directed",
    "label",
    "weight",
    "opacity",
];

/// Rows formatted per parallel task; a window of tasks is formatted at
/// once and written in order, so memory stays bounded.
const CHUNK: usize = 16 * 1024;

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().buffer_capacity(64 * 1024).from_writer(out)
}

fn csv_error(e: csv::Error) -> crate::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io.into(),
        other => std::io::Error::other(format!("{other:?}")).into(),
    }
}

/// Formats `items` in chunks on all cores with `format` (which appends a
/// chunk's rows to a buffer) and writes them to `out` in order, after
/// `header`.
fn write_rows<T: Sync, W: Write>(
    items: &[T],
    header: &[&str],
    mut out: W,
    format: impl Fn(&[T], &mut Vec<u8>) -> csv::Result<()> + Sync,
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
                format(chunk, &mut buf)?;
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

/// `s` as one CSV field, quoted only where needed (as the csv writer does).
fn quote(s: &str) -> Vec<u8> {
    if s.is_empty() {
        return Vec::new(); // csv-core would write `""`; the csv writer writes nothing
    }
    let mut out = vec![0u8; s.len() * 2 + 2];
    let mut w = csv_core::Writer::new();
    let (_, _, n) = w.field(s.as_bytes(), &mut out);
    let (_, m) = w.finish(&mut out[n..]);
    out.truncate(n + m);
    out
}

/// Writes the nodes CSV.
pub fn write_nodes<W: Write>(d: &Diagram, out: W) -> Result<()> {
    write_rows(d.graph().raw_nodes(), &NODE_HEADER, out, |chunk, buf| {
        let mut w = writer(buf);
        let (mut bx, mut by, mut br) = (ryu::Buffer::new(), ryu::Buffer::new(), ryu::Buffer::new());
        let mut bo = ryu::Buffer::new();
        for n in chunk {
            let n = &n.weight;
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
                n.shape.name(),
                format_f32(n.opacity, &mut bo),
            ])?;
        }
        w.flush()?;
        Ok(())
    })
}

/// Writes the edges CSV.
///
/// Edges repeat the same ids and styles many times over, so each node id
/// and each style's columns are quoted once and rows are assembled from
/// those pieces.
pub fn write_edges<W: Write>(d: &Diagram, out: W) -> Result<()> {
    let ids: Vec<Vec<u8>> = d.nodes().map(|n| quote(d.text(n.id))).collect();
    let mut styles: Vec<Vec<u8>> = Vec::with_capacity(d.edge_styles().len());
    let mut bw = ryu::Buffer::new();
    for st in d.edge_styles() {
        let mut cols = quote(d.text(st.stroke));
        cols.push(b',');
        if let Some(v) = st.stroke_width {
            cols.extend_from_slice(format_f64(v, &mut bw).as_bytes());
        }
        cols.push(b',');
        cols.extend(quote(d.text(st.class)));
        styles.push(cols);
    }
    // Where stroke widths vary, they are the edges' weights.
    let varies = {
        let mut widths = d
            .graph()
            .raw_edges()
            .iter()
            .map(|e| d.edge_style(&e.weight).stroke_width.map(f64::to_bits));
        widths.next().is_some_and(|first| widths.any(|w| w != first))
    };
    // The weight column of each style, formatted once.
    let weights: Vec<Vec<u8>> = d
        .edge_styles()
        .iter()
        .map(|st| {
            let mut cols = match st.stroke_width {
                Some(w) if varies => format_f64(w, &mut bw).as_bytes().to_vec(),
                _ => Vec::new(),
            };
            cols.push(b',');
            cols.extend_from_slice(format_f32(st.opacity, &mut ryu::Buffer::new()).as_bytes());
            cols
        })
        .collect();
    write_rows(d.graph().raw_edges(), &EDGE_HEADER, out, |chunk, buf| {
        for e in chunk {
            buf.extend_from_slice(&ids[e.source().index()]);
            buf.push(b',');
            buf.extend_from_slice(&ids[e.target().index()]);
            buf.push(b',');
            buf.extend_from_slice(&styles[e.weight.style.0 as usize]);
            buf.push(b',');
            if !e.weight.svg_id.is_empty() {
                buf.extend(quote(d.text(e.weight.svg_id)));
            }
            buf.extend_from_slice(if e.weight.directed { b",true," } else { b",false," });
            if !e.weight.label.is_empty() {
                buf.extend(quote(d.text(e.weight.label)));
            }
            buf.push(b',');
            buf.extend_from_slice(&weights[e.weight.style.0 as usize]);
            buf.push(b'\n');
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn fields_are_quoted_only_where_needed() {
        assert_eq!(quote("plain"), b"plain");
        assert_eq!(quote(""), b"");
        assert_eq!(quote("a,b"), b"\"a,b\"");
        assert_eq!(quote("say \"hi\""), b"\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), b"\"two\nlines\"");
        assert_eq!(quote("é ü"), "é ü".as_bytes());
    }
}
