//! The extracted graph: nodes and edges built from matched shapes.

use std::fmt::Write as _;

use kurbo::Point;
use petgraph::graph::{EdgeIndex, Graph, NodeIndex};
use rayon::prelude::*;

use crate::error::Position;
use crate::geom::spatial::{self, Placed};
use crate::links::Links;
use crate::options::{Directed, ExtractOptions};
use crate::report::{Report, Warnings};
use crate::roles::{self, Generator, Head, Role};
pub use crate::svg::ShapeKind;
use crate::svg::{
    Candidates, Drawing, EdgeShape, Group, Label, Marker, NONE, NodeShape, StrokeExtra,
};
use crate::text::{Strings, Text};

/// A node of the drawing.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Node {
    /// The node's id: its element `id` when present and unique, else its
    /// `<title>` when unique, else `n1`, `n2`, … in document order.
    pub id: Text,
    /// Centre, in the root `<svg>`'s user space.
    pub x: f64,
    /// Centre, in the root `<svg>`'s user space.
    pub y: f64,
    /// Radius in root user units (of the circle of equal area when the
    /// outline is not a circle).
    pub r: f64,
    /// The node's label (its `<title>` text).
    pub label: Text,
    /// Computed `fill`.
    pub fill: Text,
    /// Computed `stroke`.
    pub stroke: Text,
    /// The element's `class`.
    pub class: Text,
    /// The element's `id` attribute.
    pub svg_id: Text,
    /// The element the node is drawn with.
    pub shape: ShapeKind,
    /// How opaque it is drawn, 0 to 1: the product of the `opacity` of the
    /// element and its ancestors and its `fill-opacity` (`stroke-opacity`
    /// when it is not filled).
    pub opacity: f32,
}

/// An edge of the drawing. Its look is shared with other edges: see
/// [`Diagram::edge_style`].
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Edge {
    /// The edge's style.
    pub style: StyleId,
    /// The element's `id` attribute.
    pub svg_id: Text,
    /// Drawn with an arrowhead (or marker): the edge points from source to
    /// target.
    pub directed: bool,
    /// Text drawn on or beside the edge (Graphviz, Mermaid edge labels).
    pub label: Text,
    /// The drawing names other ends for it (Graphviz title, Gephi class,
    /// connector) than its geometry touches; the names were used.
    pub disputed: bool,
}

/// Identifies an [`EdgeStyle`] of a [`Diagram`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StyleId(pub u32);

/// How an edge is drawn. Drawings use few distinct styles for many edges,
/// so each is stored once.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct EdgeStyle {
    /// Computed `stroke`.
    pub stroke: Text,
    /// Computed `stroke-width`, in the element's own user units.
    pub stroke_width: Option<f64>,
    /// The element's `class`.
    pub class: Text,
    /// The `id` of the marker at its start, if any.
    pub marker_start: Text,
    /// The `id` of the marker at its end, if any.
    pub marker_end: Text,
    /// How opaque it is drawn, 0 to 1: the product of the `opacity` of the
    /// element and its ancestors and its `stroke-opacity`.
    pub opacity: f32,
}

/// A graph recovered from a drawing, with the strings its nodes and edges
/// refer to and the report of the extraction.
///
/// Node indices follow document order; edge indices follow the document
/// order of the edge elements.
#[derive(Debug)]
pub struct Diagram {
    nodes: Vec<Node>,
    edges: Links,
    /// The petgraph graph, built from `nodes` and `edges` when first asked
    /// for: the writers do not need it, and building it costs time.
    graph: std::sync::OnceLock<Graph<Node, Edge>>,
    strings: Strings,
    edge_styles: Vec<EdgeStyle>,
    report: Report,
    /// Strokes that are not edges (see [`Rejected`]), the first
    /// [`MAX_REJECTED`] of them.
    rejected: Vec<Rejected>,
}

/// An edge between two nodes (indices into [`Diagram::nodes`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Link {
    pub source: u32,
    pub target: u32,
    pub edge: Edge,
}

/// A stroke that did not become an edge, for previews.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rejected {
    pub a: Point,
    pub b: Point,
    /// An end touches no node (else both touch the same one).
    pub dangling: bool,
}

/// Most rejected strokes kept for the preview.
const MAX_REJECTED: usize = 100_000;

impl Diagram {
    /// Strokes that did not become edges (for previews).
    pub(crate) fn rejected(&self) -> &[Rejected] {
        &self.rejected
    }

    /// The graph. Edges point from the end drawn first to the end drawn
    /// last; undirected drawings ignore that order. (Built on the first
    /// call.)
    pub fn graph(&self) -> &Graph<Node, Edge> {
        self.graph.get_or_init(|| {
            let mut g = Graph::with_capacity(self.nodes.len(), self.edges.len());
            for n in &self.nodes {
                g.add_node(n.clone());
            }
            for l in self.edges.iter() {
                g.add_edge(
                    NodeIndex::new(l.source as usize),
                    NodeIndex::new(l.target as usize),
                    l.edge,
                );
            }
            g
        })
    }

    /// The nodes, in document order, as a slice.
    pub(crate) fn node_list(&self) -> &[Node] {
        &self.nodes
    }

    /// Calls `f` with the edges chunk by chunk, in document order.
    pub(crate) fn for_each_link_chunk<E: From<std::io::Error>>(
        &self,
        f: impl FnMut(&[Link]) -> Result<(), E>,
    ) -> Result<(), E> {
        self.edges.for_each_chunk(f)
    }

    /// Whether the edges' stroke widths differ: then they are the weights.
    pub(crate) fn weights_vary(&self) -> bool {
        let mut widths = self
            .edges
            .styles()
            .map(|k| self.edge_styles[k.0 as usize].stroke_width.map(f64::to_bits));
        widths.next().is_some_and(|first| widths.any(|w| w != first))
    }

    /// Checks that every walk over the edges saw them all. With
    /// [`ExtractOptions::spool_edges`], the edges of a large drawing are
    /// read back from a temporary file by [`Diagram::edges`] and
    /// [`Diagram::graph`], which end early (as if there were no more) should
    /// that fail; this says so.
    ///
    /// # Errors
    ///
    /// When reading the temporary file back failed.
    pub fn check_edges(&self) -> std::io::Result<()> {
        self.edges.failure().map_or(Ok(()), Err)
    }

