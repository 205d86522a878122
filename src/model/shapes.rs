//! The shapes a drawing is read into, in root user space: node candidates,
//! edge candidates, groups, labels, and the definitions `<use>` and
//! markers refer to.

use kurbo::{Point, Vec2};
use nonmax::NonMaxU32;

use super::{EdgeStyle, StyleId};
use crate::geom::Outline;
use crate::geom::spine::Spine;
use crate::text::Text;

/// An index into one of the drawing's lists (groups, strokes, stroke
/// extras), or none. Four bytes, as `u32` is: a drawing may hold millions
/// of shapes.
pub(crate) type Index = Option<NonMaxU32>;

/// `i` as an [`Index`] (none from `u32::MAX` on: no list grows so long).
pub(crate) fn index(i: usize) -> Index {
    u32::try_from(i).ok().and_then(NonMaxU32::new)
}

/// The item of `list` at `i`.
pub(crate) fn at<T>(list: &[T], i: Index) -> Option<&T> {
    list.get(i?.get() as usize)
}

/// The element a node is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShapeKind {
    /// `<circle>`.
    Circle,
    /// `<ellipse>`.
    Ellipse,
    /// `<rect>`.
    Rect,
    /// `<polygon>` (or a closed `<polyline>`).
    Polygon,
    /// A closed `<path>`.
    Path,
    /// A `<use>` of a shape or symbol.
    Use,
    /// Text alone, in a node group that draws no shape (Graphviz
    /// `shape=plaintext`): its outline is the box the text is estimated
    /// to take.
    Text,
    /// A figure drawn in parts (a UML actor's head and limbs): its outline
    /// is the box around them.
    Figure,
    /// A table: boxes laid edge to edge (an HTML-like label's cells, a
    /// class's compartments drawn apart); its outline is the box around
    /// them.
    Table,
    /// An `<image>`: its outline is the outline round its opaque pixels.
    Image,
}

impl ShapeKind {
    /// The element's name.
    pub fn name(self) -> &'static str {
        match self {
            ShapeKind::Circle => "circle",
            ShapeKind::Ellipse => "ellipse",
            ShapeKind::Rect => "rect",
            ShapeKind::Polygon => "polygon",
            ShapeKind::Path => "path",
            ShapeKind::Use => "use",
            ShapeKind::Text => "text",
            ShapeKind::Figure => "figure",
            ShapeKind::Table => "table",
            ShapeKind::Image => "image",
        }
    }
}

/// A closed shape, in root user space: a node candidate (or a background,
/// a container, a decoration, an arrowhead: the graph builder decides).
#[derive(Clone, Debug)]
#[allow(clippy::struct_excessive_bools)] // independent facts the roles read, one per shape
pub(crate) struct NodeShape {
    pub center: Point,
    pub outline: Outline,
    pub kind: ShapeKind,
    pub svg_id: Text,
    /// Text of the element's `<title>` child.
    pub title: Text,
    pub fill: Text,
    pub stroke: Text,
    pub class: Text,
    /// The fill paints something.
    pub filled: bool,
    /// The element carries a `filter` (PlantUML marks entities so).
    pub filtered: bool,
    /// The innermost group around it.
    pub group: Index,
    /// The edge candidate drawn right before it.
    pub after_stroke: Index,
    /// How many edge candidates were drawn before it: the index of the
    /// next one drawn.
    pub strokes_before: u32,
    /// The `id` of the definition a `<use>` drew.
    pub href: Text,
    /// The generating tool's own id for the node, where it wrote one.
    pub ident: Text,
    /// Chosen by the user's node selector (true when there is none).
    pub selected: bool,
    /// Effective opacity (see [`crate::Node::opacity`]).
    pub opacity: f32,
    /// Closed parts drawn apart (see [`crate::geom::path::Closed`]).
    pub pieces: u16,
    /// Drawn as a glyph's outline is (see
    /// [`crate::geom::path::Closed::intricate`]).
    pub intricate: bool,
    /// Where the element starts (saturating), for messages about what it
    /// is taken for.
    pub line: u32,
    pub column: u32,
}

