#!/usr/bin/env python3
"""Regenerate the graphviz-shapes corpus: plain Graphviz -Tsvg drawings of
record / Mrecord / HTML-table nodes, clusters, every arrowhead kind,
self-loops, edge labels and ports.

Every drawing is laid out ONCE per run: the same `dot` invocation writes the
SVG and the -Tjson data (`dot -Tsvg -o X.svg -Tjson -o X.json`), so the truth
and the drawing share one layout.  Truth:
  * ids, edges, direction: the DOT source below (read back from -Tjson's
    "edges" tail/head, which are the DOT edge's tail/head as written, also for
    dir=back / dir=both);
  * positions: the centre of each node's drawn shape from -Tjson (the
    bounding box of its `_draw_` outline ops, or of an HTML table's cell
    polygons in `_ldraw_`; this is the node's `pos` up to rounding, except
    for HTML tables, drawn up to 0.5 pt off `pos`), in points with y up, mapped through the
    `<g id="graph0" transform="scale(..) rotate(..) translate(..)">` that the
    SVG renderer writes (inside it y is negated);
  * label: the text strings Graphviz draws for the node (the "T" operations
    of the node's -Tjson `_ldraw_`), joined with a space.

Run:  python3 generate.py            (needs only `dot`/`neato` on PATH)
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


def mat_mul(a, b):
    # 2x3 affine matrices (a, b, c, d, e, f) as in SVG matrix()
    a1, b1, c1, d1, e1, f1 = a
    a2, b2, c2, d2, e2, f2 = b
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2,
            a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


def parse_transform(s):
    m = (1, 0, 0, 1, 0, 0)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", s):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "scale":
            sx = v[0]
            sy = v[1] if len(v) > 1 else sx
            t = (sx, 0, 0, sy, 0, 0)
        elif name == "translate":
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "rotate":
            r = math.radians(v[0])
            # graphviz writes rotate(0) and rotate(-90); use exact values
            cs, sn = round(math.cos(r), 12), round(math.sin(r), 12)
            t = (cs, sn, -sn, cs, 0, 0)
        elif name == "matrix":
            t = tuple(v)
        else:
            raise ValueError(name)
        m = mat_mul(m, t)
    return m


def apply(m, x, y):
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def node_label(obj):
    texts = [op["text"] for op in obj.get("_ldraw_", []) if op.get("op") == "T"]
    texts = [t for t in texts if t.strip()]
    return " ".join(texts) if texts else None


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
    """Centre of the node's drawn shape, in graphviz coordinates (y up).

    The bounding-box centre of the node's outline operations in -Tjson's
    `_draw_` (ellipse, polygon, bezier, polyline ops: the same numbers,
    rounded the same way, that -Tsvg writes).  Nodes without an outline
    (shape=plaintext/none holding an HTML <TABLE>) use the table's drawn
    cells and borders (polygon ops of `_ldraw_`).  HTML tables are drawn up
    to 0.5 pt away from the node's `pos`, records and ellipses within
    0.005 pt (2-decimal rounding), so `pos` itself is only the fallback.
    """
    pts = op_points(o.get("_draw_", []))
    if not pts:
        pts = op_points(o.get("_ldraw_", []))
    if not pts:
        return [float(v) for v in o["pos"].split(",")]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)


def rnd(v):
    v = round(v, 4)
    return 0.0 if v == 0 else v


def build(name, engine, dot_src, notes, directed_drawn=None):
    svg_path = os.path.join(HERE, name + ".svg")
    with tempfile.TemporaryDirectory() as td:
        jpath = os.path.join(td, "g.json")
        subprocess.run([engine, "-Tsvg", "-o", svg_path, "-Tjson", "-o", jpath],
                       input=dot_src.encode(), check=True)
        data = json.load(open(jpath))
    svg = open(svg_path).read()
    m = re.search(r'<g id="graph0" class="graph" transform="([^"]*)"', svg)
    M = parse_transform(m.group(1))
    # cross-check the mapping against -Tjson's bounding box: translate(4 H+4)
    bb = [float(v) for v in data["bb"].split(",")]
    tr = re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", m.group(1))
    if "rotate(0)" in m.group(1):
        assert abs(float(tr.group(1)) - 4) < 1e-9 and abs(float(tr.group(2)) - (bb[3] + 4)) < 1e-9, (name, m.group(1), bb)
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
    directed = bool(data["directed"]) if directed_drawn is None else directed_drawn
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
        "generator": "graphviz %s %s -Tsvg" % (gv_version(), engine),
        "directed": directed,
        "nodes": nodes,
        "edges": edges,
        "notes": notes,
    }
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-28s %3d nodes %3d edges" % (name, len(nodes), len(edges)))


# --------------------------------------------------------------------------
# drawings

def rng(seed):
    # tiny deterministic LCG so the script needs no third-party modules
    state = [seed & 0x7FFFFFFF]

    def r():
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] / 0x80000000
    return r


S = {}

S["record-structs"] = ("dot", r'''
digraph structs {
  node [shape=record];
  struct1 [label="<f0> left|<f1> mid\ dle|<f2> right"];
  struct2 [label="<f0> one|<f1> two"];
  struct3 [label="hello\nworld |{ b |{c|<here> d|e}| f}| g | h"];
  struct4 [label="{a|b|c}"];
  struct5 [label="{<top> x|{<l> y|<r> z}}"];
  struct6 [label="{<in> in|{<p1> p1|<p2> p2|<p3> p3}|<out> out}"];
  struct7 [label="<a> A|{<b> B|<c> C}|<d> D"];
  struct1:f1 -> struct2:f0;
  struct1:f2 -> struct3:here;
  struct2:f1 -> struct4;
  struct3:here -> struct5:top;
  struct3 -> struct6:in;
  struct5:l -> struct7:b;
  struct5:r -> struct7:c;
  struct6:out -> struct7:d;
  struct6:p2 -> struct5:r;
}
''', "shape=record nodes (one <polygon> outline per node plus <polyline> field dividers), "
     "nested {a|b|c} fields, edges attached to field ports (a:f1 -> b:f2); node centre = outer box "
     "centre (graphviz pos); label = the field texts joined with spaces")

S["record-hashtable-lr"] = ("dot", r'''
digraph G {
  nodesep=.05; rankdir=LR;
  node [shape=record, width=.1, height=.1];
  node0 [label="<f0> |<f1> |<f2> |<f3> |<f4> |<f5> |<f6> | ", height=2.5];
  node [width=1.5];
  node1 [label="{<n> n14 | 719 |<p> }"];
  node2 [label="{<n> a1 | 805 |<p> }"];
  node3 [label="{<n> i9 | 718 |<p> }"];
  node4 [label="{<n> e5 | 989 |<p> }"];
  node5 [label="{<n> t20 | 959 |<p> }"];
  node6 [label="{<n> o15 | 794 |<p> }"];
  node7 [label="{<n> s19 | 659 |<p> }"];
  node8 [label="{<n> k11 | 613 |<p> }"];
  node9 [label="{<n> x23 | 412 |<p> }"];
  node0:f0 -> node1:n;
  node0:f1 -> node2:n;
  node0:f2 -> node3:n;
  node0:f5 -> node4:n;
  node0:f6 -> node5:n;
  node2:p -> node6:n;
  node3:p -> node7:n;
  node4:p -> node8:n;
  node7:p -> node9:n;
  node5:p -> node6:n;
}
''', "Graphviz gallery hash table, rankdir=LR: one tall record with 8 EMPTY fields (no text, "
     "node0 has no label) whose ports fan out to linked-list records {n|value|p}; edges leave "
     "from port positions, not from node centres")

S["mrecord-pipeline"] = ("dot", r'''
digraph pipeline {
  rankdir=TB;
  node [shape=Mrecord, fontname="Helvetica", fontsize=11];
  src   [label="{<o> source|csv, json}"];
  parse [label="{<i> in|parse|<o> out}"];
  val   [label="{<i> validate|{<ok> ok|<bad> bad}}"];
  norm  [label="{normalise|<o> units}"];
  store [label="{<i> store|{db|cache}}"];
  rej   [label="rejects", shape=ellipse];
  rep   [label="{report|{<a> html|<b> pdf}}"];
  mail  [label="mail", shape=box, style=rounded];
  src:o -> parse:i;
  parse:o -> val:i;
  val:ok -> norm;
  val:bad -> rej;
  norm:o -> store:i;
  store -> rep;
  rep:a -> mail;
  rep:b -> mail;
  rej -> rep;
}
''', "shape=Mrecord (rounded record: one closed <path> of cubic pieces, field dividers as "
     "<polyline>s) with ports, plus one ellipse and one rounded box; two parallel-ish edges "
     "rep->mail from different ports (multigraph: rep->mail listed twice)")

S["html-tables"] = ("dot", r'''
digraph H {
  rankdir=LR;
  node [shape=plaintext];
  a [label=<
    <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0">
      <TR><TD ROWSPAN="3" BGCOLOR="yellow">left</TD><TD COLSPAN="3">top</TD></TR>
      <TR><TD PORT="p1">x</TD><TD>y</TD><TD PORT="p2">z</TD></TR>
      <TR><TD COLSPAN="3" PORT="bot">bottom</TD></TR>
    </TABLE>>];
  b [label=<
    <TABLE BORDER="1" CELLBORDER="0" CELLSPACING="2" BGCOLOR="lightblue">
      <TR><TD PORT="in"><B>users</B></TD></TR>
      <TR><TD ALIGN="LEFT">id int</TD></TR>
      <TR><TD ALIGN="LEFT" PORT="name">name text</TD></TR>
    </TABLE>>];
  c [label=<
    <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4">
      <TR><TD PORT="h">orders</TD></TR>
      <TR><TD PORT="uid">user_id</TD></TR>
      <TR><TD PORT="pid">product_id</TD></TR>
    </TABLE>>];
  d [label=<
    <TABLE>
      <TR><TD>1</TD><TD>2</TD><TD>3</TD></TR>
      <TR><TD>4</TD><TD PORT="mid">5</TD><TD>6</TD></TR>
    </TABLE>>];
  e [shape=ellipse, label="plain"];
  f [label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0"><TR><TD PORT="l">L</TD><TD PORT="r">R</TD></TR></TABLE>>];
  a:p1 -> b:in;
  a:p2 -> c:h;
  c:uid -> b:name;
  a:bot -> d:mid;
  d -> e;
  b -> f:l;
  c:pid -> f:r;
  e -> f;
}
''', "HTML-like labels on shape=plaintext nodes: <TABLE>s drawn as many <polygon> cells (ROWSPAN, "
     "COLSPAN, BGCOLOR, nested borders); no node outline other than the table; edges to cell PORTs; "
     "node centre = table centre (graphviz pos); label = all cell texts")

S["html-box-clusters"] = ("dot", r'''
digraph HC {
  compound=false;
  node [shape=box];
  subgraph cluster_front {
    label="frontend"; style=filled; fillcolor="#eeeeff";
    ui  [label=<<B>UI</B><BR/><FONT POINT-SIZE="9">react</FONT>>];
    api [shape=ellipse, label=<api<BR/><I>gateway</I>>];
  }
  subgraph cluster_back {
    label="backend"; style=dashed;
    svc [shape=none, margin=0, label=<
      <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3">
        <TR><TD COLSPAN="2" BGCOLOR="grey80"><B>service</B></TD></TR>
        <TR><TD PORT="r">read</TD><TD PORT="w">write</TD></TR>
      </TABLE>>];
    q   [label=<queue<SUB>1</SUB>>];
    wk  [shape=box, style=rounded, label=<worker>];
  }
  subgraph cluster_data {
    label="data"; style=filled; fillcolor="#ffeedd";
    db    [shape=box, label=<<TABLE BORDER="0"><TR><TD>db</TD><TD>pg</TD></TR></TABLE>>];
    cache [shape=ellipse, label=<<U>cache</U>>];
  }
  ui -> api; api -> svc:r; api -> svc:w;
  svc:w -> q; q -> wk; wk -> db;
  svc:r -> cache; cache -> db; wk -> cache;
}
''', "HTML labels with <B>/<I>/<U>/<SUB>/<FONT> and <BR/> inside boxes and ellipses, an HTML "
     "table inside a box (table polygons drawn within the node box), one shape=none table; three "
     "clusters (filled / dashed) that are not nodes; api->svc drawn twice to two ports (multigraph)")

S["clusters-nested"] = ("dot", r'''
digraph N {
  compound=true;
  node [shape=ellipse];
  subgraph cluster_L0 {
    label="level 0"; style=rounded;
    a; b;
    subgraph cluster_L1a {
      label="level 1a"; style="filled"; fillcolor="#e8f0ff";
      c; d;
      subgraph cluster_L2 {
        label="level 2"; style=filled; fillcolor="#cfe0ff";
        e; f [shape=box];
      }
    }
    subgraph cluster_L1b {
      label="level 1b"; style=dotted;
      g; h [shape=doublecircle];
    }
  }
  subgraph cluster_side {
    label="side"; i; j;
  }
  k [shape=box];
  a -> b; a -> c; c -> d; d -> e; e -> f; b -> g; g -> h;
  h -> i; f -> j; i -> j; k -> a;
  c -> g [ltail=cluster_L1a, lhead=cluster_L1b];
  b -> e [lhead=cluster_L2];
  j -> k [constraint=false];
}
''', "clusters nested three deep (filled, rounded, dotted styles, labels) plus a sibling cluster; "
     "two compound edges (lhead/ltail) are clipped at the cluster borders, so they end on a "
     "cluster box and not on their nodes (truth keeps the DOT endpoints c->g and b->e)")

# every primitive arrow shape, one labelled edge each
PRIM = ["normal", "inv", "dot", "odot", "tee", "diamond", "odiamond", "box", "obox",
        "crow", "vee", "onormal", "curve", "icurve", "none"]
lines = ["digraph arrows {", "  rankdir=LR; ranksep=1.4; nodesep=0.15;",
         "  node [shape=circle, width=0.3, fixedsize=true, fontsize=10];"]
for i, k in enumerate(PRIM):
    lines.append('  s%d [label="%d"]; t%d [label="%d"];' % (i, i, i, i))
    lines.append('  s%d -> t%d [arrowhead=%s, label="%s", fontsize=10];' % (i, i, k, k))
lines.append("}")
S["arrowheads-basic"] = ("dot", "\n".join(lines) + "\n",
    "one edge per arrowhead kind, left to right, each labelled with its kind: " + ", ".join(PRIM) +
    ". dot/odot heads are <ellipse>s (odot unfilled), box/obox/diamond/odiamond/tee/crow/vee/normal "
    "/inv are <polygon>s, curve/icurve are <path>s; s14->t14 (arrowhead=none) has no head at all, "
    "its direction is the DOT one")

MODS = [("a", "b", "lnormal"), ("a", "c", "rnormal"), ("b", "d", "olnormal"),
        ("c", "d", "oinv"), ("a", "d", "odotnormal"), ("d", "e", "boxnormal"),
        ("d", "f", "invdot"), ("e", "g", "invodot"), ("f", "g", "teetee"),
        ("b", "e", "normalnormal"), ("c", "f", "dotodot"), ("g", "h", "veevee"),
        ("e", "h", "ltee"), ("f", "h", "rvee"), ("h", "i", "lteeoldiamond"),
        ("g", "i", "crowodot"), ("i", "j", "empty"), ("h", "j", "invempty"),
        ("j", "k", "halfopen"), ("i", "k", "open"), ("j", "l", "ediamond"),
        ("k", "l", "obox"), ("a", "l", "lcrow"), ("c", "k", "oldiamond")]
lines = ["digraph mods {", "  node [shape=box, style=rounded, width=0.5];", "  ranksep=0.7;"]
for s, t, k in MODS:
    lines.append("  %s -> %s [arrowhead=%s];" % (s, t, k))
lines.append("}")
S["arrowheads-modifiers"] = ("dot", "\n".join(lines) + "\n",
    "a DAG of rounded boxes, every edge with a different modified or combined arrowhead: " +
    ", ".join(k for _, _, k in MODS) + " (l/r = half heads, o = open, multi-shape heads like "
    "odotnormal / lteeoldiamond stack two shapes along the edge); no edge labels")

S["dir-both-back"] = ("dot", r'''
digraph D {
  rankdir=TB;
  node [shape=ellipse];
  a -> b [dir=both];
  a -> c [dir=both, arrowtail=odiamond, arrowhead=normal];
  b -> d [dir=both, arrowtail=dot, arrowhead=odot];
  c -> d [dir=back];
  c -> e [dir=back, arrowtail=empty];
  d -> f [dir=back, arrowtail=diamond];
  e -> f [dir=both, arrowtail=inv, arrowhead=tee];
  f -> g [dir=both, arrowtail=crow, arrowhead=vee];
  e -> g [arrowtail=box];
  g -> h [dir=back, arrowtail=obox];
  b -> h [dir=none];
  a -> h [dir=forward, arrowhead=onormal];
}
''', "dir=both and dir=back with arrowtail. Truth edges are the DOT edges as written (tail->head), "
     "NOT the way the heads point: dir=back edges (c->d, c->e, d->f, g->h) show their only head at "
     "the TAIL end (the drawing points head->tail); dir=both edges (a->b, a->c, b->d, e->f, f->g) "
     "have heads at BOTH ends; b->h is dir=none (no head); e->g sets arrowtail without dir so only "
     "its head is drawn")

S["selfloops-many"] = ("dot", r'''
digraph L {
  node [shape=ellipse];
  hub -> hub;
  hub -> hub;
  hub -> hub [label="retry"];
  hub -> hub [label="tick"];
  hub -> hub;
  x -> x [label="again"];
  x -> x;
  y -> y;
  z [shape=box];
  z -> z [label="z loop"];
  hub -> x; hub -> y; x -> z; y -> z; z -> hub;
  hub -> x;
  x -> hub;
  w [shape=circle];
  w -> w [headport=n, tailport=e];
  w -> w [headport=s, tailport=w, label="sw"];
  y -> w;
}
''', "many self-loops: 5 on hub (2 labelled), 2 on x (1 labelled), 1 on y, a labelled one on box "
     "z, two on w routed through compass ports (e->n and w->s); also parallel hub->x twice and a "
     "reciprocal x->hub (multigraph)")

S["edge-labels"] = ("dot", r'''
digraph E {
  rankdir=LR; nodesep=0.6;
  node [shape=box];
  client; server; db; cache; log; admin;
  client -> server [label="GET /", headlabel="80", taillabel="tcp"];
  server -> db [label="query", headlabel="5432"];
  server -> cache [taillabel="miss", labelfontcolor=red, labeldistance=2.5, labelangle=30];
  cache -> db [label="fill"];
  server -> log [label="write", decorate=true];
  admin -> server [headlabel="ssh", taillabel="22"];
  admin -> log [label="tail -f"];
  db -> server [label="rows", style=dashed];
  server -> client [label="200 OK", headlabel="resp"];
}
''', "edge labels: label (one with decorate=true, which draws an underline and a <polyline> "
     "pointer to the edge), headlabel and taillabel (text near the ends, some coloured and "
     "rotated by labelangle), dashed edge; reciprocal client<->server and server<->db pairs")

S["labels-differ-neato"] = ("neato", r'''
graph D {
  start=11; overlap=false; sep="+8"; splines=true;
  node [shape=box, style=rounded];
  n01 [label="Parse input"];
  n02 [label="Load\nconfig"];
  n03 [label="n07"];
  n04 [label="cache", shape=ellipse];
  n05 [label="cache", shape=ellipse];
  n06 [label="?", shape=diamond];
  n07 [label="Emit"];
  n08 [label="", shape=circle, width=0.3];
  n09 [label="A very long node label"];
  n10 [label="x\ny\nz", shape=ellipse];
  n11 [label="n01"];
  n12 [label="Σ total"];
  n01 -- n02; n01 -- n03; n02 -- n04; n03 -- n05; n04 -- n06; n05 -- n06;
  n06 -- n07; n07 -- n08; n08 -- n09; n09 -- n10; n10 -- n11; n11 -- n12;
  n12 -- n01; n03 -- n09; n02 -- n10;
}
''', "undirected neato graph whose node labels differ from the DOT names: two nodes share the "
     "label 'cache', n03 is labelled 'n07' and n11 'n01' (another node's name), multi-line labels, "
     "a non-ASCII label, an empty circle (no label); rounded boxes, ellipses, a diamond")


def uml():
    r = rng(40)
    names = ["Entity", "Node", "Edge", "Graph", "Layout", "Renderer", "Svg", "Png", "Pdf",
             "Parser", "Lexer", "Token", "Ast", "Attr", "Style", "Color", "Font", "Shape",
             "Record", "Table", "Cell", "Port", "Cluster", "Rank", "Spline", "Point", "Box",
             "Arrow", "Label", "Text", "Cache", "Config", "Plugin", "Device", "Job", "Context",
             "Writer", "Reader", "Stream", "Buffer"]
    lines = ["digraph uml {", "  rankdir=BT; ranksep=0.5; nodesep=0.3;",
             "  node [shape=record, fontname=\"Helvetica\", fontsize=9];",
             "  edge [fontsize=8];"]
    for i, n in enumerate(names):
        nf = 1 + int(r() * 3)
        nm = 1 + int(r() * 2)
        fields = "".join("+ f%d : int\\l" % k for k in range(nf))
        meths = "".join("+ m%d()\\l" % k for k in range(nm))
        lines.append('  c%02d [label="{%s|%s|%s}"];' % (i, n, fields, meths))
    edges = []
    for i in range(1, len(names)):
        p = int(r() * i)
        edges.append("  c%02d -> c%02d [arrowhead=empty];" % (i, p))
    for k in range(8):
        a = int(r() * len(names))
        b = int(r() * len(names))
        if a == b:
            continue
        kind = ["odiamond", "diamond"][k % 2]
        edges.append("  c%02d -> c%02d [dir=back, arrowtail=%s, arrowhead=none, style=dashed];" % (a, b, kind))
    lines += edges
    lines.append("}")
    return "\n".join(lines) + "\n"


S["records-uml-40"] = ("dot", uml(),
    "40 UML-class-like records {Name|fields|methods} (left-justified \\l lines), rankdir=BT; "
    "inheritance edges with hollow 'empty' heads; plus dashed association edges drawn with "
    "dir=back and a diamond/odiamond TAIL only (their head is at the DOT tail end; truth keeps "
    "the DOT direction)")

S["records-neato-undirected"] = ("neato", r'''
graph R {
  start=5; overlap=false; sep="+10"; splines=true;
  node [shape=record];
  r1 [label="<a> a|<b> b|<c> c"];
  r2 [label="{<t> top|<m> mid|<b> bot}"];
  r3 [label="<x> x|{<y> y|<z> z}"];
  r4 [label="{<p> p|{<q> q|<r> r}}", shape=Mrecord];
  r5 [label="<l> left|<r> right", shape=Mrecord];
  r6 [label="solo"];
  r7 [label="{1|2|3|4}"];
  r8 [label="<u> u|<v> v", shape=Mrecord];
  r1:a -- r2:t; r1:c -- r3:x; r2:b -- r4:p; r3:z -- r4:r;
  r4:q -- r5:l; r5:r -- r6; r6 -- r7; r7 -- r1:b; r8:u -- r2:m; r8:v -- r5:r;
  r3:y -- r7;
}
''', "undirected neato layout of record and Mrecord nodes, edges attached to field ports with "
     "curved splines; no arrowheads")

S["html-ports-compass"] = ("dot", r'''
digraph P {
  rankdir=LR;
  node [shape=plaintext];
  t1 [label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0">
        <TR><TD PORT="a">a</TD><TD PORT="b">b</TD></TR>
        <TR><TD PORT="c">c</TD><TD PORT="d">d</TD></TR></TABLE>>];
  t2 [label=<<TABLE CELLSPACING="4" BORDER="2">
        <TR><TD PORT="in">in</TD></TR><TR><TD PORT="out" BGCOLOR="pink">out</TD></TR></TABLE>>];
  t3 [label=<<TABLE BORDER="0" CELLBORDER="1"><TR><TD PORT="x">x</TD><TD PORT="y">y</TD><TD PORT="z">z</TD></TR></TABLE>>];
  m  [shape=Mrecord, label="<n> north|<s> south"];
  p  [shape=box];
  t1:a:n -> t2:in:w;
  t1:d:e -> t2:out:w;
  t2:out:e -> t3:x:n;
  t2:in:e -> t3:z:s;
  t3:y:e -> m:n;
  m:s:s -> p:s;
  t1:b:e -> t1:c:w;
  t3:x:s -> t3:z:s;
  p:n -> t1:c:s;
}
''', "HTML tables and an Mrecord with edges bound to port:compass points (t1:a:n -> t2:in:w); two "
     "self-loops on HTML table nodes run from one of their cells to another (t1:b:e -> t1:c:w, "
     "t3:x:s -> t3:z:s), drawn as curves that leave and re-enter the table away from its centre")

S["concentrate-fans-lr"] = ("dot", r'''
digraph F {
  rankdir=LR; concentrate=true;
  node [shape=ellipse, style=filled, fillcolor="#c0d8f0"];
  args -> cli;
  cli -> {dot pydeps dummy depgraph};
  colors -> {pydeps depgraph render};
  render -> pydeps; target -> pydeps; dot -> pydeps;
  yaml -> walk; mf27 -> walk; stdlib -> walk; dummy -> walk; depgraph -> walk;
  walk -> pydeps; pydeps -> main;
  hub -> {s1 s2 s3 s4}; s1 -> sink; s2 -> sink; s3 -> sink; s4 -> sink;
}
''', "concentrate=true with rankdir=LR: edges into one node (and out of one) merge at "
     "junctions off the nodes, each fork a stroke of its own, the head drawn once on the "
     "trunk (the way pydeps draws module graphs)")

ORDER = ["record-structs", "record-hashtable-lr", "mrecord-pipeline", "html-tables",
         "html-box-clusters", "clusters-nested", "arrowheads-basic", "arrowheads-modifiers",
         "dir-both-back", "selfloops-many", "edge-labels", "labels-differ-neato",
         "records-uml-40", "records-neato-undirected", "html-ports-compass",
         "concentrate-fans-lr"]

if __name__ == "__main__":
    only = sys.argv[1:]
    for name in ORDER:
        if only and name not in only:
            continue
        engine, src, notes = S[name]
        build(name, engine, src, notes)
