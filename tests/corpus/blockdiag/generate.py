#!/usr/bin/env python3
"""Generate the blockdiag drawings of this folder and their truth files.

Run with the Python of a venv that has requirements.txt installed:

    python3 generate.py            # all drawings
    python3 generate.py shapes     # only drawings whose name contains "shapes"

Every drawing is made in-process with blockdiag's own API (parser ->
ScreenNodeBuilder -> DiagramDraw, exactly what the `blockdiag -Tsvg` command
does).  The truth is read from the same built diagram and the same metrics
object the drawer used:

* nodes: every drawable node; x, y = centre of the bounding box of the
  node's shape as blockdiag draws it.  The shape is drawn a second time into
  a recording drawer (the renderer's `render_vector_shape`, which is what the
  SVG output uses, or `render_shape` for shapes without one), and the box of
  all recorded primitives is taken (SVG elliptical arcs are bounded exactly).
  Labels, icons and number badges are not part of the shape.
* edges: every edge blockdiag draws (style != none); see `edge_pair`.
* check: each recorded primitive is then looked up among the non-shadow
  elements of the written SVG (same element kind, same numbers to 1e-6), so
  every truth position is tied to shapes that really are in the file.

No TrueType font is used (blockdiag then measures text with Pillow's built-in
bitmap font), so the layout does not depend on the fonts of the machine.
"""

import json
import math
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

import blockdiag
from blockdiag import builder, drawer, noderenderer, parser
from blockdiag.utils.fontmap import FontMap

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = "blockdiag %s" % blockdiag.__version__


# ---------------------------------------------------------------------------
# The graphs
# ---------------------------------------------------------------------------

def large_graph(seed=7, n=52):
    """A seeded random service map: a tree plus cross edges, three groups."""
    rnd = random.Random(seed)
    names = ["n%02d" % i for i in range(n)]
    edges = []
    for i in range(1, n):
        # attach to one of the few previous nodes -> a broad, shallow tree
        parent = rnd.randrange(max(0, i - 6), i)
        edges.append((names[parent], names[i]))
    extra = set()
    while len(extra) < 12:
        a, b = sorted(rnd.sample(range(n), 2))
        if (names[a], names[b]) not in edges:
            extra.add((names[a], names[b]))
    edges += sorted(extra)
    shapes = ["box", "box", "box", "roundedbox", "ellipse", "diamond"]
    colours = ["#ffffff", "#ffffff", "#e0f0ff", "#fff0d0", "#e8ffe8"]
    lines = ["blockdiag {",
             "  node_width = 96; node_height = 32;",
             "  span_width = 48; span_height = 24;"]
    for i, name in enumerate(names):
        lines.append('  %s [label = "svc-%d", shape = %s, color = "%s"];'
                     % (name, i, rnd.choice(shapes), rnd.choice(colours)))
    for a, b in edges:
        lines.append("  %s -> %s;" % (a, b))
    lines.append('  group { label = "core"; color = "#ffe0e0"; %s; }'
                 % "; ".join(names[1:4]))
    lines.append('  group { label = "edge"; color = "#e0e0ff"; %s; }'
                 % "; ".join(names[40:44]))
    lines.append("}")
    return "\n".join(lines) + "\n"


