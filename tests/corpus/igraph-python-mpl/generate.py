#!/usr/bin/env python3
"""Regenerate the igraph-python-mpl corpus: graphs drawn by python-igraph's
MATPLOTLIB backend, `igraph.plot(g, target=ax, ...)` on a matplotlib Axes,
then `fig.savefig("NAME.svg")` through matplotlib's own SVG backend.

Graph data: typed in below, igraph's deterministic generators (`Graph.Tree`,
`Graph.Lattice`) and small random graphs drawn from seeded `random.Random`
instances. Layouts: igraph's own (circle, grid, Fruchterman-Reingold,
Kamada-Kawai, Reingold-Tilford), computed right after `random.seed(...)`:
python-igraph's default random number generator is Python's `random`
module, so every layout is reproducible.

Truth:
- ids: the vertex "name" attribute where the graph has one, else the vertex
  index, as strings;
- positions: igraph's matplotlib backend puts each vertex shape (a patch
  built around 0,0 in points) at the layout coordinates through
  `ax.transData` (the VertexCollection's offset transform). The script maps
  the layout it passed to plot() with `ax.transData.transform` AFTER
  savefig (so colorbars, legends, aspect and inverted axes are included).
  The figure is made at dpi 72, the SVG backend's own resolution, so display
  units are the SVG's points; y is flipped with the figure height
  (`y_svg = H - y_display`). matplotlib puts no transform on the paths, so
  this is the root <svg>'s user space (viewBox "0 0 W H");
- edges: `g.get_edgelist()` in edge order (parallel edges and loops kept);
- directed: `g.is_directed()`: the backend draws an arrowhead on every edge
  of a directed graph, loops included;
- label: the vertex label drawn (str), left out where no text is drawn.

Checks (the script stops on failure), on the SVG parsed with lxml:
- `<g id="VertexCollection_1">` holds exactly n `<path>`s, in vertex order;
  the bounding-box centre of the k-th one's points (circle, rectangle,
  diamond: symmetric about the offset) is within 1e-5 of truth node k, or
  for triangles the centroid of the 3 corners is within 0.0004*size + 1e-5
  (igraph's triangles span -0.333..0.667 of the size, so the offset is
  their centroid and the bounding-box centre is size/6 away); the extents
  equal the vertex width/height;
- `<g id="EdgeCollection_1">` holds exactly one `<path>` per edge, in edge
  order; its start point (for directed straight/curved edges the point
  after the arrow base) lies on the source's circle of radius size/2, its
  end or arrow tip on the target's (1e-4); a loop's two ends both lie on
  that circle of its vertex. size is the larger of the patch's width and
  height (the VertexCollection's stale callback copies it back into the
  vertex size: a 44x22 rectangle's edges stop 22 pt from its centre);
- `mark_groups` hulls: `<g id="HullCollection_1">` holds one path per group;
- the vertex/edge label annotations are the `<g id="text_N">` direct
  children of the axes group; their text (the `<text>` content, or the
  `<!-- comment -->` matplotlib writes before glyph outlines) is exactly
  the multiset of the labels given.

Run:  python3 generate.py   (python-igraph 1.0.0 + matplotlib 3.11.2, lxml)
"""
import math
import os
import random
import re
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.cm import ScalarMappable  # noqa: E402
from matplotlib.colors import Normalize, to_hex  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import AutoLocator  # noqa: E402

import igraph as ig  # noqa: E402
from lxml import etree  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from igraph_common import (  # noqa: E402
    path_points, per_vertex, random_edges, seeded_layout, write_truth)
GEN = "python-igraph %s plot(target=ax) matplotlib backend (matplotlib %s SVG backend, svg.fonttype=%%s)" % (
    ig.__version__, matplotlib.__version__)
SVGNS = "{http://www.w3.org/2000/svg}"
DPI = 72

plt.rcParams["svg.hashsalt"] = "igraph-python-mpl"   # deterministic clip ids
plt.rcParams["svg.fonttype"] = "none"
plt.rcParams["font.family"] = "DejaVu Sans"


