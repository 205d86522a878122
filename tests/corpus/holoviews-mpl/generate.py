#!/usr/bin/env python3
"""Regenerate the holoviews-mpl corpus chain.

HoloViews `hv.Graph` / `hv.Graph.from_networkx` elements rendered by the
matplotlib backend (`hv.extension('matplotlib')`) and written as SVG by
HoloViews' own matplotlib renderer (`hv.renderer('matplotlib')`, the renderer
behind `hv.save(obj, 'x.svg', fmt='svg')`: `bbox_inches='tight'`, axes on by
default): directed arrows, node colours by attribute, node labels
(`hv.Labels`), edge colour maps with a colorbar, node sizes by attribute,
`bundle_graph` (datashader's hammer bundling), two-panel layouts, text as
`<text>` or (the `-textpaths` drawings) as glyph outlines.

Truth: the graph is the element's own data: `graph.nodes` (columns x, y,
index: the layout positions HoloViews draws the node markers at) and the edge
table (`graph.dimension_values(0/1)`: source, target). Positions are mapped
by matplotlib's transforms inside the SVG save itself (a `draw_event`
callback fires in the SVG renderer's draw, at 72 dpi, after the tight-bbox
crop):
    (px, py) = ax.transData.transform((x, y))
    x_svg = px;  y_svg = fig.bbox.height - py        # SVG: pt, y down
Each truth position is then checked against the SVG: a scatter marker
(`<use xlink:href="#m..." x= y=>`, or for per-node sizes a closed `<path>`'s
control-point bounding-box centre) lies within 1e-3 of it.

Usage:  python3 generate.py [OUTDIR]   (default: the folder of this script)
"""
import json
import os
import re
import sys

os.environ.setdefault("SOURCE_DATE_EPOCH", "0")  # matplotlib writes this as the SVG's dc:date

import matplotlib  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

import holoviews as hv  # noqa: E402
from holoviews import dim, opts  # noqa: E402,F401

hv.extension("matplotlib")
from holoviews.plotting.mpl.graphs import GraphPlot  # noqa: E402
from holoviews.plotting.mpl.renderer import MPLRenderer  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
RENDERER = hv.renderer("matplotlib")


def graph_truth(graph, prefix=""):
    """Nodes (id, layout x, y) and edges (source, target) of an hv.Graph."""
    nd = graph.nodes
    xs, ys = nd.dimension_values(0), nd.dimension_values(1)
    ids = nd.dimension_values(2)
    nodes = [(prefix + str(i), float(x), float(y)) for i, x, y in zip(ids, xs, ys)]
    src, tgt = graph.dimension_values(0), graph.dimension_values(1)
    edges = [[prefix + str(s), prefix + str(t)] for s, t in zip(src, tgt)]
    return nodes, edges


def svg_marker_positions(svg):
    """Where scatter markers are drawn: <use> of a marker at x, y, or (markers of
    per-node sizes) a closed <path>'s control-point bounding-box centre."""
    out = [(float(x), float(y)) for x, y in re.findall(
        r'<use xlink:href="#(?:m[0-9a-f]+|C\d+_\d+_[0-9a-f]+)" x="([-\d.e]+)" y="([-\d.e]+)"', svg)]
    body = re.sub(r"<defs>.*?</defs>", "", svg, flags=re.S)
    for d in re.findall(r'<path d="([^"]*z)\s*"', body):
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
        xs, ys = nums[0::2], nums[1::2]
        out.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    return out


