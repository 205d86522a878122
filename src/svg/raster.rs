//! Where an embedded raster picture paints: the outline round its opaque
//! pixels and their most common colour.
//!
//! Cairo and PDF converters cannot write SVG filters, so they paint each
//! filtered element (a box with a drop shadow, say) as a picture the size
//! of the page, transparent but for the element and its faint shadow.
//! The element is what is opaque in it. A PDF converter writes the
//! picture's opacity as a second, grey picture: a luminance mask.
//!
//! Pictures are read a row at a time (interlaced ones, rare, whole), so
//! what a picture costs to read is one row and the outline's corners.

use std::io::Cursor;

use kurbo::Vec2;

/// A pixel counts as painted from this opacity (of 255) on: a soft
/// shadow stays under it, the element's own pixels and half its
/// anti-aliased rim above.
const OPAQUE: u32 = 128;

/// Pixels this much (of 255) less opaque than the most opaque are a rim
/// fading out.
const FADE_STEP: usize = 6;

/// Most bytes a picture read whole (an interlaced one) may take.
const MAX_FRAME_BYTES: usize = 64 << 20;

/// What is painted of one picture.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Footprint {
    /// The picture's size in pixels.
    pub size: (u32, u32),
    /// The convex outline round the opaque pixels, in pixel coordinates
    /// (pixel `(x, y)` covers `x..x + 1`, `y..y + 1`).
    pub hull: Vec<Vec2>,
    /// The most common colour of the opaque pixels.
    pub colour: [u8; 3],
    /// The opaque pixels' share of the outline's area: about 1 for a
    /// filled shape, little for lines or a ring.
    pub solidity: f64,
    /// The colour changes along one axis only, through many colours: a
    /// colour bar's ramp.
    pub ramp: bool,
    /// How wide the opaque pixels' rim fades, in pixels (the not quite
    /// opaque ones over the outline's length): under one for a shape
    /// drawn sharp, anti-aliased; several for a blurred one (a shadow).
    pub fade: f64,
}

/// The size of a PNG `picture` in pixels, from its header.
pub(crate) fn png_size(picture: &[u8]) -> Option<(u32, u32)> {
    let reader = png::Decoder::new(Cursor::new(picture)).read_info().ok()?;
    Some(reader.info().size())
}

/// What the PNG `picture` paints where the PNG `mask` (its luminance, if
/// given) lets it: `None` when nothing is opaque. `max_pixels` bounds the
/// work: a larger picture is an error.
pub(crate) fn footprint(
    picture: &[u8],
    mask: Option<&[u8]>,
    max_pixels: u64,
) -> Result<Option<Footprint>, String> {
    let mut rows = Rows::open(picture, max_pixels)?;
    let size = rows.size;
    let mut mask = match mask {
        Some(m) => {
            let m = Rows::open(m, max_pixels)?;
            if m.size != size {
                return Err(format!(
                    "its mask is {}×{} pixels, the picture {}×{}",
                    m.size.0, m.size.1, size.0, size.1
                ));
            }
            Some(m)
        }
        None => None,
    };
    let mut corners: Vec<Vec2> = Vec::new();
    let mut colours = Common::default();
    let mut opaque = 0u64;
    // Opaque pixels by opacity (of 255 × 255, in 256 steps).
    let mut opacities = [0u64; 256];
    let mut ramp = Ramp::default();
    let mut y = 0.0;
    while let Some(row) = rows.next()? {
        let lets = match &mut mask {
            Some(m) => Some(m.next()?.ok_or("its mask has fewer rows than it")?),
            None => None,
        };
        let mut span: Option<(usize, usize)> = None;
        for (x, px) in row.chunks_exact(4).enumerate() {
            let alpha = u32::from(px[3]) * lets.map_or(255, |m| luminance(&m[4 * x..4 * x + 4]));
            if alpha >= OPAQUE * 255 {
                opaque += 1;
                opacities[(alpha / 255) as usize] += 1;
                colours.add([px[0], px[1], px[2]]);
                span = Some(span.map_or((x, x), |(a, _)| (a, x)));
            }
        }
        ramp.add(row, lets);
        if let Some((a, b)) = span {
            let (a, b) = (a as f64, b as f64 + 1.0);
            corners.extend([Vec2::new(a, y), Vec2::new(b, y), Vec2::new(a, y + 1.0)]);
            corners.push(Vec2::new(b, y + 1.0));
            // Only the outline's corners matter: rows strictly inside
            // a straight run of the outline add nothing.
            if corners.len() > 4096 {
                corners = crate::geom::convex_hull(corners);
            }
        }
        y += 1.0;
    }
    if opaque == 0 {
        return Ok(None);
    }
    let hull = crate::geom::convex_hull(corners);
    let area = crate::geom::polygon_area(&hull);
    // The rim fades from the most opaque pixels' opacity down (a shape
    // drawn half transparent is as sharp as an opaque one).
    let top = opacities.iter().rposition(|&n| n > 0).unwrap_or(255);
    let fading: u64 = opacities[..top.saturating_sub(FADE_STEP)].iter().sum();
    let length: f64 = (0..hull.len()).map(|i| (hull[(i + 1) % hull.len()] - hull[i]).hypot()).sum();
    Ok(Some(Footprint {
        size,
        hull,
        colour: colours.most(),
        solidity: if area > 0.0 { opaque as f64 / area } else { 0.0 },
        ramp: ramp.is_ramp(),
        // (Most of it below its top: all of it fades.)
        fade: if 2 * fading > opaque {
            f64::INFINITY
        } else if length > 0.0 {
            fading as f64 / length
        } else {
            0.0
        },
    }))
}

