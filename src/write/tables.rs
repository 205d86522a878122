//! The spreadsheet-like pairs: Gephi's import and neo4j-admin's.

use std::io::Write;

use super::{NODE_ATTRS, Value, edge_values, node_values};
use crate::error::Result;
use crate::model::Diagram;

#[allow(clippy::needless_pass_by_value)] // the shape map_err hands it over in
fn csv_error(e: csv::Error) -> crate::Error {
    std::io::Error::other(e.to_string()).into()
}

fn text(v: Option<Value<'_>>) -> String {
    v.map(|v| v.text().into_owned()).unwrap_or_default()
}

/// Gephi: nodes `Id,Label,x,y,r,fill,…`, edges
/// `Source,Target,Type,Weight,Label,…` (`Type` `Directed`/`Undirected`,
/// `Weight` the stroke width where widths vary, else 1).
pub(super) fn gephi_nodes(d: &Diagram, nodes: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(nodes);
    let mut header = vec!["Id".to_string(), "Label".to_string()];
    header.extend(NODE_ATTRS.iter().skip(1).map(|(n, _)| (*n).to_string()));
    w.write_record(&header).map_err(csv_error)?;
    for n in d.nodes() {
        let vals = node_values(d, n);
        let label = vals[0].map_or_else(|| d.text(n.id).to_string(), |v| v.text().into_owned());
        let mut row = vec![d.text(n.id).to_string(), label];
        row.extend(vals.iter().skip(1).map(|v| text(*v)));
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

/// See [`gephi_nodes`].
pub(super) fn gephi_edges(d: &Diagram, edges: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(edges);
    w.write_record([
        "Source",
        "Target",
        "Type",
        "Weight",
        "Label",
        "stroke",
        "stroke_width",
        "class",
        "svg_id",
        "opacity",
    ])
    .map_err(csv_error)?;
    let weighted = d.weights_vary();
    for edge in d.edges() {
        let (a, b, e) = edge?;
        let v = edge_values(d, &e, weighted);
        let kind = if e.directed { "Directed" } else { "Undirected" };
        let weight = v[6].map_or_else(|| "1".to_string(), |v| v.text().into_owned());
        w.write_record([
            d.text(a.id),
            d.text(b.id),
            kind,
            &weight,
            &text(v[5]),
            &text(v[0]),
            &text(v[1]),
            &text(v[2]),
            &text(v[3]),
            &text(v[7]),
        ])
        .map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

/// neo4j-admin import: nodes `id:ID,label,x:double,…,:LABEL` (label
/// `Node`), relationships `:START_ID,:END_ID,:TYPE,…` (type `LINK`).
pub(super) fn neo4j_nodes(d: &Diagram, nodes: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(nodes);
    w.write_record([
        "id:ID",
        "label",
        "x:double",
        "y:double",
        "r:double",
        "fill",
        "stroke",
        "class",
        "svg_id",
        "shape",
        "opacity:double",
        ":LABEL",
    ])
    .map_err(csv_error)?;
    for n in d.nodes() {
        let mut row = vec![d.text(n.id).to_string()];
        row.extend(node_values(d, n).iter().map(|v| text(*v)));
        row.push("Node".to_string());
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

/// See [`neo4j_nodes`].
pub(super) fn neo4j_edges(d: &Diagram, edges: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(edges);
    w.write_record([
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "stroke",
        "stroke_width:double",
        "class",
        "svg_id",
        "directed:boolean",
        "label",
        "weight:double",
        "opacity:double",
    ])
    .map_err(csv_error)?;
    let weighted = d.weights_vary();
    for edge in d.edges() {
        let (a, b, e) = edge?;
        let mut row = vec![d.text(a.id).to_string(), d.text(b.id).to_string(), "LINK".to_string()];
        row.extend(edge_values(d, &e, weighted).iter().map(|v| text(*v)));
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}
