//! Edges drawn in pieces, and the heads drawn where pieces meet nodes:
//! strokes joined end to end, heads given to the stroke they cap.

use crate::{arcs, centres, extract};

/// The edges as [`arcs`], sorted.
fn sorted(d: &svg2graph::Diagram) -> Vec<(i64, i64, bool)> {
    let mut v = arcs(d);
    v.sort_unstable();
    v
}

#[test]
fn an_edge_drawn_one_segment_a_path_is_one_edge() {
    // blockdiag writes each leg of an edge's polyline as a path of its own;
    // the legs meet end to end off the nodes, the head on the last.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="100" width="100" height="40" fill="#fff" stroke="#000"/>
        <path d="M 100 20 L 150 20" fill="none" stroke="#000"/>
        <path d="M 150 20 L 150 120" fill="none" stroke="#000"/>
        <path d="M 150 120 L 193 120" fill="none" stroke="#000"/>
        <polygon points="200,120 193,116 193,124 200,120" fill="#000" stroke="#000"/>
        <rect x="400" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="400" y="200" width="100" height="40" fill="#fff" stroke="#000"/>
        <line x1="450" y1="40" x2="450" y2="200" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(70, 370, true), (470, 670, false)], "{:?}", d.report());
}

/// actdiag: three boxes in two lanes, each edge drawn as three segments
/// and a head, all at the drawing's top level; `frame` adds the lanes'
/// frame and the dividers drawn across it, rim to rim.
fn lanes(frame: bool) -> String {
    let mut s = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 360">"#);
    if frame {
        s.push_str(
            r#"<rect fill="none" height="302" stroke="gray" width="384" x="32" y="38"/>
            <path d="M 32 100 L 416 100" fill="none" stroke="gray"/>
            <path d="M 224 38 L 224 340" fill="none" stroke="gray"/>"#,
        );
    }
    s.push_str(
        r#"<rect fill="rgb(255,255,255)" height="40" stroke="rgb(0,0,0)" width="128" x="64" y="120"/>
        <rect fill="rgb(255,255,255)" height="40" stroke="rgb(0,0,0)" width="128" x="256" y="200"/>
        <rect fill="rgb(255,255,255)" height="40" stroke="rgb(0,0,0)" width="128" x="64" y="280"/>
        <path d="M 128 160 L 128 180" fill="none" stroke="rgb(0,0,0)"/>
        <path d="M 128 180 L 320 180" fill="none" stroke="rgb(0,0,0)"/>
        <path d="M 320 180 L 320 192" fill="none" stroke="rgb(0,0,0)"/>
        <polygon fill="rgb(0,0,0)" points="320,199 316,192 324,192 320,199" stroke="rgb(0,0,0)"/>
        <path d="M 320 240 L 320 260" fill="none" stroke="rgb(0,0,0)"/>
        <path d="M 128 260 L 320 260" fill="none" stroke="rgb(0,0,0)"/>
        <path d="M 128 260 L 128 272" fill="none" stroke="rgb(0,0,0)"/>
        <polygon fill="rgb(0,0,0)" points="128,279 124,272 132,272 128,279" stroke="rgb(0,0,0)"/>
        </svg>"#,
    );
    s
}

#[test]
fn boxes_joined_by_lines_in_pieces_are_no_figure() {
    // Three shapes and six strokes in one group touch one another as a
    // stick figure's parts do, but the strokes, end to end, join the
    // shapes: they are edges.
    let d = extract(&lanes(false));
    assert_eq!(centres(&d), [(128, 140), (128, 300), (320, 220)], "{:?}", d.report());
    assert_eq!(sorted(&d), [(268, 540, true), (540, 428, true)], "{:?}", d.report());
}

#[test]
fn a_frame_round_boxes_joined_in_pieces_is_no_node() {
    // Lines drawn across the frame, rim to rim, end on it; the edges end
    // on the boxes only when their pieces are read end to end.
    let d = extract(&lanes(true));
    assert_eq!(centres(&d), [(128, 140), (128, 300), (320, 220)], "{:?}", d.report());
    assert_eq!(sorted(&d), [(268, 540, true), (540, 428, true)], "{:?}", d.report());
}

#[test]
fn corner_lines_that_overlap_by_half_a_width_are_one_edge() {
    // Graph::Easy draws an edge cell by cell, a corner as two short lines
    // overlapping by half a line's width: ends apart by less than a width
    // meet.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="40" height="20" fill="#fff" stroke="#000"/>
        <rect x="100" y="80" width="40" height="20" fill="#fff" stroke="#000"/>
        <line x1="40" y1="10" x2="70" y2="10" stroke="#000"/>
        <line x1="70.5" y1="9.5" x2="70.5" y2="90.5" stroke="#000"/>
        <line x1="70" y1="90" x2="100" y2="90" stroke="#000"/>
        <rect x="400" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="400" y="200" width="100" height="40" fill="#fff" stroke="#000"/>
        <line x1="450" y1="40" x2="450" y2="200" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(30, 210, false), (470, 670, false)], "{:?}", d.report());
}

