//! Small helpers for attribute values: trimming, clipping for messages,
//! lengths and coordinates.

use crate::error::Result;
use crate::model::Index;
use crate::svg::length::{self, Axis, Units};
use crate::svg::style::{Attr, Attrs};

use super::frame::{Frame, Scope};

/// The group a frame's children are in.
pub(super) fn group_of(f: &Frame) -> Index {
    match f.scope {
        Scope::Container { group } => group,
        _ => None,
    }
}

/// `s` without the whitespace at its ends, as [`str::trim`] gives it;
/// checks the two ends first, as most values have none to trim.
pub(super) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// At most 40 characters of `s`, for messages.
pub(super) fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// A length attribute, or `default` when absent or unusable.
pub(super) fn len_or(v: Option<&str>, axis: Axis, u: &Units, default: f64) -> f64 {
    v.and_then(|v| length::length(v, axis, u)).unwrap_or(default)
}

/// Reads a coordinate (0 when absent); `Err` carries the warning for an
/// unusable value.
pub(super) fn coord(
    name: &str,
    a: &Attrs<'_>,
    f: Attr,
    axis: Axis,
    u: &Units,
) -> Result<f64, String> {
    if let Some(n) = a.number(f) {
        return Ok(n);
    }
    match a.get(f) {
        None => Ok(0.0),
        Some(t) => length::length(t, axis, u)
            .ok_or_else(|| format!("{name}=\"{}\" is not a usable number", clip(t))),
    }
}
