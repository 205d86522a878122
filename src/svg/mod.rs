//! Reading an SVG drawing into shapes in root user space: closed shapes
//! (node candidates), open strokes (edge candidates), text labels,
//! comments and the groups they sit in, all in document order.

pub(crate) mod candidates;
pub(crate) mod css;
pub(crate) mod input;
pub(crate) mod length;
mod pipeline;
pub(crate) mod reader;
pub(crate) mod style;
pub(crate) mod transform;

use kurbo::{Point, Vec2};

use crate::geom::Outline;
use crate::graph::{EdgeStyle, StyleId};
use crate::report::Warnings;
use crate::text::{Strings, Text};
pub(crate) use candidates::Candidates;

/// "None" for the `u32` indexes below.
pub(crate) const NONE: u32 = u32::MAX;

/// The element a node is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
        }
    }
}

/// A closed shape, in root user space: a node candidate (or a background,
/// a container, a decoration, an arrowhead: the graph builder decides).
#[derive(Clone, Debug)]
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
    /// The innermost group around it, or [`NONE`].
    pub group: u32,
    /// The edge candidate drawn right before it, or [`NONE`].
    pub after_stroke: u32,
    /// The `id` of the definition a `<use>` drew.
    pub href: Text,
    /// The generating tool's own id for the node, where it wrote one.
    pub ident: Text,
    /// Chosen by the user's node selector (true when there is none).
    pub selected: bool,
    /// Effective opacity (see [`crate::Node::opacity`]).
    pub opacity: f32,
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
    /// Index into [`Drawing::extras`] for curved strokes, or [`NONE`] for
    /// straight ones (whose directions follow from `a` and `b`).
    pub extra: u32,
    /// The innermost group around it, or [`NONE`].
    pub group: u32,
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
}

impl EdgeShape {
    /// Directions at the two ends and a far point.
    pub(crate) fn shape(&self, extras: &[StrokeExtra]) -> StrokeExtra {
        match extras.get(self.extra as usize) {
            Some(x) => *x,
            None => StrokeExtra { a_dir: self.b - self.a, b_dir: self.b - self.a, far: self.b },
        }
    }
}

/// A `<g>` (or `<a>`, `<svg>`) around shapes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Group {
    pub parent: u32,
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
    pub group: u32,
    /// Its font size in root user units.
    pub size: f64,
    /// The edge candidate drawn last before it, when nothing but shapes
    /// came between them since the last comment (PlantUML draws a link's
    /// label right after its path and head), else [`NONE`].
    pub after_stroke: u32,
    /// The tool's id of the node it labels, where the tool says
    /// (sigma.js `data-label-target`), else empty.
    pub target: Text,
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

/// Edge candidates per chunk.
/// (Small in unit tests, so that small drawings fill several.)
pub(crate) const EDGE_CHUNK: usize = if cfg!(test) { 64 } else { 16 * 1024 };

/// Everything the reader found, in document order.
#[derive(Debug, Default)]
pub(crate) struct Drawing {
    pub nodes: Vec<NodeShape>,
    /// Edge candidates, in order (spooled to a file when there are many).
    pub edges: Candidates,
    pub extras: Vec<StrokeExtra>,
    /// The distinct styles of the edge candidates.
    pub edge_styles: EdgeStyles,
    pub groups: Vec<Group>,
    pub labels: Vec<Label>,
    /// Comments, each with the number of shapes drawn before it.
    pub comments: Vec<(u32, Text)>,
    pub origin: Origin,
    pub strings: Strings,
    /// The titles of node shapes, not yet interned (see [`Titles`]).
    pub titles: Titles,
    pub warnings: Warnings,
    /// Shape elements that are neither nodes nor edge candidates, by name.
    pub ignored: std::collections::BTreeMap<String, u64>,
    /// Elements not drawn (invisible) and therefore not extracted.
    pub invisible: u64,
    /// Shapes with an `id` that `<use>` may draw, by id.
    pub defs: foldhash::HashMap<Text, Def>,
    /// Markers, by id.
    pub markers: foldhash::HashMap<Text, Marker>,
    /// Connectors (Inkscape's `connection-start`/`-end`, as igraph's
    /// `write_svg` draws edges): edge candidate index and the ids of the
    /// elements its ends are attached to.
    pub connectors: Vec<(u32, Text, Text)>,
}

