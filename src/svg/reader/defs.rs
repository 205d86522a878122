//! Definitions: shapes inside `<defs>`, `<symbol>` and the like are kept
//! for the `<use>` elements that draw them, and markers for the strokes
//! that show them.
//!
//! A definition is drawn as its parts: each shape it holds, with its own
//! style, as if the `<use>` were a group holding a copy of them. Cairo
//! and PDF converters draw whole layers so (an edge and its arrowhead in
//! one `<g>` inside `<defs>`, placed by a `<use>`, itself often inside
//! another definition). A `<use>` inside a definition is kept as such, not
//! copied out, so that definitions using each other stay as small as the
//! text that wrote them; what they draw is bounded as it is drawn.

use std::sync::Arc;

use kurbo::{Affine, BezPath, Point, Shape as _};

use super::cascade::Style;
use super::frame::{Element, Frame, Scope};
use super::images::Masked;
use super::values::len_or;
use super::walker::Walker;
use crate::geom::Outline;
use crate::model::{Dot, Marker, ShapeKind};
use crate::svg::length::Axis;
use crate::svg::style::{Attr, Attrs};
use crate::svg::transform::parse_transform;
use crate::text::Text;

/// Most definitions a shape is a part of: groups with ids nested deeper
/// inside a definition are not definitions of their own.
const MAX_OPEN: usize = 16;

/// What `<use>` may draw in one drawing, counted in path elements (and
/// one for each shape and definition stepped into): this much, and more
/// for every byte read (an icon of many parts drawn at every node). A
/// definition that uses another twice, which uses another twice, and so
/// on, would draw without bound.
const SPARE_DRAWN: u64 = 1 << 22;
const DRAWN_PER_BYTE: u64 = 64;

/// What definitions may hold, counted alike (each part once for every
/// definition it is a part of, with its style layers): nested groups with
/// ids and deep style layers would otherwise copy the same parts many
/// times over.
const SPARE_KEPT: u64 = 1 << 20;
const KEPT_PER_BYTE: u64 = 16;

/// What `<use>` elements kept until the end of the drawing for a
/// definition written after them may hold, in bytes: this much, and more
/// for every byte read.
const SPARE_PENDING: u64 = 1 << 24;
const PENDING_PER_BYTE: u64 = 4;

/// What shapes drawn in the body with an id may hold, kept for `<use>`
/// elements that draw them again (Inkscape's clones), in bytes of their
/// attributes: a fixed allowance (drawings whose every element has an id
/// are common, clones of them rare).
const SPARE_BODY: u64 = 1 << 24;

/// Style properties of the elements round a part, outermost first: a
/// `<use>` draws the part in its own style with these applied in turn, as
/// SVG inherits.
type Layers = Vec<Arc<Attrs<'static>>>;

/// A shape or a group of shapes kept for `<use>`.
#[derive(Clone, Debug, Default)]
pub(super) struct Def {
    /// What it draws, in order (shared: every `<use>` draws the same).
    items: Arc<Vec<Item>>,
    /// A `<symbol>` (glyphs of text are drawn so).
    symbol: bool,
}

#[derive(Clone, Debug)]
enum Item {
    /// A shape: its outline in the definition's coordinates (the
    /// transforms within the definition applied), the exact circle when
    /// it is one, and its style layers (its own last).
    Shape { path: BezPath, circle: Option<(Point, f64)>, styles: Layers },
    /// An `<image>`: the picture's number, placed by `at`, in its style
    /// layers.
    Picture { n: u32, at: Affine, styles: Layers },
    /// A `<use>` inside the definition: what another definition draws,
    /// placed by `at`, in the `<use>`'s style layers; `symbol` when that
    /// definition is a `<symbol>`; `mask`, what its mask shows.
    Use { items: Arc<Vec<Item>>, at: Affine, styles: Layers, symbol: Option<Text>, mask: Masked },
}

