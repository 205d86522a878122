//! Edges merged on their way: Graphviz's `concentrate=true` draws edges
//! that share a node as one trunk forking off the nodes, each fork a
//! stroke ending at the fork's point. Where three or more loose ends lie
//! within a few stroke widths of one another, off every node, the point is
//! a junction. A stroke reaching it goes on along every stroke leaving it,
//! and each way through the junctions from one node to another is an edge.
//!
//! Which way a stroke goes is read from the drawing: towards a head at its
//! far end, else the way it is drawn at the junction (a stroke drawn ending
//! there reaches it; one drawn starting there leaves it). A junction that
//! nothing reaches, or that nothing leaves, says nothing of the edges
//! through it, and is left alone.

use super::joins::Loose;
use crate::model::JUNCTION_WIDTHS;

/// Junctions with more ends than this are no forks of a few edges (the
/// hub of a star drawn without its node) and are left alone.
const MAX_ENDS: usize = 32;

/// How deep a way through junctions goes, and how many steps of the
/// search each stroke pays for: forks of forks are few, and the search
/// stays linear in the strokes.
const MAX_DEPTH: usize = 16;
const WAYS_PER_STROKE: usize = 4;

/// A stroke between junctions, nodes or other ends: its pieces in order
/// (each with whether it is entered at its end `b`), and its two outer
/// ends (piece, at `b`).
pub(super) struct Segment {
    pub pieces: Vec<(u32, bool)>,
    pub ends: [(u32, bool); 2],
}

impl Segment {
    /// The segment of a run of `pieces` (as `joins` orders them).
    pub(super) fn of_run(pieces: Vec<(u32, bool)>) -> Segment {
        let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
        Segment { ends: [first, (last.0, !last.1)], pieces }
    }

    /// The segment of one piece `k`, drawn from `a` to `b`.
    pub(super) fn of_piece(k: u32) -> Segment {
        Segment { pieces: vec![(k, false)], ends: [(k, false), (k, true)] }
    }

    /// Its pieces walked from end `side` to the other.
    fn walked_from(&self, side: usize) -> impl Iterator<Item = (u32, bool)> + '_ {
        let n = self.pieces.len();
        (0..n)
            .map(move |i| if side == 0 { self.pieces[i] } else { self.pieces[n - 1 - i] })
            .map(move |(k, b)| if side == 0 { (k, b) } else { (k, !b) })
    }
}

/// The junctions among the loose ends (`loose`, met pairwise as `partner`
/// says, within `tol` at most): each as the loose ends there, three or more
/// of as many strokes, painted alike, none held by a node's slack.
pub(super) fn junctions(loose: &[Loose], partner: &[Option<u32>], tol: f64) -> Vec<Vec<u32>> {
    let free: Vec<u32> = (0..loose.len() as u32)
        .filter(|&i| partner[i as usize].is_none() && !loose[i as usize].held)
        .collect();
    if free.len() < 3 {
        return Vec::new();
    }
    let reach = |l: &Loose| {
        let r = JUNCTION_WIDTHS * l.reach;
        if tol > 0.0 { r.min(tol) } else { r }
    };
    let cell = free.iter().map(|&i| reach(&loose[i as usize])).fold(0.0, f64::max).max(1e-9);
    // (The casts saturate: coordinates past the grid share its last cells.)
    let key = |p: kurbo::Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: foldhash::HashMap<(i64, i64), Vec<u32>> = foldhash::HashMap::default();
    for (slot, &i) in free.iter().enumerate() {
        grid.entry(key(loose[i as usize].p)).or_default().push(slot as u32);
    }
    let mut parent: Vec<u32> = (0..free.len() as u32).collect();
    // An end with more ends about it than a junction holds is in none
    // (nor is any end joined to it), and its neighbours are not each
    // compared: thousands of lines meeting at a point cost no more than
    // a few.
    let mut crowded = vec![false; free.len()];
    let cells = |p: kurbo::Point| {
        let (cx, cy) = key(p);
        (-1..=1i64).flat_map(move |dx| {
            (-1..=1i64).map(move |dy| (cx.saturating_add(dx), cy.saturating_add(dy)))
        })
    };
    for (slot, &i) in free.iter().enumerate() {
        let l = &loose[i as usize];
        let about: usize = cells(l.p).map(|at| grid.get(&at).map_or(0, Vec::len)).sum();
        if about > MAX_ENDS {
            crowded[slot] = true;
            continue;
        }
        for at in cells(l.p) {
            for &other in grid.get(&at).into_iter().flatten() {
                let m = &loose[free[other as usize] as usize];
                if (m.p - l.p).hypot() <= reach(l).max(reach(m)) {
                    let (r, s) = (root(&mut parent, slot as u32), root(&mut parent, other));
                    parent[r as usize] = s;
                }
            }
        }
    }
    let mut by_root: foldhash::HashMap<u32, Vec<u32>> = foldhash::HashMap::default();
    let mut crowds: foldhash::HashSet<u32> = foldhash::HashSet::default();
    for slot in 0..free.len() as u32 {
        let r = root(&mut parent, slot);
        by_root.entry(r).or_default().push(free[slot as usize]);
        if crowded[slot as usize] {
            crowds.insert(r);
        }
    }
    by_root.retain(|r, _| !crowds.contains(r));
    let mut out: Vec<Vec<u32>> = by_root
        .into_values()
        .filter(|ends| {
            let mut strokes: Vec<u32> = ends.iter().map(|&i| loose[i as usize].candidate).collect();
            strokes.sort_unstable();
            strokes.dedup();
            let paint = loose[ends[0] as usize].stroke;
            (3..=MAX_ENDS).contains(&ends.len())
                && strokes.len() == ends.len()
                && ends.iter().all(|&i| loose[i as usize].stroke == paint)
        })
        .collect();
    for ends in &mut out {
        ends.sort_unstable();
    }
    out.sort_unstable();
    out
}

