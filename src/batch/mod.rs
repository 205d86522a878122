//! Converting many drawings at once: finding them in folders, splitting
//! the sorted list into shards for several machines, extracting in
//! parallel, writing each drawing's outputs atomically, and a manifest of
//! what became of every input.
//!
//! ```no_run
//! use std::path::PathBuf;
//! use svg2graph::batch::{self, BatchOptions};
//!
//! let opts = BatchOptions::new("graphs");
//! let plan = batch::plan(&[PathBuf::from("figures")], &opts.out_dir, None);
//! let summary = batch::run(&plan, &opts, |_| {})?;
//! println!("{} converted", summary.count(batch::Status::Ok));
//! # Ok::<(), svg2graph::Error>(())
//! ```

pub mod manifest;
mod sniff;

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

pub use manifest::{Record, Status};

use manifest::Earlier;

use crate::error::{Error, ErrorKind, Result};
use crate::options::ExtractOptions;
use crate::output::AtomicFiles;
use crate::pages::Document;
use crate::write::{Format, WriteOptions, write_file};

/// One part of a batch split across machines: inputs `index`,
/// `index + count`, `index + 2·count`, … of the sorted list (`index`
/// counts from 0), counting files named as drawings and other files
/// apart, so that each part gets its share of both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// This part, from 0 to `count - 1`.
    pub index: u32,
    /// How many parts there are.
    pub count: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// `K/N`, with `0 ≤ K < N`.
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not K/N with 0 <= K < N (K counts from 0)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (index, count) = (
            k.trim().parse::<u32>().map_err(|_| bad())?,
            n.trim().parse::<u32>().map_err(|_| bad())?,
        );
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// One drawing to convert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Where to read it.
    pub path: PathBuf,
    /// Its outputs' path in the output folder, without the suffix
    /// (`a/b/x` for `a/b/x.svg`: `a/b/x.nodes.csv`, `a/b/x.edges.csv`, or
    /// `a/b/x.graphml`, … by [`Format::paths`]).
    pub stem: PathBuf,
    /// Named `.svg`, `.svgz` or `.svg.gz`: converted (or failed) whatever
    /// its content; other files are converted only when their content is
    /// SVG (or gzip-compressed SVG).
    pub by_name: bool,
}

/// What [`plan`] found.
#[derive(Debug, Default)]
pub struct Plan {
    /// The inputs of this shard, sorted by path.
    pub inputs: Vec<Input>,
    /// Inputs in all shards.
    pub total: usize,
    /// Paths that could not be read while looking for inputs (a missing
    /// path, an unreadable folder): failures of the batch.
    pub problems: Vec<Record>,
    /// Paths left out, by reason (a symbolic link loop).
    pub left_out: BTreeMap<String, u64>,
}

/// The drawing suffixes stripped from output names.
const SUFFIXES: [&str; 3] = [".svg.gz", ".svgz", ".svg"];

/// Finds the inputs under `roots` (files, and folders searched through
/// their subfolders, symbolic links followed but never round a loop),
/// leaving out `out_dir`; sorts them and keeps those of `shard`.
///
/// Output names mirror the paths as found (`a/b/x.svg` → `a/b/x`; a
/// leading `/` dropped, `..` written `__`). Where two inputs would share
/// outputs (`x.svg` and `x.svgz`), the later in sorted order keeps its
/// whole file name (`x.svgz.nodes.csv`), those named as drawings first.
pub fn plan(roots: &[PathBuf], out_dir: &Path, shard: Option<Shard>) -> Plan {
    let mut plan = Plan::default();
    let out_real = std::fs::canonicalize(out_dir).ok();
    let mut found: Vec<PathBuf> = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => walk(root, out_real.as_deref(), &mut found, &mut plan),
            Ok(_) => found.push(root.clone()),
            Err(e) => plan.problems.push(failure(root, &Error::from(e).with_path(root))),
        }
    }
    found.sort();
    found.dedup();
    plan.total = found.len();
    let stems = stems(&found);
    // Files named as drawings and other files are dealt out separately, so
    // that every shard gets its share of the drawings (a folder of x.svg
    // beside x.json would otherwise give the drawings to half the shards).
    let mut seen = [0u64; 2];
    plan.inputs = found
        .into_iter()
        .zip(stems)
        .filter_map(|(path, stem)| {
            let by_name = drawing_suffix(&path).is_some();
            let k = &mut seen[usize::from(by_name)];
            let mine = shard.is_none_or(|s| *k % u64::from(s.count) == u64::from(s.index));
            *k += 1;
            mine.then_some(Input { path, stem, by_name })
        })
        .collect();
    plan
}

