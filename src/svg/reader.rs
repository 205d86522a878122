//! The one streaming loop over the XML events of a drawing.
//!
//! It keeps an explicit stack of open elements that matter (never
//! recursion), each with its current transformation matrix into root user
//! space, its inherited style and its viewport, and hands shapes, strokes,
//! labels and comments to a [`Drawing`] as it meets them. Subtrees that are
//! not rendered are skipped by counting depth; definitions (`<defs>`,
//! `<symbol>`, `<marker>`) are read for what `<use>` and markers need.

use std::io::BufRead;

use kurbo::{Affine, BezPath, Point, Rect, Shape as _};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::css::{Css, CssNode};
use super::input::Tracked;
use super::length::{self, Axis, Units};
use super::pipeline::SplitPolicy;
use super::style::{Attrs, F, Split, Values, is_no_paint, recycle};
use super::transform::{parse_transform, viewbox_transform};
use crate::error::{Error, ErrorKind, Position, Result};
use crate::geom::Outline;
use crate::geom::path::{Analysis, analyse};
use crate::model::{
    Def, Drawing, EdgeShape, EdgeStyle, Group, Label, Marker, NONE, NodeShape, ShapeKind,
    StrokeExtra,
};
use crate::options::ExtractOptions;
use crate::text::Text;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A paint's text, whether it is empty, and whether it paints nothing.
type Paint = (Text, bool, bool);

/// Most bytes of text kept for one label, a comment or the metadata.
const MAX_TEXT: usize = 4096;
/// Most bytes of one style sheet.
const MAX_SHEET: usize = 1 << 20;

/// Computed values of the inherited properties the extraction uses.
#[derive(Clone, Copy, Debug)]
#[allow(clippy::struct_excessive_bools)] // cached facts about the paints, kept apart for speed
struct Style {
    fill: Text,
    stroke: Text,
    /// NaN when unset.
    stroke_width: f64,
    visible: bool,
    marker_start: Text,
    marker_end: Text,
    /// `fill` paints nothing (`none`, `transparent`).
    no_fill: bool,
    /// `stroke` is unset (so none, but see `painted`).
    no_stroke_set: bool,
    /// `stroke` is set to paint nothing.
    no_stroke: bool,
    /// The product of the `opacity` of the element and its ancestors.
    opacity: f32,
    /// `fill-opacity` and `stroke-opacity` (inherited).
    fill_opacity: f32,
    stroke_opacity: f32,
}

impl Style {
    const INITIAL: Style = Style {
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
    };

    /// How opaque a node drawn in this style is: its fill's opacity, or
    /// its stroke's when it is not filled.
    fn node_opacity(&self) -> f32 {
        self.opacity * if self.no_fill { self.stroke_opacity } else { self.fill_opacity }
    }
}

/// Whose `<title>` is being read.
#[derive(Clone, Copy, Debug, PartialEq)]
enum TitleOf {
    Node(usize),
    Group(u32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// `<svg>`, `<g>`, `<a>`, `<switch>`: children are rendered.
    Container { group: u32 },
    /// A node shape; its `<title>` child names it.
    Node(usize),
    /// A shape whose children (but a title) do not matter.
    Leaf,
    /// Inside a `<title>`.
    Title(TitleOf),
    /// Inside `<text>` or `<foreignObject>`: its character data is a label.
    Text,
    /// Inside `<metadata>`: its character data tells the generator.
    Meta,
    /// Inside `<style>`: a style sheet.
    Style,
    /// Inside a definition container (`<defs>`, `<symbol>`, `<marker>`, …):
    /// shapes are kept for `<use>`, not drawn. `def` collects the parts of
    /// an enclosing definition with an id.
    Defs { def: Option<Text>, marker: Option<Text> },
}

#[derive(Clone, Copy, Debug)]
struct Frame {
    /// Maps this element's user space (children's coordinates) to the root's
    /// (inside definitions: to the definition's own space).
    ctm: Affine,
    style: Style,
    /// Size of the nearest viewport, for percentages.
    viewport: (f64, f64),
    kind: Kind,
    /// Length of the namespace binding stack before this element's own.
    ns_mark: usize,
    /// What style sheet selectors see of the element.
    css: CssNode,
    /// Inside an element the user's node (1) or edge (2) selector chose.
    sel: u8,
}

impl Frame {
    /// What the root element's frame starts from.
    const ROOT: Frame = Frame {
        ctm: Affine::IDENTITY,
        style: Style::INITIAL,
        viewport: (0.0, 0.0),
        kind: Kind::Container { group: NONE },
        ns_mark: 0,
        css: CssNode { local: Text::EMPTY, id: Text::EMPTY, class: Text::EMPTY },
        sel: 0,
    };
}

/// What a start tag brings to the frame pushed for its children.
#[derive(Clone, Copy)]
struct Opened {
    ns_mark: usize,
    css: CssNode,
    has_children: bool,
}

/// A namespace prefix binding: prefix ("" for the default namespace) and
/// whether it names the SVG namespace.
#[derive(Debug)]
struct Binding {
    prefix: String,
    svg: bool,
}

/// What an element is, by its local name.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Element {
    Svg,
    Group,
    Circle,
    Ellipse,
    Rect,
    Line,
    Polyline,
    Polygon,
    Path,
    Use,
    Text,
    ForeignObject,
    Title,
    Metadata,
    Style,
    /// `<defs>`, `<symbol>`, `<clipPath>`, `<mask>`, `<pattern>`.
    Definitions,
    Marker,
    /// Not rendered, with its whole subtree.
    Hidden,
}

