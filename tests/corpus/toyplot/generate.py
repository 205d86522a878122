#!/usr/bin/env python3
"""Regenerate the toyplot corpus: graphs drawn by toyplot's graph mark
(`toyplot.graph(...)` or `axes.graph(...)`) and written with
`toyplot.svg.render(canvas, "NAME.svg")`.

Graph data: Zachary's karate club (edge list typed in below) and small graphs
made here with a seeded numpy RandomState. Layouts: toyplot's own
FruchtermanReingold, Eades and Buchheim (all seeded or deterministic), and
explicit coordinates (a ring, a flowchart, map-like points).

Truth:
- ids: toyplot's vertex ids (`mark.vids`, the sorted unique values of the
  edge list plus any extra isolated ids), as strings;
- positions: the layout coordinates toyplot returned (`mark.vcoordinates`,
  in layout order) projected through the axes' own projection
  (`axes.project("x"|"y", ...)`, honouring `along`), i.e. computed without
  reading the SVG; toyplot puts no transform above the graph mark, so this is
  root user space;
- edges: the edge list given to toyplot (`mark.edges()` in the same order),
  minus self-loops, which toyplot draws as a zero-length path (see README);
- label: the text drawn for the vertex (vlabel in the Labels group, or a
  marker label), omitted where no text is drawn.

Checks (the script stops on failure), against the SVG parsed with lxml with
every ancestor transform applied by code below:
- each truth node is within 0.01 of the centre of the shape in the k-th
  `g.toyplot-Datum` of `g.toyplot-Vertices` (vertex order = vid order);
- the k-th `<path>` of `g.toyplot-Edges` is edge k: it starts within the
  source marker's half-diagonal of the source centre and ends within the
  target's, has non-zero length unless it is a self-loop, and self-loop paths
  are zero-length at the vertex centre;
- every tail / head arrowhead's tip sits on its path's end / start (0.01),
  middle markers lie on their edge's first segment;
- drawn label texts equal the truth labels, in order.

toyplot gives every canvas, axes, mark and clipPath a random `uuid4` id; the
script replaces `toyplot.html.uuid` with a seeded generator (reset per
drawing) so output is byte-identical between runs. Nothing else is changed.

Run:  python3 generate.py   (pip install -r requirements.txt)
"""
import json
import math
import os
import random
import re
import types
import uuid
from importlib.metadata import version

import numpy as np
import toyplot
import toyplot.color
import toyplot.html
import toyplot.layout
import toyplot.marker
import toyplot.svg
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = "toyplot %s (numpy %s), toyplot.svg.render" % (version("toyplot"), np.__version__)
SVGNS = "{http://www.w3.org/2000/svg}"

_rng = random.Random(0)
toyplot.html.uuid = types.SimpleNamespace(
    uuid4=lambda: uuid.UUID(int=_rng.getrandbits(128), version=4))


# ------------------------------------------------------------ transforms

def _mat(a, b, c, d, e, f):
    return np.array([[a, c, e], [b, d, f], [0, 0, 1]], dtype=float)