/// The titles of node shapes as read, to be interned later: a drawing may
/// give each of a million nodes a title of its own, and interning them as
/// they came held up the reader (the interner's table grew, and was
/// rebuilt, while the tokenizer waited). They are interned beside the
/// node index instead ([`Titles::intern`]).
#[derive(Debug, Default)]
pub(crate) struct Titles {
    text: String,
    /// Each title's node and length in `text`, in document order.
    lens: Vec<(u32, u32)>,
}

impl Titles {
    /// Adds the title `t` of node shape `node` (cut at 4 GiB).
    pub(crate) fn push(&mut self, node: usize, t: &str) {
        let t = &t[..t.floor_char_boundary(u32::MAX as usize)];
        self.text.push_str(t);
        self.lens.push((node as u32, t.len() as u32));
    }

    /// The titles, interned into `strings`, in order.
    pub(crate) fn intern(&self, strings: &mut Strings) -> Vec<Text> {
        strings.reserve(self.lens.len());
        let mut start = 0;
        self.lens
            .iter()
            .map(|&(_, len)| {
                let end = start + len as usize;
                let t = strings.intern(&self.text[start..end]);
                start = end;
                t
            })
            .collect()
    }

    /// The node of each title, in order.
    pub(crate) fn nodes(&self) -> impl Iterator<Item = usize> + '_ {
        self.lens.iter().map(|&(node, _)| node as usize)
    }
}

/// A shape kept for `<use>`.
#[derive(Clone, Debug)]
pub(crate) struct Def {
    /// The outline in the definition's own coordinates (its own transform
    /// applied), all parts of a `<symbol>` or `<g>` together.
    pub path: kurbo::BezPath,
    /// An exact circle (centre, radius), when the definition is one.
    pub circle: Option<(Point, f64)>,
    pub fill: Text,
    pub stroke: Text,
    /// A `<symbol>` (glyphs of text are drawn so).
    pub symbol: bool,
}

/// A marker's reach beyond the vertex it is drawn at.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marker {
    /// The largest x of its content, in content units (`-inf` if empty).
    pub tip: f64,
    /// `refX`: the content x that sits on the vertex.
    pub ref_x: f64,
    /// Content units to marker units (from `viewBox` and the marker size).
    pub scale: f64,
    /// Marker units are stroke widths (`markerUnits="strokeWidth"`).
    pub stroke_units: bool,
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
}

impl Drawing {
    pub(crate) fn push_edge(&mut self, e: EdgeShape) {
        self.edges.push(e);
    }

    pub(crate) fn edge_count(&self) -> usize {
        self.edges.len()
    }
}

/// The table of distinct edge styles.
#[derive(Debug, Default)]
pub(crate) struct EdgeStyles {
    pub list: Vec<EdgeStyle>,
    map: foldhash::HashMap<EdgeStyleKey, StyleId>,
    last: Option<(EdgeStyleKey, StyleId)>,
}

type EdgeStyleKey = (Text, u64, Text, Text, Text, u32);

impl EdgeStyles {
    pub(crate) fn intern(&mut self, s: EdgeStyle) -> StyleId {
        let key = (
            s.stroke,
            s.stroke_width.map_or(u64::MAX, f64::to_bits),
            s.class,
            s.marker_start,
            s.marker_end,
            s.opacity.to_bits(),
        );
        if let Some((k, id)) = self.last
            && k == key
        {
            return id;
        }
        let list = &mut self.list;
        let id = *self.map.entry(key).or_insert_with(|| {
            list.push(s);
            StyleId(list.len() as u32 - 1)
        });
        self.last = Some((key, id));
        id
    }
}
