//! Running a parsed command: calls into the library, prints, picks the
//! exit code.

use std::fmt::Write as _;
use std::io::{self, Write};

use rayon::prelude::*;
use svg2graph::output::AtomicFiles;
use svg2graph::pages::Document;
use svg2graph::write::write_file;
use svg2graph::{Diagram, Error};

use super::Code;
use super::args::{Args, Command, ExtractConfig, StatsArgs};

/// How many warnings the summary shows; the JSON report has more.
const SHOWN_WARNINGS: usize = 5;

pub(crate) fn run(args: Args) -> Code {
    match args.command {
        Command::Extract(a) => match a.into_config() {
            Ok(cfg) => extract(&cfg),
            Err(msg) => {
                eprintln!("svg2graph: {msg}");
                Code::Usage
            }
        },
        Command::Batch(a) => super::batch::batch(a),
        Command::MergeManifests(a) => super::batch::merge(&a),
        Command::Stats(a) => stats(a),
    }
}

fn extract(cfg: &ExtractConfig) -> Code {
    // With --json, a failure is a JSON object too, with the same message.
    let fail = |e: &Error| {
        if cfg.json {
            let out = serde_json::json!({ "file": name(cfg), "error": e.to_string() });
            eprintln!("{out}");
            code_of(e)
        } else {
            fail(e)
        }
    };
    let parts = match svg2graph::pages::open(&cfg.input, &cfg.options) {
        Ok(Document::Parts(parts)) => parts,
        Ok(Document::Drawing(drawing)) => {
            if let Some(k) = cfg.pick.filter(|&k| k != 1) {
                let e = Error::new(svg2graph::ErrorKind::InvalidOption(format!(
                    "--pick {k}: it is one SVG drawing, not a page or notebook"
                )));
                return fail(&e.with_path(&cfg.input));
            }
            return match drawing
                .extract(&cfg.options)
                .and_then(|d| finish(cfg, &d, None, None, None))
            {
                Ok(()) => Code::Ok,
                Err(e) => fail(&e),
            };
        }
        Err(e) => return fail(&e),
    };
    // Several drawings and no --pick: each to numbered files, where
    // every output is a file.
    let all =
        cfg.pick.is_none() && parts.len() > 1 && cfg.outputs.last().is_some_and(Option::is_some);
    let chosen: Vec<&svg2graph::pages::Part> = if all {
        parts.iter().collect()
    } else {
        match svg2graph::pages::choose(&parts, cfg.pick, "--pick") {
            Ok(part) => vec![part],
            Err(e) => {
                let or = if cfg.pick.is_none() && parts.len() > 1 {
                    ", or write each to numbered files with -o FILE (or --nodes and --edges)"
                } else {
                    ""
                };
                let e = e.with_path(&cfg.input);
                if cfg.json || or.is_empty() {
                    return fail(&e);
                }
                eprintln!("svg2graph: {e}{or}");
                return code_of(&e);
            }
        }
    };
    let mut code = Code::Ok;
    for part in chosen {
        let number = all.then_some(part.number);
        let done = svg2graph::pages::extract(part, &cfg.options)
            .and_then(|d| finish(cfg, &d, Some(&part.place), number, Some(&part.svg)))
            .map_err(|e| e.with_path(&cfg.input));
        if let Err(e) = done {
            code = fail(&e);
        }
    }
    code
}

/// Writes the outputs, the preview and the report of one drawing; `place`
/// says which drawing of a page it is, `number` numbers the output files
/// (one drawing of several in a page), `svg` is the drawing when it is not
/// the input file itself.
fn finish(
    cfg: &ExtractConfig,
    d: &Diagram,
    place: Option<&str>,
    number: Option<usize>,
    svg: Option<&[u8]>,
) -> svg2graph::Result<()> {
    match write_outputs(cfg, d, number) {
        Err(e) if e.is_broken_pipe() => return Ok(()),
        other => other?,
    }
    if let Some(to) = &cfg.preview {
        let to = numbered(to, number);
        match svg {
            None => super::preview::write(&cfg.input, &cfg.options, d, &to)?,
            Some(svg) => {
                // The preview draws over the drawing, read again from a file.
                let mut file = tempfile::NamedTempFile::new()?;
                file.write_all(svg)?;
                super::preview::write(file.path(), &cfg.options, d, &to)?;
            }
        }
    }
    let file = name(cfg);
    if cfg.json {
        let label = place.map_or_else(|| file.clone(), |p| format!("{file} ({p})"));
        report_json(&label, d);
    } else if !cfg.quiet {
        summary(&file, place, d);
    }
    Ok(())
}

/// `path`, or numbered for drawing `number` of several.
fn numbered(path: &std::path::Path, number: Option<usize>) -> std::path::PathBuf {
    number.map_or_else(|| path.to_path_buf(), |n| svg2graph::output::numbered(path, n))
}

