//! The binary as a user runs it: outputs, messages, exit codes.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::fixture;

fn bin() -> Command {
    Command::cargo_bin("svg2graph").unwrap()
}

#[test]
fn writes_both_csvs_and_a_summary_line() {
    let dir = tempfile::tempdir().unwrap();
    let (n, e) = (dir.path().join("n.csv"), dir.path().join("e.csv"));
    bin()
        .arg("extract")
        .arg(fixture("two-nodes.svg"))
        .arg("--nodes")
        .arg(&n)
        .arg("--edges")
        .arg(&e)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::ends_with(
            "two-nodes.svg: 2 nodes, 1 edges (0 dangling, 0 self-touching)\n",
        ));
    assert_eq!(
        fs::read_to_string(&n).unwrap(),
        "id,x,y,r,label,fill,stroke,class,svg_id,shape,opacity\n\
         alice,10,25,5,alice,#ff0000,,,,circle,1\n\
         bob,90,25,5,,#0000ff,,person,bob,circle,1\n"
    );
    assert_eq!(
        fs::read_to_string(&e).unwrap(),
        "source,target,stroke,stroke_width,class,svg_id,directed,label,weight,opacity\nalice,bob,#999999,1,link,l1,false,,,1\n"
    );
    // no temporary files left beside the outputs
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn edges_go_to_stdout_without_edges_flag() {
    bin()
        .args(["extract", "--quiet"])
        .arg(fixture("two-nodes.svg"))
        .assert()
        .success()
        .stdout("source,target,stroke,stroke_width,class,svg_id,directed,label,weight,opacity\nalice,bob,#999999,1,link,l1,false,,,1\n")
        .stderr("");
}

#[test]
fn reads_standard_input() {
    bin()
        .args(["extract", "-"])
        .write_stdin(fs::read(fixture("two-nodes.svg")).unwrap())
        .assert()
        .success()
        .stdout(predicate::str::contains("alice,bob"))
        .stderr(predicate::str::starts_with("<stdin>: 2 nodes, 1 edges"));
}

#[test]
fn json_report_replaces_the_summary() {
    let out = bin()
        .args(["extract", "--json"])
        .arg(fixture("warnings.svg"))
        .assert()
        .success()
        .get_output()
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(report["nodes"], 2);
    assert_eq!(report["edges"], 1);
    assert_eq!(report["dangling"], 1);
    assert_eq!(report["self_touching"], 1);
    assert_eq!(report["warning_count"], 4);
    let first = &report["warnings"][0];
    assert_eq!(first["position"]["line"], 2);
    assert!(first["message"].as_str().unwrap().contains("cx=\"abc\""));
    let dangling = &report["warnings"][2];
    assert_eq!(
        (dangling["position"]["line"].as_u64(), dangling["position"]["column"].as_u64()),
        (Some(7), Some(3))
    );
    assert!(dangling["message"].as_str().unwrap().contains("touches no node"));
}

#[test]
fn warnings_name_file_line_and_column() {
    bin()
        .arg("extract")
        .arg(fixture("warnings.svg"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warnings.svg:2:3: warning: <circle> skipped: cx=\"abc\" is not a usable number",
        ))
        .stderr(predicate::str::contains("(1 dangling, 1 self-touching)"));
}

/// Each broken input: one line naming the file (and position), exit 1, and
/// no output file left behind.
fn fails_cleanly(name: &str, expected: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (n, e) = (dir.path().join("n.csv"), dir.path().join("e.csv"));
    let out = bin()
        .arg("extract")
        .arg(fixture(name))
        .arg("--nodes")
        .arg(&n)
        .arg("--edges")
        .arg(&e)
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("svg2graph: "), "{err}");
    assert!(err.contains(&format!("{name}:")), "{err}");
    assert!(err.contains(expected), "{err}");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "output left behind");
}

#[test]
fn empty_file_fails_cleanly() {
    fails_cleanly("empty.svg", "no root element");
}

#[test]
fn binary_file_fails_cleanly() {
    fails_cleanly("png-named.svg", "png-named.svg: this is a PNG image, not an SVG drawing");
}

#[test]
fn truncated_file_fails_cleanly() {
    fails_cleanly("truncated.svg", "truncated.svg:4:3: malformed XML");
}

#[test]
fn unclosed_elements_fail_cleanly() {
    fails_cleanly("unclosed.svg", "truncated");
}

