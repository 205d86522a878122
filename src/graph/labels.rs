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
/// name, as layouts that see the node as that box draw it. With
/// `every` (the tool's strings, where its nodes' labels take every text
/// their group draws: see [`crate::generators`]), a node's group's texts
/// joined by spaces, in order, are its label where there are several.
pub(super) fn node_labels(
    labels: &[Label],
    (shapes, node_shapes): (&[NodeShape], &[usize]),
    groups: &[Group],
    (placed, index): (&[Placed], &spatial::NodeIndex),
    edge_group: &[bool],
    every: Option<&mut crate::text::Strings>,
) -> (Vec<Text>, Vec<(u32, Rect)>) {
    let mut boxes: Vec<(u32, Rect)> = Vec::new();
    if labels.is_empty() {
        return (vec![Text::EMPTY; node_shapes.len()], boxes);
    }
    let mut best: Vec<Best> = vec![None; node_shapes.len()];
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
    let only = |mut g: Index| -> Option<usize> {
        // A group of nothing but text belongs to the group round it (nomnoml
        // sets a name in groups of its own, beside its shape's).
        while at(&within, g) == Some(&0) {
            g = groups.get(g?.get() as usize)?.parent;
        }
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
    let by_ident = by_ident(labels, (shapes, node_shapes));
    let mut named = vec![false; node_shapes.len()];
    // (node, text) for the texts in a node's group, in order.
    let mut in_group: Vec<(usize, Text)> = Vec::new();
    // Texts that name no node by where or how they are drawn.
    let mut free: Vec<&Label> = Vec::new();
    // Those of them anchored within matching's slack of nodes, with the
    // nodes.
    let mut near_only: Vec<(usize, Vec<u32>)> = Vec::new();
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
        // A text anchored just off a node's outline (within the slack
        // matching allows) may be a neighbour's name set beside it: the
        // names beside their nodes are settled first.
        let off = |&k: &u32| {
            touch(placed[k as usize].center, &placed[k as usize].outline, l.pos, 0.0).is_none()
        };
        if only(l.group).is_none() && cands.iter().all(off) {
            free.push(l);
            if !cands.is_empty() {
                near_only.push((free.len() - 1, cands));
                continue;
            }
        }
        if let Some(k) = only(l.group) {
            if every.is_some() {
                in_group.push((k, l.text));
            }
            if cands.is_empty() {
                cands.push(k as u32);
            }
            if let Some(b) = name_box(&placed[k], l) {
                boxes.push((k as u32, b));
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
    for (k, l) in settle_beside((&free, near_only), placed, index, (&mut best, &named)) {
        if let Some(b) = name_box(&placed[k], l) {
            boxes.push((k as u32, b));
        }
    }
    if let Some(strings) = every {
        join_texts(&mut in_group, &mut best, strings);
    }
    one_box_each(&mut boxes);
    (best.into_iter().map(|b| b.map_or(Text::EMPTY, |(_, t)| t)).collect(), boxes)
}

/// The nodes by the tool's id, where some label names its node so.
fn by_ident(
    labels: &[Label],
    (shapes, node_shapes): (&[NodeShape], &[usize]),
) -> foldhash::HashMap<Text, usize> {
    let mut by_ident: foldhash::HashMap<Text, usize> = foldhash::HashMap::default();
    if labels.iter().any(|l| !l.target.is_empty()) {
        for (k, &i) in node_shapes.iter().enumerate() {
            if !shapes[i].ident.is_empty() {
                by_ident.insert(shapes[i].ident, k);
            }
        }
    }
    by_ident
}

/// Sets each node's label (`best`) to its texts `in_group` (node, text,
/// in document order) joined by spaces, where it has several.
fn join_texts(
    in_group: &mut [(usize, Text)],
    best: &mut [Best],
    strings: &mut crate::text::Strings,
) {
    in_group.sort_by_key(|t| t.0);
    for run in in_group.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        let words: Vec<&str> = run.iter().map(|t| strings.resolve(t.1).trim()).collect();
        let joined = words.into_iter().filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        best[run[0].0] = Some((0.0, strings.intern(&joined)));
    }
}

/// One box per node, round all its names.
fn one_box_each(boxes: &mut Vec<(u32, Rect)>) {
    boxes.sort_unstable_by_key(|b| b.0);
    boxes.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 = a.1.union(b.1);
        }
        same
    });
}

