//! Roles decided by what a drawing shows, whoever drew it: drawings made
//! here the way exporters write them, with no tool's marks.

use std::fmt::Write as _;

use crate::{arcs, centres, edge_pairs, extract};

/// A circle of radius `r` at (`x`, `y`) as a closed path of four arcs.
fn circle(x: f64, y: f64, r: f64) -> String {
    format!(
        "M {} {y} A {r} {r} 0 0 1 {x} {} A {r} {r} 0 0 1 {} {y} A {r} {r} 0 0 1 {x} {} A {r} {r} 0 0 1 {} {y} Z",
        x + r,
        y + r,
        x - r,
        y - r,
        x + r
    )
}

/// Glyph-like outlines: a run of small closed shapes of one height and
/// different widths, starting at (`x`, `y`) on the baseline.
fn word(x: f64, y: f64, widths: &[f64]) -> String {
    let mut s = String::new();
    let mut at = x;
    for w in widths {
        let _ = write!(
            s,
            r##"<path fill="#000" d="M {at} {y} L {} {y} L {} {} L {at} {} Z"/>"##,
            at + w,
            at + w,
            y - 7.0,
            y - 7.0
        );
        at += w + 1.0;
    }
    s
}

#[test]
fn a_shape_drawn_twice_is_one_node() {
    // cairo and PDF converters draw a node's fill, then its outline, as
    // two paths on the same geometry.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="none"/>"##);
        let _ = write!(svg, r##"<path d="{c}" fill="none" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1);
    // The report says on which evidence.
    assert_eq!(d.report().evidence.get("drawn twice (its fill and its outline)"), Some(&2));
}

#[test]
fn a_box_drawn_outline_first_then_fill_is_one_box() {
    // `paint-order: stroke` draws the outline under the fill: ECharts'
    // label boxes beside their nodes, flattened through cairo or PDF into
    // an unfilled path, then a fill on the same geometry. The pair is one
    // filled box with an outline, a label's box: no node, no self-loop.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let at = [(0.0, 0.0), (200.0, 0.0), (100.0, 100.0)];
    for (i, &(x, y)) in at.iter().enumerate() {
        let (u, v) = at[(i + 1) % 3];
        let _ = write!(svg, r##"<path d="M {x} {y} L {u} {v}" stroke="#999" fill="none"/>"##);
    }
    for &(x, y) in &at {
        let c = circle(x, y, 6.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#e66" stroke="none"/>"##);
        // (Rounded, and left open where it ends on its start, as
        // pdftocairo writes a stroked box.)
        let b = x + 10.0;
        let box_ = format!(
            "M {} {} L {} {} C {} {} {} {} {} {} L {} {} C {} {} {} {} {} {} L {} {} C {} {} {b} {} {b} {} L {b} {} C {b} {} {} {} {} {}",
            b + 2.0,
            y - 6.0,
            b + 28.0,
            y - 6.0,
            b + 29.0,
            y - 6.0,
            b + 30.0,
            y - 5.0,
            b + 30.0,
            y - 4.0,
            b + 30.0,
            y + 4.0,
            b + 30.0,
            y + 5.0,
            b + 29.0,
            y + 6.0,
            b + 28.0,
            y + 6.0,
            b + 2.0,
            y + 6.0,
            b + 1.0,
            y + 6.0,
            y + 5.0,
            y + 4.0,
            y - 4.0,
            y - 5.0,
            b + 1.0,
            y - 6.0,
            b + 2.0,
            y - 6.0,
        );
        let _ = write!(svg, r##"<path d="{box_}" fill="none" stroke="#999" stroke-width="1.5"/>"##);
        let _ = write!(svg, r##"<path d="{box_}" fill="#fff" stroke="none"/>"##);
        svg.push_str(&word(b + 3.0, y + 3.5, &[4.0, 3.0, 5.0, 4.0]));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 100), (200, 0)], "{:?}", d.report());
    let pairs = edge_pairs(&d);
    assert_eq!(pairs.len(), 3);
    assert!(pairs.iter().all(|(a, b)| a != b), "{pairs:?}");
}

#[test]
fn text_outlines_inside_and_beside_nodes_are_not_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    // Lines from centre to centre, under the nodes.
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<path d="M 100 0 L 100 100" stroke="#000" fill="none"/>"##);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let c = circle(x, y, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
        // A two-glyph label at the node's centre (the lines' ends between
        // its glyphs).
        svg.push_str(&word(x - 5.5, y + 3.5, &[5.0, 4.0]));
    }
    // A label beside the drawing: a word of glyph outlines no stroke ends on.
    svg.push_str(&word(140.0, 50.0, &[5.0, 4.0, 6.0, 3.0, 5.0]));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2);
}

#[test]
fn a_one_letter_label_drawn_like_the_glyphs_is_text() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    // A word beside the drawing, and a label of one letter above the edge,
    // drawn like its glyphs.
    svg.push_str(&word(140.0, 50.0, &[5.0, 4.0, 6.0, 3.0, 5.0]));
    svg.push_str(&word(48.0, -8.0, &[5.0]));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.report().evidence.get("drawn like the glyphs, no stroke ending on it"), Some(&1));
}

/// Two unfilled nodes joined by an edge, each with a name of two glyph
/// outlines inside it, and `extra` (shapes) beside them.
fn named_nodes_and(extra: &str) -> svg2graph::Diagram {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 12 0 L 88 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="none" stroke="#000"/>"##);
        svg.push_str(&word(x - 5.5, 3.5, &[5.0, 4.0]));
    }
    svg.push_str(extra);
    svg.push_str("</svg>");
    extract(&svg)
}

/// The names inside the nodes are the drawing's lettering: a one-letter
/// label beside an edge, in the same paint and no taller, is text too,
/// though a lower-case letter is much smaller than a name.
#[test]
fn a_one_letter_label_drawn_like_the_names_in_the_nodes_is_text() {
    // An "a" above the edge: half the names' height, a fifth of their area.
    let d = named_nodes_and(r##"<path fill="#000" d="M 48 -6 L 52 -6 L 52 -10 L 48 -10 Z"/>"##);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.report().evidence.get("drawn like the glyphs, no stroke ending on it"), Some(&1));
}

/// An isolated dot in the paint of the names inside the nodes (Graphviz's
/// `point` node, through cairo) is a node's shape, not a letter's.
#[test]
fn an_isolated_dot_in_the_lettering_paint_stays_a_node() {
    let dot = format!(r##"<path d="{}" fill="#000"/>"##, circle(200.0, 0.0, 3.0));
    let d = named_nodes_and(&dot);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0)], "{:?}", d.report());
}

#[test]
fn isolated_nodes_drawn_like_attached_ones_stay_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0, 200.0, 230.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    // A frame around the two isolated ones.
    svg.push_str(r##"<rect x="180" y="-30" width="70" height="60" fill="none" stroke="#999"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0), (230, 0)], "{:?}", d.report());
}

/// Nodes alone, no edge, on a background the size of the page: the
/// background is around them all, so it is no node, and they are nodes.
#[test]
fn nodes_without_edges_on_a_background_are_nodes() {
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><rect x="-50" y="-50" width="300" height="100" fill="#fff"/>"##,
    );
    for x in [0.0, 100.0, 200.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0)], "{:?}", d.report());
}

/// A cycle's edges drawn as one closed path through its nodes, as cairo
/// writes it, with a move back to its start after the close: the move
/// draws nothing, and each side is an edge.
#[test]
fn a_closed_path_through_the_nodes_ending_in_a_move_is_their_edges() {
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><path d="M 150 40 L 85 240 L 255 115 L 45 115 L 215 240 Z M 150 40" stroke="#c00" fill="none"/>"##,
    );
    for (x, y) in [(150.0, 40.0), (85.0, 240.0), (255.0, 115.0), (45.0, 115.0), (215.0, 240.0)] {
        let c = circle(x, y, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#fe0" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().len(), 5, "{:?}", d.report());
    assert_eq!(d.edges().len(), 5, "{:?}", d.report());
}

/// A shape a hundred times smaller than the others shows nothing (a
/// placeholder for an edge label, 0.1 wide): no node, unless strokes end
/// on it.
#[test]
fn a_shape_too_small_to_show_is_no_node() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [0.0, 100.0, 200.0] {
        let c = circle(x, 0.0, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str(r##"<path d="M 12 0 L 88 0 M 112 0 L 188 0" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<path d="M 50 -20 h 0.1 v 0.1 h -0.1 Z" fill="#333"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0)], "{:?}", d.report());
    assert_eq!(d.report().evidence.get("too small to show, no stroke ending on it"), Some(&1));
}

/// A stroke of no length paints its caps: a disc with a round cap, a
/// square with a square one (`MetaPost`'s `drawdot`, a `<line>` from a point
/// to itself). Such dots are nodes; with a butt cap, with no stroke set, or
/// squeezed to a point by a singular transform, it paints nothing.
#[test]
fn strokes_of_no_length_with_round_or_square_caps_are_dots() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 0 0 L 100 0" stroke="#000" stroke-width="0.6" fill="none"/>
        <path d="M 100 0 L 100 80" stroke="#000" stroke-width="0.6" fill="none"/>
        <g stroke="#000" stroke-width="6" fill="none" style="stroke-linecap: round">
            <path d="M 0 0 l0 0"/><path d="M 100 0 l0 0"/>
            <line x1="100" y1="80" x2="100" y2="80" stroke-linecap="square"/>
            <path d="M 200 40 l0 0" stroke-linecap="butt"/>
            <path d="M 0 0 L 90 40" transform="scale(0)"/>
        </g>
        <path d="M 300 40 l0 0" stroke-linecap="round" stroke-width="6"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 80)], "{:?}", d.report());
    assert_eq!(d.edges().count(), 2);
    // (No shape set aside either: the squeezed path is no dot at all.)
    assert_eq!(d.report().shapes.values().sum::<u64>(), 3, "{:?}", d.report());
}

/// fig2dev runs a line on to the point it arrows, past the thin head's
/// tip (a clip hides it under the head): the line's end lies beside the
/// tip, off the ray from the head's centre, and within reach of its
/// edges. The head is the line's, not a node.
#[test]
fn a_line_running_past_a_thin_heads_tip_is_capped_by_it() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg"><g fill="none">
        <polyline points="3678,2998 3688,3031 3712,3110 3749,3231 4774,4542" stroke="#000" stroke-width="8"/>
        <polygon points="3762,3146 3683,3013 3690,3168" stroke="#000" stroke-width="8" fill="#000"/>
        <ellipse cx="3600" cy="2700" rx="640" ry="300" fill="#fff" stroke="#000" stroke-width="8"/>
        <ellipse cx="5100" cy="4800" rx="640" ry="300" fill="#fff" stroke="#000" stroke-width="8"/>
        </g></svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(3600, 2700), (5100, 4800)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(9900, 6300, true)], "{:?}", d.report());
}

/// PlantUML's smetana through cairo: a hollow triangle whose tip touches a
/// class box's side right where the box's separator starts. The separator
/// starts at the head's back by its edges alone, the head pointing away:
/// the head stays its own shaft's, which points into the box.
#[test]
fn a_separator_starting_at_a_heads_back_takes_no_head() {
    let d = svg2graph::extract_path(
        crate::fixture("smetana-cairo-inheritance.svg"),
        &svg2graph::ExtractOptions::default(),
    )
    .unwrap();
    let (x, y) = (384.9, 52.3);
    let into: Vec<bool> = d
        .edges()
        .map(Result::unwrap)
        .filter(|(a, b, _)| [a, b].iter().any(|n| (n.x - x).abs() < 1.0 && (n.y - y).abs() < 1.0))
        .filter(|(a, b, _)| [a, b].iter().any(|n| (n.x - 55.2).abs() < 1.0))
        .map(|(_, b, e)| e.directed && (b.x - x).abs() < 1.0 && (b.y - y).abs() < 1.0)
        .collect();
    assert_eq!(into, [true]);
}

/// Labels drawn as one path each (a tick's number, a title): where one of
/// them is a word of many letters, the others drawn alike are text too,
/// though few of them stand beside another glyph.
#[test]
fn labels_drawn_like_a_word_as_one_path_are_text() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [55.0, 245.0] {
        let c = circle(x, 100.0, 15.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#fc8" stroke="#000"/>"##);
    }
    svg.push_str(r##"<path d="M 70 100 H 230" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<path d="M20 190h4v-10h-4Z" fill="#444"/>"##);
    svg.push_str(r##"<path d="M150 190h6v-10h-6Z M152 188h2v-6h-2Z" fill="#444"/>"##);
    svg.push_str(r##"<path d="M280 190h3v-10h-3Z" fill="#444"/>"##);
    svg.push_str(
        r##"<path d="M100 20h4v-10h-4Z M108 20h6v-10h-6Z M118 20h6v-10h-6Z M128 20h4v-10h-4Z" fill="#444"/>"##,
    );
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(55, 100), (245, 100)], "{:?}", d.report());
}

/// A panel drawn twice, its fill then its outline, holds the nodes: the
/// outline is the panel's, and the nodes in it stay nodes.
#[test]
fn nodes_in_a_panel_drawn_twice_stay_nodes() {
    for outline_first in [false, true] {
        let fill = r##"<rect x="-50" y="-50" width="300" height="100" fill="#eee"/>"##;
        let outline =
            r##"<rect x="-50" y="-50" width="300" height="100" fill="none" stroke="#000"/>"##;
        let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
        svg.push_str(if outline_first { outline } else { fill });
        svg.push_str(if outline_first { fill } else { outline });
        for x in [0.0, 100.0, 200.0] {
            let c = circle(x, 0.0, 10.0);
            let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
        }
        svg.push_str(r##"<path d="M 10 0 L 90 0 M 110 0 L 190 0" stroke="#000" fill="none"/>"##);
        svg.push_str("</svg>");
        let d = extract(&svg);
        assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0)], "{:?}", d.report());
        assert_eq!(d.edges().len(), 2);
    }
}

#[test]
fn a_word_drawn_as_one_path_is_text() {
    // rsvg-convert writes a text run as one path, a glyph a subpath.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    let mut d = String::new();
    for (k, w) in [5.0, 4.0, 6.0, 5.0].iter().enumerate() {
        let x = 40.0 + 7.0 * k as f64;
        let _ = write!(d, "M {x} 20 L {} 20 L {} 13 L {x} 13 Z ", x + w, x + w);
    }
    let _ = write!(svg, r##"<path d="{d}" fill="#000"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1);
}

#[test]
fn a_closed_outline_leaving_a_node_and_returning_is_a_self_loop() {
    // A loop drawn as a closed path from the node's centre (R's svglite,
    // re-exports through cairo), unfilled.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<path d="M 100 0 C 130 -40 160 0 100 0 Z" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    let loops = d.edges().map(Result::unwrap).filter(|(a, b, _)| a.id == b.id).count();
    assert_eq!((d.edges().len(), loops), (2, 1));
    // Several loops on one node meet at its centre, touching each other.
    let more = svg.replace(
        "</svg>",
        r##"<path d="M 100 0 C 140 70 60 70 100 0 Z" stroke="#000" fill="none"/><path d="M 100 0 C 140 -90 60 -90 100 0 Z" stroke="#000" fill="none"/></svg>"##,
    );
    let d = extract(&more);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    let loops = d.edges().map(Result::unwrap).filter(|(a, b, _)| a.id == b.id).count();
    assert_eq!((d.edges().len(), loops), (4, 3), "{:?}", d.report());
    // The edge and the loops start a rounding error off the node's centre
    // (cairo keeps 1/256 of a unit), the edge's end on the loops' outlines:
    // it still ends at the node.
    let off = more
        .replace("L 100 0\"", "L 100.003 0.002\"")
        .replace("M 100 0 C", "M 100.003 0.002 C")
        .replace(" 100 0 Z", " 100.003 0.002 Z");
    assert_eq!(off.matches("100.003").count(), 7);
    let d = extract(&off);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    let loops = d.edges().map(Result::unwrap).filter(|(a, b, _)| a.id == b.id).count();
    assert_eq!((d.edges().len(), loops), (4, 3), "{:?}", d.report());
}

/// A label of two letters drawn as one path at a node's rim is thin for
/// its box, as a loop's band is, but a loop is one closed line: the word
/// is no self-loop.
#[test]
fn a_word_of_letters_apart_at_a_nodes_rim_is_no_self_loop() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [40.0, 160.0] {
        let c = circle(x, 50.0, 15.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#fa0" stroke="#000"/>"##);
    }
    svg.push_str(r##"<path d="M 55 50 L 145 50" stroke="#888" fill="none"/>"##);
    svg.push_str(
        r##"<path fill="#000" d="M33,35.5 L33.7,35.5 L33.7,28.7 L36.3,28.7 L36.3,35.5 L37,35.5 L37,28 L33,28 Z M39,35.5 L39.7,35.5 L39.7,28.7 L42.3,28.7 L42.3,35.5 L43,35.5 L43,28 L39,28 Z"/>"##,
    );
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.edges().len(), 1, "{:?}", d.report());
    assert_eq!(arcs(&d), [(90, 210, false)]);
}

#[test]
fn a_loop_turning_back_on_a_node_from_beside_it_is_a_self_loop() {
    // networkx draws a self-loop from beside the node, through its
    // centre, and back: neither end touches the node.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 10 0 L 90 0" stroke="#000" fill="none"/>"##);
    svg.push_str(
        r##"<path d="M 0 -30 C 12 -30 12 0 0 0 C -12 0 -12 -30 -1 -30" stroke="#000" fill="none"/>"##,
    );
    for x in [0.0, 100.0] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="0" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, false), (0, 0, false)], "{:?}", d.report());
    // A hook whose ends lie far apart is no loop.
    let hook = svg.replace("-1 -30", "-40 -30");
    assert_eq!(extract(&hook).edges().len(), 1);
}

#[test]
fn a_circle_capping_a_stroke_and_reaching_a_node_is_its_head() {
    // Graphviz `odot`, Cytoscape `circle` arrows: a small circle drawn
    // right after the stroke, between its end and the node.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str(r##"<path d="M 10 0 L 86 0" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<circle cx="88" cy="0" r="2" fill="none" stroke="#000"/>"##);
    svg.push_str(r##"<path d="M 100 10 L 100 86" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<circle cx="100" cy="88" r="2" fill="none" stroke="#000"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, true)]);
}

/// TikZ clips an edge at its node's box, not at a rounded rectangle's
/// corner: a curved head (`-{Latex}`) whose tip lands in the corner's
/// cut, outside the outline but inside the box, still reaches the node.
#[test]
fn a_curved_head_reaching_into_a_rounded_boxs_corner_is_its_head() {
    let rounded = |x: f64, y: f64| {
        format!(
            "M {} {} H {} A 4 4 0 0 1 {} {} V {} A 4 4 0 0 1 {} {} H {} A 4 4 0 0 1 {} {} V {} A 4 4 0 0 1 {} {} Z",
            x - 4.0,
            y - 5.0,
            x + 4.0,
            x + 8.0,
            y - 1.0,
            y + 1.0,
            x + 4.0,
            y + 5.0,
            x - 4.0,
            x - 8.0,
            y + 1.0,
            y - 1.0,
            x - 4.0,
            y - 5.0
        )
    };
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (60.0, 40.0), (60.0, -40.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="none" stroke="#000"/>"##, rounded(x, y));
    }
    // Shafts from the first box's corners, heads (a curved dart, tip
    // first) landing in the others' boxes, a unit off their rounded
    // corners.
    for (from, tip, sy) in [((8.0, 5.0), (52.5, 35.5), 1.0), ((8.0, -5.0), (52.5, -35.5), -1.0)] {
        let back = (tip.0 - 3.9, tip.1 - sy * 2.6);
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" stroke="#000" fill="none"/><path d="M {} {} C {} {} {} {} {} {} L {} {} C {} {} {} {} {} {} Z" fill="#000" stroke="#000"/>"##,
            from.0,
            from.1,
            back.0,
            back.1,
            tip.0,
            tip.1,
            tip.0 - 1.0,
            tip.1 - sy * 0.2,
            back.0 + 0.5,
            back.1 + sy * 1.6,
            back.0 - 1.0,
            back.1 + sy * 1.5,
            back.0 + 1.0,
            back.1 - sy * 1.5,
            back.0 + 1.5,
            back.1 - sy * 0.4,
            tip.0 - 0.8,
            tip.1 - sy * 1.0,
            tip.0,
            tip.1
        );
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (60, -40), (60, 40)], "{:?}", d.report());
    let mut arcs = arcs(&d);
    arcs.sort_unstable();
    assert_eq!(arcs, [(0, 20, true), (0, 100, true)]);
}

#[test]
fn heads_count_among_strokes_of_their_own_style() {
    // A figure's ticks and grid outnumber its edges: the heads are still
    // on every stroke drawn like the edges.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..40 {
        let x = f64::from(k) * 5.0;
        let _ = write!(svg, r##"<path d="M {x} 200 L {x} 204" stroke="#888" fill="none"/>"##);
    }
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf"/>"##);
    }
    for (a, b) in [((10.0, 0.0), (90.0, 0.0)), ((100.0, 10.0), (100.0, 90.0))] {
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" stroke="#000" fill="none"/>"##,
            a.0, a.1, b.0, b.1
        );
        // A head at the stroke's end, pointing on.
        let (dx, dy) = ((b.0 - a.0) / 80.0, (b.1 - a.1) / 80.0);
        let (tx, ty) = (b.0, b.1);
        let (bx, by) = (tx - 6.0 * dx, ty - 6.0 * dy);
        let _ = write!(
            svg,
            r##"<path d="M {tx} {ty} L {} {} L {} {} Z" fill="#000"/>"##,
            bx - 3.0 * dy,
            by + 3.0 * dx,
            bx + 3.0 * dy,
            by - 3.0 * dx
        );
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert!(d.edges().map(Result::unwrap).all(|(_, _, e)| e.directed), "{:?}", d.report());
    assert_eq!(d.edges().len(), 2);
}

#[test]
fn a_box_painted_like_the_page_behind_a_label_is_no_node() {
    // A white box under an edge's label, on a white page, with no outline.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 100 0" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<rect x="40" y="-6" width="20" height="12" fill="#fff"/>"##);
    svg.push_str(r#"<text x="42" y="4">go</text>"#);
    for x in [0.0, 100.0] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="0" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1);
}

/// A filled head of length 8 whose tip is at `tip`, on a shaft coming from
/// `from`.
fn head_at(tip: (f64, f64), from: (f64, f64), paint: &str) -> String {
    let (dx, dy) = (tip.0 - from.0, tip.1 - from.1);
    let len = dx.hypot(dy);
    let (ux, uy) = (dx / len, dy / len);
    let (bx, by) = (tip.0 - 8.0 * ux, tip.1 - 8.0 * uy);
    format!(
        r#"<path d="M {} {} L {} {} L {} {} Z" {paint}/>"#,
        tip.0,
        tip.1,
        bx - 3.0 * uy,
        by + 3.0 * ux,
        bx + 3.0 * uy,
        by - 3.0 * ux
    )
}

#[test]
fn heads_drawn_after_all_strokes_are_found_where_they_are() {
    // R's igraph through svglite draws every stroke, then every head; a
    // stroke with heads at both ends shows no direction.
    let nodes = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)];
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let strokes = [((10.0, 0.0), (90.0, 0.0)), ((100.0, 10.0), (100.0, 90.0))];
    for (a, b) in strokes {
        let _ = write!(
            svg,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#000"/>"##,
            a.0, a.1, b.0, b.1
        );
    }
    let paint = r##"fill="#000" stroke="#000""##;
    svg.push_str(&head_at(strokes[0].1, strokes[0].0, paint));
    svg.push_str(&head_at(strokes[1].1, strokes[1].0, paint));
    svg.push_str(&head_at(strokes[1].0, strokes[1].1, paint));
    for (x, y) in nodes {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, false)], "{:?}", d.report());
}

/// Strokes (`[x1, y1, x2, y2]`, of width `width`), then the `marks` at
/// their ends, then circles of radius 10 at `nodes`: ends drawn apart from
/// their strokes, to be found by place.
fn strokes_then_marks(
    lines: &[[f64; 4]],
    width: f64,
    marks: &str,
    nodes: &[(f64, f64)],
) -> svg2graph::Diagram {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for [x1, y1, x2, y2] in lines {
        let _ = write!(
            svg,
            r##"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#000" stroke-width="{width}"/>"##
        );
    }
    svg.push_str(marks);
    for (x, y) in nodes {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    extract(&svg)
}

#[test]
fn a_head_stopping_a_lines_width_short_of_a_small_node_drawn_over_its_stroke_is_found() {
    // Vega draws lines centre to centre under the nodes, then each head as
    // a symbol of its own, its tip at the target's rim; a thick line's
    // head may stop its width short. The end inside the node, at its
    // centre, is farther from the head than the node's size.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <path d="M0 100 L100 100" stroke="#555" stroke-width="3"/>
      <path d="M100 -20 L100 100" stroke="#555" stroke-width="3"/>
      <circle cx="0" cy="100" r="6" fill="#f80"/>
      <circle cx="100" cy="100" r="6" fill="#f80"/>
      <circle cx="100" cy="-20" r="6" fill="#f80"/>
      <path d="M92 100 L86 97 L86 103 Z" fill="#555"/>
    </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 100), (100, -20), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(100, 200, true), (80, 200, false)], "{:?}", d.report());
}

#[test]
fn a_head_on_a_short_shaft_between_close_nodes_is_found() {
    // Heads drawn after all strokes (as R's igraph draws), one on a shaft
    // barely longer than itself.
    let paint = r##"fill="#000""##;
    let heads =
        head_at((90.0, 0.0), (10.0, 0.0), paint) + &head_at((100.0, 20.0), (100.0, 10.0), paint);
    let lines = [[10.0, 0.0, 90.0, 0.0], [100.0, 10.0, 100.0, 20.0]];
    let d = strokes_then_marks(&lines, 1.0, &heads, &[(0.0, 0.0), (100.0, 0.0), (100.0, 30.0)]);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 30)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 130, true)], "{:?}", d.report());
}

#[test]
fn a_shaft_shorter_than_its_head_points_at_the_heads_tip() {
    // Nodes so close that Graphviz draws a shaft a hair long inside the
    // head, both its ends within it (twopi through cairo): the shaft
    // points at the tip, not back at the base's corner.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="9" fill="none" stroke="#000"/>
        <circle cx="24" cy="0" r="9" fill="none" stroke="#000"/>
        <path d="M 9.1 0 L 9.5 0" fill="none" stroke="#000"/>
        <path d="M 9 -1.75 L 14.9 0 L 9 1.75 Z" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 0), (24, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 24, true)], "{:?}", d.report());
}

#[test]
fn bars_standing_off_a_node_by_a_lines_width_cap_their_stroke() {
    // Cytoscape.js stops a tee's bar short of the node by about the
    // width of the line; drawn after every stroke, it is found by place.
    let bars = [
        r#"x="85.3" y="-4.8" width="3.2" height="9.6""#,
        r#"x="11.5" y="-4.8" width="3.2" height="9.6""#,
        r#"x="95.2" y="85.3" width="9.6" height="3.2""#,
    ]
    .map(|bar| format!(r##"<rect {bar} fill="#333"/>"##))
    .concat();
    let lines = [[11.5, 0.0, 88.5, 0.0], [100.0, 11.5, 100.0, 88.5]];
    let d = strokes_then_marks(&lines, 1.5, &bars, &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)]);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, false), (100, 200, true)], "{:?}", d.report());
}

#[test]
fn a_shaft_rounded_a_hair_past_its_heads_tip_still_has_its_head() {
    // A PDF re-export scales the strokes, not the heads: a shaft ends a
    // rounding error beyond its head's tip, on the node's rim.
    let paint = r##"fill="#000""##;
    let heads =
        head_at((90.0, 0.0), (10.0, 0.0), paint) + &head_at((100.0, 90.0), (100.0, 10.0), paint);
    let lines = [[10.0, 0.0, 90.00004, 0.0], [100.0, 10.0, 100.0, 90.00004]];
    let d = strokes_then_marks(&lines, 1.0, &heads, &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)]);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, true)], "{:?}", d.report());
}

