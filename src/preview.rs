//! A preview of an extraction: the original drawing with what was found
//! drawn over it. Each node is ringed; each edge is drawn from node centre
//! to node centre in a colour by its status (matched, directed, disputed);
//! strokes that did not become edges are drawn in red (an end touching no
//! node) or grey (both ends on one node); closed shapes that are not nodes
//! are boxed, dashed, in a colour by their role (container, decoration,
//! arrowhead, glyph, loop, furniture, port); ids, labels and roles are
//! tooltips; a legend gives the counts.
//!
//! The drawing itself is copied byte for byte, streaming; the overlay is
//! inserted as the root's last child, so it lies in the root's user space,
//! where the coordinates of the extraction are.

use std::fmt::Write as _;
use std::io::{BufRead, Read, Write};
use std::path::Path;

use quick_xml::escape::escape;
use quick_xml::events::Event;

use crate::error::{Error, ErrorKind, Result};
use crate::model::Diagram;
use crate::options::ExtractOptions;

const NODE: &str = "#7b2cbf";
const MATCHED: &str = "#1b9e77";
const DIRECTED: &str = "#1f6fd1";
const DISPUTED: &str = "#ff7f00";
const DANGLING: &str = "#e41a1c";
const SELF_TOUCHING: &str = "#888888";

/// The colour a shape set aside in a role is boxed in.
fn role_colour(role: &str) -> &'static str {
    match role {
        "container" => "#e6ab02",
        "arrowhead" => "#17becf",
        "glyph" => "#b0b0b0",
        "loop" => "#e7298a",
        "furniture" => "#8c564b",
        "port" => "#a6cee3",
        _ => "#66a61e",
    }
}

/// Writes the preview of `d`, the extraction of the drawing at `path`, to
/// `out`: the drawing (read again, inflated if it is gzip-compressed) with
/// the overlay of [`overlay`].
///
/// # Errors
///
/// When the drawing cannot be read again (standard input cannot), or
/// writing fails.
pub fn write_svg(
    path: &Path,
    opts: &ExtractOptions,
    d: &Diagram,
    out: &mut dyn Write,
) -> Result<()> {
    if path.as_os_str() == "-" {
        return Err(Error::new(ErrorKind::InvalidOption(
            "a preview needs the drawing as a file: standard input cannot be read twice".into(),
        )));
    }
    let open = || -> Result<Box<dyn BufRead + Send>> {
        let (input, _) =
            crate::svg::input::open(path).map_err(|e| Error::from(e).with_path(path))?;
        let decoded = crate::svg::input::decode(input, opts.max_inflated, opts.max_ratio)
            .map_err(|e| Error::from(e).with_path(path))?;
        Ok(Box::new(decoded))
    };
    let at = root_end(open()?).map_err(|e| e.with_path(path))?;
    let mut input = open()?;
    std::io::copy(&mut (&mut input).take(at), out)?;
    out.write_all(overlay(d)?.as_bytes())?;
    std::io::copy(&mut input, out)?;
    out.flush()?;
    Ok(())
}

/// Where the root element's end tag starts, in bytes.
fn root_end(input: impl BufRead) -> Result<u64> {
    let mut r = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        let at = r.buffer_position();
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Ok(at);
                }
            }
            Ok(Event::Empty(_)) if depth == 0 => {
                return Err(Error::new(ErrorKind::Xml(
                    "the root element is empty: a preview needs <svg>…</svg>".into(),
                )));
            }
            Ok(Event::Eof) => {
                return Err(Error::new(ErrorKind::Xml("no end of the root element".into())));
            }
            Err(e) => return Err(Error::new(ErrorKind::Xml(e.to_string()))),
            Ok(_) => {}
        }
        buf.clear();
    }
}

/// A coordinate or length as written in the overlay.
fn f(v: f64) -> String {
    let mut b = ryu::Buffer::new();
    crate::write::format_f64(v, &mut b).to_string()
}

