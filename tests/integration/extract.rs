//! What the library reads from small drawings, one behaviour per test.

use crate::{edge_pairs, extract, node_ids};

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Positions of the nodes, in document order.
fn positions(d: &svg2graph::Diagram) -> Vec<(f64, f64)> {
    d.nodes().map(|n| (n.x, n.y)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = list
        .iter()
        .map(|(a, b)| {
            let (a, b) = (a.to_string(), b.to_string());
            if a <= b { (a, b) } else { (b, a) }
        })
        .collect();
    v.sort();
    v
}

#[test]
fn nested_transforms_resolve_to_root_space() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="-100 -100 200 200">
          <g transform="translate(10 20)">
            <g transform="scale(2) rotate(90)">
              <circle cx="5" cy="0" r="1"/>
            </g>
            <circle transform="skewX(45)" cx="0" cy="10" r="1"/>
            <circle transform="matrix(1 0 0 1 3 4)" r="1"/>
          </g>
        </svg>"#,
    );
    let p = positions(&d);
    // rotate(90): (5,0) -> (0,5); scale 2 -> (0,10); translate -> (10,30)
    assert!(near(p[0].0, 10.0) && near(p[0].1, 30.0), "{p:?}");
    // skewX(45): (0,10) -> (10,10); translate -> (20,30)
    assert!(near(p[1].0, 20.0) && near(p[1].1, 30.0), "{p:?}");
    // a circle without cx/cy sits at its own origin
    assert!(near(p[2].0, 13.0) && near(p[2].1, 24.0), "{p:?}");
    // the root viewBox is not applied
}

#[test]
fn scaled_radius_and_skewed_circles() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
          <g transform="scale(3)"><circle cx="1" cy="1" r="2"/></g>
          <g transform="scale(4 1)"><circle cx="0" cy="0" r="1"/></g>
        </svg>"#,
    );
    let r: Vec<f64> = d.nodes().map(|n| n.r).collect();
    assert!(near(r[0], 6.0));
    // an ellipse of semi-axes 4 and 1: the equal-area radius is 2
    assert!(near(r[1], 2.0));
}

#[test]
fn nested_svg_viewports() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500" viewBox="0 0 1000 1000">
          <svg x="100" y="50" width="200" height="100" viewBox="0 0 20 20">
            <circle cx="10" cy="10" r="1"/>
          </svg>
          <svg x="0" y="0" width="200" height="100" viewBox="0 0 20 20" preserveAspectRatio="none">
            <circle cx="10" cy="10" r="1"/>
          </svg>
          <svg x="10" y="10"><circle cx="1" cy="1" r="1"/></svg>
        </svg>"#,
    );
    let p = positions(&d);
    // meet: scale 5, centred horizontally (200 - 100) / 2 = 50 extra
    assert!(near(p[0].0, 100.0 + 50.0 + 50.0) && near(p[0].1, 50.0 + 50.0), "{p:?}");
    // none: scale 10 by 5
    assert!(near(p[1].0, 100.0) && near(p[1].1, 50.0), "{p:?}");
    assert!(near(p[2].0, 11.0) && near(p[2].1, 11.0), "{p:?}");
}

#[test]
fn lengths_with_units() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
          <circle cx="1in" cy="10px" r="2mm"/>
          <circle cx="50%" cy="50%" r="1pt"/>
        </svg>"#,
    );
    let n: Vec<_> = d.nodes().collect();
    assert!(near(n[0].x, 96.0) && near(n[0].y, 10.0));
    assert!(near(n[0].r, 2.0 * 96.0 / 25.4));
    assert!(near(n[1].x, 100.0) && near(n[1].y, 50.0));
    assert!(near(n[1].r, 96.0 / 72.0));
}

