//! The edge candidates of a drawing, in document order. A drawing may hold
//! millions of strokes, read long before the nodes they join (tools draw
//! edges under nodes): past [`SPOOL_AFTER`] candidates, whole chunks of them
//! go to an unlinked temporary file, so that memory does not grow with
//! their number; matching reads them back in order.

use std::fs::File;
use std::io::{self, Write};

use kurbo::Point;

use crate::model::{EdgeShape, StyleId};
use crate::spool::{read_at, spool_error};
use crate::text::Text;

/// Edge candidates per chunk.
/// (Small in unit tests, so that small drawings fill several.)
pub(crate) const EDGE_CHUNK: usize = if cfg!(test) { 64 } else { 16 * 1024 };

/// Candidates kept in memory before chunks are spooled to a file.
pub(crate) const SPOOL_AFTER: usize = 4 * EDGE_CHUNK;

/// The spool: an unlinked temporary file holding whole chunks, each laid
/// out as its [`Layout`] says.
#[derive(Debug)]
struct Spool {
    file: File,
    chunks: Vec<Layout>,
    /// Bytes written.
    end: u64,
    /// Candidates written.
    held: usize,
}

/// How one spooled chunk lays out its candidates: the four coordinates as
/// they are, then each of the six whole-number fields as its difference
/// from the chunk's smallest, in as few bytes as that chunk needs (none
/// where the field is the same throughout: often the id, the column, the
/// group). Records are of one size within a chunk, so candidate `k` is
/// found without reading the others; a typical chunk takes 35–40 bytes a
/// candidate instead of 56.
#[derive(Clone, Copy, Debug)]
struct Layout {
    offset: u64,
    /// Candidates in the chunk: all but the last chunk are full.
    count: usize,
    base: [u32; FIELDS],
    width: [u8; FIELDS],
    record: usize,
}

/// The whole-number fields of a candidate.
const FIELDS: usize = 6;

/// Bytes past a record that encoding and decoding may touch.
const SLACK: usize = 4;

fn fields(e: &EdgeShape) -> [u32; FIELDS] {
    [e.style.0, e.svg_id.to_raw(), e.line, e.column, e.extra, e.group]
}

impl Layout {
    /// The layout for `chunk`, at `offset` in the spool.
    fn of(chunk: &[EdgeShape], offset: u64) -> Layout {
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
        Layout { offset, count: chunk.len(), base, width, record }
    }

    /// Writes `e` at the start of `out`, which has room for the record and
    /// [`SLACK`] bytes more (each field is written whole, then overwritten
    /// by the next: no copy of a varying length).
    fn encode(&self, e: &EdgeShape, out: &mut [u8]) {
        for (i, v) in [e.a.x, e.a.y, e.b.x, e.b.y].into_iter().enumerate() {
            out[i * 8..i * 8 + 8].copy_from_slice(&v.to_le_bytes());
        }
        let mut at = 32;
        for (i, v) in fields(e).into_iter().enumerate() {
            out[at..at + 4].copy_from_slice(&(v - self.base[i]).to_le_bytes());
            at += usize::from(self.width[i]);
        }
    }

    /// The candidate whose record starts `rec`, followed by at least
    /// [`SLACK`] bytes of anything.
    fn decode(&self, rec: &[u8]) -> EdgeShape {
        let f = |i: usize| {
            let b: [u8; 8] =
                rec.get(i * 8..i * 8 + 8).and_then(|s| s.try_into().ok()).unwrap_or_default();
            f64::from_le_bytes(b)
        };
        let mut v = self.base;
        let mut at = 32;
        for (i, slot) in v.iter_mut().enumerate() {
            let w = u32::from(self.width[i]);
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
            extra: v[4],
            group: v[5],
        }
    }
}

impl Spool {
    fn new() -> io::Result<Spool> {
        Ok(Spool { file: tempfile::tempfile()?, chunks: Vec::new(), end: 0, held: 0 })
    }