def save(name, obj, panels, directed, notes, labels=None, textpaths=False):
    """panels: list of (graph, prefix) in the order of the figure's axes."""
    matplotlib.rcParams["svg.fonttype"] = "path" if textpaths else "none"
    matplotlib.rcParams["svg.hashsalt"] = "svg2graph-corpus-" + name
    MPLRenderer.drawn = {}  # the renderer caches tight bboxes by id(fig); ids get reused
    plot = RENDERER.get_plot(obj)
    fig = plot.state
    # the axes of each GraphPlot, in layout order (colorbars have axes of their own)
    graph_axes = plot.traverse(lambda p: p.handles["axis"], [GraphPlot])
    assert len(graph_axes) == len(panels), (name, len(graph_axes))
    rec = {}
    per_panel = [graph_truth(g, p) for g, p in panels]

    def on_draw(event):
        rec["h"] = float(fig.bbox.height)
        rec["dpi"] = float(fig.dpi)
        rec["pos"] = []
        for ax, (nodes, _e) in zip(graph_axes, per_panel):
            for nid, x, y in nodes:
                px, py = ax.transData.transform((x, y))
                rec["pos"].append((nid, float(px), float(py)))

    fig.canvas.mpl_connect("draw_event", on_draw)
    RENDERER.save(plot, os.path.join(OUT, name), fmt="svg")
    assert rec["dpi"] == 72.0, rec["dpi"]
    matplotlib.pyplot.close(fig)

    nodes = []
    for nid, px, py in rec["pos"]:
        d = {"id": nid, "x": round(px, 6), "y": round(rec["h"] - py, 6)}
        if labels is not None and nid in labels:
            d["label"] = labels[nid]
        nodes.append(d)
    edges = [e for _n, es in per_panel for e in es]

    with open(os.path.join(OUT, name + ".svg")) as f:
        marks = svg_marker_positions(f.read())
    for d in nodes:
        best = min(((mx - d["x"]) ** 2 + (my - d["y"]) ** 2) ** 0.5 for mx, my in marks)
        assert best < 1e-3, (name, d["id"], best)

    gen = (f"holoviews {hv.__version__} + matplotlib {matplotlib.__version__} (matplotlib "
           f"renderer, svg.fonttype={'path' if textpaths else 'none'}, bbox_inches=tight)")
    truth = {"generator": gen, "directed": directed, "nodes": nodes, "edges": edges,
             "notes": notes}
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(name, len(nodes), "nodes", len(edges), "edges")


def labels_of(graph):
    nd = graph.nodes
    return {str(i): str(i) for i in nd.dimension_values(2)}


def random_digraph(n, m, seed):
    rng = np.random.default_rng(seed)
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    for i in range(1, n):
        G.add_edge(int(rng.integers(i)), i)
    while G.number_of_edges() < m:
        u, v = (int(a) for a in rng.choice(n, 2, replace=False))
        if not G.has_edge(u, v) and not G.has_edge(v, u):
            G.add_edge(u, v)
    return G


def spread_seed(G, layout=nx.spring_layout, seeds=range(40), edges=True, **kw):
    """The seed (of `seeds`) whose layout keeps nodes farthest from each other
    and from the edges they are not on, relative to the layout's extent:
    figures with no overlapping nodes and (edges=True) no edge drawn through a
    node."""
    def score(seed):
        pos = layout(G, seed=seed, **kw)
        a = np.array(list(pos.values()))
        d = np.sqrt(((a[:, None] - a[None]) ** 2).sum(-1))
        np.fill_diagonal(d, np.inf)
        best = d.min()
        for u, v in (G.edges if edges else ()):
            p, q = np.array(pos[u]), np.array(pos[v])
            for n, c in pos.items():
                if n in (u, v):
                    continue
                t = np.clip(np.dot(c - p, q - p) / max(np.dot(q - p, q - p), 1e-12), 0, 1)
                best = min(best, float(np.hypot(*(p + t * (q - p) - c))))
        return best / (a.max(0) - a.min(0)).max()
    return max(seeds, key=score)


# ---------------------------------------------------------------- drawings

def karate_club():
    G = nx.karate_club_graph()
    g = hv.Graph.from_networkx(G, nx.spring_layout, seed=spread_seed(G, edges=False)).opts(
        node_color="club", cmap="Set1", node_size=12, fig_size=150)
    save("karate-club-spring", g, [(g, "")], False,
         "from_networkx(karate_club_graph, spring_layout, seed chosen by spread_seed), "
         "node_color='club' "
         "(two categorical Set1 colours), default style: axes on with ticks and x/y labels "
         "(HoloViews' matplotlib default), scatter markers (<use>) over one LineCollection "
         "of straight edges. node_size=12, fig_size=150.")


