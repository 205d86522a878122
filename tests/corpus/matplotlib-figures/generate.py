#!/usr/bin/env python3
"""Regenerate the matplotlib-figures corpus chain.

networkx drawings the way they appear in real figures: axes ON with ticks and
tick labels, titles, grids, colorbars, legends, every matplotlib arrowstyle,
curved edges, self-loops, multigraph parallel edges, per-node sizes, several
node shapes per figure and edge labels. Saved by matplotlib's SVG backend with
rcParams["svg.fonttype"] = "none" (text stays <text>).

Truth: node positions are the layout positions given to networkx, mapped by
matplotlib's own transforms after fig.canvas.draw() (after the colorbar and
legend have been added, so the final axes box is used):
    (px, py) = ax.transData.transform(pos)       # display pixels, y up
    x_svg = px * 72 / dpi
    y_svg = (fig_height_px - py) * 72 / dpi      # SVG: points, y down
No bbox_inches="tight". The graph (ids, edges, direction) is the networkx graph
that was drawn.

Usage:  python3 generate.py [OUTDIR]   (default: the folder of this script)
"""
import json
import os
import random
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
GEN = f"networkx {nx.__version__} + matplotlib {matplotlib.__version__} (svg backend, svg.fonttype=none)"

plt.rcParams["svg.fonttype"] = "none"
plt.rcParams["svg.hashsalt"] = "svg2graph-corpus"  # deterministic clip-path ids
DPI = 100


def new_fig(w, h):
    return plt.subplots(figsize=(w, h), dpi=DPI)


def axes_on(ax, grid=False):
    """networkx hides ticks and turns the axis off; a real figure puts them back."""
    ax.set_axis_on()
    ax.tick_params(left=True, bottom=True, labelleft=True, labelbottom=True)
    if grid:
        ax.grid(True, linestyle=":", color="#999999")
        ax.set_axisbelow(True)


def save(name, fig, ax, G, pos, directed, notes, labels=None, edges=None):
    fig.canvas.draw()
    hpx = fig.bbox.height
    s = 72.0 / fig.dpi
    nodes = []
    for n in G.nodes:
        px, py = ax.transData.transform(pos[n])
        d = {"id": str(n), "x": round(float(px * s), 6), "y": round(float((hpx - py) * s), 6)}
        if labels is not None and n in labels:
            d["label"] = str(labels[n])
        nodes.append(d)
    if edges is not None:
        edges = [[str(u), str(v)] for u, v in edges]
    elif G.is_multigraph():
        edges = [[str(u), str(v)] for u, v, _k in G.edges(keys=True)]
    else:
        edges = [[str(u), str(v)] for u, v in G.edges()]
    fig.savefig(os.path.join(OUT, name + ".svg"), metadata={"Date": None})
    plt.close(fig)
    truth = {"generator": GEN, "directed": directed, "nodes": nodes, "edges": edges, "notes": notes}
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")


def small_digraph(seed, n=9, p=0.1, recip=0.0):
    """A connected random DiGraph on nodes 'A'.., edges in a fixed order."""
    rng = random.Random(seed)
    names = [chr(ord("A") + i) for i in range(n)]
    G = nx.DiGraph()
    G.add_nodes_from(names)
    for i in range(1, n):  # spanning tree first so nothing is isolated
        G.add_edge(names[rng.randrange(i)], names[i])
    for u in names:
        for v in names:
            if u != v and not G.has_edge(u, v) and not G.has_edge(v, u) and rng.random() < p:
                G.add_edge(u, v)
    for u, v in list(G.edges):
        if rng.random() < recip:
            G.add_edge(v, u)
    return G


