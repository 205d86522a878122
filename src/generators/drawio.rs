//! draw.io's diagram model. Its SVG export keeps the whole diagram in the
//! root's `content` attribute: an `<mxfile>` whose `<diagram>` pages hold an
//! `<mxGraphModel>`, written out or compressed (base64 of raw deflate of
//! the URL-encoded XML). Vertex and edge cells there name what the drawing
//! shows: which shapes are which vertex, and which vertices an edge joins.

use std::io::Read;

use base64::Engine;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Generator, NameSources, Signature, Tool};
use crate::model::Names;
use crate::model::{Drawing, Group, Index, Origin, at, index, nearest_group};
use crate::text::Strings;

pub(crate) struct DrawIo;

impl Tool for DrawIo {
    fn generator(&self) -> Generator {
        Generator::DrawIo
    }

    fn name(&self) -> &'static str {
        "drawio"
    }

    fn detect(&self, sig: &Signature<'_>) -> bool {
        sig.origin.drawio.is_some()
    }

    fn embedded_model(&self, origin: &Origin) -> Option<Model> {
        parse(origin.drawio.as_deref()?)
    }

    fn node_ids(&self, d: &Drawing, node_group: &[Index], out: &mut [Option<String>]) {
        for (i, s) in d.nodes.iter().enumerate() {
            if s.ident.is_empty() {
                out[i] = at(node_group, s.group)
                    .copied()
                    .flatten()
                    .and_then(|g| at(&d.groups, Some(g)))
                    .and_then(|grp| cell_of(&d.strings, grp))
                    .map(str::to_string);
            }
        }
    }

    fn name_edges(&self, src: &NameSources<'_>, names: &mut Names) -> std::io::Result<()> {
        let Some(model) = src.model else { return Ok(()) };
        // The edge cell a stroke's group draws names its ends.
        for (g, &c) in src.edge_cells.iter().enumerate() {
            let cell = at(src.groups, c).and_then(|grp| cell_of(src.strings, grp));
            if let Some((a, b)) = cell.and_then(|c| model.edges.get(c))
                && !a.is_empty()
                && !b.is_empty()
            {
                names.groups.insert(index(g), src.resolve((a.clone(), b.clone())));
            }
        }
        Ok(())
    }
}

/// Most bytes a compressed page may inflate to.
const MAX_PAGE: u64 = 64 << 20;

/// The cells of the first page.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Model {
    /// Vertex cells by id, with their labels (`value` or the wrapping
    /// object's `label`, markup and all).
    pub vertices: foldhash::HashMap<String, String>,
    /// Edge cells by id: source and target cell ids (empty where the edge
    /// is not attached).
    pub edges: foldhash::HashMap<String, (String, String)>,
}

impl Model {
    /// True for the id of a vertex.
    pub(crate) fn is_vertex(&self, id: &str) -> bool {
        self.vertices.contains_key(id)
    }

    /// True when group `grp` draws a vertex cell.
    pub(crate) fn draws_vertex(&self, strings: &Strings, grp: &Group) -> bool {
        cell_of(strings, grp).is_some_and(|c| self.is_vertex(c))
    }

    /// For each group: the nearest group (itself or one around it) that
    /// draws an edge cell, if any.
    pub(crate) fn edge_cells(&self, strings: &Strings, groups: &[Group]) -> Vec<Index> {
        nearest_group(groups, None, |g, grp| {
            cell_of(strings, grp).is_some_and(|c| self.edges.contains_key(c)).then_some(Some(g))
        })
    }
}

/// The cell a group draws.
fn cell_of<'s>(strings: &'s Strings, grp: &Group) -> Option<&'s str> {
    cell_id(strings.resolve(grp.cell), strings.resolve(grp.svg_id))
}