DIAGRAMS = [
    ("chain-default-6", """
blockdiag {
  A -> B -> C -> D -> E -> F;
}
""", "Plain chain, all defaults: boxes, blurred drop shadows, arrowheads."),

    ("tree-portrait-13", """
blockdiag {
  orientation = portrait;
  default_shape = roundedbox;
  root -> api, worker, web;
  api -> auth, users, docs;
  worker -> queue -> jobs;
  worker -> cron;
  web -> static, templates;
  users -> db;
  jobs -> db;
}
""", "Tree (one node reached twice) laid out top-down (orientation = portrait), roundedbox nodes, shadows on."),

    ("undirected-ellipses-10", """
blockdiag {
  default_shape = ellipse;
  a -- b -- c -- d;
  a -- e -- f;
  b -- g;
  c -- h -- i;
  e -- j;
  d -- j;
  g -- h;
}
""", "Undirected graph (every edge `--`, dir = none, no heads) with cycles; ellipse nodes with shadows."),

    ("dir-both-back-10", """
blockdiag {
  client -> proxy -> app;
  app <-> cache;
  app -> db [dir = both];
  db <- backup;
  app <- monitor;
  proxy -> logs [dir = back];
  app -> mq;
  mq <-> worker;
}
""", "Mixed heads: forward (->), both ends (<-> and dir = both), back (<- and dir = back)."),

    ("node-shapes-18", """
blockdiag {
  node_height = 48;
  s1 [shape = box, label = "box"];
  s2 [shape = roundedbox, label = "roundedbox"];
  s3 [shape = diamond, label = "diamond"];
  s4 [shape = ellipse, label = "ellipse"];
  s5 [shape = note, label = "note"];
  s6 [shape = cloud, label = "cloud"];
  s7 [shape = mail, label = "mail"];
  s8 [shape = beginpoint, label = "begin"];
  s9 [shape = endpoint, label = "end"];
  s10 [shape = minidiamond, label = "mini"];
  s11 [shape = actor, label = "actor"];
  s12 [shape = circle, label = "circle"];
  s13 [shape = square, label = "square"];
  s14 [shape = "flowchart.database", label = "database"];
  s15 [shape = "flowchart.input", label = "input"];
  s16 [shape = "flowchart.loopin", label = "loopin"];
  s17 [shape = "flowchart.loopout", label = "loopout"];
  s18 [shape = "flowchart.terminator", label = "terminator"];
  s1 -> s2 -> s3 -> s4 -> s5 -> s6;
  s7 -> s8 -> s9 -> s10 -> s11 -> s12;
  s13 -> s14 -> s15 -> s16 -> s17 -> s18;
  s3 -> s9;
  s9 -> s15;
}
""", "Every built-in node shape (box, roundedbox, diamond, ellipse, note, cloud, mail, beginpoint, endpoint, minidiamond, actor, circle, square, flowchart.database/input/loopin/loopout/terminator), shadows on, node_height 48."),

    ("flowchart-portrait-11", """
blockdiag {
  orientation = portrait;
  start [shape = beginpoint, label = ""];
  read [shape = "flowchart.input", label = "read request"];
  valid [shape = "flowchart.condition", label = "valid?"];
  reject [shape = box, label = "reject"];
  loop [shape = "flowchart.loopin", label = "for each item"];
  store [shape = "flowchart.database", label = "store"];
  next [shape = "flowchart.loopout", label = "next"];
  reply [shape = "flowchart.terminator", label = "reply"];
  log [shape = note, label = "log"];
  mail [shape = mail, label = "notify"];
  stop [shape = endpoint, label = ""];
  start -> read -> valid;
  valid -> loop [label = "yes"];
  valid -> reject [label = "no"];
  loop -> store -> next -> reply -> stop;
  next -> loop [folded, label = "more"];
  reject -> log;
  reject -> mail;
  mail -> stop;
}
""", "Flowchart top-down: begin/end points without labels, flowchart.* shapes, yes/no edge labels, a folded back edge."),

    ("colours-noshadow-10", """
blockdiag {
  shadow_style = none;
  default_linecolor = "#336699";
  default_textcolor = "#003366";
  A [color = "#ffcccc", label = "red"];
  B [color = "pink", linecolor = "red"];
  C [color = "#ccffcc", textcolor = "darkgreen"];
  D [color = "lightblue", style = dashed];
  E [color = "#ffff99", shape = roundedbox];
  F [color = "orange", shape = ellipse];
  G [color = "#333333", textcolor = "white", label = "dark"];
  H [color = "none", label = "no fill"];
  I [color = "#ddddff", shape = diamond, style = dotted];
  J [color = "#eeeeee", shape = note];
  A -> B [color = "red", thick];
  B -> C [color = "green"];
  A -> D [color = "#999999"];
  D -> E -> F;
  C -> G [thick];
  E -> H;
  F -> I [color = "blue", thick];
  G -> J;
  H -> J [color = "orange"];
}
""", "Colours without shadows (shadow_style = none): fills, line and text colours, dashed/dotted outlines, a node with color = none (outline only), coloured and thick edges."),

    ("groups-12", """
blockdiag {
  shadow_style = solid;
  lb -> web1, web2;
  web1, web2 -> app1, app2;
  app1, app2 -> db1;
  db1 -> db2 [style = dashed];
  app2 -> mq -> w1, w2;
  ops -> lb;
  ops -> mon;
  group frontend {
    label = "frontend";
    color = "#77FF77";
    web1; web2;
  }
  group backend {
    label = "backend";
    color = "#FF7777";
    app1; app2;
  }
  group storage {
    label = "storage";
    orientation = portrait;
    color = "#7777FF";
    db1; db2;
  }
  group workers {
    label = "workers";
    shape = line;
    style = dashed;
    w1; w2;
  }
}
""", "Four groups: three filled colour boxes with labels (one with orientation = portrait), one drawn as a dashed outline (shape = line); many-to-many edges drawn along shared lanes; solid (unblurred) shadows."),

    ("edge-labels-dashed-8", """
blockdiag {
  span_width = 96;
  user -> login [label = "POST"];
  login -> session [label = "create", style = dashed];
  session -> store [label = "write", style = dotted];
  login -> login [label = "retry"];
  login -> error [label = "fail", color = "red"];
  session -> token [label = "issue"];
  token -> user [label = "return", folded];
  store -> audit [style = "3,3,3,3,15,3"];
  error -> audit [label = "log", style = dashed];
  audit -> report;
}
""", "Edge labels in white boxes, dashed/dotted/custom-pattern edges, a self-loop with a label, a folded edge back to the start, span_width 96."),

    ("span-folded-stacked-12", """
blockdiag {
  span_width = 32;
  span_height = 56;
  node_width = 104;
  node_height = 56;
  src [stacked, label = "sources"];
  parse -> check -> out [folded];
  src -> parse;
  check -> fix -> check2;
  check2 -> out;
  out -> sink;
  sink [stacked];
  parse -> cache [style = none];
  cache [label = "cache"];
  cache -> misc;
  wide [width = 200, label = "wide node"];
  tall [height = 96, label = "tall"];
  misc -> wide -> tall;
  out -> arch [folded];
}
""", "Non-default span_width/height and node size, per-node width/height, stacked nodes (two unlabelled copies offset behind), folded edges, an invisible layout edge (style = none, not in truth)."),

    ("labels-ids-12", """
blockdiag {
  default_fontsize = 12;
  n1 [label = "Load balancer", numbered = 1];
  n2 [label = "Web\\nserver", numbered = 2];
  n3 [label = "Application server with a long name"];
  n4 [label = "DB", numbered = 3];
  n5 [label = "Cache\\n(redis)"];
  n6 [label = "Batch"];
  n7 [label = "vertical", label_orientation = vertical, height = 80];
  n8 [label = "rotated", rotate = 270];
  n9 [label = "n9"];
  n10 [label = "Zürich"];
  n11 [label = "x"];
  n12 [label = ""];
  n1 -> n2 -> n3 -> n4;
  n3 -> n5;
  n6 -> n4;
  n6 -> n7 -> n8;
  n5 -> n9 -> n10;
  n10 -> n11;
  n11 -> n12;
  n8 -> n12;
}
""", "Node ids differ from drawn labels: multi-line labels, a long wrapped label, number badges (numbered), a vertical label, a rotated label, a non-ASCII (Latin-1) label, an empty label."),

    ("large-52", large_graph(), "Larger seeded random service map: 52 nodes, tree + 12 cross edges, mixed shapes and fills, two groups, node 96x32, span 48x24."),
]