    /// Resolves a [`Text`] handle of this diagram's nodes or edges.
    pub fn text(&self, t: Text) -> &str {
        self.strings.resolve(t)
    }

    /// All edge styles; [`Edge::style`] indexes this list.
    pub fn edge_styles(&self) -> &[EdgeStyle] {
        &self.edge_styles
    }

    /// The style of an edge.
    pub fn edge_style(&self, e: &Edge) -> &EdgeStyle {
        &self.edge_styles[e.style.0 as usize]
    }

    /// Counts and warnings of the extraction.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The nodes, in document order.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.nodes.iter()
    }

    /// The edges as (source, target, edge), in document order. (See
    /// [`Diagram::check_edges`] where edges may be spooled.)
    pub fn edges(&self) -> impl ExactSizeIterator<Item = (&Node, &Node, Edge)> + '_ {
        self.edges
            .iter()
            .map(|l| (&self.nodes[l.source as usize], &self.nodes[l.target as usize], l.edge))
    }

    /// The node with id `id`.
    pub fn node_by_id(&self, id: &str) -> Option<NodeIndex> {
        let t = self.strings.get(id)?;
        self.nodes.iter().position(|n| n.id == t).map(NodeIndex::new)
    }

    /// The edge between two nodes, in either direction.
    pub fn find_edge(&self, a: NodeIndex, b: NodeIndex) -> Option<EdgeIndex> {
        self.graph().find_edge_undirected(a, b).map(|(e, _)| e)
    }
}

/// The default matching tolerance for these node shapes: a quarter of the
/// median node radius. Lines drawn to a node end at its centre or on its
/// rim up to rounding, far closer than that; a gap of a quarter radius
/// still reads as touching to the eye. Without positive radii, a
/// millionth of the drawing's extent.
pub fn default_tolerance(radii: impl IntoIterator<Item = f64>) -> f64 {
    let mut r: Vec<f64> = radii.into_iter().filter(|r| *r > 0.0).collect();
    if r.is_empty() {
        return 0.0;
    }
    let mid = r.len() / 2;
    let (_, median, _) = r.select_nth_unstable_by(mid, f64::total_cmp);
    0.25 * *median
}

/// The default slack of a node beyond the absolute tolerance, as a
/// fraction of its radius.
pub const RELATIVE_TOLERANCE: f64 = 0.4;

/// Builds the graph from what the reader found.
///
/// # Errors
///
/// When the temporary file holding the edge candidates of a large drawing
/// fails.
pub(crate) fn build(mut d: Drawing, opts: &ExtractOptions) -> crate::Result<Diagram> {
    let (roles, (node_shapes, placed, tolerance, index)) = roles_and_index(&mut d, opts);
    let tool_ids = roles::tool_ids(&mut d, &roles);
    let edge_count = d.edge_count();
    let Drawing {
        nodes: shapes,
        edges,
        extras,
        edge_styles,
        groups,
        labels,
        mut strings,
        mut warnings,
        mut ignored,
        invisible,
        markers,
        connectors,
        origin,
        ..
    } = d;
    let (titles, keys) = node_keys(&shapes, &groups, &strings, &node_shapes, &tool_ids);
    let ids = node_ids(&keys, &mut strings);
    drop(keys);
    let texts = node_labels(&labels, &shapes, &node_shapes, &placed, &index);
    let mut edge_styles = edge_styles.list;
    let ends =
        Ends { extras: &extras, styles: &edge_styles, markers: &markers, heads: &roles.heads };
    let edge_group = &roles.edge_group;
    let label_group = roles::token_groups(&groups, &strings, &["edgeLabel", "edgeLabels"]);
    let sources = NameSources {
        generator: roles.generator,
        groups: &groups,
        strings: &strings,
        edge_group,
        edge_styles: &edge_styles,
        connectors: &connectors,
        shapes: &shapes,
        node_shapes: &node_shapes,
        edges: &edges,
        root_id: &origin.root_id,
        model: roles.model.as_ref(),
        edge_cells: &roles.edge_cells,
    };
    let names = Names::new(&sources, &ids);
    edges.check()?; // (reading candidates back for heads and names)
    let rings = loop_rings(&roles.role, &shapes, &node_shapes);
    drop(tool_ids);
    // The shapes become the nodes, in the same memory: they are gone
    // before the edges are matched.
    let nodes = make_nodes(shapes, &node_shapes, &ids, &titles, &texts);
    drop((node_shapes, ids, titles, texts));
    // PlantUML draws a link's label right after its path and head.
    let after_stroke = roles.generator == Generator::PlantUml;
    let label_sources = LabelSources { edge_group, label_group: &label_group, after_stroke };
    let mut geometry = label_sources.any_in(&labels).then(Vec::new);
    let mut links = new_links(opts, geometry.is_none(), edge_count);
    // Graphviz draws every edge in an edge group; other strokes belong to
    // node shapes (a note's fold, a record's separators).
    let only_in = (roles.generator == Generator::Graphviz).then_some(edge_group.as_slice());
    let matcher = Matcher {
        ends: &ends,
        placed: &placed,
        index: &index,
        tolerance,
        names: &names,
        only_in,
        directed: opts.directed,
    };
    let counts =
        add_edges(&mut links, &nodes, edges, &matcher, &mut warnings, geometry.as_mut(), &strings)?;
    if counts.outside > 0 {
        ignored.insert("stroke outside an edge group".into(), counts.outside as u64);
    }
    if let (Some(geometry), Some(all)) = (&geometry, links.in_memory()) {
        edge_labels(all, &labels, geometry, &label_sources);
    }
    add_loop_rings(&mut links, &rings, &mut edge_styles, opts.directed)?;
    if opts.simple
        && let Some(all) = links.in_memory()
    {
        links = Links::from(simplify(std::mem::take(all)));
    }

    let report = Report {
        nodes: nodes.len(),
        edges: links.len(),
        directed: links.any_directed(),
        dangling: counts.dangling,
        self_touching: counts.self_touching,
        disagreements: counts.disagreements,
        tolerance,
        generator: roles.generator.name().to_string(),
        shapes: role_counts(&roles.role),
        invisible,
        ignored,
        warning_count: warnings.count,
        warnings: warnings.list,
    };
    Ok(Diagram {
        nodes,
        edges: links,
        graph: std::sync::OnceLock::new(),
        strings,
        edge_styles,
        report,
        rejected: counts.rejected,
    })
}

