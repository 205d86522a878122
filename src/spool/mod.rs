//! Records in document order that may outgrow memory: a drawing's strokes
//! (read long before the nodes they join) and a diagram's edges. Past a
//! threshold, whole chunks of them go to an unlinked temporary file, laid
//! out by the records' [`Codec`], so that memory does not grow with their
//! number; they are read back in order, a chunk at a time, and every read
//! says in its return type when the file failed.

use std::fs::File;
use std::io::{self, Write};

/// How one kind of record is laid out in a spool. Each chunk gets a
/// [`Codec::Layout`] chosen from its records (a codec may pack a chunk's
/// fields as tightly as that chunk allows); records are of one size within
/// a chunk, so record `k` is found without reading the others.
pub(crate) trait Codec: std::fmt::Debug {
    /// The record.
    type Record: Clone + Send + Sync;
    /// How a chunk lays out its records.
    type Layout: Copy + Send + Sync;
    /// Records per chunk.
    const CHUNK: usize;
    /// What the records are, for messages ("strokes").
    const WHAT: &'static str;
    /// The most bytes one record takes, [`SLACK`] included.
    const MAX_RECORD: usize;

    /// The layout of `chunk`.
    fn layout(chunk: &[Self::Record]) -> Self::Layout;
    /// Bytes of one record under `layout`.
    fn record_len(layout: &Self::Layout) -> usize;
    /// Writes `r` at the start of `out`, which has room for the record and
    /// [`SLACK`] bytes more (a codec may write whole words past a field and
    /// have the next field overwrite them).
    fn encode(layout: &Self::Layout, r: &Self::Record, out: &mut [u8]);
    /// The record at the start of `rec`, which is followed by at least
    /// [`SLACK`] bytes of anything.
    fn decode(layout: &Self::Layout, rec: &[u8]) -> Self::Record;
}

/// Bytes past a record that encoding and decoding may touch.
pub(crate) const SLACK: usize = 4;

/// A chunk in the file.
#[derive(Clone, Copy, Debug)]
struct Placed<L> {
    offset: u64,
    count: usize,
    layout: L,
}

/// Records in order: whole chunks in a temporary file, then the rest in
/// memory.
#[derive(Debug)]
pub(crate) struct Spool<C: Codec> {
    file: Option<File>,
    chunks: Vec<Placed<C::Layout>>,
    /// Bytes written to the file.
    end: u64,
    /// Records in the file.
    spooled: usize,
    /// The records after the spooled ones.
    mem: Vec<C::Record>,
    /// Spool from this many records on (never with `usize::MAX`).
    threshold: usize,
    /// The bytes of a chunk, reused from chunk to chunk.
    encoded: Vec<u8>,
    /// Records withdrawn (sorted): each keeps its place, so that every
    /// index stays, but is read no more (see [`Spool::withdraw`]).
    gone: Vec<u32>,
}

impl<C: Codec> Default for Spool<C> {
    /// Empty, never spooling.
    fn default() -> Self {
        Spool::new(usize::MAX)
    }
}

impl<C: Codec> Spool<C> {
    /// Empty; whole chunks go to a file once `spool_after` records are
    /// held (never with `usize::MAX`).
    pub(crate) fn new(spool_after: usize) -> Self {
        Spool {
            file: None,
            chunks: Vec::new(),
            end: 0,
            spooled: 0,
            mem: Vec::new(),
            threshold: spool_after,
            encoded: Vec::new(),
            gone: Vec::new(),
        }
    }

    /// Records held.
    pub(crate) fn len(&self) -> usize {
        self.spooled() + self.mem.len()
    }

    /// Records held and not withdrawn.
    pub(crate) fn live(&self) -> usize {
        self.len() - self.gone.len()
    }

