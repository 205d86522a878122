#!/usr/bin/env python3
"""Regenerate the graphviz-wasm corpus: Graphviz 16 compiled to WebAssembly
(npm @hpcc-js/wasm-graphviz), plain -Tsvg output, layouts dot / neato / fdp /
circo / twopi: node shapes, clusters, compass ports, arrowheads,
splines=ortho, concentrate=true, loops and parallel edges.

Each drawing is laid out by `render.mjs` (node), which calls
graphviz.layout(src, "svg", engine) and graphviz.layout(src, "json", engine)
on the same DOT source in one process; Graphviz is deterministic (neato/fdp
use the fixed default seed), and the script checks that the SVG shows every
node exactly where the -Tjson says (see check_svg).  Truth:
  * ids, edges, direction: from -Tjson's "objects"/"edges" (tail, head as in
    the DOT source); directed = the graph is a digraph (all edges have heads);
  * positions: bounding-box centre of each node's outline ops in -Tjson
    `_draw_` (ellipse, polygon, Bezier, polyline), y up, mapped to (x, -y)
    and then through `<g id="graph0" transform="scale(1 1) rotate(0)
    translate(4 H+4)">` read from the SVG (checked against -Tjson's bb);
  * label: the text strings of the node's `_ldraw_` "T" ops, joined by spaces.

Run:  python3 generate.py   (needs node and @hpcc-js/wasm-graphviz, see README)
"""
import json
import os
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "{http://www.w3.org/2000/svg}"


def rng(seed):
    state = [seed & 0x7FFFFFFF]

    def r():
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] / 0x80000000
    return r


def parse_translate(s):
    m = re.fullmatch(r"scale\(1 1\) rotate\(0\) translate\(([-\d.]+) ([-\d.]+)\)", s)
    assert m, s
    return float(m.group(1)), float(m.group(2))


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
    pts = op_points(o.get("_draw_", []))
    if not pts:
        return [float(v) for v in o["pos"].split(",")]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)


def node_label(o):
    texts = [op["text"] for op in o.get("_ldraw_", []) if op.get("op") == "T"]
    texts = [t for t in texts if t.strip()]
    return " ".join(texts) if texts else None


def rnd(v):
    v = round(v, 4)
    return 0.0 if v == 0 else v


