//! GraphML: keys for every attribute, `edgedefault` from the edges'
//! direction. A graph with some edges directed is directed: networkx
//! refuses an edge's own `directed="false"` in it, so every edge follows
//! `edgedefault`, and the `directed` data says which show a head.

use std::io::Write;

use quick_xml::escape::escape;

use super::{AttrType, EDGE_ATTRS, NODE_ATTRS, edge_values, node_values};
use crate::error::Result;
use crate::model::Diagram;

fn type_name(k: AttrType) -> &'static str {
    match k {
        AttrType::Str => "string",
        AttrType::Num => "double",
        AttrType::Bool => "boolean",
    }
}

pub(super) fn write(d: &Diagram, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let directed = d.report().directed;
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (k, (name, kind)) in NODE_ATTRS.iter().enumerate() {
        writeln!(
            w,
            r#"  <key id="n{k}" for="node" attr.name="{name}" attr.type="{}"/>"#,
            type_name(*kind)
        )?;
    }
    for (k, (name, kind)) in EDGE_ATTRS.iter().enumerate() {
        writeln!(
            w,
            r#"  <key id="e{k}" for="edge" attr.name="{name}" attr.type="{}"/>"#,
            type_name(*kind)
        )?;
    }
    let default = if directed { "directed" } else { "undirected" };
    writeln!(w, r#"  <graph id="G" edgedefault="{default}">"#)?;
    for n in d.nodes() {
        writeln!(w, r#"    <node id="{}">"#, escape(d.text(n.id)))?;
        for (k, v) in node_values(d, n).iter().enumerate() {
            if let Some(v) = v {
                writeln!(w, r#"      <data key="n{k}">{}</data>"#, escape(v.text().as_ref()))?;
            }
        }
        writeln!(w, "    </node>")?;
    }
    let weighted = d.weights_vary();
    for (k, edge) in d.edges().enumerate() {
        let (a, b, e) = edge?;
        writeln!(
            w,
            r#"    <edge id="e{k}" source="{}" target="{}">"#,
            escape(d.text(a.id)),
            escape(d.text(b.id))
        )?;
        for (k, v) in edge_values(d, &e, weighted).iter().enumerate() {
            if let Some(v) = v {
                writeln!(w, r#"      <data key="e{k}">{}</data>"#, escape(v.text().as_ref()))?;
            }
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>\n</graphml>")?;
    w.flush()?;
    Ok(())
}
