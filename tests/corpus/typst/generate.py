#!/usr/bin/env python3
"""Regenerate the typst/ corpus: node-link drawings made with Typst's built-in
shapes (no packages), compiled to SVG by the `typst` PyPI package.

    python3 -m pip install typst==0.15.2 networkx==3.6.1
    python3 generate.py            # writes NAME.svg + NAME.truth.json here

Each drawing is a Typst document written by this script: graph data as a Typst
dictionary, a small prelude of helper functions (node, edge, arrowhead) as a
Typst user without packages would write them, then one call per node/edge.
Every node also places an invisible `metadata(id) <node>` at its centre; the
truth positions are read back from Typst's own layout with `typst.query`
(`locate(...).position()`, which includes page margins, figure placement and
`scale` transforms) and checked against the coordinates the script passed in.
"""
import json
import math
import os
import random
import sys

import networkx as nx
import typst

HERE = os.path.dirname(os.path.abspath(__file__))
TYPST_PY = "0.15.2"  # pip package version; the compiler version is read from sys.version

PRELUDE = r"""
#let pt(p) = (p.at(0) * 1pt, p.at(1) * 1pt)
#let unit(dx, dy) = {
  let d = calc.sqrt(dx * dx + dy * dy)
  (dx / d, dy / d)
}
// distance from a node's centre to its outline along unit vector u
#let bdist(n, u) = {
  let (ux, uy) = u
  let ax = calc.abs(ux)
  let ay = calc.abs(uy)
  if n.shape == "circle" { n.hw }
  else if n.shape == "ellipse" { 1 / calc.sqrt((ux / n.hw) * (ux / n.hw) + (uy / n.hh) * (uy / n.hh)) }
  else if n.shape == "diamond" { 1 / (ax / n.hw + ay / n.hh) }
  else {
    calc.min(if ax > 1e-9 { n.hw / ax } else { 1e9 }, if ay > 1e-9 { n.hh / ay } else { 1e9 })
  }
}
#let arrowhead(tip, u, kind: "latex", col: black, len: 7, wid: 3) = {
  let (ux, uy) = u
  let (tx, ty) = tip
  let bx = tx - ux * len
  let by = ty - uy * len
  let l = (bx - uy * wid, by + ux * wid)
  let r = (bx + uy * wid, by - ux * wid)
  if kind == "latex" {
    place(top + left, polygon(fill: col, stroke: none, pt(tip), pt(l), pt(r)))
  } else if kind == "stealth" {
    let m = (tx - ux * len * 0.6, ty - uy * len * 0.6)
    place(top + left, polygon(fill: col, stroke: none, pt(tip), pt(l), pt(m), pt(r)))
  } else if kind == "open" {
    place(top + left, curve(stroke: 0.8pt + col, curve.move(pt(l)), curve.line(pt(tip)), curve.line(pt(r))))
  }
}
#let edge-label(p, body) = place(top + left, dx: p.at(0) * 1pt, dy: p.at(1) * 1pt,
  place(center + horizon, box(fill: white, inset: 1.5pt, text(size: 8pt, body))))
#let head-len(head) = if head == "latex" { 7 } else if head == "stealth" { 4.2 } else { 0 }
// an edge between two nodes of NODES; head: "latex" | "stealth" | "open" | none
#let edge(s, t, head: "latex", bend: 0, label: none, col: black, w: 0.8pt, dash: none,
          loop-dir: -90deg, centres: false) = {
  let a = NODES.at(s)
  let b = NODES.at(t)
  let st = (paint: col, thickness: w, dash: dash)
  let hl = head-len(head)
  if s == t {
    let p0 = (a.x + bdist(a, (calc.cos(loop-dir - 35deg), calc.sin(loop-dir - 35deg))) * calc.cos(loop-dir - 35deg),
              a.y + bdist(a, (calc.cos(loop-dir - 35deg), calc.sin(loop-dir - 35deg))) * calc.sin(loop-dir - 35deg))
    let u3 = (calc.cos(loop-dir + 35deg), calc.sin(loop-dir + 35deg))
    let p3 = (a.x + bdist(a, u3) * u3.at(0), a.y + bdist(a, u3) * u3.at(1))
    let D = bdist(a, (calc.cos(loop-dir), calc.sin(loop-dir))) + 26
    let c1 = (a.x + D * calc.cos(loop-dir - 45deg), a.y + D * calc.sin(loop-dir - 45deg))
    let c2 = (a.x + D * calc.cos(loop-dir + 45deg), a.y + D * calc.sin(loop-dir + 45deg))
    let u = unit(p3.at(0) - c2.at(0), p3.at(1) - c2.at(1))
    let e = (p3.at(0) - u.at(0) * hl, p3.at(1) - u.at(1) * hl)
    place(top + left, curve(stroke: st, curve.move(pt(p0)), curve.cubic(pt(c1), pt(c2), pt(e))))
    if head != none { arrowhead(p3, u, kind: head, col: col) }
    if label != none {
      let L = D * 0.78 + 6
      edge-label((a.x + L * calc.cos(loop-dir), a.y + L * calc.sin(loop-dir)), label)
    }
  } else if bend == 0 {
    let u = unit(b.x - a.x, b.y - a.y)
    let ra = if centres { 0 } else { bdist(a, u) }
    let rb = if centres { 0 } else { bdist(b, u) }
    let p = (a.x + u.at(0) * ra, a.y + u.at(1) * ra)
    let tip = (b.x - u.at(0) * rb, b.y - u.at(1) * rb)
    let e = (tip.at(0) - u.at(0) * hl, tip.at(1) - u.at(1) * hl)
    place(top + left, line(start: pt(p), end: pt(e), stroke: st))
    if head != none { arrowhead(tip, u, kind: head, col: col) }
    if label != none { edge-label(((p.at(0) + tip.at(0)) / 2, (p.at(1) + tip.at(1)) / 2), label) }
  } else {
    // quadratic curve bowing to the left of s->t by bend * distance
    let dx = b.x - a.x
    let dy = b.y - a.y
    let c = ((a.x + b.x) / 2 + bend * dy, (a.y + b.y) / 2 - bend * dx)
    let ua = unit(c.at(0) - a.x, c.at(1) - a.y)
    let ub = unit(c.at(0) - b.x, c.at(1) - b.y)
    let p = (a.x + ua.at(0) * bdist(a, ua), a.y + ua.at(1) * bdist(a, ua))
    let tip = (b.x + ub.at(0) * bdist(b, ub), b.y + ub.at(1) * bdist(b, ub))
    let e = (tip.at(0) + ub.at(0) * hl, tip.at(1) + ub.at(1) * hl)
    place(top + left, curve(stroke: st, curve.move(pt(p)), curve.quad(pt(c), pt(e))))
    if head != none { arrowhead(tip, (-ub.at(0), -ub.at(1)), kind: head, col: col) }
    if label != none {
      edge-label((0.25 * p.at(0) + 0.5 * c.at(0) + 0.25 * tip.at(0),
                  0.25 * p.at(1) + 0.5 * c.at(1) + 0.25 * tip.at(1)), label)
    }
  }
}
#let node(id, body: none, fill: white, stroke: 0.8pt + black, tsize: 10pt, tfill: black,
          double: false, radius: 0pt) = {
  let n = NODES.at(id)
  let w = 2 * n.hw * 1pt
  let h = 2 * n.hh * 1pt
  let shape = if n.shape == "circle" { circle(radius: n.hw * 1pt, fill: fill, stroke: stroke) }
    else if n.shape == "ellipse" { ellipse(width: w, height: h, fill: fill, stroke: stroke) }
    else if n.shape == "rect" { rect(width: w, height: h, fill: fill, stroke: stroke, radius: radius) }
    else if n.shape == "diamond" {
      polygon(fill: fill, stroke: stroke, (w / 2, 0pt), (w, h / 2), (w / 2, h), (0pt, h / 2))
    }
  place(top + left, dx: (n.x - n.hw) * 1pt, dy: (n.y - n.hh) * 1pt, shape)
  if double {
    place(top + left, dx: (n.x - n.hw + 3) * 1pt, dy: (n.y - n.hh + 3) * 1pt,
          circle(radius: (n.hw - 3) * 1pt, fill: none, stroke: stroke))
  }
  if body != none {
    place(top + left, dx: (n.x - n.hw) * 1pt, dy: (n.y - n.hh) * 1pt,
          box(width: w, height: h, align(center + horizon, text(size: tsize, fill: tfill, body))))
  }
  place(top + left, dx: n.x * 1pt, dy: n.y * 1pt)[#metadata(id)<node>]
}
"""

