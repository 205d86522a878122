//! The attributes of one element that the reader looks at, gathered from
//! XML attributes, style sheets and the `style` attribute (in that order,
//! later winning).

use std::borrow::Cow;

use quick_xml::events::BytesStart;
use quick_xml::events::attributes::{AttrError, Attribute};
use quick_xml::name::QName;

/// The attributes (and properties) the reader uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Attr {
    Id,
    Class,
    Transform,
    Fill,
    Stroke,
    StrokeWidth,
    /// `color`: the colour `currentColor` paints with.
    Color,
    Display,
    Visibility,
    Cx,
    Cy,
    R,
    X1,
    Y1,
    X2,
    Y2,
    X,
    Y,
    Width,
    Height,
    ViewBox,
    Aspect,
    Rx,
    Ry,
    Points,
    D,
    Href,
    MarkerStart,
    MarkerEnd,
    Filter,
    RefX,
    RefY,
    MarkerWidth,
    MarkerHeight,
    MarkerUnits,
    Role,
    /// `data-node-id` (sigma.js) or `data-id`: the tool's own node id.
    DataId,
    Opacity,
    FillOpacity,
    StrokeOpacity,
    StrokeDasharray,
    StrokeDashoffset,
    FontSize,
    /// `data-label-target` (sigma.js): the tool's id of the node a label
    /// belongs to.
    LabelTarget,
    /// `data-cell-id` (draw.io): the diagram cell a group draws.
    CellId,
    /// `content` (draw.io, on the root): the diagram model.
    Content,
    /// Inkscape connectors: the elements the ends are attached to.
    ConnectionStart,
    ConnectionEnd,
    /// `mask`: the mask an element is drawn through.
    Mask,
    /// `clip-path`: the clip path an element is drawn through.
    ClipPath,
    /// Where a text's anchor is along it: `start`, `middle`, `end`.
    TextAnchor,
    /// The length a text is drawn to (PlantUML gives it).
    TextLength,
    /// `stroke-linecap`: a stroke of no length paints its caps alone.
    StrokeLinecap,
}

// Every variant has a bit in `Attrs::has`.
const _: () = assert!((Attr::StrokeLinecap as u32) < 64);

impl Attr {
    /// The attribute named `key`, as written in XML.
    fn of_attribute(key: &[u8]) -> Option<Attr> {
        Some(match key {
            b"id" => Attr::Id,
            b"class" => Attr::Class,
            b"transform" => Attr::Transform,
            b"fill" => Attr::Fill,
            b"stroke" => Attr::Stroke,
            b"stroke-width" => Attr::StrokeWidth,
            b"color" => Attr::Color,
            b"display" => Attr::Display,
            b"visibility" => Attr::Visibility,
            b"cx" => Attr::Cx,
            b"cy" => Attr::Cy,
            b"r" => Attr::R,
            b"x1" => Attr::X1,
            b"y1" => Attr::Y1,
            b"x2" => Attr::X2,
            b"y2" => Attr::Y2,
            b"x" => Attr::X,
            b"y" => Attr::Y,
            b"width" => Attr::Width,
            b"height" => Attr::Height,
            b"viewBox" => Attr::ViewBox,
            b"preserveAspectRatio" => Attr::Aspect,
            b"rx" => Attr::Rx,
            b"ry" => Attr::Ry,
            b"points" => Attr::Points,
            b"d" => Attr::D,
            b"href" | b"xlink:href" => Attr::Href,
            b"marker-start" => Attr::MarkerStart,
            b"marker-end" => Attr::MarkerEnd,
            b"filter" => Attr::Filter,
            b"refX" => Attr::RefX,
            b"refY" => Attr::RefY,
            b"markerWidth" => Attr::MarkerWidth,
            b"markerHeight" => Attr::MarkerHeight,
            b"markerUnits" => Attr::MarkerUnits,
            b"aria-roledescription" => Attr::Role,
            b"data-node-id" | b"data-id" => Attr::DataId,
            b"opacity" => Attr::Opacity,
            b"fill-opacity" => Attr::FillOpacity,
            b"stroke-opacity" => Attr::StrokeOpacity,
            b"stroke-dasharray" => Attr::StrokeDasharray,
            b"stroke-dashoffset" => Attr::StrokeDashoffset,
            b"font-size" => Attr::FontSize,
            b"data-label-target" => Attr::LabelTarget,
            b"data-cell-id" => Attr::CellId,
            b"content" => Attr::Content,
            b"inkscape:connection-start" => Attr::ConnectionStart,
            b"inkscape:connection-end" => Attr::ConnectionEnd,
            b"text-anchor" => Attr::TextAnchor,
            b"mask" => Attr::Mask,
            b"clip-path" => Attr::ClipPath,
            b"textLength" => Attr::TextLength,
            b"stroke-linecap" => Attr::StrokeLinecap,
            _ => return None,
        })
    }

