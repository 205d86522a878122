//! Edges drawn in pieces, and the heads drawn where pieces meet nodes:
//! strokes joined end to end, heads given to the stroke they cap.

use crate::{arcs, extract};

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
