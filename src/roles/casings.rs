//! Casings: a wide stroke drawn just before a narrower one along the same
//! course, in another paint. It frames the line drawn over it (TikZ's
//! `crossing over` lays a white band under an arrow so that the arrows it
//! crosses seem to pass beneath; a `double` line is a wide stroke with a
//! narrower one of the page's colour on top). The pair draws one line:
//! the casing is no edge of its own. (Two strokes neither of them white,
//! one over the other, may be two edges: a reciprocal pair in two
//! colours.)

use std::io;

use kurbo::Point;

use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{DOUBLE_WIDTHS, Drawing, EdgeShape, Head};

/// How much narrower the line over a casing is, at least.
const NARROWER: f64 = 0.8;

/// The edge candidates that are casings, ascending: each drawn right
/// before a stroke at most [`NARROWER`] as wide and painted otherwise, one
/// of the two white (the page's colour), or the stroke with a head and
/// the casing's style drawing nothing but casings, whose ends and middle
/// lie within half the casing's width of its own (the line over it may
/// stop short by as much, for its head), and that has no head of its own
/// (`heads`, by edge candidate, sorted) nor markers.
pub(crate) fn casings(d: &Drawing, heads: &[(u32, Head)]) -> io::Result<Vec<u32>> {
    let mut out = Vec::new();
    // (Only where the styles differ in paint and in width by as much as
    // a casing and its line do are the strokes read: most drawings have a
    // few styles, many have one.)
    let styles = &d.edge_styles.list;
    let (thin, wide) = styles
        .iter()
        .fold((f64::INFINITY, 0.0f64), |(lo, hi), e| (lo.min(e.line_width), hi.max(e.line_width)));
    let painted = styles.first().is_some_and(|f| styles.iter().any(|e| e.stroke != f.stroke));
    if !(painted && thin <= NARROWER * wide) {
        return Ok(out);
    }
    // (Which styles paint white, read once per style.)
    let white: Vec<bool> = styles
        .iter()
        .map(|s| {
            d.strings
                .resolve(s.stroke)
                .trim()
                .parse::<svgtypes::Color>()
                .is_ok_and(|c| (c.red, c.green, c.blue, c.alpha) == (255, 255, 255, 255))
        })
        .collect();
    let headed = |k: u32| heads.binary_search_by_key(&k, |h| h.0).is_ok();
    let mut before: Option<EdgeShape> = None;
    // (Casings in no white, by style; strokes, and casings, by style.)
    let mut unwhite: Vec<(u32, u32)> = Vec::new();
    let (mut drawn, mut cased) = (vec![0u32; styles.len()], vec![0u32; styles.len()]);
    d.edges.for_each(|j, e| {
        drawn[e.style.0 as usize] += 1;
        if let Some(c) = before.as_ref()
            && let Some(no_white) = casing(d, &white, c, e, headed(j as u32))
            && !headed(j as u32 - 1)
        {
            cased[c.style.0 as usize] += 1;
            if no_white {
                unwhite.push((j as u32 - 1, c.style.0));
            } else {
                out.push(j as u32 - 1);
            }
        }
        before = Some(e.clone());
    })?;
    // A band in no white is a casing only where its style draws no edge
    // of its own: an edge type drawn wide, one under an arrow of another
    // type between the same nodes, is an edge.
    out.extend(
        unwhite.into_iter().filter(|&(_, s)| cased[s as usize] == drawn[s as usize]).map(|p| p.0),
    );
    out.sort_unstable();
    Ok(out)
}

/// Whether `c`, drawn right before `e`, is its casing (`white`: which
/// edge styles paint white), and whether neither is white. Neither need
/// be where `e` has a head (`headed`) or markers and `c` none: the line
/// has its ends, the band under it none (`JointJS`'s double link, a dark
/// band under a light line).
fn casing(d: &Drawing, white: &[bool], c: &EdgeShape, e: &EdgeShape, headed: bool) -> Option<bool> {
    let (ci, ei) = (c.style.0 as usize, e.style.0 as usize);
    let (cs, es) = (&d.edge_styles.list[ci], &d.edge_styles.list[ei]);
    let half = 0.5 * cs.line_width;
    let marks =
        |s: &crate::model::EdgeStyle| !(s.marker_start.is_empty() && s.marker_end.is_empty());
    let whitened = white[ci] || white[ei];
    if es.line_width > NARROWER * cs.line_width
        || cs.stroke == es.stroke
        || marks(cs)
        || !(whitened || headed || marks(es))
    {
        return None;
    }
    let near = |p: Point, q: Point| (p - q).hypot() <= half;
    let (cx, ex) = (c.shape(&d.extras), e.shape(&d.extras));
    let ends = (near(c.a, e.a) && near(c.b, e.b)) || (near(c.a, e.b) && near(c.b, e.a));
    (ends && near(cx.mid, ex.mid) && (c.b - c.a).hypot() > cs.line_width).then_some(!whitened)
}

