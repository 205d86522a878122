//! cairo's SVG surface (python-igraph plots through it): named by its
//! `surfaceN` group.

use super::{Generator, Signature, Tool};

pub(crate) struct Cairo;

impl Tool for Cairo {
    fn generator(&self) -> Generator {
        Generator::Cairo
    }

    fn name(&self) -> &'static str {
        "cairo"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.surface
    }
}
