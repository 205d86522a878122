//! Node ids: the tool's own id or the element id, then the title, then a
//! number in document order, each made unique.

use std::fmt::Write as _;

use crate::model::at;
use crate::model::{Group, NodeShape};
use crate::text::{Strings, Text};

/// Each node's title (its own `<title>`, or that of the node group it is
/// in), and the keys its id is chosen from: the tool's own id or the
/// element id, then the title.
pub(super) fn node_keys(
    shapes: &[NodeShape],
    groups: &[Group],
    strings: &Strings,
    node_shapes: &[usize],
    tool_ids: &[Text],
) -> (Vec<Text>, Vec<(Text, Text)>) {
    let titles: Vec<Text> = node_shapes
        .iter()
        .map(|&i| {
            let s = &shapes[i];
            if !s.title.is_empty() {
                return s.title;
            }
            match at(groups, s.group) {
                Some(g) if strings.resolve(g.class).split_whitespace().any(|c| c == "node") => {
                    g.title
                }
                _ => Text::EMPTY,
            }
        })
        .collect();
    let keys = node_shapes
        .iter()
        .zip(&titles)
        .map(|(&i, t)| {
            let id = if tool_ids[i].is_empty() { shapes[i].svg_id } else { tool_ids[i] };
            (id, *t)
        })
        .collect();
    (titles, keys)
}

/// Node ids: the element id when present and unique among the nodes, else
/// the title when present and unique, else `n<k>` (k the 1-based document
/// position), made unique with a `_<j>` suffix where it clashes.
pub(super) fn node_ids(nodes: &[(Text, Text)], strings: &mut Strings) -> Vec<Text> {
    // Tables indexed by handle (the handles are dense): how often each
    // string is a node's element id and title (up to 2), and which are
    // taken as ids.
    let bound = strings.raw_bound();
    let (mut id_count, mut title_count) = (vec![0u8; bound], vec![0u8; bound]);
    let bump = |count: &mut [u8], t: Text| {
        if let Some(c) = count.get_mut(t.to_raw() as usize) {
            *c = c.saturating_add(1).min(2);
        }
    };
    for &(svg_id, title) in nodes {
        bump(&mut id_count, svg_id);
        bump(&mut title_count, title);
    }
    let once = |count: &[u8], t: Text| !t.is_empty() && count.get(t.to_raw() as usize) == Some(&1);
    let mut used = vec![false; bound];
    let mut take = |t: Text| {
        let k = t.to_raw() as usize;
        if k >= used.len() {
            used.resize(k + 1, false);
        }
        !std::mem::replace(&mut used[k], true)
    };
    let mut ids: Vec<Option<Text>> = nodes
        .iter()
        .map(|&(svg_id, title)| {
            let pick = if once(&id_count, svg_id) {
                Some(svg_id)
            } else if once(&title_count, title) {
                Some(title)
            } else {
                None
            };
            pick.filter(|t| take(*t))
        })
        .collect();
    let mut name = String::new();
    for (k, id) in ids.iter_mut().enumerate() {
        if id.is_some() {
            continue;
        }
        let mut j = 1;
        loop {
            name.clear();
            if j == 1 {
                let _ = write!(name, "n{}", k + 1);
            } else {
                let _ = write!(name, "n{}_{}", k + 1, j);
            }
            let t = strings.intern(&name);
            if take(t) {
                *id = Some(t);
                break;
            }
            j += 1;
        }
    }
    ids.into_iter().map(|t| t.unwrap_or(Text::EMPTY)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExtractOptions;

    fn shape(svg_id: Text, title: Text) -> (Text, Text) {
        (svg_id, title)
    }

    #[test]
    fn ids_prefer_unique_element_ids_then_titles_then_numbers() {
        let mut s = Strings::default();
        let (a, dup, t, n2) = (s.intern("a"), s.intern("dup"), s.intern("t"), s.intern("n2"));
        let nodes = [
            shape(a, Text::EMPTY),
            shape(dup, t),
            shape(dup, Text::EMPTY),
            shape(Text::EMPTY, n2),
            shape(Text::EMPTY, Text::EMPTY),
        ];
        let ids = node_ids(&nodes, &mut s);
        let names: Vec<&str> = ids.iter().map(|t| s.resolve(*t)).collect();
        // "dup" is not unique: the second node falls back to its title, the
        // third to its number; the fourth is named by its title "n2".
        assert_eq!(names, ["a", "t", "n3", "n2", "n5"]);
    }

    #[test]
    fn generated_ids_never_clash_with_chosen_ones() {
        let mut s = Strings::default();
        let n1 = s.intern("n1");
        let nodes = [shape(Text::EMPTY, Text::EMPTY), shape(n1, Text::EMPTY)];
        let ids = node_ids(&nodes, &mut s);
        let names: Vec<&str> = ids.iter().map(|t| s.resolve(*t)).collect();
        assert_eq!(names, ["n1_2", "n1"]);
    }

    #[test]
    fn a_node_is_named_by_its_first_title() {
        // Titles are interned after reading: the first that says something
        // still counts, whatever the interning order gives.
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg">
            <line x1="0" y1="0" x2="50" y2="0" stroke="black"/>
            <circle r="5" cx="0" cy="0"><title> </title><title>first</title><title>second</title></circle>
            <circle r="5" cx="50" cy="0"><title>second</title></circle>
        </svg>"#;
        let d = crate::extract(svg.as_bytes(), &ExtractOptions::default()).unwrap();
        let ids: Vec<&str> = d.nodes().map(|n| d.text(n.id)).collect();
        assert_eq!(ids, ["first", "second"]);
        assert_eq!(d.edges().len(), 1);
    }
}
