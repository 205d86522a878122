//! Lines drawn end to end round a ring. svgbob draws a box that an edge
//! touches as four `<line>`s (a rounded one with an arc at each corner, a
//! path of its own), and boxes are drawn one side at a time by hand and
//! by tools that write a stroke per segment. The reader keeps the last
//! few pieces and notes each ring they close; the roles stage decides
//! whether it is a shape (see `roles::rings`).

use kurbo::Point;

use crate::model::{Index, Ring, StyleId};
use crate::text::Text;

/// Pieces kept: svgbob draws a box's sides with the lines of the edges
/// meeting it between them.
const WINDOW: usize = 16;

/// How much of its bounding box a ring must enclose: a box, a diamond, a
/// rounded box, a circle do; a line drawn out and back, a zigzag closed
/// on itself do not.
const MIN_FILL: f64 = 0.3;

/// Where a piece was drawn.
#[derive(Clone, Copy, Debug)]
pub(super) enum Part {
    /// An edge candidate.
    Stroke(u32),
    /// A node candidate: an open curve filled, read as the area it
    /// encloses.
    Shape(u32),
}

/// One piece: a stroke, or a filled open curve.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub a: Point,
    pub b: Point,
    /// A point of it between its ends, where it is no straight line.
    pub mid: Option<Point>,
    pub width: f64,
    /// The stroke's paint.
    pub stroke: Text,
    /// Its stroke's style, where it is stroked.
    pub style: Option<StyleId>,
    pub group: Index,
    pub part: Part,
}

/// A piece kept, with the fill drawn apart on the same course (cairo and
/// PDF converters fill, then stroke, each as a path of its own).
#[derive(Debug)]
struct Kept {
    piece: Piece,
    fill: Option<Part>,
}

/// The last [`WINDOW`] pieces, each in a slot, its ends' coordinates
/// apart (NaN in an empty slot) for a quick look: every stroke of a
/// drawing passes through here.
#[derive(Debug)]
pub(super) struct Window {
    slots: [Option<Kept>; WINDOW],
    /// The ends of the piece in slot `i` at `2 i` (its start) and `2 i + 1`.
    xs: [f64; 2 * WINDOW],
    ys: [f64; 2 * WINDOW],
    /// The slot the next piece goes to (the oldest).
    next: usize,
    /// Fills alone kept.
    fills: usize,
}

impl Default for Window {
    fn default() -> Self {
        Window {
            slots: std::array::from_fn(|_| None),
            xs: [f64::NAN; 2 * WINDOW],
            ys: [f64::NAN; 2 * WINDOW],
            next: 0,
            fills: 0,
        }
    }
}

impl Window {
    /// Keeps `p`; returns the ring it closes, if any.
    pub(super) fn add(&mut self, p: Piece) -> Option<Ring> {
        let tol = 0.5 * p.width;
        if p.mid.is_none() && (p.b - p.a).hypot2() <= tol * tol {
            return None;
        }
        // A fill and a stroke on one course are one piece. (Most drawings
        // keep no fill here: the look is spared them.)
        if (self.fills > 0 || k_fill(&p))
            && let Some(k) = (0..WINDOW)
                .find(|&k| self.slots[k].as_ref().is_some_and(|k| same_course(&k.piece, &p, tol)))
            && let Some(at) = self.slots[k].as_mut()
            && at.fill.is_none()
            && k_fill(&at.piece) != k_fill(&p)
        {
            if k_fill(&at.piece) {
                at.fill = Some(at.piece.part);
                at.piece = p;
                self.fills -= 1;
            } else {
                at.fill = Some(p.part);
            }
            return self.close(k);
        }
        let k = self.next;
        self.next = (k + 1) % WINDOW;
        self.clear(k);
        // (Most pieces meet none kept: nothing to walk.)
        let meets = self.near(p.b, tol);
        self.xs[2 * k] = p.a.x;
        self.ys[2 * k] = p.a.y;
        self.xs[2 * k + 1] = p.b.x;
        self.ys[2 * k + 1] = p.b.y;
        self.fills += usize::from(k_fill(&p));
        self.slots[k] = Some(Kept { piece: p, fill: None });
        if meets { self.close(k) } else { None }
    }

    /// Empties slot `k`.
    fn clear(&mut self, k: usize) {
        if let Some(old) = self.slots[k].take() {
            self.fills -= usize::from(k_fill(&old.piece));
        }
        for e in [2 * k, 2 * k + 1] {
            self.xs[e] = f64::NAN;
            self.ys[e] = f64::NAN;
        }
    }

    /// Whether an end kept lies within `tol` of `at` along both axes. (A
    /// loop without a branch, for the compiler to run side by side.)
    fn near(&self, at: Point, tol: f64) -> bool {
        let mut hit = false;
        for (x, y) in self.xs.iter().zip(&self.ys) {
            hit |= ((x - at.x).abs() <= tol) & ((y - at.y).abs() <= tol);
        }
        hit
    }