/// The root of `i`'s set in the union-find forest `parent`, halving the
/// path on the way.
fn root(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        parent[i as usize] = parent[parent[i as usize] as usize];
        i = parent[i as usize];
    }
    i
}

/// What is known of a segment end (a piece, at its end `b`).
type EndFn<'a, T> = &'a dyn Fn((u32, bool)) -> T;

/// The ways through the junctions (each a list of loose ends' indices in
/// `loose`) along `segments`: each from a node's end of a segment that
/// reaches a junction, along segments leaving each junction it passes, to
/// a segment's end off every junction. `headed(end)` says whether an end
/// carries a head, `point(end)` where it lies. Returns each way as its pieces in order, and which
/// segments the ways took.
pub(super) fn ways(
    junctions: &[Vec<u32>],
    segments: &[Segment],
    loose: &[Loose],
    (headed, point): (EndFn<bool>, EndFn<kurbo::Point>),
) -> (Vec<Vec<(u32, bool)>>, Vec<bool>) {
    let reach = loose.iter().map(|l| l.reach).fold(0.0, f64::max);
    // Each segment end's junction, if any.
    let mut at: foldhash::HashMap<(u32, bool), u32> = foldhash::HashMap::default();
    for (j, ends) in junctions.iter().enumerate() {
        for &i in ends {
            let l = &loose[i as usize];
            at.insert((l.candidate, l.at_b), j as u32);
        }
    }
    // A way runs from a node to a node: an end off every node and every
    // junction (an open V's barb, a stroke stopping short) ends none.
    let mut loose_at: Vec<(u32, bool)> = loose.iter().map(|l| (l.candidate, l.at_b)).collect();
    loose_at.sort_unstable();
    let ends_at_node = |end: (u32, bool)| loose_at.binary_search(&end).is_err();
    // Each junction's segments, by the side at it, and whether each
    // leaves it.
    let mut incident: Vec<Vec<(usize, usize, bool)>> = vec![Vec::new(); junctions.len()];
    for (s, seg) in segments.iter().enumerate() {
        for side in 0..2 {
            if let Some(&j) = at.get(&seg.ends[side]) {
                let far = seg.ends[1 - side];
                let leaves = headed(far) || !seg.ends[side].1;
                incident[j as usize].push((s, side, leaves));
            }
        }
    }
    // Two copies of one stroke (drawn twice, or a double line) are no
    // fork.
    let copies = |inc: &[(usize, usize, bool)]| {
        inc.iter().enumerate().any(|(n, &(s, side, _))| {
            let p = point(segments[s].ends[1 - side]);
            inc[n + 1..]
                .iter()
                .any(|&(t, ts, _)| (point(segments[t].ends[1 - ts]) - p).hypot() <= reach)
        })
    };
    // Every end at a junction must be a segment's: an end of a piece in
    // the middle of a run, or of a run set aside, makes the junction
    // unknown. And a head must say the strokes go on: lines drawn to a
    // point where no node is drawn, none of them headed, meet at that
    // node (networkx drawing some nodes only), not at a fork.
    let headed_out = |inc: &[(usize, usize, bool)]| {
        inc.iter().any(|&(s, side, leaves)| leaves && headed(segments[s].ends[1 - side]))
    };
    let whole: Vec<bool> = junctions
        .iter()
        .zip(&incident)
        .map(|(ends, inc)| {
            inc.len() == ends.len()
                && inc.iter().any(|t| t.2)
                && inc.iter().any(|t| !t.2)
                && headed_out(inc)
                && !copies(inc)
        })
        .collect();
    // Every step of the search counts: ways that end nowhere cost as much
    // as ways that end on a node.
    let mut budget = WAYS_PER_STROKE * MAX_DEPTH * segments.len();
    let mut out = Vec::new();
    let mut used = vec![false; segments.len()];
    let mut trail: Vec<(usize, usize)> = Vec::new();
    let graph: Graph = (&incident, &whole, segments, &at, &ends_at_node);
    for (s, seg) in segments.iter().enumerate() {
        for side in 0..2 {
            let (Some(&j), None) = (at.get(&seg.ends[side]), at.get(&seg.ends[1 - side])) else {
                continue;
            };
            if !ends_at_node(seg.ends[1 - side]) {
                continue;
            }
            let reaches =
                incident[j as usize].iter().any(|&(t, ts, leaves)| t == s && ts == side && !leaves);
            if !reaches || !whole[j as usize] {
                continue;
            }
            trail.clear();
            trail.push((s, 1 - side));
            walk(j as usize, graph, &mut trail, &mut out, &mut budget);
        }
    }
    // One way per pair of ends: segments drawn side by side between two
    // junctions do not make the edge through them several.
    let end_of = |trail: &Vec<(usize, usize)>| {
        let (s, from) = trail[0];
        let (t, to) = trail[trail.len() - 1];
        (segments[s].ends[from], segments[t].ends[1 - to])
    };
    let mut seen: foldhash::HashSet<((u32, bool), (u32, bool))> = foldhash::HashSet::default();
    out.retain(|trail| seen.insert(end_of(trail)));
    let ways = out
        .into_iter()
        .map(|trail: Vec<(usize, usize)>| {
            trail
                .iter()
                .flat_map(|&(s, from)| {
                    used[s] = true;
                    segments[s].walked_from(from).collect::<Vec<_>>()
                })
                .collect()
        })
        .collect();
    (ways, used)
}