impl NodeShape {
    /// A shape the roles stage makes of what was drawn otherwise (a ring
    /// of strokes, a marker's disc), at `center` with `outline`: no paint,
    /// name, group or place in the document yet (the caller gives those).
    pub(crate) fn made(center: Point, outline: Outline, kind: ShapeKind) -> NodeShape {
        NodeShape {
            center,
            outline,
            kind,
            svg_id: Text::EMPTY,
            title: Text::EMPTY,
            fill: Text::EMPTY,
            stroke: Text::EMPTY,
            class: Text::EMPTY,
            filled: false,
            filtered: false,
            group: None,
            after_stroke: None,
            strokes_before: 0,
            href: Text::EMPTY,
            ident: Text::EMPTY,
            selected: true,
            opacity: 1.0,
            pieces: 1,
            intricate: false,
            line: 0,
            column: 0,
        }
    }

    /// A node that is text alone, its outline the box `r` (none where the
    /// box encloses nothing).
    pub(crate) fn text(
        r: kurbo::Rect,
        group: Index,
        after_stroke: Index,
        selected: bool,
    ) -> Option<NodeShape> {
        let (center, outline) = Outline::of_box(r)?;
        Some(NodeShape {
            center,
            outline,
            kind: ShapeKind::Text,
            svg_id: Text::EMPTY,
            title: Text::EMPTY,
            fill: Text::EMPTY,
            stroke: Text::EMPTY,
            class: Text::EMPTY,
            filled: false,
            filtered: false,
            group,
            after_stroke,
            strokes_before: 0,
            href: Text::EMPTY,
            ident: Text::EMPTY,
            selected,
            opacity: 1.0,
            pieces: 1,
            intricate: false,
            line: 0,
            column: 0,
        })
    }

    /// A node of kind `kind` drawn in parts, its outline the box `r`
    /// round them, painted and placed in the document like `part` (its
    /// first part); none where the box encloses nothing.
    pub(crate) fn of_parts(kind: ShapeKind, r: kurbo::Rect, part: &NodeShape) -> Option<NodeShape> {
        let outline = NodeShape::text(r, part.group, part.after_stroke, true)?;
        Some(NodeShape {
            kind,
            fill: part.fill,
            stroke: part.stroke,
            filled: part.filled,
            opacity: part.opacity,
            line: part.line,
            column: part.column,
            strokes_before: part.strokes_before,
            ..outline
        })
    }
}

/// An edge candidate: a stroke between two end points, in root user space.
/// Kept small: a drawing may hold millions.
#[derive(Clone, Debug)]
pub(crate) struct EdgeShape {
    pub a: Point,
    pub b: Point,
    /// Index into [`Drawing::edge_styles`].
    pub style: StyleId,
    pub svg_id: Text,
    /// Where the element starts (saturating), for messages.
    pub line: u32,
    pub column: u32,
    /// Index into [`Drawing::extras`] for curved strokes, or none for
    /// straight ones (whose directions follow from `a` and `b`).
    pub extra: Index,
    /// The innermost group around it.
    pub group: Index,
}

/// What a curved stroke adds to its ends.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StrokeExtra {
    /// Direction of travel at `a` (into the stroke).
    pub a_dir: Vec2,
    /// Direction of travel at `b` (out of the stroke).
    pub b_dir: Vec2,
    /// A point of the stroke far from `a`.
    pub far: Point,
    /// The point halfway along the stroke.
    pub mid: Point,
    /// Whether it starts and ends on a curve (its tangents there may
    /// overshoot: see [`EdgeShape::arriving`]); straight legs do not.
    pub curved: [bool; 2],
}