fn walk(root: &Path, out_real: Option<&Path>, found: &mut Vec<PathBuf>, plan: &mut Plan) {
    let entries = walkdir::WalkDir::new(root).follow_links(true).into_iter().filter_entry(|e| {
        // The output folder is not searched (its files are not inputs).
        !(e.file_type().is_dir()
            && out_real.is_some_and(|o| std::fs::canonicalize(e.path()).is_ok_and(|p| p == o)))
    });
    for entry in entries {
        match entry {
            Ok(e) if e.file_type().is_file() => found.push(e.into_path()),
            Ok(_) => {}
            Err(e) if e.loop_ancestor().is_some() => {
                *plan.left_out.entry("symbolic link loop".into()).or_default() += 1;
            }
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let err = match e.into_io_error() {
                    Some(io) => Error::from(io),
                    None => Error::from(std::io::Error::other("cannot be read")),
                };
                plan.problems.push(failure(&path, &err.with_path(&path)));
            }
        }
    }
}

/// `.svg`, `.svgz` or `.svg.gz` (any case) at the end of the file name.
fn drawing_suffix(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    SUFFIXES.into_iter().find(|s| name.len() > s.len() && name.ends_with(s))
}

/// The path as found, made relative: the root and `.` dropped, `..` as `__`.
fn mirrored(path: &Path) -> PathBuf {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_os_string()),
            Component::ParentDir => Some(OsString::from("__")),
            _ => None,
        })
        .collect()
}