def arrow_figure(name, G, styles, title, directed, notes, shape="o", cs="arc3",
                 arrowsize=14, node_size=500):
    """One DiGraph drawn with per-edge arrowstyles (styles cycles over the edges),
    kamada_kawai_layout (deterministic, keeps nodes apart)."""
    pos = nx.kamada_kawai_layout(G)
    edgelist = list(G.edges)
    st = [styles[i % len(styles)] for i in range(len(edgelist))]
    fig, ax = new_fig(7.5, 6.5)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=node_size, node_color="#a6bddb",
                           edgecolors="#045a8d", node_shape=shape)
    nx.draw_networkx_edges(G, pos, ax=ax, edgelist=edgelist, arrowstyle=st, arrowsize=arrowsize,
                           node_size=node_size, node_shape=shape, connectionstyle=cs, width=1.3)
    labels = {n: n for n in G}
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=11)
    axes_on(ax)
    ax.set_title(title)
    per_edge = "; ".join(f"{u}->{v} '{a}'" for (u, v), a in zip(edgelist, st)) if len(styles) > 1 else ""
    notes += " kamada_kawai_layout; axes ON with ticks, tick labels and a title; node labels <text>."
    # The truth is the graph the drawing shows: an edge whose only head is at
    # its source ('<-', '<|-', '<-[') points from target to source.
    drawn = [(v, u) if a.startswith("<") and not a.endswith(">") else (u, v)
             for (u, v), a in zip(edgelist, st)]
    save(name, fig, ax, G, pos, directed, notes + (" Per-edge styles: " + per_edge if per_edge else ""),
         labels, drawn)


# ---------------------------------------------------------------- drawings

def f01_axes_grid_title_sizes():
    G = nx.powerlaw_cluster_graph(120, 2, 0.3, seed=120)
    pos = nx.spring_layout(G, seed=120)
    nodelist = list(G)
    sizes = [12 + 14 * G.degree(n) for n in nodelist]
    fig, ax = new_fig(9, 8)
    nx.draw_networkx_edges(G, pos, ax=ax, width=0.6, edge_color="#888888")
    nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=nodelist, node_size=sizes, node_color="#fd8d3c",
                           edgecolors="#7f2704", linewidths=0.5)
    axes_on(ax, grid=True)
    ax.set_title("Power-law cluster graph (n=120), node size ~ degree")
    ax.set_xlabel("spring layout x")
    ax.set_ylabel("spring layout y")
    save("axes-grid-sizes-120", fig, ax, G, pos, False,
         "undirected powerlaw_cluster_graph(120,2,0.3), spring_layout; axes ON with ticks, tick labels "
         "(<text>), axis labels, title and a dotted grid (grid lines are long open paths across the "
         "plot, tick marks are <use>d short line markers); node sizes vary per node so every node is "
         "its own absolute closed Bezier <path>; edges one LineCollection centre to centre")


def f02_colorbar_pagerank():
    G = nx.gn_graph(30, seed=30).reverse()  # edges point from old to new nodes
    pos = nx.spring_layout(G, seed=34, k=0.5, iterations=200)
    pr = nx.pagerank(G.reverse())
    nodelist = list(G)
    fig, ax = new_fig(9, 7)
    nodes = nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=nodelist,
                                   node_color=[pr[n] for n in nodelist], cmap="viridis",
                                   node_size=260, edgecolors="k", linewidths=0.6)
    nx.draw_networkx_edges(G, pos, ax=ax, node_size=260, arrowstyle="-|>", arrowsize=12)
    labels = {n: str(n) for n in G}
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=7, font_color="w")
    cb = plt.colorbar(nodes, ax=ax)
    cb.set_label("PageRank")
    axes_on(ax)
    ax.set_title("Growing network: node colour = PageRank")
    save("colorbar-pagerank-directed", fig, ax, G, pos, True,
         "directed growing-network tree gn_graph(30) (edges old -> new), spring_layout(seed=34, k=0.5), node "
         "colours from viridis + plt.colorbar (a second axes: rasterised <image> strip, its own ticks "
         "and label), axes ON with ticks, title, white numeric labels as <text>, -|> heads as separate "
         "filled paths", labels)


