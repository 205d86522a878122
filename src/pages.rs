//! Drawings held in other documents: every `<svg>` element of an HTML page,
//! every `image/svg+xml` output of a Jupyter notebook.
//!
//! A page or notebook is read whole (they are documents people write, not
//! streams of millions of shapes), its drawings are cut out as they are
//! written, and each is then read as a drawing of its own, its errors
//! placed in the page where that is possible.
//!
//! ```
//! let page = br#"<!DOCTYPE html><html><body>
//!   <p>Two figures:</p>
//!   <svg><circle cx="5" cy="5" r="4"/></svg>
//!   <svg><circle cx="5" cy="5" r="4"/><circle cx="50" cy="5" r="4"/></svg>
//! </body></html>"#;
//! let parts = svg2graph::pages::parts(page, None)?.expect("a page");
//! assert_eq!(parts.len(), 2);
//! let d = svg2graph::pages::extract(&parts[1], &Default::default())?;
//! assert_eq!(d.nodes().len(), 2);
//! # Ok::<(), svg2graph::Error>(())
//! ```

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Position, Result};
use crate::model::Diagram;
use crate::options::ExtractOptions;

/// What holds drawings besides an SVG file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    /// An HTML (or XHTML) page with inline `<svg>` elements.
    Page,
    /// A Jupyter notebook (nbformat 4, or 3) with SVG outputs.
    Notebook,
}

/// One drawing cut out of a page or notebook.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// 1-based, in document order.
    pub number: usize,
    /// Where it is, for messages: `drawing 2, line 40` (a page),
    /// `drawing 2, cell 5, output 1` (a notebook).
    pub place: String,
    /// Its markup, as written in the page (or as the notebook's string
    /// holds it).
    pub svg: Vec<u8>,
    /// Where its first byte is in the page, to place its errors in the page
    /// (not for notebooks, whose drawings are JSON strings).
    origin: Option<Position>,
}

/// What `head`, a document's first bytes, and its name say it is: a page,
/// a notebook, or (`None`) a drawing. A page starts with `<!DOCTYPE html`
/// or `<html` (after white space, a byte order mark, an XML declaration or
/// comments), or is named `.html`/`.htm`/`.xhtml`; a notebook is a JSON
/// object, or is named `.ipynb`.
pub fn container(name: Option<&Path>, head: &[u8]) -> Option<Container> {
    let ext = name.and_then(Path::extension).and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("ipynb") => return Some(Container::Notebook),
        Some("html" | "htm" | "xhtml") => return Some(Container::Page),
        _ => {}
    }
    let mut s = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        s = s.trim_ascii_start();
        if s.first() == Some(&b'{') {
            return Some(Container::Notebook);
        }
        // Skip an XML declaration, processing instructions and comments.
        let end = if s.starts_with(b"<?") {
            memchr::memmem::find(s, b"?>").map(|k| k + 2)
        } else if s.starts_with(b"<!--") {
            memchr::memmem::find(s, b"-->").map(|k| k + 3)
        } else {
            break;
        };
        s = &s[end.unwrap_or(s.len())..];
    }
    let starts = |tag: &[u8]| {
        s.len() > tag.len()
            && s[..tag.len()].eq_ignore_ascii_case(tag)
            && (s[tag.len()].is_ascii_whitespace() || s[tag.len()] == b'>')
    };
    (starts(b"<!doctype html") || starts(b"<html")).then_some(Container::Page)
}

/// The drawings of the document in `bytes` (named `name`, which may tell
/// its kind), or `None` when it is a drawing itself.
///
/// # Errors
///
/// A notebook that is not valid JSON.
pub fn parts(bytes: &[u8], name: Option<&Path>) -> Result<Option<Vec<Part>>> {
    container(name, &bytes[..bytes.len().min(4096)]).map(|kind| split(kind, bytes)).transpose()
}

/// The drawings of a page or notebook.
fn split(kind: Container, bytes: &[u8]) -> Result<Vec<Part>> {
    match kind {
        Container::Page => Ok(page_parts(&decoded(bytes))),
        Container::Notebook => notebook_parts(bytes),
    }
}

/// A file opened: the drawings of a page or notebook, or a drawing.
pub enum Document {
    /// An HTML page's or a notebook's drawings.
    Parts(Vec<Part>),
    /// A drawing, opened and ready to be read as a stream.
    Drawing(Drawing),
}