#[test]
fn mismatched_tags_fail_cleanly() {
    fails_cleanly("mismatched.svg", "mismatched.svg:4:3: malformed XML");
}

#[test]
fn non_svg_root_fails_cleanly() {
    fails_cleanly("not-svg.svg", "not-svg.svg: it holds no SVG drawing");
}

#[test]
fn missing_file_fails_cleanly() {
    fails_cleanly("no-such-file.svg", "no-such-file.svg: ");
}

#[test]
fn usage_errors_exit_2() {
    bin().arg("extract").assert().code(2);
    bin()
        .args(["extract", "x.svg", "--tolerance", "-1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--tolerance -1: must be a finite number"));
    bin().args(["extract", "x.svg", "--tolerance", "nan"]).assert().code(2);
    bin().args(["frobnicate"]).assert().code(2);
    // an unusable selector is the command line's fault, not the file's
    bin()
        .arg("extract")
        .arg(fixture("two-nodes.svg"))
        .args(["--ignore", "::nonsense(("])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("svg2graph: --ignore"));
}

#[test]
fn help_lists_exit_codes_and_examples() {
    bin()
        .args(["extract", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes: 0 success"))
        .stdout(predicate::str::contains("Examples:"));
}

#[test]
fn an_existing_output_is_replaced_only_on_success() {
    let dir = tempfile::tempdir().unwrap();
    let e = dir.path().join("e.csv");
    fs::write(&e, "previous").unwrap();
    bin().arg("extract").arg(fixture("truncated.svg")).arg("--edges").arg(&e).assert().code(1);
    assert_eq!(fs::read_to_string(&e).unwrap(), "previous");
    bin().arg("extract").arg(fixture("two-nodes.svg")).arg("--edges").arg(&e).assert().success();
    assert!(fs::read_to_string(&e).unwrap().starts_with("source,target"));
}

#[test]
fn same_input_gives_the_same_bytes() {
    let run = || {
        bin()
            .args(["extract", "--quiet"])
            .arg(fixture("../../samples/social-network.svg"))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let first = run();
    assert!(first.len() > 1000);
    assert_eq!(first, run());
}

/// Outputs that are not regular files (here a named pipe, as `/dev/stdout`
/// can be) are written in place, never replaced by a renamed file.
#[cfg(unix)]
#[test]
fn outputs_to_pipes_are_written_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("nodes.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "this test needs mkfifo (coreutils)");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    bin()
        .args(["extract", "--quiet"])
        .arg(fixture("two-nodes.svg"))
        .arg("--nodes")
        .arg(&fifo)
        .assert()
        .success();
    let got = reader.join().unwrap();
    assert!(got.starts_with("id,x,y,r"), "{got}");
    let meta = fs::symlink_metadata(&fifo).unwrap();
    assert!(!meta.is_file(), "the pipe was replaced by a file");
}

#[test]
fn output_format_from_the_extension_or_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.graphml");
    bin()
        .args(["extract", "-q"])
        .arg(fixture("two-nodes.svg"))
        .arg("-o")
        .arg(&g)
        .assert()
        .success()
        .stdout("");
    let text = fs::read_to_string(&g).unwrap();
    assert!(text.contains(r#"<graph id="G" edgedefault="undirected">"#), "{text}");
    assert!(text.contains(r#"<edge id="e0" source="alice" target="bob">"#), "{text}");
    // to standard output, with --format
    bin()
        .args(["extract", "-q", "--format", "gml", "-o", "-"])
        .arg(fixture("two-nodes.svg"))
        .assert()
        .success()
        .stdout(predicate::str::starts_with("graph [\n  directed 0\n"));
    // the pair formats take a prefix
    let prefix = dir.path().join("x");
    bin()
        .args(["extract", "-q", "--format", "neo4j"])
        .arg(fixture("two-nodes.svg"))
        .arg("-o")
        .arg(&prefix)
        .assert()
        .success();
    let nodes = fs::read_to_string(dir.path().join("x.nodes.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,label,x:double,"), "{nodes}");
    assert!(
        fs::read_to_string(dir.path().join("x.edges.csv")).unwrap().contains("alice,bob,LINK,")
    );
}

#[test]
fn output_choices_that_cannot_work_are_usage_errors() {
    let two = fixture("two-nodes.svg");
    for (args, message) in [
        (vec!["-o", "-"], "--output - needs --format"),
        (vec!["-o", "graph.txt"], "cannot tell the format"),
        (vec!["-o", "-", "--format", "csv"], "writes two files"),
        (
            vec!["--format", "dot", "--nodes", "n.csv"],
            "--nodes and --edges are for the two-file formats",
        ),
    ] {
        bin()
            .arg("extract")
            .arg(&two)
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
}

/// The drawing at `svg` in `format`, written to standard output.
fn in_format(svg: &std::path::Path, format: &str) -> String {
    let out =
        bin().args(["extract", "-q", "--format", format, "-o", "-"]).arg(svg).output().unwrap();
    assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn labels_with_markup_characters_survive_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("odd.svg");
    fs::write(
        &svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg"><line x1="0" y1="0" x2="100" y2="0" stroke="black"/>
        <circle id="a &quot;q&quot; &lt;&amp;&gt;" cx="0" cy="0" r="5"><title>Zoë &amp; "Al" &lt;x&gt;</title></circle>
        <circle id="b c" cx="100" cy="0" r="5"/></svg>"#,
    )
    .unwrap();
    let run = |format: &str| in_format(&svg, format);
    assert!(run("graphml").contains(r#"<node id="a &quot;q&quot; &lt;&amp;&gt;">"#));
    assert!(run("gexf").contains("Zoë &amp; &quot;Al&quot; &lt;x&gt;"));
    assert!(run("gml").contains(r#"text "Zo&#235; &amp; &quot;Al&quot; <x>""#));
    assert!(run("json").contains(r#""id":"a \"q\" <&>""#));
    assert!(run("dot").contains(r#""a \"q\" <&>" -- "b c""#));
    assert!(run("pajek").contains(r#"1 "a 'q' <&>" 0 0"#));
    assert_eq!(run("edgelist"), "a%20\"q\"%20<&> b%20c\n");
}

#[test]
fn colours_are_written_as_hex_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("paints.svg");
    // One red written four ways; `currentColor` takes `color`, inherited
    // (from a style sheet), or black where none is set; translucent
    // colours keep their alpha; gradients and `none` stay as written.
    fs::write(
        &svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg"><style>g { color: Teal }</style>
        <g stroke="RGB(0, 0, 255)">
          <line x1="0" y1="0" x2="100" y2="0"/><line x1="100" y1="0" x2="200" y2="0" stroke="currentColor"/>
          <line x1="200" y1="0" x2="300" y2="0" stroke="rgba(0,0,0,0.5)"/>
        </g>
        <circle id="a" cx="0" cy="0" r="5" fill="red" stroke="#F00"/>
        <circle id="b" cx="100" cy="0" r="5" fill="rgb(100%,0%,0%)" stroke="hsl(0, 100%, 50%)"/>
        <circle id="c" cx="200" cy="0" r="5" fill="currentColor" stroke="none"/>
        <circle id="d" cx="300" cy="0" r="5" fill="url(#g)" style="color: #abc; stroke: currentColor"/></svg>"##,
    )
    .unwrap();
    let out = |format: &str| in_format(&svg, format);
    let run = bin()
        .args(["extract", "-q", "--nodes", "-", "--edges"])
        .arg(dir.path().join("e.csv"))
        .arg(&svg)
        .output()
        .unwrap();
    let nodes = String::from_utf8(run.stdout).unwrap();
    let paints: Vec<String> = nodes
        .lines()
        .skip(1)
        .map(|l| l.split(',').skip(5).take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(paints, ["#ff0000 #ff0000", "#ff0000 #ff0000", "#000000 none", "url(#g) #aabbcc"]);
    let edges = fs::read_to_string(dir.path().join("e.csv")).unwrap();
    let strokes: Vec<&str> = edges.lines().skip(1).map(|l| l.split(',').nth(2).unwrap()).collect();
    assert_eq!(strokes, ["#0000ff", "#008080", "#00000080"]);
    for format in ["graphml", "gexf", "gml", "json", "dot"] {
        let text = out(format);
        for written in
            ["red", "#F00", "rgb(", "hsl(", "RGB(", "currentColor", "Teal", "#abc\"", "#abc;"]
        {
            assert!(!text.contains(written), "{format} writes {written}: {text}");
        }
    }
    assert!(out("json").contains(r##""fill":"#ff0000""##));
}

#[test]
fn stats_summarise_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("g.svg");
    // a triangle, a pendant, a parallel edge, a loop ring is not drawn;
    // one isolated node
    fs::write(
        &svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" stroke="black">
        <line x1="0" y1="0" x2="100" y2="0"/><line x1="100" y1="0" x2="50" y2="80"/>
        <line x1="50" y1="80" x2="0" y2="0"/><line x1="0" y1="0" x2="100" y2="0"/>
        <line x1="100" y1="0" x2="200" y2="0"/>
        <circle cx="0" cy="0" r="5"/><circle cx="100" cy="0" r="5"/><circle cx="50" cy="80" r="5"/>
        <circle cx="200" cy="0" r="5"/><circle cx="300" cy="300" r="5"/></svg>"#,
    )
    .unwrap();
    let out = bin().args(["stats", "--json"]).arg(&svg).output().unwrap();
    assert!(out.status.success());
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["nodes"], 5);
    assert_eq!(s["edges"], 5);
    assert_eq!(s["directed"], false);
    assert_eq!(s["density"], 0.5);
    assert_eq!(
        (s["degree_min"].as_u64(), s["degree_median"].as_u64(), s["degree_max"].as_u64()),
        (Some(0), Some(2), Some(4))
    );
    assert_eq!(s["components"], 2);
    assert_eq!(s["largest_components"], serde_json::json!([4, 1]));
    assert_eq!(
        (s["isolated"].as_u64(), s["self_loops"].as_u64(), s["parallel_edges"].as_u64()),
        (Some(1), Some(0), Some(1))
    );
    bin()
        .arg("stats")
        .arg(&svg)
        .assert()
        .success()
        .stdout(predicate::str::contains("5 nodes, 5 edges, undirected, density 0.5000"))
        .stdout(predicate::str::contains("degree: min 0, median 2, max 4"))
        .stdout(predicate::str::contains("components: 2 (largest: 4, 1)"))
        .stdout(predicate::str::contains("isolated nodes: 1, self-loops: 0, parallel edges: 1"));
}

#[test]
fn previews_draw_what_was_found_over_the_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("g.svg");
    let original = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><g stroke="black">
        <line x1="10" y1="50" x2="110" y2="50"/><line x1="110" y1="50" x2="160" y2="90"/></g>
        <circle cx="10" cy="50" r="5"/><circle id="b" cx="110" cy="50" r="5"><title>Bee</title></circle>
    </svg>"#;
    fs::write(&svg, original).unwrap();
    let preview = dir.path().join("p.svg");
    bin().args(["extract", "-q"]).arg(&svg).arg("--preview").arg(&preview).assert().success();
    let text = fs::read_to_string(&preview).unwrap();
    // the drawing, byte for byte, with the overlay as the root's last child
    let at = text.find(r#"<g id="svg2graph-preview""#).unwrap();
    assert_eq!(&text[..at], &original[..original.rfind("</svg>").unwrap()]);
    assert!(text.ends_with("</svg>"));
    assert!(text.contains("<title>n1 -- b</title>"));
    assert!(text.contains("<title>b (Bee)</title>"));
    assert!(text.contains("<title>not an edge: an end touches no node</title>"));
    assert!(text.contains(">1 strokes with a loose end<"));
    // it is well-formed: the tool reads it back, the overlay's rings and
    // lines being shapes like any other
    bin().args(["extract", "-q"]).arg(&preview).assert().success();
    // rendered
    let png = dir.path().join("p.png");
    bin().args(["extract", "-q"]).arg(&svg).arg("--preview").arg(&png).assert().success();
    assert!(fs::read(&png).unwrap().starts_with(b"\x89PNG\r\n\x1a\n"));
    // standard input cannot be read twice
    bin()
        .args(["extract", "-", "--preview"])
        .arg(dir.path().join("x.svg"))
        .write_stdin(original)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--preview needs the drawing as a file"));
}

#[test]
fn previews_box_the_shapes_set_aside_by_role_whatever_the_drawings_style_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("g.svg");
    // svglite styles every line and rect of the drawing by class; a
    // background rect and a label's glyph-free box are set aside.
    fs::write(
        &svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="svglite" viewBox="0 0 200 100">
        <style>.svglite line, .svglite rect, .svglite circle { fill: none; stroke: #000000; }</style>
        <rect width="100%" height="100%" style="stroke: none; fill: #FFFFFF;"/>
        <line x1="10" y1="50" x2="110" y2="50"/>
        <circle cx="10" cy="50" r="5" style="fill: #9cf"/><circle cx="110" cy="50" r="5" style="fill: #9cf"/>
    </svg>"#,
    )
    .unwrap();
    let preview = dir.path().join("p.svg");
    bin().args(["extract", "-q"]).arg(&svg).arg("--preview").arg(&preview).assert().success();
    let text = fs::read_to_string(&preview).unwrap();
    assert!(text.contains("<title>container</title>"), "{text}");
    assert!(text.contains(">1 shapes set aside: container<"), "{text}");
    // Every element of the overlay carries its own style, which a style
    // sheet's class rules do not override.
    let overlay = &text[text.find(r#"<g id="svg2graph-preview""#).unwrap()..];
    for tag in ["<line ", "<rect ", "<circle "] {
        for el in overlay.split(tag).skip(1) {
            assert!(el.split('>').next().unwrap().contains("style=\""), "{tag}{el}");
        }
    }
}

#[cfg(unix)]
#[test]
fn dev_stdout_as_an_output_follows_the_other_output() {
    // `--nodes /dev/stdout > file`: both CSVs end up in the file, in order
    // (the file is written through, not replaced).
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("both.txt");
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("svg2graph"))
        .args(["extract", "-q", "--nodes", "/dev/stdout"])
        .arg(fixture("two-nodes.svg"))
        .stdout(fs::File::create(&out).unwrap())
        .status()
        .unwrap();
    assert!(status.success());
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("id,x,y,r,"), "{text}");
    assert!(text.contains("\nsource,target,"), "{text}");
    assert!(text.ends_with("alice,bob,#999999,1,link,l1,false,,,1\n"), "{text}");
}

#[test]
fn json_reports_carry_the_same_error_text() {
    let out = bin().args(["extract", "--json"]).arg(fixture("truncated.svg")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    let plain = bin().arg("extract").arg(fixture("truncated.svg")).output().unwrap();
    let line = String::from_utf8(plain.stderr).unwrap();
    assert_eq!(format!("svg2graph: {}\n", v["error"].as_str().unwrap()), line);
}

#[test]
fn a_dash_for_nodes_or_edges_is_standard_output() {
    // `--nodes - --edges FILE`: the nodes CSV on standard output, the
    // edges in the file, and no file named `-` anywhere.
    let dir = tempfile::tempdir().unwrap();
    let edges = dir.path().join("e.csv");
    bin()
        .current_dir(dir.path())
        .args(["extract", "-q", "--nodes", "-", "--edges"])
        .arg(&edges)
        .arg(fixture("two-nodes.svg"))
        .assert()
        .success()
        .stdout(predicate::str::starts_with("id,x,y,r,").and(predicate::str::contains("\nbob,")))
        .stderr("");
    assert!(fs::read_to_string(&edges).unwrap().contains("alice,bob"));
    bin()
        .current_dir(dir.path())
        .args(["extract", "-q", "--edges", "-"])
        .arg(fixture("two-nodes.svg"))
        .assert()
        .success()
        .stdout(predicate::str::starts_with("source,target,"));
    assert!(!dir.path().join("-").exists());
    // Both to standard output, one after the other, would not read back.
    for edges in [None, Some("-")] {
        let mut cmd = bin();
        cmd.args(["extract", "--nodes", "-"]).arg(fixture("two-nodes.svg"));
        if let Some(e) = edges {
            cmd.args(["--edges", e]);
        }
        cmd.assert().code(2).stdout("").stderr(predicate::str::contains(
            "--nodes - writes the nodes to standard output, where the edges go too: give --edges FILE",
        ));
    }
}

#[test]
fn selectors_that_cannot_match_are_usage_errors() {
    for (sel, piece) in [("circle:hover", ":hover"), ("[fill=gold]", "[fill=gold]")] {
        bin()
            .args(["extract", "--node-selector", sel])
            .arg(fixture("two-nodes.svg"))
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!(
                "--node-selector {sel:?}: {piece:?} is not supported"
            )));
    }
}

#[test]
fn a_page_or_notebook_gives_each_drawing_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    // Several drawings, and the edges would go to standard output: choose.
    for input in ["page.html", "notebook.ipynb"] {
        bin()
            .arg("extract")
            .arg(fixture(input))
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(
                "it holds 2 drawings: choose one with --pick N (1 to 2), or write each to numbered files",
            ));
    }
    // --pick chooses one; the summary says which.
    bin()
        .args(["extract", "--pick", "2"])
        .arg(fixture("page.html"))
        .assert()
        .success()
        .stdout(predicate::str::starts_with("source,target").and(predicate::str::contains("n1,n2")))
        .stderr(predicate::str::ends_with(
            "page.html (drawing 2, line 18): 2 nodes, 1 edges (0 dangling, 0 self-touching)\n",
        ));
    bin()
        .args(["extract", "--pick", "3"])
        .arg(fixture("page.html"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--pick 3: it holds 2 drawings"));
    bin()
        .args(["extract", "--pick", "2"])
        .arg(fixture("two-nodes.svg"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--pick 2: it is one SVG drawing"));
    // Numbered outputs: -o g.graphml gives g.1.graphml, g.2.graphml; a
    // pair's prefix is numbered before .nodes.csv.
    let g = dir.path().join("g.graphml");
    bin().arg("extract").arg(fixture("notebook.ipynb")).arg("-o").arg(&g).assert().success();
    let one = fs::read_to_string(dir.path().join("g.1.graphml")).unwrap();
    let two = fs::read_to_string(dir.path().join("g.2.graphml")).unwrap();
    assert_eq!((one.matches("<node ").count(), one.matches("<edge ").count()), (3, 7));
    assert_eq!((two.matches("<node ").count(), two.matches("<edge ").count()), (4, 4));
    assert!(!g.exists());
    let pair = dir.path().join("p");
    bin()
        .arg("extract")
        .arg(fixture("page.html"))
        .args(["--format", "csv", "-o"])
        .arg(&pair)
        .assert()
        .success();
    let edges = fs::read_to_string(dir.path().join("p.1.edges.csv")).unwrap();
    assert_eq!(edges.lines().count(), 3, "{edges}");
    assert!(dir.path().join("p.2.nodes.csv").exists());
}

#[test]
fn an_error_in_a_pages_drawing_is_placed_in_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("broken.html");
    fs::write(&page, "<html>\n<body>\n  <p>x</p><svg><circle r=\"1\"></svg>\n</body></html>\n")
        .unwrap();
    bin().arg("extract").arg(&page).assert().code(1).stderr(predicate::str::ends_with(
        "broken.html:3:30: malformed XML: ill-formed document: expected `</circle>`, but `</svg>` was found (in drawing 1, line 3)\n",
    ));
}

#[test]
fn a_warning_in_a_pages_drawing_is_placed_in_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("w.html");
    fs::write(
        &page,
        "<html>\n<body>\n<p>x</p>\n  <svg><circle cx=\"0\" cy=\"0\" r=\"5\"/><circle cx=\"50\" cy=\"0\" r=\"5\"/>\n\
         <line x1=\"5\" y1=\"0\" x2=\"45\" y2=\"0\" stroke=\"#000\" stroke-width=\"abc\"/></svg>\n</body></html>\n",
    )
    .unwrap();
    bin().arg("extract").arg(&page).assert().success().stderr(predicate::str::contains(
        "w.html:5:1: warning: stroke-width=\"abc\" is not a length; ignored (in drawing 1, line 4)\n",
    ));
    let json = bin().args(["extract", "--json"]).arg(&page).output().unwrap();
    let report = String::from_utf8(json.stderr).unwrap();
    assert!(report.contains(r#""position":{"line":5,"column":1"#), "{report}");
}

#[test]
fn a_page_on_standard_input_is_read_as_a_page() {
    bin()
        .args(["extract", "-", "--pick", "1"])
        .pipe_stdin(fixture("page.html"))
        .unwrap()
        .assert()
        .success()
        .stdout(predicate::str::contains("n2,n3"))
        .stderr(predicate::str::ends_with(
            "<stdin> (drawing 1, line 12): 3 nodes, 2 edges (0 dangling, 0 self-touching)\n",
        ));
}

#[test]
fn an_output_error_names_the_file_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no-such-folder").join("g.graphml");
    bin()
        .arg("extract")
        .arg(fixture("two-nodes.svg"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(format!("svg2graph: {}: No such file or directory (os error 2)\n", out.display()));
}