/// Lines drawn double as two strokes (see [`doubled`]).
#[derive(Default)]
pub(crate) struct Doubles {
    /// The second stroke of each pair, sorted: no edge.
    pub twins: Vec<u32>,
    /// The first of each pair, sorted, and how far its ink reaches past
    /// its path across both (its reach where it meets its next piece: the
    /// two lines of a double line turn a corner out of step).
    pub kept: Vec<(u32, f64)>,
}

impl Doubles {
    /// How far stroke `k`'s ink reaches past its path beyond its own
    /// width, if it is the kept stroke of a double line.
    pub(crate) fn spread(&self, k: u32) -> f64 {
        self.kept.binary_search_by_key(&k, |&(j, _)| j).map_or(0.0, |i| self.kept[i].1)
    }
}

/// The lines drawn double as two strokes, one right after the other (see
/// [`doubled`]), with no head of its own on the second (`heads`, by edge
/// candidate, sorted), and no end of one on a node the other's end beside
/// it does not touch (of the candidates `placed`, indexed by `index`). A
/// pair's second stroke pairs with no third.
pub(crate) fn doubles(
    d: &Drawing,
    heads: &[(u32, Head)],
    (placed, index): (&[Placed], &NodeIndex),
) -> io::Result<Doubles> {
    let mut out = Doubles::default();
    if !d.side_by_side {
        return Ok(out);
    }
    let headed = |k: u32| heads.binary_search_by_key(&k, |h| h.0).is_ok();
    // (Two lines whose ends touch different nodes are two edges: a
    // ladder's rungs, a matching drawn thick.)
    let apart = |p: Point, q: Point| {
        let (mut at_p, mut at_q) = (index.all_touching(placed, p), index.all_touching(placed, q));
        at_p.sort_unstable();
        at_q.sort_unstable();
        !at_p.is_empty() && !at_q.is_empty() && !at_p.iter().any(|n| at_q.binary_search(n).is_ok())
    };
    let mut before: Option<(EdgeShape, bool)> = None;
    d.edges.for_each(|j, e| {
        let j = j as u32;
        let mut twin = false;
        if let Some((c, false)) = before.as_ref()
            && let Some(spread) = doubled(d, c, e)
            && !headed(j)
            && !apart(c.a, e.a)
            && !apart(c.b, e.b)
        {
            out.twins.push(j);
            out.kept.push((j - 1, spread));
            twin = true;
        }
        before = Some((e.clone(), twin));
    })?;
    Ok(out)
}

/// Whether `e`, drawn right after `c` in the same style, runs beside it a
/// little apart along its whole course, the same way (ends and middle
/// within [`DOUBLE_WIDTHS`] line widths of `c`'s, farther than a hair's
/// width, and about as far at each): a line drawn double as two strokes
/// (`Graph::Easy`'s `double` style once flattened). The pair draws one
/// line; a reciprocal pair drawn side by side runs either way. Returns
/// how far apart they lie at most.
fn doubled(d: &Drawing, c: &EdgeShape, e: &EdgeShape) -> Option<f64> {
    if c.style != e.style {
        return None;
    }
    let style = &d.edge_styles.list[e.style.0 as usize];
    let width = style.line_width;
    let marked = !(style.marker_start.is_empty() && style.marker_end.is_empty());
    if marked || width.is_nan() || width <= 0.0 {
        return None;
    }
    let (cx, ex) = (c.shape(&d.extras), e.shape(&d.extras));
    let apart = |p: Point, q: Point| (p - q).hypot() / width;
    let apart = [apart(c.a, e.a), apart(c.b, e.b), apart(cx.mid, ex.mid)];
    let long = (e.b - e.a).hypot() > 2.0 * DOUBLE_WIDTHS * width;
    let (lo, hi) =
        apart.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    // (One gap all along: curved multi-edges fan out from their ends.)
    (long && lo > 0.5 && hi <= DOUBLE_WIDTHS && hi <= EVEN * lo).then_some(width * hi)
}

/// How much the gap between a double line's two strokes may vary along
/// it, at most (its widest over its narrowest).
const EVEN: f64 = 1.25;
