//! What each closed shape of a drawing is: a node, or something drawn
//! around, inside or at the end of the graph's elements (a background, a
//! cluster box, a decoration inside a node, an arrowhead, a glyph of text,
//! a self-loop drawn as a ring).

use std::io;

use kurbo::{Point, Vec2};
use nonmax::NonMaxU32;
use rstar::{AABB, RTree, RTreeObject};

mod evidence;

pub(crate) use evidence::containment;

use crate::generators::{self, Generator, RoleFacts, drawio};
use crate::geom::{Outline, touch};
use crate::model::{
    Drawing, EdgeShape, Group, Index, NodeShape, ShapeKind, at, index, nearest_group,
};
pub(crate) use crate::model::{Head, Role};
use crate::text::{Strings, Text};

/// The roles of all shapes, and the heads found on edge candidates.
pub(crate) struct Roles {
    pub role: Vec<Role>,
    /// `(edge candidate index, head)`, sorted by index.
    pub heads: Vec<(u32, Head)>,
    pub generator: Generator,
    /// For each group: it or a group around it is an edge's (class `edge`).
    pub edge_group: Vec<bool>,
    /// For each group: the nearest node group, if any.
    pub node_group: Vec<Index>,
    /// draw.io's diagram model, where the drawing embeds one.
    pub model: Option<drawio::Model>,
    /// With a model: for each group, the nearest that draws an edge cell,
    /// if any (else empty).
    pub edge_cells: Vec<Index>,
    /// Shapes whose role the drawing's own evidence settled, by evidence.
    pub evidence: Evidence,
}

/// Counts of shapes by the evidence that settled their roles (for the
/// report).
pub(crate) type Evidence = std::collections::BTreeMap<&'static str, u64>;

pub(super) fn has_token(strings: &Strings, t: crate::text::Text, tokens: &[&str]) -> bool {
    strings.resolve(t).split_whitespace().any(|c| tokens.contains(&c))
}

const LABEL_TOKENS: [&str; 5] = ["background", "edgeLabel", "edgeLabels", "label", "labels"];

/// For each group: it or a group around it has one of the class `tokens`.
pub(crate) fn token_groups(groups: &[Group], strings: &Strings, tokens: &[&str]) -> Vec<bool> {
    nearest_group(groups, false, |_, grp| has_token(strings, grp.class, tokens).then_some(true))
}

/// For each group: it or a group around it is, by its class or id, a
/// label, an edge label or a background.
fn label_groups(d: &Drawing) -> Vec<bool> {
    nearest_group(&d.groups, false, |_, grp| {
        let text_n = generators::matplotlib::is_text_group(d.strings.resolve(grp.svg_id));
        (text_n || has_token(&d.strings, grp.class, &LABEL_TOKENS)).then_some(true)
    })
}

/// True when the shape or a group around it is a label or a background.
fn in_label(d: &Drawing, labelish: &[bool], s: &NodeShape) -> bool {
    (!s.class.is_empty() && has_token(&d.strings, s.class, &LABEL_TOKENS))
        || at(labelish, s.group).copied().unwrap_or(false)
}

/// For each group: the nearest group (itself or one around it) whose
/// class has the token `node`, or that draws a vertex of `model`, if any.
fn node_groups(d: &Drawing, model: Option<&drawio::Model>) -> Vec<Index> {
    nearest_group(&d.groups, None, |g, grp| {
        let vertex = model.is_some_and(|m| m.draws_vertex(&d.strings, grp));
        (vertex || has_token(&d.strings, grp.class, &["node"])).then_some(Some(g))
    })
}

/// For each group: it or a group around it is an edge's (class `edge`, or
/// drawing a draw.io edge cell: `edge_cells`, empty without a model).
fn edge_groups(d: &Drawing, edge_cells: &[Index]) -> Vec<bool> {
    let mut flags = token_groups(&d.groups, &d.strings, &["edge"]);
    for (flag, cell) in flags.iter_mut().zip(edge_cells) {
        *flag |= cell.is_some();
    }
    flags
}

/// The edge candidates by class, in document order (classless ones left
/// out).
fn strokes_by_class(d: &Drawing) -> io::Result<foldhash::HashMap<Text, Vec<u32>>> {
    let mut out: foldhash::HashMap<Text, Vec<u32>> = foldhash::HashMap::default();
    d.edges.for_each(|k, e| {
        let class = d.edge_styles.list[e.style.0 as usize].class;
        if !class.is_empty() {
            out.entry(class).or_default().push(k as u32);
        }
    })?;
    Ok(out)
}

