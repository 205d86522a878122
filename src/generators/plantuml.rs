//! PlantUML (`-tsvg`): entities' main shapes carry its shadow filter, a
//! comment before each names the entity (`entity ID`, `class ID`), link
//! ids name their ends (`A->B`, `A<-B`), and a link's label follows its
//! path and head.

use super::{Generator, NameSources, RoleFacts, Signature, Tool};
use crate::model::Role;
use crate::model::{Drawing, Index};
use crate::model::{Named, Names};

pub(crate) struct PlantUml;

impl Tool for PlantUml {
    fn generator(&self) -> Generator {
        Generator::PlantUml
    }

    fn name(&self) -> &'static str {
        "plantuml"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        let c = &sig.comments;
        c.contains("plantuml") || c.contains("@startuml") || c.contains("md5=[")
    }

    fn settle_roles(&self, d: &Drawing, _: &RoleFacts<'_>, role: &mut [Role]) {
        // PlantUML marks every entity's main shape (and every frame) with
        // its shadow filter; other shapes are drawn inside or on them. But
        // for the first shape after an entity's comment: its main shape,
        // which some versions draw without the filter (a cloud).
        let main: foldhash::HashSet<u32> = d
            .comments
            .iter()
            .filter(|(_, c)| plantuml_entity(d.strings.resolve(*c)).is_some())
            .map(|&(at, _)| at)
            .collect();
        for (i, s) in d.nodes.iter().enumerate() {
            if role[i] == Role::Node && !s.filtered && !main.contains(&(i as u32)) {
                role[i] = Role::Decoration;
            }
        }
    }

    fn node_ids(&self, d: &Drawing, _: &[Index], out: &mut [Option<String>]) {
        // The comment before each shape: comments are kept with the number
        // of shapes drawn before them.
        let mut comment_before: foldhash::HashMap<u32, crate::text::Text> =
            foldhash::HashMap::default();
        for &(at, c) in &d.comments {
            comment_before.insert(at, c);
        }
        for (i, s) in d.nodes.iter().enumerate() {
            if s.ident.is_empty() {
                out[i] = comment_before
                    .get(&(i as u32))
                    .and_then(|c| plantuml_entity(d.strings.resolve(*c)));
            }
        }
    }

    fn name_edges(&self, src: &NameSources<'_>, names: &mut Names) -> std::io::Result<()> {
        // Only names of nodes count: what else they name is not checked.
        src.edges.for_each(|k, e| {
            if let Some((a, b)) = plantuml_link(src.strings.resolve(e.svg_id))
                && let (Some(x), Some(y)) = (src.find(a), src.find(b))
            {
                names.edges.entry(k as u32).or_insert(Named::Ends(x, y));
            }
        })
    }

    fn labels_follow_strokes(&self) -> bool {
        true
    }
}

/// The ends a PlantUML link's id names, source first: `A->B`, or `A<-B`
/// for a link from `B` to `A`.
fn plantuml_link(id: &str) -> Option<(&str, &str)> {
    let (a, b) = if let Some(ab) = id.split_once("->") {
        ab
    } else {
        let (b, a) = id.split_once("<-")?;
        (a, b)
    };
    let (a, b) = (a.trim(), b.trim());
    (!a.is_empty() && !b.is_empty()).then_some((a, b))
}

/// `MD5=[…]` then `entity ID` or `class ID` → `ID`.
fn plantuml_entity(comment: &str) -> Option<String> {
    comment.lines().map(str::trim).find_map(|l| {
        l.strip_prefix("entity ")
            .or_else(|| l.strip_prefix("class "))
            .map(|id| id.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plantuml_link_ids_put_the_source_first() {
        assert_eq!(plantuml_link("A->B"), Some(("A", "B")));
        assert_eq!(plantuml_link("Parent<-Child"), Some(("Child", "Parent")));
        assert_eq!(plantuml_link(" a -> b "), Some(("a", "b")));
        assert_eq!(plantuml_link("A-B"), None);
        assert_eq!(plantuml_link("->B"), None);
        assert_eq!(plantuml_link(""), None);
    }

    #[test]
    fn entity_comments() {
        assert_eq!(plantuml_entity("MD5=[8a]\nentity db"), Some("db".into()));
        assert_eq!(plantuml_entity("MD5=[8a]\nclass Book"), Some("Book".into()));
        assert_eq!(plantuml_entity("MD5=[8a]\nlink a to b"), None);
    }
}