# ------------------------------------------------------------ SVG checks

def group_by_id(root, gid):
    found = [e for e in root.iter(SVGNS + "g") if e.get("id") == gid]
    assert len(found) == 1, gid
    return found[0]


def check_svg(name, svg, g, pos, sizes, widths, heights, shapes, n_hulls,
              texts):
    root = etree.parse(svg).getroot()
    assert root.get("viewBox").startswith("0 0 "), root.get("viewBox")
    n = g.vcount()
    vcol = group_by_id(root, "VertexCollection_1")
    assert vcol.get("transform") is None
    vpaths = [p for p in vcol if p.tag == SVGNS + "path"]
    assert len(vpaths) == n, (name, len(vpaths), n)
    for k, p in enumerate(vpaths):
        assert p.get("transform") is None
        pts = path_points(p.get("d"))
        xs, ys = zip(*pts)
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if shapes[k].startswith("triangle"):
            corners = pts[:3]
            cx = sum(q[0] for q in corners) / 3
            cy = sum(q[1] for q in corners) / 3
            tol = 0.0004 * heights[k] + 1e-5
        else:
            cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
            tol = 1e-5
        assert abs(cx - pos[k][0]) < tol and abs(cy - pos[k][1]) < tol, (
            name, k, (cx, cy), pos[k])
        assert abs(w - widths[k]) < 1e-4 and abs(h - heights[k]) < 1e-4, (
            name, k, w, h, widths[k], heights[k])
    ecol = group_by_id(root, "EdgeCollection_1")
    epaths = [p for p in ecol if p.tag == SVGNS + "path"]
    assert len(epaths) == g.ecount(), (name, len(epaths), g.ecount())
    directed = g.is_directed()

    def on_circle(pt, v):
        return abs(math.dist(pt, pos[v]) - sizes[v] / 2) < 1e-4

    for (s, t), p in zip(g.get_edgelist(), epaths):
        pts = path_points(p.get("d"))
        cmds = re.findall(r"[MLCQZz]", p.get("d"))
        if s == t:
            if directed:   # start aux1 aux2 base left END right base ...
                assert on_circle(pts[0], s) and on_circle(pts[5], s), (name, s)
            else:          # start aux1 aux2 END aux2 aux1 start
                assert on_circle(pts[0], s) and on_circle(pts[3], s), (name, s)
            continue
        if not directed:
            end = pts[3] if "C" in cmds else pts[-1]
            assert on_circle(pts[0], s), (name, "start", s, t)
            assert on_circle(end, t), (name, "end", s, t, math.dist(end, pos[t]), math.dist(pts[0], pos[s]))
        elif "C" in cmds:  # base aux2 aux1 START aux1 aux2 base left TIP ..
            assert on_circle(pts[3], s), (name, "start", s, t)
            assert on_circle(pts[8], t), (name, "tip", s, t)
        else:              # base START base left TIP right base
            assert on_circle(pts[1], s), (name, "start", s, t)
            assert on_circle(pts[4], t), (name, "tip", s, t)
    if n_hulls:
        hcol = group_by_id(root, "HullCollection_1")
        assert len([p for p in hcol if p.tag == SVGNS + "path"]) == n_hulls
    else:
        assert not [e for e in root.iter(SVGNS + "g")
                    if (e.get("id") or "").startswith("HullCollection")]
    axes = group_by_id(root, "axes_1")
    got = []
    for tg in axes:
        if tg.tag != SVGNS + "g" or not (tg.get("id") or "").startswith("text_"):
            continue
        txt = [t.text for t in tg.iter(SVGNS + "text")]
        if not txt:
            txt = [c.text.strip() for c in tg.iter(etree.Comment)]
        assert len(txt) == 1, (name, txt)
        got.append(txt[0])
    assert sorted(got) == sorted(texts), (name, sorted(got), sorted(texts))


# ------------------------------------------------------------ drawing

