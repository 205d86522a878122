#!/usr/bin/env python3
"""Regenerate the sknetwork corpus: graphs drawn by scikit-network's own SVG
writer, `sknetwork.visualization.svg_graph` and `svg_bigraph` (module
sknetwork/visualization/graphs.py, which builds the SVG as a string; no
matplotlib).

Graph data: sknetwork's built-in toy datasets (karate_club, miserables,
painters, art_philo_science, movie_actor) and small graphs made here with a
seeded LCG. Layouts: the dataset's own positions, sknetwork's Spring
embedding (numpy's global seed fixed first; positions are computed here and
passed in), a grid, or svg_bigraph's built-in two-column layout (Louvain
reordering, deterministic).

Truth positions are computed independently of the SVG text: the positions
given to svg_graph are run through the library's `rescale` (min-max scaling
to width x height, margins, room for names), multiplied by `scale`, and
truncated to integers as `svg_node` does (`pos.astype(int)`); pie-chart nodes
(`probs=`) keep float centres. For svg_bigraph the two-column layout
(including Louvain reordering) is recomputed the same way. There are no
transforms: every element is in root user space.

Checks (the script stops on failure):
- every truth node is within 0.01 of its drawn `<circle cx cy>` (the k-th
  circle is node node_order[k]) or of the common `L x y` centre of its
  pie-chart wedges;
- every drawn edge `<path d="M x1 y1 x2 y2">` joins the drawn centres of a
  truth edge (directed: starts at the source centre and ends where
  svg_edge_directed puts the arrow tip, before the target), and every truth
  edge is drawn; zero-length paths (undirected self-loops) are allowed only
  for nodes with a self-loop in the data, and are not truth edges.

Run:  python3 generate.py   (pip install -r requirements.txt)
"""
import inspect
import json
import math
import os
import re
import sys

if os.environ.get("PYTHONHASHSEED") != "0":  # svg_graph writes one <marker> per colour in set() order
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
from importlib.metadata import version

import numpy as np
from scipy import sparse

from sknetwork.classification import DiffusionClassifier
from sknetwork.clustering import Louvain
from sknetwork.data import art_philo_science, karate_club, miserables, movie_actor, painters
from sknetwork.embedding import Spring
from sknetwork.ranking import PageRank
from sknetwork.utils.format import is_symmetric
from sknetwork.visualization import svg_bigraph, svg_graph
from sknetwork.visualization.graphs import get_node_sizes, rescale

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = "scikit-network %s svg_graph/svg_bigraph (numpy %s, scipy %s)" % (
    version("scikit-network"), np.__version__, version("scipy"))


def lcg(seed):
    s = [seed & 0x7FFFFFFF]

    def r():
        s[0] = (1103515245 * s[0] + 12345) & 0x7FFFFFFF
        return s[0] / 0x80000000
    return r


NUM = r"(-?\d+(?:\.\d+)?(?:e-?\d+)?)"
EDGE_RE = re.compile(r'<path stroke-width="[^"]*" stroke="[^"]*" d="M (-?\d+) (-?\d+) (-?\d+) (-?\d+)"'
                     r'( marker-end="[^"]*")?/>')
CIRCLE_RE = re.compile(r'<circle cx="(-?\d+)" cy="(-?\d+)" r="[^"]*"')
PIE_RE = re.compile(r'<path d="M %s %s A [^"]* L %s %s"' % (NUM, NUM, NUM, NUM))


def drawn_text(name):
    text = str(name)
    for c in "&<>":
        text = text.replace(c, " ")
    return text


def write_svg(name, svg):
    path = os.path.join(HERE, name + ".svg")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(svg)
    return path


