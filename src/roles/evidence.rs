//! Roles by what the drawing shows, whoever drew it: shapes inside or
//! around others, shapes drawn twice, shapes no stroke ends on, runs of
//! glyph outlines, rings through a node's centre.

use std::io;
use std::rc::Rc;

use kurbo::{Point, Vec2};
use petgraph::unionfind::UnionFind;
use rayon::prelude::*;

use super::{Role, has_token, token_groups};
use crate::geom::spatial::{NodeIndex, Placed};
use crate::geom::touch;
use crate::matching::POINTING_REACH;
use crate::model::{Drawing, Head, NodeShape, ShapeKind, at};
use crate::text::Text;

/// Containers (shapes enclosing two or more smaller nodes), decorations (a
/// shape drawn twice, a small shape inside one node, an inner ring, a shape
/// inside another that nothing marks as a node), glyph outlines and rings
/// through a node's centre (self-loops).
///
/// `cand` are the shapes still taken for nodes, `placed` their outlines and
/// `index` an index over them (of any slack). Returns whether any role
/// changed.
pub(crate) fn containment(
    d: &Drawing,
    (role, heads): (&mut [Role], &[(u32, Head)]),
    (cand, placed, index): (&[usize], &[Placed], &NodeIndex),
    evidence: &mut super::Evidence,
) -> io::Result<bool> {
    if cand.len() < 2 {
        return Ok(false);
    }
    let before = role.iter().filter(|r| **r == Role::Node).count();
    let geo = Geometry::of(placed);
    let filled: Vec<bool> = cand.iter().map(|&i| d.nodes[i].filled).collect();
    let mut e = enclosure(index, (placed, &filled), &geo, evidence);
    let in_runs = text_runs(d, role, (cand, placed, &geo), index);
    // Strokes end on the shapes that are nodes, and shapes drawn like those
    // are nodes too: what the other evidence leaves open is settled so.
    let mut attachment = None;
    let reads = (cand, placed, &geo);
    let mut attached = |role: &[Role], e: &Enclosure| -> io::Result<Rc<Attachment>> {
        if attachment.is_none() {
            let a = Attachment::of(d, reads, (index, heads), (role, &in_runs), e)?;
            attachment = Some(Rc::new(a));
        }
        Ok(attachment.clone().unwrap_or_default())
    };
    // Shapes of a look most of whose shapes raise no question are the
    // drawing's nodes, whatever their neighbours (a dense layout overlaps
    // nodes, puts them side by side): only looks that are much in question
    // (inside other shapes, side by side like glyphs, unfilled) need the
    // strokes read again.
    let odd = odd_looks(d, cand, placed, role, (&e, &geo), &in_runs);
    let in_question = |ks: Vec<usize>| -> Vec<usize> {
        ks.into_iter().filter(|&k| odd.contains(&plain_look(d, cand, placed, k))).collect()
    };
    // A shape inside another that no stroke ends on, and that is drawn
    // unlike every shape strokes end on, is part of the other (a glyph, an
    // icon, a compartment).
    let questioned = in_question((0..cand.len()).filter(|&k| e.loose_inside(k)).collect());
    if !questioned.is_empty() {
        let a = attached(role, &e)?;
        for k in questioned {
            if !a.is_node_like(k) {
                e.host[k] = e.around[k];
                let why = "of those, no stroke ending on it, unlike the nodes";
                *evidence.entry(why).or_default() += 1;
            }
        }
    }
    if (0..cand.len()).any(|k| e.loose_inside(k)) {
        let a = attached(role, &e)?;
        e.hold(&a);
    }
    if e.enclosed.iter().any(|&n| n >= 2) {
        let a = attached(role, &e)?;
        recount_enclosed(d, (&mut e, placed, index), &a, &in_runs)?;
    }
    settle_enclosure(d, role, cand, (&e, &geo), evidence);
    if (0..cand.len()).any(|k| lone_frame_maybe(role, cand, &e, k)) {
        let a = attached(role, &e)?;
        settle_lone_frames(d, role, (cand, placed), &e, &a, evidence);
    }
    // Glyph outlines are paths (or `<use>` of them) side by side; only
    // where some are does it take reading the strokes again to tell them
    // from nodes.
    let maybe_text: Vec<usize> =
        in_question(in_runs.clone()).into_iter().filter(|&k| role[cand[k]] == Role::Node).collect();
    if !maybe_text.is_empty() && d.edges.len() > 0 {
        let a = attached(role, &e)?;
        settle_text(d, role, (cand, placed, &geo), index, (maybe_text, &a), evidence);
    }
    // A box painted like what is behind it, with no outline, that no
    // stroke ends on and that is drawn unlike the nodes, shows only the
    // text on it: a label's background (edges pass under or over it). A
    // shape a hundred times smaller than the drawing's shapes shows
    // nothing (Mermaid's placeholders for edge labels).
    let (blank, specks) = (blending_in(d, cand, &e, role), specks(role, cand, &geo));
    if !blank.is_empty() || !specks.is_empty() {
        let a = attached(role, &e)?;
        settle_blank(role, cand, (blank, specks), &a, evidence);
    }
    // So is such a box with an outline that holds a text and stands
    // beside a node (ECharts' label with a border, Graphviz's `xlabel` on
    // a white box): it is that node's name. A small shape astride the rim
    // of a node, none ending on it and drawn unlike the nodes, is that
    // node's badge (blockdiag's number on a corner, a port no edge uses);
    // one drawn like the heads, on a node, is a head whose line is not
    // drawn (toyplot's self-loop: a head alone at its node's centre).
    let boxed = label_boxes(d, role, (cand, placed, &geo), &e);
    let on = on_nodes(d, role, (cand, placed, &geo), index, &e);
    if !boxed.is_empty() || !on.0.is_empty() || !on.1.is_empty() {
        let a = attached(role, &e)?;
        settle_label_boxes(d, role, (cand, placed, &geo), boxed, &a, evidence)?;
        settle_badges(role, cand, on, &a, evidence);
    }
    // A legend's keys are drawn like the nodes they explain, but no
    // stroke ends on them.
    let keys = legend_keys(d, role, cand, placed, &geo)?;
    if !keys.is_empty() {
        let a = attached(role, &e)?;
        settle_legend(role, (cand, placed, &geo), keys, &a, evidence);
    }
    let rings = settle_rings(d, role, (cand, placed, &geo), index, &e, evidence);
    let maybe_loops = closed_loops(d, role, (cand, placed, &geo), index);
    let loopish = in_question(maybe_loops.iter().map(|&(k, _)| k).collect());
    if rings || !loopish.is_empty() {
        let a = attached(role, &e)?;
        let loops = maybe_loops.into_iter().filter(|&(k, _)| loopish.contains(&k));
        settle_loops(role, (cand, placed, &geo), index, loops, &a, evidence);
    }
    // A letter alone drawn as its outline, that no stroke ends on, where
    // there are strokes (a drawing of stars alone is a drawing of nodes);
    // and a letter in a word (a run) that a stroke ends on where few of
    // its look do: a name across its node, a head stopping short of the
    // node on one of its letters.
    let letters = lone_letters(d, role, cand);
    if !letters.is_empty() && d.edges.len() > 0 {
        let a = attached(role, &e)?;
        let mut in_run = vec![false; cand.len()];
        for &k in &in_runs {
            in_run[k] = true;
        }
        let in_word = |k: usize| in_run[k] && !a.attached.contains(&a.looks[k]);
        let loose = letters.into_iter().filter(|&k| !a.is_node_like_letter(k) || in_word(k));
        let why =
            "a glyph's outline (many segments, a hole or turning back), no stroke ending on it";
        settle(role, cand, loose, Role::Glyph, (evidence, why));
    }
    // A colour bar, a rule or a band; a note pointing at a node (once the
    // loops, drawn so too, are known); shapes drawn on edges and lone
    // glyphs, where they may be.
    let long = (bars(role, cand, &geo), pointing(d, role, (cand, placed, &geo), index));
    let drawn_on = drawn_on_edges(d, cand);
    let lettering = lettering(role, cand, &in_runs);
    if !long.0.is_empty() || !long.1.is_empty() || drawn_on || !lettering.is_empty() {
        let a = attached(role, &e)?;
        settle_bars(role, cand, long, &a, evidence);
        on_edges(d, role, (cand, placed, &geo), index, (&a, drawn_on), evidence)?;
        like_glyphs(role, (cand, &geo), &a, &lettering, evidence);
    }
    Ok(role.iter().filter(|r| **r == Role::Node).count() != before)
}

/// The candidates still taken for nodes drawn as a letter alone is (a
/// commutative diagram's object, an edge's name): filled paths with no
/// outline of their own, intricate as glyphs' outlines are (see
/// [`crate::geom::path::Closed::intricate`]).
fn lone_letters(d: &Drawing, role: &[Role], cand: &[usize]) -> Vec<usize> {
    (0..cand.len())
        .filter(|&k| role[cand[k]] == Role::Node && lettered(d, &d.nodes[cand[k]]))
        .collect()
}

/// Whether `s` is drawn as a font's outlines are: a filled path with no
/// outline of its own, or one in its fill's paint (pic's text through
/// cairo is filled and stroked black), intricate (see
/// [`crate::geom::path::Closed::intricate`]).
pub(super) fn lettered(d: &Drawing, s: &NodeShape) -> bool {
    s.intricate
        && matches!(s.kind, ShapeKind::Path | ShapeKind::Use)
        && s.filled
        && (s.stroke == s.fill || crate::svg::style::paints_nothing(d.strings.resolve(s.stroke)))
}

/// The drawing's lettering: glyphs, and shapes side by side like glyphs
/// (`in_runs`) that are a node's decorations (its name, inside it).
fn lettering(role: &[Role], cand: &[usize], in_runs: &[usize]) -> Vec<usize> {
    in_runs
        .iter()
        .copied()
        .filter(|&k| role[cand[k]] == Role::Decoration)
        .chain((0..cand.len()).filter(|&k| role[cand[k]] == Role::Glyph))
        .collect()
}

/// Of the candidates `maybe_text` (in runs, of looks in question), those
/// no stroke ends on and drawn unlike the nodes (`a`) are glyphs, where
/// they are in runs among themselves.
fn settle_text(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    (maybe_text, a): (Vec<usize>, &Attachment),
    evidence: &mut super::Evidence,
) {
    // Where no stroke ends on any shape, only outlines intricate as a
    // font's are taken for letters: plain boxes side by side (an ER
    // diagram's tables in a row) would pass for them too.
    let none_attached = a.attached.is_empty();
    if none_attached && !maybe_text.iter().any(|&k| d.nodes[cand[k]].intricate) {
        return;
    }
    // (Unfilled outlines side by side that leave a node and return
    // to it, or rings through its centre, are its self-loops, not
    // letters.)
    let loops: foldhash::HashSet<usize> = closed_loops(d, role, (cand, placed, geo), index)
        .into_iter()
        .chain(loop_rings(d, role, (cand, placed, geo), index, maybe_text.iter().copied()))
        .filter(|&(_, o)| a.is_node_like(o))
        .map(|(k, _)| k)
        .collect();
    let loose: Vec<usize> = maybe_text
        .into_iter()
        .filter(|&k| !a.is_node_like(k) && !loops.contains(&k))
        .filter(|&k| !none_attached || d.nodes[cand[k]].intricate)
        .collect();
    for k in runs(&d.nodes, (cand, placed, geo), index, &loose) {
        role[cand[k]] = Role::Glyph;
        *evidence.entry("glyph outlines side by side, no stroke ending on them").or_default() += 1;
    }
}

/// Counts again the shapes each encloses, the nodes among them only: a
/// shape around two or more is a container when they are nodes, not when
/// they are its own label's glyphs or icons. Where the boxes say it alone,
/// what is around two or more shapes that are not glyphs side by side is a
/// container: where there is no stroke at all (nodes alone, on a
/// background), and for a shape that holds every stroke with none ending
/// on its rim (a page, a plot's frame, whether or not the strokes reach
/// the shapes they join; a box's separators span it rim to rim).
fn recount_enclosed(
    d: &Drawing,
    (e, placed, index): (&mut Enclosure, &[Placed], &NodeIndex),
    a: &Attachment,
    in_runs: &[usize],
) -> io::Result<()> {
    let lettering: foldhash::HashSet<usize> = in_runs.iter().copied().collect();
    let mut unread = vec![0u32; e.enclosed.len()];
    for &(i, j) in &e.pairs {
        if !lettering.contains(&(j as usize)) {
            unread[i as usize] += 1;
        }
    }
    let mut pages: Vec<usize> = (0..unread.len()).filter(|&i| unread[i] >= 2).collect();
    if d.edges.len() > 0 && !pages.is_empty() {
        pages = pages_holding_strokes(d, placed, index.tolerance(), pages)?;
        // (And every smaller shape: a legend's box holds its samples'
        // strokes where they are the only ones, but not the nodes.)
        pages.retain(|&i| {
            let (c, (hx, hy)) = (placed[i].center, placed[i].outline.half_extents());
            let area = placed[i].outline.area();
            placed.iter().all(|p| {
                p.outline.area() >= area
                    || ((p.center.x - c.x).abs() <= hx && (p.center.y - c.y).abs() <= hy)
            })
        });
    }
    let mut page = vec![false; unread.len()];
    for i in pages {
        page[i] = true;
    }
    e.enclosed.fill(0);
    for &(i, j) in &e.pairs {
        let (i, j) = (i as usize, j as usize);
        if if page[i] { !lettering.contains(&j) } else { a.is_node_like(j) } {
            e.enclosed[i] += 1;
        }
    }
    Ok(())
}

/// Of the shapes `ks`, those whose boxes hold both ends of every stroke
/// and on whose rims (within `tol`) none ends.
fn pages_holding_strokes(
    d: &Drawing,
    placed: &[Placed],
    tol: f64,
    mut ks: Vec<usize>,
) -> io::Result<Vec<usize>> {
    d.edges.for_each_chunk(|chunk| {
        for p in chunk.iter().flat_map(|l| [l.a, l.b]) {
            if ks.is_empty() {
                break;
            }
            ks.retain(|&k| {
                let n = &placed[k];
                let ((hx, hy), v) = (n.outline.half_extents(), p - n.center);
                v.x.abs() <= hx
                    && v.y.abs() <= hy
                    && (v.hypot() == 0.0 || (v.hypot() - n.outline.rim_distance(v)).abs() > tol)
            });
        }
        io::Result::Ok(())
    })?;
    Ok(ks)
}

