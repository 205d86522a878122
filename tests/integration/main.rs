//! The integration tests: one binary (one link), a module per area.

// Test helpers panic on purpose when a test goes wrong.
#![allow(clippy::missing_panics_doc)]

mod batch;
mod cli;
mod evidence;
mod extract;
mod generators;
mod hostile;
mod pictures;
mod pieces;
mod roundtrip;
mod samples;
mod spooling;

use std::path::PathBuf;

/// Path of a fixture under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Extracts from an SVG string with default options.
pub fn extract(svg: &str) -> svg2graph::Diagram {
    svg2graph::extract(svg.as_bytes(), &svg2graph::ExtractOptions::default())
        .expect("extraction failed")
}

/// The edges as sorted (source id, target id) pairs, each pair sorted too
/// (for undirected comparisons).
pub fn edge_pairs(d: &svg2graph::Diagram) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = d
        .edges()
        .map(Result::unwrap)
        .map(|(a, b, _)| {
            let (a, b) = (d.text(a.id).to_string(), d.text(b.id).to_string());
            if a <= b { (a, b) } else { (b, a) }
        })
        .collect();
    v.sort();
    v
}

/// The node ids in document order.
pub fn node_ids(d: &svg2graph::Diagram) -> Vec<String> {
    d.nodes().map(|n| d.text(n.id).to_string()).collect()
}

/// Node centres, sorted.
pub fn centres(d: &svg2graph::Diagram) -> Vec<(i64, i64)> {
    let mut v: Vec<(i64, i64)> =
        d.nodes().map(|n| (n.x.round() as i64, n.y.round() as i64)).collect();
    v.sort_unstable();
    v
}

/// The edges as (x + y of the source, x + y of the target, directed).
pub fn arcs(d: &svg2graph::Diagram) -> Vec<(i64, i64, bool)> {
    d.edges()
        .map(Result::unwrap)
        .map(|(a, b, e)| ((a.x + a.y).round() as i64, (b.x + b.y).round() as i64, e.directed))
        .collect()
}