    /// The CSS property named `name` (the properties that style sheets and
    /// `style` attributes may set).
    fn of_property(name: &str) -> Option<Attr> {
        Some(match name {
            "fill" => Attr::Fill,
            "stroke" => Attr::Stroke,
            "stroke-width" => Attr::StrokeWidth,
            "color" => Attr::Color,
            "display" => Attr::Display,
            "visibility" => Attr::Visibility,
            "transform" => Attr::Transform,
            "marker-start" => Attr::MarkerStart,
            "marker-end" => Attr::MarkerEnd,
            "filter" => Attr::Filter,
            "mask" => Attr::Mask,
            "clip-path" => Attr::ClipPath,
            "rx" => Attr::Rx,
            "ry" => Attr::Ry,
            "cx" => Attr::Cx,
            "cy" => Attr::Cy,
            "r" => Attr::R,
            "opacity" => Attr::Opacity,
            "fill-opacity" => Attr::FillOpacity,
            "stroke-opacity" => Attr::StrokeOpacity,
            "stroke-dasharray" => Attr::StrokeDasharray,
            "stroke-dashoffset" => Attr::StrokeDashoffset,
            "font-size" => Attr::FontSize,
            "text-anchor" => Attr::TextAnchor,
            "stroke-linecap" => Attr::StrokeLinecap,
            _ => return None,
        })
    }
}

/// What an attribute is to [`Attrs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    Field(Attr),
    /// `style`.
    Style,
    /// `marker`, the shorthand for both ends.
    Marker,
    /// A namespace declaration (`xmlns`, `xmlns:prefix`).
    Xmlns,
}

impl Key {
    /// The attribute named `name`, if the reader uses it.
    fn of(name: &str) -> Option<Key> {
        if let Some(rest) = name.strip_prefix("xmlns") {
            return (rest.is_empty() || rest.starts_with(':')).then_some(Key::Xmlns);
        }
        match name {
            "style" => Some(Key::Style),
            "marker" => Some(Key::Marker),
            _ => Attr::of_attribute(name.as_bytes()).map(Key::Field),
        }
    }
}

/// An attribute the reader uses, found in a tag's text: its key and the
/// byte ranges of its name and (raw) value in that text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Split {
    key: Key,
    name: (u32, u32),
    value: (u32, u32),
    /// The value holds an escape (`&`).
    escaped: bool,
    /// For coordinates: the value read as a plain number, where it is one.
    num: Option<f64>,
}

/// The longest tag [`split`] splits.
const SPLIT_MAX: usize = 16 * 1024;