/// Gives candidates `ks` role `to`, counting them under `why`.
fn settle(
    role: &mut [Role],
    cand: &[usize],
    ks: impl Iterator<Item = usize>,
    to: Role,
    (evidence, why): (&mut super::Evidence, &'static str),
) {
    for k in ks {
        role[cand[k]] = to;
        *evidence.entry(why).or_default() += 1;
    }
}

/// Each candidate's area and half extents.
struct Geometry {
    area: Vec<f64>,
    half: Vec<(f64, f64)>,
}

impl Geometry {
    fn of(placed: &[Placed]) -> Geometry {
        Geometry {
            area: placed.iter().map(|p| p.outline.area()).collect(),
            half: placed.iter().map(|p| p.outline.half_extents()).collect(),
        }
    }

    fn size(&self, k: usize) -> f64 {
        self.half[k].0.max(self.half[k].1)
    }
}

/// The stroked outlines `loops` (candidate, the node it leaves and
/// returns to) that are not drawn like the nodes are self-loops; then the
/// heads of these and the loops found before are found (see
/// [`loop_heads`]).
fn settle_loops(
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    loops: impl Iterator<Item = (usize, usize)>,
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    let why = "a stroked outline leaving one node and returning";
    for (k, o) in loops {
        if !a.is_node_like(k) {
            role[cand[k]] = Role::Loop(cand[o] as u32);
            *evidence.entry(why).or_default() += 1;
        }
    }
    loop_heads(role, (cand, placed, geo), index, a, evidence);
}

/// How far point `q` lies from the rim of `p`, inside or out.
fn off_rim(p: &Placed, q: Point) -> f64 {
    let v = q - p.center;
    (v.hypot() - p.outline.rim_distance(v)).abs()
}

/// Small shapes where a self-loop (of those found) meets its node, that no
/// stroke ends on and drawn unlike the nodes: the loop's head, drawn on
/// the node's rim where the loop's outline returns to it (JUNG). They
/// decorate the loop; its direction says nothing a self-loop needs.
fn loop_heads(
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    let mut heads = Vec::new();
    for k in 0..cand.len() {
        let Role::Loop(n) = role[cand[k]] else { continue };
        let Ok(o) = cand.binary_search(&(n as usize)) else { continue };
        // A head is smaller than the loop and the node both (JUNG's is
        // half a loop's width).
        let limit = 0.75 * geo.size(o).min(geo.size(k));
        for j in index.all_touching_within(placed, placed[k].center, geo.size(k) + limit) {
            let j = j as usize;
            if j == o || role[cand[j]] != Role::Node || geo.size(j) > limit || a.is_node_like(j) {
                continue;
            }
            // (Its centre is as far from its tip, on the rim, as its
            // box's half diagonal at most.)
            let (c, tol) = (placed[j].center, 1.5 * geo.size(j));
            if off_rim(&placed[k], c) <= tol && off_rim(&placed[o], c) <= tol {
                heads.push(j);
            }
        }
    }
    heads.sort_unstable();
    heads.dedup();
    let why = "where a self-loop meets its node, no stroke ending on it";
    settle(role, cand, heads.into_iter(), Role::Decoration, (evidence, why));
}

/// The long bars `long` (see [`bars`]) that no stroke ends on and that
/// are drawn unlike the nodes are furniture: a colour bar, a rule, a band;
/// the `notes` (see [`pointing`]) so drawn decorate the node they point at.
fn settle_bars(
    role: &mut [Role],
    cand: &[usize],
    (long, notes): (Vec<usize>, OnNode),
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    if a.attached.is_empty() {
        return;
    }
    let loose = long.into_iter().filter(|&k| !a.is_plainly_node_like(k));
    let why = "a long bar no stroke ends on, drawn unlike the nodes";
    settle(role, cand, loose, Role::Furniture, (evidence, why));
    let notes = notes.into_iter().filter(|&(k, _)| role[cand[k]] == Role::Node).collect();
    let why = "a note pointing at a node's rim, no stroke ending on it, unlike the nodes";
    settle(role, cand, drawn_unlike(a, notes).into_iter(), Role::Decoration, (evidence, why));
}

/// Candidates still taken for nodes that are long bars: six times as
/// long as they are wide, or more.
fn bars(role: &[Role], cand: &[usize], geo: &Geometry) -> Vec<usize> {
    (0..cand.len())
        .filter(|&k| {
            let (w, h) = geo.half[k];
            role[cand[k]] == Role::Node && w.max(h) >= 6.0 * w.min(h)
        })
        .collect()
}

/// Applies what the boxes say (see [`Enclosure`]): copies drawn twice and
/// shapes held by nodes are decorations, shapes around nodes containers.
fn settle_enclosure(
    d: &Drawing,
    role: &mut [Role],
    cand: &[usize],
    (e, geo): (&Enclosure, &Geometry),
    evidence: &mut super::Evidence,
) {
    let clusters = cluster_marks(d);
    for k in 0..cand.len() {
        if e.twin[k].is_some() {
            role[cand[k]] = Role::Decoration;
            *evidence.entry("drawn twice (its fill and its outline)").or_default() += 1;
        } else if e.enclosed[k] >= 2 || clusters[cand[k]] {
            role[cand[k]] = Role::Container;
        }
    }
    // Largest first, so that a host is settled before what it holds: a
    // shape inside a node's decoration (the letter in an icon) decorates
    // the node too.
    let mut by_size: Vec<usize> = (0..cand.len()).filter(|&k| e.host[k].is_some()).collect();
    by_size.sort_by(|&i, &j| geo.area[j].total_cmp(&geo.area[i]));
    for k in by_size {
        // (A host drawn twice is the copy that stands for both: the other
        // decorates it.)
        if role[cand[k]] == Role::Node
            && let Some(h) = e.host[k].map(|h| e.twin[h].unwrap_or(h))
            && matches!(role[cand[h]], Role::Node | Role::Decoration)
        {
            role[cand[k]] = Role::Decoration;
            let why = if e.held[k] {
                "inside a node strokes end on, none on it"
            } else {
                "inside a node or its decoration"
            };
            *evidence.entry(why).or_default() += 1;
        }
    }
}

/// The candidates still nodes drawn as paths (or `<use>`s) side by side
/// as glyphs are (see [`runs`]).
fn text_runs(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
) -> Vec<usize> {
    let text_like: Vec<usize> = (0..cand.len())
        .filter(|&k| {
            role[cand[k]] == Role::Node
                && matches!(d.nodes[cand[k]].kind, ShapeKind::Path | ShapeKind::Use)
        })
        .collect();
    runs(&d.nodes, (cand, placed, geo), index, &text_like)
}

/// The candidates still nodes that stand in runs of glyph-like outlines
/// (see [`runs`]), for stages before this one: a look shared by a
/// drawing's heads and its lettering (filled black paths through cairo)
/// is told apart so.
pub(super) fn in_text_runs(
    d: &Drawing,
    role: &[Role],
    (cand, placed): (&[usize], &[Placed]),
    index: &NodeIndex,
) -> Vec<usize> {
    text_runs(d, role, (cand, placed, &Geometry::of(placed)), index)
}

/// Whether candidate `k` is still a node around one shape, in a drawing
/// with containers (see [`settle_lone_frames`]).
fn lone_frame_maybe(role: &[Role], cand: &[usize], e: &Enclosure, k: usize) -> bool {
    role[cand[k]] == Role::Node
        && e.enclosed[k] == 1
        && e.twin[k].is_none()
        && cand.iter().any(|&i| role[i] == Role::Container)
}

/// A frame around one node is a container too, where it is drawn like the
/// drawing's containers (kind and paint, size aside), no stroke ends on it
/// in its own right and strokes end on the node inside: a folder holding
/// one file (dependency-cruiser's clusters through cairo or PDF, where no
/// class marks them).
fn settle_lone_frames(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed): (&[usize], &[Placed]),
    e: &Enclosure,
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    let frames: foldhash::HashSet<Look> = (0..cand.len())
        .filter(|&k| role[cand[k]] == Role::Container)
        .map(|k| Look::of(&d.nodes[cand[k]], &placed[k]).plain())
        .collect();
    let mut inner: Vec<Option<usize>> = vec![None; cand.len()];
    for (k, around) in e.around.iter().enumerate() {
        if let Some(h) = *around
            && role[cand[k]] == Role::Node
        {
            inner[h] = Some(k);
        }
    }
    for k in 0..cand.len() {
        if lone_frame_maybe(role, cand, e, k)
            && !a.own[k]
            && inner[k].is_some_and(|i| a.own[i])
            && frames.contains(&Look::of(&d.nodes[cand[k]], &placed[k]).plain())
        {
            role[cand[k]] = Role::Container;
            let why = "a frame around one node, drawn like the containers, no stroke ending on it";
            *evidence.entry(why).or_default() += 1;
        }
    }
}

/// What the candidates' boxes say of one another.
struct Enclosure {
    /// Smaller shapes whose centres each encloses.
    enclosed: Vec<u32>,
    /// Those pairs, (outer, inner).
    pairs: Vec<(u32, u32)>,
    /// The shape each decorates (an inner ring, a small icon).
    host: Vec<Option<usize>>,
    /// One shape drawn twice (a fill, then an outline on the same
    /// geometry, as cairo, PDF converters and TeX drivers draw): the copy
    /// that stands for both (the fill, else the earlier), for the other.
    twin: Vec<Option<usize>>,
    /// The smallest larger shape around each: its host, should the drawing
    /// show nothing that makes the inner shape a node of its own.
    around: Vec<Option<usize>>,
    /// Its host is that shape because strokes end on the host and none on
    /// it (for the report).
    held: Vec<bool>,
    /// A shape at least twice its size whose rim its centre lies on,
    /// within half its own size: it lies half in, half out, astride the
    /// rim (a badge on a corner), as nodes drawn apart do not.
    astride: Vec<Option<usize>>,
}

impl Enclosure {
    /// Shape `k` lies inside another that is not its host (yet), and is
    /// not a copy of one.
    fn loose_inside(&self, k: usize) -> bool {
        self.around[k].is_some_and(|h| self.host[k] != Some(h)) && self.twin[k].is_none()
    }

    /// A shape inside another that strokes end on, none ending on it in
    /// its own right, is part of that node however it is drawn (the dot of
    /// a bullseye, a cylinder's lid, a compartment); a node inside a box
    /// that nothing ends on is the box's content, not its part.
    fn hold(&mut self, a: &Attachment) {
        for k in 0..self.around.len() {
            if let Some(h) = self.around[k].filter(|_| self.loose_inside(k))
                && a.own[h]
                && !a.own[k]
            {
                self.host[k] = Some(h);
                self.held[k] = true;
            }
        }
    }
}

/// A shape a name's letters lie in is at least this many times the area
/// of each.
const NAMING: f64 = 4.0;

/// How far a shape may reach out of a box and still lie inside it, as a
/// share of the box's smaller half side, and no more than that share of
/// the shape's own smaller side: a word's descender pokes out of the label
/// box it is written in (`y` in blockdiag's `yes`), while a large box's
/// share does not take in shapes beside it.
const ENCLOSURE_SLACK: f64 = 0.05;

/// Whether the box of centre `pj` and half sides `hj` lies inside the box
/// of centre `pi` and half sides `hi`, to [`ENCLOSURE_SLACK`].
fn box_within((pj, hj): (Point, (f64, f64)), (pi, hi): (Point, (f64, f64))) -> bool {
    let eps = ENCLOSURE_SLACK * hi.0.min(hi.1).min(2.0 * hj.0.min(hj.1));
    pj.x - hj.0 >= pi.x - hi.0 - eps
        && pj.x + hj.0 <= pi.x + hi.0 + eps
        && pj.y - hj.1 >= pi.y - hi.1 - eps
        && pj.y + hj.1 <= pi.y + hi.1 + eps
}

fn enclosure(
    index: &NodeIndex,
    (placed, filled): (&[Placed], &[bool]),
    geo: &Geometry,
    evidence: &mut super::Evidence,
) -> Enclosure {
    let n = placed.len();
    let (area, half) = (&geo.area, &geo.half);
    let mut e = Enclosure {
        enclosed: vec![0; n],
        pairs: Vec::new(),
        host: vec![None; n],
        twin: vec![None; n],
        around: vec![None; n],
        held: vec![false; n],
        astride: vec![None; n],
    };
    // The box of j inside the box of i.
    let inside =
        |j: usize, i: usize| box_within((placed[j].center, half[j]), (placed[i].center, half[i]));
    let same = |i: usize, j: usize| {
        let size = geo.size(i).max(f64::MIN_POSITIVE);
        let close = |a: f64, b: f64| (a - b).abs() <= 0.01 * size;
        (placed[i].center - placed[j].center).hypot() <= 0.01 * size
            && close(half[i].0, half[j].0)
            && close(half[i].1, half[j].1)
            && (area[i] - area[j]).abs() <= 0.02 * area[i].max(area[j])
    };
    let whole = index.centre_pairs(placed, |i, j| {
        let (i, j) = (i as usize, j as usize);
        if same(i, j) {
            // (The copy that fills stands for both: an outline drawn under
            // its fill, as `paint-order: stroke` draws it, is drawn first.)
            let (mut first, mut later) = (i.min(j), i.max(j));
            if filled[later] && !filled[first] {
                (first, later) = (later, first);
            }
            e.twin[later].get_or_insert(first);
            return;
        }
        // (The rim is measured once, for both questions.)
        let may_straddle = e.astride[j].is_none() && geo.size(i) >= 2.0 * geo.size(j);
        let within = area[i] > area[j] && inside(j, i);
        if !may_straddle && !within {
            return;
        }
        let v = placed[j].center - placed[i].center;
        let (d, rim) = (v.hypot(), placed[i].outline.rim_distance(v));
        if may_straddle && (d - rim).abs() <= 0.5 * geo.size(j) {
            e.astride[j] = Some(i);
        }
        if !within {
            return;
        }
        let concentric = d <= 0.05 * geo.size(i);
        let centre_inside = d == 0.0 || d <= rim;
        if !centre_inside {
            return;
        }
        if e.around[j].is_none_or(|h| area[i] < area[h]) {
            e.around[j] = Some(i);
        }
        if area[j] * 2.0 < area[i] || concentric {
            e.enclosed[i] += 1;
            e.pairs.push((i as u32, j as u32));
        }
        // A decoration: an inner ring of about the same size, or a small
        // icon. (A cluster around a single node is a few times larger.)
        let ring = concentric && area[j] * 4.0 > area[i];
        if (ring || area[j] * 16.0 < area[i]) && e.host[j].is_none_or(|h| area[i] < area[h]) {
            e.host[j] = Some(i);
        }
    });
    if !whole {
        super::unweighed(evidence);
    }
    e
}

/// Shapes the drawing marks as cluster (subgraph) boxes, as Graphviz and
/// Mermaid do, by class.
pub(super) fn cluster_marks(d: &Drawing) -> Vec<bool> {
    let cluster_group = token_groups(&d.groups, &d.strings, &["cluster"]);
    d.nodes
        .iter()
        .map(|s| {
            has_token(&d.strings, s.class, &["cluster"])
                || at(&cluster_group, s.group).copied().unwrap_or(false)
        })
        .collect()
}