/// The box round node `n` and its name `l` drawn outside it, near it
/// (within its size), if it is so drawn.
fn name_box(n: &Placed, l: &Label) -> Option<Rect> {
    let (hx, hy) = n.outline.half_extents();
    let shape = Rect::new(n.center.x - hx, n.center.y - hy, n.center.x + hx, n.center.y + hy);
    let name = l.extent();
    let near = shape.inflate(hx.max(hy), hx.max(hy)).overlaps(name);
    (near && touch(n.center, &n.outline, l.pos, 0.0).is_none()).then(|| shape.union(name))
}

/// The name found for a node so far: how far from its centre, and the
/// text.
type Best = Option<(f64, Text)>;

/// Names the nodes left without one by the texts `free` (in no node, in
/// no node's group): those beside their nodes (see [`beside`]) first, then
/// those anchored just off a node (`near`: the text, the nodes) to the
/// nearest, as those anchored on one are. Returns the names found beside
/// their nodes, with the nodes.
fn settle_beside<'a>(
    (free, near): (&[&'a Label], Vec<(usize, Vec<u32>)>),
    placed: &[Placed],
    index: &spatial::NodeIndex,
    (best, named): (&mut [Best], &[bool]),
) -> Vec<(usize, &'a Label)> {
    let mut claimed = vec![false; best.len()];
    let mut used = vec![false; free.len()];
    let found = beside(free, placed, index, best);
    for &(k, t) in &found {
        best[k] = Some((f64::INFINITY, free[t].text));
        (claimed[k], used[t]) = (true, true);
    }
    for (t, cands) in near.into_iter().filter(|(t, _)| !used[*t]) {
        for k in cands {
            let k = k as usize;
            let d = placed[k].center.distance(free[t].pos);
            if !(named[k] || claimed[k]) && best[k].is_none_or(|(bd, _)| d < bd) {
                best[k] = Some((d, free[t].text));
            }
        }
    }
    found.into_iter().map(|(k, t)| (k, free[t])).collect()
}

/// Names drawn beside their nodes (under a disc, left of it), for the
/// nodes `best` leaves without one. A drawing places its names alike: of
/// the texts `free` (in no node, in no node's group) and the nodes within
/// a node's size or the text's height of them, the pairs placed alike,
/// where two at least are, are names and their nodes; each is given as
/// (node, text). Alike is (see [`Place`]): the anchor at one offset from
/// the node's centre (to a fifth of the font size), or the text on one
/// side of the node's box at one gap from it (to a font size) and aligned
/// with it one way, at its start, centre or end (to a fifth of the font
/// size), as names of any length under nodes of any size are. The place
/// most pairs share decides. A tick's or a legend's text near a node, or
/// a name nearer another node than its own, is off that place. The
/// nearest first; a node takes one name, a name names one node.
fn beside(
    free: &[&Label],
    placed: &[Placed],
    index: &spatial::NodeIndex,
    best: &[Best],
) -> Vec<(usize, usize)> {
    if free.is_empty() || placed.is_empty() {
        return Vec::new();
    }
    let reach = placed
        .iter()
        .map(|p| {
            let (hx, hy) = p.outline.half_extents();
            hx.max(hy)
        })
        .fold(0.0, f64::max);
    let mut sizes: Vec<f64> = free.iter().map(|l| l.size).filter(|s| *s > 0.0).collect();
    sizes.sort_by(f64::total_cmp);
    let Some(&size) = sizes.get(sizes.len() / 2) else { return Vec::new() };
    let q = 0.1 * size;
    // (text, node, gap, places)
    let mut pairs: Vec<(usize, usize, f64, Vec<Place>)> = Vec::new();
    for (t, l) in free.iter().enumerate() {
        let name = l.extent();
        let radius = 2.0 * reach + name.width().max(name.height());
        for k in index.all_touching_within(placed, name.center(), radius) {
            let (k, p) = (k as usize, &placed[k as usize]);
            if best[k].is_some() {
                continue;
            }
            let (hx, hy) = p.outline.half_extents();
            let shape =
                Rect::new(p.center.x - hx, p.center.y - hy, p.center.x + hx, p.center.y + hy);
            let gap_x = (name.x0 - shape.x1).max(shape.x0 - name.x1).max(0.0);
            let gap_y = (name.y0 - shape.y1).max(shape.y0 - name.y1).max(0.0);
            let gap = gap_x.hypot(gap_y);
            if gap > hx.max(hy).max(name.height()) {
                continue;
            }
            pairs.push((t, k, gap, Place::all(l.pos - p.center, shape, name, q)));
        }
    }
    let mut counts: foldhash::HashMap<Place, usize> = foldhash::HashMap::default();
    for p in &pairs {
        for &c in &p.3 {
            *counts.entry(c).or_default() += 1;
        }
    }
    // Alike: within a cell of one another; but a side's gap may vary by up
    // to a font size (a small ring's name set a little further off).
    let reach = |c: &Place| if c.way == 0 { 1 } else { 10 };
    let near = |c: &Place, to: &Place| {
        c.way == to.way && (c.at.0 - to.at.0).abs() <= reach(to) && (c.at.1 - to.at.1).abs() <= 1
    };
    let around = |to: &Place, r: i64| {
        (-r..=r)
            .flat_map(|dx| {
                (-1..=1).map(move |dy| Place { at: (to.at.0 + dx, to.at.1 + dy), ..*to })
            })
            .map(|c| counts.get(&c).copied().unwrap_or(0))
            .sum::<usize>()
    };
    // The place most pairs share to a cell; of those, the one that takes
    // most within its reach. (Ties go to the offset from the centre, then
    // the smaller place, so that the choice is the same whatever the
    // map's order.)
    let best_place = counts
        .keys()
        .map(|c| (*c, around(c, 1), around(c, reach(c))))
        .max_by_key(|&(c, n, m)| (n, m, std::cmp::Reverse((c.way, c.at))));
    let Some((place, _, _)) = best_place.filter(|&(_, n, _)| n >= 2) else {
        return Vec::new();
    };
    pairs.retain(|p| p.3.iter().any(|c| near(c, &place)));
    pairs.sort_by(|a, b| a.2.total_cmp(&b.2));
    let (mut taken, mut used) = (foldhash::HashSet::default(), foldhash::HashSet::default());
    pairs
        .into_iter()
        .filter(|&(t, k, _, _)| {
            let free = !taken.contains(&k) && !used.contains(&t);
            free && taken.insert(k) && used.insert(t)
        })
        .map(|(t, k, _, _)| (k, t))
        .collect()
}

/// Where a text lies from a node, in cells of a tenth of the font size:
/// `way` 0, its anchor's offset from the node's centre (`at`: across,
/// down); else the side of the node's box it lies on and how it aligns
/// with it along that side (`way`, see [`Place::all`]) and `at`: the gap
/// from the box, the offset of the aligned ends.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Place {
    way: u8,
    at: (i64, i64),
}

