//! The names a drawing gives edges' ends, where it gives any.

use super::{EdgeShape, Index};

/// The ends the drawing names for an edge.
#[derive(Debug)]
pub(crate) enum Named {
    None,
    /// Both names are node ids: these nodes.
    Ends(u32, u32),
    /// Names that are not both node ids.
    Unknown(String, String),
}

/// The names of edges' ends: by edge group (Graphviz titles), by style
/// (Gephi, whose style includes the class naming them) or by edge
/// candidate (connectors).
#[derive(Default)]
pub(crate) struct Names {
    pub groups: foldhash::HashMap<Index, Named>,
    pub styles: Vec<Named>,
    pub edges: foldhash::HashMap<u32, Named>,
}

impl Names {
    /// What the drawing names for edge candidate `k` (`e`).
    pub(crate) fn of(&self, k: u32, e: &EdgeShape) -> &Named {
        // Most drawings name nothing: no hashing then.
        if !self.edges.is_empty()
            && let Some(n) = self.edges.get(&k)
        {
            return n;
        }
        if !self.groups.is_empty()
            && let Some(n) = self.groups.get(&e.group)
        {
            return n;
        }
        self.styles.get(e.style.0 as usize).unwrap_or(&Named::None)
    }
}