/// The candidates still taken for nodes that blend in (see [`blends_in`]).
fn blending_in(d: &Drawing, cand: &[usize], e: &Enclosure, role: &[Role]) -> Vec<usize> {
    let mut colours = Colours::default();
    (0..cand.len())
        .filter(|&k| role[cand[k]] == Role::Node && blends_in(d, cand, e, k, &mut colours))
        .collect()
}

/// The label backgrounds `blank` (see [`blending_in`]) and the `specks`
/// (see [`specks`]) that no stroke ends on, drawn unlike the nodes, show
/// nothing of their own: decorations.
fn settle_blank(
    role: &mut [Role],
    cand: &[usize],
    (blank, specks): (Vec<usize>, Vec<usize>),
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    let specks = specks.into_iter().filter(|k| !blank.contains(k)).collect();
    for (ks, why) in [
        (blank, "painted like what is behind it, no stroke ending on it"),
        (specks, "too small to show, no stroke ending on it"),
    ] {
        let loose = ks.into_iter().filter(|&k| !a.is_node_like(k));
        settle(role, cand, loose, Role::Decoration, (evidence, why));
    }
}

/// Settles the label boxes (see [`label_boxes`]) that stand beside a node
/// strokes end on in its own right, or beside a stroke with neither of its
/// ends (their box, grown by the smaller of its half sides, overlapping
/// the node's, or crossed by the stroke: an edge's label set just off the
/// line, as blockdiag sets it), and are drawn unlike the nodes.
fn settle_label_boxes(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    boxed: Vec<usize>,
    a: &Attachment,
    evidence: &mut super::Evidence,
) -> io::Result<()> {
    // (Drawn like a node strokes end on, in form too: through cairo or
    // PDF every shape is a path, and a label's box is not drawn like a
    // round node of its size.)
    let boxy = |k: usize| super::is_box(geo.area[k], geo.half[k]);
    let formed: foldhash::HashSet<(Look, bool)> = (0..cand.len())
        .filter(|&n| a.own[n] && role[cand[n]] == Role::Node)
        .map(|n| (a.looks[n], boxy(n)))
        .collect();
    let node_like = |k: usize| {
        let look = a.looks[k];
        let alike = |d: i32| formed.contains(&(Look { size: look.size + d, ..look }, boxy(k)));
        a.own[k] || (look.like_any(&a.attached) && (-1..=1).any(alike))
    };
    let boxed: Vec<usize> = boxed.into_iter().filter(|&k| !node_like(k)).collect();
    if boxed.is_empty() {
        return Ok(());
    }
    let grown = |k: usize| {
        let (hx, hy) = geo.half[k];
        let grow = hx.min(hy);
        super::Boxed::around(k, placed[k].center, (hx + grow, hy + grow))
    };
    let owned: Vec<super::Boxed> = (0..cand.len())
        .filter(|&n| a.own[n])
        .map(|n| super::Boxed::around(n, placed[n].center, geo.half[n]))
        .collect();
    let owned = rstar::RTree::bulk_load(owned);
    let mut beside: foldhash::HashSet<usize> = boxed
        .iter()
        .copied()
        .filter(|&k| owned.locate_in_envelope_intersecting(grown(k).1).any(|n| n.0 != k))
        .collect();
    if beside.len() < boxed.len() {
        let boxes = rstar::RTree::bulk_load(boxed.iter().map(|&k| grown(k)).collect());
        d.edges.for_each_chunk(|chunk| {
            for e in chunk {
                // (A stroke's course, as far as its ends and middle tell.)
                let mid = e.shape(&d.extras).mid;
                for (p, q) in [(e.a, mid), (mid, e.b)] {
                    let span = rstar::AABB::from_corners([p.x, p.y], [q.x, q.y]);
                    for b in boxes.locate_in_envelope_intersecting(span) {
                        let (lo, hi) = (b.1.lower(), b.1.upper());
                        let r = kurbo::Rect::new(lo[0], lo[1], hi[0], hi[1]);
                        // (The stroke passes by, its ends off the grown
                        // box, or across the box itself, its ends off it:
                        // a line stopping short of a node is no label's.)
                        let (hx, hy) = geo.half[b.0];
                        let size = (2.0 * hx, 2.0 * hy);
                        let own = kurbo::Rect::from_center_size(placed[b.0].center, size);
                        let line = kurbo::Line::new(p, q);
                        let on = |r: kurbo::Rect, p: Point| {
                            let hair = 1e-9 * (r.width() + r.height());
                            r.inflate(hair, hair).contains(p)
                        };
                        let by = |r: kurbo::Rect| !on(r, e.a) && !on(r, e.b) && meets(line, r);
                        if !beside.contains(&b.0) && (by(r) || by(own)) {
                            beside.insert(b.0);
                        }
                    }
                }
            }
            io::Result::Ok(())
        })?;
    }
    let loose = boxed.into_iter().filter(|k| beside.contains(k));
    let why = "a label's box beside a node or an edge: painted like what is behind it, holding its text, no stroke ending on it";
    settle(role, cand, loose, Role::Decoration, (evidence, why));
    Ok(())
}

/// Whether segment `l` meets rectangle `r`.
fn meets(l: kurbo::Line, r: kurbo::Rect) -> bool {
    let corners = [(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)].map(Point::from);
    let side = |k: usize| kurbo::Line::new(corners[k], corners[(k + 1) % 4]);
    r.contains(l.p0)
        || r.contains(l.p1)
        || (0..4).any(|k| !kurbo::PathSeg::Line(l).intersect_line(side(k)).is_empty())
}

/// The candidates still taken for nodes astride the rim of another (see
/// [`Enclosure::astride`]), each with that other.
fn astride(role: &[Role], cand: &[usize], e: &Enclosure) -> Vec<(usize, usize)> {
    (0..cand.len())
        .filter_map(|k| e.astride[k].map(|h| (k, h)))
        .filter(|&(k, h)| role[cand[k]] == Role::Node && role[cand[h]] == Role::Node)
        .collect()
}

/// The candidates still taken for nodes drawn like the drawing's heads
/// (see [`super::heads::Alike`]) whose centre lies on a larger node, each
/// with that node.
fn stray_heads(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
) -> Vec<(usize, usize)> {
    let heads = d.nodes.iter().zip(role).filter(|(_, r)| matches!(r, Role::Arrowhead(_)));
    let heads = super::heads::Alike::of(heads.map(|(s, _)| s));
    (0..cand.len())
        .filter(|&k| role[cand[k]] == Role::Node && heads.holds(&d.nodes[cand[k]]))
        .filter_map(|k| {
            let on = index.all_touching(placed, placed[k].center).into_iter().map(|o| o as usize);
            on.filter(|&o| o != k && role[cand[o]] == Role::Node && geo.area[o] > geo.area[k])
                .max_by(|&i, &j| geo.area[i].total_cmp(&geo.area[j]))
                .map(|o| (k, o))
        })
        .collect()
}

/// Candidates, each with the node it lies on.
type OnNode = Vec<(usize, usize)>;

/// Of the candidates `on` a node (each with it), those drawn unlike the
/// nodes, on a node that is node-like.
fn drawn_unlike(a: &Attachment, on: OnNode) -> Vec<usize> {
    on.into_iter().filter(|&(k, o)| a.is_node_like(o) && !a.is_node_like(k)).map(|p| p.0).collect()
}

/// The shapes on nodes that may be theirs (see [`settle_badges`]): those
/// astride a rim, heads on a node.
fn on_nodes(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    e: &Enclosure,
) -> (OnNode, OnNode) {
    (astride(role, cand, e), stray_heads(d, role, (cand, placed, geo), index))
}

/// The candidates still nodes, filled, that point a spike at another's
/// rim from outside, each with that other: a callout's pointer touching
/// the shape it notes (PlantUML's notes on an activity's action). A spike
/// is a corner narrower than a right angle; its tip lies on the other's
/// rim (to a fiftieth of the other's size, or half a unit) away from the
/// other's corners (wedges of a pie meet at theirs), neither shape's
/// centre inside the other, the first at least half the other's size (a
/// letter on a rim is no note).
fn pointing(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
) -> OnNode {
    let inside = |p: &Placed, q: Point| {
        let v = q - p.center;
        v.hypot() <= p.outline.rim_distance(v)
    };
    let mut out = Vec::new();
    for k in (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node && d.nodes[cand[k]].filled) {
        let crate::geom::Outline::Polygon(poly) = &placed[k].outline else { continue };
        let n = poly.points.len();
        // (A note is a box with a pointer: a dozen corners or so; a disc
        // drawn as a polygon has no spike.)
        if n > 16 {
            continue;
        }
        let spikes = (0..n).filter(|&i| {
            let (a, b) = (poly.points[(i + n - 1) % n], poly.points[(i + 1) % n]);
            let (u, v) = (a - poly.points[i], b - poly.points[i]);
            u.dot(v) > 0.0
        });
        let on_rim = |q: Point, j: usize| {
            let o = &placed[j];
            let tol = (0.02 * geo.size(j)).max(0.5);
            let v = q - o.center;
            let cornered = match &o.outline {
                crate::geom::Outline::Polygon(p) => {
                    p.points.iter().any(|&c| (o.center + c - q).hypot() <= tol)
                }
                _ => false,
            };
            j != k
                && role[cand[j]] == Role::Node
                && 2.0 * geo.size(k) >= geo.size(j)
                && (v.hypot() - o.outline.rim_distance(v)).abs() <= tol
                && !cornered
                && !inside(o, placed[k].center)
                && !inside(&placed[k], o.center)
        };
        let tip = spikes.map(|i| placed[k].center + poly.points[i]).find_map(|q| {
            index.all_touching(placed, q).into_iter().map(|j| j as usize).find(|&j| on_rim(q, j))
        });
        if let Some(j) = tip {
            out.push((k, j));
        }
    }
    out
}

/// The shapes `astride` the rim of a node (strokes end on it, or on
/// shapes drawn like it) that no stroke ends on, drawn unlike the nodes,
/// are its badges; the `stray` heads on such a node (see
/// [`stray_heads`]) are heads whose lines are not drawn: decorations both.
fn settle_badges(
    role: &mut [Role],
    cand: &[usize],
    (astride, stray): (OnNode, OnNode),
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    let astride = astride.into_iter().filter(|&(k, _)| role[cand[k]] == Role::Node).collect();
    let why = "a badge astride a node's rim, no stroke ending on it, unlike the nodes";
    settle(role, cand, drawn_unlike(a, astride).into_iter(), Role::Decoration, (evidence, why));
    let why = "drawn like the heads, on a node, no stroke ending on it";
    settle(role, cand, drawn_unlike(a, stray).into_iter(), Role::Decoration, (evidence, why));
}

/// Candidates still taken for nodes, outlined and filled with the colour
/// of what is behind them, that hold a text's anchor and no other
/// candidate's centre, or a text drawn as outlines and nothing else.
fn label_boxes(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    e: &Enclosure,
) -> Vec<usize> {
    // (Text is a `<text>`'s anchor, or a font's outline among the shapes,
    // or glyphs known as such: PDF converters draw each letter as a
    // `<use>` of its outline.)
    let glyphs = role.contains(&Role::Glyph);
    if d.labels.is_empty() && !glyphs && !cand.iter().any(|&i| lettered(d, &d.nodes[i])) {
        return Vec::new();
    }
    let mut colours = Colours::default();
    // (The texts' anchors by x, so that a box looks only at those across
    // its width.)
    let mut anchors: Vec<Point> = d.labels.iter().map(|l| l.pos).collect();
    anchors.sort_by(|a, b| a.x.total_cmp(&b.x));
    let texts_in = |k: usize| {
        let (c, (hx, hy)) = (placed[k].center, geo.half[k]);
        let from = anchors.partition_point(|p| p.x < c.x - hx);
        anchors[from..]
            .iter()
            .take_while(|p| p.x <= c.x + hx)
            .filter(|p| (p.y - c.y).abs() <= hy)
            .take(2)
            .count()
    };
    // What each holds: lettering (a word drawn as outlines, as cairo and
    // PDF converters write text), other shapes.
    let (mut lettering, mut other) = (vec![false; cand.len()], vec![false; cand.len()]);
    for &(o, i) in &e.pairs {
        let held =
            if lettered(d, &d.nodes[cand[i as usize]]) { &mut lettering } else { &mut other };
        held[o as usize] = true;
    }
    // (Nine tenths: a label's box may have its corners rounded a little.)
    let fills = |k: usize| geo.area[k] >= 0.9 * 4.0 * geo.half[k].0 * geo.half[k].1;
    let painted: Vec<usize> = (0..cand.len())
        .filter(|&k| role[cand[k]] == Role::Node && !other[k])
        .filter(|&k| {
            let s = &d.nodes[cand[k]];
            !colours.no_paint(d, s.stroke)
                && filled_as_behind(d, s, e.around[k].map(|h| &d.nodes[cand[h]]), &mut colours)
        })
        .collect();
    let texts: Vec<usize> = painted.iter().map(|&k| texts_in(k)).collect();
    if glyphs {
        // (Only boxes that hold nothing else are looked in.)
        let empty: Vec<usize> = painted
            .iter()
            .zip(&texts)
            .filter(|&(&k, &t)| t == 0 && !lettering[k] && fills(k))
            .map(|(&k, _)| k)
            .collect();
        held_glyphs(d, role, (placed, geo), &empty, &mut lettering);
    }
    painted
        .into_iter()
        .zip(texts)
        .filter(|&(k, t)| match t {
            // (A box: a round node holding its name is a node's shape.)
            0 => lettering[k] && fills(k),
            1 => !lettering[k],
            _ => false,
        })
        .map(|(k, _)| k)
        .collect()
}

/// Marks as holding lettering (`lettering`) the candidates `empty` (boxes
/// holding nothing else) that hold a glyph set aside before the evidence
/// (not among the candidates), its box within theirs to the slack that
/// enclosure allows.
fn held_glyphs(
    d: &Drawing,
    role: &[Role],
    (placed, geo): (&[Placed], &Geometry),
    empty: &[usize],
    lettering: &mut [bool],
) {
    let empty: Vec<super::Boxed> =
        empty.iter().map(|&k| super::Boxed::around(k, placed[k].center, geo.half[k])).collect();
    if empty.is_empty() {
        return;
    }
    let boxes = rstar::RTree::bulk_load(empty);
    for (s, _) in d.nodes.iter().zip(role).filter(|(_, r)| **r == Role::Glyph) {
        let glyph = (s.center, s.outline.half_extents());
        let at = rstar::AABB::from_point([s.center.x, s.center.y]);
        for b in boxes.locate_in_envelope_intersecting(at) {
            if box_within(glyph, (placed[b.0].center, geo.half[b.0])) {
                lettering[b.0] = true;
            }
        }
    }
}

