//! Typed errors with the place they happened.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Where in an input something happened: 1-based line and column (in bytes
/// of the decoded UTF-8 text) and the 0-based byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// 1-based line number.
    pub line: u64,
    /// 1-based column, counted in bytes.
    pub column: u64,
    /// 0-based byte offset from the start of the (decoded) input, where
    /// known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

impl Position {
    /// This position, found in a part of a larger input that begins at
    /// `origin`, as a position in the larger input.
    pub(crate) fn within(self, origin: Position) -> Position {
        Position {
            line: self.line + origin.line - 1,
            column: if self.line == 1 { origin.column + self.column - 1 } else { self.column },
            offset: self.offset.zip(origin.offset).map(|(a, b)| a + b),
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input could not be read (or an output could not be written).
    Io(io::Error),
    /// The input is not well-formed XML.
    Xml(String),
    /// The input is XML, but its root element is not `<svg>`.
    NotSvg {
        /// The root element's name as written.
        root: String,
    },
    /// The input holds no root element at all (empty or only a prolog).
    NoRoot,
    /// An HTML page or a notebook holds no SVG drawing.
    NoDrawing,
    /// An option has a value that cannot be used.
    InvalidOption(String),
    /// The extraction was stopped through its [`Cancel`](crate::Cancel) flag.
    Interrupted,
    /// The input exceeds one of the limits of
    /// [`ExtractOptions`](crate::ExtractOptions) (nesting depth, element
    /// count, start tag size); the message names it and its flag.
    Limit(String),
}

/// An error of the extraction, with the input it concerns and, where it
/// applies, the position in that input.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    position: Option<Position>,
    /// Which drawing of a page or notebook (see [`crate::pages`]).
    part: Option<String>,
}

impl Error {
    /// A new error of `kind`, at no particular place.
    pub fn new(kind: ErrorKind) -> Self {
        Error { kind, path: None, position: None, part: None }
    }

    pub(crate) fn at(kind: ErrorKind, position: Option<Position>) -> Self {
        Error { kind, path: None, position, part: None }
    }

    /// Says which drawing of a page or notebook the error is in, and, where
    /// the drawing starts at `origin` in the page, moves its position
    /// there (a notebook's drawings are JSON strings: positions stay in
    /// the drawing).
    pub(crate) fn in_part(mut self, place: &str, origin: Option<Position>) -> Self {
        if let (Some(o), Some(p)) = (origin, self.position.as_mut()) {
            *p = p.within(o);
        }
        self.part = Some(place.to_string());
        self
    }

    /// Which drawing of a page or notebook the error is in, as
    /// `drawing 2 (line 40)`.
    pub fn part(&self) -> Option<&str> {
        self.part.as_deref()
    }

    /// Attaches the input's path (keeps one already set).
    #[must_use]
    pub fn with_path(mut self, path: impl AsRef<Path>) -> Self {
        if self.path.is_none() {
            self.path = Some(path.as_ref().to_path_buf());
        }
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The input this error concerns, when known.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where in the input, when it applies.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// True when the error is a broken pipe on output (the reader went away).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&self.kind, ErrorKind::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The message without path or position.
    pub fn message(&self) -> String {
        match &self.kind {
            ErrorKind::Io(e) => e.to_string(),
            ErrorKind::Xml(m) => format!("malformed XML: {m}"),
            ErrorKind::NotSvg { root } if root.eq_ignore_ascii_case("html") => {
                "the root element is <html>: this is a web page, not an SVG drawing; its <svg> elements are read when the page is given as a file (or through svg2graph::pages)".to_string()
            }
            ErrorKind::NotSvg { root } => {
                format!("the root element is <{root}>, not <svg>: this is not an SVG drawing")
            }
            ErrorKind::NoDrawing => "it holds no SVG drawing".to_string(),
            ErrorKind::NoRoot => {
                "no root element: the input is empty or holds no XML element".to_string()
            }
            ErrorKind::InvalidOption(m) | ErrorKind::Limit(m) => m.clone(),
            ErrorKind::Interrupted => "interrupted".to_string(),
        }
    }
}

impl fmt::Display for Error {
    /// `FILE:LINE:COL: message`, leaving out what is not known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.path {
            write!(f, "{}:", p.display())?;
            if let Some(pos) = self.position {
                write!(f, "{pos}:")?;
            }
            f.write_str(" ")?;
        } else if let Some(pos) = self.position {
            write!(f, "{pos}: ")?;
        }
        f.write_str(&self.message())?;
        if let Some(part) = &self.part {
            write!(f, " (in {part})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::new(ErrorKind::Io(e))
    }
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