def parse_transform(s):
    m = np.eye(3)
    if not s:
        return m
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", s):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            t = _mat(1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale":
            t = _mat(v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate":
            a = math.radians(v[0])
            t = _mat(math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0, 0)
            if len(v) == 3:
                t = _mat(1, 0, 0, 1, v[1], v[2]) @ t @ _mat(1, 0, 0, 1, -v[1], -v[2])
        elif name == "matrix":
            t = _mat(*v)
        else:
            raise ValueError(name)
        m = m @ t
    return m


def ctm(el):
    """Matrix from el's own user space to the root <svg>'s user space."""
    chain = []
    while el is not None and el.tag != SVGNS + "svg":
        chain.append(el)
        el = el.getparent()
    m = np.eye(3)
    for e in reversed(chain):
        m = m @ parse_transform(e.get("transform"))
    return m


def apply(m, x, y):
    p = m @ np.array([x, y, 1.0])
    return float(p[0]), float(p[1])


def shape_centre(g):
    """Centre of the drawn shape of a toyplot marker group, in root space."""
    for ch in g:
        tag = ch.tag.replace(SVGNS, "")
        if tag == "circle":
            c = (float(ch.get("cx", 0)), float(ch.get("cy", 0)))
        elif tag == "rect":
            c = (float(ch.get("x")) + float(ch.get("width")) / 2,
                 float(ch.get("y")) + float(ch.get("height")) / 2)
        elif tag == "polygon":
            pts = [tuple(map(float, p.split(","))) for p in ch.get("points").split()]
            xs, ys = zip(*pts)
            # a rotation of the polygon moves its bbox; take the bbox after the
            # element's own transform
            m = parse_transform(ch.get("transform"))
            q = [apply(m, x, y) for x, y in pts]
            xs, ys = zip(*q)
            return apply(ctm(g), (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        else:
            continue
        return apply(ctm(ch), *c)
    raise AssertionError("no shape in vertex group")


def path_ends(p):
    nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", p.get("d"))]
    m = ctm(p)
    return apply(m, nums[0], nums[1]), apply(m, nums[-2], nums[-1]), (
        apply(m, nums[2], nums[3]))


def half_diagonal(marker):
    s = marker.size
    shape = marker.shape
    if shape.startswith("o"):
        return s / 2
    if shape in ("s", "d", "^", "v", "<", ">"):
        return s / 2 * math.sqrt(2)
    if shape.startswith("r"):
        w, h = map(float, shape[1:].split("x"))
        return s / 2 * math.hypot(w, h)
    raise ValueError(shape)


# ------------------------------------------------------------ writing + checks

def finish(name, canvas, graphs, notes, directed):
    """graphs: list of (axes, mark, id_prefix).  Renders, derives truth from
    the marks, checks it against the SVG and writes NAME.truth.json."""
    global _rng
    _rng = random.Random(name)
    svg_path = os.path.join(HERE, name + ".svg")
    toyplot.svg.render(canvas, svg_path)
    root = etree.parse(svg_path).getroot()
    mark_els = root.findall(".//%sg[@class='toyplot-mark-Graph']" % SVGNS)
    assert len(mark_els) == len(graphs), (name, len(mark_els))
    nodes, edges, all_pos = [], [], []
    worst = 0.0
    n_loops = 0
    for (axes, mark, prefix), mel in zip(graphs, mark_els):
        vt = mark._vtable
        ca = mark._coordinate_axes
        proj = {}
        for i, axis in enumerate(ca):
            proj[axis] = np.asarray(axes.project(axis, np.asarray(mark.vcoordinates)[:, i]), dtype=float)
        xs, ys = proj["x"], proj["y"]
        vids = [str(v) for v in mark.vids]
        ids = [prefix + v for v in vids]
        # drawn labels
        labels = [None] * len(vids)
        if mark._vlshow:
            for k, lab in enumerate(vt[mark._vlabel[0]]):
                if str(lab) != "":
                    labels[k] = str(lab)
        markers = []
        for k, vm in enumerate(vt[mark._vmarker[0]]):
            assert vm, (name, "vertex without marker")
            mk = toyplot.marker.create(size=vt[mark._vsize[0]][k]) + toyplot.marker.convert(vm)
            markers.append(mk)
            if mk.label and labels[k] is None:
                labels[k] = str(mk.label)
        # ---- vertices vs SVG
        vgroups = mel.findall("%sg[@class='toyplot-Vertices']/%sg" % (SVGNS, SVGNS))
        assert len(vgroups) == len(vids), (name, len(vgroups), len(vids))
        centres = []
        for k, g in enumerate(vgroups):
            assert g.get("class") == "toyplot-Datum"
            c = shape_centre(g)
            centres.append(c)
            d = math.hypot(c[0] - xs[k], c[1] - ys[k])
            assert d <= 0.01, (name, ids[k], c, (xs[k], ys[k]))
            worst = max(worst, d)
        # ---- labels vs SVG
        if mark._vlshow:
            texts = mel.findall("%sg[@class='toyplot-Labels']/%sg/%stext" % (SVGNS, SVGNS, SVGNS))
            drawn = [t.text or "" for t in texts]
            want = [str(x) for x in vt[mark._vlabel[0]] if str(x) != ""]
            assert drawn == want, (name, "labels", drawn[:5], want[:5])
        # ---- edges vs SVG
        src = list(mark._etable[mark._esource[0]])
        tgt = list(mark._etable[mark._etarget[0]])
        paths = mel.findall("%sg[@class='toyplot-Edges']/%spath" % (SVGNS, SVGNS))
        assert len(paths) == len(src), (name, len(paths), len(src))
        ends = []
        for k, (s, t) in enumerate(zip(src, tgt)):
            a, b, _ = path_ends(paths[k])
            ends.append((a, b))
            if s == t:
                assert math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-9, (name, "loop path")
                assert math.hypot(a[0] - xs[s], a[1] - ys[s]) <= 0.01, (name, "loop position")
                n_loops += 1
                continue
            assert math.hypot(a[0] - b[0], a[1] - b[1]) > 1e-6, (name, "zero-length edge", k)
            assert math.hypot(a[0] - xs[s], a[1] - ys[s]) <= half_diagonal(markers[s]) + 0.01, (name, k, "source")
            assert math.hypot(b[0] - xs[t], b[1] - ys[t]) <= half_diagonal(markers[t]) + 0.01, (name, k, "target")
            edges.append([ids[s], ids[t]])
        # ---- arrowheads vs SVG
        for cls, col, sign, idx in (("toyplot-TailMarkers", mark._tmarker[0], 1, 1),
                                    ("toyplot-HeadMarkers", mark._hmarker[0], -1, 0)):
            groups = mel.findall("%sg[@class='toyplot-Edges']/%sg[@class='%s']/%sg" % (SVGNS, SVGNS, cls, SVGNS))
            want = [k for k, m in enumerate(mark._etable[col]) if m]
            assert len(groups) == len(want), (name, cls, len(groups), len(want))
            for g, k in zip(groups, want):
                mk = toyplot.marker.create(size=10) + toyplot.marker.convert(mark._etable[col][k])
                tip = apply(ctm(g), sign * mk.size / 2, 0)
                e = ends[k][idx]
                assert math.hypot(tip[0] - e[0], tip[1] - e[1]) <= 0.01, (name, cls, k)
        groups = mel.findall("%sg[@class='toyplot-Edges']/%sg[@class='toyplot-MiddleMarkers']/%sg" % (SVGNS, SVGNS, SVGNS))
        want = [k for k, m in enumerate(mark._etable[mark._mmarker[0]]) if m]
        assert len(groups) == len(want), (name, "middle", len(groups), len(want))
        for g, k in zip(groups, want):
            c = apply(ctm(g), 0, 0)
            _, _, p1 = path_ends(paths[k])
            p0 = ends[k][0]
            cross = (p1[0] - p0[0]) * (c[1] - p0[1]) - (p1[1] - p0[1]) * (c[0] - p0[0])
            assert abs(cross) / math.hypot(p1[0] - p0[0], p1[1] - p0[1]) <= 0.01, (name, "middle", k)
        for k in range(len(vids)):
            node = {"id": ids[k], "x": round(float(xs[k]), 6), "y": round(float(ys[k]), 6)}
            if labels[k] is not None:
                node["label"] = labels[k]
            nodes.append(node)
            all_pos.append((xs[k], ys[k]))
    assert len({n["id"] for n in nodes}) == len(nodes)
    mind = min(math.hypot(p[0] - q[0], p[1] - q[1]) for i, p in enumerate(all_pos) for q in all_pos[:i])
    assert mind >= 2, (name, "nodes too close", mind)
    truth = {"generator": GEN, "directed": bool(directed), "nodes": nodes, "edges": edges, "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%-38s %3d nodes %4d edges %2d loops %7d bytes  worst %.2e  min gap %.1f" % (
        name, len(nodes), len(edges), n_loops, os.path.getsize(svg_path), worst, mind))


# ------------------------------------------------------------ data

KARATE = [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12),
          (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13), (1, 17),
          (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28),
          (2, 32), (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16), (6, 16),
          (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32), (14, 33), (15, 32), (15, 33),
          (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33), (23, 25), (23, 27),
          (23, 29), (23, 32), (23, 33), (24, 25), (24, 27), (24, 31), (25, 31), (26, 29), (26, 33),
          (27, 33), (28, 31), (28, 33), (29, 32), (29, 33), (30, 32), (30, 33), (31, 32), (31, 33),
          (32, 33)]
KARATE_HI = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21}


def random_tree(n, seed, max_children=None):
    r = np.random.RandomState(seed)
    edges, kids = [], {0: 0}
    for v in range(1, n):
        while True:
            p = int(r.randint(0, v))
            if max_children is None or kids[p] < max_children:
                break
        kids[p] += 1
        kids[v] = 0
        edges.append((p, v))
    return edges


def random_graph(n, m_extra, seed):
    """Random spanning tree plus m_extra random chords, no duplicates."""
    r = np.random.RandomState(seed)
    es = set()
    for v in range(1, n):
        es.add((int(r.randint(0, v)), v))
    while len(es) < n - 1 + m_extra:
        a, b = sorted(int(x) for x in r.randint(0, n, 2))
        if a != b:
            es.add((a, b))
    return sorted(es)


def preferential(n, seed):
    r = np.random.RandomState(seed)
    edges, ends = [(0, 1)], [0, 1]
    for v in range(2, n):
        k = 1 if r.rand() < 0.6 else 2
        targets = set()
        while len(targets) < k:
            targets.add(ends[int(r.randint(0, len(ends)))])
        for t in sorted(targets):
            edges.append((t, v))
            ends += [t, v]
    return edges


# ------------------------------------------------------------ drawings

def karate_fr_labels():
    e = np.array(KARATE)
    colours = ["#d95f02" if v in KARATE_HI else "#1b9e77" for v in range(34)]
    canvas, axes, mark = toyplot.graph(
        e, layout=toyplot.layout.FruchtermanReingold(seed=34), width=500, height=500,
        vsize=20, vcolor=colours, vlstyle={"font-size": "10px", "fill": "white"},
        ecolor="#999999", ewidth=1.2)
    finish("karate-fr-labels-34", canvas, [(axes, mark, "")],
           "Zachary's karate club, toyplot.graph with FruchtermanReingold(seed=34), hidden axes; "
           "circles size 20 coloured by faction, vertex ids drawn as white text centred inside the "
           "circles (Labels group, separate from the markers); straight grey edges stopping on the "
           "circle boundaries", False)


def default_graph_names():
    people = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo", "Kim", "Lu", "Max",
              "Ned", "Oz", "Pia", "Quin", "Ros", "Sam", "Tia", "Uma", "Vic"]
    pairs = random_graph(22, 8, 5)
    sources = [people[a] for a, b in pairs]
    targets = [people[b] for a, b in pairs]
    canvas, axes, mark = toyplot.graph(sources, targets, width=400, height=400)
    finish("default-names-fr-22", canvas, [(axes, mark, "")],
           "the bare call toyplot.graph(sources, targets) with string ids: every default, i.e. "
           "FruchtermanReingold(seed=1234), tiny circles (size 4, r=2) in the first palette colour, "
           "the name drawn in 12px black text centred ON the vertex so it covers the dot; edges "
           "in the same colour as the vertices; vids are the sorted unique names", False)


