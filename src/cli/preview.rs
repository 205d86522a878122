//! `--preview FILE.svg|FILE.png`: the library's preview SVG, or that SVG
//! rendered to PNG with resvg.

use std::path::Path;

use svg2graph::output::AtomicFiles;
use svg2graph::{Diagram, Error, ExtractOptions};

/// Longest side of a PNG preview, in pixels.
const PNG_SIDE: f32 = 2400.0;

pub(crate) fn write(
    input: &Path,
    opts: &ExtractOptions,
    d: &Diagram,
    to: &Path,
) -> svg2graph::Result<()> {
    let png = to.extension().is_some_and(|e| e.eq_ignore_ascii_case("png"));
    let mut files = AtomicFiles::new();
    if png {
        let mut svg = Vec::new();
        svg2graph::preview::write_svg(input, opts, d, &mut svg)?;
        let bytes =
            render(&svg).map_err(|m| Error::from(std::io::Error::other(m)).with_path(to))?;
        files.write(to, |w| Ok(w.write_all(&bytes)?))?;
    } else {
        files.write(to, |w| svg2graph::preview::write_svg(input, opts, d, w))?;
    }
    files.commit()
}

/// Renders `svg` to PNG bytes, at most [`PNG_SIDE`] pixels on its longer
/// side, on white.
fn render(svg: &[u8]) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut opt = usvg::Options::default();
    // The generic families default to fonts many systems lack (Times New
    // Roman, Arial): point them at fonts that are there.
    let db = opt.fontdb_mut();
    db.load_system_fonts();
    let families: Vec<String> =
        db.faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
    let pick = |wanted: &[&str]| {
        wanted.iter().find(|w| families.iter().any(|f| f == *w)).map(|w| (*w).to_string())
    };
    let serif = pick(&["Times New Roman", "Liberation Serif", "DejaVu Serif", "Noto Serif"]);
    let sans = pick(&["Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans"]);
    let mono = pick(&["Courier New", "Liberation Mono", "DejaVu Sans Mono", "Noto Sans Mono"]);
    if let Some(f) = &serif {
        db.set_serif_family(f.clone());
    }
    if let Some(f) = &sans {
        db.set_sans_serif_family(f.clone());
    }
    if let Some(f) = mono {
        db.set_monospace_family(f);
    }
    if let Some(f) = serif.or(sans) {
        opt.font_family = f;
    }
    let tree =
        usvg::Tree::from_data(svg, &opt).map_err(|e| format!("cannot render the preview: {e}"))?;
    let size = tree.size();
    let scale = (PNG_SIDE / size.width().max(size.height())).min(4.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let (w, h) = (
        (size.width() * scale).ceil().max(1.0) as u32,
        (size.height() * scale).ceil().max(1.0) as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("the preview is too large to render")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the PNG: {e}"))
}