type Graph<'a> = (
    &'a [Vec<(usize, usize, bool)>],
    &'a [bool],
    &'a [Segment],
    &'a foldhash::HashMap<(u32, bool), u32>,
    EndFn<'a, bool>,
);

/// Follows `trail` (segments, each with the side it is entered from) on
/// from junction `j` along every segment leaving it, adding each way that
/// ends on a node to `out`, each step taken out of `budget`.
fn walk(
    j: usize,
    graph @ (incident, whole, segments, at, ends_at_node): Graph,
    trail: &mut Vec<(usize, usize)>,
    out: &mut Vec<Vec<(usize, usize)>>,
    budget: &mut usize,
) {
    for &(t, side, leaves) in &incident[j] {
        if !leaves || *budget == 0 || trail.iter().any(|&(s, _)| s == t) {
            continue;
        }
        *budget -= 1;
        trail.push((t, side));
        let far = segments[t].ends[1 - side];
        match at.get(&far) {
            None if ends_at_node(far) => out.push(trail.clone()),
            None => {}
            Some(&next) => {
                // On through the next junction, where the segment reaches it.
                let reaches = incident[next as usize]
                    .iter()
                    .any(|&(s, ts, leaves)| s == t && ts == 1 - side && !leaves);
                if reaches && whole[next as usize] && trail.len() < MAX_DEPTH {
                    walk(next as usize, graph, trail, out, budget);
                }
            }
        }
        trail.pop();
    }
}
