//! Mermaid flowcharts: node groups are named `ROOT-flowchart-ID-k`, link
//! ids `L_SRC_TGT_k` (classes `LS-SRC LE-TGT` in older versions).

use super::{Generator, NameSources, Signature, Tool};
use crate::model::{Drawing, Index, at};
use crate::model::{Named, Names};

pub(crate) struct Mermaid;

impl Tool for Mermaid {
    fn generator(&self) -> Generator {
        Generator::Mermaid
    }

    fn name(&self) -> &'static str {
        "mermaid"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.origin.root_role.contains("flowchart") || sig.origin.root_class.contains("flowchart")
    }

    fn node_ids(&self, d: &Drawing, node_group: &[Index], out: &mut [Option<String>]) {
        let root = format!("{}-", d.origin.root_id);
        for (i, s) in d.nodes.iter().enumerate() {
            if s.ident.is_empty() {
                out[i] = at(node_group, s.group)
                    .copied()
                    .flatten()
                    .and_then(|g| at(&d.groups, Some(g)))
                    .map(|grp| d.strings.resolve(grp.svg_id))
                    .and_then(|gid| mermaid_id(gid, &root));
            }
        }
    }

    fn name_edges(&self, src: &NameSources<'_>, names: &mut Names) -> std::io::Result<()> {
        // Only names of nodes count: what else they name is not checked.
        let is_node = |name: &str| src.find(name).is_some();
        let root = format!("{}-", src.root_id);
        src.edges.for_each(|k, e| {
            let id = src.strings.resolve(e.svg_id);
            let class = src
                .edge_styles
                .get(e.style.0 as usize)
                .map_or("", |st| src.strings.resolve(st.class));
            if let Some((a, b)) = mermaid_link(id, class, &root, is_node)
                && let (Some(x), Some(y)) = (src.find(a), src.find(b))
            {
                names.edges.entry(k as u32).or_insert(Named::Ends(x, y));
            }
        })
    }
}

/// `my-svg-flowchart-ID-3` → `ID` (the root's id, then `flowchart-`, then a
/// running number).
fn mermaid_id(gid: &str, root: &str) -> Option<String> {
    let rest = gid.strip_prefix(root).unwrap_or(gid);
    let rest = rest.strip_prefix("flowchart-")?;
    let (id, n) = rest.rsplit_once('-')?;
    (!id.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| id.to_string())
}

/// The ends a Mermaid link names: by its id, `L_SRC_TGT_k` (`L-SRC-TGT-k`
/// in older versions), after the root's id and `-` (`root`); or by its
/// classes `LS-SRC LE-TGT` (older versions). Node ids may hold the
/// separator themselves: the id is split where both sides are node ids
/// (`is_node`), and not at all when that is not at exactly one place.
fn mermaid_link<'s>(
    id: &'s str,
    class: &'s str,
    root: &str,
    is_node: impl Fn(&str) -> bool,
) -> Option<(&'s str, &'s str)> {
    let by_class = || {
        let token = |p: &str| class.split_whitespace().find_map(|c| c.strip_prefix(p));
        let (a, b) = (token("LS-")?, token("LE-")?);
        (is_node(a) && is_node(b)).then_some((a, b))
    };
    let rest = id.strip_prefix(root).unwrap_or(id);
    let Some((sep, rest)) = rest
        .strip_prefix("L_")
        .map(|r| ('_', r))
        .or_else(|| rest.strip_prefix("L-").map(|r| ('-', r)))
    else {
        return by_class();
    };
    let (pair, n) = rest.rsplit_once(sep)?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return by_class();
    }
    let mut splits = pair
        .match_indices(sep)
        .map(|(at, _)| (&pair[..at], &pair[at + 1..]))
        .filter(|(a, b)| is_node(a) && is_node(b));
    match (splits.next(), splits.next()) {
        (Some(ends), None) => Some(ends),
        _ => by_class(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mermaid_link_ids_split_where_both_sides_are_nodes() {
        let nodes = ["A", "B", "x_1", "y", "a", "a_b", "b_c", "c"];
        let is_node = |n: &str| nodes.contains(&n);
        let link = |id, class| mermaid_link(id, class, "my-svg-", is_node);
        assert_eq!(link("my-svg-L_A_B_0", ""), Some(("A", "B")));
        assert_eq!(link("L_x_1_y_12", ""), Some(("x_1", "y")));
        assert_eq!(link("my-svg-L-A-B-3", ""), Some(("A", "B")));
        // `a_b_c` splits two ways into node ids: ambiguous, so not named
        assert_eq!(link("my-svg-L_a_b_c_0", ""), None);
        // older Mermaid names the ends in classes
        assert_eq!(link("", "flowchart-link LS-a_b LE-c"), Some(("a_b", "c")));
        assert_eq!(link("my-svg-L_a_b_c_0", "LS-a LE-b_c"), Some(("a", "b_c")));
        // not a link id, or not node ids
        assert_eq!(link("my-svg-L_A_B", ""), None);
        assert_eq!(link("my-svg-L_A_Q_0", ""), None);
        assert_eq!(link("edge1", ""), None);
    }

    #[test]
    fn node_group_ids() {
        assert_eq!(mermaid_id("my-svg-flowchart-A_1-12", "my-svg-"), Some("A_1".into()));
        assert_eq!(mermaid_id("my-svg-flowchart-x", "my-svg-"), None);
        assert_eq!(mermaid_id("other", "my-svg-"), None);
    }
}