/// An SVG file opened by [`open`], its first bytes looked at and kept:
/// reading it goes on from there (a pipe cannot be opened twice).
pub struct Drawing {
    input: Box<dyn BufRead + Send>,
    size: Option<u64>,
    path: PathBuf,
}

impl Drawing {
    /// Reads the drawing, as [`crate::extract_path`] does.
    ///
    /// # Errors
    ///
    /// As [`crate::extract_path`].
    pub fn extract(self, opts: &ExtractOptions) -> Result<Diagram> {
        crate::check_options(opts)?;
        crate::extract_opened(self.input, self.size, &self.path, opts)
    }
}

/// Opens the file at `path` (`-`: standard input) and tells what it is by
/// its name and first bytes: a page or notebook is read whole (larger than
/// `opts.max_inflated` is an error) and cut into its drawings; a drawing
/// is left to be read as a stream.
///
/// # Errors
///
/// When the file cannot be read, is too large, or is a notebook that is
/// not valid JSON. Errors name the path.
pub fn open(path: &Path, opts: &ExtractOptions) -> Result<Document> {
    let at = |e: Error| e.with_path(path);
    let (mut input, size) = crate::svg::input::open(path).map_err(|e| at(e.into()))?;
    let name = Some(path).filter(|p| p.as_os_str() != "-");
    let head = input.fill_buf().map_err(|e| at(e.into()))?;
    let Some(kind) = container(name, head) else {
        return Ok(Document::Drawing(Drawing { input, size, path: path.to_path_buf() }));
    };
    if size.is_some_and(|s| s > opts.max_inflated) {
        return Err(at(Error::new(ErrorKind::Limit(format!(
            "the page is larger than {} bytes (--max-inflated)",
            opts.max_inflated
        )))));
    }
    let mut bytes = Vec::new();
    input.take(opts.max_inflated).read_to_end(&mut bytes).map_err(|e| at(e.into()))?;
    Ok(Document::Parts(split(kind, &bytes).map_err(at)?))
}

/// Reads one part as a drawing. Errors and warnings are placed in the page
/// (HTML); errors say which drawing they are in.
///
/// # Errors
///
/// As [`crate::extract`].
pub fn extract(part: &Part, opts: &ExtractOptions) -> Result<Diagram> {
    let mut d = crate::extract(part.svg.as_slice(), opts)
        .map_err(|e| e.in_part(&part.place, part.origin))?;
    if let Some(origin) = part.origin {
        for w in &mut d.report.warnings {
            w.position = w.position.map(|p| p.within(origin));
        }
    }
    Ok(d)
}

/// Picks drawing `pick` (1-based) of `parts`, or the only one. `flag` is
/// how the caller's users give `pick` (`--pick`, `pick=`), for messages.
///
/// # Errors
///
/// When there is no drawing, `pick` is past the last one, or there are
/// several and no `pick` (the message names `flag`).
pub fn choose<'p>(parts: &'p [Part], pick: Option<usize>, flag: &str) -> Result<&'p Part> {
    let bad = |m: String| Err(Error::new(ErrorKind::InvalidOption(m)));
    let sep = if flag.ends_with('=') { "" } else { " " };
    match (parts.len(), pick) {
        (0, _) => Err(Error::new(ErrorKind::NoDrawing)),
        (_, Some(0)) => bad(format!("{flag}{sep}0: drawings count from 1")),
        (n, Some(k)) if k > n => bad(format!("{flag}{sep}{k}: it holds {n} drawing{}", plural(n))),
        (_, Some(k)) => Ok(&parts[k - 1]),
        (1, None) => Ok(&parts[0]),
        (n, None) => bad(format!("it holds {n} drawings: choose one with {flag}{sep}N (1 to {n})")),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The page as UTF-8: a page in another encoding, as its byte order mark
/// or a `<meta charset>` (or `http-equiv` content type) near its top says,
/// is decoded first, so that its drawings' text reads as the browser shows
/// it. Bytes that are not the encoding's become U+FFFD.
fn decoded(page: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let declared = encoding_rs::Encoding::for_bom(page)
        .map(|(e, _)| e)
        .or_else(|| meta_charset(&page[..page.len().min(1024)]));
    match declared {
        Some(e) if e != encoding_rs::UTF_8 => {
            let (text, _, _) = e.decode(page);
            std::borrow::Cow::Owned(text.into_owned().into_bytes())
        }
        // UTF-8, with its byte order mark left for the reader to skip.
        _ => std::borrow::Cow::Borrowed(page),
    }
}

/// The encoding a `<meta>` tag in `head` names (`charset="…"`, or
/// `content="text/html; charset=…"`), as HTML's prescan finds it.
fn meta_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut at = 0;
    while let Some(p) = memchr::memmem::find(&lower[at..], b"<meta").map(|p| p + at) {
        let end = memchr::memchr(b'>', &lower[p..]).map_or(lower.len(), |q| p + q + 1);
        let tag = &lower[p..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset=") {
            let label = &tag[c + b"charset=".len()..];
            let label = label.strip_prefix(b"\"").or(label.strip_prefix(b"'")).unwrap_or(label);
            // (A label cut off where the look stops tells nothing.)
            let len = label.iter().position(|b| {
                matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace()
            })?;
            // A page whose `<meta>` reads as ASCII is no UTF-16 page: HTML
            // reads such labels (and the replacement encoding's) as UTF-8.
            return encoding_rs::Encoding::for_label(&label[..len])
                .map(encoding_rs::Encoding::output_encoding);
        }
        at = end;
    }
    None
}

