//! Command-line arguments (clap derive) and their conversion into a
//! validated configuration.

// Doc comments here are the `--help` text, read in a terminal, not rustdoc.
#![allow(clippy::doc_markdown)]

use std::path::PathBuf;

use clap::{Parser, Subcommand};

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 an input could not be extracted, 2 usage error.";

const EXTRACT_AFTER_HELP: &str = "\
Examples:
  svg2graph extract samples/social-network.svg --nodes nodes.csv --edges edges.csv
  svg2graph extract drawing.svgz > edges.csv
  cat drawing.svg | svg2graph extract - --json 2> report.json

Exit codes: 0 success, 1 an input could not be extracted, 2 usage error.";

/// Recover the graph (nodes and edges) behind an SVG drawing of a network.
#[derive(Debug, Parser)]
#[command(name = "svg2graph", version, about, after_long_help = AFTER_HELP)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Extract the graph of one drawing into a nodes CSV and an edges CSV.
    ///
    /// Closed shapes (circles, ellipses, rectangles, polygons, closed paths,
    /// <use> of a shape) are node candidates; lines, polylines and open
    /// paths are edge candidates. Every transform is resolved into the root
    /// <svg>'s user space; backgrounds, cluster boxes, decorations inside
    /// nodes, arrowheads and text glyphs are told apart from nodes; each
    /// stroke end is matched to the node it touches (its centre, inside, or
    /// its rim), and arrowheads and markers give the direction. Drawings
    /// from Graphviz, matplotlib/networkx, igraph/cairo, D3, Vega, Mermaid,
    /// PlantUML, Cytoscape.js and sigma.js are read with no flags. Input may
    /// be gzip-compressed (svgz). The edges CSV goes to standard output
    /// unless --edges is given.
    #[command(after_long_help = EXTRACT_AFTER_HELP)]
    Extract(ExtractArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct ExtractArgs {
    /// The SVG file to read, or - for standard input.
    pub input: PathBuf,
    /// Write the nodes CSV (id,x,y,r,label,fill,stroke,class,svg_id,shape) here.
    #[arg(long, value_name = "FILE")]
    pub nodes: Option<PathBuf>,
    /// Write the edges CSV (source,target,stroke,stroke_width,class,svg_id,
    /// directed) here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub edges: Option<PathBuf>,
    /// How far, in root user units, a stroke end may miss a node's centre or
    /// rim and still touch it [default: a quarter of the median radius, plus
    /// 0.4 of the node's own radius].
    #[arg(long, value_name = "UNITS", allow_negative_numbers = true)]
    pub tolerance: Option<f64>,
    /// Whether edges are directed: as drawn (auto), all, or none.
    #[arg(long, value_enum, default_value_t = DirectedArg::Auto)]
    pub directed: DirectedArg,
    /// Collapse parallel edges into one and drop self-loops.
    #[arg(long)]
    pub simple: bool,
    /// Only shapes matching these CSS selectors (or inside a match) may be
    /// nodes, e.g. "g.node > ellipse" or ".person".
    #[arg(long, value_name = "SELECTORS")]
    pub node_selector: Option<String>,
    /// Only strokes matching these CSS selectors (or inside a match) may be
    /// edges.
    #[arg(long, value_name = "SELECTORS")]
    pub edge_selector: Option<String>,
    /// Skip elements matching these CSS selectors, with all they hold,
    /// e.g. ".legend, #axes".
    #[arg(long, value_name = "SELECTORS")]
    pub ignore: Option<String>,
    /// Most bytes a gzip-compressed input (svgz) may inflate to.
    #[arg(long, value_name = "BYTES", default_value_t = 256 << 20)]
    pub max_inflated: u64,
    /// Print nothing on standard error but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the report (counts, the generator recognised, the roles of the
    /// shapes, the tolerance, warnings) as one JSON object on standard error
    /// instead of the summary line.
    #[arg(long)]
    pub json: bool,
}

/// `--directed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum DirectedArg {
    /// Edges drawn with an arrowhead or marker are directed.
    Auto,
    /// Every edge is directed.
    Yes,
    /// No edge is directed.
    No,
}

/// What `extract` was asked to do, validated.
#[derive(Debug)]
pub(crate) struct ExtractConfig {
    pub input: PathBuf,
    pub nodes: Option<PathBuf>,
    pub edges: Option<PathBuf>,
    pub options: svg2graph::ExtractOptions,
    pub quiet: bool,
    pub json: bool,
}

impl ExtractArgs {
    pub(crate) fn into_config(self) -> Result<ExtractConfig, String> {
        if let Some(t) = self.tolerance
            && !(t.is_finite() && t >= 0.0)
        {
            return Err(format!("--tolerance {t}: must be a finite number ≥ 0"));
        }
        if let (Some(n), Some(e)) = (&self.nodes, &self.edges)
            && n == e
        {
            return Err("--nodes and --edges name the same file".into());
        }
        Ok(ExtractConfig {
            input: self.input,
            nodes: self.nodes,
            edges: self.edges,
            options: svg2graph::ExtractOptions {
                tolerance: self.tolerance,
                max_inflated: self.max_inflated,
                directed: match self.directed {
                    DirectedArg::Auto => svg2graph::Directed::Auto,
                    DirectedArg::Yes => svg2graph::Directed::Yes,
                    DirectedArg::No => svg2graph::Directed::No,
                },
                simple: self.simple,
                node_selector: self.node_selector,
                edge_selector: self.edge_selector,
                ignore: self.ignore,
                ..Default::default()
            },
            quiet: self.quiet,
            json: self.json,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Args::command().debug_assert();
    }
}