/// Finds the attributes of `e` that [`Attrs`] uses, appending them to
/// `out`; done on the tokenizer thread so that the interpreting thread
/// (the busier one) need not. `false` (with `out` as it was) when the
/// attributes cannot be split so: malformed, or larger than 4 GiB; the
/// interpreter then reads them itself, and reports what is wrong. Tags
/// longer than [`SPLIT_MAX`] are left to it too, so that the splits of a
/// batch stay small whatever the input.
pub(crate) fn split(e: &BytesStart<'_>, out: &mut Vec<Split>) -> bool {
    let content: &str = e;
    if content.len() > SPLIT_MAX {
        return false;
    }
    let base = content.as_ptr() as usize;
    let Ok(len) = u32::try_from(content.len()) else { return false };
    let mark = out.len();
    let mut attrs = e.attributes();
    attrs.with_checks(false);
    for attr in attrs {
        let Ok(attr) = attr else {
            out.truncate(mark);
            return false;
        };
        let name: &str = attr.key.0;
        let Some(key) = Key::of(name) else { continue };
        let Cow::Borrowed(raw) = attr.value else {
            out.truncate(mark);
            return false;
        };
        // Both are slices of `content`: their offsets fit in `len`.
        let at = |s: &str| -> (u32, u32) {
            let start = (s.as_ptr() as usize).wrapping_sub(base);
            let start = u32::try_from(start).unwrap_or(len).min(len);
            (start, start.saturating_add(s.len() as u32).min(len))
        };
        let escaped = memchr::memchr(b'&', raw.as_bytes()).is_some();
        let num = match key {
            Key::Field(f) if !escaped && num_slot(f).is_some() => crate::svg::length::number(raw),
            _ => None,
        };
        out.push(Split { key, name: at(name), value: at(raw), escaped, num });
    }
    true
}

/// The values of one element's attributes, as a short list (most elements
/// have a handful), later entries overriding earlier ones.
#[derive(Clone, Default, Debug)]
pub(crate) struct Attrs<'a> {
    list: Vec<(Attr, Cow<'a, str>)>,
    /// One bit per [`Attr`] present in `list`: most lookups are of absent
    /// attributes, answered without a scan.
    has: u64,
    /// The `style` attribute, applied last (see [`Attrs::finish`]).
    style_attr: Option<Cow<'a, str>>,
    /// Namespace declarations: (prefix, or "" for the default; namespace).
    pub xmlns: Vec<(&'a str, Cow<'a, str>)>,
    /// Coordinates read as numbers already (see [`split`]), by
    /// [`num_slot`]; `num_has` has a bit for each that is current.
    nums: [f64; NUM_SLOTS],
    num_has: u16,
}

/// How many attributes [`split`] reads as numbers.
const NUM_SLOTS: usize = 12;

/// The slot of a coordinate attribute [`split`] reads as a number.
fn num_slot(f: Attr) -> Option<usize> {
    Some(match f {
        Attr::Cx => 0,
        Attr::Cy => 1,
        Attr::R => 2,
        Attr::X1 => 3,
        Attr::Y1 => 4,
        Attr::X2 => 5,
        Attr::Y2 => 6,
        Attr::X => 7,
        Attr::Y => 8,
        Attr::Width => 9,
        Attr::Height => 10,
        Attr::StrokeWidth => 11,
        _ => return None,
    })
}

/// The values of an element's attributes, as [`Attrs`] keeps them.
pub(crate) type Values<'a> = Vec<(Attr, Cow<'a, str>)>;

/// `v` emptied, for values of another element: its allocation is reused
/// (collecting from an emptied vector's own iterator reuses its buffer),
/// so that elements do not each allocate and free a list.
#[allow(clippy::unnecessary_filter_map)] // the closure is never called: it only changes the type
pub(crate) fn recycle<'b>(mut v: Values<'_>) -> Values<'b> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

impl<'a> Attrs<'a> {
    /// Empty, keeping the values in `list` (see [`recycle`]).
    pub(crate) fn with_list(list: Values<'a>) -> Self {
        debug_assert!(list.is_empty());
        Attrs { list, ..Attrs::default() }
    }

