//! The recovered graph, as the writers, statistics and previews see it.

use std::io;

use kurbo::Point;
use petgraph::graph::{EdgeIndex, Graph, NodeIndex};

use super::Links;
use super::{Edge, EdgeStyle, Node};
use crate::report::Report;
use crate::text::{Strings, Text};

/// A graph recovered from a drawing, with the strings its nodes and edges
/// refer to and the report of the extraction.
///
/// Node indices follow document order; edge indices follow the document
/// order of the edge elements.
#[derive(Debug)]
pub struct Diagram {
    pub(crate) nodes: Vec<Node>,
    pub(crate) edges: Links,
    /// The petgraph graph, built from `nodes` and `edges` when first asked
    /// for: the writers do not need it, and building it costs time.
    pub(crate) graph: std::sync::OnceLock<Graph<Node, Edge>>,
    pub(crate) strings: Strings,
    pub(crate) edge_styles: Vec<EdgeStyle>,
    pub(crate) report: Report,
    /// Strokes that are not edges (see [`Rejected`]), the first
    /// [`MAX_REJECTED`] of them.
    pub(crate) rejected: Vec<Rejected>,
    /// Closed shapes that are not nodes, by role (see [`Set`]), the first
    /// [`MAX_REJECTED`] of them.
    pub(crate) set_aside: Vec<Set>,
}

/// An edge between two nodes (indices into [`Diagram::nodes`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Link {
    pub source: u32,
    pub target: u32,
    pub edge: Edge,
}

/// A stroke that did not become an edge, for previews.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rejected {
    pub a: Point,
    pub b: Point,
    /// An end touches no node (else both touch the same one).
    pub dangling: bool,
}

/// A closed shape that is not a node, for previews: its box and role.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Set {
    pub center: Point,
    pub half: (f64, f64),
    /// The role's name (see `Role::name`).
    pub role: &'static str,
}

/// Most rejected strokes (and shapes) kept for the preview.
pub(crate) const MAX_REJECTED: usize = 100_000;

impl Diagram {
    /// Strokes that did not become edges (for previews).
    pub(crate) fn rejected(&self) -> &[Rejected] {
        &self.rejected
    }

    /// Closed shapes that did not become nodes, by role (for previews).
    pub(crate) fn set_aside(&self) -> &[Set] {
        &self.set_aside
    }

    /// The graph. Edges point from the end drawn first to the end drawn
    /// last; undirected drawings ignore that order. (Built on the first
    /// call.)
    ///
    /// # Errors
    ///
    /// Only where the edges wait in a temporary file
    /// ([`ExtractOptions::spool_edges`](crate::ExtractOptions::spool_edges))
    /// and reading it back fails.
    pub fn graph(&self) -> io::Result<&Graph<Node, Edge>> {
        if let Some(g) = self.graph.get() {
            return Ok(g);
        }
        let mut g = Graph::with_capacity(self.nodes.len(), self.edges.len());
        for n in &self.nodes {
            g.add_node(n.clone());
        }
        for l in self.edges.iter() {
            let l = l?;
            g.add_edge(
                NodeIndex::new(l.source as usize),
                NodeIndex::new(l.target as usize),
                l.edge,
            );
        }
        Ok(self.graph.get_or_init(|| g))
    }

    /// The nodes, in document order, as a slice.
    pub(crate) fn node_list(&self) -> &[Node] {
        &self.nodes
    }

    /// Calls `f` with the edges chunk by chunk, in document order.
    pub(crate) fn for_each_link_chunk<E: From<std::io::Error>>(
        &self,
        f: impl FnMut(&[Link]) -> Result<(), E>,
    ) -> Result<(), E> {
        self.edges.for_each_chunk(f)
    }

    /// Whether the edges' stroke widths differ: then they are the weights
    /// (the `weight` attribute of every format).
    pub fn weights_vary(&self) -> bool {
        let mut widths =
            self.edges.styles().map(|k| self.edge_styles[k.0 as usize].width().to_bits());
        widths.next().is_some_and(|first| widths.any(|w| w != first))
    }

    /// Resolves a [`Text`] handle of this diagram's nodes or edges.
    pub fn text(&self, t: Text) -> &str {
        self.strings.resolve(t)
    }

    /// All edge styles; [`Edge::style`] indexes this list.
    pub fn edge_styles(&self) -> &[EdgeStyle] {
        &self.edge_styles
    }

    /// The style of an edge.
    pub fn edge_style(&self, e: &Edge) -> &EdgeStyle {
        &self.edge_styles[e.style.0 as usize]
    }

    /// Counts and warnings of the extraction.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The nodes, in document order.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.nodes.iter()
    }

    /// The edges as (source, target, edge), in document order.
    ///
    /// Each is a `Result`, as [`BufRead::lines`](std::io::BufRead::lines)
    /// gives its lines: where the edges wait in a temporary file
    /// ([`ExtractOptions::spool_edges`](crate::ExtractOptions::spool_edges)),
    /// reading it back may fail, and the walk then ends with the error.
    /// Edges kept in memory (the default) are always `Ok`.
    pub fn edges(&self) -> impl ExactSizeIterator<Item = io::Result<(&Node, &Node, Edge)>> + '_ {
        self.edges.iter().map(|l| {
            l.map(|l| (&self.nodes[l.source as usize], &self.nodes[l.target as usize], l.edge))
        })
    }

    /// The edges as (source, target, edge), in document order, with their
    /// ends as indices into [`Diagram::nodes`]. Each is a `Result`, as in
    /// [`Diagram::edges`].
    pub fn edge_ends(
        &self,
    ) -> impl ExactSizeIterator<Item = io::Result<(usize, usize, Edge)>> + '_ {
        self.edges.iter().map(|l| l.map(|l| (l.source as usize, l.target as usize, l.edge)))
    }

    /// How many edges join two nodes an earlier edge joins already (in
    /// either order, unless some edge has a direction): more than none
    /// makes the graph a multigraph. The edges are bucketed by their first
    /// end, so that only each bucket's few second ends are compared.
    ///
    /// # Errors
    ///
    /// As [`Diagram::graph`].
    pub fn parallel_edges(&self) -> io::Result<usize> {
        let directed = self.report.directed;
        let mut pairs = Vec::with_capacity(self.edges.len());
        for l in self.edges.iter() {
            let l = l?;
            let (a, b) = (l.source as usize, l.target as usize);
            pairs.push(if directed || a <= b { (a, b) } else { (b, a) });
        }
        let mut start = vec![0usize; self.nodes.len() + 1];
        for &(a, _) in &pairs {
            start[a + 1] += 1;
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut next = start.clone();
        let mut seconds = vec![0usize; pairs.len()];
        for &(a, b) in &pairs {
            seconds[next[a]] = b;
            next[a] += 1;
        }
        Ok(start
            .windows(2)
            .map(|w| {
                let bucket = &mut seconds[w[0]..w[1]];
                bucket.sort_unstable();
                bucket.windows(2).filter(|p| p[0] == p[1]).count()
            })
            .sum())
    }

    /// The node with id `id`.
    pub fn node_by_id(&self, id: &str) -> Option<NodeIndex> {
        let t = self.strings.get(id)?;
        self.nodes.iter().position(|n| n.id == t).map(NodeIndex::new)
    }

    /// The edge between two nodes, in either direction.
    ///
    /// # Errors
    ///
    /// As [`Diagram::graph`].
    pub fn find_edge(&self, a: NodeIndex, b: NodeIndex) -> io::Result<Option<EdgeIndex>> {
        Ok(self.graph()?.find_edge_undirected(a, b).map(|(e, _)| e))
    }
}
