//! What the temporary files holding a large drawing's strokes and edges
//! ([`crate::svg::candidates`], [`crate::links`]) share.

use std::fs::File;
use std::io;

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
pub(crate) fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

/// Fills `buf` from `file` at `offset`.
#[cfg(windows)]
pub(crate) fn read_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
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

/// Drops `spool` on another thread. Closing a large spool file has the
/// kernel free all its pages (1M/10M drawing: 560 MB of strokes, some
/// 20 ms), which the caller need not wait for.
pub(crate) fn close_aside<T: Send + 'static>(spool: T) {
    rayon::spawn(move || drop(spool));
}
