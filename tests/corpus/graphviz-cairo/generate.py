#!/usr/bin/env python3
"""Regenerate the graphviz-cairo corpus: Graphviz drawings written by the
cairo SVG device (`-Tsvg:cairo`): glyph outlines as <symbol>/<use>, every
shape a <path> with a `transform="matrix(...)"`, no ids, classes or titles.

Every drawing is laid out ONCE per run: the same Graphviz invocation writes
the SVG and the -Tjson data (`dot -Tsvg:cairo -o X.svg -Tjson -o X.json`), so
truth and drawing share one layout.  Truth:
  * ids, edges, direction: the DOT source below (read back from -Tjson's
    "edges" tail/head);
  * positions: the centre of each node's drawn shape from -Tjson (the
    bounding box of its `_draw_` outline ops: ellipse / polygon / bezier;
    equal to the node's `pos` up to the 2-decimal rounding), in points with
    y up, mapped like the cairo device does: graphviz negates y and cairo
    writes the device matrix on every path, `transform="matrix(a,b,c,d,e,f)"`
    with (e, f) = (4, H+4) * scale for an unrotated drawing.  The script reads
    that matrix from the SVG, checks that every drawn path carries the same
    one and that it agrees with the -Tjson bounding box, and applies it to
    (x, -y);
  * label: the text strings Graphviz draws for the node (the "T" operations
    of the node's -Tjson `_ldraw_`), joined with a space.

Run:  python3 generate.py      (needs Graphviz with its cairo/pango plugin)
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def gv_version():
    out = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr
    m = re.search(r"version (\S+)", out)
    v = m.group(1) if m else "unknown"
    try:  # Debian's 2.42.2 package reports itself as 2.43.0
        deb = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "graphviz"],
                             capture_output=True, text=True).stdout.strip()
        if deb:
            v += " (Debian package %s)" % deb
    except OSError:
        pass
    return v


def cairo_version():
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libcairo2"],
                           capture_output=True, text=True).stdout.strip()
    except OSError:
        v = ""
    return "cairo " + v.split("-")[0] if v else "cairo"


def apply(m, x, y):
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def op_points(ops):
    pts = []
    for op in ops:
        if op["op"] in ("e", "E"):
            cx, cy, rx, ry = op["rect"]
            pts += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
        elif op["op"] in ("p", "P", "b", "B", "L"):
            pts += [tuple(p) for p in op["points"]]
    return pts


def drawn_centre(o):
    """Bounding-box centre of the node's outline ops in -Tjson `_draw_`
    (falls back to an HTML table's polygons in `_ldraw_`, then to `pos`)."""
    pts = op_points(o.get("_draw_", []))
    if not pts:
        pts = op_points(o.get("_ldraw_", []))
    if not pts:
        return [float(v) for v in o["pos"].split(",")]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)


def node_label(obj):
    texts = [op["text"] for op in obj.get("_ldraw_", []) if op.get("op") == "T"]
    texts = [t for t in texts if t.strip()]
    return " ".join(texts) if texts else None


def rnd(v):
    v = round(v, 4)
    return 0.0 if v == 0 else v


def cairo_matrix(svg, bb, rotated):
    mats = set(re.findall(r'transform="matrix\(([^)]*)\)"', svg))
    assert len(mats) == 1, mats
    M = tuple(float(v) for v in mats.pop().split(","))
    W, H = bb[2] - bb[0], bb[3] - bb[1]
    if not rotated:
        s = M[0]
        assert abs(M[1]) < 1e-9 and abs(M[2]) < 1e-9 and abs(M[3] - s) < 1e-9, M
        assert abs(M[4] - 4 * s) < 1e-5, (M, bb)
        # f is (H + 4) * s up to the page-size rounding cairo does (json's bb
        # has 2 decimals; neato drawings differ by up to ~0.05 pt): the matrix
        # written in the SVG is what places the drawing, so it is used as is.
        assert abs(M[5] - (H + 4) * s) < 0.1, (M, bb)
    else:
        # rotate=90: x' = (-y) + W... cairo rotates the page by -90 degrees
        assert abs(M[0]) < 1e-9 and abs(M[3]) < 1e-9, M
    return M