/// Whether a picture is a colour ramp: each row of one colour, the rows
/// changing colour many times (a vertical ramp), or each row the same,
/// changing colour many times along it (a horizontal one). Every pixel
/// counts, as painted.
#[derive(Default)]
struct Ramp {
    rows: u32,
    /// Every row so far is of one colour; how often the colour changed
    /// from row to row.
    flat_rows: bool,
    row_changes: u32,
    /// Every row so far is the same as the first; how often the colour
    /// changes along it.
    same_rows: bool,
    first: Vec<u8>,
    along_changes: u32,
    last: [u8; 4],
}

/// Colour changes that make a ramp: fewer are flat bands (a flag, a
/// striped box).
const RAMP_CHANGES: u32 = 16;

impl Ramp {
    fn add(&mut self, row: &[u8], mask: Option<&[u8]>) {
        let px = |x: usize| -> [u8; 4] {
            let mut p = [row[4 * x], row[4 * x + 1], row[4 * x + 2], row[4 * x + 3]];
            if let Some(m) = mask {
                p[3] = (u32::from(p[3]) * luminance(&m[4 * x..4 * x + 4]) / 255) as u8;
            }
            p
        };
        let n = row.len() / 4;
        if n == 0 {
            return;
        }
        let first = px(0);
        if self.rows == 0 {
            (self.flat_rows, self.same_rows) = (true, true);
            self.first = (0..n).flat_map(px).collect();
            self.along_changes = (1..n).filter(|&x| px(x) != px(x - 1)).count() as u32;
        } else {
            self.same_rows &= (0..n).all(|x| px(x)[..] == self.first[4 * x..4 * x + 4]);
            if first != self.last {
                self.row_changes += 1;
            }
        }
        self.flat_rows &= (1..n).all(|x| px(x) == first);
        self.last = first;
        self.rows += 1;
    }

    fn is_ramp(&self) -> bool {
        (self.flat_rows && self.row_changes >= RAMP_CHANGES)
            || (self.same_rows && self.along_changes >= RAMP_CHANGES)
    }
}

/// The luminance of an RGBA pixel times its opacity, of 255.
fn luminance(px: &[u8]) -> u32 {
    // Rec. 709 weights, as SVG masks use, in ten-thousandths.
    let l = (2125 * u32::from(px[0]) + 7154 * u32::from(px[1]) + 721 * u32::from(px[2])) / 10_000;
    l * u32::from(px[3]) / 255
}

/// A PNG's rows, each as 8-bit RGBA.
struct Rows<'a> {
    reader: png::Reader<Cursor<&'a [u8]>>,
    size: (u32, u32),
    channels: usize,
    /// An interlaced picture, read whole, and the next row of it.
    whole: Option<(Vec<u8>, usize)>,
    rgba: Vec<u8>,
}

