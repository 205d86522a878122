//! python-igraph's `write_svg`: edges are Inkscape connectors (read for
//! every drawing), and each vertex is drawn in a group `g<index>`.

use super::{Generator, Signature, Tool};
use crate::model::{Drawing, Index, at};

pub(crate) struct Igraph;

impl Tool for Igraph {
    fn generator(&self) -> Generator {
        Generator::Igraph
    }

    fn name(&self) -> &'static str {
        "igraph"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.comments.contains("created by igraph")
    }

    fn node_ids(&self, d: &Drawing, _: &[Index], out: &mut [Option<String>]) {
        for (i, s) in d.nodes.iter().enumerate() {
            if s.ident.is_empty() {
                out[i] = at(&d.groups, s.group)
                    .and_then(|g| d.strings.resolve(g.svg_id).strip_prefix('g'))
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    .map(str::to_string);
            }
        }
    }
}