# ---------------------------------------------------------------------------
# Shape geometry
# ---------------------------------------------------------------------------

def arc_points(x1, y1, rx, ry, phi, large, sweep, x2, y2):
    """Extreme points of an SVG elliptical arc (x-axis-rotation must be 0)."""
    assert phi == 0
    pts = [(x1, y1), (x2, y2)]
    if rx == 0 or ry == 0 or (x1 == x2 and y1 == y2):
        return pts
    rx, ry = abs(rx), abs(ry)
    xp, yp = (x1 - x2) / 2.0, (y1 - y2) / 2.0
    lam = xp * xp / (rx * rx) + yp * yp / (ry * ry)
    if lam > 1:
        rx *= math.sqrt(lam)
        ry *= math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
    den = rx * rx * yp * yp + ry * ry * xp * xp
    coef = math.sqrt(max(0.0, num / den))
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * yp / ry, -coef * ry * xp / rx
    cx, cy = cxp + (x1 + x2) / 2.0, cyp + (y1 + y2) / 2.0
    t1 = math.atan2((yp - cyp) / ry, (xp - cxp) / rx)
    t2 = math.atan2((-yp - cyp) / ry, (-xp - cxp) / rx)
    dt = t2 - t1
    if sweep and dt < 0:
        dt += 2 * math.pi
    if not sweep and dt > 0:
        dt -= 2 * math.pi
    lo, hi = min(t1, t1 + dt), max(t1, t1 + dt)
    k = math.ceil(lo / (math.pi / 2))
    while k * math.pi / 2 <= hi:
        a = k * math.pi / 2
        pts.append((cx + rx * round(math.cos(a)), cy + ry * round(math.sin(a))))
        k += 1
    return pts


