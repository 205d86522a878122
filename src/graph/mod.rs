//! Graph building: the stages run in order (roles, node index, ids and
//! labels, matching), and the nodes and edges they settle become the
//! [`Diagram`].

mod ids;
mod labels;
mod names;

use crate::generators::{self, NameSources};
use crate::matching::{
    Counts, Ends, Matcher, NodeIndexed, add_edges, directed_as, name_index, node_index, port_index,
};
use crate::model::{
    Diagram, Drawing, Edge, EdgeStyle, LINKS_SPOOL_AFTER, Link, Links, MAX_REJECTED, Node,
    NodeShape, Set, StyleId,
};
use crate::options::{Directed, ExtractOptions};
use crate::report::{Report, Warnings};
use crate::roles::{self, Role};
use crate::text::Text;
use ids::{node_ids, node_keys};
use labels::{LabelSources, edge_labels, node_labels};

/// Builds the graph from what the reader found.
///
/// # Errors
///
/// When the temporary file holding the edge candidates of a large drawing
/// fails.
pub(crate) fn build(mut d: Drawing, opts: &ExtractOptions) -> crate::Result<Diagram> {
    let (roles, (node_shapes, placed, tolerance, index)) = roles_and_index(&mut d, opts)?;
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
    let tool = generators::tool(roles.generator);
    let every = tool.labels_take_every_text().then_some(&mut strings);
    let (at, edge_group) = ((&placed[..], &index), &roles.edge_group);
    let (texts, name_boxes) =
        node_labels(&labels, (&shapes, &node_shapes), &groups, at, edge_group, every);
    let name_boxes = name_ports(name_boxes, &roles.name_boxes, &node_shapes, (tolerance, opts));
    let compounds = among_nodes(&roles.compounds, &node_shapes);
    let mut edge_styles = edge_styles.list;
    let ends =
        Ends { extras: &extras, styles: &edge_styles, markers: &markers, heads: &roles.heads };
    let label_group = roles::token_groups(&groups, &strings, &["edgeLabel", "edgeLabels"]);
    let by_id: foldhash::HashMap<Text, u32> =
        ids.iter().enumerate().map(|(k, &id)| (id, k as u32)).collect();
    let sources = NameSources {
        groups: &groups,
        strings: &strings,
        edge_group,
        edge_styles: &edge_styles,
        edges: &edges,
        root_id: &origin.root_id,
        model: roles.model.as_ref(),
        edge_cells: &roles.edge_cells,
        by_id: &by_id,
    };
    let names =
        names::edge_names(&sources, tool, (&connectors, &roles.unnamed), (&shapes, &node_shapes))?;
    drop(by_id);
    let rings = loop_rings(&roles.role, &shapes, &node_shapes);
    let set_aside = set_aside(&roles.role, &shapes);
    let ports = port_index(&shapes, &roles.role, &roles.extents, &node_shapes);
    drop(tool_ids);
    // The shapes become the nodes, in the same memory: they are gone
    // before the edges are matched.
    let nodes = make_nodes(shapes, &node_shapes, &ids, &titles, &texts);
    drop((node_shapes, ids, titles, texts));
    let after_stroke = tool.labels_follow_strokes();
    let label_sources = LabelSources { edge_group, label_group: &label_group, after_stroke };
    let mut geometry = label_sources.any_in(&labels).then(Vec::new);
    let mut links = new_links(opts, geometry.is_none(), edge_count);
    let only_in = tool.edges_only_in_edge_groups().then_some(edge_group.as_slice());
    let skip = roles.not_edges();
    let matcher = Matcher {
        ends: &ends,
        placed: &placed,
        index: &index,
        tolerance,
        names: &names,
        ports: ports.as_ref(),
        name_boxes: name_boxes.as_ref(),
        compounds: &compounds,
        skip: &skip,
        only_in,
        directed: opts.directed,
    };
    let counts =
        add_edges(&mut links, &nodes, edges, &matcher, &mut warnings, geometry.as_mut(), &strings)?;
    let outside = ("stroke outside an edge group", counts.outside);
    for (why, n) in roles.strokes_set_aside().into_iter().chain([outside]).filter(|w| w.1 > 0) {
        ignored.insert(why.into(), n as u64);
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

    let report = report(&nodes, &links, &counts, tolerance, &roles, (invisible, ignored), warnings);
    Ok(Diagram {
        nodes,
        edges: links,
        graph: std::sync::OnceLock::new(),
        strings,
        edge_styles,
        report,
        rejected: counts.rejected,
        set_aside,
    })
}

/// The shapes `shapes` (sorted) by index among the nodes `node_shapes`.
fn among_nodes(shapes: &[u32], node_shapes: &[usize]) -> Vec<u32> {
    shapes
        .iter()
        .filter_map(|&i| node_shapes.binary_search(&(i as usize)).ok())
        .map(|k| k as u32)
        .collect()
}

/// The report of an extraction.
fn report(
    nodes: &[Node],
    links: &Links,
    counts: &Counts,
    tolerance: f64,
    roles: &roles::Roles,
    (invisible, ignored): (u64, std::collections::BTreeMap<String, u64>),
    warnings: Warnings,
) -> Report {
    Report {
        nodes: nodes.len(),
        edges: links.len(),
        directed: links.any_directed(),
        dangling: counts.dangling,
        self_touching: counts.self_touching,
        disagreements: counts.disagreements,
        tolerance,
        generator: roles.generator.name().to_string(),
        shapes: role_counts(&roles.role),
        evidence: roles.evidence.iter().map(|(k, v)| ((*k).to_string(), *v)).collect(),
        invisible,
        ignored,
        warning_count: warnings.count,
        warnings: warnings.list,
    }
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
/// labelled by the text drawn for it or else its title (Graphviz titles a
/// node by its name, and draws its label). The shapes' memory is reused.
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
            let label = if texts[k].is_empty() { titles[k] } else { texts[k] };
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
fn roles_and_index(
    d: &mut Drawing,
    opts: &ExtractOptions,
) -> std::io::Result<(roles::Roles, NodeIndexed)> {
    let mut pies = roles::pies(d);
    roles::marker_dots(d)?;
    roles::rings(d)?;
    roles::outline_strokes(d, &pies)?;
    let mut roles = roles::assign(d, &mut pies)?;
    roles.add_pies(d, pies);
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
    // Heads drawn apart from their strokes, containers and decorations
    // need the nodes' index; it is kept when they change nothing, as in
    // most drawings. (Graphviz's node groups tell containers already.)
    let mut indexed = indexed;
    // Copies of a shape drawn over it many times show one shape: set aside
    // before any rule weighs shapes pair by pair.
    let (cand, placed, _, index) = &indexed;
    if roles::copies(d, &mut roles.role, (cand, placed, index), &mut roles.evidence) {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    // Tables first: their cells are no nodes, and a port on a table's
    // rim is the table's.
    if roles::tables(d, &mut roles)? {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    // Shadows next: a node's copy under it would pass for a node beside it;
    // and an area painted in pieces would pass for nodes side by side.
    let (cand, placed, _, index) = &indexed;
    // (Both run: neither is skipped for the other's change.)
    let shadows = roles::shadows(d, &mut roles.role, (cand, placed, index), &mut roles.evidence);
    if roles::tiles(d, &mut roles, (cand, placed, index)) || shadows {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    // Ports before heads: a port sits flush on its node and caps a
    // stroke's end, as a head drawn apart from its stroke would.
    let (cand, placed, _, index) = &indexed;
    // (Both run: a ring strung short of a node is no node either way.)
    let ports = roles::ports(d, &mut roles.role, (cand, placed, index), &mut roles.evidence)?;
    if roles::strung(d, &mut roles.role, (cand, placed, index), &mut roles.evidence)? || ports {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    if roles::heads_by_place(d, &mut roles, &indexed.0, &indexed.1, &indexed.3)? {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    if roles::chains(d, &mut roles, (&indexed.0, &indexed.1, &indexed.3))? {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    // Nodes drawn in parts: figures.
    if roles::figures(d, &mut roles, (&indexed.0, &indexed.1, &indexed.3))? {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    // Text alone is a node once the glyphs are known (and the evidence is
    // weighed again with those nodes), and edge ends drawn as strokes are
    // found once every node is.
    let by_evidence = !generators::tool(roles.generator).groups_tell_containers();
    let weigh = |d: &Drawing, roles: &mut roles::Roles, indexed: &mut NodeIndexed| {
        let (cand, placed, _, index) = &*indexed;
        let r = (roles.role.as_mut_slice(), roles.heads.as_slice());
        if by_evidence && roles::containment(d, r, (cand, placed, index), &mut roles.evidence)? {
            *indexed = node_index(&d.nodes, &roles.role, opts);
        }
        std::io::Result::Ok(())
    };
    weigh(d, &mut roles, &mut indexed)?;
    if roles::text_nodes(d, &mut roles, (&indexed.0, &indexed.1, &indexed.3))? {
        indexed = node_index(&d.nodes, &roles.role, opts);
        weigh(d, &mut roles, &mut indexed)?;
    }
    // Strokes drawn end to end are joined once the nodes and heads are
    // known (a joint is an end on none of them), before the ends that
    // make containers nodes and the caps on ends are sought: a piece's end
    // is no end.
    roles.doubles = roles::doubles(d, &roles.heads, (&indexed.1, &indexed.3))?;
    roles::joins(d, &mut roles, (&indexed.0, &indexed.1, &indexed.3))?;
    if by_evidence && roles::compounds(d, &mut roles, (&indexed.1, &indexed.3))? {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    if roles::stroke_caps(d, &mut roles, (&indexed.0, &indexed.1, &indexed.3))? {
        indexed = node_index(&d.nodes, &roles.role, opts);
    }
    Ok((roles, indexed))
}

/// The boxes round nodes and their names written as text (by index among
/// the nodes), and those drawn as glyphs (`glyph_names`, by shape), for
/// matching (see [`name_index`]): the tolerance `tolerance`, as the user
/// fixed it or not.
fn name_ports(
    mut boxes: Vec<(u32, kurbo::Rect)>,
    glyph_names: &[(u32, kurbo::Rect)],
    node_shapes: &[usize],
    (tolerance, opts): (f64, &ExtractOptions),
) -> Option<crate::matching::Ports> {
    boxes.extend(glyph_names.iter().filter_map(|&(i, r)| {
        let k = node_shapes.binary_search(&(i as usize)).ok()?;
        Some((u32::try_from(k).ok()?, r))
    }));
    name_index(&boxes, tolerance, opts.tolerance.is_some())
}

/// The list the edges go to: in memory, or (where asked) spooled once
/// large, unless labels (`!plain`) or `--simple` rework it afterwards.
fn new_links(opts: &ExtractOptions, plain: bool, edge_count: usize) -> Links {
    if opts.spool_edges && plain && !opts.simple {
        Links::new(LINKS_SPOOL_AFTER)
    } else {
        let mut links = Links::new(usize::MAX);
        links.reserve(edge_count);
        links
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

/// The shapes that are not nodes, by role (the first [`MAX_REJECTED`]),
/// for previews.
fn set_aside(role: &[Role], shapes: &[NodeShape]) -> Vec<Set> {
    role.iter()
        .zip(shapes)
        .filter(|(r, _)| **r != Role::Node)
        .take(MAX_REJECTED)
        .map(|(r, s)| Set { center: s.center, half: s.outline.half_extents(), role: r.name() })
        .collect()
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
            line_width: 1.0,
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

/// `-0` as `0`, so that output never shows a negative zero.
fn clean(v: f64) -> f64 {
    if v == 0.0 { 0.0 } else { v }
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
            assert_eq!(
                format!("{:?}", a.stats().unwrap()),
                format!("{:?}", b.stats().unwrap()),
                "{name}"
            );
            assert_eq!(format!("{:?}", a.report()), format!("{:?}", b.report()), "{name}");
            assert!(a.edges().map(Result::unwrap).eq(b.edges().map(Result::unwrap)), "{name}");
        }
        assert!(spooled >= 1, "no drawing was large enough to spool its edges");
    }
}