DRAWINGS = []


def drawing(fn):
    DRAWINGS.append(fn)
    return fn


def emit(name, g, layout, notes, figsize=(6, 6), fonttype="none", obj=None,
         axis_off=True, post=None, n_hulls=0, extra_texts=(), **kwds):
    """Plot g (or obj, e.g. a VertexClustering of g) on a fresh Axes, let
    post(fig, ax) add things, save, and write the truth."""
    svg = os.path.join(HERE, name + ".svg")
    n = g.vcount()
    with plt.rc_context({"svg.fonttype": fonttype}):
        fig, ax = plt.subplots(figsize=figsize, dpi=DPI)
        target = obj if obj is not None else g
        ig.plot(target, target=ax, layout=layout, **kwds)
        if axis_off:
            ax.set_axis_off()
        if post is not None:
            post(fig, ax)
        fig.savefig(svg, metadata={"Date": None})
        assert fig.dpi == DPI
        H = fig.bbox.height
        disp = ax.transData.transform(np.array(layout.coords, dtype=float))
        pos = [(float(x), float(H - y)) for x, y in disp]
        plt.close(fig)
    sizes = per_vertex(kwds.get("vertex_size"), n, 30)
    widths = [w if w is not None else s for w, s in
              zip(per_vertex(kwds.get("vertex_width"), n), sizes)]
    heights = [h if h is not None else s for h, s in
               zip(per_vertex(kwds.get("vertex_height"), n), sizes)]
    shapes = per_vertex(kwds.get("vertex_shape"), n, "circle")
    labels = per_vertex(kwds.get("vertex_label"), n)
    elabels = per_vertex(kwds.get("edge_label"), g.ecount())
    texts = [str(t) for t in labels + elabels if t is not None] + list(extra_texts)
    # the VertexCollection's stale callback writes each patch's larger extent
    # back into the vertex size, and edges stop on a circle of that diameter
    sizes = [max(w, h) for w, h in zip(widths, heights)]
    check_svg(name, svg, g, pos, sizes, widths, heights, shapes, n_hulls,
              texts)
    write_truth(HERE, name, GEN % fonttype, g, pos, labels, notes)
    mind = min((math.dist(a, b) for i, a in enumerate(pos) for b in pos[i + 1:]),
               default=0)
    print("%-28s %4d nodes %4d edges  min dist %.1f" % (
        name, n, g.ecount(), mind))


@drawing
def defaults_fr():
    rng = random.Random(12)
    g = ig.Graph(n=12, edges=random_edges(rng, 12, 18))
    lay = seeded_layout(g, 12, "layout_fruchterman_reingold")
    emit("defaults-fr-12", g, lay,
         "undirected, Fruchterman-Reingold, the backend's defaults: red "
         "circles size 30 pt with black 1 pt frames, #444 edges 2 pt wide "
         "that stop at the circles' rims (not at the centres); index labels "
         "inside as <text>; ax.set_axis_off()",
         vertex_label=[str(k) for k in range(12)])


@drawing
def directed_kk():
    names = list("ABCDEFGHIJKL")
    edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (1, 6),
             (6, 7), (7, 8), (8, 6), (6, 1), (4, 9), (9, 10), (10, 11),
             (11, 9), (9, 4), (8, 11), (10, 2), (5, 0)]
    g = ig.Graph(n=12, edges=edges, directed=True)
    g.vs["name"] = names
    lay = seeded_layout(g, 1, "layout_kamada_kawai")
    emit("directed-kk-12", g, lay,
         "directed, Kamada-Kawai, default arrowheads (15 pt long, 15 pt "
         "wide) drawn in the same <path> as the shaft (base->start->base->"
         "left->tip->right->base, filled), tips on the target circle; 2 "
         "reciprocal pairs (B<->G, E<->J) bent apart by autocurve; light blue "
         "circles size 26 with the names inside",
         figsize=(7, 6), vertex_label=names, vertex_size=26,
         vertex_color="#9ecae1", edge_color="#333333", edge_width=1.2)