#[test]
fn legs_drawn_past_a_nodes_corner_join_rather_than_end_on_it() {
    // A route that turns round a node's corner to reach its side: its
    // joints lie within the slack matching allows round the node, but off
    // it, so they join the legs and are no ends on the node.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="128" width="96" height="32" fill="#fff" stroke="#000"/>
        <rect x="200" y="100" width="96" height="32" fill="#fff" stroke="#000"/>
        <rect x="400" y="0" width="96" height="32" fill="#fff" stroke="#000"/>
        <rect x="400" y="200" width="96" height="32" fill="#fff" stroke="#000"/>
        <line x1="448" y1="32" x2="448" y2="200" stroke="#000"/>
        <path d="M 96 144 L 188 144" fill="none" stroke="#000"/>
        <path d="M 188 144 L 188 116" fill="none" stroke="#000"/>
        <path d="M 188 116 L 192 116" fill="none" stroke="#000"/>
        <polygon points="199,116 192,112 192,120 199,116" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(192, 364, true), (464, 664, false)], "{:?}", d.report());
}

#[test]
fn strokes_arriving_side_by_side_at_one_point_stay_two_edges() {
    // Two edges ending at one point just off a node (a port), both heading
    // in: pieces of one path go on, or turn, where they meet.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="40" height="40" fill="#fff" stroke="#000"/>
        <rect x="0" y="60" width="40" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="0" width="40" height="40" fill="#fff" stroke="#000"/>
        <line x1="40" y1="10" x2="197" y2="20" stroke="#000"/>
        <line x1="40" y1="70" x2="197" y2="20" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(40, 240, false), (100, 240, false)], "{:?}", d.report());
}

#[test]
fn an_open_v_drawn_as_two_lines_sets_the_direction_of_a_shaft_drawn_backwards() {
    // Graph::Easy writes a northward edge's shaft from head to tail and its
    // open head as two lines meeting at the tip: the head decides.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="60" height="30" fill="#fff" stroke="#000"/>
        <rect x="0" y="100" width="60" height="30" fill="#fff" stroke="#000"/>
        <line x1="30" y1="37" x2="30" y2="100" stroke="#000"/>
        <line x1="26" y1="45" x2="30" y2="36" stroke="#000"/>
        <line x1="30" y1="36" x2="34" y2="45" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(145, 45, true)], "{:?}", d.report());
}

#[test]
fn a_head_where_a_branch_leaves_a_trunk_is_the_branchs() {
    // blockdiag's `proxy <- logs` beside `proxy -> app`: the trunk to `app`
    // runs on under the head the branch to `logs` ends at the back of.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="80" width="100" height="40" fill="#fff" stroke="#000"/>
        <path d="M 100 20 L 193 20" fill="none" stroke="#000"/>
        <polygon points="200,20 193,16 193,24 200,20" fill="#000" stroke="#000"/>
        <path d="M 108 20 L 150 20" fill="none" stroke="#000"/>
        <path d="M 150 20 L 150 100" fill="none" stroke="#000"/>
        <path d="M 150 100 L 200 100" fill="none" stroke="#000"/>
        <polygon points="101,20 108,16 108,24 101,20" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(70, 270, true), (350, 70, true)], "{:?}", d.report());
}

#[test]
fn copies_of_a_head_on_a_shared_trunk_are_one_per_branch() {
    // blockdiag draws a head at a node once per edge where several edges
    // leave it along one trunk, each copy on the very same spot.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="0" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="80" width="100" height="40" fill="#fff" stroke="#000"/>
        <rect x="200" y="160" width="100" height="40" fill="#fff" stroke="#000"/>
        <path d="M 108 20 L 193 20" fill="none" stroke="#000"/>
        <polygon points="101,20 108,16 108,24 101,20" fill="#000" stroke="#000"/>
        <polygon points="200,20 193,16 193,24 200,20" fill="#000" stroke="#000"/>
        <path d="M 108 20 L 150 20" fill="none" stroke="#000"/>
        <path d="M 150 20 L 150 100" fill="none" stroke="#000"/>
        <path d="M 150 100 L 193 100" fill="none" stroke="#000"/>
        <polygon points="101,20 108,16 108,24 101,20" fill="#000" stroke="#000"/>
        <polygon points="200,100 193,96 193,104 200,100" fill="#000" stroke="#000"/>
        <path d="M 108 20 L 150 20" fill="none" stroke="#000"/>
        <path d="M 150 20 L 150 180" fill="none" stroke="#000"/>
        <path d="M 150 180 L 200 180" fill="none" stroke="#000"/>
        <polygon points="101,20 108,16 108,24 101,20" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(
        sorted(&d),
        [(70, 270, false), (70, 350, false), (430, 70, true)],
        "{:?}",
        d.report()
    );
}

#[test]
fn a_u_shaped_path_arrives_along_its_last_leg() {
    // A path that turns back to reach its node (an orthogonal route round
    // it): its last leg, not the way from its middle, is how it arrives.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="0" y="0" width="40" height="40" fill="#fff" stroke="#000"/>
        <rect x="100" y="0" width="40" height="40" fill="#fff" stroke="#000"/>
        <rect x="0" y="200" width="40" height="40" fill="#fff" stroke="#000"/>
        <line x1="20" y1="40" x2="20" y2="200" stroke="#000"/>
        <path d="M 20 0 L 20 -40 L 200 -40 L 200 20 L 147 20" fill="none" stroke="#000"/>
        <path d="M 155 16 L 146 20 L 155 24" fill="none" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(sorted(&d), [(40, 140, true), (40, 240, false)], "{:?}", d.report());
}

