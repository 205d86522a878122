//! draw.io's embedded diagram (written out or compressed) on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        svg2graph::fuzzing::drawio(s);
    }
});
