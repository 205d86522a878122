//! The walk over the XML events: an explicit stack of the open elements
//! that matter (never recursion), each with its transformation into root
//! user space, its inherited style and its viewport; namespaces; limits;
//! and the dispatch of each element to the part of the reader that takes
//! it.

use kurbo::{Affine, Point};
use quick_xml::events::{BytesStart, Event};

use super::cascade::Paint;
use super::defs::Defs;
use super::frame::{
    Binding, Element, Frame, MAX_SHEET, MAX_TEXT, Opened, SVG_NS, Scope, TitleOf, classify,
};
use super::labels::Along;
use super::values::{clip, len_or, trim};
use crate::error::{Error, ErrorKind, Position, Result};
use crate::model::{Drawing, Group, Index, Label, index};
use crate::options::ExtractOptions;
use crate::svg::css::{Css, CssNode};
use crate::svg::events::xml_error;
use crate::svg::length::{self, Axis, Units};
use crate::svg::style::{Attr, Attrs, Split, Values, recycle};
use crate::svg::transform::{parse_transform, viewbox_transform};
use crate::text::Text;

/// The reading state.
pub(crate) struct Walker<'o> {
    pub(super) opts: &'o ExtractOptions,
    pub(super) out: Drawing,
    pub(super) stack: Vec<Frame>,
    /// Depth inside a subtree that is not rendered (0: not skipping).
    pub(super) skip: usize,
    /// Elements read so far.
    pub(super) elements: u64,
    pub(super) root_seen: bool,
    pub(super) root_closed: bool,
    /// Character data being collected (a title, a label, metadata).
    pub(super) text: String,
    /// Where the current event starts.
    pub(super) here: Position,
    /// In-scope namespace bindings of the open elements.
    pub(super) ns: Vec<Binding>,
    /// The last item drawn was this edge candidate (for arrowheads).
    pub(super) last_stroke: Index,
    /// The last edge candidate drawn since the last comment.
    pub(super) block_stroke: Index,
    /// Edge candidates so far.
    pub(super) strokes: u32,
    /// The last edge candidate's ends and width.
    pub(super) stroke_before: Option<(Point, Point, f64)>,
    /// The last pieces that may close a ring (see [`super::rings`]).
    pub(super) ring_pieces: super::rings::Window,
    /// The label being read: its anchor, group, font size and target, and
    /// how it lies along its anchor (see [`Along`]).
    pub(super) label: Option<(Point, Index, f64, Text, Along)>,
    /// The open label's text gives it no position of its own (no `x`,
    /// `y`): its first run's, if that has one, places it.
    pub(super) label_unplaced: bool,
    /// The open node groups (class `node`): their depth in the stack, and
    /// the numbers of shapes and labels before them.
    pub(super) node_groups: Vec<(usize, usize, usize)>,
    /// Comments seen, for the generator's signature.
    pub(super) comments_seen: usize,
    /// The style sheets read so far.
    pub(super) css: Css,
    /// The last `fill` and `stroke` values read, and what they gave.
    pub(super) paint_cache: [(String, Option<Paint>); 3],
    /// A comment that names the text drawn by the next group.
    pub(super) comment_label: Option<Text>,
    /// The user's selectors: nodes, edges, ignored.
    pub(super) select: [Option<Css>; 3],
    /// The selector flags of the element being read (see [`Frame::sel`]).
    pub(super) sel: u8,
    /// The list [`Attrs`] keep values in, reused from element to element.
    pub(super) values: Values<'static>,
    /// Writing the stroke spool failed (reported after the element).
    pub(super) spool_failed: Option<std::io::Error>,
    /// What `<use>` may draw.
    pub(super) defs: Defs,
}