#[test]
fn a_leg_whose_middle_meets_another_routes_joint_caps_nothing() {
    // Two routes into one node, the second's last leg on the first's: the
    // first's joint lies at the middle of the second's leg, across it,
    // as a bar capping an end would. A joint is no end: legs are joined
    // before ends are capped.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <ellipse cx="512" cy="60" rx="64" ry="20" fill="#fff" stroke="#000"/>
        <ellipse cx="512" cy="220" rx="64" ry="20" fill="#fff" stroke="#000"/>
        <ellipse cx="704" cy="140" rx="64" ry="20" fill="#fff" stroke="#000"/>
        <ellipse cx="896" cy="140" rx="64" ry="20" fill="#fff" stroke="#000"/>
        <path d="M 576 60 L 608 60" fill="none" stroke="#000"/>
        <path d="M 608 60 L 608 140" fill="none" stroke="#000"/>
        <path d="M 608 140 L 640 140" fill="none" stroke="#000"/>
        <path d="M 576 220 L 624 220" fill="none" stroke="#000"/>
        <path d="M 624 220 L 624 140" fill="none" stroke="#000"/>
        <path d="M 624 140 L 640 140" fill="none" stroke="#000"/>
        <path d="M 768 140 L 832 140" fill="none" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(
        sorted(&d),
        [(572, 844, false), (732, 844, false), (844, 1036, false)],
        "{:?}",
        d.report()
    );
}

#[test]
fn a_tight_group_box_round_two_nodes_is_a_container() {
    // blockdiag's group: a filled box round two nodes, each a little over
    // a quarter of it, edges running to both from outside.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="440" y="30" width="144" height="140" fill="#7f7"/>
        <rect x="448" y="40" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="448" y="120" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="256" y="40" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="640" y="80" width="128" height="40" fill="#fff" stroke="#000"/>
        <line x1="384" y1="60" x2="448" y2="60" stroke="#000"/>
        <line x1="384" y1="60" x2="448" y2="140" stroke="#000"/>
        <line x1="576" y1="60" x2="640" y2="100" stroke="#000"/>
        <line x1="576" y1="140" x2="640" y2="100" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(320, 60), (512, 60), (512, 140), (704, 100)], "{:?}", d.report());
    assert_eq!(
        sorted(&d),
        [(380, 572, false), (380, 652, false), (572, 804, false), (652, 804, false)],
        "{:?}",
        d.report()
    );
}

#[test]
fn a_route_turning_just_outside_a_group_box_does_not_make_it_a_node() {
    // The legs of a route meet just outside a group box, within the
    // tolerance of its rim: the route is joined first, so that only its
    // ends, at the nodes, count as ends on the box.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg">
        <rect x="632" y="30" width="144" height="140" fill="#f77"/>
        <rect x="448" y="40" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="448" y="120" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="640" y="40" width="128" height="40" fill="#fff" stroke="#000"/>
        <rect x="640" y="120" width="128" height="40" fill="#fff" stroke="#000"/>
        <path d="M 576 60 L 632 60" fill="none" stroke="#000"/>
        <polygon points="639,60 632,56 632,64 639,60" fill="#000" stroke="#000"/>
        <path d="M 576 140 L 624 140" fill="none" stroke="#000"/>
        <path d="M 624 140 L 624 60" fill="none" stroke="#000"/>
        <path d="M 624 60 L 632 60" fill="none" stroke="#000"/>
        <polygon points="639,60 632,56 632,64 639,60" fill="#000" stroke="#000"/>
        <path d="M 576 140 L 632 140" fill="none" stroke="#000"/>
        <polygon points="639,140 632,136 632,144 639,140" fill="#000" stroke="#000"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(512, 60), (512, 140), (704, 60), (704, 140)], "{:?}", d.report());
    assert_eq!(
        sorted(&d),
        [(572, 764, true), (652, 764, true), (652, 844, true)],
        "{:?}",
        d.report()
    );
}

#[test]
fn a_run_carries_the_markers_its_end_pieces_draw() {
    // A route in three legs, the arrow a marker on the last leg's end; and
    // one whose first leg, drawn backwards, carries it at the start.
    let last = r##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
        <defs><marker id="arr" markerWidth="10" markerHeight="10" refX="10" refY="5" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
        <rect x="10" y="10" width="40" height="30" fill="#ccc" stroke="black"/>
        <rect x="200" y="120" width="40" height="30" fill="#ccc" stroke="black"/>
        <path d="M50 25 L120 25" stroke="black" fill="none"/>
        <path d="M120 25 L120 135" stroke="black" fill="none"/>
        <path d="M120 135 L200 135" stroke="black" fill="none" marker-end="url(#arr)"/>
        </svg>"##;
    let d = extract(last);
    assert_eq!(sorted(&d), [(55, 355, true)], "{:?}", d.report());
    let first = r##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
        <defs><marker id="arr" markerWidth="10" markerHeight="10" refX="10" refY="5" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
        <rect x="10" y="10" width="40" height="30" fill="#ccc" stroke="black"/>
        <rect x="200" y="120" width="40" height="30" fill="#ccc" stroke="black"/>
        <path d="M120 25 L50 25" stroke="black" fill="none" marker-end="url(#arr)"/>
        <path d="M120 25 L120 135 L200 135" stroke="black" fill="none"/>
        </svg>"##;
    let d = extract(first);
    assert_eq!(sorted(&d), [(355, 55, true)], "{:?}", d.report());
}

