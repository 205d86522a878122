//! A stroke drawn as its outline: a closed shape long and thin beside its
//! length is a line someone filled rather than stroked (an arrow drawn
//! shaft and head as one outline, a stroke a PDF or cairo export turned
//! into its outline). Its ends are the ends of its spine, and an end where
//! its sides close to a point is a head.

use kurbo::Vec2;

use super::path::Stroke;

/// A shape is thin when its mean width (area over spine length) is below
/// this share of the distance between its ends: a box ten times longer
/// than wide is on the line. Nodes are well above it (a circle's share is
/// about 0.8, a box four times wider than tall 0.25), and so are
/// arrowheads drawn on their own (a head twice as long as wide, 0.25);
/// an arrow drawn as one outline, shaft and head, is below it unless it
/// is very short.
const THIN: f64 = 0.1;

/// Stations along each side where the spine is measured: the midpoints
/// of points facing each other across the shape.
const STATIONS: usize = 64;

/// A closed outline read as a stroke.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Spine {
    /// Its spine, from end to end, in the outline's coordinates.
    pub stroke: Stroke,
    /// One end, and only one, comes to a point: a head, at `stroke.b`.
    pub head: bool,
}

impl Spine {
    /// The spine moved by `by` (from a shape's own coordinates, about its
    /// centre, to the drawing's).
    pub(crate) fn moved(mut self, by: Vec2) -> Spine {
        let s = &mut self.stroke;
        for p in [&mut s.a, &mut s.b, &mut s.far, &mut s.mid] {
            *p += by;
        }
        self
    }
}

/// A closed polyline measured along its length.
struct Ring<'a> {
    points: &'a [Vec2],
    /// `cum[i]`: the length from `points[0]` to `points[i]`; the last is
    /// the whole perimeter.
    cum: Vec<f64>,
}