impl EdgeShape {
    /// The direction the stroke travels in as it reaches end `b` (or, with
    /// `at_b` false, end `a`, travelling backwards): its tangent there,
    /// unless that end is curved and the tangent turns back against both
    /// the way from its other end and the way from its middle, on a stroke
    /// running from end to end (not round a loop): a curve a hair long
    /// that overshoots and comes back, as matplotlib draws a shaft shorter
    /// than its head. (A bend before the end, a loop's turn and a straight
    /// last leg turning back, as an orthogonal route round a node does,
    /// leave the tangent as it is.)
    pub(crate) fn arriving(&self, extras: &[StrokeExtra], at_b: bool) -> Vec2 {
        let x = self.shape(extras);
        let (tangent, end, chord) = if at_b {
            (x.b_dir, self.b, self.b - self.a)
        } else {
            (-x.a_dir, self.a, self.a - self.b)
        };
        if !x.curved[usize::from(at_b)] {
            return tangent;
        }
        let from_mid = end - x.mid;
        let runs = chord.hypot() >= 0.5 * (x.far - self.a).hypot();
        if runs && tangent.dot(chord) < 0.0 && tangent.dot(from_mid) < 0.0 {
            from_mid
        } else {
            tangent
        }
    }

    /// Directions at the two ends and a far point.
    pub(crate) fn shape(&self, extras: &[StrokeExtra]) -> StrokeExtra {
        match at(extras, self.extra) {
            Some(x) => *x,
            None => StrokeExtra {
                a_dir: self.b - self.a,
                b_dir: self.b - self.a,
                far: self.b,
                mid: self.a.midpoint(self.b),
                curved: [false; 2],
            },
        }
    }
}

/// A filled closed shape long and thin enough to be a stroke drawn as its
/// outline (see [`crate::geom::spine`]): kept beside its node candidate
/// until the roles stage sees whether its ends join two shapes.
#[derive(Clone, Debug)]
pub(crate) struct Outlined {
    /// The node candidate it was read as.
    pub node: u32,
    pub spine: Spine,
    /// How it is painted, as a stroke (its fill is its colour).
    pub paint: EdgeStyle,
    /// Where the element starts (saturating), for messages.
    pub line: u32,
    pub column: u32,
}

/// A stroke drawn straight through several points: an edge candidate
/// (open) or an unfilled node candidate (closed) that may draw several
/// edges at once, through the nodes at its corners (see
/// `roles::chains`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Polyline {
    /// The candidate it was read as: an edge candidate when open, a node
    /// candidate when closed.
    pub shape: u32,
    pub closed: bool,
    /// How it is painted, as a stroke.
    pub style: StyleId,
    /// Its points: `Drawing::corners[start..start + len]`.
    pub start: u32,
    pub len: u32,
    /// Where the element starts (saturating), for messages.
    pub line: u32,
    pub column: u32,
}

/// A `<g>` (or `<a>`, `<svg>`) around shapes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Group {
    /// The group around it (none for the root).
    pub parent: Index,
    pub class: Text,
    pub svg_id: Text,
    /// Text of the group's `<title>` child.
    pub title: Text,
    /// Its `data-cell-id` (draw.io).
    pub cell: Text,
}

/// Text drawn in the picture (`<text>`, or HTML in a `<foreignObject>`).
#[derive(Clone, Debug)]
pub(crate) struct Label {
    /// Where it is anchored, in root user space.
    pub pos: Point,
    pub text: Text,
    pub group: Index,
    /// Its font size in root user units.
    pub size: f64,
    /// How far it reaches left and right of `pos` (its length given, or
    /// estimated at 0.6 of the font size a character, placed by its
    /// anchor), in root user units.
    pub span: (f32, f32),
    /// The edge candidate drawn last before it, when nothing but shapes
    /// came between them since the last comment (PlantUML draws a link's
    /// label right after its path and head).
    pub after_stroke: Index,
    /// The tool's id of the node it labels, where the tool says
    /// (sigma.js `data-label-target`), else empty.
    pub target: Text,
    /// Its baseline runs level, left to right (not turned or mirrored).
    pub level: bool,
}