#[test]
fn short_edges_drawn_one_after_the_other_from_a_node_are_no_v() {
    // Two close neighbours joined to a node by short lines drawn in turn,
    // meeting at it as a V's arms meet at its tip: their far ends lie on
    // nodes, where a V's arms reach back to none.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="20" cy="100" r="10"/><circle cx="200" cy="100" r="10"/>
        <circle cx="171" cy="81" r="10"/><circle cx="171" cy="119" r="10"/>
        <line x1="30" y1="100" x2="190" y2="100" stroke="black"/>
        <line x1="190" y1="100" x2="178" y2="88" stroke="black"/>
        <line x1="190" y1="100" x2="178" y2="112" stroke="black"/>
        </svg>"#;
    let d = extract(svg);
    assert_eq!(
        sorted(&d),
        [(120, 300, false), (300, 252, false), (300, 290, false)],
        "{:?}",
        d.report()
    );
}

#[test]
fn a_v_drawn_as_two_lines_two_widths_off_its_shafts_end_is_its_head() {
    // Graph::Easy through cairo: the shaft stops a width short of the
    // head's back, the head's tip a width past that, the two arms paths of
    // their own; rounding leaves the tip a hair over two widths off the end.
    let arms = |x: f64, y: f64| {
        format!(
            r#"<path d="M {a} {top} L {x} {y}" fill="black" stroke="black" stroke-linecap="round"/>
            <path d="M {x} {y} L {a} {bottom}" fill="black" stroke="black" stroke-linecap="round"/>"#,
            a = x - 9.0,
            top = y - 4.0,
            bottom = y + 4.0,
        )
    };
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="20" cy="100" r="20" fill="white" stroke="black"/>
        <circle cx="180" cy="100" r="20" fill="white" stroke="black"/>
        <circle cx="20" cy="200" r="20" fill="white" stroke="black"/>
        <circle cx="180" cy="200" r="20" fill="white" stroke="black"/>
        <path d="M 40 100 L 157.9 100" fill="none" stroke="black"/>{}
        <path d="M 40 200 L 157.9 200" fill="none" stroke="black"/>{}
        </svg>"#,
        arms(160.01, 100.0),
        arms(159.9, 200.0)
    );
    let d = extract(&svg);
    assert_eq!(sorted(&d), [(120, 280, true), (220, 380, true)], "{:?}", d.report());
}

#[test]
fn a_tee_drawn_after_the_strokes_other_head_is_found_on_its_stem() {
    // Graphviz's `dir=both` edge with a normal tail and a tee head, through
    // cairo: no group left, the stroke, the tail's triangle, the tee's bar
    // off the stroke's end by its stem, then the stem (drawn from the bar).
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="100" cy="0" r="20" fill="none" stroke="black"/>
        <circle cx="100" cy="100" r="20" fill="none" stroke="black"/>
        <path d="M 100 30 L 100 75" fill="none" stroke="black"/>
        <path d="M 96 30 L 100 20.5 L 104 30 Z" fill="black" stroke="black"/>
        <path d="M 94 78.3 L 106 78.3 L 106 79.7 L 94 79.7 Z" fill="black" stroke="black"/>
        <path d="M 100 78.3 L 100 75" fill="none" stroke="black"/>
        </svg>"#;
    let d = extract(svg);
    let r = d.report();
    assert_eq!(r.shapes.get("arrowhead"), Some(&2), "{r:?}");
    assert_eq!(r.nodes, 2, "{r:?}");
    // The triangle points, the bar does not: the edge goes to the top.
    assert_eq!(sorted(&d), [(200, 100, true)], "{r:?}");
}