    /// The list of values, to be recycled.
    pub(crate) fn into_list(self) -> Values<'a> {
        self.list
    }

    /// Reads the attributes of `e`. Errors are XML errors (a malformed
    /// attribute, or one of the attributes read here given twice).
    #[cfg(test)]
    pub(crate) fn read(e: &'a BytesStart<'a>) -> Result<Attrs<'a>, quick_xml::Error> {
        let mut a = Attrs::default();
        a.read_into(e)?;
        Ok(a)
    }

    /// Reads the attributes of `e` into an empty `Attrs`, in place (it is
    /// large: not moving it is measurably faster). Errors are XML errors (a
    /// malformed attribute, or one of the attributes read here given twice).
    pub(crate) fn read_into(&mut self, e: &'a BytesStart<'a>) -> Result<(), quick_xml::Error> {
        // One scan of the whole tag tells whether any value holds an escape.
        let escaped = memchr::memchr(b'&', e.as_bytes()).is_some();
        let mut attrs = e.attributes();
        // quick-xml's duplicate check compares every pair of names; the
        // check in `add` catches duplicates of every attribute that matters.
        attrs.with_checks(false);
        for attr in attrs {
            let attr = attr?;
            let name: &'a str = attr.key.0;
            let Some(key) = Key::of(name) else { continue };
            let v = value(attr, escaped)?;
            self.add(key, name, v)?;
        }
        Ok(())
    }

    /// As [`Attrs::read_into`], from the attributes [`split`] found in
    /// `content` (the tag's text, which they index).
    pub(crate) fn read_split(
        &mut self,
        content: &'a str,
        splits: &[Split],
    ) -> Result<(), quick_xml::Error> {
        for s in splits {
            let name = content.get(s.name.0 as usize..s.name.1 as usize).unwrap_or_default();
            let raw = content.get(s.value.0 as usize..s.value.1 as usize).unwrap_or_default();
            let v = if s.escaped {
                let a = Attribute { key: QName(name), value: Cow::Borrowed(raw) };
                Cow::Owned(a.normalized_value(quick_xml::XmlVersion::Implicit1_0)?.into_owned())
            } else {
                Cow::Borrowed(raw)
            };
            self.add(s.key, name, v)?;
            if let (Key::Field(f), Some(n)) = (s.key, s.num)
                && let Some(slot) = num_slot(f)
            {
                self.nums[slot] = n;
                self.num_has |= 1 << slot;
            }
        }
        Ok(())
    }

    /// The value of `f` as a plain number, where the tokenizer thread read
    /// it so already (see [`split`]); else the caller reads [`Attrs::get`].
    pub(crate) fn number(&self, f: Attr) -> Option<f64> {
        let slot = num_slot(f)?;
        (self.num_has & (1 << slot) != 0).then(|| self.nums[slot])
    }

    /// Records one attribute this reader uses.
    #[inline]
    fn add(&mut self, key: Key, name: &'a str, v: Cow<'a, str>) -> Result<(), quick_xml::Error> {
        match key {
            Key::Xmlns => {
                let prefix = name.strip_prefix("xmlns").unwrap_or_default();
                self.xmlns.push((prefix.trim_start_matches(':'), v));
            }
            Key::Style => self.style_attr = Some(v),
            Key::Marker => {
                // The shorthand sets both ends (and vertices, unused).
                self.push(Attr::MarkerStart, v.clone());
                self.push(Attr::MarkerEnd, v);
            }
            Key::Field(f) => {
                // (`marker` may have set the ends already.)
                if !matches!(f, Attr::MarkerStart | Attr::MarkerEnd) && self.has & Self::bit(f) != 0
                {
                    return Err(AttrError::Duplicated(0, 0).into());
                }
                self.push(f, v);
            }
        }
        Ok(())
    }

    /// An owned copy of the values of the attributes `keep` accepts, kept
    /// past the element (the style of a definition's parts).
    pub(crate) fn owned(&self, keep: impl Fn(Attr) -> bool) -> Attrs<'static> {
        let mut out = Attrs::default();
        for (f, v) in self.iter().filter(|(f, _)| keep(*f)) {
            out.push(f, Cow::Owned(v.to_owned()));
        }
        out
    }

    /// No value is set.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Every value set, in order (later ones override earlier ones).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Attr, &str)> {
        self.list.iter().map(|(f, v)| (*f, v.as_ref()))
    }

    /// The value of `f`, if set.
    pub(crate) fn get(&self, f: Attr) -> Option<&str> {
        if self.has & Self::bit(f) == 0 {
            return None;
        }
        self.list.iter().rev().find(|(g, _)| *g == f).map(|(_, v)| v.as_ref())
    }

    fn bit(f: Attr) -> u64 {
        1 << (f as u32)
    }

    #[inline]
    fn push(&mut self, f: Attr, v: Cow<'a, str>) {
        self.has |= Self::bit(f);
        // A later value (a style sheet's, say) replaces a number read before.
        if self.num_has != 0
            && let Some(slot) = num_slot(f)
        {
            self.num_has &= !(1 << slot);
        }
        self.list.push((f, v));
    }

    /// Applies the `style` attribute, which overrides presentation
    /// attributes and style sheets.
    pub(crate) fn finish(&mut self) {
        if let Some(style) = self.style_attr.take() {
            let decls: Vec<(&str, &str)> = simplecss::DeclarationTokenizer::from(style.as_ref())
                .map(|d| (d.name, d.value))
                .collect();
            self.apply(decls);
        }
    }

    /// Applies CSS declarations (`name`, `value`), later ones winning.
    pub(crate) fn apply<'d>(&mut self, decls: impl IntoIterator<Item = (&'d str, &'d str)>) {
        for (name, value) in decls {
            let v: Cow<'a, str> = Cow::Owned(value.trim().to_owned());
            if name == "marker" {
                self.push(Attr::MarkerStart, v.clone());
                self.push(Attr::MarkerEnd, v);
            } else if let Some(f) = Attr::of_property(name) {
                self.push(f, v);
            }
        }
    }

    /// True when `display: none` hides the element and its subtree.
    pub(crate) fn display_none(&self) -> bool {
        self.get(Attr::Display).is_some_and(|d| d.trim() == "none")
    }
}