def f03_legend_groups_shapes():
    sizes = [10, 8, 12, 7]
    G = nx.random_partition_graph(sizes, 0.35, 0.02, seed=3)
    # random_partition_graph guarantees nothing about connectivity; fine for a figure
    pos = nx.spring_layout(G, seed=3)
    groups = G.graph["partition"]
    shapes = ["o", "s", "D", "^"]
    colors = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a"]
    names = ["Physics", "Chemistry", "Biology", "Mathematics"]
    fig, ax = new_fig(8, 7)
    nx.draw_networkx_edges(G, pos, ax=ax, edge_color="#aaaaaa")
    for grp, shp, col, nm in zip(groups, shapes, colors, names):
        nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=sorted(grp), node_shape=shp, node_color=col,
                               node_size=160, label=nm)
    ax.legend(loc="upper left", title="Department", scatterpoints=1)
    axes_on(ax, grid=True)
    ax.set_title("Co-authorship by department")
    save("legend-groups-shapes", fig, ax, G, pos, False,
         "undirected random_partition_graph([10,8,12,7]), spring_layout; one draw_networkx_nodes call per "
         "group with its own shape (o, s, D, ^) and label=, then ax.legend(): the legend box (a closed "
         "rounded path) holds one marker per group (the same <use>d marker shapes as the nodes!) plus "
         "<text> names; axes ON with ticks, grid and title")


def f04_arrows_open_head():
    G = small_digraph(4, n=10, recip=0.15)
    arrow_figure("arrowstyle-open-head", G, ["->"], "arrowstyle '->'", True,
                 "DiGraph drawn with arrowstyle '->' (open head: two stroked lines, no filled triangle, part "
                 "of the same FancyArrowPatch path as the shaft); reciprocal pairs are two straight "
                 "overlapping shafts with heads at opposite ends.")


def f05_arrows_head_at_source():
    G = small_digraph(201, n=10)
    arrow_figure("arrowstyle-head-at-source", G, ["<|-", "<-"], "arrowstyles '<|-' and '<-'", True,
                 "DiGraph drawn with arrowstyles '<|-' (filled) and '<-' (open), alternating per edge: the "
                 "head is drawn at the SOURCE end of every edge, so the drawing's arrowheads point from "
                 "target to source. Truth edges are as drawn: [target, source] of the graph data.",
                 cs="arc3,rad=0.1")


def f06_arrows_both_ends():
    G = small_digraph(6, n=9)
    arrow_figure("arrowstyle-both-ends", G, ["<->", "<|-|>"], "arrowstyles '<->' and '<|-|>'", False,
                 "DiGraph drawn with arrowstyles '<->' (open heads) and '<|-|>' (filled heads), alternating "
                 "per edge: heads at BOTH ends, so the drawing shows no direction and the truth is "
                 "undirected (pairs listed in graph-data order).")


def f07_arrows_bars_brackets_both():
    G = small_digraph(7, n=9)
    arrow_figure("arrowstyle-tee-bars-both-ends", G, ["|-|", "]-["], "arrowstyles '|-|' and ']-['", False,
                 "DiGraph drawn with arrowstyles '|-|' (perpendicular bars) and ']-[' (brackets), "
                 "alternating per edge: marks at BOTH ends, no direction visible, so the truth is undirected "
                 "(pairs in graph-data order). The bars/brackets are short open strokes at the node "
                 "boundaries, part of the edge path.",
                 node_size=600)


def f08_arrows_brackets_one_end():
    G = small_digraph(8, n=10)
    arrow_figure("arrowstyle-brackets-one-end", G, ["-[", "]-", "]->", "<-["],
                 "arrowstyles '-[', ']-', ']->', '<-['", True,
                 "DiGraph drawn with bracket arrowstyles cycling per edge: '-[' bracket at the TARGET end; "
                 "']-' bracket at the SOURCE end; ']->' bracket at source and open head at target; '<-[' open "
                 "head at the SOURCE and bracket at target. Only ']->' shows the direction with a head at "
                 "the target; '<-[' shows a head at the source (reversed). Truth edges are the graph data "
                 "[source, target].")


