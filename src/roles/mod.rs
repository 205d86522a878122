//! What each closed shape of a drawing is: a node, or something drawn
//! around, inside or at the end of the graph's elements (a background, a
//! cluster box, a decoration inside a node, a port on a node's rim, an
//! arrowhead, a glyph of text, a self-loop drawn as a ring).

use std::io;

use nonmax::NonMaxU32;

mod caps;
mod casings;
mod chains;
mod compounds;
mod dots;
mod evidence;
mod figures;
mod heads;
mod joins;
mod junctions;
mod outlines;
mod pies;
mod ports;
mod rings;
mod shadows;
mod tables;
mod text_nodes;
mod tiles;

pub(crate) use caps::stroke_caps;
pub(crate) use casings::doubles;
pub(crate) use chains::chains;
pub(crate) use compounds::compounds;
pub(crate) use dots::marker_dots;
pub(crate) use heads::heads_by_place;
use heads::{find_heads, heads_by_style};
pub(crate) use joins::joins;

use evidence::Look;
pub(crate) use evidence::containment;
pub(crate) use figures::figures;
pub(crate) use outlines::outline_strokes;
pub(crate) use pies::{Pies, pies};
pub(crate) use ports::{ports, strung};
pub(crate) use rings::rings;
pub(crate) use shadows::{copies, shadows};
pub(crate) use tables::tables;
pub(crate) use text_nodes::text_nodes;
pub(crate) use tiles::tiles;

use crate::generators::{self, Generator, RoleFacts, drawio};
use crate::geom::Outline;
use crate::model::{Drawing, Group, Index, NodeShape, ShapeKind, at, nearest_group};
pub(crate) use crate::model::{Head, Role};
use crate::text::{Strings, Text};

/// Whether a shape of `area` and half extents `(hx, hy)` is a box: it
/// fills at least 96 % of its bounding box (square-cornered or nearly; a
/// rounded box, a diamond or a disc does not).
pub(super) fn is_box(area: f64, (hx, hy): (f64, f64)) -> bool {
    hx > 0.0 && hy > 0.0 && area >= 0.96 * 4.0 * hx * hy
}

/// An item by its box, for the R-trees the role rules look things up in.
pub(super) struct Boxed(pub usize, pub rstar::AABB<[f64; 2]>);

impl Boxed {
    /// Item `i`, its box `half` wide and high either side of `c`.
    pub(super) fn around(i: usize, c: kurbo::Point, (hx, hy): (f64, f64)) -> Boxed {
        Boxed(i, rstar::AABB::from_corners([c.x - hx, c.y - hy], [c.x + hx, c.y + hy]))
    }
}

impl rstar::RTreeObject for Boxed {
    type Envelope = rstar::AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        self.1
    }
}

/// The roles of all shapes, and the heads found on edge candidates.
pub(crate) struct Roles {
    pub role: Vec<Role>,
    /// `(edge candidate index, head)`, sorted by index.
    pub heads: Vec<(u32, Head)>,
    /// Edge candidates that cap another's end (a bar, a bracket, an open
    /// V drawn as strokes), sorted: no edges.
    pub caps: Vec<u32>,
    /// Edge candidates drawn under a narrower line along their course
    /// (see [`casings`]), sorted: no edges.
    pub casings: Vec<u32>,
    /// Lines drawn double as two strokes (see [`casings::doubles`]): the
    /// second of each pair is no edge. Found once every head drawn as a
    /// shape is.
    pub doubles: casings::Doubles,
    /// Edge candidates split into pieces, one per run between two nodes
    /// (see [`chains`]), sorted: the pieces are the edges.
    pub split: Vec<u32>,
    /// Edge candidates drawn end to end, joined into one per run (see
    /// [`joins`]), sorted: the runs are the edges.
    pub joined: Vec<u32>,
    /// Edge candidates that their group's names do not name (ways through
    /// junctions, see [`joins`]), sorted.
    pub unnamed: Vec<u32>,
    /// Edge candidates drawing part of a figure (see [`figures`]),
    /// sorted: no edges.
    pub figure_strokes: Vec<u32>,
    /// Edge candidates drawing part of a ring taken for a shape (see
    /// [`rings`]), sorted: withdrawn, no edges.
    pub ring_strokes: Vec<u32>,
    /// Edge candidates withdrawn before any role was given (a ring's
    /// pieces, strokes drawn again without a mark: see [`marker_dots`]),
    /// sorted: no edges.
    pub withdrawn: Vec<u32>,
    /// Edge candidates drawn on a container, both ends on its rim (a
    /// package's tab, a lane's divider; see [`compounds`]), sorted: no
    /// edges.
    pub container_lines: Vec<u32>,
    /// Containers that are nodes too (see [`compounds`]), sorted: only
    /// ends on their rims end on them.
    pub compounds: Vec<u32>,
    /// Boxes that edges may end on for a node (node shape, box): a
    /// figure's box with its text.
    pub extents: Vec<(u32, kurbo::Rect)>,
    /// Boxes round nodes and their names drawn as glyphs beside them (node
    /// shape, box): an end that touches no node but lies on one ends on
    /// its node, as on a name written as text (see [`text_nodes`]).
    pub name_boxes: Vec<(u32, kurbo::Rect)>,
    /// Nodes drawn in parts (see [`figures`]): (node shape, its first
    /// part). The node is the part's for the tool's ids (a comment before
    /// the part names it).
    pub parts: Vec<(u32, u32)>,
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

impl Roles {
    /// Adds the discs of the pies (see [`pies`]) to the drawing's shapes,
    /// as nodes, and names the evidence for them and for rings' segments.
    pub(crate) fn add_pies(&mut self, d: &mut Drawing, pies: Pies) {
        if !pies.discs.is_empty() {
            let n = pies.discs.len() as u64;
            *self.evidence.entry("wedges round one point (a pie): one node").or_default() += n;
        }
        if !pies.rings.is_empty() {
            let n = pies.rings.len() as u64;
            let why = "a ring's segment round a disc, or on its rim: its decoration";
            *self.evidence.entry(why).or_default() += n;
        }
        for (_, s) in pies.discs {
            d.nodes.push(s);
            self.role.push(Role::Node);
        }
    }

