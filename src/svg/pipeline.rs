//! Tokenizing on a second thread: the producer runs the quick-xml reader
//! and copies each event that matters into a batch; the consumer side is
//! an [`Events`] source that turns the batches back into events, in order,
//! for the walker on the calling thread. Batches are bounded in size and
//! number and are recycled, so memory stays flat whatever the input size.

use std::io::BufRead;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use quick_xml::Reader;
use quick_xml::events::{BytesCData, BytesEnd, BytesRef, BytesStart, BytesText, Event};

use super::events::{Events, Token, next_event};
use super::input::Tracked;
use super::style::{self, Split};
use crate::error::{Position, Result};

/// Bytes of event text per batch before it is sent.
const BATCH_BYTES: usize = 256 * 1024;
/// Events per batch before it is sent.
const BATCH_EVENTS: usize = 8 * 1024;
/// Batches in flight.
const IN_FLIGHT: usize = 4;
/// The producer splits attributes (work the consumer would do otherwise)
/// while this many batches wait for the consumer, the channel full: the
/// consumer is then the slower side, and the producer would only wait for
/// it. The two sides so share the work, whichever is faster on an input
/// taking more of it.
const SPLIT_WHEN_QUEUED: usize = IN_FLIGHT;

#[derive(Clone, Copy, Debug)]
enum Recorded {
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
    kind: Recorded,
    start: u32,
    end: u32,
    name_len: u32,
    /// The attributes [`style::split`] found: `splits[split.0..split.1]`,
    /// or `None` when it could not split them.
    split: Option<(u32, u32)>,
    here: Position,
}

#[derive(Default)]
struct Batch {
    text: String,
    recs: Vec<Rec>,
    splits: Vec<Split>,
}

impl Batch {
    fn push(&mut self, kind: Recorded, content: &str, name_len: usize, here: Position) {
        let start = self.text.len() as u32;
        self.text.push_str(content);
        self.recs.push(Rec {
            kind,
            start,
            end: self.text.len() as u32,
            name_len: name_len as u32,
            split: None,
            here,
        });
    }

    /// Pushes a start tag, with its attributes split if `split`.
    fn push_tag(&mut self, kind: Recorded, e: &BytesStart<'_>, split: bool, here: Position) {
        let first = self.splits.len() as u32;
        let split = split && style::split(e, &mut self.splits);
        let split = split.then_some((first, self.splits.len() as u32));
        self.push(kind, e, e.name().as_ref().len(), here);
        if let Some(r) = self.recs.last_mut() {
            r.split = split;
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.recs.clear();
        self.splits.clear();
    }

    fn full(&self) -> bool {
        self.text.len() >= BATCH_BYTES || self.recs.len() >= BATCH_EVENTS
    }

    fn splits(&self, r: &Rec) -> Option<&[Split]> {
        r.split.and_then(|(a, b)| self.splits.get(a as usize..b as usize))
    }

    fn event(&self, r: &Rec) -> Event<'_> {
        let s = &self.text[r.start as usize..r.end as usize];
        match r.kind {
            Recorded::Start => Event::Start(BytesStart::from_content(s, r.name_len as usize)),
            Recorded::Empty => Event::Empty(BytesStart::from_content(s, r.name_len as usize)),
            Recorded::End => Event::End(BytesEnd::new(s)),
            Recorded::Text => Event::Text(BytesText::from_escaped(s)),
            Recorded::CData => Event::CData(BytesCData::new(s)),
            Recorded::Ref => Event::GeneralRef(BytesRef::new(s)),
            Recorded::Comment => Event::Comment(BytesText::from_escaped(s)),
        }
    }
}

/// When the producer splits attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SplitPolicy {
    /// While the consumer is the slower side (see [`SPLIT_WHEN_QUEUED`]).
    Adaptive,
    /// Always (for tests: the result must not depend on it).
    #[cfg(test)]
    Always,
    /// Never.
    #[cfg(test)]
    Never,
}

/// The count of batches in the channel, alone in its cache line: the
/// producer reads it at every start tag, and a variable of the consumer's
/// sharing the line would have it fetched back and forth between the cores.
#[derive(Default)]
#[repr(align(128))]
struct Queued(AtomicUsize);

/// What the producer sends: a batch of events, then how the input ended
/// (where, or the tokenizer's error).
enum Message {
    Batch(Batch),
    End(Result<Position>),
}