#[test]
fn content_that_is_not_rendered_is_not_extracted() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
          <defs><circle id="d" cx="1" cy="1" r="1"/><line x1="0" y1="0" x2="1" y2="1"/></defs>
          <symbol><circle cx="2" cy="2" r="1"/></symbol>
          <clipPath><circle cx="3" cy="3" r="1"/></clipPath>
          <mask><circle cx="4" cy="4" r="1"/></mask>
          <marker><circle cx="5" cy="5" r="1"/></marker>
          <pattern><circle cx="6" cy="6" r="1"/></pattern>
          <g display="none"><circle cx="7" cy="7" r="1"/></g>
          <g style="display:none"><circle cx="8" cy="8" r="1"/></g>
          <circle cx="9" cy="9" r="1" style="display: none"/>
          <g visibility="hidden"><circle cx="10" cy="10" r="1"/></g>
          <circle cx="11" cy="11" r="1" fill="none"/>
          <!-- <circle cx="12" cy="12" r="1"/> -->
          <text><![CDATA[<circle cx="13" cy="13" r="1"/>]]></text>
          <circle cx="100" cy="100" r="1"/>
        </svg>"#,
    );
    assert_eq!(positions(&d), vec![(100.0, 100.0)]);
    assert_eq!(d.graph().unwrap().edge_count(), 0);
}

#[test]
fn content_clipped_to_no_area_is_not_extracted() {
    // dvisvgm leaves a head out so: clipped to a lone point. A clip path
    // with an area, or one not read, clips nothing away.
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
          <clipPath id="none"><path d="M0 996.264"/></clipPath>
          <clipPath id="empty"/>
          <clipPath id="some"><rect width="500" height="500"/></clipPath>
          <circle cx="1" cy="1" r="1" clip-path="url(#none)"/>
          <g style="clip-path: url(#empty)"><circle cx="2" cy="2" r="1"/></g>
          <circle cx="30" cy="30" r="1" clip-path="url(#some)"/>
          <circle cx="100" cy="100" r="1" clip-path="url(#later)"/>
          <clipPath id="later"><path d="M0 0"/></clipPath>
        </svg>"#,
    );
    assert_eq!(positions(&d), vec![(30.0, 30.0), (100.0, 100.0)]);
}

#[test]
fn shapes_drawn_again_by_use_are_nodes_wherever_they_are_defined() {
    // Inkscape's clones draw a shape of the drawing's body again; gnuplot
    // defines its filled point as a `<use>` of the outlined one.
    for svg in [
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
  <line x1="25" y1="50" x2="95" y2="50" stroke="#000"/>
  <line x1="105" y1="50" x2="175" y2="50" stroke="#000"/>
  <circle id="c1" cx="20" cy="50" r="5"/>
  <use xlink:href="#c1" transform="translate(80,0)"/>
  <use xlink:href="#c1" x="160"/>
</svg>"##,
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
  <defs><circle id="pt5" r="1" stroke="currentColor" stroke-width="0.2"/>
  <use xlink:href="#pt5" id="pt6" fill="currentColor" stroke="none"/></defs>
  <path stroke="black" d="M20,50 L100,50 M180,50 L100,50"/>
  <use xlink:href="#pt6" transform="translate(20,50) scale(5)" color="blue"/>
  <use xlink:href="#pt6" transform="translate(100,50) scale(5)" color="blue"/>
  <use xlink:href="#pt6" transform="translate(180,50) scale(5)" color="blue"/>
</svg>"##,
    ] {
        let d = extract(svg);
        assert_eq!(positions(&d), vec![(20.0, 50.0), (100.0, 50.0), (180.0, 50.0)]);
        assert_eq!(edge_pairs(&d).len(), 2, "{:?}", d.report());
    }
}

#[test]
fn visibility_can_be_restored_by_a_child() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
          <g visibility="hidden"><circle cx="1" cy="1" r="1" visibility="visible"/></g>
        </svg>"#,
    );
    assert_eq!(d.graph().unwrap().node_count(), 1);
}

#[test]
fn self_closing_and_open_close_forms_and_prefixes() {
    let d = extract(
        r##"<svg:svg xmlns:svg="http://www.w3.org/2000/svg" xmlns:x="urn:other">
          <svg:circle cx="0" cy="0" r="1"></svg:circle>
          <svg:circle cx="10" cy="0" r="1"/>
          <x:circle cx="20" cy="0" r="1"/>
          <svg:line x1="0" y1="0" x2="10" y2="0" stroke="#000"></svg:line>
        </svg:svg>"##,
    );
    assert_eq!(positions(&d), vec![(0.0, 0.0), (10.0, 0.0)]);
    assert_eq!(d.graph().unwrap().edge_count(), 1);
}

