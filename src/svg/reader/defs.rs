//! Definitions: shapes inside `<defs>`, `<symbol>` and the like are kept
//! for the `<use>` elements that draw them, and markers for the strokes
//! that show them.

use kurbo::{Affine, BezPath, Point, Shape as _};

use super::frame::{Element, Frame, Scope};
use super::values::len_or;
use super::walker::Walker;
use crate::geom::Outline;
use crate::model::{Def, Marker, ShapeKind};
use crate::svg::length::Axis;
use crate::svg::style::{Attr, Attrs, is_no_paint};
use crate::svg::transform::parse_transform;
use crate::text::Text;

impl Walker<'_> {
    /// `<use>`: draws the referenced definition at `x`, `y`.
    pub(super) fn use_element(&mut self, f: &Frame, a: &Attrs<'_>) {
        let Some(id) = a.get(Attr::Href).and_then(href_id) else { return };
        let Some(key) = self.out.strings.get(id) else {
            *self.out.ignored.entry("use (unresolved)".into()).or_insert(0) += 1;
            return;
        };
        let Some(def) = self.out.defs.get(&key).cloned() else {
            *self.out.ignored.entry("use (unresolved)".into()).or_insert(0) += 1;
            return;
        };
        let u = self.units(f.viewport);
        let x = len_or(a.get(Attr::X), Axis::X, &u, 0.0);
        let y = len_or(a.get(Attr::Y), Axis::Y, &u, 0.0);
        let ctm = f.ctm * Affine::translate((x, y));
        // The used element inherits from the <use>; its own paint wins.
        let mut style = f.style;
        if !def.fill.is_empty() {
            style.fill = def.fill;
            style.no_fill = is_no_paint(self.out.strings.resolve(def.fill));
        }
        if !def.stroke.is_empty() {
            style.stroke = def.stroke;
            let stroke = self.out.strings.resolve(def.stroke);
            style.no_stroke_set = stroke.is_empty();
            style.no_stroke = is_no_paint(stroke);
        }
        let frame = Frame { ctm, style, ..*f };
        if let Some((c, r)) = def.circle {
            if self.painted(&frame, true) {
                let center = ctm * c;
                let outline = Outline::transformed_circle(r, ctm);
                self.push_node(&frame, a, center, outline, ShapeKind::Use, key);
            }
            return;
        }
        self.draw_path(&frame, a, def.path, ShapeKind::Use, key);
    }

    /// An element inside a definition container.
    pub(super) fn definition(
        &mut self,
        p: Frame,
        a: &Attrs<'_>,
        kind: Element,
        has_children: bool,
    ) -> Option<Frame> {
        let Scope::Defs { def, marker } = p.scope else { return None };
        let mut ctm = p.ctm;
        if let Some(m) = a.get(Attr::Transform).and_then(parse_transform) {
            ctm *= m;
        }
        let id = a.get(Attr::Id).map(str::trim).filter(|s| !s.is_empty());
        match kind {
            // A style sheet applies wherever it is written.
            Element::Style => self.character_data(Some(p), kind, has_children),
            Element::Definitions
            | Element::Symbol
            | Element::Group
            | Element::Svg
            | Element::Marker => {
                let mut frame = Frame { ctm, ..p };
                if kind == Element::Marker {
                    let key = id.map(|id| self.out.strings.intern(id));
                    if let Some(k) = key {
                        self.out.markers.insert(k, self.marker_geometry(a));
                    }
                    frame.ctm = Affine::IDENTITY;
                    frame.scope = Scope::Defs { def: None, marker: key };
                } else if let Some(id) = id
                    && kind != Element::Definitions
                {
                    // A symbol or group with an id: its parts make one def.
                    // (A `<defs>` is not drawn by `<use>`, though editors
                    // give it an id: its children keep their own.)
                    let key = self.out.strings.intern(id);
                    let symbol = a.get(Attr::ViewBox).is_some() || kind == Element::Symbol;
                    self.out.defs.insert(
                        key,
                        Def {
                            path: BezPath::new(),
                            circle: None,
                            fill: Text::EMPTY,
                            stroke: Text::EMPTY,
                            symbol,
                        },
                    );
                    frame.ctm = if kind == Element::Symbol { Affine::IDENTITY } else { ctm };
                    frame.scope = Scope::Defs { def: Some(key), marker };
                }
                has_children.then_some(frame)
            }
            Element::Circle
            | Element::Ellipse
            | Element::Rect
            | Element::Polyline
            | Element::Polygon
            | Element::Path
            | Element::Line => {
                let frame = Frame { ctm, ..p };
                let (path, circle) = self.def_geometry(&frame, a, kind);
                if let Some(m) = marker
                    && let Some(mk) = self.out.markers.get_mut(&m)
                {
                    let bb = path.bounding_box();
                    if bb.x1.is_finite() {
                        mk.tip = mk.tip.max(bb.x1);
                    }
                }
                let fill = self.text_of(a.get(Attr::Fill));
                let stroke = self.text_of(a.get(Attr::Stroke));
                if let Some(d) = def.and_then(|k| self.out.defs.get_mut(&k)) {
                    d.path.extend(path.elements().iter().copied());
                    if d.fill.is_empty() {
                        d.fill = fill;
                    }
                    if d.stroke.is_empty() {
                        d.stroke = stroke;
                    }
                }
                // A part with an id of its own may be drawn alone too.
                if let Some(id) = id {
                    let key = self.out.strings.intern(id);
                    self.out.defs.insert(key, Def { path, circle, fill, stroke, symbol: false });
                }
                self.skip_children(has_children);
                None
            }
            _ => {
                self.skip_children(has_children);
                None
            }
        }
    }

    /// A definition's outline in its own coordinates (and the exact circle
    /// for a `<circle>`).
    pub(super) fn def_geometry(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        kind: Element,
    ) -> (BezPath, Option<(Point, f64)>) {
        let u = self.units(f.viewport);
        let (mut path, circle) = match kind {
            Element::Circle | Element::Ellipse => {
                let cx = len_or(a.get(Attr::Cx), Axis::X, &u, 0.0);
                let cy = len_or(a.get(Attr::Cy), Axis::Y, &u, 0.0);
                let r = len_or(a.get(Attr::R), Axis::Diagonal, &u, 0.0);
                let rx = len_or(a.get(Attr::Rx), Axis::X, &u, r);
                let ry = len_or(a.get(Attr::Ry), Axis::Y, &u, rx);
                let e = kurbo::Ellipse::new((cx, cy), (rx, ry), 0.0);
                let circle = (kind == Element::Circle
                    && f.ctm.as_coeffs()[..4] == [1.0, 0.0, 0.0, 1.0])
                .then(|| (f.ctm * Point::new(cx, cy), r));
                (e.to_path(0.01), circle)
            }
            Element::Line => {
                let mut p = BezPath::new();
                p.move_to((
                    len_or(a.get(Attr::X1), Axis::X, &u, 0.0),
                    len_or(a.get(Attr::Y1), Axis::Y, &u, 0.0),
                ));
                p.line_to((
                    len_or(a.get(Attr::X2), Axis::X, &u, 0.0),
                    len_or(a.get(Attr::Y2), Axis::Y, &u, 0.0),
                ));
                (p, None)
            }
            _ => (self.local_path(f, a, kind).ok().flatten().unwrap_or_default(), None),
        };
        path.apply_affine(f.ctm);
        (path, circle)
    }

    /// What a `<marker>` adds beyond its vertex.
    pub(super) fn marker_geometry(&self, a: &Attrs<'_>) -> Marker {
        let u = self.units((100.0, 100.0));
        let mw = len_or(a.get(Attr::MarkerWidth), Axis::X, &u, 3.0);
        let mh = len_or(a.get(Attr::MarkerHeight), Axis::Y, &u, 3.0);
        let ref_x = len_or(a.get(Attr::RefX), Axis::X, &u, 0.0);
        // Content x is scaled into the marker's viewport by the viewBox.
        let scale = match a.get(Attr::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok()) {
            Some(vb) if vb.w > 0.0 && vb.h > 0.0 => (mw / vb.w).min(mh / vb.h),
            _ => 1.0,
        };
        let stroke_units = a.get(Attr::MarkerUnits).is_none_or(|m| m.trim() != "userSpaceOnUse");
        // The tip is filled in from the content's extent as it is read.
        Marker { tip: f64::NEG_INFINITY, stroke_units, ref_x, scale }
    }
}

/// `url(#id)`, `url("#id")` or `url(http://host/page#id)` → `id`.
pub(super) fn url_id(v: &str) -> Option<&str> {
    let inner = v.trim().strip_prefix("url(")?.strip_suffix(')')?.trim();
    let inner = inner.trim_matches(|c| c == '"' || c == '\'');
    let (_, id) = inner.rsplit_once('#')?;
    (!id.is_empty()).then_some(id)
}

/// `#id` (or `file.svg#id`) → `id`.
pub(super) fn href_id(v: &str) -> Option<&str> {
    let (_, id) = v.trim().rsplit_once('#')?;
    (!id.is_empty()).then_some(id)
}
