//! The attributes of one element that the reader looks at, gathered from
//! XML attributes, style sheets and the `style` attribute (in that order,
//! later winning).

use std::borrow::Cow;

use quick_xml::events::BytesStart;
use quick_xml::events::attributes::{AttrError, Attribute};
use quick_xml::name::QName;
use smallvec::SmallVec;

/// The attributes (and properties) the reader uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum F {
    Id,
    Class,
    Transform,
    Fill,
    Stroke,
    StrokeWidth,
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
    MarkerWidth,
    MarkerHeight,
    MarkerUnits,
    Role,
    /// `data-node-id` (sigma.js) or `data-id`: the tool's own node id.
    DataId,
    Opacity,
    FillOpacity,
    StrokeOpacity,
    FontSize,
    /// `data-label-target` (sigma.js): the tool's id of the node a label
    /// belongs to.
    LabelTarget,
    /// Inkscape connectors: the elements the ends are attached to.
    ConnectionStart,
    ConnectionEnd,
}

// Every variant has a bit in `Attrs::has`.
const _: () = assert!((F::ConnectionEnd as u32) < 64);

impl F {
    /// The attribute named `key`, as written in XML.
    fn of_attribute(key: &[u8]) -> Option<F> {
        Some(match key {
            b"id" => F::Id,
            b"class" => F::Class,
            b"transform" => F::Transform,
            b"fill" => F::Fill,
            b"stroke" => F::Stroke,
            b"stroke-width" => F::StrokeWidth,
            b"display" => F::Display,
            b"visibility" => F::Visibility,
            b"cx" => F::Cx,
            b"cy" => F::Cy,
            b"r" => F::R,
            b"x1" => F::X1,
            b"y1" => F::Y1,
            b"x2" => F::X2,
            b"y2" => F::Y2,
            b"x" => F::X,
            b"y" => F::Y,
            b"width" => F::Width,
            b"height" => F::Height,
            b"viewBox" => F::ViewBox,
            b"preserveAspectRatio" => F::Aspect,
            b"rx" => F::Rx,
            b"ry" => F::Ry,
            b"points" => F::Points,
            b"d" => F::D,
            b"href" | b"xlink:href" => F::Href,
            b"marker-start" => F::MarkerStart,
            b"marker-end" => F::MarkerEnd,
            b"filter" => F::Filter,
            b"refX" => F::RefX,
            b"markerWidth" => F::MarkerWidth,
            b"markerHeight" => F::MarkerHeight,
            b"markerUnits" => F::MarkerUnits,
            b"aria-roledescription" => F::Role,
            b"data-node-id" | b"data-id" => F::DataId,
            b"opacity" => F::Opacity,
            b"fill-opacity" => F::FillOpacity,
            b"stroke-opacity" => F::StrokeOpacity,
            b"font-size" => F::FontSize,
            b"data-label-target" => F::LabelTarget,
            b"inkscape:connection-start" => F::ConnectionStart,
            b"inkscape:connection-end" => F::ConnectionEnd,
            _ => return None,
        })
    }

    /// The CSS property named `name` (the properties that style sheets and
    /// `style` attributes may set).
    fn of_property(name: &str) -> Option<F> {
        Some(match name {
            "fill" => F::Fill,
            "stroke" => F::Stroke,
            "stroke-width" => F::StrokeWidth,
            "display" => F::Display,
            "visibility" => F::Visibility,
            "transform" => F::Transform,
            "marker-start" => F::MarkerStart,
            "marker-end" => F::MarkerEnd,
            "filter" => F::Filter,
            "rx" => F::Rx,
            "ry" => F::Ry,
            "cx" => F::Cx,
            "cy" => F::Cy,
            "r" => F::R,
            "opacity" => F::Opacity,
            "fill-opacity" => F::FillOpacity,
            "stroke-opacity" => F::StrokeOpacity,
            "font-size" => F::FontSize,
            _ => return None,
        })
    }
}

