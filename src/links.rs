//! The edges of a diagram, in document order. They stay in memory unless
//! [`crate::ExtractOptions::spool_edges`] asks otherwise: then, past
//! [`SPOOL_AFTER`] edges, whole chunks of them go to an unlinked temporary
//! file, so that memory does not grow with their number, and are read back
//! chunk by chunk by whoever walks them.

use std::fs::File;
use std::io::{self, Write};
use std::sync::OnceLock;

use crate::model::{Edge, Link, StyleId};
use crate::spool::{read_at, spool_error};
use crate::text::Text;

/// Edges kept in memory before chunks are spooled (when spooling).
pub(crate) const SPOOL_AFTER: usize = CHUNK;

/// Edges per spooled chunk.
const CHUNK: usize = if cfg!(test) { 64 } else { 64 * 1024 };

/// What the spool holds, for messages.
const WHAT: &str = "edges";

/// Bytes of one spooled edge: six whole numbers.
const RECORD: usize = 24;

/// The edges, in memory or partly spooled.
#[derive(Debug)]
pub(crate) struct Links {
    /// The edges after the spooled ones.
    mem: Vec<Link>,
    /// The spool and the number of chunks in it (each [`CHUNK`] edges).
    spool: Option<(File, usize)>,
    /// Spool from this many edges on.
    spool_after: usize,
    any_directed: bool,
    /// For each style id, whether an edge uses it.
    styles: Vec<bool>,
    /// The first failure to read the spool back.
    failed: OnceLock<io::ErrorKind>,
    /// The bytes of a chunk, reused from chunk to chunk while spooling.
    encoded: Vec<u8>,
}

impl From<Vec<Link>> for Links {
    fn from(mem: Vec<Link>) -> Links {
        let mut links = Links::new(usize::MAX);
        for l in &mem {
            links.note(l);
        }
        links.mem = mem;
        links
    }
}

impl Links {
    /// Empty; spools once `spool_after` edges are held (never with
    /// `usize::MAX`).
    pub(crate) fn new(spool_after: usize) -> Links {
        Links {
            mem: Vec::new(),
            spool: None,
            spool_after,
            any_directed: false,
            styles: Vec::new(),
            failed: OnceLock::new(),
            encoded: Vec::new(),
        }
    }

    /// Room for `n` more edges in memory.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.mem.reserve(n);
    }

    /// Edges held.
    pub(crate) fn len(&self) -> usize {
        self.spooled() + self.mem.len()
    }

    fn spooled(&self) -> usize {
        self.spooled_chunks() * CHUNK
    }

    /// Whether some edges wait in the spool.
    #[cfg(test)]
    pub(crate) fn spooled_any(&self) -> bool {
        self.spool.is_some()
    }

    /// Whether any edge is directed.
    pub(crate) fn any_directed(&self) -> bool {
        self.any_directed
    }

    /// All edges, when none are spooled.
    pub(crate) fn in_memory(&mut self) -> Option<&mut Vec<Link>> {
        if self.spool.is_some() { None } else { Some(&mut self.mem) }
    }

    /// Adds an edge. Fails only when the spool cannot be written.
    pub(crate) fn push(&mut self, l: Link) -> io::Result<()> {
        self.note(&l);
        self.mem.push(l);
        if self.mem.len().is_multiple_of(CHUNK) && self.len() > self.spool_after {
            self.spool_memory()?;
        }
        Ok(())
    }

    /// Records what [`Links::any_directed`] and [`Links::styles`] tell.
    fn note(&mut self, l: &Link) {
        self.any_directed |= l.edge.directed;
        let k = l.edge.style.0 as usize;
        if k >= self.styles.len() {
            self.styles.resize(k + 1, false);
        }
        self.styles[k] = true;
    }

    /// The style ids some edge uses.
    pub(crate) fn styles(&self) -> impl Iterator<Item = StyleId> + '_ {
        self.styles.iter().enumerate().filter(|&(_, &u)| u).map(|(k, _)| StyleId(k as u32))
    }

    /// Writes the edges in memory (whole chunks) to the spool.
    fn spool_memory(&mut self) -> io::Result<()> {
        if self.spool.is_none() {
            let Ok(f) = tempfile::tempfile() else {
                // No temporary file to be had: the edges stay in memory.
                self.spool_after = usize::MAX;
                return Ok(());
            };
            self.spool = Some((f, 0));
        }
        let Some((file, chunks)) = self.spool.as_mut() else { return Ok(()) };
        for chunk in self.mem.chunks(CHUNK) {
            self.encoded.clear();
            for l in chunk {
                encode(l, &mut self.encoded);
            }
            file.write_all(&self.encoded).map_err(|e| spool_error(&e, WHAT))?;
            *chunks += 1;
        }
        self.mem.clear();
        Ok(())
    }

    /// Spooled chunk `i` into `out` (cleared), through `bytes`.
    fn read_chunk(&self, i: usize, bytes: &mut Vec<u8>, out: &mut Vec<Link>) -> io::Result<()> {
        let Some((file, _)) = &self.spool else { return Ok(()) };
        bytes.resize(CHUNK * RECORD, 0);
        read_at(file, bytes, (i * CHUNK * RECORD) as u64)?;
        out.clear();
        out.extend(bytes.chunks_exact(RECORD).map(decode));
        Ok(())
    }

    /// Spooled chunks.
    fn spooled_chunks(&self) -> usize {
        self.spool.as_ref().map_or(0, |(_, n)| *n)
    }

    /// Calls `f` with the edges chunk by chunk, in order.
    pub(crate) fn for_each_chunk<E: From<io::Error>>(
        &self,
        mut f: impl FnMut(&[Link]) -> Result<(), E>,
    ) -> Result<(), E> {
        // The next chunk is read (on another core) while `f` takes one.
        let n = self.spooled_chunks();
        let read = |i: usize, bytes: &mut Vec<u8>, out: &mut Vec<Link>| {
            if i < n {
                self.read_chunk(i, bytes, out).map_err(|e| spool_error(&e, WHAT))
            } else {
                Ok(())
            }
        };
        let (mut bytes, mut chunk, mut next) = (Vec::new(), Vec::new(), Vec::new());
        read(0, &mut bytes, &mut chunk)?;
        for i in 0..n {
            let mut ahead = Ok(());
            rayon::in_place_scope(|s| {
                s.spawn(|_| ahead = read(i + 1, &mut bytes, &mut next));
                f(&chunk)
            })?;
            ahead?;
            std::mem::swap(&mut chunk, &mut next);
        }
        f(&self.mem)
    }

    /// The edges, in order. Reading the spool back may fail: the iteration
    /// then ends early and [`Links::failure`] says why.
    pub(crate) fn iter(&self) -> Iter<'_> {
        Iter {
            links: self,
            chunk: 0,
            bytes: Vec::new(),
            buf: Vec::new(),
            at: 0,
            mem_at: 0,
            left: self.len(),
        }
    }

    /// Why an iteration ended early, if one did.
    pub(crate) fn failure(&self) -> Option<io::Error> {
        self.failed.get().map(|&kind| spool_error(&io::Error::from(kind), WHAT))
    }
}

