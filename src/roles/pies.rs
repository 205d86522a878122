//! Nodes drawn as pies: wedges that meet at one point and go round it
//! (igraph's `pie` vertices, a node coloured by its parts). Each wedge is
//! a closed shape of its own; together they are one node, the disc they
//! fill.

use std::f64::consts::TAU;

use kurbo::Point;

use super::Role;
use crate::geom::Outline;
use crate::geom::wedge::{TURN, wedge};
use crate::model::{Drawing, NodeShape};

/// A wedge: its apex, radius and the angle its arc spans.
struct Wedge {
    apex: Point,
    r: f64,
    span: f64,
    shape: usize,
}

/// The nodes drawn as pies: sets of wedges (closed shapes) that meet at
/// one apex and go round it once, each set the disc it fills. Found
/// before any other role: a thin wedge's tip lies at its node's centre,
/// where strokes drawn from centre to centre end, and it would pass for
/// a head there, a mark on the node's rim or a line drawn as its outline.
#[derive(Default)]
pub(crate) struct Pies {
    /// The wedges, ascending: decorations of their discs.
    pub wedges: Vec<usize>,
    /// The discs, one per pie, each with its first wedge, in the order
    /// drawn: nodes the drawing gains.
    pub discs: Vec<(usize, NodeShape)>,
}

impl Pies {
    /// Makes the wedges decorations of their discs.
    pub(crate) fn settle(&self, role: &mut [Role]) {
        for &i in &self.wedges {
            role[i] = Role::Decoration;
        }
    }

    /// Whether shape `i` is a pie's wedge.
    pub(crate) fn holds(&self, i: usize) -> bool {
        self.wedges.binary_search(&i).is_ok()
    }
}

/// Finds the pies among the shapes of `d` (those the user selected).
pub(crate) fn pies(d: &Drawing) -> Pies {
    let mut wedges: Vec<Wedge> = d
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, s)| s.selected)
        .filter_map(|(i, s)| {
            let Outline::Polygon(p) = &s.outline else { return None };
            let (apex, r, span) = wedge(&p.points)?;
            Some(Wedge { apex: s.center + apex, r, span, shape: i })
        })
        .collect();
    let mut pies = Pies::default();
    if wedges.len() < 2 {
        return pies;
    }
    wedges.sort_by(|a, b| {
        (a.apex.x, a.apex.y).partial_cmp(&(b.apex.x, b.apex.y)).unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut start = 0;
    while start < wedges.len() {
        let first = &wedges[start];
        let same = |w: &Wedge| {
            w.apex.distance(first.apex) <= 1e-3 * first.r && (w.r - first.r).abs() <= TURN * first.r
        };
        let end = start + wedges[start..].iter().take_while(|w| same(w)).count();
        let set = &wedges[start..end];
        let turn: f64 = set.iter().map(|w| w.span).sum();
        if set.len() >= 2 && (turn - TAU).abs() <= TURN * TAU {
            let r = set.iter().map(|w| w.r).fold(0.0, f64::max);
            let first = set.iter().map(|w| w.shape).min().unwrap_or(first.shape);
            let last = set.iter().map(|w| w.shape).max().unwrap_or(first);
            // (Painted as its first wedge, placed in the document as its
            // last.)
            let disc = NodeShape {
                center: set[0].apex,
                outline: Outline::Circle { r },
                strokes_before: d.nodes[last].strokes_before,
                ..d.nodes[first].clone()
            };
            pies.discs.push((first, disc));
            pies.wedges.extend(set.iter().map(|w| w.shape));
        }
        start = end;
    }
    pies.wedges.sort_unstable();
    pies.discs.sort_by_key(|(first, _)| *first);
    pies
}
