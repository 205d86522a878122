//! The manifest of a batch: one CSV row per input, in input order.
//!
//! Columns: `input,drawing,status,nodes,edges,warnings,error,ms`.
//! `drawing` numbers the drawings of an HTML page or notebook (from 1;
//! empty for an SVG file), a row each. `status` is
//! `ok`, `failed`, `skipped` (its outputs existed, with `--skip-existing`),
//! `interrupted` (stopped while it ran) or `not-started` (the batch stopped
//! before it began). `nodes`, `edges` and `warnings` are the counts of the
//! extraction that made the outputs: a `skipped` row keeps those of the
//! earlier run's row, and is left empty where no earlier row tells them;
//! rows with no outputs leave them empty. `error` is the one-line message
//! of a failure; `ms` the wall time the file took.

use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};
use crate::output::AtomicFiles;

/// The manifest's header.
pub const HEADER: [&str; 8] =
    ["input", "drawing", "status", "nodes", "edges", "warnings", "error", "ms"];

/// What became of one input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Converted; its outputs are in place.
    Ok,
    /// Not converted; see the error.
    Failed,
    /// Its outputs were there already (`--skip-existing`).
    Skipped,
    /// Stopped before it was done; it has no outputs.
    Interrupted,
    /// The batch stopped (cancelled, or at a failure with `fail_fast`)
    /// before this input was begun.
    NotStarted,
}

impl Status {
    /// The name written in the manifest.
    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
            Status::Interrupted => "interrupted",
            Status::NotStarted => "not-started",
        }
    }

    fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "ok" => Status::Ok,
            "failed" => Status::Failed,
            "skipped" => Status::Skipped,
            "interrupted" => Status::Interrupted,
            "not-started" => Status::NotStarted,
            _ => return None,
        })
    }
}

/// One row of the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The input's path, as found.
    pub input: PathBuf,
    /// Which drawing of an HTML page or notebook (from 1); `None` for an
    /// SVG file.
    pub drawing: Option<usize>,
    /// What became of it.
    pub status: Status,
    /// Nodes extracted, by the run that made the outputs (this one for
    /// `ok`, an earlier one for `skipped`); `None` where no outputs exist
    /// or no earlier row tells.
    pub nodes: Option<u64>,
    /// Edges extracted; see `nodes`.
    pub edges: Option<u64>,
    /// Warnings of the extraction; see `nodes`.
    pub warnings: Option<u64>,
    /// Why it failed (empty unless `failed`).
    pub error: String,
    /// Milliseconds it took.
    pub millis: u64,
}

/// Writes `records`, sorted by input, to `path` atomically.
///
/// # Errors
///
/// When the file cannot be written.
pub fn write(path: &Path, records: &mut [Record]) -> Result<()> {
    records.sort_by(|a, b| (&a.input, a.drawing).cmp(&(&b.input, b.drawing)));
    let mut files = AtomicFiles::new();
    files.write(path, |out| {
        let mut w = csv::Writer::from_writer(out);
        let csv_err = |e: csv::Error| Error::from(std::io::Error::other(e.to_string()));
        w.write_record(HEADER).map_err(csv_err)?;
        let count = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        for r in records.iter() {
            w.write_record([
                r.input.to_string_lossy().as_ref(),
                &count(r.drawing.map(|n| n as u64)),
                r.status.name(),
                &count(r.nodes),
                &count(r.edges),
                &count(r.warnings),
                &r.error,
                &r.millis.to_string(),
            ])
            .map_err(csv_err)?;
        }
        w.flush()?;
        Ok(())
    })?;
    files.commit()
}