/// Every `<svg>` element of an HTML page not inside another, a comment, a
/// script or a style sheet, as written (nested `<svg>`s stay inside theirs).
fn page_parts(page: &[u8]) -> Vec<Part> {
    let mut parts = Vec::new();
    let (mut k, mut depth, mut start) = (0, 0usize, 0);
    let starts = |at: usize, tag: &[u8]| {
        page.len() >= at + tag.len() && page[at..at + tag.len()].eq_ignore_ascii_case(tag)
    };
    // The end of a tag named `name` at `at` (`<name` then white space, `>` or `/`).
    let tag = |at: usize, name: &[u8]| {
        starts(at, name)
            && page
                .get(at + name.len())
                .is_some_and(|c| c.is_ascii_whitespace() || matches!(c, b'>' | b'/'))
    };
    let skip_to = |from: usize, end: &[u8]| {
        let lower: Vec<u8> = end.to_ascii_lowercase();
        let mut at = from;
        while let Some(p) = memchr::memchr(b'<', &page[at..]).map(|p| p + at) {
            if starts(p, &lower) {
                return memchr::memchr(b'>', &page[p..]).map_or(page.len(), |q| p + q + 1);
            }
            at = p + 1;
        }
        page.len()
    };
    while let Some(p) = memchr::memchr(b'<', &page[k..]).map(|p| p + k) {
        if starts(p, b"<!--") {
            k = memchr::memmem::find(&page[p..], b"-->").map_or(page.len(), |q| p + q + 3);
        } else if starts(p, b"<![CDATA[") {
            k = memchr::memmem::find(&page[p..], b"]]>").map_or(page.len(), |q| p + q + 3);
        } else if depth == 0 && (tag(p, b"<script") || tag(p, b"<style")) {
            let end: &[u8] = if tag(p, b"<script") { b"</script" } else { b"</style" };
            k = skip_to(p + 1, end);
        } else if tag(p, b"<svg") {
            if depth == 0 {
                start = p;
            }
            let close = memchr::memchr(b'>', &page[p..]).map_or(page.len(), |q| p + q + 1);
            // `<svg/>` is an empty drawing, closed where it opens.
            if page[..close].ends_with(b"/>") {
                if depth == 0 {
                    parts.push((start, close));
                }
            } else {
                depth += 1;
            }
            k = close;
        } else if depth > 0 && tag(p, b"</svg") {
            depth -= 1;
            k = memchr::memchr(b'>', &page[p..]).map_or(page.len(), |q| p + q + 1);
            if depth == 0 {
                parts.push((start, k));
            }
        } else {
            k = p + 1;
        }
    }
    // An `<svg>` never closed runs to the end: its reading says so.
    if depth > 0 {
        parts.push((start, page.len()));
    }
    let mut line = (1u64, 0usize); // (line, offset of its first byte)
    let mut counted = 0;
    parts
        .into_iter()
        .enumerate()
        .map(|(k, (a, b))| {
            for nl in memchr::memchr_iter(b'\n', &page[counted..a]) {
                line = (line.0 + 1, counted + nl + 1);
            }
            counted = a;
            let origin =
                Position { line: line.0, column: (a - line.1) as u64 + 1, offset: Some(a as u64) };
            Part {
                number: k + 1,
                place: format!("drawing {}, line {}", k + 1, line.0),
                svg: page[a..b].to_vec(),
                origin: Some(origin),
            }
        })
        .collect()
}

