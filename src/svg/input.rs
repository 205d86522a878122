//! Opening an input as a byte stream, and knowing where in it we are.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::Position;

/// Size of the read buffer. Larger than the 8 KiB default: reading in big
/// chunks is measurably faster for multi-megabyte drawings.
pub(crate) const READ_BUFFER: usize = 256 * 1024;

/// Opens `path` for reading, or standard input for `-`, with its size when
/// it is a regular file.
pub(crate) fn open(path: &Path) -> io::Result<(Box<dyn BufRead + Send>, Option<u64>)> {
    if path.as_os_str() == "-" {
        return Ok((Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin())), None));
    }
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory, not a file"));
    }
    let size = meta.is_file().then_some(meta.len());
    Ok((Box::new(BufReader::with_capacity(READ_BUFFER, file)), size))
}

/// Wraps `input` so that gzip-compressed SVG (svgz, recognised by its
/// magic bytes) is inflated as a stream, at most `cap` bytes of it, and
/// text in another encoding than UTF-8 is transcoded to UTF-8 (see
/// [`transcode`]).
pub(crate) fn decode<'r, R: BufRead + Send + 'r>(
    mut input: R,
    cap: u64,
    ratio: u64,
) -> io::Result<Box<dyn BufRead + Send + 'r>> {
    let head = input.fill_buf()?;
    if let Some(kind) = binary_kind(head) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("this is {kind}, not an SVG drawing"),
        ));
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        let compressed = Arc::new(AtomicU64::new(0));
        let counted = Counting { inner: input, count: Arc::clone(&compressed) };
        let inflated = flate2::bufread::MultiGzDecoder::new(counted);
        let capped = Capped { inner: inflated, left: cap, cap, ratio, compressed, seen: 0 };
        return transcode(BufReader::with_capacity(READ_BUFFER, capped));
    }
    transcode(input)
}

/// What a file's magic bytes say it is, for the formats people most often
/// mistake for SVG.
fn binary_kind(head: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 7] = [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"RIFF", "a RIFF file (WebP image?)"),
        (b"\x00\x00\x01\x00", "an icon (ICO)"),
    ];
    MAGIC.iter().find(|(m, _)| head.starts_with(m)).map(|(_, k)| *k)
}

/// Inflated bytes allowed before the compression ratio is watched: small
/// files may compress very well.
const RATIO_FLOOR: u64 = 16 << 20;

/// A `BufRead` that counts the bytes consumed through it.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        self.inner.consume(n);
    }
}

/// The encoding a document's first bytes announce: a UTF-16 byte order
/// mark, UTF-16 without one (`<?` as two-byte units), or the `encoding` of
/// an XML declaration. `None` for UTF-8 (and for no declaration).
fn announced(head: &[u8]) -> io::Result<Option<&'static encoding_rs::Encoding>> {
    use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE};
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"<\0?\0") {
        return Ok(Some(UTF_16LE));
    }
    if head.starts_with(b"\xFE\xFF") || head.starts_with(b"\0<\0?") {
        return Ok(Some(UTF_16BE));
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let Some(decl) = head.strip_prefix(b"<?xml") else { return Ok(None) };
    let Some(end) = decl.windows(2).position(|w| w == b"?>") else { return Ok(None) };
    let decl = String::from_utf8_lossy(&decl[..end]);
    let Some(at) = decl.find("encoding") else { return Ok(None) };
    let rest = decl[at + "encoding".len()..].trim_start();
    let Some(rest) = rest.strip_prefix('=') else { return Ok(None) };
    let rest = rest.trim_start();
    let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        return Ok(None);
    };
    let Some(label) = rest[1..].split(quote).next() else { return Ok(None) };
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        Some(e) if e == UTF_8 => Ok(None),
        Some(e) => Ok(Some(e)),
        None => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the document declares the encoding {label:?}, which is not one this tool knows"
            ),
        )),
    }
}