@drawing
def arrow_sizes():
    edges = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8),
             (8, 9), (9, 0), (0, 5), (2, 7), (4, 8), (6, 1)]
    g = ig.Graph(n=10, edges=edges, directed=True)
    asz = [6, 8, 10, 12, 16, 20, 7, 10, 14, 9, 12, 18, 6, 10]
    awd = [8, 4, 14, 8, 12, 5, 18, 8, 5, 14, 8, 10, 16, 7]
    lay = g.layout_circle()
    colors = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00",
              "#a65628", "#f781bf", "#999999", "#66c2a5", "#fc8d62"]

    def post(fig, ax):
        ax.set_aspect("equal")
    emit("arrow-sizes-10", g, lay,
         "directed ring with chords, circle layout, ax.set_aspect('equal') "
         "in a wide figure (the ring is centred), no labels, "
         "vertex_frame_width=0 (fill only), per-edge edge_arrow_size 6-20 pt "
         "and edge_arrow_width 4-18 pt, edge widths 1-4",
         figsize=(8, 5), post=post, vertex_size=18, vertex_color=colors,
         vertex_frame_width=0, edge_arrow_size=asz, edge_arrow_width=awd,
         edge_width=[1 + (k % 4) for k in range(14)], edge_color="#555555")


@drawing
def shapes_labels():
    rng = random.Random(3)
    g = ig.Graph(n=15, edges=random_edges(rng, 15, 22))
    shapes = ["circle", "rectangle", "square", "triangle-up", "triangle-down",
              "diamond"]
    vshape = [shapes[k % 6] for k in range(15)]
    vwidth = [44 if s == "rectangle" else None for s in vshape]
    vheight = [22 if s == "rectangle" else None for s in vshape]
    colors = {"circle": "#fdae61", "rectangle": "#abdda4",
              "square": "#2b83ba", "triangle-up": "#d7191c",
              "triangle-down": "#ffffbf", "diamond": "#c2a5cf"}
    lay = seeded_layout(g, 3, "layout_kamada_kawai")
    emit("shapes-path-text-15", g, lay,
         "undirected, Kamada-Kawai, the five matplotlib-backend vertex shapes "
         "in turn (circle, rectangle 44x22 via vertex_width/height, square, "
         "triangle-up, triangle-down, diamond; size 30), index labels inside "
         "written as glyph outlines (svg.fonttype='path'). Triangles: the "
         "vertex position is the triangle's centroid (corners at -1/3 and "
         "+2/3 of the size), so their bounding-box centre is 5 pt off; edges "
         "stop on a circle of radius size/2 whatever the shape",
         figsize=(7, 6), fonttype="path", vertex_shape=vshape,
         vertex_size=30, vertex_width=vwidth, vertex_height=vheight,
         vertex_color=[colors[s] for s in vshape],
         vertex_label=[str(k) for k in range(15)], vertex_label_size=11)


@drawing
def curved_directed():
    edges = [(k, (k + 1) % 10) for k in range(10)] + [
        (0, 5), (5, 0), (2, 7), (3, 8), (9, 4), (1, 6)]
    g = ig.Graph(n=10, edges=edges, directed=True)
    lay = g.layout_circle()
    colors = ["#1f78b4" if k < 10 else "#e31a1c" for k in range(len(edges))]
    emit("curved-directed-10", g, lay,
         "directed, circle layout, edge_curved=0.3 on every edge: each edge "
         "one path running base->curve back to the source->curve->base->"
         "head (cubic Beziers, the curve drawn twice), reciprocal 0<->5 "
         "bowing both ways; ring edges blue, chords red; arrow size 10, "
         "width 8; indices inside",
         edge_curved=0.3, edge_color=colors, edge_arrow_size=10,
         edge_arrow_width=8, edge_width=1.5,
         vertex_size=24, vertex_color="#f0f0f0",
         vertex_label=[str(k) for k in range(10)])


