#!/usr/bin/env python3
"""Regenerate the igraph-python-cairo corpus: graphs drawn by python-igraph's
own cairo plotting, `igraph.plot(g, target="NAME.svg", bbox=..., ...)`, which
draws through pycairo onto cairo's SVG surface (text as glyph `<symbol>`s
placed by `<use>`).

Graph data: typed in below, Zachary's karate club (`Graph.Famous`), igraph's
deterministic generators (`Graph.Tree`, `Graph.Lattice`) and small random
graphs drawn here from seeded `random.Random` instances. Layouts: igraph's
own (circle, Fruchterman-Reingold, Kamada-Kawai, Reingold-Tilford,
bipartite), computed right after `random.seed(...)`: python-igraph's default
random number generator is Python's `random` module, so every layout is
reproducible.

Truth:
- ids: the vertex "name" attribute where the graph has one, else the vertex
  index, as strings;
- positions: the layout passed to plot(), copied and fitted exactly as igraph
  does it before drawing: `plot()` contracts the bbox by `margin` (default
  20), then `CairoGraphDrawer.draw` calls
  `layout.fit_into(bbox, keep_aspect_ratio=...)`. Cairo's SVG surface puts
  no transform above the drawing, so the bbox is the root's user space
  (`viewBox="0 0 W H"`);
- edges: `g.get_edgelist()` in edge order (multigraph parallel edges and
  self-loops kept);
- directed: `g.is_directed()`; igraph then draws an arrowhead on every
  non-loop edge;
- label: the vertex label drawn (str), left out where no text is drawn.

Checks (the script stops on failure), against the SVG parsed with lxml:
- the drawing is a flat list of `<path>`s in one `<g id="surfaceN">`; the
  last n paths are the vertices in vertex order and the bounding box of the
  k-th one's points (Bezier control points included: cairo's circle arcs
  are symmetric about the centre) has its centre within 0.01 of truth
  node k and spans the vertex's width/height (up to 4/3 of it for small
  circles, which cairo writes as two Bezier halves);
- before them, each edge in edge order: a stroked `fill:none` path starting
  at the source centre (0.01) and ending at the target centre (undirected),
  or, for directed edges, followed by a filled triangle whose tip is within
  the target shape's half diagonal; a self-loop is a circle of radius
  0.75*size whose centre is 0.75*size/2 up-right of the vertex centre;
- `mark_groups` hulls are the filled paths before the first edge;
- the number of glyph `<use>`s equals the number of non-space characters in
  the vertex and edge labels.

Run:  python3 generate.py   (python-igraph + pycairo; see README.md)
"""
import math
import os
import random
import sys
from importlib.metadata import version

import cairo
import igraph as ig
from igraph.drawing.utils import BoundingBox
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from igraph_common import (  # noqa: E402
    path_points, per_vertex, random_edges, seeded_layout, write_truth)
GEN = "python-igraph %s plot() (pycairo %s, cairo %s SVG surface)" % (
    ig.__version__, version("pycairo"), cairo.cairo_version_string())
SVGNS = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


# ------------------------------------------------------------ truth

def fitted_positions(layout, bbox, margin=20, keep_aspect_ratio=False):
    """Vertex positions exactly as igraph's cairo drawer computes them."""
    box = BoundingBox(bbox).contract(float(margin))
    lay = layout.copy()
    lay.fit_into(box.contract([0, 0, 0, 0]), keep_aspect_ratio=keep_aspect_ratio)
    return [tuple(p) for p in lay]


# ------------------------------------------------------------ SVG checks

def bbox_of(pts):
    xs, ys = zip(*pts)
    return min(xs), min(ys), max(xs), max(ys)


