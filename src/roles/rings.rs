//! Shapes drawn in pieces end to end: the sides of a box drawn as four
//! lines (svgbob draws every box an edge touches so), a rounded box's
//! sides and corner arcs. The reader notes each ring of pieces, each
//! joint met by exactly two of the last few drawn alike (see
//! `svg::reader::rings`). A ring is one closed shape, a node candidate like
//! any other, and its pieces are no strokes, unless something else is
//! drawn at a joint: a shape there (a node the lines run to, as networkx
//! draws a cycle's edges from centre to centre) or the end of a stroke not
//! of the ring (a junction of lines drawn later). Run before any role is
//! given, so that every rule sees the shape and not its pieces.

use kurbo::{BezPath, Point};
use rstar::RTree;
use rstar::primitives::GeomWithData;

use crate::geom::path::{Analysis, analyse};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::{Outline, touch};
use crate::model::{Drawing, NodeShape, Role, ShapeKind};

/// A ring's joint, by the ring's index.
type Joint = GeomWithData<[f64; 2], usize>;

/// Makes a node candidate of each ring noted that nothing else is drawn
/// at a joint of; withdraws its strokes from the edge candidates. Keeps
/// those rings in `d.rings`, the others dropped.
pub(crate) fn rings(d: &mut Drawing) -> std::io::Result<()> {
    if d.rings.is_empty() {
        return Ok(());
    }
    let mut ok = vec![true; d.rings.len()];
    // Shapes at a joint, the rings' own parts aside.
    let parts: foldhash::HashSet<u32> =
        d.rings.iter().flat_map(|r| r.shapes.iter().copied()).collect();
    let placed: Vec<Placed> = d
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, _)| !u32::try_from(i).is_ok_and(|i| parts.contains(&i)))
        .map(|(_, n)| Placed { center: n.center, outline: n.outline.clone() })
        .collect();
    let widest = d.rings.iter().map(|r| r.width).fold(0.0, f64::max);
    let index = NodeIndex::new(&placed, 0.5 * widest, 0.0);
    for (r, ok) in d.rings.iter().zip(&mut ok) {
        // (A shape round the whole ring, a page's background, a cluster,
        // is not at its joints.)
        let bbox = r
            .joints
            .iter()
            .fold(kurbo::Rect::from_points(r.joints[0], r.joints[0]), |b, &p| b.union_pt(p));
        *ok = !r.joints.iter().any(|&p| {
            index.all_touching(&placed, p).into_iter().any(|i| {
                let n = &placed[i as usize];
                let around = n.outline.bounds_at(n.center).inflate(r.width, r.width);
                touch(n.center, &n.outline, p, 0.5 * r.width).is_some()
                    && !around.contains_rect(bbox)
            })
        });
    }
    // Strokes ending at a joint, the rings' own aside.
    let joints: RTree<Joint> = RTree::bulk_load(
        d.rings
            .iter()
            .enumerate()
            .filter(|&(r, _)| ok[r])
            .flat_map(|(r, ring)| ring.joints.iter().map(move |p| Joint::new([p.x, p.y], r)))
            .collect(),
    );
    if joints.size() > 0 {
        let rings = &d.rings;
        let mut met = vec![false; rings.len()];
        d.edges.for_each(|k, e| {
            for p in [e.a, e.b] {
                for j in joints.locate_within_distance([p.x, p.y], (0.5 * widest).powi(2)) {
                    let r = &rings[j.data];
                    let own = u32::try_from(k).is_ok_and(|k| r.strokes.binary_search(&k).is_ok());
                    if !own && (p - Point::new(j.geom()[0], j.geom()[1])).hypot() <= 0.5 * r.width {
                        met[j.data] = true;
                    }
                }
            }
        })?;
        for (ok, met) in ok.iter_mut().zip(met) {
            *ok &= !met;
        }
    }
    let mut keep = ok.iter();
    d.rings.retain(|_| keep.next().copied().unwrap_or(false));
    // Where a ring's pieces meet is no joint of a line's legs.
    let joints: RTree<Joint> = RTree::bulk_load(
        d.rings.iter().flat_map(|r| r.joints.iter().map(|p| Joint::new([p.x, p.y], 0))).collect(),
    );
    if joints.size() > 0 {
        d.meets.retain(|&(p, _)| {
            joints.locate_within_distance([p.x, p.y], (0.5 * widest).powi(2)).next().is_none()
        });
    }
    let rings = std::mem::take(&mut d.rings);
    for r in &rings {
        if let Some(mut node) = shape(d, r) {
            // (Drawn last: the nodes stay in the order drawn.)
            let last = d.nodes.last().map_or(0, |n| n.strokes_before);
            node.strokes_before = node.strokes_before.max(last);
            d.nodes.push(node);
            d.edges.withdraw(r.strokes.iter().copied());
        }
    }
    d.rings = rings;
    Ok(())
}

/// The node candidate ring `r` draws.
fn shape(d: &Drawing, r: &crate::model::Ring) -> Option<NodeShape> {
    let mut path = BezPath::new();
    path.move_to(*r.points.first()?);
    for &p in &r.points[1..] {
        path.line_to(p);
    }
    path.close_path();
    let Analysis::Closed(c) = analyse(&path) else { return None };
    let style = d.edge_styles.list.get(r.style.0 as usize)?;
    let kind = match &c.outline {
        Outline::Polygon(p) if p.points.len() == 4 && crate::roles::is_box(p.area, p.half) => {
            ShapeKind::Rect
        }
        _ => ShapeKind::Path,
    };
    Some(NodeShape {
        stroke: style.stroke,
        class: style.class,
        group: r.group,
        strokes_before: r.strokes.last().map_or(0, |&k| k + 1),
        selected: r.selected,
        opacity: style.opacity,
        line: r.line,
        column: r.column,
        ..NodeShape::made(c.center, c.outline, kind)
    })
}

/// Gives the parts of the rings taken for shapes (see [`rings`]) their
/// roles: the pieces filled decorate the shape. Returns the rings'
/// strokes, sorted: no edges.
pub(super) fn parts(d: &Drawing, role: &mut [Role], evidence: &mut super::Evidence) -> Vec<u32> {
    let mut strokes = Vec::new();
    for r in &d.rings {
        for &i in &r.shapes {
            role[i as usize] = Role::Decoration;
        }
        strokes.extend_from_slice(&r.strokes);
    }
    strokes.sort_unstable();
    if !d.rings.is_empty() {
        let why = "pieces drawn end to end round a ring: one shape";
        *evidence.entry(why).or_default() += d.rings.len() as u64;
    }
    strokes
}
