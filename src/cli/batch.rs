//! `svg2graph batch` and `svg2graph merge-manifests`: progress, signals,
//! the summary and the exit code around the library's batch runner.

use std::fmt::Write as _;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use svg2graph::batch::{self, BatchOptions, Progress, Status};

use super::Code;
use super::args::{BatchArgs, MergeArgs};

/// How often a plain progress line is printed where there is no terminal.
const PLAIN_EVERY: Duration = Duration::from_secs(5);

pub(crate) fn batch(args: BatchArgs) -> Code {
    let extract = match args.read.into_options() {
        Ok(o) => o,
        Err(msg) => return usage(&msg),
    };
    if args.jobs == Some(0) {
        return usage("--jobs 0: at least one job must run");
    }
    let mut roots = args.input;
    if let Some(list) = &args.files_from {
        match read_list(list) {
            Ok(more) => roots.extend(more),
            Err(e) => {
                eprintln!("svg2graph: {}: {e}", list.display());
                return Code::Failed;
            }
        }
    }
    let mut opts = BatchOptions::new(&args.output);
    if let Some(j) = args.jobs {
        opts.jobs = j;
    }
    opts.skip_existing = args.skip_existing;
    opts.fail_fast = args.fail_fast;
    opts.manifest = batch::manifest_name(args.shard);
    opts.format = args.format;
    opts.write = svg2graph::write::WriteOptions { json_links: args.json_links };
    let cancel = svg2graph::Cancel::new();
    opts.extract = svg2graph::ExtractOptions { cancel: Some(cancel.clone()), ..extract };
    {
        let cancel = cancel.clone();
        // SIGINT, SIGTERM, SIGHUP: stop starting files, stop the ones
        // running, keep what is finished. Fails only if a handler is set.
        let _ = ctrlc::set_handler(move || cancel.cancel());
    }

    let started = Instant::now();
    let plan = batch::plan(&roots, &opts.out_dir, args.shard);
    let show = Show::new(plan.inputs.len() as u64, args.quiet);
    for r in &plan.problems {
        show.failure(&r.error);
    }
    let result = batch::run(&plan, &opts, |p| show.progress(p));
    show.finish();
    let summary = match result {
        Ok(s) => s,
        Err(e) => {
            eprintln!("svg2graph: {e}");
            return Code::Failed;
        }
    };
    if !args.quiet {
        let manifest = opts.out_dir.join(&opts.manifest);
        eprintln!("{}", summary_line(&summary, started.elapsed().as_secs_f64(), &manifest));
    }
    if summary.cancelled {
        Code::Interrupted
    } else if summary.count(Status::Failed) > 0 {
        Code::Failed
    } else {
        Code::Ok
    }
}

pub(crate) fn merge(args: &MergeArgs) -> Code {
    for shard in batch::manifest::missing_shards(&args.manifests) {
        eprintln!("svg2graph: merge-manifests: warning: no manifest of shard {shard}");
    }
    match batch::manifest::merge(&args.manifests, &args.output) {
        Ok(rows) => {
            let failed = rows.iter().filter(|r| r.status == Status::Failed).count();
            eprintln!(
                "merge-manifests: {} inputs from {} manifests ({failed} failed) into {}",
                rows.len(),
                args.manifests.len(),
                args.output.display()
            );
            Code::Ok
        }
        Err(e) => {
            eprintln!("svg2graph: {e}");
            Code::Failed
        }
    }
}

/// `batch: N converted, … in T s (R files/s); manifest: PATH`.
fn summary_line(summary: &batch::Summary, secs: f64, manifest: &std::path::Path) -> String {
    let mut line = format!(
        "batch: {} converted, {} failed, {} skipped (outputs existed), {} not SVG",
        summary.count(Status::Ok),
        summary.count(Status::Failed),
        summary.count(Status::Skipped),
        summary.not_svg
    );
    for (why, n) in &summary.left_out {
        let _ = write!(line, ", {n} left out ({why})");
    }
    let stopped = summary.count(Status::NotStarted) + summary.count(Status::Interrupted);
    if stopped > 0 {
        let _ = write!(line, ", {stopped} stopped before done");
    }
    let looked_at =
        (summary.records.len() - summary.count(Status::NotStarted)) as u64 + summary.not_svg;
    let rate = looked_at as f64 / secs.max(1e-9);
    let _ = write!(line, " in {secs:.1} s ({rate:.0} files/s); manifest: {}", manifest.display());
    line
}

fn usage(msg: &str) -> Code {
    eprintln!("svg2graph: {msg}");
    Code::Usage
}

/// The paths listed in `list` (`-`: standard input), one per line; blank
/// lines are skipped.
fn read_list(list: &std::path::Path) -> std::io::Result<Vec<PathBuf>> {
    let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(list)?))
    };
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let line = line.trim_end_matches('\r');
        if !line.trim().is_empty() {
            out.push(PathBuf::from(line));
        }
    }
    Ok(out)
}

/// Progress on standard error: a bar on a terminal, a line every few
/// seconds elsewhere, nothing with `--quiet` (failures are always shown).
struct Show {
    bar: Option<ProgressBar>,
    /// Failures so far, for the bar's message.
    failed: AtomicU64,
    plain: Option<Mutex<Plain>>,
}

struct Plain {
    total: u64,
    done: u64,
    failed: u64,
    start: Instant,
    last: Instant,
}

impl Show {
    fn new(total: u64, quiet: bool) -> Show {
        if quiet {
            return Show { bar: None, failed: AtomicU64::new(0), plain: None };
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{bar:30} {pos}/{len} files  {rate} files/s  ETA {eta}  {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key(
                "rate",
                |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}", s.per_sec());
                },
            );
            bar.set_style(style);
            bar.set_message("0 failed");
            return Show { bar: Some(bar), failed: AtomicU64::new(0), plain: None };
        }
        let now = Instant::now();
        Show {
            bar: None,
            failed: AtomicU64::new(0),
            plain: Some(Mutex::new(Plain { total, done: 0, failed: 0, start: now, last: now })),
        }
    }

    fn failure(&self, message: &str) {
        let line = format!("svg2graph: {message}");
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn progress(&self, p: Progress<'_>) {
        let failed = matches!(p, Progress::Done(r) if r.status == Status::Failed);
        if let Progress::Done(r) = p
            && failed
        {
            self.failure(&r.error);
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
            if failed {
                let n = self.failed.fetch_add(1, Ordering::Relaxed) + 1;
                bar.set_message(format!("{n} failed"));
            }
        }
        if let Some(plain) = &self.plain
            && let Ok(mut s) = plain.lock()
        {
            s.done += 1;
            s.failed += u64::from(failed);
            if s.last.elapsed() >= PLAIN_EVERY {
                s.last = Instant::now();
                let rate = s.done as f64 / s.start.elapsed().as_secs_f64().max(1e-9);
                let mut err = std::io::stderr().lock();
                let _ = writeln!(
                    err,
                    "batch: {}/{} files, {rate:.0} files/s, {} failed",
                    s.done, s.total, s.failed
                );
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
