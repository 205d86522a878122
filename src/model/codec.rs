//! How strokes and edges are laid out when they are spooled to a
//! temporary file (see [`crate::spool`]).

use kurbo::Point;
use nonmax::NonMaxU32;

use super::{Edge, EdgeShape, Index, Link, StyleId};
use crate::spool::{Codec, SLACK};
use crate::text::Text;

/// Edge candidates (strokes). A chunk lays out the four coordinates as they
/// are, then each of the six whole-number fields as its difference from the
/// chunk's smallest, in as few bytes as that chunk needs (none where the
/// field is the same throughout: often the id, the column, the group).
#[derive(Debug)]
pub(crate) struct StrokeCodec;

/// The whole-number fields of a stroke.
const FIELDS: usize = 6;

/// An index as the number stored for it (`u32::MAX` for none).
fn raw(i: Index) -> u32 {
    i.map_or(u32::MAX, |i| i.get())
}

fn fields(e: &EdgeShape) -> [u32; FIELDS] {
    [e.style.0, e.svg_id.to_raw(), e.line, e.column, raw(e.extra), raw(e.group)]
}

/// How a chunk of strokes lays out its records.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StrokeLayout {
    base: [u32; FIELDS],
    width: [u8; FIELDS],
    record: usize,
}

impl Codec for StrokeCodec {
    type Record = EdgeShape;
    type Layout = StrokeLayout;
    // Small in unit tests, so that small drawings fill several.
    const CHUNK: usize = if cfg!(test) { 64 } else { 16 * 1024 };
    const WHAT: &'static str = "strokes";
    const MAX_RECORD: usize = 32 + 4 * FIELDS + SLACK;

    fn layout(chunk: &[EdgeShape]) -> StrokeLayout {
        let mut lo = [u32::MAX; FIELDS];
        let mut hi = [0u32; FIELDS];
        for e in chunk {
            for (i, v) in fields(e).into_iter().enumerate() {
                lo[i] = lo[i].min(v);
                hi[i] = hi[i].max(v);
            }
        }
        let mut width = [0u8; FIELDS];
        for i in 0..FIELDS {
            let span = hi[i].saturating_sub(lo[i]);
            // Bytes needed for `span`: 0 for 0, 1 up to 255, …
            width[i] = (4 - span.leading_zeros() / 8) as u8;
        }
        let record = 32 + width.iter().map(|&w| usize::from(w)).sum::<usize>();
        let base = if chunk.is_empty() { [0; FIELDS] } else { lo };
        StrokeLayout { base, width, record }
    }

    fn record_len(layout: &StrokeLayout) -> usize {
        layout.record
    }

    fn encode(l: &StrokeLayout, e: &EdgeShape, out: &mut [u8]) {
        for (i, v) in [e.a.x, e.a.y, e.b.x, e.b.y].into_iter().enumerate() {
            out[i * 8..i * 8 + 8].copy_from_slice(&v.to_le_bytes());
        }
        let mut at = 32;
        // Each field is written whole, then overwritten by the next: no
        // copy of a varying length.
        for (i, v) in fields(e).into_iter().enumerate() {
            out[at..at + 4].copy_from_slice(&(v - l.base[i]).to_le_bytes());
            at += usize::from(l.width[i]);
        }
    }

    fn decode(l: &StrokeLayout, rec: &[u8]) -> EdgeShape {
        let f = |i: usize| {
            let b: [u8; 8] =
                rec.get(i * 8..i * 8 + 8).and_then(|s| s.try_into().ok()).unwrap_or_default();
            f64::from_le_bytes(b)
        };
        let mut v = l.base;
        let mut at = 32;
        for (i, slot) in v.iter_mut().enumerate() {
            let w = u32::from(l.width[i]);
            let b: [u8; 4] =
                rec.get(at..at + 4).and_then(|s| s.try_into().ok()).unwrap_or_default();
            let mask = if w == 4 { u32::MAX } else { (1u32 << (8 * w)) - 1 };
            *slot = slot.wrapping_add(u32::from_le_bytes(b) & mask);
            at += w as usize;
        }
        EdgeShape {
            a: Point::new(f(0), f(1)),
            b: Point::new(f(2), f(3)),
            style: StyleId(v[0]),
            svg_id: Text::from_raw(v[1]),
            line: v[2],
            column: v[3],
            extra: NonMaxU32::new(v[4]),
            group: NonMaxU32::new(v[5]),
        }
    }
}