def check_svg(name, svg, g, pos, sizes, widths, heights, n_hulls, n_chars):
    root = etree.parse(svg).getroot()
    assert root.get("viewBox").startswith("0 0 "), root.get("viewBox")
    surface = [e for e in root if e.tag == SVGNS + "g"]
    assert len(surface) == 1 and surface[0].get("id", "").startswith("surface")
    surface = surface[0]
    for e in surface.iter():
        assert e.get("transform") is None, "unexpected transform"
    paths = [e for e in surface if e.tag == SVGNS + "path"]
    n = g.vcount()
    vpaths = paths[-n:]
    for k in range(n):
        x0, y0, x1, y1 = bbox_of(path_points(vpaths[k].get("d")))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        assert abs(cx - pos[k][0]) < 0.01 and abs(cy - pos[k][1]) < 0.01, (
            name, k, (cx, cy), pos[k])
        # small circles are written as 2 Bezier halves whose control points
        # stick out by up to 1/3 of the diameter; other shapes are exact
        for ext, want in ((x1 - x0, widths[k]), (y1 - y0, heights[k])):
            assert want - 0.02 < ext < want * 4 / 3 + 0.02, (name, k, ext, want)
    rest = paths[:-n]
    hulls, rest = rest[:n_hulls], rest[n_hulls:]
    for h in hulls:
        assert "fill:none" not in h.get("style"), (name, "hull")
    i = 0
    for (s, t) in g.get_edgelist():
        p = rest[i]
        i += 1
        assert "fill:none" in p.get("style"), (name, "edge", s, t)
        pts = path_points(p.get("d"))
        if s == t:
            r = 0.75 * sizes[s]
            x0, y0, x1, y1 = bbox_of(pts)
            ex = pos[s][0] + math.cos(math.pi / 4) * r
            ey = pos[s][1] - math.sin(math.pi / 4) * r
            assert abs((x0 + x1) / 2 - ex) < 0.01 and abs((y0 + y1) / 2 - ey) < 0.01
            assert abs((x1 - x0) - 2 * r) < 0.02
            continue
        assert math.dist(pts[0], pos[s]) < 0.01, (name, "edge start", s, t)
        if g.is_directed():
            head = rest[i]
            i += 1
            assert "fill:none" not in head.get("style"), (name, "arrowhead", s, t)
            tip = path_points(head.get("d"))[0]
            reach = math.hypot(widths[t], heights[t]) / 2 + 0.01
            assert math.dist(tip, pos[t]) <= reach, (name, "tip", s, t)
        else:
            assert math.dist(pts[-1], pos[t]) < 0.01, (name, "edge end", s, t)
    assert i == len(rest), (name, "extra paths", len(rest) - i)
    uses = [u for u in surface.iter(SVGNS + "use")]
    assert len(uses) == n_chars, (name, len(uses), n_chars)


# ------------------------------------------------------------ drawing

DRAWINGS = []


def drawing(fn):
    DRAWINGS.append(fn)
    return fn


def emit(name, g, layout, notes, bbox=(600, 600), margin=20,
         keep_aspect_ratio=False, obj=None, n_hulls=0, **kwds):
    """Plot g (or obj, e.g. a VertexClustering of g) and write the truth."""
    svg = os.path.join(HERE, name + ".svg")
    target = obj if obj is not None else g
    ig.plot(target, target=svg, bbox=bbox, margin=margin, layout=layout,
            keep_aspect_ratio=keep_aspect_ratio, **kwds)
    n = g.vcount()
    pos = fitted_positions(layout, bbox, margin, keep_aspect_ratio)
    if "vertex_size" in kwds:
        sizes = per_vertex(kwds["vertex_size"], n)
    elif "size" in g.vs.attributes():
        sizes = g.vs["size"]
    else:
        sizes = [20.0] * n
    widths = [w if w is not None else s for w, s in
              zip(per_vertex(kwds.get("vertex_width"), n), sizes)]
    heights = [h if h is not None else s for h, s in
               zip(per_vertex(kwds.get("vertex_height"), n), sizes)]
    if "vertex_label" in kwds:
        labels = per_vertex(kwds["vertex_label"], n)
    elif "label" in g.vs.attributes():
        labels = g.vs["label"]
    else:
        labels = [None] * n
    elabels = per_vertex(kwds.get("edge_label"), g.ecount())
    n_chars = sum(len(str(t).replace(" ", "")) for t in labels + elabels
                  if t is not None)
    check_svg(name, svg, g, pos, sizes, widths, heights, n_hulls, n_chars)
    write_truth(HERE, name, GEN, g, pos, labels, notes)
    print("%-28s %4d nodes %4d edges" % (name, n, g.ecount()))


