//! Hostile inputs: each gets a clear error or a correct result, quickly
//! and in bounded memory. (Broken XML, empty and binary files, and
//! non-SVG roots are in `cli.rs`; encodings in `extract.rs`.)

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::{Duration, Instant};

use svg2graph::{ErrorKind, ExtractOptions};

fn opts() -> ExtractOptions {
    ExtractOptions::default()
}

/// Runs `f`, which must not hang. (Not a speed test: the time each case
/// takes is measured in release builds, see the README; this only catches
/// a runaway, even in a debug build on two busy cores, where the largest
/// case takes a few tens of seconds and a runaway hours.)
fn quick<T>(f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    assert!(t.elapsed() < Duration::from_mins(2), "took {:?}", t.elapsed());
    out
}

fn limit_error(bytes: &[u8], o: &ExtractOptions) -> String {
    let err = quick(|| svg2graph::extract(bytes, o)).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Limit(_) | ErrorKind::Io(_)), "{err}");
    err.to_string()
}

#[test]
fn html_holding_an_svg_says_what_to_do() {
    let err = svg2graph::extract(
        &b"<html><body><svg xmlns='http://www.w3.org/2000/svg'><circle r='1'/></svg></body></html>"
            [..],
        &opts(),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("a web page, not an SVG drawing; its <svg> elements are read when"),
        "{err}"
    );
}

#[test]
fn entities_are_never_expanded_nor_fetched() {
    // "billion laughs": nested entities are not expanded (quick-xml keeps
    // references to undeclared-to-it entities as they are; they are not
    // text we know)
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"><title>x&e;y</title></circle></svg>"#;
    let d = quick(|| svg2graph::extract(laughs.as_bytes(), &opts())).unwrap();
    assert_eq!(d.text(d.nodes().next().unwrap().label), "xy");
    // an external entity: never read
    let xxe = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"><title>&x;</title></circle></svg>"#;
    let d = quick(|| svg2graph::extract(xxe.as_bytes(), &opts())).unwrap();
    let label = d.text(d.nodes().next().unwrap().label);
    assert!(!label.contains("root:"), "{label}");
}

#[test]
fn deep_nesting_meets_the_depth_limit() {
    let depth = 100_000;
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg">{}<circle r="1"/>{}</svg>"#,
        "<g>".repeat(depth),
        "</g>".repeat(depth)
    );
    let msg = limit_error(svg.as_bytes(), &opts());
    assert!(msg.contains("nested more than 10000 deep") && msg.contains("--max-depth"), "{msg}");
    // raised, the drawing is read
    let o = ExtractOptions { max_depth: 200_000, ..opts() };
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &o)).unwrap();
    assert_eq!(d.graph().unwrap().node_count(), 1);
}

#[test]
fn a_huge_attribute_meets_the_tag_limit() {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><path stroke="black" d="M0 0{}"/></svg>"#,
        " L1 1".repeat(4_000_000)
    );
    let msg = limit_error(svg.as_bytes(), &opts());
    assert!(msg.contains("a start tag of 20000028 bytes") && msg.contains("--max-tag"), "{msg}");
}

#[test]
fn too_many_elements_meet_the_element_limit() {
    let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg">{}</svg>"#, "<g/>".repeat(1000));
    let o = ExtractOptions { max_elements: 500, ..opts() };
    let msg = limit_error(svg.as_bytes(), &o);
    assert!(msg.contains("more than 500 elements") && msg.contains("--max-elements"), "{msg}");
}