impl<'a> Ring<'a> {
    /// The closed polygon `points` (of area `area`) measured, where it may
    /// be thin: its area under `thin` times a quarter of its perimeter
    /// squared (its spine is at most half the perimeter long; most closed
    /// shapes are nodes, told so cheaply). Comparisons with NaN are false:
    /// not thin.
    fn thin(points: &'a [Vec2], area: f64, thin: f64) -> Option<Ring<'a>> {
        let n = points.len();
        if n < 3 || area.is_nan() || area <= 0.0 {
            return None;
        }
        let side = |i: usize| (points[(i + 1) % n] - points[i]).hypot();
        let mut cum = Vec::with_capacity(n + 1);
        cum.push(0.0);
        for i in 0..n {
            cum.push(cum[i] + side(i));
        }
        let perimeter = cum[n];
        let thin_enough = 4.0 * area < thin * perimeter * perimeter;
        thin_enough.then_some(Ring { points, cum })
    }

    fn len(&self) -> f64 {
        self.cum[self.points.len()]
    }

    /// The point `s` along the ring from its first point (either way round).
    fn at(&self, s: f64) -> Vec2 {
        let n = self.points.len();
        let s = s.rem_euclid(self.len());
        let i = self.cum.partition_point(|&c| c <= s).saturating_sub(1).min(n - 1);
        let seg = self.cum[i + 1] - self.cum[i];
        let t = if seg > 0.0 { (s - self.cum[i]) / seg } else { 0.0 };
        self.points[i].lerp(self.points[(i + 1) % n], t)
    }
}

/// The spine of the closed polygon `points` (of area `area`) when it is
/// thin (see [`THIN`]), else `None`.
pub(crate) fn spine(points: &[Vec2], area: f64) -> Option<Spine> {
    spine_within(points, area, THIN)
}

/// The spine of the closed polygon `points` (of area `area`) when its
/// mean width is below `thin` times the distance between its ends.
pub(crate) fn spine_within(points: &[Vec2], area: f64, thin: f64) -> Option<Spine> {
    let ring = Ring::thin(points, area, thin)?;
    let half = ring.len() / 2.0;
    // Its ends: the points half the outline apart that lie farthest apart
    // (walking both sides from one end, each point faces its partner
    // across the shape; only at the ends are they a length apart).
    let s0 = (0..points.len())
        .map(|i| (ring.cum[i], (points[i] - ring.at(ring.cum[i] + half)).hypot2()))
        .max_by(|x, y| x.1.total_cmp(&y.1))
        .map(|(s, _)| s)?;
    let mid = stations(&ring, s0);
    let width = area / length(&mid);
    // Thin along its chord too: a spine that wanders (pairs facing each
    // other poorly, as in a shape folded on itself) is no stroke's.
    let chord = (mid[STATIONS] - mid[0]).hypot();
    let thin_enough = width < thin * chord;
    thin_enough.then(|| along(&ring, s0, mid, width))
}

/// The spine of the closed polygon `points` (of area `area`) when it is a
/// band curling back to where it starts, thin (see [`THIN`]) beside its
/// length: a self-loop drawn as its outline (netgraph's). Its ends lie
/// close together, so the points half the outline apart that lie farthest
/// apart are no ends (see [`spine_within`]): its end is the point from
/// which the ring, walked both ways, stays closest to itself, its sides
/// facing each other a width apart all along.
pub(crate) fn curl(points: &[Vec2], area: f64) -> Option<Spine> {
    let ring = Ring::thin(points, area, THIN)?;
    let n = points.len();
    let half = ring.len() / 2.0;
    let across = |s: f64, k: usize| {
        let d = half * k as f64 / STATIONS as f64;
        (ring.at(s + d) - ring.at(s - d)).hypot()
    };
    let step = n.div_ceil(CURL_TRIES).max(1);
    let s0 = (0..n)
        .step_by(step)
        .map(|i| {
            let s = ring.cum[i];
            (s, (1..STATIONS).step_by(4).map(|k| across(s, k)).sum::<f64>())
        })
        .min_by(|x, y| x.1.total_cmp(&y.1))
        .map(|(s, _)| s)?;
    let mid = stations(&ring, s0);
    let length = length(&mid);
    let width = area / length;
    // (Most pairs a few widths apart: a head at one end is wider, and
    // the outer side of a curl is longer than the inner, by three widths
    // for a full turn, so its pairs drift apart along it.)
    let mut gaps: Vec<f64> = (1..STATIONS).map(|k| across(s0, k)).collect();
    let (_, &mut median, _) = gaps.select_nth_unstable_by(STATIONS / 2, f64::total_cmp);
    let banded = median <= 3.0 * width && width < THIN * length;
    banded.then(|| along(&ring, s0, mid, width))
}

/// The spine through the stations `mid` (see [`stations`]) from `s0`, of
/// mean width `width`: its ends, cut or pointed, and the way it leaves
/// them.
fn along(ring: &Ring<'_>, s0: f64, mut mid: Vec<Vec2>, width: f64) -> Spine {
    let half = ring.len() / 2.0;
    // Inward from an end: along the spine a few widths in (past a cut
    // end, whose facing points lie across it).
    let step = half / STATIONS as f64;
    let k_in = ((3.0 * width / step).ceil() as usize).clamp(1, STATIONS / 4);
    let ends = [(s0, mid[0], mid[k_in]), (s0 + half, mid[STATIONS], mid[STATIONS - k_in])];
    // (A line drawn out and back, of no width, comes to no point: its
    // sides lie on each other, as igraph's matplotlib backend draws a
    // curved edge.)
    let wide = width > 1e-6 * half;
    let [mut first, mut second] =
        ends.map(|(s, end, inward)| wide && pointed(ring, s, end, inward, width));
    // Neither end a point: a corner by one end may be (see `barb`).
    if wide && !first && !second {
        match ends.map(|(_, end, inward)| barb(ring, end, inward, width)) {
            [Some(tip), None] => (mid[0], first) = (tip, true),
            [None, Some(tip)] => (mid[STATIONS], second) = (tip, true),
            _ => {}
        }
    }
    let head = first != second;
    if first && !second {
        mid.reverse();
    }
    // A cut end is where the spine's line, followed out from a few
    // widths in, crosses its cap: the cap's middle, not the corner the
    // farthest points start at (a stroke drawn from a node's centre ends
    // there, not half its width aside).
    // (An end already on that line, within a quarter width, stays.)
    let out_to = |end: Vec2, inward: Vec2, further: Vec2| {
        let out = inward - further;
        let len2 = out.hypot2();
        let on = inward + out * ((end - inward).dot(out) / len2.max(f64::MIN_POSITIVE));
        // (A line of no width has no cap: its end is its own.)
        if wide && len2 > 0.0 && (end - on).hypot() > 0.25 * width { on } else { end }
    };
    // (A point is its own end; after the turn above, only `b` may be one.)
    let a = if first && second { mid[0] } else { out_to(mid[0], mid[k_in], mid[2 * k_in]) };
    let b = if first || second {
        mid[STATIONS]
    } else {
        out_to(mid[STATIONS], mid[STATIONS - k_in], mid[STATIONS - 2 * k_in])
    };
    let far =
        mid.iter().copied().fold(a, |f, p| if (p - a).hypot() > (f - a).hypot() { p } else { f });
    Spine {
        stroke: Stroke {
            a: a.to_point(),
            b: b.to_point(),
            a_dir: mid[k_in] - a,
            b_dir: b - mid[STATIONS - k_in],
            far: far.to_point(),
            mid: mid[STATIONS / 2].to_point(),
            curved: [true; 2],
        },
        head,
    }
}

/// How many points of the ring are tried as a curled band's end, at most.
const CURL_TRIES: usize = 128;

/// The midpoints of the points facing each other across the ring, walked
/// both ways from `s0`, [`STATIONS`] steps to the point half round.
fn stations(ring: &Ring<'_>, s0: f64) -> Vec<Vec2> {
    let half = ring.len() / 2.0;
    (0..=STATIONS)
        .map(|k| {
            let d = half * k as f64 / STATIONS as f64;
            (ring.at(s0 + d) + ring.at(s0 - d)) / 2.0
        })
        .collect()
}

/// The length of the line through `points`.
fn length(points: &[Vec2]) -> f64 {
    points.windows(2).map(|w| (w[1] - w[0]).hypot()).sum()
}

/// The corner of the ring nearest its end `end`, within a width of it,
/// that comes to a point: a half arrow's barb, drawn to one side of the
/// shaft, whose tip is no end of the farthest-apart pairs the ends are
/// found by.
fn barb(ring: &Ring<'_>, end: Vec2, inward: Vec2, width: f64) -> Option<Vec2> {
    (0..ring.points.len())
        .map(|i| (i, (ring.points[i] - end).hypot()))
        .filter(|&(i, d)| d <= width && pointed(ring, ring.cum[i], ring.points[i], inward, width))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| ring.points[i])
}