/// The edges of [`Links`], in order, by value.
pub(crate) struct Iter<'a> {
    links: &'a Links,
    /// The next spooled chunk to read.
    chunk: usize,
    bytes: Vec<u8>,
    buf: Vec<Link>,
    at: usize,
    mem_at: usize,
    left: usize,
}

impl Iterator for Iter<'_> {
    type Item = Link;

    fn next(&mut self) -> Option<Link> {
        loop {
            if let Some(&l) = self.buf.get(self.at) {
                self.at += 1;
                self.left -= 1;
                return Some(l);
            }
            if self.chunk >= self.links.spooled_chunks() {
                break;
            }
            if let Err(e) = self.links.read_chunk(self.chunk, &mut self.bytes, &mut self.buf) {
                let _ = self.links.failed.set(e.kind());
                self.left = 0;
                return None;
            }
            self.chunk += 1;
            self.at = 0;
        }
        let l = *self.links.mem.get(self.mem_at)?;
        self.mem_at += 1;
        self.left -= 1;
        Some(l)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

fn encode(l: &Link, out: &mut Vec<u8>) {
    let e = &l.edge;
    let flags = u32::from(e.directed) | (u32::from(e.disputed) << 1);
    // Assembled whole, then appended in one copy.
    let mut rec = [0u8; RECORD];
    let fields = [l.source, l.target, e.style.0, e.svg_id.to_raw(), e.label.to_raw(), flags];
    for (to, v) in rec.chunks_exact_mut(4).zip(fields) {
        to.copy_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&rec);
}

fn decode(rec: &[u8]) -> Link {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn link(k: usize) -> Link {
        Link {
            source: k as u32,
            target: (k * 7 % 1000) as u32,
            edge: Edge {
                style: StyleId(k as u32 % 5),
                svg_id: Text::from_raw(k as u32 % 3),
                directed: k.is_multiple_of(2),
                label: Text::from_raw(k as u32 % 4),
                disputed: k.is_multiple_of(3),
            },
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_spool_that_cannot_be_read_is_reported() {
        let mut links = Links::new(usize::MAX);
        links.push(link(1)).unwrap();
        // A spool said to hold a chunk, in a file that holds nothing.
        links.spool = Some((File::open("/dev/null").unwrap(), 1));
        assert_eq!(links.iter().count(), 0);
        let e = links.failure().unwrap();
        assert!(e.to_string().contains("temporary file holding the drawing's edges"), "{e}");
        let walked = links.for_each_chunk(|_| io::Result::Ok(()));
        assert!(walked.is_err());
    }

    #[test]
    fn spooled_edges_read_back_in_order() {
        let n = CHUNK * 6 + 5;
        for spool_after in [0, CHUNK, SPOOL_AFTER, usize::MAX] {
            let mut links = Links::new(spool_after);
            for k in 0..n {
                links.push(link(k)).unwrap();
            }
            assert_eq!(links.len(), n);
            assert_eq!(links.spool.is_some(), spool_after < n, "{spool_after}");
            assert_eq!(links.in_memory().is_some(), spool_after >= n);
            let all: Vec<Link> = links.iter().collect();
            assert_eq!(all, (0..n).map(link).collect::<Vec<_>>());
            assert_eq!(links.iter().len(), n);
            let mut chunked = Vec::new();
            links
                .for_each_chunk(|c| {
                    chunked.extend_from_slice(c);
                    io::Result::Ok(())
                })
                .unwrap();
            assert_eq!(chunked, all);
            assert!(links.failure().is_none());
            assert!(links.any_directed());
        }
    }
}