#[test]
fn a_compression_bomb_stops_early() {
    // 1 GiB of `<g/>`, about 1 MB compressed
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(br#"<svg xmlns="http://www.w3.org/2000/svg">"#).unwrap();
    let chunk = b"<g/>".repeat(1 << 18);
    for _ in 0..1024 {
        gz.write_all(&chunk).unwrap();
    }
    gz.write_all(b"</svg>").unwrap();
    let bomb = gz.finish().unwrap();
    let msg = limit_error(&bomb, &opts());
    assert!(msg.contains("inflates more than 100 times") && msg.contains("--max-ratio"), "{msg}");
}

#[test]
fn degenerate_shapes_and_repeated_ids_are_handled() {
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" stroke="black">
      <circle id="z" cx="0" cy="0" r="0"/>
      <circle id="a" cx="10" cy="0" r="2"/><circle id="a" cx="30" cy="0" r="2"/>
      <line x1="0" y1="0" x2="10" y2="0"/><line x1="10" y1="0" x2="10" y2="0"/>
      <line x1="12" y1="0" x2="28" y2="0"/>
      <ellipse cx="50" cy="50" rx="0" ry="3"/><rect x="0" y="0" width="0" height="5"/>
    </svg>"#;
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    // a zero radius, a zero-size ellipse and rect draw nothing (the circle
    // warned), so the first line dangles where that circle was, and the
    // zero-length line lies within one node
    assert_eq!(d.graph().unwrap().node_count(), 2);
    assert_eq!(d.graph().unwrap().edge_count(), 1);
    assert_eq!(d.report().self_touching, 1);
    assert_eq!(d.report().dangling, 1);
    // a repeated id is no node's id
    let ids: Vec<&str> = d.nodes().map(|n| d.text(n.id)).collect();
    assert_eq!(ids, ["n1", "n2"]);
    assert!(d.report().warnings.iter().any(|w| w.message.contains("no radius")));
}

/// Definitions that use each other twice over, 40 deep, would draw 2^40
/// shapes from a few kilobytes: drawing stops, with a warning, at a bound
/// set by the size of the drawing.
#[test]
fn definitions_using_each_other_stay_bounded() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><circle id="d0" r="1" fill="none"/>"#,
    );
    for i in 1..=40 {
        let p = i - 1;
        write!(
            svg,
            r##"<g id="d{i}"><use xlink:href="#d{p}"/><use xlink:href="#d{p}" x="3"/></g>"##
        )
        .unwrap();
    }
    svg.push_str(
        r##"</defs><circle r="5"/><use xlink:href="#d40"/><use xlink:href="#d40"/></svg>"##,
    );
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    let warned = |s: &str| d.report().warnings.iter().any(|w| w.message.contains(s));
    assert!(warned("<use> elements draw more than"), "{:?}", d.report().warnings);
    assert_eq!(d.nodes().len(), 1);
}