    /// The edge candidates that are no edges (caps, casings, paths split into
    /// pieces, pieces joined into runs, figures' and containers' strokes),
    /// sorted.
    pub(crate) fn not_edges(&self) -> Vec<u32> {
        let mut out: Vec<u32> = self
            .caps
            .iter()
            .chain(&self.casings)
            .chain(&self.doubles.twins)
            .chain(&self.split)
            .chain(&self.joined)
            .chain(&self.figure_strokes)
            .chain(&self.ring_strokes)
            .chain(&self.withdrawn)
            .chain(&self.container_lines)
            .copied()
            .collect();
        out.sort_unstable();
        out
    }

    /// How many edge candidates were set aside as no edges, by why (for
    /// the report's `ignored`).
    pub(crate) fn strokes_set_aside(&self) -> [(&'static str, usize); 6] {
        [
            ("stroke drawing part of a shape drawn in pieces end to end", self.ring_strokes.len()),
            ("stroke capping an edge's end", self.caps.len()),
            ("stroke framing the narrower line drawn over it", self.casings.len()),
            ("stroke drawn beside its twin (a line drawn double)", self.doubles.twins.len()),
            ("stroke drawing part of a figure", self.figure_strokes.len()),
            ("stroke drawn on a container", self.container_lines.len()),
        ]
    }
}

/// Counts of shapes by the evidence that settled their roles (for the
/// report).
pub(crate) type Evidence = std::collections::BTreeMap<&'static str, u64>;

/// Notes in the report that a rule weighing shapes pair by pair stopped
/// early (see `NodeIndex::pair_budget`): thousands of shapes drawn over
/// one another.
pub(crate) fn unweighed(evidence: &mut Evidence) {
    let why = "rules left pairs of shapes unweighed: too many drawn over one another";
    *evidence.entry(why).or_default() += 1;
}

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

/// Decides the roles of the shapes of `d`.
pub(crate) fn assign(d: &Drawing, pies: &mut Pies) -> io::Result<Roles> {
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
        let glyph = s.kind == ShapeKind::Use && d.symbols.contains(&s.href);
        if glyph || in_label(d, &labelish, s) {
            role[i] = Role::Glyph;
        }
    }

    for &(i, k) in &d.outline_strokes {
        role[i as usize] = Role::Stroke(k);
    }

    pies.settle(&mut role);

    let mut evidence = Evidence::new();
    let ring_strokes = rings::parts(d, &mut role, &mut evidence);