    /// Withdraws records `ks` (indices below [`Spool::len`]): [`Spool::get`]
    /// and [`Spool::for_each`] pass them by, as if they had never been
    /// added; the callers of the chunked reads check
    /// [`Spool::withdrawn`]. Records that turn out to draw something else
    /// (a node drawn side by side) leave so.
    pub(crate) fn withdraw(&mut self, ks: impl IntoIterator<Item = u32>) {
        let len = self.len();
        self.gone.extend(ks.into_iter().filter(|&k| (k as usize) < len));
        self.gone.sort_unstable();
        self.gone.dedup();
    }

    /// The records withdrawn, sorted.
    pub(crate) fn gone(&self) -> &[u32] {
        &self.gone
    }

    /// Whether record `k` was withdrawn.
    pub(crate) fn withdrawn(&self, k: usize) -> bool {
        !self.gone.is_empty() && u32::try_from(k).is_ok_and(|k| self.gone.binary_search(&k).is_ok())
    }

    /// Records in the file.
    fn spooled(&self) -> usize {
        self.spooled
    }

    /// Whether some records wait in the file.
    pub(crate) fn spooled_any(&self) -> bool {
        !self.chunks.is_empty()
    }

    /// Room for `n` more records in memory.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.mem.reserve(n);
    }

    /// All records, when none are in the file.
    pub(crate) fn in_memory(&mut self) -> Option<&mut Vec<C::Record>> {
        if self.spooled_any() { None } else { Some(&mut self.mem) }
    }

    /// Adds a record. Fails only when the file cannot be written.
    pub(crate) fn push(&mut self, r: C::Record) -> io::Result<()> {
        if self.threshold != usize::MAX && self.mem.len() == self.mem.capacity() {
            // Memory bounded by the threshold: grown a chunk at a time once
            // a chunk is reached (no doubling past what will be held), and
            // from a small start (small drawings do not pay for a chunk).
            let cap = self.mem.capacity();
            self.mem.reserve_exact(if cap == 0 { 1024.min(C::CHUNK) } else { cap.min(C::CHUNK) });
        }
        self.mem.push(r);
        if self.mem.len().is_multiple_of(C::CHUNK) && self.len() > self.threshold {
            self.spool_memory()?;
        }
        Ok(())
    }

    /// Writes the records in memory (whole chunks) to the file.
    fn spool_memory(&mut self) -> io::Result<()> {
        if self.file.is_none() {
            let Ok(f) = tempfile::tempfile() else {
                // No temporary file to be had: the records stay in memory,
                // as they would in a smaller drawing.
                self.threshold = usize::MAX;
                return Ok(());
            };
            self.file = Some(f);
        }
        let mem = std::mem::take(&mut self.mem);
        for chunk in mem.chunks(C::CHUNK) {
            self.write_chunk(chunk).map_err(|e| spool_error(&e, C::WHAT))?;
        }
        self.mem = mem;
        self.mem.clear();
        // From now on at most a chunk waits in memory.
        self.mem.shrink_to(C::CHUNK);
        Ok(())
    }

    /// Appends `chunk` to the file (which exists).
    fn write_chunk(&mut self, chunk: &[C::Record]) -> io::Result<()> {
        let Some(file) = &mut self.file else { return Ok(()) };
        let layout = C::layout(chunk);
        let record = C::record_len(&layout);
        let len = chunk.len() * record;
        self.encoded.resize(len + SLACK, 0);
        for (r, at) in chunk.iter().zip((0..).step_by(record)) {
            C::encode(&layout, r, &mut self.encoded[at..]);
        }
        file.write_all(&self.encoded[..len])?;
        self.chunks.push(Placed { offset: self.end, count: chunk.len(), layout });
        self.spooled += chunk.len();
        self.end += len as u64;
        Ok(())
    }

    /// Spooled chunk `i` into `out` (cleared), through `bytes`.
    fn read_chunk(
        &self,
        i: usize,
        bytes: &mut Vec<u8>,
        out: &mut Vec<C::Record>,
    ) -> io::Result<()> {
        out.clear();
        let (Some(file), Some(c)) = (&self.file, self.chunks.get(i)) else { return Ok(()) };
        let record = C::record_len(&c.layout);
        let len = c.count * record;
        bytes.resize(len + SLACK, 0);
        read_at(file, &mut bytes[..len], c.offset).map_err(|e| spool_error(&e, C::WHAT))?;
        out.extend((0..len).step_by(record).map(|at| C::decode(&c.layout, &bytes[at..])));
        Ok(())
    }

    /// Record `k`, if there are that many.
    pub(crate) fn get(&self, k: usize) -> io::Result<Option<C::Record>> {
        if self.withdrawn(k) {
            return Ok(None);
        }
        let spooled = self.spooled();
        if k >= spooled {
            return Ok(self.mem.get(k - spooled).cloned());
        }
        // The file holds whole chunks.
        let (Some(file), Some(c)) = (&self.file, self.chunks.get(k / C::CHUNK)) else {
            return Ok(None);
        };
        let record = C::record_len(&c.layout);
        let mut rec = vec![0u8; C::MAX_RECORD];
        let at = c.offset + ((k % C::CHUNK) * record) as u64;
        read_at(file, &mut rec[..record], at).map_err(|e| spool_error(&e, C::WHAT))?;
        Ok(Some(C::decode(&c.layout, &rec)))
    }

    /// Calls `f` with each record and its index, in order.
    pub(crate) fn for_each(&self, mut f: impl FnMut(usize, &C::Record)) -> io::Result<()> {
        let mut k = 0;
        let mut gone = self.gone.iter().copied().peekable();
        let mut call = |k: usize, r: &C::Record| {
            if gone.next_if(|&g| g as usize == k).is_none() {
                f(k, r);
            }
        };
        let (mut bytes, mut chunk) = (Vec::new(), Vec::new());
        for i in 0..self.chunks.len() {
            self.read_chunk(i, &mut bytes, &mut chunk)?;
            for r in &chunk {
                call(k, r);
                k += 1;
            }
        }
        for r in &self.mem {
            call(k, r);
            k += 1;
        }
        Ok(())
    }

    /// Calls `f` with the records chunk by chunk, in order: each chunk of
    /// the file (the next read on another core while `f` takes one), then
    /// the records in memory as one slice. Withdrawn records are passed
    /// too.
    pub(crate) fn for_each_chunk<E: From<io::Error>>(
        &self,
        mut f: impl FnMut(&[C::Record]) -> Result<(), E>,
    ) -> Result<(), E> {
        let n = self.chunks.len();
        let (mut bytes, mut chunk, mut next) = (Vec::new(), Vec::new(), Vec::new());
        if n > 0 {
            self.read_chunk(0, &mut bytes, &mut chunk)?;
        }
        for i in 0..n {
            let mut ahead = Ok(());
            rayon::in_place_scope(|s| {
                if i + 1 < n {
                    s.spawn(|_| ahead = self.read_chunk(i + 1, &mut bytes, &mut next));
                }
                f(&chunk)
            })?;
            ahead?;
            std::mem::swap(&mut chunk, &mut next);
        }
        f(&self.mem)
    }

    /// Calls `f` with the records chunk by chunk, in order, consuming them
    /// (withdrawn records too).
    /// `f` may keep a chunk by swapping it for a buffer of its own, which
    /// is then reused (chunks read from the file go into a few buffers
    /// passed round, the next read on another core while `f` takes one).
    pub(crate) fn into_chunks(
        mut self,
        mut f: impl FnMut(&mut Vec<C::Record>) -> io::Result<()> + Send,
    ) -> io::Result<()>
    where
        C: 'static,
    {
        if self.file.is_none() {
            let mem = std::mem::take(&mut self.mem);
            if mem.len() <= C::CHUNK {
                let mut chunk = mem;
                return if chunk.is_empty() { Ok(()) } else { f(&mut chunk) };
            }
            for piece in mem.chunks(C::CHUNK) {
                f(&mut piece.to_vec())?;
            }
            return Ok(());
        }
        // The records still in memory join the file: two chunks' buffers
        // then serve to read them all back.
        let mem = std::mem::take(&mut self.mem);
        for piece in mem.chunks(C::CHUNK) {
            self.write_chunk(piece).map_err(|e| spool_error(&e, C::WHAT))?;
        }
        drop(mem);
        let mut chunk = Vec::with_capacity(C::CHUNK);
        let mut next = Vec::with_capacity(C::CHUNK);
        let mut encoded = std::mem::take(&mut self.encoded);
        let n = self.chunks.len();
        if n > 0 {
            self.read_chunk(0, &mut encoded, &mut chunk)?;
        }
        for i in 0..n {
            let (done, read) = rayon::join(
                || f(&mut chunk),
                || if i + 1 < n { self.read_chunk(i + 1, &mut encoded, &mut next) } else { Ok(()) },
            );
            done?;
            read?;
            std::mem::swap(&mut chunk, &mut next);
        }
        close_aside(self);
        Ok(())
    }

    /// The records, in order, by value (withdrawn ones too); reading the
    /// file may fail.
    pub(crate) fn iter(&self) -> Iter<'_, C> {
        Iter { spool: self, chunk: 0, bytes: Vec::new(), buf: Vec::new(), at: 0, left: self.len() }
    }
}

