//! Labels: the text drawn for each node, and the text drawn at edges.

use kurbo::Rect;

use crate::geom::spatial::{self, Placed};
use crate::geom::touch;
use crate::matching::EdgeGeometry;
use crate::model::{Group, Index, Label, Link, NodeShape, at, index};
use crate::text::Text;

/// Most label-edge pairs compared when edge labels are placed by distance.
const LABEL_PAIRS: usize = 50_000_000;

/// Where edge labels are found: in edge groups, in edge label groups
/// (nearest edge), or right after their edge's stroke.
pub(super) struct LabelSources<'a> {
    pub edge_group: &'a [bool],
    pub label_group: &'a [bool],
    pub after_stroke: bool,
}

impl LabelSources<'_> {
    /// True when some of `labels` may be edge labels.
    pub(super) fn any_in(&self, labels: &[Label]) -> bool {
        labels.iter().any(|l| {
            let flag = |f: &[bool]| at(f, l.group).copied().unwrap_or(false);
            flag(self.edge_group)
                || flag(self.label_group)
                || (self.after_stroke && l.after_stroke.is_some())
        })
    }
}

/// Gives edges the labels drawn for them: a label in an edge's group
/// (Graphviz), in an edge label group at the edge's middle (Mermaid: the
/// nearest edge takes it), or drawn right after the edge's stroke
/// (PlantUML).
pub(super) fn edge_labels(
    links: &mut [Link],
    labels: &[Label],
    geometry: &[EdgeGeometry],
    src: &LabelSources<'_>,
) {
    let (edge_group, label_group) = (src.edge_group, src.label_group);
    let in_any = |flags: &[bool], g: Index| at(flags, g).copied().unwrap_or(false);
    let by_candidate: foldhash::HashMap<Index, usize> = if src.after_stroke {
        geometry.iter().enumerate().map(|(k, g)| (index(g.candidate as usize), k)).collect()
    } else {
        foldhash::HashMap::default()
    };
    let by_group: foldhash::HashMap<Index, usize> = geometry
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

/// The text label of each node: the nearest label anchored inside its
/// outline, or else the one label in its group (or in a group holding its
/// group and nothing else). And the box round each node and the labels so
/// drawn outside it, near it (a name under a person's figure, beside a
/// small circle), by node (index among the nodes): an edge may end on the
/// name, as layouts that see the node as that box draw it.
pub(super) fn node_labels(
    labels: &[Label],
    (shapes, node_shapes): (&[NodeShape], &[usize]),
    groups: &[Group],
    placed: &[Placed],
    index: &spatial::NodeIndex,
    edge_group: &[bool],
) -> (Vec<Text>, Vec<(u32, Rect)>) {
    let mut boxes: Vec<(u32, Rect)> = Vec::new();
    if labels.is_empty() {
        return (vec![Text::EMPTY; node_shapes.len()], boxes);
    }
    let mut best: Vec<Option<(f64, Text)>> = vec![None; node_shapes.len()];
    let mut by_group: foldhash::HashMap<Index, Vec<usize>> = foldhash::HashMap::default();
    // A group holding a node's group and its text, and nothing else (d2
    // and nomnoml draw a shape in a group of its own beside its text),
    // names that node as a group holding both does. For each group: the
    // nodes in the groups directly in it (how many, the last), and the
    // shapes of any role within it. (Groups come after the groups around
    // them.)
    let mut child: Vec<(u32, u32)> = vec![(0, 0); groups.len()];
    let mut within: Vec<u32> = vec![0; groups.len()];
    for s in shapes {
        if let Some(w) = s.group.and_then(|g| within.get_mut(g.get() as usize)) {
            *w += 1;
        }
    }
    for g in (0..groups.len()).rev() {
        if let Some(p) = groups[g].parent.map(|p| p.get() as usize)
            && p < g
        {
            within[p] += within[g];
        }
    }
    for (k, &i) in node_shapes.iter().enumerate() {
        if shapes[i].group.is_some() {
            by_group.entry(shapes[i].group).or_default().push(k);
        }
        let parent = shapes[i].group.and_then(|g| groups.get(g.get() as usize)?.parent);
        if let Some(c) = parent.and_then(|p| child.get_mut(p.get() as usize)) {
            *c = (c.0 + 1, k as u32);
        }
    }
    let only = |g: Index| -> Option<usize> {
        if let Some(ks) = by_group.get(&g) {
            return (ks.len() == 1).then(|| ks[0]);
        }
        let (n, k) = *at(&child, g)?;
        if n != 1 {
            return None;
        }
        let own = shapes[*node_shapes.get(k as usize)?].group;
        (at(&within, g) == at(&within, own)).then_some(k as usize)
    };
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
        // An edge's label (drawn in its group) labels no node.
        if at(edge_group, l.group).copied().unwrap_or(false) {
            continue;
        }
        if let Some(&k) = by_ident.get(&l.target) {
            best[k] = Some((0.0, l.text));
            named[k] = true;
            continue;
        }
        let mut cands: Vec<u32> = index.all_touching(placed, l.pos);
        if let Some(k) = only(l.group) {
            if cands.is_empty() {
                cands.push(k as u32);
            }
            // Its name drawn outside it, near it (within its size).
            let n = &placed[k];
            let (hx, hy) = n.outline.half_extents();
            let shape =
                Rect::new(n.center.x - hx, n.center.y - hy, n.center.x + hx, n.center.y + hy);
            let name = l.extent();
            let near = shape.inflate(hx.max(hy), hx.max(hy)).overlaps(name);
            if near && touch(n.center, &n.outline, l.pos, 0.0).is_none() {
                boxes.push((k as u32, shape.union(name)));
            }
        }
        for k in cands {
            let k = k as usize;
            let d = placed[k].center.distance(l.pos);
            if !named[k] && best[k].is_none_or(|(bd, _)| d < bd) {
                best[k] = Some((d, l.text));
            }
        }
    }
    // One box per node, round all its names.
    boxes.sort_unstable_by_key(|b| b.0);
    boxes.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 = a.1.union(b.1);
        }
        same
    });
    (best.into_iter().map(|b| b.map_or(Text::EMPTY, |(_, t)| t)).collect(), boxes)
}