def tree_labels_beside():
    e = random_tree(31, 3, max_children=3)
    canvas = toyplot.Canvas(width=600, height=400)
    axes = canvas.cartesian(show=False, padding=20)
    mark = axes.graph(np.array(e), layout=toyplot.layout.Buchheim(), vsize=8, vcolor="steelblue",
                      vlabel=["n%d" % i for i in range(31)],
                      vlstyle={"text-anchor": "start", "-toyplot-anchor-shift": "7px", "font-size": "10px"},
                      ecolor="black", ewidth=0.8)
    finish("tree-buchheim-labels-beside-31", canvas, [(axes, mark, "")],
           "random tree (at most 3 children) laid out with toyplot.layout.Buchheim (root at the top, "
           "axes hidden, aspect not fixed so the tree is stretched to the canvas); steelblue "
           "circles size 8, labels n0..n30 left-aligned 7px to the right of each vertex; "
           "undirected", False)


def tree_left_right_arrows():
    e = random_tree(26, 11, max_children=2)
    canvas = toyplot.Canvas(width=640, height=420)
    axes = canvas.cartesian(show=False, padding=15)
    mark = axes.graph(np.array(e), layout=toyplot.layout.Buchheim(basis=[[0, -1], [1, 0]]),
                      vmarker="s", vsize=12, vcolor="#eeeeee", vstyle={"stroke": "black"},
                      vlshow=False, tmarker=">", ecolor="#444444", ewidth=1.2)
    finish("tree-left-right-arrows-26", canvas, [(axes, mark, "")],
           "random binary-ish tree, Buchheim(basis=[[0, -1], [1, 0]]) so the root is on the left "
           "and depth grows to the right, axes hidden and stretched to the canvas; light grey "
           "squares (vmarker 's', size 12, black outline), no labels; parent->child arrows: "
           "tmarker '>' (a filled triangle <polygon> in g.toyplot-TailMarkers, its tip on the "
           "square's boundary)", True)


