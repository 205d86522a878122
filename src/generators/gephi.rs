//! Gephi's preview export: layers `nodes` and `edges` at the top, every
//! shape classed with the ids it draws (`id_A`, `id_A id_B`), arrowheads
//! in a layer of their own.

use super::{Generator, NameSources, Signature, Tool};
use crate::model::{Drawing, Index};
use crate::model::{Named, Names};

pub(crate) struct Gephi;

impl Tool for Gephi {
    fn generator(&self) -> Generator {
        Generator::Gephi
    }

    fn name(&self) -> &'static str {
        "gephi"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.gephi_layers
    }

    fn heads_named_by_class(&self) -> bool {
        true
    }

    fn node_ids(&self, d: &Drawing, _: &[Index], out: &mut [Option<String>]) {
        for (i, s) in d.nodes.iter().enumerate() {
            if s.ident.is_empty() {
                out[i] = gephi_ids(d.strings.resolve(s.class))
                    .and_then(|(a, b)| (a == b).then(|| a.to_string()));
            }
        }
    }

    fn name_edges(&self, src: &NameSources<'_>, names: &mut Names) -> std::io::Result<()> {
        names.styles = src
            .edge_styles
            .iter()
            .map(|st| {
                gephi_ids(src.strings.resolve(st.class))
                    .map_or(Named::None, |(a, b)| src.resolve((a.to_string(), b.to_string())))
            })
            .collect();
        Ok(())
    }
}

/// Gephi's class of a node's shapes (`id_A`) or an edge's (`id_A id_B`;
/// one name for a self-loop) → the node ids `(A, B)`. Gephi writes a
/// space in an id as `_`, which cannot be undone.
fn gephi_ids(class: &str) -> Option<(&str, &str)> {
    let mut it = class.split_whitespace().map(|t| t.strip_prefix("id_"));
    let a = it.next()??;
    let b = match it.next() {
        Some(b) => b?,
        None => a,
    };
    it.next().is_none().then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_ids() {
        assert_eq!(gephi_ids("id_a id_b"), Some(("a", "b")));
        assert_eq!(gephi_ids(" id_loop "), Some(("loop", "loop")));
        assert_eq!(gephi_ids("id_a link"), None);
        assert_eq!(gephi_ids("id_a id_b id_c"), None);
        assert_eq!(gephi_ids(""), None);
    }
}