#[test]
fn a_hollow_head_drawn_as_a_white_fill_and_an_outline_is_one_head() {
    // Cytoscape.js clears a hollow head's area (a white copy), then strokes
    // its outline: two shapes on one geometry, only the first right after
    // the stroke.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    let strokes: [((f64, f64), (f64, f64)); 2] =
        [((10.0, 0.0), (82.0, 0.0)), ((100.0, 10.0), (100.0, 82.0))];
    for (a, b) in strokes {
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" stroke="#666" fill="none"/>"##,
            a.0, a.1, b.0, b.1
        );
        let len = (b.0 - a.0).hypot(b.1 - a.1);
        let tip = (b.0 + 8.0 * (b.0 - a.0) / len, b.1 + 8.0 * (b.1 - a.1) / len);
        svg.push_str(&head_at(tip, a, r##"fill="#fff" stroke="#fff""##));
        svg.push_str(&head_at(tip, a, r##"fill="none" stroke="#333""##));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("arrowhead"), Some(&4), "{:?}", d.report());
    assert!(d.edges().map(Result::unwrap).all(|(_, _, e)| e.directed), "{:?}", d.report());
}

#[test]
fn boxes_and_markers_at_an_edges_middle_are_no_nodes() {
    // Cytoscape.js draws an edge's label on a box at its middle, and its
    // mid-edge arrows there; the edges pass through them, and no stroke
    // ends on them.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (200.0, 0.0), (200.0, 200.0), (0.0, 200.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf"/>"##);
    }
    svg.push_str(r##"<path d="M10,0 L190,0" stroke="#000"/>"##);
    svg.push_str(r##"<path d="M200,10 Q260,100 200,190" fill="none" stroke="#000"/>"##);
    svg.push_str(r##"<path d="M10,200 L100,230 L190,200" fill="none" stroke="#000"/>"##);
    // label boxes: at the straight edge's middle, at the curve's middle
    // (off its chord), and one drawn alike near the straight edge's source
    for (x, y) in [(85.0, -6.0), (215.0, 94.0), (25.0, -6.0)] {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="30" height="12" fill="#eee" stroke="#999"/>"##
        );
    }
    // a mid-edge arrow, its tip at the bend halfway along the polyline
    svg.push_str(r##"<path d="M100,230 L88,222 L88,238 Z" fill="#933"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (0, 200), (200, 0), (200, 200)], "{:?}", d.report());
    assert_eq!(d.edges().count(), 3);
    // A node no stroke ends on, drawn like the others, stays a node
    // wherever it lies, whatever its size.
    let isolated = svg.replace(
        "</svg>",
        r##"<circle cx="100" cy="0" r="4" fill="#9cf"/><circle cx="300" cy="0" r="4" fill="#9cf"/></svg>"##,
    );
    assert_eq!(extract(&isolated).nodes().len(), 6);
}

#[test]
fn a_legends_keys_are_no_nodes() {
    // R's legend(), ggplot2 and matplotlib draw a key like the nodes it
    // explains, with its text just right of it; no stroke ends on it.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str(r##"<line x1="10" y1="0" x2="90" y2="0" stroke="#000"/>"##);
    svg.push_str(r##"<line x1="100" y1="10" x2="100" y2="90" stroke="#000"/>"##);
    for (k, name) in ["group 1", "group 2", "group 3"].iter().enumerate() {
        let y = 150.0 + 15.0 * k as f64;
        let _ = write!(svg, r##"<circle cx="200" cy="{y}" r="4" fill="#9cf" stroke="#000"/>"##);
        let _ = write!(svg, r#"<text x="209" y="{}" font-size="10">{name}</text>"#, y + 3.5);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("furniture"), Some(&3), "{:?}", d.report());
    // The same column, each key with a stroke ending on it, is nodes.
    let wired = svg.replace(
        "</svg>",
        r##"<line x1="200" y1="150" x2="200" y2="165" stroke="#000"/><line x1="200" y1="165" x2="200" y2="180" stroke="#000"/></svg>"##,
    );
    assert_eq!(extract(&wired).nodes().len(), 6);
    // In a frame, each text a word's glyph outlines in one path (as cairo
    // writes them): the keys are the frame's decorations until the words
    // tell a legend.
    let mut framed = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    framed.push_str(&svg[svg.find("<circle").unwrap()..svg.find("<circle cx=\"200\"").unwrap()]);
    framed
        .push_str(r##"<rect x="190" y="140" width="50" height="50" fill="#fff" stroke="#ccc"/>"##);
    for k in 0..3 {
        let y = 150.0 + 15.0 * f64::from(k);
        let _ = write!(framed, r##"<circle cx="200" cy="{y}" r="4" fill="#9cf" stroke="#000"/>"##);
        let letters: String =
            (0..3).map(|i| letter_e(209.0 + 7.0 * f64::from(i), y + 3.5)).collect();
        let _ = write!(framed, r##"<path d="{letters}" fill="#000"/>"##);
    }
    framed.push_str("</svg>");
    let d = extract(&framed);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
}

/// qgraph's legend draws each key twice, a translucent disc and then its
/// outline, and each text twice: a key's copy is in its row, not a row of
/// its own, and every key is furniture. One node drawn so, its name
/// beside it, is one row: no legend.
#[test]
fn a_legends_keys_drawn_twice_are_no_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(
            svg,
            r##"<circle cx="{x}" cy="{y}" r="10" fill="#e41a1c" fill-opacity="0.5" stroke="#000"/>"##
        );
    }
    svg.push_str(r##"<line x1="10" y1="0" x2="90" y2="0" stroke="#000"/>"##);
    svg.push_str(r##"<line x1="100" y1="10" x2="100" y2="90" stroke="#000"/>"##);
    // (The discs first, then their outlines, unfilled.)
    let mut legend = String::new();
    for fill in ["#e41a1c\" fill-opacity=\"0.5", "none"] {
        for (k, name) in ["Depression", "Anxiety", "Stress"].iter().enumerate() {
            let y = 150.0 + 15.0 * k as f64;
            let _ = write!(
                legend,
                r##"<circle cx="200" cy="{y}" r="4" fill="{fill}" stroke="#e41a1c"/>"##
            );
            let _ = write!(legend, r#"<text x="209" y="{}" font-size="10">{name}</text>"#, y + 3.5);
        }
    }
    let d = extract(&format!("{svg}{legend}</svg>"));
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    let one = r##"<circle cx="200" cy="150" r="4" fill="#9cf"/><circle cx="200" cy="150" r="4" fill="none" stroke="#000"/><text x="209" y="153.5" font-size="10">alone</text>"##;
    let d = extract(&format!("{svg}{one}</svg>"));
    assert_eq!(d.nodes().len(), 4, "{:?}", d.report());
}

/// A letter E's outline (twelve sides, turning back on itself, as a
/// font's is), its baseline starting at (`x`, `y`).
fn letter_e(x: f64, y: f64) -> String {
    e_outline(x, y - 7.5, 6.0, 7.5, 1.5)
}

/// The path data of an E `w` wide and `h` high, its bars `bar` thick and
/// its middle arm a unit short of the others, its top left at
/// (`left`, `top`).
fn e_outline(left: f64, top: f64, w: f64, h: f64, bar: f64) -> String {
    let m = (h - bar) / 2.0;
    let pts = [
        (0.0, 0.0),
        (w, 0.0),
        (w, bar),
        (bar, bar),
        (bar, m),
        (w - 1.0, m),
        (w - 1.0, m + bar),
        (bar, m + bar),
        (bar, h - bar),
        (w, h - bar),
        (w, h),
        (0.0, h),
    ];
    let mut d = String::new();
    for (i, (px, py)) in pts.iter().enumerate() {
        let _ = write!(d, "{} {} {} ", if i == 0 { "M" } else { "L" }, left + px, top + py);
    }
    d.push_str("Z ");
    d
}

#[test]
fn a_legends_keys_in_a_row_are_no_nodes() {
    // ECharts and plotly lay a legend out in a row: each key followed by
    // its text, then the next key.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 100.0), (100.0, 100.0), (100.0, 200.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str(r##"<line x1="10" y1="100" x2="90" y2="100" stroke="#000"/>"##);
    svg.push_str(r##"<line x1="100" y1="110" x2="100" y2="190" stroke="#000"/>"##);
    let mut legend = String::new();
    for (k, name) in ["Alpha", "Beta", "Gamma"].iter().enumerate() {
        let x = 20.0 + 70.0 * k as f64;
        let _ = write!(
            legend,
            r##"<rect x="{x}" y="15" width="25" height="14" rx="3.5" fill="#5470c6"/><text x="{}" y="26" font-size="12">{name}</text>"##,
            x + 30.0
        );
    }
    let d = extract(&format!("{svg}{legend}</svg>"));
    assert_eq!(centres(&d), [(0, 100), (100, 100), (100, 200)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("furniture"), Some(&3), "{:?}", d.report());
    // The same row, each key with a stroke ending on it, is nodes.
    let wired = format!(
        r##"{svg}{legend}<line x1="32" y1="29" x2="0" y2="90" stroke="#000"/><line x1="102" y1="29" x2="100" y2="90" stroke="#000"/><line x1="172" y1="29" x2="100" y2="90" stroke="#000"/></svg>"##
    );
    assert_eq!(extract(&wired).nodes().len(), 6);
    // Each text drawn a glyph at a time, two words (as PDF converters
    // write them): a key's text runs on to the next key.
    let mut glyphs = String::new();
    for k in 0..3 {
        let x = 20.0 + 70.0 * f64::from(k);
        let _ = write!(
            glyphs,
            r##"<rect x="{x}" y="15" width="25" height="14" rx="3.5" fill="#5470c6"/>"##
        );
        for dx in [30.0, 37.0, 44.0, 51.0, 62.0] {
            let _ = write!(glyphs, r##"<path d="{}" fill="#333"/>"##, letter_e(x + dx, 26.0));
        }
    }
    let d = extract(&format!("{svg}{glyphs}</svg>"));
    assert_eq!(centres(&d), [(0, 100), (100, 100), (100, 200)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("furniture"), Some(&3), "{:?}", d.report());
    // Boxes each with a name right of it, standing far apart in a row
    // (classes, not a legend's packed entries): not a legend.
    let apart = format!(
        "{svg}{}</svg>",
        legend
            .replace("x=\"90\"", "x=\"290\"")
            .replace("x=\"160\"", "x=\"560\"")
            .replace("x=\"120\"", "x=\"320\"")
            .replace("x=\"190\"", "x=\"590\"")
    );
    assert_eq!(extract(&apart).report().shapes.get("furniture"), None);
    // A row of nodes, one isolated, each named below by a text rotated to
    // end at its anchor (ggraph's arc diagram): the names are no keys'.
    let mut arcs = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..4 {
        let x = 25.0 * f64::from(k);
        let _ = write!(
            arcs,
            r##"<circle cx="{x}" cy="200" r="3" fill="#000"/><text transform="translate({},207) rotate(-90)" text-anchor="end" font-size="8.5" textLength="15.9">v0{k}</text>"##,
            x + 3.0
        );
    }
    arcs.push_str(r##"<path d="M 0 197 C 0 150 75 150 75 197" fill="none" stroke="#000"/><path d="M 25 197 C 25 170 75 170 75 197" fill="none" stroke="#000"/></svg>"##);
    let d = extract(&arcs);
    assert_eq!(centres(&d), [(0, 200), (25, 200), (50, 200), (75, 200)], "{:?}", d.report());
}

#[test]
fn filled_thin_outlines_joining_nodes_are_their_edges() {
    // matplotlib's 'simple' and 'wedge' arrows, and strokes PDF and cairo
    // exports turn into their outlines: one filled closed path each, long
    // and thin. A head (an end closing to a point) gives the direction.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    // shaft and head, to the right: (0, 0) -> (100, 0)
    svg.push_str(
        r##"<path d="M 10 -1.5 L 80 -1.5 L 80 -5 L 90 0 L 80 5 L 80 1.5 L 10 1.5 Z" fill="#000"/>"##,
    );
    // a wedge, wide at its source, its point at its target: (100, 0) -> (100, 100)
    svg.push_str(r##"<path d="M 97 10 L 100 90 L 103 10 Z" fill="#000" stroke="#000"/>"##);
    // a stroke's outline, both ends cut square: undirected
    svg.push_str(r##"<path d="M 7.8 6.4 L 94.2 92.8 L 92.8 94.2 L 6.4 7.8 Z" fill="#333"/>"##);
    // to a box four times wider than tall, which stays a node
    svg.push_str(
        r##"<path d="M 110 -1.5 L 230 -1.5 L 230 -5 L 240 0 L 230 5 L 230 1.5 L 110 1.5 Z" fill="#000"/>"##,
    );
    svg.push_str(r##"<rect x="240" y="-15" width="120" height="30" fill="#9cf" stroke="#000"/>"##);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let c = circle(x, y, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100), (300, 0)], "{:?}", d.report());
    let mut arcs = arcs(&d);
    arcs.sort_unstable();
    let plain = if arcs.contains(&(0, 200, false)) { (0, 200, false) } else { (200, 0, false) };
    let mut want = vec![(0, 100, true), (100, 200, true), (100, 300, true), plain];
    want.sort_unstable();
    assert_eq!(arcs, want, "{:?}", d.report());
}

#[test]
fn lines_drawn_as_filled_outlines_under_their_nodes_are_edges() {
    // netgraph draws each edge as a filled outline (matplotlib writes it
    // open, then a stray point) from its source's centre, under the
    // nodes, set back from its target by the target's size.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let ribbon = |d: &str| format!(r#"<path d="{d}" style="fill: #2c404c; opacity: 0.5"/>"#);
    // (0, 0) -> (100, 0): long and thin, from the centre to 5 short of
    // (100, 0)'s rim
    svg.push_str(&ribbon("M 0 -1.5 L 85 -1.5 L 85 1.5 L 0 1.5 M 42.5 0 L 42.5 0"));
    // (100, 0) -> (100, 22): the two nodes close together, the line
    // between them hardly longer than wide (only its look tells it)
    svg.push_str(&ribbon("M 97.5 0 L 102.5 0 L 102.5 11 L 97.5 11 M 100 5.5 L 100 5.5"));
    // a box painted the same, between nothing, stays a shape
    svg.push_str(&ribbon("M 200 -5 L 215 -5 L 215 5 L 200 5"));
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 22.0)] {
        let c = circle(x, y, 10.0);
        let _ = write!(svg, r#"<path d="{c}" style="fill: #1f77b4; stroke: #2c404c"/>"#);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.report().shapes.get("stroke"), Some(&2), "{:?}", d.report());
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 22), (208, 0)], "{:?}", d.report());
    let mut arcs: Vec<_> = arcs(&d).into_iter().map(|(a, b, e)| (a.min(b), a.max(b), e)).collect();
    arcs.sort_unstable();
    assert_eq!(arcs, [(0, 100, false), (100, 122, false)], "{:?}", d.report());
    // With no long line drawn that way, nothing says the short one is a
    // line: it is a shape.
    let alone = svg.replace("M 0 -1.5 L 85 -1.5 L 85 1.5 L 0 1.5 M 42.5 0 L 42.5 0", "");
    let d = extract(&alone);
    assert!(!d.report().shapes.contains_key("stroke"), "{:?}", d.report());
}

#[test]
fn a_line_stopping_short_of_the_node_it_heads_for_ends_there() {
    // set back by less than the node's radius, and heading for it
    let svg = |x2: f64, y2: f64| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg">
          <circle cx="0" cy="0" r="10" fill="#9cf"/>
          <circle cx="100" cy="0" r="10" fill="#9cf"/>
          <circle cx="0" cy="100" r="10" fill="#9cf"/>
          <line x1="0" y1="0" x2="{x2}" y2="{y2}" stroke="#000"/>
        </svg>"##
        )
    };
    assert_eq!(extract(&svg(83.0, 0.0)).report().edges, 1);
    // short by more than its radius, heading a little off its centre: loose
    assert_eq!(extract(&svg(78.0, 3.0)).report().dangling, 1);
    // short by little, but heading past it: loose
    assert_eq!(extract(&svg(83.0, 20.0)).report().dangling, 1);
    // Heading straight for its centre, it ends there from as far off as
    // the node is wide (Graph::Easy ends edges at a node's grid cell)...
    assert_eq!(extract(&svg(71.0, 0.0)).report().edges, 1);
    // ...and no farther.
    assert_eq!(extract(&svg(69.0, 0.0)).report().dangling, 1);
    let small =
        |x2: f64| svg(x2, 0.0).replacen(r#"cx="100" cy="0" r="10""#, r#"cx="100" cy="0" r="5""#, 1);
    assert_eq!(extract(&small(86.0)).report().edges, 1);
    assert_eq!(extract(&small(83.0)).report().dangling, 1);
}

/// A stick figure in a group of its own with its name, as PlantUML draws
/// an actor: head at (`x`, `y`), the figure 26 wide and 58 tall below it.
fn actor(x: f64, y: f64, name: &str) -> String {
    format!(
        r##"<g class="entity"><ellipse cx="{x}" cy="{y}" rx="8" ry="8" fill="#eee" stroke="#000"/><path d="M{x},{} L{x},{} M{},{} L{},{} M{x},{} L{},{} M{x},{} L{},{}" fill="none" stroke="#000"/><text x="{}" y="{}" font-size="14" textLength="80">{name}</text></g>"##,
        y + 8.0,
        y + 35.0,
        x - 13.0,
        y + 16.0,
        x + 13.0,
        y + 16.0,
        y + 35.0,
        x - 13.0,
        y + 50.0,
        y + 35.0,
        x + 13.0,
        y + 50.0,
        x - 40.0,
        y + 64.0,
    )
}

#[test]
fn a_name_set_in_groups_of_its_own_beside_its_node_widens_its_box() {
    // nomnoml's actor: the figure in a group, its name below it in groups
    // holding nothing but the text, both in the actor's group. A line
    // clipped at the box round the figure and its name ends on the actor.
    let svg = |name_in_actor: bool| {
        let name = r#"<g transform="translate(0, 172)"><g transform="translate(8, 8)"><text x="38" y="14" font-size="16" text-anchor="middle">Customer</text></g></g>"#;
        let (inside, outside) = if name_in_actor { (name, "") } else { ("", name) };
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><g><g fill="#eee" stroke="#000"><circle cx="46" cy="160" r="4"/><path d="M46 164 L46 172" fill="none"/><path d="M42 168 L50 168" fill="none"/><path d="M42 176 L46 172 L50 176" fill="none"/></g>{inside}</g>{outside}<g><ellipse cx="217.6" cy="98" rx="85.6" ry="20" fill="#eee" stroke="#000"/></g><path d="M83 148 L112 126 L142.2 118" fill="none" stroke="#000"/></svg>"##
        )
    };
    let d = extract(&svg(true));
    assert_eq!(centres(&d), [(46, 166), (218, 98)], "{:?}", d.report());
    assert_eq!(d.report().edges, 1, "{:?}", d.report());
    // A name drawn apart from the actor's group widens nothing.
    let d = extract(&svg(false));
    assert_eq!(d.report().edges, 0, "{:?}", d.report());
    assert_eq!(d.report().dangling, 1, "{:?}", d.report());
}

#[test]
fn a_figure_drawn_in_parts_is_one_node() {
    // Two actors and a use case: edges end at an actor's figure, or at the
    // box round it and its name (wider than the figure), not at its head.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(&actor(40.0, 100.0, "Customer"));
    svg.push_str(&actor(340.0, 100.0, "Payment provider"));
    svg.push_str(
        r##"<g><ellipse cx="190" cy="130" rx="50" ry="18" fill="#eee" stroke="#000"/></g>"##,
    );
    // to the figure's side, and to the name's end, beyond the figure
    svg.push_str(r##"<path d="M 55 130 L 140 130" stroke="#000"/>"##);
    svg.push_str(r##"<path d="M 240 130 L 305 160" stroke="#000"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    let r = d.report();
    assert_eq!(centres(&d), [(40, 121), (190, 130), (340, 121)], "{r:?}");
    assert_eq!(d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count(), 2);
    assert_eq!(r.edges, 2, "{r:?}");
    assert_eq!(r.ignored.get("stroke drawing part of a figure"), Some(&8), "{r:?}");
    // A head and a bust, both closed, one above the other (PlantUML's
    // awesome actors, d2's person): one node too.
    let bust = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="40" cy="16" r="16" fill="#eee" stroke="#000"/><path d="M13,48 C13,40 21,32 29,32 L51,32 C59,32 67,40 67,48 L67,60 L13,60 Z" fill="#eee" stroke="#000"/></g><g><circle cx="190" cy="30" r="20" fill="#eee" stroke="#000"/></g><path d="M 70 40 L 170 30" stroke="#000"/></svg>"##;
    let d = extract(bust);
    assert_eq!(centres(&d), [(40, 30), (190, 30)], "{:?}", d.report());
    assert_eq!(d.report().edges, 1, "{:?}", d.report());
}

#[test]
fn figures_drawn_at_the_top_level_are_one_node_each() {
    // PlantUML before 1.2021 writes every shape at the top level: an
    // actor's head, then its limbs in one path; a boundary's bar, then its
    // ring. Each is one node, centred on the whole figure; an edge between
    // them is no limb of either.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <ellipse cx="36.5" cy="313" rx="8" ry="8" fill="#ffe" stroke="#a00"/>
        <path d="M36.5,321 L36.5,348 M23.5,329 L49.5,329 M36.5,348 L23.5,363 M36.5,348 L49.5,363" fill="none" stroke="#a00"/>
        <path d="M138.5,267 L138.5,291 M138.5,279 L155.5,279" fill="none" stroke="#a00"/>
        <ellipse cx="167.5" cy="279" rx="12" ry="12" fill="#ffe" stroke="#a00"/>
        <ellipse cx="396" cy="279" rx="12" ry="12" fill="#ffe" stroke="#a00"/>
        <path d="M52,330 L137,290" stroke="#a00"/>
        <path d="M180,279 L384,279" stroke="#a00"/></svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(37, 334), (159, 279), (396, 279)], "{r:?}");
    assert_eq!(d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count(), 2);
    assert_eq!(r.edges, 2, "{r:?}");
    // A disc with a line leaving it to nothing is no figure.
    let lone = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <ellipse cx="36.5" cy="313" rx="8" ry="8" fill="#ffe"/>
        <path d="M36.5,321 L36.5,348" stroke="#a00"/>
        <ellipse cx="136.5" cy="313" rx="8" ry="8" fill="#ffe"/></svg>"##;
    assert_eq!(centres(&extract(lone)), [(37, 313), (137, 313)]);
    // Nor is a state with its `initial` arrow drawn right after it: a
    // shaft and its open tip meeting on the state's rim.
    let initial = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="100" cy="100" r="15" fill="#cce" stroke="#000"/>
        <path d="M60 100 L85 100" stroke="#000" fill="none"/>
        <path d="M80 96 Q83 99 85 100 Q83 101 80 104" stroke="#000" fill="none"/>
        <circle cx="200" cy="100" r="15" fill="#cce" stroke="#000"/>
        <path d="M115 100 L185 100" stroke="#000" fill="none"/></svg>"##;
    assert_eq!(centres(&extract(initial)), [(100, 100), (200, 100)]);
}

#[test]
fn a_person_drawn_on_a_flat_page_is_one_node() {
    // d2's person through cairo: a bust, then a head on it, then its name
    // as glyph outlines, in no group of their own; an arrow's head ends on
    // the person's head, a line on the bust.
    let e = |x: f64| {
        format!(
            "M{x} 70 L{} 70 L{} 72 L{} 72 L{} 76 L{} 76 L{} 78 L{} 78 L{} 82 L{} 82 L{} 84 L{x} 84 Z",
            x + 10.0,
            x + 10.0,
            x + 2.0,
            x + 2.0,
            x + 8.0,
            x + 8.0,
            x + 2.0,
            x + 2.0,
            x + 10.0,
            x + 10.0
        )
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><g>
      <circle cx="48" cy="-150" r="20" fill="#e3e9fd" stroke="#0d32b2"/>
      <circle cx="250" cy="75" r="20" fill="#e3e9fd" stroke="#0d32b2"/>
      <path d="M48 -130 L48 -12" stroke="#0d32b2" stroke-width="2"/>
      <path d="M42 -12 L54 -12 L48 0 Z" fill="#0d32b2"/>
      <path d="M230 75 L96 75" stroke="#0d32b2" stroke-width="2"/>
      <rect x="0" y="40" width="96" height="70" rx="10" fill="#e3e9fd" stroke="#0d32b2"/>
      <circle cx="48" cy="21" r="21" fill="#e3e9fd" stroke="#0d32b2"/>
      <path d="{} {}" fill="#0a0f25"/>
    </g></svg>"##,
        e(35.0),
        e(50.0)
    );
    let d = extract(&svg);
    let r = d.report();
    assert_eq!(centres(&d), [(48, -150), (48, 55), (250, 75)], "{r:?}");
    assert_eq!(d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count(), 1);
    let mut arcs: Vec<_> = arcs(&d);
    arcs.sort_unstable();
    assert_eq!(arcs, [(-102, 103, true), (325, 103, false)], "{r:?}");
}

#[test]
fn a_head_on_a_body_with_its_limbs_in_one_outline_is_one_node() {
    // blockdiag's actor, on a flat page: a body with arms and legs in one
    // outline, then its head on top, centred on it; lines to two nodes.
    let body = "90,144 90,148 104,148 104,152 90,152 90,156 102,168 96,168 88,160 80,168 74,168 86,156 86,152 72,152 72,148 86,148 86,144";
    let svg = |head_y: f64| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><rect x="-40" y="132" width="64" height="40" fill="#fff" stroke="#000"/><polygon points="{body}" fill="#fff" stroke="#000"/><ellipse cx="88" cy="{head_y}" rx="6" ry="6" fill="#fff" stroke="#000"/><rect x="152" y="132" width="64" height="40" fill="#fff" stroke="#000"/><path d="M 24 152 L 72 152" stroke="#000"/><path d="M 104 152 L 152 152" stroke="#000"/></svg>"##
        )
    };
    let d = extract(&svg(140.0));
    let r = d.report();
    assert_eq!(centres(&d), [(-8, 152), (88, 151), (184, 152)], "{r:?}");
    assert_eq!(d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count(), 1);
    assert_eq!(r.edges, 2, "{r:?}");
    // A small shape half within a node's box, centred on its top (a port,
    // a handle), does not stand out of it: two shapes, no figure.
    let d = extract(&svg(143.0));
    assert_eq!(d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count(), 0);
}

/// A word drawn as one path of letter outlines, each letter an `E` 5
/// wide, its middle at (`x`, `y`).
fn word_path(x: f64, y: f64, letters: usize) -> String {
    let left = x - 3.0 * letters as f64;
    let d: String =
        (0..letters).map(|i| e_outline(left + 6.0 * i as f64, y - 3.5, 5.0, 7.0, 1.0)).collect();
    format!(r##"<path d="{d}" fill="#222" stroke="none"/>"##)
}

#[test]
fn a_name_drawn_as_letter_outlines_over_a_small_dot_is_no_node() {
    // toyplot through cairo: each node's name is one path of letter
    // outlines, centred over a dot smaller than it; lines from dot to dot
    // end on both, and are the dot's.
    let dots: [(f64, f64); 3] = [(0.0, 0.0), (60.0, 0.0), (30.0, 50.0)];
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (i, &(x1, y1)) in dots.iter().enumerate() {
        let (x2, y2) = dots[(i + 1) % 3];
        let (dx, dy) = (x2 - x1, y2 - y1);
        let (ux, uy) = (2.0 * dx / dx.hypot(dy), 2.0 * dy / dx.hypot(dy));
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" stroke="#6c9" fill="none"/>"##,
            x1 + ux,
            y1 + uy,
            x2 - ux,
            y2 - uy
        );
    }
    for (x, y) in dots {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="2" fill="#6c9" stroke="#6c9"/>"##);
    }
    for (x, y) in dots {
        svg.push_str(&word_path(x, y, 3));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (30, 50), (60, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
}

#[test]
fn a_name_in_letter_outlines_across_a_node_yields_the_ends_to_it() {
    // matplotlib through cairo: each letter of a name centred on its node,
    // and wider than it, is a path of its own (letters of two widths, as a
    // font's are, few taking ends); lines stop a little off a node's rim
    // (networkx shrinks them to a circle round the marker), on a letter
    // of its name, a head's tip on another.
    let letters = |x: f64, y: f64| {
        let mut s = String::new();
        let mut at = x - 40.0;
        for i in 0..12 {
            let w = if i % 3 == 0 { 7.0 } else { 5.0 };
            let d = e_outline(at, y - 3.5, w, 7.0, 1.0);
            let _ = write!(s, r##"<path d="{d}" fill="#222" stroke="none"/>"##);
            at += w + 1.5;
        }
        s
    };
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 170 0 L 36 0" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<path d="M 36 -3 L 30 0 L 36 3 Z" fill="#000"/>"##);
    svg.push_str(r##"<path d="M 0 28 L 0 172" stroke="#000" fill="none"/>"##);
    for (x, y) in [(0.0, 0.0), (200.0, 0.0), (0.0, 200.0)] {
        let _ = write!(
            svg,
            r##"<rect x="{}" y="{}" width="40" height="40" fill="#fc9" stroke="none"/>"##,
            x - 20.0,
            y - 20.0
        );
        svg.push_str(&letters(x, y));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (0, 200), (200, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(200, 0, true), (0, 200, false)], "{:?}", d.report());
}

#[test]
fn a_letter_node_beside_a_large_shape_keeps_its_ends() {
    // A letter drawn as its outline is a node where lines end on it; a
    // large circle 14 off it, whose slack reaches the end, does not take
    // the end: the letter lies beside it, not across its rim.
    let e = e_outline(184.0, 116.5, 7.0, 7.0, 1.0);
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
        <circle cx="100" cy="120" r="70" fill="#fc9" stroke="#000"/>
        <circle cx="330" cy="120" r="10" fill="#fc9" stroke="#000"/>
        <circle cx="260" cy="250" r="10" fill="#fc9" stroke="#000"/>
        <circle cx="360" cy="250" r="10" fill="#fc9" stroke="#000"/>
        <path d="{e}" fill="#222" stroke="none"/>
        <line x1="187" y1="120" x2="253" y2="243" stroke="#000"/>
        <line x1="270" y1="250" x2="350" y2="250" stroke="#000"/>
        <line x1="332" y1="130" x2="358" y2="240" stroke="#000"/>
        <line x1="170" y1="120" x2="320" y2="120" stroke="#000"/>
        </svg>"##
    );
    let d = extract(&svg);
    assert_eq!(
        centres(&d),
        [(100, 120), (188, 120), (260, 250), (330, 120), (360, 250)],
        "{:?}",
        d.report()
    );
    assert_eq!(
        arcs(&d),
        [(308, 510, false), (510, 610, false), (450, 610, false), (220, 450, false)],
        "{:?}",
        d.report()
    );
}

#[test]
fn two_lines_of_text_drawn_as_paths_are_no_figure() {
    // A title of two centred lines through cairo, each line one path of
    // letter outlines, the second narrower: lined up as a head on its
    // bust, but lettering, not a figure.
    // A letter: an outline of eight sides round a hole of four.
    let ring = |x: f64, y: f64, pts: &[(f64, f64)]| -> String {
        let at = |(i, (dx, dy)): (usize, &(f64, f64))| {
            format!("{}{} {} ", if i == 0 { "M" } else { "L" }, x + dx, y + dy)
        };
        pts.iter().enumerate().map(at).collect::<String>() + "Z "
    };
    let outer = [(0.0, 0.0), (4.0, -1.0), (8.0, 0.0), (9.0, 5.0), (8.0, 10.0), (4.0, 11.0)];
    let outer = [&outer[..], &[(0.0, 10.0), (-1.0, 5.0)]].concat();
    let letter = |x: f64, y: f64| {
        ring(x, y, &outer) + &ring(x, y, &[(2.0, 2.0), (2.0, 8.0), (6.0, 8.0), (6.0, 2.0)])
    };
    let line = |x: f64, y: f64, n: u32| -> String {
        (0..n).map(|i| letter(x + 11.0 * f64::from(i), y)).collect()
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
      <circle cx="50" cy="50" r="15" fill="#fff" stroke="#000"/>
      <circle cx="150" cy="50" r="15" fill="#fff" stroke="#000"/>
      <circle cx="150" cy="150" r="15" fill="#fff" stroke="#000"/>
      <path d="M65 50 L135 50" stroke="#000"/><path d="M150 65 L150 135" stroke="#000"/>
      <path d="{}" fill="#000"/><path d="{}" fill="#000"/>
    </svg>"##,
        line(100.0, 300.0, 7),
        line(118.0, 316.0, 4)
    );
    let d = extract(&svg);
    let r = d.report();
    assert_eq!(centres(&d), [(50, 50), (150, 50), (150, 150)], "{r:?}");
    assert_eq!(r.shapes.get("glyph"), Some(&2), "{r:?}");
}

#[test]
fn shapes_in_one_group_that_draw_no_figure_stay_apart() {
    let count = |svg: &str| {
        let d = extract(svg);
        let figures = d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count();
        (d.report().nodes, d.report().edges, figures)
    };
    // two nodes and the line between them, all in one group
    let pair = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="0" cy="0" r="10" fill="#9cf"/><circle cx="40" cy="0" r="10" fill="#9cf"/><line x1="10" y1="0" x2="30" y2="0" stroke="#000"/></g></svg>"##;
    assert_eq!(count(pair), (2, 1, 0));
    // a node and the line from it to another, in one group
    let edge = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="0" cy="0" r="10" fill="#9cf"/><line x1="10" y1="0" x2="30" y2="0" stroke="#000"/></g><circle cx="40" cy="0" r="10" fill="#9cf"/></svg>"##;
    assert_eq!(count(edge), (2, 1, 0));
    // a node and its self-loop in its group, beside another node
    let looped = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="0" cy="0" r="10" fill="#9cf"/><path d="M 7 -7 C 20 -30 30 -10 10 0" fill="none" stroke="#000"/></g><circle cx="100" cy="0" r="10" fill="#9cf"/></svg>"##;
    assert_eq!(count(looped), (2, 1, 0));
    // a class box and the lines between its compartments
    let class = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><rect x="0" y="0" width="100" height="60" fill="#ffc" stroke="#000"/><line x1="0" y1="20" x2="100" y2="20" stroke="#000"/><line x1="0" y1="40" x2="100" y2="40" stroke="#000"/></g><g><rect x="200" y="0" width="100" height="60" fill="#ffc" stroke="#000"/></g><line x1="100" y1="30" x2="200" y2="30" stroke="#000"/></svg>"##;
    assert_eq!(count(class), (2, 1, 0));
    // two shapes side by side in a group, as a word's letters are
    let word = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><rect x="0" y="0" width="20" height="30" fill="#9cf"/><rect x="22" y="0" width="20" height="30" fill="#9cf"/></g><rect x="100" y="0" width="20" height="30" fill="#9cf"/><line x1="42" y1="15" x2="100" y2="15" stroke="#000"/></svg>"##;
    assert_eq!(count(word).2, 0);
    // a node with a short stub of its own: still centred on the node
    let stub = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="0" cy="0" r="10" fill="#9cf"/><line x1="10" y1="0" x2="15" y2="0" stroke="#000"/></g><circle cx="100" cy="0" r="10" fill="#9cf"/><line x1="-10" y1="0" x2="-90" y2="0" stroke="#000"/><circle cx="-100" cy="0" r="10" fill="#9cf"/></svg>"##;
    assert_eq!(count(stub).2, 0);
}

#[test]
fn a_shape_drawn_in_pieces_is_one_node() {
    // A cylinder drawn as nomnoml draws one: a body with no outline, its
    // sides, a lid and a base; a pipe on its side the same way; a box.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <g fill="#eee" stroke="#333"><rect x="200" y="100" width="100" height="40" stroke="none"/>
        <path d="M200 100 L200 140" fill="none"/><path d="M300 100 L300 140" fill="none"/>
        <ellipse cx="250" cy="100" rx="50" ry="6"/><path d="M300 140 A50 6 0 0 1 200 140"/></g>
      <g fill="#eee" stroke="#333"><rect x="200" y="300" width="100" height="40" stroke="none"/>
        <path d="M200 300 L300 300" fill="none"/><path d="M200 340 L300 340" fill="none"/>
        <ellipse cx="300" cy="320" rx="6" ry="20"/><path d="M200 300 A6 20 0 0 0 200 340"/></g>
      <rect x="0" y="200" width="80" height="40" fill="#eee" stroke="#333"/>
      <path d="M80 210 L250 94" stroke="#333"/><path d="M80 230 L194 320" stroke="#333"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(40, 220), (250, 120), (250, 320)], "{r:?}");
    assert_eq!((r.edges, r.self_touching), (2, 0), "{r:?}");
    // A package: a tab on its body, holding two nodes; an edge ends on the
    // tab's top. One node, round the nodes within (a compound node).
    let package = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <g fill="#eee" stroke="#333"><rect x="0" y="30" width="200" height="100"/>
        <path d="M0 30 L0 0 L40 0 L40 30 Z"/><path d="M0 30 L200 30" fill="none"/></g>
      <g><rect x="20" y="60" width="40" height="30" fill="#fff" stroke="#333"/></g>
      <g><rect x="140" y="60" width="40" height="30" fill="#fff" stroke="#333"/></g>
      <path d="M60 75 L140 75" stroke="#333"/>
      <rect x="300" y="-60" width="40" height="30" fill="#fff" stroke="#333"/>
      <path d="M300 -45 L20 0" stroke="#333"/>
    </svg>"##;
    let d = extract(package);
    let r = d.report();
    assert_eq!(centres(&d), [(40, 75), (100, 65), (160, 75), (320, -45)], "{r:?}");
    assert_eq!(r.edges, 2, "{r:?}");
    // Pieces of one look and size that overlap are nodes each (a dense
    // layout's nodes in one group), and letters side by side a word.
    let count = |svg: &str| {
        let d = extract(svg);
        (d.report().nodes, d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Figure).count())
    };
    let apart = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><rect x="30" y="0" width="40" height="30" fill="#9cf" stroke="#000"/><rect x="20" y="330" width="60" height="30" fill="#9cf" stroke="#000"/><path d="M50 30 L50 330" stroke="#000"/></g></svg>"##;
    assert_eq!(count(apart), (2, 0));
    let alike = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><circle cx="0" cy="0" r="10" fill="#9cf"/><circle cx="12" cy="0" r="10" fill="#9cf"/></g><circle cx="100" cy="0" r="10" fill="#9cf"/><line x1="-10" y1="0" x2="90" y2="10" stroke="#000"/><line x1="22" y1="0" x2="90" y2="-10" stroke="#000"/></svg>"##;
    assert_eq!(count(alike), (3, 0));
    let word = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><path d="M0 0 L10 0 L10 16 L0 16 Z" fill="#000"/><path d="M10.5 0 L20 0 L20 12 L10.5 12 Z" fill="#000"/></g><circle cx="100" cy="0" r="10" fill="#9cf"/><circle cx="200" cy="0" r="10" fill="#9cf"/><line x1="110" y1="0" x2="190" y2="0" stroke="#000"/></svg>"##;
    assert_eq!(count(word).1, 0);
}

#[test]
fn a_shape_drawn_in_pieces_on_a_flat_page_is_one_node() {
    // The cylinder and the pipe of the test above as cairo and PDF write
    // them: one after another, in no group of their own.
    let svg = |between: &str| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><g>
      <rect x="200" y="100" width="100" height="40" fill="#eee"/>{between}
      <path d="M200 100 L200 140" fill="none" stroke="#333"/><path d="M300 100 L300 140" fill="none" stroke="#333"/>
      <ellipse cx="250" cy="100" rx="50" ry="6" fill="#eee" stroke="#333"/>
      <path d="M300 140 A50 6 0 0 1 200 140" fill="#eee" stroke="#333"/>
      <rect x="200" y="300" width="100" height="40" fill="#eee"/>
      <path d="M200 300 L300 300" fill="none" stroke="#333"/><path d="M200 340 L300 340" fill="none" stroke="#333"/>
      <ellipse cx="300" cy="320" rx="6" ry="20" fill="#eee" stroke="#333"/>
      <path d="M200 300 A6 20 0 0 0 200 340" fill="#eee" stroke="#333"/>
      <rect x="0" y="200" width="80" height="40" fill="#eee" stroke="#333"/>
      <path d="M80 210 L250 94" stroke="#333"/><path d="M80 230 L194 320" stroke="#333"/>
    </g></svg>"##
        )
    };
    let d = extract(&svg(""));
    let r = d.report();
    assert_eq!(centres(&d), [(40, 220), (250, 120), (250, 320)], "{r:?}");
    assert_eq!((r.edges, r.self_touching), (2, 0), "{r:?}");
    // A shape of another paint drawn between the body and its lid: the
    // pieces are not drawn one after another, and stay apart.
    let d = extract(&svg(r##"<circle cx="500" cy="500" r="5" fill="#f00"/>"##));
    assert!(d.report().nodes > 4, "{:?}", d.report());
    // Two nodes one above the other, as wide and filled alike, close
    // together: nodes each, their heights alike.
    let stacked = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="100" height="40" fill="#eee"/>
      <rect x="0" y="42" width="100" height="30" fill="#eee"/>
      <rect x="300" y="20" width="100" height="40" fill="#eee"/>
      <rect x="300" y="120" width="100" height="40" fill="#eee"/>
      <path d="M100 20 L300 30" stroke="#333"/><path d="M100 57 L300 50" stroke="#333"/>
      <path d="M350 60 L350 120" stroke="#333"/>
    </svg>"##;
    let d = extract(stacked);
    assert_eq!(centres(&d), [(50, 20), (50, 57), (350, 40), (350, 140)], "{:?}", d.report());
    // A small node over a box's corner, drawn right after it and filled
    // alike, lines up with nothing: nodes each.
    let badge = stacked.replace(
        r##"<rect x="0" y="42" width="100" height="30" fill="#eee"/>"##,
        r##"<rect x="85" y="-5" width="20" height="20" fill="#eee"/>"##,
    );
    let badge = badge.replace("M100 57 L300 50", "M105 5 L300 50");
    let d = extract(&badge);
    assert_eq!(centres(&d), [(50, 20), (95, 5), (350, 40), (350, 140)], "{:?}", d.report());
}

#[test]
fn a_container_an_edge_ends_on_is_a_node_too() {
    // Containers A and B round two nodes each; an edge from x ends on A's
    // rim, beside a node within (nearer A's rim than that node's). B carries a line across its top and one from its rim to within
    // it, as a package's tab and a compartment are drawn, and an edge to a
    // node within it, ending on that node's rim by B's: no edges to B.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="100" y="0" width="200" height="100" fill="#f4f4f4" stroke="#999"/>
      <circle cx="150" cy="50" r="15" fill="#9cf" stroke="#000"/><circle cx="284" cy="50" r="15" fill="#9cf" stroke="#000"/>
      <line x1="165" y1="50" x2="269" y2="50" stroke="#000"/>
      <rect x="100" y="200" width="200" height="100" fill="#f4f4f4" stroke="#999"/>
      <circle cx="150" cy="250" r="15" fill="#9cf" stroke="#000"/><circle cx="284" cy="250" r="15" fill="#9cf" stroke="#000"/>
      <line x1="165" y1="250" x2="269" y2="250" stroke="#000"/>
      <circle cx="450" cy="250" r="15" fill="#9cf" stroke="#000"/><line x1="435" y1="250" x2="299" y2="250" stroke="#000"/>
      <line x1="100" y1="215" x2="300" y2="215" stroke="#999"/><line x1="100" y1="225" x2="130" y2="238" stroke="#999"/>
      <circle cx="450" cy="50" r="15" fill="#9cf" stroke="#000"/>
      <line x1="435" y1="50" x2="300" y2="55" stroke="#000"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(
        centres(&d),
        [(150, 50), (150, 250), (200, 50), (284, 50), (284, 250), (450, 50), (450, 250)],
        "{r:?}"
    );
    assert_eq!(arcs(&d).len(), 4, "{r:?}");
    assert!(arcs(&d).iter().any(|a| (a.0, a.1) == (500, 250) || (a.0, a.1) == (250, 500)));
    assert_eq!(r.shapes.get("container"), Some(&1), "{r:?}");
    // A line between two nodes in a compound node, stopping short of one,
    // ends on that node, not the container; a pool's divider, on its rim
    // and its lanes', makes no lane a node.
    let short = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="100" y="0" width="300" height="100" fill="#f4f4f4" stroke="#999"/>
      <circle cx="150" cy="50" r="15" fill="#9cf" stroke="#000"/><circle cx="350" cy="50" r="15" fill="#9cf" stroke="#000"/>
      <line x1="165" y1="50" x2="324" y2="50" stroke="#000"/>
      <circle cx="550" cy="50" r="15" fill="#9cf" stroke="#000"/><line x1="535" y1="50" x2="400" y2="50" stroke="#000"/>
    </svg>"##;
    let d = extract(short);
    assert_eq!(arcs(&d).len(), 2, "{:?}", d.report());
    assert!(arcs(&d).iter().any(|a| (a.0, a.1) == (200, 400)), "{:?}", arcs(&d));
    let pool = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="400" height="200" fill="#fafafa" stroke="#333"/>
      <rect x="40" y="0" width="360" height="100" fill="#eef" stroke="#333"/>
      <rect x="40" y="100" width="360" height="100" fill="#efe" stroke="#333"/>
      <line x1="40" y1="0" x2="40" y2="200" stroke="#333"/>
      <circle cx="120" cy="50" r="15" fill="#fff" stroke="#000"/><circle cx="300" cy="50" r="15" fill="#fff" stroke="#000"/>
      <circle cx="120" cy="150" r="15" fill="#fff" stroke="#000"/><circle cx="300" cy="150" r="15" fill="#fff" stroke="#000"/>
      <line x1="135" y1="50" x2="285" y2="50" stroke="#000"/><line x1="135" y1="150" x2="285" y2="150" stroke="#000"/>
      <line x1="120" y1="65" x2="120" y2="135" stroke="#000"/>
    </svg>"##;
    let r = extract(pool).report().clone();
    assert_eq!((r.nodes, r.edges), (4, 3), "{r:?}");
    // Rings round one node (Graphviz's `tripleoctagon` through cairo):
    // edges end on the outer ring; one node, not a compound round it.
    let rings = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <circle cx="100" cy="100" r="26" fill="none" stroke="#000"/>
      <circle cx="100" cy="100" r="22" fill="none" stroke="#000"/>
      <circle cx="100" cy="100" r="18" fill="#9cf" stroke="#000"/>
      <circle cx="250" cy="100" r="18" fill="#9cf" stroke="#000"/>
      <circle cx="100" cy="250" r="18" fill="#9cf" stroke="#000"/>
      <line x1="126" y1="100" x2="232" y2="100" stroke="#000"/>
      <line x1="100" y1="126" x2="100" y2="232" stroke="#000"/>
    </svg>"##;
    let d = extract(rings);
    assert_eq!(centres(&d), [(100, 100), (100, 250), (250, 100)], "{:?}", d.report());
    assert_eq!(d.report().edges, 2, "{:?}", d.report());
}

#[test]
fn shapes_a_stroke_joins_within_a_node_are_nodes() {
    // A frame that edges end on, holding two boxes drawn unlike the other
    // nodes and a stroke between them (nomnoml's `frame`): nodes, not the
    // frame's decorations. Tags at the other nodes' centres, where the
    // lines between centres end, stay decorations.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="240" height="120" fill="#eee" stroke="#333"/>
      <rect x="20" y="45" width="60" height="30" fill="#ffd" stroke="#333"/><text x="30" y="65">a</text>
      <rect x="160" y="45" width="60" height="30" fill="#ffd" stroke="#333"/><text x="170" y="65">b</text>
      <path d="M80 60 L160 60" stroke="#333"/>
      <rect x="300" y="40" width="80" height="40" fill="#eee" stroke="#333"/>
      <rect x="330" y="55" width="20" height="10" fill="#ccc"/>
      <rect x="300" y="200" width="80" height="40" fill="#eee" stroke="#333"/>
      <rect x="330" y="215" width="20" height="10" fill="#ccc"/>
      <path d="M240 60 L300 60" stroke="#333"/><path d="M340 60 L340 220" stroke="#333"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(50, 60), (120, 60), (190, 60), (340, 60), (340, 220)], "{r:?}");
    assert_eq!(r.edges, 3, "{r:?}");
    // A container an edge ends on, holding two boxes drawn unlike the
    // other nodes, each with an edge from its rim (d2's grid containers):
    // nodes.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="200" height="100" fill="#eef" stroke="#33c"/>
      <rect x="20" y="30" width="60" height="40" fill="#fff" stroke="#393"/><text x="30" y="55">k1</text>
      <rect x="120" y="30" width="60" height="40" fill="#fff" stroke="#393"/><text x="130" y="55">k2</text>
      <rect x="300" y="200" width="80" height="40" fill="#eee" stroke="#333"/>
      <path d="M50 70 L320 200" stroke="#333"/><path d="M150 70 L340 200" stroke="#333"/>
      <path d="M200 20 L360 200" stroke="#333"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(50, 50), (100, 50), (150, 50), (340, 220)], "{r:?}");
    assert_eq!(r.edges, 3, "{r:?}");
    // Icons in a node, joined by a line and named by nothing, stay its
    // decorations.
    let icons = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="80" height="60" fill="#eee" stroke="#333"/>
      <rect x="8" y="20" width="22" height="18" fill="#fff" stroke="#666"/>
      <rect x="50" y="20" width="22" height="18" fill="#fff" stroke="#666"/>
      <line x1="30" y1="29" x2="50" y2="29" stroke="#666"/>
      <rect x="200" y="0" width="80" height="60" fill="#eee" stroke="#333"/>
      <rect x="0" y="200" width="80" height="60" fill="#eee" stroke="#333"/>
      <line x1="80" y1="30" x2="200" y2="30" stroke="#000"/><line x1="40" y1="60" x2="40" y2="200" stroke="#000"/>
    </svg>"##;
    let d = extract(icons);
    assert_eq!(centres(&d), [(40, 30), (40, 230), (240, 30)], "{:?}", d.report());
}

#[test]
fn boxes_painting_one_area_in_pieces_are_no_nodes() {
    // Graph::Easy paints a group cell by cell, with no outlines: an L of
    // boxes in one paint, each sharing a side with the next, one of them
    // a node's cell.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="30" height="60" fill="#fdd"/>
      <rect x="30" y="0" width="100" height="60" fill="#fdd"/>
      <rect x="130" y="0" width="40" height="60" fill="#fdd"/>
      <rect x="0" y="60" width="30" height="90" fill="#fdd"/>
      <circle cx="80" cy="30" r="20" fill="#fff" stroke="#000"/>
      <circle cx="300" cy="30" r="20" fill="#fff" stroke="#000"/>
      <circle cx="300" cy="130" r="20" fill="#fff" stroke="#000"/>
      <path d="M280 30 L130 30" stroke="#000"/><path d="M300 50 L300 110" stroke="#000"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(80, 30), (300, 30), (300, 130)], "{r:?}");
    assert_eq!((r.edges, r.dangling), (2, 0), "{r:?}");
    // Boxes side by side that hold no shape are nodes in a row.
    let row = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="60" height="40" fill="#cde"/><text x="20" y="25">a</text>
      <rect x="60" y="-10" width="60" height="60" fill="#cde"/><text x="80" y="25">b</text>
      <rect x="120" y="0" width="60" height="40" fill="#cde"/><text x="140" y="25">c</text>
      <circle cx="30" cy="150" r="10" fill="#fff" stroke="#000"/>
      <circle cx="90" cy="150" r="10" fill="#fff" stroke="#000"/>
      <circle cx="150" cy="150" r="10" fill="#fff" stroke="#000"/>
      <path d="M30 40 L30 140" stroke="#000"/><path d="M90 50 L90 140" stroke="#000"/>
      <path d="M150 40 L150 140" stroke="#000"/>
    </svg>"##;
    let d = extract(row);
    let r = d.report();
    assert_eq!((r.nodes, r.edges, r.dangling), (6, 3, 0), "{r:?}");
    // Drawn in the node's group, the cell was taken for the node, as the
    // group's largest shape: the node is the circle.
    let grouped = svg.replace(
        r##"<rect x="30" y="0" width="100" height="60" fill="#fdd"/>"##,
        r##"<g class="node"><rect x="30" y="0" width="100" height="60" fill="#fdd"/>"##,
    );
    let grouped = grouped.replacen("stroke=\"#000\"/>", "stroke=\"#000\"/></g>", 1);
    assert_ne!(grouped, svg);
    let d = extract(&grouped);
    let r = d.report();
    assert_eq!(centres(&d), [(80, 30), (300, 30), (300, 130)], "{r:?}");
    assert_eq!((r.edges, r.dangling), (2, 0), "{r:?}");
}

#[test]
fn shapes_in_a_frame_that_strokes_from_outside_end_on_are_nodes() {
    // A Graphviz cluster through cairo: an unfilled frame, not many times
    // larger than the shapes in it, drawn unlike the nodes outside. Edges
    // from outside end on several of them (one beside the frame's rim,
    // which takes that end): they are the nodes, the frame their cluster.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <circle cx="100" cy="40" r="20" fill="#fff" stroke="#000"/>
      <circle cx="100" cy="470" r="20" fill="#fff" stroke="#000"/>
      <rect x="200" y="100" width="120" height="300" fill="none" stroke="#00f"/>
      <ellipse cx="260" cy="150" rx="40" ry="20" fill="#ccc" stroke="#000"/>
      <ellipse cx="260" cy="220" rx="40" ry="20" fill="#ccc" stroke="#000"/>
      <ellipse cx="260" cy="290" rx="40" ry="20" fill="#ccc" stroke="#000"/>
      <ellipse cx="260" cy="372" rx="40" ry="20" fill="#ccc" stroke="#000"/>
      <path d="M115 53 L240 133" stroke="#000"/>
      <path d="M260 170 L260 200" stroke="#000"/><path d="M260 240 L260 270" stroke="#000"/>
      <path d="M260 310 L260 352" stroke="#000"/>
      <path d="M240 389 L115 457" stroke="#000"/><path d="M220 290 L112 454" stroke="#000"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    let want = [(100, 40), (100, 470), (260, 150), (260, 220), (260, 290), (260, 372)];
    assert_eq!(centres(&d), want, "{r:?}");
    assert_eq!((r.edges, r.self_touching), (6, 0), "{r:?}");
}

#[test]
fn a_mark_on_a_nodes_rim_that_no_stroke_ends_on_decorates_it() {
    // PlantUML's `control`: an arrow on a circle's top. The edges end on
    // the circles; the arrow is no node.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <g><ellipse cx="100" cy="100" rx="12" ry="12" fill="#f1f1f1" stroke="#181818"/>
        <polygon points="96,88 102,83 100,88 102,93 96,88" fill="#181818" stroke="#181818"/></g>
      <g><ellipse cx="200" cy="100" rx="12" ry="12" fill="#f1f1f1" stroke="#181818"/></g>
      <g><ellipse cx="100" cy="200" rx="12" ry="12" fill="#f1f1f1" stroke="#181818"/></g>
      <path d="M112 100 L188 100" stroke="#181818"/><path d="M100 112 L100 188" stroke="#181818"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(100, 100), (100, 200), (200, 100)], "{r:?}");
    assert_eq!(r.edges, 2, "{r:?}");
}

#[test]
fn an_edge_may_end_on_a_nodes_name_drawn_outside_it() {
    // A small circle with its name under it, wider than it, in its group
    // (PlantUML's `circle`), and a person with its name in the group
    // around its own, close under it (d2): edges end at the names' sides.
    // An end at a
    // node's centre stays that node's though another's name lies there.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <g><ellipse cx="100" cy="100" rx="12" ry="12" fill="#f1f1f1" stroke="#181818"/>
        <text x="60" y="130" font-size="14" textLength="80">Release</text></g>
      <g><g><path d="M290 90 C290 70 310 70 310 90 L316 110 L284 110 Z" fill="#e3e9fd" stroke="#0d32b2"/></g>
        <text x="300" y="118" font-size="16" style="text-anchor:middle">Customer</text></g>
      <g><rect x="0" y="250" width="60" height="30" fill="#f1f1f1" stroke="#181818"/></g>
      <path d="M30 250 L60 124" stroke="#181818"/><path d="M60 265 L335 121" stroke="#181818"/>
      <g><circle cx="120" cy="126" r="3" fill="#f1f1f1" stroke="#181818"/></g>
      <path d="M120 126 L200 126" stroke="#181818"/>
      <g><circle cx="203" cy="126" r="3" fill="#f1f1f1" stroke="#181818"/></g>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(r.nodes, 5, "{r:?}");
    assert_eq!(r.dangling, 0, "{r:?}");
    let mut arcs = arcs(&d);
    arcs.sort_unstable();
    assert_eq!(arcs, [(246, 329, false), (295, 200, false), (295, 393, false)], "{r:?}");
    // A cluster's title, in the group round a lone node's group and the
    // cluster's box, is not that node's name: an end near it stays loose.
    let cluster = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <g><rect class="cluster" x="400" y="0" width="300" height="200" fill="#eef" stroke="#33c"/>
        <text x="550" y="20" font-size="16" style="text-anchor:middle">Cluster B</text>
        <g><rect x="440" y="130" width="40" height="30" fill="#fff" stroke="#000"/></g></g>
      <g><rect x="530" y="300" width="40" height="30" fill="#fff" stroke="#000"/></g>
      <g><rect x="230" y="300" width="40" height="30" fill="#fff" stroke="#000"/></g>
      <path d="M460 160 L550 300" stroke="#000"/><path d="M250 300 L550 330" stroke="#000"/>
      <path d="M550 300 L620 32" stroke="#000"/>
    </svg>"##;
    let d = extract(cluster);
    assert_eq!((d.report().edges, d.report().dangling), (2, 1), "{:?}", d.report());
    assert!(d.nodes().all(|n| d.text(n.label) != "Cluster B"));
}

#[test]
fn copies_stacked_one_on_another_are_one_node() {
    // PlantUML's `collections`: the same box drawn twice, a little apart,
    // in one group. One node, centred between them.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <g><rect x="104" y="104" width="60" height="40" fill="#f1f1f1" stroke="#181818"/>
        <rect x="100" y="100" width="60" height="40" fill="#f1f1f1" stroke="#181818"/></g>
      <g><rect x="300" y="100" width="60" height="40" fill="#f1f1f1" stroke="#181818"/></g>
      <path d="M164 122 L300 122" stroke="#181818"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(132, 122), (330, 120)], "{r:?}");
    assert_eq!(r.edges, 1, "{r:?}");
}

/// A wedge of radius 10 round (`x`, `y`), from angle `from` to `to`, as a
/// polygon (svglite draws igraph's pie vertices so).
fn wedge(x: f64, y: f64, from: f64, to: f64, fill: &str) -> String {
    let mut pts = String::new();
    for k in 0..=24 {
        let a = from + (to - from) * f64::from(k) / 24.0;
        let _ = write!(pts, "{:.2},{:.2} ", x + 10.0 * a.cos(), y + 10.0 * a.sin());
    }
    format!(r#"<polygon points="{pts}{x},{y}" style="fill: {fill}; stroke: #000"/>"#)
}

#[test]
fn wedges_round_one_point_are_one_node() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<line x1="0" y1="0" x2="100" y2="0" stroke="#000"/>"##);
    // a pie of three wedges at (100, 0), a circle at (0, 0)
    for (from, to, fill) in
        [(0.0, 2.0, "#f63"), (2.0, 4.5, "#fd0"), (4.5, std::f64::consts::TAU, "#8ce")]
    {
        svg.push_str(&wedge(100.0, 0.0, from, to, fill));
    }
    svg.push_str(r##"<circle cx="0" cy="0" r="10" fill="#ddd" stroke="#000"/></svg>"##);
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.report().edges, 1, "{:?}", d.report());
    // wedges that do not go round their point are shapes of their own
    let half = svg.replace(&wedge(100.0, 0.0, 4.5, std::f64::consts::TAU, "#8ce"), "");
    assert_eq!(extract(&half).report().nodes, 3);
}

#[test]
fn a_thin_outline_joining_nothing_stays_a_shape() {
    // a rule under a title: thin and filled, but its ends join no shapes
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 -40 L 100 -40 L 100 -38 L 0 -38 Z" fill="#000"/>"##);
    svg.push_str(r##"<path d="M 10 0 L 90 0" stroke="#000"/>"##);
    for x in [0.0, 100.0] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="0" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.report().edges, 1, "{:?}", d.report());
    assert!(!d.report().shapes.contains_key("stroke"), "{:?}", d.report());
}

/// An 8 × 8 port square centred at (`x`, `y`).
fn port(x: f64, y: f64) -> String {
    format!(r##"<rect x="{}" y="{}" width="8" height="8" fill="#335"/>"##, x - 4.0, y - 4.0)
}

#[test]
fn ports_on_a_nodes_rim_are_part_of_it() {
    // Boxes with small squares on their rims where the lines end, as ELK
    // users draw ports: flush outside the rim or straddling it, some used,
    // some not.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (200.0, 0.0), (100.0, 150.0)] {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="80" height="50" fill="#dde8f5" stroke="#335"/>"##
        );
    }
    // A's east and south ports, B's west and south ports, C's north and
    // east ports (B's south and C's east unused).
    for (x, y) in [(84.0, 25.0), (40.0, 50.0), (196.0, 25.0), (240.0, 54.0), (140.0, 150.0)] {
        svg.push_str(&port(x, y));
    }
    svg.push_str(&port(184.0, 175.0));
    svg.push_str(r##"<path d="M 88 25 L 192 25" stroke="#333" fill="none"/>"##);
    svg.push_str(r##"<path d="M 40 54 L 40 100 L 140 100 L 140 146" stroke="#333" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(40, 25), (140, 175), (240, 25)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(65, 265, false), (65, 315, false)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("port"), Some(&6), "{:?}", d.report());
}

#[test]
fn small_nodes_against_a_nodes_rim_stay_nodes() {
    // Small circles touching a big box from outside, with lines to them,
    // drawn like the nodes that lie on no rim: nodes, not ports. (Enough
    // other lines that the circles are not believed to be heads either.)
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<rect x="0" y="0" width="200" height="100" fill="#dde8f5" stroke="#335"/>"##);
    let far = [
        (400.0, 50.0),
        (400.0, 150.0),
        (400.0, 250.0),
        (500.0, 250.0),
        (500.0, 150.0),
        (500.0, 50.0),
        (600.0, 50.0),
        (600.0, 150.0),
    ];
    for (x, y) in [(212.0, 50.0), (100.0, -12.0), (100.0, -200.0)].iter().chain(&far) {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="12" fill="#9cf" stroke="#000"/>"##);
    }
    let line = |svg: &mut String, a: (f64, f64), b: (f64, f64)| {
        let _ = write!(
            svg,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#000"/>"##,
            a.0, a.1, b.0, b.1
        );
    };
    line(&mut svg, (224.0, 50.0), (388.0, 50.0));
    line(&mut svg, (100.0, -24.0), (100.0, -188.0));
    for w in far.windows(2) {
        line(&mut svg, w[0], w[1]);
    }
    line(&mut svg, (150.0, 100.0), (388.0, 250.0));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(
        centres(&d),
        [
            (100, -200),
            (100, -12),
            (100, 50),
            (212, 50),
            (400, 50),
            (400, 150),
            (400, 250),
            (500, 50),
            (500, 150),
            (500, 250),
            (600, 50),
            (600, 150)
        ],
        "{:?}",
        d.report()
    );
    assert_eq!(
        arcs(&d),
        [
            (262, 450, false),
            (88, -100, false),
            (450, 550, false),
            (550, 650, false),
            (650, 750, false),
            (750, 650, false),
            (650, 550, false),
            (550, 650, false),
            (650, 750, false),
            (150, 650, false)
        ],
        "{:?}",
        d.report()
    );
    assert_eq!(d.report().shapes.get("port"), None, "{:?}", d.report());
}

#[test]
fn an_edge_clipped_at_a_diamonds_box_ends_on_the_diamond() {
    // dagre (as nomnoml uses it) clips edges at a node's box: an edge
    // from a diamond leaves from the box's side, off the diamond's rim.
    // Its notched head ends a polyline whose last step turns back a hair.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 50 0 L 100 40 L 50 80 L 0 40 Z" fill="#eee" stroke="#333"/>
        <rect x="170" y="120" width="60" height="30" fill="#eee" stroke="#333"/>
        <rect x="-30" y="120" width="60" height="30" fill="#eee" stroke="#333"/>
        <path d="M 100 70 L 200 100 L 200 106.67 L 200 106.7" fill="none" stroke="#333"/>
        <path d="M 194.7 100 L 200 106.7 L 205.3 100 L 200 120 Z" fill="#333"/>
        <path d="M 50 80 L 0 100 L 0 106.67 L 0 106.7" fill="none" stroke="#333"/>
        <path d="M -5.3 100 L 0 106.7 L 5.3 100 L 0 120 Z" fill="#333"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 135), (50, 40), (200, 135)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(90, 335, true), (90, 135, true)], "{:?}", d.report());
}

#[test]
fn a_line_to_a_nodes_rim_through_its_neighbour_ends_on_the_node() {
    // A dense layout: the line from (0, 0) to the rim of the node at
    // (30.7, 17.6) crosses the node at (24, 17.5) to get there, and ends
    // nearer that one's rim than its own target's.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (24.0, 17.5), (30.7, 17.6), (60.0, 0.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="3.69" fill="#9cf" stroke="#000"/>"##);
    }
    svg.push_str(
        r##"<path d="M 3.37 1.93 L 27.36 15.71" stroke="#888" fill="none"/>
        <path d="M 34.0 15.8 L 56.8 1.6" stroke="#888" fill="none"/>
        </svg>"##,
    );
    let d = extract(&svg);
    assert_eq!(arcs(&d), [(0, 48, false), (48, 60, false)], "{:?}", d.report());
}

#[test]
fn a_stroke_set_back_by_its_dash_pattern_keeps_the_head_drawn_at_its_end() {
    // Plotly draws an annotation arrow from node centre to node centre,
    // shows only its middle (a gap, a dash, a long gap), and draws its
    // head where the dash ends.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="8" fill="#9cf" stroke="#000"/>"##);
    }
    for ((ax, ay), (bx, by)) in [((0.0, 0.0), (100.0, 0.0)), ((100.0, 0.0), (100.0, 100.0))] {
        let (ux, uy) = ((bx - ax) / 100.0, (by - ay) / 100.0);
        let _ = write!(
            svg,
            r#"<path d="M{ax},{ay}L{bx},{by}" style="stroke: #444; stroke-width: 1.2px; stroke-dasharray: 0px, 9px, 78px, 100px"/>"#
        );
        // a head from 87 to 92 along, its tip on the target's rim
        let tip = (ax + 92.0 * ux, ay + 92.0 * uy);
        let base = (ax + 85.0 * ux, ay + 85.0 * uy);
        let _ = write!(
            svg,
            r#"<path d="M{},{}L{},{}L{},{}Z" style="fill: #444"/>"#,
            base.0 - 3.0 * uy,
            base.1 + 3.0 * ux,
            tip.0,
            tip.1,
            base.0 + 3.0 * uy,
            base.1 - 3.0 * ux
        );
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, true)], "{:?}", d.report());
}

