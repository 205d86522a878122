//! The attributes of one element that the reader looks at, gathered from
//! XML attributes and the `style` attribute (which wins).

use std::borrow::Cow;

use quick_xml::events::BytesStart;
use quick_xml::events::attributes::Attribute;

/// Raw attribute values of one element. `None` when absent.
#[derive(Default, Debug)]
pub(crate) struct Attrs<'a> {
    pub id: Option<Cow<'a, str>>,
    pub class: Option<Cow<'a, str>>,
    pub transform: Option<Cow<'a, str>>,
    pub fill: Option<Cow<'a, str>>,
    pub stroke: Option<Cow<'a, str>>,
    pub stroke_width: Option<Cow<'a, str>>,
    pub display: Option<Cow<'a, str>>,
    pub visibility: Option<Cow<'a, str>>,
    pub cx: Option<Cow<'a, str>>,
    pub cy: Option<Cow<'a, str>>,
    pub r: Option<Cow<'a, str>>,
    pub x1: Option<Cow<'a, str>>,
    pub y1: Option<Cow<'a, str>>,
    pub x2: Option<Cow<'a, str>>,
    pub y2: Option<Cow<'a, str>>,
    pub x: Option<Cow<'a, str>>,
    pub y: Option<Cow<'a, str>>,
    pub width: Option<Cow<'a, str>>,
    pub height: Option<Cow<'a, str>>,
    pub view_box: Option<Cow<'a, str>>,
    pub aspect: Option<Cow<'a, str>>,
    pub rx: Option<Cow<'a, str>>,
    pub ry: Option<Cow<'a, str>>,
    pub points: Option<Cow<'a, str>>,
    pub d: Option<Cow<'a, str>>,
    pub href: Option<Cow<'a, str>>,
    pub marker_start: Option<Cow<'a, str>>,
    pub marker_end: Option<Cow<'a, str>>,
    pub filter: Option<Cow<'a, str>>,
    pub ref_x: Option<Cow<'a, str>>,
    pub ref_y: Option<Cow<'a, str>>,
    pub marker_width: Option<Cow<'a, str>>,
    pub marker_height: Option<Cow<'a, str>>,
    pub marker_units: Option<Cow<'a, str>>,
    pub role: Option<Cow<'a, str>>,
    /// The `style` attribute, applied last (see [`Attrs::apply_style`]).
    pub style_attr: Option<Cow<'a, str>>,
    /// Namespace declarations: (prefix, or "" for the default; namespace).
    pub xmlns: Vec<(&'a str, Cow<'a, str>)>,
}

