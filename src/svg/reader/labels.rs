//! Text: labels (`<text>`, HTML in `<foreignObject>`), comments, and
//! nodes drawn as text alone.

use kurbo::{Point, Rect};

use super::frame::{Element, Frame, MAX_TEXT, Scope};
use super::values::{group_of, len_or, trim};
use super::walker::Walker;
use crate::model::{Index, Label, NodeShape, at};
use crate::svg::length::{self, Axis};
use crate::svg::style::{Attr, Attrs};
use crate::text::Text;

/// How a text lies along its anchor: the share of its length before the
/// anchor (`text-anchor`: 0 at its start, ½ in its middle, 1 at its end),
/// and its length where the drawing gives it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Along {
    at: f64,
    length: Option<f64>,
    /// The text's baseline runs level, left to right.
    level: bool,
}

/// A text's (or run's) `x` and `y`: the first of each list, where given.
fn text_xy(a: &Attrs<'_>, u: &length::Units) -> (Option<f64>, Option<f64>) {
    let first = |v: Option<&str>, axis| {
        let v = v?.split([' ', ',']).find(|s| !s.is_empty())?;
        length::length(v, axis, u)
    };
    (first(a.get(Attr::X), Axis::X), first(a.get(Attr::Y), Axis::Y))
}

/// The share of a text's length before its anchor, as its `text-anchor`
/// says, where it says.
fn anchor_at(a: &Attrs<'_>) -> Option<f64> {
    match a.get(Attr::TextAnchor).map(str::trim)? {
        "middle" => Some(0.5),
        "end" => Some(1.0),
        "start" => Some(0.0),
        _ => None,
    }
}

