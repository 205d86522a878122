//! The whole extraction from bytes, then every output format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use svg2graph::write::{Format, WriteOptions, write_file};

fuzz_target!(|data: &[u8]| {
    // Small limits, so that a slow case is a fast one scaled down.
    let opts = svg2graph::ExtractOptions {
        max_inflated: 1 << 20,
        max_depth: 256,
        max_tag: 64 << 10,
        max_elements: 100_000,
        ..Default::default()
    };
    if let Ok(d) = svg2graph::extract(data, &opts) {
        let _ = d.stats();
        for f in Format::ALL {
            for part in 0..f.suffixes().len() {
                let _ = write_file(&d, f, part, &WriteOptions::default(), &mut std::io::sink());
            }
        }
        let _ = svg2graph::preview::overlay(&d);
    }
});