#[test]
fn one_path_through_every_vertex_is_an_edge_per_run() {
    // A hand-written K3,3: all nine edges in one path of three subpaths,
    // the first a run through eight vertices that passes its last one, and
    // its first, on the way; discs drawn on top.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><g transform="translate(18,18)">
        <path fill="none" stroke="black" stroke-width="8" d="M 0,0 v 769 l 513,-769 v 769 l -513,-769 1026,769 v -769 l -1026,769 M 513,0 l 513,769 M 513,769 l 513,-769"/>
        <g fill="red"><circle r="18" cx="0" cy="0"/><circle r="18" cx="513" cy="0"/><circle r="18" cx="1026" cy="0"/>
        <circle r="18" cx="0" cy="769"/><circle r="18" cx="513" cy="769"/><circle r="18" cx="1026" cy="769"/></g>
        </g></svg>"#;
    let d = extract(svg);
    assert_eq!(d.report().edges, 9, "{:?}", d.report());
    // (Each vertex by x + y, distinct here.)
    let mut degrees = std::collections::BTreeMap::new();
    for (a, b, _) in arcs(&d) {
        *degrees.entry(a).or_insert(0) += 1;
        *degrees.entry(b).or_insert(0) += 1;
    }
    assert_eq!(degrees.values().copied().collect::<Vec<_>>(), [3; 6], "{:?}", arcs(&d));
    // K5 as two polylines, the second passing its last vertex on the way.
    let k5 = r#"<svg xmlns="http://www.w3.org/2000/svg"><g style="fill:none;stroke:black;stroke-width:70">
        <polyline points="5000,200 7939,9245 245,3655 9755,3655 2061,9245"/>
        <polyline points="2061,9245 5000,200 9755,3655 7939,9245 2061,9245 245,3655 5000,200"/>
        <g style="fill:blue"><circle cx="5000" cy="200" r="200"/><circle cx="7939" cy="9245" r="200"/>
        <circle cx="245" cy="3655" r="200"/><circle cx="9755" cy="3655" r="200"/><circle cx="2061" cy="9245" r="200"/></g>
        </g></svg>"#;
    let d = extract(k5);
    assert_eq!(d.report().edges, 10, "{:?}", d.report());
    let mut pairs: Vec<(i64, i64)> =
        arcs(&d).iter().map(|&(a, b, _)| (a.min(b), a.max(b))).collect();
    pairs.sort_unstable();
    pairs.dedup();
    assert_eq!(pairs.len(), 10, "{:?}", arcs(&d));
    // Two runs between the same two points, one through a vertex, one
    // not: the one through none is never split at the vertex the other
    // passes (which stroke is which is not known, and neither is split).
    let twins = r#"<svg xmlns="http://www.w3.org/2000/svg">
        <circle cx="50" cy="150" r="8" fill="white" stroke="black"/>
        <circle cx="150" cy="50" r="8" fill="white" stroke="black"/>
        <circle cx="250" cy="150" r="8" fill="white" stroke="black"/>
        <path d="M50 150 L150 250 L250 150 M50 150 L150 50 L250 150" stroke="black" fill="none"/></svg>"#;
    assert!(sorted(&extract(twins)).contains(&(200, 400, false)));
}

#[test]
fn edges_merged_at_junctions_are_one_edge_per_way_through() {
    // Graphviz's `concentrate=true` with its names gone (as cairo leaves
    // it): a trunk forking to two heads, the forks leaving along it, and
    // two strokes merging into a trunk with one head, each fork a stroke of
    // its own ending a little apart from the others, off every node.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg">
        <g fill="white" stroke="black">
        <circle cx="20" cy="100" r="10"/><circle cx="200" cy="40" r="10"/><circle cx="200" cy="160" r="10"/>
        <circle cx="20" cy="300" r="10"/><circle cx="20" cy="400" r="10"/><circle cx="200" cy="350" r="10"/>
        <circle cx="200" cy="450" r="10"/><circle cx="200" cy="550" r="10"/><circle cx="20" cy="500" r="10"/></g>
        <g fill="none" stroke="black">
        <path d="M30,100 L98,100"/>
        <path d="M100,100 C140,100 140,40 180,40"/><path d="M100,100 C140,100 140,160 180,160"/>
        <path d="M30,300 L100,350"/><path d="M30,400 L100,350"/>
        <path d="M102,350 L180,350"/>
        <path d="M100,500 L150,450 L190,450"/><path d="M100,500 L150,550 L190,550"/><path d="M100,500 L30,500"/></g>
        <g fill="black" stroke="black">
        <polygon points="180,36 180,44 190,40"/><polygon points="180,156 180,164 190,160"/>
        <polygon points="180,346 180,354 190,350"/></g></svg>"#;
    let d = extract(svg);
    assert_eq!(
        sorted(&d),
        [(120, 240, true), (120, 360, true), (320, 550, true), (420, 550, true)],
        "{:?}",
        d.report()
    );
    // Strokes that all start at one point, headless: nothing reaches it,
    // and nothing says which way the edges through it go.
    assert!(arcs(&d).iter().all(|&(a, b, _)| ![520, 650, 750].contains(&a.max(b))));
    // Lines drawn to a point where no node is drawn, two ending there and
    // two starting, none headed: a node left undrawn, not a fork.
    let hidden = r#"<svg xmlns="http://www.w3.org/2000/svg">
        <g fill="white" stroke="black">
        <circle cx="20" cy="40" r="10"/><circle cx="20" cy="160" r="10"/>
        <circle cx="200" cy="50" r="10"/><circle cx="200" cy="150" r="10"/></g>
        <g fill="none" stroke="black">
        <path d="M30,40 L100,100"/><path d="M30,160 L100,100"/>
        <path d="M100,100 L190,50"/><path d="M100,100 L190,150"/></g></svg>"#;
    let forks = arcs(&extract(hidden))
        .into_iter()
        .filter(|&(a, b, _)| a.min(b) < 200 && a.max(b) >= 250)
        .count();
    assert_eq!(forks, 0, "{:?}", arcs(&extract(hidden)));
}

