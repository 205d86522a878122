//! What the walker keeps for each open element: its scope, its
//! transformation, style and viewport, and what style sheets see of it.

use kurbo::Affine;

use super::cascade::Style;
use nonmax::NonMaxU32;

use crate::model::Index;
use crate::svg::css::CssNode;
use crate::text::Text;

pub(super) const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Most bytes of text kept for one label, a comment or the metadata.
pub(super) const MAX_TEXT: usize = 4096;

/// Most bytes of one style sheet.
pub(super) const MAX_SHEET: usize = 1 << 20;

/// Whose `<title>` is being read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum TitleOf {
    Node(usize),
    Group(NonMaxU32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Scope {
    /// `<svg>`, `<g>`, `<a>`, `<switch>`: children are rendered.
    Container { group: Index },
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
    /// shapes are kept for `<use>`, not drawn. `open` definitions with an
    /// id, and `layers` of style, round the element (see `defs::Defs`), the
    /// `from`th on of which its content is part of; `marker`, the marker
    /// being read; `mask`, the mask being read (a picture it shows masks
    /// what the mask is used on).
    Defs {
        marker: Option<Text>,
        open: u16,
        layers: u16,
        from: u16,
        mask: Option<Text>,
        /// The clip path being read, if any (see `Walker::clipped_away`).
        clip: Option<Text>,
    },
}

impl Scope {
    /// Definitions entered from a rendered container: none open yet.
    pub(super) const DEFS: Scope =
        Scope::Defs { marker: None, open: 0, layers: 0, from: 0, mask: None, clip: None };
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Frame {
    /// Maps this element's user space (children's coordinates) to the root's
    /// (inside definitions: to the definition's own space).
    pub(super) ctm: Affine,
    pub(super) style: Style,
    /// Size of the nearest viewport, for percentages.
    pub(super) viewport: (f64, f64),
    pub(super) scope: Scope,
    /// Length of the namespace binding stack before this element's own.
    pub(super) ns_mark: usize,
    /// What style sheet selectors see of the element.
    pub(super) css: CssNode,
    /// Inside an element the user's node (1) or edge (2) selector chose.
    pub(super) sel: u8,
}

impl Frame {
    /// What the root element's frame starts from.
    pub(super) const ROOT: Frame = Frame {
        ctm: Affine::IDENTITY,
        style: Style::INITIAL,
        viewport: (0.0, 0.0),
        scope: Scope::Container { group: None },
        ns_mark: 0,
        css: CssNode { local: Text::EMPTY, id: Text::EMPTY, class: Text::EMPTY },
        sel: 0,
    };
}

/// What a start tag brings to the frame pushed for its children.
#[derive(Clone, Copy)]
pub(super) struct Opened {
    pub(super) ns_mark: usize,
    pub(super) css: CssNode,
    pub(super) has_children: bool,
}

/// A namespace prefix binding: prefix ("" for the default namespace) and
/// whether it names the SVG namespace.
#[derive(Debug)]
pub(super) struct Binding {
    pub(super) prefix: String,
    pub(super) svg: bool,
}

/// What an element is, by its local name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Element {
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
    /// `<tspan>`: a run of a text, which may place it.
    Span,
    ForeignObject,
    Title,
    Metadata,
    Style,
    /// `<defs>`, `<pattern>`.
    Definitions,
    /// `<clipPath>`: a definition; what it holds is where what it clips
    /// is drawn.
    Clip,
    /// `<mask>`: a definition; a picture in it masks others.
    Mask,
    /// `<image>`.
    Image,
    /// `<symbol>`: drawn only by `<use>`.
    Symbol,
    Marker,
    /// Not rendered, with its whole subtree.
    Hidden,
}

impl Element {
    /// Whether its content is a definition, drawn only where it is used.
    pub(super) fn defines(self) -> bool {
        matches!(
            self,
            Element::Definitions
                | Element::Clip
                | Element::Mask
                | Element::Symbol
                | Element::Marker
        )
    }

    /// Whether it is a basic shape or a path.
    pub(super) fn is_shape(self) -> bool {
        matches!(
            self,
            Element::Circle
                | Element::Ellipse
                | Element::Rect
                | Element::Line
                | Element::Polyline
                | Element::Polygon
                | Element::Path
        )
    }
}

pub(super) fn classify(local: &str) -> Element {
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
        "tspan" => Element::Span,
        "foreignObject" => Element::ForeignObject,
        "title" => Element::Title,
        "metadata" => Element::Metadata,
        "style" => Element::Style,
        "defs" | "pattern" => Element::Definitions,
        "clipPath" => Element::Clip,
        "mask" => Element::Mask,
        "image" => Element::Image,
        "symbol" => Element::Symbol,
        "marker" => Element::Marker,
        // gradients, filters, style, script, desc, animation and
        // unknown elements: none of their content is a shape.
        _ => Element::Hidden,
    }
}