def ring_curved_directed():
    n = 12
    names = ["s%02d" % i for i in range(n)]
    theta = np.linspace(0, 2 * np.pi, n, endpoint=False)
    coords = np.column_stack((np.cos(theta), np.sin(theta)))
    es = [(i, (i + 1) % n) for i in range(n)] + [(i, (i + 3) % n) for i in range(0, n, 2)] + \
         [((i + 1) % n, i) for i in (0, 4, 7)] + [(3, 9), (9, 3), (10, 5)]
    sources = [names[a] for a, b in es]
    targets = [names[b] for a, b in es]
    canvas, axes, mark = toyplot.graph(
        sources, targets, vcoordinates=coords,
        layout=toyplot.layout.IgnoreVertices(edges=toyplot.layout.CurvedEdges(curvature=0.15)),
        width=450, height=450, vsize=28, vcolor="#a6cee3", vstyle={"stroke": "#1f78b4"},
        vlstyle={"font-size": "9px"}, tmarker=">", ecolor="#333333")
    finish("ring-curved-directed-12", canvas, [(axes, mark, "")],
           "12 vertices on a ring given as explicit vcoordinates (IgnoreVertices layout with "
           "CurvedEdges(curvature=0.15)): every edge is a quadratic 'M … Q …' curve, so the "
           "reciprocal pairs s00<->s01, s04<->s05, s07<->s08, s03<->s09 bow to opposite sides; "
           "tmarker '>' arrowheads; circles size 28 with the id centred inside", True)