@drawing
def loops_multi():
    edges = [(0, 1), (0, 1), (1, 2), (1, 2), (1, 2), (2, 3), (3, 4), (4, 5),
             (5, 0), (0, 3), (0, 3), (2, 2), (4, 4), (4, 4), (4, 4), (5, 1)]
    g = ig.Graph(n=6, edges=edges)
    lay = g.layout_circle()
    emit("loops-multi-6", g, lay,
         "undirected multigraph, circle layout: 0-1 and 0-3 doubled, 1-2 "
         "tripled (autocurve bends parallel edges apart, the middle one of 3 "
         "stays straight; a curved edge is one path there and back); a "
         "self-loop on 2 and three self-loops on 4, which the backend fans "
         "out into the widest free wedge as three separate teardrop loops "
         "from rim to rim (loop_size 30 pt)",
         figsize=(5.5, 5.5), vertex_size=28, vertex_color="#fee08b",
         vertex_label=[str(k) for k in range(6)], edge_width=1.5)


@drawing
def directed_multi_loops():
    edges = [(0, 1), (1, 0), (1, 2), (1, 2), (2, 3), (3, 2), (3, 4), (4, 5),
             (5, 6), (6, 7), (7, 4), (4, 4), (6, 6), (6, 6), (0, 7), (0, 7),
             (2, 5)]
    g = ig.Graph(n=8, edges=edges, directed=True)
    names = ["s", "a", "b", "c", "d", "e", "f", "t"]
    g.vs["name"] = names
    lay = seeded_layout(g, 8, "layout_fruchterman_reingold")
    emit("directed-multi-loops-8", g, lay,
         "directed multigraph, Fruchterman-Reingold: reciprocal pairs s<->a "
         "and b<->c and parallel a->b, s->t twice, each bent by autocurve; "
         "self-loops on d (one) and f (two, fanned out), each loop with its "
         "own arrowhead back onto the vertex rim; arrow size 10, width 9",
         figsize=(6.5, 5.5), vertex_size=24, vertex_color="#c7e9c0",
         vertex_label=names, edge_arrow_size=10, edge_arrow_width=9,
         edge_color="#222222", edge_width=1.2)


@drawing
def tiny_grid():
    g = ig.Graph.Lattice([8, 6], circular=False)
    rng = random.Random(48)
    extra = set()
    while len(extra) < 8:
        v = rng.randrange(48)
        x, y = v % 8, v // 8
        if x < 7 and y < 5:
            extra.add((v, v + 9))
    g.add_edges(sorted(extra))
    lay = g.layout_grid(width=8)
    emit("tiny-grid-48", g, lay,
         "8x6 lattice plus 8 diagonals, layout_grid, tiny vertices "
         "(vertex_size 4, frame 0.5 pt) on 1 pt edges that stop at the "
         "vertex rims (2 pt short of the centres), no labels",
         figsize=(7, 5), vertex_size=4, vertex_color="#08519c",
         vertex_frame_width=0.5, edge_width=1.0, edge_color="#777777")


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
    # the label offset is in points, angle counter-clockwise with y up; the
    # data y also points up here, so the outward angle is atan2(y, x)
    angles = [math.atan2(y, x) for x, y in lay]

    def post(fig, ax):
        ax.set_aspect("equal")
        ax.set_xlim(-1.6, 1.6)
        ax.set_ylim(-1.35, 1.35)
    emit("labels-beside-16", g, lay,
         "undirected ring with chords, circle layout, small dark circles "
         "(size 8, no frame), town names placed outside beside each vertex "
         "with vertex_label_dist=9 (9 x size/2 = 36 offset points, label centred there) and an outward "
         "vertex_label_angle; explicit xlim/ylim and equal aspect",
         figsize=(7, 6), post=post, vertex_size=8, vertex_color="#253494",
         vertex_frame_width=0, vertex_label=names, vertex_label_dist=9,
         vertex_label_angle=angles, vertex_label_size=10,
         edge_color="#969696", edge_width=1)


