//! Vega (`view.toSVG()`): named by the root's `marks` class.

use super::{Generator, Signature, Tool};

pub(crate) struct Vega;

impl Tool for Vega {
    fn generator(&self) -> Generator {
        Generator::Vega
    }

    fn name(&self) -> &'static str {
        "vega"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.root_class_has("marks")
    }
}
