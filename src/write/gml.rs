//! GML: integer node ids, the node's id as its `label` (networkx names
//! nodes by it), keys without underscores (`svgid`, `strokewidth`), strings
//! in ASCII with `&…;` escapes.

use std::fmt::Write as _;
use std::io::Write;

use super::{EDGE_ATTRS, NODE_ATTRS, Value, edge_values, node_values};
use crate::error::Result;
use crate::model::Diagram;

/// A GML key for an attribute name: letters and digits only.
fn key(name: &str) -> String {
    match name {
        "label" => "text".to_string(), // `label` carries the node id
        _ => name.chars().filter(char::is_ascii_alphanumeric).collect(),
    }
}

/// A GML string: quoted, `"` and `&` as entities, non-ASCII as `&#N;`.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '&' => out.push_str("&amp;"),
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

fn value(v: &Value<'_>) -> String {
    match v {
        Value::Str(s) => quoted(s),
        Value::Bool(b) => u8::from(*b).to_string(),
        // GML reals need a decimal point or exponent, else they read as integers.
        Value::Num(_) | Value::Num32(_) => {
            let t = v.text();
            if t.contains(['.', 'e', 'E']) { t.into_owned() } else { format!("{t}.0") }
        }
    }
}

pub(super) fn write(d: &Diagram, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let directed = d.report().directed;
    let graph = d.graph()?;
    let multi = {
        let mut seen = foldhash::HashSet::default();
        graph.edge_indices().any(|e| {
            let (a, b) = graph.edge_endpoints(e).unwrap_or_default();
            let k = if directed || a <= b { (a, b) } else { (b, a) };
            !seen.insert(k)
        })
    };
    writeln!(w, "graph [")?;
    writeln!(w, "  directed {}", u8::from(directed))?;
    if multi {
        writeln!(w, "  multigraph 1")?;
    }
    for (k, n) in d.nodes().enumerate() {
        writeln!(w, "  node [")?;
        writeln!(w, "    id {k}")?;
        writeln!(w, "    label {}", quoted(d.text(n.id)))?;
        for ((name, _), v) in NODE_ATTRS.iter().zip(node_values(d, n)) {
            if let Some(v) = v {
                writeln!(w, "    {} {}", key(name), value(&v))?;
            }
        }
        writeln!(w, "  ]")?;
    }
    let weighted = d.weights_vary();
    for e in graph.edge_references() {
        use petgraph::visit::EdgeRef;
        writeln!(w, "  edge [")?;
        writeln!(w, "    source {}", e.source().index())?;
        writeln!(w, "    target {}", e.target().index())?;
        for ((name, _), v) in EDGE_ATTRS.iter().zip(edge_values(d, e.weight(), weighted)) {
            if let Some(v) = v {
                let k = if *name == "label" { "label".to_string() } else { key(name) };
                writeln!(w, "    {k} {}", value(&v))?;
            }
        }
        writeln!(w, "  ]")?;
    }
    writeln!(w, "]")?;
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_ascii_with_entities() {
        assert_eq!(quoted(r#"a "b" & ü"#), r#""a &quot;b&quot; &amp; &#252;""#);
        assert_eq!(key("svg_id"), "svgid");
        assert_eq!(key("label"), "text");
        assert_eq!(value(&Value::Num(2.0)), "2.0");
        assert_eq!(value(&Value::Num(1e21)), "1e21");
    }
}
