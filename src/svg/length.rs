//! Numbers and lengths from attribute text.

use svgtypes::LengthUnit;

/// What a relative length (`%`) is a percentage of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Axis {
    /// The viewport's width (`x`, `cx`, `x1`, `width`, …).
    X,
    /// The viewport's height (`y`, `cy`, `y1`, `height`, …).
    Y,
    /// The normalised diagonal, `sqrt((w² + h²) / 2)` (`r`, `stroke-width`).
    Diagonal,
}

/// The context lengths are resolved in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Units {
    pub dpi: f64,
    pub font_size: f64,
    /// Width and height of the nearest viewport, in its user units.
    pub viewport: (f64, f64),
}

/// Parses a plain number (no unit), rejecting NaN and infinities.
pub(crate) fn number(text: &str) -> Option<f64> {
    let t = text.trim_ascii();
    match fast_float2::parse::<f64, _>(t) {
        Ok(v) if v.is_finite() => Some(v),
        _ => None,
    }
}

/// Parses a `<length>` into user units. `None` for text that is not a
/// finite length.
pub(crate) fn length(text: &str, axis: Axis, units: &Units) -> Option<f64> {
    // Fast path: a bare number, by far the most common form.
    if let Some(v) = number(text) {
        return Some(v);
    }
    let l: svgtypes::Length = text.trim_ascii().parse().ok()?;
    let n = l.number;
    let v = match l.unit {
        LengthUnit::None | LengthUnit::Px => n,
        LengthUnit::In => n * units.dpi,
        LengthUnit::Cm => n * units.dpi / 2.54,
        LengthUnit::Mm => n * units.dpi / 25.4,
        LengthUnit::Pt => n * units.dpi / 72.0,
        LengthUnit::Pc => n * units.dpi / 6.0,
        LengthUnit::Em => n * units.font_size,
        LengthUnit::Ex => n * units.font_size / 2.0,
        LengthUnit::Percent => {
            let (w, h) = units.viewport;
            let base = match axis {
                Axis::X => w,
                Axis::Y => h,
                Axis::Diagonal => f64::midpoint(w * w, h * h).sqrt(),
            };
            n / 100.0 * base
        }
    };
    v.is_finite().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    const U: Units = Units { dpi: 96.0, font_size: 16.0, viewport: (200.0, 100.0) };

    #[test]
    fn plain_numbers_in_all_spellings() {
        assert_eq!(number("12"), Some(12.0));
        assert_eq!(number(" -1.5e2 "), Some(-150.0));
        assert_eq!(number(".5"), Some(0.5));
        assert_eq!(number("+3"), Some(3.0));
        assert_eq!(number("1E-3"), Some(0.001));
    }

    #[test]
    fn unusable_numbers_are_rejected() {
        for bad in ["", " ", "abc", "NaN", "nan", "inf", "-inf", "Infinity", "1e999", "1.2.3"] {
            assert_eq!(number(bad), None, "{bad:?}");
            assert_eq!(length(bad, Axis::X, &U), None, "{bad:?}");
        }
    }

    #[test]
    fn absolute_units_at_96_dpi() {
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(near(length("10px", Axis::X, &U).unwrap(), 10.0));
        assert!(near(length("1in", Axis::X, &U).unwrap(), 96.0));
        assert!(near(length("2.54cm", Axis::X, &U).unwrap(), 96.0));
        assert!(near(length("25.4mm", Axis::X, &U).unwrap(), 96.0));
        assert!(near(length("72pt", Axis::X, &U).unwrap(), 96.0));
        assert!(near(length("6pc", Axis::X, &U).unwrap(), 96.0));
        assert!(near(length("2em", Axis::X, &U).unwrap(), 32.0));
        assert!(near(length("2ex", Axis::X, &U).unwrap(), 16.0));
    }

    #[test]
    fn percentages_follow_the_viewport() {
        assert_eq!(length("50%", Axis::X, &U), Some(100.0));
        assert_eq!(length("50%", Axis::Y, &U), Some(50.0));
        let d = length("100%", Axis::Diagonal, &U).unwrap();
        assert!((d - (25000.0f64).sqrt()).abs() < 1e-9);
    }
}
