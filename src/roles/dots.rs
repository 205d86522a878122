//! Vertices drawn as markers: a stroke's end marked by a disc where no
//! shape is drawn. svgbob draws each `*` so, a filled circle marker on the
//! end of one of the lines that meet there; a drawing made by hand may
//! mark its vertices with `marker-start` and `marker-end` dots. The disc is
//! the vertex the lines meet at: a node candidate like any other, and no
//! mark of its stroke's end. Where a shape is drawn at the end (the disc
//! on a node's rim, as Mermaid's `o--o` draws it), the disc stays the
//! stroke's mark. Run before any role is given, as a re-export through
//! cairo, which draws markers as shapes, would have them.

use std::io;

use kurbo::Point;

use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::{Outline, touch};
use crate::model::{Dot, Drawing, EdgeShape, Marker, NodeShape, ShapeKind};
use crate::text::Text;

/// A stroke's end marked by a disc off every shape.
struct Marked {
    stroke: u32,
    at_b: bool,
    at: Point,
    /// The disc's radius, and the stroke's width.
    r: f64,
    w: f64,
    dot: Dot,
    marker: Text,
}

/// How far off a shape's rim a disc marks a line's end that stops short of
/// the shape, in the disc's radii (d3 stops its links a padding short).
const NEAR: f64 = 4.0;

/// Makes a node candidate of each disc drawn by a marker at a stroke's
/// end where no shape is drawn (discs drawn in one place are one), and
/// takes the marker off that end.
pub(crate) fn marker_dots(d: &mut Drawing) -> io::Result<()> {
    let dots: foldhash::HashMap<Text, Marker> =
        d.markers.iter().filter(|(_, m)| m.dot.is_some()).map(|(&k, &m)| (k, m)).collect();
    let marks = |s: &crate::model::EdgeStyle| {
        dots.contains_key(&s.marker_start) || dots.contains_key(&s.marker_end)
    };
    if dots.is_empty() || !d.edge_styles.list.iter().any(marks) {
        return Ok(());
    }
    let placed: Vec<Placed> =
        d.nodes.iter().map(|n| Placed { center: n.center, outline: n.outline.clone() }).collect();
    let reach = d
        .edge_styles
        .list
        .iter()
        .map(|s| {
            let r = |m: Text| dots.get(&m).and_then(|m| m.dot_radius(s.line_width));
            NEAR * r(s.marker_start).into_iter().chain(r(s.marker_end)).fold(0.0, f64::max)
                + s.line_width
        })
        .fold(0.0, f64::max);
    let index = NodeIndex::new(&placed, reach, 0.0);
    let mut ends: Vec<Marked> = Vec::new();
    d.edges.for_each(|k, e| {
        let style = &d.edge_styles.list[e.style.0 as usize];
        for (at_b, m) in [(false, style.marker_start), (true, style.marker_end)] {
            let Some(mk) = dots.get(&m) else { continue };
            let (Some(r), Some(dot)) = (mk.dot_radius(style.line_width), mk.dot) else { continue };
            let at = if at_b { e.b } else { e.a };
            if !on_a_shape(&placed, &index, at, (r, style.line_width)) {
                let stroke = u32::try_from(k).unwrap_or(u32::MAX);
                ends.push(Marked { stroke, at_b, at, r, w: style.line_width, dot, marker: m });
            }
        }
    })?;
    // (The ends by cells as wide as the widest reach: those near a point
    // are in its cell and the eight round it.)
    let cell = reach.max(f64::MIN_POSITIVE);
    #[allow(clippy::cast_possible_truncation)] // (cells of a drawing's coordinates)
    let key = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: foldhash::HashMap<(i64, i64), Vec<usize>> = foldhash::HashMap::default();
    for (i, m) in ends.iter().enumerate() {
        grid.entry(key(m.at)).or_default().push(i);
    }
    let round = |p: Point| {
        let (x, y) = key(p);
        (x - 1..=x + 1).flat_map(move |cx| (y - 1..=y + 1).map(move |cy| (cx, cy)))
    };
    let near = |p: Point| round(p).flat_map(|c| grid.get(&c).into_iter().flatten().copied());
    // A vertex is where lines meet: another stroke ends at the disc (the
    // discs of a chart's series, or of links stopping short of nodes, are
    // each at one line's end).
    let mut met = vec![false; ends.len()];
    d.edges.for_each(|k, e| {
        for p in [e.a, e.b] {
            for i in near(p) {
                let m = &ends[i];
                if m.stroke as usize != k && (p - m.at).hypot() <= m.r + m.w {
                    met[i] = true;
                }
            }
        }
    })?;
    // (A disc drawn like those where lines meet, by the same marker, is a
    // vertex too, though one line ends there: svgbob's `*` on a leaf.)
    let meeting: foldhash::HashSet<Text> =
        ends.iter().zip(&met).filter(|(_, m)| **m).map(|(e, _)| e.marker).collect();
    ends.retain(|e| meeting.contains(&e.marker));
    if ends.is_empty() {
        return Ok(());
    }
    // One vertex where discs are drawn in one place (its lines' ends
    // each marked).
    let mut vertices: Vec<(Point, f64, Dot, u32)> = Vec::new();
    let mut placed_at: foldhash::HashMap<(i64, i64), Vec<usize>> = foldhash::HashMap::default();
    for m in &ends {
        let same = round(m.at)
            .flat_map(|c| placed_at.get(&c).into_iter().flatten().copied())
            .find(|&v| (vertices[v].0 - m.at).hypot() <= vertices[v].1.max(m.r));
        if let Some(v) = same {
            vertices[v].3 = vertices[v].3.max(m.stroke);
        } else {
            placed_at.entry(key(m.at)).or_default().push(vertices.len());
            vertices.push((m.at, m.r, m.dot, m.stroke));
        }
    }
    for (at, r, dot, stroke) in vertices {
        let Some(e) = d.edges.get(stroke as usize)? else { continue };
        let node = vertex(&e, at, r, dot);
        let last = d.nodes.last().map_or(0, |n| n.strokes_before);
        d.nodes.push(NodeShape { strokes_before: (stroke + 1).max(last), ..node });
    }
    unmark(d, &mut ends)
}

