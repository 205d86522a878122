//! Labels: the text drawn for each node, and the text drawn at edges.

use crate::geom::spatial::{self, Placed};
use crate::matching::EdgeGeometry;
use crate::model::{Index, Label, Link, NodeShape, at, index};
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
/// outline, or else the one label in its group.
pub(super) fn node_labels(
    labels: &[Label],
    (shapes, node_shapes): (&[NodeShape], &[usize]),
    placed: &[Placed],
    index: &spatial::NodeIndex,
    edge_group: &[bool],
) -> Vec<Text> {
    if labels.is_empty() {
        return vec![Text::EMPTY; node_shapes.len()];
    }
    let mut best: Vec<Option<(f64, Text)>> = vec![None; node_shapes.len()];
    let mut by_group: foldhash::HashMap<Index, Vec<usize>> = foldhash::HashMap::default();
    for (k, &i) in node_shapes.iter().enumerate() {
        if shapes[i].group.is_some() {
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