    /// The ends kept within `tol` of `at`: (slot, at its end `b`).
    fn ends_at(&self, at: Point, tol: f64) -> impl Iterator<Item = (usize, bool)> + '_ {
        (0..2 * WINDOW)
            .filter(move |&e| (self.xs[e] - at.x).abs() <= tol && (self.ys[e] - at.y).abs() <= tol)
            .filter(move |&e| Point::new(self.xs[e], self.ys[e]).distance(at) <= tol)
            .map(|e| (e / 2, e % 2 == 1))
    }

    /// The ring that the piece in slot `start` closes: from its end, each
    /// joint met by exactly one other piece drawn alike, round to its
    /// start.
    fn close(&mut self, start: usize) -> Option<Ring> {
        let first = &self.slots[start].as_ref()?.piece;
        first.style?;
        let tol = 0.5 * first.width;
        let mut chain: Vec<(usize, bool)> = vec![(start, false)];
        let mut at = first.b;
        loop {
            let (last, last_flip) = chain[chain.len() - 1];
            let mut met = 0;
            let mut next = None;
            for (j, flip) in self.ends_at(at, tol) {
                met += 1;
                // (Not the end just walked to.)
                if !(j == last && flip != last_flip) {
                    next = Some((j, flip));
                }
            }
            // A joint where three pieces meet is a junction, no corner.
            let (j, flip) = next.filter(|_| met == 2)?;
            if j == start {
                // Round to the start, arriving at its start.
                return (!flip && chain.len() >= 3).then(|| self.take(&chain)).flatten();
            }
            let k = &self.slots[j].as_ref()?.piece;
            let alike = k.style.is_some()
                && k.group == first.group
                && k.stroke == first.stroke
                && (k.width - first.width).abs() <= 0.01 * first.width;
            if !alike || chain.iter().any(|&(c, _)| c == j) || chain.len() == WINDOW {
                return None;
            }
            chain.push((j, flip));
            at = if flip { k.a } else { k.b };
        }
    }

    /// The ring of the pieces of `chain` (each walked from its start, or
    /// from its end where flipped), taken out of the window, if it
    /// encloses an area.
    fn take(&mut self, chain: &[(usize, bool)]) -> Option<Ring> {
        let mut points = Vec::with_capacity(2 * chain.len());
        let mut joints = Vec::with_capacity(chain.len());
        for &(j, flip) in chain {
            let p = &self.slots[j].as_ref()?.piece;
            let start = if flip { p.b } else { p.a };
            joints.push(start);
            points.push(start);
            points.extend(p.mid);
        }
        let area =
            crate::geom::polygon_area(&points.iter().map(|q| *q - points[0]).collect::<Vec<_>>());
        let bbox = points
            .iter()
            .fold(kurbo::Rect::from_points(points[0], points[0]), |r, &q| r.union_pt(q));
        let first = &self.slots[chain[0].0].as_ref()?.piece;
        if area < MIN_FILL * bbox.area() || bbox.width().min(bbox.height()) <= 2.0 * first.width {
            return None;
        }
        let (group, style, width) = (first.group, first.style?, first.width);
        let (mut strokes, mut shapes) = (Vec::new(), Vec::new());
        for &(j, _) in chain {
            let Some(k) = self.slots[j].take() else { continue };
            self.clear(j);
            for part in std::iter::once(k.piece.part).chain(k.fill) {
                match part {
                    Part::Stroke(s) => strokes.push(s),
                    Part::Shape(s) => shapes.push(s),
                }
            }
        }
        strokes.sort_unstable();
        shapes.sort_unstable();
        let (selected, line, column) = (true, 0, 0);
        Some(Ring { points, joints, strokes, shapes, group, style, width, selected, line, column })
    }
}

/// Whether a piece is a fill alone (no stroke of its own).
fn k_fill(p: &Piece) -> bool {
    p.style.is_none()
}

/// Whether `p` and `q` run between the same two points.
fn same_course(p: &Piece, q: &Piece, tol: f64) -> bool {
    let near = |u: Point, v: Point| (u - v).hypot() <= tol;
    (near(p.a, q.a) && near(p.b, q.b)) || (near(p.a, q.b) && near(p.b, q.a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(k: u32, a: (f64, f64), b: (f64, f64)) -> Piece {
        Piece {
            a: a.into(),
            b: b.into(),
            mid: None,
            width: 1.0,
            stroke: Text::EMPTY,
            style: Some(StyleId(0)),
            group: None,
            part: Part::Stroke(k),
        }
    }

    #[test]
    fn four_sides_in_any_order_and_direction_close_a_box() {
        let mut w = Window::default();
        assert!(w.add(line(0, (0.0, 0.0), (10.0, 0.0))).is_none());
        assert!(w.add(line(1, (0.0, 10.0), (0.0, 0.0))).is_none());
        // An edge leaving the box's side is no part of it.
        assert!(w.add(line(2, (10.0, 5.0), (30.0, 5.0))).is_none());
        assert!(w.add(line(3, (10.0, 10.0), (0.0, 10.0))).is_none());
        let ring = w.add(line(4, (10.0, 0.0), (10.0, 10.0))).expect("a ring");
        assert_eq!(ring.strokes, vec![0, 1, 3, 4]);
        assert_eq!(ring.joints.len(), 4);
        assert_eq!(w.slots.iter().flatten().count(), 1, "the edge stays");
    }

    #[test]
    fn a_junction_or_a_line_out_and_back_closes_nothing() {
        let mut w = Window::default();
        w.add(line(0, (0.0, 0.0), (10.0, 0.0)));
        w.add(line(1, (10.0, 0.0), (10.0, 10.0)));
        // A third line from a corner: the corner is a junction.
        w.add(line(2, (10.0, 0.0), (20.0, 0.0)));
        w.add(line(3, (10.0, 10.0), (0.0, 10.0)));
        assert!(w.add(line(4, (0.0, 10.0), (0.0, 0.0))).is_none());
        let mut w = Window::default();
        w.add(line(0, (0.0, 0.0), (10.0, 0.0)));
        w.add(line(1, (10.0, 0.0), (20.0, 0.0)));
        assert!(w.add(line(2, (20.0, 0.0), (0.0, 0.0))).is_none(), "no area");
    }
}
