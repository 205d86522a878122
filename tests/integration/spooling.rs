//! The spools at their production sizes. Unit tests shrink the chunks so
//! that small drawings fill several; here the library is built as users
//! get it, and a drawing large enough to spool both its strokes (past
//! 65,536) and its edges (past 65,536) must give what the same drawing
//! gives with everything in memory, in every format.

use std::fmt::Write as _;

use svg2graph::ExtractOptions;
use svg2graph::write::{Format, WriteOptions, write_file};

/// A ring of `n` nodes, each joined to the next `k` ones: `n * k` lines,
/// drawn before the circles (as tools draw edges under nodes), some with
/// an arrowhead marker.
fn ring(n: usize, k: usize) -> String {
    let mut s = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><defs><marker id="m" viewBox="0 0 10 10" refX="10" refY="5" orient="auto"><path d="M0,0L10,5L0,10z"/></marker></defs><g stroke="#999">"##,
    );
    let at = |i: usize| {
        let a = i as f64 * std::f64::consts::TAU / n as f64;
        (1000.0 * a.cos(), 1000.0 * a.sin())
    };
    for i in 0..n {
        for j in 1..=k {
            let ((x1, y1), (x2, y2)) = (at(i), at((i + j) % n));
            let marker = if (i + j) % 7 == 0 { r#" marker-end="url(#m)""# } else { "" };
            let _ =
                write!(s, r#"<line x1="{x1:.3}" y1="{y1:.3}" x2="{x2:.3}" y2="{y2:.3}"{marker}/>"#);
        }
    }
    s.push_str("</g><g>");
    for i in 0..n {
        let (x, y) = at(i);
        let _ =
            write!(s, r#"<circle cx="{x:.3}" cy="{y:.3}" r="0.5"><title>v{i}</title></circle>"#);
    }
    s.push_str("</g></svg>");
    s
}

#[test]
fn spooled_strokes_and_edges_at_production_sizes_change_nothing() {
    let (n, k) = (7000, 10);
    let svg = ring(n, k);
    let kept = svg2graph::extract(svg.as_bytes(), &ExtractOptions::default()).unwrap();
    let spooled = ExtractOptions { spool_edges: true, ..ExtractOptions::default() };
    let spooled = svg2graph::extract(svg.as_bytes(), &spooled).unwrap();
    assert_eq!(kept.nodes().len(), n);
    assert_eq!(kept.edges().len(), n * k, "{:?}", kept.report());
    assert!(kept.report().directed);
    for f in Format::ALL {
        for part in 0..f.suffixes().len() {
            let write = |d: &svg2graph::Diagram| {
                let mut out = Vec::new();
                write_file(d, f, part, &WriteOptions::default(), &mut out).unwrap();
                out
            };
            assert!(write(&kept) == write(&spooled), "{} part {part}", f.name());
        }
    }
    let edges = |d: &svg2graph::Diagram| d.edges().map(Result::unwrap).count();
    assert_eq!(edges(&spooled), n * k);
    assert_eq!(format!("{:?}", kept.stats().unwrap()), format!("{:?}", spooled.stats().unwrap()));
}