    /// Candidates held.
    fn len(&self) -> usize {
        self.held
    }

    /// Appends a chunk (a whole one, but for the last), encoded in `bytes` (a reused buffer).
    fn write(&mut self, chunk: &[EdgeShape], bytes: &mut Vec<u8>) -> io::Result<()> {
        let layout = Layout::of(chunk, self.end);
        let len = chunk.len() * layout.record;
        bytes.resize(len + SLACK, 0);
        for (e, at) in chunk.iter().zip((0..).step_by(layout.record)) {
            layout.encode(e, &mut bytes[at..]);
        }
        self.file.write_all(&bytes[..len])?;
        self.end += len as u64;
        self.held += chunk.len();
        self.chunks.push(layout);
        Ok(())
    }

    /// Candidate `k` (of those spooled).
    fn get(&self, k: usize) -> io::Result<EdgeShape> {
        let layout = self.chunks[k / EDGE_CHUNK];
        let mut rec = [0u8; 32 + 4 * FIELDS + SLACK];
        let at = layout.offset + ((k % EDGE_CHUNK) * layout.record) as u64;
        read_at(&self.file, &mut rec[..layout.record], at)?;
        Ok(layout.decode(&rec))
    }

    /// Chunk `i` into `out` (cleared), through `bytes`.
    fn read_chunk(
        &self,
        i: usize,
        bytes: &mut Vec<u8>,
        out: &mut Vec<EdgeShape>,
    ) -> io::Result<()> {
        let layout = self.chunks[i];
        let len = layout.count * layout.record;
        bytes.resize(len + SLACK, 0);
        read_at(&self.file, &mut bytes[..len], layout.offset)?;
        out.clear();
        out.extend((0..len).step_by(layout.record).map(|at| layout.decode(&bytes[at..])));
        Ok(())
    }
}

/// The edge candidates, in memory or partly spooled.
#[derive(Debug)]
pub(crate) struct Candidates {
    /// Chunks in memory, after the spooled ones.
    chunks: Vec<Vec<EdgeShape>>,
    spool: Option<Spool>,
    len: usize,
    /// Spool from this many candidates on.
    spool_after: usize,
    /// The first failure to write or read the spool.
    failed: std::cell::Cell<Option<io::ErrorKind>>,
    /// The bytes of a chunk being spooled, reused from chunk to chunk.
    encoded: Vec<u8>,
}

impl Default for Candidates {
    fn default() -> Self {
        Candidates::new(SPOOL_AFTER)
    }
}