#[test]
fn files_without_a_namespace_declaration_are_read() {
    let d = extract(r#"<svg><circle cx="1" cy="2" r="1"/></svg>"#);
    assert_eq!(positions(&d), vec![(1.0, 2.0)]);
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let svg = "\u{feff}<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"><title>é</title></circle></svg>";
    let d = extract(svg);
    assert_eq!(node_ids(&d), ["é"]);
}

#[test]
fn ids_come_from_element_ids_then_titles_then_order() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
          <circle id="first" cx="0" r="1"><title>ignored</title></circle>
          <circle cx="10" r="1"><title> spaced &amp; escaped </title></circle>
          <circle cx="20" r="1"><title>twin</title></circle>
          <circle cx="30" r="1"><title>twin</title></circle>
          <circle cx="40" r="1"/>
        </svg>"#,
    );
    assert_eq!(node_ids(&d), ["first", "spaced & escaped", "n3", "n4", "n5"]);
    let labels: Vec<&str> = d.nodes().map(|n| d.text(n.label)).collect();
    assert_eq!(labels, ["ignored", "spaced & escaped", "twin", "twin", ""]);
}

#[test]
fn lines_shortened_to_the_rim_still_match() {
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
          <line x1="5" y1="0" x2="95" y2="0" stroke="#000"/>
          <line x1="0" y1="5.00001" x2="0" y2="45" stroke="#000"/>
          <circle id="a" cx="0" cy="0" r="5"/>
          <circle id="b" cx="100" cy="0" r="5"/>
          <circle id="c" cx="0" cy="50" r="5"/>
        </svg>"##,
    );
    assert_eq!(edge_pairs(&d), pairs(&[("a", "b"), ("a", "c")]));
}

#[test]
fn overlapping_circles_resolve_to_the_touched_centre() {
    // b's centre lies inside a and a's inside b
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
          <line x1="0" y1="0" x2="100" y2="0" stroke="#000"/>
          <line x1="8" y1="0" x2="100" y2="0" stroke="#000"/>
          <circle id="a" cx="0" cy="0" r="10"/>
          <circle id="b" cx="8" cy="0" r="10"/>
          <circle id="c" cx="100" cy="0" r="10"/>
        </svg>"##,
    );
    assert_eq!(edge_pairs(&d), pairs(&[("a", "c"), ("b", "c")]));
}

#[test]
fn dangling_and_self_touching_lines_are_counted_not_kept() {
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
          <circle id="a" cx="0" cy="0" r="2"/>
          <circle id="b" cx="20" cy="0" r="2"/>
          <line x1="0" y1="0" x2="20" y2="0" stroke="#000"/>
          <line x1="0" y1="0" x2="10" y2="10" stroke="#000"/>
          <line x1="-1" y1="0" x2="1" y2="0" stroke="#000"/>
          <line x1="0" y1="0" x2="0" y2="0" stroke="#000"/>
        </svg>"##,
    );
    let r = d.report();
    assert_eq!((r.edges, r.dangling, r.self_touching), (1, 1, 2));
}

#[test]
fn the_tolerance_option_decides_what_touches() {
    // (The stroke comes down to its end beside b, not heading for it: an
    // end aimed at a node is carried on to it, whatever the tolerance.)
    let svg = |end: f64| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg">
          <circle id="a" cx="0" cy="0" r="4"/>
          <circle id="b" cx="20" cy="0" r="4"/>
          <path d="M0 0 L{end} -20 L{end} 0" fill="none" stroke="#000"/>
        </svg>"##
        )
    };
    // By default a node is touched up to a quarter of the median radius
    // (1) plus 0.4 of its own radius (1.6) outside its rim: 2.6 here.
    assert_eq!(extract(&svg(13.5)).report().edges, 1); // 2.5 short of b's rim
    assert_eq!(extract(&svg(13.3)).report().dangling, 1); // 2.7 short
    // An explicit tolerance is the whole slack.
    let opts = svg2graph::ExtractOptions { tolerance: Some(2.0), ..Default::default() };
    let d = svg2graph::extract(svg(14.5).as_bytes(), &opts).unwrap();
    assert_eq!(d.report().edges, 1);
    assert_eq!(d.report().tolerance, 2.0);
    let d = svg2graph::extract(svg(13.5).as_bytes(), &opts).unwrap();
    assert_eq!(d.report().dangling, 1);
}

