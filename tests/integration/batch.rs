//! `svg2graph batch` and `merge-manifests`: folders, failures, resuming,
//! shards, determinism.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

use crate::fixture;

fn bin() -> Command {
    Command::cargo_bin("svg2graph").unwrap()
}

/// A small D3-style drawing: `n` circles on a ring, each joined to the
/// next and to one chosen by `seed`.
fn drawing(n: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let pos = |k: usize| {
        let a = k as f64 / n as f64 * std::f64::consts::TAU;
        (100.0 * a.cos(), 100.0 * a.sin())
    };
    let mut s = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="-120 -120 240 240"><g stroke="#999">"##,
    );
    for k in 0..n {
        for j in [(k + 1) % n, rng.usize(0..n)] {
            if j != k {
                let ((x1, y1), (x2, y2)) = (pos(k), pos(j));
                let _ = write!(s, r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>"#);
            }
        }
    }
    s.push_str("</g><g>");
    for k in 0..n {
        let (x, y) = pos(k);
        let _ = write!(s, r#"<circle cx="{x}" cy="{y}" r="4"><title>v{k}</title></circle>"#);
    }
    s.push_str("</g></svg>");
    s
}

/// `count` drawings in nested folders under `root`.
fn make_tree(root: &Path, count: usize) {
    for k in 0..count {
        let dir = root.join(format!("part{}", k % 3)).join(format!("sub{}", k % 2));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(format!("g{k:04}.svg")), drawing(8 + k % 13, k as u64)).unwrap();
    }
}

/// Every file under `dir` but manifests, by path relative to `dir`.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    for e in walkdir::WalkDir::new(dir) {
        // (files may come and go under a running batch)
        let Ok(e) = e else { continue };
        let name = e.file_name().to_string_lossy();
        if e.file_type().is_file()
            && !name.starts_with("manifest")
            && let Ok(bytes) = fs::read(e.path())
        {
            out.insert(e.path().strip_prefix(dir).unwrap().to_path_buf(), bytes);
        }
    }
    out
}

/// The manifest's rows without the time column, and without the drawing
/// column when no input is a page.
fn manifest_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    assert_eq!(
        r.headers().unwrap(),
        vec!["input", "drawing", "status", "nodes", "edges", "warnings", "error", "ms"]
    );
    let rows: Vec<Vec<String>> =
        r.records().map(|row| row.unwrap().iter().take(7).map(str::to_string).collect()).collect();
    if rows.iter().all(|r| r[1].is_empty()) {
        return rows
            .into_iter()
            .map(|mut r| {
                r.remove(1);
                r
            })
            .collect();
    }
    rows
}

fn nodes_of(files: &BTreeMap<PathBuf, Vec<u8>>, p: &str) -> String {
    String::from_utf8(files[Path::new(p)].clone()).unwrap()
}