impl<'a> Rows<'a> {
    fn open(bytes: &'a [u8], max_pixels: u64) -> Result<Rows<'a>, String> {
        let mut decoder = png::Decoder::new_with_limits(
            Cursor::new(bytes),
            png::Limits { bytes: MAX_FRAME_BYTES },
        );
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader =
            decoder.read_info().map_err(|e| format!("its PNG is not readable: {e}"))?;
        let size = reader.info().size();
        if u64::from(size.0) * u64::from(size.1) > max_pixels {
            return Err(format!(
                "its {}×{} pixels are more than the {max_pixels} the drawing may still read",
                size.0, size.1
            ));
        }
        let channels = reader.output_color_type().0.samples();
        let whole = if reader.info().interlaced {
            // (The decoder's limit does not count the buffer it fills.)
            if reader.output_buffer_size() > MAX_FRAME_BYTES {
                return Err(format!("an interlaced picture of {}×{} pixels", size.0, size.1));
            }
            let mut buf = vec![0; reader.output_buffer_size()];
            reader.next_frame(&mut buf).map_err(|e| format!("its PNG is not readable: {e}"))?;
            Some((buf, 0))
        } else {
            None
        };
        let rgba = Vec::with_capacity(4 * size.0 as usize);
        Ok(Rows { reader, size, channels, whole, rgba })
    }

    /// The next row, as RGBA.
    fn next(&mut self) -> Result<Option<&[u8]>, String> {
        let line = self.size.0 as usize * self.channels;
        let row = match &mut self.whole {
            Some((buf, at)) => {
                let Some(row) = buf.get(*at..*at + line) else { return Ok(None) };
                *at += line;
                row
            }
            None => {
                match self.reader.next_row().map_err(|e| format!("its PNG is not readable: {e}"))? {
                    Some(row) => row.data(),
                    None => return Ok(None),
                }
            }
        };
        self.rgba.clear();
        for px in row.chunks_exact(self.channels) {
            let rgba = match *px {
                [g] => [g, g, g, 255],
                [g, a] => [g, g, g, a],
                [r, g, b] => [r, g, b, 255],
                [r, g, b, a] => [r, g, b, a],
                _ => [0, 0, 0, 0],
            };
            self.rgba.extend_from_slice(&rgba);
        }
        Ok(Some(&self.rgba))
    }
}

/// The most common of a stream of colours, kept in four counters (the
/// Misra–Gries summary): a colour of more than a fifth of the stream is
/// sure to be among them.
#[derive(Default)]
struct Common {
    slots: [([u8; 3], u64); 4],
}

impl Common {
    fn add(&mut self, c: [u8; 3]) {
        if let Some(s) = self.slots.iter_mut().find(|s| s.1 > 0 && s.0 == c) {
            s.1 += 1;
        } else if let Some(s) = self.slots.iter_mut().find(|s| s.1 == 0) {
            *s = (c, 1);
        } else {
            for s in &mut self.slots {
                s.1 -= 1;
            }
        }
    }

    fn most(&self) -> [u8; 3] {
        self.slots.iter().max_by_key(|s| s.1).map_or([0; 3], |s| s.0)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A PNG of `w`×`h` RGBA pixels, `paint` giving each.
    pub(crate) fn png_of(w: u32, h: u32, paint: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgba);
        let mut writer = enc.write_header().unwrap();
        let mut data = Vec::new();
        for y in 0..h {
            for x in 0..w {
                data.extend(paint(x, y));
            }
        }
        writer.write_image_data(&data).unwrap();
        drop(writer);
        out
    }

    /// A box with a faint shadow: the box's own pixels, its colour.
    #[test]
    fn the_box_not_its_shadow() {
        let png = png_of(60, 40, |x, y| {
            if (10..30).contains(&x) && (5..25).contains(&y) {
                [250, 250, 200, 255]
            } else if (14..34).contains(&x) && (9..29).contains(&y) {
                [0, 0, 0, 100]
            } else {
                [0; 4]
            }
        });
        let f = footprint(&png, None, 1 << 20).unwrap().unwrap();
        assert_eq!(f.size, (60, 40));
        assert_eq!(f.colour, [250, 250, 200]);
        let (xs, ys): (Vec<f64>, Vec<f64>) = f.hull.iter().map(|p| (p.x, p.y)).unzip();
        let span = |v: &[f64]| {
            (v.iter().copied().fold(f64::MAX, f64::min), v.iter().copied().fold(f64::MIN, f64::max))
        };
        assert_eq!(span(&xs), (10.0, 30.0));
        assert_eq!(span(&ys), (5.0, 25.0));
        assert!((f.solidity - 1.0).abs() < 1e-9, "{}", f.solidity);
        assert!(!f.ramp);
        assert!(f.fade < 1.0, "{}", f.fade);
        // Drawn half transparent, it is as sharp.
        let png = png_of(40, 40, |x, y| {
            if (5..35).contains(&x) && (5..35).contains(&y) { [9, 9, 9, 204] } else { [0; 4] }
        });
        assert!(footprint(&png, None, 1 << 20).unwrap().unwrap().fade < 1.0);
    }

