//! Tables: boxes laid edge to edge, each cell drawn as a box of its own
//! (Graphviz's HTML-like labels, a class or entity drawn as stacked
//! compartments, a draw.io table). The cells tile one box, and that box
//! is the node: edges end on its cells (ports) or its rim, and the tool
//! placed the node at its centre. A cell alone is no node.
//!
//! Cells share their sides, or lie a small spacing apart along a side
//! they have in common; together they fill their bounding box. Nodes laid
//! out in a row keep a good share of their size between them, and an
//! edge joining two boxes makes them two nodes.

use std::io;

use kurbo::{Point, Rect};
use petgraph::unionfind::UnionFind;
use rstar::{AABB, RTree};

use super::{Boxed, Roles};
use crate::model::{Drawing, NodeShape, Role, ShapeKind, at};

/// The most two cells lie apart (a table's cell spacing), as a share of
/// the narrower one's extent across the gap: nodes laid out in a row or
/// a column keep more of their size between them.
const SPACING: f64 = 0.15;

/// The cells of a table fill at least this share of its box (the rest is
/// spacing) and overlap one another by no more than the excess over 1.
const FILLED: f64 = 0.85;

/// Cells laid flush tile their box: they fill at least this share of it
/// (a port on a box's rim, a badge at its side, leave more empty).
const TILED: f64 = 0.97;
const OVERLAP: f64 = 1.05;

/// A box round a table at most this many times its area is its border.
const BORDER: f64 = 2.0;

/// And at most this share of the table's smaller side away from it.
const MARGIN: f64 = 0.25;

/// Adds a node for each table: boxes among the node candidates laid edge
/// to edge that fill their bounding box, in no node groups or in one,
/// unless a border drawn round them is the node. The cells become
/// decorations. Returns whether any role changed.
pub(crate) fn tables(d: &mut Drawing, roles: &mut Roles) -> io::Result<bool> {
    let cells = cells(d, roles);
    if cells.len() < 2 {
        return Ok(false);
    }
    let tables = tiled(d, &roles.role, &cells)?;
    if tables.is_empty() {
        return Ok(false);
    }
    for table in &tables {
        let first = &d.nodes[table.cells[0]];
        // (The border, where drawn, is the node.)
        let shape = match table.border {
            Some(_) => None,
            None => match NodeShape::of_parts(ShapeKind::Table, table.whole, first) {
                Some(s) => Some(s),
                None => continue,
            },
        };
        for &i in &table.cells {
            roles.role[i] = Role::Decoration;
        }
        let Some(shape) = shape else { continue };
        d.nodes.push(shape);
        roles.role.push(Role::Node);
    }
    *roles.evidence.entry("boxes laid edge to edge (a table's cells): one node").or_default() +=
        tables.len() as u64;
    Ok(true)
}

/// A table found: its cells (shapes, in drawing order), its box, and the
/// border drawn round it, if any.
struct Table {
    cells: Vec<usize>,
    whole: Rect,
    border: Option<usize>,
}

/// A cell candidate: a shape, its box, and the node group it is drawn in.
struct Cell {
    shape: usize,
    rect: Rect,
    group: Option<u32>,
}

/// The boxes that may be cells: square-cornered boxes among the node
/// candidates, or among the shapes a node group's rule made decorations
/// of (a node group's cells are all drawn in it).
fn cells(d: &Drawing, roles: &Roles) -> Vec<Cell> {
    let mut out = Vec::new();
    for (i, s) in d.nodes.iter().enumerate() {
        let group = at(&roles.node_group, s.group).copied().flatten();
        let in_edge = at(&roles.edge_group, s.group).copied().unwrap_or(false);
        let candidate = match roles.role[i] {
            Role::Node => true,
            Role::Decoration => group.is_some() && !in_edge,
            _ => false,
        };
        if !candidate || !s.selected || s.kind == ShapeKind::Use {
            continue;
        }
        let (hx, hy) = s.outline.half_extents();
        if !super::is_box(s.outline.area(), (hx, hy)) {
            continue;
        }
        let rect = s.outline.bounds_at(s.center);
        out.push(Cell { shape: i, rect, group: group.map(|g| g.get()) });
    }
    out
}

/// Rounding: how far apart two sides drawn as one may lie.
fn slack(r: Rect) -> f64 {
    0.02 * r.width().min(r.height())
}

fn envelope(r: Rect, grow: f64) -> AABB<[f64; 2]> {
    AABB::from_corners([r.x0 - grow, r.y0 - grow], [r.x1 + grow, r.y1 + grow])
}