#[test]
fn converts_a_tree_of_good_broken_and_other_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    make_tree(&input, 12);
    let odd = input.join("odd");
    fs::create_dir_all(&odd).unwrap();
    for f in ["truncated.svg", "mismatched.svg", "png-named.svg", "not-svg.svg", "empty.svg"] {
        fs::copy(fixture(f), odd.join(f)).unwrap();
    }
    fs::write(odd.join("notes.txt"), "not a drawing").unwrap();
    fs::write(odd.join("table.csv"), "id,x,y\n").unwrap();
    // SVG by content, whatever its name; svgz by its magic bytes
    fs::copy(fixture("two-nodes.svg"), odd.join("drawing.xml")).unwrap();
    // A page's drawings, each a row and numbered outputs; a page with none
    // is no input.
    fs::copy(fixture("page.html"), odd.join("page.html")).unwrap();
    fs::write(odd.join("about.html"), "<!DOCTYPE html><p>no figure</p>").unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &fs::read(fixture("two-nodes.svg")).unwrap()).unwrap();
    fs::write(odd.join("packed.bin"), gz.finish().unwrap()).unwrap();
    let out = tmp.path().join("out");

    bin()
        .current_dir(tmp.path())
        .args(["batch", "in", "-o", "out"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("in/odd/truncated.svg:4:3: malformed XML"))
        .stderr(predicate::str::contains("in/odd/not-svg.svg: it holds no SVG drawing"))
        .stderr(predicate::str::contains(
            "batch: 16 converted, 5 failed, 0 skipped (outputs existed), 3 not SVG",
        ));
    let files = tree(&out);
    assert_eq!(files.len(), 2 * 16, "{:?}", files.keys().collect::<Vec<_>>());
    assert_eq!(nodes_of(&files, "in/odd/page.1.nodes.csv").lines().count(), 4);
    assert_eq!(nodes_of(&files, "in/odd/page.2.nodes.csv").lines().count(), 3);
    let nodes = |p: &str| String::from_utf8(files[Path::new(p)].clone()).unwrap();
    assert!(nodes("in/part0/sub0/g0000.nodes.csv").starts_with("id,x,y,r,"));
    assert_eq!(nodes("in/odd/drawing.nodes.csv").lines().count(), 3);
    assert_eq!(nodes("in/odd/packed.nodes.csv").lines().count(), 3);
    // every failure listed with its reason, in input order
    let rows = manifest_rows(&out.join("manifest.csv"));
    assert_eq!(rows.len(), 21);
    let failed: Vec<(&str, &str)> =
        rows.iter().filter(|r| r[2] == "failed").map(|r| (r[0].as_str(), r[6].as_str())).collect();
    assert_eq!(failed.len(), 5);
    assert_eq!(failed[0].0, "in/odd/empty.svg");
    assert!(failed[0].1.contains("no root element"), "{}", failed[0].1);
    let ok = rows.iter().find(|r| r[0] == "in/part0/sub0/g0000.svg").unwrap();
    assert_eq!((ok[1].as_str(), ok[2].as_str(), ok[3].as_str()), ("", "ok", "8"));
    let page: Vec<_> = rows
        .iter()
        .filter(|r| r[0] == "in/odd/page.html")
        .map(|r| (r[1].as_str(), r[2].as_str(), r[3].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(page, [("1", "ok", "3", "2"), ("2", "ok", "2", "1")]);
}

#[test]
fn missing_paths_fail_and_symlink_loops_are_left_out() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    make_tree(&input, 2);
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", input.join("part0").join("back")).unwrap();
    let out = tmp.path().join("out");
    let assert = bin()
        .arg("batch")
        .arg(&input)
        .arg(tmp.path().join("no-such-file.svg"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-file.svg: No such file or directory"));
    #[cfg(unix)]
    assert.stderr(predicate::str::contains("left out (symbolic link loop)"));
    assert_eq!(tree(&out).len(), 4);
}

#[test]
fn outputs_do_not_depend_on_the_number_of_jobs() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    make_tree(&input, 30);
    for jobs in ["1", "4"] {
        bin()
            .current_dir(tmp.path())
            .args(["batch", "in", "-q", "-j", jobs, "-o"])
            .arg(jobs)
            .assert()
            .success();
    }
    let (one, four) = (tree(&tmp.path().join("1")), tree(&tmp.path().join("4")));
    assert_eq!(one.len(), 60);
    assert_eq!(one, four);
    assert_eq!(
        manifest_rows(&tmp.path().join("1/manifest.csv")),
        manifest_rows(&tmp.path().join("4/manifest.csv"))
    );
}

#[test]
fn shards_together_equal_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    make_tree(&tmp.path().join("in"), 25);
    bin().current_dir(tmp.path()).args(["batch", "in", "-q", "-o", "full"]).assert().success();
    for k in 0..3 {
        bin()
            .current_dir(tmp.path())
            .args(["batch", "in", "-q", "-o", "sharded", "--shard", &format!("{k}/3")])
            .assert()
            .success();
    }
    let shard_rows: usize = (0..3)
        .map(|k| {
            manifest_rows(&tmp.path().join(format!("sharded/manifest.shard-{k}-of-3.csv"))).len()
        })
        .sum();
    assert_eq!(shard_rows, 25);
    bin()
        .current_dir(tmp.path())
        .args(["merge-manifests", "-o", "sharded/manifest.csv"])
        .args((0..3).map(|k| format!("sharded/manifest.shard-{k}-of-3.csv")))
        .assert()
        .success()
        .stderr(predicate::str::contains("25 inputs from 3 manifests (0 failed)"))
        .stderr(predicate::str::contains("warning").not());
    assert_eq!(tree(&tmp.path().join("full")), tree(&tmp.path().join("sharded")));
    // A shard left out is named.
    bin()
        .current_dir(tmp.path())
        .args(["merge-manifests", "-o", "partial.csv"])
        .args([0, 2].map(|k| format!("sharded/manifest.shard-{k}-of-3.csv")))
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: no manifest of shard 1/3"));
    assert_eq!(
        manifest_rows(&tmp.path().join("full/manifest.csv")),
        manifest_rows(&tmp.path().join("sharded/manifest.csv"))
    );
    bin()
        .args(["batch", "in", "-o", "x", "--shard", "3/3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("0 <= K < N"));
}

#[test]
fn inputs_listed_in_a_file_and_on_stdin() {
    let tmp = tempfile::tempdir().unwrap();
    make_tree(&tmp.path().join("in"), 4);
    bin()
        .current_dir(tmp.path())
        .args(["batch", "-q", "--files-from", "-", "-o", "out"])
        .write_stdin("in/part0/sub0/g0000.svg\n\nin/part1/sub1/g0001.svg\n")
        .assert()
        .success();
    assert_eq!(tree(&tmp.path().join("out")).len(), 4);
    bin().args(["batch", "-o", "out"]).assert().code(2);
}

#[test]
fn skip_existing_converts_only_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    make_tree(&tmp.path().join("in"), 6);
    bin().current_dir(tmp.path()).args(["batch", "in", "-q", "-o", "out"]).assert().success();
    let before = tree(&tmp.path().join("out"));
    let first = manifest_rows(&tmp.path().join("out/manifest.csv"));
    let gone = Path::new("in/part2/sub0/g0002.edges.csv");
    fs::remove_file(tmp.path().join("out").join(gone)).unwrap();
    // Twice: a rerun of a rerun still knows the counts of the first run.
    for rerun in 0..2 {
        bin()
            .current_dir(tmp.path())
            .args(["batch", "in", "--skip-existing", "-o", "out"])
            .assert()
            .success()
            .stderr(predicate::str::contains("converted, 0 failed, "));
        assert_eq!(tree(&tmp.path().join("out")), before);
        // Skipped rows keep the counts of the run that made the outputs.
        let rows = manifest_rows(&tmp.path().join("out/manifest.csv"));
        assert_eq!(rows.len(), first.len());
        for (now, then) in rows.iter().zip(&first) {
            assert_eq!((&now[0], &now[2..5]), (&then[0], &then[2..5]), "{now:?}");
            let made = rerun == 0 && now[0].ends_with("g0002.svg");
            assert_eq!(now[1], if made { "ok" } else { "skipped" }, "{now:?}");
        }
    }
    // Without an earlier manifest the counts are not known, and not made up.
    fs::remove_file(tmp.path().join("out/manifest.csv")).unwrap();
    bin()
        .current_dir(tmp.path())
        .args(["batch", "in", "-q", "--skip-existing", "-o", "out"])
        .assert()
        .success();
    let rows = manifest_rows(&tmp.path().join("out/manifest.csv"));
    assert!(rows.iter().all(|r| r[1] == "skipped" && r[2..5] == ["", "", ""]), "{rows:?}");
    // A manifest that is not one is an error, not a guess.
    fs::write(tmp.path().join("out/manifest.csv"), "id,x\n").unwrap();
    bin()
        .current_dir(tmp.path())
        .args(["batch", "in", "-q", "--skip-existing", "-o", "out"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("out/manifest.csv"))
        .stderr(predicate::str::contains("not a manifest"));
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir_all(&input).unwrap();
    fs::copy(fixture("truncated.svg"), input.join("a.svg")).unwrap();
    for k in 0..50 {
        fs::write(input.join(format!("b{k:02}.svg")), drawing(10, k)).unwrap();
    }
    bin()
        .current_dir(tmp.path())
        .args(["batch", "in", "--fail-fast", "-j", "1", "-o", "out"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 failed"))
        .stderr(predicate::str::contains("50 stopped before done"));
    // Every input is listed, those never begun marked so.
    let rows = manifest_rows(&tmp.path().join("out/manifest.csv"));
    assert_eq!(rows.len(), 51);
    assert_eq!((rows[0][0].as_str(), rows[0][1].as_str()), ("in/a.svg", "failed"));
    assert!(rows[1..].iter().all(|r| r[1] == "not-started" && r[2].is_empty()), "{rows:?}");
}

/// A batch stopped by SIGTERM halfway leaves only whole outputs; resumed
/// with --skip-existing, it ends with exactly what one run gives.
#[cfg(unix)]
#[test]
fn a_stopped_batch_resumes_to_the_same_outputs() {
    use std::time::{Duration, Instant};
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    // Enough work to stop in the middle: a few thousand small drawings.
    for k in 0..3000 {
        let dir = input.join(format!("d{}", k % 10));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(format!("g{k:04}.svg")), drawing(40, k)).unwrap();
    }
    bin().current_dir(tmp.path()).args(["batch", "in", "-q", "-o", "whole"]).assert().success();
    let whole = tree(&tmp.path().join("whole"));

    let exe = assert_cmd::cargo::cargo_bin("svg2graph");
    let mut child = std::process::Command::new(exe)
        .current_dir(tmp.path())
        .args(["batch", "in", "-q", "-j", "1", "-o", "part"])
        .spawn()
        .unwrap();
    // Stop it once some outputs are there.
    let started = Instant::now();
    while tree(&tmp.path().join("part")).len() < 200 && started.elapsed() < Duration::from_mins(1) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let kill = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    assert!(kill.unwrap().success());
    let status = child.wait().unwrap();
    let part = tree(&tmp.path().join("part"));
    assert_eq!(status.code(), Some(130), "stopped by the signal, not finished");
    assert!(part.len() < whole.len(), "stopped before the end");
    for (path, bytes) in &part {
        assert!(!path.to_string_lossy().ends_with(".tmp"), "a partial file remains: {path:?}");
        assert_eq!(whole.get(path), Some(bytes), "{path:?} differs");
    }
    bin()
        .current_dir(tmp.path())
        .args(["batch", "in", "-q", "--skip-existing", "-o", "part"])
        .assert()
        .success();
    assert_eq!(tree(&tmp.path().join("part")), whole);
}

#[test]
fn batch_writes_the_chosen_format() {
    let tmp = tempfile::tempdir().unwrap();
    make_tree(&tmp.path().join("in"), 3);
    bin()
        .current_dir(tmp.path())
        .args(["batch", "in", "-q", "--format", "graphml", "-o", "out"])
        .assert()
        .success();
    let files: Vec<PathBuf> = tree(&tmp.path().join("out")).into_keys().collect();
    assert_eq!(
        files,
        [
            "in/part0/sub0/g0000.graphml",
            "in/part1/sub1/g0001.graphml",
            "in/part2/sub0/g0002.graphml"
        ]
        .map(PathBuf::from)
    );
}