#[test]
fn unusable_numbers_skip_the_element_with_a_warning() {
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
          <circle cx="abc" r="1"/><circle cx="NaN" r="1"/><circle cx="inf" r="1"/>
          <circle cx="1e999" r="1"/><circle cx="" r="1"/><circle cx="5" r="-1"/>
          <line x1="zz" stroke="#000"/>
          <circle cx="5" r="1"/>
        </svg>"##,
    );
    assert_eq!(d.graph().unwrap().node_count(), 1);
    assert_eq!(d.report().warning_count, 7);
}

#[test]
fn bad_transforms_are_ignored_with_a_warning() {
    let d = extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
          <g transform="translate(10,"><circle cx="1" cy="1" r="1"/></g>
        </svg>"#,
    );
    assert_eq!(positions(&d), vec![(1.0, 1.0)]);
    assert_eq!(d.report().warning_count, 1);
}

#[test]
fn styles_are_inherited_into_the_columns() {
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
          <g stroke="#999" stroke-width="1.5" fill="red">
            <line x1="0" y1="0" x2="10" y2="0" style="stroke-width: 3px"/>
            <circle cx="0" cy="0" r="1"/>
            <circle cx="10" cy="0" r="1" style="fill:blue"/>
          </g>
        </svg>"##,
    );
    let fills: Vec<&str> = d.nodes().map(|n| d.text(n.fill)).collect();
    assert_eq!(fills, ["#ff0000", "#0000ff"]);
    let (_, _, e) = d.edges().next().unwrap().unwrap();
    let style = d.edge_style(&e);
    assert_eq!(d.text(style.stroke), "#999999");
    assert_eq!(style.stroke_width, Some(3.0));
}

#[test]
fn opacity_multiplies_down_the_tree_and_zero_hides() {
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
          <g opacity="0.5" stroke="#999">
            <line x1="0" y1="0" x2="10" y2="0" stroke-opacity="50%"/>
            <circle cx="0" cy="0" r="1" fill-opacity="0.4"/>
            <circle cx="10" cy="0" r="1" fill="none" style="stroke-opacity: 0.2"/>
          </g>
          <circle cx="5" cy="5" r="1" opacity="0"/>
          <circle cx="5" cy="9" r="1" fill-opacity="0"/>
          <line x1="0" y1="0" x2="5" y2="5" stroke="black" stroke-opacity="0"/>
          <circle cx="9" cy="9" r="1" opacity="bad"/>
        </svg>"##,
    );
    let opacity: Vec<f32> = d.nodes().map(|n| n.opacity).collect();
    // 0.5 x 0.4; 0.5 x the stroke's 0.2 (no fill); unparseable: ignored
    assert_eq!(opacity, [0.2, 0.1, 1.0]);
    assert_eq!(d.report().invisible, 3);
    assert_eq!(d.graph().unwrap().edge_count(), 1);
    let (_, _, e) = d.edges().next().unwrap().unwrap();
    assert_eq!(d.edge_style(&e).opacity, 0.25);
    assert!(d.report().warnings.iter().any(|w| w.message.contains("opacity=\"bad\"")));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(&"<g>".repeat(depth));
    svg.push_str(r#"<circle cx="1" cy="1" r="1"/>"#);
    svg.push_str(&"</g>".repeat(depth));
    svg.push_str("</svg>");
    // (past the default depth limit: raised)
    let o = svg2graph::ExtractOptions { max_depth: 1_000_000, ..Default::default() };
    assert_eq!(svg2graph::extract(svg.as_bytes(), &o).unwrap().graph().unwrap().node_count(), 1);
}

#[test]
fn errors_carry_positions() {
    let e = svg2graph::extract(&b"<svg>\n  <g>\n</svg>"[..], &svg2graph::ExtractOptions::default())
        .unwrap_err();
    let pos = e.position().unwrap();
    assert_eq!((pos.line, pos.column), (3, 1));
    assert!(matches!(e.kind(), svg2graph::ErrorKind::Xml(_)));
    let e = svg2graph::extract(&b"<svg/><svg/>"[..], &svg2graph::ExtractOptions::default())
        .unwrap_err();
    assert!(e.to_string().contains("after the root"), "{e}");
}

/// A small drawing with non-ASCII labels, declared in `encoding`.
fn declared(encoding: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="{encoding}"?>
<svg xmlns="http://www.w3.org/2000/svg"><line x1="0" y1="0" x2="10" y2="0" stroke="black"/>
<circle cx="0" cy="0" r="2"><title>Zoé</title></circle><circle cx="10" cy="0" r="2"><title>André ©</title></circle></svg>"#
    )
}