impl Place {
    /// The places of the text `name` (anchored `offset` from the node's
    /// centre) beside the node's box `shape`, in cells of `q`: from the
    /// centre; and on the side it lies wholly beyond (below, above, right,
    /// left), aligned at the start, centre or end (ways 1 to 12).
    #[allow(clippy::cast_possible_truncation)] // within a few node sizes
    fn all(offset: kurbo::Vec2, shape: Rect, name: Rect, q: f64) -> Vec<Place> {
        let cell = |v: f64| (v / q).round() as i64;
        let mut out = vec![Place { way: 0, at: (cell(offset.x), cell(offset.y)) }];
        let across = [name.x0 - shape.x0, name.center().x - shape.center().x, name.x1 - shape.x1];
        let down = [name.y0 - shape.y0, name.center().y - shape.center().y, name.y1 - shape.y1];
        let sides = [
            (name.y0 - shape.y1, across),
            (shape.y0 - name.y1, across),
            (name.x0 - shape.x1, down),
            (shape.x0 - name.x1, down),
        ];
        for (side, (gap, aligned)) in (0u8..).zip(sides) {
            if gap >= 0.0 {
                for (a, v) in (0u8..).zip(aligned) {
                    out.push(Place { way: 1 + 3 * side + a, at: (cell(gap), cell(v)) });
                }
            }
        }
        out
    }
}
