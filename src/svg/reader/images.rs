//! Pictures: an `<image>` paints a shape, the outline round what is
//! opaque in it, filled in its most common colour.
//!
//! This is how cairo and PDF converters write whatever they cannot write
//! as vectors (a node with a drop shadow, see [`crate::svg::raster`]); a
//! picture of a router or a person at each node is a node too. A picture
//! that is not embedded (a file or an address) is never fetched: it
//! paints its whole box.

use std::sync::Arc;

use base64::Engine as _;
use kurbo::{BezPath, Point};

use super::defs::url_id;
use super::frame::Frame;
use super::values::{clip, len_or};
use super::walker::Walker;
use crate::model::ShapeKind;
use crate::svg::length::Axis;
use crate::svg::raster::{self, Footprint};
use crate::svg::style::{Attr, Attrs};
use crate::svg::transform::viewbox_transform;
use crate::text::Text;

/// Most bytes of embedded pictures kept for `<use>` (after base64).
const MAX_KEPT_BYTES: usize = 64 << 20;

/// Pixels a drawing may have read: this many, and more for every byte of
/// the drawing (a PNG of one colour packs a million pixels in a few
/// hundred bytes).
const SPARE_PIXELS: u64 = 1 << 26;
const PIXELS_PER_BYTE: u64 = 1024;

/// A picture painted less than this share of its outline is lines or a
/// ring, not a shape.
const MIN_SOLIDITY: f64 = 0.5;

/// A picture whose rim fades over more pixels than this is blurred: a
/// shadow or a glow drawn apart from its shape, not a shape. (A sharp box
/// with its drop shadow under it fades where the shadow shows beyond it,
/// over two pixels or so in all; a blurred copy fades all round.)
const MAX_FADE: f64 = 3.0;

/// What a picture is drawn through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Masked {
    /// No mask.
    No,
    /// A mask showing this picture: its light is the picture's opacity.
    By(u32),
    /// A mask that is not a picture, or not found.
    Unread,
}

/// One `<image>`: its data and its box.
#[derive(Debug)]
pub(super) struct Picture {
    source: Source,
    /// `x`, `y`, `width`, `height`, in the picture's own user space.
    place: kurbo::Rect,
    aspect: svgtypes::AspectRatio,
}

#[derive(Debug)]
enum Source {
    /// A PNG, as embedded.
    Png(Arc<[u8]>),
    /// Any other picture (its size in pixels, where known): painted all
    /// over.
    Other(Option<(u32, u32)>),
}

/// The pictures read so far, and what was found in them.
#[derive(Debug, Default)]
pub(super) struct Pictures {
    list: Vec<Picture>,
    /// Footprints, by picture and mask (`None`: nothing is painted).
    found: foldhash::HashMap<(u32, Option<u32>), Option<Arc<Footprint>>>,
    kept_bytes: usize,
    pixels: u64,
    warned_full: bool,
}

impl Pictures {
    /// Keeps `p`; its number, unless there is no room left.
    fn keep(&mut self, p: Picture) -> Option<u32> {
        let bytes = match &p.source {
            Source::Png(b) => b.len(),
            Source::Other(_) => 0,
        };
        let n = u32::try_from(self.list.len()).ok()?;
        if self.kept_bytes + bytes > MAX_KEPT_BYTES {
            return None;
        }
        self.kept_bytes += bytes;
        self.list.push(p);
        Some(n)
    }
}