@drawing
def directed_arrows():
    names = list("ABCDEFGHIJKL")
    edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (1, 6),
             (6, 7), (7, 8), (8, 6), (6, 1), (4, 9), (9, 10), (10, 11),
             (11, 9), (9, 4), (8, 11), (10, 2), (5, 0)]
    g = ig.Graph(n=12, edges=edges, directed=True)
    g.vs["name"] = names
    lay = seeded_layout(g, 1, "layout_kamada_kawai")
    emit("directed-arrows-12", g, lay,
         "directed, Kamada-Kawai, default arrowheads (15 units long), circles "
         "size 26 with the names inside, 2 reciprocal pairs (B<->G, E<->J) "
         "bent apart by igraph's autocurve",
         bbox=(560, 460), margin=40, vertex_label=names, vertex_size=26,
         vertex_color="#9ecae1", edge_color="#333333")


@drawing
def arrow_sizes():
    edges = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8),
             (8, 9), (9, 0), (0, 5), (2, 7), (4, 8), (6, 1)]
    g = ig.Graph(n=10, edges=edges, directed=True)
    sizes = [0.5, 0.7, 1.0, 1.3, 1.6, 2.0, 0.6, 1.0, 1.5, 0.8, 1.2, 1.8, 0.5, 1.0]
    widths = [1.0, 0.5, 2.0, 1.0, 1.5, 0.7, 2.5, 1.0, 0.6, 1.8, 1.0, 1.3, 2.0, 0.9]
    lay = g.layout_circle()
    colors = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00",
              "#a65628", "#f781bf", "#999999", "#66c2a5", "#fc8d62"]
    emit("arrow-sizes-10", g, lay,
         "directed ring with chords, circle layout, no labels, "
         "vertex_frame_width=0, per-edge arrow_size 0.5-2.0 (7.5-30 units) "
         "and arrow_width 0.5-2.5 (narrow to wide heads), edge widths 1-4",
         bbox=(480, 480), vertex_size=18, vertex_color=colors,
         vertex_frame_width=0, edge_arrow_size=sizes, edge_arrow_width=widths,
         edge_width=[1 + (k % 4) for k in range(14)], edge_color="#555555")


@drawing
def shapes_labels():
    rng = random.Random(3)
    edges = random_edges(rng, 15, 22)
    g = ig.Graph(n=15, edges=edges)
    shapes = ["circle", "rectangle", "square", "triangle-up", "triangle-down",
              "diamond"]
    vshape = [shapes[k % 6] for k in range(15)]
    vwidth = [44 if s == "rectangle" else None for s in vshape]
    vheight = [22 if s == "rectangle" else None for s in vshape]
    colors = {"circle": "#fdae61", "rectangle": "#abdda4",
              "square": "#2b83ba", "triangle-up": "#d7191c",
              "triangle-down": "#ffffbf", "diamond": "#c2a5cf"}
    lay = seeded_layout(g, 3, "layout_kamada_kawai")
    emit("shapes-labels-15", g, lay,
         "undirected, Kamada-Kawai, all six cairo vertex shapes in turn "
         "(circle, rectangle 44x22 via vertex_width/height, square, "
         "triangle-up, triangle-down, diamond; size 30), the index as label "
         "inside each; triangles are centred on their bounding box",
         bbox=(600, 500), vertex_shape=vshape, vertex_size=30,
         vertex_width=vwidth, vertex_height=vheight,
         vertex_color=[colors[s] for s in vshape],
         vertex_label=[str(k) for k in range(15)], vertex_label_size=12)


