//! A summary of an extracted graph: counts, density, degrees, components,
//! isolated nodes, self-loops and parallel edges.

use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::model::Diagram;

/// What [`Diagram::stats`] finds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Stats {
    /// Nodes.
    pub nodes: usize,
    /// Edges (parallel edges and self-loops counted).
    pub edges: usize,
    /// Any edge is directed.
    pub directed: bool,
    /// Edges over the most a simple graph of this many nodes can have
    /// (`n(n-1)` directed, `n(n-1)/2` undirected); self-loops and parallel
    /// edges counted, so it may exceed 1. 0 with fewer than two nodes.
    pub density: f64,
    /// Smallest, median and largest degree (a self-loop counts twice).
    pub degree_min: usize,
    /// See `degree_min`; the lower middle value for an even count.
    pub degree_median: usize,
    /// See `degree_min`.
    pub degree_max: usize,
    /// How many nodes have a degree in each bucket: `0`, `1`, `2`, `3-4`,
    /// `5-8`, `9-16`, … (empty buckets after the last are left out).
    pub degree_histogram: Vec<(String, usize)>,
    /// Connected components (weakly connected, for directed graphs).
    pub components: usize,
    /// Sizes of the largest components, largest first (at most 5).
    pub largest_components: Vec<usize>,
    /// Strongly connected components, for directed graphs.
    pub strong_components: Option<usize>,
    /// Nodes without edges.
    pub isolated: usize,
    /// Edges from a node to itself.
    pub self_loops: usize,
    /// Edges repeating an earlier edge's ends (in either order when
    /// undirected).
    pub parallel_edges: usize,
}

impl Diagram {
    /// Counts, degrees and components of the graph.
    ///
    /// # Errors
    ///
    /// As [`Diagram::graph`].
    pub fn stats(&self) -> std::io::Result<Stats> {
        let g = self.graph()?;
        let n = g.node_count();
        let m = g.edge_count();
        let directed = self.report().directed;
        let mut degree = vec![0usize; n];
        let mut components = UnionFind::<usize>::new(n);
        let mut self_loops = 0;
        for e in g.edge_references() {
            let (a, b) = (e.source().index(), e.target().index());
            degree[a] += 1;
            degree[b] += 1;
            components.union(a, b);
            if a == b {
                self_loops += 1;
            }
        }
        let parallel_edges = self.parallel_edges()?;
        let mut sorted = degree.clone();
        sorted.sort_unstable();
        let mut sizes = foldhash::HashMap::<usize, usize>::default();
        for k in 0..n {
            *sizes.entry(components.find(k)).or_default() += 1;
        }
        let mut largest: Vec<usize> = sizes.values().copied().collect();
        largest.sort_unstable_by(|a, b| b.cmp(a));
        let component_count = largest.len();
        largest.truncate(5);
        let pairs = n.saturating_mul(n.saturating_sub(1));
        let density = match (pairs, directed) {
            (0, _) => 0.0,
            (p, true) => m as f64 / p as f64,
            (p, false) => 2.0 * m as f64 / p as f64,
        };
        Ok(Stats {
            nodes: n,
            edges: m,
            directed,
            density,
            degree_min: sorted.first().copied().unwrap_or(0),
            degree_median: sorted.get(n.saturating_sub(1) / 2).copied().unwrap_or(0),
            degree_max: sorted.last().copied().unwrap_or(0),
            degree_histogram: histogram(&degree),
            components: component_count,
            largest_components: largest,
            strong_components: directed.then(|| petgraph::algo::kosaraju_scc(g).len()),
            isolated: degree.iter().filter(|&&d| d == 0).count(),
            self_loops,
            parallel_edges,
        })
    }
}

/// Nodes per degree bucket: 0, 1, 2, 3-4, 5-8, 9-16, …
fn histogram(degree: &[usize]) -> Vec<(String, usize)> {
    let bucket =
        |d: usize| if d <= 2 { d } else { (usize::BITS - (d - 1).leading_zeros()) as usize + 1 };
    let mut counts: Vec<usize> = Vec::new();
    for &d in degree {
        let b = bucket(d);
        if counts.len() <= b {
            counts.resize(b + 1, 0);
        }
        counts[b] += 1;
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(b, c)| {
            let name = match b {
                0..=2 => b.to_string(),
                _ => format!("{}-{}", (1usize << (b - 2)) + 1, 1usize << (b - 1)),
            };
            (name, c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::histogram;

    #[test]
    fn degree_buckets_double() {
        let h = histogram(&[0, 1, 2, 3, 4, 5, 8, 9, 16, 17]);
        let names: Vec<&str> = h.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["0", "1", "2", "3-4", "5-8", "9-16", "17-32"]);
        let counts: Vec<usize> = h.iter().map(|(_, c)| *c).collect();
        assert_eq!(counts, [1, 1, 1, 2, 2, 2, 1]);
        assert!(histogram(&[]).is_empty());
    }
}