/// Transcodes `input` to UTF-8 when its first bytes announce another
/// encoding (UTF-16, ISO-8859-1, windows-1252, `Shift_JIS`, …: every
/// encoding of the WHATWG Encoding Standard); UTF-8 passes through.
fn transcode<'r, R: BufRead + Send + 'r>(mut input: R) -> io::Result<Box<dyn BufRead + Send + 'r>> {
    // The declaration is at the very start; 1 KiB holds any real one. A
    // reader may hand over less at first (standard input): the start is
    // then gathered, and put back in front of the rest.
    let mut start = Vec::new();
    if input.fill_buf()?.len() < 1024 {
        while start.len() < 1024 {
            let buf = input.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let take = buf.len().min(1024 - start.len());
            start.extend_from_slice(&buf[..take]);
            input.consume(take);
        }
    }
    let encoding =
        if start.is_empty() { announced(input.fill_buf()?)? } else { announced(&start)? };
    let whole: Box<dyn BufRead + Send + 'r> = if start.is_empty() {
        Box::new(input)
    } else {
        Box::new(BufReader::with_capacity(READ_BUFFER, io::Cursor::new(start).chain(input)))
    };
    Ok(match encoding {
        None => whole,
        Some(e) => Box::new(BufReader::with_capacity(
            READ_BUFFER,
            encoding_rs_io::DecodeReaderBytesBuilder::new().encoding(Some(e)).build(whole),
        )),
    })
}

/// A reader of inflated bytes that fails once more than `cap` came
/// through, or (past [`RATIO_FLOOR`]) more than `ratio` times the
/// compressed bytes read so far: a compression bomb stops early.
struct Capped<R> {
    inner: R,
    left: u64,
    cap: u64,
    ratio: u64,
    compressed: Arc<AtomicU64>,
    seen: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want =
            buf.len().min(usize::try_from(self.left.saturating_add(1)).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the compressed input inflates to more than {} bytes, the limit (raise it with --max-inflated)",
                    self.cap
                ),
            ));
        }
        self.left -= n as u64;
        self.seen += n as u64;
        let compressed = self.compressed.load(Ordering::Relaxed).max(1);
        if self.seen > RATIO_FLOOR && self.seen / compressed > self.ratio {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the compressed input inflates more than {} times (a compression bomb?), the limit (raise it with --max-ratio)",
                    self.ratio
                ),
            ));
        }
        Ok(n)
    }
}

/// How many recent line starts are remembered to place positions.
const RECENT_LINES: usize = 1024;

/// A buffered reader that counts the bytes and lines consumed through it,
/// so that byte offsets reported by the XML reader can be turned into line
/// and column numbers without holding the input.
///
/// It holds the buffer itself: the XML reader asks for bytes and consumes
/// them many times per tag, and a buffer of its own answers without a call
/// through the layers of readers beneath. Each buffer filled is scanned for
/// newlines once, as a whole; consuming then only moves past the newlines
/// found.
pub(crate) struct Tracked<R> {
    inner: R,
    buf: Box<[u8]>,
    /// `buf[pos..end]` is read and not yet consumed.
    pos: usize,
    end: usize,
    consumed: u64,
    newlines: u64,
    /// Offsets of the most recent newlines, a ring of `RECENT_LINES`.
    recent: Vec<u64>,
    head: usize,
    /// Offset of the last newline consumed, if any.
    last_nl: Option<u64>,
    /// Offsets of the newlines read but not yet consumed, in order.
    ahead: std::collections::VecDeque<u64>,
}

impl<R: Read> Tracked<R> {
    pub(crate) fn new(inner: R) -> Self {
        Self::with_capacity(READ_BUFFER, inner)
    }

    /// With a buffer of `capacity` bytes (at least 3: room for a byte
    /// order mark).
    pub(crate) fn with_capacity(capacity: usize, inner: R) -> Self {
        Tracked {
            inner,
            buf: vec![0; capacity.max(3)].into_boxed_slice(),
            pos: 0,
            end: 0,
            consumed: 0,
            newlines: 0,
            recent: Vec::new(),
            head: 0,
            last_nl: None,
            ahead: std::collections::VecDeque::new(),
        }
    }

