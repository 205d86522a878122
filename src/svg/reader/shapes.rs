//! Shapes: each drawn element becomes a node candidate (a closed shape)
//! or an edge candidate (a stroke), in root user space.

use kurbo::{BezPath, ParamCurve as _, PathEl, Point, Rect, Shape as _};

use super::cascade::Cap;
use super::defs::{href_id, url_id};
use super::frame::{Element, Frame};
use super::rings::{Part, Piece};
use super::values::{coord, group_of};
use super::walker::Walker;
use crate::error::Result;
use crate::geom::Outline;
use crate::geom::path::{Analysis, Closed, Stroke, analyse, dashed_span, filled_form};
use crate::geom::spine::Spine;
use nonmax::NonMaxU32;

/// The most points of a path kept for the roles stage to see whether it
/// runs through several nodes (see `note_polyline`).
const MAX_CORNERS: usize = 64;

use crate::model::{
    EdgeShape, EdgeStyle, NodeShape, Outlined, Polyline, ShapeKind, StrokeExtra, StyleId, index,
};
use crate::svg::length::{self, Axis};
use crate::svg::path::{HUGE, path_data};
use crate::svg::style::{Attr, Attrs};
use crate::text::Text;

impl Walker<'_> {
    pub(super) fn push_node(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        center: Point,
        outline: Outline,
        kind: ShapeKind,
        href: Text,
    ) -> usize {
        let svg_id = self.text_of(a.get(Attr::Id));
        let class = self.text_of(a.get(Attr::Class));
        let filled = !f.style.no_fill;
        let ident = self.text_of(a.get(Attr::DataId));
        let (line, column) = self.line_col();
        self.out.nodes.push(NodeShape {
            center,
            outline,
            kind,
            svg_id,
            title: Text::EMPTY,
            fill: f.style.fill,
            stroke: f.style.stroke,
            class,
            filled,
            filtered: a.get(Attr::Filter).is_some_and(|v| url_id(v).is_some()),
            group: group_of(f),
            after_stroke: self.last_stroke.take(),
            strokes_before: self.strokes,
            href,
            ident,
            selected: self.select[0].is_none() || self.sel & 1 != 0,
            opacity: f.style.node_opacity(),
            pieces: 1,
            intricate: false,
            line,
            column,
        });
        self.out.nodes.len() - 1
    }

    /// Adds an edge candidate (unless the user's edge selector leaves it
    /// out); returns its index and style, unless it was left out.
    /// `what` names the element, as warnings name it.
    pub(super) fn push_stroke(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        what: &str,
        a_pt: Point,
        b_pt: Point,
        extra: Option<StrokeExtra>,
    ) -> Option<(u32, StyleId)> {
        if self.beyond(what, a_pt, (0.0, 0.0)) || self.beyond(what, b_pt, (0.0, 0.0)) {
            return None;
        }
        if self.select[1].is_some() && self.sel & 2 == 0 {
            *self.out.ignored.entry("stroke (not selected)".into()).or_insert(0) += 1;
            return None;
        }
        let svg_id = self.text_of(a.get(Attr::Id));
        let style = self.stroke_style(f, a);
        let extra = match extra {
            Some(x) => {
                self.out.extras.push(x);
                index(self.out.extras.len() - 1)
            }
            None => None,
        };
        let (line, column) = self.line_col();
        let group = group_of(f);
        if let (Some(s), Some(t)) = (a.get(Attr::ConnectionStart), a.get(Attr::ConnectionEnd))
            && let (Some(s), Some(t)) = (href_id(s), href_id(t))
        {
            let (s, t) = (self.out.strings.intern(s), self.out.strings.intern(t));
            self.out.connectors.push((self.strokes, s, t));
        }
        let width = self.out.edge_styles.list[style.0 as usize].line_width;
        if let Some((a0, b0, w0)) = self.stroke_before {
            let beside = crate::model::DOUBLE_WIDTHS * width;
            self.out.side_by_side |=
                w0 == width && (a0 - a_pt).hypot() <= beside && (b0 - b_pt).hypot() <= beside;
            let reach = width.max(w0);
            for p in [a0, b0] {
                for q in [a_pt, b_pt] {
                    // (Or on past a jump's gap: this one starting where
                    // that one ended.)
                    let gap = (p - q).hypot();
                    let jump = p == b0 && q == a_pt && gap <= crate::model::JUMP_WIDTHS * reach;
                    if (gap <= crate::model::JUNCTION_WIDTHS * reach || jump)
                        && self.out.meets.last().is_none_or(|m| m.0 != q)
                    {
                        if self.out.meets.len() < crate::model::MAX_MEETS {
                            self.out.meets.push((q, reach));
                        } else {
                            self.out.meets_overflow = true;
                        }
                    }
                }
            }
        }
        self.stroke_before = Some((a_pt, b_pt, width));
        let e = EdgeShape { a: a_pt, b: b_pt, style, svg_id, line, column, extra, group };
        if let Err(err) = self.out.edges.push(e) {
            // Said at the end of the element (see `Walker::element`).
            self.spool_failed.get_or_insert(err);
        }
        let k = self.strokes;
        if f.style.marker_start.is_empty() && f.style.marker_end.is_empty() {
            let mid = extra.and_then(|x| self.out.extras.get(x.get() as usize)).map(|x| x.mid);
            let piece = Piece {
                a: a_pt,
                b: b_pt,
                mid,
                width,
                stroke: f.style.stroke,
                style: Some(style),
                group,
                part: Part::Stroke(k),
            };
            self.ring_piece(piece);
        }
        self.last_stroke = NonMaxU32::new(self.strokes);
        self.block_stroke = self.last_stroke;
        self.strokes = self.strokes.saturating_add(1);
        Some((k, style))
    }

    /// Keeps `piece`, and notes the ring it closes, if any.
    pub(super) fn ring_piece(&mut self, piece: Piece) {
        if let Some(mut ring) = self.ring_pieces.add(piece) {
            ring.selected = self.select[0].is_none();
            (ring.line, ring.column) = self.line_col();
            self.out.rings.push(ring);
        }
    }

    /// Whether the open `path`, drawn with `f`'s fill, is a curve (no
    /// straight segment) filled in white, the page's colour, turning no
    /// more than a quarter round (its ends as far apart as the corners of
    /// its box, to 5 %): its fill shows nothing beside its stroke, a curve.
    /// svgbob fills the arcs of its rounded corners so. (A circle drawn as
    /// an arc stopping a hair short of its start, a half disc whose side
    /// is drawn apart, enclose what they show.)
    fn curve_in_white(&self, f: &Frame, path: &BezPath) -> bool {
        let els = path.elements();
        let (Some(a), Some(b)) =
            (els.first().and_then(PathEl::end_point), els.last().and_then(PathEl::end_point))
        else {
            return false;
        };
        let r = path.bounding_box();
        els.iter().all(|e| !matches!(e, PathEl::LineTo(_) | PathEl::ClosePath))
            && (b - a).hypot() >= 0.95 * r.width().hypot(r.height())
            && self
                .out
                .strings
                .resolve(f.style.fill)
                .trim()
                .parse::<svgtypes::Color>()
                .is_ok_and(|c| (c.red, c.green, c.blue) == (255, 255, 255))
    }

    /// Node candidate `i`, read from the open `path` as the area it
    /// encloses, as a piece of a ring (see [`super::rings`]): where it is
    /// one subpath drawn without markers. Its fill alone, where it is not
    /// `stroked`, is a piece only with its stroke drawn on its course.
    fn curve_piece(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        path: &BezPath,
        i: usize,
        stroked: bool,
    ) -> Option<Piece> {
        let els = path.elements();
        let (PathEl::MoveTo(start), rest) = els.split_first()? else { return None };
        if rest.is_empty()
            || rest.iter().any(|e| matches!(e, PathEl::MoveTo(_) | PathEl::ClosePath))
        {
            return None;
        }
        if !(f.style.marker_start.is_empty() && f.style.marker_end.is_empty()) {
            return None;
        }
        let end = rest.last().and_then(PathEl::end_point)?;
        let segs: Vec<kurbo::PathSeg> = path.segments().collect();
        let n = segs.len();
        let mid = if n % 2 == 1 { segs[n / 2].eval(0.5) } else { segs[n / 2].start() };
        Some(Piece {
            a: *start,
            b: end,
            mid: Some(mid),
            width: line_width(f),
            stroke: f.style.stroke,
            style: stroked.then(|| self.stroke_style(f, a)),
            group: group_of(f),
            part: Part::Shape(u32::try_from(i).ok()?),
        })
    }

    /// The style of the element being read, as a stroke.
    fn stroke_style(&mut self, f: &Frame, a: &Attrs<'_>) -> StyleId {
        let class = self.text_of(a.get(Attr::Class));
        self.out.edge_styles.intern(EdgeStyle {
            stroke: f.style.stroke,
            stroke_width: (!f.style.stroke_width.is_nan()).then_some(f.style.stroke_width),
            line_width: line_width(f),
            class,
            marker_start: f.style.marker_start,
            marker_end: f.style.marker_end,
            opacity: f.style.opacity * f.style.stroke_opacity,
        })
    }

    /// Keeps the points of `path` (one run of straight segments through
    /// three points or more, up to [`MAX_CORNERS`]), drawn as candidate
    /// `shape` in `style`: a path through several nodes may draw an edge
    /// between each two (the roles stage decides).
    fn note_polyline(&mut self, path: &BezPath, shape: usize, closed: bool, style: StyleId) {
        let els = path.elements();
        if els.len() < 3 || els.len() > MAX_CORNERS + 2 {
            return;
        }
        let mut points: Vec<Point> = Vec::with_capacity(els.len());
        for (i, el) in els.iter().enumerate() {
            match *el {
                // (A lone point before the run is no part of it.)
                PathEl::MoveTo(p) if points.len() <= 1 => {
                    points.clear();
                    points.push(p);
                }
                PathEl::LineTo(p) if points.last() != Some(&p) => points.push(p),
                PathEl::LineTo(_) => {}
                PathEl::ClosePath if i + 1 == els.len() => {}
                _ => return,
            }
        }
        if closed && points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        let (Ok(shape), Ok(start), Ok(len)) = (
            u32::try_from(shape),
            u32::try_from(self.out.corners.len()),
            u32::try_from(points.len()),
        ) else {
            return;
        };
        if len < 3 {
            return;
        }
        let (line, column) = self.line_col();
        self.out.corners.extend_from_slice(&points);
        self.out.polylines.push(Polyline { shape, closed, style, start, len, line, column });
    }

    /// Whether the closed shape `c` lies on the filled shape drawn right
    /// before it (no stroke between): its centre and half sides each within
    /// two line widths and a tenth of that shape's size of its own, or its
    /// box within that shape's, grown so, in the same group.
    fn outlines_last_box(&self, f: &Frame, c: &Closed) -> bool {
        let Some(n) = self.out.nodes.last() else { return false };
        if !n.filled || n.strokes_before != self.strokes {
            return false;
        }
        let (h, k) = (n.outline.half_extents(), c.outline.half_extents());
        let off = 2.0 * line_width(f) + 0.1 * h.0.max(h.1);
        let same = (n.center - c.center).hypot() <= off
            && (h.0 - k.0).abs() <= off
            && (h.1 - k.1).abs() <= off;
        // (Or within it, in its group: a cylinder's lid. A ring on it is
        // its outline wherever it is grouped: rough.js may group each.)
        let box_of =
            |p: Point, (hx, hy): (f64, f64)| Rect::from_center_size(p, (2.0 * hx, 2.0 * hy));
        let within = n.group == group_of(f)
            && box_of(n.center, h).inflate(off, off).contains_rect(box_of(c.center, k));
        same || within
    }

    /// Whether `strokes` trace the outline of the filled shape drawn right
    /// before them: each within its box (grown by `slack`), its ends and
    /// middle on its rim, together spanning most of it both ways. rough.js
    /// (d2's sketch mode, Excalidraw) fills a shape, then strokes its
    /// outline as a path of its own, each side twice.
    fn outlines_last_shape(&self, strokes: &[Stroke], slack: f64) -> bool {
        let Some(n) = self.out.nodes.last() else { return false };
        if strokes.is_empty() || !n.filled || n.strokes_before != self.strokes {
            return false;
        }
        let (hx, hy) = n.outline.half_extents();
        let c = n.center;
        let shape = Rect::new(c.x - hx, c.y - hy, c.x + hx, c.y + hy);
        let grown = shape.inflate(slack, slack);
        let inside = |p: Point| grown.contains(p);
        // (Its ends and middle on the shape's rim: lines drawn across a
        // page's background join points within it, or near its rim where
        // the page is cropped close.)
        let size = hx.min(hy);
        let on_rim = |p: Point| {
            let v = p - c;
            let off = match &n.outline {
                Outline::Polygon(poly) => poly.edge_distance(v),
                o => (v.hypot() - o.rim_distance(v)).abs(),
            };
            off <= slack + 0.1 * size
        };
        let traced = |s: &Stroke| {
            [s.a, s.b, s.far].into_iter().all(inside) && [s.a, s.b, s.mid].into_iter().all(on_rim)
        };
        if !strokes.iter().all(traced) {
            return false;
        }
        let span = strokes
            .iter()
            .map(|s| Rect::from_points(s.a, s.b).union_pt(s.far))
            .reduce(|a, b| a.union(b))
            .unwrap_or_default();
        span.width() >= 0.8 * shape.width() && span.height() >= 0.8 * shape.height()
    }

    /// Pushes the closed shape `c` a path draws as a node candidate, with
    /// its parts, its intricacy and its spine. Returns its index.
    fn push_closed(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        c: Closed,
        (kind, href): (ShapeKind, Text),
    ) -> usize {
        let i = self.push_node(f, a, c.center, c.outline, kind, href);
        self.out.nodes[i].pieces = c.pieces;
        self.out.nodes[i].intricate = c.intricate;
        self.note_spine(f, i, c.spine);
        i
    }

    /// Keeps the spine of node candidate `i`, when it is long and thin and
    /// filled: it may be a stroke drawn as its outline (the roles stage
    /// decides). An unfilled outline shows its rim, not a line.
    fn note_spine(&mut self, f: &Frame, i: usize, spine: Option<Spine>) {
        let st = &f.style;
        let Some(spine) = spine else { return };
        if st.no_fill || st.fill_opacity <= 0.0 {
            return;
        }
        let paint = EdgeStyle {
            stroke: st.fill,
            stroke_width: (!st.stroke_width.is_nan()).then_some(st.stroke_width),
            line_width: line_width(f),
            class: self.out.nodes[i].class,
            marker_start: Text::EMPTY,
            marker_end: Text::EMPTY,
            opacity: st.opacity * st.fill_opacity,
        };
        let Ok(node) = u32::try_from(i) else { return };
        let (line, column) = self.line_col();
        self.out.outlined.push(Outlined { node, spine, paint, line, column });
    }

    pub(super) fn circle(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        if !self.painted(f, true) {
            return None;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            let cx = coord("cx", a, Attr::Cx, Axis::X, &u)?;
            let cy = coord("cy", a, Attr::Cy, Axis::Y, &u)?;
            let r = coord("r", a, Attr::R, Axis::Diagonal, &u)?;
            if r < 0.0 {
                return Err(format!("r=\"{r}\" is negative"));
            }
            Ok((cx, cy, r))
        })();
        let (cx, cy, r) = match parsed {
            Ok(v) => v,
            Err(msg) => {
                self.warn(format!("<circle> skipped: {msg}"));
                return None;
            }
        };
        // SVG renders nothing for a zero radius, as for a zero-size
        // ellipse or rect.
        if r == 0.0 {
            self.warn("<circle> has no radius (r missing or 0): it draws nothing; skipped".into());
            return None;
        }
        let center = f.ctm * Point::new(cx, cy);
        let outline = Outline::transformed_circle(r, f.ctm);
        if self.beyond("circle", center, outline.half_extents()) {
            return None;
        }
        Some(self.push_node(f, a, center, outline, ShapeKind::Circle, Text::EMPTY))
    }

    /// True (and warned) when a shape centred at `center`, reaching
    /// `half` on either side, lies beyond [`crate::geom::path::HUGE`] or
    /// is not finite: no drawing means such coordinates, and computing
    /// with them overflows.
    pub(super) fn beyond(&mut self, what: &str, center: Point, half: (f64, f64)) -> bool {
        let huge = crate::geom::path::HUGE;
        // (NaN compares false: it is not within.)
        let within = center.x.abs() <= huge
            && center.y.abs() <= huge
            && half.0.abs() <= huge
            && half.1.abs() <= huge;
        let far = !within;
        if far {
            self.warn(format!("<{what}> skipped: it reaches coordinates beyond ±{huge:e}"));
        }
        far
    }

    pub(super) fn line(&mut self, f: &Frame, a: &Attrs<'_>) {
        if !self.painted(f, false) {
            return;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            Ok::<_, String>((
                coord("x1", a, Attr::X1, Axis::X, &u)?,
                coord("y1", a, Attr::Y1, Axis::Y, &u)?,
                coord("x2", a, Attr::X2, Axis::X, &u)?,
                coord("y2", a, Attr::Y2, Axis::Y, &u)?,
            ))
        })();
        let (x1, y1, x2, y2) = match parsed {
            Ok(v) => v,
            Err(msg) => {
                self.warn(format!("<line> skipped: {msg}"));
                return;
            }
        };
        let (p, q) = (f.ctm * Point::new(x1, y1), f.ctm * Point::new(x2, y2));
        // (A line is made a path only where a dash pattern may trim it.)
        let dashed = (!f.style.dash.is_empty())
            .then(|| kurbo::Line::new(p, q).to_path(0.0))
            .and_then(|path| self.dashed(f, &path));
        let (a_pt, b_pt) = dashed.map_or((p, q), |s| (s.a, s.b));
        // (With a butt cap it paints nothing; it stays a stroke, reported
        // as touching one node at both ends.)
        if a_pt == b_pt && f.style.cap != Cap::Butt {
            self.dot(f, a, a_pt, ("line", Text::EMPTY));
            return;
        }
        self.push_stroke(f, a, "line", a_pt, b_pt, None);
    }

    /// The disc a marker of stroke style `f.style` draws on a vertex (see
    /// [`crate::model::Marker::dot`]), the larger of its two: its radius
    /// in the element's user units, and its paint.
    fn marker_disc(&self, f: &Frame) -> Option<(f64, Text)> {
        let st = &f.style;
        let w = if st.stroke_width.is_nan() { 1.0 } else { st.stroke_width };
        [st.marker_start, st.marker_end]
            .into_iter()
            .filter_map(|m| {
                let mk = self.out.markers.get(&m)?;
                let dot = mk.dot?;
                let paint = if dot.fill.is_empty() { dot.stroke } else { dot.fill };
                Some((mk.dot_radius(w)?, paint))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
    }

    /// The dot a stroke of no length at `p` (root user space) paints with
    /// a round cap (a disc as wide as the line) or a square one (a square
    /// along the user space's axes), as SVG draws it: `MetaPost`'s
    /// `drawdot`, a plotter's points; or the disc a marker draws on it
    /// where that is larger (svgbob's `*`). A node candidate in the
    /// stroke's paint (or the marker's); nothing with a butt cap (a line
    /// of no length under its node, d3's loop left undrawn, is nothing).
    fn dot(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        p: Point,
        (what, href): (&str, Text),
    ) -> Option<usize> {
        let st = &f.style;
        let w = if st.stroke_width.is_nan() { 1.0 } else { st.stroke_width };
        // (An unset stroke paints nothing: the guess that a sheet we do not
        // read strokes it is for lines, not for shapes of their own. A
        // singular transform squeezes any path to a point.)
        let disc = self.marker_disc(f).filter(|&(r, _)| r > w / 2.0 && st.cap != Cap::Butt);
        if let Some((r, paint)) = disc {
            if f.ctm.determinant() == 0.0 || paint.is_empty() || !st.visible {
                return None;
            }
            let outline = Outline::transformed_circle(r, f.ctm);
            if self.beyond(what, p, outline.half_extents()) {
                return None;
            }
            let i = self.push_node(f, a, p, outline, ShapeKind::Circle, href);
            let n = &mut self.out.nodes[i];
            (n.fill, n.filled, n.opacity) = (paint, true, st.opacity);
            return Some(i);
        }
        if st.cap == Cap::Butt
            || w <= 0.0
            || st.no_stroke_set
            || f.ctm.determinant() == 0.0
            || !self.painted(f, false)
        {
            return None;
        }
        let (outline, kind) = if st.cap == Cap::Round {
            (Outline::transformed_circle(w / 2.0, f.ctm), ShapeKind::Circle)
        } else {
            let [a, b, c, d, _, _] = f.ctm.as_coeffs();
            let mut square = Rect::new(-w / 2.0, -w / 2.0, w / 2.0, w / 2.0).to_path(0.0);
            square.apply_affine(kurbo::Affine::new([a, b, c, d, p.x, p.y]));
            let Analysis::Closed(c) = analyse(&square) else { return None };
            (c.outline, ShapeKind::Rect)
        };
        if self.beyond(what, p, outline.half_extents()) {
            return None;
        }
        let (paint, opacity) = (st.stroke, st.opacity * st.stroke_opacity);
        let i = self.push_node(f, a, p, outline, kind, href);
        let n = &mut self.out.nodes[i];
        (n.fill, n.filled, n.opacity) = (paint, true, opacity);
        Some(i)
    }

    /// The part of `path` (one open subpath, in root user space) that its
    /// dash pattern shows, where that is not the whole of it (see
    /// [`crate::geom::path::dashed_span`]).
    fn dashed(&self, f: &Frame, path: &BezPath) -> Option<Stroke> {
        if f.style.dash.is_empty() {
            return None;
        }
        let u = self.units(f.viewport);
        // Lengths in the element's units, drawn scaled by its transform.
        let scale = f.ctm.determinant().abs().sqrt();
        let pattern: Option<Vec<f64>> = self
            .out
            .strings
            .resolve(f.style.dash)
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|v| !v.is_empty())
            .map(|v| length::length(v, Axis::Diagonal, &u).map(|l| l * scale))
            .collect();
        dashed_span(path, &pattern?, f64::from(f.style.dash_offset) * scale)
    }

    /// The outline of `<ellipse>`, `<rect>`, `<polyline>`, `<polygon>` or
    /// `<path>` in the element's own coordinates. `Err` is a warning.
    pub(super) fn local_path(
        &self,
        f: &Frame,
        a: &Attrs<'_>,
        kind: Element,
    ) -> Result<Option<BezPath>, String> {
        let u = self.units(f.viewport);
        let name = element_name(kind);
        Ok(Some(match kind {
            Element::Rect => {
                let x = coord("x", a, Attr::X, Axis::X, &u)?;
                let y = coord("y", a, Attr::Y, Axis::Y, &u)?;
                let w = coord("width", a, Attr::Width, Axis::X, &u)?;
                let h = coord("height", a, Attr::Height, Axis::Y, &u)?;
                if w <= 0.0 || h <= 0.0 {
                    return Ok(None); // not rendered
                }
                let rx = a.get(Attr::Rx).and_then(|v| length::length(v, Axis::X, &u));
                let ry = a.get(Attr::Ry).and_then(|v| length::length(v, Axis::Y, &u));
                let r = rx.or(ry).unwrap_or(0.0).max(0.0).min(w / 2.0).min(h / 2.0);
                let rect = Rect::new(x, y, x + w, y + h);
                if r > 0.0 { rect.to_rounded_rect(r).to_path(0.01) } else { rect.to_path(0.01) }
            }
            Element::Polygon | Element::Polyline => {
                let mut p = BezPath::new();
                for (i, (x, y)) in
                    svgtypes::PointsParser::from(a.get(Attr::Points).unwrap_or("")).enumerate()
                {
                    if !(x.is_finite() && y.is_finite()) {
                        return Err(format!("<{name}> skipped: a point is not a usable number"));
                    }
                    if i == 0 { p.move_to((x, y)) } else { p.line_to((x, y)) }
                }
                if kind == Element::Polygon && !p.elements().is_empty() {
                    p.close_path();
                }
                p
            }
            Element::Path => {
                let Some(d) = a.get(Attr::D) else { return Ok(None) };
                path_data(d).ok_or_else(|| {
                    format!(
                        "<path> skipped: its arcs reach coordinates beyond ±{HUGE:e}, where drawing them would never end"
                    )
                })?
            }
            _ => return Ok(None),
        }))
    }

    /// `<ellipse>`, `<rect>`, `<polyline>`, `<polygon>` and `<path>`: a
    /// closed outline becomes a node candidate, open strokes edge
    /// candidates. Returns the node candidate's index.
    pub(super) fn shape(&mut self, f: &Frame, a: &Attrs<'_>, kind: Element) -> Option<usize> {
        if kind == Element::Ellipse {
            return self.ellipse(f, a);
        }
        let path = match self.local_path(f, a, kind) {
            Ok(Some(p)) => p,
            Ok(None) => return None,
            Err(msg) => {
                self.warn(msg);
                return None;
            }
        };
        self.draw_path(f, a, path, (shape_kind(kind), element_name(kind)), Text::EMPTY)
    }

    pub(super) fn ellipse(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        if !self.painted(f, true) {
            return None;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            let cx = coord("cx", a, Attr::Cx, Axis::X, &u)?;
            let cy = coord("cy", a, Attr::Cy, Axis::Y, &u)?;
            let rx = a.get(Attr::Rx).map(|_| coord("rx", a, Attr::Rx, Axis::X, &u)).transpose()?;
            let ry = a.get(Attr::Ry).map(|_| coord("ry", a, Attr::Ry, Axis::Y, &u)).transpose()?;
            Ok::<_, String>((cx, cy, rx.or(ry).unwrap_or(0.0), ry.or(rx).unwrap_or(0.0)))
        })();
        let (cx, cy, rx, ry) = match parsed {
            Ok(v) => v,
            Err(msg) => {
                self.warn(format!("<ellipse> skipped: {msg}"));
                return None;
            }
        };
        if !(rx > 0.0 && ry > 0.0) {
            return None; // not rendered
        }
        let center = f.ctm * Point::new(cx, cy);
        let outline = Outline::transformed_ellipse(rx, ry, f.ctm);
        if self.beyond("ellipse", center, outline.half_extents()) {
            return None;
        }
        Some(self.push_node(f, a, center, outline, ShapeKind::Ellipse, Text::EMPTY))
    }

    /// Draws `path` (in the frame's coordinates): a node candidate if it is
    /// closed, edge candidates if open. `what` is its kind and the element's
    /// name as written (warnings name it).
    pub(super) fn draw_path(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        mut path: BezPath,
        (kind, what): (ShapeKind, &str),
        href: Text,
    ) -> Option<usize> {
        path.apply_affine(f.ctm);
        // A move at the end draws nothing (cairo ends every closed path
        // with one, back to its start).
        while matches!(path.elements().last(), Some(PathEl::MoveTo(_))) {
            path.pop();
        }
        if crate::geom::path::too_large(&path) {
            self.warn(format!(
                "<{what}> skipped: it reaches coordinates beyond ±{:e}",
                crate::geom::path::HUGE
            ));
            return None;
        }
        if let Some(p) = lone_point(&path) {
            return self.dot(f, a, p, (what, href));
        }
        match analyse(&path) {
            Analysis::Closed(c) => {
                if !self.painted(f, true) {
                    return None;
                }
                // A sketched outline round the filled shape just drawn is
                // that shape's (rough.js fills, then sketches the outline).
                if c.sketched && self.outlines_last_box(f, &c) {
                    return None;
                }
                let i = self.push_closed(f, a, c, (kind, href));
                let st = &f.style;
                if !(self.out.nodes[i].filled || st.no_stroke_set || st.no_stroke) {
                    let style = self.stroke_style(f, a);
                    self.note_polyline(&path, i, true, style);
                }
                Some(i)
            }
            Analysis::Open(mut strokes) => {
                // An open path that is filled and not stroked is drawn as
                // the filled area it encloses (an arrowhead, say). So is
                // one filled in a paint of its own and stroked too, where
                // the area is no sliver: a box drawn as three sides and
                // filled (Mermaid's class boxes, a style sheet stroking
                // them), or a wedge (a pie's slice, drawn round its arc
                // and back to the centre), not a curve left filled by
                // default.
                let unstroked = f.style.no_stroke_set || f.style.no_stroke;
                // (A single straight segment, as cairo writes every line
                // with a fill, encloses nothing: not looked at again.)
                let line = matches!(path.elements(), [PathEl::MoveTo(_), PathEl::LineTo(_)]);
                let painted_fill = !line && !f.style.fill.is_empty() && f.style.fill_opacity > 0.0;
                if !f.style.no_fill
                    && (unstroked || painted_fill)
                    && let Analysis::Closed(c) = analyse(&filled_form(&path))
                    && (unstroked
                        || (is_area(&c) && !self.curve_in_white(f, &path))
                        || is_wedge(&c, &path))
                {
                    // (Read as a closed path is: a glyph written without
                    // closing its subpaths, as MetaPost's SVG backend
                    // writes them, is one still.)
                    let i = self.push_closed(f, a, c, (kind, href));
                    if let Some(piece) = self.curve_piece(f, a, &path, i, !unstroked) {
                        self.ring_piece(piece);
                    }
                    return Some(i);
                }
                if !self.painted(f, false) {
                    return None;
                }
                let mut whole = strokes.len() == 1;
                if whole && let Some(shown) = self.dashed(f, &path) {
                    strokes = vec![shown];
                    whole = false;
                }
                // A line a sketch draws twice in one path is one stroke;
                // the sketched outline of the filled shape just drawn is
                // no stroke at all.
                let slack = 2.0 * line_width(f);
                let sketched = crate::geom::path::drop_retraced(&mut strokes, slack);
                if sketched && self.outlines_last_shape(&strokes, slack) {
                    return None;
                }
                // Each run of straight segments of a path of several may
                // pass through nodes too (every edge of K3,3 in one path).
                let runs = if strokes.len() > 1 {
                    polyline_runs(&path)
                } else {
                    foldhash::HashMap::default()
                };
                for s in strokes {
                    let straight = s.a_dir.cross(s.b - s.a).abs()
                        <= 1e-9 * s.a_dir.hypot() * (s.b - s.a).hypot()
                        && s.b_dir.cross(s.b - s.a).abs()
                            <= 1e-9 * s.b_dir.hypot() * (s.b - s.a).hypot()
                        && s.far == s.b
                        && (s.mid - s.a.midpoint(s.b)).hypot() <= 1e-6 * (s.b - s.a).hypot();
                    let extra = (!straight).then_some(StrokeExtra {
                        a_dir: s.a_dir,
                        b_dir: s.b_dir,
                        far: s.far,
                        mid: s.mid,
                        curved: s.curved,
                    });
                    let pushed = self.push_stroke(f, a, what, s.a, s.b, extra);
                    if let Some((k, style)) = pushed {
                        if whole {
                            self.note_polyline(&path, k as usize, false, style);
                        } else if let Some(Some(run)) = runs.get(&ends_key(s.a, s.b)) {
                            self.note_polyline(run, k as usize, false, style);
                        }
                    }
                }
                None
            }
            Analysis::Empty => None,
        }
    }
}

