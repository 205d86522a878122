//! Writers of the extracted graph. Each writes stable, deterministic bytes.

pub mod csv;

/// Formats `v` in the shortest form that reads back as the same `f64`
/// (`12`, `0.5`, `1e-7`); `-0` is written `0`.
pub fn format_f64(v: f64, buf: &mut ryu::Buffer) -> &str {
    if v == 0.0 {
        return "0";
    }
    let s = buf.format(v);
    s.strip_suffix(".0").unwrap_or(s)
}

/// [`format_f64`] for an `f32`: the shortest form that reads back as the
/// same `f32` (`0.3`, not the `f64` digits of the nearest `f32`).
pub fn format_f32(v: f32, buf: &mut ryu::Buffer) -> &str {
    if v == 0.0 {
        return "0";
    }
    let s = buf.format(v);
    s.strip_suffix(".0").unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_round_trip_numbers() {
        let mut b = ryu::Buffer::new();
        for (v, s) in [
            (12.0, "12"),
            (-0.0, "0"),
            (0.5, "0.5"),
            (101.412_131_118_653_48, "101.41213111865348"),
            (1e-7, "1e-7"),
            (-3.25, "-3.25"),
        ] {
            assert_eq!(format_f64(v, &mut b), s);
        }
        for v in [0.1 + 0.2, 1.0 / 3.0, 123_456.789e10, f64::MIN_POSITIVE] {
            let s = format_f64(v, &mut b).to_string();
            assert_eq!(s.parse::<f64>().unwrap(), v);
        }
        assert_eq!(format_f32(0.3, &mut b), "0.3");
        assert_eq!(format_f32(1.0, &mut b), "1");
        assert_eq!(format_f32(-0.0, &mut b), "0");
    }
}
