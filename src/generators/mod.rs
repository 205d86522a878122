//! What one tool's drawings say beyond what any drawing shows: how to tell
//! the tool from its document, the ids it gives nodes, the ends it names
//! for edges, and the marks by which it settles roles.
//!
//! Each tool lives in a file of its own and implements [`Tool`]; the
//! generic stages (roles, matching, graph building) ask the drawing's tool
//! through that trait and never name a tool themselves. Adding a tool means
//! adding a file here and listing it in [`TOOLS`].

mod cairo;
pub(crate) mod drawio;
mod gephi;
pub(crate) mod graphviz;
mod igraph;
pub(crate) mod matplotlib;
mod mermaid;
mod plantuml;
mod sigma;
mod vega;

use crate::model::{
    Candidates, Drawing, EdgeStyle, Group, Index, Named, Names, Origin, Role, index,
};
use crate::text::{Strings, Text};

/// The program that wrote a drawing, as far as it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Generator {
    /// Graphviz (`dot`, `neato`, …), from its comment.
    Graphviz,
    /// matplotlib (networkx draws through it), from its metadata.
    Matplotlib,
    /// cairo (python-igraph plots through it), from its surface group.
    Cairo,
    /// Vega, from the root's `marks` class.
    Vega,
    /// Mermaid, from the root's role description.
    Mermaid,
    /// PlantUML, from its comments.
    PlantUml,
    /// sigma.js, from the root's class.
    Sigma,
    /// Gephi's preview export, from its `nodes` and `edges` layers.
    Gephi,
    /// python-igraph's `write_svg` (Inkscape connectors), from its comment.
    Igraph,
    /// draw.io (diagrams.net), from the diagram its export embeds.
    DrawIo,
    /// Nothing recognisable.
    Unknown,
}

impl Generator {
    /// A short lowercase name.
    pub fn name(self) -> &'static str {
        tool(self).name()
    }
}

/// What the document tells about the program that wrote it: its comments,
/// metadata and root, and the top of its group tree.
pub(crate) struct Signature<'a> {
    pub origin: &'a Origin,
    /// The comments, joined and lowercased.
    pub comments: String,
    /// A group whose id starts with `surface` (cairo).
    pub surface: bool,
    /// Top-level groups `nodes` and `edges` (Gephi's layers).
    pub gephi_layers: bool,
}

impl<'a> Signature<'a> {
    pub(crate) fn of(d: &'a Drawing) -> Signature<'a> {
        let id = |g: &Group| d.strings.resolve(g.svg_id);
        // The root's children (the root is the first group).
        let top = |name: &str| d.groups.iter().any(|g| g.parent == index(0) && id(g) == name);
        Signature {
            origin: &d.origin,
            comments: d.origin.comments.join("\n").to_ascii_lowercase(),
            surface: d.groups.iter().any(|g| id(g).starts_with("surface")),
            gephi_layers: top("nodes") && top("edges"),
        }
    }

    /// The root's class has the token `token`.
    pub(crate) fn root_class_has(&self, token: &str) -> bool {
        self.origin.root_class.split_whitespace().any(|c| c == token)
    }
}

/// The tools, in the order they are tried on a document: the first whose
/// signature matches wrote it.
const TOOLS: &[&dyn Tool] = &[
    &drawio::DrawIo,
    &graphviz::Graphviz,
    &plantuml::PlantUml,
    &igraph::Igraph,
    &matplotlib::Matplotlib,
    &mermaid::Mermaid,
    &vega::Vega,
    &sigma::Sigma,
    &cairo::Cairo,
    &gephi::Gephi,
];

/// Tells the generator from the document's signature.
pub(crate) fn detect(d: &Drawing) -> Generator {
    let sig = Signature::of(d);
    TOOLS.iter().find(|t| t.detect(&sig)).map_or(Generator::Unknown, |t| t.generator())
}

/// The rules of generator `g`.
pub(crate) fn tool(g: Generator) -> &'static dyn Tool {
    TOOLS.iter().copied().find(|t| t.generator() == g).unwrap_or(&Unknown)
}

/// A drawing of no known tool: only the general rules apply.
struct Unknown;