def build(name, engine, dot_src, notes):
    svg_path = os.path.join(HERE, name + ".svg")
    with tempfile.TemporaryDirectory() as td:
        jpath = os.path.join(td, "g.json")
        subprocess.run([engine, "-Tsvg:cairo", "-o", svg_path, "-Tjson", "-o", jpath],
                       input=dot_src.encode(), check=True)
        data = json.load(open(jpath))
    svg = open(svg_path).read()
    bb = [float(v) for v in data["bb"].split(",")]
    M = cairo_matrix(svg, bb, "rotate" in data or data.get("landscape") == "true")
    objs = {o["_gvid"]: o for o in data.get("objects", [])}
    nsub = data.get("_subgraph_cnt", 0)
    nodes = []
    for gid in sorted(objs):
        if gid < nsub:
            continue
        o = objs[gid]
        px, py = drawn_centre(o)
        x, y = apply(M, px, -py)
        n = {"id": o["name"], "x": rnd(x), "y": rnd(y)}
        lab = node_label(o)
        if lab is not None:
            n["label"] = lab
        nodes.append(n)
    edges = [[objs[e["tail"]]["name"], objs[e["head"]]["name"]] for e in data.get("edges", [])]
    directed = bool(data["directed"])
    seen, par = set(), []
    for a, b in edges:
        k = (a, b) if directed else tuple(sorted((a, b)))
        if k in seen and k not in par:
            par.append(k)
        seen.add(k)
    if par:
        notes += "; multigraph, parallel edges: " + ", ".join(
            "%s%s%s" % (a, "->" if directed else "--", b) for a, b in par)
    truth = {
        "generator": "graphviz %s %s -Tsvg:cairo (%s SVG surface)" % (gv_version(), engine, cairo_version()),
        "directed": directed,
        "nodes": nodes,
        "edges": edges,
        "notes": notes,
    }
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%-28s %3d nodes %3d edges" % (name, len(nodes), len(edges)))


def rng(seed):
    # tiny deterministic LCG so the script needs no third-party modules
    state = [seed & 0x7FFFFFFF]

    def r():
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] / 0x80000000
    return r


COMMON = ("All text is cairo glyph outlines (<symbol> paths in <defs> placed with <use x y>), "
          "every shape and edge is a <path> carrying transform=\"matrix(..)\", no titles/ids. ")

S = {}


def dag20():
    r = rng(20)
    lines = ["digraph dag {", "  node [shape=ellipse];"]
    n = 20
    for i in range(1, n):
        for p in sorted(set(int(r() * i) for _ in range(1 + int(r() * 2)))):
            lines.append("  v%d -> v%d;" % (p, i))
    lines.append("}")
    return "\n".join(lines) + "\n"


S["dot-dag-20"] = ("dot", dag20(),
    "dot layout of a random DAG (seeded), 20 ellipse nodes labelled with their names; node "
    "ellipses are closed 4-arc Bezier <path>s, arrowheads filled triangle <path>s")

S["dot-clusters"] = ("dot", r'''
digraph G {
  subgraph cluster_0 {
    style=filled; color=lightgrey; node [style=filled, color=white];
    a0 -> a1 -> a2 -> a3;
    label = "process #1";
  }
  subgraph cluster_1 {
    node [style=filled];
    b0 -> b1 -> b2 -> b3;
    label = "process #2"; color=blue;
  }
  start -> a0; start -> b0;
  a1 -> b3; b2 -> a3; a3 -> a0; a3 -> end; b3 -> end;
  start [shape=Mdiamond];
  end [shape=Msquare];
}
''', "Graphviz gallery 'cluster' example: two clusters (one a filled grey rectangle path, one a "
     "blue outline) that are not nodes; filled white / grey nodes; start is an Mdiamond (diamond "
     "with small corner strokes), end an Msquare")

S["dot-fsm-lr"] = ("dot", r'''
digraph finite_state_machine {
  rankdir=LR; size="8,5";
  node [shape=doublecircle]; LR_0 LR_3 LR_4 LR_8;
  node [shape=circle];
  LR_0 -> LR_2 [label="SS(B)"];
  LR_0 -> LR_1 [label="SS(S)"];
  LR_1 -> LR_3 [label="S($end)"];
  LR_2 -> LR_6 [label="SS(b)"];
  LR_2 -> LR_5 [label="SS(a)"];
  LR_2 -> LR_4 [label="S(A)"];
  LR_5 -> LR_7 [label="S(b)"];
  LR_5 -> LR_5 [label="S(a)"];
  LR_6 -> LR_6 [label="S(b)"];
  LR_6 -> LR_5 [label="S(a)"];
  LR_7 -> LR_8 [label="S(b)"];
  LR_7 -> LR_5 [label="S(a)"];
  LR_8 -> LR_6 [label="S(b)"];
  LR_8 -> LR_5 [label="S(a)"];
}
''', "Graphviz gallery finite-state machine, rankdir=LR, size=\"8,5\" (so the drawing is scaled: "
     "the matrix has a scale < 1); accept states doublecircle (two concentric circle paths), "
     "edge labels as glyphs, self-loops on LR_5 and LR_6")