/// Output stems for the sorted paths `found`, unique.
fn stems(found: &[PathBuf]) -> Vec<PathBuf> {
    let short = |p: &Path| -> PathBuf {
        let m = mirrored(p);
        let name = m.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let cut = match drawing_suffix(p) {
            Some(s) => name.len() - s.len(),
            None => name.rfind('.').filter(|&i| i > 0).unwrap_or(name.len()),
        };
        m.with_file_name(&name[..cut])
    };
    let mut out: Vec<Option<PathBuf>> = vec![None; found.len()];
    let mut taken: HashSet<PathBuf> = HashSet::new();
    // Drawings by name claim their short stems first, then other files.
    let order = (0..found.len())
        .filter(|&k| drawing_suffix(&found[k]).is_some())
        .chain((0..found.len()).filter(|&k| drawing_suffix(&found[k]).is_none()));
    for k in order {
        let s = short(&found[k]);
        let stem = if taken.contains(&s) { mirrored(&found[k]) } else { s };
        taken.insert(stem.clone());
        out[k] = Some(stem);
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

fn failure(path: &Path, e: &Error) -> Record {
    Record {
        input: path.to_path_buf(),
        drawing: None,
        status: Status::Failed,
        nodes: None,
        edges: None,
        warnings: None,
        error: e.to_string(),
        millis: 0,
    }
}

/// How to run a batch.
#[derive(Clone, Debug)]
pub struct BatchOptions {
    /// Where the outputs go.
    pub out_dir: PathBuf,
    /// Files converted at once. Default: the number of cores.
    pub jobs: usize,
    /// Leave inputs whose outputs exist already as they are. Their rows
    /// keep the counts of the run that made the outputs, from the
    /// manifest this run replaces.
    pub skip_existing: bool,
    /// Stop at the first failure.
    pub fail_fast: bool,
    /// The manifest's file name in `out_dir`.
    pub manifest: PathBuf,
    /// The outputs' format. Default: CSV.
    pub format: Format,
    /// Choices of the writer.
    pub write: WriteOptions,
    /// How each drawing is read. Its [`cancel`](ExtractOptions::cancel)
    /// flag, when set, stops the whole batch.
    pub extract: ExtractOptions,
}

impl BatchOptions {
    /// Defaults, writing to `out_dir`.
    pub fn new(out_dir: impl Into<PathBuf>) -> Self {
        BatchOptions {
            out_dir: out_dir.into(),
            jobs: std::thread::available_parallelism().map_or(1, usize::from),
            skip_existing: false,
            fail_fast: false,
            manifest: manifest_name(None),
            format: Format::Csv,
            write: WriteOptions::default(),
            extract: ExtractOptions::default(),
        }
    }
}

/// The manifest's file name: `manifest.csv`, or
/// `manifest.shard-K-of-N.csv` for a shard.
pub fn manifest_name(shard: Option<Shard>) -> PathBuf {
    match shard {
        None => PathBuf::from("manifest.csv"),
        Some(s) => PathBuf::from(format!("manifest.shard-{}-of-{}.csv", s.index, s.count)),
    }
}

/// What happened to one input, as it happens.
#[derive(Clone, Copy, Debug)]
pub enum Progress<'a> {
    /// Done with an input (whatever its status).
    Done(&'a Record),
    /// An input that is not a drawing, left out.
    NotSvg(&'a Path),
}

/// What a batch did.
#[derive(Debug, Default)]
pub struct Summary {
    /// One record per input looked at, sorted by input, as in the
    /// manifest.
    pub records: Vec<Record>,
    /// Files left out because they are not SVG.
    pub not_svg: u64,
    /// Paths left out while searching, by reason.
    pub left_out: BTreeMap<String, u64>,
    /// The cancel flag stopped the batch.
    pub cancelled: bool,
}

impl Summary {
    /// The number of records with `status`.
    pub fn count(&self, status: Status) -> usize {
        self.records.iter().filter(|r| r.status == status).count()
    }
}

enum Outcome {
    /// A record per drawing (several for a page or notebook).
    Done(Vec<Record>),
    NotSvg,
    /// Not looked at, and not named as a drawing: nothing to say.
    Unknown,
}

/// Converts the inputs of `plan` on `opts.jobs` threads, calling
/// `progress` (from any of them) as each is done, and writes the manifest
/// into the output folder. The outputs of a drawing do not depend on how
/// many jobs run.
///
/// # Errors
///
/// When the output folder or the manifest cannot be written, or (with
/// `skip_existing`) the manifest there cannot be read; a drawing's
/// failure is a [`Record`], not an error.
pub fn run(
    plan: &Plan,
    opts: &BatchOptions,
    progress: impl Fn(Progress<'_>) + Sync,
) -> Result<Summary> {
    std::fs::create_dir_all(&opts.out_dir).map_err(|e| Error::from(e).with_path(&opts.out_dir))?;
    let manifest = opts.out_dir.join(&opts.manifest);
    // (The rows of inputs this run does not reach stand; the counts of
    // those it skips come from them.)
    let earlier = match Earlier::read(&manifest) {
        Ok(e) => e,
        Err(e) if opts.skip_existing => return Err(e),
        Err(_) => Earlier::default(),
    };
    let cancel = opts.extract.cancel.clone().unwrap_or_default();
    let extract =
        ExtractOptions { pipeline: false, cancel: Some(cancel.clone()), ..opts.extract.clone() };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.max(1))
        .build()
        .map_err(|e| Error::from(std::io::Error::other(e.to_string())))?;
    let outcomes: Vec<Outcome> = pool.install(|| {
        plan.inputs
            .par_iter()
            .with_max_len(1)
            .map(|input| {
                if cancel.is_cancelled() {
                    return not_started(input, &earlier);
                }
                let out = convert(input, opts, &extract, &earlier);
                match &out {
                    Outcome::Done(records) => {
                        for r in records {
                            if opts.fail_fast && r.status == Status::Failed {
                                cancel.cancel();
                            }
                            progress(Progress::Done(r));
                        }
                    }
                    Outcome::NotSvg => progress(Progress::NotSvg(&input.path)),
                    Outcome::Unknown => {}
                }
                out
            })
            .collect()
    });
    let mut summary = Summary { left_out: plan.left_out.clone(), ..Summary::default() };
    summary.records.extend(plan.problems.iter().cloned());
    for o in outcomes {
        match o {
            Outcome::Done(records) => summary.records.extend(records),
            Outcome::NotSvg => summary.not_svg += 1,
            Outcome::Unknown => {}
        }
    }
    let failed_fast = opts.fail_fast && summary.records.iter().any(|r| r.status == Status::Failed);
    summary.cancelled = cancel.is_cancelled() && !failed_fast;
    manifest::write(&manifest, &mut summary.records)?;
    Ok(summary)
}

/// What the batch says of an input it stopped before beginning: the rows
/// of the run before, which stand (this run changed nothing of it), or a
/// `not-started` row. A file not named as a drawing is not known to be
/// one: it is left out, as other files are.
fn not_started(input: &Input, earlier: &Earlier) -> Outcome {
    let rows = earlier.rows(&input.path);
    if !rows.is_empty() {
        return Outcome::Done(rows.to_vec());
    }
    if !input.by_name {
        return Outcome::Unknown;
    }
    Outcome::Done(vec![Record {
        input: input.path.clone(),
        drawing: None,
        status: Status::NotStarted,
        nodes: None,
        edges: None,
        warnings: None,
        error: String::new(),
        millis: 0,
    }])
}

fn convert(
    input: &Input,
    opts: &BatchOptions,
    extract: &ExtractOptions,
    earlier: &Earlier,
) -> Outcome {
    let start = Instant::now();
    let record = |drawing: Option<usize>, status: Status, error: String| Record {
        input: input.path.clone(),
        drawing,
        status,
        nodes: None,
        edges: None,
        warnings: None,
        error,
        millis: start.elapsed().as_millis().try_into().unwrap_or(u64::MAX),
    };
    // A skipped drawing keeps the counts of the run that made its outputs.
    let skipped = |drawing: Option<usize>| {
        let made = earlier.made(&input.path, drawing);
        Record {
            drawing: made.map_or(drawing, |m| m.drawing),
            nodes: made.and_then(|m| m.nodes),
            edges: made.and_then(|m| m.edges),
            warnings: made.and_then(|m| m.warnings),
            ..record(drawing, Status::Skipped, String::new())
        }
    };
    let failed = |e: &Error| Outcome::Done(vec![record(None, Status::Failed, e.to_string())]);
    let outputs = |number: Option<usize>| {
        let paths = opts.format.paths(&opts.out_dir.join(&input.stem));
        match number {
            Some(n) => paths.iter().map(|p| crate::output::numbered(p, n)).collect(),
            None => paths,
        }
    };
    let done = |paths: &[PathBuf]| opts.skip_existing && paths.iter().all(|p| p.is_file());
    if done(&outputs(None)) {
        return Outcome::Done(vec![skipped(None)]);
    }
    if !input.by_name {
        match sniff::sniff(&input.path) {
            Ok(sniff::Content::Svg | sniff::Content::Page) => {}
            Ok(sniff::Content::Other) => return Outcome::NotSvg,
            Err(e) => return failed(&Error::from(e).with_path(&input.path)),
        }
    }
    let convert_one = |d: Result<crate::Diagram>, drawing: Option<usize>, paths: &[PathBuf]| match d
        .and_then(|d| write_outputs(&d, paths, opts).map(|()| d))
    {
        Ok(d) => {
            let r = d.report();
            Record {
                nodes: Some(r.nodes as u64),
                edges: Some(r.edges as u64),
                warnings: Some(r.warning_count),
                ..record(drawing, Status::Ok, String::new())
            }
        }
        Err(e) if matches!(e.kind(), ErrorKind::Interrupted) => {
            record(drawing, Status::Interrupted, String::new())
        }
        Err(e) => record(drawing, Status::Failed, e.to_string()),
    };
    let parts = match crate::pages::open(&input.path, extract) {
        Ok(Document::Drawing(drawing)) => {
            return Outcome::Done(vec![convert_one(
                drawing.extract(extract),
                None,
                &outputs(None),
            )]);
        }
        Ok(Document::Parts(parts)) => parts,
        Err(e) => return failed(&e),
    };
    // A page with no drawing is no input, unless it was named as one.
    if parts.is_empty() && !input.by_name {
        return Outcome::NotSvg;
    }
    if parts.is_empty() {
        return failed(&Error::new(ErrorKind::NoDrawing).with_path(&input.path));
    }
    // One drawing is taken as it is; several are numbered, as `extract`
    // numbers them.
    let several = parts.len() > 1;
    let records = parts
        .iter()
        .map(|part| {
            let paths = outputs(several.then_some(part.number));
            if done(&paths) {
                return skipped(Some(part.number));
            }
            let d = crate::pages::extract(part, extract).map_err(|e| e.with_path(&input.path));
            convert_one(d, Some(part.number), &paths)
        })
        .collect();
    Outcome::Done(records)
}

/// Writes a drawing's outputs together, making their folder.
fn write_outputs(d: &crate::Diagram, paths: &[PathBuf], opts: &BatchOptions) -> Result<()> {
    if let Some(dir) = paths[0].parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::from(e).with_path(dir))?;
    }
    let mut files = AtomicFiles::new();
    for (k, path) in paths.iter().enumerate() {
        files.write(path, |w| write_file(d, opts.format, k, &opts.write, w))?;
    }
    files.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_from_zero() {
        assert_eq!("0/4".parse::<Shard>(), Ok(Shard { index: 0, count: 4 }));
        assert_eq!(" 3 / 4 ".parse::<Shard>(), Ok(Shard { index: 3, count: 4 }));
        for bad in ["4/4", "1/0", "a/2", "2", "-1/2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn output_stems_mirror_the_input_paths_and_never_collide() {
        let found: Vec<PathBuf> = [
            "/abs/a/x.svg",
            "../up/y.SVG",
            "./d/x.png",
            "d/x.svg",
            "d/x.svgz",
            "d/z.svg.gz",
            "d/noext",
        ]
        .map(PathBuf::from)
        .into_iter()
        .collect();
        let s = stems(&found);
        let s: Vec<&str> = s.iter().map(|p| p.to_str().unwrap()).collect();
        assert_eq!(
            s,
            ["abs/a/x", "__/up/y", "d/x.png", "d/x", "d/x.svgz", "d/z", "d/noext"],
            "{s:?}"
        );
    }
}