def f09_arrows_fancy():
    G = small_digraph(9, n=9, recip=0.2)
    arrow_figure("arrowstyle-fancy", G, ["fancy"], "arrowstyle 'fancy'", True,
                 "DiGraph drawn with arrowstyle 'fancy' (arrowsize=22): each edge is ONE filled closed "
                 "outline (tapering shaft + head pointing at the target), no stroked shaft; curved "
                 "(connectionstyle 'arc3,rad=0.2') so reciprocal pairs bow apart.",
                 cs="arc3,rad=0.2", arrowsize=22)


def f10_arrows_simple():
    G = small_digraph(109, n=10)
    arrow_figure("arrowstyle-simple", G, ["simple"], "arrowstyle 'simple'", True,
                 "DiGraph drawn with arrowstyle 'simple' (arrowsize=20): each edge is ONE filled closed "
                 "polygon outline (constant-width shaft + triangular head at the target), straight.",
                 shape="s", arrowsize=20)


def f11_arrows_wedge():
    G = small_digraph(11, n=10)
    arrow_figure("arrowstyle-wedge", G, ["wedge"], "arrowstyle 'wedge'", True,
                 "DiGraph drawn with arrowstyle 'wedge' (arrowsize=20): each edge is ONE filled closed "
                 "triangle-like outline, wide at the source and tapering to a point at the target "
                 "(direction = towards the tip); node_shape 'h'.",
                 shape="h", arrowsize=20)


def f12_arrows_none_digraph():
    G = small_digraph(12, n=11, recip=0.3)
    arrow_figure("arrowstyle-plain-digraph", G, ["-"], "DiGraph, arrowstyle '-'", False,
                 "a DiGraph drawn with arrowstyle '-' (no heads at all) and connectionstyle 'arc3,rad=0.2': "
                 "reciprocal pairs appear as two curves bowing apart between the same nodes but no "
                 "direction is visible, so the truth is undirected with both pairs listed (a multiset: the "
                 "two curves are two edges).",
                 cs="arc3,rad=0.2")


def f13_self_loops_arc3():
    G = small_digraph(13, n=8, recip=0.35)
    for n in ["A", "C", "F", "H"]:
        G.add_edge(n, n)
    pos = nx.circular_layout(G)
    labels = {n: n for n in G}
    fig, ax = new_fig(7, 7)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=700, node_color="#fcbba1", edgecolors="#a50f15")
    nx.draw_networkx_edges(G, pos, ax=ax, node_size=700, connectionstyle="arc3,rad=0.2",
                           arrowstyle="-|>", arrowsize=15)
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=13)
    axes_on(ax, grid=True)
    ax.set_title("Self-loops and curved reciprocal edges")
    save("self-loops-arc3", fig, ax, G, pos, True,
         "DiGraph, circular_layout, 4 self-loops (networkx >= 3 draws them as a loop above the node with "
         "a -|> head coming back onto it), connectionstyle 'arc3,rad=0.2' so reciprocal pairs bow "
         "apart; axes ON with ticks, grid and title", labels)


def f14_multidigraph_parallel():
    G = nx.MultiDiGraph()
    G.add_nodes_from(["src", "a", "b", "c", "sink"])
    for u, v, n in [("src", "a", 3), ("src", "b", 2), ("a", "b", 1), ("b", "a", 2), ("a", "c", 2),
                    ("b", "c", 1), ("c", "sink", 3), ("b", "sink", 1), ("sink", "src", 1),
                    ("c", "c", 1)]:
        for _ in range(n):
            G.add_edge(u, v)
    pos = {"src": (0, 0), "a": (1, 1), "b": (1, -1), "c": (2, 0.3), "sink": (3, 0)}
    cs = [f"arc3,rad={r}" for r in (0.12, 0.32, 0.52)]
    el = {e: f"k{e[2]}" for e in G.edges(keys=True)}
    labels = {n: n for n in G}
    fig, ax = new_fig(9, 6.5)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=1100, node_color="#c7e9c0", edgecolors="#238b45")
    nx.draw_networkx_edges(G, pos, ax=ax, node_size=1100, connectionstyle=cs, arrowsize=14)
    nx.draw_networkx_edge_labels(G, pos, edge_labels=el, ax=ax, node_size=1100, connectionstyle=cs,
                                 font_size=8, font_color="#00441b")
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=11)
    axes_on(ax)
    ax.set_title("MultiDiGraph: parallel edges curved apart")
    save("multidigraph-parallel-edge-labels", fig, ax, G, pos, True,
         "MultiDiGraph with up to 3 parallel edges per pair (multiset truth), each key drawn with its own "
         "connectionstyle (arc3 rad 0.12 / 0.32 / 0.52) so parallel edges are nested curves; "
         "b->a vs a->b bow to opposite sides; a self-loop on c; edge labels 'k0'..'k2' on white rounded "
         "boxes sitting on the curves; axes ON with ticks and title", labels)


