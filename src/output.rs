//! Writing output files atomically: to a temporary file in the target's
//! folder, renamed into place only when everything was written.
//!
//! Targets that are not regular files (`/dev/stdout`, a named pipe) are
//! written directly, since they cannot be replaced; a symbolic link is
//! followed, and the file it points to replaced.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// A set of output files that appear together, or not at all.
#[derive(Default)]
pub struct AtomicFiles {
    pending: Vec<(NamedTempFile, PathBuf)>,
}

/// One file written by [`AtomicFiles::prepare`], not yet in place.
pub struct Prepared(Option<(NamedTempFile, PathBuf)>);

/// Where the bytes for `path` go.
enum Target {
    /// A regular file (or none yet): temporary file, then rename.
    Replace(PathBuf),
    /// A device, pipe or socket: written in place.
    Direct,
}

/// The names of this process's standard output.
fn is_stdout(path: &Path) -> bool {
    ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].iter().any(|p| path == Path::new(p))
}

fn target(path: &Path) -> std::io::Result<Target> {
    // `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`: an open descriptor,
    // whatever it leads to (a regular file when the shell redirects). It is
    // written through, never replaced: replacing the file would leave the
    // descriptor pointing at a deleted one.
    if (path.starts_with("/dev") || path.starts_with("/proc")) && std::fs::metadata(path).is_ok() {
        return Ok(Target::Direct);
    }
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => Ok(Target::Direct),
        Ok(_) => Ok(Target::Replace(std::fs::canonicalize(path)?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A dangling symlink: replace the link itself.
            Ok(Target::Replace(path.to_path_buf()))
        }
        Err(e) => Err(e),
    }
}

impl AtomicFiles {
    /// No files yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes the content of one file with `fill` into a temporary file
    /// beside `path`. Nothing appears at `path` before [`commit`](Self::commit).
    ///
    /// # Errors
    ///
    /// When the temporary file cannot be made or written, or `fill` fails;
    /// the error names `path`.
    pub fn write<F>(&mut self, path: &Path, fill: F) -> Result<()>
    where
        F: FnOnce(&mut dyn Write) -> Result<()>,
    {
        let p = Self::prepare(path, fill)?;
        self.add(p);
        Ok(())
    }

    /// Adds a file prepared (perhaps on another thread) with
    /// [`prepare`](Self::prepare).
    pub fn add(&mut self, p: Prepared) {
        self.pending.extend(p.0);
    }

    /// Like [`write`](Self::write), but on its own: several files can be
    /// prepared at the same time and then [`add`](Self::add)ed.
    pub fn prepare<F>(path: &Path, fill: F) -> Result<Prepared>
    where
        F: FnOnce(&mut dyn Write) -> Result<()>,
    {
        let real = match target(path).map_err(|e| Error::from(e).with_path(path))? {
            Target::Direct if is_stdout(path) => {
                // Through this process's own standard output, so that what
                // else goes there follows in order.
                let stdout = std::io::stdout();
                let mut w = BufWriter::with_capacity(256 * 1024, stdout.lock());
                fill(&mut w).map_err(|e| e.with_path(path))?;
                w.flush().map_err(|e| Error::from(e).with_path(path))?;
                return Ok(Prepared(None));
            }
            Target::Direct => {
                // Appending: a descriptor redirected to a file keeps what
                // was written through it before.
                let f = std::fs::OpenOptions::new()
                    .append(true)
                    .open(path)
                    .map_err(|e| Error::from(e).with_path(path))?;
                let mut w = BufWriter::with_capacity(256 * 1024, f);
                fill(&mut w).map_err(|e| e.with_path(path))?;
                w.flush().map_err(|e| Error::from(e).with_path(path))?;
                return Ok(Prepared(None));
            }
            Target::Replace(real) => real,
        };
        let path = real.as_path();
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".svg2graph-").suffix(".tmp");
        // Temporary files are private (0600); the output is an ordinary file.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let tmp = builder.tempfile_in(dir).map_err(|e| Error::from(plain(e)).with_path(path))?;
        let mut w = BufWriter::with_capacity(256 * 1024, tmp);
        fill(&mut w).map_err(|e| e.with_path(path))?;
        w.flush().map_err(|e| Error::from(e).with_path(path))?;
        let tmp = w.into_inner().map_err(|e| Error::from(e.into_error()).with_path(path))?;
        Ok(Prepared(Some((tmp, path.to_path_buf()))))
    }

    /// Renames every written file into place.
    ///
    /// # Errors
    ///
    /// When a rename fails; the error names the file.
    pub fn commit(self) -> Result<()> {
        for (tmp, path) in self.pending {
            tmp.persist(&path).map_err(|e| Error::from(plain(e.error)).with_path(&path))?;
        }
        Ok(())
    }
}

/// The system's error without the temporary file's name that `tempfile`
/// adds to it (`… at path "dir/.svg2graph-x.tmp"`): the message names the
/// file asked for, not its sibling. (tempfile's error type is private.)
fn plain(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.find(" at path ") {
        Some(k) if e.raw_os_error().is_none() => std::io::Error::new(e.kind(), &text[..k]),
        _ => e,
    }
}

/// `path` numbered for drawing `n` of several (of an HTML page or a
/// notebook): `.n` before its extension (`g.graphml` → `g.1.graphml`), or
/// before a two-file format's `.nodes.csv`/`.edges.csv` (`g.1.nodes.csv`).
pub fn numbered(path: &Path, n: usize) -> PathBuf {
    let name = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let cut = [".nodes.csv", ".edges.csv"]
        .iter()
        .find_map(|s| name.strip_suffix(s).map(str::len))
        .or_else(|| name.rfind('.').filter(|&k| k > 0))
        .unwrap_or(name.len());
    path.with_file_name(format!("{}.{n}{}", &name[..cut], &name[cut..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_outputs_keep_their_extensions() {
        for (path, want) in [
            ("out/g.graphml", "out/g.3.graphml"),
            ("g.nodes.csv", "g.3.nodes.csv"),
            ("x.svgz.edges.csv", "x.svgz.3.edges.csv"),
            ("noext", "noext.3"),
            (".hidden", ".hidden.3"),
        ] {
            assert_eq!(numbered(Path::new(path), 3), Path::new(want), "{path}");
        }
    }
}