def eades_weighted_squares():
    es = random_graph(25, 12, 8)
    r = np.random.RandomState(25)
    w = r.randint(1, 10, len(es))
    canvas, axes, mark = toyplot.graph(
        np.array(es), layout=toyplot.layout.Eades(seed=2), width=500, height=450,
        vmarker="s", vsize=11, vcolor="#fdb462", vstyle={"stroke": "#333333"}, vlabel=False,
        ecolor="#555555", ewidth=0.5 + 0.5 * w, eopacity=0.7)
    finish("eades-weighted-squares-25", canvas, [(axes, mark, "")],
           "random graph (spanning tree + 12 chords), toyplot.layout.Eades(seed=2); orange "
           "squares size 11, vlabel=False (no text drawn); edge width "
           "0.5 * weight + 0.5 for weights 1-9 (1 to 5 px), opacity 0.7; squares are <rect>s "
           "centred on their group's translate", False)


def fr_colormap_scale():
    es = preferential(60, 60)
    deg = np.bincount(np.array(es).ravel(), minlength=60)
    cmap = toyplot.color.brewer.map("BlueRed", domain_min=deg.min(), domain_max=deg.max())
    canvas = toyplot.Canvas(width=600, height=500)
    axes = canvas.cartesian(bounds=(20, 480, 20, 480), aspect="fit-range", show=False)
    mark = axes.graph(np.array(es), layout=toyplot.layout.FruchtermanReingold(seed=7),
                      vcolor=(deg, cmap), vsize=6 + 2.5 * np.sqrt(deg), vlshow=False,
                      vstyle={"stroke": "black", "stroke-width": 0.5}, ecolor="#aaaaaa")
    canvas.color_scale(cmap, x1=540, y1=440, x2=540, y2=60, width=10, label="degree", padding=5)
    finish("fr-degree-colormap-scale-60", canvas, [(axes, mark, "")],
           "preferential-attachment graph, FruchtermanReingold(seed=7); vertex fill from degree "
           "through a BlueRed brewer colormap and size 6 + 2.5*sqrt(degree); labels hidden "
           "(vlshow=False); a vertical canvas.color_scale at x=540 (a Numberline: gradient <rect> "
           "bar, tick <line>s and number <text>s, label 'degree') is not part of the graph", False)


