//! Command-line arguments (clap derive) and their conversion into a
//! validated configuration.

// Doc comments here are the `--help` text, read in a terminal, not rustdoc.
#![allow(clippy::doc_markdown)]

use std::path::PathBuf;

use clap::builder::TypedValueParser as _;
use clap::{Parser, Subcommand};
use svg2graph::write::Format;

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 an input could not be extracted, 2 usage error.";

const EXTRACT_AFTER_HELP: &str = "\
Examples:
  svg2graph extract samples/social-network.svg --nodes nodes.csv --edges edges.csv
  svg2graph extract drawing.svgz > edges.csv
  cat drawing.svg | svg2graph extract - --json 2> report.json

Exit codes: 0 success, 1 an input could not be extracted, 2 usage error.";

const BATCH_AFTER_HELP: &str = "\
Examples:
  svg2graph batch figures/ -o graphs/
  find . -name '*.svg' | svg2graph batch --files-from - -o graphs/ --skip-existing
  svg2graph batch figures/ -o graphs/ --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT

Exit codes: 0 every input converted, 1 some failed, 2 usage error, 130 stopped
by a signal.";

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
    /// Convert many drawings: files and whole folders, in parallel.
    ///
    /// Every core is used (--jobs); a file that cannot be converted is
    /// reported and the batch goes on (unless --fail-fast). Each output is
    /// written to a temporary file and renamed into place, so a stopped
    /// batch (Ctrl-C, SIGTERM) leaves no partial file, and --skip-existing
    /// resumes it. OUTDIR/manifest.csv lists every input with its status,
    /// counts, warnings, error and time. --shard K/N splits the work across
    /// machines (Slurm job arrays, Kubernetes indexed jobs).
    #[command(after_long_help = BATCH_AFTER_HELP)]
    Batch(BatchArgs),
    /// Join the manifests written by the shards of one batch.
    MergeManifests(MergeArgs),
    /// Summarise the graph of a drawing: counts, direction, density,
    /// degrees, components, isolated nodes, self-loops, parallel edges.
    Stats(StatsArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct ExtractArgs {
    /// The SVG file to read, or - for standard input. An HTML page or a
    /// Jupyter notebook gives each drawing it holds (see --pick).
    pub input: PathBuf,
    /// Write the nodes CSV (id,x,y,r,label,fill,stroke,class,svg_id,shape,
    /// opacity) here (or the nodes file of --format gephi or neo4j); - is
    /// standard output.
    #[arg(long, value_name = "FILE", conflicts_with = "output")]
    pub nodes: Option<PathBuf>,
    /// Write the edges CSV (source,target,stroke,stroke_width,class,svg_id,
    /// directed,label,weight,opacity) here instead of standard output (-,
    /// the default).
    #[arg(long, value_name = "FILE", conflicts_with = "output")]
    pub edges: Option<PathBuf>,
    /// Write the graph to FILE, in the format --format names or FILE's
    /// extension tells (.graphml, .gexf, .gml, .json, .dot, .net,
    /// .edgelist, .csv); - is standard output. The two-file formats (csv,
    /// gephi, neo4j) write FILE.nodes.csv and FILE.edges.csv.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format [default: from --output's extension, else csv]; see
    /// docs/output.md.
    #[arg(long, value_parser = format_parser())]
    pub format: Option<Format>,
    /// JSON: name the edge list "links" (D3, networkx before 3.4) instead of
    /// "edges".
    #[arg(long)]
    pub json_links: bool,
    /// Also write the drawing with what was extracted drawn over it: nodes
    /// ringed, edges coloured by status, strokes that are not edges in red
    /// or grey, ids as tooltips, a legend. FILE.svg, or FILE.png rendered.
    #[arg(long, value_name = "FILE")]
    pub preview: Option<PathBuf>,
    /// Of an HTML page's `<svg>` elements or a notebook's SVG outputs, read
    /// drawing N (from 1). Without it, a page with one drawing gives that
    /// one, and one with several gives numbered outputs (-o g.graphml
    /// writes g.1.graphml, g.2.graphml, …).
    #[arg(long, value_name = "N")]
    pub pick: Option<usize>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Print nothing on standard error but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the report (counts, the generator recognised, the roles of the
    /// shapes, the tolerance, warnings) as one JSON object on standard error
    /// instead of the summary line.
    #[arg(long)]
    pub json: bool,
}

/// How drawings are read: the options `extract` and `batch` share.
#[derive(Debug, clap::Args)]
pub(crate) struct ReadArgs {
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
    /// Most times a gzip-compressed input may inflate its size (watched
    /// past 16 MiB): a compression bomb is stopped early.
    #[arg(long, value_name = "RATIO", default_value_t = 100)]
    pub max_ratio: u64,
    /// Most elements nested in one another.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub max_depth: usize,
    /// Most elements in a document.
    #[arg(long, value_name = "N", default_value_t = 200_000_000)]
    pub max_elements: u64,
    /// Most bytes one start tag (an element's name and attributes) may take.
    #[arg(long, value_name = "BYTES", default_value_t = 2 << 20)]
    pub max_tag: usize,
}

impl ReadArgs {
    pub(crate) fn into_options(self) -> Result<svg2graph::ExtractOptions, String> {
        if let Some(t) = self.tolerance
            && !(t.is_finite() && t >= 0.0)
        {
            return Err(format!("--tolerance {t}: must be a finite number ≥ 0"));
        }
        Ok(svg2graph::ExtractOptions {
            tolerance: self.tolerance,
            max_inflated: self.max_inflated,
            max_ratio: self.max_ratio,
            max_depth: self.max_depth,
            max_elements: self.max_elements,
            max_tag: self.max_tag,
            directed: match self.directed {
                DirectedArg::Auto => svg2graph::Directed::Auto,
                DirectedArg::Yes => svg2graph::Directed::Yes,
                DirectedArg::No => svg2graph::Directed::No,
            },
            simple: self.simple,
            node_selector: self.node_selector,
            edge_selector: self.edge_selector,
            ignore: self.ignore,
            // Whatever the output, the edges of a large drawing need not
            // fill memory: every writer reads them back in order.
            spool_edges: true,
            ..Default::default()
        })
    }
}

// Command-line switches: each bool is one flag of its own.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("inputs").required(true).multiple(true).args(["input", "files_from"])))]
pub(crate) struct BatchArgs {
    /// Files and folders to convert; folders are searched through all their
    /// subfolders. Files named .svg, .svgz or .svg.gz are converted; others
    /// only when their content is SVG (or gzip-compressed SVG).
    #[arg(value_name = "INPUT")]
    pub input: Vec<PathBuf>,
    /// The output folder. Outputs mirror the inputs' paths (a/b/x.svg gives
    /// OUTDIR/a/b/x.nodes.csv and x.edges.csv); the manifest lists what
    /// became of every input.
    #[arg(long, short, value_name = "OUTDIR")]
    pub output: PathBuf,
    /// Output format; see docs/output.md.
    #[arg(long, value_parser = format_parser(), default_value = "csv")]
    pub format: Format,
    /// JSON: name the edge list "links" instead of "edges".
    #[arg(long)]
    pub json_links: bool,
    /// Files converted at once [default: the number of cores].
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Read more inputs from FILE, one path per line (- for standard input).
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,
    /// Convert only part K of N of the sorted inputs (K from 0 to N-1): the
    /// inputs K, K+N, K+2N, … Each part writes its own manifest
    /// (manifest.shard-K-of-N.csv); merge-manifests joins them.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<svg2graph::batch::Shard>,
    /// Leave inputs whose outputs exist already (resume a stopped batch).
    #[arg(long)]
    pub skip_existing: bool,
    /// Stop at the first failure.
    #[arg(long)]
    pub fail_fast: bool,
    /// Print nothing on standard error but failures and errors.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// `--format`: one of [`Format::ALL`] by name.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = Format> {
    clap::builder::PossibleValuesParser::new(Format::ALL.map(Format::name))
        .map(|s| Format::from_name(&s).unwrap_or(Format::Csv))
}

#[derive(Debug, clap::Args)]
pub(crate) struct StatsArgs {
    /// The SVG file to read, or - for standard input.
    pub input: PathBuf,
    /// Print the summary as one JSON object on standard output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub read: ReadArgs,
}

#[derive(Debug, clap::Args)]
pub(crate) struct MergeArgs {
    /// The manifests to join (of the shards of one batch).
    #[arg(value_name = "MANIFEST", required = true)]
    pub manifests: Vec<PathBuf>,
    /// Where to write the joined manifest.
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
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
    pub format: Format,
    /// One path per file of the format; `None` is standard output.
    pub outputs: Vec<Option<PathBuf>>,
    pub write: svg2graph::write::WriteOptions,
    pub preview: Option<PathBuf>,
    pub pick: Option<usize>,
    pub options: svg2graph::ExtractOptions,
    pub quiet: bool,
    pub json: bool,
}

impl ExtractArgs {
    pub(crate) fn into_config(self) -> Result<ExtractConfig, String> {
        if self.nodes.as_ref().is_some_and(|n| n.as_os_str() == "-")
            && self.edges.as_ref().is_none_or(|e| e.as_os_str() == "-")
        {
            return Err("--nodes - writes the nodes to standard output, where the edges go too: give --edges FILE".into());
        }
        if let (Some(n), Some(e)) = (&self.nodes, &self.edges)
            && n == e
        {
            return Err("--nodes and --edges name the same file".into());
        }
        if self.preview.is_some() && self.input.as_os_str() == "-" {
            return Err(
                "--preview needs the drawing as a file: standard input cannot be read twice".into(),
            );
        }
        let stdout = self.output.as_ref().is_some_and(|o| o.as_os_str() == "-");
        let format = match (self.format, &self.output) {
            (Some(f), _) => f,
            (None, Some(_)) if stdout => return Err("--output - needs --format".into()),
            (None, Some(o)) => Format::from_path(o).ok_or_else(|| {
                format!(
                    "--output {}: cannot tell the format from the name; give --format",
                    o.display()
                )
            })?,
            (None, None) => Format::Csv,
        };
        let outputs = match (&self.output, format.is_pair()) {
            (Some(_), true) if stdout => {
                return Err(format!(
                    "--format {} writes two files, not one to standard output: give --output PREFIX or --nodes and --edges",
                    format.name()
                ));
            }
            (Some(o), true) => {
                let o = o.to_string_lossy();
                let stem = o.strip_suffix(".csv").unwrap_or(&o);
                format.paths(std::path::Path::new(stem)).into_iter().map(Some).collect()
            }
            (Some(_), false) if stdout => vec![None],
            (Some(o), false) => vec![Some(o.clone())],
            // `-` is standard output, as for --output.
            (None, true) => [self.nodes, self.edges]
                .into_iter()
                .map(|p| p.map(|p| if p.as_os_str() == "-" { "/dev/stdout".into() } else { p }))
                .collect(),
            (None, false) => {
                if self.nodes.is_some() || self.edges.is_some() {
                    return Err(format!(
                        "--nodes and --edges are for the two-file formats; --format {} writes one file: give --output",
                        format.name()
                    ));
                }
                vec![None]
            }
        };
        Ok(ExtractConfig {
            input: self.input,
            format,
            outputs,
            write: svg2graph::write::WriteOptions { json_links: self.json_links },
            preview: self.preview,
            pick: self.pick,
            options: self.read.into_options()?,
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