/// Whether the ring comes to a point at `s` (the point `end`): its two
/// sides, followed half a width from there, leave it less than a right
/// angle apart and both within 60° of the way into the shape (towards
/// `inward`). A cut end (its sides a width apart, a straight or round
/// cap), a corner of one, and a notch (a swallowtail) are not points.
fn pointed(ring: &Ring<'_>, s: f64, end: Vec2, inward: Vec2, width: f64) -> bool {
    let probe = width / 2.0;
    let (ra, rb) = (ring.at(s + probe) - end, ring.at(s - probe) - end);
    let into = inward - end;
    let within = |u: Vec2, v: Vec2, cos: f64| u.dot(v) > cos * u.hypot() * v.hypot();
    // (Sides that lie on each other are a line drawn out and back, no
    // point: igraph's matplotlib arrows draw the shaft so, in the head's
    // outline.)
    let open = ra.cross(rb).abs() > 1e-3 * ra.hypot() * rb.hypot();
    open && within(ra, rb, 0.0) && within(ra, into, 0.5) && within(rb, into, 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(p: &[(f64, f64)]) -> Vec<Vec2> {
        p.iter().map(|&(x, y)| Vec2::new(x, y)).collect()
    }

    fn area(p: &[Vec2]) -> f64 {
        let n = p.len();
        (0..n).map(|i| p[i].cross(p[(i + 1) % n])).sum::<f64>().abs() / 2.0
    }

    fn spine_of(p: &[(f64, f64)]) -> Option<Spine> {
        let p = pts(p);
        spine(&p, area(&p))
    }

    #[test]
    fn nodes_are_not_thin() {
        // a square, a box four and one eight times wider than tall, a head
        for p in [
            &[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)][..],
            &[(0.0, 0.0), (40.0, 0.0), (40.0, 10.0), (0.0, 10.0)],
            &[(0.0, 0.0), (80.0, 0.0), (80.0, 10.0), (0.0, 10.0)],
            &[(0.0, 0.0), (12.0, 3.0), (0.0, 6.0)],
        ] {
            assert_eq!(spine_of(p), None, "{p:?}");
        }
    }

    #[test]
    fn a_plain_thin_outline_is_an_undirected_stroke_between_its_ends() {
        let s = spine_of(&[(0.0, 0.0), (100.0, 0.0), (100.0, 2.0), (0.0, 2.0)]).unwrap();
        assert!(!s.head);
        let ends = [s.stroke.a, s.stroke.b];
        for x in [0.0, 100.0] {
            assert!(ends.iter().any(|e| (e.x - x).abs() < 1e-9 && (0.0..=2.0).contains(&e.y)));
        }
        assert!(s.stroke.mid.distance(kurbo::Point::new(50.0, 1.0)) < 1.5, "{:?}", s.stroke.mid);
    }

    #[test]
    fn a_cut_end_is_the_middle_of_its_cap() {
        // a stroke's outline from (0, 0) to (100, 0), 4 wide, tilted: its
        // ends are where it was drawn from and to, not corners beside them
        let (c, s) = (0.8_f64, 0.6_f64);
        let p: Vec<(f64, f64)> = [(0.0, -2.0), (100.0, -2.0), (100.0, 2.0), (0.0, 2.0)]
            .iter()
            .map(|&(x, y)| (c * x - s * y, s * x + c * y))
            .collect();
        let st = spine_of(&p).unwrap().stroke;
        let mut ends = [st.a, st.b];
        ends.sort_by(|u, v| u.x.total_cmp(&v.x));
        assert!(ends[0].distance(kurbo::Point::ZERO) < 1e-6, "{ends:?}");
        assert!(ends[1].distance(kurbo::Point::new(80.0, 60.0)) < 1e-6, "{ends:?}");
    }

    #[test]
    fn an_arrow_drawn_as_one_outline_points_to_its_head() {
        // shaft 4 wide from x=0 to 90, a head 10 wide to its tip at x=100
        let arrow = [
            (0.0, -2.0),
            (90.0, -2.0),
            (90.0, -5.0),
            (100.0, 0.0),
            (90.0, 5.0),
            (90.0, 2.0),
            (0.0, 2.0),
        ];
        let s = spine_of(&arrow).unwrap();
        assert!(s.head);
        assert!(s.stroke.b.distance(kurbo::Point::new(100.0, 0.0)) < 1e-9, "{:?}", s.stroke.b);
        assert!(s.stroke.a.distance(kurbo::Point::new(0.0, 0.0)) < 1e-9, "{:?}", s.stroke.a);
        assert!(s.stroke.b_dir.x > 0.0 && s.stroke.a_dir.x > 0.0);
        // drawn the other way round, the same
        let back: Vec<(f64, f64)> = arrow.iter().map(|&(x, y)| (100.0 - x, y)).collect();
        let s = spine_of(&back).unwrap();
        assert!(s.head && s.stroke.b.distance(kurbo::Point::new(0.0, 0.0)) < 1e-9);
    }

    #[test]
    fn a_half_arrow_points_to_its_barb() {
        // netgraph's half arrow, stubby: a shaft 1.46 wide from y=306.27,
        // a barb to one side to its tip at (82.92, 316.63), on the
        // shaft's right edge.
        let p = [
            (81.170, 310.802),
            (81.170, 306.267),
            (82.628, 306.267),
            (82.628, 310.802),
            (82.920, 316.632),
            (78.547, 310.802),
        ];
        let half = pts(&p);
        let s = spine_within(&half, area(&half), 0.7).unwrap();
        assert!(s.head);
        let tip = kurbo::Point::new(82.920, 316.632);
        assert!(s.stroke.b.distance(tip) < 1e-9, "{:?}", s.stroke.b);
        assert!(s.stroke.b_dir.y > 0.0, "{:?}", s.stroke.b_dir);
        // A rule's outline, cut square at both ends, has no barb: its
        // corners by its ends are right angles.
        let rule = pts(&[(0.0, 0.0), (1.5, 0.0), (1.5, 10.0), (0.0, 10.0)]);
        assert!(!spine_within(&rule, area(&rule), 0.7).unwrap().head);
    }

    #[test]
    fn a_wedge_points_to_its_narrow_end() {
        // wide (6) at x=0, closing to a point at x=150
        let s = spine_of(&[(0.0, -3.0), (150.0, 0.0), (0.0, 3.0)]).unwrap();
        assert!(s.head);
        assert!(s.stroke.b.distance(kurbo::Point::new(150.0, 0.0)) < 1e-9, "{:?}", s.stroke.b);
        assert!(s.stroke.a.distance(kurbo::Point::new(0.0, 0.0)) < 1e-9, "{:?}", s.stroke.a);
    }

    #[test]
    fn a_band_curled_back_to_its_start_is_a_loop() {
        // A band 3 wide along a circle of radius 20 about (0, -20), from
        // just right of the origin round to just left of it: a self-loop
        // drawn as its outline, its ends 7 apart.
        let arc = |r: f64, from: f64, to: f64, n: usize| -> Vec<(f64, f64)> {
            (0..=n)
                .map(|i| {
                    let t = (from + (to - from) * i as f64 / n as f64).to_radians();
                    (r * t.cos(), -20.0 + r * t.sin())
                })
                .collect()
        };
        let mut band = arc(21.5, 100.0, 440.0, 80);
        band.extend(arc(18.5, 440.0, 100.0, 80));
        let p = pts(&band);
        assert_eq!(spine(&p, area(&p)), None, "its ends are no chord's");
        let s = curl(&p, area(&p)).expect("a curled band is thin");
        // (Its sides walked at one pace drift apart, the outer one being
        // longer: the ends come out a width or so off.)
        let cut = 20.0 * 80f64.to_radians().cos();
        let mut ends = [s.stroke.a, s.stroke.b];
        ends.sort_by(|p, q| p.x.total_cmp(&q.x));
        for (end, x) in ends.iter().zip([-cut, cut]) {
            assert!(end.distance(kurbo::Point::new(x, -0.3)) < 4.5, "{ends:?}");
        }
        // Its far point is across the loop.
        assert!(s.stroke.far.distance(s.stroke.a) > 38.0, "{:?}", s.stroke.far);
        // A blob is no band: the same curl, as wide as the loop, is none.
        let mut thick = arc(30.0, 100.0, 440.0, 80);
        thick.extend(arc(10.0, 440.0, 100.0, 80));
        let p = pts(&thick);
        assert_eq!(curl(&p, area(&p)), None);
    }

    #[test]
    fn a_shaft_drawn_out_and_back_in_its_heads_outline_is_no_point() {
        // igraph's matplotlib arrow: from the head's base out to the tail
        // and back, then round the head: the tail's sides lie on each
        // other, a line's end, and the head's tip is the point.
        let p = [(20.0, 0.0), (120.0, 0.0), (20.0, 0.0), (20.0, 7.5), (0.0, 0.0), (20.0, -7.5)];
        let s = spine_of(&p).unwrap();
        assert!(s.head);
        assert!(s.stroke.b.distance(kurbo::Point::ZERO) < 1.0, "{:?}", s.stroke);
        assert!(s.stroke.a.distance(kurbo::Point::new(120.0, 0.0)) < 1.0, "{:?}", s.stroke);
        // A line drawn out and back alone, of no width (bar rounding: the
        // flattened curve both ways), has no point, and its ends are where
        // it turns.
        let p = [(0.0, 0.0), (50.0, 10.0), (100.0, 0.0), (100.0 - 1e-6, 3e-7), (50.0, 10.0)];
        let s = spine_of(&p).unwrap();
        assert!(!s.head);
        let ends = [s.stroke.a, s.stroke.b].map(|q| (q.x.round(), q.y.round()));
        assert!(ends.contains(&(0.0, 0.0)) && ends.contains(&(100.0, 0.0)), "{ends:?}");
    }

    #[test]
    fn points_at_both_ends_show_no_direction() {
        let s = spine_of(&[(0.0, 0.0), (50.0, -2.0), (100.0, 0.0), (50.0, 2.0)]).unwrap();
        assert!(!s.head);
    }
}
