//! Where the reader's events come from. The walker pulls them from an
//! [`Events`] source and never knows which: the tokenizer on this thread
//! ([`Inline`]), or the tokenizer on a second thread
//! ([`super::pipeline`]), which may also have split the attributes of
//! start tags ahead.

use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::input::Tracked;
use super::style::Split;
use crate::error::{Error, ErrorKind, Position, Result};

/// An event that matters to the walker.
pub(crate) struct Token<'a> {
    pub event: Event<'a>,
    /// A start tag's attributes, where the source split them already.
    pub split: Option<&'a [Split]>,
    /// Where the event starts.
    pub here: Position,
}

/// A source of events, in document order.
pub(crate) trait Events {
    /// The next event, or `None` at the end of the input.
    fn next(&mut self) -> Result<Option<Token<'_>>>;

    /// Where the input ended (once [`Events::next`] gave `None`).
    fn end(&self) -> Position;
}

/// Makes the XML reader over `input`, with the configuration the walker
/// relies on.
pub(crate) fn tokenizer<R: BufRead>(input: R) -> Result<Reader<Tracked<R>>> {
    let mut tracked = Tracked::new(input);
    tracked.skip_bom()?;
    let mut reader = Reader::from_reader(tracked);
    reader.config_mut().expand_empty_elements = false;
    reader.config_mut().check_end_names = true;
    Ok(reader)
}

/// Reads the next event; errors carry their position.
pub(crate) fn next_event<'b, R: BufRead>(
    reader: &mut Reader<Tracked<R>>,
    buf: &'b mut Vec<u8>,
) -> Result<Event<'b>> {
    match reader.read_event_into(buf) {
        Ok(ev) => Ok(ev),
        Err(e) => {
            let pos = reader.get_ref().position(reader.error_position());
            Err(xml_error(e, pos))
        }
    }
}

/// A tokenizer error, at `pos`.
pub(crate) fn xml_error(e: quick_xml::Error, pos: Option<Position>) -> Error {
    match e {
        quick_xml::Error::Io(io) => {
            Error::at(ErrorKind::Io(std::io::Error::new(io.kind(), io.to_string())), pos)
        }
        other => Error::at(ErrorKind::Xml(other.to_string()), pos),
    }
}

/// The tokenizer on this thread.
pub(crate) struct Inline<R: BufRead> {
    reader: Reader<Tracked<R>>,
    buf: Vec<u8>,
}

impl<R: BufRead> Inline<R> {
    pub(crate) fn new(reader: Reader<Tracked<R>>) -> Self {
        Inline { reader, buf: Vec::with_capacity(64 * 1024) }
    }
}

impl<R: BufRead> Events for Inline<R> {
    fn next(&mut self) -> Result<Option<Token<'_>>> {
        self.buf.clear();
        let here = self.reader.get_ref().here();
        match next_event(&mut self.reader, &mut self.buf)? {
            Event::Eof => Ok(None),
            event => Ok(Some(Token { event, split: None, here })),
        }
    }

    fn end(&self) -> Position {
        self.reader.get_ref().here()
    }
}