fn titles(bytes: &[u8]) -> Vec<String> {
    let d = svg2graph::extract(bytes, &svg2graph::ExtractOptions::default())
        .expect("extraction failed");
    assert_eq!(d.graph().unwrap().edge_count(), 1);
    d.nodes().map(|n| d.text(n.label).to_string()).collect()
}

#[test]
fn other_encodings_are_transcoded() {
    let want = ["Zoé", "André ©"];
    // ISO-8859-1 and windows-1252: one byte per character
    for label in ["ISO-8859-1", "latin1", "windows-1252"] {
        let text = declared(label);
        let bytes: Vec<u8> = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
        assert_eq!(titles(&bytes), want, "{label}");
    }
    // UTF-16, both byte orders, with and without a byte order mark
    let text = declared("UTF-16");
    let units: Vec<u16> = text.encode_utf16().collect();
    let le: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = units.iter().flat_map(|u| u.to_be_bytes()).collect();
    assert_eq!(titles(&[&[0xFF, 0xFE][..], &le].concat()), want);
    assert_eq!(titles(&[&[0xFE, 0xFF][..], &be].concat()), want);
    assert_eq!(titles(&le), want);
    assert_eq!(titles(&be), want);
    // UTF-8 declared, with a byte order mark
    assert_eq!(titles(&[b"\xEF\xBB\xBF", declared("utf-8").as_bytes()].concat()), want);
}

#[test]
fn an_unknown_declared_encoding_is_an_error() {
    let err =
        svg2graph::extract(declared("x-klingon").as_bytes(), &svg2graph::ExtractOptions::default())
            .unwrap_err();
    assert!(err.to_string().contains(r#"declares the encoding "x-klingon""#), "{err}");
}

#[test]
fn the_petgraph_graph_holds_the_same_nodes_and_edges_in_order() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/social-network.svg");
    let d = svg2graph::extract_path(path, &svg2graph::ExtractOptions::default()).unwrap();
    let g = d.graph().unwrap();
    assert_eq!(g.node_count(), d.nodes().len());
    assert_eq!(g.edge_count(), d.edges().len());
    assert!(g.edge_count() > 1000);
    for (n, w) in d.nodes().zip(g.node_weights()) {
        assert_eq!(n, w);
    }
    for ((a, b, e), r) in d.edges().map(Result::unwrap).zip(g.raw_edges()) {
        assert_eq!((a, b, e), (&g[r.source()], &g[r.target()], r.weight));
    }
    // Lookups through the graph agree with the lists.
    let (a, b, _) = d.edges().next().unwrap().unwrap();
    let (ia, ib) = (d.node_by_id(d.text(a.id)).unwrap(), d.node_by_id(d.text(b.id)).unwrap());
    assert_eq!((&g[ia], &g[ib]), (a, b));
    assert!(d.find_edge(ia, ib).unwrap().is_some());
}

/// Editors (Inkscape) give `<defs>` an id: the shapes inside keep their
/// own, and `<use>` draws them.
#[test]
fn uses_of_shapes_in_a_defs_with_an_id_are_drawn() {
    let d = crate::extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <defs id="defs2"><path id="dot" d="M 5 0 A 5 5 0 1 1 -5 0 A 5 5 0 1 1 5 0 Z"/></defs>
            <path d="M 0 0 L 100 0" stroke="#000"/>
            <use xlink:href="#dot" x="0" y="0"/>
            <use xlink:href="#dot" x="100" y="0"/>
        </svg>"##,
    );
    assert_eq!(positions(&d), [(0.0, 0.0), (100.0, 0.0)]);
    assert_eq!(d.edges().len(), 1);
}

/// Compose.jl (Julia's `GraphPlot`, `Gadfly`) writes its `<defs>` last: the
/// `<use>`s before them draw them all the same, in the style round each
/// `<use>`. A `<use>` of an id defined nowhere draws nothing, and says so.
#[test]
fn uses_before_their_definitions_draw_them() {
    let d = crate::extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" fill="#000">
            <g stroke="#ccc" fill-opacity="0"><path fill="none" d="M 0 0 L 100 0"/><path fill="none" d="M 100 0 L 100 80"/></g>
            <g stroke="#000" fill="#48b">
              <use xlink:href="#c" x="0" y="0"/><use xlink:href="#c" x="100" y="0"/>
              <use xlink:href="#c" x="100" y="80"/><use xlink:href="#nowhere" x="50" y="50"/>
            </g>
            <defs><g id="c"><circle cx="0" cy="0" r="6"/></g></defs>
        </svg>"##,
    );
    assert_eq!(positions(&d), [(0.0, 0.0), (100.0, 0.0), (100.0, 80.0)]);
    assert_eq!(d.edges().len(), 2);
    let fills: Vec<&str> = d.nodes().map(|n| d.text(n.fill)).collect();
    assert_eq!(fills, ["#4488bb"; 3]);
    assert_eq!(d.report().ignored.get("use (unresolved)"), Some(&1), "{:?}", d.report());
}