def circular_directed():
    src = [0, 0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10, 11, 2, 5]
    tgt = [1, 5, 2, 6, 3, 4, 5, 8, 9, 7, 8, 10, 10, 11, 0, 3, 8, 11]
    g = hv.Graph(((src, tgt),)).opts(directed=True, arrowhead_length=0.05, node_size=8,
                                    edge_color="#555555")
    save("circular-default-directed", g, [(g, "")], True,
         "hv.Graph(((src, tgt),)) with no node positions: HoloViews' default circular "
         "layout (node 0 at angle 0, counter-clockwise). directed=True, "
         "arrowhead_length=0.05: each edge is ONE open path 'M src L tgt M a L tgt L b' "
         "(shaft and a two-stroke chevron whose tip is the target's centre, partly under "
         "the small node marker, node_size=8). Axes on.")


def dag_labels():
    layers = {"raw": 0, "logs": 0, "events": 0, "clean": 1, "sessions": 1, "join": 2,
              "features": 3, "labels": 3, "train": 4, "eval": 5, "model": 5,
              "report": 6, "deploy": 6}
    edges = [("raw", "clean"), ("logs", "sessions"), ("events", "sessions"),
             ("clean", "join"), ("sessions", "join"), ("join", "features"),
             ("join", "labels"), ("features", "train"), ("labels", "train"),
             ("train", "model"), ("train", "eval"), ("model", "deploy"),
             ("eval", "report"), ("model", "eval")]
    G = nx.DiGraph()
    for n, layer in layers.items():
        G.add_node(n, layer=layer)
    G.add_edges_from(edges)
    # layered positions, as multipartite_layout gives them but in a fixed order
    # within each layer (multipartite_layout's order follows set iteration)
    pos = {}
    for layer in sorted(set(layers.values())):
        col = [n for n in layers if layers[n] == layer]
        for i, n in enumerate(col):
            pos[n] = (layer / 6.0 * 2 - 1, ((len(col) - 1) / 2 - i) * 0.5)
    g = hv.Graph.from_networkx(G, pos).opts(
        directed=True, arrowhead_length=0.04, node_size=14, node_color="layer",
        cmap="viridis", xaxis=None, yaxis=None, fig_size=200, aspect=1.6)
    lab = hv.Labels(g.nodes, ["x", "y"], "index").opts(yoffset=0.06, fontsize=8)
    save("pipeline-dag-labels", g * lab, [(g, "")], True,
         "A data-pipeline DAG from networkx DiGraph, nodes in layers left to right (positions "
         "given as a dict, columns 0.5 apart vertically), node_color='layer' (viridis), directed=True with arrowhead_length 0.04 "
         "(chevron tips at target centres, legs outside the node_size=14 markers), "
         "hv.Labels of the node names placed ABOVE each node (yoffset=0.06, 8 pt), axes "
         "hidden (xaxis=None, yaxis=None).", labels={n: n for n in layers})


def edge_colorbar():
    G = nx.convert_node_labels_to_integers(nx.grid_2d_graph(4, 5))
    G.add_edges_from([(0, 6), (8, 14), (13, 17)])
    rng = np.random.default_rng(5)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = round(float(rng.uniform(0.1, 1.0)), 3)
    g = hv.Graph.from_networkx(G, nx.kamada_kawai_layout).opts(
        edge_color="weight", edge_cmap="viridis", edge_linewidth=2, colorbar=True,
        node_color="white", node_size=12, fig_size=150)
    save("edge-cmap-colorbar", g, [(g, "")], False,
         "Weighted 4x5 grid graph with 3 diagonals (20 nodes), kamada_kawai_layout, "
         "edge_color='weight' "
         "with edge_cmap='viridis', edge_linewidth 2, colorbar=True (a raster strip with "
         "ticks and the 'weight' label on its own axes), white nodes with black outlines, "
         "axes on.")


