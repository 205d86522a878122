//! Pajek `.net` and the whitespace-separated edge list.

use std::fmt::Write as _;
use std::io::Write;

use petgraph::visit::EdgeRef;

use super::Value;
use crate::error::Result;
use crate::model::Diagram;

/// Pajek: vertices numbered from 1 with their id (quoted; a `"` in it
/// written `'`) and position; the edges under `*Arcs` when the graph is
/// directed, else `*Edges`, with the weight where widths vary. (igraph
/// and networkx read a file with both as one kind or the other, so a
/// graph with some edges directed lists them all as arcs, as drawn.)
pub(super) fn pajek(d: &Diagram, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let graph = d.graph()?;
    writeln!(w, "*Vertices {}", graph.node_count())?;
    for (k, n) in d.nodes().enumerate() {
        let id = d.text(n.id).replace('"', "'").replace(['\n', '\r'], " ");
        let (x, y) = (Value::Num(n.x).text().into_owned(), Value::Num(n.y).text().into_owned());
        writeln!(w, "{} \"{id}\" {x} {y}", k + 1)?;
    }
    let weighted = d.weights_vary();
    if graph.edge_count() > 0 {
        writeln!(w, "{}", if d.report().directed { "*Arcs" } else { "*Edges" })?;
        for e in graph.edge_references() {
            let mut line = format!("{} {}", e.source().index() + 1, e.target().index() + 1);
            if weighted {
                let _ = write!(line, " {}", Value::Num(d.edge_style(e.weight()).width()).text());
            }
            writeln!(w, "{line}")?;
        }
    }
    w.flush()?;
    Ok(())
}

/// An id safe in a whitespace-separated list: whitespace, `%`, `#` and
/// control characters percent-encoded (`long name` → `long%20name`).
pub(crate) fn safe_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_whitespace() || c.is_control() || c == '%' || c == '#' {
            let mut b = [0u8; 4];
            for byte in c.encode_utf8(&mut b).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        } else {
            out.push(c);
        }
    }
    if out.is_empty() { "%00".to_string() } else { out }
}

/// One edge per line, `source target`, plus the weight where stroke
/// widths vary; ids made safe with [`safe_id`]. Nodes without edges are
/// not in it.
pub(super) fn edgelist(d: &Diagram, out: &mut dyn Write) -> Result<()> {
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, out);
    let ids: Vec<String> = d.nodes().map(|n| safe_id(d.text(n.id))).collect();
    let weighted = d.weights_vary();
    for e in d.graph()?.edge_references() {
        write!(w, "{} {}", ids[e.source().index()], ids[e.target().index()])?;
        if weighted {
            let width = d.edge_style(e.weight()).width();
            write!(w, " {}", Value::Num(width).text())?;
        }
        writeln!(w)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::safe_id;

    #[test]
    fn ids_are_made_safe() {
        assert_eq!(safe_id("long name"), "long%20name");
        assert_eq!(safe_id("50%#1"), "50%25%231");
        assert_eq!(safe_id("tab\there"), "tab%09here");
        assert_eq!(safe_id("é"), "é");
        assert_eq!(safe_id(""), "%00");
    }
}