/// The values of one element's attributes, as a short list (most elements
/// have a handful), later entries overriding earlier ones.
#[derive(Default, Debug)]
pub(crate) struct Attrs<'a> {
    list: SmallVec<[(F, Cow<'a, str>); 8]>,
    /// One bit per [`F`] present in `list`: most lookups are of absent
    /// attributes, answered without a scan.
    has: u64,
    /// The `style` attribute, applied last (see [`Attrs::finish`]).
    style_attr: Option<Cow<'a, str>>,
    /// Namespace declarations: (prefix, or "" for the default; namespace).
    pub xmlns: Vec<(&'a str, Cow<'a, str>)>,
}

impl<'a> Attrs<'a> {
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
        let a = self;
        // One scan of the whole tag tells whether any value holds an escape.
        let escaped = memchr::memchr(b'&', e.as_bytes()).is_some();
        let mut attrs = e.attributes();
        // quick-xml's duplicate check compares every pair of names; the
        // check below catches duplicates of every attribute that matters.
        attrs.with_checks(false);
        for attr in attrs {
            let attr = attr?;
            let key: &'a str = attr.key.0;
            if let Some(prefix) = key.strip_prefix("xmlns") {
                if prefix.is_empty() || prefix.starts_with(':') {
                    let v = value(attr, escaped)?;
                    a.xmlns.push((prefix.trim_start_matches(':'), v));
                }
                continue;
            }
            if key == "style" {
                a.style_attr = Some(value(attr, escaped)?);
                continue;
            }
            if key == "marker" {
                // The shorthand sets both ends (and vertices, unused).
                let v = value(attr, escaped)?;
                a.push(F::MarkerStart, v.clone());
                a.push(F::MarkerEnd, v);
                continue;
            }
            let Some(f) = F::of_attribute(key.as_bytes()) else { continue };
            // (`marker` may have set the ends already.)
            if !matches!(f, F::MarkerStart | F::MarkerEnd) && a.list.iter().any(|(g, _)| *g == f) {
                return Err(AttrError::Duplicated(0, 0).into());
            }
            let v = value(attr, escaped)?;
            a.push(f, v);
        }
        Ok(())
    }

    /// Every value set, in order (later ones override earlier ones).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (F, &str)> {
        self.list.iter().map(|(f, v)| (*f, v.as_ref()))
    }

    /// The value of `f`, if set.
    pub(crate) fn get(&self, f: F) -> Option<&str> {
        if self.has & Self::bit(f) == 0 {
            return None;
        }
        self.list.iter().rev().find(|(g, _)| *g == f).map(|(_, v)| v.as_ref())
    }

    fn bit(f: F) -> u64 {
        1 << (f as u32)
    }

    fn push(&mut self, f: F, v: Cow<'a, str>) {
        self.has |= Self::bit(f);
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
                self.push(F::MarkerStart, v.clone());
                self.push(F::MarkerEnd, v);
            } else if let Some(f) = F::of_property(name) {
                self.push(f, v);
            }
        }
    }

    /// True when `display: none` hides the element and its subtree.
    pub(crate) fn display_none(&self) -> bool {
        self.get(F::Display).is_some_and(|d| d.trim() == "none")
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

/// True for a paint that draws nothing.
pub(crate) fn is_no_paint(paint: &str) -> bool {
    matches!(paint.trim(), "none" | "transparent")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(xml: &str) -> BytesStart<'_> {
        let name_len = xml.find(' ').unwrap_or(xml.len());
        BytesStart::from_content(xml, name_len)
    }

    #[test]
    fn style_overrides_attributes() {
        let e = start(r#"circle fill="red" style="fill: blue; stroke:#000;display : none" r="3""#);
        let mut a = Attrs::read(&e).unwrap();
        a.finish();
        assert_eq!(a.get(F::Fill), Some("blue"));
        assert_eq!(a.get(F::Stroke), Some("#000"));
        assert_eq!(a.get(F::R), Some("3"));
        assert!(a.display_none());
    }

    #[test]
    fn escapes_are_resolved_and_prefixed_names_ignored() {
        let e = start(r#"circle id="a&amp;b" sodipodi:cx="9" cx="&#49;0""#);
        let a = Attrs::read(&e).unwrap();
        assert_eq!(a.get(F::Id), Some("a&b"));
        assert_eq!(a.get(F::Cx), Some("10"));
    }

    #[test]
    fn duplicate_attributes_are_an_error() {
        let e = start(r#"circle cx="1" cx="2""#);
        assert!(Attrs::read(&e).is_err());
    }

    #[test]
    fn the_marker_shorthand_sets_both_ends() {
        let e = start(r#"path marker="url(#m)" marker-end="url(#e)""#);
        let a = Attrs::read(&e).unwrap();
        assert_eq!(a.get(F::MarkerStart), Some("url(#m)"));
        assert_eq!(a.get(F::MarkerEnd), Some("url(#e)"));
    }
}