fn classify(local: &str) -> Element {
    match local {
        "svg" => Element::Svg,
        "g" | "a" | "switch" => Element::Group,
        "circle" => Element::Circle,
        "ellipse" => Element::Ellipse,
        "rect" => Element::Rect,
        "line" => Element::Line,
        "polyline" => Element::Polyline,
        "polygon" => Element::Polygon,
        "path" => Element::Path,
        "use" => Element::Use,
        "text" => Element::Text,
        "foreignObject" => Element::ForeignObject,
        "title" => Element::Title,
        "metadata" => Element::Metadata,
        "style" => Element::Style,
        "defs" | "symbol" | "clipPath" | "mask" | "pattern" => Element::Definitions,
        "marker" => Element::Marker,
        // gradients, filters, style, script, desc, image, animation and
        // unknown elements: none of their content is a shape.
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
    /// Elements read so far.
    elements: u64,
    root_seen: bool,
    root_closed: bool,
    /// Character data being collected (a title, a label, metadata).
    text: String,
    /// Where the current event starts.
    here: Position,
    /// In-scope namespace bindings of the open elements.
    ns: Vec<Binding>,
    /// The last item drawn was this edge candidate (for arrowheads).
    last_stroke: u32,
    /// The last edge candidate drawn since the last comment.
    block_stroke: u32,
    /// Edge candidates so far.
    strokes: u32,
    /// The label being read: its anchor, group, font size and target.
    label: Option<(Point, u32, f64, Text)>,
    /// The open node groups (class `node`): their depth in the stack, and
    /// the numbers of shapes and labels before them.
    node_groups: Vec<(usize, usize, usize)>,
    /// Comments seen, for the generator's signature.
    comments_seen: usize,
    /// The style sheets read so far.
    css: Css,
    /// The last `fill` and `stroke` values read, and what they gave.
    paint_cache: [(String, Option<Paint>); 2],
    /// A comment that names the text drawn by the next group.
    comment_label: Option<Text>,
    /// The user's selectors: nodes, edges, ignored.
    select: [Option<Css>; 3],
    /// The selector flags of the element being read (see [`Frame::sel`]).
    sel: u8,
    /// The list [`Attrs`] keep values in, reused from element to element.
    values: Values<'static>,
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
    let split = pipelined.then_some(SplitPolicy::Adaptive);
    read_spooling(input, opts, split, super::candidates::SPOOL_AFTER)
}

/// [`read`], pipelined with `split` or not at all, spooling edge
/// candidates after `spool_after`.
fn read_spooling<R: BufRead + Send>(
    input: R,
    opts: &ExtractOptions,
    split: Option<SplitPolicy>,
    spool_after: usize,
) -> Result<Drawing> {
    let mut reader = tokenizer(input)?;
    let mut walker = Walker::new(opts);
    walker.out.edges = crate::svg::candidates::Candidates::new(spool_after);
    // The cancel flag is looked at every few thousand events.
    let mut countdown = 0u32;
    let mut check = || {
        countdown = countdown.wrapping_add(1);
        match &opts.cancel {
            Some(c) if countdown.is_multiple_of(4096) && c.is_cancelled() => {
                Err(Error::new(ErrorKind::Interrupted))
            }
            _ => Ok(()),
        }
    };
    if let Some(policy) = split {
        let end = super::pipeline::run(reader, policy, |ev, splits, here| {
            check()?;
            walker.here = here;
            walker.event(ev, splits)
        })?;
        return walker.finish(end);
    }
    let mut buf = Vec::with_capacity(64 * 1024);
    loop {
        check()?;
        walker.here = reader.get_ref().here();
        let event = next_event(&mut reader, &mut buf)?;
        if matches!(event, Event::Eof) {
            break;
        }
        walker.event(event, None)?;
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

/// `url(#id)`, `url("#id")` or `url(http://host/page#id)` → `id`.
fn url_id(v: &str) -> Option<&str> {
    let inner = v.trim().strip_prefix("url(")?.strip_suffix(')')?.trim();
    let inner = inner.trim_matches(|c| c == '"' || c == '\'');
    let (_, id) = inner.rsplit_once('#')?;
    (!id.is_empty()).then_some(id)
}

/// `#id` (or `file.svg#id`) → `id`.
fn href_id(v: &str) -> Option<&str> {
    let (_, id) = v.trim().rsplit_once('#')?;
    (!id.is_empty()).then_some(id)
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
            elements: 0,
            root_seen: false,
            root_closed: false,
            text: String::new(),
            here: Position { line: 1, column: 1, offset: Some(0) },
            ns: Vec::new(),
            last_stroke: NONE,
            block_stroke: NONE,
            strokes: 0,
            label: None,
            comments_seen: 0,
            css: Css::default(),
            paint_cache: [(String::new(), None), (String::new(), None)],
            select: [&opts.node_selector, &opts.edge_selector, &opts.ignore]
                .map(|s| s.as_deref().and_then(Css::selector)),
            sel: 0,
            values: Vec::with_capacity(16),
            comment_label: None,
            node_groups: Vec::new(),
        }
    }

    /// Interprets one event (never `Eof`); `splits`, where given, are the
    /// attributes of a start tag (see [`super::style::split`]).
    fn event(&mut self, event: Event<'_>, splits: Option<&[Split]>) -> Result<()> {
        match event {
            Event::Start(e) => self.start(&e, true, splits)?,
            Event::Empty(e) => self.start(&e, false, splits)?,
            Event::End(_) => self.end(),
            Event::Text(t) if self.collecting() => self.push_text(&t.xml10_content()),
            Event::CData(t) if self.collecting() => self.push_text(&t.xml10_content()),
            Event::GeneralRef(r) if self.collecting() => {
                // Character references and the five predefined entities.
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    let mut b = [0u8; 4];
                    self.push_text(c.encode_utf8(&mut b));
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    self.push_text(s);
                }
            }
            Event::Comment(c) if self.skip == 0 => self.comment(&c),
            _ => {}
        }
        Ok(())
    }

    fn push_text(&mut self, s: &str) {
        let max = if matches!(self.stack.last(), Some(f) if f.kind == Kind::Style) {
            MAX_SHEET
        } else {
            MAX_TEXT
        };
        if self.text.len() < max {
            self.text.push_str(s);
        }
    }

    fn comment(&mut self, c: &str) {
        self.block_stroke = NONE;
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
    fn in_text_group(&self) -> bool {
        self.stack.iter().rev().any(|f| match f.kind {
            Kind::Container { group } if group != NONE => {
                let id = self.out.strings.resolve(self.out.groups[group as usize].svg_id);
                id.strip_prefix("text_").is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
            }
            _ => false,
        })
    }

    /// Checks the document was complete; `end` is where the input ended.
    fn finish(self, end: Position) -> Result<Drawing> {
        self.out.edges.check()?;
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
        let mut out = self.out;
        // The node shapes stay while the graph is built: give back the room
        // the list grew into (a large list shrinks in place).
        out.nodes.shrink_to_fit();
        Ok(out)
    }

    /// True while character data is being collected.
    fn collecting(&self) -> bool {
        self.skip == 0
            && matches!(self.stack.last(), Some(f) if matches!(f.kind, Kind::Title(_) | Kind::Text | Kind::Meta | Kind::Style))
    }

    fn warn(&mut self, message: String) {
        let pos = self.here;
        self.out.warnings.push(Some(pos), message);
    }

    fn units(&self, viewport: (f64, f64)) -> Units {
        Units { dpi: self.opts.dpi, font_size: self.opts.font_size, viewport }
    }

    /// True when the element named `qname` (its prefix's colon at `colon`)
    /// is in the SVG namespace (or in none, as in files that never declare
    /// it).
    fn is_svg(&self, qname: &str, colon: Option<usize>) -> bool {
        let found = match colon {
            Some(at) => {
                let p = &qname[..at];
                self.ns.iter().rev().find(|b| b.prefix == p)
            }
            None => self.ns.iter().rev().find(|b| b.prefix.is_empty()),
        };
        // An unbound default namespace counts as SVG; an unbound prefix not.
        found.map_or(colon.is_none(), |b| b.svg)
    }

    /// Fails when the element exceeds a limit of the options.
    fn within_limits(&mut self, e: &BytesStart<'_>, has_children: bool) -> Result<()> {
        let o = self.opts;
        self.elements += 1;
        let exceeded = if self.elements > o.max_elements {
            Some(format!(
                "more than {} elements: the limit (raise it with --max-elements)",
                o.max_elements
            ))
        } else if e.len() > o.max_tag {
            Some(format!(
                "a start tag of {} bytes, more than the limit of {} (raise it with --max-tag)",
                e.len(),
                o.max_tag
            ))
        } else if has_children && self.stack.len() + self.skip >= o.max_depth {
            Some(format!(
                "elements nested more than {} deep: the limit (raise it with --max-depth)",
                o.max_depth
            ))
        } else {
            None
        };
        match exceeded {
            Some(m) => Err(Error::at(ErrorKind::Limit(m), Some(self.here))),
            None => Ok(()),
        }
    }

    fn start(
        &mut self,
        e: &BytesStart<'_>,
        has_children: bool,
        splits: Option<&[Split]>,
    ) -> Result<()> {
        self.within_limits(e, has_children)?;
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
        let mut attrs = Attrs::with_list(recycle(std::mem::take(&mut self.values)));
        match splits {
            Some(s) => attrs.read_split(e, s),
            None => attrs.read_into(e),
        }
        .map_err(|err| xml_error(err, Some(self.here)))?;
        // The name, split once at its prefix's colon. (Names are short: a
        // plain scan beats the searcher quick-xml's own split runs.)
        let qname = e.name();
        let qname: &str = qname.as_ref();
        let colon = qname.bytes().position(|b| b == b':');
        let local = colon.map_or(qname, |at| &qname[at + 1..]);
        // Containers may be ancestors in a later sheet's selectors, so they
        // are always described; other elements only when a sheet is there
        // to match them.
        let container = has_children && matches!(local, "svg" | "g" | "a" | "switch");
        let selecting = self.select.iter().any(Option::is_some);
        let parent_sel = self.stack.last().map_or(0, |f| f.sel);
        self.sel = parent_sel;
        let css = if container || selecting || !self.css.is_empty() {
            let node = CssNode {
                local: self.out.strings.intern(local),
                id: attrs.get(F::Id).map_or(Text::EMPTY, |v| self.out.strings.intern(v.trim())),
                class: attrs
                    .get(F::Class)
                    .map_or(Text::EMPTY, |v| self.out.strings.intern(v.trim())),
            };
            if !self.css.is_empty() || selecting {
                let mut chain: Vec<CssNode> = self.stack.iter().map(|f| f.css).collect();
                chain.push(node);
                if !self.css.is_empty() {
                    let decls = self.css.declarations(&chain, &self.out.strings);
                    attrs.apply(decls.iter().map(|(n, v)| (n.as_str(), v.as_str())));
                }
                let matches = |s: &Option<Css>| {
                    s.as_ref().is_some_and(|c| c.matches(&chain, &self.out.strings))
                };
                if matches(&self.select[2]) {
                    *self.out.ignored.entry("--ignore".into()).or_insert(0) += 1;
                    self.skip_children(has_children);
                    return Ok(());
                }
                if matches(&self.select[0]) {
                    self.sel |= 1;
                }
                if matches(&self.select[1]) {
                    self.sel |= 2;
                }
            }
            node
        } else {
            CssNode::default()
        };
        attrs.finish();
        let ns_mark = self.ns.len();
        for (prefix, uri) in &attrs.xmlns {
            self.ns.push(Binding { prefix: (*prefix).to_string(), svg: uri == SVG_NS });
        }
        let svg_ns = self.is_svg(qname, colon);
        let opened = Opened { ns_mark, css, has_children };
        let pushed = self.element(e, &attrs, local, svg_ns, opened)?;
        self.values = recycle(attrs.into_list());
        if !pushed {
            self.ns.truncate(ns_mark);
        }
        if self.stack.is_empty() && self.skip == 0 {
            // An empty root element: the document is complete.
            self.root_closed = true;
        }
        Ok(())
    }

    /// The root element: it must be `<svg>`; what it says of the program
    /// that wrote it is kept.
    fn root(
        &mut self,
        e: &BytesStart<'_>,
        attrs: &Attrs<'_>,
        local: &str,
        svg_ns: bool,
    ) -> Result<()> {
        self.root_seen = true;
        if local != "svg" || !svg_ns {
            return Err(Error::at(
                ErrorKind::NotSvg { root: e.name().as_ref().to_string() },
                Some(self.here),
            ));
        }
        let origin = &mut self.out.origin;
        origin.root_id = attrs.get(F::Id).unwrap_or("").to_string();
        origin.root_class = attrs.get(F::Class).unwrap_or("").to_string();
        origin.root_role = attrs.get(F::Role).unwrap_or("").to_string();
        origin.drawio = attrs
            .get(F::Content)
            .filter(|c| c.trim_start().starts_with("<mxfile"))
            .map(str::to_string);
        Ok(())
    }

    /// Handles one element, pushing the frame for its children (if it
    /// has any that matter); true when it pushed one.
    ///
    /// Frames are large: the frame of an element is built in place, in a
    /// copy of its parent's, and never returned by value (moving them
    /// through return values cost 3 % of the reading's CPU time).
    fn element(
        &mut self,
        e: &BytesStart<'_>,
        attrs: &Attrs<'_>,
        local: &str,
        svg_ns: bool,
        opened: Opened,
    ) -> Result<bool> {
        let has_children = opened.has_children;
        if !self.root_seen {
            self.root(e, attrs, local, svg_ns)?;
        }
        let kind = if svg_ns { classify(local) } else { Element::Hidden };
        let parent = self.stack.last().copied();
        if let Some(p) = parent
            && !matches!(p.kind, Kind::Container { .. })
        {
            let inner = self.inside(p, attrs, kind, has_children);
            return Ok(self.open(inner, opened));
        }
        if attrs.display_none() {
            self.skip_children(has_children);
            return Ok(false);
        }
        match kind {
            Element::Style | Element::Title | Element::Metadata => {
                let inner = self.character_data(parent, kind, has_children);
                return Ok(self.open(inner, opened));
            }
            Element::Hidden => {
                self.skip_children(has_children);
                return Ok(false);
            }
            Element::Definitions | Element::Marker => {
                let Some(p) = parent else { return Ok(false) };
                let frame = Frame {
                    ctm: Affine::IDENTITY,
                    kind: Kind::Defs { def: None, marker: None },
                    ..p
                };
                let inner = self.definition(frame, attrs, kind, has_children);
                return Ok(self.open(inner, opened));
            }
            _ => {}
        }
        let mut frame = parent.unwrap_or(Frame::ROOT);
        if !self.frame(&mut frame, parent.is_none(), attrs, kind == Element::Svg) {
            self.skip_children(has_children);
            return Ok(false);
        }
        let kind = match kind {
            // An empty container holds nothing: no group to remember.
            Element::Svg | Element::Group if !has_children => Kind::Leaf,
            Element::Svg | Element::Group => {
                let group = self.group(parent, attrs);
                let class = attrs.get(F::Class).unwrap_or("");
                if class.split_whitespace().any(|c| c == "node") {
                    let at = (self.stack.len(), self.out.nodes.len(), self.out.labels.len());
                    self.node_groups.push(at);
                }
                if let Some(text) = self.comment_label.take() {
                    let pos = frame.ctm * Point::ZERO;
                    self.out.labels.push(Label {
                        pos,
                        text,
                        group,
                        size: self.opts.font_size,
                        after_stroke: NONE,
                        target: Text::EMPTY,
                    });
                }
                Kind::Container { group }
            }
            Element::Circle => match self.circle(&frame, attrs) {
                Some(i) => Kind::Node(i),
                None => Kind::Leaf,
            },
            Element::Line => {
                self.line(&frame, attrs);
                Kind::Leaf
            }
            Element::Ellipse
            | Element::Rect
            | Element::Polyline
            | Element::Polygon
            | Element::Path => match self.shape(&frame, attrs, kind) {
                Some(i) => Kind::Node(i),
                None => Kind::Leaf,
            },
            Element::Use => {
                self.use_element(&frame, attrs);
                Kind::Leaf
            }
            Element::Text | Element::ForeignObject => {
                self.start_label(&frame, attrs, kind);
                if !has_children {
                    self.label = None;
                }
                Kind::Text
            }
            // Returned above; a leaf is the safe answer all the same.
            _ => Kind::Leaf,
        };
        if has_children {
            frame.kind = kind;
            self.push_frame(frame, opened);
        }
        Ok(has_children)
    }

    /// Pushes `frame` (if any) for the children of the element `opened`
    /// describes; true when it did.
    fn open(&mut self, frame: Option<Frame>, opened: Opened) -> bool {
        match frame {
            Some(f) => {
                self.push_frame(f, opened);
                true
            }
            None => false,
        }
    }

    fn push_frame(&mut self, mut frame: Frame, opened: Opened) {
        frame.ns_mark = opened.ns_mark;
        frame.css = opened.css;
        frame.sel = self.sel;
        self.stack.push(frame);
    }

    /// `<style>`, `<title>` and `<metadata>`: frames that collect text.
    fn character_data(
        &mut self,
        parent: Option<Frame>,
        kind: Element,
        has_children: bool,
    ) -> Option<Frame> {
        if !has_children {
            return None;
        }
        let p = parent?;
        self.text.clear();
        let kind = match kind {
            Element::Style => Kind::Style,
            Element::Metadata => Kind::Meta,
            _ => match p.kind {
                Kind::Container { group } if group != NONE => Kind::Title(TitleOf::Group(group)),
                _ => {
                    // A title of the document itself: not a label.
                    self.skip_children(true);
                    return None;
                }
            },
        };
        Some(Frame { kind, ..p })
    }

    /// An element whose parent is not a rendered container.
    fn inside(
        &mut self,
        p: Frame,
        attrs: &Attrs<'_>,
        kind: Element,
        has_children: bool,
    ) -> Option<Frame> {
        match p.kind {
            Kind::Defs { .. } => self.definition(p, attrs, kind, has_children),
            // Inside a label or metadata, every element's text counts.
            Kind::Text | Kind::Meta => has_children.then_some(p),
            // A shape's children are not rendered, but for its title.
            Kind::Node(i) if kind == Element::Title && has_children => {
                self.text.clear();
                Some(Frame { kind: Kind::Title(TitleOf::Node(i)), ..p })
            }
            _ => {
                self.skip_children(has_children);
                None
            }
        }
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
        let Some(f) = self.stack.pop() else { return };
        self.ns.truncate(f.ns_mark);
        if let Kind::Container { group } = f.kind
            && let Some(&(depth, nodes, labels)) = self.node_groups.last()
            && depth == self.stack.len()
        {
            self.node_groups.pop();
            if self.out.nodes.len() == nodes && self.out.labels.len() > labels {
                self.text_node(group, labels);
            }
        }
        let inner = self.stack.last().map(|p| p.kind);
        match f.kind {
            Kind::Title(of) if inner != Some(f.kind) => {
                let t = trim(&self.text);
                if !t.is_empty() {
                    match of {
                        // (The first title of a node counts: see `Titles`.)
                        TitleOf::Node(i) => self.out.titles.push(i, t),
                        TitleOf::Group(g) => {
                            let t = self.out.strings.intern(t);
                            let g = &mut self.out.groups[g as usize];
                            if g.title.is_empty() {
                                g.title = t;
                            }
                        }
                    }
                }
            }
            Kind::Text if inner != Some(Kind::Text) => self.end_label(),
            Kind::Style => {
                let sheet = std::mem::take(&mut self.text);
                self.css.add(sheet);
            }
            Kind::Meta if inner != Some(Kind::Meta) => {
                let mut m: String = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
                m.truncate(m.floor_char_boundary(512));
                self.out.origin.metadata.push_str(&m);
            }
            _ => {}
        }
        if self.stack.is_empty() {
            self.root_closed = true;
        }
    }

    /// A new group for a container, child of the nearest enclosing one.
    fn group(&mut self, parent: Option<Frame>, a: &Attrs<'_>) -> u32 {
        let parent = match parent.map(|p| p.kind) {
            Some(Kind::Container { group }) => group,
            _ => NONE,
        };
        let class = self.text_of(a.get(F::Class));
        let svg_id = self.text_of(a.get(F::Id));
        let cell = self.text_of(a.get(F::CellId));
        self.out.groups.push(Group { parent, class, svg_id, title: Text::EMPTY, cell });
        (self.out.groups.len() - 1) as u32
    }

    /// The frame of an element, made in place from `f`, a copy of its
    /// parent's (of [`Frame::ROOT`] for the root, `root`): its transform,
    /// style and viewport. False when the element is not rendered.
    fn frame(&mut self, f: &mut Frame, root: bool, a: &Attrs<'_>, is_svg: bool) -> bool {
        if root {
            // The root <svg>: its user space is the output space, so neither
            // its viewBox nor its transform is applied.
            f.viewport = self.root_viewport(a);
            self.style(&mut f.style, a, f.viewport);
            return true;
        }
        if let Some(t) = a.get(F::Transform) {
            match parse_transform(t) {
                Some(m) => f.ctm *= m,
                None => self.warn(format!(
                    "transform=\"{}\" is not a valid transform list; ignored, as browsers do",
                    clip(t)
                )),
            }
        }
        if is_svg {
            // A nested viewport.
            let parent = f.viewport;
            let u = self.units(parent);
            let x = len_or(a.get(F::X), Axis::X, &u, 0.0);
            let y = len_or(a.get(F::Y), Axis::Y, &u, 0.0);
            let w = len_or(a.get(F::Width), Axis::X, &u, parent.0);
            let h = len_or(a.get(F::Height), Axis::Y, &u, parent.1);
            if w <= 0.0 || h <= 0.0 {
                return false; // a zero-sized viewport draws nothing
            }
            let vb = a.get(F::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok());
            if let Some(vb) = vb {
                let aspect = a.get(F::Aspect).and_then(|s| s.parse().ok()).unwrap_or_default();
                f.ctm *= viewbox_transform(&vb, aspect, x, y, w, h);
                f.viewport = (vb.w, vb.h);
            } else {
                f.ctm *= Affine::translate((x, y));
                f.viewport = (w, h);
            }
        }
        self.style(&mut f.style, a, f.viewport);
        true
    }

    fn root_viewport(&self, a: &Attrs<'_>) -> (f64, f64) {
        if let Some(vb) = a.get(F::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok()) {
            return (vb.w, vb.h);
        }
        let u = self.units((300.0, 150.0));
        let w = a.get(F::Width).filter(|w| !w.contains('%'));
        let h = a.get(F::Height).filter(|h| !h.contains('%'));
        (
            w.and_then(|w| length::length(w, Axis::X, &u)).unwrap_or(300.0),
            h.and_then(|h| length::length(h, Axis::Y, &u)).unwrap_or(150.0),
        )
    }

    /// A `fill` (`slot` 0) or `stroke` (1) value: its text, whether it is
    /// empty and whether it paints nothing. `inherit` keeps the parent's.
    fn paint(&mut self, slot: usize, v: &str, text: Text, empty: bool, none: bool) -> Paint {
        let v = trim(v);
        if v == "inherit" {
            return (text, empty, none);
        }
        let (raw, cached) = &mut self.paint_cache[slot];
        if let Some(got) = cached
            && raw == v
        {
            return *got;
        }
        let got = (self.out.strings.intern(v), v.is_empty(), is_no_paint(v));
        // The buffer is reused: no allocation per element.
        let (raw, cached) = &mut self.paint_cache[slot];
        raw.clear();
        raw.push_str(v);
        *cached = Some(got);
        got
    }

    fn marker(&mut self, v: Option<&str>, inherited: Text) -> Text {
        match v.map(str::trim) {
            Some("inherit") | None => inherited,
            Some(m) => match url_id(m) {
                Some(id) => self.out.strings.intern(id),
                None => Text::EMPTY, // `none`, or unusable
            },
        }
    }

    /// Computes an element's style in place, from `s`, its parent's.
    fn style(&mut self, s: &mut Style, a: &Attrs<'_>, viewport: (f64, f64)) {
        // One pass over the attributes; later values override earlier ones.
        let (mut fill, mut stroke, mut width, mut vis, mut m_start, mut m_end) =
            (None, None, None, None, None, None);
        let mut opacity = [None; 3];
        for (f, v) in a.iter() {
            match f {
                F::Opacity => opacity[0] = Some(v),
                F::FillOpacity => opacity[1] = Some(v),
                F::StrokeOpacity => opacity[2] = Some(v),
                F::Fill => fill = Some(v),
                F::Stroke => stroke = Some(v),
                F::StrokeWidth => width = Some(v),
                F::Visibility => vis = Some(v),
                F::MarkerStart => m_start = Some(v),
                F::MarkerEnd => m_end = Some(v),
                _ => {}
            }
        }
        if let Some(v) = fill {
            (s.fill, _, s.no_fill) = self.paint(0, v, s.fill, false, s.no_fill);
        }
        if let Some(v) = stroke {
            (s.stroke, s.no_stroke_set, s.no_stroke) =
                self.paint(1, v, s.stroke, s.no_stroke_set, s.no_stroke);
        }
        if let Some(w) = width
            && trim(w) != "inherit"
        {
            // (A plain number may have been read on the tokenizer thread.)
            let read = a
                .number(F::StrokeWidth)
                .or_else(|| length::length(w, Axis::Diagonal, &self.units(viewport)));
            match read {
                Some(v) if v >= 0.0 => s.stroke_width = v,
                _ => self.warn(format!("stroke-width=\"{}\" is not a length; ignored", clip(w))),
            }
        }
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
    }

    fn line_col(&self) -> (u32, u32) {
        (
            u32::try_from(self.here.line).unwrap_or(u32::MAX),
            u32::try_from(self.here.column).unwrap_or(u32::MAX),
        )
    }

    /// False (and counted) for a shape that paints nothing.
    fn painted(&mut self, f: &Frame, closed: bool) -> bool {
        let s = &f.style;
        // An unset fill is black; an unset stroke is none, but a line with
        // no stroke at all is most likely styled by a sheet we do not read.
        let stroke_shows = s.stroke_opacity > 0.0;
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

    fn push_node(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        center: Point,
        outline: Outline,
        kind: ShapeKind,
        href: Text,
    ) -> usize {
        let svg_id = self.text_of(a.get(F::Id));
        let class = self.text_of(a.get(F::Class));
        let filled = !f.style.no_fill;
        let ident = self.text_of(a.get(F::DataId));
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
            filtered: a.get(F::Filter).is_some_and(|v| url_id(v).is_some()),
            group: group_of(f),
            after_stroke: std::mem::replace(&mut self.last_stroke, NONE),
            href,
            ident,
            selected: self.select[0].is_none() || self.sel & 1 != 0,
            opacity: f.style.node_opacity(),
        });
        self.out.nodes.len() - 1
    }

    /// Adds an edge candidate (unless the user's edge selector leaves it out).
    fn push_stroke(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        a_pt: Point,
        b_pt: Point,
        extra: Option<StrokeExtra>,
    ) {
        if self.beyond("stroke", a_pt, (0.0, 0.0)) || self.beyond("stroke", b_pt, (0.0, 0.0)) {
            return;
        }
        if self.select[1].is_some() && self.sel & 2 == 0 {
            *self.out.ignored.entry("stroke (not selected)".into()).or_insert(0) += 1;
            return;
        }
        let svg_id = self.text_of(a.get(F::Id));
        let class = self.text_of(a.get(F::Class));
        let style = self.out.edge_styles.intern(EdgeStyle {
            stroke: f.style.stroke,
            stroke_width: (!f.style.stroke_width.is_nan()).then_some(f.style.stroke_width),
            class,
            marker_start: f.style.marker_start,
            marker_end: f.style.marker_end,
            opacity: f.style.opacity * f.style.stroke_opacity,
        });
        let extra = match extra {
            Some(x) => {
                self.out.extras.push(x);
                (self.out.extras.len() - 1) as u32
            }
            None => NONE,
        };
        let (line, column) = self.line_col();
        let group = group_of(f);
        if let (Some(s), Some(t)) = (a.get(F::ConnectionStart), a.get(F::ConnectionEnd))
            && let (Some(s), Some(t)) = (href_id(s), href_id(t))
        {
            let (s, t) = (self.out.strings.intern(s), self.out.strings.intern(t));
            self.out.connectors.push((self.strokes, s, t));
        }
        self.out.push_edge(EdgeShape {
            a: a_pt,
            b: b_pt,
            style,
            svg_id,
            line,
            column,
            extra,
            group,
        });
        self.last_stroke = self.strokes;
        self.block_stroke = self.strokes;
        self.strokes = self.strokes.saturating_add(1);
    }

    fn circle(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        if !self.painted(f, true) {
            return None;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            let cx = coord("cx", a, F::Cx, Axis::X, &u)?;
            let cy = coord("cy", a, F::Cy, Axis::Y, &u)?;
            let r = coord("r", a, F::R, Axis::Diagonal, &u)?;
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
        if self.beyond("circle", center, outline.half_extents()) {
            return None;
        }
        Some(self.push_node(f, a, center, outline, ShapeKind::Circle, Text::EMPTY))
    }

    /// True (and warned) when a shape centred at `center`, reaching
    /// `half` on either side, lies beyond [`crate::geom::path::HUGE`] or
    /// is not finite: no drawing means such coordinates, and computing
    /// with them overflows.
    fn beyond(&mut self, what: &str, center: Point, half: (f64, f64)) -> bool {
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

    fn line(&mut self, f: &Frame, a: &Attrs<'_>) {
        if !self.painted(f, false) {
            return;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            Ok::<_, String>((
                coord("x1", a, F::X1, Axis::X, &u)?,
                coord("y1", a, F::Y1, Axis::Y, &u)?,
                coord("x2", a, F::X2, Axis::X, &u)?,
                coord("y2", a, F::Y2, Axis::Y, &u)?,
            ))
        })();
        let (x1, y1, x2, y2) = match parsed {
            Ok(v) => v,
            Err(msg) => {
                self.warn(format!("<line> skipped: {msg}"));
                return;
            }
        };
        self.push_stroke(f, a, f.ctm * Point::new(x1, y1), f.ctm * Point::new(x2, y2), None);
    }

    /// The outline of `<ellipse>`, `<rect>`, `<polyline>`, `<polygon>` or
    /// `<path>` in the element's own coordinates. `Err` is a warning.
    fn local_path(
        &self,
        f: &Frame,
        a: &Attrs<'_>,
        kind: Element,
    ) -> Result<Option<BezPath>, String> {
        let u = self.units(f.viewport);
        let name = element_name(kind);
        Ok(Some(match kind {
            Element::Rect => {
                let x = coord("x", a, F::X, Axis::X, &u)?;
                let y = coord("y", a, F::Y, Axis::Y, &u)?;
                let w = coord("width", a, F::Width, Axis::X, &u)?;
                let h = coord("height", a, F::Height, Axis::Y, &u)?;
                if w <= 0.0 || h <= 0.0 {
                    return Ok(None); // not rendered
                }
                let rx = a.get(F::Rx).and_then(|v| length::length(v, Axis::X, &u));
                let ry = a.get(F::Ry).and_then(|v| length::length(v, Axis::Y, &u));
                let r = rx.or(ry).unwrap_or(0.0).max(0.0).min(w / 2.0).min(h / 2.0);
                let rect = Rect::new(x, y, x + w, y + h);
                if r > 0.0 { rect.to_rounded_rect(r).to_path(0.01) } else { rect.to_path(0.01) }
            }
            Element::Polygon | Element::Polyline => {
                let mut p = BezPath::new();
                for (i, (x, y)) in
                    svgtypes::PointsParser::from(a.get(F::Points).unwrap_or("")).enumerate()
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
                let Some(d) = a.get(F::D) else { return Ok(None) };
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
    fn shape(&mut self, f: &Frame, a: &Attrs<'_>, kind: Element) -> Option<usize> {
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
        self.draw_path(f, a, path, shape_kind(kind), Text::EMPTY)
    }

    fn ellipse(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        if !self.painted(f, true) {
            return None;
        }
        let u = self.units(f.viewport);
        let parsed = (|| {
            let cx = coord("cx", a, F::Cx, Axis::X, &u)?;
            let cy = coord("cy", a, F::Cy, Axis::Y, &u)?;
            let rx = a.get(F::Rx).map(|_| coord("rx", a, F::Rx, Axis::X, &u)).transpose()?;
            let ry = a.get(F::Ry).map(|_| coord("ry", a, F::Ry, Axis::Y, &u)).transpose()?;
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
    /// closed, edge candidates if open.
    fn draw_path(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        mut path: BezPath,
        kind: ShapeKind,
        href: Text,
    ) -> Option<usize> {
        path.apply_affine(f.ctm);
        if crate::geom::path::too_large(&path) {
            self.warn(format!(
                "<{}> skipped: it reaches coordinates beyond ±{:e}",
                kind.name(),
                crate::geom::path::HUGE
            ));
            return None;
        }
        match analyse(&path) {
            Analysis::Closed(c) => {
                if !self.painted(f, true) {
                    return None;
                }
                Some(self.push_node(f, a, c.center, c.outline, kind, href))
            }
            Analysis::Open(strokes) => {
                // An open path that is filled and not stroked is drawn as
                // the filled area it encloses (an arrowhead, say).
                if !f.style.no_fill && (f.style.no_stroke_set || f.style.no_stroke) {
                    let mut closed = path.clone();
                    closed.close_path();
                    if let Analysis::Closed(c) = analyse(&closed) {
                        return Some(self.push_node(f, a, c.center, c.outline, kind, href));
                    }
                }
                if !self.painted(f, false) {
                    return None;
                }
                for s in strokes {
                    let straight = s.a_dir.cross(s.b - s.a).abs()
                        <= 1e-9 * s.a_dir.hypot() * (s.b - s.a).hypot()
                        && s.b_dir.cross(s.b - s.a).abs()
                            <= 1e-9 * s.b_dir.hypot() * (s.b - s.a).hypot()
                        && s.far == s.b;
                    let extra = (!straight).then_some(StrokeExtra {
                        a_dir: s.a_dir,
                        b_dir: s.b_dir,
                        far: s.far,
                    });
                    self.push_stroke(f, a, s.a, s.b, extra);
                }
                None
            }
            Analysis::Empty => None,
        }
    }

    /// `<use>`: draws the referenced definition at `x`, `y`.
    fn use_element(&mut self, f: &Frame, a: &Attrs<'_>) {
        let Some(id) = a.get(F::Href).and_then(href_id) else { return };
        let Some(key) = self.out.strings.get(id) else {
            *self.out.ignored.entry("use (unresolved)".into()).or_insert(0) += 1;
            return;
        };
        let Some(def) = self.out.defs.get(&key).cloned() else {
            *self.out.ignored.entry("use (unresolved)".into()).or_insert(0) += 1;
            return;
        };
        let u = self.units(f.viewport);
        let x = len_or(a.get(F::X), Axis::X, &u, 0.0);
        let y = len_or(a.get(F::Y), Axis::Y, &u, 0.0);
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
    fn definition(
        &mut self,
        p: Frame,
        a: &Attrs<'_>,
        kind: Element,
        has_children: bool,
    ) -> Option<Frame> {
        let Kind::Defs { def, marker } = p.kind else { return None };
        let mut ctm = p.ctm;
        if let Some(m) = a.get(F::Transform).and_then(parse_transform) {
            ctm *= m;
        }
        let id = a.get(F::Id).map(str::trim).filter(|s| !s.is_empty());
        match kind {
            Element::Definitions | Element::Group | Element::Svg | Element::Marker => {
                let mut frame = Frame { ctm, ..p };
                if kind == Element::Marker {
                    let key = id.map(|id| self.out.strings.intern(id));
                    if let Some(k) = key {
                        self.out.markers.insert(k, self.marker_geometry(a));
                    }
                    frame.ctm = Affine::IDENTITY;
                    frame.kind = Kind::Defs { def: None, marker: key };
                } else if let Some(id) = id {
                    // A symbol or group with an id: its parts make one def.
                    let key = self.out.strings.intern(id);
                    let symbol = a.get(F::ViewBox).is_some() || kind == Element::Definitions;
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
                    frame.ctm = if kind == Element::Definitions { Affine::IDENTITY } else { ctm };
                    frame.kind = Kind::Defs { def: Some(key), marker };
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
                let fill = self.text_of(a.get(F::Fill));
                let stroke = self.text_of(a.get(F::Stroke));
                if let Some(d) = def.and_then(|k| self.out.defs.get_mut(&k)) {
                    d.path.extend(path.elements().iter().copied());
                    if d.fill.is_empty() {
                        d.fill = fill;
                    }
                    if d.stroke.is_empty() {
                        d.stroke = stroke;
                    }
                } else if let Some(id) = id {
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
    fn def_geometry(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        kind: Element,
    ) -> (BezPath, Option<(Point, f64)>) {
        let u = self.units(f.viewport);
        let (mut path, circle) = match kind {
            Element::Circle | Element::Ellipse => {
                let cx = len_or(a.get(F::Cx), Axis::X, &u, 0.0);
                let cy = len_or(a.get(F::Cy), Axis::Y, &u, 0.0);
                let r = len_or(a.get(F::R), Axis::Diagonal, &u, 0.0);
                let rx = len_or(a.get(F::Rx), Axis::X, &u, r);
                let ry = len_or(a.get(F::Ry), Axis::Y, &u, rx);
                let e = kurbo::Ellipse::new((cx, cy), (rx, ry), 0.0);
                let circle = (kind == Element::Circle
                    && f.ctm.as_coeffs()[..4] == [1.0, 0.0, 0.0, 1.0])
                .then(|| (f.ctm * Point::new(cx, cy), r));
                (e.to_path(0.01), circle)
            }
            Element::Line => {
                let mut p = BezPath::new();
                p.move_to((
                    len_or(a.get(F::X1), Axis::X, &u, 0.0),
                    len_or(a.get(F::Y1), Axis::Y, &u, 0.0),
                ));
                p.line_to((
                    len_or(a.get(F::X2), Axis::X, &u, 0.0),
                    len_or(a.get(F::Y2), Axis::Y, &u, 0.0),
                ));
                (p, None)
            }
            _ => (self.local_path(f, a, kind).ok().flatten().unwrap_or_default(), None),
        };
        path.apply_affine(f.ctm);
        (path, circle)
    }

    /// What a `<marker>` adds beyond its vertex.
    fn marker_geometry(&self, a: &Attrs<'_>) -> Marker {
        let u = self.units((100.0, 100.0));
        let mw = len_or(a.get(F::MarkerWidth), Axis::X, &u, 3.0);
        let mh = len_or(a.get(F::MarkerHeight), Axis::Y, &u, 3.0);
        let ref_x = len_or(a.get(F::RefX), Axis::X, &u, 0.0);
        // Content x is scaled into the marker's viewport by the viewBox.
        let scale = match a.get(F::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok()) {
            Some(vb) if vb.w > 0.0 && vb.h > 0.0 => (mw / vb.w).min(mh / vb.h),
            _ => 1.0,
        };
        let stroke_units = a.get(F::MarkerUnits).is_none_or(|m| m.trim() != "userSpaceOnUse");
        // The tip is filled in from the content's extent as it is read.
        Marker { tip: f64::NEG_INFINITY, stroke_units, ref_x, scale }
    }

    fn start_label(&mut self, f: &Frame, a: &Attrs<'_>, kind: Element) {
        let u = self.units(f.viewport);
        let first = |v: Option<&str>| {
            v.and_then(|v| v.split([' ', ',']).find(|s| !s.is_empty()).map(str::to_string))
        };
        let x = first(a.get(F::X)).and_then(|v| length::length(&v, Axis::X, &u)).unwrap_or(0.0);
        let y = first(a.get(F::Y)).and_then(|v| length::length(&v, Axis::Y, &u)).unwrap_or(0.0);
        let p = if kind == Element::ForeignObject {
            let w = len_or(a.get(F::Width), Axis::X, &u, 0.0);
            let h = len_or(a.get(F::Height), Axis::Y, &u, 0.0);
            Point::new(x + w / 2.0, y + h / 2.0)
        } else {
            Point::new(x, y)
        };
        // The size in root units: scaled as the frame scales lengths.
        let size = a
            .get(F::FontSize)
            .and_then(|v| length::length(v, Axis::Diagonal, &u))
            .unwrap_or(self.opts.font_size);
        let scale = f.ctm.determinant().abs().sqrt();
        let target = self.text_of(a.get(F::LabelTarget));
        self.text.clear();
        self.label = Some((f.ctm * p, group_of(f), size * scale, target));
    }

    /// A node group that drew no shape, only text (Graphviz
    /// `shape=plaintext`, `none`): a node where its text is, of the size
    /// the text takes. Its labels are those from `first` on.
    fn text_node(&mut self, group: u32, first: usize) {
        // Graphviz's measures, in font sizes: a baseline lies 0.2643 below
        // the middle of its line, lines are 1.07 apart, a character is
        // about 0.6 wide; the box adds 8 units of margin around the text
        // and is at least 54 by 36.
        let labels = &self.out.labels[first..];
        let n = labels.len() as f64;
        let size = labels.iter().map(|l| l.size).fold(0.0, f64::max);
        let x = labels.iter().map(|l| l.pos.x).sum::<f64>() / n;
        let y = labels.iter().map(|l| l.pos.y).sum::<f64>() / n - 0.2643 * size;
        let chars = labels
            .iter()
            .map(|l| self.out.strings.resolve(l.text).chars().count())
            .max()
            .unwrap_or(0) as f64;
        let half_w = f64::max(27.0, f64::midpoint(0.6 * size * chars, 16.0));
        let half_h = f64::max(18.0, f64::midpoint(n * 1.07 * size, 8.0));
        let rect = Rect::new(x - half_w, y - half_h, x + half_w, y + half_h).to_path(0.01);
        let Analysis::Closed(c) = analyse(&rect) else { return };
        self.out.nodes.push(NodeShape {
            center: c.center,
            outline: c.outline,
            kind: ShapeKind::Text,
            svg_id: Text::EMPTY,
            title: Text::EMPTY,
            fill: Text::EMPTY,
            stroke: Text::EMPTY,
            class: Text::EMPTY,
            filled: false,
            filtered: false,
            group,
            after_stroke: std::mem::replace(&mut self.last_stroke, NONE),
            href: Text::EMPTY,
            ident: Text::EMPTY,
            selected: self.select[0].is_none() || self.sel & 1 != 0,
            opacity: 1.0,
        });
    }

    fn end_label(&mut self) {
        self.last_stroke = NONE;
        let Some((pos, group, size, target)) = self.label.take() else { return };
        let t: String = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            return;
        }
        let text = self.out.strings.intern(&t);
        let after_stroke = self.block_stroke;
        self.out.labels.push(Label { pos, text, group, size, after_stroke, target });
    }

    fn text_of(&mut self, v: Option<&str>) -> Text {
        match v {
            Some(v) => self.out.strings.intern(trim(v)),
            None => Text::EMPTY,
        }
    }
}

fn element_name(kind: Element) -> &'static str {
    match kind {
        Element::Rect => "rect",
        Element::Ellipse => "ellipse",
        Element::Polygon => "polygon",
        Element::Polyline => "polyline",
        Element::Path => "path",
        _ => "shape",
    }
}

fn shape_kind(kind: Element) -> ShapeKind {
    match kind {
        Element::Rect => ShapeKind::Rect,
        Element::Ellipse => ShapeKind::Ellipse,
        Element::Polygon | Element::Polyline => ShapeKind::Polygon,
        _ => ShapeKind::Path,
    }
}

/// Parses path data; stops at the first error, keeping what came before
/// (as SVG renderers do).
/// The largest magnitude among a path segment's numbers (flags left
/// out); NaN when one is NaN.
fn largest(seg: svgtypes::PathSegment) -> f64 {
    use svgtypes::PathSegment as P;
    let m = |vs: &[f64]| {
        vs.iter().fold(0.0f64, |m, v| if v.is_nan() { f64::NAN } else { m.max(v.abs()) })
    };
    match seg {
        P::MoveTo { x, y, .. } | P::LineTo { x, y, .. } | P::SmoothQuadratic { x, y, .. } => {
            m(&[x, y])
        }
        P::HorizontalLineTo { x, .. } => m(&[x]),
        P::VerticalLineTo { y, .. } => m(&[y]),
        P::CurveTo { x1, y1, x2, y2, x, y, .. } => m(&[x1, y1, x2, y2, x, y]),
        P::SmoothCurveTo { x2, y2, x, y, .. } | P::Quadratic { x1: x2, y1: y2, x, y, .. } => {
            m(&[x2, y2, x, y])
        }
        P::EllipticalArc { rx, ry, x_axis_rotation, x, y, .. } => {
            m(&[rx, ry, x_axis_rotation, x, y])
        }
        P::ClosePath { .. } => 0.0,
    }
}

/// Coordinates beyond which arcs are not drawn: turning an arc into
/// curves takes steps growing with its radius, without bound.
const HUGE: f64 = crate::geom::path::HUGE;

/// The path `d` describes; `None` when it holds an arc at coordinates
/// beyond [`HUGE`] (which no drawing means, and which would take
/// unbounded time and memory to turn into curves).
pub(crate) fn path_data(d: &str) -> Option<BezPath> {
    use svgtypes::SimplePathSegment as S;
    if d.contains(['a', 'A']) {
        // Any number that large rules the path out: relative steps add up
        // only as far as the start tag's size allows, which stays harmless.
        for seg in svgtypes::PathParser::from(d) {
            let Ok(seg) = seg else { break };
            let big = largest(seg);
            if big.is_nan() || big > HUGE {
                return None;
            }
        }
    }
    let mut p = BezPath::new();
    for seg in svgtypes::SimplifyingPathParser::from(d) {
        let Ok(seg) = seg else { break };
        match seg {
            S::MoveTo { x, y } => p.move_to((x, y)),
            S::LineTo { x, y } => p.line_to((x, y)),
            S::CurveTo { x1, y1, x2, y2, x, y } => p.curve_to((x1, y1), (x2, y2), (x, y)),
            S::Quadratic { x1, y1, x, y } => p.quad_to((x1, y1), (x, y)),
            S::ClosePath => p.close_path(),
        }
    }
    Some(p)
}

/// The group a frame's children are in.
fn group_of(f: &Frame) -> u32 {
    match f.kind {
        Kind::Container { group } => group,
        _ => NONE,
    }
}

/// A length attribute, or `default` when absent or unusable.
/// An `<alpha-value>`: a number or a percentage, clamped to 0..=1.
fn alpha(v: &str) -> Option<f32> {
    let v = v.trim();
    let a = match v.strip_suffix('%') {
        Some(p) => length::number(p)? / 100.0,
        None => length::number(v)?,
    };
    Some(a.clamp(0.0, 1.0) as f32)
}

fn len_or(v: Option<&str>, axis: Axis, u: &Units, default: f64) -> f64 {
    v.and_then(|v| length::length(v, axis, u)).unwrap_or(default)
}

/// Reads a coordinate (0 when absent); `Err` carries the warning for an
/// unusable value.
fn coord(name: &str, a: &Attrs<'_>, f: F, axis: Axis, u: &Units) -> Result<f64, String> {
    if let Some(n) = a.number(f) {
        return Ok(n);
    }
    match a.get(f) {
        None => Ok(0.0),
        Some(t) => length::length(t, axis, u)
            .ok_or_else(|| format!("{name}=\"{}\" is not a usable number", clip(t))),
    }
}

/// `s` without the whitespace at its ends, as [`str::trim`] gives it;
/// checks the two ends first, as most values have none to trim.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the tokenizer thread splits attributes ahead, or no second
    /// thread runs at all, the reader finds the same: every sample,
    /// fixture (broken ones too) and a few tags that need care.
    #[test]
    fn splitting_attributes_ahead_changes_nothing() {
        let mut inputs = crate::testing::drawings();
        for (name, svg) in [
            (
                "escapes",
                r##"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="&#49;0" cy="5" r="2" id="a&amp;b"/><circle cx="20" cy="5" r="2"/><line x1="10" y1="5" x2="20" y2="5" stroke="#000"/></svg>"##,
            ),
            (
                "style",
                r##"<svg xmlns="http://www.w3.org/2000/svg"><style>circle { cx: 40 }</style><circle cx="1" cy="5" r="2" style="cy: 9"/><circle cx="20" cy="5" r="2"/><line x1="40" y1="9" x2="20" y2="5" stroke="#000"/></svg>"##,
            ),
            (
                "duplicate",
                r#"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="1" cx="2" r="2"/></svg>"#,
            ),
            ("malformed", r#"<svg xmlns="http://www.w3.org/2000/svg"><circle cx="1" r/></svg>"#),
            (
                "prefixed",
                r#"<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:circle cx="1" r="2"/><circle cx="9" r="2"/></s:svg>"#,
            ),
        ] {
            inputs.push((name.to_string(), svg.as_bytes().to_vec()));
        }
        let opts = ExtractOptions::default();
        let read = |svg: &[u8], how: Option<SplitPolicy>| read_as(svg, &opts, how, usize::MAX);
        assert!(inputs.len() >= 10);
        for (name, svg) in &inputs {
            let plain = read(svg, None);
            assert_eq!(read(svg, Some(SplitPolicy::Always)), plain, "{name}");
            assert_eq!(read(svg, Some(SplitPolicy::Never)), plain, "{name}");
        }
    }

    /// Spooling edge candidates to a file changes nothing either: the
    /// samples (thousands of strokes, so many spooled chunks) and fixtures.
    #[test]
    fn spooled_candidates_give_the_same_graph() {
        let opts = ExtractOptions::default();
        let mut spooled = 0;
        for (name, svg) in crate::testing::drawings() {
            let kept = read_as(&svg, &opts, None, usize::MAX);
            assert_eq!(read_as(&svg, &opts, None, 0), kept, "{name}");
            let d = read_spooling(svg.as_slice(), &opts, None, 0);
            if d.is_ok_and(|d| d.edges.len() > 2 * crate::svg::candidates::EDGE_CHUNK) {
                spooled += 1;
            }
        }
        assert!(spooled >= 1, "no drawing was large enough to spool");
    }

    /// The graph built from what was read (both CSV files and the
    /// report), or the error.
    fn read_as(
        svg: &[u8],
        opts: &ExtractOptions,
        how: Option<SplitPolicy>,
        spool_after: usize,
    ) -> String {
        match read_spooling(svg, opts, how, spool_after) {
            Ok(d) => {
                let d = crate::graph::build(d, opts).unwrap();
                let mut out = Vec::new();
                for part in [0, 1] {
                    let (f, w) = (crate::write::Format::Csv, crate::write::WriteOptions::default());
                    crate::write::write_file(&d, f, part, &w, &mut out).unwrap();
                }
                format!("{}\n{:?}", String::from_utf8(out).unwrap(), d.report())
            }
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "#999",
            "\tred\n",
            "\u{a0}red",
            "red\u{2003}",
            "é",
            " é ",
            "x y",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn url_forms() {
        assert_eq!(url_id("url(#a)"), Some("a"));
        assert_eq!(url_id(" url( '#arrow' ) "), Some("arrow"));
        assert_eq!(url_id("url(http://localhost/#arrow-suit)"), Some("arrow-suit"));
        assert_eq!(url_id("none"), None);
        assert_eq!(href_id("#C0_0"), Some("C0_0"));
    }
}