#[test]
fn a_colour_bar_with_ticks_beside_the_graph_is_no_node() {
    // A colour bar: a long strip right of the plot, with
    // ticks (short strokes from its side into empty space) and their
    // numbers. The ticks end near the plot's frame, within the slack its
    // size gives, but they join nothing.
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 0 0 L 200 0 L 200 200 L 0 200 Z" fill="#fff"/>"##,
    );
    for (x, y) in [(40.0, 40.0), (160.0, 40.0), (100.0, 160.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="8" fill="#47c" stroke="#000"/>"##);
    }
    svg.push_str(
        r##"<line x1="48" y1="40" x2="152" y2="40" stroke="#000"/>
        <line x1="156" y1="47" x2="104" y2="153" stroke="#000"/>
        <path d="M 210 0 L 222 0 L 222 200 L 210 200 Z" fill="#fc8"/>"##,
    );
    for y in [20.0, 60.0, 100.0, 140.0, 180.0] {
        let _ = write!(svg, r##"<line x1="222" y1="{y}" x2="225.5" y2="{y}" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(40, 40), (100, 160), (160, 40)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(80, 200, false), (200, 260, false)], "{:?}", d.report());
}

#[test]
fn a_shaft_shorter_than_its_head_that_overshoots_keeps_its_head() {
    // matplotlib between nearly touching nodes: a curve a hair long that
    // overshoots and comes back, its head pointing on along the chord.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="100" cy="131.98" r="8.06" fill="#47c" stroke="#000"/>
        <circle cx="100" cy="113.88" r="8.06" fill="#47c" stroke="#000"/>
        <circle cx="30" cy="30" r="8.06" fill="#47c" stroke="#000"/>
        <path d="M 38.06 30 L 80 30" fill="none" stroke="#000"/>
        <path d="M 80 27 L 85 30 L 80 33 Z" fill="#000"/>
        <path d="M 100 123.92 Q 100.02 122.93 100.02 123.06" fill="none" stroke="#000"/>
        <path d="M 97.5 127.8 L 100.02 123.06 L 102.3 127.92 Z" fill="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(30, 30), (100, 114), (100, 132)], "{:?}", d.report());
    assert!(arcs(&d).contains(&(232, 214, true)), "{:?} {:?}", arcs(&d), d.report());
}

#[test]
fn a_box_with_a_clear_fill_and_a_stroke_of_zero_width_paints_nothing() {
    // Plotly's colour bar background: fill-opacity 0, stroke-width 0.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="300" y="0" width="60" height="300" style="fill: #000; fill-opacity: 0; stroke: #444; stroke-width: 0"/>
        <circle cx="0" cy="0" r="8" fill="#47c"/><circle cx="100" cy="0" r="8" fill="#47c"/>
        <line x1="0" y1="0" x2="100" y2="0" stroke="#888"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
}

#[test]
fn a_box_drawn_as_three_filled_sides_that_a_style_sheet_strokes_is_a_node() {
    // Mermaid 11's class boxes: an open path of four corners, filled, its
    // `stroke="none"` overridden by the sheet, and a rough outline drawn
    // side by side; the edge runs from box to box.
    let boxed = |x: f64, y: f64| {
        format!(
            r##"<g class="node" transform="translate({x},{y})">
            <path d="M-40 -30 L40 -30 L40 30 L-40 30" stroke="none" fill="#ECECFF"/>
            <path d="M-40 -30 C0 -30 20 -30 40 -30 M40 -30 C40 0 40 10 40 30 M40 30 C0 30 -20 30 -40 30 M-40 30 C-40 0 -40 -10 -40 -30" fill="none" stroke="#9370DB"/></g>"##
        )
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><style>.node path {{ fill: #ECECFF; stroke: #9370DB; stroke-width: 1 }}</style>
        {}{}{}
        <path d="M 100 130 L 100 270" fill="none" stroke="#333"/>
        <path d="M 140 100 L 260 100" fill="none" stroke="#333"/></svg>"##,
        boxed(100.0, 100.0),
        boxed(100.0, 300.0),
        boxed(300.0, 100.0)
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 100), (100, 300), (300, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(200, 400, false), (200, 400, false)], "{:?}", d.report());
}

#[test]
fn white_discs_under_edge_labels_are_unlike_nodes_drawn_as_fill_and_outline() {
    // pdftocairo of tkz-graph: each node a white fill, then its black
    // outline; each edge label a white disc, unoutlined, on the edge's
    // middle. The nodes' look takes their outline's stroke.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (a, b) in [((10.0, 0.0), (90.0, 0.0)), ((100.0, 10.0), (100.0, 90.0))] {
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" fill="none" stroke="#000"/>"##,
            a.0, a.1, b.0, b.1
        );
    }
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let c = circle(x, y, 10.0);
        let _ = write!(
            svg,
            r##"<path d="{c}" fill="#fff"/><path d="{c}" fill="none" stroke="#000"/>"##
        );
    }
    for (x, y) in [(50.0, 0.0), (100.0, 50.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#fff"/>"##, circle(x, y, 7.0));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, false), (100, 200, false)], "{:?}", d.report());
}

#[test]
fn legend_keys_with_their_text_drawn_as_glyphs_are_no_nodes() {
    // R's cairo `svg()` device: a legend's keys drawn exactly like the
    // vertices, their text as glyph symbols.
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><symbol id="g1" overflow="visible"><path d="M0 0 L4 0 L4 -7 L0 -7 Z"/></symbol>
        <symbol id="g2" overflow="visible"><path d="M0 0 L5 0 L5 -5 L0 -5 Z"/></symbol></defs>"#,
    );
    for (x, y) in [(100.0, 100.0), (200.0, 100.0), (150.0, 180.0), (10.0, 10.0), (10.0, 22.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="4" fill="#e41a1c" stroke="#000"/>"##);
    }
    for y in [13.5, 25.5] {
        for (i, g) in ["g1", "g2", "g1"].iter().enumerate() {
            let _ = write!(svg, r##"<use xlink:href="#{g}" x="{}" y="{y}"/>"##, 18 + 6 * i);
        }
    }
    svg.push_str(
        r##"<line x1="104" y1="100" x2="196" y2="100" stroke="#888"/>
        <line x1="198" y1="104" x2="152" y2="176" stroke="#888"/></svg>"##,
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 100), (150, 180), (200, 100)], "{:?}", d.report());
}

/// Three nodes (A at (0, 0), B at (100, 0), C at (100, 100), radius 10)
/// and two strokes, A to B and B to C, from rim to rim, each followed by
/// the marks `ends` draws for it (given the stroke's ends and direction).
fn capped(ends: impl Fn(&mut String, (f64, f64), (f64, f64), (f64, f64))) -> svg2graph::Diagram {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf" stroke="#000"/>"##);
    }
    for ((ax, ay), (bx, by)) in [((0.0, 0.0), (100.0, 0.0)), ((100.0, 0.0), (100.0, 100.0))] {
        let u = ((bx - ax) / 100.0, (by - ay) / 100.0);
        let a = (ax + 10.0 * u.0, ay + 10.0 * u.1);
        let b = (bx - 10.0 * u.0, by - 10.0 * u.1);
        let _ = write!(
            svg,
            r#"<g><path d="M {} {} L {} {}" style="fill: none; stroke: #000"/>"#,
            a.0, a.1, b.0, b.1
        );
        ends(&mut svg, a, b, u);
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    extract(&svg)
}

/// An open V drawn as one stroke, its tip at `p`, pointing along `u`.
fn open_v(svg: &mut String, p: (f64, f64), u: (f64, f64)) {
    let back = (p.0 - 6.0 * u.0, p.1 - 6.0 * u.1);
    let _ = write!(
        svg,
        r#"<path d="M {} {} L {} {} L {} {}" style="fill: none; stroke: #000"/>"#,
        back.0 - 3.0 * u.1,
        back.1 + 3.0 * u.0,
        p.0,
        p.1,
        back.0 + 3.0 * u.1,
        back.1 - 3.0 * u.0
    );
}

/// A bar across the end at `p` of a stroke running along `u`, its ends
/// bent by `bend` along `u` (a bracket).
fn bar(svg: &mut String, p: (f64, f64), u: (f64, f64), bend: f64) {
    let (n, w) = ((-u.1, u.0), 12.0);
    let (a, b) = ((p.0 + w * n.0, p.1 + w * n.1), (p.0 - w * n.0, p.1 - w * n.1));
    let _ = write!(
        svg,
        r#"<path d="M {} {} L {} {} L {} {} L {} {}" style="fill: none; stroke: #000"/>"#,
        a.0 + bend * u.0,
        a.1 + bend * u.1,
        a.0,
        a.1,
        b.0,
        b.1,
        b.0 + bend * u.0,
        b.1 + bend * u.1
    );
}

#[test]
fn open_heads_drawn_as_strokes_of_their_own_set_the_direction() {
    // matplotlib's `->`: the shaft, then the head as a stroke of its own.
    let d = capped(|svg, _, b, u| open_v(svg, b, u));
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, true)], "{:?}", d.report());
    // `<-`: the head at the stroke's start points back along it.
    let d = capped(|svg, a, _, u| open_v(svg, a, (-u.0, -u.1)));
    assert_eq!(arcs(&d), [(100, 0, true), (200, 100, true)], "{:?}", d.report());
    // `<->`: heads at both ends show no direction.
    let d = capped(|svg, a, b, u| {
        open_v(svg, a, (-u.0, -u.1));
        open_v(svg, b, u);
    });
    assert_eq!(arcs(&d), [(0, 100, false), (100, 200, false)], "{:?}", d.report());
}