/// Candidates still taken for nodes whose size is under a hundredth of
/// the typical (median) candidate's.
fn specks(role: &[Role], cand: &[usize], geo: &Geometry) -> Vec<usize> {
    let nodes: Vec<usize> = (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node).collect();
    let mut sizes: Vec<f64> = nodes.iter().map(|&k| geo.size(k)).collect();
    if sizes.len() < 3 {
        return Vec::new();
    }
    let mid = sizes.len() / 2;
    let typical = *sizes.select_nth_unstable_by(mid, f64::total_cmp).1;
    nodes.into_iter().filter(|&k| geo.size(k) < 0.01 * typical).collect()
}

/// Whether candidate `k` is filled with the colour of what is behind it
/// (the shape around it, or a white page) and has no outline.
fn blends_in(d: &Drawing, cand: &[usize], e: &Enclosure, k: usize, colours: &mut Colours) -> bool {
    let s = &d.nodes[cand[k]];
    colours.no_paint(d, s.stroke)
        && filled_as_behind(d, s, e.around[k].map(|h| &d.nodes[cand[h]]), colours)
}

/// Whether shape `s`, inside shape `around` (or on a white page), is
/// filled, opaque, with the colour of what is behind it.
fn filled_as_behind(
    d: &Drawing,
    s: &NodeShape,
    around: Option<&NodeShape>,
    colours: &mut Colours,
) -> bool {
    if !s.filled {
        return false;
    }
    let Some(fill) = colours.of(d, s.fill) else { return false };
    let behind = match around {
        Some(h) => colours.of(d, h.fill),
        None => Some(svgtypes::Color::white()),
    };
    behind.is_some_and(|b| (b.red, b.green, b.blue) == (fill.red, fill.green, fill.blue))
        && fill.alpha == 255
}

/// Paints parsed once per distinct value.
#[derive(Default)]
struct Colours(foldhash::HashMap<Text, Option<svgtypes::Color>>, foldhash::HashMap<Text, bool>);

impl Colours {
    /// The colour `t` paints (black when unset, as SVG's initial fill).
    fn of(&mut self, d: &Drawing, t: Text) -> Option<svgtypes::Color> {
        *self.0.entry(t).or_insert_with(|| {
            if t.is_empty() {
                Some(svgtypes::Color::black())
            } else {
                d.strings.resolve(t).trim().parse().ok()
            }
        })
    }

    /// Whether stroke `t` paints nothing (unset, `none`, `transparent`).
    fn no_paint(&mut self, d: &Drawing, t: Text) -> bool {
        *self.1.entry(t).or_insert_with(|| {
            let s = d.strings.resolve(t);
            crate::svg::style::paints_nothing(s)
        })
    }
}

/// A candidate's look, its size aside (nodes' sizes often vary with their
/// data).
fn plain_look(d: &Drawing, cand: &[usize], placed: &[Placed], k: usize) -> Look {
    Look::of(&d.nodes[cand[k]], &placed[k]).plain()
}

/// The looks (size aside) at least 30 % of whose shapes are in question:
/// inside other shapes not many times larger, in runs like glyphs
/// (`in_runs`), or unfilled.
fn odd_looks(
    d: &Drawing,
    cand: &[usize],
    placed: &[Placed],
    role: &[Role],
    (e, geo): (&Enclosure, &Geometry),
    in_runs: &[usize],
) -> foldhash::HashSet<Look> {
    let mut suspect = vec![false; cand.len()];
    for &k in in_runs {
        suspect[k] = true;
    }
    // (A look one of whose shapes is a word drawn as one path, many glyphs
    // side by side, is lettering: its other shapes are in question however
    // few are in runs, as labels of one letter or one run each.)
    let mut counts: foldhash::HashMap<Look, (usize, usize, bool)> = foldhash::HashMap::default();
    for k in (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node) {
        // (Inside a shape many times larger, a background or a cluster, is
        // no question.)
        let inside = e.around[k].is_some_and(|h| geo.area[h] <= 16.0 * geo.area[k]);
        let asked = suspect[k] || inside || !d.nodes[cand[k]].filled || band(geo, k);
        let c = counts.entry(plain_look(d, cand, placed, k)).or_default();
        c.0 += 1;
        c.1 += usize::from(asked);
        c.2 |= suspect[k] && d.nodes[cand[k]].pieces >= 3;
    }
    counts
        .into_iter()
        .filter(|&(_, (n, asked, word))| word || 10 * asked >= 3 * n)
        .map(|(l, _)| l)
        .collect()
}

/// Whether candidate `k` is a thin band: it fills under a fifth of its box
/// (an outline drawn as a filled stroke, not an area).
fn band(geo: &Geometry, k: usize) -> bool {
    let (hx, hy) = geo.half[k];
    geo.area[k] < 0.2 * 4.0 * hx * hy
}

/// How a shape is drawn, for telling shapes drawn alike: its kind, its
/// paint, and its size within a factor of about 1.4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Look {
    kind: ShapeKind,
    fill: Text,
    stroke: Text,
    size: i32,
}

impl Look {
    pub(super) fn of(s: &NodeShape, p: &Placed) -> Look {
        let r = p.outline.equal_area_radius().max(f64::MIN_POSITIVE);
        Look { kind: s.kind, fill: s.fill, stroke: s.stroke, size: (2.0 * r.log2()).round() as i32 }
    }

    /// The look, its size aside.
    fn plain(self) -> Look {
        Look { size: 0, ..self }
    }

    /// Whether a shape of `looks` is drawn like this one (sizes in the
    /// next class count).
    pub(super) fn like_any(self, looks: &foldhash::HashSet<Look>) -> bool {
        (-1..=1).any(|d| looks.contains(&Look { size: self.size + d, ..self }))
    }
}

/// A look of lettering (see [`lettering_looks`]) is drawn like the nodes
/// where one in this many of its shapes takes stroke ends in its own
/// right, or more.
const ATTACHED_SHARE: usize = 4;

/// Which candidates strokes end on, and how those are drawn.
#[derive(Clone, Default)]
struct Attachment {
    /// Strokes end on the candidate in its own right: on it, and not only
    /// where a larger shape around it takes ends too (a label drawn at a
    /// node's centre, where lines from centre to centre end, is not).
    own: Vec<bool>,
    looks: Vec<Look>,
    /// The looks of the candidates (still nodes) strokes end on in their
    /// own right.
    attached: foldhash::HashSet<Look>,
    /// Those looks, sizes aside.
    plain: foldhash::HashSet<Look>,
    /// Those looks, sizes aside, of the candidates among them drawn as a
    /// letter is (see [`lettered`]): stars or crosses drawn as nodes.
    lettered: foldhash::HashSet<Look>,
}

impl Attachment {
    fn of(
        d: &Drawing,
        (cand, placed, geo): (&[usize], &[Placed], &Geometry),
        (index, heads): (&NodeIndex, &[(u32, Head)]),
        (role, in_runs): (&[Role], &[usize]),
        e: &Enclosure,
    ) -> io::Result<Attachment> {
        let (around, astride) = (&e.around, &e.astride);
        let letters: Vec<bool> = cand.iter().map(|&i| lettered(d, &d.nodes[i])).collect();
        let Claims { won, apart, afar } =
            won_ends(d, (placed, geo), (around, astride, &letters), index, heads)?;
        let area = &geo.area;
        // A named shape: text anchored inside it, or letters drawn as
        // their outlines side by side within it (through cairo or PDF).
        let mut named = vec![false; cand.len()];
        if apart.iter().any(|&a| a) {
            for l in &d.labels {
                for t in index.all_touching(placed, l.pos) {
                    let n = &placed[t as usize];
                    named[t as usize] |= touch(n.center, &n.outline, l.pos, 0.0).is_some();
                }
            }
            // (A shape holding a letter is several times its size: a
            // letter's outline drawn over it as a halo names nothing.)
            for &k in in_runs {
                if let Some(h) = around[k].filter(|&h| area[h] > NAMING * area[k]) {
                    named[h] = true;
                }
            }
            // (Glyphs written as `<use>`s of symbols, as PDF converters
            // write text, are no candidates: the smallest candidate round
            // each is named.)
            for (i, s) in d.nodes.iter().enumerate() {
                if role[i] != Role::Glyph {
                    continue;
                }
                let letter = s.outline.area();
                let holder = index
                    .all_touching(placed, s.center)
                    .into_iter()
                    .filter(|&t| {
                        let n = &placed[t as usize];
                        area[t as usize] > NAMING * letter
                            && touch(n.center, &n.outline, s.center, 0.0).is_some()
                    })
                    .min_by(|&a, &b| area[a as usize].total_cmp(&area[b as usize]));
                if let Some(t) = holder {
                    named[t as usize] = true;
                }
            }
        }
        // (A shape around it many times its size, a background or a
        // cluster, is no rival: ends on it are strays. Nor is one round a
        // named shape a stroke ends on in its own right: two nodes within
        // a frame, joined; a box in a container. An icon has no name. Nor
        // is one round several shapes strokes from outside it end on and
        // with no text of its own: a cluster's frame, where icons in a
        // node are joined within it, or in a named box.)
        let mut holding = vec![0u32; cand.len()];
        for k in (0..cand.len()).filter(|&k| afar[k]) {
            if let Some(h) = around[k] {
                holding[h] += 1;
            }
        }
        // Nor is a name drawn as letter outlines over a shape that wins
        // ends (toyplot's labels on its dots, through cairo): the ends
        // are that shape's, and none is the name's own.
        let over = |k: usize, h: usize| letters[h] && !letters[k] && won[k] > 0;
        let mut named_over = vec![false; cand.len()];
        for (k, h) in around.iter().enumerate() {
            if let Some(h) = h.filter(|&h| over(k, h)) {
                named_over[h] = true;
            }
        }
        let own: Vec<bool> = (0..cand.len())
            .map(|k| {
                won[k] > 0
                    && !named_over[k]
                    && ((apart[k] && named[k])
                        || around[k].is_none_or(|h| {
                            won[h] == 0
                                || area[h] > 16.0 * area[k]
                                || (holding[h] >= 2 && !named[h])
                                || over(k, h)
                        }))
            })
            .collect();
        let own = names_off(own, (placed, geo), (&won, in_runs));
        let mut looks: Vec<Look> =
            (0..cand.len()).map(|k| Look::of(&d.nodes[cand[k]], &placed[k])).collect();
        // A shape drawn twice, a fill and an outline, is drawn in the
        // outline's stroke too.
        for (copy, kept) in e.twin.iter().enumerate() {
            if let Some(k) = *kept
                && crate::svg::style::paints_nothing(d.strings.resolve(looks[k].stroke))
            {
                looks[k].stroke = d.nodes[cand[copy]].stroke;
            }
        }
        // A look of lettering is attached where a good share of its
        // shapes are: a few letters where heads end, over a node's rim or
        // beside it, do not make all the lettering nodes. (Most of a
        // graph's nodes have edges.)
        let lettering = lettering_looks(&looks, geo, in_runs);
        let mut tally: foldhash::HashMap<Look, (usize, usize)> = foldhash::HashMap::default();
        for k in (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node) {
            let t = tally.entry(looks[k]).or_default();
            t.0 += 1;
            t.1 += usize::from(own[k]);
        }
        let attached = tally
            .into_iter()
            .filter(|&(l, (n, own))| {
                own > 0 && (!lettering.contains(&l) || ATTACHED_SHARE * own >= n)
            })
            .map(|(l, _)| l)
            .collect::<foldhash::HashSet<Look>>();
        let plain = attached.iter().map(|l| l.plain()).collect();
        let lettered = (0..cand.len())
            .filter(|&k| own[k] && letters[k] && attached.contains(&looks[k]))
            .map(|k| looks[k].plain())
            .collect();
        Ok(Attachment { own, looks, attached, plain, lettered })
    }

    /// Strokes end on candidate `k` in its own right, or it is drawn like
    /// one they so end on.
    fn is_node_like(&self, k: usize) -> bool {
        self.own[k] || self.looks[k].like_any(&self.attached)
    }

    /// Strokes end on candidate `k` in its own right, or it is drawn like
    /// one they so end on, whatever its size: nodes' sizes often vary with
    /// their data, and an isolated node may be the smallest.
    fn is_plainly_node_like(&self, k: usize) -> bool {
        self.own[k] || self.plain.contains(&self.looks[k].plain())
    }

    /// For a letter drawn as its outline (see [`lettered`]): strokes end
    /// on candidate `k` in its own right, or it is drawn like a shape drawn
    /// as a letter is that they so end on, whatever its size. Dots in the
    /// letters' paint are not drawn like them: through cairo, a figure's
    /// black dots and black letters are plain paths alike.
    fn is_node_like_letter(&self, k: usize) -> bool {
        self.own[k] || self.lettered.contains(&self.looks[k].plain())
    }
}

/// The looks of lettering: those of shapes side by side like glyphs
/// (`in_runs`) that differ in width or height as letters do (an `i` and an
/// `m`, an `a` and an `l`), not a rank of nodes drawn alike.
fn lettering_looks(looks: &[Look], geo: &Geometry, in_runs: &[usize]) -> foldhash::HashSet<Look> {
    let mut sizes: foldhash::HashMap<Look, [(f64, f64); 2]> = foldhash::HashMap::default();
    for &k in in_runs {
        let (w, h) = geo.half[k];
        let s = sizes.entry(looks[k]).or_insert([(w, w), (h, h)]);
        s[0] = (s[0].0.min(w), s[0].1.max(w));
        s[1] = (s[1].0.min(h), s[1].1.max(h));
    }
    sizes
        .into_iter()
        .filter(|(_, s)| s.iter().any(|&(lo, hi)| hi > 1.25 * lo))
        .map(|(l, _)| l)
        .collect()
}

/// `own` (see [`Attachment`]) less the glyphs side by side (`in_runs`)
/// that lie across the rim of a shape at least twice their size that wins
/// stroke ends too (`won`): a name over its node's rim, where heads end,
/// takes the ends meant for the node. (Across: partly in its box, partly
/// out; shapes within a container are its contents.)
fn names_off(
    mut own: Vec<bool>,
    (placed, geo): (&[Placed], &Geometry),
    (won, in_runs): (&[u32], &[usize]),
) -> Vec<bool> {
    let boxed = |k: usize| super::Boxed::around(k, placed[k].center, geo.half[k]);
    let asked: Vec<usize> = in_runs.iter().copied().filter(|&k| own[k]).collect();
    if asked.is_empty() {
        return own;
    }
    let winners =
        rstar::RTree::bulk_load((0..placed.len()).filter(|&k| won[k] > 0).map(boxed).collect());
    for k in asked {
        let name = boxed(k).1;
        own[k] = !winners.locate_in_envelope_intersecting(name).any(|node| {
            use rstar::Envelope as _;
            node.0 != k && node.1.area() >= 2.0 * name.area() && !node.1.contains_envelope(&name)
        });
    }
    own
}