S["dot-multi-selfloop"] = ("dot", r'''
digraph M {
  node [shape=circle];
  a -> b; a -> b; a -> b;
  b -> a; b -> a;
  a -> a; a -> a; a -> a [label="x"]; a -> a [label="retry"]; a -> a;
  b -> c; c -> d; d -> a;
  c -> c;
  d -> b [label="back"]; d -> b;
}
''', "parallel edges (a->b three times, b->a twice, d->b twice, one labelled) and five "
     "self-loops on node a (two labelled) plus one on c, in dot")

S["dot-landscape-scaled"] = ("dot", r'''
digraph build {
  rotate=90; size="5,5";
  node [shape=box, style="rounded,filled", fillcolor="#ddeeff", fontname="Helvetica"];
  src [label="src/"];
  lex [label="lexer.c"];
  par [label="parser.y"];
  gen [label="parser.c"];
  ast [label="ast.h"];
  obj1 [label="lexer.o"];
  obj2 [label="parser.o"];
  lib [label="libfoo.a", shape=box3d, style=filled];
  bin [label="foo\n(binary)", shape=doubleoctagon, style=filled];
  test [label="make test", shape=ellipse];
  src -> lex; src -> par; par -> gen [label="bison"]; lex -> obj1 [label="cc"];
  gen -> obj2 [label="cc"]; ast -> obj1; ast -> obj2; obj1 -> lib; obj2 -> lib;
  lib -> bin [label="ld"]; bin -> test;
}
''', "rotate=90 (landscape) with size=\"5,5\": the cairo matrix both rotates by -90 degrees and "
     "scales; node names differ from the drawn labels (src -> 'src/', bin -> 'foo (binary)'); "
     "rounded filled boxes, a box3d, a doubleoctagon, an ellipse; edge labels")