impl Tool for Unknown {
    fn generator(&self) -> Generator {
        Generator::Unknown
    }
    fn name(&self) -> &'static str {
        "unknown"
    }
    fn detect(&self, _: &Signature<'_>) -> bool {
        false
    }
}

/// What the roles stage knows when a tool settles roles of its own.
pub(crate) struct RoleFacts<'a> {
    /// For each group: the nearest node group, if any.
    pub node_group: &'a [Index],
}

/// What a tool reads to name the ends of edges.
pub(crate) struct NameSources<'a> {
    pub groups: &'a [Group],
    pub strings: &'a Strings,
    /// For each group: it or a group around it is an edge's.
    pub edge_group: &'a [bool],
    pub edge_styles: &'a [EdgeStyle],
    /// The edge candidates (for the link ids Mermaid and PlantUML write).
    pub edges: &'a Candidates,
    /// The root's `id` (Mermaid prefixes element ids with it).
    pub root_id: &'a str,
    /// draw.io's model, and for each group the nearest that draws one of
    /// its edges, if any.
    pub model: Option<&'a drawio::Model>,
    pub edge_cells: &'a [Index],
    /// The nodes by id.
    pub by_id: &'a foldhash::HashMap<Text, u32>,
}

impl NameSources<'_> {
    /// The node `name` is the id of.
    pub(crate) fn find(&self, name: &str) -> Option<u32> {
        self.strings.get(name).and_then(|t| self.by_id.get(&t).copied())
    }

    /// The named ends `(a, b)`: both nodes, or names not both nodes.
    pub(crate) fn resolve(&self, (a, b): (String, String)) -> Named {
        match (self.find(&a), self.find(&b)) {
            (Some(x), Some(y)) => Named::Ends(x, y),
            _ => Named::Unknown(a, b),
        }
    }
}

/// One tool's own rules. Every hook but the first three has a default that
/// leaves the general rules alone.
pub(crate) trait Tool: Sync {
    /// Which tool this is.
    fn generator(&self) -> Generator;

    /// A short lowercase name, for reports.
    fn name(&self) -> &'static str;

    /// Whether the document's signature says this tool wrote it.
    fn detect(&self, sig: &Signature<'_>) -> bool;

    /// The diagram model the drawing embeds, where the tool embeds one.
    fn embedded_model(&self, _origin: &Origin) -> Option<drawio::Model> {
        None
    }

    /// The tool draws all arrowheads apart from their strokes, each naming
    /// its stroke by class (Gephi's layers).
    fn heads_named_by_class(&self) -> bool {
        false
    }

    /// Roles the tool's own marks settle, after arrowheads and edge groups
    /// and before node groups pick their largest shape.
    fn settle_roles(&self, _d: &Drawing, _facts: &RoleFacts<'_>, _role: &mut [Role]) {}

    /// The tool's groups already tell containers and decorations from
    /// nodes, so that the drawing's geometry need not (Graphviz).
    fn groups_tell_containers(&self) -> bool {
        false
    }

    /// The tool's own ids of the node shapes that carry none themselves
    /// (`out[i]` for shape `i`, left `None` where it names none).
    fn node_ids(&self, _d: &Drawing, _node_group: &[Index], _out: &mut [Option<String>]) {}

    /// The ends the tool names for edges, added to `names`.
    ///
    /// # Errors
    ///
    /// When the strokes, spooled to a temporary file, cannot be read back.
    fn name_edges(&self, _src: &NameSources<'_>, _names: &mut Names) -> std::io::Result<()> {
        Ok(())
    }

    /// Every edge is drawn in an edge group: other strokes are not edges
    /// (Graphviz: a note's fold, a record's separators).
    fn edges_only_in_edge_groups(&self) -> bool {
        false
    }

    /// A link's label is drawn right after its stroke and head (PlantUML).
    fn labels_follow_strokes(&self) -> bool {
        false
    }

    /// A node's label is every text its group draws, in order (Graphviz's
    /// records and HTML tables draw one per field), not the one nearest
    /// its centre (a class's name, over its fields).
    fn labels_take_every_text(&self) -> bool {
        false
    }
}