impl<'o> Walker<'o> {
    pub(super) fn new(opts: &'o ExtractOptions) -> Self {
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
            last_stroke: None,
            block_stroke: None,
            strokes: 0,
            stroke_before: None,
            ring_pieces: super::rings::Window::default(),
            label: None,
            label_unplaced: false,
            comments_seen: 0,
            css: Css::default(),
            paint_cache: Default::default(),
            select: [&opts.node_selector, &opts.edge_selector, &opts.ignore]
                .map(|s| s.as_deref().and_then(Css::selector)),
            sel: 0,
            values: Vec::with_capacity(16),
            spool_failed: None,
            comment_label: None,
            node_groups: Vec::new(),
            defs: Defs::default(),
        }
    }

    /// Interprets one event (never `Eof`); `splits`, where given, are the
    /// attributes of a start tag (see [`super::style::split`]).
    pub(super) fn event(&mut self, event: Event<'_>, splits: Option<&[Split]>) -> Result<()> {
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

    pub(super) fn push_text(&mut self, s: &str) {
        let max = if matches!(self.stack.last(), Some(f) if f.scope == Scope::Style) {
            MAX_SHEET
        } else {
            MAX_TEXT
        };
        if self.text.len() < max {
            self.text.push_str(s);
        }
    }

    /// Checks the document was complete; `end` is where the input ended.
    pub(super) fn finish(self, end: Position) -> Result<Drawing> {
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
        out.symbols = self.defs.symbols();
        // The node shapes stay while the graph is built: give back the room
        // the list grew into (a large list shrinks in place).
        out.nodes.shrink_to_fit();
        Ok(out)
    }

    /// True while character data is being collected.
    pub(super) fn collecting(&self) -> bool {
        self.skip == 0
            && matches!(self.stack.last(), Some(f) if matches!(f.scope, Scope::Title(_) | Scope::Text | Scope::Meta | Scope::Style))
    }

    pub(super) fn warn(&mut self, message: String) {
        let pos = self.here;
        self.out.warnings.push(Some(pos), message);
    }

    pub(super) fn units(&self, viewport: (f64, f64)) -> Units {
        Units { dpi: self.opts.dpi, font_size: self.opts.font_size, viewport }
    }

    /// True when the element named `qname` (its prefix's colon at `colon`)
    /// is in the SVG namespace (or in none, as in files that never declare
    /// it).
    pub(super) fn is_svg(&self, qname: &str, colon: Option<usize>) -> bool {
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
    pub(super) fn within_limits(&mut self, e: &BytesStart<'_>, has_children: bool) -> Result<()> {
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

    pub(super) fn start(
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
                id: attrs.get(Attr::Id).map_or(Text::EMPTY, |v| self.out.strings.intern(v.trim())),
                class: attrs
                    .get(Attr::Class)
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
        if let Some(err) = self.spool_failed.take() {
            return Err(err.into());
        }
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
    pub(super) fn root(
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
        origin.root_id = attrs.get(Attr::Id).unwrap_or("").to_string();
        origin.root_class = attrs.get(Attr::Class).unwrap_or("").to_string();
        origin.root_role = attrs.get(Attr::Role).unwrap_or("").to_string();
        origin.drawio = attrs
            .get(Attr::Content)
            .filter(|c| c.trim_start().starts_with("<mxfile"))
            .map(str::to_string);
        Ok(())
    }

    /// Handles one element, pushing the frame for its children (if it
    /// has any that matter); true when it pushed one.
    ///
    /// Frames are large: the frame of an element is built in place, in a
    /// copy of its parent's, and never returned by value.
    pub(super) fn element(
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
            && !matches!(p.scope, Scope::Container { .. })
        {
            let inner = self.inside(p, attrs, kind, has_children);
            return Ok(self.open(inner, opened));
        }
        if attrs.display_none() || self.clipped_away(attrs) {
            self.skip_children(has_children);
            return Ok(false);
        }
        match kind {
            Element::Style | Element::Title | Element::Metadata => {
                let inner = self.character_data(parent, kind, has_children);
                return Ok(self.open(inner, opened));
            }
            // (A run of text outside a text is not drawn.)
            Element::Hidden | Element::Span => {
                self.skip_children(has_children);
                return Ok(false);
            }
            kind if kind.defines() => {
                let Some(p) = parent else { return Ok(false) };
                let frame = Frame { ctm: Affine::IDENTITY, scope: Scope::DEFS, ..p };
                let inner = self.definition(frame, attrs, kind, has_children);
                return Ok(self.open(inner, opened));
            }
            _ => {}
        }
        let mut frame = parent.unwrap_or(Frame::ROOT);
        if kind.is_shape() {
            self.drawn_with_id(&frame, attrs, kind);
        }
        if !self.frame(&mut frame, parent.is_none(), attrs, kind == Element::Svg) {
            self.skip_children(has_children);
            return Ok(false);
        }
        let kind = match kind {
            // An empty container holds nothing: no group to remember.
            Element::Svg | Element::Group if !has_children => Scope::Leaf,
            Element::Svg | Element::Group => {
                let group = self.group(parent, attrs);
                let class = attrs.get(Attr::Class).unwrap_or("");
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
                        span: (0.0, 0.0),
                        after_stroke: None,
                        target: Text::EMPTY,
                        level: true,
                    });
                }
                Scope::Container { group }
            }
            Element::Circle => match self.circle(&frame, attrs) {
                Some(i) => Scope::Node(i),
                None => Scope::Leaf,
            },
            Element::Line => {
                self.line(&frame, attrs);
                Scope::Leaf
            }
            Element::Ellipse
            | Element::Rect
            | Element::Polyline
            | Element::Polygon
            | Element::Path => match self.shape(&frame, attrs, kind) {
                Some(i) => Scope::Node(i),
                None => Scope::Leaf,
            },
            Element::Image => self.image(&frame, attrs).map_or(Scope::Leaf, Scope::Node),
            Element::Use => self.use_element(&frame, attrs).map_or(Scope::Leaf, Scope::Node),
            Element::Text | Element::ForeignObject => {
                self.start_label(&frame, attrs, kind);
                if !has_children {
                    self.label = None;
                }
                Scope::Text
            }
            // Returned above; a leaf is the safe answer all the same.
            _ => Scope::Leaf,
        };
        if has_children {
            frame.scope = kind;
            self.push_frame(frame, opened);
        }
        Ok(has_children)
    }

    /// Pushes `frame` (if any) for the children of the element `opened`
    /// describes; true when it did.
    pub(super) fn open(&mut self, frame: Option<Frame>, opened: Opened) -> bool {
        match frame {
            Some(f) => {
                self.push_frame(f, opened);
                true
            }
            None => false,
        }
    }

    pub(super) fn push_frame(&mut self, mut frame: Frame, opened: Opened) {
        frame.ns_mark = opened.ns_mark;
        frame.css = opened.css;
        frame.sel = self.sel;
        self.stack.push(frame);
    }

    /// `<style>`, `<title>` and `<metadata>`: frames that collect text.
    pub(super) fn character_data(
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
            Element::Style => Scope::Style,
            Element::Metadata => Scope::Meta,
            _ => {
                if let Scope::Container { group: Some(group) } = p.scope {
                    Scope::Title(TitleOf::Group(group))
                } else {
                    // A title of the document itself: not a label.
                    self.skip_children(true);
                    return None;
                }
            }
        };
        Some(Frame { scope: kind, ..p })
    }

    /// An element whose parent is not a rendered container.
    pub(super) fn inside(
        &mut self,
        p: Frame,
        attrs: &Attrs<'_>,
        kind: Element,
        has_children: bool,
    ) -> Option<Frame> {
        match p.scope {
            Scope::Defs { .. } => self.definition(p, attrs, kind, has_children),
            // Inside a label or metadata, every element's text counts; a
            // text's first run may place it.
            Scope::Text | Scope::Meta => {
                if kind == Element::Span && matches!(p.scope, Scope::Text) {
                    self.place_label(&p, attrs);
                }
                has_children.then_some(p)
            }
            // A shape's children are not rendered, but for its title.
            Scope::Node(i) if kind == Element::Title && has_children => {
                self.text.clear();
                Some(Frame { scope: Scope::Title(TitleOf::Node(i)), ..p })
            }
            _ => {
                self.skip_children(has_children);
                None
            }
        }
    }

    pub(super) fn skip_children(&mut self, has_children: bool) {
        if has_children {
            self.skip = 1;
        }
    }

    pub(super) fn end(&mut self) {
        if self.skip > 0 {
            self.skip -= 1;
            if self.skip == 0 && self.stack.is_empty() {
                self.root_closed = true; // a root that was not rendered
            }
            return;
        }
        let Some(f) = self.stack.pop() else { return };
        self.ns.truncate(f.ns_mark);
        if let Scope::Container { group } = f.scope
            && let Some(&(depth, nodes, labels)) = self.node_groups.last()
            && depth == self.stack.len()
        {
            self.node_groups.pop();
            if self.out.nodes.len() == nodes && self.out.labels.len() > labels {
                self.text_node(group, labels);
            }
        }
        let inner = self.stack.last().map(|p| p.scope);
        match f.scope {
            Scope::Title(of) if inner != Some(f.scope) => {
                let t = trim(&self.text);
                if !t.is_empty() {
                    match of {
                        // (The first title of a node counts: see `Titles`.)
                        TitleOf::Node(i) => self.out.titles.push(i, t),
                        TitleOf::Group(g) => {
                            let t = self.out.strings.intern(t);
                            if let Some(g) = self.out.groups.get_mut(g.get() as usize)
                                && g.title.is_empty()
                            {
                                g.title = t;
                            }
                        }
                    }
                }
            }
            Scope::Text if inner != Some(Scope::Text) => self.end_label(),
            Scope::Style => {
                let sheet = std::mem::take(&mut self.text);
                self.css.add(sheet);
            }
            Scope::Meta if inner != Some(Scope::Meta) => {
                let mut m: String = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
                m.truncate(m.floor_char_boundary(512));
                self.out.origin.metadata.push_str(&m);
            }
            _ => {}
        }
        if self.stack.is_empty() {
            self.root_closed = true;
            self.draw_pending();
        }
    }

    /// A new group for a container, child of the nearest enclosing one.
    pub(super) fn group(&mut self, parent: Option<Frame>, a: &Attrs<'_>) -> Index {
        let parent = match parent.map(|p| p.scope) {
            Some(Scope::Container { group }) => group,
            _ => None,
        };
        let class = self.text_of(a.get(Attr::Class));
        let svg_id = self.text_of(a.get(Attr::Id));
        let cell = self.text_of(a.get(Attr::CellId));
        self.out.groups.push(Group { parent, class, svg_id, title: Text::EMPTY, cell });
        index(self.out.groups.len() - 1)
    }

    /// The frame of an element, made in place from `f`, a copy of its
    /// parent's (of [`Frame::ROOT`] for the root, `root`): its transform,
    /// style and viewport. False when the element is not rendered.
    pub(super) fn frame(&mut self, f: &mut Frame, root: bool, a: &Attrs<'_>, is_svg: bool) -> bool {
        if root {
            // The root <svg>: its user space is the output space, so neither
            // its viewBox nor its transform is applied.
            f.viewport = self.root_viewport(a);
            self.style(&mut f.style, a, f.viewport);
            return true;
        }
        if let Some(t) = a.get(Attr::Transform) {
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
            let x = len_or(a.get(Attr::X), Axis::X, &u, 0.0);
            let y = len_or(a.get(Attr::Y), Axis::Y, &u, 0.0);
            let w = len_or(a.get(Attr::Width), Axis::X, &u, parent.0);
            let h = len_or(a.get(Attr::Height), Axis::Y, &u, parent.1);
            if w <= 0.0 || h <= 0.0 {
                return false; // a zero-sized viewport draws nothing
            }
            let vb = a.get(Attr::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok());
            if let Some(vb) = vb {
                let aspect = a.get(Attr::Aspect).and_then(|s| s.parse().ok()).unwrap_or_default();
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

    pub(super) fn root_viewport(&self, a: &Attrs<'_>) -> (f64, f64) {
        if let Some(vb) = a.get(Attr::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok()) {
            return (vb.w, vb.h);
        }
        let u = self.units((300.0, 150.0));
        let w = a.get(Attr::Width).filter(|w| !w.contains('%'));
        let h = a.get(Attr::Height).filter(|h| !h.contains('%'));
        (
            w.and_then(|w| length::length(w, Axis::X, &u)).unwrap_or(300.0),
            h.and_then(|h| length::length(h, Axis::Y, &u)).unwrap_or(150.0),
        )
    }

    pub(super) fn line_col(&self) -> (u32, u32) {
        (
            u32::try_from(self.here.line).unwrap_or(u32::MAX),
            u32::try_from(self.here.column).unwrap_or(u32::MAX),
        )
    }
}