@drawing
def edge_labels_weights():
    edges = [(0, 1, 4), (0, 2, 1), (1, 2, 2), (1, 3, 5), (2, 4, 3), (3, 4, 1),
             (3, 5, 2), (4, 6, 4), (5, 6, 1), (5, 7, 3), (6, 8, 2), (7, 8, 5),
             (2, 6, 2)]
    g = ig.Graph(n=9, edges=[(a, b) for a, b, _ in edges])
    w = [c for _, _, c in edges]
    cmap = plt.get_cmap("plasma")
    ecol = [to_hex(cmap((c - 1) / 5)) for c in w]
    lay = seeded_layout(g, 9, "layout_kamada_kawai")
    emit("edge-labels-weights-9", g, lay,
         "undirected weighted graph, Kamada-Kawai: edge width = weight "
         "(1-5), edge colour from 'plasma' by weight, the weight as an edge "
         "label at mid-edge on a white box (edge_background: a rectangle "
         "patch behind each label) rotated along the edge "
         "(edge_align_label), letters inside circles size 30",
         figsize=(6.5, 5.5), vertex_size=30, vertex_color="#fdd0a2",
         vertex_label=list("ABCDEFGHI"), edge_width=w, edge_color=ecol,
         edge_label=[str(x) for x in w], edge_label_size=10,
         edge_background="white", edge_align_label=True)


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
    cl = ig.VertexClustering(g, [k // 5 for k in range(20)])
    lay = seeded_layout(g, 20, "layout_fruchterman_reingold")
    emit("mark-groups-20", g, lay,
         "plot of a VertexClustering (4 planted groups of 5) with "
         "mark_groups=True: a translucent rounded hull per group (fill alpha "
         "0.25, opaque outline) under the edges, vertices coloured from the "
         "ClusterColoringPalette, size 16, no labels",
         obj=cl, n_hulls=4, mark_groups=True, vertex_size=16, edge_width=1)


@drawing
def mark_groups_legend():
    edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (5, 6),
             (6, 7), (7, 8), (8, 9), (9, 6), (9, 10), (10, 11), (11, 0),
             (1, 11), (7, 9)]
    g = ig.Graph(n=12, edges=edges)
    g.vs["name"] = ["v%d" % k for k in range(12)]
    groups = {(0, 1, 2, 11): "#e41a1c", (3, 4, 5): "#377eb8",
              (6, 7, 8, 9): "#4daf4a", (10, 11): "#ff7f00"}
    lay = seeded_layout(g, 12, "layout_kamada_kawai")
    gnames = ["core", "east", "south", "bridge"]

    def post(fig, ax):
        handles = [Patch(facecolor=c, alpha=0.4, edgecolor=c, label=lab)
                   for c, lab in zip(groups.values(), gnames)]
        handles.append(Line2D([], [], marker="s", linestyle="none",
                              markerfacecolor="white", markeredgecolor="black",
                              markersize=9, label="vertex"))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1),
                  title="groups")
        fig.subplots_adjust(right=0.78)
    emit("mark-groups-legend-12", g, lay,
         "mark_groups as a dict {members: colour}: three hulls around 3-4 "
         "vertices and one two-vertex 'stadium' (v10, v11) overlapping "
         "another at v11; white squares size 24 with names inside as glyph "
         "outlines (svg.fonttype='path'); a legend to the right of the "
         "axes with four hull-colour patches and a square marker key (legend "
         "keys are not vertices)",
         figsize=(7.5, 5.5), fonttype="path", post=post, n_hulls=4,
         mark_groups=groups, vertex_shape="square", vertex_size=24,
         vertex_color="white", vertex_label=g.vs["name"],
         vertex_label_size=9, edge_width=1.2)


