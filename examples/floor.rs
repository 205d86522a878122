//! The throughput floor: a bare quick-xml event loop that visits the
//! `<circle>`/`<line>` attributes and parses their numbers, nothing else.
//! `scripts/bench.sh` times it beside `svg2graph`, and the criterion bench
//! (`benches/extract.rs`) runs the same function.
//!
//! ```text
//! cargo run --release --example floor -- drawing.svg
//! ```

use std::io::BufRead;

use quick_xml::events::Event;

/// Reads all events; returns the sum of the numbers (so nothing is
/// optimised away).
pub fn floor<R: BufRead>(input: R) -> f64 {
    let mut r = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut sum = 0.0;
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let name = e.local_name();
                if name.as_ref() == "circle" || name.as_ref() == "line" {
                    for a in e.attributes().flatten() {
                        if let Ok(v) = fast_float2::parse::<f64, _>(a.value.as_bytes()) {
                            sum += v;
                        }
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
    sum
}

#[allow(dead_code)] // unused where this file is included as a module
fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).expect("usage: floor FILE.svg");
    let file = std::fs::File::open(path)?;
    let sum = floor(std::io::BufReader::with_capacity(256 * 1024, file));
    println!("{sum}");
    Ok(())
}