/// The definitions read so far, and the state of the one being read.
#[derive(Debug, Default)]
pub(super) struct Defs {
    map: foldhash::HashMap<Text, Def>,
    /// Style properties of the open groups inside a definition, outermost
    /// first; a frame's [`Scope::Defs`] says how many are its own.
    layers: Layers,
    /// The definitions being read, outermost first (as many as a frame's
    /// [`Scope::Defs`] says are open round it).
    open: Vec<Open>,
    /// What `<use>` drew and definitions hold so far (see [`SPARE_DRAWN`],
    /// [`SPARE_KEPT`]).
    drawn: Budget,
    kept: Budget,
    /// The pictures read.
    pub(super) pictures: super::images::Pictures,
    /// What each mask shows first.
    masks: foldhash::HashMap<Text, Masking>,
    /// The clip paths read, by id: whether each holds an area.
    clips: foldhash::HashMap<Text, bool>,
    /// `<use>` elements of definitions not read yet, drawn when the
    /// drawing ends (see [`Walker::draw_pending`]).
    pending: Vec<Pending>,
    /// What those hold, in bytes (see [`SPARE_PENDING`]).
    waiting: Budget,
    /// The drawing has ended: a definition not found now never will be.
    ended: bool,
    /// Shapes drawn in the body with an id, as read, made definitions
    /// when a `<use>` draws them (see [`SPARE_BODY`]).
    body: foldhash::HashMap<Text, Drawn>,
    kept_body: Budget,
}

/// A shape drawn in the body with an id: its kind, attributes (its own
/// transform among them) and the size of the viewport round it.
#[derive(Debug)]
struct Drawn {
    kind: Element,
    attrs: Attrs<'static>,
    viewport: (f64, f64),
}

/// A `<use>` of a definition written after it (Compose.jl, the drawing
/// library of Julia's `GraphPlot` and `Gadfly`, writes its `<defs>` last): its
/// frame, attributes and place, as it was read.
#[derive(Debug)]
struct Pending {
    frame: Frame,
    attrs: Attrs<'static>,
    here: crate::error::Position,
    sel: u8,
}

/// What a mask shows: a picture, or what a `<use>` draws (found when the
/// mask is used: the definition may come later).
#[derive(Clone, Copy, Debug)]
enum Masking {
    Picture(u32),
    Use(Text),
}

/// What has been spent of an allowance, and whether it ran out.
#[derive(Debug, Default)]
struct Budget {
    spent: u64,
    out: bool,
}

impl Budget {
    /// Spends `cost` of `most`: `Ok` while it lasts, then `Err(true)` the
    /// first time it runs out (to warn once) and `Err(false)` after.
    fn spend(&mut self, cost: u64, most: u64) -> Result<(), bool> {
        if self.out {
            return Err(false);
        }
        self.spent = self.spent.saturating_add(cost);
        self.out = self.spent > most;
        if self.out { Err(true) } else { Ok(()) }
    }
}

/// A definition being read: its id, how many style layers lie outside it,
/// and what maps the coordinates round it to its own.
#[derive(Clone, Copy, Debug)]
pub(super) struct Open {
    key: Text,
    layers: usize,
    local: Affine,
}

/// One definition being drawn by a `<use>`: its items and the next one,
/// where and in what style it is drawn, the `<symbol>` it is part of and
/// the picture masking it.
struct Level {
    items: Arc<Vec<Item>>,
    next: usize,
    ctm: Affine,
    style: Style,
    symbol: Option<Text>,
    mask: Masked,
}

/// Whether a property is one the style cascade computes (see `style`).
fn styling(f: Attr) -> bool {
    matches!(
        f,
        Attr::Fill
            | Attr::Stroke
            | Attr::StrokeWidth
            | Attr::Color
            | Attr::Opacity
            | Attr::FillOpacity
            | Attr::StrokeOpacity
            | Attr::Visibility
            | Attr::MarkerStart
            | Attr::MarkerEnd
            | Attr::StrokeDasharray
            | Attr::StrokeDashoffset
            | Attr::StrokeLinecap
    )
}

