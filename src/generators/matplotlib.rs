//! matplotlib (networkx draws through it): named by its metadata. Every
//! text is drawn in a group `text_N`; text drawn as glyph outlines is
//! preceded there by a comment holding the text.

use super::{Generator, Signature, Tool};

pub(crate) struct Matplotlib;

impl Tool for Matplotlib {
    fn generator(&self) -> Generator {
        Generator::Matplotlib
    }

    fn name(&self) -> &'static str {
        "matplotlib"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.origin.metadata.contains("Matplotlib")
    }
}

/// Whether a group's id is that of a matplotlib text group (`text_N`).
pub(crate) fn is_text_group(id: &str) -> bool {
    id.strip_prefix("text_").is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
}
