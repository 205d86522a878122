//! Strokes drawn as their outlines: a filled shape long and thin (see
//! [`crate::geom::spine`]) whose two ends join two shapes is the line
//! between them, not a node. Thin shapes that join nothing (a glyph's
//! stem, a rule, a colour bar) stay node candidates for the other rules.

use std::io;

use crate::geom::spatial::{NodeIndex, Placed};
use crate::model::{Drawing, EdgeShape, Head, StrokeExtra, index};

/// How far outside a shape an end may lie and still join it, as a share
/// of the shape's radius (the slack matching allows by default).
const SLACK: f64 = 0.4;

/// Turns the thin shapes of `d` whose ends join two shapes into edge
/// candidates (appended to `d.edges`, their heads to `d.outline_heads`),
/// listed in `d.outline_strokes`.
pub(crate) fn outline_strokes(d: &mut Drawing) -> io::Result<()> {
    if d.outlined.is_empty() {
        return Ok(());
    }
    // What an end may join: the other shapes, thin ones aside.
    let mut thin = vec![false; d.nodes.len()];
    for o in &d.outlined {
        thin[o.node as usize] = true;
    }
    let others: Vec<usize> =
        (0..d.nodes.len()).filter(|&i| !thin[i] && d.nodes[i].selected).collect();
    let placed: Vec<Placed> = others
        .iter()
        .map(|&i| Placed { center: d.nodes[i].center, outline: d.nodes[i].outline.clone() })
        .collect();
    let idx = NodeIndex::new(&placed, 0.0, SLACK);
    for o in std::mem::take(&mut d.outlined) {
        let s = &o.spine.stroke;
        let at_a = idx.all_touching(&placed, s.a);
        let at_b = idx.all_touching(&placed, s.b);
        // Each end on a shape the other end is not on: a shape both ends
        // lie on (a background, the node a glyph is written in) joins
        // nothing.
        let only = |x: &[u32], y: &[u32]| x.iter().any(|i| !y.contains(i));
        if !(only(&at_a, &at_b) && only(&at_b, &at_a)) {
            continue;
        }
        let node = &d.nodes[o.node as usize];
        let k = u32::try_from(d.edges.len()).unwrap_or(u32::MAX);
        d.extras.push(StrokeExtra { a_dir: s.a_dir, b_dir: s.b_dir, far: s.far, mid: s.mid });
        let edge = EdgeShape {
            a: s.a,
            b: s.b,
            style: d.edge_styles.intern(o.paint),
            svg_id: node.svg_id,
            line: o.line,
            column: o.column,
            extra: index(d.extras.len() - 1),
            group: node.group,
        };
        d.edges.push(edge)?;
        if o.spine.head {
            d.outline_heads.push((k, Head { at_b: true, tip: s.b }));
        }
        d.outline_strokes.push((o.node, k));
    }
    Ok(())
}