impl Label {
    /// The box its text takes: its span, from 0.8 of the font size above
    /// its baseline to a quarter below.
    pub(crate) fn extent(&self) -> kurbo::Rect {
        let (x0, x1) = (self.pos.x + f64::from(self.span.0), self.pos.x + f64::from(self.span.1));
        kurbo::Rect::new(x0, self.pos.y - 0.8 * self.size, x1, self.pos.y + 0.25 * self.size)
    }
}

/// What the document says about the program that wrote it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Origin {
    /// The first comments, abridged.
    pub comments: Vec<String>,
    /// Text of `<metadata>`, abridged.
    pub metadata: String,
    /// The root's `id`, `class` and `aria-roledescription`.
    pub root_id: String,
    pub root_class: String,
    pub root_role: String,
    /// The root's `content` where it holds a draw.io file (`<mxfile`).
    pub drawio: Option<String>,
}

/// A marker's reach beyond the vertex it is drawn at.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marker {
    /// The largest x of its content, in content units (`-inf` if empty).
    pub tip: f64,
    /// The extent of its content across the stroke (in y) and along it
    /// (in x), in content units: a marker of no extent across is a line
    /// continuing the stroke and shows no direction (dagre-d3's
    /// `undirected` arrowhead).
    pub across: f64,
    pub along: f64,
    /// `refX`, `refY`: the content point that sits on the vertex.
    pub ref_x: f64,
    pub ref_y: f64,
    /// Content units to marker units (from `viewBox` and the marker size).
    pub scale: f64,
    /// Marker units are stroke widths (`markerUnits="strokeWidth"`).
    pub stroke_units: bool,
    /// Where its content is one disc, centred on the vertex: the disc
    /// (a vertex drawn by the marker, as svgbob draws `*`).
    pub dot: Option<Dot>,
}

/// A marker's disc: its radius in content units and its paint.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Dot {
    pub r: f64,
    pub fill: Text,
    pub stroke: Text,
}

impl Marker {
    /// How far the tip lies ahead of the vertex along the path, in user
    /// units, for a stroke of width `stroke_width`.
    pub(crate) fn reach(&self, stroke_width: f64) -> f64 {
        if !self.tip.is_finite() {
            return 0.0;
        }
        let r = (self.tip - self.ref_x) * self.scale;
        if self.stroke_units { r * stroke_width } else { r }
    }

    /// Whether it draws something that points: not a line along the
    /// stroke (content of some extent across it: a head, a dot, a bar; or
    /// content not measured, drawn by `<use>`).
    pub(crate) fn points(&self) -> bool {
        !(self.along > 0.0 && self.across <= 0.02 * self.along)
    }

    /// Its disc's radius in user units on a stroke of width
    /// `stroke_width`, if it draws one on the vertex.
    pub(crate) fn dot_radius(&self, stroke_width: f64) -> Option<f64> {
        let r = self.dot?.r * self.scale;
        let r = if self.stroke_units { r * stroke_width } else { r };
        (r.is_finite() && r > 0.0).then_some(r)
    }
}

/// For each group: the value `own` gives the nearest group (itself or one
/// around it) that has one, or `none`. Groups come in document order, so a
/// parent precedes its children.
pub(crate) fn nearest_group<T: Copy>(
    groups: &[Group],
    none: T,
    mut own: impl FnMut(NonMaxU32, &Group) -> Option<T>,
) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(groups.len());
    for (g, grp) in groups.iter().enumerate() {
        let here = index(g).and_then(|g| own(g, grp));
        let v = here.unwrap_or_else(|| at(&out, grp.parent).copied().unwrap_or(none));
        out.push(v);
    }
    out
}
