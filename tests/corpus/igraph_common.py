"""What the python-igraph chains' generators share (igraph-python-cairo,
igraph-python-mpl): the graph data, the seeded layouts, the truth file,
and reading path data back. Each generator imports it from the folder
above its own."""
import json
import os
import random
import re


def path_points(d):
    nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
    assert len(nums) % 2 == 0, d
    return list(zip(nums[0::2], nums[1::2]))


def per_vertex(value, n, default=None):
    if value is None:
        return [default] * n
    if isinstance(value, (list, tuple)):
        assert len(value) == n
        return list(value)
    return [value] * n


def seeded_layout(g, seed, method, *args, **kwds):
    random.seed(seed)
    return getattr(g, method)(*args, **kwds)


def random_edges(rng, n, m, extra=()):
    """m distinct undirected edges on n vertices: a random spanning tree first
    (so the graph is connected), then random pairs."""
    edges = set()
    for v in range(1, n):
        edges.add((rng.randrange(v), v))
    while len(edges) < m:
        a, b = rng.sample(range(n), 2)
        if (a, b) not in edges and (b, a) not in edges:
            edges.add((min(a, b), max(a, b)))
    return sorted(edges) + list(extra)


def write_truth(here, name, generator, g, pos, labels, notes):
    """Writes NAME.truth.json in `here`: vertex ids (names, else indices),
    positions `pos`, labels where drawn, and the edge list."""
    n = g.vcount()
    names = g.vs["name"] if "name" in g.vs.attributes() else None
    ids = [str(names[k]) if names else str(k) for k in range(n)]
    nodes = []
    for k in range(n):
        node = {"id": ids[k], "x": round(pos[k][0], 6), "y": round(pos[k][1], 6)}
        if labels[k] is not None:
            node["label"] = str(labels[k])
        nodes.append(node)
    truth = {
        "generator": generator,
        "directed": g.is_directed(),
        "nodes": nodes,
        "edges": [[ids[s], ids[t]] for s, t in g.get_edgelist()],
        "notes": notes,
    }
    with open(os.path.join(here, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