/// Whether a shape is drawn at `p`, a stroke's end marked by a disc of
/// radius `r` (on a stroke `w` wide): one whose rim the disc lies on
/// (within its radius and a line's width), or lies off by [`NEAR`] radii
/// and a line's width at most (the end of a link stopping short of it),
/// or one not much larger than the disc (a node the stroke runs on
/// into). A shape round the end from afar (a page's background, a frame
/// round a cluster) is none.
/// `index` holds the shapes `placed` within the largest such reach.
fn on_a_shape(placed: &[Placed], index: &NodeIndex, p: Point, (r, w): (f64, f64)) -> bool {
    let reach = NEAR * r + w;
    index.all_touching(placed, p).into_iter().any(|o| {
        let o = &placed[o as usize];
        if touch(o.center, &o.outline, p, reach).is_none() {
            return false;
        }
        // (Off the rim outside by the reach, inside by a disc and a width:
        // a page's background holds a vertex near its edge.)
        let v = p - o.center;
        let off = v.hypot() - o.outline.rim_distance(v);
        let on_rim = if off >= 0.0 { off <= reach } else { -off <= r + w };
        let (hx, hy) = o.outline.half_extents();
        on_rim || hx.max(hy) <= 10.0 * r
    })
}

/// The node candidate a disc of radius `r` at `at` draws, drawn with the
/// stroke `e` it marks.
fn vertex(e: &EdgeShape, at: Point, r: f64, dot: Dot) -> NodeShape {
    NodeShape {
        fill: dot.fill,
        stroke: dot.stroke,
        filled: !dot.fill.is_empty(),
        group: e.group,
        line: e.line,
        column: e.column,
        ..NodeShape::made(at, Outline::Circle { r }, ShapeKind::Circle)
    }
}

/// Takes the markers off the ends `ends` drew vertices at: each such
/// stroke is withdrawn and drawn again, appended, without them.
fn unmark(d: &mut Drawing, ends: &mut [Marked]) -> io::Result<()> {
    ends.sort_unstable_by_key(|m| m.stroke);
    for run in ends.chunk_by(|a, b| a.stroke == b.stroke) {
        let k = run[0].stroke;
        let Some(e) = d.edges.get(k as usize)? else { continue };
        let mut style = d.edge_styles.list[e.style.0 as usize];
        for m in run {
            *(if m.at_b { &mut style.marker_end } else { &mut style.marker_start }) = Text::EMPTY;
        }
        let style = d.edge_styles.intern(style);
        d.edges.push(EdgeShape { style, ..e })?;
        d.edges.withdraw([k]);
    }
    Ok(())
}