/// The tables the cells draw: cells laid edge to edge (see [`abut`]) that
/// fill their bounding box, with no edge candidate joining two of them;
/// and the border round each, if drawn (a box round the cells, not much
/// larger: the node). Cells a spacing apart are a table's only in one
/// node group, or within a border: nodes laid out close in a row are
/// apart too.
fn tiled(d: &Drawing, role: &[Role], cells: &[Cell]) -> io::Result<Vec<Table>> {
    let tree: RTree<Boxed> = RTree::bulk_load(
        cells
            .iter()
            .enumerate()
            .map(|(k, c)| Boxed(k, envelope(c.rect, SPACING * c.rect.width().max(c.rect.height()))))
            .collect(),
    );
    // Joined flush or in one node group; joined at all.
    let mut strict = UnionFind::<usize>::new(cells.len());
    let mut any = UnionFind::<usize>::new(cells.len());
    let mut joined = vec![false; cells.len()];
    for (k, c) in cells.iter().enumerate() {
        for b in tree.locate_in_envelope_intersecting(envelope(c.rect, 0.0)) {
            let o = &cells[b.0];
            if b.0 == k || o.group != c.group {
                continue;
            }
            if let Some(flush) = abut(c.rect, o.rect) {
                any.union(k, b.0);
                if flush || c.group.is_some() {
                    strict.union(k, b.0);
                }
                joined[k] = true;
                joined[b.0] = true;
            }
        }
    }
    let members = |sets: &UnionFind<usize>| {
        let mut out: foldhash::HashMap<usize, Vec<usize>> = foldhash::HashMap::default();
        for k in (0..cells.len()).filter(|&k| joined[k]) {
            out.entry(sets.find(k)).or_default().push(k);
        }
        let mut out: Vec<Vec<usize>> = out.into_values().collect();
        out.sort_unstable();
        out
    };
    let mut taken = vec![false; cells.len()];
    let mut tables = Vec::new();
    for (sets, spaced) in [(&any, true), (&strict, false)] {
        for ks in members(sets) {
            if ks.iter().any(|&k| taken[k]) {
                continue;
            }
            // Joined flush, or a spacing apart in one node group or within
            // a border.
            let flush = !spaced && cells[ks[0]].group.is_none();
            let filled = if flush { TILED } else { FILLED };
            let found = table(cells, &tree, &ks, filled);
            if let Some(t) = found.filter(|t| t.border.is_some() || !spaced) {
                for &k in &ks {
                    taken[k] = true;
                }
                tables.push(t);
            }
        }
    }
    if tables.is_empty() {
        return Ok(tables);
    }
    let joins = joining_edges(d, &tables)?;
    let areas = areas(d, role, &tables);
    let mut k = 0;
    tables.retain(|_| {
        k += 1;
        !joins[k - 1] && !areas[k - 1]
    });
    tables.sort_unstable_by_key(|t| t.cells[0]);
    Ok(tables)
}

/// The table the cells `ks` draw, if they fill at least the share
/// `filled` of their bounding box.
fn table(cells: &[Cell], tree: &RTree<Boxed>, ks: &[usize], filled: f64) -> Option<Table> {
    let whole = ks.iter().map(|&k| cells[k].rect).reduce(|a, b| a.union(b))?;
    let mut rects: Vec<Rect> = ks.iter().map(|&k| cells[k].rect).collect();
    distinct(&mut rects);
    let area: f64 = rects.iter().map(Rect::area).sum();
    let fills = area >= filled * whole.area() && area <= OVERLAP * whole.area();
    if rects.len() < 2 || !fills {
        return None;
    }
    let mut shapes: Vec<usize> = ks.iter().map(|&k| cells[k].shape).collect();
    shapes.sort_unstable();
    Some(Table { cells: shapes, whole, border: border(cells, tree, whole) })
}

/// The one of the `cells` (indexed by `tree`) that is a border round the
/// table `whole`, if any: the smallest that holds the table, at most
/// [`BORDER`] times its area and no more than [`MARGIN`] of its smaller
/// side from it on any side (a page's or a cluster's box is far larger,
/// or reaches farther).
fn border(cells: &[Cell], tree: &RTree<Boxed>, whole: Rect) -> Option<usize> {
    let eps = slack(whole);
    tree.locate_in_envelope_intersecting(envelope(whole, 0.0))
        .filter(|b| {
            let o = cells[b.0].rect;
            o.area() > whole.area() * (1.0 + 1e-6)
                && o.area() <= BORDER * whole.area()
                && o.inflate(eps, eps).contains_rect(whole)
                && [whole.x0 - o.x0, o.x1 - whole.x1, whole.y0 - o.y0, o.y1 - whole.y1]
                    .iter()
                    .all(|&m| m <= MARGIN * whole.width().min(whole.height()))
        })
        .min_by(|a, b| cells[a.0].rect.area().total_cmp(&cells[b.0].rect.area()))
        .map(|b| cells[b.0].shape)
}

/// Whether two boxes lie edge to edge: side by side (or one above the
/// other), the shorter of the sides they face within the longer, no more
/// than [`SPACING`] of the narrower box apart, and overlapping by no more
/// than rounding. `Some(true)` where they meet flush (within rounding),
/// `Some(false)` where a spacing lies between.
pub(super) fn abut(a: Rect, b: Rect) -> Option<bool> {
    let eps = slack(a).min(slack(b));
    let within = |(a0, a1): (f64, f64), (b0, b1): (f64, f64)| {
        let (short, long) =
            if a1 - a0 <= b1 - b0 { ((a0, a1), (b0, b1)) } else { ((b0, b1), (a0, a1)) };
        short.0 >= long.0 - eps && short.1 <= long.1 + eps
    };
    let near = |gap: f64, narrower: f64| gap >= -eps && gap <= SPACING * narrower + eps;
    let across = (b.x0 - a.x1).max(a.x0 - b.x1);
    let down = (b.y0 - a.y1).max(a.y0 - b.y1);
    if within((a.y0, a.y1), (b.y0, b.y1)) && near(across, a.width().min(b.width())) && down < 0.0 {
        Some(across <= eps)
    } else if within((a.x0, a.x1), (b.x0, b.x1))
        && near(down, a.height().min(b.height()))
        && across < 0.0
    {
        Some(down <= eps)
    } else {
        None
    }
}

