//! The one streaming loop over the XML events of a drawing.
//!
//! It keeps an explicit stack of open rendered elements (never recursion),
//! each with its current transformation matrix into root user space, its
//! inherited style and its viewport, and hands node and edge shapes to a
//! [`Drawing`] as it meets them. Subtrees that are not rendered are skipped
//! by counting depth.

use std::io::BufRead;

use kurbo::{Affine, Point};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::input::Tracked;
use super::length::{self, Axis, Units};
use super::style::{Attrs, is_no_paint};
use super::transform::{parse_transform, viewbox_transform};
use super::{Drawing, EdgeShape, NodeShape};
use crate::error::{Error, ErrorKind, Position, Result};
use crate::geom::Outline;
use crate::graph::EdgeStyle;
use crate::options::ExtractOptions;
use crate::text::Text;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Computed values of the inherited properties the extraction reports.
#[derive(Clone, Copy, Debug)]
struct Style {
    fill: Text,
    stroke: Text,
    /// NaN when unset.
    stroke_width: f64,
    visible: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// `<svg>`, `<g>`, `<a>`, `<switch>`: children are rendered.
    Container,
    /// A node shape; its `<title>` child names it.
    Node(usize),
    /// A shape whose children (but a title) do not matter.
    Leaf,
    /// Inside the `<title>` of node shape `.0`.
    Title(usize),
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    /// Maps this element's user space (children's coordinates) to the root's.
    ctm: Affine,
    style: Style,
    /// Size of the nearest viewport, for percentages.
    viewport: (f64, f64),
    kind: Kind,
    /// Length of the namespace binding stack before this element's own.
    ns_mark: usize,
}

/// A namespace prefix binding: prefix ("" for the default namespace) and
/// whether it names the SVG namespace.
#[derive(Debug)]
struct Binding {
    prefix: String,
    svg: bool,
}

/// What an element is, by its local name.
enum Element {
    Svg,
    Group,
    Circle,
    Line,
    Title,
    /// A shape that is neither a node nor an edge candidate.
    OtherShape,
    /// Not rendered, with its whole subtree.
    Hidden,
}

fn classify(local: &str) -> Element {
    match local {
        "svg" => Element::Svg,
        "g" | "a" | "switch" => Element::Group,
        "circle" => Element::Circle,
        "line" => Element::Line,
        "title" => Element::Title,
        "rect" | "ellipse" | "path" | "polygon" | "polyline" | "use" | "image" | "text" => {
            Element::OtherShape
        }
        // defs, symbol, clipPath, mask, marker, pattern, gradients, filters,
        // style, script, desc, metadata, foreignObject, animation and
        // unknown elements: none of their content is drawn as shapes.
        _ => Element::Hidden,
    }
}

/// The reading state.
struct Walker<'o> {
    opts: &'o ExtractOptions,
    out: Drawing,
    stack: Vec<Frame>,
    /// Depth inside a subtree that is not rendered (0: not skipping).
    skip: usize,
    root_seen: bool,
    root_closed: bool,
    /// Text of the `<title>` being read.
    title: String,
    /// Where the current event starts.
    here: Position,
    /// In-scope namespace bindings of the open rendered elements.
    ns: Vec<Binding>,
}

/// Makes the XML reader over `input`, with the configuration the walker
/// relies on.
fn tokenizer<R: BufRead>(input: R) -> Result<Reader<Tracked<R>>> {
    let mut tracked = Tracked::new(input);
    tracked.skip_bom()?;
    let mut reader = Reader::from_reader(tracked);
    reader.config_mut().expand_empty_elements = false;
    reader.config_mut().check_end_names = true;
    Ok(reader)
}

/// Reads the next event; errors carry their position.
pub(super) fn next_event<'b, R: BufRead>(
    reader: &mut Reader<Tracked<R>>,
    buf: &'b mut Vec<u8>,
) -> Result<Event<'b>> {
    match reader.read_event_into(buf) {
        Ok(ev) => Ok(ev),
        Err(e) => {
            let pos = reader.get_ref().position(reader.error_position());
            Err(xml_error(e, pos))
        }
    }
}

