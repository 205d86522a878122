//! The edge candidates of a drawing, in document order. A drawing may hold
//! millions of strokes, read long before the nodes they join (tools draw
//! edges under nodes): past [`SPOOL_AFTER`] candidates, whole chunks of them
//! go to an unlinked temporary file, so that memory does not grow with
//! their number; matching reads them back in order.

use std::fs::File;
use std::io::{self, Write};

use kurbo::Point;

use super::{EDGE_CHUNK, EdgeShape};
use crate::graph::StyleId;
use crate::text::Text;

/// Candidates kept in memory before chunks are spooled to a file.
pub(crate) const SPOOL_AFTER: usize = 4 * EDGE_CHUNK;

/// Bytes of one spooled candidate.
const RECORD: usize = 56;

/// The edge candidates, in memory or partly spooled.
#[derive(Debug)]
pub(crate) struct Candidates {
    /// Chunks in memory, after the spooled ones.
    chunks: Vec<Vec<EdgeShape>>,
    /// The spool and the number of chunks in it (each [`EDGE_CHUNK`]).
    spool: Option<(File, usize)>,
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
        self.failed.get().map(|kind| {
            let why = io::Error::from(kind);
            let dir = std::env::temp_dir();
            let msg = format!(
                "the temporary file holding the drawing's strokes (in {}) failed: {why}",
                dir.display()
            );
            io::Error::new(kind, msg)
        })
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
            if let Ok(f) = tempfile::tempfile() {
                self.spool = Some((f, 0));
            } else {
                // No temporary file to be had: the candidates stay in
                // memory, as they would in a smaller drawing.
                self.spool_after = usize::MAX;
                return None;
            }
        }
        let (file, spooled) = self.spool.as_mut()?;
        let mut reuse = None;
        let bytes = &mut self.encoded;
        // Every chunk in memory is full here (a chunk grows to
        // EDGE_CHUNK before the next is started), so the spool holds whole
        // chunks and candidate k sits at record k.
        for mut c in self.chunks.drain(..) {
            bytes.clear();
            for e in &c {
                encode(e, bytes);
            }
            if let Err(err) = file.write_all(bytes) {
                self.failed.set(Some(err.kind()));
                return None;
            }
            *spooled += 1;
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
            let (file, _) = self.spool.as_ref()?;
            let mut rec = [0u8; RECORD];
            match read_at(file, &mut rec, (k * RECORD) as u64) {
                Ok(()) => return Some(decode(&rec)),
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
        self.spool.as_ref().map_or(0, |(_, n)| n * EDGE_CHUNK)
    }

    /// Calls `f` with each candidate and its index, in order.
    pub(crate) fn for_each(&self, mut f: impl FnMut(usize, &EdgeShape)) {
        let mut k = 0;
        if let Some((file, n)) = &self.spool {
            let mut bytes = vec![0u8; EDGE_CHUNK * RECORD];
            for i in 0..*n {
                if let Err(e) = read_at(file, &mut bytes, (i * EDGE_CHUNK * RECORD) as u64) {
                    self.fail(&e);
                    return;
                }
                for rec in bytes.chunks_exact(RECORD) {
                    f(k, &decode(rec));
                    k += 1;
                }
            }
        }
        for e in self.chunks.iter().flatten() {
            f(k, e);
            k += 1;
        }
    }

    /// The candidates chunk by chunk, in order, each freed once used.
    pub(crate) fn into_chunks(self) -> impl Iterator<Item = io::Result<Vec<EdgeShape>>> {
        let Candidates { chunks, spool, .. } = self;
        let spooled = spool.into_iter().flat_map(|(file, n)| {
            // One read buffer for all chunks.
            let mut bytes = vec![0u8; EDGE_CHUNK * RECORD];
            (0..n).map(move |i| {
                read_at(&file, &mut bytes, (i * EDGE_CHUNK * RECORD) as u64)?;
                Ok(bytes.chunks_exact(RECORD).map(decode).collect())
            })
        });
        spooled.chain(chunks.into_iter().map(Ok))
    }
}

fn encode(e: &EdgeShape, out: &mut Vec<u8>) {
    for v in [e.a.x, e.a.y, e.b.x, e.b.y] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for v in [e.style.0, e.svg_id.to_raw(), e.line, e.column, e.extra, e.group] {
        out.extend_from_slice(&v.to_le_bytes());
    }
}

fn decode(rec: &[u8]) -> EdgeShape {
    let f = |i: usize| {
        let b: [u8; 8] =
            rec.get(i * 8..i * 8 + 8).and_then(|s| s.try_into().ok()).unwrap_or_default();
        f64::from_le_bytes(b)
    };
    let u = |i: usize| {
        let at = 32 + i * 4;
        let b: [u8; 4] = rec.get(at..at + 4).and_then(|s| s.try_into().ok()).unwrap_or_default();
        u32::from_le_bytes(b)
    };
    EdgeShape {
        a: Point::new(f(0), f(1)),
        b: Point::new(f(2), f(3)),
        style: StyleId(u(0)),
        svg_id: Text::from_raw(u(1)),
        line: u(2),
        column: u(3),
        extra: u(4),
        group: u(5),
    }
}

/// Fills `buf` from `file` at `offset`.
#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

/// Fills `buf` from `file` at `offset`.
#[cfg(windows)]
fn read_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, offset)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
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
            extra: if k.is_multiple_of(2) { crate::svg::NONE } else { k as u32 },
            group: 3,
        }
    }

    fn same(a: &EdgeShape, b: &EdgeShape) -> bool {
        format!("{a:?}") == format!("{b:?}")
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
            let all: Vec<EdgeShape> = c.into_chunks().flat_map(Result::unwrap).collect();
            assert_eq!(all.len(), n);
            assert!(all.iter().enumerate().all(|(k, e)| same(e, &shape(k))));
        }
    }
}
