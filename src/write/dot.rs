//! Graphviz DOT with `pos` in points, y flipped (DOT's y axis points up),
//! so that `neato -n` redraws the same picture; width and height in
//! inches from the radius; fill, stroke, pen width and labels carried.

use std::io::Write;

use super::Value;
use crate::error::Result;
use crate::model::Diagram;

/// A DOT double-quoted string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn num(v: f64) -> String {
    Value::Num(v).text().into_owned()
}

/// A paint as Graphviz knows colours: `#rrggbb` (or `#rrggbbaa`) for
/// anything CSS calls a colour (Graphviz has no `#rgb` nor `rgb()`); other
/// paints (`url(#g)`, `none`) are left out.
fn color(paint: &str) -> Option<String> {
    let c: svgtypes::Color = paint.trim().parse().ok()?;
    Some(if c.alpha == 255 {
        format!("#{:02x}{:02x}{:02x}", c.red, c.green, c.blue)
    } else {
        format!("#{:02x}{:02x}{:02x}{:02x}", c.red, c.green, c.blue, c.alpha)
    })
}

pub(super) fn write(d: &Diagram, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let directed = d.report().directed;
    let (kind, op) = if directed { ("digraph", "->") } else { ("graph", "--") };
    writeln!(w, "{kind} G {{")?;
    writeln!(w, "  node [shape=circle, fixedsize=shape, style=filled];")?;
    for n in d.nodes() {
        let mut attrs = vec![
            format!(
                "label={}",
                quoted(if n.label.is_empty() { d.text(n.id) } else { d.text(n.label) })
            ),
            format!("pos=\"{},{}!\"", num(n.x), num(-n.y)),
            format!("width={}", num(2.0 * n.r / 72.0)),
        ];
        for (name, t) in [("fillcolor", n.fill), ("color", n.stroke)] {
            if let Some(c) = color(d.text(t)) {
                attrs.push(format!("{name}={}", quoted(&c)));
            }
        }
        if !n.class.is_empty() {
            attrs.push(format!("class={}", quoted(d.text(n.class))));
        }
        if !n.svg_id.is_empty() {
            attrs.push(format!("svg_id={}", quoted(d.text(n.svg_id))));
        }
        attrs.push(format!("shape_drawn={}", quoted(n.shape.name())));
        writeln!(w, "  {} [{}];", quoted(d.text(n.id)), attrs.join(", "))?;
    }
    let weighted = d.weights_vary();
    for edge in d.edges() {
        let (a, b, e) = edge?;
        let st = d.edge_style(&e);
        let mut attrs = Vec::new();
        if directed && !e.directed {
            attrs.push("dir=none".to_string());
        }
        if let Some(c) = color(d.text(st.stroke)) {
            attrs.push(format!("color={}", quoted(&c)));
        }
        if let Some(width) = st.stroke_width {
            attrs.push(format!("penwidth={}", num(width)));
            if weighted {
                attrs.push(format!("weight={}", num(width)));
            }
        }
        if !e.label.is_empty() {
            attrs.push(format!("label={}", quoted(d.text(e.label))));
        }
        if !e.svg_id.is_empty() {
            attrs.push(format!("svg_id={}", quoted(d.text(e.svg_id))));
        }
        let tail =
            if attrs.is_empty() { String::new() } else { format!(" [{}]", attrs.join(", ")) };
        writeln!(w, "  {} {op} {}{tail};", quoted(d.text(a.id)), quoted(d.text(b.id)))?;
    }
    writeln!(w, "}}")?;
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{color, quoted};

    #[test]
    fn colours_as_graphviz_knows_them() {
        assert_eq!(color("#fff").as_deref(), Some("#ffffff"));
        assert_eq!(color("tomato").as_deref(), Some("#ff6347"));
        assert_eq!(color("rgb(0, 128, 255)").as_deref(), Some("#0080ff"));
        assert_eq!(color("rgba(0,0,0,0.5)").as_deref(), Some("#00000080"));
        assert_eq!(color("none"), None);
        assert_eq!(color("url(#g)"), None);
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(quoted(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
        assert_eq!(quoted("two\nlines"), r#""two\nlines""#);
    }
}