/// Reads a whole drawing from `input`. With `pipelined`, tokenizing runs
/// on a second thread while this one interprets the events: worth it for
/// large inputs only.
pub(crate) fn read<R: BufRead + Send>(
    input: R,
    opts: &ExtractOptions,
    pipelined: bool,
) -> Result<Drawing> {
    let mut reader = tokenizer(input)?;
    let mut walker = Walker::new(opts);
    if pipelined {
        let end = super::pipeline::run(reader, |ev, here| {
            walker.here = here;
            walker.event(ev)
        })?;
        return walker.finish(end);
    }
    let mut buf = Vec::with_capacity(64 * 1024);
    loop {
        walker.here = reader.get_ref().here();
        let event = next_event(&mut reader, &mut buf)?;
        if matches!(event, Event::Eof) {
            break;
        }
        walker.event(event)?;
        buf.clear();
    }
    let end = reader.get_ref().here();
    walker.finish(end)
}

fn xml_error(e: quick_xml::Error, pos: Option<Position>) -> Error {
    match e {
        quick_xml::Error::Io(io) => {
            Error::at(ErrorKind::Io(std::io::Error::new(io.kind(), io.to_string())), pos)
        }
        other => Error::at(ErrorKind::Xml(other.to_string()), pos),
    }
}

impl<'o> Walker<'o> {
    fn new(opts: &'o ExtractOptions) -> Self {
        Walker {
            opts,
            out: Drawing {
                warnings: crate::report::Warnings { max: opts.max_warnings, ..Default::default() },
                ..Default::default()
            },
            stack: Vec::new(),
            skip: 0,
            root_seen: false,
            root_closed: false,
            title: String::new(),
            here: Position { line: 1, column: 1, offset: Some(0) },
            ns: Vec::new(),
        }
    }