/// Runs `reader` on a second thread and calls `consume` with the events it
/// reads, as an [`Events`] source: start tags' attributes split ahead (see
/// [`style::split`]) while the consumer is the slower side. The first
/// error, from either side, is returned; the consumer's own errors come
/// first, as they concern earlier input.
pub(super) fn run<R: BufRead + Send, T>(
    reader: Reader<Tracked<R>>,
    policy: SplitPolicy,
    consume: impl FnOnce(&mut Pipelined<'_>) -> Result<T>,
) -> Result<T> {
    let (tx, rx) = mpsc::sync_channel::<Message>(IN_FLIGHT);
    let (back_tx, back_rx) = mpsc::channel::<Batch>();
    // Batches sent and not yet taken.
    let queued = Queued::default();
    std::thread::scope(|scope| {
        let queued = &queued.0;
        let producer = scope.spawn(move || produce(reader, &tx, &back_rx, queued, policy));
        let mut source = Pipelined { rx, back: back_tx, queued, batch: None, at: 0, end: START };
        let consumed = consume(&mut source);
        // Closing the channel stops a producer still sending.
        drop(source);
        producer.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        consumed
    })
}

/// Where an input starts (the end until the producer says where).
const START: Position = Position { line: 1, column: 1, offset: Some(0) };

/// The consumer's side: the events of the batches received, in order.
pub(super) struct Pipelined<'q> {
    rx: mpsc::Receiver<Message>,
    /// Where emptied batches go back to the producer.
    back: mpsc::Sender<Batch>,
    queued: &'q AtomicUsize,
    batch: Option<Batch>,
    /// The next event of `batch`.
    at: usize,
    end: Position,
}

impl Events for Pipelined<'_> {
    fn next(&mut self) -> Result<Option<Token<'_>>> {
        while self.batch.as_ref().is_none_or(|b| self.at >= b.recs.len()) {
            if let Some(mut done) = self.batch.take() {
                done.clear();
                // The producer may be gone already; then the batch is dropped.
                let _ = self.back.send(done);
            }
            match self.rx.recv() {
                Ok(Message::Batch(b)) => {
                    self.queued.fetch_sub(1, Ordering::Relaxed);
                    self.batch = Some(b);
                    self.at = 0;
                }
                Ok(Message::End(ended)) => {
                    self.end = ended?;
                    return Ok(None);
                }
                // The producer panicked: `run` passes that on.
                Err(_) => return Ok(None),
            }
        }
        let Some(b) = &self.batch else { return Ok(None) };
        let r = &b.recs[self.at];
        self.at += 1;
        Ok(Some(Token { event: b.event(r), split: b.splits(r), here: r.here }))
    }

    fn end(&self) -> Position {
        self.end
    }
}

/// The producer: tokenizes, batches, sends. A whitespace-only text is
/// passed on only next to other character data, where it is part of a
/// label; elsewhere it cannot matter.
fn produce<R: BufRead>(
    mut reader: Reader<Tracked<R>>,
    tx: &mpsc::SyncSender<Message>,
    back: &mpsc::Receiver<Batch>,
    queued: &AtomicUsize,
    policy: SplitPolicy,
) {
    // Counted before it is sent, so that the consumer never counts below 0.
    let send = |batch: Batch| {
        queued.fetch_add(1, Ordering::Relaxed);
        tx.send(Message::Batch(batch))
    };
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut batch = Batch::default();
    let mut in_chars = false;
    let split_now = || match policy {
        SplitPolicy::Adaptive => queued.load(Ordering::Relaxed) >= SPLIT_WHEN_QUEUED,
        #[cfg(test)]
        SplitPolicy::Always => true,
        #[cfg(test)]
        SplitPolicy::Never => false,
    };
    loop {
        let here = reader.get_ref().here();
        let event = match next_event(&mut reader, &mut buf) {
            Ok(ev) => ev,
            Err(e) => {
                // Events before the error are still interpreted first.
                let _ = send(batch);
                let _ = tx.send(Message::End(Err(e)));
                return;
            }
        };
        let chars = match &event {
            Event::Eof => {
                let end = reader.get_ref().here();
                let _ = send(batch);
                let _ = tx.send(Message::End(Ok(end)));
                return;
            }
            Event::Start(e) => {
                batch.push_tag(Recorded::Start, e, split_now(), here);
                false
            }
            Event::Empty(e) => {
                batch.push_tag(Recorded::Empty, e, split_now(), here);
                false
            }
            Event::End(e) => {
                batch.push(Recorded::End, e, 0, here);
                false
            }
            Event::Text(t) => {
                if in_chars || !t.trim_ascii().is_empty() {
                    batch.push(Recorded::Text, t, 0, here);
                }
                true
            }
            Event::CData(t) => {
                batch.push(Recorded::CData, t, 0, here);
                true
            }
            Event::GeneralRef(r) => {
                batch.push(Recorded::Ref, r, 0, here);
                true
            }
            Event::Comment(c) => {
                batch.push(Recorded::Comment, c, 0, here);
                in_chars
            }
            _ => in_chars,
        };
        in_chars = chars;
        buf.clear();
        if batch.full() {
            if send(batch).is_err() {
                // The consumer stopped (it met an error): nothing to add.
                return;
            }
            batch = back.try_recv().unwrap_or_default();
        }
    }
}
