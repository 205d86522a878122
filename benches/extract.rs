//! Throughput of `svg2graph` against the floor: a bare quick-xml event loop
//! over the same bytes that visits the `<circle>`/`<line>` attributes and
//! parses their numbers, nothing else.
//!
//! Inputs are made by `../shared/bench/gen_svg.py` (the shared benchmark
//! generator) into `target/bench-data/` on first use. Run with
//! `cargo bench`; `SVG2GRAPH_BENCH_SIZES=small,medium` picks sizes
//! (small 1k nodes/10k edges, medium 10k/100k, large 100k/1M).

use std::io::{self, BufReader};
use std::path::PathBuf;
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "../examples/floor.rs"]
mod floor;

const SIZES: [(&str, u32, u32); 3] =
    [("small", 1_000, 10_000), ("medium", 10_000, 100_000), ("large", 100_000, 1_000_000)];

fn input(name: &str, nodes: u32, edges: u32) -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/bench-data");
    let path = dir.join(format!("{name}-{nodes}-{edges}.svg"));
    if !path.exists() {
        std::fs::create_dir_all(&dir).unwrap();
        let gen_svg = root.join("../shared/bench/gen_svg.py");
        assert!(gen_svg.exists(), "the generator {} is missing", gen_svg.display());
        let status = Command::new("python3")
            .arg(&gen_svg)
            .args(["--nodes", &nodes.to_string(), "--edges", &edges.to_string(), "--no-truth"])
            .arg("--out")
            .arg(&path)
            .status()
            .expect("python3 runs");
        assert!(status.success(), "gen_svg.py failed");
    }
    std::fs::read(&path).unwrap()
}

/// The whole job: extract, then write both CSVs (to a sink).
fn extract(bytes: &[u8]) -> usize {
    let d = svg2graph::extract(
        BufReader::with_capacity(256 * 1024, bytes),
        &svg2graph::ExtractOptions::default(),
    )
    .unwrap();
    svg2graph::write::csv::write_nodes(&d, io::sink()).unwrap();
    svg2graph::write::csv::write_edges(&d, io::sink()).unwrap();
    d.graph().unwrap().edge_count()
}

fn bench(c: &mut Criterion) {
    let wanted = std::env::var("SVG2GRAPH_BENCH_SIZES").unwrap_or_else(|_| "small,medium".into());
    for (name, nodes, edges) in SIZES {
        if !wanted.split(',').any(|w| w == name) {
            continue;
        }
        let bytes = input(name, nodes, edges);
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        if name == "large" {
            g.sample_size(10);
        }
        g.bench_function("floor", |b| {
            b.iter(|| floor::floor(BufReader::with_capacity(256 * 1024, &bytes[..])));
        });
        g.bench_function("extract", |b| b.iter(|| extract(&bytes)));
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