/// The attribute's value with XML escapes resolved.
fn value(attr: Attribute<'_>, escaped: bool) -> Result<Cow<'_, str>, quick_xml::Error> {
    if escaped && attr.value.contains('&') {
        let a = Attribute { key: QName(attr.key.0), value: attr.value.clone() };
        Ok(Cow::Owned(a.normalized_value(quick_xml::XmlVersion::Implicit1_0)?.into_owned()))
    } else {
        Ok(attr.value)
    }
}

/// True for a paint that draws nothing: `none`, `transparent`, or a
/// colour of alpha 0 (as the reader writes `transparent`: `#00000000`).
pub(crate) fn is_no_paint(paint: &str) -> bool {
    let p = paint.trim();
    matches!(p, "none" | "transparent") || (p.len() == 9 && p.starts_with('#') && p.ends_with("00"))
}

/// Whether a computed paint paints nothing: unset, `none`, `transparent`
/// or of alpha 0.
pub(crate) fn paints_nothing(paint: &str) -> bool {
    paint.trim().is_empty() || is_no_paint(paint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_that_draw_nothing() {
        for p in ["", " ", "none", "transparent", "#00000000", "#ff000000"] {
            assert!(paints_nothing(p), "{p:?}");
        }
        for p in ["#000000", "#ff0000ff", "#00000080", "url(#g)", "#000"] {
            assert!(!paints_nothing(p), "{p:?}");
        }
    }

    fn start(xml: &str) -> BytesStart<'_> {
        let name_len = xml.find(' ').unwrap_or(xml.len());
        BytesStart::from_content(xml, name_len)
    }

    #[test]
    fn style_overrides_attributes() {
        let e = start(r#"circle fill="red" style="fill: blue; stroke:#000;display : none" r="3""#);
        let mut a = Attrs::read(&e).unwrap();
        a.finish();
        assert_eq!(a.get(Attr::Fill), Some("blue"));
        assert_eq!(a.get(Attr::Stroke), Some("#000"));
        assert_eq!(a.get(Attr::R), Some("3"));
        assert!(a.display_none());
    }

    #[test]
    fn escapes_are_resolved_and_prefixed_names_ignored() {
        let e = start(r#"circle id="a&amp;b" sodipodi:cx="9" cx="&#49;0""#);
        let a = Attrs::read(&e).unwrap();
        assert_eq!(a.get(Attr::Id), Some("a&b"));
        assert_eq!(a.get(Attr::Cx), Some("10"));
    }

    #[test]
    fn duplicate_attributes_are_an_error() {
        let e = start(r#"circle cx="1" cx="2""#);
        assert!(Attrs::read(&e).is_err());
    }

    /// The attributes as `split` + `read_split` read them (as on the
    /// tokenizer thread), or `None` where `split` declines.
    fn via_split<'a>(e: &'a BytesStart<'a>) -> Option<Result<Attrs<'a>, quick_xml::Error>> {
        let mut splits = vec![];
        if !split(e, &mut splits) {
            return None;
        }
        let mut a = Attrs::default();
        Some(a.read_split(e, &splits).map(|()| a))
    }

    #[test]
    fn split_attributes_read_as_the_tag_does() {
        let tags = [
            r#"circle cx="1.5" cy=' -2e1 ' r="3px" fill="red""#,
            r#"line x1="&#49;0" y1="a&amp;b" x2="" y2="NaN" class="a b""#,
            r#"svg:g xmlns="http://www.w3.org/2000/svg" xmlns:svg='x' xml:space="preserve""#,
            r#"path marker="url(#m)" marker-end="url(#e)" style="stroke: blue; cx: 4""#,
            r##"rect x="1" width="50%" height="2em" data-id="q" inkscape:connection-start="#a""##,
            r#"circle cx="1" cx="2""#,
            "circle",
        ];
        for tag in tags {
            let e = start(tag);
            let direct = Attrs::read(&e);
            let split = via_split(&e).expect("well-formed tags split");
            match (direct, split) {
                (Ok(mut d), Ok(mut s)) => {
                    d.finish();
                    s.finish();
                    assert_eq!(d.iter().collect::<Vec<_>>(), s.iter().collect::<Vec<_>>(), "{tag}");
                    assert_eq!(d.xmlns, s.xmlns, "{tag}");
                    for f in [
                        Attr::Cx,
                        Attr::Cy,
                        Attr::R,
                        Attr::X1,
                        Attr::Y1,
                        Attr::X2,
                        Attr::Y2,
                        Attr::X,
                        Attr::Width,
                    ] {
                        // A number read ahead is the value's own, and only
                        // while the value is current.
                        if let Some(n) = s.number(f) {
                            assert_eq!(crate::svg::length::number(s.get(f).unwrap()), Some(n));
                        }
                    }
                }
                (Err(_), Err(_)) => {}
                (d, s) => panic!("{tag}: {:?} vs {:?}", d.is_ok(), s.is_ok()),
            }
        }
        // Numbers are read ahead for coordinates only, and a style
        // overriding one drops it.
        let e = start(r#"circle cx="1" cy="2" r="x" style="cy: 7""#);
        let mut s = via_split(&e).unwrap().unwrap();
        assert_eq!((s.number(Attr::Cx), s.number(Attr::R)), (Some(1.0), None));
        assert_eq!(s.number(Attr::Cy), Some(2.0));
        s.finish();
        assert_eq!((s.number(Attr::Cy), s.get(Attr::Cy)), (None, Some("7")));
        // Malformed attributes, and long tags, are left to the interpreter.
        assert!(via_split(&start(r#"circle cx="1" r"#)).is_none());
        let long = format!("circle {}", r#"x="1" "#.repeat(SPLIT_MAX / 6 + 1));
        assert!(via_split(&start(&long)).is_none());
    }

    #[test]
    fn recycled_lists_keep_their_allocation() {
        let mut v: Values<'static> = Vec::with_capacity(32);
        let at = v.as_ptr();
        let owned = String::from("3");
        let mut a = Attrs::with_list(recycle(std::mem::take(&mut v)));
        a.push(Attr::R, Cow::Borrowed(&owned));
        assert_eq!(a.get(Attr::R), Some("3"));
        v = recycle(a.into_list());
        assert!(v.is_empty());
        assert_eq!(v.as_ptr(), at);
    }

    #[test]
    fn the_marker_shorthand_sets_both_ends() {
        let e = start(r#"path marker="url(#m)" marker-end="url(#e)""#);
        let a = Attrs::read(&e).unwrap();
        assert_eq!(a.get(Attr::MarkerStart), Some("url(#m)"));
        assert_eq!(a.get(Attr::MarkerEnd), Some("url(#e)"));
    }
}