fn write_outputs(cfg: &ExtractConfig, d: &Diagram, number: Option<usize>) -> svg2graph::Result<()> {
    let part = |k: usize, w: &mut dyn Write| write_file(d, cfg.format, k, &cfg.write, w);
    // The files are written at the same time; they appear together.
    let prepared: Vec<_> = cfg
        .outputs
        .par_iter()
        .enumerate()
        .map(|(k, p)| {
            p.as_deref()
                .map(|p| AtomicFiles::prepare(&numbered(p, number), |w| part(k, w)))
                .transpose()
        })
        .collect();
    let mut files = AtomicFiles::new();
    for p in prepared {
        if let Some(p) = p? {
            files.add(p);
        }
    }
    files.commit()?;
    // Standard output gets the last file not written elsewhere (the edges
    // of a pair with no --edges, or the one file of the format).
    let last = cfg.outputs.len() - 1;
    if cfg.outputs[last].is_none() {
        let stdout = io::stdout();
        let mut lock = stdout.lock();
        part(last, &mut lock)?;
        lock.flush()?;
    }
    Ok(())
}

fn stats(a: StatsArgs) -> Code {
    let opts = match a.read.into_options() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("svg2graph: {msg}");
            return Code::Usage;
        }
    };
    let d = match svg2graph::extract_path(&a.input, &opts) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    let s = match d.stats() {
        Ok(s) => s,
        Err(e) => return fail(&Error::from(e).with_path(&a.input)),
    };
    let text = if a.json {
        serde_json::to_string(&s).unwrap_or_default()
    } else {
        stats_text(&a.input.display().to_string(), &s)
    };
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => Code::Ok,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Code::Ok,
        Err(e) => fail(&e.into()),
    }
}

fn stats_text(name: &str, s: &svg2graph::Stats) -> String {
    let kind = if s.directed { "directed" } else { "undirected" };
    let mut t = format!(
        "{name}: {} nodes, {} edges, {kind}, density {:.4}\n\
         degree: min {}, median {}, max {}\n",
        s.nodes, s.edges, s.density, s.degree_min, s.degree_median, s.degree_max
    );
    let widest = s.degree_histogram.iter().map(|(_, c)| *c).max().unwrap_or(0).max(1);
    let first = s.degree_histogram.iter().position(|(_, c)| *c > 0).unwrap_or(0);
    for (bucket, count) in &s.degree_histogram[first..] {
        let bar = "#".repeat((count * 40).div_ceil(widest));
        let _ = writeln!(t, "  degree {bucket:>9}: {count:>7} {bar}");
    }
    let largest: Vec<String> = s.largest_components.iter().map(ToString::to_string).collect();
    let _ = write!(t, "components: {} (largest: {})", s.components, largest.join(", "));
    if let Some(strong) = s.strong_components {
        let _ = write!(t, ", strongly connected: {strong}");
    }
    let _ = write!(
        t,
        "\nisolated nodes: {}, self-loops: {}, parallel edges: {}",
        s.isolated, s.self_loops, s.parallel_edges
    );
    t
}

fn fail(e: &Error) -> Code {
    eprintln!("svg2graph: {e}");
    code_of(e)
}

/// The exit code for an error: a usage error for unusable options.
fn code_of(e: &Error) -> Code {
    match e.kind() {
        svg2graph::ErrorKind::InvalidOption(_) => Code::Usage,
        _ => Code::Failed,
    }
}

fn name(cfg: &ExtractConfig) -> String {
    if cfg.input.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        cfg.input.display().to_string()
    }
}

/// The warnings and the counts of one drawing on standard error. A page's
/// drawing is named as errors name it: the position in the page, then
/// which drawing.
fn summary(file: &str, place: Option<&str>, d: &Diagram) {
    let r = d.report();
    let mut err = io::stderr().lock();
    let within = place.map(|p| format!(" (in {p})")).unwrap_or_default();
    for w in r.warnings.iter().take(SHOWN_WARNINGS) {
        let _ = match w.position {
            Some(p) => writeln!(err, "svg2graph: {file}:{p}: warning: {}{within}", w.message),
            None => writeln!(err, "svg2graph: {file}: warning: {}{within}", w.message),
        };
    }
    let file = place.map_or_else(|| file.to_string(), |p| format!("{file} ({p})"));
    if r.warning_count > SHOWN_WARNINGS as u64 {
        let _ = writeln!(
            err,
            "svg2graph: {file}: … and {} more warnings (--json lists them)",
            r.warning_count - SHOWN_WARNINGS as u64
        );
    }
    let _ = writeln!(
        err,
        "{file}: {} nodes, {} edges ({} dangling, {} self-touching)",
        r.nodes, r.edges, r.dangling, r.self_touching
    );
}

fn report_json(file: &str, d: &Diagram) {
    #[derive(serde::Serialize)]
    struct Out<'a> {
        file: String,
        #[serde(flatten)]
        report: &'a svg2graph::Report,
    }
    let out = Out { file: file.to_string(), report: d.report() };
    match serde_json::to_string(&out) {
        Ok(s) => eprintln!("{s}"),
        Err(e) => eprintln!("svg2graph: cannot write the JSON report: {e}"),
    }
}