    /// A blurred box (a shadow drawn apart) fades over several pixels.
    #[test]
    fn a_blurred_box_fades() {
        let png = png_of(80, 60, |x, y| {
            // Opacity falls off linearly over 8 pixels outside 20..60 × 20..40.
            let out = |v: u32, lo: u32, hi: u32| {
                if v < lo {
                    lo - v
                } else if v >= hi {
                    v + 1 - hi
                } else {
                    0
                }
            };
            let d = out(x, 20, 60).max(out(y, 20, 40));
            let a = 255u32.saturating_sub(d * 32) as u8;
            [0, 0, 0, a]
        });
        let f = footprint(&png, None, 1 << 20).unwrap().unwrap();
        assert!(f.fade > 2.0 && f.fade.is_finite(), "{}", f.fade);
        // A small one is mostly below its top.
        let png = png_of(20, 20, |x, y| {
            let d = (f64::from(x) - 10.0).hypot(f64::from(y) - 10.0);
            [0, 0, 0, (240.0 - 30.0 * d).max(0.0) as u8]
        });
        assert_eq!(footprint(&png, None, 1 << 20).unwrap().unwrap().fade, f64::INFINITY);
    }

    /// A colour bar's ramp, upright or across, is one; flat bands are not.
    #[test]
    fn ramps() {
        let ramp = |w: u32, h: u32, along_x: bool, steps: u32| {
            let png = png_of(w, h, |x, y| {
                let t = if along_x { x * steps / w } else { y * steps / h };
                [(t * 255 / steps) as u8, 40, 200, 255]
            });
            footprint(&png, None, 1 << 20).unwrap().unwrap().ramp
        };
        assert!(ramp(10, 100, false, 50));
        assert!(ramp(100, 10, true, 50));
        assert!(ramp(100, 1, true, 50));
        assert!(!ramp(10, 100, false, 3));
        assert!(!ramp(100, 10, true, 3));
        let noisy = png_of(50, 50, |x, y| [(x * 5) as u8, (y * 5) as u8, 0, 255]);
        assert!(!footprint(&noisy, None, 1 << 20).unwrap().unwrap().ramp);
    }

    /// The colour of a box wins over its border's; a disc is solid too, a
    /// ring is not.
    #[test]
    fn colour_and_solidity() {
        let boxed = png_of(30, 30, |x, y| {
            let border = x == 2 || x == 27 || y == 2 || y == 27;
            if !(2..28).contains(&x) || !(2..28).contains(&y) {
                [0; 4]
            } else if border {
                [200, 0, 50, 255]
            } else {
                [254, 254, 206, 255]
            }
        });
        assert_eq!(footprint(&boxed, None, 1 << 20).unwrap().unwrap().colour, [254, 254, 206]);
        let round = |inner: f64| {
            png_of(41, 41, move |x, y| {
                let d = (f64::from(x) - 20.0).hypot(f64::from(y) - 20.0);
                if d <= 18.0 && d >= inner { [0, 0, 255, 255] } else { [0; 4] }
            })
        };
        let disc = footprint(&round(0.0), None, 1 << 20).unwrap().unwrap();
        assert!(disc.solidity > 0.9, "{}", disc.solidity);
        let ring = footprint(&round(16.0), None, 1 << 20).unwrap().unwrap();
        assert!(ring.solidity < 0.3, "{}", ring.solidity);
    }

    /// A PDF converter's opaque picture with a grey mask: the mask says
    /// what is painted.
    #[test]
    fn a_mask_decides() {
        let picture = png_of(20, 20, |_, _| [10, 120, 10, 255]);
        let mask = png_of(20, 20, |x, y| {
            let on = (3..8).contains(&x) && (4..16).contains(&y);
            if on { [255, 255, 255, 255] } else { [40, 40, 40, 255] }
        });
        let f = footprint(&picture, Some(&mask), 1 << 20).unwrap().unwrap();
        assert_eq!(crate::geom::polygon_area(&f.hull), 60.0);
        assert_eq!(f.colour, [10, 120, 10]);
        let empty = png_of(20, 20, |_, _| [0; 4]);
        assert_eq!(footprint(&empty, None, 1 << 20).unwrap(), None);
        assert!(footprint(&picture, Some(&png_of(5, 5, |_, _| [255; 4])), 1 << 20).is_err());
    }

    /// Broken or oversized pictures are errors, never panics.
    #[test]
    fn broken_and_large_pictures() {
        let png = png_of(40, 40, |_, _| [1, 2, 3, 255]);
        assert!(footprint(&png, None, 1599).unwrap_err().contains("40×40"));
        for cut in [0, 8, 20, 33, png.len() / 2, png.len() - 13] {
            assert!(footprint(&png[..cut], None, 1 << 20).is_err(), "{cut}");
        }
        assert!(footprint(b"GIF89a", None, 1 << 20).is_err());
        assert_eq!(png_size(&png), Some((40, 40)));
    }
}