def svg_node_centres(svg_path, tx, ty):
    """Bounding-box centre of each <g class="node"> group's outline shapes,
    read from the SVG itself (independent check of the -Tjson mapping)."""
    root = ET.parse(svg_path).getroot()
    res = {}
    for g in root.iter(NS + "g"):
        if g.get("class") != "node":
            continue
        title = g.find(NS + "title").text
        xs, ys = [], []
        for el in g.iter():
            tag = el.tag[len(NS):]
            if tag == "ellipse":
                cx, cy = float(el.get("cx")), float(el.get("cy"))
                rx, ry = float(el.get("rx")), float(el.get("ry"))
                xs += [cx - rx, cx + rx]
                ys += [cy - ry, cy + ry]
            elif tag in ("polygon", "polyline"):
                for p in el.get("points").split():
                    a, b = p.split(",")
                    xs.append(float(a))
                    ys.append(float(b))
            elif tag == "path":
                nums = [float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", el.get("d"))]
                xs += nums[0::2]
                ys += nums[1::2]
        if xs:
            res[title] = ((min(xs) + max(xs)) / 2 + tx, (min(ys) + max(ys)) / 2 + ty)
    return res


S = {}  # name -> (engine, dot source, notes)


def build_all(version):
    with tempfile.TemporaryDirectory() as td:
        jobs = [{"name": n, "engine": e, "dot": d} for n, (e, d, _) in S.items()]
        subprocess.run(["node", os.path.join(HERE, "render.mjs"), td],
                       input=json.dumps(jobs).encode(), check=True)
        version = open(os.path.join(td, "version.txt")).read().strip()
        for name, (engine, _, notes) in S.items():
            svg_src = os.path.join(td, name + ".svg")
            data = json.load(open(os.path.join(td, name + ".json")))
            svg = open(svg_src).read()
            with open(os.path.join(HERE, name + ".svg"), "w") as f:
                f.write(svg)
            m = re.search(r'<g id="graph0" class="graph" transform="([^"]*)"', svg)
            tx, ty = parse_translate(m.group(1))
            bb = [float(v) for v in data["bb"].split(",")]
            assert abs(tx - 4) < 1e-9 and abs(ty - (bb[3] + 4)) < 1e-9, (name, m.group(1), bb)
            objs = {o["_gvid"]: o for o in data.get("objects", [])}
            nsub = data.get("_subgraph_cnt", 0)
            nodes = []
            for gid in sorted(objs):
                if gid < nsub:
                    continue
                o = objs[gid]
                px, py = drawn_centre(o)
                n = {"id": o["name"], "x": rnd(px + tx), "y": rnd(-py + ty)}
                lab = node_label(o)
                if lab is not None:
                    n["label"] = lab
                nodes.append(n)
            # independent check: the SVG's own node groups
            seen_svg = svg_node_centres(svg_src, tx, ty)
            for n in nodes:
                sx, sy = seen_svg[n["id"]]
                assert abs(sx - n["x"]) < 0.01 and abs(sy - n["y"]) < 0.01, (name, n, sx, sy)
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
            truth = {"generator": "graphviz %s (@hpcc-js/wasm-graphviz %s) %s -Tsvg" % (version, WASM_VERSION, engine),
                     "directed": directed, "nodes": nodes, "edges": edges, "notes": notes}
            with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
                json.dump(truth, f, indent=1)
                f.write("\n")
            print("%-26s %-6s %3d nodes %3d edges" % (name, engine, len(nodes), len(edges)))


def wasm_version():
    mod = os.environ.get("GVWASM", "/tmp/npm-x/node_modules/@hpcc-js/wasm-graphviz/dist/index.js")
    pkg = os.path.join(os.path.dirname(os.path.dirname(mod)), "package.json")
    return json.load(open(pkg))["version"]


# --------------------------------------------------------------------------
# drawings

SHAPES = ["box", "circle", "diamond", "hexagon", "octagon", "triangle", "invtriangle", "house",
          "invhouse", "cylinder", "note", "tab", "folder", "component", "doublecircle", "Mdiamond",
          "Msquare", "star", "parallelogram", "trapezium", "egg", "pentagon", "septagon", "box3d"]
lines = ["digraph shapes {", "  node [fontname=Helvetica, fontsize=11];"]
for i, s in enumerate(SHAPES):
    extra = ', style=filled, fillcolor="#ddeeff"' if i % 3 == 0 else ""
    lines.append('  n%d [shape=%s, label="%s"%s];' % (i, s, s, extra))
r = rng(7)
for i in range(1, len(SHAPES)):
    lines.append("  n%d -> n%d;" % (int(r() * i), i))
for _ in range(6):
    a, b = int(r() * len(SHAPES)), int(r() * len(SHAPES))
    if a != b:
        lines.append("  n%d -> n%d;" % (a, b))
lines.append("}")
S["shapes-dot-24"] = ("dot", "\n".join(lines) + "\n",
    "24 node shapes (polygon kinds, cylinder and egg as paths, doublecircle, Mdiamond/Msquare with "
    "corner lines, note/tab/folder/component/box3d with extra polylines), some filled; label = shape name")

S["clusters-ports-dot"] = ("dot", r'''
digraph cp {
  node [shape=box, style=rounded, fontname=Helvetica];
  subgraph cluster_in {
    label="inputs"; style=filled; fillcolor="#f0f0f0";
    src1 [label="sensor A"]; src2 [label="sensor B"]; src3 [label="sensor C"];
  }
  subgraph cluster_proc {
    label="processing"; color=blue;
    mux [shape=trapezium, label="mux"];
    filt [label="filter"];
    subgraph cluster_inner { label="core"; style=dashed; fft [label="FFT"]; win [label="window"]; }
  }
  sink [shape=doublecircle, label="out"];
  log [shape=note, label="log"];
  src1:s -> mux:n [arrowhead=vee];
  src2:s -> mux:n [arrowhead=vee];
  src3:s -> mux:ne [arrowhead=vee];
  mux:s -> win:n [arrowhead=normal];
  win:e -> fft:w [arrowhead=empty];
  fft:s -> filt:n [arrowhead=diamond];
  filt:e -> sink:w [arrowhead=dot];
  filt:w -> log:n [arrowhead=odot, style=dashed];
  src3:e -> log:e [arrowhead=box, constraint=false];
}
''', "clusters (filled, coloured, nested dashed); edges fixed to compass ports (:n :s :e :w :ne); "
     "arrowheads vee, normal, empty, diamond, dot, odot, box; rounded boxes, trapezium, doublecircle, note")

r = rng(11)
lines = ["digraph ortho {", "  splines=ortho; nodesep=0.5; ranksep=0.6;",
         '  node [shape=box, fontname="Helvetica", fontsize=10, width=0.8, height=0.4];']
for i in range(22):
    lines.append('  m%d [label="M%d"];' % (i, i))
for i in range(1, 22):
    lines.append("  m%d -> m%d;" % (int(r() * i), i))
for _ in range(8):
    a, b = int(r() * 22), int(r() * 22)
    if a < b:
        lines.append("  m%d -> m%d;" % (a, b))
lines.append("}")
S["ortho-dot-22"] = ("dot", "\n".join(lines) + "\n",
    "splines=ortho: every edge is a horizontal/vertical polyline path; edges may leave a box "
    "anywhere along a side and several run along shared channels")

S["concentrate-dot-14"] = ("dot", r'''
digraph conc {
  concentrate=true;
  node [shape=ellipse, fontname=Helvetica, fontsize=11];
  a -> {b c d e};
  b -> {f g}; c -> {f g}; d -> {f g h}; e -> {g h};
  f -> {i j}; g -> {i j}; h -> {i j k};
  i -> l; j -> l; k -> l; a -> l; b -> l; c -> m; m -> n; d -> n;
}
''', "concentrate=true: edges that leave one node in the same direction are merged into shared "
     "trunks that split later, so one drawn path may stand for several edges")

r = rng(23)
N = 40
lines = ["graph rnd {", "  node [shape=circle, width=0.22, fixedsize=true, label=\"\", style=filled, fillcolor=\"#88aadd\"];",
         "  overlap=false;"]
for i in range(N):
    lines.append("  v%d;" % i)
E = set()
while len(E) < 52:
    a, b = int(r() * 34), int(r() * 34)
    if a != b:
        E.add((min(a, b), max(a, b)))
for a, b in sorted(E):
    lines.append("  v%d -- v%d;" % (a, b))
lines.append("}")
S["neato-unlabelled-40"] = ("neato", "\n".join(lines) + "\n",
    "neato, undirected, 40 small unlabelled filled circles, 6 isolated nodes (v34..v39) and "
    "whatever components the random edges leave")

S["circo-loops-multi-10"] = ("circo", r'''
graph ring {
  node [shape=circle, fontname=Helvetica, width=0.4, fixedsize=true];
  a -- b; b -- c; c -- d; d -- e; e -- f; f -- g; g -- h; h -- a;
  a -- b; c -- d; c -- d;
  a -- a; e -- e; e -- e;
  a -- e; i -- j; j -- i;
}
''', "circo, undirected multigraph: parallel edges (a--b twice, c--d three times, i--j twice) "
     "drawn as separate curves, self-loops (one on a, two on e)")

r = rng(31)
lines = ["graph fdpc {", "  node [shape=box, fontname=Helvetica, fontsize=10];"]
cid = 0
names = []
for c in range(4):
    lines.append('  subgraph cluster_%d { label="group %d";' % (c, c))
    for k in range(6):
        nm = "g%d_%d" % (c, k)
        names.append(nm)
        lines.append("    %s;" % nm)
        if k:
            lines.append("    %s -- g%d_%d;" % (nm, c, int(r() * k)))
    lines.append("  }")
for _ in range(5):
    a, b = names[int(r() * 24)], names[int(r() * 24)]
    if a.split("_")[0] != b.split("_")[0]:
        lines.append("  %s -- %s;" % (a, b))
lines += ["  hub [shape=ellipse];", "  hub -- g0_0; hub -- g2_0;", "}"]
S["fdp-clusters-25"] = ("fdp", "\n".join(lines) + "\n",
    "fdp with 4 clusters (cluster boxes drawn, labelled) of 6 boxes each, inter-cluster edges, "
    "one ellipse hub outside")

r = rng(41)
N = 80
lines = ["digraph big {", "  ranksep=0.3; nodesep=0.1;",
         "  node [shape=circle, width=0.25, height=0.25, fixedsize=true, fontsize=8, fontname=Helvetica];",
         "  edge [arrowsize=0.5];"]
for i in range(N):
    lines.append('  t%d [label="%d"];' % (i, i))
for i in range(1, N):
    lines.append("  t%d -> t%d;" % (int(r() * i), i))
lines.append("}")
S["twopi-tree-80"] = ("twopi", "\n".join(lines) + "\n",
    "twopi radial tree, 80 small labelled circles, directed with small arrowheads")

S["edge-labels-neato-9"] = ("neato", r'''
digraph el {
  splines=true; overlap=false; sep="+10";
  node [shape=ellipse, style=filled, fillcolor="#ffffcc", fontname=Helvetica];
  edge [fontname=Helvetica, fontsize=9];
  A -> B [label="3.5"];  B -> C [label="w=2"]; C -> D [headlabel="h", taillabel="t"];
  D -> A [label="back", xlabel="x"]; A -> C [label="diag"]; E -> A [label="1"];
  F [shape=box]; F -> E [label="from F"]; G [shape=hexagon]; G -> G [label="self"];
  H -> I [label="h-i"]; I -> I;
}
''', "neato with splines=true: edge labels, head/tail labels and an xlabel placed as free text; "
     "self-loops on G (labelled) and I")


if __name__ == "__main__":
    WASM_VERSION = wasm_version()
    build_all(None)