@drawing
def labels_beside():
    names = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromso", "Bodo",
             "Alesund", "Drammen", "Fredrikstad", "Kristiansand", "Molde",
             "Hamar", "Lillehammer", "Gjovik", "Narvik", "Alta"]
    edges = [(k, (k + 1) % 16) for k in range(16)] + [
        (0, 7), (0, 11), (1, 6), (2, 5), (3, 9), (4, 14), (11, 13), (6, 12),
        (4, 15), (2, 10)]
    g = ig.Graph(n=16, edges=edges)
    g.vs["name"] = names
    lay = g.layout_circle()
    # label outward: igraph's label_angle is measured counter-clockwise with y
    # up, the layout's y points down
    angles = [-math.atan2(y, x) for x, y in lay]
    emit("labels-beside-16", g, lay,
         "undirected ring with chords, circle layout, small dark circles "
         "(size 10), town names placed outside beside each vertex with "
         "vertex_label_dist=1.8 and an outward vertex_label_angle",
         bbox=(620, 560), margin=90, vertex_size=10, vertex_color="#253494",
         vertex_label=names, vertex_label_dist=1.8, vertex_label_angle=angles,
         vertex_label_size=12, edge_color="#969696")


@drawing
def karate_degree():
    g = ig.Graph.Famous("Zachary")
    random.seed(7)
    comm = g.community_multilevel()
    membership = comm.membership
    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e",
               "#e6ab02"]
    deg = g.degree()
    lay = seeded_layout(g, 7, "layout_fruchterman_reingold")
    labels = [str(k + 1) if deg[k] >= 6 else None for k in range(34)]
    emit("karate-degree-34", g, lay,
         "Zachary's karate club, Fruchterman-Reingold, vertex size 8+2*degree, "
         "fill by multilevel community, vertex_frame_width=0, labels "
         "(1-based member numbers) only on vertices of degree >= 6",
         bbox=(640, 600), vertex_size=[8 + 2 * d for d in deg],
         vertex_color=[palette[c] for c in membership], vertex_frame_width=0,
         vertex_label=labels, vertex_label_size=11, vertex_label_color="white",
         edge_color="#bbbbbb")


@drawing
def mark_groups():
    rng = random.Random(20)
    blocks = [range(0, 5), range(5, 10), range(10, 15), range(15, 20)]
    edges = set()
    for b in blocks:
        b = list(b)
        for i in range(len(b)):
            for j in range(i + 1, len(b)):
                if rng.random() < 0.7:
                    edges.add((b[i], b[j]))
    for a, b in [(1, 7), (6, 12), (13, 18), (16, 3), (9, 17)]:
        edges.add((a, b))
    g = ig.Graph(n=20, edges=sorted(edges))
    membership = [k // 5 for k in range(20)]
    cl = ig.VertexClustering(g, membership)
    lay = seeded_layout(g, 20, "layout_fruchterman_reingold")
    emit("mark-groups-20", g, lay,
         "plot of a VertexClustering (4 planted groups of 5) with "
         "mark_groups=True: a translucent rounded convex hull per group "
         "(fill alpha 0.25, opaque outline) drawn under the edges, vertices "
         "coloured from the ClusterColoringPalette, no labels",
         bbox=(600, 600), obj=cl, n_hulls=4, mark_groups=True,
         vertex_size=16)


@drawing
def mark_groups_colors():
    edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (5, 6),
             (6, 7), (7, 8), (8, 9), (9, 6), (9, 10), (10, 11), (11, 0),
             (1, 11), (7, 9)]
    g = ig.Graph(n=12, edges=edges)
    g.vs["name"] = ["v%d" % k for k in range(12)]
    groups = [([0, 1, 2, 11], "#e41a1c"), ([3, 4, 5], "#377eb8"),
              ([6, 7, 8, 9], "#4daf4a"), ([10, 11], "#ff7f00")]
    lay = seeded_layout(g, 12, "layout_kamada_kawai")
    emit("mark-groups-colors-12", g, lay,
         "mark_groups given as (members, colour) pairs: three hulls around "
         "3-4 vertices and one two-vertex 'stadium' hull (v10, v11), hulls "
         "overlapping at v11; squares with names inside",
         bbox=(560, 520), n_hulls=4, mark_groups=groups, vertex_shape="square",
         vertex_size=26, vertex_color="white", vertex_label=g.vs["name"],
         vertex_label_size=11)


