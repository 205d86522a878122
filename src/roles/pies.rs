//! Nodes drawn as pies: wedges that meet at one point and go round it
//! (igraph's `pie` vertices, a node coloured by its parts). Each wedge is
//! a closed shape of its own; together they are one node, the disc they
//! fill. And rings round a disc: segments of a band about its centre
//! (qgraph's `pie` rings, a progress arc) decorate it.

use std::f64::consts::TAU;

use kurbo::Point;
use rstar::RTree;
use rstar::primitives::GeomWithData;

use super::Role;
use crate::geom::Outline;
use crate::geom::wedge::{TURN, band, wedge};
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
    /// The segments of rings round a disc, ascending: its decorations.
    pub rings: Vec<usize>,
}

impl Pies {
    /// Makes the wedges and the rings' segments decorations of their
    /// discs.
    pub(crate) fn settle(&self, role: &mut [Role]) {
        for &i in self.wedges.iter().chain(&self.rings) {
            role[i] = Role::Decoration;
        }
    }

    /// Whether shape `i` is a pie's wedge or a ring's segment.
    pub(crate) fn holds(&self, i: usize) -> bool {
        self.wedges.binary_search(&i).is_ok() || self.rings.binary_search(&i).is_ok()
    }
}

/// The shapes of `d` the user selected that are polygons: each, its
/// centre and its vertices about it.
fn polygons(d: &Drawing) -> impl Iterator<Item = (usize, Point, &[kurbo::Vec2])> {
    d.nodes.iter().enumerate().filter(|(_, s)| s.selected).filter_map(|(i, s)| match &s.outline {
        Outline::Polygon(p) => Some((i, s.center, &p.points[..])),
        _ => None,
    })
}

/// Finds the pies among the shapes of `d` (those the user selected).
pub(crate) fn pies(d: &Drawing) -> Pies {
    let mut wedges: Vec<Wedge> = polygons(d)
        .filter_map(|(i, center, points)| {
            let (apex, r, span) = wedge(points)?;
            Some(Wedge { apex: center + apex, r, span, shape: i })
        })
        .collect();
    let mut pies = Pies { rings: rings(d), ..Pies::default() };
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

/// The segments of rings round a disc among the shapes of `d` (those the
/// user selected): bands (see [`band`]) about the centre of a round shape
/// (see [`round`]) no larger than the band's outer radius and no smaller
/// than half its inner: a ring round the disc, or drawn on its rim
/// (qgraph draws its pie ring over the disc's edge). Ascending.
fn rings(d: &Drawing) -> Vec<usize> {
    let bands: Vec<(usize, Point, (f64, f64))> = polygons(d)
        .filter_map(|(i, center, points)| {
            let (c, inner, outer) = band(points)?;
            Some((i, center + c, (inner, outer)))
        })
        .collect();
    if bands.is_empty() {
        return Vec::new();
    }
    // The round shapes, by their centres.
    let discs: RTree<GeomWithData<[f64; 2], f64>> = RTree::bulk_load(
        d.nodes
            .iter()
            .filter(|s| s.selected)
            .filter_map(|s| {
                round(&s.outline).map(|r| GeomWithData::new([s.center.x, s.center.y], r))
            })
            .collect(),
    );
    let mut out: Vec<usize> = bands
        .into_iter()
        .filter(|&(_, c, (inner, outer))| {
            let near = TURN * outer;
            discs
                .locate_within_distance([c.x, c.y], near * near)
                .any(|g| g.data <= (1.0 + TURN) * outer && g.data >= 0.5 * inner)
        })
        .map(|(i, _, _)| i)
        .collect();
    out.sort_unstable();
    out
}

/// The radius of `outline` where it is round: a circle, an ellipse whose
/// box is as wide and as high as a circle of its area, or a polygon of
/// eight vertices or more, each one distance from its centre (within
/// [`TURN`]).
fn round(outline: &Outline) -> Option<f64> {
    match outline {
        Outline::Circle { r } => Some(*r),
        Outline::Ellipse { .. } => {
            let ((hx, hy), r) = (outline.half_extents(), outline.equal_area_radius());
            ((hx - r).abs() <= TURN * r && (hy - r).abs() <= TURN * r).then_some(r)
        }
        Outline::Polygon(p) if p.points.len() >= 8 => {
            let (lo, hi) = p
                .points
                .iter()
                .map(|v| v.hypot())
                .fold((f64::INFINITY, 0.0f64), |(lo, hi), r| (lo.min(r), hi.max(r)));
            (lo >= (1.0 - TURN) * hi).then_some(hi)
        }
        Outline::Polygon(_) => None,
    }
}