/// Two boxes as svgbob draws boxes that an edge touches: each side a
/// `<line>`, a rounded box's corners arcs filled white (`rounded`); an
/// arrow between them, its head a triangle of its own stopping short of
/// the box, and a second arrow back, typed `| <---` a cell further off.
fn boxes_of_lines(rounded: bool) -> String {
    let corners = if rounded {
        r#"<path d="M 8,8 A 4,4 0,0,0 4,12" fill="white"/>
        <path d="M 88,8 A 4,4 0,0,1 92,12" fill="white"/>
        <path d="M 4,52 A 4,4 0,0,0 8,56" fill="white"/>
        <path d="M 92,52 A 4,4 0,0,1 88,56" fill="white"/>"#
    } else {
        r#"<line x1="4" y1="8" x2="8" y2="8"/><line x1="4" y1="8" x2="4" y2="12"/>
        <line x1="92" y1="8" x2="88" y2="8"/><line x1="92" y1="8" x2="92" y2="12"/>
        <line x1="4" y1="56" x2="8" y2="56"/><line x1="4" y1="56" x2="4" y2="52"/>
        <line x1="92" y1="56" x2="88" y2="56"/><line x1="92" y1="56" x2="92" y2="52"/>"#
    };
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80">
        <rect x="0" y="0" width="300" height="80" fill="white"/>
        <g fill="black"><polygon points="168,20 176,24 168,28"/>
        <polygon points="112,36 104,40 112,44"/></g>
        <g stroke="black" stroke-width="2" fill="none">{corners}
        <line x1="4" y1="12" x2="4" y2="52"/><line x1="8" y1="8" x2="88" y2="8"/>
        <line x1="92" y1="12" x2="92" y2="52"/><line x1="92" y1="24" x2="168" y2="24"/>
        <line x1="8" y1="56" x2="88" y2="56"/></g>
        <g stroke="black" stroke-width="2" fill="none">
        <line x1="180" y1="8" x2="268" y2="8"/><line x1="180" y1="8" x2="180" y2="56"/>
        <line x1="268" y1="8" x2="268" y2="56"/><line x1="112" y1="40" x2="180" y2="40"/>
        <line x1="180" y1="56" x2="268" y2="56"/></g></svg>"#
    )
}

#[test]
fn a_box_drawn_as_a_line_per_side_is_one_node() {
    for rounded in [false, true] {
        let d = extract(&boxes_of_lines(rounded));
        assert_eq!(centres(&d), [(48, 32), (224, 32)], "rounded {rounded}: {:?}", d.report());
        // Both heads are found though neither touches its box (the second
        // only for being drawn like the first), and the lines' ends point
        // at the boxes: one edge each way.
        assert_eq!(sorted(&d), [(80, 256, true), (256, 80, true)], "{:?}", d.report());
    }
}

#[test]
fn lines_round_a_cycle_between_nodes_stay_edges() {
    // networkx draws a triangle's edges from centre to centre, then the
    // nodes over them: the lines meet end to end round a ring, but at
    // each joint a node is drawn.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">
        <g stroke="black" fill="none">
        <path d="M 20 20 L 180 20"/><path d="M 180 20 L 100 160"/><path d="M 100 160 L 20 20"/></g>
        <g fill="steelblue"><circle cx="20" cy="20" r="8"/><circle cx="180" cy="20" r="8"/>
        <circle cx="100" cy="160" r="8"/></g></svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d), [(20, 20), (100, 160), (180, 20)], "{:?}", d.report());
    assert_eq!(sorted(&d).len(), 3, "{:?}", d.report());
    // A square of lines with another line leaving a corner: the corner is
    // a junction, and the square no shape, whether that line is drawn
    // with the square's or long after (`apart` lines between).
    for apart in [0_usize, 20] {
        let others = r#"<line x1="0" y1="150" x2="0" y2="190"/>"#.repeat(apart);
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
            <g stroke="black" fill="none">
            <line x1="20" y1="20" x2="100" y2="20"/><line x1="100" y1="20" x2="100" y2="100"/>
            <line x1="100" y1="100" x2="20" y2="100"/><line x1="20" y1="100" x2="20" y2="20"/>
            {others}<line x1="100" y1="20" x2="200" y2="20"/></g></svg>"#
        );
        let d = extract(&svg);
        let square = d.nodes().any(|n| (n.x.round(), n.y.round()) == (60.0, 60.0));
        assert!(!square, "apart {apart}: {:?}", d.report());
    }
}

#[test]
fn a_rounded_corner_filled_white_is_part_of_its_line() {
    // svgbob fills the arc of a route's rounded corner white: its fill
    // shows nothing on the page, and the arc joins the line's two legs.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
        <rect width="300" height="200" fill="white"/>
        <g stroke="black" stroke-width="2" fill="white">
        <rect x="10" y="10" width="60" height="30"/><rect x="200" y="150" width="60" height="30"/>
        <line x1="70" y1="25" x2="226" y2="25"/>
        <path d="M 226,25 A 4,4 0,0,1 230,29"/>
        <line x1="230" y1="29" x2="230" y2="150"/></g></svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d), [(40, 25), (230, 165)], "{:?}", d.report());
    assert_eq!(sorted(&d), [(65, 395, false)], "{:?}", d.report());
}