/// nbformat 4: cells, each with outputs, each with data by MIME type; a
/// text is a string or a list of lines. nbformat 3 has its cells in
/// worksheets, and an output's SVG under `svg`.
#[derive(Deserialize)]
struct Notebook {
    #[serde(default)]
    cells: Vec<Cell>,
    #[serde(default)]
    worksheets: Vec<Worksheet>,
}

#[derive(Deserialize)]
struct Worksheet {
    #[serde(default)]
    cells: Vec<Cell>,
}

#[derive(Deserialize)]
struct Cell {
    #[serde(default)]
    outputs: Vec<Output>,
}

#[derive(Deserialize)]
struct Output {
    #[serde(default)]
    data: Option<Data>,
    /// nbformat 3.
    #[serde(default)]
    svg: Option<Lines>,
}

#[derive(Deserialize)]
struct Data {
    #[serde(rename = "image/svg+xml", default)]
    svg: Option<Lines>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Lines {
    One(String),
    Many(Vec<String>),
}

fn notebook_parts(bytes: &[u8]) -> Result<Vec<Part>> {
    let nb: Notebook = serde_json::from_slice(bytes).map_err(|e| {
        Error::at(
            ErrorKind::Xml(format!("not a Jupyter notebook: {e}")),
            Some(Position { line: e.line() as u64, column: e.column() as u64, offset: None }),
        )
    })?;
    let mut parts = Vec::new();
    let cells = nb.cells.into_iter().chain(nb.worksheets.into_iter().flat_map(|w| w.cells));
    for (c, cell) in cells.enumerate() {
        for (o, out) in cell.outputs.into_iter().enumerate() {
            let Some(svg) = out.data.and_then(|d| d.svg).or(out.svg) else { continue };
            let svg = match svg {
                Lines::One(s) => s,
                Lines::Many(lines) => lines.concat(),
            };
            let number = parts.len() + 1;
            parts.push(Part {
                number,
                place: format!("drawing {number}, cell {}, output {}", c + 1, o + 1),
                svg: svg.into_bytes(),
                origin: None,
            });
        }
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_notebooks_are_told_by_content_or_name() {
        let c = |name: Option<&str>, head: &[u8]| container(name.map(Path::new), head);
        assert_eq!(c(None, b"\xEF\xBB\xBF  <!DOCTYPE html><html>"), Some(Container::Page));
        assert_eq!(c(None, b"<?xml version='1.0'?><!-- x --><html xmlns="), Some(Container::Page));
        assert_eq!(c(None, b"<HTML><body>"), Some(Container::Page));
        assert_eq!(c(Some("a.htm"), b"<div><svg/></div>"), Some(Container::Page));
        assert_eq!(c(None, b"\n{\"cells\": []}"), Some(Container::Notebook));
        assert_eq!(c(Some("n.IPYNB"), b""), Some(Container::Notebook));
        assert_eq!(c(None, b"<?xml version='1.0'?><svg>"), None);
        assert_eq!(c(Some("x.svg"), b"<svg><html/></svg>"), None);
        assert_eq!(c(None, b"<htmlfoo/>"), None);
    }

    #[test]
    fn a_page_gives_its_outermost_svgs_as_written() {
        let page = b"<html><head><style>svg { }</style><script>let s = '<svg>';</script></head>\n<body><!-- <svg>old</svg> -->\n  <SVG width=1><svg><rect/></svg></SVG><p>x</p>\n<svg/><svg\nviewBox='0 0 1 1'><circle r='1'/></svg></body></html>";
        let parts = page_parts(page);
        let texts: Vec<_> =
            parts.iter().map(|p| String::from_utf8_lossy(&p.svg).into_owned()).collect();
        assert_eq!(
            texts,
            [
                "<SVG width=1><svg><rect/></svg></SVG>",
                "<svg/>",
                "<svg\nviewBox='0 0 1 1'><circle r='1'/></svg>"
            ]
        );
        let origins: Vec<_> = parts.iter().map(|p| p.origin.map(|o| (o.line, o.column))).collect();
        assert_eq!(origins, [Some((3, 3)), Some((4, 1)), Some((4, 7))]);
        assert_eq!(parts[2].place, "drawing 3, line 4");
        // An unclosed one runs to the end.
        assert_eq!(page_parts(b"<p><svg><circle r='1'/>").len(), 1);
        assert!(page_parts(b"<p>no drawing</p>").is_empty());
    }

    #[test]
    fn a_notebook_gives_its_svg_outputs() {
        let nb = br#"{"cells": [{"cell_type": "markdown", "source": ["x"]},
            {"cell_type": "code", "outputs": [{"output_type": "stream", "text": "hi"},
              {"output_type": "display_data", "data": {"text/plain": "<Figure>", "image/svg+xml": ["<svg>\n", "<circle r='1'/></svg>\n"]}}]},
            {"cell_type": "code", "outputs": [{"output_type": "execute_result", "data": {"image/svg+xml": "<svg/>"}}]}],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"#;
        let parts = notebook_parts(nb).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].svg, b"<svg>\n<circle r='1'/></svg>\n");
        assert_eq!(parts[0].place, "drawing 1, cell 2, output 2");
        assert_eq!((parts[1].number, parts[1].svg.as_slice()), (2, &b"<svg/>"[..]));
        let e = notebook_parts(b"{\"cells\": [").unwrap_err();
        assert!(e.to_string().contains("not a Jupyter notebook"), "{e}");
        // nbformat 3: cells in worksheets, the SVG under `svg`.
        let v3 = br#"{"metadata": {}, "nbformat": 3, "worksheets": [{"cells": [
            {"cell_type": "code", "outputs": [{"output_type": "display_data", "svg": ["<svg>", "</svg>"]}]}]}]}"#;
        let parts = notebook_parts(v3).unwrap();
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].svg, b"<svg></svg>");
    }

    #[test]
    fn a_page_in_another_encoding_is_decoded_as_it_declares() {
        let svg = b"<svg><text>Zo\xeb</text></svg>";
        for head in [
            &b"<meta charset=\"ISO-8859-1\">"[..],
            b"<META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
            b"<meta charset=latin1/>",
        ] {
            let page = [b"<html><head>", head, b"</head><body>", svg, b"</body></html>"].concat();
            let parts = page_parts(&decoded(&page));
            assert_eq!(parts[0].svg, "<svg><text>Zo\u{eb}</text></svg>".as_bytes(), "{head:?}");
        }
        // UTF-8, declared or not, is left as it is.
        let utf8 = "<meta charset=utf-8><svg><text>Zo\u{eb}</text></svg>".as_bytes();
        assert!(matches!(decoded(utf8), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(decoded(b"<p>no meta</p>"), std::borrow::Cow::Borrowed(_)));
        // An ASCII page naming UTF-16 is read as UTF-8, as browsers do; a
        // label cut off tells nothing.
        let said_16 = "<meta charset=\"utf-16\"><svg><text>Zo\u{eb}</text></svg>".as_bytes();
        assert!(matches!(decoded(said_16), std::borrow::Cow::Borrowed(_)));
        assert_eq!(meta_charset(b"<meta charset=\"iso-8859-15"), None);
    }

    #[test]
    fn choosing_names_pick() {
        let part = |n| Part { number: n, place: String::new(), svg: Vec::new(), origin: None };
        let two = [part(1), part(2)];
        assert_eq!(choose(&two, Some(2), "--pick").unwrap().number, 2);
        assert_eq!(choose(&two[..1], None, "--pick").unwrap().number, 1);
        for (parts, pick, flag, says) in [
            (&two[..], None, "--pick", "holds 2 drawings: choose one with --pick N (1 to 2)"),
            (&two[..], None, "pick=", "holds 2 drawings: choose one with pick=N (1 to 2)"),
            (&two[..], Some(3), "--pick", "--pick 3: it holds 2 drawings"),
            (&two[..], Some(0), "--pick", "--pick 0: drawings count from 1"),
            (&two[..0], None, "--pick", "holds no SVG drawing"),
        ] {
            let e = choose(parts, pick, flag).unwrap_err();
            assert!(e.to_string().contains(says), "{e}");
        }
    }
}
