#!/usr/bin/env python3
"""Regenerate the netgraph corpus: networks drawn by the PyPI package netgraph
(matplotlib based, its own NodeArtist/EdgeArtist patches) and saved by
matplotlib's SVG backend.

Graph data is written here (seeded LCG for random graphs). netgraph lays the
nodes out (spring, circular, community, sugiyama/dot, radial tree, arc diagram)
or takes positions given by this script; numpy's global seed is fixed before
each drawing because netgraph's layouts use np.random.

Truth positions: netgraph's own layout record, `g.node_positions` (data
coordinates; the NodeArtist patches are centred there), mapped through
matplotlib: the figure is made at dpi=72 (the SVG backend draws at 72 dpi,
1 px = 1 pt), display = ax.transData.transform(p) after the figure is drawn,
and the SVG flips y:  X = display_x,  Y = H_pt - display_y.

Check: every truth position must be within 0.01 of the control-point
bounding-box centre of one of the SVG's absolute `<path d="M ... z">`
outlines (the node patch; matplotlib writes them in root user space, with no
transforms), whose size matches the patch's size; the script asserts it.

Run:  python3 generate.py   (pip install netgraph==4.13.2, matplotlib 3.11.2)
"""
import json
import math
import os
import re
import sys

if os.environ.get("PYTHONHASHSEED") != "0":  # netgraph iterates over sets of string ids
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
from importlib.metadata import version

import matplotlib
matplotlib.use("agg")  # netgraph measures text with a renderer; SVG is written by savefig
import matplotlib.pyplot as plt
import numpy as np
from netgraph import ArcDiagram, Graph

if not hasattr(np, "in1d"):  # netgraph 4.13.2 still calls np.in1d, removed in numpy 2.4
    np.in1d = np.isin

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = "netgraph %s, matplotlib %s SVG backend" % (version("netgraph"), matplotlib.__version__)
plt.rcParams["svg.hashsalt"] = "netgraph-corpus"
plt.rcParams["svg.fonttype"] = "none"


def lcg(seed):
    s = [seed & 0x7FFFFFFF]

    def r():
        s[0] = (1103515245 * s[0] + 12345) & 0x7FFFFFFF
        return s[0] / 0x80000000
    return r


def path_boxes(svg):
    """Control-point boxes of the closed absolute paths of a matplotlib SVG."""
    out = []
    for d in re.findall(r'<path d="([^"]*)"', svg):
        if not d.rstrip().endswith("z"):
            continue
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
        xs, ys = nums[0::2], nums[1::2]
        out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def save(name, fig, ax, g, ids, edges, directed, labels, notes, fonttype="none"):
    svg_path = os.path.join(HERE, name + ".svg")
    with plt.rc_context({"svg.fonttype": fonttype}):
        fig.savefig(svg_path, metadata={"Date": None})
    H = fig.get_size_inches()[1] * 72
    svg = open(svg_path).read()
    boxes = path_boxes(svg)
    nodes = []
    worst = 0.0
    for i in ids:
        dx, dy = ax.transData.transform(np.asarray(g.node_positions[i], dtype=float))
        X, Y = float(dx), float(H - dy)
        art = g.node_artists[i]
        ext = art.get_window_extent()
        best = min((math.hypot((b[0] + b[2]) / 2 - X, (b[1] + b[3]) / 2 - Y), b) for b in boxes
                   if abs((b[2] - b[0]) - ext.width) < 1.5 and abs((b[3] - b[1]) - ext.height) < 1.5)
        assert best[0] < 0.01, (name, i, X, Y, best)
        worst = max(worst, best[0])
        n = {"id": str(i), "x": round(X, 4), "y": round(Y, 4)}
        if labels and i in labels:
            n["label"] = str(labels[i])
        nodes.append(n)
    multi = len(set(edges)) != len(edges)
    truth = {"generator": GEN + ("" if fonttype == "none" else ", svg.fonttype=%s" % fonttype),
             "directed": directed, "nodes": nodes,
             "edges": [[str(a), str(b)] for a, b in edges],
             "notes": notes + ("; multigraph" if multi else "")}
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    plt.close(fig)
    print("%-26s %3d nodes %3d edges %7d bytes  worst |truth - outline centre| %.4f" % (
        name, len(ids), len(edges), os.path.getsize(svg_path), worst))


def figure(w, h):
    fig, ax = plt.subplots(figsize=(w, h), dpi=72)
    return fig, ax


def curved_directed():
    np.random.seed(1)
    ids = list("abcdefghijkl")
    edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "a"), ("c", "e"), ("e", "f"),
             ("f", "g"), ("g", "e"), ("g", "h"), ("h", "i"), ("i", "j"), ("j", "h"), ("k", "b"),
             ("e", "e"), ("i", "i"), ("d", "c")]
    fig, ax = figure(7, 5)
    g = Graph(edges, nodes=ids, node_layout="spring", edge_layout="curved", arrows=True,
              node_labels=True, node_label_fontdict=dict(size=11), node_size=5, edge_width=1.2,
              ax=ax)
    save("curved-directed-12", fig, ax, g, ids, edges, True, {i: i for i in ids},
         "netgraph spring layout, edge_layout='curved' (edges bent around nodes), arrows, letters "
         "centred in circles, reciprocal pairs (a/b, c/d), self-loops on e and i, isolated l")