impl Walker<'_> {
    pub(super) fn comment(&mut self, c: &str) {
        self.block_stroke = None;
        let c = c.trim();
        if c.is_empty() {
            return;
        }
        if self.comments_seen < 8 {
            let mut s: String = c.chars().take(200).collect();
            s.shrink_to_fit();
            self.out.origin.comments.push(s);
        }
        self.comments_seen += 1;
        if c.len() <= MAX_TEXT {
            let t = self.out.strings.intern(c);
            self.out.comments.push((self.out.nodes.len() as u32, t));
            // matplotlib writes a text it draws as glyph outlines as a
            // comment, then the glyphs in a group placed at the text.
            self.comment_label = self.in_text_group().then_some(t);
        }
    }

    /// True inside a matplotlib text group (`<g id="text_N">`).
    pub(super) fn in_text_group(&self) -> bool {
        self.stack.iter().rev().any(|f| match f.scope {
            Scope::Container { group } => at(&self.out.groups, group).is_some_and(|g| {
                crate::generators::matplotlib::is_text_group(self.out.strings.resolve(g.svg_id))
            }),
            _ => false,
        })
    }

    pub(super) fn start_label(&mut self, f: &Frame, a: &Attrs<'_>, kind: Element) {
        self.text.clear();
        // A `<foreignObject>` sized as a share of the viewport (draw.io's
        // `100%`, beside a `<text>` saying the same) places its HTML by
        // style rules the reader does not follow: its box's centre is no
        // place of its text, so it gives no label.
        let share = |v: Option<&str>| v.is_some_and(|v| v.trim_end().ends_with('%'));
        if kind == Element::ForeignObject
            && (share(a.get(Attr::Width)) || share(a.get(Attr::Height)))
        {
            self.label = None;
            return;
        }
        let u = self.units(f.viewport);
        let (x, y) = text_xy(a, &u);
        let (x, y) = (x.unwrap_or(0.0), y.unwrap_or(0.0));
        let p = if kind == Element::ForeignObject {
            let w = len_or(a.get(Attr::Width), Axis::X, &u, 0.0);
            let h = len_or(a.get(Attr::Height), Axis::Y, &u, 0.0);
            Point::new(x + w / 2.0, y + h / 2.0)
        } else {
            Point::new(x, y)
        };
        // The size in root units: scaled as the frame scales lengths.
        let size = a
            .get(Attr::FontSize)
            .and_then(|v| length::length(v, Axis::Diagonal, &u))
            .unwrap_or(self.opts.font_size);
        let scale = f.ctm.determinant().abs().sqrt();
        let target = self.text_of(a.get(Attr::LabelTarget));
        let [xx, xy, ..] = f.ctm.as_coeffs();
        let level = xx > 0.0 && xy.abs() <= 0.01 * xx;
        let along = if kind == Element::ForeignObject {
            // (Its anchor is its box's centre.)
            let w = len_or(a.get(Attr::Width), Axis::X, &u, 0.0);
            Along { at: 0.5, length: Some(w * scale), level }
        } else {
            // (`text-anchor` is inherited, the text's own in its style:
            // gnuplot sets it on the group.)
            let at = if f.style.anchor.is_nan() { 0.0 } else { f64::from(f.style.anchor) };
            let given = a.get(Attr::TextLength).and_then(|v| length::length(v, Axis::X, &u));
            Along { at, length: given.filter(|l| *l >= 0.0).map(|l| l * scale), level }
        };
        self.label = Some((f.ctm * p, group_of(f), size * scale, target, along));
        self.label_unplaced =
            kind == Element::Text && a.get(Attr::X).is_none() && a.get(Attr::Y).is_none();
    }

    /// A `<tspan>` in the open label (`f`, the text's frame): where the
    /// text gives no position and nothing of it came before, the run's
    /// `x`, `y` and `text-anchor` place it (as `JGraphX` and others write
    /// every text).
    pub(super) fn place_label(&mut self, f: &Frame, a: &Attrs<'_>) {
        if !std::mem::take(&mut self.label_unplaced) || !self.text.trim().is_empty() {
            return;
        }
        let (x, y) = text_xy(a, &self.units(f.viewport));
        let Some((pos, _, _, _, along)) = self.label.as_mut() else { return };
        if x.is_none() && y.is_none() {
            return;
        }
        *pos = f.ctm * Point::new(x.unwrap_or(0.0), y.unwrap_or(0.0));
        if let Some(at) = anchor_at(a) {
            along.at = at;
        }
    }

    /// A node group that drew no shape, only text (Graphviz
    /// `shape=plaintext`, `none`): a node where its text is, of the size
    /// the text takes. Its labels are those from `first` on.
    pub(super) fn text_node(&mut self, group: Index, first: usize) {
        let labels = &self.out.labels[first..];
        let lines: Vec<(Point, f64, usize)> = labels
            .iter()
            .map(|l| (l.pos, l.size, self.out.strings.resolve(l.text).chars().count()))
            .collect();
        let (Point { x, y }, half_w, half_h) = crate::generators::graphviz::text_box(&lines);
        let rect = Rect::new(x - half_w, y - half_h, x + half_w, y + half_h);
        let selected = self.select[0].is_none() || self.sel & 1 != 0;
        if let Some(s) = NodeShape::text(rect, group, self.last_stroke.take(), selected) {
            self.out.nodes.push(NodeShape { strokes_before: self.strokes, ..s });
        }
    }

    pub(super) fn end_label(&mut self) {
        self.last_stroke = None;
        let Some((pos, group, size, target, along)) = self.label.take() else { return };
        let t: String = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            return;
        }
        let length = along.length.unwrap_or_else(|| 0.6 * size * t.chars().count() as f64);
        #[allow(clippy::cast_possible_truncation)] // (a drawing's sizes fit)
        let span = ((-along.at * length) as f32, ((1.0 - along.at) * length) as f32);
        let text = self.out.strings.intern(&t);
        let after_stroke = self.block_stroke;
        let level = along.level;
        self.out.labels.push(Label { pos, text, group, size, span, after_stroke, target, level });
    }

    pub(super) fn text_of(&mut self, v: Option<&str>) -> Text {
        match v {
            Some(v) => self.out.strings.intern(trim(v)),
            None => Text::EMPTY,
        }
    }
}