/// How many shapes play each role, by role name.
fn role_counts(role: &[Role]) -> std::collections::BTreeMap<String, u64> {
    // A handful of names: a short list, most often hit at its head.
    let mut counts: Vec<(&str, u64)> = Vec::new();
    for r in role {
        let name = r.name();
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, k)) => *k += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.into_iter().map(|(name, n)| (name.to_string(), n)).collect()
}

/// The nodes: shape `node_shapes[k]` (ascending) with id `ids[k]`,
/// labelled by its title or else its text. The shapes' memory is reused.
fn make_nodes(
    shapes: Vec<NodeShape>,
    node_shapes: &[usize],
    ids: &[Text],
    titles: &[Text],
    texts: &[Text],
) -> Vec<Node> {
    let mut wanted = node_shapes.iter().copied().peekable();
    let mut k = 0;
    let mut nodes: Vec<Node> = shapes
        .into_iter()
        .enumerate()
        .filter(|&(i, _)| wanted.next_if_eq(&i).is_some())
        .map(|(_, n)| {
            let label = if titles[k].is_empty() { texts[k] } else { titles[k] };
            let node = Node {
                id: ids[k],
                x: clean(n.center.x),
                y: clean(n.center.y),
                r: n.outline.equal_area_radius(),
                label,
                fill: n.fill,
                stroke: n.stroke,
                class: n.class,
                svg_id: n.svg_id,
                shape: n.kind,
                opacity: n.opacity,
            };
            k += 1;
            node
        })
        .collect();
    // (A large list shrinks in place.)
    nodes.shrink_to_fit();
    nodes
}

/// The roles of the shapes, and the index over the nodes (see
/// [`node_index`]).
fn roles_and_index(d: &mut Drawing, opts: &ExtractOptions) -> (roles::Roles, NodeIndexed) {
    let mut roles = roles::assign(d);
    // The nodes' titles are interned on another core meanwhile: nothing
    // before needs them, and the index does not read the strings.
    let pending = std::mem::take(&mut d.titles);
    let (nodes, strings) = (&d.nodes, &mut d.strings);
    let (indexed, titles) =
        rayon::join(|| node_index(nodes, &roles.role, opts), || pending.intern(strings));
    // A node's first title counts.
    for (i, t) in pending.nodes().zip(titles) {
        let title = &mut d.nodes[i].title;
        if title.is_empty() {
            *title = t;
        }
    }
    drop(pending);
    // Containers and decorations need the nodes' index; it is kept when
    // they change nothing, as in most drawings. (Graphviz's node groups
    // tell them already.)
    if roles.generator != Generator::Graphviz
        && roles::containment(d, &mut roles.role, &indexed.0, &indexed.1, &indexed.3)
    {
        let again = node_index(&d.nodes, &roles.role, opts);
        return (roles, again);
    }
    (roles, indexed)
}

/// What [`node_index`] gives.
type NodeIndexed = (Vec<usize>, Vec<Placed>, f64, spatial::NodeIndex);

/// The shapes taken for nodes, their outlines, the tolerance (absolute
/// and relative) and an index over them.
fn node_index(nodes: &[NodeShape], role: &[Role], opts: &ExtractOptions) -> NodeIndexed {
    let node_shapes: Vec<usize> = (0..nodes.len()).filter(|&i| role[i] == Role::Node).collect();
    let placed: Vec<Placed> = node_shapes
        .iter()
        .map(|&i| Placed { center: nodes[i].center, outline: nodes[i].outline.clone() })
        .collect();
    let tolerance = opts.tolerance.unwrap_or_else(|| {
        fallback_tolerance(
            &placed,
            default_tolerance(placed.iter().map(|p| p.outline.equal_area_radius())),
        )
    });
    // By default small nodes get slack in proportion to their size too:
    // tools draw strokes to the boundary of the node's box plus a margin.
    let rel = if opts.tolerance.is_some() { 0.0 } else { RELATIVE_TOLERANCE };
    let index = spatial::NodeIndex::new(&placed, tolerance, rel);
    (node_shapes, placed, tolerance, index)
}

/// Each node's title (its own `<title>`, or that of the node group it is
/// in), and the keys its id is chosen from: the tool's own id or the
/// element id, then the title.
fn node_keys(
    shapes: &[NodeShape],
    groups: &[Group],
    strings: &Strings,
    node_shapes: &[usize],
    tool_ids: &[Text],
) -> (Vec<Text>, Vec<(Text, Text)>) {
    let titles: Vec<Text> = node_shapes
        .iter()
        .map(|&i| {
            let s = &shapes[i];
            if !s.title.is_empty() {
                return s.title;
            }
            match groups.get(s.group as usize) {
                Some(g) if strings.resolve(g.class).split_whitespace().any(|c| c == "node") => {
                    g.title
                }
                _ => Text::EMPTY,
            }
        })
        .collect();
    let keys = node_shapes
        .iter()
        .zip(&titles)
        .map(|(&i, t)| {
            let id = if tool_ids[i].is_empty() { shapes[i].svg_id } else { tool_ids[i] };
            (id, *t)
        })
        .collect();
    (titles, keys)
}

/// The list the edges go to: in memory, or (where asked) spooled once
/// large, unless labels (`!plain`) or `--simple` rework it afterwards.
fn new_links(opts: &ExtractOptions, plain: bool, edge_count: usize) -> Links {
    if opts.spool_edges && plain && !opts.simple {
        Links::new(crate::links::SPOOL_AFTER)
    } else {
        let mut links = Links::new(usize::MAX);
        links.reserve(edge_count);
        links
    }
}

/// Whether an edge drawn `drawn` (directed or not) is directed, under
/// `--directed`.
fn directed_as(opt: Directed, drawn: bool) -> bool {
    match opt {
        Directed::Auto => drawn,
        Directed::Yes => true,
        Directed::No => false,
    }
}

