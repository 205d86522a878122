//! Shapes painted as pictures: `<image>`s whose opaque pixels are a node
//! (cairo and PDF converters paint filtered shapes so), and pictures that
//! are no nodes (shadows, colour bars).

use std::fmt::Write as _;

use base64::Engine as _;

use crate::{arcs, centres, extract};

/// A PNG of `w`×`h` pixels, `paint` giving each one's RGBA.
fn png(w: u32, h: u32, paint: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
    png_of(w, h, png::ColorType::Rgba, |x, y| paint(x, y).to_vec())
}

/// A PNG of colour type `colour`, `paint` giving each pixel's samples.
fn png_of(w: u32, h: u32, colour: png::ColorType, paint: impl Fn(u32, u32) -> Vec<u8>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(colour);
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

fn data_uri(png: &[u8]) -> String {
    format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(png))
}

/// Whether (x, y) lies in the box `b` (x0, y0, x1, y1, ends excluded).
fn inside((x, y): (u32, u32), b: (u32, u32, u32, u32)) -> bool {
    (b.0..b.2).contains(&x) && (b.1..b.3).contains(&y)
}

/// A page-sized picture of one box as cairo paints a shape with a drop
/// shadow: the box opaque in `fill`, its shadow 4 pixels down and right,
/// faint, and the rest clear.
fn boxed(w: u32, h: u32, b: (u32, u32, u32, u32), fill: [u8; 3]) -> Vec<u8> {
    png(w, h, |x, y| {
        if inside((x, y), b) {
            let edge = x == b.0 || x + 1 == b.2 || y == b.1 || y + 1 == b.3;
            if edge { [168, 0, 54, 255] } else { [fill[0], fill[1], fill[2], 255] }
        } else if inside((x, y), (b.0 + 4, b.1 + 4, b.2 + 4, b.3 + 4)) {
            [0, 0, 0, 90]
        } else {
            [0; 4]
        }
    })
}

#[test]
fn boxes_painted_as_pictures_are_nodes() {
    // As `rsvg-convert -f svg` writes a PlantUML class diagram: each box
    // (drawn with a shadow filter) a picture the size of the page, kept in
    // `<defs>` and placed by `<use>`; the links stay vectors.
    let boxes = [(20, 20, 100, 60), (200, 20, 280, 60), (200, 140, 280, 180)];
    let mut defs = String::new();
    for (i, &b) in boxes.iter().enumerate() {
        let uri = data_uri(&boxed(320, 200, b, [254, 254, 206]));
        let _ =
            write!(defs, r#"<image id="image{i}" width="320" height="200" xlink:href="{uri}"/>"#);
    }
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="320" height="200" viewBox="0 0 320 200">
        <defs>{defs}</defs>
        <g id="surface1">
        <use xlink:href="#image0"/>
        <use xlink:href="#image1"/>
        <use xlink:href="#image2"/>
        <path style="fill:none;stroke:rgb(65%,0%,21%);stroke-width:1;" d="M 100 40 L 192 40"/>
        <path style="stroke:none;fill:rgb(65%,0%,21%);" d="M 200 40 L 192 36 L 192 44 Z"/>
        <path style="fill:none;stroke:rgb(65%,0%,21%);stroke-width:1;" d="M 240 60 L 240 132"/>
        <path style="stroke:none;fill:rgb(65%,0%,21%);" d="M 240 140 L 236 132 L 244 132 Z"/>
        </g></svg>"##
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(60, 40), (240, 40), (240, 160)], "{:?}", d.report());
    let mut got = arcs(&d);
    got.sort_unstable();
    assert_eq!(got, [(100, 280, true), (280, 400, true)], "{:?}", d.report());
    for n in d.nodes() {
        assert_eq!(d.text(n.fill), "#fefece");
        assert_eq!(n.shape.name(), "image");
    }
}

#[test]
fn a_pdf_converters_masked_pictures_are_nodes() {
    // As `pdftocairo -svg` writes a filtered shape: an opaque colour
    // picture drawn through a mask, a grey picture whose light says what
    // is painted. The mask is written before the picture it shows, and
    // the masked `<use>` sits inside another definition.
    let (w, h) = (240, 120);
    let colour = png_of(w, h, png::ColorType::Rgb, |_, _| vec![200, 230, 255]);
    let mask = |b: (u32, u32, u32, u32)| {
        png_of(w, h, png::ColorType::Grayscale, move |x, y| {
            if inside((x, y), b) {
                vec![255]
            } else if inside((x, y), (b.0 + 3, b.1 + 3, b.2 + 3, b.3 + 3)) {
                vec![60]
            } else {
                vec![0]
            }
        })
    };
    let (left, right) = ((10, 30, 70, 90), (170, 30, 230, 90));
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240pt" height="120pt" viewBox="0 0 240 120">
        <defs>
        <mask id="mask0"><use xlink:href="#image1"/></mask>
        <mask id="mask1"><use xlink:href="#image3"/></mask>
        <image id="image0" width="240" height="120" xlink:href="{c}"/>
        <image id="image1" width="240" height="120" xlink:href="{m0}"/>
        <image id="image3" width="240" height="120" xlink:href="{m1}"/>
        <g id="surface5"><use xlink:href="#image0" mask="url(#mask1)"/></g>
        </defs>
        <use xlink:href="#image0" mask="url(#mask0)"/>
        <use xlink:href="#surface5"/>
        <path style="fill:none;stroke:rgb(0%,0%,0%);stroke-width:1;" d="M 70 60 L 170 60"/>
        </svg>"##,
        c = data_uri(&colour),
        m0 = data_uri(&mask(left)),
        m1 = data_uri(&mask(right)),
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(40, 60), (200, 60)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(100, 260, false)], "{:?}", d.report());
    assert!(d.nodes().all(|n| d.text(n.fill) == "#c8e6ff"));
}