#[test]
fn a_line_ending_on_the_side_of_another_forks_there() {
    // `P ---+` into a line that turns, at each end, to a box with a head:
    // one edge from P to each box. The line from Q ends on the side of an
    // edge between two nodes: that edge stays whole.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
        <g fill="white" stroke="black">
        <rect x="20" y="85" width="60" height="30"/>
        <rect x="300" y="35" width="60" height="30"/><rect x="300" y="135" width="60" height="30"/>
        <rect x="20" y="235" width="60" height="30"/><rect x="300" y="235" width="60" height="30"/>
        <rect x="160" y="180" width="30" height="20"/></g>
        <g fill="none" stroke="black">
        <line x1="80" y1="100" x2="200" y2="100"/>
        <line x1="200" y1="50" x2="200" y2="150"/>
        <line x1="200" y1="50" x2="292" y2="50"/><line x1="200" y1="150" x2="292" y2="150"/>
        <line x1="80" y1="250" x2="300" y2="250"/><line x1="175" y1="200" x2="175" y2="250"/></g>
        <g fill="black"><polygon points="292,46 300,50 292,54"/><polygon points="292,146 300,150 292,154"/></g>
        </svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d).len(), 6, "{:?}", d.report());
    let got = sorted(&d);
    assert!(got.contains(&(150, 380, true)) && got.contains(&(150, 480, true)), "{got:?}");
    assert!(!got.iter().any(|&(a, b, _)| (a, b) == (380, 480) || (a, b) == (480, 380)), "{got:?}");
    // (The edge from the left box below to the right one, and the line
    // from the small box to its side: no fork, no edge split.)
    assert!(got.contains(&(300, 580, false)), "{got:?}");
}

#[test]
fn a_curve_filled_white_that_encloses_what_it_shows_stays_a_shape() {
    // A circle drawn as one arc stopping a hair short of its start, filled
    // white: a node, not a curve (unlike a rounded corner's quarter arc).
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120">
        <line x1="50" y1="60" x2="150" y2="60" stroke="black"/>
        <path d="M 30 40 A 20 20 0 1 1 29.9 40" fill="white" stroke="black"/>
        <path d="M 170 40 A 20 20 0 1 1 169.9 40" fill="white" stroke="black"/></svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d).len(), 2, "{:?}", d.report());
    assert_eq!(sorted(&d).len(), 1, "{:?}", d.report());
}

#[test]
fn a_line_ending_near_a_bend_or_drawn_thinner_is_no_fork() {
    // C to D drawn in three legs; a line from A ends on the last bend's
    // leg, a tenth of it from the bend: no fork there (a branch leaves a
    // leg well off its ends), and C--D stays. Thinner, ending on an
    // arrow's leg: a leader, no branch of the arrow.
    let boxes = r#"<g fill="white" stroke="black">
        <rect x="10" y="45" width="60" height="30"/><rect x="330" y="225" width="60" height="30"/>
        <rect x="305" y="235" width="60" height="30"/></g>"#;
    for (legs, want) in [("", (100, 600, false)), (r#" stroke-width="2""#, (100, 600, true))] {
        let (head, leader, end) = if legs.is_empty() {
            ("", "1", 225)
        } else {
            (r#"<polygon points="356,217 360,225 364,217"/>"#, "0.5", 217)
        };
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">{boxes}
            <g stroke="black"{legs}><line x1="40" y1="75" x2="40" y2="150"/>
            <line x1="40" y1="150" x2="360" y2="150"/><line x1="360" y1="150" x2="360" y2="{end}"/></g>
            <line x1="335" y1="235" x2="335" y2="150" stroke="black" stroke-width="{leader}"/>
            {head}</svg>"#
        );
        let d = extract(&svg);
        assert_eq!(sorted(&d), [want], "{legs}: {:?}", d.report());
    }
}

#[test]
fn vertices_drawn_as_marker_dots_are_nodes() {
    // svgbob's `*`: a filled circle marker on the end of one of the lines
    // meeting there, the others stopping short of it; a vertex no line
    // ends at drawn as a line of no length with the marker. A dot on a
    // node's rim stays the mark of its line's end.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
        <defs><marker id="dot" viewBox="0 0 8 8" refX="4" refY="4" markerWidth="7"
        markerHeight="7"><circle cx="4" cy="4" r="2" fill="black"/></marker></defs>
        <g stroke="black" stroke-width="2" marker-end="url(#dot)">
        <line x1="20" y1="20" x2="20" y2="20"/>
        <line x1="20" y1="24" x2="20" y2="120"/>
        <line x1="24" y1="20" x2="116" y2="20"/>
        <line x1="116" y1="24" x2="116" y2="120"/>
        <line x1="200" y1="140" x2="240" y2="100"/></g>
        <g stroke="black" fill="none"><circle cx="200" cy="160" r="20"/>
        <circle cx="260" cy="100" r="20"/></g>
        </svg>"#;
    let d = extract(svg);
    assert_eq!(
        centres(&d),
        [(20, 20), (20, 120), (116, 20), (116, 120), (200, 160), (260, 100)],
        "{:?}",
        d.report()
    );
    // (A lone mark on an end is its head.)
    assert_eq!(
        sorted(&d),
        [(40, 136, false), (40, 140, false), (136, 236, false), (360, 360, true)],
        "{:?}",
        d.report()
    );
}

#[test]
fn a_loop_drawn_round_a_shafts_end_is_no_cap() {
    // semPlot draws a variance loop over the node, round the end of the
    // intercept's arrow from the triangle above: the loop, with heads of
    // its own, is no bracket capping that arrow.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
        <polygon points="84,52 78,62 90,62" stroke="#000" fill="none"/>
        <polyline points="84,62 84,103" stroke="#000" stroke-width="1.5" fill="none"/>
        <polygon points="84,109 81,101 87,101" fill="#000"/>
        <polyline points="77,103 72,94 76,87 84,86 92,87 96,94 91,103" stroke="#000"
          stroke-width="1.5" fill="none"/>
        <polygon points="77,109 74,101 80,101" fill="#000"/>
        <polygon points="91,109 88,101 94,101" fill="#000"/>
        <rect x="73" y="109" width="22" height="22" stroke="#000" fill="#FFF"/>
        <polyline points="95,120 193,120" stroke="#000" stroke-width="1.5" fill="none"/>
        <polygon points="199,120 191,117 191,123" fill="#000"/>
        <rect x="199" y="109" width="22" height="22" stroke="#000" fill="#FFF"/></svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(84, 57), (84, 120), (210, 120)], "{:?}", d.report());
    // (Heads at both ends of the loop: it points both ways.)
    assert_eq!(
        sorted(&d),
        [(141, 204, true), (204, 204, false), (204, 330, true)],
        "{:?}",
        d.report()
    );
}