/// The graph without self-loops and with one edge per pair of nodes (per
/// ordered pair for directed edges), the first drawn.
fn simplify(mut links: Vec<Link>) -> Vec<Link> {
    let mut seen: foldhash::HashSet<(u32, u32)> = foldhash::HashSet::default();
    links.retain(|l| {
        let (s, t) = (l.source, l.target);
        let key = if l.edge.directed { (s, t) } else { (s.min(t), s.max(t)) };
        s != t && seen.insert(key)
    });
    links
}

/// Rings drawn through a node's centre (igraph's self-loops): the node
/// (its index), the ring's style and its `id`.
fn loop_rings(
    role: &[Role],
    shapes: &[NodeShape],
    node_shapes: &[usize],
) -> Vec<(u32, EdgeStyle, Text)> {
    let mut rings = Vec::new();
    for (i, r) in role.iter().enumerate() {
        let Role::Loop(on) = *r else { continue };
        let Ok(k) = node_shapes.binary_search(&(on as usize)) else { continue };
        let s = &shapes[i];
        let style = EdgeStyle {
            stroke: s.stroke,
            stroke_width: None,
            class: s.class,
            marker_start: Text::EMPTY,
            marker_end: Text::EMPTY,
            opacity: s.opacity,
        };
        rings.push((k as u32, style, s.svg_id));
    }
    rings
}

/// The rings through node centres become self-loop edges, styled by the
/// ring's stroke, directed when the drawing's other edges are.
fn add_loop_rings(
    links: &mut Links,
    rings: &[(u32, EdgeStyle, Text)],
    edge_styles: &mut Vec<EdgeStyle>,
    opt: Directed,
) -> std::io::Result<()> {
    let directed = directed_as(opt, links.any_directed());
    for &(k, style, svg_id) in rings {
        edge_styles.push(style);
        let style = StyleId(edge_styles.len() as u32 - 1);
        links.push(Link {
            source: k,
            target: k,
            edge: Edge { style, svg_id, directed, label: Text::EMPTY, disputed: false },
        })?;
    }
    Ok(())
}

/// What matching needs.
struct Matcher<'a> {
    ends: &'a Ends<'a>,
    placed: &'a [Placed],
    index: &'a spatial::NodeIndex,
    tolerance: f64,
    names: &'a Names,
    /// When set, only strokes in the groups it flags are edge candidates.
    only_in: Option<&'a [bool]>,
    /// `--directed`.
    directed: Directed,
}

/// The ends the drawing names for an edge.
#[derive(Debug)]
enum Named {
    None,
    /// Both names are node ids: these nodes.
    Ends(u32, u32),
    /// Names that are not both node ids.
    Unknown(String, String),
}

/// The names of edges' ends: by edge group (Graphviz titles), by style
/// (Gephi, whose style includes the class naming them) or by edge
/// candidate (connectors).
#[derive(Default)]
struct Names {
    groups: foldhash::HashMap<u32, Named>,
    styles: Vec<Named>,
    edges: foldhash::HashMap<u32, Named>,
}

/// What [`Names::new`] reads.
struct NameSources<'a> {
    generator: Generator,
    groups: &'a [Group],
    strings: &'a Strings,
    edge_group: &'a [bool],
    edge_styles: &'a [EdgeStyle],
    connectors: &'a [(u32, Text, Text)],
    shapes: &'a [NodeShape],
    node_shapes: &'a [usize],
    /// The edge candidates (for the link ids Mermaid and PlantUML write).
    edges: &'a Candidates,
    /// The root's `id` (Mermaid prefixes element ids with it).
    root_id: &'a str,
    /// draw.io's model, and for each group the nearest that draws one of
    /// its edges (or [`NONE`]).
    model: Option<&'a crate::drawio::Model>,
    edge_cells: &'a [u32],
}

impl Matcher<'_> {
    /// The ends of `e` by its geometry, given the nodes its ends touch and
    /// its direction; `None` (counted and reported) when it is not an edge.
    fn by_geometry(
        &self,
        e: &EdgeShape,
        (a, b, dir): (Option<u32>, Option<u32>, Option<bool>),
        counts: &mut Counts,
        warnings: &mut Warnings,
        pos: Option<Position>,
    ) -> Option<(u32, u32)> {
        let reject = |counts: &mut Counts, dangling: bool| {
            if counts.rejected.len() < MAX_REJECTED {
                counts.rejected.push(Rejected { a: e.a, b: e.b, dangling });
            }
        };
        let (Some(a), Some(b)) = (a, b) else {
            counts.dangling += 1;
            reject(counts, true);
            let loose = if a.is_none() { e.a } else { e.b };
            warnings.push(
                pos,
                format!(
                    "stroke from {} to {}: the end at {} touches no node (tolerance {}); not an edge",
                    fmt_point(e.a),
                    fmt_point(e.b),
                    fmt_point(loose),
                    self.tolerance
                ),
            );
            return None;
        };
        if a == b {
            // A loop leaves its node; a stub inside it does not.
            let far = e.shape(self.ends.extras).far;
            let n = &self.placed[a as usize];
            let v = far - n.center;
            let outside = v.hypot() > n.outline.rim_distance(v) + self.tolerance;
            if !outside {
                counts.self_touching += 1;
                reject(counts, false);
                warnings.push(
                    pos,
                    format!(
                        "stroke from {} to {}: both ends touch the same node; not an edge",
                        fmt_point(e.a),
                        fmt_point(e.b)
                    ),
                );
                return None;
            }
        }
        Some(if dir == Some(false) { (b, a) } else { (a, b) })
    }
}