def node_size_colour():
    G = nx.barabasi_albert_graph(28, 1, seed=3)
    G.add_edges_from([(5, 9), (2, 14)])
    for n in G.nodes:
        G.nodes[n]["degree"] = G.degree(n)
    g = hv.Graph.from_networkx(G, nx.kamada_kawai_layout).opts(
        node_size=dim("degree") * 3 + 5, node_color="degree", cmap="plasma",
        colorbar=True, edge_alpha=0.6, edge_linewidth=0.8, fig_size=160)
    save("node-size-colour-degree", g, [(g, "")], False,
         "Barabasi-Albert tree (28 nodes, seed 3) plus 2 edges, kamada_kawai_layout, "
         "node_size = 3*degree+5 and node_color='degree' (plasma) with a colorbar (per-node "
         "sizes: each marker its own closed path), translucent thin edges (edge_alpha 0.6), "
         "axes on.")


def bundled_circular():
    G = nx.circulant_graph(24, [1, 5])
    g = hv.Graph.from_networkx(G, nx.circular_layout)
    from holoviews.operation.datashader import bundle_graph
    b = bundle_graph(g).opts(node_size=10, edge_linewidth=1, fig_size=150)
    save("bundled-circulant-24", b, [(b, "")], False,
         "bundle_graph (datashader hammer_bundle) of circulant_graph(24, [1, 5]) on a "
         "circular layout: the 24 chords of length 5 are pulled into one ring of curves, "
         "the length-1 links bend between neighbours; every edge a many-point polyline "
         "(one LineCollection). Axes on.")


def bundled_communities():
    G = nx.random_partition_graph([8, 8, 8], 0.5, 0.04, seed=4)
    for n in G.nodes:
        G.nodes[n]["block"] = next(i for i, p in enumerate(G.graph["partition"]) if n in p)
    g = hv.Graph.from_networkx(G, nx.spring_layout, seed=spread_seed(G))
    from holoviews.operation.datashader import bundle_graph
    b = bundle_graph(g).opts(node_color="block", cmap="Category10", node_size=9,
                             edge_color="#888888", xaxis=None, yaxis=None, fig_size=150)
    save("bundled-communities-24", b, [(b, "")], False,
         "random_partition_graph (3 blocks of 8, p_in 0.5, p_out 0.04, seed 4), spring "
         "layout (seed by spread_seed), bundle_graph: edges as bundled grey polylines; node_color by block "
         "(Category10), axes hidden.")


def two_panels():
    T = nx.balanced_tree(2, 3)
    gt = hv.Graph.from_networkx(T, nx.bfs_layout, start=0).opts(
        node_size=10, title="tree", directed=True, arrowhead_length=0.06)
    C = random_digraph(9, 13, seed=8)
    gc = hv.Graph.from_networkx(C, nx.circular_layout).opts(
        node_size=10, directed=True, arrowhead_length=0.06, title="cycle", node_color="orange")
    lay = (gt + gc).opts(fig_size=120)
    save("layout-two-panels", lay, [(gt, "t"), (gc, "c")], True,
         "Two panels side by side (hv.Layout gt + gc, subfigure labels A and B): left a "
         "balanced binary tree (15 nodes, bfs_layout from the root, arrows parent -> "
         "child), right a 9-node DiGraph on a circle with arrowheads. Ids prefixed 't' "
         "and 'c'. Both panels have their own axes with ticks, titles 'tree' and 'cycle'.")


def square_widths():
    G = nx.florentine_families_graph()
    rng = np.random.default_rng(9)
    for u, v in G.edges:
        G.edges[u, v]["w"] = int(rng.integers(1, 6))
    g = hv.Graph.from_networkx(G, nx.kamada_kawai_layout).opts(
        node_marker="s", node_size=14, node_color="#9ecae1", edge_linewidth=dim("w"),
        edge_color="#444444", xaxis=None, yaxis=None, fig_size=170)
    lab = hv.Labels(g.nodes, ["x", "y"], "index").opts(fontsize=7, yoffset=-0.09)
    save("florentine-squares-widths", g * lab, [(g, "")], False,
         "Florentine families (15), kamada_kawai_layout, square markers (node_marker='s'), "
         "edge_linewidth from an integer weight 1..5, family names as hv.Labels BELOW the "
         "nodes (yoffset -0.09, 7 pt), axes hidden.", labels={n: n for n in G.nodes})