/// A small filled polygon touching one end of stroke `k` (the stroke drawn
/// right before it, or one its class names): that stroke's arrowhead.
/// Returns the head.
fn arrowhead(d: &Drawing, s: &NodeShape, k: Index) -> io::Result<Option<(Head, bool)>> {
    let Some(k) = k else { return Ok(None) };
    Ok(match d.edges.get(k.get() as usize)? {
        Some(e) => arrowhead_of(d, s, &e),
        None => None,
    })
}

/// A small closed shape `s` touching one end of stroke `e`, reaching on
/// along it: its head (a triangle, a V, a circle, a bar, a diamond, …).
/// True with it when the shape is not a small polygon, so that its tip
/// must be seen to reach a node before it is believed (see
/// [`reaches_a_node`]).
fn arrowhead_of(d: &Drawing, s: &NodeShape, e: &EdgeShape) -> Option<(Head, bool)> {
    // A hollow head (PlantUML inheritance) is unfilled but stroked.
    let stroke = d.strings.resolve(s.stroke);
    if !s.filled && (stroke.is_empty() || crate::svg::style::is_no_paint(stroke)) {
        return None;
    }
    let vertices = match &s.outline {
        Outline::Polygon(poly) => Some(&poly.points),
        _ => None,
    };
    let extended = vertices.is_none_or(|v| v.len() > 8);
    let half = s.outline.half_extents();
    let size = half.0.max(half.1);
    if extended && size > 0.5 * (e.b - e.a).hypot() {
        return None;
    }
    let tol = size * 0.25;
    let ta = touch(s.center, &s.outline, e.a, tol);
    let tb = touch(s.center, &s.outline, e.b, tol);
    let at_b = match (ta, tb) {
        (None, None) => return None,
        (Some(_), None) => false,
        (None, Some(_)) => true,
        (Some(x), Some(y)) => y.score <= x.score,
    };
    let end = if at_b { e.b } else { e.a };
    // The direction the head points in: on along the shaft.
    let stroke_dir = {
        let x = e.shape(&d.extras);
        if at_b { x.b_dir } else { -x.a_dir }
    };
    if stroke_dir.hypot() == 0.0 {
        return None;
    }
    // The tip: the point reaching farthest in that direction.
    let tip = if let Some(points) = vertices {
        points
            .iter()
            .map(|v| s.center + *v)
            .max_by(|p, q| (*p - end).dot(stroke_dir).total_cmp(&(*q - end).dot(stroke_dir)))?
    } else {
        let u = stroke_dir / stroke_dir.hypot();
        s.center + u * s.outline.rim_distance(u)
    };
    // A head points on along its shaft: its tip lies at or ahead of the
    // shaft's end (matplotlib ends the shaft on the tip), its body behind.
    let to_tip: Vec2 = tip - end;
    let ahead = stroke_dir.dot(to_tip) / stroke_dir.hypot();
    if ahead < -1e-6 * size || stroke_dir.dot(tip - s.center) <= 0.0 {
        return None;
    }
    Some((Head { at_b, tip }, extended))
}

/// Whether the tip of head shape `s` (of the shapes `shapes`, in `tree`)
/// reaches a larger shape still taken for a node.
fn reaches_a_node(
    shapes: &[NodeShape],
    role: &[Role],
    tree: &RTree<Boxed>,
    s: usize,
    tip: Point,
) -> bool {
    let size = {
        let h = shapes[s].outline.half_extents();
        h.0.max(h.1)
    };
    let tol = 0.25 * size;
    let area = shapes[s].outline.area();
    let near = AABB::from_corners([tip.x - tol, tip.y - tol], [tip.x + tol, tip.y + tol]);
    tree.locate_in_envelope_intersecting(near).any(|b| {
        let o = &shapes[b.0];
        // (Reached from outside: a background around the head is no node.)
        b.0 != s
            && role[b.0] == Role::Node
            && o.outline.area() > area
            && touch(o.center, &o.outline, tip, tol).is_some()
            && touch(o.center, &o.outline, shapes[s].center, 0.0).is_none()
    })
}