#[test]
fn bars_and_brackets_across_a_strokes_ends_are_no_edges() {
    // matplotlib's `|-|` and `]-[`: each mark reaches past the node's rim
    // on both sides, so both its ends touch the node it sits on.
    for bend in [0.0, 2.7] {
        let d = capped(|svg, a, b, u| {
            bar(svg, a, (-u.0, -u.1), bend);
            bar(svg, b, u, bend);
        });
        assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
        assert_eq!(arcs(&d), [(0, 100, false), (100, 200, false)], "{:?}", d.report());
    }
}

#[test]
fn marks_across_a_stroke_short_of_its_node_are_its_end() {
    // Graphviz's `curve` crosses the line with an arc opening towards the
    // node; ER notations stack bars across it. Short of the node, each
    // mark's ends touch nothing, and an arc's ends may point at the node:
    // none is an edge or a loop.
    let curve = |svg: &mut String, _: (f64, f64), b: (f64, f64), u: (f64, f64)| {
        let m = (b.0 - 14.0 * u.0, b.1 - 14.0 * u.1);
        let _ = write!(
            svg,
            r#"<path d="M {} {} Q {} {} {} {}" style="fill: none; stroke: #000"/>"#,
            m.0 + 7.0 * u.0 + 7.0 * u.1,
            m.1 + 7.0 * u.1 - 7.0 * u.0,
            m.0 - 7.0 * u.0,
            m.1 - 7.0 * u.1,
            m.0 + 7.0 * u.0 - 7.0 * u.1,
            m.1 + 7.0 * u.1 + 7.0 * u.0
        );
    };
    let d = capped(curve);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, false), (100, 200, false)], "{:?}", d.report());
    assert_eq!(d.report().dangling, 0, "{:?}", d.report());
    // Two bars, each narrower than the node, the first at the end.
    let bars = |svg: &mut String, _: (f64, f64), b: (f64, f64), u: (f64, f64)| {
        for back in [2.0, 8.0] {
            let m = (b.0 - back * u.0, b.1 - back * u.1);
            let _ = write!(
                svg,
                r#"<path d="M {} {} L {} {}" style="fill: none; stroke: #000"/>"#,
                m.0 - 5.0 * u.1,
                m.1 + 5.0 * u.0,
                m.0 + 5.0 * u.1,
                m.1 - 5.0 * u.0
            );
        }
    };
    let d = capped(bars);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(d.report().dangling, 0, "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 2, "{:?}", d.report());
}

#[test]
fn a_bus_line_whose_middle_a_stroke_ends_on_away_from_nodes_stays_an_edge_part() {
    // An org chart: a drop from the parent ends on the middle of a bar
    // whose ends meet the children's drops. The drop ends at no node, so
    // the bar caps nothing; it is no edge either (its ends touch none).
    // The bar is split where the drop meets it, but with no head to tell
    // the way the lines go, nothing passes through the fork.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="40" y="0" width="40" height="20" fill="#9cf" stroke="#000"/>
        <rect x="15" y="140" width="40" height="20" fill="#9cf" stroke="#000"/>
        <rect x="65" y="140" width="40" height="20" fill="#9cf" stroke="#000"/>
        <rect x="160" y="0" width="40" height="20" fill="#9cf" stroke="#000"/>
        <path d="M 60 20 L 60 100" stroke="#000" fill="none"/>
        <path d="M 35 100 L 85 100" stroke="#000" fill="none"/>
        <path d="M 35 100 L 35 140" stroke="#000" fill="none"/>
        <path d="M 85 100 L 85 140" stroke="#000" fill="none"/>
        <path d="M 80 10 L 160 10" stroke="#000" fill="none"/>
        </svg>"##;
    let d = extract(svg);
    let why = "edges: strokes merged at junctions off the nodes, one per way through";
    assert_eq!(d.report().evidence.get(why), None, "{:?}", d.report());
    assert_eq!(arcs(&d), [(70, 190, false)], "{:?}", d.report());
}

/// Circles of radius 6 at `centres`, and `paths` (path data) stroked.
fn circles_and_paths(centres: &[(f64, f64)], paths: &[&str]) -> svg2graph::Diagram {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for d in paths {
        let _ = write!(svg, r##"<path d="{d}" fill="none" stroke="#444"/>"##);
    }
    for (x, y) in centres {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="6" fill="#fff" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    extract(&svg)
}

/// The edges as sorted pairs of (x + y) of their ends.
fn pairs(d: &svg2graph::Diagram) -> Vec<(i64, i64)> {
    let mut v: Vec<(i64, i64)> =
        arcs(d).into_iter().map(|(a, b, _)| (a.min(b), a.max(b))).collect();
    v.sort_unstable();
    v
}

#[test]
fn a_path_through_node_centres_is_an_edge_per_run_between_two() {
    // TikZ `(u.center) -- (v.center) -- ...` and Typst polylines: one open
    // path through four nodes, its corners at their centres.
    let zigzag = [(0.0, 0.0), (50.0, 30.0), (100.0, 0.0), (150.0, 30.0)];
    let d = circles_and_paths(&zigzag, &["M 0 0 L 50 30 L 100 0 L 150 30"]);
    assert_eq!(pairs(&d), [(0, 80), (80, 100), (100, 180)], "{:?}", d.report());
    // The same path drawn second: its index among the strokes is that of
    // the node at its second corner, which is still a node it runs through.
    let more = [zigzag[0], zigzag[1], zigzag[2], zigzag[3], (0.0, -50.0)];
    let d = circles_and_paths(&more, &["M 0 0 L 0 -50", "M 0 0 L 50 30 L 100 0 L 150 30"]);
    assert_eq!(pairs(&d), [(-50, 0), (0, 80), (80, 100), (100, 180)], "{:?}", d.report());
    // A closed, self-crossing path through five nodes (a pentagram): five
    // edges, and no node for the path.
    let star: Vec<(f64, f64)> = (0..5)
        .map(|k| {
            let t = f64::from(k) * std::f64::consts::TAU / 5.0;
            ((100.0 + 60.0 * t.sin()).round(), (100.0 - 60.0 * t.cos()).round())
        })
        .collect();
    let path = format!(
        "M {} {} L {} {} L {} {} L {} {} L {} {} Z",
        star[0].0,
        star[0].1,
        star[2].0,
        star[2].1,
        star[4].0,
        star[4].1,
        star[1].0,
        star[1].1,
        star[3].0,
        star[3].1
    );
    let d = circles_and_paths(&star, &[&path]);
    assert_eq!(d.nodes().count(), 5, "{:?}", d.report());
    assert_eq!(d.edges().count(), 5, "{:?}", d.report());
    let sum = |(x, y): (f64, f64)| (x + y).round() as i64;
    for (i, j) in [(0, 2), (2, 4), (4, 1), (1, 3), (3, 0)] {
        let (a, b) = (sum(star[i]), sum(star[j]));
        assert!(pairs(&d).contains(&(a.min(b), a.max(b))), "{i}-{j}: {:?}", pairs(&d));
    }
}

#[test]
fn a_path_bending_away_from_nodes_or_at_a_marker_stays_one_edge() {
    // An orthogonal route bends between its nodes; a small marker drawn at
    // a bend (Cytoscape.js's mid-edge arrows) is no node it runs through.
    let d = circles_and_paths(&[(0.0, 0.0), (100.0, 60.0)], &["M 0 0 L 0 60 L 100 60"]);
    assert_eq!(pairs(&d), [(0, 160)], "{:?}", d.report());
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 6 0 L 100 0 L 100 94" fill="none" stroke="#444"/>
        <circle cx="0" cy="0" r="6" fill="#fff" stroke="#000"/>
        <circle cx="100" cy="100" r="6" fill="#fff" stroke="#000"/>
        <circle cx="300" cy="0" r="6" fill="#fff" stroke="#000"/>
        <path d="M 106 100 L 294 0" fill="none" stroke="#444"/>
        <path d="M 97 -3 L 103 0 L 97 3 Z" fill="#444"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(pairs(&d), [(0, 200), (200, 300)], "{:?}", d.report());
}

/// A curved head (TikZ's `latex`) with its base at (`x`, `y`), pointing
/// at angle `t`, its tip 3.6 ahead.
fn latex_head(x: f64, y: f64, t: f64) -> String {
    let (c, s) = (t.cos(), t.sin());
    format!(
        r##"<path transform="matrix({c},{s},{},{c},{x},{y})" d="M3.6 0C2.53 .2 .8 .8 -.4 1.5V-1.5C.8 -.8 2.53 -.2 3.6 0Z" fill="#000"/>"##,
        -s
    )
}

#[test]
fn a_loops_curved_head_drawn_like_the_other_heads_is_a_head() {
    // TikZ draws a loop's head a little off the rim it curls back to; the
    // heads of the other edges, drawn alike, reach their nodes.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="11" fill="#fee" stroke="#000"/>"##);
    }
    svg.push_str(r##"<path d="M 11 0 L 85.4 0" fill="none" stroke="#000"/>"##);
    svg.push_str(&latex_head(85.4, 0.0, 0.0));
    svg.push_str(r##"<path d="M 100 11 L 100 85.4" fill="none" stroke="#000"/>"##);
    svg.push_str(&latex_head(100.0, 85.4, std::f64::consts::FRAC_PI_2));
    // the loop: out of the node's top left, back in at its top right, its
    // head's tip 1.2 above the rim
    let (ex, ey): (f64, f64) = (4.19, -15.63);
    let t = (ey + 29.2).atan2(ex - 7.8);
    let _ = write!(
        svg,
        r##"<path d="M -3 -11.2 C -7.8 -29.2 7.8 -29.2 {ex} {ey}" fill="none" stroke="#000"/>"##
    );
    svg.push_str(&latex_head(ex, ey, t));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().count(), 3, "{:?}", d.report());
    let directed = arcs(&d).iter().filter(|a| a.2).count();
    assert_eq!((d.edges().count(), directed), (3, 3), "{:?}", d.report());
}

#[test]
fn a_head_stopping_short_of_a_triangles_apex_ends_on_the_triangle() {
    // networkx stops arrows at a marker's circle: short of a triangle's
    // apex, beside it. The head points at the triangle; a plain line
    // stopping as short stays loose.
    let tri = |x: f64, y: f64| {
        format!(
            r##"<path d="M {x} {} L {} {} L {} {} Z" fill="#dde" stroke="#dde"/>"##,
            y - 12.25,
            x - 12.25,
            y + 12.25,
            x + 12.25,
            y + 12.25
        )
    };
    let (c0, c1) = ((332.1, 80.7), (302.45, 172.34));
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(&tri(c0.0, c0.1));
    svg.push_str(&tri(c1.0, c1.1));
    svg.push_str(&tri(420.0, 172.34));
    svg.push_str(
        r##"<path d="M 326.77 97.19 Q 317.28 126.52 309.85 149.47" fill="none" stroke="#000"/>
        <path d="M 312.52 150.33 L 308.13 154.8 L 307.19 148.61 Z" fill="#000" stroke="#000"/>
        <path d="M 337.43 97.19 L 414.3 154.8" fill="none" stroke="#000"/>
        </svg>"##,
    );
    let d = extract(&svg);
    assert_eq!(d.nodes().count(), 3, "{:?}", d.report());
    let sum = |(x, y): (f64, f64)| (x + y).round() as i64;
    assert_eq!(arcs(&d), [(sum(c0), sum(c1), true)], "{:?}", d.report());
}

#[test]
fn a_legend_frame_around_its_keys_is_no_node_and_its_keys_are_none() {
    // matplotlib: a white rounded frame, its keys (markers as large as two
    // lines of their text) inside it, one a line and a half below another.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="100" cy="100" r="9" fill="#9ecae1" stroke="#333"/>
        <rect x="191" y="91" width="18" height="18" fill="#fdae6b" stroke="#333"/>
        <circle cx="150" cy="180" r="9" fill="#9ecae1" stroke="#333"/>
        <line x1="109" y1="100" x2="191" y2="100" stroke="#888"/>
        <line x1="200" y1="109" x2="154" y2="172" stroke="#888"/>
        <path d="M 300 20 L 360 20 Q 362 20 362 22 L 362 60 Q 362 62 360 62 L 300 62 Q 298 62 298 60 L 298 22 Q 298 20 300 20 Z" fill="#fff" stroke="#ccc"/>
        <rect x="305.5" y="28.5" width="8" height="8" fill="#fdae6b" stroke="#333"/>
        <text x="322" y="35.5" font-size="8">switch</text>
        <circle cx="309.5" cy="44.5" r="4" fill="#9ecae1" stroke="#333"/>
        <text x="322" y="47.5" font-size="8">host</text>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(100, 100), (150, 180), (200, 100)], "{:?}", d.report());
    // A box drawn like the nodes strokes end on stays a node, whatever it
    // holds (a UML class box with a column of icons beside its fields).
    let svg = svg.replace(r##"fill="#fff" stroke="#ccc""##, r##"fill="#fdae6b" stroke="#333""##);
    let rounded = "M 195 91 L 205 91 Q 209 91 209 95 L 209 105 Q 209 109 205 109 L 195 109 \
                   Q 191 109 191 105 L 191 95 Q 191 91 195 91 Z";
    let svg = svg.replace(
        r#"<rect x="191" y="91" width="18" height="18""#,
        &format!(r#"<path d="{rounded}""#),
    );
    let d = extract(&svg);
    assert_eq!(d.nodes().count(), 4, "{:?}", d.report());
}

/// A glyph (a `<symbol>` 6 wide and 7 tall) at each of `at`, as cairo and
/// dvisvgm draw text, and `strokes` (path data).
fn glyphs_and_strokes(at: &[(f64, f64)], strokes: &[&str]) -> svg2graph::Diagram {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><symbol id="g" overflow="visible"><path d="M0 0 L6 0 L6 -7 L0 -7 Z"/></symbol></defs>"#,
    );
    for (x, y) in at {
        let _ = write!(svg, r##"<use xlink:href="#g" x="{x}" y="{y}"/>"##);
    }
    for d in strokes {
        let _ = write!(svg, r##"<path d="{d}" fill="none" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    extract(&svg)
}

#[test]
fn text_that_strokes_join_to_other_text_is_a_node() {
    // A commutative square (tikz-cd): four objects, text alone, arrows
    // from a margin round one to a margin round another, and a label
    // beside an arrow's middle.
    let d = glyphs_and_strokes(
        &[(10.0, 20.0), (60.0, 20.0), (10.0, 70.0), (60.0, 70.0), (36.0, 12.0)],
        &["M 21 16.5 L 56 16.5", "M 13 25 L 13 58", "M 63 25 L 63 58", "M 21 66.5 L 56 66.5"],
    );
    assert_eq!(centres(&d), [(13, 17), (13, 67), (63, 17), (63, 67)], "{:?}", d.report());
    assert_eq!(pairs(&d), [(30, 80), (30, 80), (80, 130), (80, 130)], "{:?}", d.report());
}

#[test]
fn text_joined_to_one_node_only_is_a_note_on_it() {
    // An automaton's `start`: a word with an arrow to the initial state.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><symbol id="g" overflow="visible"><path d="M0 0 L6 0 L6 -7 L0 -7 Z"/></symbol></defs>
        <use xlink:href="#g" x="110" y="43.5"/><use xlink:href="#g" x="117" y="43.5"/>
        <use xlink:href="#g" x="124" y="43.5"/>
        <circle cx="160" cy="40" r="10" fill="#fff" stroke="#000"/>
        <circle cx="210" cy="40" r="10" fill="#fff" stroke="#000"/>
        <path d="M 134 40 L 150 40" fill="none" stroke="#000"/>
        <path d="M 170 40 L 200 40" fill="none" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(160, 40), (210, 40)], "{:?}", d.report());
}

#[test]
fn a_hook_at_a_nodes_rim_is_no_loop_but_a_loop_round_it_is() {
    // tikz-cd's hooked arrow draws a small hook beside its tail's node.
    let d = circles_and_paths(
        &[(0.0, 0.0), (100.0, 0.0)],
        &["M 8 -1 L 94 0", "M 8 -1 C 10 -1 10 1 8 1", "M 104 -4 C 130 -30 130 30 104 4"],
    );
    assert_eq!(pairs(&d), [(0, 100), (100, 100)], "{:?}", d.report());
}

#[test]
fn a_loop_drawn_as_a_thin_filled_band_is_a_loop() {
    // R's `gplot` draws a self-loop round and back as one filled path: a
    // band of no width, beside its node.
    let mut ring: Vec<String> = (0..=18)
        .map(|k| {
            let t = f64::from(k) * std::f64::consts::TAU / 18.0;
            format!("{:.3} {:.3}", -12.0 + 8.0 * t.cos(), 8.0 * t.sin())
        })
        .collect();
    let back: Vec<String> = ring.iter().rev().skip(1).cloned().collect();
    ring.extend(back);
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="5" fill="#f00" stroke="#000"/>
        <circle cx="100" cy="0" r="5" fill="#f00" stroke="#000"/>
        <path d="M 5 0 L 95 0" fill="none" stroke="#000"/>
        <path d="M {} Z" style="fill: #000; stroke: #000; stroke-width: 0.75"/>
        </svg>"##,
        ring.join(" L ")
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(pairs(&d), [(0, 0), (0, 100)], "{:?}", d.report());
    // The node's name beside the loop, a letter it brushes past (as
    // `gplot` sets it, through cairo): still the node's loop.
    let named = svg.replace(
        "</svg>",
        &format!(r##"<path d="{}" fill="#000"/></svg>"##, letter_e(-27.0, 3.75)),
    );
    let d = extract(&named);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(pairs(&d), [(0, 0), (0, 100)], "{:?}", d.report());
}

/// Labels as cairo writes them, a word as one path, each over its node's
/// top rim. A stroke ending on that rim ends on the word as well; the word
/// is text all the same, and the other labels drawn alike with it.
#[test]
fn names_over_a_nodes_rim_where_a_stroke_ends_are_text() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let xs = [50.0, 150.0, 250.0, 350.0];
    for y in [100.0, 250.0] {
        for x in xs {
            let c = circle(x, y, 15.0);
            let _ = write!(svg, r##"<path d="{c}" fill="#fc8" stroke="#000"/>"##);
            // A word of four letters centred on the node's top rim.
            let mut d = String::new();
            for k in 0..4 {
                let at = x - 13.0 + 7.0 * f64::from(k);
                let _ = write!(d, "M {at} {} h 5 v -10 h -5 Z ", y - 10.0);
            }
            let _ = write!(svg, r##"<path d="{d}" fill="#000"/>"##);
        }
        for w in xs.windows(2) {
            let _ = write!(
                svg,
                r##"<path d="M {} {y} H {}" stroke="#000" fill="none"/>"##,
                w[0] + 15.0,
                w[1] - 15.0
            );
        }
    }
    svg.push_str(r##"<path d="M 150 115 V 235" stroke="#000" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    let want: Vec<(i64, i64)> =
        xs.iter().flat_map(|&x| [(x as i64, 100), (x as i64, 250)]).collect::<Vec<_>>();
    let mut want = want;
    want.sort_unstable();
    assert_eq!(centres(&d), want, "{:?}", d.report());
    assert_eq!(d.edges().len(), 7);
}

/// Text rotated along an edge (matplotlib's edge labels, a landscape
/// page) drawn as outlines: glyphs side by side on a slanted line.
#[test]
fn glyph_outlines_along_a_slanted_line_are_text() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 10 0 L 190 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 200.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#9cf" stroke="#000"/>"##);
    }
    // Five letters up a 45° line, each turned with it.
    for k in 0..5 {
        let (x, y) = (80.0 + 6.0 * f64::from(k), 60.0 - 6.0 * f64::from(k));
        let _ = write!(svg, r##"<path d="M {x} {y} l 3 -3 l 5 5 l -3 3 Z" fill="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (200, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1);
}

/// Names beside their nodes as glyph outlines, and one word standing
/// alone, that a stroke ends on: the few letters strokes end on do not
/// make all the lettering drawn alike nodes.
#[test]
fn a_stroke_ending_on_one_word_leaves_the_other_names_text() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let xs = [50.0, 150.0, 250.0, 350.0];
    for x in xs {
        for y in [100.0, 250.0] {
            let c = circle(x, y, 10.0);
            let _ = write!(svg, r##"<path d="{c}" fill="#fc8" stroke="#000"/>"##);
            svg.push_str(&word(x + 14.0, y + 3.0, &[3.0, 6.0, 4.0, 5.0]));
        }
        let _ = write!(svg, r##"<path d="M {x} 110 V 240" stroke="#000" fill="none"/>"##);
    }
    svg.push_str(&word(196.0, 403.0, &[3.0, 6.0, 4.0, 5.0]));
    svg.push_str(r##"<path d="M 150 260 L 199 396" stroke="#000" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    let (mut circles, mut others) = (Vec::new(), Vec::new());
    for c in centres(&d) {
        if xs.contains(&(c.0 as f64)) { circles.push(c) } else { others.push(c) }
    }
    assert_eq!(circles.len(), 8, "{:?}", d.report());
    // The word the stroke ends on is a node, at its place.
    assert_eq!(others.len(), 1, "{others:?}: {:?}", d.report());
    assert!((196..=216).contains(&others[0].0) && (396..=403).contains(&others[0].1));
    assert_eq!(d.edges().len(), 5);
}

/// A head arriving at a round node off its axes: its centre lies in the
/// node's box (outside the circle), and it is a head all the same.
#[test]
fn a_head_arriving_at_a_circle_off_its_axes_is_its_head() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#9cf" stroke="#000"/>"##, circle(x, y, 10.0));
    }
    svg.push_str(r##"<path d="M 7.07 7.07 L 90.1 90.1" stroke="#000" fill="none"/>"##);
    let _ = write!(svg, r##"<path d="{}" fill="none" stroke="#000"/>"##, circle(91.5, 91.5, 2.0));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 200, true)]);
}

/// Nodes side by side inside a container an edge ends on stay nodes: they
/// lie within it, not across its rim as a name does.
#[test]
fn nodes_side_by_side_in_a_container_stay_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 H 400 V 200 H 0 Z" fill="none" stroke="#000"/>"##);
    // (Of two sizes, as letters are, and drawn unlike the node outside.)
    for (x, r) in [(100.0, 15.0), (137.0, 11.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#fc8" stroke="#000"/>"##, circle(x, 100.0, r));
    }
    let _ =
        write!(svg, r##"<path d="{}" fill="#9cf" stroke="#000"/>"##, circle(500.0, 100.0, 15.0));
    svg.push_str(r##"<path d="M 115 100 L 125 100" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<path d="M 400 100 L 485 100" stroke="#000" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    let found = centres(&d);
    assert!(found.contains(&(100, 100)) && found.contains(&(137, 100)), "{found:?}");
    assert!(arcs(&d).contains(&(200, 237, false)), "{:?}", arcs(&d));
}

/// A rank of isolated nodes drawn alike, side by side as letters are but
/// all of one size, stays nodes however few of their kind have edges.
#[test]
fn a_rank_of_isolated_nodes_drawn_alike_stays_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..20 {
        let x = 36.0 * f64::from(k);
        let _ = write!(svg, r##"<path d="{}" fill="none" stroke="#000"/>"##, circle(x, 0.0, 12.0));
    }
    for x in [0.0, 200.0] {
        for y in [100.0, 200.0] {
            let _ =
                write!(svg, r##"<path d="{}" fill="none" stroke="#000"/>"##, circle(x, y, 12.0));
        }
        let _ = write!(svg, r##"<path d="M {x} 112 V 188" stroke="#000" fill="none"/>"##);
    }
    // (And a pair drawn otherwise, joined.)
    for x in [400.0, 500.0] {
        let _ =
            write!(svg, r##"<path d="{}" fill="#9cf" stroke="#000"/>"##, circle(x, 300.0, 12.0));
    }
    svg.push_str(r##"<path d="M 412 300 H 488" stroke="#000" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().len(), 26, "{:?}", d.report());
    assert_eq!(d.edges().len(), 3);
}

/// Two unfilled loops on one node, one each side (R's igraph through
/// cairo): side by side like letters, but they leave the node and return
/// to it, so they are its self-loops.
#[test]
fn two_loops_either_side_of_a_node_are_self_loops() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(100.0, 0.0), (100.0, 100.0), (100.0, 200.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#fc8" stroke="#000"/>"##, circle(x, y, 7.0));
    }
    svg.push_str(r##"<path d="M 100 107 L 100 193" stroke="#333" fill="none"/>"##);
    svg.push_str(r##"<path d="M 100 93 L 100 7" stroke="#333" fill="none"/>"##);
    svg.push_str(
        r##"<path d="M 107 100 C 125 70 145 80 145 100 C 145 120 125 130 107 100 Z" stroke="#333" fill="none"/>"##,
    );
    svg.push_str(
        r##"<path d="M 93 100 C 75 70 55 80 55 100 C 55 120 75 130 93 100 Z" stroke="#333" fill="none"/>"##,
    );
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 0), (100, 100), (100, 200)], "{:?}", d.report());
    let mut arcs = arcs(&d);
    arcs.sort_unstable();
    assert_eq!(arcs, [(200, 100, false), (200, 200, false), (200, 200, false), (200, 300, false)]);
}

/// Boxes `(x, y, width, height)`, each a `<rect>` outlined alike.
fn cells(boxes: &[(f64, f64, f64, f64)]) -> String {
    let mut s = String::new();
    for (x, y, w, h) in boxes {
        let _ = write!(
            s,
            r##"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#fff" stroke="#000"/>"##
        );
    }
    s
}

#[test]
fn boxes_laid_edge_to_edge_are_one_node() {
    let tables = |d: &svg2graph::Diagram| {
        d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Table).count()
    };
    // A table of three rows drawn flush (Graphviz's HTML-like labels
    // through cairo, a class's compartments drawn apart); an edge from
    // its middle row's side to a box, and one from its top row's.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(&cells(&[
        (0.0, 0.0, 60.0, 20.0),
        (0.0, 20.0, 60.0, 20.0),
        (0.0, 40.0, 60.0, 20.0),
    ]));
    svg.push_str(&cells(&[(200.0, 20.0, 40.0, 20.0), (200.0, -60.0, 40.0, 20.0)]));
    svg.push_str(r##"<path d="M 60 30 L 200 30" stroke="#000"/>"##);
    svg.push_str(r##"<path d="M 60 10 L 200 -50" stroke="#000"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(30, 30), (220, -50), (220, 30)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(60, 250, false), (60, 170, false)], "{:?}", d.report());
    assert_eq!(tables(&d), 1);

    // Cells a spacing apart within a border: the border is the node.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(&cells(&[(0.0, 0.0, 64.0, 50.0)]));
    svg.push_str(&cells(&[(2.0, 2.0, 29.0, 22.0), (33.0, 2.0, 29.0, 22.0)]));
    svg.push_str(&cells(&[(2.0, 26.0, 29.0, 22.0), (33.0, 26.0, 29.0, 22.0)]));
    svg.push_str(&cells(&[(200.0, 15.0, 40.0, 20.0)]));
    svg.push_str(r##"<path d="M 62 13 L 200 25" stroke="#000"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(32, 25), (220, 25)], "{:?}", d.report());
    assert_eq!(d.report().edges, 1, "{:?}", d.report());

    // Cells a spacing apart in one node group (Graphviz's own SVG).
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg"><g class="node">"#);
    svg.push_str(&cells(&[
        (0.0, 0.0, 15.0, 21.0),
        (17.0, 0.0, 15.0, 21.0),
        (34.0, 0.0, 14.0, 21.0),
    ]));
    svg.push_str(r#"</g><g class="node">"#);
    svg.push_str(&cells(&[(200.0, 0.0, 40.0, 21.0)]));
    svg.push_str(r##"</g><path d="M 48 10 L 200 10" stroke="#000"/></svg>"##);
    let d = extract(&svg);
    assert_eq!(centres(&d), [(24, 11), (220, 11)], "{:?}", d.report());
    assert_eq!(tables(&d), 1);
}

#[test]
fn boxes_side_by_side_that_are_nodes_stay_apart() {
    let count = |svg: &str| {
        let d = extract(svg);
        let tables = d.nodes().filter(|n| n.shape == svg2graph::ShapeKind::Table).count();
        (d.report().nodes, d.report().edges, tables)
    };
    let open = r#"<svg xmlns="http://www.w3.org/2000/svg">"#;
    // Two equal boxes a spacing apart in a row, in no group and no border
    // (a radial layout's neighbours), each with an edge of its own.
    let row = format!(
        r##"{open}{}{}<path d="M 27 22 L 90 190" stroke="#000"/><path d="M 89 22 L 110 190" stroke="#000"/></svg>"##,
        cells(&[(80.0, 190.0, 40.0, 20.0)]),
        cells(&[(0.0, 0.0, 54.0, 22.0), (62.0, 0.0, 54.0, 22.0)]),
    );
    assert_eq!(count(&row), (3, 2, 0));
    // Two boxes flush, joined by an edge: two nodes.
    let joined = format!(
        r##"{open}{}<path d="M 10 0 C 10 -30 50 -30 50 0" fill="none" stroke="#000"/></svg>"##,
        cells(&[(0.0, 0.0, 30.0, 20.0), (30.0, 0.0, 30.0, 20.0)])
    );
    assert_eq!(count(&joined), (2, 1, 0));
    // Boxes flush that leave much of their box empty (an L): apart.
    let ell = format!(
        r##"{open}{}<path d="M 10 20 L 10 200" stroke="#000"/><path d="M 60 10 L 200 10" stroke="#000"/>{}</svg>"##,
        cells(&[(0.0, 0.0, 20.0, 20.0), (20.0, 0.0, 40.0, 20.0), (0.0, 20.0, 20.0, 60.0)]),
        cells(&[(0.0, 200.0, 20.0, 20.0), (200.0, 0.0, 20.0, 20.0)])
    );
    assert_eq!(count(&ell), (5, 2, 0));
}

#[test]
fn a_marker_drawing_a_line_along_its_stroke_shows_no_direction() {
    // dagre-d3's `undirected` arrowhead is a marker whose content is a
    // line along the stroke; its `normal` one a triangle.
    let drawing = |content: &str| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><defs><marker id="m" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="strokeWidth" markerWidth="8" markerHeight="6" orient="auto">{content}</marker></defs>
            <circle cx="0" cy="0" r="10" fill="#fff" stroke="#000"/><circle cx="100" cy="0" r="10" fill="#fff" stroke="#000"/>
            <path d="M 10 0 L 90 0" fill="none" stroke="#000" marker-end="url(#m)"/></svg>"##
        )
    };
    let line = extract(&drawing(r#"<path d="M 0 5 L 10 5" style="stroke-width: 1"/>"#));
    assert_eq!(arcs(&line), [(0, 100, false)], "{:?}", line.report());
    let head = extract(&drawing(r#"<path d="M 0 0 L 10 5 L 0 10 z"/>"#));
    assert_eq!(arcs(&head), [(0, 100, true)], "{:?}", head.report());
}

#[test]
fn markers_at_both_ends_point_both_ways() {
    // d2's `<->` and Mermaid's `<-->`: a triangle marker at each end shows
    // no one direction, as two alike heads drawn as shapes do. A marker
    // that points at one end only is the head there.
    let drawing = |start: &str, end: &str| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><defs>
            <marker id="e" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z"/></marker>
            <marker id="s" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M 10 0 L 0 5 L 10 10 z"/></marker></defs>
            <circle cx="0" cy="0" r="10" fill="#fff" stroke="#000"/><circle cx="100" cy="0" r="10" fill="#fff" stroke="#000"/>
            <path d="M 10 0 L 90 0" fill="none" stroke="#000" {start} {end}/></svg>"##
        )
    };
    let both = extract(&drawing(r#"marker-start="url(#s)""#, r#"marker-end="url(#e)""#));
    assert_eq!(arcs(&both), [(0, 100, false)], "{:?}", both.report());
    let end = extract(&drawing("", r#"marker-end="url(#e)""#));
    assert_eq!(arcs(&end), [(0, 100, true)], "{:?}", end.report());
    let start = extract(&drawing(r#"marker-start="url(#s)""#, ""));
    assert_eq!(arcs(&start), [(100, 0, true)], "{:?}", start.report());
}

#[test]
fn an_arrow_from_a_nodes_centre_stopping_within_it_ends_on_the_node_beyond() {
    // netgraph's arrows, drawn as outlines from a node's centre: between
    // nodes close together, the tip stops within the source, short of the
    // target it points at; one as a half arrow, its barb to one side.
    let square = |y: f64| {
        format!(
            r#"<path d="M 207.7 {} L 235.1 {} L 235.1 {} L 207.7 {} Z" style="fill: #eeeeee; stroke: #2c404c"/>"#,
            y - 13.7,
            y - 13.7,
            y + 13.7,
            y + 13.7
        )
    };
    let svg = |short: &str| {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg">{}{}{}<path d="M 219.942313 187.708132 L 219.942313 152.399706 L 222.857687 152.399706 L 222.857687 187.708132 L 225.773062 187.708132 L 221.4 193.538881 L 217.026938 187.708132 z" style="fill: #2c404c; opacity: 0.5"/>{short}</svg>"#,
            square(152.4),
            square(213.946_503),
            square(244.719_902)
        )
    };
    let arrow = r#"<path d="M 219.942313 218.481531 L 219.942313 213.946503 L 222.857687 213.946503 L 222.857687 218.481531 L 225.773062 218.481531 L 221.4 224.31228 L 217.026938 218.481531 z" style="fill: #2c404c; opacity: 0.5"/>"#;
    let half = r#"<path d="M 219.651 218.481 L 219.651 213.947 L 221.109 213.947 L 221.109 218.481 L 221.4 224.312 L 217.027 218.481 z" style="fill: #2c404c; opacity: 0.5"/>"#;
    for short in [arrow, half] {
        let d = extract(&svg(short));
        let mut arcs = arcs(&d);
        arcs.sort_unstable();
        assert_eq!(arcs, [(374, 435, true), (435, 466, true)], "{:?}", d.report());
    }
    // One stopping under half the way to its source's rim (a glyph's
    // stroke from a node's centre) points at nothing beyond.
    let stub = r#"<path d="M 220.7 216.4 L 220.7 213.946503 L 222.1 213.946503 L 222.1 216.4 L 223.5 216.4 L 221.4 219.2 L 219.3 216.4 z" style="fill: #2c404c; opacity: 0.5"/>"#;
    let d = extract(&svg(stub));
    assert_eq!(arcs(&d), [(374, 435, true)], "{:?}", d.report());
    // An arrow drawn within a node, from its centre most of the way to its
    // rim (a clock's hand), points at no neighbour farther off than half
    // that neighbour's radius.
    let clock = r##"<svg xmlns="http://www.w3.org/2000/svg"><defs><marker id="h" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="4" markerHeight="4" orient="auto"><path d="M0,0L10,5L0,10z"/></marker></defs><circle cx="100" cy="100" r="20" fill="#fff" stroke="#000"/><circle cx="160" cy="100" r="20" fill="#fff" stroke="#000"/><line x1="100" y1="100" x2="116" y2="100" stroke="#000" marker-end="url(#h)"/></svg>"##;
    assert_eq!(extract(clock).report().edges, 0);
}

#[test]
fn a_head_beside_a_node_heading_away_from_it_ends_on_the_node_it_points_at() {
    // ECharts stops edges (w + h) / 4 from the target's centre: a curved
    // edge up into a column of flat boxes stops by the box under its
    // target, within that box's slack, heading away from it.
    let boxes = [(316.2, 138.6), (316.2, 207.1), (445.7, 359.5)];
    let svg = |tip_y: f64| {
        let mut s = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
        for (x, y) in boxes {
            write!(
                s,
                r##"<rect x="{}" y="{}" width="88" height="26" fill="#fff" stroke="#5470c6"/>"##,
                x - 44.0,
                y - 13.0
            )
            .unwrap();
        }
        write!(s, r##"<path d="M445.7 359.5 Q341.9 292 320.8 {tip_y}" fill="none" stroke="#666"/><path d="M0 0L5.3 8L0 6L-5.3 8L0 0Z" transform="matrix(0.984,-0.179,0.179,0.984,320.8,{tip_y})" fill="#666"/></svg>"##).unwrap();
        s
    };
    let d = extract(&svg(175.8));
    assert_eq!(arcs(&d), [(805, 455, true)], "{:?}", d.report());
    // A tip within half the tolerance of the box's outline (as where
    // nodes overlap) is on it whichever way it heads.
    let d = extract(&svg(192.0));
    assert_eq!(arcs(&d), [(805, 523, true)], "{:?}", d.report());
}

#[test]
fn a_line_stopping_short_of_a_wide_box_beside_a_node_it_passed_ends_on_the_box() {
    // python-igraph's matplotlib backend stops every edge on a circle of
    // the vertex's size round it: into a 44 x 22 box, 22 from its centre,
    // 7.6 short of its top. The end lies 4 off the rim of a circle beside
    // it, whose centre the line has passed: it points into the box.
    let svg = |box_y: f64| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="284.8" cy="230.9" r="15" fill="#48b" stroke="#000"/><circle cx="245.4" cy="261.4" r="15" fill="#fa6" stroke="#000"/><rect x="221.7" y="{}" width="44" height="22" fill="#ad9" stroke="#000"/><path d="M276.85 243.6 L255.36 278.04" stroke="#000" fill="none"/></svg>"##,
            box_y - 11.0
        )
    };
    let d = extract(&svg(296.7));
    assert_eq!(arcs(&d), [(516, 540, false)], "{:?}", d.report());
    // Nor does a box the line does not point at take it.
    let d = extract(&svg(316.7));
    assert_eq!(arcs(&d), [(516, 507, false)], "{:?}", d.report());
    // A curve through a node that stops just past it, pointing at another,
    // ends on the node it went through.
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><path d="M60 100 Q 120 190 203 88" stroke="#000" fill="none"/><circle cx="50" cy="100" r="10"/><circle cx="200" cy="100" r="10"/><circle cx="215" cy="75" r="8"/></svg>"##,
    );
    assert_eq!(arcs(&d), [(150, 300, false)], "{:?}", d.report());
}

#[test]
fn copies_stacked_under_a_node_are_no_nodes() {
    // blockdiag's `stacked`: copies painted alike, each drawn right
    // before the next and offset from it by one step; a line from the
    // stack's edge to another node. The node is the copy on top.
    let svg = |steps: &[(f64, f64)]| {
        let mut s = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
        let (mut x, mut y) = (32.0, 76.0);
        let mut copies = Vec::new();
        for &(dx, dy) in steps.iter().rev() {
            x += dx;
            y += dy;
            copies.push((x, y));
        }
        for &(x, y) in copies.iter().rev() {
            write!(
                s,
                r##"<rect x="{x}" y="{y}" width="104" height="56" fill="#fff" stroke="#000"/>"##
            )
            .unwrap();
        }
        s.push_str(r##"<rect x="32" y="76" width="104" height="56" fill="#fff" stroke="#000"/><rect x="232" y="76" width="104" height="56" fill="#fff" stroke="#000"/><path d="M 144 104 L 232 104" stroke="#000"/></svg>"##);
        s
    };
    let d = extract(&svg(&[(4.0, 4.0), (4.0, 4.0)]));
    assert_eq!(centres(&d), [(84, 104), (284, 104)], "{:?}", d.report());
    assert_eq!(d.report().edges, 1, "{:?}", d.report());
    // One copy offset by a step, or two by unlike steps, may be nodes
    // that overlap: they stay.
    assert_eq!(extract(&svg(&[(4.0, 4.0)])).report().nodes, 3);
    assert_eq!(extract(&svg(&[(4.0, 4.0), (8.0, 2.0)])).report().nodes, 4);
    // Nodes in a tight row, each a third of its side off the next, with
    // lines of their own, stay nodes.
    let row = r##"<svg xmlns="http://www.w3.org/2000/svg"><g><path d="M50 150L110 150" stroke="#000"/><path d="M50 50L50 150" stroke="#000"/><path d="M64 50L110 150" stroke="#000"/></g><g><g><circle cx="50" cy="50" r="10" fill="#1f78b4" stroke="#000"/></g><g><circle cx="57" cy="50" r="10" fill="#1f78b4" stroke="#000"/></g><g><circle cx="64" cy="50" r="10" fill="#1f78b4" stroke="#000"/></g><g><circle cx="50" cy="150" r="10" fill="#1f78b4" stroke="#000"/></g><g><circle cx="110" cy="150" r="10" fill="#1f78b4" stroke="#000"/></g></g></svg>"##;
    let d = extract(row);
    assert_eq!((d.report().nodes, d.report().edges), (5, 3), "{:?}", d.report());
}

#[test]
fn shadows_drawn_under_nodes_are_no_nodes() {
    // blockdiag draws each node's shadow first: a copy offset by (3, 6).
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let boxes = [(0.0, 0.0), (200.0, 0.0), (200.0, 100.0)];
    for (x, y) in boxes {
        let _ = write!(
            svg,
            r##"<rect x="{}" y="{}" width="128" height="40" fill="#000" style="opacity:0.7"/>"##,
            x + 3.0,
            y + 6.0
        );
    }
    for (x, y) in boxes {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="128" height="40" fill="#fff" stroke="#000"/>"##
        );
    }
    svg.push_str(r##"<path d="M 128 20 L 200 20" stroke="#000"/><path d="M 264 40 L 264 100" stroke="#000"/></svg>"##);
    let d = extract(&svg);
    assert_eq!(centres(&d), [(64, 20), (264, 20), (264, 120)], "{:?}", d.report());
    assert_eq!(d.report().edges, 2, "{:?}", d.report());
    // One copy alone is a shadow where the drawing blurs it.
    let lone = r##"<svg xmlns="http://www.w3.org/2000/svg"><defs><filter id="blur"><feGaussianBlur stdDeviation="4"/></filter></defs>
        <rect x="3" y="6" width="128" height="40" fill="#000" filter="url(#blur)"/><rect x="0" y="0" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="0" width="128" height="40" fill="#fff" stroke="#000"/><path d="M 128 20 L 200 20" stroke="#000"/></svg>"##;
    assert_eq!(centres(&extract(lone)), [(64, 20), (264, 20)]);
    // Two nodes of one size that overlap by chance, offset unlike any
    // other pair and not blurred, stay nodes.
    let overlap = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10" fill="#9cf" stroke="#000"/><circle cx="3" cy="2" r="10" fill="#9cf" stroke="#000"/>
        <circle cx="100" cy="0" r="10" fill="#9cf" stroke="#000"/>
        <path d="M 10 0 L 90 0" stroke="#000"/><path d="M 3 12 L 95 9" stroke="#000"/></svg>"##;
    assert_eq!(extract(overlap).nodes().len(), 3);
    // Nor do pairs drawn alike that overlap alike (a crowded layout).
    let crowded = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10" fill="#9cf" stroke="#000"/><circle cx="3" cy="2" r="10" fill="#9cf" stroke="#000"/>
        <circle cx="100" cy="0" r="10" fill="#9cf" stroke="#000"/><circle cx="103" cy="2" r="10" fill="#9cf" stroke="#000"/>
        <path d="M 0 -10 C 20 -60 80 -60 100 -10" fill="none" stroke="#000"/><path d="M 3 12 C 20 60 80 60 103 12" fill="none" stroke="#000"/></svg>"##;
    assert_eq!(extract(crowded).nodes().len(), 4);
}

/// A triangle of half-size 12 at (`x`, `y`), filled with no outline.
fn triangle(x: f64, y: f64) -> String {
    format!(
        r##"<path fill="#dde" d="M {x} {} L {} {} L {} {} Z"/>"##,
        y - 12.0,
        x + 12.0,
        y + 12.0,
        x - 12.0,
        y + 12.0
    )
}

/// A page behind everything, nodes named inside, and strokes that stop
/// short of the nodes (matplotlib shrinks them by the node's size): the
/// page holds every stroke and none ends on its rim, so it is no node
/// and the shapes on it are.
#[test]
fn a_page_under_nodes_that_strokes_stop_short_of_is_no_node() {
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="300" height="100" fill="#fff"/>"##,
    );
    for (a, b) in [(40.0, 140.0), (160.0, 260.0)] {
        let _ = write!(svg, r##"<path d="M {a} 50 L {b} 50" stroke="#000" fill="none"/>"##);
    }
    for x in [30.0, 150.0, 270.0] {
        svg.push_str(&triangle(x, 50.0));
        svg.push_str(&word(x - 5.0, 53.0, &[4.0, 3.0]));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(30, 50), (150, 50), (270, 50)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

/// A letter's outline: a ring of `n`-gons (an `O`, `n` sides out and in)
/// of half-height `h` at (`x`, `y`).
fn letter_o(x: f64, y: f64, h: f64, n: usize) -> String {
    let ring = |r: f64, rev: bool| {
        let mut s = String::new();
        for i in 0..n {
            let k = if rev { n - i } else { i };
            let t = std::f64::consts::TAU * k as f64 / n as f64;
            let _ = write!(
                s,
                "{} {} {} ",
                if i == 0 { "M" } else { "L" },
                x + 0.8 * r * t.cos(),
                y + r * t.sin()
            );
        }
        s + "Z "
    };
    format!(r##"<path fill="#000" d="{}{}"/>"##, ring(h, false), ring(0.6 * h, true))
}

/// A comb's outline (an `E` with a fourth arm): sixteen sides turning
/// back on themselves, of height 2 `h` at (`x`, `y`).
fn letter_comb(x: f64, y: f64, h: f64) -> String {
    let (w, t) = (h, 0.4 * h);
    let (x0, y0) = (x - 0.5 * w, y - h);
    let step = 2.0 * h / 7.0;
    let mut d = format!("M {x0} {y0} L {} {y0} ", x0 + w);
    for k in 0..3 {
        let top = y0 + step * f64::from(2 * k + 1);
        let _ = write!(
            d,
            "L {} {top} L {} {top} L {} {} L {} {} ",
            x0 + w,
            x0 + t,
            x0 + t,
            top + step,
            x0 + w,
            top + step
        );
    }
    let _ = write!(d, "L {} {} L {x0} {} Z", x0 + w, y + h, y + h);
    format!(r##"<path fill="#000" d="{d}"/>"##)
}

/// A commutative diagram re-exported through cairo: its objects are
/// letters alone, drawn as outlines, and the arrows stop short of them;
/// edge names sit beside the arrows. Each object is a node, and each
/// arrow an edge between two; the names are text.
#[test]
fn letters_alone_drawn_as_outlines_are_text_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for d in ["M 12 0 L 88 0", "M 0 12 L 0 88", "M 10 10 L 90 90"] {
        let _ = write!(svg, r##"<path d="{d}" stroke="#000" fill="none"/>"##);
    }
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (0.0, 100.0), (100.0, 100.0)] {
        svg.push_str(&letter_o(x, y, 5.0, 12));
    }
    svg.push_str(&letter_comb(50.0, -8.0, 3.0));
    svg.push_str(&letter_comb(-8.0, 50.0, 3.0));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (0, 100), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
}

/// mxGraph draws each edge in a group of its own, the head first and then
/// the shaft: the head is the shaft's, though the shaft runs on past its
/// tip and ends at the corner of the hexagon's box, off the node's rim
/// (as in a real `JGraphX` export). Another node and edge come before it,
/// so the shaft is not the drawing's first stroke.
#[test]
fn a_head_drawn_before_its_shaft_in_their_own_group_is_its_head() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect fill="#C3D9FF" height="45" stroke="#6482B9" stroke-width="1.5" width="67" x="870" y="630"/>
<path d="M 721.75 735 L 755.25 735 L 772 757.5 L 755.25 780 L 721.75 780 L 705 757.5 Z" fill="#C3D9FF" stroke="#6482B9" stroke-width="1.5"/>
<rect fill="#C3D9FF" height="45" stroke="#6482B9" stroke-width="1.5" width="67" x="1100" y="630"/>
<g><path d="M 937 652 L 1100 652" fill="none" stroke="#6482B9" stroke-width="1.5"/></g>
<rect fill="#C3D9FF" height="45" stroke="#6482B9" stroke-width="1.5" width="67" x="1100" y="800"/>
<g><path d="M 773.6330381696521 736.6456023870168 L 778.8163123485191 728.0210056551869 L 779.3303816965213 733.025826601579 L 783.6426800624362 735.6174636910125 z" fill="#6482B9" stroke="#6482B9" stroke-width="1.5"/><path d="M 870.3669618303479 675.1862375363606 L 773.0 737.0477996965099" fill="none" stroke="#6482B9" stroke-width="1.5"/></g>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(739, 758), (904, 653), (1134, 653), (1134, 823)], "{:?}", d.report());
    let directed: Vec<_> = arcs(&d).into_iter().filter(|a| a.2).collect();
    assert_eq!(directed, [(1556, 1496, true)], "{:?}", d.report());
}

/// JUNG draws each edge from centre to centre and the nodes over them,
/// with a notched head whose tip stands a little off the target's rim:
/// the head caps the stroke where it enters the node.
#[test]
fn a_head_where_a_stroke_enters_the_node_it_runs_under_is_its_head() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x0, x1) in [(0.0, 100.0), (100.0, 200.0)] {
        let tip = x1 - 11.2;
        let _ = write!(
            svg,
            r##"<path d="M {x0} 0 L {x1} 0" fill="none" stroke="#000"/><path d="M {tip} 0 L {} 4 L {} 0 L {} -4 Z" stroke="none" fill="#000"/>"##,
            tip - 10.0,
            tip - 7.0,
            tip - 10.0
        );
    }
    for x in [0.0, 100.0, 200.0] {
        let c = circle(x, 0.0, 10.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#f80" stroke="none"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, true)], "{:?}", d.report());
}

/// A class box and its compartments' separator in a group of their own
/// (nomnoml): the separator spans the box, so the box is no head of it.
#[test]
fn a_box_drawn_before_its_separator_in_their_own_group_stays_a_node() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect x="0" y="0" width="75" height="64" fill="#eee" stroke="#000"/>
<g><rect x="200" y="0" width="75" height="64" fill="#eee" stroke="#000"/><path d="M 200 32 L 275 32" fill="none" stroke="#000"/></g>
<path d="M 75 32 L 200 32" stroke="#000" fill="none"/>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(38, 32), (238, 32)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1, "{:?}", d.report());
}

/// Dia doubles a head as two triangles, one on the other's tip, the shaft
/// ending inside the one behind: both are the edge's head, its tip the
/// front one's.
#[test]
fn heads_stacked_along_their_shaft_are_one_edges_heads() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<ellipse fill="#ffd" stroke="#000" stroke-width="2" cx="400" cy="280" rx="50" ry="30"/>
<ellipse fill="#fff" stroke="#000" stroke-width="2" cx="363" cy="82" rx="34" ry="18"/>
<g>
<line stroke="#000" stroke-width="2" x1="400" y1="250" x2="367.79" y2="119.418"/>
<polygon fill="#000" stroke="#000" stroke-width="2" points="370.249,108.512 363,100 360.54,110.906"/>
<polygon fill="#000" stroke="#000" stroke-width="2" points="373.123,120.162 365.874,111.651 363.414,122.557"/>
</g>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(363, 82), (400, 280)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(680, 445, true)], "{:?}", d.report());
}

/// Stars drawn as paths (many segments, turning back on themselves)
/// where no stroke is drawn at all are nodes, not letters.
#[test]
fn stars_drawn_alone_are_no_letters() {
    let star = |x: f64, y: f64| {
        let mut d = String::new();
        for i in 0..16 {
            let (t, r) =
                (std::f64::consts::TAU * f64::from(i) / 16.0, if i % 2 == 0 { 12.0 } else { 5.0 });
            let _ = write!(
                d,
                "{} {} {} ",
                if i == 0 { "M" } else { "L" },
                x + r * t.cos(),
                y + r * t.sin()
            );
        }
        format!(r##"<path d="{d}Z" fill="#fc0"/>"##)
    };
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [0.0, 100.0, 200.0] {
        svg.push_str(&star(x, 0.0));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (200, 0)], "{:?}", d.report());
}

#[test]
fn a_components_tabs_are_ports_where_a_link_ends_on_one() {
    // A UML component: two tabs straddling its left side, wider across
    // the side than along it; a link leaves from one tab. The link is the
    // box's, the tabs no nodes.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(100.0, 20.0), (300.0, 20.0), (300.0, 120.0)] {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="62" height="38" fill="#fefece" stroke="#a80036"/>
            <rect x="{}" y="{}" width="10" height="5" fill="#fefece" stroke="#a80036"/>
            <rect x="{}" y="{}" width="10" height="5" fill="#fefece" stroke="#a80036"/>"##,
            x - 5.0,
            y + 8.0,
            x - 5.0,
            y + 26.0
        );
    }
    svg.push_str(
        r##"<path d="M 295 30.5 C 200 30 200 60 162 40" fill="none" stroke="#000"/>
        <path d="M 331 58 L 331 120" fill="none" stroke="#000"/></svg>"##,
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(131, 39), (331, 39), (331, 139)], "{:?}", d.report());
    let mut got: Vec<_> = arcs(&d).into_iter().map(|(a, b, u)| (a.min(b), a.max(b), u)).collect();
    got.sort_unstable();
    assert_eq!(got, [(170, 370, false), (370, 470, false)], "{:?}", d.report());
}

#[test]
fn a_diamond_a_hair_off_its_shafts_end_is_its_head() {
    // PlantUML's aggregation diamond, as a re-export writes it (no tool
    // marks): its corner a line's width and a bit from the shaft's end,
    // its far corner on the node.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="574" y="280" width="103" height="52" fill="#fefece" stroke="#a80036"/>
        <rect x="380" y="420" width="103" height="52" fill="#fefece" stroke="#a80036"/>
        <path d="M 582.78 339.95 C 548.2 362.97 499.39 395.47 462.72 419.89" fill="none" stroke="#a80036"/>
        <path d="M 593.92 332.53 L 586.71 332.52 L 583.93 339.17 L 591.14 339.18 Z" fill="#fff" stroke="#a80036"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(432, 446), (626, 306)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(878, 932, true)], "{:?}", d.report());
}

/// Two boxes, a stroke from the upper down to `end` (short of the lower,
/// at 100), and the `parts` drawn after it, as a converter writes
/// Graphviz's stacked and stemmed heads (no groups, no titles).
fn box_to_box_with(end: f64, parts: &str) -> svg2graph::Diagram {
    boxes_joined(30.0, end, parts)
}

/// Two boxes (rims at 30 and 100) and a stroke down from `start` to `end`,
/// the `parts` drawn after it.
fn boxes_joined(start: f64, end: f64, parts: &str) -> svg2graph::Diagram {
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 0 0 L 40 0 L 40 30 L 0 30 Z" fill="none" stroke="#000"/>
        <path d="M 0 100 L 40 100 L 40 130 L 0 130 Z" fill="none" stroke="#000"/>
        <path d="M 20 {start} L 20 {end}" fill="none" stroke="#000"/>
        {parts}
        </svg>"##
    );
    extract(&svg)
}

#[test]
fn a_circle_stacked_on_a_triangle_is_one_head_of_two_shapes() {
    // `odotnormal`: the circle (drawn first, right after the stroke) on
    // the node, the triangle between it and the shaft's end.
    let d = box_to_box_with(
        82.0,
        r##"<path d="M 24 96 A 4 4 0 1 1 16 96 A 4 4 0 1 1 24 96 Z" fill="none" stroke="#000"/>
        <path d="M 16 82 L 24 82 L 20 92 Z" fill="#000" stroke="#000"/>"##,
    );
    assert_eq!(centres(&d), [(20, 15), (20, 115)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(35, 135, true)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("arrowhead"), Some(&2), "{:?}", d.report());
}

#[test]
fn a_bar_on_a_stem_past_the_shafts_end_is_its_head() {
    // `tee`: the bar a little ahead of the shaft's end, a stem drawn after
    // it from the node's rim through the bar to the end. (A third box
    // beside, joined by a plain line, so that no stick figure is seen.)
    let d = box_to_box_with(
        92.0,
        r##"<path d="M 14 96 L 26 96 L 26 99 L 14 99 Z" fill="#000" stroke="#000"/>
        <path d="M 20 100 L 20 92" fill="none" stroke="#000"/>
        <path d="M 100 100 L 140 100 L 140 130 L 100 130 Z" fill="none" stroke="#000"/>
        <path d="M 40 115 L 100 115" fill="none" stroke="#000"/>"##,
    );
    assert_eq!(centres(&d), [(20, 15), (20, 115), (120, 115)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(35, 135, true), (135, 235, false)], "{:?}", d.report());
    assert_eq!(
        d.report().ignored.get("stroke capping an edge's end"),
        Some(&1),
        "{:?}",
        d.report()
    );
}

#[test]
fn a_box_on_a_stem_ahead_of_a_triangle_is_the_same_heads() {
    // `boxnormal`: the box on the node (drawn first), a stem from the
    // triangle's tip to the box, the triangle capping the shaft's end.
    let d = box_to_box_with(
        82.0,
        r##"<path d="M 16 92 L 24 92 L 24 100 L 16 100 Z" fill="#000" stroke="#000"/>
        <path d="M 20 89 L 20 92" fill="none" stroke="#000"/>
        <path d="M 16 82 L 24 82 L 20 89 Z" fill="#000" stroke="#000"/>"##,
    );
    assert_eq!(centres(&d), [(20, 15), (20, 115)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(35, 135, true)], "{:?}", d.report());
    assert_eq!(d.report().shapes.get("arrowhead"), Some(&2), "{:?}", d.report());
}

#[test]
fn a_shaft_ending_a_hair_beside_a_vees_notch_has_its_head() {
    // A vee whose notch is a spike of no width (as Graphviz draws it),
    // the shaft's end a rounding error beside the spike: the ray from the
    // vee's centre misses the spike, its edges do not.
    let d = box_to_box_with(
        80.0,
        r##"<path d="M 20 100 L 25 80 L 20.15 88 L 20.15 80.05 L 20.15 88 L 15 80 Z" fill="#000" stroke="#000"/>"##,
    );
    assert_eq!(centres(&d), [(20, 15), (20, 115)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(35, 135, true)], "{:?}", d.report());
}

/// A line from a container's rim to within it (a package's tab, as its
/// shadowed picture or its hull leaves it) is the container's, though
/// its ends come near a node beside the container and one within it; so
/// is a divider from rim to rim, its ends near nodes above and below.
#[test]
fn a_line_from_a_containers_rim_within_it_is_no_edge() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="100" y="0" width="300" height="100" fill="#f4f4f4" stroke="#999"/>
      <path d="M100 22 L240 22" stroke="#999" fill="none"/>
      <rect x="20" y="0" width="70" height="40" fill="#ffc" stroke="#333"/>
      <rect x="150" y="30" width="100" height="50" fill="#ffc" stroke="#333"/>
      <rect x="300" y="30" width="70" height="50" fill="#ffc" stroke="#333"/>
      <path d="M250 55 L300 55" stroke="#333" fill="none"/>
      <path d="M280 0 L280 100" stroke="#999" fill="none"/>
      <rect x="260" y="-50" width="40" height="42" fill="#ffc" stroke="#333"/>
      <rect x="260" y="108" width="40" height="42" fill="#ffc" stroke="#333"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(55, 20), (200, 55), (280, -29), (280, 129), (335, 55)], "{r:?}");
    assert_eq!(arcs(&d), [(255, 390, false)], "{r:?}");
    assert_eq!(r.ignored.get("stroke drawn on a container"), Some(&2), "{r:?}");
    // A line from a node inside to the rim, its end on that node, is an
    // edge: the container, an edge from outside ending on its rim too, is
    // a compound node its child joins.
    let child = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="100" y="0" width="300" height="200" fill="#f4f4f4" stroke="#999"/>
      <rect x="150" y="70" width="60" height="60" fill="#ffc" stroke="#333"/>
      <rect x="290" y="70" width="60" height="60" fill="#ffc" stroke="#333"/>
      <rect x="0" y="70" width="60" height="60" fill="#ffc" stroke="#333"/>
      <path d="M60 100 L100 100" stroke="#333" fill="none"/>
      <path d="M210 100 L290 100" stroke="#333" fill="none"/>
      <path d="M320 70 L320 0" stroke="#333" fill="none"/>
    </svg>"##;
    let d = extract(child);
    let r = d.report();
    assert_eq!(r.edges, 3, "{r:?}");
    assert!(arcs(&d).iter().any(|a| (a.0, a.1) == (420, 350)), "{:?}", arcs(&d));
    assert_eq!(r.ignored.get("stroke drawn on a container"), None, "{r:?}");
}

/// A plot's grid lines run across its frame, from rim to rim, between the
/// tick labels under it and the title over it: they join no text, and the
/// text stays no node.
#[test]
fn grid_lines_across_a_frame_join_no_text() {
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="400" height="300" fill="#fff" stroke="#000"/>
      <circle cx="100" cy="150" r="15" fill="#9cf" stroke="#000"/>
      <circle cx="300" cy="150" r="15" fill="#9cf" stroke="#000"/>
      <path d="M115 150 L285 150" stroke="#000" fill="none"/>"##,
    );
    for x in [100.0, 200.0, 300.0] {
        let _ = write!(
            svg,
            r##"<path d="M{x} 300 L{x} 0" stroke="#ccc" stroke-dasharray="2 2" fill="none"/>{}"##,
            word(x - 8.0, 312.0, &[5.0, 5.0, 5.0])
        );
    }
    svg.push_str(&word(90.0, -5.0, &[10.0; 20]));
    svg.push_str("</svg>");
    let d = extract(&svg);
    let r = d.report();
    assert_eq!(centres(&d), [(100, 150), (300, 150)], "{r:?}");
    assert_eq!(arcs(&d).len(), 1, "{r:?}");
    assert_eq!(r.ignored.get("stroke drawn on a container"), Some(&3), "{r:?}");
}

/// An axis's tick, from a plot's frame outward, ends a little short of a
/// node inside the frame (a legend in its corner), within the slack the
/// node's size allows but off its rim: no edge ends on the frame, which
/// stays a container.
#[test]
fn a_tick_short_of_a_node_makes_no_compound_node() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width="300" height="200" fill="#fff" stroke="#000"/>
      <circle cx="60" cy="60" r="15" fill="#9cf" stroke="#000"/>
      <circle cx="240" cy="60" r="15" fill="#9cf" stroke="#000"/>
      <circle cx="260" cy="180" r="15" fill="#9cf" stroke="#000"/>
      <path d="M75 60 L225 60" stroke="#000" fill="none"/>
      <path d="M244 75 L256 165" stroke="#000" fill="none"/>
      <path d="M60 200 L60 204 M160 200 L160 204 M260 200 L260 204" stroke="#000" fill="none"/>
    </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(centres(&d), [(60, 60), (240, 60), (260, 180)], "{r:?}");
    assert_eq!(arcs(&d).len(), 2, "{r:?}");
    assert_eq!(r.shapes.get("container"), Some(&1), "{r:?}");
}

#[test]
fn a_pointed_head_and_a_tail_mark_make_a_directed_edge() {
    let diamond_top = r##"<path d="M 20 30 L 24 36 L 20 42 L 16 36 Z" fill="#000"/>"##;
    let diamond_bottom = r##"<path d="M 20 82 L 24 91 L 20 100 L 16 91 Z" fill="#000"/>"##;
    let triangle_top = r##"<path d="M 16 42 L 24 42 L 20 30 Z" fill="#000"/>"##;
    let triangle_bottom = r##"<path d="M 16 82 L 24 82 L 20 100 Z" fill="#000"/>"##;
    // Two boxes joined by a stroke from 42 to 82, marks on its ends.
    // Cytoscape.js, UML: a diamond (or circle, or bar) at the source, a
    // triangle at the target.
    let d = boxes_joined(42.0, 82.0, &format!("{diamond_top}{triangle_bottom}"));
    assert_eq!(centres(&d), [(20, 15), (20, 115)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(35, 135, true)], "{:?}", d.report());
    let d = boxes_joined(42.0, 82.0, &format!("{triangle_top}{diamond_bottom}"));
    assert_eq!(arcs(&d), [(135, 35, true)], "{:?}", d.report());
    // Alike at both ends: both ways.
    let d = boxes_joined(42.0, 82.0, &format!("{triangle_top}{triangle_bottom}"));
    assert_eq!(arcs(&d), [(35, 135, false)], "{:?}", d.report());
    let d = boxes_joined(42.0, 82.0, &format!("{diamond_top}{diamond_bottom}"));
    assert_eq!(arcs(&d), [(35, 135, false)], "{:?}", d.report());
    // A lone mark of any shape is the head.
    let d = boxes_joined(42.0, 82.0, diamond_top);
    assert_eq!(arcs(&d), [(135, 35, true)], "{:?}", d.report());
    let d = boxes_joined(42.0, 82.0, diamond_bottom);
    assert_eq!(arcs(&d), [(35, 135, true)], "{:?}", d.report());
}

#[test]
fn a_head_drawn_before_its_shaft_on_a_flat_page_is_its_head() {
    // PlantUML's smetana through cairo: every shape in one group, each
    // head drawn right before the shaft that ends in its notch, its tip
    // stopping short of a rounded node (here a circle's box corner).
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg"><g>
        <circle cx="0" cy="0" r="15" fill="#eee" stroke="#000"/>
        <circle cx="100" cy="100" r="15" fill="#eee" stroke="#000"/>
        <path d="M 87 87 L 83.46 79.22 L 82.76 82.76 L 79.22 83.46 Z" fill="#000" stroke="#000"/>
        <path d="M 10.61 10.61 L 82.76 82.76" fill="none" stroke="#000"/>
        </g></svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 200, true)], "{:?}", d.report());
    // A small node drawn right before the edge that ends on it, its far
    // corner reaching no node, is no head.
    let arriving = r##"<svg xmlns="http://www.w3.org/2000/svg"><g>
        <circle cx="0" cy="0" r="15" fill="#eee" stroke="#000"/>
        <path d="M 100 92 L 108 100 L 100 108 L 92 100 Z" fill="#eee" stroke="#000"/>
        <path d="M 10.61 10.61 L 96 96" fill="none" stroke="#000"/>
        </g></svg>"##;
    let d = extract(arriving);
    assert_eq!(centres(&d), [(0, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 200, false)], "{:?}", d.report());
}