def path_points(d):
    """Points bounding a path of M/L/A commands as blockdiag writes them."""
    toks = re.findall(r"[MLAZz]|-?[0-9.]+(?:e-?[0-9]+)?", d)
    pts, i, cur = [], 0, None
    while i < len(toks):
        c = toks[i]
        if c in ("M", "L"):
            cur = (float(toks[i + 1]), float(toks[i + 2]))
            pts.append(cur)
            i += 3
        elif c == "A":
            a = [float(t) for t in toks[i + 1:i + 8]]
            pts += arc_points(cur[0], cur[1], a[0], a[1], a[2], int(a[3]),
                              int(a[4]), a[5], a[6])
            cur = (a[5], a[6])
            i += 8
        elif c in ("Z", "z"):
            i += 1
        else:
            raise ValueError("unexpected path token %r in %r" % (c, d))
    return pts


class Recorder(object):
    """Stands in for blockdiag's SVG drawer and keeps what is drawn."""

    def __init__(self):
        self.prims = []   # (kind, numbers)

    def rectangle(self, box, **kw):
        self.prims.append(("rect", [box.x, box.y, box.width, box.height]))

    def ellipse(self, box, **kw):
        c = box.center
        self.prims.append(("ellipse", [c.x, c.y, box.width / 2.0,
                                       box.height / 2.0]))

    def polygon(self, points, **kw):
        nums = []
        for p in points:
            nums += [p.x, p.y]
        self.prims.append(("polygon", nums))

    def line(self, points, **kw):
        # blockdiag's linejump filter writes a polyline one segment a <path>
        for p, q in zip(points, points[1:]):
            self.prims.append(("path", "M %s %s L %s %s" % (p.x, p.y, q.x, q.y)))

    def path(self, pd, **kw):
        self.prims.append(("path", " ".join(pd.path)))

    def arc(self, *a, **kw):
        raise AssertionError("arc() is not used by SVG vector shapes")

    def image(self, *a, **kw):
        pass

    def textarea(self, *a, **kw):
        pass


def prim_points(kind, nums):
    if kind == "rect":
        x, y, w, h = nums
        return [(x, y), (x + w, y + h)]
    if kind == "ellipse":
        cx, cy, rx, ry = nums
        return [(cx - rx, cy - ry), (cx + rx, cy + ry)]
    if kind == "polygon":
        return list(zip(nums[0::2], nums[1::2]))
    if kind == "path":
        return path_points(nums)
    raise ValueError(kind)


def prim_numbers(kind, nums):
    if kind == "path":
        return [float(t) for t in re.findall(r"-?[0-9.]+(?:e-?[0-9]+)?", nums)]
    return [float(v) for v in nums]


def shape_primitives(node, metrics):
    shape = noderenderer.get(node.shape)(node, metrics)
    rec = Recorder()
    if hasattr(shape, "render_vector_shape"):
        shape.render_vector_shape(rec, "SVG", fill=(0, 0, 0))
    else:
        shape.render_shape(rec, "SVG", fill=(0, 0, 0))
    return rec.prims


# ---------------------------------------------------------------------------
# SVG check
# ---------------------------------------------------------------------------

SVGNS = "{http://www.w3.org/2000/svg}"


def svg_primitives(svg_path):
    """Non-shadow shape elements of a blockdiag SVG as (kind, numbers)."""
    root = ET.parse(svg_path).getroot()
    out = []

    def walk(el, transformed):
        for ch in el:
            tag = ch.tag.replace(SVGNS, "")
            if tag in ("defs", "title", "desc", "text"):
                continue
            if tag in ("g", "a"):
                walk(ch, transformed or "transform" in ch.attrib)
                continue
            if transformed:
                continue   # only rotated text sits in transformed <g>
            if "filter:" in ch.get("style", "") or ch.get("filter"):
                continue   # blurred shadows
            if tag == "rect":
                nums = [ch.get(k) for k in ("x", "y", "width", "height")]
            elif tag == "ellipse":
                nums = [ch.get(k) for k in ("cx", "cy", "rx", "ry")]
            elif tag == "polygon":
                nums = re.findall(r"-?[0-9.]+", ch.get("points"))
            elif tag == "path":
                nums = re.findall(r"-?[0-9.]+(?:e-?[0-9]+)?", ch.get("d"))
            else:
                continue
            out.append((tag, [float(v) for v in nums], ch))

    walk(root, False)
    return out


def same(a, b):
    return len(a) == len(b) and all(abs(x - y) < 1e-6 for x, y in zip(a, b))


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def edge_pair(edge):
    """Truth pair of one drawn edge, from its bare end to its head."""
    a, b = edge.node1.id, edge.node2.id
    if edge.dir == "back":      # head drawn at node1 only
        return [b, a]
    return [a, b]               # forward, both (kept as written), none