/// A definition that uses itself while it is read draws nothing there
/// (SVG calls it an error), and copies nothing: 4000 such uses stay small
/// and quick.
#[test]
fn a_definition_using_itself_stays_small() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><g id="a">"#,
    );
    for i in 0..4000 {
        write!(svg, r##"<rect x="{i}" width="1" height="1"/><use xlink:href="#a"/>"##).unwrap();
    }
    svg.push_str(r##"</g></defs><use xlink:href="#a" y="10"/></svg>"##);
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    assert_eq!(d.report().shapes.values().sum::<u64>(), 4000);
}

/// Groups with ids nested inside one another, round thousands of nested
/// style layers, would copy every part with every layer into every
/// definition: what definitions hold is bounded by the drawing's size.
#[test]
fn deep_style_layers_in_nested_definitions_stay_bounded() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs>"#,
    );
    for k in 0..16 {
        write!(svg, r#"<g id="d{k}">"#).unwrap();
    }
    svg.push_str(&r#"<g fill="red">"#.repeat(2000));
    svg.push_str(&r#"<rect width="1" height="1"/>"#.repeat(4000));
    svg.push_str(&"</g>".repeat(2016));
    svg.push_str(r##"</defs><use xlink:href="#d0"/></svg>"##);
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    let warned = |s: &str| d.report().warnings.iter().any(|w| w.message.contains(s));
    assert!(warned("definitions hold more than"), "{:?}", d.report().warnings);
}

/// `<use>`s of a definition not read yet wait for the drawing's end, a
/// bounded number of them: past that, they are left out, with a warning.
#[test]
fn uses_waiting_for_their_definition_stay_bounded() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#,
    );
    svg.push_str(&r##"<use xlink:href="#x"/>"##.repeat(300_000));
    svg.push_str("</svg>");
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    let warned = |s: &str| d.report().warnings.iter().any(|w| w.message.contains(s));
    assert!(warned("<use> elements that come before what they draw"), "{:?}", d.report().warnings);
    assert_eq!(d.report().ignored.get("use (unresolved)"), Some(&300_000));
    // Counted in bytes: a style sheet giving each a long value keeps
    // fewer of them.
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><style>use {{ stroke-dasharray: {}; }}</style>"#,
        "1 ".repeat(50_000)
    );
    svg.push_str(&r##"<use href="#z"/>"##.repeat(20_000));
    svg.push_str(r#"<defs><circle id="z" r="1"/></defs></svg>"#);
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    let warned = |s: &str| d.report().warnings.iter().any(|w| w.message.contains(s));
    assert!(warned("<use> elements that come before what they draw"), "{:?}", d.report().warnings);
    let drawn = d.report().shapes.values().sum::<u64>();
    assert!(drawn > 0 && drawn < 1000, "{drawn}");
}

/// One shape and one line repeated thousands of times, all on one spot
/// (an element copied over and over, a graph never laid out): the copies
/// show one shape, and are not weighed pair by pair.
#[test]
fn thousands_of_copies_of_one_shape_stay_quick() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(
        &r##"<circle r="1"/><line x1="0" y1="0" x2="10" y2="0" stroke="#000"/>"##.repeat(20_000),
    );
    svg.push_str("</svg>");
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    assert_eq!(d.nodes().len(), 1, "{:?}", d.report().shapes);
    let copies = d.report().evidence.iter().find(|(why, _)| why.contains("a copy drawn over"));
    assert_eq!(copies.map(|c| *c.1), Some(20_000 - 9), "{:?}", d.report().evidence);
}

/// Thousands of rings round one centre, each holding all those inside
/// it: the rules that weigh shapes pair by pair stop at a bound, and the
/// report says so.
#[test]
fn thousands_of_nested_rings_stay_bounded() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for i in 0..6000 {
        write!(svg, r##"<circle r="{}" fill="none" stroke="#000"/>"##, 1.0 + f64::from(i) * 0.01)
            .unwrap();
    }
    svg.push_str("</svg>");
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    let unweighed = d.report().evidence.keys().any(|why| why.contains("pairs of shapes unweighed"));
    assert!(unweighed, "{:?}", d.report().evidence);
}

/// A definition of many parts drawn many times (an icon at every node)
/// is drawn whole every time.
#[test]
fn an_icon_of_many_parts_is_drawn_at_every_use() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><g id="icon">"#,
    );
    for k in 0..70 {
        write!(svg, r##"<circle cx="{k}" r="0.4" fill="none" stroke="#000"/>"##).unwrap();
    }
    svg.push_str("</g></defs>");
    for k in 0..1000 {
        write!(svg, r##"<use xlink:href="#icon" y="{}"/>"##, 10 * k).unwrap();
    }
    svg.push_str("</svg>");
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    assert!(d.report().warnings.is_empty(), "{:?}", d.report().warnings);
    assert_eq!(d.report().shapes.values().sum::<u64>(), 70_000);
}

#[test]
fn truncated_and_junk_inputs_fail_with_positions() {
    for (bytes, want) in [
        (&b""[..], "no root element"),
        (&b"\x00\x01\x02\xff\xfe garbage"[..], "malformed XML"),
        (&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], "this is a PNG image, not an SVG drawing"),
        (&b"<svg xmlns='http://www.w3.org/2000/svg'><g><circle r='1'/>"[..], "truncated"),
        (&b"<svg><g></svg>"[..], "malformed XML"),
    ] {
        let err = quick(|| svg2graph::extract(bytes, &opts())).unwrap_err();
        let text = err.to_string();
        assert!(text.contains(want), "{bytes:?}: {text}");
        assert!(!text.contains('\n'), "one line: {text}");
    }
}

/// Found by fuzzing (`path_data`): an arc to a point 1e46 away took
/// unbounded time and memory to turn into curves.
#[test]
fn fuzz_arc_to_a_far_point_is_skipped() {
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><path fill="red" d="M1.5.5a1 1 0 1 17777777777777777777777777777777777777777777777 2 2z"/><circle r="1"/></svg>"#;
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    assert_eq!(d.graph().unwrap().node_count(), 1);
    assert!(
        d.report().warnings.iter().any(|w| w.message.contains("arcs reach coordinates beyond"))
    );
}

/// Found by fuzzing (`path_data`, `extract`): curves far out (1e123)
/// overflowed while being flattened, and never ended; shapes reaching
/// beyond ±1e15 are skipped, with a warning.
#[test]
fn fuzz_coordinates_beyond_1e15_are_skipped() {
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" stroke="black">
      <path d="M1666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666.512 0 s1 2 2 0 s1 2"/>
      <path d="M-333333333333333333333333333333333333333333105.27,149.77A116.72,116.72 0 0,1 -16.73,225.83"/>
      <circle cx="1e300" cy="0" r="1"/><circle cx="0" cy="0" r="1e300"/><ellipse cx="5" cy="5" rx="1e308" ry="1"/>
      <line x1="1e300" y1="0" x2="0" y2="0"/><polygon points="0,0 1e200,0 0,1e200"/>
      <g transform="scale(1e300)"><circle r="1e300"/></g>
      <circle cx="0" cy="0" r="1"/><circle cx="10" cy="0" r="1"/><line x1="0" y1="0" x2="10" y2="0"/>
    </svg>"#;
    let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
    assert_eq!((d.graph().unwrap().node_count(), d.graph().unwrap().edge_count()), (2, 1));
    let skipped = d.report().warnings.iter().filter(|w| w.message.contains("beyond ±1e15")).count();
    assert_eq!(skipped, 8, "{:?}", d.report().warnings);
}

#[test]
fn text_in_groups_with_no_node_is_an_empty_graph() {
    // Names placed by group with no node to go to: nothing to name, no
    // panic (a group's count of nodes within was read before checking it
    // had one).
    for svg in [
        r##"<svg xmlns="http://www.w3.org/2000/svg"><g><g><text x="5" y="5">hi</text></g></g><line x1="0" y1="0" x2="9" y2="9" stroke="#000"/></svg>"##,
        r#"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="5" cy="5" r="5" fill="none" stroke="none"/><text x="5" y="5">hi</text></g></svg>"#,
    ] {
        let d = quick(|| svg2graph::extract(svg.as_bytes(), &opts())).unwrap();
        assert_eq!((d.report().nodes, d.report().edges), (0, 0), "{svg}");
    }
}

#[test]
fn warnings_name_the_element_as_written() {
    let d = svg2graph::extract(
        &br##"<svg xmlns="http://www.w3.org/2000/svg"><line x1="0" y1="0" x2="1e300" y2="0" stroke="#000"/>
        <polyline points="0,0 1e300,0" stroke="#000" fill="none"/><path d="M 0 0 L 1e300 5" stroke="#000"/></svg>"##[..],
        &opts(),
    )
    .unwrap();
    let names: Vec<&str> =
        d.report().warnings.iter().map(|w| w.message.split(' ').next().unwrap()).collect();
    assert_eq!(names, ["<line>", "<polyline>", "<path>"], "{:?}", d.report().warnings);
}