#[test]
fn a_labels_outlined_box_beside_its_node_is_no_node() {
    // ECharts: each node's name in a white box with a grey border just
    // right of it; no stroke ends on the boxes.
    let nodes = r##"<circle cx="0" cy="0" r="8" fill="#e66"/><circle cx="100" cy="100" r="8" fill="#e66"/>
        <line x1="0" y1="0" x2="100" y2="100" stroke="#999"/>"##;
    let label = |x: f64, y: f64, name: &str| {
        format!(
            r##"<rect x="{x}" y="{}" width="40" height="16" rx="3" fill="#fff" stroke="#999"/><text x="{}" y="{}" font-size="12">{name}</text>"##,
            y - 8.0,
            x + 4.0,
            y + 4.0
        )
    };
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg">{nodes}{}{}</svg>"#,
        label(12.0, 0.0, "Berlin"),
        label(112.0, 100.0, "Munich")
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 100)], "{:?}", d.report());
    // Far from any node, such a box is a node of its own.
    let apart = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg">{nodes}{}</svg>"#,
        label(200.0, 0.0, "Alone")
    );
    assert_eq!(extract(&apart).nodes().len(), 3);
    // Drawn like boxes strokes end on, it is a node beside another.
    let boxes = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">{}{}{}<line x1="32" y1="0" x2="100" y2="100" stroke="#999"/><line x1="100" y1="108" x2="132" y2="150" stroke="#999"/></svg>"##,
        label(12.0, 0.0, "a"),
        label(112.0, 150.0, "b"),
        label(56.0, 0.0, "c")
    );
    let d = extract(&format!("{}{nodes}</svg>", &boxes[..boxes.len() - 6]));
    assert_eq!(d.nodes().len(), 5, "{:?}", d.report());
}

#[test]
fn a_shape_inside_a_node_that_strokes_end_on_is_part_of_it() {
    // A final state: a ring holding a dot drawn like the start node (a
    // black disc strokes end on); nothing ends on the dot itself.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10" fill="#000"/>
        <circle cx="200" cy="0" r="20" fill="#fff" stroke="#000"/>
        <circle cx="200" cy="0" r="10" fill="#000"/>
        <circle cx="100" cy="100" r="20" fill="#fff" stroke="#000"/>
        <path d="M 10 0 L 180 0" stroke="#000" fill="none"/>
        <path d="M 7 7 L 86 86" stroke="#000" fill="none"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(0, 0), (100, 100), (200, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2);
    assert_eq!(d.report().evidence.get("inside a node strokes end on, none on it"), Some(&1));
}