/// Edges: six whole numbers each.
#[derive(Debug)]
pub(crate) struct LinkCodec;

/// Bytes of one edge.
const LINK: usize = 24;

impl Codec for LinkCodec {
    type Record = Link;
    type Layout = ();
    const CHUNK: usize = if cfg!(test) { 64 } else { 64 * 1024 };
    const WHAT: &'static str = "edges";
    const MAX_RECORD: usize = LINK + SLACK;

    fn layout(_: &[Link]) {}

    fn record_len((): &()) -> usize {
        LINK
    }

    fn encode((): &(), l: &Link, out: &mut [u8]) {
        let e = &l.edge;
        let flags = u32::from(e.directed) | (u32::from(e.disputed) << 1);
        let fields = [l.source, l.target, e.style.0, e.svg_id.to_raw(), e.label.to_raw(), flags];
        for (to, v) in out[..LINK].chunks_exact_mut(4).zip(fields) {
            to.copy_from_slice(&v.to_le_bytes());
        }
    }

    fn decode((): &(), rec: &[u8]) -> Link {
        let u = |i: usize| {
            let b: [u8; 4] =
                rec.get(i * 4..i * 4 + 4).and_then(|s| s.try_into().ok()).unwrap_or_default();
            u32::from_le_bytes(b)
        };
        Link {
            source: u(0),
            target: u(1),
            edge: Edge {
                style: StyleId(u(2)),
                svg_id: Text::from_raw(u(3)),
                directed: u(5) & 1 != 0,
                label: Text::from_raw(u(4)),
                disputed: u(5) & 2 != 0,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index;

    fn shape(k: usize) -> EdgeShape {
        let v = k as f64;
        EdgeShape {
            a: Point::new(v, -v),
            b: Point::new(v * 0.5, 1e300),
            style: StyleId(k as u32 % 7),
            svg_id: Text::from_raw(k as u32 % 3),
            line: k as u32,
            column: 7,
            extra: if k.is_multiple_of(2) { None } else { index(k) },
            group: index(3),
        }
    }

    fn same(a: &EdgeShape, b: &EdgeShape) -> bool {
        format!("{a:?}") == format!("{b:?}")
    }

    #[test]
    fn stroke_fields_the_same_throughout_a_chunk_take_no_room() {
        let chunk: Vec<EdgeShape> = (0..StrokeCodec::CHUNK)
            .map(|k| EdgeShape { svg_id: Text::EMPTY, column: 1, group: index(9), ..shape(k) })
            .map(|e| EdgeShape { extra: None, line: 1000 + e.line, ..e })
            .collect();
        let layout = StrokeCodec::layout(&chunk);
        // Style 0..7 takes a byte; lines 1000..1000 + CHUNK one or two.
        let line_bytes = if StrokeCodec::CHUNK <= 256 { 1 } else { 2 };
        assert_eq!(layout.width, [1, 0, line_bytes, 0, 0, 0]);
        assert_eq!(layout.record, 32 + 1 + line_bytes as usize);
        let mut bytes = vec![0u8; layout.record + SLACK];
        for e in &chunk {
            StrokeCodec::encode(&layout, e, &mut bytes);
            assert!(same(&StrokeCodec::decode(&layout, &bytes), e), "{e:?}");
        }
    }

    #[test]
    fn strokes_of_any_fields_round_trip() {
        let chunk: Vec<EdgeShape> = (0..100).map(|k| shape(k * 1_000_003)).collect();
        let layout = StrokeCodec::layout(&chunk);
        let mut bytes = vec![0u8; StrokeCodec::MAX_RECORD];
        for e in &chunk {
            StrokeCodec::encode(&layout, e, &mut bytes);
            assert!(same(&StrokeCodec::decode(&layout, &bytes), e), "{e:?}");
        }
    }

    #[test]
    fn links_round_trip() {
        let mut bytes = vec![0u8; LinkCodec::MAX_RECORD];
        for k in 0..50u32 {
            let l = Link {
                source: k,
                target: u32::MAX - k,
                edge: Edge {
                    style: StyleId(k % 5),
                    svg_id: Text::from_raw(k % 3),
                    directed: k % 2 == 0,
                    label: Text::from_raw(k % 4),
                    disputed: k % 3 == 0,
                },
            };
            LinkCodec::encode(&(), &l, &mut bytes);
            assert_eq!(LinkCodec::decode(&(), &bytes), l);
        }
    }
}