/// The stroke width `f` draws with, in root user units (1 where unset).
fn line_width(f: &Frame) -> f64 {
    let width = if f.style.stroke_width.is_nan() { 1.0 } else { f.style.stroke_width };
    width * f.ctm.determinant().abs().sqrt()
}

/// The subpaths of `path` that are runs of two straight segments or
/// more, by their first and last points (see [`ends_key`]); none for
/// points two runs share (which stroke is which is not known then).
fn polyline_runs(path: &BezPath) -> foldhash::HashMap<[u64; 4], Option<BezPath>> {
    let mut out = foldhash::HashMap::default();
    let els = path.elements();
    let mut start = 0;
    for i in 1..=els.len() {
        if i < els.len() && !matches!(els[i], PathEl::MoveTo(_)) {
            continue;
        }
        let sub = &els[start..i];
        start = i;
        if sub.len() < 3 || !sub[1..].iter().all(|e| matches!(e, PathEl::LineTo(_))) {
            continue;
        }
        if let (PathEl::MoveTo(a), PathEl::LineTo(b)) = (sub[0], sub[sub.len() - 1]) {
            out.entry(ends_key(a, b))
                .and_modify(|run| *run = None)
                .or_insert_with(|| Some(BezPath::from_vec(sub.to_vec())));
        }
    }
    out
}