#[test]
fn a_small_nodes_shadow_offset_as_the_others_is_no_node() {
    // Drop shadows offset (3, 6) under every node: under a box they peek
    // out, under a small disc they lie as far out as its size.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let boxes = [(0.0, 0.0), (200.0, 0.0), (400.0, 0.0)];
    for (x, y) in boxes {
        let _ = write!(
            svg,
            r##"<rect x="{}" y="{}" width="128" height="40" fill="#000" opacity="0.7"/>"##,
            x - 61.0,
            y - 14.0
        );
    }
    for (x, y) in [(200.0, 100.0), (400.0, 100.0)] {
        let _ = write!(
            svg,
            r##"<circle cx="{}" cy="{}" r="8" fill="#000" opacity="0.7"/>"##,
            x + 3.0,
            y + 6.0
        );
    }
    for (x, y) in boxes {
        let _ = write!(
            svg,
            r##"<rect x="{}" y="{}" width="128" height="40" fill="#fff" stroke="#000"/>"##,
            x - 64.0,
            y - 20.0
        );
    }
    for (x, y) in [(200.0, 100.0), (400.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="8" fill="#fff" stroke="#000"/>"##);
    }
    svg.push_str(
        r##"<path d="M 64 0 L 136 0" stroke="#000"/><path d="M 200 20 L 200 92" stroke="#000"/>
        <path d="M 400 20 L 400 92" stroke="#000"/></svg>"##,
    );
    let d = extract(&svg);
    assert_eq!(
        centres(&d),
        [(0, 0), (200, 0), (200, 100), (400, 0), (400, 100)],
        "{:?}",
        d.report()
    );
    assert_eq!(d.edges().len(), 3);
}

#[test]
fn a_ring_many_times_larger_than_a_shape_its_rim_crosses_is_no_loop() {
    // An unfilled node whose rim happens to run through a small node's
    // centre (a mark drawn on it, a tiny node beside it) is a node: a
    // self-loop is drawn about its node's size.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="40" fill="none" stroke="#000"/>
        <circle cx="40" cy="0" r="3" fill="#000"/>
        <circle cx="0" cy="120" r="10" fill="#000"/>
        <circle cx="150" cy="0" r="3" fill="#000"/>
        <path d="M 0 110 L 0 40" fill="none" stroke="#000"/>
        <path d="M 43 0 L 147 0" fill="none" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    let r = d.report();
    assert_eq!((r.nodes, r.edges), (4, 2), "{r:?}");
    assert_eq!(r.shapes.get("loop"), None, "{r:?}");
}

#[test]
fn a_word_set_on_a_nodes_rim_yields_the_ends_there_to_the_node() {
    // Cytoscape.js through cairo: a node's name, drawn as a font's
    // outlines in one path (`ka`), set just above the node; lines leaving
    // the node's top start on its rim and in the word's foot both. The
    // node takes them; the word is lettering, no node.
    let circle = |x: f64, y: f64, r: f64| {
        format!(r##"<circle cx="{x}" cy="{y}" r="{r}" fill="#69c" stroke="#223"/>"##)
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 239.55 354.5 L 242.79 309.62" fill="none" stroke="#666" stroke-width="1.2"/>
        <path d="M 237.12 354.8 L 220.32 303.92" fill="none" stroke="#666" stroke-width="1.2"/>
        <path d="M 239.1 366.8 L 239.1 400" fill="none" stroke="#666" stroke-width="1.2"/>
        {}{}{}{}
        <path fill="#222" stroke="none" d="
            M 236.722656 351.132812 L 237.152344 351.132812 L 237.152344 353.289062 L 238.4375
            352.152344 L 238.988281 352.152344 L 237.59375 353.382812 L 239.046875 354.777344 L
            238.484375 354.777344 L 237.152344 353.492188 L 237.152344 354.777344 L 236.722656
            354.777344 Z M 240.625 353.457031 C 240.273438 353.457031 240.03125 353.5 239.894531
            353.578125 C 239.761719 353.660156 239.699219 353.792969 239.699219 353.980469 C
            239.699219 354.136719 239.746094 354.261719 239.847656 354.355469 C 239.945312
            354.445312 240.085938 354.488281 240.261719 354.488281 C 240.496094 354.488281
            240.6875 354.402344 240.832031 354.234375 C 240.976562 354.0625 241.046875
            353.832031 241.046875 353.550781 L 241.046875 353.457031 Z M 241.480469 353.277344 L
            241.480469 354.777344 L 241.046875 354.777344 L 241.046875 354.375 C 240.953125
            354.539062 240.832031 354.65625 240.683594 354.730469 C 240.535156 354.804688
            240.359375 354.84375 240.148438 354.84375 C 239.878906 354.84375 239.664062
            354.769531 239.5 354.617188 C 239.34375 354.46875 239.265625 354.265625 239.265625
            354.007812 C 239.265625 353.714844 239.363281 353.492188 239.558594 353.34375 C
            239.757812 353.195312 240.054688 353.117188 240.449219 353.117188 L 241.046875
            353.117188 L 241.046875 353.082031 C 241.046875 352.882812 240.980469 352.730469
            240.851562 352.621094 C 240.722656 352.507812 240.542969 352.453125 240.308594
            352.453125 C 240.15625 352.453125 240.007812 352.472656 239.867188 352.507812 C
            239.722656 352.546875 239.585938 352.601562 239.453125 352.667969 L 239.453125
            352.273438 C 239.617188 352.214844 239.769531 352.167969 239.914062 352.132812 C
            240.0625 352.105469 240.207031 352.085938 240.355469 352.085938 C 240.730469
            352.085938 241.011719 352.1875 241.199219 352.386719 C 241.386719 352.582031
            241.480469 352.878906 241.480469 353.277344 Z M 236.28125 350.324219"/>
        </svg>"##,
        circle(239.1, 360.8, 6.0),
        circle(243.36, 301.89, 6.77),
        circle(220.32, 297.4, 6.5),
        circle(239.1, 406.5, 6.5),
    );
    let d = extract(&svg);
    let r = d.report();
    assert_eq!((r.nodes, r.edges), (4, 3), "{r:?}");
    assert_eq!(r.shapes.get("glyph"), Some(&1), "{r:?}");
}

/// blockdiag numbers a node with a small circle centred on its corner,
/// drawn unlike the nodes: the badge is the node's, not a node, and a
/// line ending on the node's rim under the badge, or reaching it from
/// near the corner, ends on the node.
#[test]
fn a_badge_astride_a_nodes_rim_is_no_node() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect fill="#fff" stroke="#000" x="0" y="0" width="128" height="40"/>
<ellipse cx="0" cy="0" rx="12" ry="12" fill="pink" stroke="#000"/>
<rect fill="#fff" stroke="#000" x="192" y="0" width="128" height="40"/>
<ellipse cx="192" cy="0" rx="12" ry="12" fill="pink" stroke="#000"/>
<rect fill="#fff" stroke="#000" x="192" y="100" width="128" height="40"/>
<path d="M 128 20 L 192 20" fill="none" stroke="#000"/>
<path d="M 256 100 L 256 40" fill="none" stroke="#000"/>
<path d="M 100 40 L 200 0" fill="none" stroke="#000"/>
<path d="M 176 20 L 192 20" fill="none" stroke="#000"/>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(64, 20), (256, 20), (256, 120)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
}

/// A small node of its own kind on a large node's rim, that a line ends
/// on, stays a node: a badge has no stroke ending on it.
#[test]
fn a_small_node_astride_a_rim_with_a_line_to_it_stays_a_node() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect fill="#fff" stroke="#000" x="0" y="0" width="128" height="40"/>
<ellipse cx="128" cy="40" rx="12" ry="12" fill="pink" stroke="#000"/>
<rect fill="#fff" stroke="#000" x="300" y="0" width="128" height="40"/>
<path d="M 128 20 L 300 20" fill="none" stroke="#000"/>
<path d="M 137 48 L 300 120" fill="none" stroke="#000"/>
<ellipse cx="312" cy="125" rx="12" ry="12" fill="pink" stroke="#000"/>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(64, 20), (128, 40), (312, 125), (364, 20)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

/// blockdiag writes an edge's label in a white box just off the line, and
/// draws a bent edge in pieces whose joint may lie right under a label:
/// the boxes are labels, not nodes, and the joint no end on them.
#[test]
fn a_label_box_beside_an_edge_and_over_a_joint_is_no_node() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect fill="#fff" stroke="#000" x="0" y="0" width="128" height="40"/><text x="64" y="24">A</text>
<rect fill="#fff" stroke="#000" x="300" y="0" width="128" height="40"/><text x="364" y="24">B</text>
<rect fill="#fff" stroke="#000" x="300" y="200" width="128" height="40"/><text x="364" y="224">C</text>
<path d="M 128 20 L 300 20" fill="none" stroke="#000"/>
<path d="M 128 20 L 214 20" fill="none" stroke="#000"/>
<path d="M 214 20 L 214 220" fill="none" stroke="#000"/>
<path d="M 214 220 L 300 220" fill="none" stroke="#000"/>
<rect fill="#fff" stroke="#000" x="194" y="-2" width="40" height="15"/><text x="214" y="10">to B</text>
<rect fill="#fff" stroke="#000" x="194" y="198" width="40" height="15"/><text x="214" y="210">to C</text>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(64, 20), (364, 20), (364, 220)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

/// A node unlike the others, holding its name, whose lines stop just
/// short of it (`Graph::Easy`), is no label box beside them.
#[test]
fn a_named_node_its_lines_stop_short_of_is_no_label_box() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect fill="#fff" stroke="#000" x="0" y="0" width="30" height="56"/><text x="15" y="32">A</text>
<circle fill="#fff" stroke="#000" cx="120" cy="28" r="17.5"/><text x="120" y="32">C</text>
<rect fill="#fff" stroke="#000" x="210" y="0" width="30" height="56"/><text x="225" y="32">B</text>
<path d="M 30 28 L 88 28" fill="none" stroke="#000"/>
<path d="M 152 28 L 210 28" fill="none" stroke="#000"/>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(15, 28), (120, 28), (225, 28)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

/// Through cairo or PDF, an edge's label box holds its text as glyph
/// outlines, no `<text>`: it is a label all the same.
#[test]
fn a_label_box_holding_glyph_outlines_beside_an_edge_is_no_node() {
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
<rect fill="#fff" stroke="#000" x="0" y="0" width="128" height="40"/>
<rect fill="#fff" stroke="#000" x="300" y="0" width="128" height="40"/>
<path d="M 128 20 L 300 20" fill="none" stroke="#000"/>
<rect fill="#fff" stroke="#000" x="194" y="-2" width="40" height="15"/>{}
</svg>"##,
        letter_o(214.0, 5.5, 4.0, 12)
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(64, 20), (364, 20)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1, "{:?}", d.report());
}