def edge_labels():
    src = ["A", "A", "B", "C", "C", "D", "E", "B"]
    tgt = ["B", "C", "D", "D", "E", "F", "F", "E"]
    w = [4, 2, 5, 8, 10, 2, 3, 7]
    xy = {"A": (0, 0), "B": (1, 1), "C": (1, -1), "D": (2, 0.2), "E": (2.4, -1.2),
          "F": (3.4, -0.2)}
    names = list(xy)
    nodes = hv.Nodes(([xy[n][0] for n in names], [xy[n][1] for n in names], names))
    g = hv.Graph(((src, tgt, w), nodes), vdims="weight").opts(
        node_size=22, node_color="#fdd0a2", edge_color="#636363", edge_linewidth=1.5)
    mid = [((xy[s][0] + xy[t][0]) / 2, (xy[s][1] + xy[t][1]) / 2, str(v))
           for s, t, v in zip(src, tgt, w)]
    elab = hv.Labels(mid, ["x", "y"], "text").opts(fontsize=9, color="#a50f15")
    nlab = hv.Labels(g.nodes, ["x", "y"], "index").opts(fontsize=10)
    save("edge-weight-labels", g * elab * nlab, [(g, "")], False,
         "Explicit node positions (hv.Nodes), large nodes (node_size 22) with the name "
         "inside (hv.Labels centred), edge weights as dark-red hv.Labels centred on each "
         "edge's midpoint (over the line: Labels has no bbox option), axes on. Shortest-path style figure.",
         labels={n: n for n in names})


def textpaths_directed():
    G = random_digraph(14, 22, seed=21)
    G = nx.relabel_nodes(G, {i: f"v{i}" for i in G.nodes})
    g = hv.Graph.from_networkx(G, nx.spring_layout, seed=spread_seed(G, k=0.5), k=0.5).opts(
        directed=True, arrowhead_length=0.05, node_size=16, node_color="#c7e9c0",
        xaxis=None, yaxis=None, fig_size=160)
    lab = hv.Labels(g.nodes, ["x", "y"], "index").opts(fontsize=8, color="black")
    save("directed-labels-textpaths", g * lab, [(g, "")], True,
         "Random DiGraph (14 nodes, 22 edges), spring_layout (k 0.5, seed by spread_seed), "
         "directed=True "
         "(arrowhead_length 0.05, chevron tips at the target centres, mostly hidden under "
         "node_size=16 markers: only their legs show), names v0..v13 centred on the "
         "nodes; svg.fonttype='path': labels are glyph outlines. Axes hidden.",
         labels={str(n): str(n) for n in G.nodes}, textpaths=True)


def textpaths_colorbar():
    G = nx.petersen_graph()
    rng = np.random.default_rng(2)
    for u, v in G.edges:
        G.edges[u, v]["flow"] = round(float(rng.uniform(0, 10)), 2)
    ang = np.pi / 2 + 2 * np.pi * np.arange(5) / 5
    pos = {i: (float(np.cos(ang[i])), float(np.sin(ang[i]))) for i in range(5)}
    pos.update({5 + i: (0.5 * float(np.cos(ang[i])), 0.5 * float(np.sin(ang[i])))
                for i in range(5)})
    g = hv.Graph.from_networkx(G, pos).opts(
        edge_color="flow", edge_cmap="coolwarm", edge_linewidth=2.5, colorbar=True,
        node_size=12, node_color="black", fig_size=150, title="Petersen graph")
    save("petersen-colorbar-textpaths", g, [(g, "")], False,
         "Petersen graph drawn as the usual pentagon around a pentagram, edge_color='flow' "
         "(coolwarm) with colorbar=True (HoloViews 1.23.2 draws the colorbar in viridis "
         "0..1, not in the edges' map and range), thick "
         "edges, black nodes, a title, axes on; svg.fonttype='path' (tick labels, axis "
         "labels and title are glyph outlines).", textpaths=True)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in [karate_club, circular_directed, dag_labels, edge_colorbar, node_size_colour,
               bundled_circular, bundled_communities, two_panels, square_widths, edge_labels,
               textpaths_directed, textpaths_colorbar]:
        fn()
