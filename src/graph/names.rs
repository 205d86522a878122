//! The names a drawing gives edges' ends: connectors (Inkscape's
//! `connection-start`/`-end`, as igraph's `write_svg` draws edges) by the
//! ids of the elements they attach to, then whatever the drawing's tool
//! names.

use crate::generators::{NameSources, Tool};
use crate::model::at;
use crate::model::{Named, Names, NodeShape};
use crate::text::Text;

/// The names the drawing gives edges' ends; they decide the ends where
/// they are nodes. The edge candidates `unnamed` take none.
pub(super) fn edge_names(
    src: &NameSources<'_>,
    tool: &dyn Tool,
    (connectors, unnamed): (&[(u32, Text, Text)], &[u32]),
    node_shapes: (&[NodeShape], &[usize]),
) -> std::io::Result<Names> {
    let strings = src.strings;
    let mut names = Names::default();
    if !connectors.is_empty() {
        let (shapes, node_shapes) = node_shapes;
        // An element id names the node drawn by it or by its group.
        let mut by_element: foldhash::HashMap<Text, Option<u32>> = foldhash::HashMap::default();
        for (k, &i) in node_shapes.iter().enumerate() {
            let s = &shapes[i];
            let group = at(src.groups, s.group).map_or(Text::EMPTY, |g| g.svg_id);
            for id in [s.svg_id, group] {
                if !id.is_empty() {
                    // An id shared by several nodes names none of them.
                    by_element
                        .entry(id)
                        .and_modify(|v| *v = v.filter(|&j| j == k as u32))
                        .or_insert(Some(k as u32));
                }
            }
        }
        let find = |t: Text| by_element.get(&t).copied().flatten();
        names.edges = connectors
            .iter()
            .map(|&(k, a, b)| {
                let named = match (find(a), find(b)) {
                    (Some(x), Some(y)) => Named::Ends(x, y),
                    _ => Named::Unknown(
                        strings.resolve(a).to_string(),
                        strings.resolve(b).to_string(),
                    ),
                };
                (k, named)
            })
            .collect();
    }
    tool.name_edges(src, &mut names)?;
    names.edges.extend(unnamed.iter().map(|&k| (k, Named::None)));
    Ok(names)
}