impl Names {
    /// Graphviz names each edge's ends in its group's title, Gephi in its
    /// class, connectors by the ids of the elements they attach to: the
    /// names decide the ends where they are nodes.
    fn new(src: &NameSources<'_>, ids: &[Text]) -> Names {
        let strings = src.strings;
        let by_id: foldhash::HashMap<Text, u32> =
            ids.iter().enumerate().map(|(k, &id)| (id, k as u32)).collect();
        // The node a name is the id of.
        let find = |name: &str| strings.get(name).and_then(|t| by_id.get(&t).copied());
        let resolve = |(a, b): (String, String)| -> Named {
            match (find(&a), find(&b)) {
                (Some(x), Some(y)) => Named::Ends(x, y),
                _ => Named::Unknown(a, b),
            }
        };
        let mut names = Names::default();
        match src.generator {
            Generator::Graphviz => {
                names.groups = edge_names(src.groups, strings, src.edge_group)
                    .into_iter()
                    .map(|(g, ab)| (g, resolve(ab)))
                    .collect();
            }
            Generator::Gephi => {
                names.styles = src
                    .edge_styles
                    .iter()
                    .map(|st| {
                        roles::gephi_ids(strings.resolve(st.class))
                            .map_or(Named::None, |(a, b)| resolve((a.to_string(), b.to_string())))
                    })
                    .collect();
            }
            _ => {}
        }
        if !src.connectors.is_empty() {
            // An element id names the node drawn by it or by its group.
            let mut by_element: foldhash::HashMap<Text, Option<u32>> = foldhash::HashMap::default();
            for (k, &i) in src.node_shapes.iter().enumerate() {
                let s = &src.shapes[i];
                let group = src.groups.get(s.group as usize).map_or(Text::EMPTY, |g| g.svg_id);
                for id in [s.svg_id, group] {
                    if !id.is_empty() {
                        // An id shared by several nodes names none of them.
                        by_element
                            .entry(id)
                            .and_modify(|v| *v = v.filter(|&j| j == k as u32))
                            .or_insert(Some(k as u32));
                    }
                }
            }
            let find = |t: Text| by_element.get(&t).copied().flatten();
            names.edges = src
                .connectors
                .iter()
                .map(|&(k, a, b)| {
                    let named = match (find(a), find(b)) {
                        (Some(x), Some(y)) => Named::Ends(x, y),
                        _ => Named::Unknown(
                            strings.resolve(a).to_string(),
                            strings.resolve(b).to_string(),
                        ),
                    };
                    (k, named)
                })
                .collect();
        }
        if let Some(model) = src.model {
            // draw.io: the edge cell a stroke's group draws names its ends.
            for (g, &c) in src.edge_cells.iter().enumerate() {
                let cell = src.groups.get(c as usize).and_then(|grp| roles::cell_of(strings, grp));
                if let Some((a, b)) = cell.and_then(|c| model.edges.get(c))
                    && !a.is_empty()
                    && !b.is_empty()
                {
                    names.groups.insert(g as u32, resolve((a.clone(), b.clone())));
                }
            }
        }
        if matches!(src.generator, Generator::Mermaid | Generator::PlantUml) {
            // Link ids: Mermaid's `L_SRC_TGT_k`, PlantUML's `A->B`. Only
            // names of nodes count: what else they name is not checked.
            let is_node = |name: &str| find(name).is_some();
            let root = format!("{}-", src.root_id);
            src.edges.for_each(|k, e| {
                let id = strings.resolve(e.svg_id);
                let ends = match src.generator {
                    Generator::Mermaid => {
                        let class = src
                            .edge_styles
                            .get(e.style.0 as usize)
                            .map_or("", |st| strings.resolve(st.class));
                        roles::mermaid_link(id, class, &root, is_node)
                    }
                    _ => roles::plantuml_link(id),
                };
                if let Some((a, b)) = ends
                    && let (Some(x), Some(y)) = (find(a), find(b))
                {
                    names.edges.entry(k as u32).or_insert(Named::Ends(x, y));
                }
            });
        }
        names
    }

    fn of(&self, k: u32, e: &EdgeShape) -> &Named {
        // Most drawings name nothing: no hashing then.
        if !self.edges.is_empty()
            && let Some(n) = self.edges.get(&k)
        {
            return n;
        }
        if !self.groups.is_empty()
            && let Some(n) = self.groups.get(&e.group)
        {
            return n;
        }
        self.styles.get(e.style.0 as usize).unwrap_or(&Named::None)
    }
}

/// What matching left out or overrode.
#[derive(Debug, Default)]
struct Counts {
    dangling: usize,
    self_touching: usize,
    /// Edges whose named ends and geometry disagree.
    disagreements: usize,
    /// Strokes left out by [`Matcher::only_in`].
    outside: usize,
    rejected: Vec<Rejected>,
}

/// Where an edge was drawn, for placing its label.
#[derive(Clone, Copy, Debug)]
struct EdgeGeometry {
    a: Point,
    far: Point,
    b: Point,
    group: u32,
    /// The edge candidate it was drawn as.
    candidate: u32,
}

impl EdgeGeometry {
    /// Distance from `p` to the polyline `a`, `far`, `b`.
    fn distance(&self, p: Point) -> f64 {
        let seg = |u: Point, v: Point| {
            kurbo::ParamCurveNearest::nearest(&kurbo::Line::new(u, v), p, 1e-9).distance_sq.sqrt()
        };
        seg(self.a, self.far).min(seg(self.far, self.b))
    }
}

/// The ends an edge's group names (`a->b`, `a--b`, ports after `:`
/// dropped), by group.
fn edge_names(
    groups: &[Group],
    strings: &Strings,
    edge_group: &[bool],
) -> foldhash::HashMap<u32, (String, String)> {
    let mut out = foldhash::HashMap::default();
    for (g, grp) in groups.iter().enumerate() {
        if !edge_group.get(g).copied().unwrap_or(false) || grp.title.is_empty() {
            continue;
        }
        let title = strings.resolve(grp.title);
        let Some((a, b)) = title.split_once("->").or_else(|| title.split_once("--")) else {
            continue;
        };
        let name = |s: &str| s.split(':').next().unwrap_or(s).trim().to_string();
        out.insert(g as u32, (name(a), name(b)));
    }
    out
}

/// Most label-edge pairs compared when edge labels are placed by distance.
const LABEL_PAIRS: usize = 50_000_000;

/// Gives edges the labels drawn for them: Graphviz writes an edge's label
/// in its group; Mermaid in an `edgeLabel` group at the edge's middle (the
/// nearest edge takes it).
/// Where edge labels are found: in edge groups, in edge label groups
/// (nearest edge), or right after their edge's stroke.
struct LabelSources<'a> {
    edge_group: &'a [bool],
    label_group: &'a [bool],
    after_stroke: bool,
}

impl LabelSources<'_> {
    /// True when some of `labels` may be edge labels.
    fn any_in(&self, labels: &[Label]) -> bool {
        labels.iter().any(|l| {
            let flag = |f: &[bool]| f.get(l.group as usize).copied().unwrap_or(false);
            flag(self.edge_group)
                || flag(self.label_group)
                || (self.after_stroke && l.after_stroke != NONE)
        })
    }
}