impl<'a> Attrs<'a> {
    /// Reads the attributes of `e`. Errors are XML errors (a malformed
    /// attribute, or one of the attributes read here given twice).
    pub(crate) fn read(e: &'a BytesStart<'a>) -> Result<Attrs<'a>, quick_xml::Error> {
        let mut a = Attrs::default();
        let mut style: Option<Cow<'a, str>> = None;
        // One scan of the whole tag tells whether any value holds an escape.
        let escaped = memchr::memchr(b'&', e.as_bytes()).is_some();
        let mut attrs = e.attributes();
        // quick-xml's duplicate check compares every pair of names; the
        // slots below catch duplicates of every attribute that matters.
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
            let slot = match key.as_bytes() {
                b"id" => &mut a.id,
                b"class" => &mut a.class,
                b"style" => &mut style,
                b"transform" => &mut a.transform,
                b"fill" => &mut a.fill,
                b"stroke" => &mut a.stroke,
                b"stroke-width" => &mut a.stroke_width,
                b"display" => &mut a.display,
                b"visibility" => &mut a.visibility,
                b"cx" => &mut a.cx,
                b"cy" => &mut a.cy,
                b"r" => &mut a.r,
                b"x1" => &mut a.x1,
                b"y1" => &mut a.y1,
                b"x2" => &mut a.x2,
                b"y2" => &mut a.y2,
                b"x" => &mut a.x,
                b"y" => &mut a.y,
                b"width" => &mut a.width,
                b"height" => &mut a.height,
                b"viewBox" => &mut a.view_box,
                b"preserveAspectRatio" => &mut a.aspect,
                b"rx" => &mut a.rx,
                b"ry" => &mut a.ry,
                b"points" => &mut a.points,
                b"d" => &mut a.d,
                b"href" | b"xlink:href" => &mut a.href,
                b"marker-start" => &mut a.marker_start,
                b"marker-end" => &mut a.marker_end,
                b"marker" => {
                    // The shorthand sets both ends (and vertices, unused).
                    let v = value(attr, escaped)?;
                    a.marker_start.get_or_insert_with(|| v.clone());
                    a.marker_end.get_or_insert(v);
                    continue;
                }
                b"filter" => &mut a.filter,
                b"refX" => &mut a.ref_x,
                b"refY" => &mut a.ref_y,
                b"markerWidth" => &mut a.marker_width,
                b"markerHeight" => &mut a.marker_height,
                b"markerUnits" => &mut a.marker_units,
                b"aria-roledescription" => &mut a.role,
                _ => continue,
            };
            if slot.is_some() {
                return Err(quick_xml::Error::InvalidAttr(
                    quick_xml::events::attributes::AttrError::Duplicated(0, 0),
                ));
            }
            *slot = Some(value(attr, escaped)?);
        }
        a.style_attr = style;
        Ok(a)
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

    /// Applies declarations (`name`, `value`), later ones winning.
    pub(crate) fn apply<'d>(&mut self, decls: impl IntoIterator<Item = (&'d str, &'d str)>) {
        // Keep owned copies of the few that matter.
        for (name, value) in decls {
            let d = Decl { name, value };
            let slot = match d.name {
                "fill" => &mut self.fill,
                "stroke" => &mut self.stroke,
                "stroke-width" => &mut self.stroke_width,
                "display" => &mut self.display,
                "visibility" => &mut self.visibility,
                "transform" => &mut self.transform,
                "marker-start" => &mut self.marker_start,
                "marker-end" => &mut self.marker_end,
                "marker" => {
                    let v = d.value.trim().to_owned();
                    self.marker_start = Some(Cow::Owned(v.clone()));
                    self.marker_end = Some(Cow::Owned(v));
                    continue;
                }
                "filter" => &mut self.filter,
                "rx" => &mut self.rx,
                "ry" => &mut self.ry,
                "cx" => &mut self.cx,
                "cy" => &mut self.cy,
                "r" => &mut self.r,
                _ => continue,
            };
            *slot = Some(Cow::Owned(d.value.trim().to_owned()));
        }
    }

    /// True when `display: none` hides the element and its subtree.
    pub(crate) fn display_none(&self) -> bool {
        self.display.as_deref().is_some_and(|d| d.trim() == "none")
    }
}

/// One CSS declaration.
struct Decl<'d> {
    name: &'d str,
    value: &'d str,
}

/// The attribute's value with XML escapes resolved.
fn value(attr: Attribute<'_>, escaped: bool) -> Result<Cow<'_, str>, quick_xml::Error> {
    if escaped && attr.value.contains('&') {
        Ok(Cow::Owned(attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)?.into_owned()))
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
        assert_eq!(a.fill.as_deref(), Some("blue"));
        assert_eq!(a.stroke.as_deref(), Some("#000"));
        assert_eq!(a.r.as_deref(), Some("3"));
        assert!(a.display_none());
    }

    #[test]
    fn escapes_are_resolved_and_prefixed_names_ignored() {
        let e = start(r#"circle id="a&amp;b" sodipodi:cx="9" cx="&#49;0""#);
        let a = Attrs::read(&e).unwrap();
        assert_eq!(a.id.as_deref(), Some("a&b"));
        assert_eq!(a.cx.as_deref(), Some("10"));
    }

    #[test]
    fn duplicate_attributes_are_an_error() {
        let e = start(r#"circle cx="1" cx="2""#);
        assert!(Attrs::read(&e).is_err());
    }
}