def check_and_write(name, svg, ids, labels, pos, circle_nodes, pie_nodes, edges, directed,
                    edge_ends, allowed_zero, notes):
    """pos: truth positions (n x 2). circle_nodes: node indices in circle order.
    edges: truth edges as index pairs. edge_ends: the expected drawn segments
    ((x1, y1), (x2, y2)) for each edge path, as a multiset."""
    circles = [(int(a), int(b)) for a, b in CIRCLE_RE.findall(svg)]
    assert len(circles) == len(circle_nodes), (name, len(circles), len(circle_nodes))
    worst = 0.0
    for (cx, cy), i in zip(circles, circle_nodes):
        d = math.hypot(cx - pos[i][0], cy - pos[i][1])
        assert d <= 0.01, (name, ids[i], (cx, cy), pos[i])
        worst = max(worst, d)
    centres = {}
    for m in PIE_RE.findall(svg):
        key = (float(m[2]), float(m[3]))
        centres[key] = centres.get(key, 0) + 1
    assert len(centres) == len(pie_nodes), (name, len(centres), len(pie_nodes))
    for i in pie_nodes:
        d, _ = min((math.hypot(c[0] - pos[i][0], c[1] - pos[i][1]), c) for c in centres)
        assert d <= 0.01, (name, ids[i], pos[i])
        worst = max(worst, d)
    # edges
    drawn = sorted(((int(a), int(b)), (int(c), int(d))) for a, b, c, d, _ in EDGE_RE.findall(svg))
    n_paths = svg.count("<path stroke-width=")
    assert n_paths == len(drawn), (name, n_paths, len(drawn))
    zero = [s for s in drawn if s[0] == s[1]]
    for s in zero:
        assert s[0] in allowed_zero, (name, "unexpected zero-length edge", s)
    drawn = [s for s in drawn if s[0] != s[1]]
    expected = sorted(edge_ends)
    assert drawn == expected, (name, "edge paths differ", len(drawn), len(expected))
    if directed:
        assert svg.count('marker-end=') == len(drawn), name
    else:
        assert 'marker-end=' not in svg, name
    # distinct positions
    mind = min(math.hypot(pos[i][0] - pos[j][0], pos[i][1] - pos[j][1])
               for i in range(len(ids)) for j in range(i))
    assert mind >= 2, (name, "nodes too close", mind)
    nodes = []
    for i, nid in enumerate(ids):
        nodes.append({"id": nid, "x": round(float(pos[i][0]), 4), "y": round(float(pos[i][1]), 4),
                      "label": labels[i]})
    truth = {"generator": GEN, "directed": bool(directed), "nodes": nodes,
             "edges": [[ids[a], ids[b]] for a, b in edges], "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    size = os.path.getsize(os.path.join(HERE, name + ".svg"))
    print("%-34s %3d nodes %4d edges %7d bytes  worst |truth - drawn centre| %.4f  min node gap %.1f" % (
        name, len(ids), len(edges), size, worst, mind))


def draw_graph(name, adjacency, position, notes, **kw):
    """Call svg_graph as a user would, then build and check the truth."""
    adjacency = sparse.csr_matrix(adjacency)
    position = np.asarray(position, dtype=float)
    svg = svg_graph(adjacency.copy(), position.copy(), **kw)
    write_svg(name, svg)
    # replicate visualize_graph's geometry
    a = inspect.signature(svg_graph).bind(adjacency, position, **kw)
    a.apply_defaults()
    p = a.arguments
    A = adjacency.copy()
    A.eliminate_zeros()
    n = A.shape[0]
    directed = p["directed"] if p["directed"] is not None else not is_symmetric(A)
    node_order = np.arange(n) if p["node_order"] is None else np.asarray(p["node_order"])
    dnw = p["display_node_weight"]
    if dnw is None:
        dnw = p["node_weights"] is not None
    weights = p["node_weights"] if p["node_weights"] is not None else A.T.dot(np.ones(n))
    sizes = get_node_sizes(weights, p["node_size"], p["node_size_min"], p["node_size_max"], dnw)
    pos, _, _ = rescale(position.copy(), p["width"], p["height"], p["margin"], p["node_size"],
                        p["node_size_max"], dnw, p["names"], p["name_position"], p["font_size"])
    pos = pos * p["scale"]
    ipos = pos.astype(int)
    # pie-chart nodes: rows of probs with more than one nonzero (float centres)
    pie = set()
    if p["probs"] is not None:
        P = sparse.csr_matrix(p["probs"])
        pie = {i for i in range(n) if P[i].nnz != 1}
    truth_pos = [tuple(pos[i]) if i in pie else tuple(ipos[i]) for i in range(n)]
    circle_nodes = [i for i in node_order if i not in pie]
    names = p["names"]
    ids = [str(x) for x in names] if names is not None else ["n%d" % i for i in range(n)]
    assert len(set(ids)) == n
    labels = [drawn_text(x) for x in names] if names is not None else [""] * n
    coo = sparse.coo_matrix(A)
    edges, ends, loops = [], [], set()
    for i, j in zip(coo.row, coo.col):
        i, j = int(i), int(j)
        if i == j:
            loops.add(tuple(ipos[i]))
            continue
        pi, pj = ipos[i], ipos[j]
        if directed:
            edges.append((i, j))
            vec = pos[j] - pos[i]
            dx, dy = ((vec / np.linalg.norm(vec)) * sizes[j]).astype(int)
            ends.append(((int(pi[0]), int(pi[1])), (int(pj[0] - dx), int(pj[1] - dy))))
        else:
            if i < j:
                edges.append((i, j))
            ends.append(tuple(sorted(((int(pi[0]), int(pi[1])), (int(pj[0]), int(pj[1]))))))
    if not directed:  # drawn segments are unordered: normalise both sides
        ends = sorted(ends)
        svg_norm = EDGE_RE.sub(lambda m: '<path stroke-width="" stroke="" d="M %s %s %s %s"/>' % (
            *min((m[1], m[2]), (m[3], m[4]), key=lambda t: (int(t[0]), int(t[1]))),
            *max((m[1], m[2]), (m[3], m[4]), key=lambda t: (int(t[0]), int(t[1])))), svg)
    else:
        svg_norm = svg
    check_and_write(name, svg_norm, ids, labels, truth_pos, circle_nodes, sorted(pie), edges,
                    directed, ends, loops, notes)


def draw_bigraph(name, biadjacency, notes, **kw):
    B = sparse.csr_matrix(biadjacency)
    svg = svg_bigraph(B.copy(), **kw)
    write_svg(name, svg)
    a = inspect.signature(svg_bigraph).bind(B, **kw)
    a.apply_defaults()
    p = a.arguments
    n_row, n_col = B.shape
    # replicate visualize_bigraph's two-column layout
    if p["position_row"] is None or p["position_col"] is None:
        position_row = np.zeros((n_row, 2))
        position_col = np.ones((n_col, 2))
        if p["reorder"]:
            louvain = Louvain()
            louvain.fit(B, force_bipartite=True)
            index_row = np.argsort(louvain.labels_row_)
            index_col = np.argsort(louvain.labels_col_)
        else:
            index_row, index_col = np.arange(n_row), np.arange(n_col)
        position_row[index_row, 1] = np.arange(n_row)
        position_col[index_col, 1] = np.arange(n_col) + .5 * (n_row - n_col)
    else:
        position_row, position_col = p["position_row"], p["position_col"]
    position = np.vstack((position_row, position_col))
    pos, _, _ = rescale(position, p["width"], p["height"], p["margin"], p["node_size"], p["node_size_max"],
                        p["display_node_weight"])
    fs = p["font_size"]
    if p["names_row"] is not None:
        pos[:, 0] += max(len(str(x)) for x in p["names_row"]) * fs * .5
    pos = pos * p["scale"]
    ipos = pos.astype(int)
    nr, nc = p["names_row"], p["names_col"]
    ids = ([str(x) for x in nr] if nr is not None else ["r%d" % i for i in range(n_row)]) + \
          ([str(x) for x in nc] if nc is not None else ["c%d" % j for j in range(n_col)])
    assert len(set(ids)) == n_row + n_col
    labels = ([drawn_text(x) for x in nr] if nr is not None else [""] * n_row) + \
             ([drawn_text(x) for x in nc] if nc is not None else [""] * n_col)
    coo = sparse.coo_matrix(B)
    coo.eliminate_zeros()
    edges, ends = [], []
    for i, j in zip(coo.row, coo.col):
        i, j = int(i), int(n_row + j)
        edges.append((i, j))
        ends.append(((int(ipos[i][0]), int(ipos[i][1])), (int(ipos[j][0]), int(ipos[j][1]))))
    truth_pos = [tuple(x) for x in ipos]
    check_and_write(name, svg, ids, labels, truth_pos, list(range(n_row + n_col)), [], edges, False,
                    ends, set(), notes)


def spring(adjacency, seed):
    np.random.seed(seed)
    return Spring().fit_transform(sparse.csr_matrix(adjacency))


# ---------------------------------------------------------------- drawings

def karate_labels():
    g = karate_club(metadata=True)
    draw_graph("karate-labels-34", g.adjacency, g.position,
               "karate club with the dataset's positions and its two ground-truth labels as node "
               "colours (the documentation example); grey circles r=7, black edges; every undirected "
               "edge is written twice (i->j and j->i, same segment)",
               labels=g.labels)


def karate_pagerank():
    g = karate_club(metadata=True)
    scores = PageRank().fit_predict(g.adjacency, weights={0: 1, 33: 1})
    draw_graph("karate-pagerank-sizes-34", g.adjacency, g.position,
               "karate club, personalised PageRank as coolwarm fill (rgb(...)), no colour bar is drawn; "
               "node radius from degree (display_node_weight, 3-14), seeds 0 and 33 with thick outline",
               scores=scores, seeds=[0, 33], display_node_weight=True, node_size_min=3,
               node_size_max=14, width=500, height=400)


def miserables_weighted():
    g = miserables(metadata=True)
    labels = Louvain().fit_predict(g.adjacency)
    draw_graph("miserables-weighted-names-77", g.adjacency, g.position,
               "Les Miserables co-occurrence (weights 1-31) with the dataset's positions, edge width "
               "from weight (display_edge_weight, 0.5-8), Louvain clusters as colours, character "
               "names right of the nodes (grey edges, as sknetwork does when names are given)",
               names=g.names, labels=labels, edge_width_max=8, width=800, height=600, font_size=9)


def painters_directed():
    g = painters(metadata=True)
    draw_graph("painters-directed-names-14", g.adjacency, g.position,
               "painters digraph with the dataset's positions and names (documentation example); "
               "arrowheads are <marker> on straight paths that stop at the target circle; 16 "
               "reciprocal pairs drawn as two overlapping paths with heads at both ends",
               names=g.names)


def painters_edge_colours():
    g = painters(metadata=True)
    A = g.adjacency
    labels = Louvain().fit_predict(A)
    coo = sparse.coo_matrix(A)
    edge_labels = [(int(i), int(j), int(labels[i])) for i, j in zip(coo.row, coo.col)
                   if labels[i] == labels[j]]
    draw_graph("painters-edge-colours-above-14", A, g.position,
               "painters digraph, Louvain clusters as node colours, edges inside a cluster coloured "
               "by edge_labels (one arrow <marker> per colour), names above the nodes, edge width 1.5 "
               "(markers scale with it), node radius 9, seeds Picasso and Monet with thick outline",
               names=g.names, labels=labels, edge_labels=edge_labels, name_position="above",
               edge_width=1.5, node_size=9, seeds=[0, 1], width=450, height=350)


def art_philo():
    g = art_philo_science(metadata=True)
    draw_graph("art-philo-science-selfloops-30", g.adjacency, g.position,
               "art/philosophy/science digraph (30 people, 240 links, 101 reciprocal pairs) with the "
               "dataset's positions, the 3 categories as colours, names below the nodes; the data has "
               "3 self-loops (nodes 12, 16, 23) which svg_graph does not draw (zero-length directed "
               "edges are skipped), so they are not in the truth",
               names=g.names, labels=g.labels, name_position="below", font_size=10, width=700,
               height=500)


def movie_actor_bigraph():
    g = movie_actor(metadata=True)
    draw_bigraph("movie-actor-bigraph-32", g.biadjacency,
                 "svg_bigraph of movies (left column, names on the left) and actors (right column, "
                 "names on the right), rows and columns ordered by bipartite Louvain (reorder=True); "
                 "undirected, grey nodes, black edges",
                 names_row=g.names_row, names_col=g.names_col)


def weighted_bigraph():
    r = lcg(24)
    n_row, n_col = 10, 14
    B = np.zeros((n_row, n_col))
    for i in range(n_row - 1):  # last row has no edge
        for _ in range(3):
            B[i, int(r() * n_col)] = 1 + int(r() * 5)
    B = sparse.csr_matrix(B)
    scores_row = np.asarray(B.sum(axis=1)).ravel()
    scores_col = np.asarray(B.sum(axis=0)).ravel()
    draw_bigraph("weighted-bigraph-scores-24", B,
                 "hand-made weighted bipartite graph (weights 1-5) in svg_bigraph's two columns, "
                 "no reordering, no names; edge width from weight (0.5-6), node radius from weighted "
                 "degree (display_node_weight), row/column scores as coolwarm fill; row r9 and "
                 "columns c0, c10 have no edges and are drawn as radius-1 dots",
                 scores_row=scores_row, scores_col=scores_col, reorder=False,
                 display_node_weight=True, node_size_max=12, edge_width_max=6, width=300, height=400)


def spring_weighted():
    r = lcg(77)
    n = 24
    A = np.zeros((n, n))
    for i in range(1, 21):
        j = int(r() * i)
        A[i, j] = A[j, i] = 1 + int(r() * 9)
    for _ in range(8):
        i, j = int(r() * 21), int(r() * 21)
        if i != j:
            A[i, j] = A[j, i] = 1 + int(r() * 9)
    A[5, 5] = 3  # self-loop: drawn as a zero-length path
    pos = np.zeros((n, 2))
    pos[:21] = spring(A[:21, :21], 7)  # Spring flings isolated nodes far out: place them by hand
    lo, hi = pos[:21].min(axis=0), pos[:21].max(axis=0)
    for k, i in enumerate(range(21, n)):
        pos[i] = (lo[0] + (hi[0] - lo[0]) * (0.2 + 0.3 * k), lo[1] - 0.12 * (hi[1] - lo[1]))
    draw_graph("spring-weighted-isolated-24", A, pos,
               "hand-made weighted undirected graph (weights 1-9), connected part laid out by "
               "sknetwork's Spring, isolated nodes placed in a row below it; "
               "edge width from weight (0.5-6), white circles r=6, no names; nodes n21-n23 isolated; "
               "a self-loop on n5 in the data is written as a zero-length path 'M x y x y' (nothing "
               "visible), so it is not in the truth",
               node_color="white", node_size=6, edge_width_max=6, width=500, height=400)


def directed_weighted():
    r = lcg(2020)
    n = 20
    A = np.zeros((n, n))
    for i in range(1, n):
        A[int(r() * i), i] = 1 + int(r() * 9)
    for _ in range(14):
        i, j = int(r() * n), int(r() * n)
        if i != j:
            A[i, j] = 1 + int(r() * 9)
    for i, j in [(3, 0), (7, 2), (12, 5)]:  # make reciprocal pairs
        A[i, j] = A[j, i] = A[j, i] or 4
    pos = spring(A + A.T, 11)
    names = np.array(["v%d" % i for i in range(n)])
    order = np.argsort(-A.sum(axis=0), kind="stable")
    draw_graph("directed-weighted-names-20", A, pos,
               "hand-made weighted digraph (weights 1-9), Spring layout; edge width from weight "
               "(0.5-4) so arrow markers (markerUnits=strokeWidth) grow with it; node radius from "
               "weighted in-degree (display_node_weight, 1-20); names left of nodes; nodes drawn in "
               "node_order (decreasing in-degree), not index order; reciprocal pairs",
               names=names, name_position="left", display_node_weight=True, node_size_max=14,
               edge_width_max=4, node_order=order, node_color="#cccccc", width=500, height=450)


def membership_pies():
    r = lcg(18)
    n = 18
    A = np.zeros((n, n))
    for c in range(3):
        members = list(range(6 * c, 6 * c + 6))
        for k, i in enumerate(members[1:], 1):
            j = members[int(r() * k)]
            A[i, j] = A[j, i] = 1
        for _ in range(3):
            i, j = members[int(r() * 6)], members[int(r() * 6)]
            if i != j:
                A[i, j] = A[j, i] = 1
    for i, j in [(2, 8), (9, 15), (14, 4)]:
        A[i, j] = A[j, i] = 1
    A = sparse.csr_matrix(A)
    probs = DiffusionClassifier().fit(A, labels={0: 0, 6: 1, 12: 2}).predict_proba()
    pos = spring(A, 3)
    draw_graph("membership-pies-18", A, pos,
               "hand-made 3-community graph, Spring layout, node colours from DiffusionClassifier "
               "probabilities (probs=): every node has a mixed distribution, so all 18 are pie "
               "charts of three <path> wedges (M rim A arc L centre, some only slivers) with float "
               "centres and no <circle>; seeds 0, 6, 12 with thick outline",
               probs=probs, seeds=[0, 6, 12], node_size=10, width=450, height=350)


def grid_scaled():
    r = lcg(80)
    rows, cols = 8, 10
    n = rows * cols
    pos = np.array([[c + 0.25 * (r() - .5), -(rr + 0.25 * (r() - .5))] for rr in range(rows)
                    for c in range(cols)])
    A = np.zeros((n, n))
    for rr in range(rows):
        for c in range(cols):
            i = rr * cols + c
            if c + 1 < cols and r() < 0.8:
                A[i, i + 1] = A[i + 1, i] = 1
            if rr + 1 < rows and r() < 0.8:
                A[i, i + cols] = A[i + cols, i] = 1
            if c + 1 < cols and rr + 1 < rows and r() < 0.15:
                A[i, i + cols + 1] = A[i + cols + 1, i] = 1
    A = sparse.csr_matrix(A)
    labels = Louvain().fit_predict(A)
    draw_graph("grid-louvain-scaled-80", A, pos,
               "8x10 jittered grid with random missing links and diagonals, positions given, "
               "width=400 with height derived from the aspect ratio, scale=1.5 (all coordinates "
               "multiplied), small nodes r=4, grey edges, Louvain clusters as colours; n59 lost all "
               "its links (isolated)",
               labels=labels, width=400, height=None, scale=1.5, node_size=4, edge_color="gray")


if __name__ == "__main__":
    karate_labels()
    karate_pagerank()
    miserables_weighted()
    painters_directed()
    painters_edge_colours()
    art_philo()
    movie_actor_bigraph()
    weighted_bigraph()
    spring_weighted()
    directed_weighted()
    membership_pies()
    grid_scaled()