    /// Interprets one event (never `Eof`).
    fn event(&mut self, event: Event<'_>) -> Result<()> {
        match event {
            Event::Start(e) => self.start(&e, true)?,
            Event::Empty(e) => self.start(&e, false)?,
            Event::End(_) => self.end(),
            Event::Text(t) if self.in_title() => self.title.push_str(&t.xml10_content()),
            Event::CData(t) if self.in_title() => self.title.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if self.in_title() => {
                // Character references and the five predefined entities.
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    self.title.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    self.title.push_str(s);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Checks the document was complete; `end` is where the input ended.
    fn finish(self, end: Position) -> Result<Drawing> {
        if !self.root_seen {
            return Err(Error::new(ErrorKind::NoRoot));
        }
        if !self.root_closed {
            return Err(Error::at(
                ErrorKind::Xml(
                    "unexpected end of input: the document is truncated, its elements are not all closed"
                        .into(),
                ),
                Some(end),
            ));
        }
        Ok(self.out)
    }

    fn in_title(&self) -> bool {
        self.skip == 0 && matches!(self.stack.last(), Some(f) if matches!(f.kind, Kind::Title(_)))
    }

    fn warn(&mut self, message: String) {
        let pos = self.here;
        self.out.warnings.push(Some(pos), message);
    }

    fn units(&self, viewport: (f64, f64)) -> Units {
        Units { dpi: self.opts.dpi, font_size: self.opts.font_size, viewport }
    }

    /// True when the element named `qname` is in the SVG namespace (or in
    /// none, as in files that never declare it).
    fn is_svg(&self, qname: &str) -> bool {
        let found = match qname.split_once(':') {
            Some((p, _)) => self.ns.iter().rev().find(|b| b.prefix == p),
            None => self.ns.iter().rev().find(|b| b.prefix.is_empty()),
        };
        // An unbound default namespace counts as SVG; an unbound prefix not.
        found.map_or(!qname.contains(':'), |b| b.svg)
    }

    fn start(&mut self, e: &BytesStart<'_>, has_children: bool) -> Result<()> {
        if self.skip > 0 {
            if has_children {
                self.skip += 1;
            }
            return Ok(());
        }
        if self.root_closed {
            return Err(Error::at(
                ErrorKind::Xml("content after the root element".into()),
                Some(self.here),
            ));
        }
        let attrs = Attrs::read(e).map_err(|err| xml_error(err, Some(self.here)))?;
        let ns_mark = self.ns.len();
        for (prefix, uri) in &attrs.xmlns {
            self.ns.push(Binding { prefix: (*prefix).to_string(), svg: uri == SVG_NS });
        }
        let qname = e.name();
        let svg_ns = self.is_svg(qname.as_ref());
        let local = e.local_name();
        let local = local.as_ref();
        let pushed = self.element(e, &attrs, local, svg_ns, has_children)?;
        match pushed {
            Some(frame) => self.stack.push(Frame { ns_mark, ..frame }),
            None => self.ns.truncate(ns_mark),
        }
        if self.stack.is_empty() && self.skip == 0 {
            // An empty root element: the document is complete.
            self.root_closed = true;
        }
        Ok(())
    }

    /// Handles one element; returns the frame to push for its children.
    fn element(
        &mut self,
        e: &BytesStart<'_>,
        attrs: &Attrs<'_>,
        local: &str,
        svg_ns: bool,
        has_children: bool,
    ) -> Result<Option<Frame>> {
        if !self.root_seen {
            self.root_seen = true;
            if local != "svg" || !svg_ns {
                return Err(Error::at(
                    ErrorKind::NotSvg { root: e.name().as_ref().to_string() },
                    Some(self.here),
                ));
            }
        }
        let kind = if svg_ns { classify(local) } else { Element::Hidden };
        let parent = self.stack.last().copied();
        // A shape's children are not rendered, but for its title.
        if let Some(p) = parent
            && p.kind != Kind::Container
        {
            if let (Kind::Node(i), Element::Title, true) = (p.kind, &kind, has_children) {
                self.title.clear();
                return Ok(Some(Frame { kind: Kind::Title(i), ..p }));
            }
            self.skip_children(has_children);
            return Ok(None);
        }
        if matches!(kind, Element::Hidden | Element::Title) || attrs.display_none() {
            self.skip_children(has_children);
            return Ok(None);
        }
        let Some(frame) = self.frame(parent, attrs, matches!(kind, Element::Svg)) else {
            self.skip_children(has_children);
            return Ok(None);
        };
        let kind = match kind {
            Element::Svg | Element::Group => Kind::Container,
            Element::Circle => match self.circle(&frame, attrs) {
                Some(i) => Kind::Node(i),
                None => Kind::Leaf,
            },
            Element::Line => {
                self.line(&frame, attrs);
                Kind::Leaf
            }
            Element::OtherShape => {
                *self.out.ignored.entry(local.to_string()).or_insert(0) += 1;
                Kind::Leaf
            }
            // Returned above; a leaf is the safe answer all the same.
            Element::Title | Element::Hidden => Kind::Leaf,
        };
        Ok(has_children.then_some(Frame { kind, ..frame }))
    }

    fn skip_children(&mut self, has_children: bool) {
        if has_children {
            self.skip = 1;
        }
    }

    fn end(&mut self) {
        if self.skip > 0 {
            self.skip -= 1;
            if self.skip == 0 && self.stack.is_empty() {
                self.root_closed = true; // a root that was not rendered
            }
            return;
        }
        if let Some(f) = self.stack.pop() {
            self.ns.truncate(f.ns_mark);
            if let Kind::Title(i) = f.kind {
                let t = self.title.trim();
                if !t.is_empty() && self.out.nodes[i].title.is_empty() {
                    self.out.nodes[i].title = self.out.strings.intern(t);
                }
            }
            if self.stack.is_empty() {
                self.root_closed = true;
            }
        }
    }

    /// The frame of an element: its transform, style and viewport. `None`
    /// when the element is not rendered.
    fn frame(&mut self, parent: Option<Frame>, a: &Attrs<'_>, is_svg: bool) -> Option<Frame> {
        let Some(parent) = parent else {
            // The root <svg>: its user space is the output space, so neither
            // its viewBox nor its transform is applied.
            let viewport = self.root_viewport(a);
            let style = self.style(
                &Style {
                    fill: Text::EMPTY,
                    stroke: Text::EMPTY,
                    stroke_width: f64::NAN,
                    visible: true,
                },
                a,
                viewport,
            );
            return Some(Frame {
                ctm: Affine::IDENTITY,
                style,
                viewport,
                kind: Kind::Container,
                ns_mark: 0,
            });
        };
        let mut ctm = parent.ctm;
        if let Some(t) = &a.transform {
            match parse_transform(t) {
                Some(m) => ctm *= m,
                None => self.warn(format!(
                    "transform=\"{}\" is not a valid transform list; ignored, as browsers do",
                    clip(t)
                )),
            }
        }
        let mut viewport = parent.viewport;
        if is_svg {
            // A nested viewport.
            let u = self.units(parent.viewport);
            let x = len_or(a.x.as_deref(), Axis::X, &u, 0.0);
            let y = len_or(a.y.as_deref(), Axis::Y, &u, 0.0);
            let w = len_or(a.width.as_deref(), Axis::X, &u, parent.viewport.0);
            let h = len_or(a.height.as_deref(), Axis::Y, &u, parent.viewport.1);
            if w <= 0.0 || h <= 0.0 {
                return None; // a zero-sized viewport draws nothing
            }
            let vb = a.view_box.as_deref().and_then(|v| v.parse::<svgtypes::ViewBox>().ok());
            if let Some(vb) = vb {
                let aspect = a.aspect.as_deref().and_then(|s| s.parse().ok()).unwrap_or_default();
                ctm *= viewbox_transform(&vb, aspect, x, y, w, h);
                viewport = (vb.w, vb.h);
            } else {
                ctm *= Affine::translate((x, y));
                viewport = (w, h);
            }
        }
        let style = self.style(&parent.style, a, viewport);
        Some(Frame { ctm, style, viewport, kind: Kind::Container, ns_mark: 0 })
    }

    fn root_viewport(&self, a: &Attrs<'_>) -> (f64, f64) {
        if let Some(vb) = a.view_box.as_deref().and_then(|v| v.parse::<svgtypes::ViewBox>().ok()) {
            return (vb.w, vb.h);
        }
        let u = self.units((300.0, 150.0));
        let w = a.width.as_deref().filter(|w| !w.contains('%'));
        let h = a.height.as_deref().filter(|h| !h.contains('%'));
        (
            w.and_then(|w| length::length(w, Axis::X, &u)).unwrap_or(300.0),
            h.and_then(|h| length::length(h, Axis::Y, &u)).unwrap_or(150.0),
        )
    }

    fn style(&mut self, parent: &Style, a: &Attrs<'_>, viewport: (f64, f64)) -> Style {
        let mut s = *parent;
        if let Some(f) = a.fill.as_deref() {
            let f = f.trim();
            if f != "inherit" {
                s.fill = self.out.strings.intern(f);
            }
        }
        if let Some(f) = a.stroke.as_deref() {
            let f = f.trim();
            if f != "inherit" {
                s.stroke = self.out.strings.intern(f);
            }
        }
        if let Some(w) = a.stroke_width.as_deref()
            && w.trim() != "inherit"
        {
            match length::length(w, Axis::Diagonal, &self.units(viewport)) {
                Some(w) if w >= 0.0 => s.stroke_width = w,
                _ => self.warn(format!("stroke-width=\"{}\" is not a length; ignored", clip(w))),
            }
        }
        if let Some(v) = a.visibility.as_deref() {
            match v.trim() {
                "hidden" | "collapse" => s.visible = false,
                "visible" => s.visible = true,
                _ => {}
            }
        }
        s
    }

    fn circle(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        if !f.style.visible {
            self.out.invisible += 1;
            return None;
        }
        let fill = self.out.strings.resolve(f.style.fill);
        let stroke = self.out.strings.resolve(f.style.stroke);
        if is_no_paint(fill) && (stroke.is_empty() || is_no_paint(stroke)) {
            self.out.invisible += 1;
            return None;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            let cx = coord("cx", a.cx.as_deref(), Axis::X, &u)?;
            let cy = coord("cy", a.cy.as_deref(), Axis::Y, &u)?;
            let r = coord("r", a.r.as_deref(), Axis::Diagonal, &u)?;
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
        if r == 0.0 {
            self.warn("<circle> has no radius (r missing or 0): kept as a point node".into());
        }
        let center = f.ctm * Point::new(cx, cy);
        let outline = Outline::transformed_circle(r, f.ctm);
        let svg_id = self.text(a.id.as_deref());
        let class = self.text(a.class.as_deref());
        self.out.nodes.push(NodeShape {
            center,
            outline,
            svg_id,
            title: Text::EMPTY,
            fill: f.style.fill,
            stroke: f.style.stroke,
            class,
        });
        Some(self.out.nodes.len() - 1)
    }

    fn line(&mut self, f: &Frame, a: &Attrs<'_>) {
        let stroke = self.out.strings.resolve(f.style.stroke);
        if !f.style.visible || is_no_paint(stroke) {
            self.out.invisible += 1;
            return;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            Ok::<_, String>((
                coord("x1", a.x1.as_deref(), Axis::X, &u)?,
                coord("y1", a.y1.as_deref(), Axis::Y, &u)?,
                coord("x2", a.x2.as_deref(), Axis::X, &u)?,
                coord("y2", a.y2.as_deref(), Axis::Y, &u)?,
            ))
        })();
        let (x1, y1, x2, y2) = match parsed {
            Ok(v) => v,
            Err(msg) => {
                self.warn(format!("<line> skipped: {msg}"));
                return;
            }
        };
        let svg_id = self.text(a.id.as_deref());
        let class = self.text(a.class.as_deref());
        let style = self.out.edge_styles.intern(EdgeStyle {
            stroke: f.style.stroke,
            stroke_width: (!f.style.stroke_width.is_nan()).then_some(f.style.stroke_width),
            class,
        });
        self.out.push_edge(EdgeShape {
            a: f.ctm * Point::new(x1, y1),
            b: f.ctm * Point::new(x2, y2),
            style,
            svg_id,
            line: u32::try_from(self.here.line).unwrap_or(u32::MAX),
            column: u32::try_from(self.here.column).unwrap_or(u32::MAX),
        });
    }

    fn text(&mut self, v: Option<&str>) -> Text {
        match v {
            Some(v) => self.out.strings.intern(v.trim()),
            None => Text::EMPTY,
        }
    }
}

/// A length attribute, or `default` when absent or unusable.
fn len_or(v: Option<&str>, axis: Axis, u: &Units, default: f64) -> f64 {
    v.and_then(|v| length::length(v, axis, u)).unwrap_or(default)
}

/// Reads a coordinate (0 when absent); `Err` carries the warning for an
/// unusable value.
fn coord(name: &str, v: Option<&str>, axis: Axis, u: &Units) -> Result<f64, String> {
    match v {
        None => Ok(0.0),
        Some(t) => length::length(t, axis, u)
            .ok_or_else(|| format!("{name}=\"{}\" is not a usable number", clip(t))),
    }
}

/// At most 40 characters of `s`, for messages.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}