/// A run's first and last points, exactly, as a key.
fn ends_key(a: Point, b: Point) -> [u64; 4] {
    [a.x.to_bits(), a.y.to_bits(), b.x.to_bits(), b.y.to_bits()]
}

/// The one point a path of one subpath of no length stays at (`M x y l0
/// 0`, a stroke that paints its caps alone), if it is such a path.
fn lone_point(path: &BezPath) -> Option<Point> {
    let (first, rest) = path.elements().split_first()?;
    let PathEl::MoveTo(p) = *first else { return None };
    let mut drawn = false;
    for el in rest {
        let stays = match *el {
            PathEl::LineTo(q) => q == p,
            PathEl::QuadTo(c, q) => c == p && q == p,
            PathEl::CurveTo(c1, c2, q) => c1 == p && c2 == p && q == p,
            PathEl::ClosePath => true,
            PathEl::MoveTo(_) => false,
        };
        if !stays {
            return None;
        }
        drawn = true;
    }
    drawn.then_some(p)
}

/// Whether a closed outline is an area rather than a sliver: it fills a
/// good part (a quarter) of its box, as a box, a disc or a polygon does.
fn is_area(c: &crate::geom::path::Closed) -> bool {
    let (hx, hy) = c.outline.half_extents();
    c.outline.area() >= 0.25 * 4.0 * hx * hy
}