impl Candidates {
    /// Empty; chunks are spooled once `spool_after` candidates are held.
    pub(crate) fn new(spool_after: usize) -> Self {
        Candidates {
            chunks: Vec::new(),
            spool: None,
            len: 0,
            spool_after,
            failed: std::cell::Cell::new(None),
            encoded: Vec::new(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The first I/O failure of the spool, if any: the candidates are then
    /// incomplete, and the extraction must fail.
    pub(crate) fn failure(&self) -> Option<io::Error> {
        self.failed.get().map(|kind| spool_error(&io::Error::from(kind), "strokes"))
    }

    /// [`Candidates::failure`] as a result.
    pub(crate) fn check(&self) -> io::Result<()> {
        self.failure().map_or(Ok(()), Err)
    }

    fn fail(&self, e: &io::Error) {
        if self.failed.get().is_none() {
            self.failed.set(Some(e.kind()));
        }
    }

    pub(crate) fn push(&mut self, e: EdgeShape) {
        self.len += 1;
        if let Some(c) = self.chunks.last_mut()
            && c.len() < EDGE_CHUNK
        {
            c.push(e);
            return;
        }
        // The last chunk is full (or there is none).
        let mut fresh = None;
        if self.len > self.spool_after && self.failed.get().is_none() {
            fresh = self.spool_full_chunks();
        }
        // Small drawings should not pay for a full chunk.
        let mut c = fresh.unwrap_or_else(|| {
            Vec::with_capacity(if self.chunks.is_empty() && self.spool.is_none() {
                1024
            } else {
                EDGE_CHUNK
            })
        });
        c.push(e);
        self.chunks.push(c);
    }

    /// Writes the full chunks in memory to the spool; returns one emptied
    /// chunk to reuse.
    fn spool_full_chunks(&mut self) -> Option<Vec<EdgeShape>> {
        if self.spool.is_none() {
            if let Ok(s) = Spool::new() {
                self.spool = Some(s);
            } else {
                // No temporary file to be had: the candidates stay in
                // memory, as they would in a smaller drawing.
                self.spool_after = usize::MAX;
                return None;
            }
        }
        let spool = self.spool.as_mut()?;
        let mut reuse = None;
        // Every chunk in memory is full here (a chunk grows to
        // EDGE_CHUNK before the next is started), so the spool holds whole
        // chunks and candidate k sits in its chunk k / EDGE_CHUNK.
        for mut c in self.chunks.drain(..) {
            if let Err(err) = spool.write(&c, &mut self.encoded) {
                self.failed.set(Some(err.kind()));
                return None;
            }
            c.clear();
            reuse = Some(c);
        }
        reuse
    }

    /// Candidate `k`.
    pub(crate) fn get(&self, k: usize) -> Option<EdgeShape> {
        if k >= self.len {
            return None;
        }
        let spooled = self.spooled();
        if k < spooled {
            match self.spool.as_ref()?.get(k) {
                Ok(e) => return Some(e),
                Err(e) => {
                    self.fail(&e);
                    return None;
                }
            }
        }
        let mut rest = k - spooled;
        for c in &self.chunks {
            if rest < c.len() {
                return Some(c[rest].clone());
            }
            rest -= c.len();
        }
        None
    }

    /// Candidates in the spool.
    fn spooled(&self) -> usize {
        self.spool.as_ref().map_or(0, Spool::len)
    }

    /// Calls `f` with each candidate and its index, in order.
    pub(crate) fn for_each(&self, mut f: impl FnMut(usize, &EdgeShape)) {
        let mut k = 0;
        if let Some(spool) = &self.spool {
            let (mut bytes, mut chunk) = (Vec::new(), Vec::new());
            for i in 0..spool.chunks.len() {
                if let Err(e) = spool.read_chunk(i, &mut bytes, &mut chunk) {
                    self.fail(&e);
                    return;
                }
                for e in &chunk {
                    f(k, e);
                    k += 1;
                }
            }
        }
        for e in self.chunks.iter().flatten() {
            f(k, e);
            k += 1;
        }
    }

    /// Calls `f` with the candidates chunk by chunk, in order, consuming
    /// them. `f` may keep a chunk by swapping it for a buffer of its own
    /// (which is then reused: spooled chunks are read back into a few
    /// buffers passed round).
    pub(crate) fn for_each_chunk(
        self,
        mut f: impl FnMut(&mut Vec<EdgeShape>) -> io::Result<()> + Send,
    ) -> io::Result<()> {
        let Candidates { chunks, spool, mut encoded, .. } = self;
        let Some(mut spool) = spool else {
            for mut c in chunks {
                f(&mut c)?;
            }
            return Ok(());
        };
        // The candidates still in memory join the spool: two chunks'
        // buffers then serve to read them all back, the next chunk read
        // while `f` takes the one before.
        let mut chunk = Vec::new();
        for c in chunks {
            spool.write(&c, &mut encoded).map_err(|e| spool_error(&e, "strokes"))?;
            chunk = c;
        }
        let read = |i: usize, bytes: &mut Vec<u8>, out: &mut Vec<EdgeShape>| {
            spool.read_chunk(i, bytes, out).map_err(|e| spool_error(&e, "strokes"))
        };
        let mut next = Vec::with_capacity(chunk.capacity());
        let n = spool.chunks.len();
        if n > 0 {
            read(0, &mut encoded, &mut chunk)?;
        }
        for i in 0..n {
            let (done, read) = rayon::join(
                || f(&mut chunk),
                || if i + 1 < n { read(i + 1, &mut encoded, &mut next) } else { Ok(()) },
            );
            done?;
            read?;
            std::mem::swap(&mut chunk, &mut next);
        }
        crate::spool::close_aside(spool);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(k: usize) -> EdgeShape {
        let v = k as f64;
        EdgeShape {
            a: Point::new(v, -v),
            b: Point::new(v * 0.5, 1e300),
            style: StyleId(k as u32 % 7),
            svg_id: Text::from_raw(k as u32 % 3),
            line: k as u32,
            column: 7,
            extra: if k.is_multiple_of(2) { crate::model::NONE } else { k as u32 },
            group: 3,
        }
    }

    fn same(a: &EdgeShape, b: &EdgeShape) -> bool {
        format!("{a:?}") == format!("{b:?}")
    }

    #[test]
    fn fields_the_same_throughout_a_chunk_take_no_room() {
        let chunk: Vec<EdgeShape> = (0..EDGE_CHUNK)
            .map(|k| EdgeShape { svg_id: Text::EMPTY, column: 1, group: 9, ..shape(k) })
            .map(|e| EdgeShape { extra: crate::model::NONE, line: 1000 + e.line, ..e })
            .collect();
        let layout = Layout::of(&chunk, 0);
        // Style 0..7 takes a byte; lines 1000..1000 + EDGE_CHUNK one or two.
        let line_bytes = if EDGE_CHUNK <= 256 { 1 } else { 2 };
        assert_eq!(layout.width, [1, 0, line_bytes, 0, 0, 0]);
        assert_eq!(layout.record, 32 + 1 + line_bytes as usize);
        let mut bytes = vec![0u8; layout.record + SLACK];
        for e in &chunk {
            layout.encode(e, &mut bytes);
            assert!(same(&layout.decode(&bytes), e), "{e:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_spool_that_cannot_be_written_is_reported() {
        let mut c = Candidates::new(0);
        // A file open for reading only: every write fails.
        let file = File::open("/dev/null").unwrap();
        c.spool = Some(Spool { file, chunks: Vec::new(), end: 0, held: 0 });
        for k in 0..=EDGE_CHUNK * 2 {
            c.push(shape(k));
        }
        let e = c.check().unwrap_err();
        assert!(e.to_string().contains("temporary file holding the drawing's strokes"), "{e}");
    }

    #[test]
    fn spooled_candidates_read_back_in_order() {
        let n = EDGE_CHUNK * 3 + 17;
        for spool_after in [0, EDGE_CHUNK, usize::MAX] {
            let mut c = Candidates::new(spool_after);
            for k in 0..n {
                c.push(shape(k));
            }
            assert_eq!(c.len(), n);
            assert_eq!(c.spool.is_some(), spool_after < n, "{spool_after}");
            for k in [0, 1, EDGE_CHUNK - 1, EDGE_CHUNK, 2 * EDGE_CHUNK + 5, n - 1] {
                assert!(same(&c.get(k).unwrap(), &shape(k)), "{k}");
            }
            assert!(c.get(n).is_none());
            let mut seen = 0;
            c.for_each(|k, e| {
                assert!(same(e, &shape(k)));
                seen += 1;
            });
            assert_eq!(seen, n);
            assert!(c.failure().is_none());
            let mut all = Vec::new();
            c.for_each_chunk(|chunk| {
                all.extend_from_slice(chunk);
                // A chunk taken away (as matching does) changes nothing.
                std::mem::take(chunk);
                Ok(())
            })
            .unwrap();
            assert_eq!(all.len(), n);
            assert!(all.iter().enumerate().all(|(k, e)| same(e, &shape(k))));
        }
    }
}