def axes_explicit_coords():
    towns = ["Alder", "Birch", "Cedar", "Dale", "Elm", "Fern", "Glen", "Holt", "Iver", "Jute",
             "Kell", "Lark", "Moss", "Nook", "Oak", "Pine", "Quay", "Rush", "Sage", "Tarn"]
    r = np.random.RandomState(20)
    xy = np.column_stack((r.uniform(0, 100, 20), r.uniform(0, 60, 20))).round(1)
    # roads: each town to its 2 nearest neighbours
    es = set()
    for i in range(20):
        d = np.hypot(*(xy - xy[i]).T)
        for j in np.argsort(d)[1:3]:
            es.add(tuple(sorted((i, int(j)))))
    es = sorted(es)
    canvas = toyplot.Canvas(width=640, height=420)
    axes = canvas.cartesian(xlabel="easting (km)", ylabel="northing (km)", label="Road network",
                            xmin=-5, xmax=105, ymin=-5, ymax=65)
    mark = axes.graph([towns[a] for a, b in es], [towns[b] for a, b in es],
                      vcoordinates=[xy[towns.index(t)] for t in sorted(towns)], vsize=9,
                      vcolor="#e41a1c", vlstyle={"text-anchor": "start", "-toyplot-anchor-shift": "6px",
                                                  "font-size": "10px"},
                      ecolor="#377eb8", ewidth=2)
    finish("axes-explicit-coords-20", canvas, [(axes, mark, "")],
           "towns at explicit coordinates on visible Cartesian axes (axis lines, tick <line>s, "
           "tick numbers, axis labels and a title, explicit xmin/xmax/ymin/ymax), roads to the 2 "
           "nearest towns; red circles size 9, names right of each vertex; blue 2px edges", False)


def flowchart_rects():
    steps = ["start", "load", "parse", "valid?", "fix", "store", "report", "notify", "end"]
    pos = {"start": (0, 6), "load": (0, 5), "parse": (0, 4), "valid?": (0, 3), "fix": (1.6, 3),
           "store": (0, 2), "report": (-1.2, 1), "notify": (1.2, 1), "end": (0, 0)}
    es = [("start", "load"), ("load", "parse"), ("parse", "valid?"), ("valid?", "fix"),
          ("fix", "parse"), ("valid?", "store"), ("store", "report"), ("store", "notify"),
          ("report", "end"), ("notify", "end")]
    vids = sorted(steps)
    shapes = ["r3x1" if v not in ("start", "end") else "o" for v in vids]
    canvas, axes, mark = toyplot.graph(
        [a for a, b in es], [b for a, b in es], vcoordinates=[pos[v] for v in vids],
        width=420, height=560, vmarker=shapes, vsize=[40 if s == "o" else 22 for s in shapes],
        vcolor="white", vstyle={"stroke": "black", "stroke-width": 1.2},
        vlstyle={"font-size": "11px"}, tmarker=">", ecolor="black")
    finish("flowchart-rect-markers-9", canvas, [(axes, mark, "")],
           "hand-placed flowchart: explicit vcoordinates, 7 steps as 3:1 rectangles (vmarker "
           "'r3x1', size 22 -> 66x22 <rect>) and start/end as circles size 40, white fill, "
           "black outline, step names centred in the shapes; tmarker '>' arrows stop on the "
           "rectangle boundaries; the loop fix->parse is a straight diagonal", True)