/// How many stroke ends each node candidate wins (is the best match of),
/// counting strokes whose two ends each win one of two candidates, at the
/// tips of the heads that cap them (`heads`, by stroke), neither around
/// the other: a stroke with a free end, within one shape or from a shape
/// to the background around it, as an axis's tick, attaches nothing. And
/// for each, whether a stroke joins it to another within the same shape
/// (`around`, the smallest shape round each), or ends on its rim while a
/// shape lies round it: two nodes inside a frame, a node in a container
/// that takes ends too (a label at a node's centre takes lines drawn to
/// that centre, not to its own rim); and whether a stroke from outside
/// that shape ends on it. A candidate drawn as a font's outline
/// (`lettering`) yields its ends to the smallest plain one they touch
/// too. The strokes are read a chunk at a time and their ends
/// looked up on all cores, as matching does.
fn won_ends(
    d: &Drawing,
    (placed, geo): (&[Placed], &Geometry),
    (around, astride, lettering): (&[Option<usize>], &[Option<usize>], &[bool]),
    index: &NodeIndex,
    heads: &[(u32, Head)],
) -> io::Result<Claims> {
    const TASK: usize = 4096;
    let n = placed.len();
    let mut claims = Claims { won: vec![0; n], apart: vec![false; n], afar: vec![false; n] };
    let mut base = 0usize;
    // (The slack a node's size adds to the tolerance, as matching allows
    // it, but no more than a typical node's: a large shape's reaches an
    // axis's ticks beside it. Only ends on large shapes are looked at
    // again.)
    let radii: Vec<f64> = placed.iter().map(|p| p.outline.equal_area_radius()).collect();
    let typical = 4.0 * crate::matching::default_tolerance(radii.iter().copied());
    let slack = index.tolerance() + crate::matching::RELATIVE_TOLERANCE * typical;
    let firm = |i: u32, p: Point| {
        let n = &placed[i as usize];
        let v = p - n.center;
        let d = v.hypot();
        radii[i as usize] <= typical || d.min((d - n.outline.rim_distance(v)).abs()) <= slack
    };
    // An end on the rim of shape `i`, which lies wholly within shape `h`
    // (a mark on `h`'s rim is `h`'s), not at its centre nor on `h`'s rim
    // (a class's header shares its box's sides): a line drawn to `i`, not
    // to the centre of a shape around it.
    // How far `p` lies from the centre of shape `i`, and its rim that way.
    let reach = |i: usize, p: Point| {
        let v = p - placed[i].center;
        (v.hypot(), placed[i].outline.rim_distance(v))
    };
    let rim = |i: usize, p: Point| {
        let (d, rim) = reach(i, p);
        d >= 0.5 * rim && (d - rim).abs() <= slack
    };
    // (An end at a node's centre, where a ring round another node passes,
    // is the node's: a self-loop drawn through its node.)
    let central = |i: usize, p: Point| {
        let (d, rim) = reach(i, p);
        d == 0.0 || d < 0.5 * rim
    };
    let on_rim =
        |i: usize, h: usize, p: Point| holds(&placed[h], &placed[i]) && rim(i, p) && !rim(h, p);
    // An end on the rims of a shape and of the one around it both (a
    // cylinder's lid, a class's header, sharing the top of their box) is
    // the outer one's: a line drawn to the box. So is an end on the rim of
    // a shape that a small one lies astride, under that one: a line drawn
    // to the node under its badge.
    // (Shared: the end lies as near the outer rim as the inner one, not
    // on the inner one across a frame's margin, as round a group's member.)
    let gap = |i: usize, p: Point| reach(i, p).0 - reach(i, p).1;
    let tol = 0.5 * index.tolerance();
    let to_outer = |i: usize, p: Point| match (around[i], astride[i]) {
        (Some(h), _) if rim(i, p) && rim(h, p) && gap(h, p).abs() <= gap(i, p).abs() + tol => h,
        (_, Some(h)) if rim(h, p) && !central(i, p) && !lettering[h] => h,
        _ => i,
    };
    // A font's outline (a word drawn as a path) yields an end to the
    // smallest plain shape the end touches too: a name set just above a
    // node, a head's tip on the node's rim and the word's foot both; a
    // letter of a name set across a node's rim, a line's end a little off
    // the rim on the letter (within the node's slack, however large the
    // node: through cairo, the glyphs make a typical shape a letter's
    // size).
    let yield_lettering = |i: u32, p: Point| {
        if !lettering[i as usize] {
            return i;
        }
        let letter = &placed[i as usize];
        index
            .all_touching(placed, p)
            .into_iter()
            .filter(|&o| {
                !lettering[o as usize] && (firm(o, p) || across(&placed[o as usize], letter))
            })
            .min_by(|&x, &y| geo.area[x as usize].total_cmp(&geo.area[y as usize]))
            .unwrap_or(i)
    };
    // (An end beyond a shape's box by half its smaller half side or more:
    // the tolerance, a quarter of a typical node's radius, reaches that far
    // off a small shape only.)
    let off = |i: usize, p: Point| {
        let ((hx, hy), v) = (geo.half[i], p - placed[i].center);
        Vec2::new((v.x.abs() - hx).max(0.0), (v.y.abs() - hy).max(0.0)).hypot() > 0.5 * hx.min(hy)
    };
    let mut doubtful = Doubtful::default();
    let mut pieces = Pieces { open: None, meet: 0.1 * index.tolerance() };
    d.edges.for_each_chunk(|chunk| {
        let found: Vec<(Option<u32>, Point)> = chunk
            .par_chunks(TASK / 2)
            .enumerate()
            .flat_map_iter(|(t, part)| {
                let first = base + t * (TASK / 2);
                let (points, headed) = ends_at_tips(part, first, heads);
                let mut found = vec![None; points.len()];
                index.find_each(placed, &points, &mut found);
                let mut found: Vec<Option<u32>> = found
                    .into_iter()
                    .zip(&points)
                    .map(|(f, &p)| f.filter(|&i| firm(i, p)))
                    .collect();
                let ends = (points.as_slice(), headed.as_slice());
                aim_loose_ends(d, part, (placed, index, lettering), ends, &mut found);
                found.into_iter().zip(points).map(move |(f, p)| {
                    (f.map(|i| to_outer(yield_lettering(i, p) as usize, p) as u32), p)
                })
            })
            .collect();
        base += chunk.len();
        for ends in found.chunks_exact(2) {
            let whole =
                pieces.next([ends[0], ends[1]], |(f, p)| f.is_none_or(|i| off(i as usize, p)));
            for ends in std::iter::once([ends[0], ends[1]]).chain(whole) {
                if let [(Some(a), pa), (Some(b), pb)] = ends
                    && a != b
                    && !holds(&placed[a as usize], &placed[b as usize])
                    && !holds(&placed[b as usize], &placed[a as usize])
                {
                    let end = [(a as usize, pa), (b as usize, pb)];
                    if end.iter().any(|&(i, p)| off(i, p)) {
                        doubtful.hold(end, off);
                    } else {
                        claims.count(end, (placed, around), on_rim);
                    }
                }
            }
        }
        io::Result::Ok(())
    })?;
    for end in doubtful.settled(d, off)? {
        claims.count(end, (placed, around), on_rim);
    }
    Ok(claims)
}

/// The ends of strokes `part` (the first numbered `first`), each at the
/// tip of the head that caps it where one does (`heads`, by stroke), and
/// whether one does.
fn ends_at_tips(
    part: &[crate::model::EdgeShape],
    first: usize,
    heads: &[(u32, Head)],
) -> (Vec<Point>, Vec<bool>) {
    let mut points: Vec<Point> = part.iter().flat_map(|e| [e.a, e.b]).collect();
    let mut headed = vec![false; points.len()];
    let k0 = heads.partition_point(|(k, _)| (*k as usize) < first);
    for (k, h) in heads[k0..].iter().take_while(|(k, _)| (*k as usize) < first + part.len()) {
        let end = 2 * (*k as usize - first) + usize::from(h.at_b);
        points[end] = h.tip;
        headed[end] = true;
    }
    (points, headed)
}

/// A line drawn in pieces, one after another end to end off the shapes
/// (blockdiag writes each segment of an edge's bends as a path of its
/// own): the end the first piece starts from on a shape, and where the
/// last one so far stops.
struct Pieces {
    open: Option<((Option<u32>, Point), Point)>,
    /// How near two ends lie that meet.
    meet: f64,
}

impl Pieces {
    /// Takes the next stroke's ends (each the shape it wins, if any, and
    /// where; `loose` tells an end on no shape, or not firmly): the ends of
    /// the whole line where this stroke goes on from the line before it
    /// to a shape.
    fn next(
        &mut self,
        [a, b]: [(Option<u32>, Point); 2],
        loose: impl Fn((Option<u32>, Point)) -> bool,
    ) -> Option<[(Option<u32>, Point); 2]> {
        let (la, lb) = (loose(a), loose(b));
        if let Some((first, at)) = self.open.take() {
            for (near, far, lnear, lfar) in [(a, b, la, lb), (b, a, lb, la)] {
                if lnear && (near.1 - at).hypot() <= self.meet {
                    if !lfar {
                        return Some([first, far]);
                    }
                    self.open = Some((first, far.1));
                    return None;
                }
            }
        }
        match (la, lb) {
            (false, true) => self.open = Some((a, b.1)),
            (true, false) => self.open = Some((b, a.1)),
            _ => {}
        }
        None
    }
}

/// A line whose plain ends touch nothing (`found` none for both of its
/// `points`), each pointing at another shape a little ahead, ends on those, as
/// matching carries them: dots smaller than the gap a layout leaves. So
/// does a head that stops short of a shape, the line's other end on
/// another (`headed` tells which ends have a head): `ECharts` ends its
/// arrows a symbol's size before the node. (Not on `lettering`: what
/// arrows stop short of among letters is for the text rules to tell.)
fn aim_loose_ends(
    d: &Drawing,
    lines: &[crate::model::EdgeShape],
    (placed, index, lettering): (&[Placed], &NodeIndex, &[bool]),
    (points, headed): (&[Point], &[bool]),
    found: &mut [Option<u32>],
) {
    let short = |o: &crate::geom::Outline, off: f64, head: bool| {
        crate::geom::spatial::stop_short(o, off, head)
    };
    for (j, e) in lines.iter().enumerate() {
        let (a, b) = (2 * j, 2 * j + 1);
        if found[a].is_some() && found[b].is_some() {
            continue;
        }
        let aim = |i: usize| {
            // (Past the shapes the end lies in: a frame, a background.)
            let p = points[i];
            let within = |n: u32| {
                let n = &placed[n as usize];
                touch(n.center, &n.outline, p, 0.0).is_some()
            };
            let way = (p, e.arriving(&d.extras, i == b));
            let short = |o: &crate::geom::Outline, off: f64| short(o, off, headed[i]);
            index
                .pointed_at(placed, way, POINTING_REACH * index.tolerance(), within, short)
                .filter(|&n| !lettering[n as usize])
        };
        if let Some(m) = found[a].or(found[b]) {
            let i = if found[a].is_some() { b } else { a };
            if headed[i] {
                found[i] = aim(i).filter(|&n| n != m);
            }
            continue;
        }
        // (Most loose lines point at nothing: one ray tells.)
        if let Some(m) = aim(a)
            && let Some(n) = aim(b).filter(|&n| n != m)
        {
            (found[a], found[b]) = (Some(m), Some(n));
        }
    }
}

/// What the strokes' ends say of each candidate (see [`won_ends`]).
struct Claims {
    /// How many ends it wins.
    won: Vec<u32>,
    /// A stroke ends on it within the shape around it, or on its rim
    /// apart from that shape's.
    apart: Vec<bool>,
    /// A stroke ends on it from outside the shape around it.
    afar: Vec<bool>,
}

impl Claims {
    /// Counts a stroke whose ends each win a candidate (which, where).
    fn count(
        &mut self,
        end: [(usize, Point); 2],
        (placed, around): (&[Placed], &[Option<usize>]),
        on_rim: impl Fn(usize, usize, Point) -> bool,
    ) {
        let [(a, pa), (b, pb)] = end;
        self.won[a] += 1;
        self.won[b] += 1;
        let inside = around[a].is_some() && around[a] == around[b];
        self.apart[a] |= inside || around[a].is_some_and(|h| on_rim(a, h, pa));
        self.apart[b] |= inside || around[b].is_some_and(|h| on_rim(b, h, pb));
        self.afar[a] |= around[a].is_some_and(|h| !holds(&placed[h], &placed[b]));
        self.afar[b] |= around[b].is_some_and(|h| !holds(&placed[h], &placed[a]));
    }
}

/// Strokes with an end off the box of a small shape it touches only
/// within the tolerance, kept until the ends of every stroke are known:
/// an end there that another stroke's end meets is the joint of a line
/// drawn in pieces, not an end (a label set over a bend, as blockdiag
/// sets it).
#[derive(Default)]
struct Doubtful {
    strokes: Vec<[(usize, Point); 2]>,
    /// The doubtful ends' points, and how many stroke ends lie there.
    joints: foldhash::HashMap<(i64, i64), u32>,
}

impl Doubtful {
    /// A point, to 1/64 of a unit (converters round there and finer).
    fn key(p: Point) -> (i64, i64) {
        ((p.x * 64.0).round() as i64, (p.y * 64.0).round() as i64)
    }

    /// Keeps stroke `end` (the shapes its ends touch, and where), whose
    /// ends `off` tells are doubtful.
    fn hold(&mut self, end: [(usize, Point); 2], off: impl Fn(usize, Point) -> bool) {
        for &(i, p) in &end {
            if off(i, p) {
                self.joints.insert(Self::key(p), 0);
            }
        }
        self.strokes.push(end);
    }

    /// The strokes kept none of whose doubtful ends is a joint.
    fn settled(
        mut self,
        d: &Drawing,
        off: impl Fn(usize, Point) -> bool,
    ) -> io::Result<Vec<[(usize, Point); 2]>> {
        if self.strokes.is_empty() {
            return Ok(Vec::new());
        }
        d.edges.for_each_chunk(|chunk| {
            for p in chunk.iter().flat_map(|e| [e.a, e.b]) {
                if let Some(n) = self.joints.get_mut(&Self::key(p)) {
                    *n += 1;
                }
            }
            io::Result::Ok(())
        })?;
        let joint = |p: Point| self.joints.get(&Self::key(p)).is_some_and(|&n| n >= 2);
        let mut strokes = std::mem::take(&mut self.strokes);
        strokes.retain(|end| end.iter().all(|&(i, p)| !off(i, p) || !joint(p)));
        Ok(strokes)
    }
}

