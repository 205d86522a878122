//! GEXF 1.2: attributes declared once, `viz:position`, `viz:color` (from
//! the fill, or the stroke of an unfilled shape) and `viz:size` (the
//! radius) per node.

use std::io::Write;

use quick_xml::escape::escape;

use super::{AttrType, EDGE_ATTRS, NODE_ATTRS, Value, edge_values, node_values};
use crate::error::Result;
use crate::model::{Diagram, Node};

fn type_name(k: AttrType) -> &'static str {
    match k {
        AttrType::Str => "string",
        AttrType::Num => "double",
        AttrType::Bool => "boolean",
    }
}

/// The node's colour as red, green, blue and alpha (0–1), when its paint
/// is a colour.
fn color(d: &Diagram, n: &Node) -> Option<(u8, u8, u8, f32)> {
    [n.fill, n.stroke].into_iter().find_map(|t| {
        let c: svgtypes::Color = d.text(t).trim().parse().ok()?;
        Some((c.red, c.green, c.blue, f32::from(c.alpha) / 255.0 * n.opacity))
    })
}

pub(super) fn write(d: &Diagram, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let directed = d.report().directed;
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">"#
    )?;
    writeln!(w, "  <meta><creator>svg2graph {}</creator></meta>", env!("CARGO_PKG_VERSION"))?;
    let default = if directed { "directed" } else { "undirected" };
    writeln!(w, r#"  <graph mode="static" defaultedgetype="{default}">"#)?;
    // `label` is the node's own label attribute; the rest are attributes.
    writeln!(w, r#"    <attributes class="node">"#)?;
    for (k, (name, kind)) in NODE_ATTRS.iter().enumerate().skip(1) {
        writeln!(w, r#"      <attribute id="n{k}" title="{name}" type="{}"/>"#, type_name(*kind))?;
    }
    writeln!(w, "    </attributes>")?;
    writeln!(w, r#"    <attributes class="edge">"#)?;
    for (k, (name, kind)) in EDGE_ATTRS.iter().enumerate() {
        if !matches!(*name, "label" | "weight") {
            writeln!(
                w,
                r#"      <attribute id="e{k}" title="{name}" type="{}"/>"#,
                type_name(*kind)
            )?;
        }
    }
    writeln!(w, "    </attributes>")?;
    writeln!(w, "    <nodes>")?;
    for n in d.nodes() {
        let vals = node_values(d, n);
        let label = match vals[0] {
            Some(Value::Str(s)) => s,
            _ => d.text(n.id),
        };
        writeln!(w, r#"      <node id="{}" label="{}">"#, escape(d.text(n.id)), escape(label))?;
        writeln!(w, "        <attvalues>")?;
        for (k, v) in vals.iter().enumerate().skip(1) {
            if let Some(v) = v {
                writeln!(
                    w,
                    r#"          <attvalue for="n{k}" value="{}"/>"#,
                    escape(v.text().as_ref())
                )?;
            }
        }
        writeln!(w, "        </attvalues>")?;
        let (x, y) = (Value::Num(n.x).text().into_owned(), Value::Num(n.y).text().into_owned());
        writeln!(w, r#"        <viz:position x="{x}" y="{y}" z="0"/>"#)?;
        writeln!(w, r#"        <viz:size value="{}"/>"#, Value::Num(n.r).text())?;
        if let Some((r, g, b, a)) = color(d, n) {
            writeln!(
                w,
                r#"        <viz:color r="{r}" g="{g}" b="{b}" a="{}"/>"#,
                Value::Num32(a).text()
            )?;
        }
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    let weighted = d.weights_vary();
    for (k, edge) in d.edges().enumerate() {
        let (a, b, e) = edge?;
        let vals = edge_values(d, &e, weighted);
        // Each edge of the graph's one kind: networkx refuses an undirected
        // edge in a directed graph (the `directed` attribute tells them).
        write!(
            w,
            r#"      <edge id="{k}" source="{}" target="{}" type="{default}""#,
            escape(d.text(a.id)),
            escape(d.text(b.id))
        )?;
        if let Some(Value::Str(l)) = vals[5] {
            write!(w, r#" label="{}""#, escape(l))?;
        }
        if let Some(v) = vals[6] {
            write!(w, r#" weight="{}""#, v.text())?;
        }
        writeln!(w, ">")?;
        writeln!(w, "        <attvalues>")?;
        for (k, v) in vals.iter().enumerate() {
            if let (Some(v), false) = (v, matches!(k, 5 | 6)) {
                writeln!(
                    w,
                    r#"          <attvalue for="e{k}" value="{}"/>"#,
                    escape(v.text().as_ref())
                )?;
            }
        }
        writeln!(w, "        </attvalues>")?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>\n  </graph>\n</gexf>")?;
    w.flush()?;
    Ok(())
}
