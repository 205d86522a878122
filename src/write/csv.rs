//! The default output: a nodes CSV and an edges CSV.
//!
//! The columns are [`NODE_HEADER`] and [`EDGE_HEADER`] (docs/output.md
//! says what each holds). Numbers are in the shortest form that reads back
//! exactly; absent values are empty.

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
const CHUNK: usize = 1024;

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().buffer_capacity(64 * 1024).from_writer(out)
}

fn csv_error(e: csv::Error) -> crate::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io.into(),
        other => std::io::Error::other(format!("{other:?}")).into(),
    }
}

/// Formats rows on all cores with `format` (which appends the rows of a
/// slice of items to a buffer) and writes them to `out` in order, after
/// `header`. `items` hands over the items a slice at a time; each is cut
/// into windows, and a window is written while the next one is being
/// formatted. The buffers are reused, so memory stays bounded and is not
/// faulted in afresh for every window.
fn write_rows<T: Sync, W: Write>(
    items: impl FnOnce(&mut dyn FnMut(&[T]) -> Result<()>) -> Result<()>,
    header: &[&str],
    mut out: W,
    format: impl Fn(&[T], &mut Vec<u8>) -> csv::Result<()> + Sync,
) -> Result<()> {
    {
        let mut w = writer(&mut out);
        w.write_record(header).map_err(csv_error)?;
        w.flush()?;
    }
    // Many small tasks a window (8 a core) balance the cores better than a
    // few large ones while one core is writing.
    let per_window = rayon::current_num_threads().max(1) * 8;
    let format_window = |part: &[T], bufs: &mut Vec<Vec<u8>>| -> Result<()> {
        let chunks: Vec<&[T]> = part.chunks(CHUNK).collect();
        bufs.resize_with(chunks.len(), Vec::new);
        bufs.truncate(chunks.len());
        bufs.par_iter_mut()
            .zip(chunks)
            .try_for_each(|(buf, chunk)| {
                buf.clear();
                format(chunk, buf)
            })
            .map_err(csv_error)
    };
    let write = |bufs: &Vec<Vec<u8>>, out: &mut W| -> Result<()> {
        for b in bufs {
            out.write_all(b)?;
        }
        Ok(())
    };
    // `ready` holds the formatted window not yet written.
    let (mut ready, mut spare) = (Vec::new(), Vec::new());
    items(&mut |slice: &[T]| {
        for part in slice.chunks(CHUNK * per_window) {
            // Writing stays on this thread (`out` need not be `Send`).
            let mut formatted = Ok(());
            let wrote = rayon::in_place_scope(|s| {
                s.spawn(|_| formatted = format_window(part, &mut spare));
                write(&ready, &mut out)
            });
            wrote?;
            formatted?;
            std::mem::swap(&mut ready, &mut spare);
        }
        Ok(())
    })?;
    write(&ready, &mut out)?;
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

/// Appends `s` as one CSV field: as it is, or quoted where it holds a
/// delimiter, a quote or a line break (as the csv writer does).
fn push_field(buf: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    if b.iter().any(|&c| matches!(c, b',' | b'"' | b'\n' | b'\r')) {
        buf.extend(quote(s));
    } else {
        buf.extend_from_slice(b);
    }
}

/// Writes the nodes CSV.
pub fn write_nodes<W: Write>(d: &Diagram, out: W) -> Result<()> {
    write_rows(
        |each| each(d.node_list()),
        &NODE_HEADER,
        out,
        |chunk, buf| {
            let mut b = ryu::Buffer::new();
            for n in chunk {
                push_field(buf, d.text(n.id));
                for v in [n.x, n.y, n.r] {
                    buf.push(b',');
                    buf.extend_from_slice(format_f64(v, &mut b).as_bytes());
                }
                for t in [n.label, n.fill, n.stroke, n.class, n.svg_id] {
                    buf.push(b',');
                    push_field(buf, d.text(t));
                }
                buf.push(b',');
                buf.extend_from_slice(n.shape.name().as_bytes());
                buf.push(b',');
                buf.extend_from_slice(format_f32(n.opacity, &mut b).as_bytes());
                buf.push(b'\n');
            }
            Ok(())
        },
    )
}

/// Writes the edges CSV.
///
/// Edges repeat the same ids and styles many times over, so each node id
/// and each style's columns are quoted once and rows are assembled from
/// those pieces.
pub fn write_edges<W: Write>(d: &Diagram, out: W) -> Result<()> {
    let mut ids = Slots::default();
    let mut field = Vec::new();
    for n in d.nodes() {
        field.clear();
        push_field(&mut field, d.text(n.id));
        ids.push(&field);
    }
    ids.finish();
    let mut styles: Vec<Vec<u8>> = Vec::with_capacity(d.edge_styles().len());
    let mut bw = ryu::Buffer::new();
    for st in d.edge_styles() {
        let mut cols = quote(d.text(st.stroke));
        cols.push(b',');
        cols.extend_from_slice(format_f64(st.width(), &mut bw).as_bytes());
        cols.push(b',');
        cols.extend(quote(d.text(st.class)));
        styles.push(cols);
    }
    // Where stroke widths vary, they are the edges' weights.
    let varies = d.weights_vary();
    // The weight column of each style, formatted once.
    let weights: Vec<Vec<u8>> = d
        .edge_styles()
        .iter()
        .map(|st| {
            let mut cols = if varies {
                format_f64(st.width(), &mut bw).as_bytes().to_vec()
            } else {
                Vec::new()
            };
            cols.push(b',');
            cols.extend_from_slice(format_f32(st.opacity, &mut ryu::Buffer::new()).as_bytes());
            cols
        })
        .collect();
    let directed = |yes: bool| -> &[u8] { if yes { b",true," } else { b",false," } };
    // Most edges have no id and no label: all of the row after the target
    // then depends only on the style and the direction.
    let mut tails = Pieces::default();
    for (st, w) in styles.iter().zip(&weights) {
        for yes in [false, true] {
            tails.push(&[b",", st.as_slice(), b",", directed(yes), b",", w, b"\n"].concat());
        }
    }
    tails.finish();
    write_rows(
        |each| d.for_each_link_chunk(each),
        &EDGE_HEADER,
        out,
        |chunk, buf| {
            // (`write_rows` hands over CHUNK rows at most; more would go
            // in pieces, none left out.)
            for rows in chunk.chunks(CHUNK) {
                // The ids' slots are read for a whole chunk first, in a loop
                // whose reads do not wait for one another: the processor then
                // overlaps their cache misses (the ids of a million nodes do
                // not fit in its caches), where copying row by row waits for
                // each in turn.
                let mut lens = [(0u8, 0u8); CHUNK];
                for (len, l) in lens.iter_mut().zip(rows) {
                    *len = (ids.len_byte(l.source as usize), ids.len_byte(l.target as usize));
                }
                for (l, &(source, target)) in rows.iter().zip(&lens) {
                    let (w, style) = (&l.edge, l.edge.style.0 as usize);
                    ids.put_with(l.source as usize, source, buf);
                    buf.push(b',');
                    ids.put_with(l.target as usize, target, buf);
                    if w.svg_id.is_empty() && w.label.is_empty() {
                        tails.put(style * 2 + usize::from(w.directed), buf);
                        continue;
                    }
                    buf.push(b',');
                    buf.extend_from_slice(&styles[style]);
                    buf.push(b',');
                    push_field(buf, d.text(w.svg_id));
                    buf.extend_from_slice(directed(w.directed));
                    push_field(buf, d.text(w.label));
                    buf.push(b',');
                    buf.extend_from_slice(&weights[style]);
                    buf.push(b'\n');
                }
            }
            Ok(())
        },
    )
}

/// Byte strings copied into rows many times over, in any order: each
/// short one in a slot of its own, its length first, so that a copy
/// touches one cache line; longer ones in [`Pieces`].
#[derive(Default)]
struct Slots {
    slots: Vec<Slot>,
    long: Pieces,
}

/// One slot, aligned to its size: never split across two cache lines.
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Slot([u8; Slots::SLOT]);

impl Slots {
    const SLOT: usize = 32;
    /// The length byte of a slot that holds the index of a long piece.
    const LONG: u8 = u8::MAX;

    fn push(&mut self, piece: &[u8]) {
        let mut slot = [0; Self::SLOT];
        if piece.len() < Self::SLOT {
            slot[0] = piece.len() as u8;
            slot[1..=piece.len()].copy_from_slice(piece);
        } else {
            slot[0] = Self::LONG;
            let k = self.long.at.len() as u64;
            slot[1..9].copy_from_slice(&k.to_le_bytes());
            self.long.push(piece);
        }
        self.slots.push(Slot(slot));
    }

    fn finish(&mut self) {
        self.long.finish();
    }

    /// The length byte of piece `i`'s slot.
    #[inline]
    fn len_byte(&self, i: usize) -> u8 {
        self.slots[i].0[0]
    }

    /// Appends piece `i`, whose slot's length byte is `len`, to `buf`.
    #[inline]
    fn put_with(&self, i: usize, len: u8, buf: &mut Vec<u8>) {
        let slot = &self.slots[i].0;
        if len == Self::LONG {
            let k = u64::from_le_bytes(slot[1..9].try_into().unwrap_or_default());
            self.long.put(k as usize, buf);
        } else {
            let end = buf.len() + usize::from(len);
            buf.extend_from_slice(&slot[1..]);
            buf.truncate(end);
        }
    }
}

/// Byte strings copied into rows many times over. Each is stored with
/// [`Pieces::BLOCK`] bytes of slack after it, so that a short one is
/// copied as one block of fixed size (a few vector moves, where a copy of
/// variable length is a call) and the row then cut back to its length.
#[derive(Default)]
struct Pieces {
    bytes: Vec<u8>,
    /// Start and length of each piece.
    at: Vec<(usize, usize)>,
}

impl Pieces {
    const BLOCK: usize = 64;

    fn push(&mut self, piece: &[u8]) {
        self.at.push((self.bytes.len(), piece.len()));
        self.bytes.extend_from_slice(piece);
    }

    /// Adds the slack after the last piece.
    fn finish(&mut self) {
        self.bytes.extend_from_slice(&[0; Self::BLOCK]);
    }

    /// Appends piece `i` to `buf`.
    #[inline]
    fn put(&self, i: usize, buf: &mut Vec<u8>) {
        let (start, len) = self.at[i];
        let block = self.bytes.get(start..start + Self::BLOCK);
        match block.and_then(|b| <&[u8; Self::BLOCK]>::try_from(b).ok()) {
            Some(block) if len <= Self::BLOCK => {
                let end = buf.len() + len;
                buf.extend_from_slice(block);
                buf.truncate(end);
            }
            _ => buf.extend_from_slice(&self.bytes[start..start + len]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn pieces_copy_whole_whatever_their_length() {
        let mut p = super::Pieces::default();
        let long = vec![b'x'; 200];
        for piece in [&b""[..], b"a", b"abc,def", &long[..64], &long[..65], &long] {
            p.push(piece);
        }
        p.finish();
        let mut buf = b"row:".to_vec();
        for i in 0..6 {
            p.put(i, &mut buf);
        }
        let want = [&b"row:"[..], b"a", b"abc,def", &long[..64], &long[..65], &long].concat();
        assert_eq!(buf, want);
    }

    #[test]
    fn slots_copy_whole_whatever_their_length() {
        let mut p = super::Slots::default();
        let long = vec![b'y'; 300];
        let pieces = [&b""[..], b"a", &long[..31], &long[..32], &long[..33], &long, b"abc,def"];
        for piece in pieces {
            p.push(piece);
        }
        p.finish();
        let mut buf = b"row:".to_vec();
        // In any order, some twice.
        let order = [5, 0, 3, 1, 6, 2, 4, 3, 5];
        for &i in &order {
            p.put_with(i, p.len_byte(i), &mut buf);
        }
        let want: Vec<u8> = [&b"row:"[..]]
            .into_iter()
            .chain(order.iter().map(|&i| pieces[i]))
            .collect::<Vec<_>>()
            .concat();
        assert_eq!(buf, want);
    }

    #[test]
    fn fields_are_pushed_as_the_csv_writer_writes_them() {
        for s in ["plain", "", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " pad ", "é ü", "<&>"]
        {
            let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
            w.write_record(["x", s, "y"]).unwrap();
            let want = w.into_inner().unwrap();
            let mut got = b"x,".to_vec();
            super::push_field(&mut got, s);
            got.extend_from_slice(b",y\n");
            assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want), "{s:?}");
        }
    }

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