impl Defs {
    /// The picture the mask `key` shows, if it shows one.
    pub(super) fn masking(&self, key: Text) -> Option<u32> {
        let used = match *self.masks.get(&key)? {
            Masking::Picture(n) => return Some(n),
            Masking::Use(href) => href,
        };
        let mut todo = vec![Arc::clone(&self.map.get(&used)?.items)];
        // Each definition looked into once (definitions using one another
        // twice over would otherwise be walked without end), and a few
        // thousand items at most: a mask shows its picture first.
        let mut seen = foldhash::HashSet::default();
        let mut left = 4096usize;
        while let Some(items) = todo.pop() {
            if !seen.insert(Arc::as_ptr(&items)) {
                continue;
            }
            for item in items.iter() {
                left = left.checked_sub(1)?;
                match item {
                    Item::Picture { n, .. } => return Some(*n),
                    Item::Use { items, .. } if todo.len() < MAX_OPEN => {
                        todo.push(Arc::clone(items));
                    }
                    _ => {}
                }
            }
        }
        None
    }

    /// The ids of the `<symbol>`s, for the drawing.
    pub(super) fn symbols(&self) -> foldhash::HashSet<Text> {
        self.map.iter().filter(|(_, d)| d.symbol).map(|(k, _)| *k).collect()
    }

    /// Adds an item costing `cost` to the open definitions from the
    /// `from`th on (those round content that is not drawn with them, a
    /// clip path's, a symbol's, collect nothing): `make` gets the
    /// definition's map from the coordinates round it, and its style
    /// layers. Fails as [`Budget::spend`] does when the definitions hold
    /// all they may.
    fn add(
        &mut self,
        (from, cost, most): (usize, u64, u64),
        own: Option<&Arc<Attrs<'static>>>,
        make: impl Fn(Affine, Layers) -> Item,
    ) -> Result<(), bool> {
        for o in self.open.get(from..).unwrap_or_default() {
            let mut styles: Layers = self.layers.get(o.layers..).unwrap_or_default().to_vec();
            styles.extend(own.cloned());
            self.kept.spend(cost + styles.len() as u64, most)?;
            let item = make(o.local, styles);
            if let Some(def) = self.map.get_mut(&o.key) {
                Arc::make_mut(&mut def.items).push(item);
            }
        }
        Ok(())
    }
}