@drawing
def loops_multi():
    edges = [(0, 1), (0, 1), (1, 2), (1, 2), (1, 2), (2, 3), (3, 4), (4, 5),
             (5, 0), (0, 3), (0, 3), (2, 2), (4, 4), (4, 4), (4, 4), (5, 1)]
    g = ig.Graph(n=6, edges=edges)
    lay = g.layout_circle()
    emit("loops-multi-6", g, lay,
         "undirected multigraph, circle layout: 0-1 and 0-3 doubled, 1-2 "
         "tripled (autocurve bends parallel edges apart, the middle one of 3 "
         "stays straight); self-loop on 2 and three self-loops on 4, which "
         "igraph draws as the same circle three times on top of each other "
         "(up-right of the vertex, through its centre)",
         bbox=(480, 480), margin=50, vertex_size=28, vertex_color="#fee08b",
         vertex_label=[str(k) for k in range(6)], edge_width=1.5)


@drawing
def directed_multi_loops():
    edges = [(0, 1), (1, 0), (1, 2), (1, 2), (2, 3), (3, 2), (3, 4), (4, 5),
             (5, 6), (6, 7), (7, 4), (4, 4), (6, 6), (0, 7), (0, 7), (2, 5)]
    g = ig.Graph(n=8, edges=edges, directed=True)
    names = ["s", "a", "b", "c", "d", "e", "f", "t"]
    g.vs["name"] = names
    lay = seeded_layout(g, 8, "layout_fruchterman_reingold")
    emit("directed-multi-loops-8", g, lay,
         "directed multigraph, Fruchterman-Reingold: reciprocal pairs s<->a "
         "and b<->c and parallel a->b, s->t twice, each bent by autocurve "
         "with the arrowhead at the curve's end; self-loops on d and f are "
         "plain circles (igraph draws no arrowhead on loops); arrow_size 0.8",
         bbox=(520, 440), margin=45, vertex_size=24, vertex_color="#c7e9c0",
         vertex_label=names, edge_arrow_size=0.8, edge_color="#222222")


@drawing
def edge_labels_weights():
    edges = [(0, 1, 4), (0, 2, 1), (1, 2, 2), (1, 3, 5), (2, 4, 3), (3, 4, 1),
             (3, 5, 2), (4, 6, 4), (5, 6, 1), (5, 7, 3), (6, 8, 2), (7, 8, 5),
             (2, 6, 2)]
    g = ig.Graph(n=9, edges=[(a, b) for a, b, _ in edges])
    w = [c for _, _, c in edges]
    lay = seeded_layout(g, 9, "layout_kamada_kawai")
    emit("edge-labels-weights-9", g, lay,
         "undirected weighted graph, Kamada-Kawai: edge width = weight "
         "(1-5), the weight drawn as an edge label at the middle of each "
         "edge, letters inside circles size 32",
         bbox=(520, 460), vertex_size=32, vertex_color="#fdd0a2",
         vertex_label=list("ABCDEFGHI"), edge_width=w,
         edge_label=[str(x) for x in w], edge_label_size=13,
         edge_color="#6a51a3")