EPILOGUE = r"""
#context [#metadata((ver: str(sys.version),
  nodes: query(<node>).map(m => (m.value, m.location().position().x / 1pt, m.location().position().y / 1pt))))<out>]
"""


def num(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def nodes_dict(nodes):
    """nodes: list of dicts id,x,y,shape,hw,hh -> Typst dictionary literal."""
    items = []
    for n in nodes:
        items.append('"%s": (x: %s, y: %s, shape: "%s", hw: %s, hh: %s)' % (
            n["id"], num(n["x"]), num(n["y"]), n["shape"], num(n["hw"]), num(n.get("hh", n["hw"]))))
    return "#let NODES = (\n  " + ",\n  ".join(items) + ",\n)\n"


def targ(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return num(v)
    return v  # raw Typst


def call(fn, *args, **kw):
    parts = ['"%s"' % a for a in args]
    for k, v in kw.items():
        parts.append("%s: %s" % (k.replace("_", "-"), targ(v)))
    return "#%s(%s)\n" % (fn, ", ".join(parts))


def rnd(v):
    return round(v, 4)


def compile_and_write(name, src, nodes, edges, directed, notes, labels=None, check_offset=(0, 0),
                      check=True):
    typ = os.path.join("/tmp", "typst-work", name + ".typ")
    os.makedirs(os.path.dirname(typ), exist_ok=True)
    full = src + EPILOGUE
    with open(typ, "w") as f:
        f.write(full)
    svg = typst.compile(full.encode(), format="svg", ignore_system_fonts=True)
    out = json.loads(typst.query(full.encode(), "<out>", field="value", one=True, ignore_system_fonts=True))
    version = out["ver"]
    pos = {}
    for nid, x, y in out["nodes"]:
        assert nid not in pos, nid
        pos[nid] = (x, y)
    ids = [n["id"] for n in nodes]
    assert set(pos) == set(ids), (name, set(ids) ^ set(pos))
    if check:  # Typst's layout must agree with the coordinates we passed in
        for n in nodes:
            ex, ey = n["x"] + check_offset[0], n["y"] + check_offset[1]
            assert abs(pos[n["id"]][0] - ex) < 1e-6 and abs(pos[n["id"]][1] - ey) < 1e-6, (name, n, pos[n["id"]])
    tnodes = []
    for n in nodes:
        d = {"id": n["id"], "x": rnd(pos[n["id"]][0]), "y": rnd(pos[n["id"]][1])}
        if labels and n["id"] in labels:
            d["label"] = labels[n["id"]]
        tnodes.append(d)
    truth = {
        "generator": "typst %s (typst-py %s, typst.compile(format='svg'))" % (version, TYPST_PY),
        "directed": directed,
        "nodes": tnodes,
        "edges": [list(e) for e in edges],
        "notes": notes,
    }
    with open(os.path.join(HERE, name + ".svg"), "wb") as f:
        f.write(svg)
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-28s %4d nodes %4d edges %7d bytes" % (name, len(nodes), len(edges), len(svg)))


def page(w, h, margin=10):
    return "#set page(width: %s, height: %s, margin: %spt)\n" % (
        w if isinstance(w, str) else "%spt" % num(w), h if isinstance(h, str) else "%spt" % num(h), num(margin))


# ---------------------------------------------------------------- drawings

def fsm_loops():
    """Finite-state machine: labelled states, self-loops, reciprocal bent edges,
    edge labels on white boxes, an accepting (double) state, a start arrow."""
    R = 14
    pos = {"q0": (40, 80), "q1": (130, 80), "q2": (230, 80), "q3": (180, 170), "q4": (320, 80)}
    nodes = [dict(id=k, x=x, y=y, shape="circle", hw=R) for k, (x, y) in pos.items()]
    E = [  # (s, t, label, bend, loop-dir)
        ("q0", "q1", "a", 0, None), ("q1", "q1", "b", 0, "125deg"), ("q1", "q2", "a", 0.2, None),
        ("q2", "q1", "b", 0.2, None), ("q2", "q4", "a", 0, None), ("q1", "q3", "c", 0, None),
        ("q3", "q3", "a, b", 0, "90deg"), ("q3", "q4", "c", 0, None), ("q4", "q0", "b", -0.3, None),
    ]
    src = page(370, 260) + nodes_dict(nodes) + PRELUDE
    # start arrow coming from nowhere into q0
    src += "#place(top + left, line(start: (0pt, 80pt), end: (%spt, 80pt), stroke: 0.8pt))\n" % num(40 - R - 7)
    src += "#arrowhead((%s, 80), (1, 0))\n" % num(40 - R)
    for s, t, lab, bend, ld in E:
        kw = dict(label="[$%s$]" % lab)
        if bend:
            kw["bend"] = bend
        if ld:
            kw["loop_dir"] = ld
        src += call("edge", s, t, **kw)
    for k in pos:
        src += call("node", k, body="[$q_%s$]" % k[1], double=(k == "q4"))
    labels = {k: "q%s" % k[1] for k in pos}
    compile_and_write("fsm-loops", src, nodes, [(s, t) for s, t, *_ in E], True,
                      "Finite-state machine. Built-in Typst shapes only: states are circles with math "
                      "labels (glyph outlines), q4 is a double circle (two concentric rings). Two "
                      "self-loops (cubic curves: lower left of q1, below q3), a reciprocal pair q1<->q2 bent apart as "
                      "quadratic curves, a long bent edge q4->q0. Edge labels sit on white boxes. "
                      "Filled triangle arrowheads are separate polygons. A start arrow enters q0 from "
                      "the page edge with no source node (not an edge of the truth).",
                      labels=labels, check_offset=(10, 10))


def petersen():
    G = nx.petersen_graph()
    nodes = []
    for i in range(10):
        r = 110 if i < 5 else 55
        a = -math.pi / 2 + 2 * math.pi * (i % 5) / 5
        nodes.append(dict(id=str(i), x=rnd(140 + r * math.cos(a)), y=rnd(135 + r * math.sin(a)),
                          shape="circle", hw=11))
    src = page(300, 270) + nodes_dict(nodes) + PRELUDE
    for u, v in G.edges():
        src += call("edge", str(u), str(v), head="none", centres=True, w="1.2pt")
    for n in nodes:
        src += call("node", n["id"], body="[*%s*]" % n["id"], fill="rgb(\"#1f4e79\")", stroke="none",
                    tfill="white", tsize="9pt")
    compile_and_write("petersen", src, nodes, [(str(u), str(v)) for u, v in G.edges()], False,
                      "Petersen graph. Dark filled circles without outline, white bold number labels "
                      "(glyph outlines inside the node). Edges are lines from centre to centre drawn "
                      "before the nodes; the inner star's lines cross.",
                      labels={n["id"]: n["id"] for n in nodes}, check_offset=(10, 10))


def flowchart():
    N = [  # id, x, y, shape, hw, hh, label
        ("start", 150, 20, "ellipse", 34, 13, "Start"),
        ("read", 150, 75, "rect", 45, 14, "Read input"),
        ("valid", 150, 145, "diamond", 45, 26, "Valid?"),
        ("err", 290, 145, "rect", 42, 14, "Show error"),
        ("proc", 150, 215, "rect", 45, 14, "Process"),
        ("save", 150, 275, "rect", 45, 14, "Save result"),
        ("end", 150, 330, "ellipse", 34, 13, "End"),
        ("log", 20 + 25, 275, "rect", 25, 12, "Log"),
    ]
    nodes = [dict(id=i, x=x, y=y, shape=s, hw=a, hh=b) for i, x, y, s, a, b, _ in N]
    E = [("start", "read", None, 0), ("read", "valid", None, 0), ("valid", "proc", "yes", 0),
         ("valid", "err", "no", 0), ("err", "read", None, 0.25), ("proc", "save", None, 0),
         ("save", "end", None, 0), ("save", "log", None, 0)]
    src = page(360, 370) + nodes_dict(nodes) + PRELUDE
    for i, x, y, s, a, b, lab in N:
        src += call("node", i, body="[%s]" % lab, radius="4pt" if s == "rect" else "0pt",
                    fill="rgb(\"#eaf2fb\")", tsize="9pt")
    for s, t, lab, bend in E:  # drawn after the nodes (on top)
        kw = {"head": '"stealth"'}
        if lab:
            kw["label"] = "[_%s_]" % lab
        if bend:
            kw["bend"] = bend
        src += call("edge", s, t, **kw)
    compile_and_write("flowchart", src, nodes, [(s, t) for s, t, *_ in E], True,
                      "Flowchart: rounded rectangles, ellipses (start/end), a diamond decision, text "
                      "labels as glyph outlines. Edges drawn after the nodes, ending on the shape "
                      "boundaries with 4-point 'stealth' heads (filled polygons); 'yes'/'no' labels on "
                      "white boxes; the back edge err->read is a quadratic curve.",
                      labels={i: lab for i, *_, lab in N}, check_offset=(10, 10))


def grid():
    G = nx.grid_2d_graph(5, 4)
    name = lambda p: "%d_%d" % p
    nodes = [dict(id=name(p), x=20 + 50 * p[0], y=20 + 50 * p[1], shape="circle", hw=4) for p in G.nodes()]
    src = page(260, 210, margin=5) + nodes_dict(nodes) + PRELUDE
    for u, v in G.edges():
        src += call("edge", name(u), name(v), head="none", centres=True, col="gray", w="1.5pt")
    for n in nodes:
        src += call("node", n["id"], fill="black", stroke="none")
    compile_and_write("grid-5x4", src, nodes, [(name(u), name(v)) for u, v in G.edges()], False,
                      "5x4 grid graph: small filled black dots (r=4) without labels, gray lines from "
                      "centre to centre under the dots. Collinear edges line up into long straight runs.",
                      check_offset=(5, 5))


def cycle_polygons():
    hexa = ["a", "b", "c", "d", "e", "f"]
    star = ["s0", "s1", "s2", "s3", "s4"]
    chain = ["u", "v", "w", "x"]
    nodes = []
    for i, k in enumerate(hexa):
        a = 2 * math.pi * i / 6
        nodes.append(dict(id=k, x=rnd(90 + 60 * math.cos(a)), y=rnd(90 + 60 * math.sin(a)), shape="circle", hw=10))
    for i, k in enumerate(star):
        a = -math.pi / 2 + 2 * math.pi * i / 5
        nodes.append(dict(id=k, x=rnd(260 + 65 * math.cos(a)), y=rnd(95 + 65 * math.sin(a)), shape="circle", hw=10))
    for i, k in enumerate(chain):
        nodes.append(dict(id=k, x=60 + 75 * i, y=230 + (25 if i % 2 else -5), shape="circle", hw=10))
    P = {n["id"]: n for n in nodes}
    src = page(360, 290) + nodes_dict(nodes) + PRELUDE
    pts = lambda ids: ", ".join("pt((NODES.at(\"%s\").x, NODES.at(\"%s\").y))" % (k, k) for k in ids)
    # the hexagon cycle as ONE closed polygon through the node centres
    src += "#place(top + left, polygon(fill: none, stroke: 1pt + rgb(\"#444444\"), %s))\n" % pts(hexa)
    # a self-crossing closed path (pentagram) as one curve: s0 s2 s4 s1 s3, closed
    order = [star[i] for i in (0, 2, 4, 1, 3)]
    segs = ["curve.move(pt((NODES.at(\"%s\").x, NODES.at(\"%s\").y)))" % (order[0], order[0])]
    segs += ["curve.line(pt((NODES.at(\"%s\").x, NODES.at(\"%s\").y)))" % (k, k) for k in order[1:]]
    segs += ["curve.close(mode: \"straight\")"]
    src += "#place(top + left, curve(stroke: 1pt + rgb(\"#444444\"), %s))\n" % ", ".join(segs)
    # an open polyline through four nodes as one curve
    segs = ["curve.move(pt((NODES.at(\"%s\").x, NODES.at(\"%s\").y)))" % (chain[0], chain[0])]
    segs += ["curve.line(pt((NODES.at(\"%s\").x, NODES.at(\"%s\").y)))" % (k, k) for k in chain[1:]]
    src += "#place(top + left, curve(stroke: 1pt + rgb(\"#444444\"), %s))\n" % ", ".join(segs)
    # one separate chord in the hexagon and a bridge to the star
    src += call("edge", "a", "d", head="none", centres=True, w="1pt")
    src += call("edge", "a", "s3", head="none", centres=True, w="1pt")
    for n in nodes:
        src += call("node", n["id"], body="[%s]" % n["id"], tsize="7pt", fill="rgb(\"#fff3c4\")")
    edges = [(hexa[i], hexa[(i + 1) % 6]) for i in range(6)]
    edges += [(order[i], order[(i + 1) % 5]) for i in range(5)]
    edges += [(chain[i], chain[i + 1]) for i in range(3)]
    edges += [("a", "d"), ("a", "s3")]
    compile_and_write("cycle-polygons", src, nodes, edges, False,
                      "Edges drawn as whole paths through the node centres: a hexagon cycle a..f as "
                      "ONE closed <path> (Typst polygon), a pentagram s0-s2-s4-s1-s3-s0 as one closed, "
                      "self-crossing path (its crossings are not nodes), and an open zigzag polyline "
                      "u-v-w-x as one path. Plus single lines a-d and a-s3. Circles with text labels "
                      "sit on top of the path corners.",
                      labels={n["id"]: n["id"] for n in nodes}, check_offset=(10, 10))


def binary_tree():
    n = 31
    nodes = []
    depth = lambda i: int(math.log2(i))
    for i in range(1, n + 1):
        d = depth(i)
        k = i - 2 ** d
        span = 560 / 2 ** d
        nodes.append(dict(id=str(i), x=rnd(span * (k + 0.5)), y=20 + 55 * d, shape="circle", hw=8))
    edges = [(str(i // 2), str(i)) for i in range(2, n + 1)]
    src = page("auto", "auto", margin=12) + nodes_dict(nodes) + PRELUDE
    src += "#box(width: 560pt, height: 250pt)[\n"
    for s, t in edges:
        src += call("edge", s, t, head="none")
    for nd in nodes:
        src += call("node", nd["id"], body="[%s]" % nd["id"], tsize="6.5pt")
    src += "]\n"
    compile_and_write("binary-tree-31", src, nodes, edges, False,
                      "Complete binary tree of 31 nodes in a page sized to its content (width/height "
                      "auto). Small outlined circles (r=8) with number labels; lines stop at the circle "
                      "boundaries. Leaves are 9 pt apart.",
                      labels={x["id"]: x["id"] for x in nodes}, check_offset=(12, 12))


def random_geometric_figure():
    G = nx.random_geometric_graph(60, 0.19, seed=7)
    W, H = 320, 230
    nodes = []
    for v, (x, y) in G.nodes(data="pos"):
        nodes.append(dict(id="v%d" % v, x=rnd(10 + x * (W - 20)), y=rnd(10 + y * (H - 20)), shape="circle", hw=4.5))
    src = page(360, "auto", margin=15) + nodes_dict(nodes) + PRELUDE
    src += "= Results\nThe graph below is a random geometric graph on 60 points.\n"
    body = ""
    for u, v in G.edges():
        body += call("edge", "v%d" % u, "v%d" % v, head="none", centres=True, col="rgb(\"#888888\")", w="0.6pt")
    for i, nd in enumerate(nodes):
        col = ["#e41a1c", "#377eb8", "#4daf4a"][G.degree(int(nd["id"][1:])) % 3]
        body += call("node", nd["id"], fill="rgb(\"%s\")" % col, stroke="0.5pt + black")
    src += "#figure(box(width: %dpt, height: %dpt, stroke: 0.5pt + gray)[\n%s], caption: [A random geometric graph (radius 0.19, seed 7).])\n" % (W, H, body.replace("\n#", "\n  #").replace("#", "", 0))
    src += "Some text after the figure.\n"
    compile_and_write("random-geometric-figure", src, nodes, [("v%d" % u, "v%d" % v) for u, v in G.edges()], False,
                      "60-node random geometric graph inside a #figure with a framed box, a heading, "
                      "body text and a caption (all glyph outlines). Node positions come from Typst's "
                      "layout (figure centred on the page). Colored dots r=4.5 with thin black outline, "
                      "gray lines centre to centre under them. The frame rectangle is not a node.",
                      check=False)


def multigraph_curves():
    pos = {"A": (60, 60), "B": (240, 60), "C": (240, 200), "D": (60, 200)}
    nodes = [dict(id=k, x=x, y=y, shape="rect", hw=16, hh=12) for k, (x, y) in pos.items()]
    E = [("A", "B", 0.12), ("A", "B", -0.3), ("A", "B", 0.3), ("B", "A", 0.12), ("B", "C", 0),
         ("C", "D", 0.2), ("D", "C", 0.2), ("D", "A", 0), ("A", "C", 0.1), ("C", "C", 0), ("D", "D", 0)]
    src = page(320, 280) + nodes_dict(nodes) + PRELUDE
    for s, t, b in E:
        kw = {"head": '"open"'}
        if b:
            kw["bend"] = b
        if s == t:
            kw["loop_dir"] = "0deg" if s == "C" else "135deg"
        src += call("edge", s, t, **kw)
    for k in pos:
        src += call("node", k, body="[*%s*]" % k, fill="rgb(\"#d9ead3\")", stroke="1pt + rgb(\"#38761d\")")
    compile_and_write("multigraph-curves", src, nodes, [(s, t) for s, t, _ in E], True,
                      "Directed multigraph on 4 square-ish rectangles: three parallel A->B edges "
                      "(quadratic curves bent by different amounts, one on each side) and a reciprocal "
                      "B->A, a reciprocal C<->D pair, self-loops on C (right) and D (upper left). "
                      "Arrowheads are OPEN chevrons (two stroked segments, unfilled) ending on the "
                      "rectangle boundary; edges drawn before the nodes.",
                      labels={k: k for k in pos}, check_offset=(10, 10))


def scaled_dag():
    layers = [["src"], ["parse", "lex"], ["ast", "tokens", "errors"], ["typecheck", "codegen"], ["binary"]]
    nodes = []
    for d, L in enumerate(layers):
        for i, k in enumerate(L):
            nodes.append(dict(id=k, x=rnd(250 + (i - (len(L) - 1) / 2) * 140), y=30 + 75 * d,
                              shape="ellipse", hw=38, hh=15))
    E = [("src", "parse"), ("src", "lex"), ("lex", "tokens"), ("parse", "ast"), ("tokens", "parse"),
         ("parse", "errors"), ("ast", "typecheck"), ("ast", "codegen"), ("typecheck", "codegen"),
         ("codegen", "binary"), ("errors", "binary"), ("typecheck", "errors")]
    src = page("auto", "auto", margin=8) + nodes_dict(nodes) + PRELUDE
    body = ""
    for s, t in E:
        body += call("edge", s, t)
    for n in nodes:
        body += call("node", n["id"], body="[`%s`]" % n["id"], tsize="9pt", fill="rgb(\"#fde9d9\")")
    src += "#scale(65%%, reflow: true)[#box(width: 500pt, height: 350pt)[\n%s]]\n" % body
    compile_and_write("scaled-dag", src, nodes, E, True,
                      "Layered DAG of ellipse nodes with monospace labels, the whole drawing wrapped "
                      "in #scale(65%, reflow: true): Typst writes one <g transform=\"matrix(0.65 0 0 "
                      "0.65 8 8)\"> around it, so every coordinate inside is scaled. Latex-style filled "
                      "triangle heads end on the ellipse boundary.",
                      labels={n["id"]: n["id"] for n in nodes},
                      check=False)
    # sanity: scale 0.65 about the origin of the reflowed box, then the margin
    truth = json.load(open(os.path.join(HERE, "scaled-dag.truth.json")))
    P = {n["id"]: n for n in nodes}
    for t in truth["nodes"]:
        ex, ey = 8 + 0.65 * P[t["id"]]["x"], 8 + 0.65 * P[t["id"]]["y"]
        assert abs(t["x"] - ex) < 1e-3 and abs(t["y"] - ey) < 1e-3, (t, ex, ey)


def circle_layout_in_typst():
    """The layout is computed by Typst code (calc.cos/sin); truth from Typst's layout query."""
    n = 14
    rng = random.Random(3)
    E = set()
    for i in range(n):
        E.add((i, (i + 1) % n))
    while len(E) < 30:
        a, b = rng.sample(range(n), 2)
        if (a, b) not in E and (b, a) not in E:
            E.add((a, b))
    E = sorted(E)
    src = page(300, 300)
    src += "#let n = %d\n" % n
    src += ("#let NODES = range(n).map(i => (\"k\" + str(i), (x: 140 + 120 * calc.cos(i * 360deg / n), "
            "y: 140 + 120 * calc.sin(i * 360deg / n), shape: if calc.even(i) { \"diamond\" } else { \"rect\" }, "
            "hw: 11, hh: 11))).to-dict()\n")
    src += PRELUDE
    src += "#let E = (%s,)\n" % ", ".join("(%d, %d)" % e for e in E)
    src += "#for (a, b) in E { edge(\"k\" + str(a), \"k\" + str(b), head: \"latex\", col: rgb(\"#7a1f5c\")) }\n"
    src += "#for i in range(n) { node(\"k\" + str(i), body: text(weight: \"bold\", str(i)), tsize: 8pt, fill: luma(230)) }\n"
    nodes = []
    for i in range(n):
        nodes.append(dict(id="k%d" % i, x=140 + 120 * math.cos(2 * math.pi * i / n),
                          y=140 + 120 * math.sin(2 * math.pi * i / n), shape="diamond" if i % 2 == 0 else "rect", hw=11))
    compile_and_write("circle-typst-loop", src, nodes, [("k%d" % a, "k%d" % b) for a, b in E], True,
                      "Circular layout computed inside Typst (for loops, calc.cos/calc.sin); nodes "
                      "alternate diamonds (4-point polygons) and squares, with bold number labels. "
                      "Colored filled-triangle arrowheads ending on the shape boundary. Truth positions "
                      "are Typst's own layout positions read with typst.query.",
                      labels={"k%d" % i: str(i) for i in range(n)}, check_offset=(10, 10))


def fr_layout(G, seed, iterations=300):
    """Plain-Python Fruchterman-Reingold (no numpy, so the result is reproducible)."""
    rng = random.Random(seed)
    V = list(G.nodes())
    pos = {v: [rng.random(), rng.random()] for v in V}
    k = math.sqrt(1.0 / len(V))
    t = 0.1
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in V}
        for i, u in enumerate(V):
            for w in V[i + 1:]:
                dx = pos[u][0] - pos[w][0]
                dy = pos[u][1] - pos[w][1]
                d = max(math.hypot(dx, dy), 1e-4)
                f = k * k / d
                disp[u][0] += dx / d * f; disp[u][1] += dy / d * f
                disp[w][0] -= dx / d * f; disp[w][1] -= dy / d * f
        for u, w in G.edges():
            dx = pos[u][0] - pos[w][0]
            dy = pos[u][1] - pos[w][1]
            d = max(math.hypot(dx, dy), 1e-4)
            f = d * d / k
            disp[u][0] -= dx / d * f; disp[u][1] -= dy / d * f
            disp[w][0] += dx / d * f; disp[w][1] += dy / d * f
        for v in V:
            dl = max(math.hypot(*disp[v]), 1e-9)
            s = min(dl, t) / dl
            pos[v][0] += disp[v][0] * s
            pos[v][1] += disp[v][1] * s
        t -= 0.1 / (iterations + 1)
    return pos


def large_150():
    G = nx.barabasi_albert_graph(150, 2, seed=11)
    pos = fr_layout(G, 11)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    S = 560
    nodes = []
    for v in G.nodes():
        x = 10 + S * (pos[v][0] - min(xs)) / (max(xs) - min(xs))
        y = 10 + S * (pos[v][1] - min(ys)) / (max(ys) - min(ys))
        nodes.append(dict(id="n%d" % v, x=rnd(x), y=rnd(y), shape="circle", hw=3))
    src = page(600, 600, margin=10) + nodes_dict(nodes) + PRELUDE
    for u, v in G.edges():
        src += call("edge", "n%d" % u, "n%d" % v, head="none", centres=True, col="rgb(\"#3a5fcd\")", w="0.4pt")
    for nd in nodes:
        src += call("node", nd["id"], fill="rgb(\"#cc3333\")", stroke="none")
    compile_and_write("ba-150", src, nodes, [("n%d" % u, "n%d" % v) for u, v in G.edges()], False,
                      "150-node Barabasi-Albert graph (m=2, seed 11) with a spring layout "
                      "(seed 11; plain-Python Fruchterman-Reingold), drawn with Typst circles r=3 (no outline) over thin blue lines from "
                      "centre to centre. Hubs have dozens of edges; some nodes nearly touch.",
                      check_offset=(10, 10))


def main():
    for f in (fsm_loops, petersen, flowchart, grid, cycle_polygons, binary_tree, random_geometric_figure,
              multigraph_curves, scaled_dag, circle_layout_in_typst, large_150):
        f()


if __name__ == "__main__":
    main()