fn edge_labels(
    links: &mut [Link],
    labels: &[Label],
    geometry: &[EdgeGeometry],
    src: &LabelSources<'_>,
) {
    let (edge_group, label_group) = (src.edge_group, src.label_group);
    let in_any = |flags: &[bool], g: u32| flags.get(g as usize).copied().unwrap_or(false);
    let by_candidate: foldhash::HashMap<u32, usize> = if src.after_stroke {
        geometry.iter().enumerate().map(|(k, g)| (g.candidate, k)).collect()
    } else {
        foldhash::HashMap::default()
    };
    let by_group: foldhash::HashMap<u32, usize> = geometry
        .iter()
        .enumerate()
        .filter(|(_, g)| in_any(edge_group, g.group))
        .map(|(k, g)| (g.group, k))
        .collect();
    let placed_labels: Vec<&Label> =
        labels.iter().filter(|l| in_any(label_group, l.group)).collect();
    let by_distance = placed_labels.len() * geometry.len() <= LABEL_PAIRS;
    for l in labels {
        let k = if let Some(&k) = by_group.get(&l.group) {
            Some(k)
        } else if let Some(&k) = by_candidate.get(&l.after_stroke) {
            Some(k)
        } else if by_distance && in_any(label_group, l.group) {
            geometry
                .iter()
                .enumerate()
                .map(|(k, g)| (g.distance(l.pos), k))
                .min_by(|x, y| x.0.total_cmp(&y.0))
                .map(|(_, k)| k)
        } else {
            None
        };
        if let Some(e) = k.and_then(|k| links.get_mut(k))
            && e.edge.label.is_empty()
        {
            e.edge.label = l.text;
        }
    }
}

/// What decides where an edge candidate's ends really are.
struct Ends<'a> {
    extras: &'a [StrokeExtra],
    styles: &'a [EdgeStyle],
    markers: &'a foldhash::HashMap<Text, Marker>,
    /// Sorted by edge candidate index.
    heads: &'a [(u32, Head)],
}

impl Ends<'_> {
    /// The points to match for candidate `k` (arrow tips where the stroke
    /// stops short of them), and whether the edge points from `a` to `b`
    /// (`Some(true)`), from `b` to `a` (`Some(false)`) or is undirected.
    fn of(&self, k: u32, e: &EdgeShape) -> (Point, Point, Option<bool>) {
        let (mut a, mut b) = (e.a, e.b);
        let mut dir = None;
        if let Ok(h) = self.heads.binary_search_by_key(&k, |(i, _)| *i) {
            let head = self.heads[h].1;
            if head.at_b {
                b = head.tip;
                dir = Some(true);
            } else {
                a = head.tip;
                dir = Some(false);
            }
        }
        let style = &self.styles[e.style.0 as usize];
        let width = style.stroke_width.unwrap_or(1.0);
        let marker = |t: Text| if t.is_empty() { None } else { self.markers.get(&t) };
        if let Some(m) = marker(style.marker_end) {
            let reach = m.reach(width);
            let dir_b = e.shape(self.extras).b_dir;
            if reach > 0.0 && dir_b.hypot() > 0.0 {
                b += dir_b / dir_b.hypot() * reach;
            }
            dir = Some(true);
        } else if marker(style.marker_start).is_some() {
            dir = Some(false);
        }
        (a, b, dir)
    }
}

/// The text label of each node: the nearest label anchored inside its
/// outline, or else the one label in its group.
fn node_labels(
    labels: &[Label],
    shapes: &[NodeShape],
    node_shapes: &[usize],
    placed: &[Placed],
    index: &spatial::NodeIndex,
) -> Vec<Text> {
    if labels.is_empty() {
        return vec![Text::EMPTY; node_shapes.len()];
    }
    let mut best: Vec<Option<(f64, Text)>> = vec![None; node_shapes.len()];
    let mut by_group: foldhash::HashMap<u32, Vec<usize>> = foldhash::HashMap::default();
    for (k, &i) in node_shapes.iter().enumerate() {
        if shapes[i].group != NONE {
            by_group.entry(shapes[i].group).or_default().push(k);
        }
    }
    // A label that names its node by the tool's id (sigma.js) goes to it,
    // wherever it is drawn.
    let mut by_ident: foldhash::HashMap<Text, usize> = foldhash::HashMap::default();
    if labels.iter().any(|l| !l.target.is_empty()) {
        for (k, &i) in node_shapes.iter().enumerate() {
            if !shapes[i].ident.is_empty() {
                by_ident.insert(shapes[i].ident, k);
            }
        }
    }
    let mut named = vec![false; node_shapes.len()];
    for l in labels {
        if let Some(&k) = by_ident.get(&l.target) {
            best[k] = Some((0.0, l.text));
            named[k] = true;
            continue;
        }
        let mut cands: Vec<u32> = index.all_touching(placed, l.pos);
        if cands.is_empty()
            && let Some(ks) = by_group.get(&l.group)
            && ks.len() == 1
        {
            cands.push(ks[0] as u32);
        }
        for k in cands {
            let k = k as usize;
            let d = placed[k].center.distance(l.pos);
            if !named[k] && best[k].is_none_or(|(bd, _)| d < bd) {
                best[k] = Some((d, l.text));
            }
        }
    }
    best.into_iter().map(|b| b.map_or(Text::EMPTY, |(_, t)| t)).collect()
}