@drawing
def tree_rt():
    g = ig.Graph.Tree(31, 2, mode="out")
    lay = g.layout_reingold_tilford(root=[0])
    emit("tree-rt-31", g, lay,
         "complete binary tree, layout_reingold_tilford (root at the top), "
         "parent->child arrows with arrow_size 0.6 / arrow_width 1.5, "
         "rectangle vertices size 20 with the index inside in 9 pt",
         bbox=(760, 380), vertex_shape="rectangle", vertex_size=20,
         vertex_color="#deebf7", vertex_label=[str(k) for k in range(31)],
         vertex_label_size=9, edge_arrow_size=0.6, edge_arrow_width=1.5)


@drawing
def bipartite():
    rng = random.Random(14)
    left, right = 6, 8
    edges = set()
    for a in range(left):
        for b in rng.sample(range(right), 2 + a % 2):
            edges.add((a, left + b))
    for b in range(right):
        if not any(e[1] == left + b for e in edges):
            edges.add((rng.randrange(left), left + b))
    g = ig.Graph(n=left + right, edges=sorted(edges))
    g.vs["type"] = [False] * left + [True] * right
    g.vs["name"] = ["P%d" % k for k in range(left)] + [
        "q%d" % k for k in range(right)]
    lay = g.layout_bipartite(types="type")
    emit("bipartite-14", g, lay,
         "bipartite graph, layout_bipartite: 8 circles (type True) in the "
         "top row, 6 squares (type False) in the bottom row, names inside, "
         "undirected, edges crossing between the rows",
         bbox=(600, 300), vertex_shape=["square"] * left + ["circle"] * right,
         vertex_size=28, vertex_color=["#fc9272"] * left + ["#9ecae1"] * right,
         vertex_label=g.vs["name"], vertex_label_size=11)


@drawing
def curved_directed():
    edges = [(k, (k + 1) % 10) for k in range(10)] + [
        (0, 5), (5, 0), (2, 7), (3, 8), (9, 4), (1, 6)]
    g = ig.Graph(n=10, edges=edges, directed=True)
    lay = g.layout_circle()
    colors = ["#1f78b4" if k < 10 else "#e31a1c" for k in range(len(edges))]
    emit("curved-directed-10", g, lay,
         "directed, circle layout, edge_curved=0.3 on every edge (cubic "
         "Beziers, heads at the curve ends), the reciprocal pair 0<->5 bows "
         "to both sides; ring edges blue, chords red; indices inside",
         bbox=(480, 480), edge_curved=0.3, edge_color=colors,
         vertex_size=24, vertex_color="#f0f0f0",
         vertex_label=[str(k) for k in range(10)])


@drawing
def large_fr():
    rng = random.Random(100)
    edges = random_edges(rng, 100, 150)
    g = ig.Graph(n=100, edges=edges)
    lay = seeded_layout(g, 100, "layout_fruchterman_reingold")
    emit("large-fr-100", g, lay,
         "100 vertices, 150 edges (random spanning tree + random pairs), "
         "Fruchterman-Reingold, small circles (size 7, frame 0.5), grey "
         "edges, no labels",
         bbox=(800, 800), vertex_size=7, vertex_color="#3182bd",
         vertex_frame_width=0.5, edge_color="#999999", edge_width=0.8)


@drawing
def background_dark():
    rng = random.Random(18)
    edges = random_edges(rng, 18, 26)
    g = ig.Graph(n=18, edges=edges)
    lay = seeded_layout(g, 18, "layout_kamada_kawai")
    emit("background-dark-18", g, lay,
         "background='#1e2a38' (the full-page rect), Kamada-Kawai fitted "
         "with keep_aspect_ratio=True and margin 40, light edges, orange "
         "circles with white frames and the index inside in white",
         bbox=(640, 480), margin=40, keep_aspect_ratio=True,
         background="#1e2a38", vertex_size=24, vertex_color="#f16913",
         vertex_frame_color="white", vertex_frame_width=1.5,
         vertex_label=[str(k) for k in range(18)], vertex_label_color="white",
         vertex_label_size=11, edge_color="#d9d9d9", edge_width=1.2)


def main():
    for fn in DRAWINGS:
        fn()


if __name__ == "__main__":
    main()