/// Cairo draws translucent layers as groups inside `<defs>` (an edge's
/// stroke and its arrowhead), each placed by a `<use>` inside another
/// definition, and that one by a `<use>` in the drawing: each part is
/// drawn in its own style, where the `<use>` puts it.
#[test]
fn uses_of_groups_draw_each_part_in_its_own_style() {
    let d = crate::extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <defs>
              <g id="surface1">
                <path style="fill:none;stroke-width:2;stroke:rgb(0,0,0)" d="M 10 0 L 84 0"/>
                <path style="stroke:none;fill:rgb(0,0,0)" d="M 90 0 L 82 -4 L 82 4 Z"/>
              </g>
              <g id="surface2"><use xlink:href="#surface1" x="0" y="50"/></g>
            </defs>
            <circle cx="0" cy="50" r="10" fill="#ccc" stroke="#000"/>
            <circle cx="100" cy="50" r="10" fill="#ccc" stroke="#000"/>
            <use xlink:href="#surface2"/>
        </svg>"##,
    );
    assert_eq!(positions(&d), [(0.0, 50.0), (100.0, 50.0)]);
    let edges: Vec<_> = d.edges().map(Result::unwrap).collect();
    assert_eq!(edges.len(), 1);
    let (a, b, e) = &edges[0];
    assert_eq!((d.text(a.id), d.text(b.id), e.directed), ("n1", "n2", true));
}

/// A definition's parts inherit from the `<use>` and from the groups round
/// them inside the definition, their own style winning; a `<title>` inside
/// a `<use>` of one shape names it.
#[test]
fn parts_of_a_use_inherit_style_and_take_its_title() {
    let d = crate::extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <defs>
              <g id="dot"><g fill="none"><circle r="10"/></g></g>
              <circle id="disc" r="10"/>
            </defs>
            <use xlink:href="#dot" x="0" stroke="#000"/>
            <use xlink:href="#dot" x="100"/>
            <use xlink:href="#disc" x="200" fill="#ccc"><title>third</title></use>
            <path d="M 10 0 L 90 0 M 110 0 L 190 0" fill="none" stroke="#000"/>
        </svg>"##,
    );
    // The second dot is neither filled (its group says none) nor stroked.
    assert_eq!(positions(&d), [(0.0, 0.0), (200.0, 0.0)]);
    let names: Vec<&str> = d.nodes().map(|n| d.text(n.label)).collect();
    assert_eq!(names, ["", "third"]);
}

/// Inside a definition, a clip path (or a `<defs>`, a mask) and a symbol
/// are drawn only where they are used, and a hidden group not at all: a
/// `<use>` of the definition draws its other shapes, all of them. A part's
/// own paint wins over the `<use>`'s.
#[test]
fn a_use_draws_a_definition_without_its_clip_paths_symbols_and_hidden_groups() {
    let d = crate::extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <defs>
              <g id="two">
                <clipPath id="c"><rect x="60" y="0" width="30" height="30"/></clipPath>
                <rect x="10" y="10" width="40" height="30" fill="#ccc" stroke="#000"/>
                <symbol id="icon"><circle cx="120" cy="25" r="10"/></symbol>
                <g style="display:none"><circle cx="150" cy="25" r="10"/></g>
                <rect x="200" y="10" width="40" height="30" fill="none" stroke="#000"/>
              </g>
            </defs>
            <use xlink:href="#two" fill="#f00"/>
            <path d="M 50 25 L 200 25" stroke="#000" fill="none"/>
        </svg>"##,
    );
    assert_eq!(positions(&d), [(30.0, 25.0), (220.0, 25.0)]);
    assert_eq!(d.edges().len(), 1);
    let fills: Vec<&str> = d.nodes().map(|n| d.text(n.fill)).collect();
    assert_eq!(fills, ["#cccccc", "none"]);
}