#[test]
fn shadows_and_colour_bars_painted_as_pictures_are_no_nodes() {
    // blockdiag's shadows are blurred copies of the nodes, drawn apart
    // (and through cairo, as pictures: nowhere sharp, their rims fading
    // over five to eight pixels); a colour bar's ramp is a picture too.
    // Neither is a node, nor a thing edges end on.
    let (w, h) = (400, 100);
    let blurred = |cx: f64, cy: f64| {
        png(w, h, move |x, y| {
            let out = |v: f64, lo: f64, hi: f64| (lo - v).max(v - hi).max(0.0);
            let d = out(f64::from(x), cx - 40.0, cx + 40.0).max(out(
                f64::from(y),
                cy - 15.0,
                cy + 15.0,
            ));
            [0, 0, 0, (255.0 - 20.0 * d).max(0.0) as u8]
        })
    };
    let ramp = png(1, 100, |_, y| [(y * 2) as u8, 50, 255 - (y * 2) as u8, 255]);
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="100">
        <image width="400" height="100" xlink:href="{s0}"/>
        <rect x="20" y="30" width="80" height="30" fill="#fff" stroke="#000"/>
        <image width="400" height="100" xlink:href="{s1}"/>
        <rect x="200" y="30" width="80" height="30" fill="#fff" stroke="#000"/>
        <line x1="100" y1="45" x2="200" y2="45" stroke="#000"/>
        <image x="350" y="10" width="12" height="80" preserveAspectRatio="none" xlink:href="{r}"/>
        </svg>"##,
        s0 = data_uri(&blurred(64.0, 49.0)),
        s1 = data_uri(&blurred(244.0, 49.0)),
        r = data_uri(&ramp),
    );
    let d = extract(&svg);
    assert_eq!(centres(&d), [(60, 45), (240, 45)], "{:?}", d.report());
    assert_eq!(arcs(&d), [(105, 285, false)]);
    let ignored = &d.report().ignored;
    assert_eq!(ignored.get("image (blurred: a shadow or a glow)"), Some(&2), "{ignored:?}");
    assert_eq!(ignored.get("image (a colour ramp: a colour bar's)"), Some(&1), "{ignored:?}");
}

#[test]
fn a_box_with_a_drop_shadow_painted_as_a_picture_is_a_node() {
    // A filter's drop shadow, as Mermaid gives a highlighted node, makes
    // cairo paint the box as a picture: sharp but where its shadow shows
    // beyond it, fading there over a few pixels.
    let (w, h) = (400, 100);
    let shadowed = |cx: f64, cy: f64| {
        png(w, h, move |x, y| {
            let (x, y) = (f64::from(x), f64::from(y));
            if (cx - 40.0..cx + 40.0).contains(&x) && (cy - 15.0..cy + 15.0).contains(&y) {
                return [236, 236, 255, 255];
            }
            // (The shadow: the box moved 3 pixels on, fading 30 a pixel.)
            let out = |v: f64, lo: f64, hi: f64| (lo - v).max(v - hi).max(0.0);
            let d = out(x, cx - 37.0, cx + 43.0).max(out(y, cy - 12.0, cy + 18.0));
            [0, 0, 0, (255.0 - 30.0 * d).max(0.0) as u8]
        })
    };
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="100">
        <image width="400" height="100" xlink:href="{a}"/>
        <image width="400" height="100" xlink:href="{b}"/>
        <line x1="100" y1="45" x2="200" y2="45" stroke="#000"/>
        </svg>"##,
        a = data_uri(&shadowed(60.0, 45.0)),
        b = data_uri(&shadowed(240.0, 45.0)),
    );
    let d = extract(&svg);
    assert_eq!(d.report().nodes, 2, "{:?}", d.report());
    assert_eq!(d.report().edges, 1, "{:?}", d.report());
}

#[test]
fn pictures_at_the_nodes_are_nodes_and_broken_ones_are_warned_of() {
    // A network drawn with a picture at each node: files (never fetched:
    // each paints its box) and an embedded JPEG-like blob. Broken data is
    // a warning, not a failure.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200">
        <line x1="40" y1="40" x2="240" y2="40" stroke="#000"/>
        <line x1="240" y1="40" x2="240" y2="160" stroke="#000"/>
        <image x="20" y="20" width="40" height="40" xlink:href="router.png"/>
        <image x="220" y="20" width="40" height="40" href="switch.svg"/>
        <image x="220" y="140" width="40" height="40" xlink:href="server.png"/>
        <image x="300" y="0" width="40" height="40" xlink:href="data:image/png;base64,@@notbase64"/>
        <image x="300" y="50" width="40" height="40" xlink:href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"/>
        <image x="300" y="100" width="0" height="40" xlink:href="router.png"/>
        </svg>"##;
    let d = extract(svg);
    assert_eq!(centres(&d), [(40, 40), (240, 40), (240, 160)], "{:?}", d.report());
    let mut got = arcs(&d);
    got.sort_unstable();
    assert_eq!(got, [(80, 280, false), (280, 400, false)]);
    let warnings: Vec<&str> = d.report().warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(warnings.iter().any(|w| w.contains("not readable")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("PNG is not readable")), "{warnings:?}");
}