/// The style properties of an element, for the definitions that hold it.
fn own_style(a: &Attrs<'_>) -> Option<Arc<Attrs<'static>>> {
    let own = a.owned(styling);
    (!own.is_empty()).then(|| Arc::new(own))
}

/// Whether `m` only moves (keeps a circle a circle of the same radius).
fn moved(m: Affine) -> bool {
    m.as_coeffs()[..4] == [1.0, 0.0, 0.0, 1.0]
}

impl Walker<'_> {
    /// `<use>`: draws the referenced definition at `x`, `y`, as a group
    /// holding a copy of it would be drawn. Returns the node it made when
    /// it draws one shape (its `<title>` names it).
    pub(super) fn use_element(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        let Some((key, def)) = self.used(a) else {
            self.defer(f, a);
            return None;
        };
        let u = self.units(f.viewport);
        let x = len_or(a.get(Attr::X), Axis::X, &u, 0.0);
        let y = len_or(a.get(Attr::Y), Axis::Y, &u, 0.0);
        let ctm = f.ctm * Affine::translate((x, y));
        let single = matches!(def.items.as_slice(), [Item::Shape { .. } | Item::Picture { .. }]);
        let mask = self.mask_of(a);
        let mut frame = *f;
        if !single {
            frame.scope = Scope::Container { group: self.group(Some(*f), a) };
        }
        let symbol = def.symbol.then_some(key);
        let mut stack =
            vec![Level { items: def.items, next: 0, ctm, style: f.style, symbol, mask }];
        let mut node = None;
        while let Some(top) = stack.last_mut() {
            let items = Arc::clone(&top.items);
            let Some(item) = items.get(top.next) else {
                stack.pop();
                continue;
            };
            top.next += 1;
            let (ctm, style, symbol, mask) = (top.ctm, top.style, top.symbol, top.mask);
            let cost = match item {
                Item::Shape { path, .. } => path.elements().len() as u64,
                Item::Picture { .. } | Item::Use { .. } => 0,
            };
            if !self.may_draw(cost + 1) {
                break;
            }
            match item {
                Item::Shape { path, circle, styles } => {
                    frame.ctm = ctm;
                    frame.style = style;
                    for layer in styles {
                        self.style(&mut frame.style, layer, f.viewport);
                    }
                    let href = symbol.unwrap_or(key);
                    node = match *circle {
                        Some((c, r)) => self.painted(&frame, true).then(|| {
                            let outline = Outline::transformed_circle(r, ctm);
                            self.push_node(&frame, a, ctm * c, outline, ShapeKind::Use, href)
                        }),
                        None => {
                            self.draw_path(&frame, a, path.clone(), (ShapeKind::Use, "use"), href)
                        }
                    };
                }
                Item::Picture { n, at, styles } => {
                    frame.ctm = ctm * *at;
                    frame.style = style;
                    for layer in styles {
                        self.style(&mut frame.style, layer, f.viewport);
                    }
                    node = self.draw_picture(&frame, a, *n, mask);
                }
                Item::Use { items, at, styles, symbol: used, mask: masked } => {
                    let mut style = style;
                    for layer in styles {
                        self.style(&mut style, layer, f.viewport);
                    }
                    let items = Arc::clone(items);
                    let symbol = used.or(symbol);
                    // (The innermost mask is the one read.)
                    let mask = if *masked == Masked::No { mask } else { *masked };
                    stack.push(Level { items, next: 0, ctm: ctm * *at, style, symbol, mask });
                }
            }
        }
        if single { node } else { None }
    }

    /// Keeps a `<use>` whose definition is not read yet to be drawn when
    /// the drawing ends, while there is room (counted unresolved after).
    fn defer(&mut self, f: &Frame, a: &Attrs<'_>) {
        if self.defs.ended || a.get(Attr::Href).and_then(href_id).is_none() {
            self.unresolved();
        } else {
            // (Counted in bytes: style sheets may give each a long value.)
            let attrs = a.owned(|_| true);
            let size =
                std::mem::size_of::<Pending>() + attrs.iter().map(|(_, v)| v.len()).sum::<usize>();
            let most = self.allowance(SPARE_PENDING, PENDING_PER_BYTE);
            match self.defs.waiting.spend(size as u64, most) {
                Ok(()) => {
                    let p = Pending { frame: *f, attrs, here: self.here, sel: self.sel };
                    self.defs.pending.push(p);
                }
                Err(first) => {
                    self.unresolved();
                    if first {
                        self.warn(format!(
                            "<use> elements that come before what they draw would keep more than \
                             {most} bytes; the rest are left out"
                        ));
                    }
                }
            }
        }
    }

    /// Draws the `<use>` elements that came before their definitions, in
    /// the order they came, now that every definition is read. Each is
    /// drawn after the last shape: no head of a stroke before it.
    pub(super) fn draw_pending(&mut self) {
        self.defs.ended = true;
        let (here, sel) = (self.here, self.sel);
        for p in std::mem::take(&mut self.defs.pending) {
            (self.here, self.sel) = (p.here, p.sel);
            self.last_stroke = None;
            self.block_stroke = None;
            self.stroke_before = None;
            self.use_element(&p.frame, &p.attrs);
        }
        (self.here, self.sel) = (here, sel);
    }

    /// Counts a `<use>` that draws nothing found.
    fn unresolved(&mut self) {
        *self.out.ignored.entry("use (unresolved)".into()).or_insert(0) += 1;
    }

    /// Counts `cost` more drawn by `<use>`; false (and warned once) beyond
    /// what the drawing's size allows.
    fn may_draw(&mut self, cost: u64) -> bool {
        let most = self.allowance(SPARE_DRAWN, DRAWN_PER_BYTE);
        let spent = self.defs.drawn.spend(cost, most);
        if spent == Err(true) {
            self.warn(format!(
                "<use> elements draw more than {most} path elements, many times what the \
                 drawing writes; the rest are left out"
            ));
        }
        spent.is_ok()
    }

    /// `spare`, and `per_byte` for every byte read so far.
    fn allowance(&self, spare: u64, per_byte: u64) -> u64 {
        let read = self.here.offset.unwrap_or(0);
        spare.saturating_add(per_byte.saturating_mul(read))
    }

    /// Adds an item costing `cost` to the definitions open round content
    /// that is drawn with them (see [`Defs::add`]), warning once when they
    /// are full.
    fn keep(
        &mut self,
        from: u16,
        cost: u64,
        own: Option<&Arc<Attrs<'static>>>,
        make: impl Fn(Affine, Layers) -> Item,
    ) {
        let most = self.allowance(SPARE_KEPT, KEPT_PER_BYTE);
        if self.defs.add((from.into(), cost, most), own, make) == Err(true) {
            self.warn(format!(
                "definitions hold more than {most} path elements, many times what the drawing \
                 writes; the rest are left out"
            ));
        }
    }

    /// The definition a `<use>` draws, and its id, where it is read: a
    /// definition, or a shape drawn in the body.
    fn used(&mut self, a: &Attrs<'_>) -> Option<(Text, Def)> {
        let id = a.get(Attr::Href).and_then(href_id)?;
        let key = self.out.strings.get(id)?;
        if !self.defs.map.contains_key(&key)
            && let Some(drawn) = self.defs.body.remove(&key)
        {
            let ctm = drawn.attrs.get(Attr::Transform).and_then(parse_transform);
            let frame = Frame {
                ctm: ctm.unwrap_or(Affine::IDENTITY),
                viewport: drawn.viewport,
                ..Frame::ROOT
            };
            let (path, circle) = self.def_geometry(&frame, &drawn.attrs, drawn.kind);
            let styles = own_style(&drawn.attrs).into_iter().collect();
            let items = Arc::new(vec![Item::Shape { path, circle, styles }]);
            self.defs.map.insert(key, Def { items, symbol: false });
        }
        self.defs.map.get(&key).map(|d| (key, d.clone()))
    }

    /// A shape drawn in the body (in `parent`), kept as it was read when
    /// it has an id, for a `<use>` that draws it again, while there is
    /// room.
    pub(super) fn drawn_with_id(&mut self, parent: &Frame, a: &Attrs<'_>, kind: Element) {
        let Some(id) = a.get(Attr::Id).map(str::trim).filter(|s| !s.is_empty()) else { return };
        if self.defs.kept_body.out {
            return;
        }
        let attrs = a.owned(|_| true);
        let size = attrs.iter().map(|(_, v)| v.len() + 16).sum::<usize>() + id.len();
        if self.defs.kept_body.spend(size as u64, SPARE_BODY).is_err() {
            return;
        }
        let key = self.out.strings.intern(id);
        self.defs.body.insert(key, Drawn { kind, attrs, viewport: parent.viewport });
    }

    /// An element inside a definition container.
    pub(super) fn definition(
        &mut self,
        p: Frame,
        a: &Attrs<'_>,
        kind: Element,
        has_children: bool,
    ) -> Option<Frame> {
        let Scope::Defs { marker, open, layers, from, mask, clip } = p.scope else { return None };
        // Definitions and layers of elements closed since are done with.
        self.defs.open.truncate(open.into());
        self.defs.layers.truncate(layers.into());
        let mut ctm = p.ctm;
        if let Some(m) = a.get(Attr::Transform).and_then(parse_transform) {
            ctm *= m;
        }
        let id = a.get(Attr::Id).map(str::trim).filter(|s| !s.is_empty());
        let frame = Frame { ctm, ..p };
        if let Some(c) = clip
            && self.defs.clips.get(&c) == Some(&false)
            && !a.display_none()
            && self.shows_in_clip(&frame, a, kind)
        {
            self.defs.clips.insert(c, true);
        }
        match kind {
            // A style sheet applies wherever it is written.
            Element::Style => self.character_data(Some(p), kind, has_children),
            // A `<defs>` (or a clip path, mask or pattern) is not drawn by
            // a `<use>` of a definition round it: its content is no part
            // of those. Editors give it an id, but its children keep their
            // own.
            Element::Definitions => has_children.then_some(Frame {
                scope: Scope::Defs { marker, open, layers, from: open, mask, clip },
                ..frame
            }),
            // A mask is not drawn; what it shows is remembered for what it
            // masks (a `<use>` in it is looked up when the mask is used).
            Element::Mask => has_children.then_some(Frame {
                scope: Scope::Defs {
                    marker,
                    open,
                    layers,
                    from: open,
                    mask: id.map(|id| self.out.strings.intern(id)),
                    clip,
                },
                ..frame
            }),
            Element::Marker => {
                let key = id.map(|id| self.out.strings.intern(id));
                if let Some(k) = key {
                    self.out.markers.insert(k, self.marker_geometry(a));
                }
                let scope = Scope::Defs { marker: key, open, layers, from: open, mask: None, clip };
                has_children.then_some(Frame { ctm: Affine::IDENTITY, scope, ..p })
            }
            Element::Image => {
                if !a.display_none() {
                    let n = self.picture_part(&frame, a, id, from);
                    if let (Some(m), Some(n)) = (mask, n) {
                        self.defs.masks.entry(m).or_insert(Masking::Picture(n));
                    }
                }
                self.skip_children(has_children);
                None
            }
            // A clip path is not drawn; whether it holds an area is
            // remembered for what it clips (nothing, where it holds none).
            Element::Clip => {
                let key = id.map(|id| self.out.strings.intern(id));
                if let Some(k) = key {
                    self.defs.clips.insert(k, false);
                }
                let clip = key.or(clip);
                let scope = Scope::Defs { marker, open, layers, from: open, mask, clip };
                has_children.then_some(Frame { scope, ..frame })
            }
            Element::Symbol | Element::Group | Element::Svg if a.display_none() => {
                self.skip_children(has_children);
                None
            }
            Element::Symbol | Element::Group | Element::Svg => {
                has_children.then(|| self.open_definition(frame, p.ctm, a, id, kind))
            }
            Element::Use => {
                if !a.display_none() {
                    if let Some(m) = mask
                        && let Some(href) = a.get(Attr::Href).and_then(href_id)
                    {
                        let href = self.out.strings.intern(href);
                        self.defs.masks.entry(m).or_insert(Masking::Use(href));
                    }
                    self.use_in_definition(&frame, a, from);
                }
                self.skip_children(has_children);
                None
            }
            Element::Circle
            | Element::Ellipse
            | Element::Rect
            | Element::Polyline
            | Element::Polygon
            | Element::Path
            | Element::Line => {
                if !a.display_none() {
                    self.part(&frame, a, (kind, id), (marker, from));
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

    /// A group (or symbol, or nested `<svg>`) inside a definition: its
    /// style is a layer of its parts', and with an id it is a definition
    /// of its own. `outer` maps the coordinates round it.
    fn open_definition(
        &mut self,
        mut frame: Frame,
        outer: Affine,
        a: &Attrs<'_>,
        id: Option<&str>,
        kind: Element,
    ) -> Frame {
        let Scope::Defs { marker, mut from, mask, clip, .. } = frame.scope else { return frame };
        let layers = self.defs.layers.len();
        // A symbol is drawn only by its own `<use>`: no part of the
        // definitions round it.
        if kind == Element::Symbol {
            from = u16::try_from(self.defs.open.len()).unwrap_or(u16::MAX);
        }
        if let Some(id) = id
            && self.defs.open.len() < MAX_OPEN
        {
            let key = self.out.strings.intern(id);
            let symbol = a.get(Attr::ViewBox).is_some() || kind == Element::Symbol;
            // A symbol's content is in its own coordinates; a group's, in
            // those round it, its own transform included.
            let base = if kind == Element::Symbol { frame.ctm } else { outer };
            let local = if base.determinant() == 0.0 { Affine::scale(0.0) } else { base.inverse() };
            self.defs.map.insert(key, Def { items: Arc::default(), symbol });
            self.defs.open.push(Open { key, layers, local });
        }
        self.defs.layers.extend(own_style(a));
        let count = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        frame.scope = Scope::Defs {
            marker,
            open: count(self.defs.open.len()),
            layers: count(self.defs.layers.len()),
            from,
            mask,
            clip,
        };
        frame
    }

    /// A shape inside a definition: a part of the definitions open round
    /// it, a definition of its own with an id, and the extent of a marker.
    fn part(
        &mut self,
        frame: &Frame,
        a: &Attrs<'_>,
        (kind, id): (Element, Option<&str>),
        (marker, from): (Option<Text>, u16),
    ) {
        let (path, circle) = self.def_geometry(frame, a, kind);
        let own = own_style(a);
        if let Some(m) = marker {
            self.marker_part(frame, m, (&path, circle), own.as_ref());
        }
        if let Some(m) = marker
            && let Some(mk) = self.out.markers.get_mut(&m)
        {
            let bb = path.bounding_box();
            if bb.x1.is_finite() {
                mk.tip = mk.tip.max(bb.x1);
            }
            // (A stroke's width across is the marker stroke's own, not
            // known here: a line drawn along the axis has none.)
            if bb.height().is_finite() && bb.width().is_finite() {
                mk.across = mk.across.max(bb.height());
                mk.along = mk.along.max(bb.width());
            }
        }
        let cost = path.elements().len() as u64 + 1;
        self.keep(from, cost, own.as_ref(), |local, styles| {
            let mut path = path.clone();
            path.apply_affine(local);
            let circle = circle.and_then(|(c, r)| moved(local).then(|| (local * c, r)));
            Item::Shape { path, circle, styles }
        });
        // A part with an id of its own may be drawn alone too.
        if let Some(id) = id {
            let key = self.out.strings.intern(id);
            let styles = own.into_iter().collect();
            let items = Arc::new(vec![Item::Shape { path, circle, styles }]);
            self.defs.map.insert(key, Def { items, symbol: false });
        }
    }

    /// An `<image>` inside a definition: a part of the definitions open
    /// round it, and a definition of its own with an id.
    fn picture_part(
        &mut self,
        frame: &Frame,
        a: &Attrs<'_>,
        id: Option<&str>,
        from: u16,
    ) -> Option<u32> {
        let p = self.picture(frame, a)?;
        let n = self.keep_picture(p)?;
        let own = own_style(a);
        let at = frame.ctm;
        self.keep(from, 1, own.as_ref(), |local, styles| Item::Picture {
            n,
            at: local * at,
            styles,
        });
        if let Some(id) = id {
            let key = self.out.strings.intern(id);
            let items = Arc::new(vec![Item::Picture { n, at, styles: own.into_iter().collect() }]);
            self.defs.map.insert(key, Def { items, symbol: false });
        }
        Some(n)
    }

    /// A `<use>` inside a definition: an item of the definitions open
    /// round it.
    fn use_in_definition(&mut self, frame: &Frame, a: &Attrs<'_>, from: u16) {
        let id = a.get(Attr::Id).map(str::trim).filter(|s| !s.is_empty());
        if self.defs.open.len() <= usize::from(from) && id.is_none() {
            return;
        }
        let Some((key, def)) = self.used(a) else {
            self.unresolved();
            return;
        };
        // A definition that uses itself, or one round it, draws nothing
        // there (SVG calls it an error).
        if self.defs.open.iter().any(|o| o.key == key) {
            return;
        }
        let u = self.units(frame.viewport);
        let x = len_or(a.get(Attr::X), Axis::X, &u, 0.0);
        let y = len_or(a.get(Attr::Y), Axis::Y, &u, 0.0);
        let m = frame.ctm * Affine::translate((x, y));
        let symbol = def.symbol.then_some(key);
        let mask = self.mask_of(a);
        let own = own_style(a);
        self.keep(from, 1, own.as_ref(), |local, styles| Item::Use {
            items: Arc::clone(&def.items),
            at: local * m,
            styles,
            symbol,
            mask,
        });
        // With an id of its own it may be drawn alone too (gnuplot defines
        // its filled point as a `<use>` of the outlined one).
        if let Some(id) = id {
            let alone = self.out.strings.intern(id);
            if alone != key {
                let styles = own.into_iter().collect();
                let item = Item::Use { items: def.items, at: m, styles, symbol, mask };
                self.defs.map.insert(alone, Def { items: Arc::new(vec![item]), symbol: false });
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

    /// Notes the marker's disc where its first part is a `<circle>` on its
    /// vertex, painted (its paint computed as the marker's content
    /// inherits it: from the marker's ancestors, not from the stroke); any
    /// other part, or a second, leaves it none.
    fn marker_part(
        &mut self,
        frame: &Frame,
        m: Text,
        (path, circle): (&BezPath, Option<(Point, f64)>),
        own: Option<&Arc<Attrs<'static>>>,
    ) {
        let Some(mk) = self.out.markers.get(&m) else { return };
        let first = !mk.tip.is_finite();
        let (rx, ry) = (mk.ref_x, mk.ref_y);
        let disc = circle.filter(|&(c, r)| {
            first && !path.is_empty() && r > 0.0 && (c - Point::new(rx, ry)).hypot() <= 0.5 * r
        });
        let dot = disc.and_then(|(_, r)| {
            let mut style = frame.style;
            for layer in self.defs.layers.clone().iter().chain(own) {
                self.style(&mut style, layer, frame.viewport);
            }
            let fill = if style.no_fill { Text::EMPTY } else { style.fill };
            let stroke =
                if style.no_stroke || style.no_stroke_set { Text::EMPTY } else { style.stroke };
            (style.visible && (!fill.is_empty() || !stroke.is_empty())).then_some(Dot {
                r,
                fill,
                stroke,
            })
        });
        if let Some(mk) = self.out.markers.get_mut(&m) {
            mk.dot = dot;
        }
    }

    /// Whether `a` draws through a clip path read before it that holds
    /// no area (dvisvgm clips a head it leaves out to a lone point): it
    /// shows nothing, nor does anything inside it.
    pub(super) fn clipped_away(&self, a: &Attrs<'_>) -> bool {
        if self.defs.clips.is_empty() {
            return false;
        }
        let Some(id) = a.get(Attr::ClipPath).and_then(url_id) else { return false };
        self.out.strings.get(id).is_some_and(|key| self.defs.clips.get(&key) == Some(&false))
    }

    /// Whether an element inside a clip path may let something show
    /// through it: anything but a line, or a path or polygon whose points
    /// span no area. (A box's or a circle's size may come from a style
    /// sheet, read apart.)
    fn shows_in_clip(&mut self, frame: &Frame, a: &Attrs<'_>, kind: Element) -> bool {
        match kind {
            Element::Line => false,
            Element::Polyline | Element::Polygon | Element::Path => {
                let b = self.def_geometry(frame, a, kind).0.bounding_box();
                b.width() > 0.0 && b.height() > 0.0
            }
            _ => true,
        }
    }

    /// What a `<marker>` adds beyond its vertex.
    pub(super) fn marker_geometry(&self, a: &Attrs<'_>) -> Marker {
        let u = self.units((100.0, 100.0));
        let mw = len_or(a.get(Attr::MarkerWidth), Axis::X, &u, 3.0);
        let mh = len_or(a.get(Attr::MarkerHeight), Axis::Y, &u, 3.0);
        let ref_x = len_or(a.get(Attr::RefX), Axis::X, &u, 0.0);
        let ref_y = len_or(a.get(Attr::RefY), Axis::Y, &u, 0.0);
        // Content x is scaled into the marker's viewport by the viewBox.
        let scale = match a.get(Attr::ViewBox).and_then(|v| v.parse::<svgtypes::ViewBox>().ok()) {
            Some(vb) if vb.w > 0.0 && vb.h > 0.0 => (mw / vb.w).min(mh / vb.h),
            _ => 1.0,
        };
        let stroke_units = a.get(Attr::MarkerUnits).is_none_or(|m| m.trim() != "userSpaceOnUse");
        // The tip is filled in from the content's extent as it is read.
        Marker {
            tip: f64::NEG_INFINITY,
            across: 0.0,
            along: 0.0,
            stroke_units,
            ref_x,
            ref_y,
            scale,
            dot: None,
        }
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