/// dvisvgm writes each glyph's outline once, as a path in `<defs>`, and
/// draws it with `<use>`; tikz-cd's arrows stop short of the text, so no
/// stroke ends on any shape at all. Each word is still a node.
#[test]
fn words_of_glyph_uses_that_arrows_stop_short_of_are_nodes() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs>"#,
    );
    svg.push_str(&letter_o(0.0, 0.0, 5.0, 12).replace("<path ", r#"<path id="o" "#));
    svg.push_str("</defs>");
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (0.0, 100.0)] {
        for dx in [-4.5, 4.5] {
            let _ = write!(svg, r##"<use xlink:href="#o" x="{}" y="{y}"/>"##, x + dx);
        }
    }
    for d in ["M 16 0 L 84 0", "M 0 10 L 0 90"] {
        let _ = write!(svg, r##"<path d="{d}" stroke="#000" fill="none"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (0, 100), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

#[test]
fn a_stroke_ending_on_a_name_drawn_as_glyphs_under_a_node_ends_on_the_node() {
    // PlantUML sees an actor or an icon and its name under it as one box
    // and ends edges on the name; through cairo or PDF the name is glyph
    // outlines.
    let nodes = [(0.0, 0.0), (100.0, 0.0), (50.0, 80.0)];
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in nodes {
        let _ = write!(svg, r##"<path d="{}" fill="#eee" stroke="#000"/>"##, circle(x, y, 10.0));
        svg.push_str(&word_path(x, y + 16.0, 4));
    }
    // To the bottom left corner of the second node's name, and from the
    // third node's top to the bottom of the first's.
    for d in ["M 10 0 L 88 19.5", "M 50 70 L 0 19.5"] {
        let _ = write!(svg, r##"<path d="{d}" stroke="#000" fill="none"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (50, 80), (100, 0)], "{:?}", d.report());
    assert_eq!(pairs(&d), [(0, 100), (0, 130)], "{:?}", d.report());
    // A stroke from a node to its own name is no loop.
    let own =
        svg.replace("</svg>", r##"<path d="M 100 10 L 97 19" stroke="#000" fill="none"/></svg>"##);
    let d = extract(&own);
    assert_eq!(pairs(&d), [(0, 100), (0, 130)], "{:?}", d.report());
    // A loop leaving a name and coming back to it is the node's loop.
    let looped = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10"/><circle cx="100" cy="0" r="10"/>
        <text x="0" y="24" text-anchor="middle" font-size="10">a long name</text>
        <text x="100" y="24" text-anchor="middle" font-size="10">a long name</text>
        <path d="M 10 0 L 90 0" stroke="#000" fill="none"/>
        <path d="M 127 16 C 160 0 160 28 127 22" stroke="#000" fill="none"/></svg>"##;
    let d = extract(looped);
    assert_eq!(pairs(&d), [(0, 100), (100, 100)], "{:?}", d.report());
}

/// A box at (`x`, `y`), 100 by 60, filled, then its outline sketched as
/// rough.js draws it: each side twice, a hair apart, in one path.
fn sketched_box(svg: &mut String, x: f64, y: f64) {
    let _ = write!(svg, r##"<rect x="{x}" y="{y}" width="100" height="60" fill="#eee"/>"##);
    let corners = [(x, y), (x + 100.0, y), (x + 100.0, y + 60.0), (x, y + 60.0)];
    let mut d = String::new();
    for i in 0..4 {
        let ((x0, y0), (x1, y1)) = (corners[i], corners[(i + 1) % 4]);
        for off in [0.0, 0.8] {
            let _ = write!(d, "M {} {} L {} {} ", x0 + off, y0 - off, x1 - off, y1 + off);
        }
    }
    let _ = write!(svg, r##"<path d="{d}" fill="none" stroke="#000" stroke-width="2"/>"##);
}

/// A box at (`x`, `y`), 100 by 60, unfilled, sketched as Excalidraw
/// draws it: each side a subpath of its own, drawn twice, the outline
/// left open.
fn sketched_open_box(x: f64, y: f64) -> String {
    let corners = [(x, y), (x + 100.0, y), (x + 100.0, y + 60.0), (x, y + 60.0)];
    let mut d = String::new();
    for i in 0..4 {
        let ((x0, y0), (x1, y1)) = (corners[i], corners[(i + 1) % 4]);
        for bow in [0.6, -0.4] {
            let (mx, my) = (0.5 * (x0 + x1) + bow, 0.5 * (y0 + y1) - bow);
            let _ = write!(d, "M {x0} {y0} Q {mx} {my} {x1} {y1} ");
        }
    }
    format!(r##"<path d="{d}" fill="none" stroke="#1e1e1e" stroke-width="2"/>"##)
}

#[test]
fn outlines_sketched_in_open_pieces_each_drawn_twice_are_shapes() {
    // Excalidraw leaves a box unfilled and its outline open: each side is
    // a subpath of its own, drawn twice. An ellipse is two passes that
    // stop short of where they started.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(&sketched_open_box(0.0, 0.0));
    svg.push_str(&sketched_open_box(300.0, 0.0));
    let ellipse = |cx: f64, cy: f64| {
        let mut d = String::new();
        for pass in [0.0, 0.05] {
            let at = |t: f64| (cx + 50.0 * (t + pass).cos(), cy + 30.0 * (t + pass).sin());
            let (x, y) = at(0.0);
            let _ = write!(d, "M {x} {y} ");
            for i in 1..=24 {
                let (x, y) = at(f64::from(i) * 6.2 / 24.0);
                let _ = write!(d, "L {x} {y} ");
            }
        }
        format!(r##"<path d="{d}" fill="none" stroke="#1e1e1e" stroke-width="2"/>"##)
    };
    svg.push_str(&ellipse(350.0, 200.0));
    for d in ["M 100 30 L 300 30", "M 350 60 L 350 170"] {
        let _ = write!(svg, r##"<path d="{d}" fill="none" stroke="#1e1e1e" stroke-width="2"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(50, 30), (350, 30), (350, 200)], "{:?}", d.report());
    assert_eq!(pairs(&d), [(80, 380), (380, 550)], "{:?}", d.report());
    // Pieces drawn once each are lines (a cycle's edges drawn in one
    // path), no shape.
    let once = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="5"/><circle cx="100" cy="0" r="5"/>
        <circle cx="100" cy="60" r="5"/><circle cx="0" cy="60" r="5"/>
        <path d="M 0 0 L 100 0 M 100 0 L 100 60 M 100 60 L 0 60 M 0 60 L 0 0"
              fill="none" stroke="#000"/></svg>"##;
    let d = extract(once);
    assert_eq!(d.nodes().count(), 4, "{:?}", d.report());
    assert_eq!(d.report().shapes.get("container"), None, "{:?}", d.report());
}

#[test]
fn a_sketch_drawing_each_line_twice_draws_one_edge_per_line() {
    // rough.js (d2's sketch mode, Excalidraw, Mermaid's shapes) strokes
    // every line twice, a hair apart, in one path, and fills a shape and
    // then sketches its outline, each side twice; a head is a filled
    // triangle, then its outline sketched the same way.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (300.0, 200.0), (0.0, 300.0)] {
        sketched_box(&mut svg, x, y);
    }
    let triangle = |tip: (f64, f64), angle: f64| {
        let (c, s) = (angle.to_radians().cos(), angle.to_radians().sin());
        let at = |x: f64, y: f64| (tip.0 + x * c - y * s, tip.1 + x * s + y * c);
        let (p, q) = (at(-10.0, -4.0), at(-10.0, 4.0));
        let mut out = format!(
            r##"<path d="M {} {} L {} {} L {} {}" fill="#000" stroke="none"/>"##,
            p.0, p.1, tip.0, tip.1, q.0, q.1
        );
        let mut d = String::new();
        for (a, b) in [(p, tip), (tip, q), (q, p)] {
            for off in [0.0, 0.4] {
                let _ = write!(d, "M {} {} L {} {} ", a.0 + off, a.1, b.0, b.1 - off);
            }
        }
        let _ = write!(out, r##"<path d="{d}" fill="none" stroke="#000" stroke-width="2"/>"##);
        out
    };
    for (d, tip, angle) in [
        (
            "M 100 30 C 200 30 300 100 349 199 M 100.8 30.5 C 201 31 299 101 348.5 198.6",
            (349.0, 200.0),
            63.0,
        ),
        (
            "M 50 60 C 50 150 50 250 50 299 M 50.8 60.5 C 51 151 49 251 50.5 298.6",
            (50.0, 300.0),
            90.0,
        ),
    ] {
        let _ = write!(svg, r##"<g><path d="{d}" fill="none" stroke="#000" stroke-width="2"/>"##);
        svg.push_str(&triangle(tip, angle));
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(50, 30), (50, 330), (350, 230)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(80, 580, true), (80, 380, true)], "{:?}", d.report());
    // The outlines are no strokes: none is reported touching one node.
    assert_eq!(d.report().self_touching, 0, "{:?}", d.report());
    // Lines drawn in one path right after a page's background join points
    // within it, not on its rim: they are strokes.
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><rect x="-20" y="-20" width="500" height="420" fill="#fff"/>"##,
    );
    svg.push_str(r##"<path d="M 100 30 L 300 230 M 50 60 L 50 300" fill="none" stroke="#000"/>"##);
    for (x, y) in [(0.0, 0.0), (300.0, 200.0), (0.0, 300.0)] {
        let _ = write!(svg, r##"<rect x="{x}" y="{y}" width="100" height="60" fill="#eee"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(pairs(&d), [(80, 380), (80, 580)], "{:?}", d.report());
    // Nor is a page cropped close to its nodes: the lines end near its rim.
    let cropped = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200">
        <path d="M 0 200 L 300 200 L 300 0 L 0 0 z" fill="#fff"/>
        <path d="M 25.6 22.4 L 274.4 177.6" fill="none" stroke="#000"/>
        <path d="M 25.6 177.6 L 274.4 22.4" fill="none" stroke="#000"/>
        <circle cx="15" cy="15" r="12"/><circle cx="285" cy="185" r="12"/>
        <circle cx="15" cy="185" r="12"/><circle cx="285" cy="15" r="12"/></svg>"##;
    assert_eq!(extract(cropped).edges().len(), 2);
    // A multigraph's parallel edges in one path share their ends but bow
    // apart: no copies.
    let parallel = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10"/><circle cx="200" cy="0" r="10"/>
        <path d="M 10 0 L 190 0 M 10 0 Q 100 -40 190 0 M 10 0 Q 100 40 190 0"
              fill="none" stroke="#000"/></svg>"##;
    assert_eq!(extract(parallel).edges().len(), 3);
}

/// Where no stroke ends on any shape, plain boxes side by side (an ER
/// diagram's tables in a row, its lines drawn in pieces that stop short)
/// are not read as letters: only outlines intricate as a font's are.
#[test]
fn plain_boxes_side_by_side_that_no_stroke_reaches_stay_nodes() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [0.0, 45.0, 90.0] {
        let _ = write!(
            svg,
            r##"<path fill="#fc9" d="M {x} 0 L {} 0 L {} 20 L {x} 20 Z"/>"##,
            x + 40.0,
            x + 40.0
        );
    }
    svg.push_str(r##"<path d="M 20 50 L 20 80 L 110 80 L 110 50" stroke="#000" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(20, 10), (65, 10), (110, 10)], "{:?}", d.report());
}

/// TikZ's `crossing over` lays a wide white band under an arrow, along
/// its course, so that the arrows it crosses seem to pass under it; a
/// `double` line is a wide stroke with a narrower white one on top. Each
/// pair draws one edge. Two strokes alike on one course, or in two
/// colours neither of them white, are two edges.
#[test]
fn a_wide_stroke_under_a_narrower_one_on_its_course_is_one_edge() {
    let two = |under: &str, over: &str| {
        let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
        svg.push_str(r#"<defs><marker id="h" orient="auto" markerWidth="8" markerHeight="8" refX="8" refY="4"><path d="M0 0 L8 4 L0 8 Z"/></marker></defs>"#);
        for x in [0.0, 100.0] {
            let _ = write!(svg, r##"<path d="{}" fill="#9cf"/>"##, circle(x, 0.0, 10.0));
        }
        let _ = write!(svg, r#"<path d="M 10 0 C 40 20 60 20 90 0" fill="none" {under}/>"#);
        let _ = write!(svg, r#"<path d="M 10 0 C 40 20 60 20 89.5 0.2" fill="none" {over}/>"#);
        svg.push_str("</svg>");
        extract(&svg)
    };
    let crossing = two(r##"stroke="#fff" stroke-width="6""##, r##"stroke="#000""##);
    assert_eq!(crossing.edges().len(), 1, "{:?}", crossing.report());
    let double = two(r##"stroke="#000" stroke-width="3""##, r##"stroke="#fff""##);
    assert_eq!(double.edges().len(), 1, "{:?}", double.report());
    let alike = two(r##"stroke="#000" stroke-width="3""##, r##"stroke="#000""##);
    assert_eq!(alike.edges().len(), 2, "{:?}", alike.report());
    let coloured = two(r##"stroke="#c00" stroke-width="3""##, r##"stroke="#00c""##);
    assert_eq!(coloured.edges().len(), 2, "{:?}", coloured.report());
    // A dark band under a light line with a head, the band with none
    // (JointJS's double link): one edge, directed.
    let headed = two(
        r##"stroke="#000" stroke-width="6""##,
        r##"stroke="#ddd" stroke-width="4" marker-end="url(#h)""##,
    );
    assert_eq!(arcs(&headed), [(0, 100, true)], "{:?}", headed.report());
    // Reciprocal edges in two colours, one over the other: two.
    let reciprocal = two(
        r##"stroke="#c00" stroke-width="3" marker-start="url(#h)""##,
        r##"stroke="#00c" marker-end="url(#h)""##,
    );
    assert_eq!(reciprocal.edges().len(), 2, "{:?}", reciprocal.report());
    // Two edge types, a wide blue one and a red arrow, both between the
    // same two nodes, the blue type an edge of its own elsewhere too: two
    // edges there.
    let svg = concat!(
        r##"<svg xmlns="http://www.w3.org/2000/svg"><defs><marker id="h" orient="auto" markerWidth="8" markerHeight="8" refX="8" refY="4"><path d="M0 0 L8 4 L0 8 Z"/></marker></defs>"##,
        r##"<circle cx="50" cy="100" r="15" fill="#fff" stroke="#000"/><circle cx="300" cy="100" r="15" fill="#fff" stroke="#000"/><circle cx="175" cy="30" r="15" fill="#fff" stroke="#000"/>"##,
        r##"<line x1="65" y1="100" x2="285" y2="100" stroke="#36c" stroke-width="4"/>"##,
        r##"<line x1="65" y1="100" x2="285" y2="100" stroke="#c33" stroke-width="1.5" marker-end="url(#h)"/>"##,
        r##"<line x1="63" y1="92" x2="162" y2="37" stroke="#36c" stroke-width="4"/>"##,
        r##"<line x1="188" y1="37" x2="287" y2="92" stroke="#c33" stroke-width="1.5" marker-end="url(#h)"/></svg>"##
    );
    assert_eq!(extract(svg).edges().len(), 4, "{:?}", extract(svg).report());
}

/// A word space is wider than half a small letter's height: `ker α` is
/// one text, the `α` after the space in it.
#[test]
fn words_a_space_apart_are_one_text() {
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><symbol id="k" overflow="visible"><path d="M0 0 L5 0 L5 -7 L0 -7 Z"/></symbol>
        <symbol id="e" overflow="visible"><path d="M0 0 L4 0 L4 -4 L0 -4 Z"/></symbol></defs>"#,
    );
    // `ker α` from x 0 to 26 (the space 2.8 wide), and `B` at 100.
    for (id, x) in [("k", 0.0), ("e", 6.0), ("e", 11.0), ("e", 17.8), ("e", 22.0), ("k", 100.0)] {
        let _ = write!(svg, r##"<use xlink:href="#{id}" x="{x}" y="0"/>"##);
    }
    svg.push_str(r##"<path d="M 32 -3.5 L 95 -3.5" stroke="#000" fill="none"/></svg>"##);
    let d = extract(&svg);
    assert_eq!(centres(&d), [(13, -4), (103, -4)], "{:?}", d.report());
}

/// scikit-network draws a node's class probabilities as a pie: one filled
/// path per class, round its arc and back to the centre, left open. The
/// edges run from centre to centre, drawn before the pies: a thin slice's
/// tip lies where they end, as a head's would, and a slice thinner than
/// a quarter of its box is still a slice, not a curve left filled.
#[test]
fn a_pie_of_wedges_is_one_node_however_thin_its_slices() {
    let svg = r#"<svg width="490" height="390" xmlns="http://www.w3.org/2000/svg">
<path stroke-width="1.0" stroke="black" d="M 67 207 136 245"/>
<path stroke-width="1.0" stroke="black" d="M 136 245 67 207"/>
<path d="M 77.42438675714051 207.94914727891916 A 10.0 10.0 0 0 1 77.20346844811239 210.03949683851408 L 67.42438675714051 207.94914727891916" style="fill:blue;stroke:black;stroke-width:1.0" />
<path d="M 77.20346844811239 210.03949683851408 A 10.0 10.0 0 0 1 76.40610271100485 212.3455979523714 L 67.42438675714051 207.94914727891916" style="fill:red;stroke:black;stroke-width:1.0" />
<path d="M 76.40610271100485 212.3455979523714 A 10.0 10.0 0 1 1 77.42438675714051 207.94914727891916 L 67.42438675714051 207.94914727891916" style="fill:green;stroke:black;stroke-width:1.0" />
<path d="M 146.3273697999095 245.8925871991039 A 10.0 10.0 0 0 1 145.22972574713995 250.4475908861288 L 136.3273697999095 245.8925871991039" style="fill:blue;stroke:black;stroke-width:1.0" />
<path d="M 145.22972574713995 250.4475908861288 A 10.0 10.0 0 0 1 143.6521573501064 252.70048609263048 L 136.3273697999095 245.8925871991039" style="fill:red;stroke:black;stroke-width:1.0" />
<path d="M 143.6521573501064 252.70048609263048 A 10.0 10.0 0 1 1 146.3273697999095 245.8925871991039 L 136.3273697999095 245.8925871991039" style="fill:green;stroke:black;stroke-width:1.0" />
</svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d), [(67, 208), (136, 246)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
    assert_eq!(d.report().evidence.get("wedges round one point (a pie): one node"), Some(&2));
}

/// `Graph::Easy` draws a loop on a circle in the circle's cell, over it and
/// off it: both ends point down at the circle, short of it by less than
/// its half diagonal. It is a self-loop; drawn farther off, or pointing at
/// the node from both sides, it is none.
#[test]
fn a_loop_drawn_off_its_node_pointing_back_at_it_is_a_self_loop() {
    let u = |y: f64| format!("M 4.4 {y} L 4.4 -17 L -4.4 -17 L -4.4 {y}");
    let near = u(-11.0);
    let d = circles_and_paths(&[(0.0, 0.0), (60.0, 0.0)], &["M 6 0 L 54 0", &near]);
    assert_eq!(pairs(&d), [(0, 0), (0, 60)], "{:?}", d.report());
    let far = u(-15.0);
    let d = circles_and_paths(&[(0.0, 0.0), (60.0, 0.0)], &["M 6 0 L 54 0", &far]);
    assert_eq!(pairs(&d), [(0, 60)], "{:?}", d.report());
    // A bracket round the node points at it from either side: no loop.
    let bracket = "M -10 -3 L -12 -3 L -12 -12 L 12 -12 L 12 -3 L 10 -3";
    let d = circles_and_paths(&[(0.0, 0.0), (60.0, 0.0)], &["M 6 0 L 54 0", bracket]);
    assert_eq!(pairs(&d), [(0, 60)], "{:?}", d.report());
    // So is a roof over a wide box, its ends pointing in from either side.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="-30" y="-5" width="60" height="10" fill="#fff" stroke="#000"/>
        <rect x="70" y="-5" width="60" height="10" fill="#fff" stroke="#000"/>
        <path d="M 30 0 L 70 0" stroke="#000" fill="none"/>
        <path d="M -20 -16 L -30 -21 L 30 -21 L 20 -16" stroke="#000" fill="none"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(pairs(&d), [(0, 100)], "{:?}", d.report());
}

/// `Graph::Easy` ends an edge into a group at the group's border, short
/// of the node by the group's margin, and heads it with an open V of two
/// lines; a loop off a circle gets one too. The V is the edge's head
/// where its tip points at a node close ahead, and the edge ends there.
#[test]
fn an_open_v_pointing_at_a_node_a_margin_ahead_heads_its_edge() {
    // (Arms of Graph::Easy's V: (-8, -4) to (1, 0) to (-8, 4), turned.)
    let vee = |x: f64, y: f64, (ux, uy): (f64, f64)| {
        let at = |(a, b): (f64, f64)| (x + a * ux - b * uy, y + a * uy + b * ux);
        let (p, tip, q) = (at((-8.0, -4.0)), at((1.0, 0.0)), at((-8.0, 4.0)));
        format!(
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#000"/><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#000"/>"##,
            p.0, p.1, tip.0, tip.1, tip.0, tip.1, q.0, q.1
        )
    };
    // B's box at `bx`: the edge's tip stops `bx - 120` short of it.
    let svg = |bx: f64| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg">
            <line x1="80" y1="29" x2="118" y2="29" stroke="#000"/>{}
            <path d="M 199.3 112 L 199.3 100 L 173.7 100 L 173.7 112" fill="none" stroke="#000"/>{}
            <rect x="0" y="0" width="54" height="58" fill="#fff" stroke="#000"/>
            <rect x="{bx}" y="0" width="73" height="58" fill="#fff" stroke="#000"/>
            <circle cx="186.5" cy="150" r="20" fill="#fff" stroke="#000"/>
            </svg>"##,
            vee(119.0, 29.0, (1.0, 0.0)),
            vee(173.7, 112.0, (0.0, 1.0))
        )
    };
    let d = extract(&svg(150.0));
    assert_eq!(centres(&d), [(27, 29), (187, 29), (187, 150)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(56, 216, true), (337, 337, true)], "{:?}", d.report());
    // Farther off than the node is tall, it points at nothing.
    let d = extract(&svg(182.0));
    assert_eq!(arcs(&d), [(337, 337, true)], "{:?}", d.report());
}

/// Graphviz's `vee` is a polygon with a spike of no width down its middle:
/// thin as a line. Through cairo or PDF no edge group tells whose it is,
/// but drawn right after a stroke whose end it caps, it is that stroke's
/// head, not a line drawn as its outline from the node it points at.
#[test]
fn a_vee_with_a_spike_of_no_width_capping_a_stroke_is_its_head() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="-30" width="80" height="30" fill="none" stroke="#000"/>
        <circle cx="40" cy="30" r="10" fill="none" stroke="#000"/>
        <path d="M 10 0 C 10 10 40 0 40 10" stroke="#000" fill="none"/>
        <path d="M 40 20 L 44.5 10 L 40 16.2 L 40 10 L 40 16.2 L 35.5 10 Z" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(40, -15), (40, 30)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(25, 70, true)], "{:?}", d.report());
    // An arrow drawn as one outline, longer than the stroke drawn before
    // it that ends where it starts, is a line of its own (edges drawn to
    // the nodes' rims, the arrow from the near one on through its node).
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10" fill="#9cf"/>
        <circle cx="60" cy="0" r="10" fill="#9cf"/>
        <circle cx="140" cy="0" r="10" fill="#9cf"/>
        <path d="M 10 0 L 50 0" stroke="#000" fill="none"/>
        <path d="M 50 -1 L 120 -1 L 120 -4 L 130 0 L 120 4 L 120 1 L 50 1 Z" fill="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(arcs(&d), [(0, 60, false), (60, 140, true)], "{:?}", d.report());
    // So is a shorter one drawn on from where the stroke ends at a node's
    // centre: a head's shaft stops short of its node.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="0" cy="0" r="10" fill="#9cf"/>
        <circle cx="100" cy="0" r="10" fill="#9cf"/>
        <circle cx="140" cy="0" r="10" fill="#9cf"/>
        <path d="M 0 0 L 100 0" stroke="#000" fill="none"/>
        <path d="M 100 -1 L 120 -1 L 120 -4 L 130 0 L 120 4 L 120 1 L 100 1 Z" fill="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(arcs(&d), [(0, 100, false), (100, 140, true)], "{:?}", d.report());
}

/// A round head reaches its node with the rim beside its tip where the
/// stroke comes in aslant (a curve ending in Graphviz's `dot`), a pen's
/// width short of the node: it is the stroke's head, not a node.
#[test]
fn a_round_head_reaching_its_node_aslant_is_its_head() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="40" cy="-60" r="20" fill="none" stroke="#000"/>
        <circle cx="100" cy="0" r="20" fill="none" stroke="#000"/>
        <path d="M 40 -40 Q 61.67 -12.83 71.67 -2.83" stroke="#000" fill="none"/>
        <circle cx="74.5" cy="0" r="4" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(40, -60), (100, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(-20, 100, true)], "{:?}", d.report());
    // A small round node an edge ends on, a larger node beside it off its
    // far side, stays a node: the rim beside the tip is looked at only 30°
    // either way.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (a, b, tip, l, r) in [
        ((20.0, 0.0), (172.0, 0.0), (180.0, 0.0), (172.0, 3.0), (172.0, -3.0)),
        ((0.0, 20.0), (0.0, 172.0), (0.0, 180.0), (-3.0, 172.0), (3.0, 172.0)),
    ] {
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" stroke="#000" fill="none"/><polygon points="{},{} {},{} {},{}" fill="#000"/>"##,
            a.0, a.1, b.0, b.1, tip.0, tip.1, l.0, l.1, r.0, r.1
        );
    }
    svg.push_str(r##"<path d="M 14.14 14.14 L 100 100" stroke="#000" fill="none"/>"##);
    svg.push_str(r##"<circle cx="100" cy="100" r="4" fill="#000" stroke="#000"/>"##);
    for (x, y) in [(0.0, 0.0), (200.0, 0.0), (0.0, 200.0), (93.4, 124.6)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="20" fill="#fff" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().count(), 5, "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
}

/// Through cairo or PDF every shape is a path: an edge's label box is
/// then drawn like a round node of its size (white, outlined), yet it is
/// a label, not a node. Its word may poke out of it by a descender, and
/// PDF converters draw each letter as a `<use>` of its outline.
#[test]
fn a_label_box_through_a_converter_is_no_node_however_its_text_is_drawn() {
    let bx = |x0: f64, y0: f64, x1: f64, y1: f64| {
        format!(
            r##"<path fill="#fff" stroke="#000" d="M {x0} {y0} L {x1} {y0} L {x1} {y1} L {x0} {y1} Z"/>"##
        )
    };
    let drawing = |text: &str| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<defs><symbol id="glyph0-1">{}</symbol></defs>
{}{}<path fill="#fff" stroke="#000" d="{}"/>
<path d="M 128 20 L 300 20" fill="none" stroke="#000"/>
<path d="M 128 40 L 205.5 93.5" fill="none" stroke="#000"/>
{}{text}
</svg>"##,
            letter_o(0.0, 0.0, 4.0, 12),
            bx(0.0, 0.0, 128.0, 40.0),
            bx(300.0, 0.0, 428.0, 40.0),
            circle(214.0, 100.0, 11.0),
            bx(194.0, -2.0, 234.0, 13.0),
        )
    };
    for text in [
        letter_o(214.0, 5.5, 4.0, 12),
        letter_o(214.0, 9.3, 4.0, 12),
        r##"<use xlink:href="#glyph0-1" x="214" y="5.5"/>"##.to_string(),
    ] {
        let d = extract(&drawing(&text));
        assert_eq!(centres(&d), [(64, 20), (214, 100), (364, 20)], "{text}: {:?}", d.report());
        assert_eq!(d.edges().len(), 2, "{:?}", d.report());
    }
}

/// dvisvgm writes each glyph once, as a `<path>` in `<defs>`, and places
/// it with a `<use>`: a one-letter edge label so placed is a letter alone
/// drawn as its outline (Asymptote's and `MetaPost`'s labels), not a node.
#[test]
fn a_letter_placed_by_use_of_its_outline_is_text() {
    let comb = letter_comb(0.0, 0.0, 3.0);
    let glyph = comb.replace("<path ", r#"<path id="g0-97" "#).replace(r##" fill="#000""##, "");
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs>{glyph}</defs>"#
    );
    svg.push_str(r##"<path d="M 12 0 L 88 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="none" stroke="#000"/>"##);
    }
    // The edge's name above it, and another beside the drawing.
    svg.push_str(
        r##"<use x="50" y="-8" xlink:href="#g0-97"/><use x="150" y="30" xlink:href="#g0-97"/>"##,
    );
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1, "{:?}", d.report());
}

/// `MetaPost`'s SVG backend leaves a glyph's subpaths unclosed (the fill
/// closes them): an axis's name so drawn beside an arrow is a letter
/// still, its parts and intricacy read as for the closed outline.
#[test]
fn a_letter_whose_outline_is_left_open_is_text() {
    // An `i`: its dot, and a stem turning back on itself, neither closed.
    let i = "M 2 -9 L 3 -9 L 3 -8 L 2 -8 M 1 -6 L 3 -6 L 2 -1 L 2.5 -1.5 L 3 -1.5 L 2 0 L 0 0 L 1 -5 L 0.5 -4.5 L 0 -4.5 L 0.2 -5 L 0.5 -5.5";
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 12 0 L 88 0" stroke="#000" fill="none"/>"##);
    for x in [0.0, 100.0] {
        let c = circle(x, 0.0, 12.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#fff" stroke="#000"/>"##);
    }
    let _ = write!(svg, r##"<path d="{i}" transform="translate(50 -10)" fill="#000"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0)], "{:?}", d.report());
}

/// Lines with a head at one end, the heads larger than the dot they point
/// at, and a name beside that dot by the lines' ends (Asymptote through
/// dvisvgm): the lines end where the heads' tips do, on the dot, not by
/// the name, which stays text.
#[test]
fn a_name_by_a_heads_back_is_no_node_the_head_points_past() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<path d="M 0 0 L 90 0" fill="none" stroke="#000" stroke-width="0.6"/>"##);
    svg.push_str(r##"<path d="M 98 0 L 90 -2.3 L 90 2.3 Z" fill="#000"/>"##);
    // And one from above, to the same dot.
    svg.push_str(
        r##"<path d="M 0 -40 L 90.7 -3.7" fill="none" stroke="#000" stroke-width="0.6"/>"##,
    );
    svg.push_str(r##"<path d="M 98.1 -0.74 L 89.85 -1.57 L 91.55 -5.83 Z" fill="#000"/>"##);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (0.0, -40.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="1.5" fill="#000"/>"##);
    }
    // Names beside both dots, the second above the line's end.
    svg.push_str(&word(-10.0, -4.0, &[3.0, 3.0]));
    svg.push_str(&word(90.0, -2.0, &[3.0, 3.0]));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, -40), (0, 0), (100, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (-40, 100, true)], "{:?}", d.report());
}

/// nomnoml's pipe (a body, its two sides, an end and a half end, drawn
/// after the edges): its end, taken for a head of its side until proven,
/// and its half end stay parts of the pipe, centred on all of it.
#[test]
fn a_pipes_end_drawn_after_the_other_is_no_head() {
    let svg = std::fs::read_to_string(crate::fixture("nomnoml-pipe.svg")).unwrap();
    let d = extract(&svg);
    assert_eq!(centres(&d), [(897, 76), (1009, 76), (1139, 76)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

/// Boxes joined by a line drawn before them: the first box, drawn right
/// after the line and capping its end as a head would, is drawn like the
/// other box and long beside the line, so it is a node, not the line's
/// head; either box may come first.
#[test]
fn a_box_drawn_right_after_a_line_ending_on_it_is_a_node() {
    let line = r##"<line x1="80" y1="100" x2="200" y2="100" stroke="#000"/>"##;
    let boxes = [
        r##"<rect x="200" y="80" width="60" height="40" fill="none" stroke="#000"/>"##,
        r##"<rect x="20" y="80" width="60" height="40" fill="none" stroke="#000"/>"##,
    ];
    for order in [[0, 1], [1, 0]] {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">{line}{}{}</svg>"#,
            boxes[order[0]], boxes[order[1]]
        );
        let d = extract(&svg);
        assert_eq!(centres(&d), [(50, 100), (230, 100)], "{:?}", d.report());
        let ends = arcs(&d).into_iter().map(|(a, b, dir)| (a.min(b), a.max(b), dir));
        assert_eq!(ends.collect::<Vec<_>>(), [(150, 330, false)], "{:?}", d.report());
    }
}

/// A figure of black dots named by black letters, flattened through
/// cairo: dots and letters alike are filled paths with no outline, in one
/// paint. A letter beside each dot is drawn as a letter is, unlike the
/// dots the lines end on, so it is text, not an isolated node.
#[test]
fn a_letter_in_the_paint_of_the_dots_beside_it_is_text() {
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let dots = [(0.0, 0.0), (100.0, 0.0), (50.0, 80.0)];
    for (i, &(x, y)) in dots.iter().enumerate() {
        let (u, v) = dots[(i + 1) % dots.len()];
        let _ = write!(svg, r##"<path d="M {x} {y} L {u} {v}" stroke="#000" fill="none"/>"##);
    }
    for &(x, y) in &dots {
        let c = circle(x, y, 3.0);
        let _ = write!(svg, r##"<path d="{c}" fill="#000"/>"##);
        svg.push_str(&letter_comb(x + 10.0, y - 8.0, 3.0));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (50, 80), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
    // pic's text through cairo: each letter filled, and stroked thinly
    // in its fill's paint.
    let stroked = svg.replace(
        r##"<path fill="#000" d="M"##,
        r##"<path fill="#000" stroke="#000" stroke-width="0.25" d="M"##,
    );
    assert_ne!(stroked, svg);
    let d = extract(&stroked);
    assert_eq!(centres(&d), [(0, 0), (50, 80), (100, 0)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
}

/// A line drawn in pieces, the head capping the first piece drawn after
/// the second (`Graph::Easy`'s corner through cairo: no group holds them),
/// its tip short of the box it points at: the line's head all the same,
/// drawn like the head of a line drawn whole. A box drawn right after
/// the pieces is no head of the first.
#[test]
fn a_head_drawn_after_the_next_piece_of_its_line_caps_the_line() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M 30 40 L 30 98" stroke="#000" fill="none"/>
        <path d="M 26 98 L 30 99 L 34 98 L 30 106 Z" fill="#000"/>
        <path d="M 230 20 L 230 91" stroke="#000" fill="none"/>
        <path d="M 60 20 L 230.5 20" stroke="#000" fill="none"/>
        <path d="M 226 91 L 230 92 L 234 91 L 230 99 Z" fill="#000"/>
        <path d="M 260 0 L 320 0 L 320 40 L 260 40 Z" fill="#fff" stroke="#000"/>
        <path d="M 230 400 L 230 180" stroke="#000" fill="none"/>
        <path d="M 230 180 L 290 180 L 290 40" stroke="#000" fill="none"/>
        <path d="M 200 400 L 260 400 L 260 440 L 200 440 Z" fill="#fff" stroke="#000"/>
        <path d="M 0 0 L 60 0 L 60 40 L 0 40 Z" fill="#fff" stroke="#000"/>
        <path d="M 0 106 L 60 106 L 60 146 L 0 146 Z" fill="#fff" stroke="#000"/>
        <path d="M 200 106 L 260 106 L 260 146 L 200 146 Z" fill="#fff" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    let boxes = [(30, 20), (30, 126), (230, 126), (230, 420), (290, 20)];
    let mut want = boxes.to_vec();
    want.sort_unstable();
    assert_eq!(centres(&d), want, "{:?}", d.report());
    let mut got: Vec<_> =
        arcs(&d).into_iter().map(|(a, b, dir)| (a.min(b), a.max(b), dir)).collect();
    got.sort_unstable();
    assert_eq!(got, [(50, 156, true), (50, 356, true), (310, 650, false)], "{:?}", d.report());
}

/// A curved head (TikZ's `Latex` through cairo) whose tip stops a little
/// short of the box it points at: the head's outline and the box's each
/// reach half a line's width past their paths, so a gap of half the
/// head's size and a line's width more is still reached.
#[test]
fn a_curved_head_stopping_a_lines_width_short_of_its_node_is_its_head() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path d="M -50 0 L 10 0 L 10 40 L -50 40 Z" fill="#eef" stroke="#000" stroke-width="0.5"/>
        <path d="M 100.3 0 L 160.3 0 L 160.3 40 L 100.3 40 Z" fill="#eef" stroke="#000" stroke-width="0.5"/>
        <path d="M 10 20 L 93.5 20" stroke="#000" stroke-width="0.5" fill="none"/>
        <path d="M 93.5 17.5 C 95 18.5 97 19.5 98.7 20 C 97 20.5 95 21.5 93.5 22.5 Z" fill="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(-20, 20), (130, 20)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 150, true)], "{:?}", d.report());
}

#[test]
fn several_loops_drawn_as_one_ring_are_each_a_loop() {
    // python-igraph draws the loops of one vertex as the same ring
    // through its centre, once per loop, each in its own stroke: a copy
    // that fills nothing is no outline drawn over a fill.
    let ring = r##"<path d="M 125.6 89.4 A 15 15 0 1 0 95.6 89.4 A 15 15 0 1 0 125.6 89.4" fill="none" stroke="#444"/>"##;
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<line x1="100" y1="100" x2="200" y2="100" stroke="#444"/>"##);
    for _ in 0..3 {
        svg.push_str(ring);
    }
    for x in [100, 200] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="100" r="10" fill="#fc9" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 100), (200, 100)], "{:?}", d.report());
    let mut got = arcs(&d);
    got.sort_unstable();
    assert_eq!(got, [(200, 200, false), (200, 200, false), (200, 200, false), (200, 300, false)]);
}

#[test]
fn a_head_drawn_alone_on_a_node_is_no_node() {
    // toyplot cannot draw a self-loop: it draws the loop's head alone, its
    // tip at the node's centre, under the node. Drawn like the heads, no
    // stroke ending on it, it is no node.
    let head = |x: f64, y: f64, deg: f64| {
        format!(
            r##"<g transform="translate({x},{y}) rotate({deg}) translate(-5,0)"><polygon points="-5,5 0,-5 5,5" transform="rotate(90)" fill="#333" stroke="#333"/></g>"##
        )
    };
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    // a (0, 0) -> b (100, 0) -> c (100, 100), heads' tips on the rims (r 8).
    svg.push_str(r##"<path d="M 8 0 L 92 0" stroke="#333" fill="none"/>"##);
    svg.push_str(&head(92.0, 0.0, 0.0));
    svg.push_str(r##"<path d="M 100 8 L 100 92" stroke="#333" fill="none"/>"##);
    svg.push_str(&head(100.0, 92.0, 90.0));
    svg.push_str(r##"<path d="M 100 0 L 100 0" stroke="#333" fill="none"/>"##);
    svg.push_str(&head(100.0, 0.0, 0.0));
    for (x, y) in [(0, 0), (100, 0), (100, 100)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="8" fill="#f87" stroke="#f87"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(0, 0), (100, 0), (100, 100)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(0, 100, true), (100, 200, true)], "{:?}", d.report());
}

#[test]
fn a_cycle_drawn_as_one_outline_through_its_nodes_is_its_edges() {
    // Drawn by hand (Adobe Illustrator): the Petersen graph's two
    // five-cycles each as one unfilled polygon through its nodes' centres,
    // spokes between them. Every node lies on a polygon's corner, so no
    // node elsewhere tells them from marks on a large node's rim.
    let ring = |r: f64| -> Vec<(f64, f64)> {
        (0..5)
            .map(|i| {
                let a = std::f64::consts::TAU * f64::from(i) / 5.0;
                ((250.0 + r * a.sin()).round(), (250.0 - r * a.cos()).round())
            })
            .collect()
    };
    let (outer, inner) = (ring(200.0), ring(90.0));
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for corners in [&outer, &inner] {
        let points: Vec<String> = corners.iter().map(|(x, y)| format!("{x},{y}")).collect();
        let _ = write!(
            svg,
            r##"<polygon points="{}" fill="none" stroke="#000" stroke-width="3"/>"##,
            points.join(" ")
        );
    }
    for ((x1, y1), (x2, y2)) in outer.iter().zip(&inner) {
        let _ = write!(
            svg,
            r##"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#000" stroke-width="3"/>"##
        );
    }
    for (x, y) in outer.iter().chain(&inner) {
        let _ = write!(
            svg,
            r##"<circle cx="{x}" cy="{y}" r="12" fill="#00f" stroke="#000" stroke-width="3"/>"##
        );
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().len(), 10, "{:?}", d.report());
    assert_eq!(d.edges().len(), 15, "{:?}", d.report());
}

#[test]
fn lines_set_back_from_dots_smaller_than_the_gap_join_them() {
    // python-igraph's matplotlib backend: dots of radius 2.5 in an axes'
    // white background, framed, each line set back 2 from both dots (the default
    // tolerance is a quarter of the dots' radius). Each end points at a
    // dot a little ahead.
    let dots: [(f64, f64); 4] = [(100.0, 100.0), (300.0, 100.0), (300.0, 250.0), (100.0, 250.0)];
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(r##"<rect x="0" y="0" width="400" height="350" fill="#fff"/>"##);
    svg.push_str(r##"<rect x="50" y="50" width="300" height="250" fill="#fff"/>"##);
    // The axes' frame and ticks end on its background's rim.
    for d in ["M 50 300 L 50 50", "M 350 300 L 350 50", "M 50 300 L 350 300", "M 50 50 L 350 50"] {
        let _ = write!(svg, r##"<path d="{d}" stroke="#000" fill="none"/>"##);
    }
    for x in [100, 200, 300] {
        let _ = write!(svg, r##"<path d="M {x} 300 L {x} 303.5" stroke="#000" fill="none"/>"##);
    }
    for i in 0..4 {
        let ((x1, y1), (x2, y2)) = (dots[i], dots[(i + 1) % 4]);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let (ux, uy) = (4.5 * dx / dx.hypot(dy), 4.5 * dy / dx.hypot(dy));
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {} {}" stroke="#000" fill="none"/>"##,
            x1 + ux,
            y1 + uy,
            x2 - ux,
            y2 - uy
        );
    }
    for (x, y) in dots {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="2.5" fill="#48b" stroke="#000"/>"##);
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 100), (100, 250), (300, 100), (300, 250)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 4, "{:?}", d.report());
}

#[test]
fn ports_on_every_corner_of_a_box_stay_its_ports() {
    // Lines leave a box from dots on its corners for other boxes: the
    // boxes they end on tell the dots from nodes, so the box is no cycle
    // drawn through them.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
        <rect x="100" y="100" width="120" height="80" fill="none" stroke="#000"/>
        <circle cx="100" cy="100" r="4" fill="#fff" stroke="#000"/>
        <circle cx="220" cy="100" r="4" fill="#fff" stroke="#000"/>
        <circle cx="220" cy="180" r="4" fill="#fff" stroke="#000"/>
        <circle cx="100" cy="180" r="4" fill="#fff" stroke="#000"/>
        <line x1="224" y1="100" x2="300" y2="60" stroke="#000"/>
        <line x1="224" y1="180" x2="300" y2="240" stroke="#000"/>
        <rect x="300" y="40" width="60" height="40" fill="none" stroke="#000"/>
        <rect x="300" y="220" width="60" height="40" fill="none" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(160, 140), (330, 60), (330, 240)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
}

#[test]
fn a_person_with_letters_drawn_as_shapes_on_its_body_is_one_node() {
    // PlantUML's C4 person through cairo: a head, then a body under it, in
    // one group with everything else; its name's glyphs, plain shapes, on
    // the body. Head and body are one node, the edge's end.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg"><g>
        <path d="M 226.5 53.4 C 226.5 60.1 221.1 65.6 214.35 65.6 C 207.6 65.6 202.2 60.1 202.2 53.4 C 202.2 46.6 207.6 41.2 214.35 41.2 C 221.1 41.2 226.5 46.6 226.5 53.4 Z" fill="#08427b" stroke="#000"/>
        <path d="M 193.9 65.6 L 234.8 65.6 C 241.5 65.6 247 71 247 77.8 L 247 105 C 247 111.8 241.5 117.1 234.8 117.1 L 193.9 117.1 C 187.2 117.1 181.7 111.8 181.7 105 L 181.7 77.8 C 181.7 71 187.2 65.6 193.9 65.6 Z" fill="#08427b" stroke="#000"/>
        <path d="M 205 85 L 206.5 85 L 206.5 95 L 205 95 Z" fill="#fff"/>
        <path d="M 210 90 L 214 90 L 214 91.5 L 210 91.5 Z" fill="#fff"/>
        <path d="M 218 85 L 219.5 85 L 219.5 95 L 218 95 Z" fill="#fff"/>
        <path d="M 120.9 183.1 L 307.6 183.1 L 307.6 234.6 L 120.9 234.6 Z" fill="#1168bd" stroke="#000"/>
        <path d="M 214.34 117.1 L 214.34 176" fill="none" stroke="#666"/>
        <path d="M 214.34 183.1 L 217.3 176 L 211.3 176 Z" fill="#666"/>
        </g></svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(214, 79), (214, 209)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 1, "{:?}", d.report());
}

#[test]
fn a_frame_round_one_node_drawn_like_the_containers_is_one() {
    // dependency-cruiser's folders through cairo: rounded white frames,
    // one holding two files, one holding a single file that an arrow ends
    // on. The second frame is a container too, not a node of its own.
    let frame = |x: f64, y: f64, w: f64, h: f64| {
        format!(
            r##"<path d="M {x} {y} L {} {y} L {} {} L {x} {} Z" fill="#fff" stroke="#000" stroke-width="2"/>"##,
            x + w,
            x + w,
            y + h,
            y + h
        )
    };
    let file = |x: f64, y: f64| {
        format!(
            r##"<path d="M {x} {y} L {} {y} L {} {} L {x} {} Z" fill="#fcf" stroke="#000"/>"##,
            x + 56.0,
            x + 56.0,
            y + 18.0,
            y + 18.0
        )
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">{}{}{}{}{}
        <path d="M 68 29 L 220 80" stroke="#000" fill="none"/>
        <path d="M 68 89 L 220 89" stroke="#000" fill="none"/></svg>"##,
        frame(0.0, 0.0, 100.0, 120.0),
        file(12.0, 20.0),
        file(12.0, 80.0),
        frame(200.0, 50.0, 80.0, 60.0),
        file(212.0, 75.0),
    );
    let d = extract(&svg);
    let r = d.report();
    assert_eq!(centres(&d), [(40, 29), (40, 89), (240, 84)], "{r:?}");
    assert_eq!(r.edges, 2, "{r:?}");
    assert_eq!(r.shapes.get("container"), Some(&2), "{r:?}");
}

#[test]
fn heads_drawn_on_their_lines_short_of_the_end_are_no_nodes() {
    // GraphMakie.jl through CairoMakie: lines from centre to centre, a
    // dart drawn on each line short of the dot it points at.
    let dot = |x: f64, y: f64| {
        format!(
            r##"<path fill="#000" d="M {} {y} C {} {} {} {} {} {y} C {} {} {} {} {} {y} Z"/>"##,
            x + 3.2,
            x + 3.2,
            y - 4.2,
            x - 3.2,
            y - 4.2,
            x - 3.2,
            x - 3.2,
            y + 4.2,
            x + 3.2,
            y + 4.2,
            x + 3.2
        )
    };
    // A dart pointing right with its tip at (x, y): a notch at its back.
    let dart = |x: f64, y: f64| {
        format!(
            r##"<path fill="#a9a9a9" d="M {} {y} L {} {} L {x} {y} L {} {} Z"/>"##,
            x - 10.0,
            x - 14.0,
            y - 6.0,
            x - 14.0,
            y + 6.0
        )
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">
        <path fill="none" stroke="#a9a9a9" d="M 0 0 L 200 0"/>
        <path fill="none" stroke="#a9a9a9" d="M 200 0 L 200 150"/>
        <path fill="none" stroke="#a9a9a9" d="M 0 0 L 200 150"/>
        {}{}{}{}{}</svg>"##,
        dart(188.0, 0.0),
        dot(0.0, 0.0),
        dot(200.0, 0.0),
        dot(200.0, 150.0),
        r##"<path fill="#a9a9a9" d="M 200 128 L 194 142 L 200 138 L 206 142 Z"/>"##
    );
    let d = extract(&svg);
    let r = d.report();
    assert_eq!(centres(&d), [(0, 0), (200, 0), (200, 150)], "{r:?}");
    assert_eq!(r.edges, 3, "{r:?}");
    assert_eq!(
        r.evidence.get("a head drawn on its line, short of its end, no stroke ending on it"),
        Some(&2),
        "{r:?}"
    );
}

/// Words in a row of glyphs, each 4 letters (6 wide, 7 tall), left ends at
/// `at`.
fn words(at: &[(f64, f64)]) -> Vec<(f64, f64)> {
    at.iter().flat_map(|&(x, y)| (0..4).map(move |i| (x + 7.0 * f64::from(i), y))).collect()
}

#[test]
fn words_whose_boxes_are_gone_take_the_strokes_that_head_for_them() {
    // A flowchart through a renderer that drops its boxes (their filter
    // unknown to it): words alone, every line stopping a box's padding
    // short of the words it joins, one leaving its box's side well off
    // the word's line, as from a diamond.
    let at = words(&[(100.0, 100.0), (250.0, 100.0), (100.0, 220.0)]);
    let strokes = ["M 150 92 L 230 92", "M 113.5 115 L 113.5 200"];
    let d = glyphs_and_strokes(&at, &strokes);
    assert_eq!(centres(&d), [(114, 97), (114, 217), (264, 97)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 2, "{:?}", d.report());
    // Where a stroke ends by a word, the words keep no padding: strokes
    // ending short of them join nothing.
    let mut tight = at.clone();
    tight.extend(words(&[(400.0, 100.0), (550.0, 100.0)]));
    let d = glyphs_and_strokes(&tight, &[&strokes[..], &["M 431 96 L 547 96"]].concat());
    assert_eq!(centres(&d), [(414, 97), (564, 97)], "{:?}", d.report());
    // One line between two words a padding apart is no graph: a plot's
    // grid line from a tick label up to its title.
    let d = glyphs_and_strokes(&at[..8], &strokes[..1]);
    assert_eq!(d.nodes().count(), 0, "{:?}", d.report());
}

#[test]
fn line_widths_are_measured_where_the_lines_are_drawn() {
    // A plotter draws in a large square of its own scaled down to the
    // page (libplot: 4096 units to 1): a width of 5 there is a two
    // hundredth of a page unit. A tick on the frame across a line's way
    // is far from that line's end at that scale, and caps nothing.
    let mut svg = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><g transform="scale(0.001)" stroke="#000" fill="none">"##,
    );
    for y in (500..=3500).step_by(100) {
        let _ = write!(svg, r#"<line x1="480" y1="{y}" x2="540" y2="{y}" stroke-width="5"/>"#);
    }
    for ((ax, ay), (bx, by)) in [((1000, 1200), (2000, 2200)), ((2000, 2200), (2000, 1000))] {
        for (x, y) in [(ax, ay), (bx, by)] {
            let _ = write!(svg, r#"<circle cx="{x}" cy="{y}" r="30" stroke-width="3"/>"#);
        }
        let _ = write!(
            svg,
            r#"<line x1="{ax}" y1="{ay}" x2="{bx}" y2="{by}" stroke-width="5" stroke-dasharray="5, 15"/>"#
        );
    }
    svg.push_str("</g></svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(1, 1), (2, 1), (2, 2)], "{:?}", d.report());
    let mut got: Vec<(i64, i64, bool)> =
        arcs(&d).into_iter().map(|(a, b, dir)| (a.min(b), a.max(b), dir)).collect();
    got.sort_unstable();
    assert_eq!(got, [(2, 4, false), (3, 4, false)], "{:?}", d.report());
}

#[test]
fn a_head_drawn_after_its_strokes_other_head_caps_the_other_end() {
    // Asymptote's `Arrows` draws the shaft, then a head at each end (its
    // fill, then its outline), each in a group of its own; `DotMargins`
    // stops the heads short of the dots.
    let dots: [(f64, f64); 3] = [(0.0, 0.0), (100.0, 0.0), (100.0, 80.0)];
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    let head = |svg: &mut String, tip: (f64, f64), u: (f64, f64)| {
        let back = (tip.0 - 8.0 * u.0, tip.1 - 8.0 * u.1);
        let d = format!(
            "M{} {}L{} {}L{} {}Z",
            tip.0,
            tip.1,
            back.0 - 2.5 * u.1,
            back.1 + 2.5 * u.0,
            back.0 + 2.5 * u.1,
            back.1 - 2.5 * u.0
        );
        let _ = write!(svg, r##"<g transform="translate(5 5)"><path d="{d}" fill="#000"/></g>"##);
        let _ = write!(
            svg,
            r##"<g transform="translate(5 5)"><path d="{d}" fill="none" stroke="#000" stroke-width="0.6"/></g>"##
        );
    };
    for (a, b) in [(dots[0], dots[1]), (dots[1], dots[2]), (dots[2], dots[0])] {
        let len = (b.0 - a.0).hypot(b.1 - a.1);
        let u = ((b.0 - a.0) / len, (b.1 - a.1) / len);
        // Tips 4 units short of the dots, the shaft between the heads' backs.
        let (ta, tb) = ((a.0 + 4.0 * u.0, a.1 + 4.0 * u.1), (b.0 - 4.0 * u.0, b.1 - 4.0 * u.1));
        let _ = write!(
            svg,
            r##"<g transform="translate(5 5)"><path d="M{} {}L{} {}" fill="none" stroke="#000" stroke-width="0.6"/></g>"##,
            ta.0 + 8.0 * u.0,
            ta.1 + 8.0 * u.1,
            tb.0 - 8.0 * u.0,
            tb.1 - 8.0 * u.1
        );
        head(&mut svg, ta, (-u.0, -u.1));
        head(&mut svg, tb, u);
    }
    for (x, y) in dots {
        let _ = write!(
            svg,
            r##"<g transform="translate(5 5)"><path d="{}" fill="#000"/></g>"##,
            circle(x, y, 2.0)
        );
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(5, 5), (105, 5), (105, 85)], "{:?}", d.report());
    let mut got: Vec<(i64, i64, bool)> =
        arcs(&d).into_iter().map(|(a, b, dir)| (a.min(b), a.max(b), dir)).collect();
    got.sort_unstable();
    assert_eq!(got, [(10, 110, false), (10, 190, false), (110, 190, false)], "{:?}", d.report());
    // Nodes drawn like the heads, after the edge and its head: the node
    // at the edge's start is no head there (its tip reaches no node).
    let d = extract(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">
        <path d="M23 20L111 20" stroke="#000" fill="none"/>
        <path d="M111 17L117 17L117 23L111 23Z" fill="#000"/>
        <path d="M17 17L23 17L23 23L17 23Z" fill="#000"/>
        <path d="M117 17L123 17L123 23L117 23Z" fill="#000"/>
        </svg>"##,
    );
    assert_eq!(centres(&d), [(20, 20), (120, 20)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(40, 140, true)], "{:?}", d.report());
}

#[test]
fn segments_of_a_ring_on_a_discs_rim_decorate_it() {
    // qgraph's `pie` rings: each node a disc drawn as a polygon, then a
    // coloured segment of a band over its rim and the white rest of the
    // band, each a polygon of its own.
    let arc = |r: f64, (cx, cy): (f64, f64), from: f64, to: f64| -> Vec<String> {
        (0..=40)
            .map(|k| {
                let a = from + (to - from) * f64::from(k) / 40.0;
                format!("{} {}", cx + r * a.sin(), cy - r * a.cos())
            })
            .collect()
    };
    let at = [(50.0, 50.0), (200.0, 60.0), (120.0, 180.0)];
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (a, b) in [(0, 1), (1, 2)] {
        let ((ax, ay), (bx, by)) = (at[a], at[b]);
        let _ =
            write!(svg, r##"<path d="M {ax} {ay} L {bx} {by}" stroke="#090" stroke-width="4"/>"##);
    }
    for (i, &c) in at.iter().enumerate() {
        let disc = arc(18.0, c, 0.0, std::f64::consts::TAU - 0.06).join(" L ");
        let _ = write!(svg, r##"<path d="M {disc} Z" fill="#fbb" stroke="#000"/>"##);
        let part = 0.2 * std::f64::consts::TAU * (1.0 + i as f64);
        for (from, to, paint) in [(0.0, part, "#37b"), (part, std::f64::consts::TAU, "#fff")] {
            let outer = arc(18.0, c, from, to);
            let mut inner = arc(15.3, c, from, to);
            inner.reverse();
            let ring = outer.into_iter().chain(inner).collect::<Vec<_>>().join(" L ");
            let _ = write!(svg, r##"<path d="M {ring} Z" fill="{paint}" stroke="#000"/>"##);
        }
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(50, 50), (120, 180), (200, 60)], "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 2, "{:?}", d.report());
}

#[test]
fn a_letters_stem_between_heads_is_no_line() {
    // Through PDF every glyph is a shape. A letter's stem (an `l`) set
    // between two heads crowding a node joins them as a line drawn as its
    // outline would; but it stands in a word, its neighbours joining
    // nothing, so it is a letter and its paint is not the lines'. Nor is a
    // `c` in that paint beside a node, curling back to it, a self-loop
    // drawn as an outline.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(100.0, 100.0), (20.0, 100.0), (100.0, 20.0), (200.0, 200.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#080" stroke="none"/>"##, circle(x, y, 6.0));
    }
    svg.push_str(concat!(
        r##"<path d="M 26 100 L 86 100" stroke="#888" fill="none"/>"##,
        r##"<path d="M 86 96 L 94 100 L 86 104 Z" fill="#888"/>"##,
        r##"<path d="M 100 26 L 100 86" stroke="#888" fill="none"/>"##,
        r##"<path d="M 96 86 L 100 94 L 104 86 Z" fill="#888"/>"##,
        r##"<path d="M 106 106 L 194 194" stroke="#888" fill="none"/>"##,
        // The stem, from the one head to the other, in a word: letters on
        // its baseline either side.
        r##"<path d="M 80.5 99.4 L 87 99.4 L 87 92.4 L 80.5 92.4 Z" fill="#000"/>"##,
        r##"<path d="M 88 99 L 99 88 L 99.4 88.4 L 88.4 99.4 Z" fill="#000"/>"##,
        r##"<path d="M 100.6 99.4 L 107.1 99.4 L 107.1 92.4 L 100.6 92.4 Z" fill="#000"/>"##,
    ));
    // Words of stems and wider letters, joining nothing.
    for row in 0..4 {
        let y = 40.0 + 12.0 * f64::from(row);
        svg.push_str(&word(150.0, y, &[0.5, 3.0, 4.0, 0.5, 0.5, 3.0, 0.5, 4.0, 3.0, 0.5]));
    }
    // The `c`: a band about (211, 200) open towards the node at (200, 200).
    let arc = |r: f64, from: i32, to: i32, step: i32| {
        (0..=(to - from) / step)
            .map(|i| {
                let a = f64::from(from + i * step).to_radians();
                format!("{:.3} {:.3}", 211.0 + r * a.cos(), 200.0 - r * a.sin())
            })
            .collect::<Vec<_>>()
    };
    let mut c = arc(5.6, 150, -150, -15);
    c.extend(arc(4.5, -150, 150, 15));
    let _ = write!(svg, r##"<path d="M {} Z" fill="#000"/>"##, c.join(" L "));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().count(), 4, "{:?}", d.report());
    let arcs = arcs(&d);
    assert_eq!(arcs.len(), 3, "{arcs:?}");
    assert!(arcs.iter().all(|&(a, b, _)| a != b), "{arcs:?}");
    assert_eq!(d.report().shapes.get("stroke"), None, "{:?}", d.report());
}

#[test]
fn lines_drawn_as_outlines_keep_their_edges_beside_text_in_their_paint() {
    // matplotlib's filled arrows and its text drawn as outlines, both
    // black: the letters' stems are thin shapes in the lines' paint that
    // join nothing, and the lines are still lines.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<circle cx="{x}" cy="{y}" r="10" fill="#9cf"/>"##);
    }
    svg.push_str(r##"<path d="M 8 -1 L 92 -1 L 92 1 L 8 1 Z" fill="#000"/>"##);
    svg.push_str(r##"<path d="M 101 8 L 101 92 L 99 92 L 99 8 Z" fill="#000"/>"##);
    // A caption under the drawing: words of stems and wider letters.
    for row in 0..3 {
        let y = 140.0 + 12.0 * f64::from(row);
        svg.push_str(&word(0.0, y, &[0.8, 4.0, 0.8, 3.0, 0.8, 0.8, 5.0, 0.8, 4.0, 0.8, 3.0]));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    // (Between the discs, whose centres' x + y are 0, 100 and 200.)
    let mut arcs = arcs(&d);
    arcs.sort_unstable();
    assert_eq!(arcs, [(0, 100, false), (100, 200, false)], "{:?}", d.report());
}

#[test]
fn a_crows_foot_drawn_as_strokes_caps_its_end() {
    // An ER notation's "many": two prongs from a point on the line short
    // of the end, opening to the node either side of it. Through PDF the
    // names in the tables are a shape per letter, many more shapes than
    // nodes, and the prongs are still short beside the nodes.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [0.0, 280.0] {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="-30" width="80" height="60" fill="#eee" stroke="#000"/>"##
        );
        for y in [-10.0, 5.0, 20.0] {
            svg.push_str(&word(x + 10.0, y, &[3.0, 4.0, 0.8, 3.0, 4.0, 3.0]));
        }
    }
    svg.push_str(concat!(
        r##"<path d="M 80 0 L 272 0" stroke="#000" fill="none"/>"##,
        r##"<path d="M 272 0 L 280 0 M 268 0 L 280 -7 M 268 0 L 280 7" stroke="#000" fill="none"/>"##,
    ));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(40, 0), (320, 0)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(40, 320, false)], "{:?}", d.report());
    let r = d.report();
    assert_eq!(r.ignored.get("stroke capping an edge's end"), Some(&2), "{r:?}");
    assert_eq!(
        r.evidence.get("edge end: a bar or bracket capping a stroke's end at a node"),
        Some(&1)
    );
}

#[test]
fn a_small_triangle_pointing_along_a_long_stroke_is_its_head_on_few_strokes() {
    // One edge in five has a head: a small filled triangle drawn after its
    // stroke, its tip short of the node (Graph::Easy leaves a gap; once
    // flattened, nothing names the triangle).
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..6 {
        let x = f64::from(k) * 100.0;
        let _ = write!(svg, r##"<path d="{}" fill="#eef" stroke="#000"/>"##, circle(x, 0.0, 10.0));
    }
    for k in 0..5 {
        let x = f64::from(k) * 100.0;
        let _ = write!(
            svg,
            r##"<path d="M {} 0 L {} 0" stroke="#000" fill="none"/>"##,
            x + 10.0,
            x + 84.0
        );
        if k == 2 {
            let _ = write!(
                svg,
                r##"<path d="M {} -4 L {} 0 L {} 4 Z" fill="#000" stroke="#000"/>"##,
                x + 77.0,
                x + 86.0,
                x + 77.0
            );
        }
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d).len(), 6, "{:?}", d.report());
    let directed: Vec<(i64, i64, bool)> = arcs(&d).into_iter().filter(|a| a.2).collect();
    assert_eq!(directed, [(200, 300, true)], "{:?}", d.report());
    let why = "head: a small polygon pointing on along its stroke, short beside it";
    assert_eq!(d.report().evidence.get(why), Some(&1));
}

#[test]
fn a_line_drawn_double_as_two_strokes_is_one_edge() {
    // Graph::Easy's `double` style, flattened: two strokes side by side,
    // drawn one after the other the same way, their corner pieces out of
    // step. A reciprocal pair drawn side by side runs either way: two
    // edges.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, -100.0), (100.0, 0.0), (300.0, 0.0), (400.0, 0.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#eef" stroke="#000"/>"##, circle(x, y, 10.0));
    }
    svg.push_str(concat!(
        // The double line: down from the first node, then right to the
        // second, each leg as two strokes.
        r##"<path d="M -1 -90 L -1 0.5" stroke="#000" fill="none"/>"##,
        r##"<path d="M 1 -90 L 1 0.5" stroke="#000" fill="none"/>"##,
        r##"<path d="M -0.5 -1 L 90 -1" stroke="#000" fill="none"/>"##,
        r##"<path d="M -0.5 1 L 90 1" stroke="#000" fill="none"/>"##,
        // The reciprocal pair.
        r##"<path d="M 310 -1 L 390 -1" stroke="#000" fill="none"/>"##,
        r##"<path d="M 390 1 L 310 1" stroke="#000" fill="none"/>"##,
    ));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d).len(), 4, "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 3, "{:?}", d.report());
    let r = d.report();
    assert_eq!(r.dangling, 0, "{r:?}");
    assert_eq!(r.ignored.get("stroke drawn beside its twin (a line drawn double)"), Some(&2));
}

#[test]
fn a_small_shape_within_an_open_v_head_is_part_of_it() {
    // Graph::Easy's bold head: an open V of two strokes, a small filled
    // triangle inside it, on a wide line that ends well short of the V's
    // tip, and the V's tip short of the node. The other edges have no
    // head.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for x in [0.0, 100.0, 200.0, 300.0, 400.0] {
        let _ = write!(svg, r##"<path d="{}" fill="#eef" stroke="#000"/>"##, circle(x, 0.0, 10.0));
    }
    for x in [100.0, 200.0, 300.0] {
        let _ = write!(
            svg,
            r##"<path d="M {} 0 L {} 0" stroke="#000" fill="none"/>"##,
            x + 10.0,
            x + 90.0
        );
    }
    svg.push_str(concat!(
        r##"<path d="M 10 0 L 80 0" stroke="#000" stroke-width="3" fill="none"/>"##,
        r##"<path d="M 75 -4 L 84 0" stroke="#000" fill="none"/>"##,
        r##"<path d="M 84 0 L 75 4" stroke="#000" fill="none"/>"##,
        r##"<path d="M 84 0 L 79 -2 L 79 2 Z" fill="#000" stroke="#000"/>"##,
    ));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d).len(), 5, "{:?}", d.report());
    let directed: Vec<(i64, i64, bool)> = arcs(&d).into_iter().filter(|a| a.2).collect();
    assert_eq!(directed, [(0, 100, true)], "{:?}", d.report());
    // The triangle is the V's (or itself a head, pointing at the node
    // from within the V): no node either way.
    let r = d.report();
    let part = r.evidence.get("part of a head: a small shape within an open V");
    let head = r.evidence.get("head: found where it is drawn, capping a stroke's end");
    assert_eq!(part.or(head), Some(&1), "{r:?}");
}

#[test]
fn a_node_on_an_area_painted_in_cells_is_no_table() {
    // Graph::Easy paints a group cell by cell, the node's cell among them;
    // flattened, the cells tile a box as a table's do. A node drawn on
    // them, filling its cell, is the node; the cells are the area's.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for i in 0..4 {
        for j in 0..3 {
            let _ = write!(
                svg,
                r##"<path d="M {x} {y} L {} {y} L {} {} L {x} {} Z" fill="#e0ffe0"/>"##,
                f64::from(i) * 40.0 + 40.0,
                f64::from(i) * 40.0 + 40.0,
                f64::from(j) * 40.0 + 40.0,
                f64::from(j) * 40.0 + 40.0,
                x = f64::from(i) * 40.0,
                y = f64::from(j) * 40.0,
            );
        }
    }
    for x in [60.0, 250.0] {
        let _ = write!(svg, r##"<path d="{}" fill="#fff" stroke="#000"/>"##, circle(x, 60.0, 20.0));
    }
    svg.push_str(r##"<path d="M 82 60 L 228 60" stroke="#000" fill="none"/>"##);
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(60, 60), (250, 60)], "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 1, "{:?}", d.report());
}

#[test]
fn a_groups_border_along_a_nodes_name_is_no_loop() {
    // Graph::Easy writes a group's name in its corner, above a node, and
    // draws the group's border along it. Flattened, the name is glyphs,
    // read as the node's; the border's piece above it lies by that name
    // at both ends. It leaves no node and comes back to none.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(concat!(
        r##"<rect x="0" y="0" width="74" height="58" fill="#fff" stroke="#000"/>"##,
        r##"<rect x="200" y="0" width="74" height="58" fill="#fff" stroke="#000"/>"##,
        r##"<path d="M 74 29 L 200 29" stroke="#000" fill="none"/>"##,
        r##"<path d="M 0.5 -28 L 73.5 -28" stroke="#000" fill="none"/>"##,
    ));
    let mut at = 9.0;
    for w in [6.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 2.0] {
        let _ = write!(
            svg,
            r##"<path fill="#000" d="M {at} -11 L {} -11 L {} -20 L {at} -20 Z"/>"##,
            at + w,
            at + w
        );
        at += w + 1.5;
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(37, 29), (237, 29)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(66, 266, false)], "{:?}", d.report());
    // Nor is the whole border, from the name round the group and back.
    let round = svg.replace(
        "M 0.5 -28 L 73.5 -28",
        "M 73.5 -28 L 380 -28 L 380 90 L -60 90 L -60 -28 L 0.5 -28",
    );
    let d = extract(&round);
    assert_eq!(arcs(&d), [(66, 266, false)], "{:?}", d.report());
}

/// A path drawing a disc of radius `r` at (`x`, `y`), filled `fill`.
fn disc(x: f64, y: f64, r: f64, fill: &str) -> String {
    format!(r#"<path d="{}" fill="{fill}" stroke="none"/>"#, circle(x, y, r))
}

#[test]
fn thick_edges_side_by_side_between_other_nodes_are_no_double_line() {
    // A ladder drawn thick: each rung between its own two dots, a few
    // widths from the next. (A double line's strokes end on one node.)
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..6 {
        let y = 50.0 + 14.0 * f64::from(k);
        let _ = write!(
            svg,
            r##"<path d="M 50 {y} L 250 {y}" stroke="#888" stroke-width="4" fill="none"/>"##
        );
    }
    for k in 0..6 {
        let y = 50.0 + 14.0 * f64::from(k);
        svg.push_str(&disc(50.0, y, 5.0, "#1f78b4"));
        svg.push_str(&disc(250.0, y, 5.0, "#1f78b4"));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d).len(), 12, "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 6, "{:?}", d.report());
}

#[test]
fn a_dot_at_an_open_v_heads_tip_is_the_node_it_points_at() {
    // Edges from centre to centre, each with an open V of two strokes at
    // the target's centre, the dots drawn over them: the dot at a tip is
    // the node, not a part of the head.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (a, b) in [((50i32, 50i32), (200i32, 50i32)), ((200, 50), (350, 50)), ((50, 50), (50, 200))]
    {
        let (dx, dy) = (f64::from((b.0 - a.0).signum()), f64::from((b.1 - a.1).signum()));
        let (tx, ty) = (f64::from(b.0), f64::from(b.1));
        let _ = write!(
            svg,
            r##"<path d="M {} {} L {tx} {ty}" stroke="#000" fill="none"/><path d="M {} {} L {tx} {ty}" stroke="#000" fill="none"/><path d="M {tx} {ty} L {} {}" stroke="#000" fill="none"/>"##,
            a.0,
            a.1,
            tx - 10.0 * dx + 4.0 * dy,
            ty - 10.0 * dy + 4.0 * dx,
            tx - 10.0 * dx - 4.0 * dy,
            ty - 10.0 * dy - 4.0 * dx,
        );
    }
    for (x, y) in [(50.0, 50.0), (200.0, 50.0), (350.0, 50.0), (50.0, 200.0)] {
        svg.push_str(&disc(x, y, 3.0, "#c00"));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d).len(), 4, "{:?}", d.report());
    assert_eq!(arcs(&d).iter().filter(|a| a.2).count(), 3, "{:?}", d.report());
}

#[test]
fn a_triangle_node_at_the_end_of_the_edge_drawn_before_it_is_no_head() {
    // networkx draws every edge, then the nodes (here triangles): the last
    // edge ends at the centre of the first node drawn, which points along
    // it. A head is capped at its tip or its back, not at its centre.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for d in [
        "M 300 100 L 500 100",
        "M 100 300 L 300 300",
        "M 300 300 L 500 300",
        "M 300 100 L 300 300",
        "M 500 100 L 500 300",
        "M 100 300 L 100 100",
    ] {
        let _ = write!(svg, r##"<path d="{d}" stroke="#000" fill="none"/>"##);
    }
    for (x, y) in [(100, 100), (300, 100), (500, 100), (100, 300), (300, 300), (500, 300)] {
        let _ = write!(
            svg,
            r##"<path d="M {x} {} L {} {} L {} {} Z" fill="#1f78b4" stroke="#1f78b4"/>"##,
            y - 7,
            x + 7,
            y + 5,
            x - 7,
            y + 5
        );
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d).len(), 6, "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 6, "{:?}", d.report());
}

#[test]
fn a_badge_or_an_icon_on_a_tables_cells_leaves_the_table() {
    // Cells filled with no outline, a badge across two of them or an icon
    // in one: the table is one node. (A node on an area painted in cells
    // covers a cell whole.)
    for badge in [(140.0, 50.0, 6.0), (200.0, 50.0, 10.0)] {
        let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
        for (x, fill) in [(100, "#fcc"), (140, "#cfc"), (180, "#ccf")] {
            let _ = write!(svg, r#"<rect x="{x}" y="40" width="40" height="20" fill="{fill}"/>"#);
        }
        svg.push_str(&disc(badge.0, badge.1, badge.2, "#444"));
        svg.push_str(concat!(
            r##"<rect x="60" y="200" width="60" height="30" fill="none" stroke="#000"/>"##,
            r##"<rect x="260" y="200" width="60" height="30" fill="none" stroke="#000"/>"##,
            r##"<path d="M 160 60 L 90 200" stroke="#000" fill="none"/>"##,
            r##"<path d="M 160 60 L 290 200" stroke="#000" fill="none"/>"##,
            r##"<path d="M 120 215 L 260 215" stroke="#000" fill="none"/>"##,
        ));
        svg.push_str("</svg>");
        let d = extract(&svg);
        assert_eq!(centres(&d), [(90, 215), (160, 50), (290, 215)], "{:?}", d.report());
        assert_eq!(arcs(&d).len(), 3, "{:?}", d.report());
    }
}

#[test]
fn boxes_joined_within_a_frame_named_in_glyphs_are_nodes() {
    // nomnoml's frame holding two classes joined by an arrow, through
    // cairo: the names are glyph outlines, the frame a node edges end on,
    // the classes drawn unlike the node outside. Named boxes joined within
    // it are its contents, not its parts.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(concat!(
        r##"<rect x="0" y="0" width="240" height="120" fill="#eee8d5" stroke="#333"/>"##,
        r##"<rect x="20" y="60" width="70" height="32" fill="#fdf6e3" stroke="#333"/>"##,
        r##"<rect x="150" y="60" width="70" height="32" fill="#fdf6e3" stroke="#333"/>"##,
        r##"<rect x="360" y="40" width="70" height="32" fill="#eee8d5" stroke="#333"/>"##,
        r##"<path d="M 90 76 L 142 76" stroke="#333" fill="none"/>"##,
        r##"<path d="M 142 72 L 150 76 L 142 80 Z" fill="#333" stroke="#333"/>"##,
        r##"<path d="M 240 56 L 352 56" stroke="#333" fill="none"/>"##,
        r##"<path d="M 352 52 L 360 56 L 352 60 Z" fill="#333" stroke="#333"/>"##,
    ));
    for (x, y) in [(30.0, 81.0), (160.0, 81.0), (370.0, 61.0), (8.0, 20.0)] {
        svg.push_str(&word(x, y, &[5.0, 3.0, 5.0, 5.0, 4.0]));
    }
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(55, 76), (120, 60), (185, 76), (395, 56)], "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 2, "{:?}", d.report());
}

#[test]
fn a_packages_tab_is_part_of_its_box() {
    // A UML package through cairo: its box, then its tab standing on the
    // box's top at its left end, drawn alike, its name in the tab; classes
    // joined in a column inside. The tab is no node of its own.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    svg.push_str(concat!(
        r##"<rect x="116" y="32" width="149" height="304" fill="#eee8d5" stroke="#333" stroke-width="3"/>"##,
        r##"<path d="M 116 32 L 116 0 L 196 0 L 196 32 Z" fill="#eee8d5" stroke="#333" stroke-width="3"/>"##,
        r##"<path d="M 116 32 L 265 32" fill="none" stroke="#333" stroke-width="3"/>"##,
    ));
    let ys = [88.0, 160.0, 232.0, 304.0];
    for y in ys {
        let _ = write!(
            svg,
            r##"<rect x="183" y="{y}" width="70" height="32" fill="#fdf6e3" stroke="#333" stroke-width="3"/>"##
        );
        svg.push_str(&word(190.0, y + 21.0, &[5.0, 3.0, 5.0, 5.0]));
    }
    for (a, b) in ys.iter().zip(&ys[1..]) {
        let _ = write!(
            svg,
            r##"<path d="M 218 {} L 218 {}" stroke="#333" stroke-width="3" fill="none"/><path d="M 213 {} L 218 {b} L 223 {} Z" fill="#333" stroke="#333"/>"##,
            a + 32.0,
            b - 8.0,
            b - 8.0,
            b - 8.0
        );
    }
    svg.push_str(&word(124.0, 22.0, &[5.0, 3.0]));
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(centres(&d), [(218, 104), (218, 176), (218, 248), (218, 320)], "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 3, "{:?}", d.report());
    let why = "a shape drawn in pieces (a cylinder's body and ends): one node";
    assert_eq!(d.report().evidence.get(why), Some(&1));
    // A small node flush on a plain box's corner, drawn after it, takes
    // its own edge: no tab.
    let corner = concat!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">"##,
        r##"<rect x="100" y="100" width="120" height="60" fill="#fdf6e3" stroke="#333"/>"##,
        r##"<rect x="100" y="80" width="30" height="20" fill="#fdf6e3" stroke="#333"/>"##,
        r##"<rect x="400" y="100" width="120" height="60" fill="#fdf6e3" stroke="#333"/>"##,
        r##"<rect x="400" y="300" width="120" height="60" fill="#fdf6e3" stroke="#333"/>"##,
        r##"<path d="M 400 130 L 228 130" stroke="#000" fill="none"/>"##,
        r##"<path d="M 228 134 L 220 130 L 228 126 Z" fill="#000"/>"##,
        r##"<path d="M 400 330 L 136 95.3" stroke="#000" fill="none"/>"##,
        r##"<path d="M 133.3 98.3 L 130 90 L 138.6 92.3 Z" fill="#000"/>"##,
        "</svg>"
    );
    let d = extract(corner);
    assert_eq!(centres(&d).len(), 4, "{:?}", d.report());
    assert_eq!(arcs(&d).len(), 2, "{:?}", d.report());
}

#[test]
fn a_head_stopping_short_of_a_box_points_at_it() {
    // ECharts through cairo: a line from a diamond's centre, drawn under
    // it, its head a symbol's size short of a box; a line from the box's
    // centre to a node left out; a name elsewhere, a word of letter
    // outlines in one path, so that a typical shape is a word's size.
    let svg = format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg">"##,
            r##"<path d="M 300 100 L 400 153" stroke="#666" stroke-width="2" fill="none"/>"##,
            r##"<path d="M 400 153 L 390.6 153.3 L 395 150 L 396.2 144.6 Z" fill="#666"/>"##,
            r##"<path d="M 430 190 C 360 140 320 80 305 10" stroke="#666" stroke-width="2" fill="none"/>"##,
            r##"<path d="M 300 76 L 350 100 L 300 124 L 250 100 Z" fill="#fff" stroke="#5470c6"/>"##,
            r##"<path d="M 372 173 L 488 173 L 488 207 L 372 207 Z" fill="#fff" stroke="#5470c6"/>"##,
            r##"<path d="{}" fill="#222"/></svg>"##
        ),
        (0..5).map(|k| letter_e(100.0 + 7.0 * f64::from(k), 257.5)).collect::<String>()
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(300, 100), (430, 190)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(400, 620, true)], "{:?}", d.report());
}

#[test]
fn a_cylinder_drawn_as_one_open_path_is_a_node() {
    // Pikchr: the cylinder's sides, bottom and lid's back, round to the
    // start, then the lid's front, in one open unfilled path; lines from
    // two boxes end on it.
    let svg = concat!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">"##,
        r##"<path d="M2,88L131,88L131,2L2,2Z" style="fill:none;stroke-width:2;stroke:rgb(0,0,0);"/>"##,
        r##"<path d="M290,88L419,88L419,2L290,2Z" style="fill:none;stroke-width:2;stroke:rgb(0,0,0);"/>"##,
        r##"<path d="M300,220L300,270A54 10 0 0 0 408 270L408,220A54 10 0 0 0 300 220A54 10 0 0 0 408 220" style="fill:none;stroke-width:2;stroke:rgb(0,0,0);"/>"##,
        r##"<path d="M137,45L284,45" style="fill:none;stroke-width:2;stroke:rgb(0,0,0);"/>"##,
        r##"<path d="M354,94L354,208" style="fill:none;stroke-width:2;stroke:rgb(0,0,0);"/>"##,
        r##"<path d="M70,94Q214,300 305,226" style="fill:none;stroke-width:2;stroke:rgb(0,0,0);"/>"##,
        "</svg>"
    );
    let d = extract(svg);
    assert_eq!(centres(&d), [(67, 45), (354, 245), (355, 45)], "{:?}", d.report());
    assert_eq!(d.edges().len(), 3, "{:?}", d.report());
}

#[test]
fn a_line_broken_where_it_jumps_another_is_one_edge() {
    // JointJS's jumpover connector (`jump: 'gap'`), draw.io's gap jumps:
    // a link in one path of two pieces, apart where it crosses another.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for (x, y) in [(0.0, 0.0), (200.0, 0.0), (100.0, -100.0), (100.0, 100.0)] {
        let _ = write!(svg, r##"<path d="{}" fill="#fde2c8" stroke="#333"/>"##, circle(x, y, 15.0));
    }
    svg.push_str(
        r##"<path d="M 100 -85 L 100 85" stroke="#445" stroke-width="1.5" fill="none"/>"##,
    );
    svg.push_str(
        r##"<path d="M 15 0 L 94.5 0 M 105.5 0 L 185 0" stroke="#445" stroke-width="1.5" fill="none"/>"##,
    );
    // Edges cut at a node's rim, in one path along one line: two edges.
    for x in [300.0, 400.0, 500.0] {
        let _ =
            write!(svg, r##"<path d="{}" fill="#fde2c8" stroke="#333"/>"##, circle(x, 0.0, 4.0));
    }
    svg.push_str(
        r##"<path d="M 304 0 L 396 0 M 404 0 L 496 0" stroke="#445" stroke-width="1.5" fill="none"/>"##,
    );
    svg.push_str("</svg>");
    let d = extract(&svg);
    assert_eq!(d.nodes().len(), 7, "{:?}", d.report());
    // Small dots, lines stopped a little short of them: the middle dot in
    // the gap is their node.
    let dots = concat!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">"##,
        r##"<circle cx="50" cy="50" r="4"/><circle cx="150" cy="50" r="4"/><circle cx="250" cy="50" r="4"/><circle cx="150" cy="150" r="4"/>"##,
        r##"<line x1="56" y1="50" x2="144" y2="50" stroke="gray" stroke-width="1.5"/>"##,
        r##"<line x1="156" y1="50" x2="244" y2="50" stroke="gray" stroke-width="1.5"/>"##,
        r##"<line x1="150" y1="56" x2="150" y2="144" stroke="gray" stroke-width="1.5"/></svg>"##
    );
    let mut pairs = arcs(&extract(dots));
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [(100, 200, false), (200, 300, false), (200, 300, false)],
        "{:?}",
        extract(dots).report()
    );
    let mut pairs = arcs(&d);
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [(0, 200, false), (0, 200, false), (300, 400, false), (400, 500, false)],
        "{:?}",
        d.report()
    );
}

#[test]
fn outlines_sketched_round_and_round_are_shapes() {
    // rough.js (Excalidraw, Mermaid's hand-drawn look) strokes an ellipse
    // as two loops each running past its start, a diamond as four sides
    // each drawn twice and overshooting, a line twice: two nodes, one
    // edge.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="500" height="200">
<g stroke-linecap="round" transform="translate(20 60)"><path d="M94.16 2.81 C103.71 4.93, 113.55 11.45, 119.43 16.52 C125.3 21.58, 128.96 27.34, 129.4 33.19 C129.84 39.04, 126.86 46.56, 122.04 51.6 C117.23 56.64, 109.36 60.48, 100.53 63.41 C91.71 66.34, 79.9 68.74, 69.07 69.16 C58.25 69.57, 45.48 68.37, 35.59 65.9 C25.7 63.42, 15.53 59.11, 9.74 54.3 C3.96 49.5, 1.42 43, 0.9 37.08 C0.38 31.15, 1.73 24.07, 6.61 18.76 C11.5 13.46, 21.04 8.18, 30.21 5.22 C39.38 2.26, 50.52 1.29, 61.6 1.02 C72.69 0.74, 91.02 2.96, 96.73 3.58 C102.45 4.2, 96.7 4.13, 95.89 4.73 M86.41 3.21 C96.66 4.53, 108.48 8.35, 115.39 12.41 C122.31 16.47, 126.01 22.09, 127.92 27.58 C129.83 33.06, 130.22 39.65, 126.86 45.32 C123.49 51, 115.95 57.41, 107.74 61.6 C99.52 65.78, 88.44 69.28, 77.58 70.43 C66.72 71.58, 52.85 70.38, 42.58 68.49 C32.31 66.61, 22.8 63.76, 15.97 59.13 C9.14 54.51, 3.43 46.51, 1.62 40.74 C-0.19 34.97, 1.76 29.67, 5.09 24.49 C8.43 19.3, 13.75 13.6, 21.62 9.63 C29.49 5.66, 41.65 2.15, 52.29 0.67 C62.94 -0.8, 79.74 0.53, 85.48 0.77 C91.23 1.01, 87 1.43, 86.76 2.11" stroke="#1e1e1e" stroke-width="2" fill="none"/></g>
<g stroke-linecap="round" transform="translate(300 55)"><path d="M62.85 -3.47 C76.79 9.32, 97.39 29.08, 118.87 38.85 M61.81 0.45 C79.96 14.37, 101.51 25.55, 119.6 39.71 M120.83 41.33 C105.23 46.97, 91.68 57.95, 57.45 82.45 M119.91 40.18 C98.84 56.27, 74.91 69.37, 62.48 79.15 M64.64 76.74 C51.28 75.71, 32.34 66.58, -3.16 40.6 M62.65 79.36 C47.78 69.1, 33.67 61.59, -1.64 39.95 M-1.68 39.5 C14.42 29.73, 32.83 18.1, 63.31 3.38 M0.96 39.03 C13.06 30.54, 29.51 20.29, 61.18 1.86" stroke="#1e1e1e" stroke-width="2" fill="none"/></g>
<g stroke-linecap="round"><path d="M155 95 C200 96, 250 94, 295 95 M155 96 C210 95, 240 96, 296 95" stroke="#1e1e1e" stroke-width="2" fill="none"/></g>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(85, 95), (359, 94)], "{:?}", d.report());
    assert_eq!(edge_pairs(&d).len(), 1, "{:?}", d.report());
}

#[test]
fn a_legend_with_its_texts_left_of_its_keys_is_no_part_of_the_graph() {
    // gnuplot's key: each text right-aligned (`text-anchor` set on its
    // group), its sample to the right: a line's for the edges, a marker's
    // for the nodes.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200">
<path stroke="gray" d="M150,100 L50,100 M150,100 L250,60 M150,100 L250,140"/>
<g fill="none" stroke="blue" stroke-width="1.2">
<circle cx="50" cy="100" r="5"/><circle cx="150" cy="100" r="5"/><circle cx="250" cy="60" r="5"/><circle cx="250" cy="140" r="5"/></g>
<g transform="translate(337,21)" font-size="11" text-anchor="end"><text>edges</text></g>
<path stroke="gray" d="M345,17.5 L384,17.5"/>
<g transform="translate(337,37.5)" font-size="11" text-anchor="end"><text>nodes</text></g>
<circle cx="364.5" cy="34" r="5" fill="none" stroke="blue" stroke-width="1.2"/>
</svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d), [(50, 100), (150, 100), (250, 60), (250, 140)], "{:?}", d.report());
    assert_eq!(edge_pairs(&d).len(), 3, "{:?}", d.report());
}

#[test]
fn a_note_pointing_at_a_node_is_no_node() {
    // PlantUML's activity notes: a folded box, unlike the actions, its
    // pointer's tip on an action's side; no stroke ends on it.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
<rect x="100" y="20" width="100" height="34" rx="12" fill="#F1F1F1" stroke="#181818"/>
<rect x="100" y="120" width="100" height="34" rx="12" fill="#F1F1F1" stroke="#181818"/>
<rect x="100" y="220" width="100" height="34" rx="12" fill="#F1F1F1" stroke="#181818"/>
<line x1="150" y1="54" x2="150" y2="114" stroke="#181818"/><polygon points="146,114 154,114 150,120" fill="#181818"/>
<line x1="150" y1="154" x2="150" y2="214" stroke="#181818"/><polygon points="146,214 154,214 150,220" fill="#181818"/>
<path d="M220,125 L220,133 L200,137 L220,141 L220,150 L330,150 L330,135 L320,125 Z" fill="#FEFFDD" stroke="#181818" stroke-width="0.5"/>
<path d="M320,125 L320,135 L330,135 Z" fill="#FEFFDD" stroke="#181818" stroke-width="0.5"/>
<text x="226" y="142" font-size="12">retry later</text>
</svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(150, 37), (150, 137), (150, 237)], "{:?}", d.report());
    assert_eq!(edge_pairs(&d).len(), 2, "{:?}", d.report());
}

#[test]
fn heads_of_two_kinds_at_the_ends_of_a_short_edge_point_both_ways() {
    // Graphviz's `dir=both` with a `dot` tail and an `odot` head, through
    // cairo: the stroke, then a disc at its start and a ring at its end,
    // each its own path, no groups. The ring is drawn unlike the disc and
    // large beside the short stroke, but caps its other end all the same.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">
<path fill="none" stroke="black" d="M 73 0 C 73 -14 46 -18 27 -18 C 8 -18 -19 -14 -19 0 C -19 14 8 18 27 18 C 46 18 73 14 73 0 Z" transform="translate(0,20)"/>
<path fill="none" stroke="black" d="M 73 0 C 73 -14 46 -18 27 -18 C 8 -18 -19 -14 -19 0 C -19 14 8 18 27 18 C 46 18 73 14 73 0 Z" transform="translate(0,92)"/>
<path fill="none" stroke="black" d="M 27 46 C 27 52 27 60 27 66"/>
<path fill="black" stroke="black" d="M 31 42 C 31 44.2 29.2 46 27 46 C 24.8 46 23 44.2 23 42 C 23 39.8 24.8 38 27 38 C 29.2 38 31 39.8 31 42 Z"/>
<path fill="none" stroke="black" d="M 31 70 C 31 72.2 29.2 74 27 74 C 24.8 74 23 72.2 23 70 C 23 67.8 24.8 66 27 66 C 29.2 66 31 67.8 31 70 Z"/>
</svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d), [(27, 20), (27, 92)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(47, 119, false)], "{:?}", d.report());
}

