//! Telling SVG and SVGZ files by their content.

use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;

/// Bytes read from the start of a file to decide.
const PREFIX: u64 = 16 * 1024;

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    /// XML whose first element is `<svg>` (perhaps gzip-compressed).
    Svg,
    /// An HTML page or a Jupyter notebook (see [`crate::pages`]), which may
    /// hold drawings.
    Page,
    /// Anything else.
    Other,
}

/// Sniffs the file at `path`. Unreadable files are `Err`.
pub(crate) fn sniff(path: &Path) -> std::io::Result<Content> {
    let mut head = Vec::with_capacity(PREFIX as usize);
    std::fs::File::open(path)?.take(PREFIX).read_to_end(&mut head)?;
    if crate::pages::container(Some(path), &head).is_some() {
        return Ok(Content::Page);
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        // Inflate a little of it; a broken stream is not an SVG.
        let mut inner = Vec::with_capacity(PREFIX as usize);
        let _ = flate2::read::GzDecoder::new(head.as_slice()).take(PREFIX).read_to_end(&mut inner);
        return Ok(of_xml(&inner));
    }
    Ok(of_xml(&head))
}

/// True when the first element of `head` (a prefix of a document) is
/// `<svg>`, with any namespace prefix.
fn of_xml(head: &[u8]) -> Content {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut r = quick_xml::Reader::from_reader(head);
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return if e.local_name().as_ref() == "svg" {
                    Content::Svg
                } else {
                    Content::Other
                };
            }
            Ok(Event::Text(t)) if !t.trim_ascii().is_empty() => return Content::Other,
            Ok(Event::Eof) | Err(_) => return Content::Other,
            Ok(_) => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_roots_are_told_from_other_content() {
        assert_eq!(of_xml(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), Content::Svg);
        assert_eq!(
            of_xml(b"\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- c --><!DOCTYPE svg><svg:svg>"),
            Content::Svg
        );
        assert_eq!(of_xml(b"<html><svg/></html>"), Content::Other);
        assert_eq!(of_xml(b"\x89PNG\r\n\x1a\n"), Content::Other);
        assert_eq!(of_xml(b"id,x,y\n"), Content::Other);
        assert_eq!(of_xml(b""), Content::Other);
    }
}