#[test]
fn marker_dots_on_links_stopping_short_or_on_a_charts_series_are_no_vertices() {
    // d3 stops links a padding short of their nodes, a dot marking the
    // target end: the links' ends, no vertices. A line chart's series,
    // dots at their points, join nothing: no line meets another's dot.
    let links = r##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
        <defs><marker id="dot" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="5"
        markerHeight="5"><circle cx="5" cy="5" r="5" fill="#c00"/></marker></defs>
        <g stroke="#999" marker-end="url(#dot)"><line x1="71" y1="50" x2="229" y2="50"/>
        <line x1="63.4" y1="63.4" x2="136.6" y2="136.6"/>
        <line x1="236.6" y1="63.4" x2="163.4" y2="136.6"/></g>
        <g fill="#69b"><circle cx="50" cy="50" r="15"/><circle cx="250" cy="50" r="15"/>
        <circle cx="150" cy="150" r="15"/></g></svg>"##;
    let d = extract(links);
    assert_eq!(centres(&d), [(50, 50), (150, 150), (250, 50)], "{:?}", d.report());
    assert_eq!(sorted(&d), [(100, 300, true), (100, 300, true), (300, 300, true)]);
    let chart = r#"<svg xmlns="http://www.w3.org/2000/svg" width="420" height="280">
        <defs><marker id="pt" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="3"
        markerHeight="3"><circle cx="5" cy="5" r="5" fill="steelblue"/></marker></defs>
        <path stroke="black" fill="none" d="M40.5,246V240.5H380.5V246"/>
        <polyline points="40,200 108,150 176,170 244,90 312,110 380,60" fill="none"
          stroke="steelblue" stroke-width="2" marker-start="url(#pt)" marker-end="url(#pt)"/>
        <polyline points="40,220 108,210 176,180 244,185 312,140 380,130" fill="none"
          stroke="orange" stroke-width="2" marker-start="url(#pt)" marker-end="url(#pt)"/>
        </svg>"#;
    let d = extract(chart);
    assert!(centres(&d).is_empty(), "{:?}", d.report());
}

#[test]
fn a_dot_centred_on_a_nodes_rim_marks_its_lines_end() {
    // PSTricks' `*-` end: a disc centred on the node's rim, the line
    // starting at its centre, drawn before the line; the arrow's head at
    // the other end drawn after it.
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 -50 200 100">
        <path d="M30 0C30-4.7 26.2-8.5 21.5-8.5S13-4.7 13 0S16.8 8.5 21.5 8.5S30 4.7 30 0"/>
        <path d="M120 0C120-4.7 116.2-8.5 111.5-8.5S103-4.7 103 0S106.8 8.5 111.5 8.5S120 4.7 120 0"/>
        <path d="M30 2.7C31.5 2.7 32.7 1.5 32.7 0S31.5-2.7 30-2.7S27.3-1.5 27.3 0S28.5 2.7 30 2.7"/>
        <path d="M30 0H97" stroke="black" fill="none" stroke-width=".7"/>
        <path d="M97 2.3L103 0L97-2.3L99 0"/></svg>"#;
    let d = extract(svg);
    assert_eq!(centres(&d), [(22, 0), (112, 0)], "{:?}", d.report());
    assert_eq!(sorted(&d), [(22, 112, true)], "{:?}", d.report());
}