/// Whether the box of `inner` lies across the rim of `outer`'s: partly in
/// it, partly out (a name set across its node).
fn across(outer: &Placed, inner: &Placed) -> bool {
    let ((ox, oy), (ix, iy)) = (outer.outline.half_extents(), inner.outline.half_extents());
    let d = inner.center - outer.center;
    let overlaps = d.x.abs() < ox + ix && d.y.abs() < oy + iy;
    overlaps && !holds(outer, inner)
}

/// Whether the box of `outer` holds that of `inner`: a stroke from one to
/// the other lies within the outer (a background, a plot's frame).
fn holds(outer: &Placed, inner: &Placed) -> bool {
    let ((ox, oy), (ix, iy)) = (outer.outline.half_extents(), inner.outline.half_extents());
    let d = inner.center - outer.center;
    d.x.abs() + ix <= ox && d.y.abs() + iy <= oy
}

/// Whether the boxes of centres and half sides `a` and `b` stand side by
/// side as glyphs on one line do: overlapping vertically by three tenths
/// of the smaller height, of heights within a factor of 3, and apart
/// horizontally by less than 0.7 of the taller's height.
pub(super) fn side_by_side((pa, ha): (Point, (f64, f64)), (pb, hb): (Point, (f64, f64))) -> bool {
    let (lo, hi) = ((2.0 * ha.1).min(2.0 * hb.1), (2.0 * ha.1).max(2.0 * hb.1));
    let overlap = (pa.y + ha.1).min(pb.y + hb.1) - (pa.y - ha.1).max(pb.y - hb.1);
    let gap = (pa.x - ha.0).max(pb.x - hb.0) - (pa.x + ha.0).min(pb.x + hb.0);
    lo > 0.0 && hi <= 3.0 * lo && overlap >= 0.3 * lo && gap <= 0.7 * hi
}

/// Of the candidates `among`, those in runs of glyph-like outlines: side
/// by side along a line, of similar heights, two or more (or one word
/// drawn as one path, a glyph a subpath). Text drawn as outlines (cairo,
/// PDF converters, Inkscape "object to path", TeX) is recognised so,
/// wherever it came from.
fn runs(
    shapes: &[NodeShape],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    among: &[usize],
) -> Vec<usize> {
    let left = |k: usize| placed[k].center.x - geo.half[k].0;
    let right = |k: usize| placed[k].center.x + geo.half[k].0;
    let height = |k: usize| 2.0 * geo.half[k].1;
    let next_to = |i: usize, j: usize| {
        side_by_side((placed[i].center, geo.half[i]), (placed[j].center, geo.half[j]))
    };
    // Sorted by left edge: a glyph's neighbours start within its width and
    // a height of it.
    let mut order = among.to_vec();
    order.sort_by(|&i, &j| left(i).total_cmp(&left(j)));
    let mut runs = UnionFind::<usize>::new(order.len());
    // (A neighbour is at most 3 times as tall, so within 2.1 heights, and
    // within 0.7 of the tallest's.)
    let tallest = order.iter().map(|&k| height(k)).fold(0.0, f64::max);
    for (p, &i) in order.iter().enumerate() {
        for (q, &j) in order.iter().enumerate().skip(p + 1) {
            let reach = right(i) + (2.1 * height(i)).min(0.7 * tallest);
            if left(j) > reach || reach.is_nan() {
                break;
            }
            if next_to(i, j) {
                runs.union(p, q);
            }
        }
    }
    // A word drawn as one path is a run by itself.
    let mut size = vec![0usize; order.len()];
    for (p, &k) in order.iter().enumerate() {
        size[runs.find_mut(p)] += if shapes[cand[k]].pieces >= 3 { 2 } else { 1 };
    }
    let (mut found, mut rest) = (Vec::new(), Vec::new());
    for (p, &k) in order.iter().enumerate() {
        if size[runs.find_mut(p)] >= 2 { found.push(k) } else { rest.push(k) }
    }
    let marks = punctuation((placed, geo), index, (&found, &rest));
    if !marks.is_empty() {
        let mut mark = vec![false; placed.len()];
        for &k in &marks {
            mark[k] = true;
        }
        rest.retain(|&k| !mark[k]);
        found.extend(marks);
    }
    found.extend(slanted((placed, geo), index, &rest));
    found
}

/// Of the candidates `rest`, the marks too small to stand side by side
/// with letters (see [`side_by_side`]) that stand next to a glyph of a run
/// (`found`) as punctuation does: a decimal point, a comma, a minus sign,
/// a colon's dots. Less than a third of the glyph's height and no wider
/// than it is tall, within its band (a comma reaching a little below),
/// and less than half its height from it.
fn punctuation(
    (placed, geo): (&[Placed], &Geometry),
    index: &NodeIndex,
    (found, rest): (&[usize], &[usize]),
) -> Vec<usize> {
    if found.is_empty() || rest.is_empty() {
        return Vec::new();
    }
    let mut glyph = vec![false; placed.len()];
    for &k in found {
        glyph[k] = true;
    }
    let mark_of = |k: usize, j: usize| {
        let ((hk, vk), (hj, vj)) = (geo.half[k], geo.half[j]);
        let (pk, pj) = (placed[k].center, placed[j].center);
        let tall = 2.0 * vj;
        let gap = (pk.x - pj.x).abs() - hk - hj;
        3.0 * vk < vj
            && 2.0 * hk <= tall
            && pk.y - vk >= pj.y - vj - 0.1 * tall
            && pk.y + vk <= pj.y + vj + 0.25 * tall
            && (-hk..=0.5 * tall).contains(&gap)
    };
    // (A neighbour's centre is within its height and a half, and half a
    // height further, of the mark's side: within twice the tallest's.)
    let tallest = found.iter().map(|&k| 2.0 * geo.half[k].1).fold(0.0, f64::max);
    rest.iter()
        .copied()
        .filter(|&k| 3.0 * geo.half[k].1 < 0.5 * tallest)
        .filter(|&k| {
            let reach = geo.half[k].0 + 2.0 * tallest;
            index
                .all_touching_within(placed, placed[k].center, reach)
                .into_iter()
                .any(|j| glyph[j as usize] && mark_of(k, j as usize))
        })
        .collect()
}

/// Of the candidates `among`, those in runs along a slanted or upright
/// line, three or more: rotated text (labels along edges, an axis's
/// title), whose glyphs' boxes do not line up as a row's do. Neighbours
/// are of sizes within a factor of 3, their centres less than one and a
/// half of the larger size apart.
fn slanted(
    (placed, geo): (&[Placed], &Geometry),
    index: &NodeIndex,
    among: &[usize],
) -> Vec<usize> {
    let span = |k: usize| 2.0 * geo.half[k].0.max(geo.half[k].1);
    let mut slot = vec![usize::MAX; placed.len()];
    for (p, &k) in among.iter().enumerate() {
        slot[k] = p;
    }
    let mut sets = UnionFind::<usize>::new(among.len());
    // (A neighbour is at most 3 times the size, its centre within 4.5.)
    for (p, &i) in among.iter().enumerate() {
        for j in index.all_touching_within(placed, placed[i].center, 4.5 * span(i)) {
            let (j, q) = (j as usize, slot[j as usize]);
            if q == usize::MAX || q <= p {
                continue;
            }
            let (lo, hi) = (span(i).min(span(j)), span(i).max(span(j)));
            let apart = placed[i].center.distance(placed[j].center);
            if lo > 0.0 && hi <= 3.0 * lo && apart <= 1.5 * hi {
                sets.union(p, q);
            }
        }
    }
    let mut members: foldhash::HashMap<usize, Vec<usize>> = foldhash::HashMap::default();
    for (p, &k) in among.iter().enumerate() {
        members.entry(sets.find_mut(p)).or_default().push(k);
    }
    members
        .into_iter()
        .filter(|(_, m)| m.len() >= 3 && along_a_line(placed, m, span))
        .flat_map(|(_, m)| m)
        .collect()
}

/// Whether the centres of `ks` lie along one line, each within a third of
/// the typical (median) size `span` of it, and spread along it over more
/// than that size.
fn along_a_line(placed: &[Placed], ks: &[usize], span: impl Fn(usize) -> f64) -> bool {
    let n = ks.len() as f64;
    let mean = ks.iter().fold(Vec2::ZERO, |m, &k| m + placed[k].center.to_vec2()) / n;
    let (mut xx, mut yy, mut xy) = (0.0, 0.0, 0.0);
    for &k in ks {
        let v = placed[k].center.to_vec2() - mean;
        (xx, yy, xy) = (xx + v.x * v.x, yy + v.y * v.y, xy + v.x * v.y);
    }
    // The principal axis; the line's normal across it.
    let angle = 0.5 * (2.0 * xy).atan2(xx - yy);
    let normal = Vec2::new(-angle.sin(), angle.cos());
    let along = Vec2::new(angle.cos(), angle.sin());
    let mut spans: Vec<f64> = ks.iter().map(|&k| span(k)).collect();
    spans.sort_by(f64::total_cmp);
    let typical = spans[spans.len() / 2];
    // (And spread along it, over more than a glyph: shapes drawn on one
    // another, a fill and its outline, are no run.)
    let (lo, hi) = ks.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &k| {
        let t = (placed[k].center.to_vec2() - mean).dot(along);
        (lo.min(t), hi.max(t))
    });
    hi - lo > typical
        && ks
            .iter()
            .all(|&k| (placed[k].center.to_vec2() - mean).dot(normal).abs() <= typical / 3.0)
}

/// Whether shapes drawn on edges may be found: a shape at a stroke's
/// middle is a label's box or a mid-edge marker, drawn as a box, polygon
/// or path (a drawing of round shapes alone, the circles and lines of D3
/// and the like by the million, is spared reading its strokes again).
/// (Lone glyphs are sought where the drawing has lettering.)
fn drawn_on_edges(d: &Drawing, cand: &[usize]) -> bool {
    cand.iter().any(|&i| !matches!(d.nodes[i].kind, ShapeKind::Circle | ShapeKind::Ellipse))
}

/// Shapes drawn on edges, no nodes: a shape at a stroke's middle that no
/// stroke ends on, drawn unlike the nodes (a label's box, a mid-edge
/// marker), and those drawn like it (labels at a source or target).
fn on_edges(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    (a, sought): (&Attachment, bool),
    evidence: &mut super::Evidence,
) -> io::Result<()> {
    if !sought {
        return Ok(());
    }
    let marks = marks_on_lines(d, role, (cand, placed, geo), index, a)?;
    let why = "a small mark centred on a line's middle, no stroke ending on it";
    settle(role, cand, marks.into_iter(), Role::Decoration, (evidence, why));
    let loose: Vec<bool> = (0..cand.len())
        .map(|k| role[cand[k]] == Role::Node && !a.is_plainly_node_like(k))
        .collect();
    if !loose.contains(&true) {
        return Ok(());
    }
    let on = at_middles(d, placed, index, geo, &loose)?;
    let boxes: foldhash::HashSet<Look> = on.iter().map(|&k| a.looks[k].plain()).collect();
    let alike: Vec<usize> =
        (0..cand.len()).filter(|&k| loose[k] && boxes.contains(&a.looks[k].plain())).collect();
    let why = "at a stroke's middle, no stroke ending on it";
    settle(role, cand, alike.into_iter(), Role::Decoration, (evidence, why));
    let loose: Vec<bool> =
        (0..cand.len()).map(|k| loose[k] && role[cand[k]] == Role::Node).collect();
    let heads = on_lines(d, placed, geo, &loose)?;
    let why = "a head drawn on its line, short of its end, no stroke ending on it";
    settle(role, cand, heads.into_iter(), Role::Decoration, (evidence, why));
    Ok(())
}

/// Of the candidates still nodes drawn like the nodes (see
/// [`Attachment::is_plainly_node_like`]) that no stroke ends on, those
/// that mark a straight line's middle: unfilled, the line seen passing
/// through their centre, neither of its ends on them, and less than half
/// the size of the nodes strokes end on (an empty cell's oval of a
/// `PSTricks` matrix, a ring drawn on a link). A node of its own so placed
/// would leave the drawing ambiguous to any reader, and layouts avoid it;
/// a filled one hides the line under it, as a node does.
fn marks_on_lines(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    a: &Attachment,
) -> io::Result<Vec<usize>> {
    let mut sizes: Vec<f64> = (0..cand.len())
        .filter(|&k| a.own[k] && role[cand[k]] == Role::Node)
        .map(|k| geo.size(k))
        .collect();
    if sizes.is_empty() {
        return Ok(Vec::new());
    }
    sizes.sort_by(f64::total_cmp);
    let typical = sizes[sizes.len() / 2];
    let loose: Vec<bool> = (0..cand.len())
        .map(|k| {
            role[cand[k]] == Role::Node
                && !d.nodes[cand[k]].filled
                && !a.own[k]
                && a.is_plainly_node_like(k)
                && 2.0 * geo.size(k) < typical
        })
        .collect();
    if !loose.contains(&true) {
        return Ok(Vec::new());
    }
    let mut on = vec![false; placed.len()];
    d.edges.for_each_chunk(|chunk| {
        for e in chunk {
            let x = e.shape(&d.extras);
            let span = (e.b - e.a).hypot();
            if x.far != e.b || span == 0.0 || (x.mid - e.a.midpoint(e.b)).hypot() > 1e-6 * span {
                continue;
            }
            let dir = (e.b - e.a) / span;
            for k in index.all_touching(placed, x.mid) {
                let k = k as usize;
                let p = &placed[k];
                let holds = |q: Point| crate::geom::touch(p.center, &p.outline, q, 0.0).is_some();
                on[k] |= loose[k]
                    && (p.center - e.a).cross(dir).abs() <= 0.1 * geo.size(k)
                    && 4.0 * geo.size(k) <= span
                    && !holds(e.a)
                    && !holds(e.b);
            }
        }
        io::Result::Ok(())
    })?;
    Ok((0..placed.len()).filter(|&k| on[k]).collect())
}

/// The most steps taken along strokes looking for heads drawn on them
/// (see [`on_lines`]), and how many more per stroke.
const LINE_STEPS: usize = 1 << 22;
const LINE_STEPS_EACH: usize = 64;