@drawing
def axes_visible():
    rng = random.Random(14)
    g = ig.Graph(n=14, edges=random_edges(rng, 14, 20))
    lay = seeded_layout(g, 14, "layout_kamada_kawai")

    def post(fig, ax):
        for sp in ax.spines.values():
            sp.set_visible(True)
        ax.xaxis.set_major_locator(AutoLocator())
        ax.yaxis.set_major_locator(AutoLocator())
        ax.grid(True, color="#dddddd", linewidth=0.8)
        ax.set_axisbelow(True)
        ax.set_xlabel("layout x")
        ax.set_ylabel("layout y")
    emit("axes-visible-14", g, lay,
         "undirected, Kamada-Kawai, axes left ON after plot(): the four "
         "spines, AutoLocator ticks with tick labels, a light grid (drawn "
         "OVER the graph: the GraphArtist has zorder 0, the axis 0.5 even "
         "with set_axisbelow), x/y axis labels (all <text>); teal circles size 20 "
         "with white index labels",
         figsize=(6.5, 5.5), axis_off=False, post=post, vertex_size=20,
         vertex_color="#1b7f79", vertex_frame_color="#0b3f3c",
         vertex_label=[str(k) for k in range(14)], vertex_label_size=8,
         vertex_label_color="white", edge_width=1.5, edge_color="#555555")


@drawing
def colorbar():
    rng = random.Random(25)
    g = ig.Graph(n=25, edges=random_edges(rng, 25, 40))
    pr = g.pagerank()
    norm = Normalize(min(pr), max(pr))
    cmap = plt.get_cmap("viridis")
    vcol = [to_hex(cmap(norm(p))) for p in pr]
    lay = seeded_layout(g, 25, "layout_fruchterman_reingold")

    def post(fig, ax):
        sm = ScalarMappable(norm=norm, cmap=cmap)
        cb = fig.colorbar(sm, ax=ax, shrink=0.8)
        cb.set_label("PageRank")
        ax.set_title("PageRank")
    emit("colorbar-pagerank-25", g, lay,
         "undirected, Fruchterman-Reingold, vertices coloured by PageRank "
         "(viridis), a colorbar beside the axes (raster strip, ticks, label) "
         "and an axes title; all text as glyph outlines "
         "(svg.fonttype='path'); circles size 14, no vertex labels",
         figsize=(7, 5.5), fonttype="path", post=post, extra_texts=["PageRank"],
         vertex_size=14, vertex_color=vcol, vertex_frame_width=0.6,
         edge_width=1, edge_color="#999999")


@drawing
def tree_rt():
    g = ig.Graph.Tree(31, 2, mode="out")
    lay = g.layout_reingold_tilford(root=[0])

    def post(fig, ax):
        ax.invert_yaxis()
    emit("tree-rt-31", g, lay,
         "complete binary tree, layout_reingold_tilford, ax.invert_yaxis() "
         "after plot() so the root is on top (the backend keeps data y up), "
         "parent->child arrows (arrow size 6, width 5), squares size 18 with "
         "the index inside in 7 pt",
         figsize=(9, 4.5), post=post, vertex_shape="rectangle",
         vertex_size=18, vertex_color="#deebf7",
         vertex_label=[str(k) for k in range(31)], vertex_label_size=7,
         edge_arrow_size=6, edge_arrow_width=5, edge_width=1)


@drawing
def large_fr():
    rng = random.Random(80)
    g = ig.Graph(n=80, edges=random_edges(rng, 80, 120))
    lay = seeded_layout(g, 80, "layout_fruchterman_reingold")
    emit("large-fr-80", g, lay,
         "80 vertices, 120 edges (random spanning tree + random pairs), "
         "Fruchterman-Reingold, small circles (size 7, frame 0.5), grey "
         "edges 0.8 pt, no labels",
         figsize=(8, 8), vertex_size=7, vertex_color="#3182bd",
         vertex_frame_width=0.5, edge_color="#999999", edge_width=0.8)


def main():
    only = sys.argv[1:]
    for fn in DRAWINGS:
        if not only or fn.__name__ in only:
            fn()


if __name__ == "__main__":
    main()