/// Reads a manifest written by [`write()`].
///
/// # Errors
///
/// When the file cannot be read or is not a manifest; the error names it.
pub fn read(path: &Path) -> Result<Vec<Record>> {
    let bad = |m: String| Error::new(ErrorKind::InvalidOption(m)).with_path(path);
    let mut r = csv::Reader::from_path(path).map_err(|e| bad(e.to_string()))?;
    let header = r.headers().map_err(|e| bad(e.to_string()))?;
    // Manifests from before pages were read have no `drawing` column.
    let columns: Vec<&str> = header.iter().collect();
    let before = columns.iter().copied().eq(HEADER.iter().copied().filter(|&h| h != "drawing"));
    if columns.iter().copied().ne(HEADER) && !before {
        return Err(bad(format!("not a manifest: its header is not {}", HEADER.join(","))));
    }
    let at = |name: &str| columns.iter().position(|&c| c == name).unwrap_or(usize::MAX);
    let (input, drawing, status) = (at("input"), at("drawing"), at("status"));
    let [nodes, edges, warnings, error, ms] = ["nodes", "edges", "warnings", "error", "ms"].map(at);
    let mut out = Vec::new();
    for (k, row) in r.records().enumerate() {
        let row = row.map_err(|e| bad(e.to_string()))?;
        let line = k + 2;
        let num = |i: usize| match row.get(i).unwrap_or("") {
            "" => Ok(None),
            n => n
                .parse::<u64>()
                .map(Some)
                .map_err(|_| bad(format!("line {line}: {n} is not a count"))),
        };
        let status = Status::parse(&row[status])
            .ok_or_else(|| bad(format!("line {line}: unknown status {:?}", &row[status])))?;
        let drawing = num(drawing)?.map(|n| n as usize);
        out.push(Record {
            input: PathBuf::from(&row[input]),
            drawing,
            status,
            nodes: num(nodes)?,
            edges: num(edges)?,
            warnings: num(warnings)?,
            error: row[error].to_string(),
            millis: num(ms)?.unwrap_or(0),
        });
    }
    Ok(out)
}

/// Joins the manifests of the shards of one batch into one, written to
/// `out`. An input listed twice keeps its last row (in the order given),
/// but a row of a run that did not convert it (`skipped`, `not-started`)
/// never replaces one of a run that did (`ok`), and a `not-started` row
/// replaces nothing. Returns the joined rows.
///
/// # Errors
///
/// When a manifest cannot be read or the result cannot be written.
pub fn merge(manifests: &[PathBuf], out: &Path) -> Result<Vec<Record>> {
    let mut by_input = std::collections::BTreeMap::new();
    for m in manifests {
        for r in read(m)? {
            let key = (r.input.clone(), r.drawing);
            let kept = by_input.get(&key).map(|k: &Record| k.status);
            let keep_old = match r.status {
                Status::NotStarted => kept.is_some(),
                Status::Skipped => kept == Some(Status::Ok),
                _ => false,
            };
            if !keep_old {
                by_input.insert(key, r);
            }
        }
    }
    let mut all: Vec<Record> = by_input.into_values().collect();
    write(out, &mut all)?;
    Ok(all)
}

/// The rows of an earlier manifest, by input, for the counts of the
/// inputs a rerun skips.
#[derive(Debug, Default)]
pub struct Earlier(std::collections::HashMap<PathBuf, Vec<Record>>);

impl Earlier {
    /// Reads the manifest at `path`; none when there is no file.
    ///
    /// # Errors
    ///
    /// When the file is there but is not a manifest.
    pub fn read(path: &Path) -> Result<Earlier> {
        if !path.is_file() {
            return Ok(Earlier::default());
        }
        let mut by_input = std::collections::HashMap::<PathBuf, Vec<Record>>::new();
        for r in read(path)? {
            by_input.entry(r.input.clone()).or_default().push(r);
        }
        Ok(Earlier(by_input))
    }

    /// The row of drawing `drawing` of `input` that made its outputs, if
    /// one is known. An input skipped before it was opened (`drawing`
    /// `None`) takes its one earlier row, whatever that row numbered.
    pub fn made(&self, input: &Path, drawing: Option<usize>) -> Option<&Record> {
        let rows = self.0.get(input)?;
        // (Manifests before counts were kept wrote 0 for a skipped row's.)
        let made = |r: &&Record| match r.status {
            Status::Ok => true,
            Status::Skipped => [r.nodes, r.edges, r.warnings] != [Some(0); 3],
            _ => false,
        };
        match rows.iter().filter(made).find(|r| r.drawing == drawing) {
            Some(r) => Some(r),
            None if drawing.is_none() && rows.len() == 1 => rows.iter().find(made),
            None => None,
        }
    }
}

impl Earlier {
    /// The earlier rows of `input`.
    pub fn rows(&self, input: &Path) -> &[Record] {
        self.0.get(input).map_or(&[], Vec::as_slice)
    }
}

