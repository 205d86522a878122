//! sigma.js's SVG renderer: named by the root's `sigma-svg` class. Its
//! `data-node-id` and `data-label-target` attributes are read for every
//! drawing.

use super::{Generator, Signature, Tool};

pub(crate) struct Sigma;

impl Tool for Sigma {
    fn generator(&self) -> Generator {
        Generator::Sigma
    }

    fn name(&self) -> &'static str {
        "sigma"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.root_class_has("sigma-svg")
    }
}
