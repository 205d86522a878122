//! The edges of a diagram, in document order. They stay in memory unless
//! [`crate::ExtractOptions::spool_edges`] asks otherwise: then, past
//! [`SPOOL_AFTER`] edges, whole chunks of them go to a temporary file and
//! are read back chunk by chunk by whoever walks them.

use std::io;

use super::codec::LinkCodec;
use super::{Link, StyleId};
use crate::spool::{Codec, Iter, Spool};

/// Edges kept in memory before chunks are spooled (when spooling).
pub(crate) const SPOOL_AFTER: usize = LinkCodec::CHUNK;

/// The edges, in memory or partly spooled, and what the writers ask of
/// them all.
#[derive(Debug)]
pub(crate) struct Links {
    spool: Spool<LinkCodec>,
    any_directed: bool,
    /// For each style id, whether an edge uses it.
    styles: Vec<bool>,
}

impl From<Vec<Link>> for Links {
    fn from(mem: Vec<Link>) -> Links {
        let mut links = Links::new(usize::MAX);
        links.reserve(mem.len());
        for l in mem {
            // (In memory: pushing cannot fail.)
            let _ = links.push(l);
        }
        links
    }
}

impl Links {
    /// Empty; spools once `spool_after` edges are held (never with
    /// `usize::MAX`).
    pub(crate) fn new(spool_after: usize) -> Links {
        Links { spool: Spool::new(spool_after), any_directed: false, styles: Vec::new() }
    }

    /// Room for `n` more edges in memory.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.spool.reserve(n);
    }

    /// Edges held.
    pub(crate) fn len(&self) -> usize {
        self.spool.len()
    }

    /// Whether some edges wait in the spool.
    #[cfg(test)]
    pub(crate) fn spooled_any(&self) -> bool {
        self.spool.spooled_any()
    }

    /// Whether any edge is directed.
    pub(crate) fn any_directed(&self) -> bool {
        self.any_directed
    }

    /// All edges, when none are spooled.
    pub(crate) fn in_memory(&mut self) -> Option<&mut Vec<Link>> {
        self.spool.in_memory()
    }

    /// Adds an edge. Fails only when the spool cannot be written.
    pub(crate) fn push(&mut self, l: Link) -> io::Result<()> {
        self.any_directed |= l.edge.directed;
        let k = l.edge.style.0 as usize;
        if k >= self.styles.len() {
            self.styles.resize(k + 1, false);
        }
        self.styles[k] = true;
        self.spool.push(l)
    }

    /// The style ids some edge uses.
    pub(crate) fn styles(&self) -> impl Iterator<Item = StyleId> + '_ {
        self.styles.iter().enumerate().filter(|&(_, &u)| u).map(|(k, _)| StyleId(k as u32))
    }

    /// Calls `f` with the edges chunk by chunk, in order.
    pub(crate) fn for_each_chunk<E: From<io::Error>>(
        &self,
        f: impl FnMut(&[Link]) -> Result<(), E>,
    ) -> Result<(), E> {
        self.spool.for_each_chunk(f)
    }

    /// The edges, in order; reading the spool back may fail.
    pub(crate) fn iter(&self) -> Iter<'_, LinkCodec> {
        self.spool.iter()
    }
}