/// Matches every edge candidate's ends and adds the edges. Where the
/// drawing names an edge's ends, the names decide; a disagreement with
/// the geometry is counted and reported.
fn add_edges(
    links: &mut Links,
    nodes: &[Node],
    edges: Candidates,
    m: &Matcher<'_>,
    warnings: &mut Warnings,
    mut geometry: Option<&mut Vec<EdgeGeometry>>,
    strings: &Strings,
) -> std::io::Result<Counts> {
    let mut counts = Counts::default();
    let id = |k: u32| strings.resolve(nodes[k as usize].id).to_string();
    // Adds the edges of a matched chunk (candidates `base…`), in order.
    let mut add = |base: u32, chunk: &[EdgeShape], matches: &[Matched]| -> std::io::Result<()> {
        for (j, (e, matched)) in chunk.iter().zip(matches).enumerate() {
            let candidate = base + j as u32;
            let (s, t, directed, disputed) = match *matched {
                Matched::Edge(s, t, directed) => (s, t, directed, false),
                Matched::Open(a, b, dir) => {
                    let Some((s, t, disputed)) =
                        m.decide(e, candidate, (a, b, dir), &mut counts, warnings, &id)
                    else {
                        continue;
                    };
                    (s, t, dir.is_some(), disputed)
                }
            };
            let directed = directed_as(m.directed, directed);
            let edge =
                Edge { style: e.style, svg_id: e.svg_id, directed, label: Text::EMPTY, disputed };
            links.push(Link { source: s, target: t, edge })?;
            if let Some(geo) = geometry.as_mut() {
                let x = e.shape(m.ends.extras);
                geo.push(EdgeGeometry { a: e.a, far: x.far, b: e.b, group: e.group, candidate });
            }
        }
        Ok(())
    };
    // Chunk by chunk; matching is independent per edge and spread over the
    // cores, while the chunk matched before is added to the graph.
    let mut first = 0u32;
    let mut matched: (u32, Vec<EdgeShape>, Vec<Matched>) = (0, Vec::new(), Vec::new());
    let mut spare: Vec<Matched> = Vec::new();
    edges.for_each_chunk(|chunk| {
        let base = first;
        first += chunk.len() as u32;
        let ((), added) = rayon::join(
            || m.match_chunk(chunk, base, &mut spare),
            || add(matched.0, &matched.1, &matched.2),
        );
        added?;
        // The chunk is kept (its buffer traded for the one added).
        matched.0 = base;
        std::mem::swap(&mut matched.1, chunk);
        std::mem::swap(&mut matched.2, &mut spare);
        Ok(())
    })?;
    add(matched.0, &matched.1, &matched.2)?;
    Ok(counts)
}

/// A candidate's ends as matched: an edge settled already, or the nodes
/// its ends touch and its direction, for the names and checks to decide.
#[derive(Clone, Copy, Debug)]
enum Matched {
    Edge(u32, u32, bool),
    Open(Option<u32>, Option<u32>, Option<bool>),
}

impl Matcher<'_> {
    /// Matches the ends of `chunk` (candidates `base…`) into `out`, spread
    /// over the cores. The common case is settled here: nothing names the
    /// ends, and they touch two nodes.
    fn match_chunk(&self, chunk: &[EdgeShape], base: u32, out: &mut Vec<Matched>) {
        // Candidates per task: enough for the lookups of a task to overlap,
        // few enough for its points to stay in the cache.
        const TASK: usize = 2048;
        let (ends, placed, index) = (self.ends, self.placed, self.index);
        out.clear();
        out.resize(chunk.len(), Matched::Open(None, None, None));
        out.par_chunks_mut(TASK).zip(chunk.par_chunks(TASK)).enumerate().for_each(
            |(t, (out, chunk))| {
                let first = base + (t * TASK) as u32;
                let mut points = Vec::with_capacity(2 * chunk.len());
                let mut dirs = Vec::with_capacity(chunk.len());
                for (j, e) in chunk.iter().enumerate() {
                    let (a, b, dir) = ends.of(first + j as u32, e);
                    points.push(a);
                    points.push(b);
                    dirs.push(dir);
                }
                let mut found = vec![None; points.len()];
                index.find_each(placed, &points, &mut found);
                for (j, (e, o)) in chunk.iter().zip(out.iter_mut()).enumerate() {
                    let k = first + j as u32;
                    let (a, b, dir) = (found[2 * j], found[2 * j + 1], dirs[j]);
                    *o = match (a, b) {
                        (Some(x), Some(y))
                            if x != y
                                && self.only_in.is_none()
                                && matches!(self.names.of(k, e), Named::None) =>
                        {
                            let (s, t) = if dir == Some(false) { (y, x) } else { (x, y) };
                            Matched::Edge(s, t, dir.is_some())
                        }
                        _ => Matched::Open(a, b, dir),
                    };
                }
            },
        );
    }

    /// The ends of candidate `k` (`e`), touching nodes `a` and `b`, by the
    /// names the drawing gives them or else by its geometry, and whether
    /// the two disagree; `None` (counted and reported) when it is not an
    /// edge.
    fn decide(
        &self,
        e: &EdgeShape,
        k: u32,
        (a, b, dir): (Option<u32>, Option<u32>, Option<bool>),
        counts: &mut Counts,
        warnings: &mut Warnings,
        id: &impl Fn(u32) -> String,
    ) -> Option<(u32, u32, bool)> {
        if let Some(flags) = self.only_in
            && !flags.get(e.group as usize).copied().unwrap_or(false)
        {
            counts.outside += 1;
            return None;
        }
        let pos =
            Some(Position { line: u64::from(e.line), column: u64::from(e.column), offset: None });
        match self.names.of(k, e) {
            Named::Ends(x, y) => {
                let agree = matches!((a, b), (Some(a), Some(b))
                    if (a, b) == (*x, *y) || (a, b) == (*y, *x));
                // The names' order is the edge's (`a->b`), whichever way
                // the stroke was drawn.
                if !agree {
                    counts.disagreements += 1;
                    let touched = |n: Option<u32>| n.map_or_else(|| "no node".to_string(), id);
                    warnings.push(
                        pos,
                        format!(
                            "the edge the drawing names {} -> {} touches {} and {} by its geometry; the names are used",
                            id(*x),
                            id(*y),
                            touched(a),
                            touched(b)
                        ),
                    );
                }
                Some((*x, *y, !agree))
            }
            named => {
                if let Named::Unknown(x, y) = named {
                    counts.disagreements += 1;
                    warnings.push(
                        pos,
                        format!("the edge the drawing names {x} -> {y}: not both are nodes; its geometry is used"),
                    );
                }
                let (s, t) = self.by_geometry(e, (a, b, dir), counts, warnings, pos)?;
                Some((s, t, false))
            }
        }
    }
}

/// Without positive radii, a tolerance from the drawing's extent, so that
/// rounding in the last digits still matches.
fn fallback_tolerance(placed: &[Placed], tol: f64) -> f64 {
    let extent = placed.iter().map(|p| p.center.x.abs().max(p.center.y.abs())).fold(0.0, f64::max);
    tol.max(extent * 1e-9)
}

