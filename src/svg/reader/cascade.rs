//! The style cascade: presentation attributes, `style` attributes and
//! style sheets, inherited down the stack, computed into the few
//! properties the extraction uses.

use super::defs::url_id;
use super::frame::Frame;
use super::values::{clip, trim};
use super::walker::Walker;
use crate::svg::length::{self, Axis};
use crate::svg::style::{Attr, Attrs, is_no_paint};
use crate::text::Text;

/// A paint as computed: its text, and what it says.
#[derive(Clone, Copy, Debug)]
pub(super) struct Paint {
    /// The value, interned.
    pub text: Text,
    /// The value is empty.
    pub empty: bool,
    /// It paints nothing (`none`, `transparent`).
    pub none: bool,
}

/// Computed values of the inherited properties the extraction uses.
#[derive(Clone, Copy, Debug)]
#[allow(clippy::struct_excessive_bools)] // cached facts about the paints, kept apart for speed
pub(super) struct Style {
    pub(super) fill: Text,
    pub(super) stroke: Text,
    /// NaN when unset.
    pub(super) stroke_width: f64,
    pub(super) visible: bool,
    pub(super) marker_start: Text,
    pub(super) marker_end: Text,
    /// `fill` paints nothing (`none`, `transparent`).
    pub(super) no_fill: bool,
    /// `stroke` is unset (so none, but see `painted`).
    pub(super) no_stroke_set: bool,
    /// `stroke` is set to paint nothing.
    pub(super) no_stroke: bool,
    /// The product of the `opacity` of the element and its ancestors.
    pub(super) opacity: f32,
    /// `fill-opacity` and `stroke-opacity` (inherited).
    pub(super) fill_opacity: f32,
    pub(super) stroke_opacity: f32,
    /// `stroke-dasharray` as written (interned; empty for none), and
    /// `stroke-dashoffset` (0 when unset or unreadable).
    pub(super) dash: Text,
    pub(super) dash_offset: f32,
    /// The computed `color` (empty while unset: black), and whether it
    /// paints nothing.
    pub(super) color: Text,
    pub(super) color_none: bool,
    /// `stroke-linecap`.
    pub(super) cap: Cap,
    /// `text-anchor`, as the share of a text's length before its anchor
    /// (NaN while unset: the start).
    pub(super) anchor: f32,
}

/// How a stroke's ends are drawn (`stroke-linecap`): a stroke of no length
/// paints a dot with a round or square cap, nothing with a butt one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cap {
    Butt,
    Round,
    Square,
}

/// Sets the properties of `s` given by keyword: `stroke-linecap` and
/// `text-anchor` (`inherit`, unset or unknown keep the parent's).
fn keywords(s: &mut Style, cap: Option<&str>, anchor: Option<&str>) {
    match anchor.map(trim) {
        Some("start") => s.anchor = 0.0,
        Some("middle") => s.anchor = 0.5,
        Some("end") => s.anchor = 1.0,
        _ => {}
    }
    match cap.map(trim) {
        Some("butt") => s.cap = Cap::Butt,
        Some("round") => s.cap = Cap::Round,
        Some("square") => s.cap = Cap::Square,
        _ => {}
    }
}

impl Style {
    pub(super) const INITIAL: Style = Style {
        fill: Text::EMPTY,
        stroke: Text::EMPTY,
        stroke_width: f64::NAN,
        visible: true,
        marker_start: Text::EMPTY,
        marker_end: Text::EMPTY,
        no_fill: false,
        no_stroke_set: true,
        no_stroke: false,
        opacity: 1.0,
        fill_opacity: 1.0,
        stroke_opacity: 1.0,
        dash: Text::EMPTY,
        dash_offset: 0.0,
        color: Text::EMPTY,
        color_none: false,
        cap: Cap::Butt,
        anchor: f32::NAN,
    };

    /// How opaque a node drawn in this style is: its fill's opacity, or
    /// its stroke's when it is not filled.
    pub(super) fn node_opacity(&self) -> f32 {
        self.opacity * if self.no_fill { self.stroke_opacity } else { self.fill_opacity }
    }
}