    /// Reads more after what the buffer holds; false at the end of the
    /// input or when the buffer is full.
    fn read_more(&mut self) -> io::Result<bool> {
        if self.end == self.buf.len() {
            return Ok(false);
        }
        let n = loop {
            match self.inner.read(&mut self.buf[self.end..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                other => break other?,
            }
        };
        // buf[pos] is at offset `consumed` (as counted: see `skip_bom`).
        let (at, pos, consumed) = (self.end, self.pos, self.consumed);
        self.ahead.extend(
            memchr::memchr_iter(b'\n', &self.buf[at..at + n])
                .map(|i| consumed + (at + i - pos) as u64),
        );
        self.end += n;
        Ok(n > 0)
    }

    /// Skips a UTF-8 byte order mark, if the input starts with one; it is
    /// not counted in offsets.
    pub(crate) fn skip_bom(&mut self) -> io::Result<()> {
        const BOM: &[u8] = b"\xEF\xBB\xBF";
        // A reader may hand the 3 bytes over in pieces.
        while self.end - self.pos < BOM.len() && self.read_more()? {}
        let head = &self.buf[self.pos..self.end];
        let n = head.len().min(BOM.len());
        if n == 0 || head[..n] != BOM[..n] {
            return Ok(());
        }
        if n < BOM.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "input is only a partial byte order mark",
            ));
        }
        // Not counted: offsets start after it, and so do the newlines
        // found in the buffer so far.
        self.pos += BOM.len();
        for nl in &mut self.ahead {
            *nl -= BOM.len() as u64;
        }
        Ok(())
    }

    /// The position just past what was consumed so far: exact and cheap.
    pub(crate) fn here(&self) -> Position {
        Position {
            line: self.newlines + 1,
            column: match self.last_nl {
                Some(nl) => self.consumed - nl,
                None => self.consumed + 1,
            },
            offset: Some(self.consumed),
        }
    }

    /// Line and column of `offset`, which must not lie past what was
    /// consumed. `None` when the offset lies too far back to be placed.
    pub(crate) fn position(&self, offset: u64) -> Option<Position> {
        let offset = offset.min(self.consumed);
        // Newlines at or after `offset`, among the remembered ones.
        let mut after = 0u64;
        let mut before_last: Option<u64> = None;
        let mut oldest = u64::MAX;
        for &nl in &self.recent {
            oldest = oldest.min(nl);
            if nl >= offset {
                after += 1;
            } else if before_last.is_none_or(|b| nl > b) {
                before_last = Some(nl);
            }
        }
        let complete = self.newlines as usize <= RECENT_LINES;
        if !complete && offset <= oldest {
            return None;
        }
        let line = self.newlines - after + 1;
        let column = match before_last {
            Some(nl) => offset - nl,
            None if complete => offset + 1,
            None => return None,
        };
        Some(Position { line, column, offset: Some(offset) })
    }

    /// Moves past `amt` bytes, which `fill_buf` returned (and so scanned).
    fn count(&mut self, amt: usize) {
        self.consumed += amt as u64;
        while let Some(&at) = self.ahead.front()
            && at < self.consumed
        {
            self.ahead.pop_front();
            if self.recent.len() < RECENT_LINES {
                self.recent.push(at);
            } else {
                self.recent[self.head] = at;
                self.head = (self.head + 1) % RECENT_LINES;
            }
            self.last_nl = Some(at);
            self.newlines += 1;
        }
    }
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let buf = self.fill_buf()?;
        let n = buf.len().min(out.len());
        out[..n].copy_from_slice(&buf[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Tracked<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end {
            self.pos = 0;
            self.end = 0;
            self.read_more()?;
        }
        Ok(&self.buf[self.pos..self.end])
    }

    fn consume(&mut self, amt: usize) {
        // Callers consume only what `fill_buf` returned (more would be a
        // caller's bug, and is not counted).
        let amt = amt.min(self.end - self.pos);
        self.pos += amt;
        self.count(amt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(t: &mut Tracked<impl Read>) {
        loop {
            let n = t.fill_buf().unwrap().len();
            if n == 0 {
                break;
            }
            t.consume(n.min(3));
        }
    }

    #[test]
    fn positions_are_exact_across_small_buffers_and_odd_consumes() {
        // Buffers of 5 bytes, consumed 1 to 7 bytes at a time (a consume
        // past the buffer is cut to it): each position agrees with a count
        // over the text itself.
        let mut rng = fastrand::Rng::with_seed(3);
        let text: Vec<u8> = (0..2000).map(|_| if rng.u8(..) < 40 { b'\n' } else { b'x' }).collect();
        let mut t = Tracked::with_capacity(5, &text[..]);
        let mut at = 0usize;
        loop {
            let n = t.fill_buf().unwrap().len();
            if n == 0 {
                break;
            }
            let want = rng.usize(1..8);
            t.consume(want);
            at += want.min(n);
            let before = &text[..at];
            let line = memchr::memchr_iter(b'\n', before).count() as u64 + 1;
            let column = match before.iter().rposition(|&b| b == b'\n') {
                Some(nl) => (at - nl) as u64,
                None => at as u64 + 1,
            };
            let here = t.here();
            assert_eq!((here.line, here.column, here.offset), (line, column, Some(at as u64)));
        }
        assert_eq!(at, text.len());
    }

    #[test]
    fn positions_count_lines_and_columns() {
        let text = b"ab\ncd\n\nefg";
        let mut t = Tracked::new(&text[..]);
        drain(&mut t);
        let p = |o| t.position(o).map(|p| (p.line, p.column));
        assert_eq!(p(0), Some((1, 1)));
        assert_eq!(p(1), Some((1, 2)));
        assert_eq!(p(3), Some((2, 1)));
        assert_eq!(p(6), Some((3, 1)));
        assert_eq!(p(8), Some((4, 2)));
    }

    #[test]
    fn far_back_positions_are_unknown_but_recent_ones_exact() {
        let text = "x\n".repeat(RECENT_LINES * 3);
        let mut t = Tracked::new(text.as_bytes());
        drain(&mut t);
        assert_eq!(t.position(0), None);
        let last = (text.len() - 2) as u64;
        let p = t.position(last).unwrap();
        assert_eq!((p.line, p.column), (RECENT_LINES as u64 * 3, 1));
    }

    #[test]
    fn gzip_is_inflated_and_capped() {
        use std::io::Write as _;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<svg/>").unwrap();
        let bytes = gz.finish().unwrap();
        let mut out = String::new();
        decode(&bytes[..], 100, 100).unwrap().read_to_string(&mut out).unwrap();
        assert_eq!(out, "<svg/>");
        // (the cap may be met while the start is looked at, or later)
        let mut out = String::new();
        let err = match decode(&bytes[..], 3, 100) {
            Err(e) => e,
            Ok(mut r) => r.read_to_string(&mut out).unwrap_err(),
        };
        assert!(err.to_string().contains("more than 3 bytes"), "{err}");
        let mut plain = String::new();
        decode(&b"<svg/>"[..], 3, 100).unwrap().read_to_string(&mut plain).unwrap();
        assert_eq!(plain, "<svg/>");
    }

    #[test]
    fn bom_is_skipped_and_not_counted() {
        let text = b"\xEF\xBB\xBF<svg/>";
        let mut t = Tracked::new(&text[..]);
        t.skip_bom().unwrap();
        assert_eq!(t.fill_buf().unwrap(), b"<svg/>");
        let mut plain = Tracked::new(&b"<svg/>"[..]);
        plain.skip_bom().unwrap();
        assert_eq!(plain.fill_buf().unwrap(), b"<svg/>");
    }

    #[test]
    fn lines_after_a_bom_are_placed_without_it() {
        // Whether the BOM and the first newline arrive in one buffer or in
        // pieces, offsets and lines start after the BOM.
        let pieces =
            || (&b"\xEF"[..]).chain(&b"\xBB"[..]).chain(&b"\xBFa"[..]).chain(&b"b\ncd\ne"[..]);
        let whole = || -> Box<dyn Read> { Box::new(&b"\xEF\xBB\xBFab\ncd\ne"[..]) };
        for (capacity, split) in
            [(3, true), (4, true), (5, true), (64, true), (5, false), (64, false)]
        {
            let input: Box<dyn Read> = if split { Box::new(pieces()) } else { whole() };
            let mut t = Tracked::with_capacity(capacity, input);
            t.skip_bom().unwrap();
            drain(&mut t);
            let p = |o| t.position(o).map(|p| (p.line, p.column));
            assert_eq!(p(0), Some((1, 1)), "capacity {capacity}");
            assert_eq!(p(3), Some((2, 1)), "capacity {capacity}");
            assert_eq!(p(6), Some((3, 1)), "capacity {capacity}");
            let end = t.here();
            assert_eq!((end.line, end.column, end.offset), (3, 2, Some(7)));
        }
        let mut broken = Tracked::with_capacity(3, (&b"\xEF"[..]).chain(&b"\xBB"[..]));
        assert!(broken.skip_bom().unwrap_err().to_string().contains("partial byte order mark"));
    }
}