/// Drops the boxes drawn twice (a fill and its outline on the same
/// geometry), keeping one.
fn distinct(rects: &mut Vec<Rect>) {
    let same = |a: &Rect, b: &Rect| {
        let eps = slack(*a);
        (a.x0 - b.x0).abs() <= eps
            && (a.x1 - b.x1).abs() <= eps
            && (a.y0 - b.y0).abs() <= eps
            && (a.y1 - b.y1).abs() <= eps
    };
    // Copies lie in one cell of a grid as fine as the smallest slack, or
    // a neighbouring one: a large table is not compared box by box.
    let q = rects.iter().map(|r| slack(*r)).fold(f64::INFINITY, f64::min);
    if !(q > 0.0 && q.is_finite()) {
        return;
    }
    #[allow(clippy::cast_possible_truncation)] // saturating: cells far out merge
    let cell = |r: &Rect| ((r.x0 / q).floor() as i64, (r.y0 / q).floor() as i64);
    let mut grid: foldhash::HashMap<(i64, i64), Vec<usize>> = foldhash::HashMap::default();
    let mut kept: Vec<Rect> = Vec::with_capacity(rects.len());
    for r in rects.drain(..) {
        let (x, y) = cell(&r);
        let copy = (-1..=1).any(|dx| {
            (-1..=1).any(|dy| {
                grid.get(&(x + dx, y + dy)).is_some_and(|ks| ks.iter().any(|&k| same(&kept[k], &r)))
            })
        });
        if !copy {
            grid.entry((x, y)).or_default().push(kept.len());
            kept.push(r);
        }
    }
    *rects = kept;
}

/// For each table: it is an area painted in pieces (see [`super::tiles`])
/// with a node drawn on it. Its cells are filled boxes with no outline, and
/// a smaller node candidate (of `role`), its centre within the table, has
/// a box covering one cell or more whole (filling it to its four sides,
/// or more): a table's cell holds what is drawn in it, smaller.
fn areas(d: &Drawing, role: &[Role], tables: &[Table]) -> Vec<bool> {
    let piece = |i: usize| super::tiles::fill_only(d, &d.nodes[i]);
    let painted: Vec<usize> = (0..tables.len())
        .filter(|&k| tables[k].border.is_none() && tables[k].cells.iter().all(|&i| piece(i)))
        .collect();
    let mut out = vec![false; tables.len()];
    if painted.is_empty() {
        return out;
    }
    let tree: RTree<Boxed> = RTree::bulk_load(
        painted.iter().map(|&k| Boxed(k, envelope(tables[k].whole, 0.0))).collect(),
    );
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] != Role::Node || !s.selected {
            continue;
        }
        let (p, r) = (s.center, s.outline.bounds_at(s.center));
        for b in tree.locate_in_envelope_intersecting(AABB::from_point([p.x, p.y])) {
            let t = &tables[b.0];
            // (A node filling a cell to its four sides is drawn on the
            // area's piece painted under it, as one covering cells whole;
            // a cell holds a smaller shape, an icon or a badge.)
            let on_cells = t.cells.iter().any(|&c| {
                let cell = d.nodes[c].outline.bounds_at(d.nodes[c].center);
                let eps = slack(cell);
                r.inflate(eps, eps).contains_rect(cell)
            });
            if on_cells && r.area() < t.whole.area() && t.cells.binary_search(&i).is_err() {
                out[b.0] = true;
            }
        }
    }
    out
}

/// For each table: an edge candidate runs from one of its cells to
/// another (two boxes an edge joins are two nodes).
fn joining_edges(d: &Drawing, tables: &[Table]) -> io::Result<Vec<bool>> {
    let tree: RTree<Boxed> = RTree::bulk_load(
        tables.iter().enumerate().map(|(k, t)| Boxed(k, envelope(t.whole, 0.0))).collect(),
    );
    let cell_of = |t: &Table, p: Point| {
        t.cells.iter().position(|&i| {
            let s = &d.nodes[i];
            let v = p - s.center;
            s.outline.box_holds(v, slack(t.whole))
        })
    };
    let mut joins = vec![false; tables.len()];
    d.edges.for_each(|_, e| {
        let at_a = AABB::from_point([e.a.x, e.a.y]);
        for b in tree.locate_in_envelope_intersecting(at_a) {
            let t = &tables[b.0];
            if let (Some(x), Some(y)) = (cell_of(t, e.a), cell_of(t, e.b))
                && x != y
            {
                joins[b.0] = true;
            }
        }
    })?;
    Ok(joins)
}