/// The records of a [`Spool`], in order.
pub(crate) struct Iter<'a, C: Codec> {
    spool: &'a Spool<C>,
    /// The next spooled chunk to read.
    chunk: usize,
    bytes: Vec<u8>,
    buf: Vec<C::Record>,
    at: usize,
    left: usize,
}

impl<C: Codec> ExactSizeIterator for Iter<'_, C> {}

impl<C: Codec> Iterator for Iter<'_, C> {
    type Item = io::Result<C::Record>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(r) = self.buf.get(self.at) {
                self.at += 1;
                self.left -= 1;
                return Some(Ok(r.clone()));
            }
            if self.chunk >= self.spool.chunks.len() {
                break;
            }
            if let Err(e) = self.spool.read_chunk(self.chunk, &mut self.bytes, &mut self.buf) {
                // Nothing more after a failure.
                self.left = 0;
                self.chunk = usize::MAX;
                self.buf.clear();
                return Some(Err(e));
            }
            self.chunk += 1;
            self.at = 0;
        }
        if self.chunk == usize::MAX {
            return None;
        }
        let mem_at = self.spool.mem.len().checked_sub(self.left)?;
        let r = self.spool.mem.get(mem_at)?.clone();
        self.left -= 1;
        Some(Ok(r))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

/// `e`, saying that it concerns the spool of `what`, and where that is.
pub(crate) fn spool_error(e: &io::Error, what: &str) -> io::Error {
    let dir = std::env::temp_dir();
    let msg = format!(
        "the temporary file holding the drawing's {what} (in {}) failed: {e}",
        dir.display()
    );
    io::Error::new(e.kind(), msg)
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

/// Drops `spool` on another thread: closing a large temporary file has the
/// kernel free all its pages, which the caller need not wait for.
fn close_aside<T: Send + 'static>(spool: T) {
    rayon::spawn(move || drop(spool));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbers, each in as few bytes as its chunk needs.
    #[derive(Debug)]
    struct Numbers;

    impl Codec for Numbers {
        type Record = u64;
        type Layout = usize;
        const CHUNK: usize = 64;
        const WHAT: &'static str = "numbers";
        const MAX_RECORD: usize = 8 + SLACK;

        fn layout(chunk: &[u64]) -> usize {
            let max = chunk.iter().copied().max().unwrap_or(0);
            8 - max.leading_zeros() as usize / 8
        }
        fn record_len(layout: &usize) -> usize {
            (*layout).max(1)
        }
        fn encode(layout: &usize, r: &u64, out: &mut [u8]) {
            out[..Self::record_len(layout)]
                .copy_from_slice(&r.to_le_bytes()[..Self::record_len(layout)]);
        }
        fn decode(layout: &usize, rec: &[u8]) -> u64 {
            let mut b = [0u8; 8];
            b[..Self::record_len(layout)].copy_from_slice(&rec[..Self::record_len(layout)]);
            u64::from_le_bytes(b)
        }
    }

    fn number(k: usize) -> u64 {
        (k as u64).wrapping_mul(0x9e37_79b9) >> (k % 40)
    }

    #[test]
    fn records_read_back_in_order_however_they_were_kept() {
        let n = Numbers::CHUNK * 6 + 5;
        for spool_after in [0, Numbers::CHUNK, 4 * Numbers::CHUNK, usize::MAX] {
            let mut s: Spool<Numbers> = Spool::new(spool_after);
            for k in 0..n {
                s.push(number(k)).unwrap();
            }
            let want: Vec<u64> = (0..n).map(number).collect();
            assert_eq!(s.len(), n);
            assert_eq!(s.spooled_any(), spool_after < n, "{spool_after}");
            assert_eq!(s.in_memory().is_some(), spool_after >= n);
            for k in [0, 1, Numbers::CHUNK - 1, Numbers::CHUNK, 2 * Numbers::CHUNK + 5, n - 1] {
                assert_eq!(s.get(k).unwrap(), Some(number(k)), "{k}");
            }
            assert_eq!(s.get(n).unwrap(), None);
            let all: Vec<u64> = s.iter().map(Result::unwrap).collect();
            assert_eq!(all, want);
            assert_eq!(s.iter().len(), n);
            let mut seen = Vec::new();
            s.for_each(|k, r| {
                assert_eq!(*r, number(k));
                seen.push(*r);
            })
            .unwrap();
            assert_eq!(seen, want);
            let mut chunked = Vec::new();
            s.for_each_chunk(|c| {
                chunked.extend_from_slice(c);
                io::Result::Ok(())
            })
            .unwrap();
            assert_eq!(chunked, want);
            let mut consumed = Vec::new();
            s.into_chunks(|c| {
                assert!(c.len() <= Numbers::CHUNK);
                consumed.extend_from_slice(c);
                // A chunk taken away (as matching does) changes nothing.
                std::mem::take(c);
                Ok(())
            })
            .unwrap();
            assert_eq!(consumed, want);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_spool_that_cannot_be_written_is_reported() {
        let mut s: Spool<Numbers> = Spool::new(0);
        // A file open for reading only: every write fails.
        s.file = Some(File::open("/dev/null").unwrap());
        let failed = (0..=Numbers::CHUNK * 2).map(|k| s.push(number(k))).find_map(Result::err);
        let e = failed.expect("a failed write");
        assert!(e.to_string().contains("temporary file holding the drawing's numbers"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_spool_that_cannot_be_read_is_reported_by_every_walk() {
        let mut s: Spool<Numbers> = Spool::new(usize::MAX);
        s.push(1).unwrap();
        // A spool said to hold a chunk, in a file that holds nothing.
        s.file = Some(File::open("/dev/null").unwrap());
        s.chunks.push(Placed { offset: 0, count: Numbers::CHUNK, layout: 8 });
        s.spooled += Numbers::CHUNK;
        let items: Vec<io::Result<u64>> = s.iter().collect();
        assert_eq!(items.len(), 1, "the walk ends at the failure");
        let e = items.into_iter().next().unwrap().unwrap_err();
        assert!(e.to_string().contains("temporary file holding the drawing's numbers"), "{e}");
        assert!(s.get(0).is_err());
        assert!(s.for_each(|_, _| {}).is_err());
        assert!(s.for_each_chunk(|_| io::Result::Ok(())).is_err());
        assert!(s.into_chunks(|_| Ok(())).is_err());
    }
}