/// Whether the open `path`, closed as `c`, is a wedge (a pie's thin
/// slice): one vertex with every other on an arc round it, where the path
/// starts or ends (drawn round the arc and back to the centre, or out
/// from it), however little of its box it fills. A curve left filled has
/// no vertex at its arc's centre; a V's tip is in its middle.
fn is_wedge(c: &crate::geom::path::Closed, path: &BezPath) -> bool {
    let Outline::Polygon(p) = &c.outline else { return false };
    let Some((apex, r, _)) = crate::geom::wedge::wedge(&p.points) else { return false };
    let apex = c.center + apex;
    let ends = [path.elements().first(), path.elements().last()];
    ends.into_iter().flatten().filter_map(PathEl::end_point).any(|q| (q - apex).hypot() <= 1e-3 * r)
}

pub(super) fn element_name(kind: Element) -> &'static str {
    match kind {
        Element::Rect => "rect",
        Element::Ellipse => "ellipse",
        Element::Polygon => "polygon",
        Element::Polyline => "polyline",
        Element::Path => "path",
        _ => "shape",
    }
}

pub(super) fn shape_kind(kind: Element) -> ShapeKind {
    match kind {
        Element::Rect => ShapeKind::Rect,
        Element::Ellipse => ShapeKind::Ellipse,
        Element::Polygon | Element::Polyline => ShapeKind::Polygon,
        _ => ShapeKind::Path,
    }
}