#[test]
fn a_table_round_rows_parted_by_thin_filled_rules_is_one_node() {
    // Mermaid's entities: a filled box, its rows as boxes inside it, and
    // the rules between its columns as thin filled shapes painted like
    // the box. A rule joins two rows as a line drawn as its outline
    // would; the box is no line, however stubby, for it holds the rows.
    let table = |x: f64, y: f64| {
        let mut s = format!(
            r##"<path d="M{} {} L{} {} L{} {} L{} {}" stroke="none" fill="#ECECFF"/>"##,
            x - 90.0,
            y - 60.0,
            x + 90.0,
            y - 60.0,
            x + 90.0,
            y + 60.0,
            x - 90.0,
            y + 60.0
        );
        for k in 0..4 {
            let top = y - 60.0 + 30.0 * f64::from(k);
            let _ = write!(
                s,
                r##"<path d="M{} {top} L{} {top} L{} {} L{} {}" stroke="#9370DB" fill="#fff"/>"##,
                x - 90.0,
                x + 90.0,
                x + 90.0,
                top + 30.0,
                x - 90.0,
                top + 30.0
            );
        }
        for dx in [-25.0, 40.0] {
            let _ = write!(
                s,
                r##"<path d="M{} {} L{} {} L{} {} L{} {}" stroke="none" fill="#ECECFF"/>"##,
                x + dx,
                y - 30.0,
                x + dx + 0.1,
                y - 30.0,
                x + dx + 0.1,
                y + 60.0,
                x + dx,
                y + 60.0
            );
        }
        s
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">{}{}<path d="M 100 160 L 100 300" fill="none" stroke="#333"/></svg>"##,
        table(100.0, 100.0),
        table(100.0, 360.0)
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 100), (100, 360)], "{:?}", d.report());
    assert_eq!(edge_pairs(&d).len(), 1, "{:?}", d.report());
}

#[test]
fn boxes_drawn_each_right_after_the_short_line_into_it_are_nodes() {
    // PlantUML's WBS: each box is drawn right after the short line that
    // leads into it, far longer along the line than the line; the root's
    // box last.
    let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
    for k in 1..4 {
        let x = 120.0 * f64::from(k);
        let _ = write!(
            svg,
            r##"<line x1="{}" y1="15" x2="{x}" y2="15" stroke="#181818"/><rect x="{x}" y="0" width="100" height="30" fill="#F1F1F1" stroke="#181818"/>"##,
            x - 20.0
        );
    }
    svg.push_str(
        r##"<line x1="50" y1="45" x2="50" y2="30" stroke="#181818"/><rect x="0" y="0" width="100" height="30" fill="#F1F1F1" stroke="#181818"/></svg>"##,
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(50, 15), (170, 15), (290, 15), (410, 15)], "{:?}", d.report());
    assert_eq!(edge_pairs(&d).len(), 3, "{:?}", d.report());
}

#[test]
fn a_ring_strung_on_a_lines_end_short_of_a_node_is_that_nodes() {
    // PlantUML's Information Engineering ends: the line stops at a small
    // ring; past it, a crow's foot (three short strokes from one point)
    // or a short stroke from the ring's centre reaches the entity.
    let entity = |x: f64, y: f64| {
        format!(
            r##"<rect x="{}" y="{}" width="110" height="60" fill="#F1F1F1" stroke="#181818"/>"##,
            x - 55.0,
            y - 30.0
        )
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">{}{}{}
<path d="M 100 60 C 100 90 100 100 100 126" fill="none" stroke="#181818"/>
<line x1="100" y1="136" x2="106" y2="144" stroke="#181818"/><line x1="100" y1="136" x2="94" y2="144" stroke="#181818"/><line x1="100" y1="136" x2="100" y2="144" stroke="#181818"/>
<ellipse cx="100" cy="130" rx="4" ry="4" fill="none" stroke="#181818"/>
<path d="M 155 174 C 200 174 240 174 266 174" fill="none" stroke="#181818"/>
<line x1="270" y1="174" x2="281" y2="174" stroke="#181818"/><line x1="274" y1="170" x2="274" y2="178" stroke="#181818"/>
<ellipse cx="270" cy="174" rx="4" ry="4" fill="none" stroke="#181818"/>
</svg>"##,
        entity(100.0, 30.0),
        entity(100.0, 174.0),
        entity(336.0, 174.0)
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(100, 30), (100, 174), (336, 174)], "{:?}", d.report());
    assert_eq!(edge_pairs(&d).len(), 2, "{:?}", d.report());
    assert_eq!(arcs(&d).iter().filter(|a| a.0 == a.1).count(), 0, "{:?}", d.report());
}