/// The overlay: a `<g id="svg2graph-preview">` in root user space.
///
/// # Errors
///
/// As [`Diagram::edges`].
pub fn overlay(d: &Diagram) -> std::io::Result<String> {
    let nodes: Vec<_> = d.nodes().collect();
    let (min, max) = nodes.iter().fold(
        ((f64::INFINITY, f64::INFINITY), (f64::NEG_INFINITY, f64::NEG_INFINITY)),
        |((x0, y0), (x1, y1)), n| {
            ((x0.min(n.x - n.r), y0.min(n.y - n.r)), (x1.max(n.x + n.r), y1.max(n.y + n.r)))
        },
    );
    let extent = if min.0.is_finite() { (max.0 - min.0).max(max.1 - min.1) } else { 100.0 };
    // The unit of the overlay's strokes and text: a fraction of the
    // drawing's extent, so that it reads the same at any scale.
    let unit = (extent / 400.0).max(1e-6);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<g id="svg2graph-preview" fill="none" stroke-linecap="round" font-family="sans-serif"><defs><marker id="svg2graph-preview-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0L10,5L0,10z" style="fill:{DIRECTED};stroke:none"/></marker></defs>"#
    );
    let (mut matched, mut directed, mut disputed) = (0, 0, 0);
    // Every element is styled by its own `style`: a drawing's style sheet
    // (svglite's `.svglite line`) would beat presentation attributes.
    let width = f(unit * 1.2);
    s.push_str(r#"<g opacity="0.85">"#);
    for edge in d.edges() {
        let (a, b, e) = edge?;
        let colour = if e.disputed {
            disputed += 1;
            DISPUTED
        } else if e.directed {
            directed += 1;
            DIRECTED
        } else {
            matched += 1;
            MATCHED
        };
        let head = if e.directed { r#" marker-end="url(#svg2graph-preview-head)""# } else { "" };
        let arrow = if e.directed { "->" } else { "--" };
        let _ = write!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" style="stroke:{colour};stroke-width:{width};fill:none"{head}><title>{} {arrow} {}</title></line>"#,
            f(a.x),
            f(a.y),
            f(b.x),
            f(b.y),
            escape(d.text(a.id)),
            escape(d.text(b.id))
        );
    }
    let (mut dangling, mut touching) = (0, 0);
    for r in d.rejected() {
        let (colour, what) = if r.dangling {
            dangling += 1;
            (DANGLING, "an end touches no node")
        } else {
            touching += 1;
            (SELF_TOUCHING, "both ends touch one node")
        };
        let _ = write!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" style="stroke:{colour};stroke-width:{width};stroke-dasharray:{} {};fill:none"><title>not an edge: {what}</title></line>"#,
            f(r.a.x),
            f(r.a.y),
            f(r.b.x),
            f(r.b.y),
            f(unit * 4.0),
            f(unit * 2.0)
        );
    }
    s.push_str("</g>");
    // Shapes set aside, by role, so that a wrong decision shows.
    let mut roles = boxes(&mut s, d, unit);
    let ring = format!("stroke:{NODE};stroke-width:{};fill:none", f(unit));
    s.push_str("<g>");
    for n in &nodes {
        let label = d.text(n.label);
        let tip = if label.is_empty() || label == d.text(n.id) {
            escape(d.text(n.id)).into_owned()
        } else {
            format!("{} ({})", escape(d.text(n.id)), escape(label))
        };
        let _ = write!(
            s,
            r#"<circle cx="{}" cy="{}" r="{}" style="{ring}"><title>{tip}</title></circle>"#,
            f(n.x),
            f(n.y),
            f(n.r + unit * 2.0)
        );
    }
    s.push_str("</g>");
    let mut rows = vec![
        (NODE, format!("{} nodes", nodes.len())),
        (MATCHED, format!("{matched} undirected edges")),
        (DIRECTED, format!("{directed} directed edges")),
        (DISPUTED, format!("{disputed} disputed (named ends differ)")),
        (DANGLING, format!("{dangling} strokes with a loose end")),
        (SELF_TOUCHING, format!("{touching} strokes within one node")),
    ];
    roles.sort_unstable();
    for (role, n) in roles {
        rows.push((role_colour(role), format!("{n} shapes set aside: {role}")));
    }
    legend(&mut s, &nodes, (min, max), unit, &rows);
    s.push_str("</g>\n");
    Ok(s)
}

/// Boxes the shapes of `d` set aside, dashed, in their roles' colours;
/// returns how many each role got.
fn boxes(s: &mut String, d: &Diagram, unit: f64) -> Vec<(&'static str, usize)> {
    let mut roles: Vec<(&'static str, usize)> = Vec::new();
    let dashed = format!(
        "stroke-width:{};stroke-dasharray:{} {};fill:none",
        f(unit * 0.6),
        f(unit * 2.0),
        f(unit)
    );
    s.push_str("<g>");
    for set in d.set_aside() {
        match roles.iter_mut().find(|(r, _)| *r == set.role) {
            Some((_, n)) => *n += 1,
            None => roles.push((set.role, 1)),
        }
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" style="stroke:{};{dashed}"><title>{}</title></rect>"#,
            f(set.center.x - set.half.0),
            f(set.center.y - set.half.1),
            f(2.0 * set.half.0),
            f(2.0 * set.half.1),
            role_colour(set.role),
            set.role
        );
    }
    s.push_str("</g>");
    roles
}

/// The legend: one coloured row per count (`rows`: colour, text), in the
/// corner of the nodes' box (`min`, `max`) that hides the fewest nodes.
fn legend(
    s: &mut String,
    nodes: &[&crate::model::Node],
    (min, max): ((f64, f64), (f64, f64)),
    unit: f64,
    rows: &[(&str, String)],
) {
    let size = unit * 8.0;
    // In the corner of the nodes' box that hides the fewest nodes.
    let (w, h) = (size * 17.0, size * (rows.len() as f64 + 1.0));
    let (x, y) = if min.0.is_finite() {
        let corners =
            [(min.0, min.1), (max.0 - w, min.1), (min.0, max.1 - h), (max.0 - w, max.1 - h)];
        let hidden = |&(cx, cy): &(f64, f64)| {
            nodes
                .iter()
                .filter(|n| (cx..=cx + w).contains(&n.x) && (cy..=cy + h).contains(&n.y))
                .count()
        };
        corners.into_iter().min_by_key(hidden).unwrap_or((min.0, min.1))
    } else {
        (0.0, 0.0)
    };
    let _ = write!(
        s,
        r#"<g transform="translate({} {})" font-size="{}"><rect x="0" y="0" width="{}" height="{}" style="fill:#ffffff;fill-opacity:0.8;stroke:none"/>"#,
        f(x),
        f(y),
        f(size),
        f(w),
        f(h)
    );
    for (k, (colour, text)) in rows.iter().enumerate() {
        let row_y = size * (k as f64 + 1.2);
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" style="fill:{colour};stroke:none"/><text x="{}" y="{}" style="fill:{colour};stroke:none;font-size:{}px">{}</text>"#,
            f(size * 0.4),
            f(row_y - size * 0.7),
            f(size * 1.2),
            f(size * 0.6),
            f(size * 2.0),
            f(row_y),
            f(size),
            escape(text.as_str())
        );
    }
    s.push_str("</g>");
}
