//! Tokenizing on a second thread: the producer runs the quick-xml reader
//! and copies each event that matters into a batch; the consumer (the
//! walker, on the calling thread) turns the batches back into events, in
//! order. Batches are bounded in size and number and are recycled, so
//! memory stays flat whatever the input size.

use std::io::BufRead;
use std::sync::mpsc;

use quick_xml::Reader;
use quick_xml::events::{BytesCData, BytesEnd, BytesRef, BytesStart, BytesText, Event};

use super::input::Tracked;
use super::reader::next_event;
use crate::error::{Position, Result};

/// Bytes of event text per batch before it is sent.
const BATCH_BYTES: usize = 256 * 1024;
/// Events per batch before it is sent.
const BATCH_EVENTS: usize = 8 * 1024;
/// Batches in flight.
const IN_FLIGHT: usize = 4;

#[derive(Clone, Copy, Debug)]
enum Kind {
    Start,
    Empty,
    End,
    Text,
    CData,
    Ref,
    Comment,
}

#[derive(Clone, Copy, Debug)]
struct Rec {
    kind: Kind,
    start: u32,
    end: u32,
    name_len: u32,
    here: Position,
}

#[derive(Default)]
struct Batch {
    text: String,
    recs: Vec<Rec>,
}

impl Batch {
    fn push(&mut self, kind: Kind, content: &str, name_len: usize, here: Position) {
        let start = self.text.len() as u32;
        self.text.push_str(content);
        self.recs.push(Rec {
            kind,
            start,
            end: self.text.len() as u32,
            name_len: name_len as u32,
            here,
        });
    }

    fn full(&self) -> bool {
        self.text.len() >= BATCH_BYTES || self.recs.len() >= BATCH_EVENTS
    }

    fn event(&self, r: &Rec) -> Event<'_> {
        let s = &self.text[r.start as usize..r.end as usize];
        match r.kind {
            Kind::Start => Event::Start(BytesStart::from_content(s, r.name_len as usize)),
            Kind::Empty => Event::Empty(BytesStart::from_content(s, r.name_len as usize)),
            Kind::End => Event::End(BytesEnd::new(s)),
            Kind::Text => Event::Text(BytesText::from_escaped(s)),
            Kind::CData => Event::CData(BytesCData::new(s)),
            Kind::Ref => Event::GeneralRef(BytesRef::new(s)),
            Kind::Comment => Event::Comment(BytesText::from_escaped(s)),
        }
    }
}

/// Runs `reader` on a second thread and hands every event that matters to
/// `consume` with the position it starts at. Returns the position where
/// the input ended. The first error, from either side, is returned; the
/// consumer's own errors come first, as they concern earlier input.
pub(super) fn run<R: BufRead + Send>(
    reader: Reader<Tracked<R>>,
    mut consume: impl FnMut(Event<'_>, Position) -> Result<()>,
) -> Result<Position> {
    let (tx, rx) = mpsc::sync_channel::<Batch>(IN_FLIGHT);
    let (back_tx, back_rx) = mpsc::channel::<Batch>();
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || produce(reader, &tx, &back_rx));
        let mut failed = None;
        'batches: for mut batch in &rx {
            for r in &batch.recs {
                if let Err(e) = consume(batch.event(r), r.here) {
                    failed = Some(e);
                    break 'batches;
                }
            }
            batch.text.clear();
            batch.recs.clear();
            // The producer may be gone already; then the batch is dropped.
            let _ = back_tx.send(batch);
        }
        // Closing the channel stops a producer still sending.
        drop(rx);
        let produced = producer.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        match failed {
            Some(e) => Err(e),
            None => produced,
        }
    })
}

/// The producer: tokenizes, batches, sends. A whitespace-only text is
/// passed on only next to other character data, where it is part of a
/// label; elsewhere it cannot matter.
fn produce<R: BufRead>(
    mut reader: Reader<Tracked<R>>,
    tx: &mpsc::SyncSender<Batch>,
    back: &mpsc::Receiver<Batch>,
) -> Result<Position> {
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut batch = Batch::default();
    let mut in_chars = false;
    loop {
        let here = reader.get_ref().here();
        let event = match next_event(&mut reader, &mut buf) {
            Ok(ev) => ev,
            Err(e) => {
                // Events before the error are still interpreted first.
                let _ = tx.send(batch);
                return Err(e);
            }
        };
        let chars = match &event {
            Event::Eof => {
                let end = reader.get_ref().here();
                let _ = tx.send(batch);
                return Ok(end);
            }
            Event::Start(e) => {
                batch.push(Kind::Start, e, e.name().as_ref().len(), here);
                false
            }
            Event::Empty(e) => {
                batch.push(Kind::Empty, e, e.name().as_ref().len(), here);
                false
            }
            Event::End(e) => {
                batch.push(Kind::End, e, 0, here);
                false
            }
            Event::Text(t) => {
                if in_chars || !t.trim_ascii().is_empty() {
                    batch.push(Kind::Text, t, 0, here);
                }
                true
            }
            Event::CData(t) => {
                batch.push(Kind::CData, t, 0, here);
                true
            }
            Event::GeneralRef(r) => {
                batch.push(Kind::Ref, r, 0, here);
                true
            }
            Event::Comment(c) => {
                batch.push(Kind::Comment, c, 0, here);
                in_chars
            }
            _ => in_chars,
        };
        in_chars = chars;
        buf.clear();
        if batch.full() {
            if tx.send(batch).is_err() {
                // The consumer stopped (it met an error): nothing to add.
                return Ok(here);
            }
            batch = back.try_recv().unwrap_or_default();
        }
    }
}