impl Walker<'_> {
    /// A `fill` (`slot` 0), `stroke` (1) or `color` (2) value: its text,
    /// whether it is empty and whether it paints nothing. `inherit` keeps
    /// the parent's (`text`, `empty`, `none`); `currentColor` takes
    /// `current`, the computed `color` and whether it paints nothing. Colours are written in one form,
    /// `#rrggbb` (`#rrggbbaa` when translucent), so that `red`, `#f00`
    /// and `rgb(255,0,0)` are one paint to the roles and in every output.
    pub(super) fn paint(
        &mut self,
        slot: usize,
        v: &str,
        (text, empty, none): (Text, bool, bool),
        current: (Text, bool),
    ) -> Paint {
        let v = trim(v);
        if v == "inherit" {
            return Paint { text, empty, none };
        }
        if v.eq_ignore_ascii_case("currentcolor") {
            // An unset `color` is black, as browsers have it.
            let (text, none) = current;
            let text = if text == Text::EMPTY { self.out.strings.intern("#000000") } else { text };
            return Paint { text, empty: false, none };
        }
        let (raw, cached) = &mut self.paint_cache[slot];
        if let Some(got) = cached
            && raw == v
        {
            return *got;
        }
        let got = Paint {
            text: self.out.strings.intern(&hex(v)),
            empty: v.is_empty(),
            none: is_no_paint(v),
        };
        // The buffer is reused: no allocation per element.
        let (raw, cached) = &mut self.paint_cache[slot];
        raw.clear();
        raw.push_str(v);
        *cached = Some(got);
        got
    }

    pub(super) fn marker(&mut self, v: Option<&str>, inherited: Text) -> Text {
        match v.map(str::trim) {
            Some("inherit") | None => inherited,
            Some(m) => match url_id(m) {
                Some(id) => self.out.strings.intern(id),
                None => Text::EMPTY, // `none`, or unusable
            },
        }
    }

    /// Computes an element's style in place, from `s`, its parent's.
    pub(super) fn style(&mut self, s: &mut Style, a: &Attrs<'_>, viewport: (f64, f64)) {
        // One pass over the attributes; later values override earlier ones.
        let (mut fill, mut stroke, mut color, mut width, mut vis, mut m_start, mut m_end) =
            (None, None, None, None, None, None, None);
        let (mut cap, mut anchor) = (None, None);
        let mut opacity = [None; 3];
        let mut dash = [None; 2];
        for (f, v) in a.iter() {
            match f {
                Attr::Opacity => opacity[0] = Some(v),
                Attr::FillOpacity => opacity[1] = Some(v),
                Attr::StrokeOpacity => opacity[2] = Some(v),
                Attr::Fill => fill = Some(v),
                Attr::Stroke => stroke = Some(v),
                Attr::Color => color = Some(v),
                Attr::StrokeWidth => width = Some(v),
                Attr::Visibility => vis = Some(v),
                Attr::MarkerStart => m_start = Some(v),
                Attr::MarkerEnd => m_end = Some(v),
                Attr::StrokeDasharray => dash[0] = Some(v),
                Attr::StrokeDashoffset => dash[1] = Some(v),
                Attr::StrokeLinecap => cap = Some(v),
                Attr::TextAnchor => anchor = Some(v),
                _ => {}
            }
        }
        if let Some(v) = color {
            let inherited = (s.color, false, s.color_none);
            let p = self.paint(2, v, inherited, (s.color, s.color_none));
            (s.color, s.color_none) = (p.text, p.none);
        }
        if let Some(v) = fill {
            let p = self.paint(0, v, (s.fill, false, s.no_fill), (s.color, s.color_none));
            (s.fill, s.no_fill) = (p.text, p.none);
        }
        if let Some(v) = stroke {
            let inherited = (s.stroke, s.no_stroke_set, s.no_stroke);
            let p = self.paint(1, v, inherited, (s.color, s.color_none));
            (s.stroke, s.no_stroke_set, s.no_stroke) = (p.text, p.empty, p.none);
        }
        if let Some(w) = width
            && trim(w) != "inherit"
        {
            // (A plain number may have been read on the tokenizer thread.)
            let read = a
                .number(Attr::StrokeWidth)
                .or_else(|| length::length(w, Axis::Diagonal, &self.units(viewport)));
            match read {
                Some(v) if v >= 0.0 => s.stroke_width = v,
                _ => self.warn(format!("stroke-width=\"{}\" is not a length; ignored", clip(w))),
            }
        }
        keywords(s, cap, anchor);
        if let Some(v) = vis {
            match v.trim() {
                "hidden" | "collapse" => s.visible = false,
                "visible" => s.visible = true,
                _ => {}
            }
        }
        if opacity.iter().any(Option::is_some) {
            let [own, fill, stroke] = opacity.map(|v| v.map(|v| (v, alpha(v))));
            let mut bad = None;
            match own {
                Some((_, Some(v))) => s.opacity *= v,
                Some((raw, None)) => bad = Some(("opacity", raw)),
                None => {}
            }
            for (slot, name, got) in [
                (&mut s.fill_opacity, "fill-opacity", fill),
                (&mut s.stroke_opacity, "stroke-opacity", stroke),
            ] {
                match got {
                    Some((_, Some(v))) => *slot = v,
                    Some((raw, None)) if raw.trim() != "inherit" => bad = Some((name, raw)),
                    _ => {}
                }
            }
            if let Some((name, raw)) = bad {
                self.warn(format!("{name}=\"{}\" is not a number; ignored", clip(raw)));
            }
        }
        s.marker_start = self.marker(m_start, s.marker_start);
        s.marker_end = self.marker(m_end, s.marker_end);
        match dash[0].map(trim) {
            Some("inherit") | None => {}
            Some("none") => s.dash = Text::EMPTY,
            Some(v) => s.dash = self.out.strings.intern(v),
        }
        if let Some(v) = dash[1].map(trim).filter(|v| *v != "inherit") {
            let u = self.units(viewport);
            s.dash_offset = length::length(v, Axis::Diagonal, &u).unwrap_or(0.0) as f32;
        }
    }

    /// False (and counted) for a shape that paints nothing.
    pub(super) fn painted(&mut self, f: &Frame, closed: bool) -> bool {
        let s = &f.style;
        // An unset fill is black; an unset stroke is none, but a line with
        // no stroke at all is most likely styled by a sheet we do not read.
        // (A zero stroke width paints no stroke, as SVG says.)
        let stroke_shows = s.stroke_opacity > 0.0 && s.stroke_width != 0.0;
        let shows = if closed {
            (!s.no_fill && s.fill_opacity > 0.0)
                || (!(s.no_stroke_set || s.no_stroke) && stroke_shows)
        } else {
            !s.no_stroke && stroke_shows
        };
        let ok = f.style.visible && s.opacity > 0.0 && shows;
        if !ok {
            self.out.invisible += 1;
        }
        ok
    }
}

/// An `<alpha-value>`: a number or a percentage, clamped to 0..=1.
pub(super) fn alpha(v: &str) -> Option<f32> {
    let v = v.trim();
    let a = match v.strip_suffix('%') {
        Some(p) => length::number(p)? / 100.0,
        None => length::number(v)?,
    };
    Some(a.clamp(0.0, 1.0) as f32)
}

/// A paint in the form outputs write: a CSS colour as `#rrggbb`, or
/// `#rrggbbaa` when translucent; anything else (`none`, `url(#g)`) as
/// written.
fn hex(paint: &str) -> std::borrow::Cow<'_, str> {
    match paint.parse::<svgtypes::Color>() {
        Ok(c) if c.alpha == 255 => format!("#{:02x}{:02x}{:02x}", c.red, c.green, c.blue).into(),
        Ok(c) => format!("#{:02x}{:02x}{:02x}{:02x}", c.red, c.green, c.blue, c.alpha).into(),
        Err(_) => paint.into(),
    }
}