def shapes_legend():
    es = random_graph(18, 6, 18)
    r = np.random.RandomState(3)
    cat = r.randint(0, 4, 18)
    kinds = ["server", "router", "sensor", "client"]
    shapes = ["o", "s", "^", "d"]
    colours = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a"]
    canvas = toyplot.Canvas(width=620, height=460)
    axes = canvas.cartesian(bounds=(30, 470, 30, 440), show=False)
    mark = axes.graph(np.array(es), layout=toyplot.layout.FruchtermanReingold(seed=18),
                      vmarker=[shapes[c] for c in cat], vcolor=[colours[c] for c in cat],
                      vsize=14, vlshow=False, ecolor="#888888", ewidth=1.5)
    canvas.legend([(kinds[i], toyplot.marker.create(shape=shapes[i], size=12,
                                                   mstyle={"fill": colours[i], "stroke": colours[i]}))
                   for i in range(4)], corner=("top-right", 20, 110, 100), label="device")
    finish("shapes-legend-18", canvas, [(axes, mark, "")],
           "random graph, FruchtermanReingold(seed=18), vertex shape and colour by category "
           "(circle 'o', square 's', triangle '^', diamond 'd' = rect rotated 45), size 14, no "
           "labels; a canvas.legend at the top right shows the same 4 markers (size 12) with "
           "names; legend markers are not vertices. Triangles: the truth is the marker's "
           "translate, the centre of its bounding box (not the centroid); toyplot aims edges at "
           "the centre of '^' and 'd' vertices (no boundary clipping for those shapes)", False)


def multigraph_curved():
    es = [(0, 1), (0, 1), (1, 0), (1, 2), (2, 3), (3, 4), (4, 0), (2, 5), (5, 6), (6, 7),
          (7, 5), (5, 7), (7, 8), (8, 9), (9, 8), (9, 8), (3, 9), (6, 2), (4, 1)]
    canvas, axes, mark = toyplot.graph(
        np.array(es), layout=toyplot.layout.FruchtermanReingold(
            seed=10, edges=toyplot.layout.CurvedEdges(curvature=0.2)),
        width=450, height=450, vsize=22, vcolor="#ffffb3", vstyle={"stroke": "black"},
        tmarker=">", hmarker=toyplot.marker.create(shape="o", size=5), ecolor="#222222")
    finish("multigraph-curved-10", canvas, [(axes, mark, "")],
           "MULTIGRAPH: directed edge list with duplicates, FruchtermanReingold(seed=10, "
           "edges=CurvedEdges(0.2)); 0->1 twice and 9->8 twice are drawn as two identical "
           "overlapping curves (one arrowhead on top of the other); 1->0, 8->9, 5->7/7->5 bow to the "
           "other side; tmarker '>' at the target and hmarker 'o' (a 5px filled <circle>) at the "
           "source end of every edge, sitting on the source vertex's boundary; ids centred in "
           "the circles", True)


def isolated_fr():
    es = random_graph(18, 5, 24)
    extra = np.arange(24)  # 18..23 have no edges
    canvas, axes, mark = toyplot.graph(
        np.array(es)[:, 0], np.array(es)[:, 1], extra,
        layout=toyplot.layout.FruchtermanReingold(seed=24), width=450, height=450,
        vsize=10, vcolor="#4daf4a", vlabel=False, ecolor="#4daf4a")
    finish("isolated-fr-24", canvas, [(axes, mark, "")],
           "18-vertex random graph plus 6 isolated vertices (18..23) passed as toyplot.graph's "
           "third argument (extra vids); FruchtermanReingold(seed=24) pushes them out; green "
           "circles size 10, no labels", False)