/// A shape by its box, for the tree of [`reaches_a_node`].
struct Boxed(usize, AABB<[f64; 2]>);

impl RTreeObject for Boxed {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        self.1
    }
}

fn boxed(shapes: &[NodeShape], role: &[Role]) -> RTree<Boxed> {
    let items = shapes
        .iter()
        .enumerate()
        .filter(|(i, _)| role[*i] == Role::Node)
        .map(|(i, s)| {
            let (hx, hy) = s.outline.half_extents();
            let c = s.center;
            Boxed(i, AABB::from_corners([c.x - hx, c.y - hy], [c.x + hx, c.y + hy]))
        })
        .collect();
    RTree::bulk_load(items)
}

/// The heads drawn for strokes, `(stroke, head)`, and the shapes they are
/// drawn as, `(shape, stroke)`, in the same order.
type Heads = (Vec<(u32, Head)>, Vec<(usize, u32)>);

/// The heads drawn for strokes (see [`Heads`]).
fn find_heads(d: &Drawing, tool: &dyn generators::Tool, role: &[Role]) -> io::Result<Heads> {
    let mut heads: Vec<(u32, Head)> = Vec::new();
    let mut head_of: Vec<(usize, u32)> = Vec::new();
    let mut unproven: Vec<bool> = Vec::new();
    // Where heads are drawn in a layer of their own, after all strokes,
    // each head's class names its edge, as the stroke's does.
    let mut by_class = if tool.heads_named_by_class() {
        strokes_by_class(d)?
    } else {
        foldhash::HashMap::default()
    };
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] != Role::Node {
            continue;
        }
        let mut named = None;
        if let Some(ks) = by_class.get_mut(&s.class) {
            for (j, &k) in ks.iter().enumerate() {
                if arrowhead(d, s, index(k as usize))?.is_some() {
                    named = Some(ks.remove(j));
                    break;
                }
            }
        }
        let k = named.map_or(s.after_stroke, |k| index(k as usize));
        if let Some((h, extended)) = arrowhead(d, s, k)?
            && let Some(k) = k
        {
            let k = k.get();
            heads.push((k, h));
            head_of.push((i, k));
            unproven.push(extended);
        }
    }
    // Heads of other shapes than small polygons are believed when their
    // tips reach nodes.
    if unproven.iter().any(|&u| u) {
        let tree = boxed(&d.nodes, role);
        let mut keep = unproven.iter();
        let mut proven = |(i, _): &(usize, u32), (_, h): &(u32, Head)| {
            !keep.next().copied().unwrap_or(false)
                || reaches_a_node(&d.nodes, role, &tree, *i, h.tip)
        };
        let both: Vec<((usize, u32), (u32, Head))> = head_of
            .iter()
            .copied()
            .zip(heads.iter().copied())
            .filter(|(a, b)| proven(a, b))
            .collect();
        (head_of, heads) = both.into_iter().unzip();
    }
    Ok((heads, head_of))
}

/// For each stroke with a head (`heads`, by stroke): whether heads are drawn
/// on a good share (a quarter) of the strokes of its style.
fn heads_by_style(d: &Drawing, heads: &[(u32, Head)]) -> io::Result<Vec<(u32, bool)>> {
    let with_head: foldhash::HashSet<u32> = heads.iter().map(|(k, _)| *k).collect();
    // Per style: strokes, and strokes with a head.
    let mut counts: foldhash::HashMap<u32, (usize, usize)> = foldhash::HashMap::default();
    let mut style_of: Vec<(u32, u32)> = Vec::with_capacity(heads.len());
    d.edges.for_each(|k, e| {
        let c = counts.entry(e.style.0).or_default();
        c.0 += 1;
        if with_head.contains(&(k as u32)) {
            c.1 += 1;
            style_of.push((k as u32, e.style.0));
        }
    })?;
    Ok(style_of
        .into_iter()
        .map(|(k, st)| {
            let (all, headed) = counts.get(&st).copied().unwrap_or_default();
            (k, headed * 4 >= all)
        })
        .collect())
}

