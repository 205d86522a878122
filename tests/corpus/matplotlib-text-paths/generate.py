#!/usr/bin/env python3
"""Regenerate the matplotlib-text-paths corpus chain.

networkx drawings saved by matplotlib's SVG backend with
rcParams["svg.fonttype"] = "path": every piece of text (node labels, edge
labels) is written as glyph outlines (<path>s in <defs>, placed by <use>
inside <g transform="translate(..) scale(..)">), not as <text>.

Truth: node positions are the layout positions given to networkx, mapped by
matplotlib's own transforms after fig.canvas.draw():
    (px, py) = ax.transData.transform(pos)       # display pixels, y up
    x_svg = px * 72 / dpi
    y_svg = (fig_height_px - py) * 72 / dpi      # SVG: points, y down
The graph (ids, edges, direction) is the networkx graph that was drawn.

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
GEN = f"networkx {nx.__version__} + matplotlib {matplotlib.__version__} (svg backend, svg.fonttype=path)"

plt.rcParams["svg.fonttype"] = "path"
plt.rcParams["svg.hashsalt"] = "svg2graph-corpus"  # deterministic clip-path ids
DPI = 100


def new_fig(w, h):
    fig, ax = plt.subplots(figsize=(w, h), dpi=DPI)
    return fig, ax


def truth_nodes(fig, ax, G, pos, labels=None):
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
    return nodes


def save(name, fig, ax, G, pos, directed, notes, labels=None):
    nodes = truth_nodes(fig, ax, G, pos, labels)
    if G.is_multigraph():
        edges = [[str(u), str(v)] for u, v, _k in G.edges(keys=True)]
    else:
        edges = [[str(u), str(v)] for u, v in G.edges()]
    fig.savefig(os.path.join(OUT, name + ".svg"), metadata={"Date": None})
    plt.close(fig)
    truth = {"generator": GEN, "directed": directed, "nodes": nodes, "edges": edges, "notes": notes}
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")


DEPTS = [
    "Department of Physics",
    "Department of Chemistry",
    "School of Engineering",
    "Office of the Provost",
    "Faculty of Arts and Sciences",
    "University Library",
    "Graduate School",
    "Center for Data Science",
    "Institute for Advanced Study",
    "Department of Mathematics",
    "Medical School",
    "Board of Trustees",
]


def d01_dept_long_labels_spring():
    G = nx.Graph()
    G.add_nodes_from(range(len(DEPTS)))
    pairs = [(0, 1), (0, 2), (0, 9), (1, 2), (1, 10), (2, 7), (3, 4), (3, 6), (3, 11),
             (4, 0), (4, 1), (4, 9), (5, 3), (5, 7), (6, 7), (7, 9), (8, 0), (8, 9), (10, 6)]
    G.add_edges_from(pairs)
    labels = {i: DEPTS[i] for i in G}
    pos = nx.spring_layout(G, seed=11)
    fig, ax = new_fig(9, 7)
    nx.draw(G, pos, ax=ax, labels=labels, with_labels=True, node_size=700,
            node_color="#9ecae1", font_size=10)
    save("dept-long-labels-spring", fig, ax, G, pos, False,
         "undirected, 12 nodes with LONG labels ('Department of Physics'...) much wider than the "
         "circle markers, drawn as glyph outlines centred on the nodes; straight LineCollection edges "
         "centre to centre; spring_layout(seed=11)", labels)


def d02_org_chart_digraph_edge_labels():
    G = nx.DiGraph()
    names = ["Board of Trustees", "President", "Office of the Provost", "Chief Financial Officer",
             "School of Engineering", "Faculty of Arts and Sciences", "Medical School",
             "Department of Physics", "Department of Mathematics", "Department of Chemistry",
             "Budget Office"]
    xy = [(0, 4), (0, 3), (-1.5, 2), (2, 2), (-3, 1), (-1, 1), (1, 1), (-2, 0), (-0.5, 0),
          (1, 0), (3, 0)]
    G.add_nodes_from(range(len(names)))
    rel = {(0, 1): "appoints", (1, 2): "directs", (1, 3): "directs", (2, 4): "oversees",
           (2, 5): "oversees", (2, 6): "oversees", (5, 7): "hosts", (5, 8): "hosts",
           (5, 9): "hosts", (3, 10): "runs", (10, 6): "funds", (10, 9): "funds"}
    G.add_edges_from(rel)
    pos = {i: xy[i] for i in G}
    labels = {i: names[i] for i in G}
    fig, ax = new_fig(11, 7)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_shape="s", node_size=900, node_color="#fdd0a2")
    nx.draw_networkx_edges(G, pos, ax=ax, node_shape="s", node_size=900, arrowsize=15)
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=9)
    nx.draw_networkx_edge_labels(G, pos, edge_labels=rel, ax=ax, node_size=900, font_size=8)
    ax.axis("off")
    save("org-chart-digraph-edge-labels", fig, ax, G, pos, True,
         "directed org chart (hand-placed layered positions, top to bottom), square markers "
         "(node_shape='s'), long node labels as glyph outlines overflowing the squares, -|> arrowheads "
         "as separate filled paths, edge labels ('oversees', 'funds'...) as glyph outlines rotated along "
         "the edges on white rounded bbox <path>s (closed shapes that are not nodes)", labels)


def d03_karate_hexagons():
    G = nx.karate_club_graph()
    pos = nx.kamada_kawai_layout(G)
    labels = {n: str(n) for n in G}
    fig, ax = new_fig(8, 8)
    colors = ["#fb6a4a" if G.nodes[n]["club"] == "Mr. Hi" else "#6baed6" for n in G]
    nx.draw(G, pos, ax=ax, node_shape="h", node_color=colors, node_size=420,
            with_labels=True, labels=labels, font_size=9, edge_color="#555555")
    save("karate-hexagons-kk", fig, ax, G, pos, False,
         "Zachary karate club, kamada_kawai_layout, hexagon markers (node_shape='h') in two colours, "
         "short numeric labels as glyph outlines (digits with holes: 0, 4, 6, 8, 9), straight "
         "LineCollection edges", labels)


def d04_grid_squares_weights():
    G = nx.grid_2d_graph(4, 5)
    rng = random.Random(4)
    w = {e: rng.randint(1, 20) for e in G.edges}
    pos = {n: (n[1], -n[0]) for n in G}
    labels = {n: f"{n[0]},{n[1]}" for n in G}
    H = nx.relabel_nodes(G, {n: f"r{n[0]}c{n[1]}" for n in G})
    posH = {f"r{n[0]}c{n[1]}": p for n, p in pos.items()}
    labH = {f"r{n[0]}c{n[1]}": l for n, l in labels.items()}
    wH = {(f"r{u[0]}c{u[1]}", f"r{v[0]}c{v[1]}"): x for (u, v), x in w.items()}
    fig, ax = new_fig(8, 6.5)
    nx.draw_networkx_nodes(H, posH, ax=ax, node_shape="s", node_size=800, node_color="#c7e9c0",
                           edgecolors="k")
    nx.draw_networkx_edges(H, posH, ax=ax, width=1.5)
    nx.draw_networkx_labels(H, posH, labels=labH, ax=ax, font_size=10)
    nx.draw_networkx_edge_labels(H, posH, edge_labels=wH, ax=ax, font_size=9)
    ax.axis("off")
    save("grid-squares-edge-weights", fig, ax, H, posH, False,
         "4x5 grid graph, outlined square markers (node_shape='s') aligned on a lattice, labels 'i,j' "
         "as glyph outlines, integer edge weights as glyph outlines on white rounded bbox paths "
         "sitting ON the edge midpoints (horizontal labels on horizontal edges, rotated 90 deg on vertical "
         "ones); undirected", labH)


def d05_tree_triangles_directed():
    T = nx.balanced_tree(2, 3)
    G = nx.bfs_tree(T, 0)
    pos = nx.bfs_layout(G, 0, align="horizontal")
    pos = {n: (p[0], -p[1]) for n, p in pos.items()}
    labels = {n: f"n{n}" for n in G}
    fig, ax = new_fig(9, 6)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_shape="^", node_size=600, node_color="#dadaeb")
    nx.draw_networkx_edges(G, pos, ax=ax, node_shape="^", node_size=600, arrowstyle="-|>",
                           arrowsize=14)
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=8)
    ax.axis("off")
    save("tree-triangles-directed", fig, ax, G, pos, True,
         "binary tree (depth 3, 15 nodes) as a DiGraph from the root, bfs_layout top-down, triangle "
         "markers (node_shape='^'; truth = the marker origin = the triangle's bounding-box centre), "
         "labels 'n0'..'n14' as glyph outlines, -|> arrowheads", labels)


def d06_florentine_diamonds():
    G = nx.florentine_families_graph()
    pos = nx.kamada_kawai_layout(G)
    labels = {n: n for n in G}
    fig, ax = new_fig(9, 7)
    nx.draw_networkx_edges(G, pos, ax=ax, edge_color="#888888", width=2)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_shape="D", node_size=350, node_color="#fdae6b",
                           edgecolors="#7f2704")
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=11, font_weight="bold",
                            verticalalignment="bottom")
    ax.axis("off")
    save("florentine-diamonds", fig, ax, G, pos, False,
         "Florentine families (15 nodes), kamada_kawai_layout, diamond markers (node_shape='D'), "
         "bold family-name labels as glyph outlines placed ABOVE each node (verticalalignment='bottom': "
         "the text starts at the node centre), undirected", labels)


def d07_lesmis_names():
    G = nx.les_miserables_graph()
    pos = nx.spring_layout(G, seed=3, k=0.35)
    labels = {n: n for n in G}
    fig, ax = new_fig(12, 10)
    nx.draw_networkx_edges(G, pos, ax=ax, edge_color="#bbbbbb", width=0.7)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=60, node_color="#3182bd")
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=6)
    ax.axis("off")
    save("lesmis-names-small-nodes", fig, ax, G, pos, False,
         "Les Miserables co-occurrence graph (77 nodes, 254 edges), spring_layout(seed=3), tiny circle "
         "markers with character names ('Mlle.Gillenormand', 'Bishop Myriel'...) as glyph outlines "
         "centred ON the nodes, much bigger than the nodes and overlapping each other", labels)


def d08_digraph_curved_edge_labels():
    rng = random.Random(8)
    G = nx.DiGraph()
    G.add_nodes_from("ABCDEFGH")
    for u in "ABCDEFGH":
        for v in "ABCDEFGH":
            if u < v and rng.random() < 0.3:
                G.add_edge(u, v)
                if rng.random() < 0.5:
                    G.add_edge(v, u)
    pos = nx.circular_layout(G)
    labels = {n: n for n in G}
    el = {e: f"{e[0].lower()}{e[1].lower()}" for e in G.edges}
    fig, ax = new_fig(8, 8)
    cs = "arc3,rad=0.15"
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=900, node_color="#fee391", edgecolors="k")
    nx.draw_networkx_edges(G, pos, ax=ax, node_size=900, connectionstyle=cs, arrowsize=16)
    nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=16)
    nx.draw_networkx_edge_labels(G, pos, edge_labels=el, ax=ax, node_size=900, connectionstyle=cs,
                                 font_size=9, font_color="#b30000")
    ax.axis("off")
    save("digraph-curved-edge-labels", fig, ax, G, pos, True,
         "directed, circular_layout, reciprocal pairs bowing apart (connectionstyle 'arc3,rad=0.15'), "
         "single-letter node labels and two-letter edge labels on the curves, all as glyph outlines; "
         "edge-label bbox paths sit on the curved shafts", labels)


def d09_multiline_labels_circular():
    names = ["Dept. of\nPhysics", "Dept. of\nChemistry", "School of\nEngineering",
             "Graduate\nSchool", "University\nLibrary", "Center for\nData Science",
             "Medical\nSchool", "Board of\nTrustees", "Dept. of\nMathematics"]
    G = nx.cycle_graph(len(names))
    G.add_edges_from([(0, 4), (2, 6), (1, 7), (3, 8), (5, 0)])
    pos = nx.circular_layout(G)
    labels = {i: names[i] for i in G}
    fig, ax = new_fig(8, 8)
    nx.draw(G, pos, ax=ax, labels=labels, with_labels=True, node_size=3000,
            node_color="#e5f5e0", edgecolors="#31a354", font_size=9, width=1.5)
    save("multiline-labels-circular", fig, ax, G, pos, False,
         "9 big circles (node_size=3000) holding TWO-LINE labels ('Dept. of\\nPhysics') as glyph "
         "outlines, circular_layout with chords, undirected; label truth keeps the newline", labels)


def d10_labels_beside_geometric():
    G = nx.random_geometric_graph(40, 0.25, seed=10)
    pos = {n: tuple(G.nodes[n]["pos"]) for n in G}
    labels = {n: f"v{n}" for n in G}
    lpos = {n: (p[0] + 0.018, p[1] + 0.018) for n, p in pos.items()}
    fig, ax = new_fig(8, 8)
    nx.draw_networkx_edges(G, pos, ax=ax, edge_color="#666666")
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=40, node_color="#e6550d")
    nx.draw_networkx_labels(G, lpos, labels=labels, ax=ax, font_size=8,
                            horizontalalignment="left", verticalalignment="bottom")
    ax.axis("off")
    save("labels-beside-geometric", fig, ax, G, pos, False,
         "random geometric graph (40 nodes, r=0.25, seed=10) at its own 'pos' attributes, small circle "
         "markers, labels 'v0'..'v39' as glyph outlines placed up-right of each node (offset label "
         "positions, ha=left va=bottom) so labels are NOT centred on nodes", labels)


def d11_gnp150_tiny_labels():
    G = nx.gnp_random_graph(150, 0.018, seed=150)
    pos = nx.spring_layout(G, seed=150, k=0.3)
    labels = {n: str(n) for n in G}
    fig, ax = new_fig(12, 12)
    nx.draw(G, pos, ax=ax, labels=labels, with_labels=True, node_size=90,
            node_color="#c6dbef", edgecolors="#08519c", linewidths=0.6, font_size=6, width=0.6)
    save("gnp150-tiny-labels", fig, ax, G, pos, False,
         "G(n=150, p=0.018, seed=150), spring_layout(seed=150, k=0.3), outlined circle markers with numeric labels "
         "(1-3 digits, font size 6) as glyph outlines inside them; includes isolated nodes; undirected",
         labels)


def d12_digraph_self_loops_shell():
    G = nx.DiGraph()
    G.add_edges_from([("in", "parse"), ("parse", "check"), ("check", "parse"), ("check", "emit"),
                      ("emit", "out"), ("parse", "parse"), ("check", "check"), ("retry", "retry"),
                      ("emit", "retry"), ("retry", "parse"), ("out", "log"), ("log", "log"),
                      ("in", "log")])
    pos = nx.shell_layout(G, nlist=[["parse", "check"], ["in", "emit", "out", "log", "retry"]])
    labels = {n: n for n in G}
    fig, ax = new_fig(8, 8)
    nx.draw(G, pos, ax=ax, labels=labels, with_labels=True, node_size=1400, node_color="#bcbddc",
            font_size=11, arrowsize=16)
    save("digraph-self-loops-shell", fig, ax, G, pos, True,
         "directed pipeline, shell_layout, circle markers with word labels as glyph outlines, 4 "
         "self-loops (networkx draws them as FancyArrowPatch loops above the node, with a -|> head "
         "landing back on the node), one reciprocal pair (straight, overlapping, heads at opposite ends)",
         labels)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in [d01_dept_long_labels_spring, d02_org_chart_digraph_edge_labels, d03_karate_hexagons,
               d04_grid_squares_weights, d05_tree_triangles_directed, d06_florentine_diamonds,
               d07_lesmis_names, d08_digraph_curved_edge_labels, d09_multiline_labels_circular,
               d10_labels_beside_geometric, d11_gnp150_tiny_labels, d12_digraph_self_loops_shell]:
        fn()
        print("wrote", fn.__name__)