def f15_mixed_shapes_edge_labels():
    G = nx.Graph()
    kinds = {"server": ("s", "#9ecae1", 900), "router": ("D", "#fdae6b", 700),
             "client": ("o", "#c7e9c0", 450), "switch": ("h", "#dadaeb", 800),
             "sensor": ("^", "#fbb4b9", 400)}
    nodes = [("core", "router"), ("edge1", "router"), ("sw1", "switch"), ("sw2", "switch"),
             ("db", "server"), ("web", "server"), ("app", "server"), ("pc1", "client"),
             ("pc2", "client"), ("pc3", "client"), ("laptop", "client"), ("t1", "sensor"),
             ("t2", "sensor")]
    for n, k in nodes:
        G.add_node(n, kind=k)
    links = [("core", "edge1", "10G"), ("core", "sw1", "10G"), ("core", "sw2", "10G"),
             ("sw1", "db", "1G"), ("sw1", "web", "1G"), ("sw1", "app", "1G"), ("sw2", "pc1", "1G"),
             ("sw2", "pc2", "100M"), ("sw2", "pc3", "100M"), ("edge1", "laptop", "wifi"),
             ("edge1", "t1", "LoRa"), ("edge1", "t2", "LoRa"), ("web", "app", "lo"),
             ("app", "db", "lo")]
    G.add_edges_from((u, v, {"lbl": l}) for u, v, l in links)
    pos = nx.kamada_kawai_layout(G)
    fig, ax = new_fig(9, 7.5)
    nx.draw_networkx_edges(G, pos, ax=ax, width=1.5, edge_color="#555555")
    for k, (shp, col, sz) in kinds.items():
        nl = [n for n in G if G.nodes[n]["kind"] == k]
        nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=nl, node_shape=shp, node_color=col,
                               node_size=sz, edgecolors="#333333", label=k)
    labels = {n: n for n in G}
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=8)
    nx.draw_networkx_edge_labels(G, pos, edge_labels=nx.get_edge_attributes(G, "lbl"), ax=ax,
                                 font_size=7, rotate=False)
    ax.legend(loc="lower right", markerscale=0.5, fontsize=8)
    axes_on(ax, grid=True)
    ax.set_title("Network inventory")
    save("mixed-shapes-edge-labels", fig, ax, G, pos, False,
         "undirected network inventory, kamada_kawai_layout, FIVE node shapes in one figure (s, D, o, h, ^; "
         "one draw_networkx_nodes call per shape, sizes differ per shape), node labels <text>, edge "
         "labels (unrotated) on white rounded bbox paths at edge midpoints, legend with a marker per "
         "shape, axes ON with ticks, grid and title", labels)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in [f01_axes_grid_title_sizes, f02_colorbar_pagerank, f03_legend_groups_shapes,
               f04_arrows_open_head, f05_arrows_head_at_source, f06_arrows_both_ends,
               f07_arrows_bars_brackets_both, f08_arrows_brackets_one_end, f09_arrows_fancy,
               f10_arrows_simple, f11_arrows_wedge, f12_arrows_none_digraph, f13_self_loops_arc3,
               f14_multidigraph_parallel, f15_mixed_shapes_edge_labels]:
        fn()
        print("wrote", fn.__name__)