/// A style sheet inside `<defs>` applies to the whole drawing: here it
/// says the edges' paths are not filled, so they are strokes, not shapes.
#[test]
fn a_style_sheet_inside_defs_applies() {
    let d = crate::extract(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
            <defs><style>.edge { fill: none; stroke: #333 } .node { fill: #ccc }</style></defs>
            <rect class="node" x="-10" y="-10" width="20" height="20"/>
            <rect class="node" x="90" y="-10" width="20" height="20"/>
            <path class="edge" d="M 0 0 L 50 40 L 100 0"/>
        </svg>"#,
    );
    assert_eq!(positions(&d), [(0.0, 0.0), (100.0, 0.0)]);
    assert_eq!(d.edges().len(), 1);
}

#[test]
fn a_mixed_drawing_is_written_as_a_directed_graph_its_undirected_edges_marked() {
    // Arrows and plain lines in one drawing (tests/formats/mixed.svg): every
    // format reads it as one directed graph, as networkx and igraph accept
    // it, and says which edges show no head where it can.
    use svg2graph::write::{Format, WriteOptions, write_file};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/mixed.svg");
    let d = svg2graph::extract_path(path, &svg2graph::ExtractOptions::default()).unwrap();
    let undirected = d.edges().filter(|e| !e.as_ref().unwrap().2.directed).count();
    assert_eq!((d.report().edges, undirected), (8, 3));
    let text = |format| {
        let mut out = Vec::new();
        write_file(&d, format, 0, &WriteOptions::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let graphml = text(Format::Graphml);
    assert!(graphml.contains(r#"edgedefault="directed""#), "{graphml}");
    assert!(!graphml.contains(r#"directed="false""#), "{graphml}");
    let directed_key = graphml
        .lines()
        .find(|l| l.contains(r#"for="edge" attr.name="directed""#))
        .and_then(|l| l.split('"').nth(1))
        .unwrap()
        .to_string();
    assert_eq!(graphml.matches(&format!(r#"<data key="{directed_key}">false</data>"#)).count(), 3);
    let gexf = text(Format::Gexf);
    assert_eq!(gexf.matches(r#" type="directed""#).count(), 8, "{gexf}");
    assert!(!gexf.contains(r#"type="undirected""#), "{gexf}");
    let pajek = text(Format::Pajek);
    assert!(pajek.contains("*Arcs\n") && !pajek.contains("*Edges"), "{pajek}");
    assert_eq!(pajek.split("*Arcs\n").nth(1).unwrap().lines().count(), 8, "{pajek}");
    let dot = text(Format::Dot);
    assert!(dot.starts_with("digraph"), "{dot}");
    assert_eq!(dot.matches("dir=none").count(), 3, "{dot}");
}

#[test]
fn an_edge_drawn_with_the_default_width_has_width_1_in_every_format() {
    // One edge with no stroke-width, one with stroke-width="1": both are
    // width 1, in the CSV and the JSON alike, and the widths do not vary,
    // so there are no weights.
    use svg2graph::write::{Format, WriteOptions, write_file};
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="0" cy="0" r="5"/><circle cx="50" cy="0" r="5"/><circle cx="50" cy="50" r="5"/>
        <line x1="5" y1="0" x2="45" y2="0" stroke="#999"/><line x1="50" y1="5" x2="50" y2="45" stroke="#999" stroke-width="1"/></svg>"##,
    );
    let text = |format, part| {
        let mut out = Vec::new();
        write_file(&d, format, part, &WriteOptions::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let csv = text(Format::Csv, 1);
    assert_eq!(
        csv.lines().skip(1).filter(|l| l.contains(",#999999,1,,,false,,,1")).count(),
        2,
        "{csv}"
    );
    let json = text(Format::Json, 0);
    assert_eq!(json.matches(r#""stroke_width":1.0"#).count(), 2, "{json}");
    assert!(!json.contains("weight"), "{json}");
}

/// Each node's centre and label, sorted by position.
fn labelled(d: &svg2graph::Diagram) -> Vec<(i64, i64, String)> {
    let mut v: Vec<(i64, i64, String)> = d
        .nodes()
        .map(|n| (n.x.round() as i64, n.y.round() as i64, d.text(n.label).to_string()))
        .collect();
    v.sort();
    v
}

#[test]
fn names_drawn_beside_their_nodes_are_their_labels() {
    // Names 20 below each disc, as scikit-network and R draw them; one
    // lies nearer the node under its own than its own (their centres 30
    // apart). A text off that offset (a note above a node) names nothing.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 100 100 L 200 100 M 200 100 L 200 130 M 100 100 L 300 100" stroke="#000"/>
        <circle cx="100" cy="100" r="7"/><circle cx="200" cy="100" r="7"/>
        <circle cx="200" cy="130" r="7"/><circle cx="300" cy="100" r="7"/>
        <text x="100" y="120" font-size="10" text-anchor="middle">Ada</text>
        <text x="200" y="120" font-size="10" text-anchor="middle">Gottfried Wilhelm Leibniz</text>
        <text x="200" y="150" font-size="10" text-anchor="middle">Galileo</text>
        <text x="300" y="120" font-size="10" text-anchor="middle">Euler</text>
        <text x="300" y="85" font-size="10" text-anchor="middle">note</text>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(
        labelled(&d),
        [
            (100, 100, "Ada".to_string()),
            (200, 100, "Gottfried Wilhelm Leibniz".to_string()),
            (200, 130, "Galileo".to_string()),
            (300, 100, "Euler".to_string())
        ]
    );
    // One name beside one node is no evidence of where names go.
    let lone = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 100 100 L 200 100" stroke="#000"/>
        <circle cx="100" cy="100" r="7"/><circle cx="200" cy="100" r="7"/>
        <text x="100" y="120" font-size="10" text-anchor="middle">Ada</text></svg>"##;
    assert!(labelled(&extract(lone)).iter().all(|n| n.2.is_empty()));
}

#[test]
fn names_centred_under_nodes_of_any_size_are_their_labels() {
    // PlantUML before 1.2021: each name starts where it must to be centred
    // under its node, rings of two sizes, the names a little further under
    // the small one; no group holds a node and its name. An edge stopping
    // at the box round a ring and its (wider) name ends on the ring.
    let svg = |names: bool| {
        let texts = r#"<text x="136" y="229" font-size="14" textLength="46">HTTPS</text>
        <text x="129" y="308" font-size="14" textLength="60">Admin UI</text>
        <text x="365" y="308" font-size="14" textLength="62">Deployer</text>
        <text x="614" y="365" font-size="14" textLength="56">Release</text>"#;
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg">
        <ellipse cx="159" cy="199" rx="8" ry="8" fill="#ffe"/>
        <ellipse cx="159" cy="279" rx="12" ry="12" fill="#ffe"/>
        <ellipse cx="396" cy="279" rx="12" ry="12" fill="#ffe"/>
        <ellipse cx="642" cy="336" rx="12" ry="12" fill="#ffe"/>
        {}
        <path d="M159,207 L159,267" stroke="#000"/>
        <path d="M189.3,287 L365,287" stroke="#000"/>
        <path d="M408,281 L630,334" stroke="#000"/></svg>"##,
            if names { texts } else { "" }
        )
    };
    let d = extract(&svg(true));
    assert_eq!(
        labelled(&d),
        [
            (159, 199, "HTTPS".to_string()),
            (159, 279, "Admin UI".to_string()),
            (396, 279, "Deployer".to_string()),
            (642, 336, "Release".to_string())
        ]
    );
    assert_eq!(d.report().edges, 3, "{:?}", d.report());
    // Without the names, the line stopping under Admin UI's name ends on
    // nothing.
    let d = extract(&svg(false));
    assert_eq!((d.report().edges, d.report().dangling), (2, 1), "{:?}", d.report());
}

#[test]
fn a_text_placed_by_its_first_run_is_where_that_run_is() {
    // JGraphX writes every text's position on its <tspan>.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="30" y="20" width="80" height="30"/>
        <text text-anchor="middle"><tspan x="69" y="37">Browse</tspan></text>
        <rect x="150" y="20" width="80" height="30"/>
        <text text-anchor="end"> <tspan x="220" y="37">Place order</tspan><tspan x="0" y="0">!</tspan></text>
        <path d="M 110 35 L 150 35" stroke="#000"/></svg>"##;
    let d = extract(svg);
    assert_eq!(
        labelled(&d),
        [(70, 35, "Browse".to_string()), (190, 35, "Place order!".to_string())]
    );
}
