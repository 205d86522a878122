//! Node-link JSON (networkx `node_link_graph`, D3): `directed`,
//! `multigraph`, `graph`, `nodes` (with `id`) and `edges` (or `links`)
//! with `source` and `target`.

use std::io::Write;

use serde_json::{Map, Value as J};

use super::{EDGE_ATTRS, NODE_ATTRS, Value, WriteOptions, edge_values, node_values};
use crate::error::Result;
use crate::model::Diagram;

fn json(v: Value<'_>) -> J {
    match v {
        Value::Str(s) => J::from(s),
        Value::Num(x) => J::from(x),
        // As the f32 it is: through its shortest decimal form.
        Value::Num32(_) => {
            v.number().and_then(serde_json::Number::from_f64).map_or(J::Null, J::Number)
        }
        Value::Bool(b) => J::from(b),
    }
}

/// Writes `items` as the elements of a JSON array, one per line.
fn items(
    w: &mut impl Write,
    items: impl Iterator<Item = std::io::Result<Map<String, J>>>,
) -> Result<()> {
    for (k, m) in items.enumerate() {
        let m = m?;
        w.write_all(if k > 0 { b",\n" } else { b"\n" })?;
        serde_json::to_writer(&mut *w, &m).map_err(std::io::Error::other)?;
    }
    Ok(())
}

pub(super) fn write(d: &Diagram, opts: &WriteOptions, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let directed = d.report().directed;
    write!(w, r#"{{"directed":{directed},"multigraph":true,"graph":{{}},"nodes":["#)?;
    let nodes = d.nodes().map(|n| {
        let mut m = Map::new();
        m.insert("id".into(), J::from(d.text(n.id)));
        for ((name, _), v) in NODE_ATTRS.iter().zip(node_values(d, n)) {
            if let Some(v) = v {
                m.insert((*name).to_string(), json(v));
            }
        }
        Ok(m)
    });
    items(&mut w, nodes)?;
    let key = if opts.json_links { "links" } else { "edges" };
    write!(w, "\n],\"{key}\":[")?;
    let weighted = d.weights_vary();
    let edges = d.edges().enumerate().map(|(k, edge)| {
        let (a, b, e) = edge?;
        let mut m = Map::new();
        m.insert("source".into(), J::from(d.text(a.id)));
        m.insert("target".into(), J::from(d.text(b.id)));
        m.insert("key".into(), J::from(k));
        for ((name, _), v) in EDGE_ATTRS.iter().zip(edge_values(d, &e, weighted)) {
            if let Some(v) = v {
                m.insert((*name).to_string(), json(v));
            }
        }
        Ok(m)
    });
    items(&mut w, edges)?;
    writeln!(w, "\n]}}")?;
    w.flush()?;
    Ok(())
}