def dump_truth(truth):
    """JSON with one node / one edge a line, like the rest of the corpus."""
    def j(v):
        return json.dumps(v, ensure_ascii=False)
    out = ["{",
           ' "generator": %s,' % j(truth["generator"]),
           ' "directed": %s,' % j(truth["directed"]),
           ' "nodes": [']
    out.append(",\n".join("  " + j(n) for n in truth["nodes"]))
    out.append(" ],")
    out.append(' "edges": [')
    out.append(",\n".join("  " + j(e) for e in truth["edges"]))
    out.append(" ],")
    out.append(' "notes": %s' % j(truth["notes"]))
    out.append("}")
    return "\n".join(out) + "\n"


def generate(name, source, what):
    svg_path = os.path.join(HERE, name + ".svg")
    tree = parser.parse_string(source)
    diagram = builder.ScreenNodeBuilder.build(tree)
    fontmap = FontMap()          # no TrueType font: Pillow's bitmap metrics
    draw = drawer.DiagramDraw("SVG", diagram, svg_path, fontmap=fontmap,
                              code=source, nodoctype=False)
    draw.draw()
    draw.save()

    metrics = draw.metrics
    on_svg = svg_primitives(svg_path)
    nodes = []
    for node in draw.nodes:
        prims = shape_primitives(node, metrics)
        assert prims, "node %s draws no shape" % node.id
        pts = []
        for kind, nums in prims:
            pts += prim_points(kind, nums)
            want = prim_numbers(kind, nums)
            hits = [e for e in on_svg if e[0] == kind and same(e[1], want)]
            assert hits, "%s: %s %s not found in the SVG" % (name, node.id,
                                                            (kind, nums))
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        nodes.append({"id": node.id,
                      "x": round((min(xs) + max(xs)) / 2.0, 6),
                      "y": round((min(ys) + max(ys)) / 2.0, 6),
                      "label": node.label or "",
                      "_shape": node.shape, "_cell": list(metrics.cell(node).box)})

    edges, dirs = [], set()
    for edge in draw.edges:
        edges.append(edge_pair(edge))
        dirs.add(edge.dir)
    directed = dirs != {"none"}
    assert not (directed and "none" in dirs), \
        "%s mixes headless and headed edges" % name
    hidden = [e for e in diagram.traverse_edges() if e.style == "none"]

    notes = [what]
    if "both" in dirs:
        notes.append("dir = both edges (<->) have heads at both ends; they are "
                     "listed once, as written in the source [node1, node2].")
    if "back" in dirs:
        notes.append("dir = back edges (a <- b, or a -> b [dir = back]) have "
                     "their only head at the first-written node: listed as "
                     "drawn, [b, a] (bare end to head).")
    if any(e[0] == e[1] for e in edges):
        notes.append("Has a self-loop.")
    if hidden:
        notes.append("Invisible edges (style = none, used for layout) are "
                     "not drawn and not listed: %s." % ", ".join(
                         "%s->%s" % (e.node1.id, e.node2.id) for e in hidden))
    if any(n.stacked for n in draw.nodes):
        notes.append("Stacked nodes are drawn as the node plus two unlabelled "
                     "copies offset by (4,4) and (8,8) behind it; the truth "
                     "position is the front (labelled) shape.")
    if diagram.shadow_style != "none":
        notes.append("Shadows (%s): a black copy of each shape offset by "
                     "(3,6)%s, drawn before all nodes."
                     % (diagram.shadow_style,
                        ", blurred with an SVG filter, opacity 0.7"
                        if diagram.shadow_style == "blur" else ""))
    if any(g.shape == "box" for g in draw.groups):
        notes.append("Groups are filled background rectangles (blurred), "
                     "not nodes.")
    if any(g.shape == "line" for g in draw.groups):
        notes.append("A group with shape = line is an outlined rectangle, "
                     "not a node.")
    notes.append("Positions: centre of the bounding box of the shape as "
                 "blockdiag draws it (not of the label).")

    truth = {"generator": GENERATOR,
             "directed": directed,
             "nodes": [{k: v for k, v in n.items() if not k.startswith("_")}
                       for n in nodes],
             "edges": edges,
             "notes": " ".join(notes)}
    with open(os.path.join(HERE, name + ".truth.json"), "w",
              encoding="utf-8") as f:
        f.write(dump_truth(truth))
    assert name.endswith("-%d" % len(nodes)), (name, len(nodes))
    print("%-26s %3d nodes %3d edges directed=%s" % (name, len(nodes),
                                                     len(edges), directed))


def main():
    wanted = sys.argv[1:]
    for name, source, what in DIAGRAMS:
        if wanted and not any(w in name for w in wanted):
            continue
        generate(name, source.lstrip("\n"), what)


if __name__ == "__main__":
    main()
