//! Everything the reader found in a drawing, in document order.

use super::{
    Candidates, EdgeStyle, Group, Head, Label, Marker, NodeShape, Origin, Outlined, Polyline,
    StrokeExtra, StyleId,
};
use crate::report::Warnings;
use crate::text::{Strings, Text};

/// Everything the reader found, in document order.
/// How many points where strokes meet end to end a drawing records (see
/// [`Drawing::meets`]); past it, every stroke end is looked at for joints.
pub(crate) const MAX_MEETS: usize = 1 << 16;

/// How many of a stroke's widths apart ends may lie and still meet at a
/// junction: Graphviz leaves two points between a trunk and its forks
/// (see `roles::junctions`).
pub(crate) const JUNCTION_WIDTHS: f64 = 3.0;

/// How many of a line's widths a gap in it spans at most where it jumps a
/// line it crosses (`JointJS`'s and draw.io's `gap` jumps): one piece ends,
/// the next goes on along the same line past the gap (see
/// `roles::joins`).
pub(crate) const JUMP_WIDTHS: f64 = 10.0;

/// How many of a line's widths apart the two strokes of a line drawn
/// double lie, at most (see `roles::casings::doubles`).
pub(crate) const DOUBLE_WIDTHS: f64 = 4.0;

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
    /// The ids of `<symbol>`s: `<use>` of one draws a glyph of text.
    pub symbols: foldhash::HashSet<Text>,
    /// Markers, by id.
    pub markers: foldhash::HashMap<Text, Marker>,
    /// Connectors (Inkscape's `connection-start`/`-end`, as igraph's
    /// `write_svg` draws edges): edge candidate index and the ids of the
    /// elements its ends are attached to.
    pub connectors: Vec<(u32, Text, Text)>,
    /// Filled shapes thin enough to be strokes drawn as their outlines.
    pub outlined: Vec<Outlined>,
    /// Those the roles stage took for strokes: the node candidate and the
    /// edge candidate it became.
    pub outline_strokes: Vec<(u32, u32)>,
    /// Their heads, by edge candidate.
    pub outline_heads: Vec<(u32, Head)>,
    /// Points where an edge candidate meets the one drawn before it end
    /// to end (within [`JUNCTION_WIDTHS`] of the larger width, given),
    /// or starts where that one ended (within [`JUMP_WIDTHS`]), once for
    /// a run of the same point: where strokes drawn in pieces may join
    /// (see `roles::joins`).
    pub meets: Vec<(kurbo::Point, f64)>,
    /// More strokes met than [`MAX_MEETS`] records: any may be a joint.
    pub meets_overflow: bool,
    /// Some edge candidate of one width runs beside the one drawn before
    /// it, each end within [`DOUBLE_WIDTHS`] of that one's: a line may be
    /// drawn double (see `roles::casings::doubles`). Most drawings have
    /// none, and are spared the look.
    pub side_by_side: bool,
    /// Strokes drawn straight through several points, and the points.
    pub polylines: Vec<Polyline>,
    pub corners: Vec<kurbo::Point>,
    /// Pieces drawn end to end round a ring (see `roles::rings`); once
    /// the roles stage has looked, those taken for shapes.
    pub rings: Vec<Ring>,
}

/// Strokes (and filled curves) drawn end to end round a ring, each end
/// meeting exactly one other: a closed outline drawn in pieces.
#[derive(Debug)]
pub(crate) struct Ring {
    /// Its outline: each piece's start, and its middle where it is no
    /// straight line, in order round it.
    pub points: Vec<kurbo::Point>,
    /// Where the pieces meet.
    pub joints: Vec<kurbo::Point>,
    /// The edge candidates drawing it, sorted.
    pub strokes: Vec<u32>,
    /// The node candidates drawing part of it (a curve's fill), sorted.
    pub shapes: Vec<u32>,
    /// The group its pieces are in.
    pub group: super::Index,
    /// The style of its first stroke.
    pub style: StyleId,
    /// Its line width.
    pub width: f64,
    /// Chosen by the user's node selector (true when there is none).
    pub selected: bool,
    /// Where its last piece starts, for messages.
    pub line: u32,
    pub column: u32,
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

impl Drawing {
    /// Edge candidates not withdrawn (see [`crate::spool::Spool::withdraw`]).
    pub(crate) fn edge_count(&self) -> usize {
        self.edges.live()
    }

    /// Lines drawn: the edge candidates, those drawn one after another end
    /// to end counted once: each point where one meets the one before it
    /// (see [`Drawing::meets`]) for which `joint` holds joins two. The
    /// share of lines with heads is read against this: a route drawn leg
    /// by leg has one head.
    pub(crate) fn line_count(&self, joint: impl Fn(kurbo::Point, f64) -> bool) -> usize {
        let joints = if self.meets_overflow {
            0
        } else {
            self.meets.iter().filter(|&&(p, reach)| joint(p, reach)).count()
        };
        self.edge_count().saturating_sub(joints).max(1)
    }
}

/// The table of distinct edge styles.
#[derive(Debug, Default)]
pub(crate) struct EdgeStyles {
    pub list: Vec<EdgeStyle>,
    map: foldhash::HashMap<EdgeStyleKey, StyleId>,
    last: Option<(EdgeStyleKey, StyleId)>,
}

type EdgeStyleKey = (Text, u64, u64, Text, Text, Text, u32);

impl EdgeStyles {
    pub(crate) fn intern(&mut self, s: EdgeStyle) -> StyleId {
        let key = (
            s.stroke,
            s.stroke_width.map_or(u64::MAX, f64::to_bits),
            // (To a float's precision: a rotation's scale is 1 to a hair.)
            u64::from((s.line_width as f32).to_bits()),
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