def neato30():
    r = rng(30)
    n = 30
    pts = [(r(), r()) for _ in range(n)]
    lines = ["graph rnd {", "  start=3; overlap=false; sep=\"+4\";",
             "  node [shape=circle, width=0.35, fixedsize=true, fontsize=10, style=filled, fillcolor=\"#ffeecc\"];"]
    for i in range(n):
        lines.append("  %d;" % i)
    es = set()
    for i in range(n):
        d = sorted(range(n), key=lambda j: (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2)
        for j in d[1:3]:
            es.add((min(i, j), max(i, j)))
    for a, b in sorted(es):
        lines.append("  %d -- %d;" % (a, b))
    lines.append("}")
    return "\n".join(lines) + "\n"


S["neato-random-30"] = ("neato", neato30(),
    "undirected neato layout (start=3) of a seeded 2-nearest-neighbour graph; 30 filled "
    "fixed-size circles with numeric glyph labels; straight edges")

S["neato-multigraph"] = ("neato", r'''
graph MG {
  start=9; overlap=false; sep="+20"; splines=true;
  node [shape=ellipse, style=filled, fillcolor="#e0ffe0"];
  a -- b; a -- b; a -- b;
  b -- c; b -- c;
  c -- d; d -- a; a -- c;
  d -- d; d -- d;
  e -- a; e -- e; e -- b; e -- b;
}
''', "undirected neato multigraph with splines=true: parallel edges (a--b x3, b--c x2, e--b x2) "
     "are spread as separate curves; self-loops on d (two) and e")


def fdp_clusters():
    r = rng(77)
    # No text at all: with labels (node or cluster) fdp 2.42 gives a different
    # layout on every run (text extents from pango vary in the last bits and
    # fdp's cluster layout amplifies that); without text it is reproducible.
    lines = ["graph F {", "  start=4; K=0.6;",
             "  node [shape=circle, label=\"\", width=0.25, fixedsize=true, style=filled, fillcolor=\"#99bbdd\"];"]
    groups = [["c%d_%d" % (g, i) for i in range(6 + g)] for g in range(3)]
    for g, ns in enumerate(groups):
        lines.append("  subgraph cluster_%d { style=\"rounded,filled\"; fillcolor=\"%s\"; %s; }"
                     % (g, ["#f4f4f4", "#fff2e0", "#e8f6e8"][g], "; ".join(ns)))
        for i in range(1, len(ns)):
            lines.append("  %s -- %s;" % (ns[int(r() * i)], ns[i]))
    free = ["f%d" % i for i in range(4)]
    for f in free:
        lines.append("  %s [shape=box, width=0.25, height=0.25, fillcolor=\"#dd9999\"];" % f)
    allg = sum(groups, [])
    for f in free:
        lines.append("  %s -- %s;" % (f, allg[int(r() * len(allg))]))
    for _ in range(4):
        a, b = allg[int(r() * len(allg))], allg[int(r() * len(allg))]
        if a != b:
            lines.append("  %s -- %s;" % (a, b))
    lines.append("}")
    return "\n".join(lines) + "\n"


S["fdp-clusters"] = ("fdp", fdp_clusters(),
    "undirected fdp layout (start=4) with three unlabelled clusters (filled rounded-rectangle "
    "paths, not nodes), 21 small unlabelled filled circles inside them and 4 free filled squares "
    "outside; edges cross cluster borders and some pass over other nodes; no text at all")

S["circo-ring-16"] = ("circo", "digraph C {\n  node [shape=circle, width=0.4, fixedsize=true];\n" +
    "".join("  r%d -> r%d;\n" % (i, (i + 1) % 16) for i in range(16)) +
    "  r0 -> r8; r4 -> r12; r2 -> r5; r10 -> r13; r7 -> r3;\n}\n",
    "circo layout of a directed 16-cycle with 5 chords; fixed-size circles with glyph labels")


def twopi_tree():
    r = rng(61)
    lines = ["graph T {", "  root=n0; ranksep=1.1; overlap=false;",
             "  node [shape=box, fontsize=9, height=0.25, width=0.3, margin=\"0.04,0.02\"];"]
    for i in range(1, 60):
        p = int(r() ** 1.6 * i)
        lines.append("  n%d -- n%d;" % (p, i))
    lines.append("}")
    return "\n".join(lines) + "\n"


S["twopi-tree-60"] = ("twopi", twopi_tree(),
    "twopi radial layout of a seeded 60-node random tree rooted at n0; small boxes (closed "
    "rectangle paths) with glyph labels; undirected")


def points150():
    r = rng(150)
    n = 150
    pts = [(r(), r()) for _ in range(n)]
    lines = ["graph P {", "  start=150; overlap=true;",
             "  node [shape=point, width=0.08];", "  edge [color=\"#555555\"];"]
    for i in range(n):
        lines.append("  p%d;" % i)
    es = set()
    for i in range(n):
        for j in range(i + 1, n):
            if (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2 < 0.012:
                es.add((i, j))
    for a, b in sorted(es):
        lines.append("  p%d -- p%d;" % (a, b))
    lines.append("}")
    return "\n".join(lines) + "\n"


S["neato-points-150"] = ("neato", points150(),
    "neato layout (start=150) of a seeded random geometric graph with 150 shape=point nodes "
    "(tiny filled circle paths, width 0.08 in), several components and isolated points; no labels")

S["dot-records-html"] = ("dot", r'''
digraph R {
  rankdir=LR;
  node [shape=record];
  s1 [label="<a> left|<b> mid|<c> right"];
  s2 [label="{<x> x|<y> y|<z> z}"];
  s3 [shape=Mrecord, label="{head|{<p> p|<q> q}}"];
  t [shape=plaintext, label=<
     <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0">
       <TR><TD PORT="h" BGCOLOR="lightyellow"><B>table</B></TD></TR>
       <TR><TD PORT="r1">row 1</TD></TR>
       <TR><TD PORT="r2">row 2</TD></TR>
     </TABLE>>];
  e [shape=ellipse, label="end"];
  s1:a -> s2:x; s1:c -> s3:p; s2:z -> t:r1; s3:q -> t:r2; t:h -> e; s2:y -> e;
}
''', "record, Mrecord and HTML-table (plaintext) nodes drawn by cairo: record fields are "
     "separate line paths inside the outline path, the table is cell rectangles only; edges "
     "attached to ports; the table node's centre is its drawn cells' centre")

ORDER = ["dot-dag-20", "dot-clusters", "dot-fsm-lr", "dot-multi-selfloop",
         "dot-landscape-scaled", "neato-random-30", "neato-multigraph", "fdp-clusters",
         "circo-ring-16", "twopi-tree-60", "neato-points-150", "dot-records-html"]

if __name__ == "__main__":
    only = sys.argv[1:]
    for name in ORDER:
        if only and name not in only:
            continue
        engine, src, notes = S[name]
        build(name, engine, src, COMMON + notes)