/// The model of the first page of `content` (the root's `content`
/// attribute), or `None` when it is not a draw.io file or cannot be read.
pub(crate) fn parse(content: &str) -> Option<Model> {
    let mut reader = Reader::from_str(content);
    let mut in_diagram = false;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "diagram" => in_diagram = true,
            Event::Start(e) if in_diagram && e.local_name().as_ref() == "mxGraphModel" => {
                return Some(cells(&mut reader));
            }
            Event::Text(t) if in_diagram => {
                let text = t.xml10_content();
                if !text.trim().is_empty() {
                    let xml = inflate(text.trim())?;
                    let mut inner = Reader::from_str(&xml);
                    return Some(cells(&mut inner));
                }
            }
            Event::End(e) if e.local_name().as_ref() == "diagram" => return None,
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// A compressed page: base64, then raw deflate, then URL encoding.
fn inflate(text: &str) -> Option<String> {
    let packed = base64::engine::general_purpose::STANDARD.decode(text).ok()?;
    let mut encoded = String::new();
    flate2::read::DeflateDecoder::new(packed.as_slice())
        .take(MAX_PAGE)
        .read_to_string(&mut encoded)
        .ok()?;
    percent_encoding::percent_decode_str(&encoded)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// The vertex and edge cells up to the end of the model (or the input).
/// `<object>` and `<UserObject>` wrap a cell and carry its id and label.
fn cells(reader: &mut Reader<&[u8]>) -> Model {
    let mut model = Model::default();
    let mut object: Option<(String, String)> = None;
    loop {
        let e = match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => e,
            Ok(Event::End(e)) if e.local_name().as_ref() == "mxGraphModel" => break,
            Ok(Event::End(e)) if matches!(e.local_name().as_ref(), "object" | "UserObject") => {
                object = None;
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        match e.local_name().as_ref() {
            "object" | "UserObject" => {
                object = Some((
                    attr(&e, "id").unwrap_or_default(),
                    attr(&e, "label").unwrap_or_default(),
                ));
            }
            "mxCell" => {
                let (id, label) = match &object {
                    Some((id, label)) => (id.clone(), label.clone()),
                    None => {
                        (attr(&e, "id").unwrap_or_default(), attr(&e, "value").unwrap_or_default())
                    }
                };
                if id.is_empty() {
                    continue;
                }
                if attr(&e, "vertex").as_deref() == Some("1") {
                    model.vertices.insert(id, label);
                } else if attr(&e, "edge").as_deref() == Some("1") {
                    let end = |name| attr(&e, name).unwrap_or_default();
                    model.edges.insert(id, (end("source"), end("target")));
                }
            }
            _ => {}
        }
    }
    model
}

/// The value of attribute `name`, unescaped.
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.0 == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(std::borrow::Cow::into_owned)
}

/// The cell id a group of the drawing stands for: its `data-cell-id`
/// (draw.io 24 and later), or its id `cell-ID` (before 21.3).
pub(crate) fn cell_id<'s>(data_cell_id: &'s str, svg_id: &'s str) -> Option<&'s str> {
    if data_cell_id.is_empty() {
        svg_id.strip_prefix("cell-").filter(|s| !s.is_empty())
    } else {
        Some(data_cell_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="a" value="Alpha" vertex="1" parent="1"><mxGeometry x="10" y="10" width="60" height="30" as="geometry"/></mxCell><object label="Beta &amp; co" id="b"><mxCell vertex="1" parent="1"><mxGeometry x="110" y="10" width="60" height="30" as="geometry"/></mxCell></object><mxCell id="e1" edge="1" source="a" target="b" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell><mxCell id="e2" edge="1" source="a" parent="1"/></root></mxGraphModel>"#;

    fn want() -> Model {
        let mut m = Model::default();
        m.vertices.insert("a".into(), "Alpha".into());
        m.vertices.insert("b".into(), "Beta & co".into());
        m.edges.insert("e1".into(), ("a".into(), "b".into()));
        m.edges.insert("e2".into(), ("a".into(), String::new()));
        m
    }

    #[test]
    fn plain_pages_are_read() {
        let content = format!(
            r#"<mxfile host="x"><diagram id="p1" name="Page-1">{MODEL}</diagram><diagram id="p2"><mxGraphModel><root><mxCell id="z" vertex="1"/></root></mxGraphModel></diagram></mxfile>"#
        );
        assert_eq!(parse(&content), Some(want()));
    }

    #[test]
    fn compressed_pages_are_read() {
        // base64(raw deflate(encodeURIComponent(MODEL))), as draw.io writes
        let encoded: String =
            percent_encoding::utf8_percent_encode(MODEL, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        let mut packed = Vec::new();
        let mut z = flate2::write::DeflateEncoder::new(&mut packed, flate2::Compression::default());
        std::io::Write::write_all(&mut z, encoded.as_bytes()).unwrap();
        z.finish().unwrap();
        let text = base64::engine::general_purpose::STANDARD.encode(&packed);
        let content =
            format!(r#"<mxfile><diagram id="p1" name="Page-1">{text}</diagram></mxfile>"#);
        assert_eq!(parse(&content), Some(want()));
    }

    #[test]
    fn other_content_is_not_a_model() {
        for content in
            ["", "hello", "<mxfile/>", "<mxfile><diagram>%%%not base64</diagram></mxfile>"]
        {
            assert_eq!(parse(content), None, "{content:?}");
        }
    }

    #[test]
    fn cell_ids_of_groups() {
        assert_eq!(cell_id("7", ""), Some("7"));
        assert_eq!(cell_id("", "cell-7"), Some("7"));
        assert_eq!(cell_id("", "cell-"), None);
        assert_eq!(cell_id("", "g1"), None);
    }
}