/// `-0` as `0`, so that output never shows a negative zero.
fn clean(v: f64) -> f64 {
    if v == 0.0 { 0.0 } else { v }
}

fn fmt_point(p: Point) -> String {
    format!("({}, {})", p.x, p.y)
}

/// Node ids: the element id when present and unique among the nodes, else
/// the title when present and unique, else `n<k>` (k the 1-based document
/// position), made unique with a `_<j>` suffix where it clashes.
fn node_ids(nodes: &[(Text, Text)], strings: &mut Strings) -> Vec<Text> {
    // Tables indexed by handle (the handles are dense): how often each
    // string is a node's element id and title (up to 2), and which are
    // taken as ids.
    let bound = strings.raw_bound();
    let (mut id_count, mut title_count) = (vec![0u8; bound], vec![0u8; bound]);
    let bump = |count: &mut [u8], t: Text| {
        if let Some(c) = count.get_mut(t.to_raw() as usize) {
            *c = c.saturating_add(1).min(2);
        }
    };
    for &(svg_id, title) in nodes {
        bump(&mut id_count, svg_id);
        bump(&mut title_count, title);
    }
    let once = |count: &[u8], t: Text| !t.is_empty() && count.get(t.to_raw() as usize) == Some(&1);
    let mut used = vec![false; bound];
    let mut take = |t: Text| {
        let k = t.to_raw() as usize;
        if k >= used.len() {
            used.resize(k + 1, false);
        }
        !std::mem::replace(&mut used[k], true)
    };
    let mut ids: Vec<Option<Text>> = nodes
        .iter()
        .map(|&(svg_id, title)| {
            let pick = if once(&id_count, svg_id) {
                Some(svg_id)
            } else if once(&title_count, title) {
                Some(title)
            } else {
                None
            };
            pick.filter(|t| take(*t))
        })
        .collect();
    let mut name = String::new();
    for (k, id) in ids.iter_mut().enumerate() {
        if id.is_some() {
            continue;
        }
        let mut j = 1;
        loop {
            name.clear();
            if j == 1 {
                let _ = write!(name, "n{}", k + 1);
            } else {
                let _ = write!(name, "n{}_{}", k + 1, j);
            }
            let t = strings.intern(&name);
            if take(t) {
                *id = Some(t);
                break;
            }
            j += 1;
        }
    }
    ids.into_iter().map(|t| t.unwrap_or(Text::EMPTY)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Edges waiting in a temporary file give the same output in every
    /// format, the same statistics and the same graph: the samples and
    /// fixtures, with spooling from a few hundred edges on (in tests).
    #[test]
    fn spooled_edges_write_the_same_files() {
        use crate::write::{Format, WriteOptions, write_file};
        let mut spooled = 0;
        for (name, svg) in crate::testing::drawings() {
            let kept = ExtractOptions::default();
            let spool = ExtractOptions { spool_edges: true, ..ExtractOptions::default() };
            let (Ok(a), Ok(b)) =
                (crate::extract(&svg[..], &kept), crate::extract(&svg[..], &spool))
            else {
                continue;
            };
            if b.edges.spooled_any() {
                spooled += 1;
            }
            for f in Format::ALL {
                for part in 0..f.suffixes().len() {
                    let write = |d: &Diagram| {
                        let mut out = Vec::new();
                        write_file(d, f, part, &WriteOptions::default(), &mut out).unwrap();
                        out
                    };
                    assert!(write(&a) == write(&b), "{name}: {} part {part}", f.name());
                }
            }
            assert_eq!(format!("{:?}", a.stats()), format!("{:?}", b.stats()), "{name}");
            assert_eq!(format!("{:?}", a.report()), format!("{:?}", b.report()), "{name}");
            assert!(a.edges().eq(b.edges()), "{name}");
            b.check_edges().unwrap();
        }
        assert!(spooled >= 1, "no drawing was large enough to spool its edges");
    }

    fn shape(svg_id: Text, title: Text) -> (Text, Text) {
        (svg_id, title)
    }

    #[test]
    fn ids_prefer_unique_element_ids_then_titles_then_numbers() {
        let mut s = Strings::default();
        let (a, dup, t, n2) = (s.intern("a"), s.intern("dup"), s.intern("t"), s.intern("n2"));
        let nodes = [
            shape(a, Text::EMPTY),
            shape(dup, t),
            shape(dup, Text::EMPTY),
            shape(Text::EMPTY, n2),
            shape(Text::EMPTY, Text::EMPTY),
        ];
        let ids = node_ids(&nodes, &mut s);
        let names: Vec<&str> = ids.iter().map(|t| s.resolve(*t)).collect();
        // "dup" is not unique: the second node falls back to its title, the
        // third to its number; the fourth is named by its title "n2".
        assert_eq!(names, ["a", "t", "n3", "n2", "n5"]);
    }

    #[test]
    fn generated_ids_never_clash_with_chosen_ones() {
        let mut s = Strings::default();
        let n1 = s.intern("n1");
        let nodes = [shape(Text::EMPTY, Text::EMPTY), shape(n1, Text::EMPTY)];
        let ids = node_ids(&nodes, &mut s);
        let names: Vec<&str> = ids.iter().map(|t| s.resolve(*t)).collect();
        assert_eq!(names, ["n1_2", "n1"]);
    }

    #[test]
    fn a_node_is_named_by_its_first_title() {
        // Titles are interned after reading: the first that says something
        // still counts, whatever the interning order gives.
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg">
            <line x1="0" y1="0" x2="50" y2="0" stroke="black"/>
            <circle r="5" cx="0" cy="0"><title> </title><title>first</title><title>second</title></circle>
            <circle r="5" cx="50" cy="0"><title>second</title></circle>
        </svg>"#;
        let d = crate::extract(svg.as_bytes(), &ExtractOptions::default()).unwrap();
        let ids: Vec<&str> = d.nodes().map(|n| d.text(n.id)).collect();
        assert_eq!(ids, ["first", "second"]);
        assert_eq!(d.edges().len(), 1);
    }

    #[test]
    fn default_tolerance_is_a_quarter_of_the_median_radius() {
        assert_eq!(default_tolerance([1.0, 4.0, 100.0]), 1.0);
        assert_eq!(default_tolerance([0.0, 0.0]), 0.0);
    }
}