    // Arrowheads: only when the drawing draws them for many of its edges,
    // so that a node that happens to follow an edge is not taken for one.
    let (mut heads, head_of, stemmed) = find_heads(d, tool, &role)?;
    let strokes = d.edge_count();
    let model = tool.embedded_model(&d.origin);
    let edge_cells =
        model.as_ref().map(|m| m.edge_cells(&d.strings, &d.groups)).unwrap_or_default();
    let edge_group = edge_groups(d, &edge_cells);
    let in_edge_group = |s: &NodeShape| at(&edge_group, s.group).copied().unwrap_or(false);
    // Heads are believed where the drawing has them on a good share of its
    // strokes, or where the generator groups each edge's parts (Graphviz).
    let many = heads.len() * 4 >= strokes;
    // Else on a good share of the strokes drawn like theirs (a figure's
    // axes, ticks and grid are strokes of other styles).
    let styled = if many || heads.is_empty() { Vec::new() } else { heads_by_style(d, &heads)? };
    let mut kept = Vec::with_capacity(heads.len());
    for ((i, e), h) in head_of.iter().zip(&heads) {
        let share = styled.iter().any(|&(k, ok)| k == *e && ok);
        let pointed = pointed(d, &d.nodes[*i], *e, &h.1)?;
        if many || share || pointed || in_edge_group(&d.nodes[*i]) {
            let why = if in_edge_group(&d.nodes[*i]) {
                "head: in its edge's group, capping its stroke's end"
            } else if many {
                "head: drawn with its stroke, capping its end (a quarter of the strokes have one)"
            } else if share {
                "head: on a quarter of the strokes drawn like its own"
            } else {
                "head: a small polygon pointing on along its stroke, short beside it"
            };
            *evidence.entry(why).or_default() += 1;
            if !matches!(&d.nodes[*i].outline, Outline::Polygon(p) if p.points.len() <= 8) {
                *evidence
                    .entry("head: not a small polygon, its tip reaching a node")
                    .or_default() += 1;
            }
            role[*i] = Role::Arrowhead(*e);
            kept.push(*h);
        }
    }
    // The stems of the heads kept are part of them.
    let mut caps: Vec<u32> =
        stemmed.iter().filter(|(k, _)| kept.iter().any(|(e, _)| e == k)).map(|&(_, j)| j).collect();
    caps.sort_unstable();
    caps.dedup();
    heads = kept;
    heads.extend_from_slice(&d.outline_heads);
    heads.sort_by_key(|(e, h)| (*e, h.at_b));
    heads.dedup_by_key(|(e, h)| (*e, h.at_b));
    // Nothing else drawn inside an edge's group is a node.
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] == Role::Node && in_edge_group(s) {
            role[i] = Role::Decoration;
        }
    }

    let node_group = node_groups(d, model.as_ref());
    tool.settle_roles(d, &RoleFacts { node_group: &node_group }, &mut role);

    let kept = largest_in_node_groups(d, &node_group, &mut role);
    // A pie in a node group that keeps a node of its own is that node
    // (Graphviz's `wedged` style draws the outline round the wedges).
    pies.discs.retain(|(w, _)| match at(&node_group, d.nodes[*w].group) {
        Some(Some(g)) => !kept.contains_key(g),
        _ => true,
    });

    let casings = casings::casings(d, &heads)?;
    Ok(Roles {
        role,
        heads,
        caps,
        casings,
        doubles: casings::Doubles::default(),
        split: Vec::new(),
        joined: Vec::new(),
        unnamed: Vec::new(),
        figure_strokes: Vec::new(),
        ring_strokes,
        withdrawn: d.edges.gone().to_vec(),
        container_lines: Vec::new(),
        compounds: Vec::new(),
        extents: Vec::new(),
        name_boxes: Vec::new(),
        parts: Vec::new(),
        generator,
        edge_group,
        node_group,
        model,
        edge_cells,
        evidence,
    })
}

/// Whether head `h`, shape `s` capping stroke `k`, is a small polygon
/// that narrows to its tip along the stroke and is short beside it (at
/// most [`POINTED`] of its length), its centre off the stroke's end by a
/// quarter of its size at least: an arrowhead on its look alone, however
/// few strokes have one. A node a stroke ends on is as large as a head
/// only beside a long stroke, points along it only by chance, and the
/// stroke ends at its centre (a head is capped at its tip or its back).
fn pointed(d: &Drawing, s: &NodeShape, k: u32, h: &Head) -> io::Result<bool> {
    let small_polygon = matches!(&s.outline, Outline::Polygon(p) if p.points.len() <= 8);
    if !h.points || !small_polygon {
        return Ok(false);
    }
    let (hx, hy) = s.outline.half_extents();
    let size = 2.0 * hx.max(hy);
    Ok(d.edges.get(k as usize)?.is_some_and(|e| {
        let end = if h.at_b { e.b } else { e.a };
        size <= POINTED * (e.b - e.a).hypot() && (s.center - end).hypot() >= 0.25 * size
    }))
}

/// The longest a head believed on its look alone is, as a share of its
/// stroke (see [`pointed`]).
const POINTED: f64 = 0.2;

/// Of several node candidates in one node group (Graphviz, Mermaid), the
/// largest is the node; the others decorate it. Returns each node group's
/// node.
fn largest_in_node_groups(
    d: &Drawing,
    node_group: &[Index],
    role: &mut [Role],
) -> foldhash::HashMap<NonMaxU32, usize> {
    let mut best_in_group: foldhash::HashMap<NonMaxU32, usize> = foldhash::HashMap::default();
    for (i, s) in d.nodes.iter().enumerate() {
        if role[i] != Role::Node {
            continue;
        }
        if let Some(&Some(g)) = at(node_group, s.group) {
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
    best_in_group
}

/// The tool's own id of each shape, where the tool wrote one: the shape's
/// own identity attribute (sigma.js's `data-node-id`), else what the
/// drawing's tool reads from its groups and comments. Empty where there is
/// none.
pub(crate) fn tool_ids(d: &mut Drawing, roles: &Roles) -> Vec<Text> {
    let mut ids: Vec<Option<String>> = vec![None; d.nodes.len()];
    generators::tool(roles.generator).node_ids(d, &roles.node_group, &mut ids);
    for &(node, part) in &roles.parts {
        ids[node as usize] = ids[part as usize].take();
    }
    let mut out = Vec::with_capacity(d.nodes.len());
    for (i, id) in ids.into_iter().enumerate() {
        let s = d.nodes[i].ident;
        out.push(if s.is_empty() { id.map_or(Text::EMPTY, |id| d.strings.intern(&id)) } else { s });
    }
    out
}