impl Walker<'_> {
    /// An `<image>` element, read: `None` when it shows nothing (no size,
    /// no picture) or its data is not readable.
    pub(super) fn picture(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<Picture> {
        let href = a.get(Attr::Href).map(str::trim).filter(|h| !h.is_empty())?;
        let source = match href.strip_prefix("data:") {
            Some(uri) => match data_uri(uri) {
                Some(bytes) if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => Source::Png(bytes.into()),
                Some(bytes) => Source::Other(imagesize::blob_size(&bytes).ok().and_then(|s| {
                    Some((u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?))
                })),
                None => {
                    self.warn(format!(
                        "<image> skipped: its data ({}) is not readable",
                        clip(href)
                    ));
                    return None;
                }
            },
            None => Source::Other(None),
        };
        let pixels = match &source {
            Source::Png(b) => raster::png_size(b),
            Source::Other(size) => *size,
        };
        let u = self.units(f.viewport);
        let x = len_or(a.get(Attr::X), Axis::X, &u, 0.0);
        let y = len_or(a.get(Attr::Y), Axis::Y, &u, 0.0);
        // An unset size is the picture's own (SVG 2).
        let own = pixels.map(|(w, h)| (f64::from(w), f64::from(h)));
        let w = a
            .get(Attr::Width)
            .map_or(own.map(|o| o.0), |_| Some(len_or(a.get(Attr::Width), Axis::X, &u, 0.0)))?;
        let h = a
            .get(Attr::Height)
            .map_or(own.map(|o| o.1), |_| Some(len_or(a.get(Attr::Height), Axis::Y, &u, 0.0)))?;
        if !(w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite()) {
            return None; // a zero size renders nothing
        }
        let aspect = a.get(Attr::Aspect).and_then(|s| s.parse().ok()).unwrap_or_default();
        Some(Picture { source, place: kurbo::Rect::new(x, y, x + w, y + h), aspect })
    }

    /// Keeps a picture for `<use>`: its number.
    pub(super) fn keep_picture(&mut self, p: Picture) -> Option<u32> {
        let n = self.defs.pictures.keep(p);
        if n.is_none() && !std::mem::replace(&mut self.defs.pictures.warned_full, true) {
            self.warn(format!(
                "embedded pictures hold more than {MAX_KEPT_BYTES} bytes; the rest are left out"
            ));
        }
        n
    }

    /// An `<image>` drawn where it stands.
    pub(super) fn image(&mut self, f: &Frame, a: &Attrs<'_>) -> Option<usize> {
        let p = self.picture(f, a)?;
        let n = self.keep_picture(p)?;
        let mask = self.mask_of(a);
        let node = self.draw_picture(f, a, n, mask);
        // Drawn once: its data is no longer needed.
        let pictures = &mut self.defs.pictures;
        if let Some(p) = pictures.list.get_mut(n as usize)
            && let Source::Png(b) = &p.source
        {
            pictures.kept_bytes -= b.len();
            p.source = Source::Other(None);
        }
        node
    }

    /// What `a`'s `mask` shows.
    pub(super) fn mask_of(&mut self, a: &Attrs<'_>) -> Masked {
        let Some(v) = a.get(Attr::Mask).map(str::trim).filter(|v| *v != "none") else {
            return Masked::No;
        };
        let key = url_id(v).and_then(|id| self.out.strings.get(id));
        match key.and_then(|k| self.defs.masking(k)) {
            Some(n) => Masked::By(n),
            None => Masked::Unread,
        }
    }

    /// Draws picture `n` (through `mask`) in frame `f`: a node candidate
    /// where it paints a shape.
    pub(super) fn draw_picture(
        &mut self,
        f: &Frame,
        a: &Attrs<'_>,
        n: u32,
        mask: Masked,
    ) -> Option<usize> {
        let mask = match mask {
            Masked::No => None,
            Masked::By(m) => Some(m),
            // What shows of it is not known: better nothing than a whole
            // page taken for a shape.
            Masked::Unread => return self.left_out("image (through a mask not read)"),
        };
        let found = self.footprint(n, mask)?;
        if found.solidity < MIN_SOLIDITY {
            return self.left_out("image (lines, not a shape)");
        }
        if found.fade > MAX_FADE {
            return self.left_out("image (blurred: a shadow or a glow)");
        }
        if found.ramp {
            return self.left_out("image (a colour ramp: a colour bar's)");
        }
        let p = &self.defs.pictures.list[n as usize];
        let (pw, ph) = found.size;
        if pw == 0 || ph == 0 {
            return None;
        }
        let view = svgtypes::ViewBox::new(0.0, 0.0, f64::from(pw), f64::from(ph));
        let r = p.place;
        // (A picture of unknown size fills its box.)
        let aspect = match p.source {
            Source::Other(None) => {
                svgtypes::AspectRatio { align: svgtypes::Align::None, ..Default::default() }
            }
            _ => p.aspect,
        };
        let m = viewbox_transform(&view, aspect, r.x0, r.y0, r.width(), r.height());
        let mut path = BezPath::new();
        for (i, v) in found.hull.iter().enumerate() {
            let q = m * Point::new(v.x, v.y);
            if i == 0 { path.move_to(q) } else { path.line_to(q) }
        }
        path.close_path();
        let mut frame = *f;
        let [cr, cg, cb] = found.colour;
        let fill = match p.source {
            Source::Png(_) => self.out.strings.intern(&format!("#{cr:02x}{cg:02x}{cb:02x}")),
            Source::Other(_) => self.out.strings.intern("image"),
        };
        let s = &mut frame.style;
        s.fill = fill;
        s.no_fill = false;
        s.fill_opacity = 1.0;
        s.stroke = Text::EMPTY;
        s.no_stroke_set = true;
        s.no_stroke = false;
        s.marker_start = Text::EMPTY;
        s.marker_end = Text::EMPTY;
        self.draw_path(&frame, a, path, (ShapeKind::Image, "image"), Text::EMPTY)
    }

    /// Counts a picture left out, and why.
    fn left_out(&mut self, why: &str) -> Option<usize> {
        *self.out.ignored.entry(why.into()).or_insert(0) += 1;
        None
    }

    /// What picture `n` paints (through `mask`), read once.
    fn footprint(&mut self, n: u32, mask: Option<u32>) -> Option<Arc<Footprint>> {
        if let Some(found) = self.defs.pictures.found.get(&(n, mask)) {
            return found.clone();
        }
        let pictures = &self.defs.pictures;
        let p = pictures.list.get(n as usize)?;
        let found = match &p.source {
            Source::Png(bytes) => {
                let bytes = Arc::clone(bytes);
                let mask_bytes = mask.and_then(|m| match &pictures.list.get(m as usize)?.source {
                    Source::Png(b) => Some(Arc::clone(b)),
                    Source::Other(_) => None,
                });
                let read = self.here.offset.unwrap_or(0);
                let most = SPARE_PIXELS.saturating_add(PIXELS_PER_BYTE.saturating_mul(read));
                let left = most.saturating_sub(self.defs.pictures.pixels);
                // Counted whether it reads or not (a truncated picture costs
                // as much as a whole one), its mask too.
                let (w, h) = raster::png_size(&bytes).unwrap_or_default();
                let cost = u64::from(w) * u64::from(h) * if mask_bytes.is_some() { 2 } else { 1 };
                self.defs.pictures.pixels = self.defs.pictures.pixels.saturating_add(cost);
                match raster::footprint(&bytes, mask_bytes.as_deref(), left / 2) {
                    Ok(found) => found.map(Arc::new),
                    Err(e) => {
                        self.warn(format!("<image> skipped: {e}"));
                        None
                    }
                }
            }
            Source::Other(size) => {
                let (w, h) = size.unwrap_or((1, 1));
                let (w, h) = (f64::from(w), f64::from(h));
                let hull = vec![
                    kurbo::Vec2::new(0.0, 0.0),
                    kurbo::Vec2::new(w, 0.0),
                    kurbo::Vec2::new(w, h),
                    kurbo::Vec2::new(0.0, h),
                ];
                let size = size.unwrap_or((1, 1));
                Some(Arc::new(Footprint {
                    size,
                    hull,
                    colour: [0; 3],
                    solidity: 1.0,
                    ramp: false,
                    fade: 0.0,
                }))
            }
        };
        self.defs.pictures.found.insert((n, mask), found.clone());
        found
    }
}

/// The bytes of a `data:` URI (after the scheme): base64 or
/// percent-encoded.
fn data_uri(uri: &str) -> Option<Vec<u8>> {
    let (meta, data) = uri.split_once(',')?;
    if meta.trim_end().to_ascii_lowercase().ends_with(";base64") {
        // Line breaks and spaces are allowed (matplotlib wraps its lines).
        let packed: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        let packed = percent_encoding::percent_decode_str(&packed).collect::<Vec<u8>>();
        let engine = base64::engine::GeneralPurpose::new(
            &base64::alphabet::STANDARD,
            base64::engine::GeneralPurposeConfig::new()
                .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
        );
        engine.decode(packed).ok()
    } else {
        Some(percent_encoding::percent_decode_str(data).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::data_uri;

    #[test]
    fn data_uris() {
        assert_eq!(data_uri("image/png;base64,aGVs\n bG8="), Some(b"hello".to_vec()));
        assert_eq!(data_uri("image/png;base64,aGVsbG8"), Some(b"hello".to_vec()));
        assert_eq!(data_uri("text/plain,a%20b"), Some(b"a b".to_vec()));
        assert_eq!(data_uri("image/png;base64,@@@"), None);
        assert_eq!(data_uri("image/png;base64"), None);
    }
}