/// The shards of a batch missing from `manifests`, as the manifests'
/// names tell them (`manifest.shard-K-of-N.csv`): `K/N` for every `K` of
/// an `N` seen that no manifest has. Names of other forms tell nothing.
pub fn missing_shards(manifests: &[PathBuf]) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::<u32, std::collections::BTreeSet<u32>>::new();
    for m in manifests {
        let name = m.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let shard = name
            .strip_prefix("manifest.shard-")
            .and_then(|r| r.strip_suffix(".csv"))
            .and_then(|r| r.split_once("-of-"))
            .and_then(|(k, n)| Some((k.parse::<u32>().ok()?, n.parse::<u32>().ok()?)));
        if let Some((k, n)) = shard {
            seen.entry(n).or_default().insert(k);
        }
    }
    seen.iter()
        .flat_map(|(&n, ks)| (0..n).filter(|k| !ks.contains(k)).map(move |k| format!("{k}/{n}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ok_row_outlives_a_skipped_one_and_missing_shards_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("manifest.shard-0-of-3.csv");
        let rerun = dir.path().join("manifest.shard-2-of-3.csv");
        let head = "input,drawing,status,nodes,edges,warnings,error,ms\n";
        std::fs::write(&first, format!("{head}a.svg,,ok,3,2,0,,5\nb.svg,,failed,0,0,0,bad,1\n"))
            .unwrap();
        std::fs::write(&rerun, format!("{head}a.svg,,skipped,0,0,0,,0\nb.svg,,ok,4,4,0,,3\n"))
            .unwrap();
        let stopped = dir.path().join("stopped.csv");
        std::fs::write(
            &stopped,
            format!("{head}b.svg,,not-started,,,,,0\nc.svg,,not-started,,,,,0\n"),
        )
        .unwrap();
        let all = [first.clone(), rerun.clone(), stopped];
        let merged = merge(&all, &dir.path().join("all.csv")).unwrap();
        let rows: Vec<_> = merged.iter().map(|r| (r.status, r.nodes)).collect();
        assert_eq!(
            rows,
            [(Status::Ok, Some(3)), (Status::Ok, Some(4)), (Status::NotStarted, None)]
        );
        assert_eq!(missing_shards(&[first, rerun]), ["1/3"]);
        assert!(missing_shards(&[dir.path().join("manifest.csv")]).is_empty());
    }

    #[test]
    fn the_counts_of_a_skipped_input_come_from_the_row_that_made_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.csv");
        let head = "input,drawing,status,nodes,edges,warnings,error,ms\n";
        // (A manifest from before counts were kept wrote 0 for skipped rows.)
        let rows = "a.svg,,ok,3,2,0,,5\nb.svg,,skipped,0,0,0,,0\nc.svg,,skipped,4,4,1,,0\n\
                    d.svg,,failed,,,,bad,1\np.html,1,ok,2,1,0,,3\n";
        std::fs::write(&path, format!("{head}{rows}")).unwrap();
        let e = Earlier::read(&path).unwrap();
        let made = |i: &str, k| e.made(Path::new(i), k).map(|r| (r.nodes, r.drawing));
        assert_eq!(made("a.svg", None), Some((Some(3), None)));
        assert_eq!(made("b.svg", None), None);
        assert_eq!(made("c.svg", None), Some((Some(4), None)));
        assert_eq!(made("d.svg", None), None);
        // A page of one drawing, skipped before it is opened.
        assert_eq!(made("p.html", None), Some((Some(2), Some(1))));
        assert_eq!(e.rows(Path::new("d.svg")).len(), 1);
        assert!(
            Earlier::read(&dir.path().join("none.csv"))
                .unwrap()
                .rows(Path::new("a.svg"))
                .is_empty()
        );
    }

    #[test]
    fn manifests_with_and_without_the_drawing_column_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.csv");
        std::fs::write(&old, "input,status,nodes,edges,warnings,error,ms\na.svg,ok,3,2,0,,5\n")
            .unwrap();
        let new = dir.path().join("new.csv");
        std::fs::write(
            &new,
            "input,drawing,status,nodes,edges,warnings,error,ms\np.html,2,ok,4,1,0,,7\np.html,1,failed,0,0,0,bad,1\n",
        )
        .unwrap();
        let merged = merge(&[old, new], &dir.path().join("all.csv")).unwrap();
        let rows: Vec<_> =
            merged.iter().map(|r| (r.input.to_str().unwrap(), r.drawing, r.status)).collect();
        assert_eq!(
            rows,
            [
                ("a.svg", None, Status::Ok),
                ("p.html", Some(1), Status::Failed),
                ("p.html", Some(2), Status::Ok)
            ]
        );
        let text = std::fs::read_to_string(dir.path().join("all.csv")).unwrap();
        assert!(text.starts_with("input,drawing,status,"), "{text}");
        assert!(text.contains("\na.svg,,ok,3,2,0,,5\n"), "{text}");
        let bad = dir.path().join("bad.csv");
        std::fs::write(&bad, "input,nodes\n").unwrap();
        assert!(read(&bad).unwrap_err().to_string().contains("not a manifest"));
    }
}