def selfloops_directed():
    es = [(0, 1), (1, 2), (2, 0), (2, 2), (2, 3), (3, 4), (4, 5), (5, 3), (5, 5), (6, 7),
          (7, 8), (8, 6), (4, 6), (1, 1)]
    canvas, axes, mark = toyplot.graph(
        np.array(es), layout=toyplot.layout.FruchtermanReingold(seed=9), width=400, height=400,
        vsize=16, vcolor="#fb8072", tmarker=">", ecolor="#333333", vlstyle={"font-size": "9px"})
    finish("selfloops-directed-9", canvas, [(axes, mark, "")],
           "directed state graph whose edge list has 3 self-loops (1->1, 2->2, 5->5). toyplot "
           "cannot draw loops (it logs a warning): each is a zero-length path 'M x y L x y' at the "
           "vertex centre plus a tmarker '>' arrowhead placed on the centre pointing right, "
           "partly hidden under the vertex circle. Loops are not truth edges; the 11 others "
           "have arrowheads", True)


def large_fr():
    es = preferential(150, 150)
    canvas, axes, mark = toyplot.graph(
        np.array(es), layout=toyplot.layout.FruchtermanReingold(seed=150), width=700, height=700,
        vsize=6, vlshow=False, eopacity=0.5, ecolor="black")
    finish("large-fr-150", canvas, [(axes, mark, "")],
           "150-vertex preferential-attachment graph, FruchtermanReingold(seed=150), default "
           "coloured circles size 6, black edges at opacity 0.5, no labels", False)


def mid_arrows():
    es = random_graph(16, 6, 16)
    r = np.random.RandomState(160)
    es = [(b, a) if r.rand() < 0.5 else (a, b) for a, b in es]
    canvas, axes, mark = toyplot.graph(
        np.array(es), layout=toyplot.layout.Eades(seed=16), width=500, height=420,
        vsize=12, vcolor="#80b1d3", vstyle={"stroke": "#1f4e79"},
        vlabel=["v%d" % i for i in range(16)],
        vlstyle={"text-anchor": "start", "-toyplot-anchor-shift": "8px", "baseline-shift": "8px",
                 "font-size": "10px"},
        mmarker=">", mposition=0.5, ecolor="#555555")
    finish("mid-arrows-eades-16", canvas, [(axes, mark, "")],
           "random digraph, Eades(seed=16); direction shown by a '>' arrowhead in the MIDDLE of "
           "each edge (mmarker, mposition=0.5; g.toyplot-MiddleMarkers), no arrowheads at the "
           "ends; circles size 12, labels v0..v15 above right of the vertices", True)


def two_panels():
    es = random_graph(12, 5, 12)
    canvas = toyplot.Canvas(width=800, height=400)
    graphs = []
    for i, (title, layout) in enumerate((("FruchtermanReingold", toyplot.layout.FruchtermanReingold(seed=12)),
                                         ("Eades", toyplot.layout.Eades(seed=12)))):
        axes = canvas.cartesian(grid=(1, 2, i), label=title, show=True, xshow=False, yshow=False,
                                aspect="fit-range", padding=15)
        mark = axes.graph(np.array(es), layout=layout, vsize=16, vcolor="#bebada",
                          vstyle={"stroke": "#333333"}, vlstyle={"font-size": "9px"}, ecolor="#333333")
        graphs.append((axes, mark, "%s:" % ("fr", "eades")[i]))
    finish("two-panels-fr-eades-24", canvas, graphs,
           "one 12-vertex graph drawn twice side by side (canvas.cartesian(grid=(1, 2, i)) with a "
           "title per panel, axis lines hidden): FruchtermanReingold(seed=12) left, Eades(seed=12) "
           "right. Two graph marks in one SVG, so the truth is 24 nodes (ids prefixed 'fr:' and "
           "'eades:'), each panel's labels 0..11 repeat", False)


if __name__ == "__main__":
    karate_fr_labels()
    default_graph_names()
    tree_labels_beside()
    tree_left_right_arrows()
    ring_curved_directed()
    eades_weighted_squares()
    fr_colormap_scale()
    axes_explicit_coords()
    flowchart_rects()
    shapes_legend()
    multigraph_curved()
    isolated_fr()
    selfloops_directed()
    large_fr()
    mid_arrows()
    two_panels()