/// Of the candidates marked `loose`, those drawn as a head on a straight
/// stroke's line, away from its ends: a polygon of eight corners or fewer
/// that narrows along the line (see [`super::heads::narrows`]), its
/// centre on the line to a quarter of its size, small beside the stroke,
/// neither end on it. GraphMakie.jl draws its darts so, short of the
/// node the line goes on to; Cytoscape.js its mid-edge arrows.
fn on_lines(
    d: &Drawing,
    placed: &[Placed],
    geo: &Geometry,
    loose: &[bool],
) -> io::Result<Vec<usize>> {
    let darts: Vec<usize> = (0..placed.len())
        .filter(|&k| {
            loose[k]
                && matches!(&placed[k].outline, crate::geom::Outline::Polygon(p) if p.points.len() <= 8)
        })
        .collect();
    let Some(cell) = darts.iter().map(|&k| 4.0 * geo.size(k)).reduce(f64::max) else {
        return Ok(Vec::new());
    };
    if !(cell > 0.0 && cell.is_finite()) {
        return Ok(Vec::new());
    }
    #[allow(clippy::cast_possible_truncation)] // cells of a finite drawing
    let key = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: foldhash::HashMap<(i64, i64), Vec<usize>> = foldhash::HashMap::default();
    for &k in &darts {
        grid.entry(key(placed[k].center)).or_default().push(k);
    }
    let mut on = vec![false; placed.len()];
    let mut budget = LINE_STEPS + LINE_STEPS_EACH * d.edges.len();
    d.edges.for_each_chunk(|chunk| {
        for e in chunk {
            let x = e.shape(&d.extras);
            let span = (e.b - e.a).hypot();
            if x.far != e.b || span == 0.0 || (x.mid - e.a.midpoint(e.b)).hypot() > 1e-6 * span {
                continue;
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // bounded below
            let steps = (span / cell).ceil() as usize + 1;
            if steps > budget {
                return Ok(());
            }
            budget -= steps;
            let dir = (e.b - e.a) / span;
            let mut seen: Option<(i64, i64)> = None;
            for i in 0..=steps {
                #[allow(clippy::cast_precision_loss)] // a few steps
                let (cx, cy) = key(e.a + dir * (span * i as f64 / steps as f64));
                for c in (cx - 1..=cx + 1).flat_map(|x| (cy - 1..=cy + 1).map(move |y| (x, y))) {
                    if seen.is_some_and(|s| (c.0 - s.0).abs() <= 1 && (c.1 - s.1).abs() <= 1) {
                        continue;
                    }
                    for &k in grid.get(&c).map_or(&[][..], Vec::as_slice) {
                        on[k] |= head_on(&placed[k], geo.size(k), (e.a, e.b, dir, span));
                    }
                }
                seen = Some((cx, cy));
            }
        }
        io::Result::Ok(())
    })?;
    Ok((0..placed.len()).filter(|&k| on[k]).collect())
}

/// Whether the polygon `p` (of size `size`) sits on the line from `a` to
/// `b` (`dir`, `span` long) as a head drawn on it does (see [`on_lines`]).
fn head_on(p: &Placed, size: f64, (a, b, dir, span): (Point, Point, Vec2, f64)) -> bool {
    let crate::geom::Outline::Polygon(poly) = &p.outline else { return false };
    let v = p.center - a;
    let along = v.dot(dir);
    let holds = |q: Point| touch(p.center, &p.outline, q, 0.0).is_some();
    v.cross(dir).abs() <= 0.25 * size
        && (0.0..=span).contains(&along)
        && 4.0 * size <= span
        && !holds(a)
        && !holds(b)
        && (super::heads::narrows(&poly.points, dir) || super::heads::narrows(&poly.points, -dir))
}

/// Shapes drawn like the drawing's lettering, that no stroke ends on and
/// drawn unlike the nodes, are glyphs too: a label of one letter. Alike
/// means drawn like a glyph found (of about its size), or in the same kind
/// and paint as the lettering (`lettering`: glyphs, and the names inside
/// nodes) and no taller: a letter's area says little (an `l` and an `m`
/// differ many times, a word and its one-letter neighbour more).
fn like_glyphs(
    role: &mut [Role],
    (cand, geo): (&[usize], &Geometry),
    a: &Attachment,
    lettering: &[usize],
    evidence: &mut super::Evidence,
) {
    let glyphs: foldhash::HashSet<Look> =
        (0..cand.len()).filter(|&k| role[cand[k]] == Role::Glyph).map(|k| a.looks[k]).collect();
    let mut tallest: foldhash::HashMap<Look, f64> = foldhash::HashMap::default();
    for &k in lettering {
        let h = tallest.entry(a.looks[k].plain()).or_insert(0.0);
        *h = h.max(geo.half[k].1);
    }
    if glyphs.is_empty() && tallest.is_empty() {
        return;
    }
    // (A disc, filling its round box as a circle does, is a node's
    // shape, not a letter's: Graphviz's `point`.)
    let solid = |k: usize| {
        let (w, h) = geo.half[k];
        let fill = geo.area[k] / (4.0 * w * h);
        (0.75..0.82).contains(&fill) && w.max(h) <= 1.1 * w.min(h)
    };
    let alike: Vec<usize> = (0..cand.len())
        .filter(|&k| {
            let look = a.looks[k];
            let short = |&h: &f64| geo.half[k].1 <= 1.5 * h && !solid(k);
            role[cand[k]] == Role::Node
                && !a.is_plainly_node_like(k)
                && (look.like_any(&glyphs) || tallest.get(&look.plain()).is_some_and(short))
        })
        .collect();
    let why = "drawn like the glyphs, no stroke ending on it";
    settle(role, cand, alike.into_iter(), Role::Glyph, (evidence, why));
}

/// Of the candidates marked `loose`, those holding the middle of a stroke
/// that passes through them: neither end of it on them, and they small
/// beside it.
fn at_middles(
    d: &Drawing,
    placed: &[Placed],
    index: &NodeIndex,
    geo: &Geometry,
    loose: &[bool],
) -> io::Result<Vec<usize>> {
    let mut on = vec![false; placed.len()];
    d.edges.for_each_chunk(|chunk| {
        for e in chunk {
            let x = e.shape(&d.extras);
            let span = (e.b - e.a).hypot().max((x.far - e.a).hypot());
            for k in index.all_touching(placed, x.mid) {
                let k = k as usize;
                if !loose[k] || on[k] || 2.0 * geo.size(k) > 0.5 * span {
                    continue;
                }
                let p = &placed[k];
                let holds = |q: Point| crate::geom::touch(p.center, &p.outline, q, 0.0).is_some();
                on[k] = !holds(e.a) && !holds(e.b);
            }
        }
        io::Result::Ok(())
    })?;
    Ok((0..placed.len()).filter(|&k| on[k]).collect())
}

/// Self-loops drawn as unfilled rings through a node's centre (see
/// [`loop_rings`]), nested ones included; returns whether any was found.
fn settle_rings(
    d: &Drawing,
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    e: &Enclosure,
    evidence: &mut super::Evidence,
) -> bool {
    let nodes = (0..cand.len()).filter(|&k| role[cand[k]] == Role::Node);
    let mut rings = loop_rings(d, role, (cand, placed, geo), index, nodes);
    // Several loops on one node drawn as rings of growing size lie one
    // inside the next: the inner ones, taken for the outer's decoration,
    // are loops of that node too (not a ring's copy, drawn twice).
    if !rings.is_empty() {
        let outer: foldhash::HashMap<usize, usize> = rings.iter().copied().collect();
        let inner = (0..cand.len()).filter(|&k| {
            role[cand[k]] == Role::Decoration
                && e.twin[k].is_none()
                && e.host[k].is_some_and(|h| outer.contains_key(&h))
        });
        let nested = loop_rings(d, role, (cand, placed, geo), index, inner);
        rings.extend(
            nested.into_iter().filter(|&(k, o)| e.host[k].and_then(|h| outer.get(&h)) == Some(&o)),
        );
    }
    // Several loops on one node drawn as one ring, each a copy of the
    // first in its own stroke (python-igraph): the copies are loops too. A
    // copy is no outline drawn over a fill (neither copy fills), nor a
    // halo in another opacity.
    if !rings.is_empty() {
        let of: foldhash::HashMap<usize, usize> = rings.iter().copied().collect();
        let first = |mut k: usize| {
            while let Some(f) = e.twin[k] {
                k = f;
            }
            k
        };
        let copies: Vec<(usize, usize)> = (0..cand.len())
            .filter(|&k| e.twin[k].is_some() && role[cand[k]] == Role::Decoration)
            .filter_map(|k| {
                let f = first(k);
                let (s, t) = (&d.nodes[cand[k]], &d.nodes[cand[f]]);
                let copy =
                    !s.filled && (s.stroke, s.opacity, s.class) == (t.stroke, t.opacity, t.class);
                of.get(&f).filter(|_| copy).map(|&o| (k, o))
            })
            .collect();
        rings.extend(copies);
    }
    let found = !rings.is_empty();
    for (k, o) in rings {
        role[cand[k]] = Role::Loop(cand[o] as u32);
        *evidence.entry("an unfilled ring through a node's centre").or_default() += 1;
    }
    found
}

/// Of the candidates `ks`, the unfilled rings through another node's
/// centre: self-loops (igraph, JUNG), as `(ring, node)`.
fn loop_rings(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
    ks: impl Iterator<Item = usize>,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for k in ks {
        let s = &d.nodes[cand[k]];
        if s.filled {
            continue;
        }
        let size = geo.size(k);
        let r = s.outline.equal_area_radius();
        for other in index.all_touching_within(placed, s.center, r * 1.2) {
            let o = other as usize;
            // (A loop is drawn about its node's size: a ring many times
            // larger whose rim crosses a small shape is a node with a mark
            // on its rim, an `odot` head.)
            if o == k || role[cand[o]] != Role::Node || size > 3.0 * geo.size(o) {
                continue;
            }
            let v = placed[o].center - s.center;
            if v.hypot() == 0.0 {
                continue;
            }
            let rim = s.outline.rim_distance(v);
            if (v.hypot() - rim).abs() <= 0.08 * size {
                found.push((k, o));
                break;
            }
        }
    }
    found
}

/// Stroked outlines that leave one node and return to it, wherever on the
/// node they start (R's svglite, cairo and PDF re-exports close a loop's
/// path): `(outline, node)`. They are self-loops where they are no nodes
/// of their own.
fn closed_loops(
    d: &Drawing,
    role: &[Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    index: &NodeIndex,
) -> Vec<(usize, usize)> {
    // The unfilled outlines, and the candidates each touches (itself
    // aside).
    // (R's `gplot` fills a loop drawn with its head as one thin band. A
    // loop is one closed line: a shape of parts apart is a word.)
    let outline = |k: usize| {
        role[cand[k]] == Role::Node
            && d.nodes[cand[k]].pieces < 2
            && (!d.nodes[cand[k]].filled || band(geo, k))
            && matches!(placed[k].outline, crate::geom::Outline::Polygon(_))
    };
    let touched: Vec<Vec<usize>> = (0..cand.len())
        .map(|k| {
            let crate::geom::Outline::Polygon(poly) = &placed[k].outline else {
                return Vec::new();
            };
            if !outline(k) {
                return Vec::new();
            }
            let mut on: Vec<usize> = poly
                .points
                .iter()
                .flat_map(|v| index.all_touching(placed, placed[k].center + *v))
                .map(|o| o as usize)
                .filter(|&o| o != k && role[cand[o]] == Role::Node)
                .collect();
            on.sort_unstable();
            on.dedup();
            on
        })
        .collect();
    let mut found = Vec::new();
    for (k, on) in touched.iter().enumerate() {
        // Several loops on one node meet at it: the other outlines it
        // touches are no nodes it joins, unless they are all it touches
        // (an unfilled node).
        let mut nodes: Vec<usize> = on.iter().copied().filter(|&o| !outline(o)).collect();
        // (Nor is a letter of the node's name a loop drawn as a band
        // brushes past, its box a quarter of the loop's or less: R's
        // `gplot` sets the name beside the loop, its glyphs not yet known
        // as such through cairo.)
        if d.nodes[cand[k]].filled {
            let boxed = |o: usize| geo.half[o].0 * geo.half[o].1;
            nodes.retain(|&o| boxed(o) > 0.25 * boxed(k));
        }
        let on = if nodes.is_empty() { on.as_slice() } else { nodes.as_slice() };
        let [o] = *on else { continue };
        // It lies beside the node, not around it (a loop may start at the
        // node's centre, on its own rim).
        let v = placed[o].center - placed[k].center;
        let around = v.hypot() < 0.9 * placed[k].outline.rim_distance(v);
        if !around {
            found.push((k, o));
        }
    }
    found
}

/// A legend's `keys` that no stroke ends on are furniture, and so is its
/// frame, where no stroke ends on that either and it is drawn unlike the
/// nodes.
fn settle_legend(
    role: &mut [Role],
    (cand, placed, geo): (&[usize], &[Placed], &Geometry),
    keys: Vec<usize>,
    a: &Attachment,
    evidence: &mut super::Evidence,
) {
    let loose: Vec<usize> = keys.into_iter().filter(|&k| !a.own[k]).collect();
    let why = "a legend's key: a column of shapes, each with its text beside it";
    settle(role, cand, loose.iter().copied(), Role::Furniture, (evidence, why));
    let frames = legend_frames(role, cand, placed, geo, &loose);
    // (Nor a frame with ports: a line ending on one ends on the frame.)
    let ported: foldhash::HashSet<u32> =
        role.iter().filter_map(|r| if let Role::Port(o) = *r { Some(o) } else { None }).collect();
    let frames = frames.into_iter().filter(|&f| {
        !a.own[f]
            && !a.plain.contains(&a.looks[f].plain())
            && !u32::try_from(cand[f]).is_ok_and(|i| ported.contains(&i))
    });
    let why = "a legend's frame: around its keys and no node, unlike the nodes";
    settle(role, cand, frames, Role::Furniture, (evidence, why));
}

/// The candidates still taken for nodes whose boxes hold two or more of a
/// legend's `keys` and no node: the legend's frame, if it is (a UML class
/// box holds a column of icons, each with its text, too).
fn legend_frames(
    role: &[Role],
    cand: &[usize],
    placed: &[Placed],
    geo: &Geometry,
    keys: &[usize],
) -> Vec<usize> {
    if keys.len() < 2 {
        return Vec::new();
    }
    let holds = |f: usize, p: Point| {
        let (c, (hx, hy)) = (placed[f].center, geo.half[f]);
        (p.x - c.x).abs() <= hx && (p.y - c.y).abs() <= hy
    };
    (0..cand.len())
        .filter(|&f| role[cand[f]] == Role::Node)
        .filter(|&f| keys.iter().filter(|&&k| holds(f, placed[k].center)).count() >= 2)
        .filter(|&f| {
            !(0..cand.len())
                .any(|k| k != f && role[cand[k]] == Role::Node && holds(f, placed[k].center))
        })
        .collect()
}

/// The candidates (nodes, or icons inside a frame) laid out as a legend's
/// keys, each no taller than two lines of the text just beside it, level
/// with it: two or more in a column, one above the other at most three
/// lines apart, the texts starting (or, left of their keys, ending) at
/// one x (a key drawn twice at one place is one), or in a row (see
/// [`legend_rows`]). A line's sample, a short level stroke with its text
/// beside it, is a key of the column too (gnuplot's `edges` above its
/// `nodes`), though no candidate.
fn legend_keys(
    d: &Drawing,
    role: &[Role],
    cand: &[usize],
    placed: &[Placed],
    geo: &Geometry,
) -> io::Result<Vec<usize>> {
    // The texts, each where its baseline starts and its size: `<text>`s,
    // and glyphs drawn as shapes (a glyph's box is about seven tenths of
    // its font size high), one by one or a word's in one path (as cairo
    // writes a word in a frame, taken for the frame's decoration).
    // (And how far each reaches left and right of where it starts.)
    let word = |k: usize| {
        let s = &d.nodes[cand[k]];
        matches!(role[cand[k]], Role::Node | Role::Decoration) && s.pieces >= 2 && lettered(d, s)
    };
    let glyphs = (0..d.nodes.len())
        .filter(|&i| role[i] == Role::Glyph)
        .chain((0..cand.len()).filter(|&k| word(k)).map(|k| cand[k]))
        .map(|i| (d.nodes[i].center, d.nodes[i].outline.half_extents()));
    let (texts, spans): (Vec<_>, Vec<_>) = d
        .labels
        .iter()
        .filter(|l| l.level && l.size > 0.0 && !d.strings.resolve(l.text).trim().is_empty())
        .map(|l| ((l.pos, l.size), (f64::from(l.span.0), f64::from(l.span.1))))
        .collect();
    // (Only a `<text>` says where it ends, by its anchor: glyphs turned
    // round a circle line up in rows as well, read the other way.)
    let written = texts.len();
    let (texts, spans): (Vec<_>, Vec<_>) = texts
        .into_iter()
        .zip(spans)
        .chain(lines_of(glyphs.collect()))
        .filter(|((_, size), _)| *size > 0.0)
        .unzip();
    let mut labels: Vec<(f64, usize)> =
        texts.iter().enumerate().map(|(j, (p, _))| (p.y, j)).collect();
    if labels.len() < 2 {
        return Ok(Vec::new());
    }
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    let largest = texts.iter().map(|t| t.1).fold(0.0, f64::max);
    // The keys that may be: the candidates, then the lines' samples (each
    // its centre and half extents).
    let mut items: Vec<(Point, (f64, f64))> =
        (0..cand.len()).map(|k| (placed[k].center, geo.half[k])).collect();
    items.extend(line_samples(d, largest)?);
    // (key, its text, whether the text is left of it) for every one with
    // a text beside it.
    let mut entries: Vec<(usize, usize, bool)> = Vec::new();
    // (A key inside a legend's frame may have been taken for its icon.)
    let keyish = |k: usize| {
        k >= cand.len() || (matches!(role[cand[k]], Role::Node | Role::Decoration) && !word(k))
    };
    for k in (0..items.len()).filter(|&k| keyish(k)) {
        let (c, (hx, hy)) = items[k];
        let from = labels.partition_point(|&(y, _)| y < c.y - largest);
        let gap = |j: usize, left: bool| {
            let ((pos, _), (l, r)) = (texts[j], spans[j]);
            if left { c.x - hx - (pos.x + r) } else { pos.x + l - (c.x + hx) }
        };
        // (The nearest on each side: a word's first glyph, not its others.)
        for left in [false, true] {
            let beside = labels[from..]
                .iter()
                .take_while(|&&(y, _)| y <= c.y + 2.0 * largest)
                .map(|&(_, j)| j)
                .filter(|&j| {
                    let ((pos, font), (l, r)) = (texts[j], spans[j]);
                    // (A baseline sits about a third of a line below the
                    // middle of the text.)
                    let level = (pos.y - 0.35 * font - c.y).abs() <= 0.6 * font;
                    let reaches = !left || (j < written && r - l > 0.5 * font);
                    2.0 * hy <= 2.5 * font
                        && (-0.2 * font..=2.5 * font).contains(&gap(j, left))
                        && level
                        && reaches
                })
                .min_by(|&a, &b| gap(a, left).total_cmp(&gap(b, left)));
            entries.extend(beside.map(|j| (k, j, left)));
        }
    }
    let mut keys = legend_columns(&mut entries, (&texts, &spans), &items);
    for left in [false, true] {
        let rows: Vec<(usize, usize)> =
            entries.iter().filter(|e| e.2 == left).map(|&(k, j, _)| (k, j)).collect();
        keys.extend(legend_rows(&rows, (&texts, &spans), &items, left));
    }
    keys.retain(|&k| k < cand.len());
    keys.sort_unstable();
    keys.dedup();
    Ok(keys)
}

/// Of the `entries` (key in `items`, its text in `texts`, whether the
/// text is left of it), the keys laid out as a legend's column: texts
/// starting (ending, left of their keys) at one x, keys centred on one x,
/// one above the other at most three lines apart (see [`legend_keys`]).
fn legend_columns(
    entries: &mut [(usize, usize, bool)],
    (texts, spans): TextsAndSpans<'_>,
    items: &[(Point, (f64, f64))],
) -> Vec<usize> {
    let edge = |&(_, j, left): &(usize, usize, bool)| {
        texts[j].0.x + if left { spans[j].1 } else { spans[j].0 }
    };
    entries.sort_by(|a, b| {
        a.2.cmp(&b.2)
            .then(edge(a).total_cmp(&edge(b)))
            .then(texts[a.1].0.y.total_cmp(&texts[b.1].0.y))
    });
    let mut keys = Vec::new();
    let mut start = 0;
    while start < entries.len() {
        let (first, size) = (edge(&entries[start]), texts[entries[start].1].1);
        let mut end = start + 1;
        while end < entries.len()
            && entries[end].2 == entries[start].2
            && (edge(&entries[end]) - first).abs() <= 0.1 * size
        {
            end += 1;
        }
        let mut column: Vec<(usize, usize)> =
            entries[start..end].iter().map(|&(k, j, _)| (k, j)).collect();
        column.sort_by(|a, b| items[a.0].0.y.total_cmp(&items[b.0].0.y));
        // Runs one above the other, keys on one x, at most three lines apart.
        let kept: foldhash::HashSet<usize> = runs_of_two(&column, |(p, _), (k, j)| {
            let font = texts[j].1;
            let (a, b) = (items[p].0, items[k].0);
            let below = b.y - a.y;
            (a.x - b.x).abs() <= 0.25 * font && (0.5 * font..=3.0 * font).contains(&below)
        })
        .into_iter()
        .collect();
        // (A key drawn twice, its fill and then its outline, breaks its
        // run: its copy goes with the other, one of its neighbours.)
        let eps = 0.1 * size;
        let same = |p: usize, k: usize| (items[p].0 - items[k].0).hypot() <= eps;
        for (i, &(k, _)) in column.iter().enumerate() {
            let y = items[k].0.y;
            let before = column[..i].iter().rev().take_while(|e| y - items[e.0].0.y <= eps);
            let after = column[i..].iter().take_while(|e| items[e.0].0.y - y <= eps);
            if before.chain(after).any(|e| kept.contains(&e.0) && same(e.0, k)) {
                keys.push(k);
            }
        }
        start = end;
    }
    keys
}

/// The strokes that may be a legend's samples of a line, each its centre
/// and half extents: straight and level, from half a line to six lines
/// long (of text `font` high).
fn line_samples(d: &Drawing, font: f64) -> io::Result<Vec<(Point, (f64, f64))>> {
    let mut out = Vec::new();
    d.edges.for_each_chunk(|chunk| {
        for e in chunk.iter().filter(|e| e.extra.is_none()) {
            let v = e.b - e.a;
            let len = v.hypot();
            if (0.5 * font..=6.0 * font).contains(&len) && v.y.abs() <= 0.02 * len {
                out.push((e.a.midpoint(e.b), (0.5 * v.x.abs(), 0.5 * v.y.abs())));
            }
        }
        io::Result::Ok(())
    })?;
    Ok(out)
}

/// Glyphs (each its centre and half extents) side by side on a line as
/// texts: each where its baseline starts, its size (a glyph's box is
/// about seven tenths of its font size high), and how far it reaches left
/// and right of its start. A line's glyphs overlap in height by half the
/// lower one's and stand apart by under two thirds of the taller's height
/// (a space between words included: a legend's `Group 1` is one text, as
/// PDF converters draw it a glyph at a time).
fn lines_of(mut glyphs: Vec<(Point, (f64, f64))>) -> Vec<((Point, f64), (f64, f64))> {
    type Glyph = (Point, (f64, f64));
    let left = |g: &Glyph| g.0.x - g.1.0;
    let right = |g: &Glyph| g.0.x + g.1.0;
    // Rows first: glyphs by height, a row's each centred within its
    // first's box; then each row left to right, a text going on while its
    // next glyph stands level and close.
    glyphs.sort_by(|a, b| a.0.y.total_cmp(&b.0.y));
    let mut out = Vec::new();
    let mut start = 0;
    while start < glyphs.len() {
        let first = glyphs[start];
        let end = start
            + glyphs[start..].iter().take_while(|g| g.0.y <= first.0.y + first.1.1).count().max(1);
        let row = &mut glyphs[start..end];
        row.sort_by(|a, b| left(a).total_cmp(&left(b)));
        let mut from = 0;
        for k in 1..=row.len() {
            let breaks = k == row.len() || {
                let (a, b) = (row[k - 1], row[k]);
                let tall = 2.0 * a.1.1.max(b.1.1);
                let gap = left(&b) - right(&a);
                let overlap =
                    (a.0.y + a.1.1).min(b.0.y + b.1.1) - (a.0.y - a.1.1).max(b.0.y - b.1.1);
                overlap < a.1.1.min(b.1.1) || gap < -0.2 * tall || gap > tall * 2.0 / 3.0
            };
            if breaks {
                let text = &row[from..k];
                let tallest = text.iter().map(|g| g.1.1).fold(0.0, f64::max);
                // (The first glyph's foot is the baseline.)
                let base = Point::new(left(&text[0]), text[0].0.y + text[0].1.1);
                out.push((
                    (base, 2.0 * tallest / 0.7),
                    (0.0, right(&text[text.len() - 1]) - base.x),
                ));
                from = k;
            }
        }
        start = end;
    }
    out
}

/// Texts, each where it starts and its size, and how far each reaches
/// left and right of its start.
type TextsAndSpans<'a> = (&'a [(Point, f64)], &'a [(f64, f64)]);

/// Of the `entries` (key in `items`, its text in `texts`, which reaches
/// `spans` either side of its start), those laid out as a legend's row
/// (`ECharts`, plotly; gnuplot's with its texts `left` of their keys):
/// two or more keys of one size level with one another, each text
/// running on to the right from its start (a node's name rotated or
/// ending at its anchor is no key's), each next key after the end of the
/// text before (as estimated, to a line), within three lines of it (a
/// legend packs its entries; nodes in a row stand apart); or, with the
/// texts left of their keys, each next text within three lines after the
/// key before.
fn legend_rows(
    entries: &[(usize, usize)],
    (texts, spans): TextsAndSpans<'_>,
    items: &[(Point, (f64, f64))],
    left: bool,
) -> Vec<usize> {
    let rightwards = |j: usize| {
        let (font, (l, r)) = (texts[j].1, spans[j]);
        l >= -0.2 * font && r > 0.0
    };
    let mut row: Vec<(usize, usize)> =
        entries.iter().copied().filter(|&(_, j)| left || rightwards(j)).collect();
    // Bands of keys level to a quarter line, each left to right.
    row.sort_by(|a, b| items[a.0].0.y.total_cmp(&items[b.0].0.y));
    let mut from = 0;
    for i in 1..=row.len() {
        let breaks = i == row.len() || {
            let (p, j) = row[i - 1];
            items[row[i].0].0.y - items[p].0.y > 0.25 * texts[j].1
        };
        if breaks {
            row[from..i].sort_by(|a, b| items[a.0].0.x.total_cmp(&items[b.0].0.x));
            from = i;
        }
    }
    runs_of_two(&row, |(p, j), (k, jk)| {
        let font = texts[j].1;
        let ((a, (hxa, ha)), (b, (hxb, hb))) = (items[p], items[k]);
        let gap = if left {
            texts[jk].0.x + spans[jk].0 - (a.x + hxa)
        } else {
            b.x - hxb - texts[j].0.x - spans[j].1
        };
        (a.y - b.y).abs() <= 0.25 * font
            && (-font..=3.0 * font).contains(&gap)
            && ha.max(hb) <= 1.25 * ha.min(hb)
    })
}

/// The keys of `entries` (key, its text) in runs of two or more, each
/// entry joining the run of the one before where `joins(before, it)`.
fn runs_of_two(
    entries: &[(usize, usize)],
    joins: impl Fn((usize, usize), (usize, usize)) -> bool,
) -> Vec<usize> {
    let mut keys = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (i, &entry) in entries.iter().enumerate() {
        if i == 0 || !joins(entries[i - 1], entry) {
            if run.len() >= 2 {
                keys.append(&mut run);
            }
            run.clear();
        }
        run.push(entry.0);
    }
    if run.len() >= 2 {
        keys.append(&mut run);
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(x: f64, y: f64, hx: f64, hy: f64) -> (Point, (f64, f64)) {
        (Point::new(x, y), (hx, hy))
    }

    #[test]
    fn glyphs_side_by_side_are_read_a_line_at_a_time() {
        // "Ab c" on one line, a word below it, and a glyph far off to the
        // right of the first line.
        let glyphs = vec![
            glyph(13.0, 10.0, 3.0, 5.0),
            glyph(7.0, 10.0, 3.0, 5.0),
            glyph(21.0, 11.0, 2.0, 4.0),
            glyph(60.0, 10.0, 3.0, 5.0),
            glyph(7.0, 30.0, 3.0, 5.0),
            glyph(14.0, 30.0, 3.0, 5.0),
        ];
        let mut lines = lines_of(glyphs);
        lines.sort_by(|a, b| (a.0.0.y, a.0.0.x).partial_cmp(&(b.0.0.y, b.0.0.x)).unwrap());
        let got: Vec<(f64, f64, f64)> = lines.iter().map(|l| (l.0.0.x, l.0.0.y, l.1.1)).collect();
        // Starts at the first glyph's left side, on its foot; reaches to
        // the last glyph's right side.
        assert_eq!(got, [(4.0, 15.0, 19.0), (57.0, 15.0, 6.0), (4.0, 35.0, 13.0)]);
        // A glyph's box is about seven tenths of its text's size.
        assert!((lines[0].0.1 - 10.0 / 0.7).abs() < 1e-9);
        // A column of glyphs, each its own line.
        let column: Vec<_> = (0..50).map(|k| glyph(0.0, 12.0 * f64::from(k), 3.0, 5.0)).collect();
        assert_eq!(lines_of(column).len(), 50);
    }
}