def straight_shapes():
    r = lcg(20)
    n = 20
    ids = list(range(n))
    pos = {i: (0.05 + 0.9 * r(), 0.05 + 0.9 * r()) for i in ids}
    edges = []
    for i in range(1, 17):
        edges.append((int(r() * i), i))
    edges += [(3, 9), (12, 5), (15, 1)]
    shapes = ["o", "s", "d", "h", "8"]
    fig, ax = figure(8, 6)
    g = Graph(edges, nodes=ids, node_layout=pos, edge_layout="straight",
              node_shape={i: shapes[i % len(shapes)] for i in ids},
              node_size={i: 3 + (i % 3) for i in ids},
              node_color={i: ["tab:blue", "tab:orange", "tab:green", "w"][i % 4] for i in ids},
              node_edge_width=0.5, edge_width={e: 0.5 + (k % 4) for k, e in enumerate(edges)},
              node_labels={i: "node %d" % i for i in ids}, node_label_offset=0.05,
              node_label_fontdict=dict(size=8), ax=ax)
    save("straight-shapes-20", fig, ax, g, ids, edges, False, {i: "node %d" % i for i in ids},
         "positions given by the script; 5 node shapes (circle, square, diamond, hexagon, "
         "octagon), 3 sizes, white and coloured fills, edge widths "
         "0.5-3.5, undirected straight edges, labels offset beside the nodes; nodes 17-19 isolated")


def bundled_circular():
    r = lcg(40)
    n = 30
    ids = list(range(n))
    edges = set()
    while len(edges) < 42:
        a, b = int(r() * n), int(r() * n)
        if a != b:
            edges.add((min(a, b), max(a, b)))
    edges = sorted(edges)
    np.random.seed(4)
    fig, ax = figure(7, 7)
    g = Graph(edges, nodes=ids, node_layout="circular", edge_layout="bundled", node_size=2,
              node_color="tab:red", node_edge_width=0, edge_width=0.6, edge_alpha=0.6, ax=ax)
    save("bundled-circular-30", fig, ax, g, ids, edges, False, None,
         "circular layout, edge_layout='bundled' (force-directed edge bundling: edges merge into "
         "shared curved trunks), unlabelled small borderless red nodes, semi-transparent edges")


def community_60():
    r = lcg(60)
    n = 60
    ids = list(range(n))
    comm = {i: i // 15 for i in ids}
    edges = set()
    while len(edges) < 110:
        a, b = int(r() * n), int(r() * n)
        same = comm[a] == comm[b]
        if a != b and (same or r() < 0.08):
            edges.add((min(a, b), max(a, b)))
    edges = sorted(edges)
    np.random.seed(6)
    fig, ax = figure(8, 8)
    colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
    g = Graph(edges, nodes=ids, node_layout="community",
              node_layout_kwargs=dict(node_to_community=comm), node_size=2.5,
              node_color={i: colors[comm[i]] for i in ids}, edge_width=0.8, ax=ax)
    save("community-60", fig, ax, g, ids, edges, False, None,
         "node_layout='community' (4 communities of 15), straight undirected edges, coloured "
         "unlabelled nodes")


def dot_labels():
    ids = ["src", "parse", "lex", "ast", "check", "ir", "opt", "emit", "link", "out", "log"]
    edges = [("src", "lex"), ("lex", "parse"), ("parse", "ast"), ("ast", "check"),
             ("check", "ir"), ("ir", "opt"), ("opt", "ir"), ("opt", "emit"), ("emit", "link"),
             ("link", "out"), ("check", "log"), ("emit", "log"), ("src", "parse")]
    np.random.seed(2)
    fig, ax = figure(6, 8)
    g = Graph(edges, nodes=ids, node_layout="dot", edge_layout="straight", arrows=True,
              node_shape="s", node_size=7, node_color="#eeeeee", node_labels=True,
              node_label_fontdict=dict(size=7),
              edge_labels={("check", "ir"): "ok", ("opt", "ir"): "again", ("check", "log"): "err"},
              edge_label_fontdict=dict(size=7), ax=ax)
    save("dot-edge-labels-11", fig, ax, g, ids, edges, True, {i: i for i in ids},
         "node_layout='dot' (Sugiyama via grandalf), square nodes with their names inside, "
         "straight arrows, edge labels on white boxes over the edges, reciprocal ir/opt")


def arc_diagram():
    r = lcg(16)
    n = 16
    ids = list(range(n))
    edges = set()
    while len(edges) < 22:
        a, b = int(r() * n), int(r() * n)
        if a != b:
            edges.add((a, b))
    edges = sorted(edges)
    np.random.seed(3)
    fig, ax = figure(9, 4)
    g = ArcDiagram(edges, nodes=ids, node_labels=True, node_label_fontdict=dict(size=8),
                   arrows=True, node_size=4, ax=ax)
    save("arc-diagram-16", fig, ax, g, ids, edges, True, {i: str(i) for i in ids},
         "ArcDiagram: nodes on one line (order optimised by netgraph), directed edges as arcs "
         "above/below the line with arrowheads, numbers in the nodes")


def radial_tree_text_paths():
    n = 45
    r = lcg(45)
    ids = list(range(n))
    edges = [(int(r() * i), i) for i in range(1, n)]
    np.random.seed(5)
    fig, ax = figure(8, 8)
    g = Graph(edges, nodes=ids, node_layout="radial", node_size=3.5, node_labels=True,
              node_label_fontdict=dict(size=6), arrows=True, ax=ax, node_color="w")
    save("radial-tree-45-textpaths", fig, ax, g, ids, edges, True, {i: str(i) for i in ids},
         "node_layout='radial' tree, arrows pointing away from the root, white circles with "
         "numbers inside drawn as glyph outlines (svg.fonttype='path')", fonttype="path")


def main():
    curved_directed()
    straight_shapes()
    bundled_circular()
    community_60()
    dot_labels()
    arc_diagram()
    radial_tree_text_paths()


if __name__ == "__main__":
    main()