/// Decides the roles of the shapes of `d`.
pub(crate) fn assign(d: &Drawing) -> io::Result<Roles> {
    let generator = generators::detect(d);
    let tool = generators::tool(generator);
    let n = d.nodes.len();
    let mut role = vec![Role::Node; n];

    // Glyphs of text and shapes of labels.
    let labelish = label_groups(d);
    for (i, s) in d.nodes.iter().enumerate() {
        if !s.selected {
            role[i] = Role::Decoration; // left out by the user's selector
            continue;
        }
        let glyph = s.kind == ShapeKind::Use && d.defs.get(&s.href).is_some_and(|def| def.symbol);
        if glyph || in_label(d, &labelish, s) {
            role[i] = Role::Glyph;
        }
    }

    // Arrowheads: only when the drawing draws them for many of its edges,
    // so that a node that happens to follow an edge is not taken for one.
    let (mut heads, head_of) = find_heads(d, tool, &role)?;
    let strokes = d.edge_count();
    let model = tool.embedded_model(&d.origin);
    let edge_cells =
        model.as_ref().map(|m| m.edge_cells(&d.strings, &d.groups)).unwrap_or_default();
    let edge_group = edge_groups(d, &edge_cells);
    let in_edge_group = |s: &NodeShape| at(&edge_group, s.group).copied().unwrap_or(false);
    // Heads are believed where the drawing has them on a good share of its
    // strokes, or where the generator groups each edge's parts (Graphviz).
    let mut evidence = Evidence::new();
    let many = heads.len() * 4 >= strokes;
    // Else on a good share of the strokes drawn like theirs (a figure's
    // axes, ticks and grid are strokes of other styles).
    let styled = if many || heads.is_empty() { Vec::new() } else { heads_by_style(d, &heads)? };
    let mut kept = Vec::with_capacity(heads.len());
    for ((i, e), h) in head_of.iter().zip(&heads) {
        let share = styled.iter().any(|&(k, ok)| k == *e && ok);
        if many || share || in_edge_group(&d.nodes[*i]) {
            if !many && share && !in_edge_group(&d.nodes[*i]) {
                *evidence
                    .entry("head: on a quarter of the strokes drawn like its own")
                    .or_default() += 1;
            }
            if !matches!(&d.nodes[*i].outline, Outline::Polygon(p) if p.points.len() <= 8) {
                *evidence
                    .entry("head: not a small polygon, its tip reaching a node")
                    .or_default() += 1;
            }
            role[*i] = Role::Arrowhead(*e);
            kept.push(*h);
        }
    }
    heads = kept;
    heads.sort_by_key(|(e, _)| *e);
    heads.dedup_by_key(|(e, _)| *e);
    // Nothing else drawn inside an edge's group is a node.
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] == Role::Node && in_edge_group(s) {
            role[i] = Role::Decoration;
        }
    }

    let node_group = node_groups(d, model.as_ref());
    tool.settle_roles(d, &RoleFacts { node_group: &node_group }, &mut role);

    // Several shapes in one node group (Graphviz, Mermaid): the largest is
    // the node, the others decorate it.
    let mut best_in_group: foldhash::HashMap<NonMaxU32, usize> = foldhash::HashMap::default();
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] != Role::Node {
            continue;
        }
        if let Some(&Some(g)) = at(&node_group, s.group) {
            match best_in_group.get(&g) {
                Some(&j) if d.nodes[j].outline.area() >= s.outline.area() => {
                    role[i] = Role::Decoration;
                }
                Some(&j) => {
                    role[j] = Role::Decoration;
                    best_in_group.insert(g, i);
                }
                None => {
                    best_in_group.insert(g, i);
                }
            }
        }
    }

    Ok(Roles { role, heads, generator, edge_group, node_group, model, edge_cells, evidence })
}

/// The tool's own id of each shape, where the tool wrote one: the shape's
/// own identity attribute (sigma.js's `data-node-id`), else what the
/// drawing's tool reads from its groups and comments. Empty where there is
/// none.
pub(crate) fn tool_ids(d: &mut Drawing, roles: &Roles) -> Vec<Text> {
    let mut ids: Vec<Option<String>> = vec![None; d.nodes.len()];
    generators::tool(roles.generator).node_ids(d, &roles.node_group, &mut ids);
    let mut out = Vec::with_capacity(d.nodes.len());
    for (i, id) in ids.into_iter().enumerate() {
        let s = d.nodes[i].ident;
        out.push(if s.is_empty() { id.map_or(Text::EMPTY, |id| d.strings.intern(&id)) } else { s });
    }
    out
}
