#!/usr/bin/env python3
"""Loads every output format of svg2graph in the readers people use and
compares each with the CSV pair of the same drawing.

    python3 scripts/check_formats.py [--bin target/release/svg2graph] DIR_OR_SVG...

For every drawing found (*.svg, searched through folders), runs
`svg2graph extract` once per format and checks:

- networkx reads graphml, gexf, gml, json (node-link), dot (pygraphviz),
  pajek, edgelist and the gephi and neo4j CSV pairs;
- python-igraph reads graphml, gml, pajek and the edge list as ncol;
- Graphviz's `dot` reads the DOT file (`-Tcanon`) and `neato -n` lays it
  out from the positions written;

with the same number of nodes (the edge list: of nodes with edges), of
edges, the same directedness, a sample of attributes (the first node's
position and label, the first edge's ends), and, where the format carries
it, each edge's `directed` (a graph with some edges directed is read as
directed, the others marked). Ids are compared as each format can write
them (docs/output.md): Pajek writes a `"` in an id as `'`; GML is ASCII,
other characters `&#NNN;`, which igraph keeps as written. Prints one line
per failure and a summary line; exits 1 on any failure.

Needs: pip install networkx igraph pygraphviz; Graphviz (apt install graphviz
libgraphviz-dev).
"""
import argparse
import copy
import csv
import html
import json
import math
import os
import subprocess
import sys
import tempfile
import urllib.parse
import warnings

import igraph
import networkx as nx

# igraph keeps GML's `&#NNN;` as written, and says so each time.
warnings.filterwarnings("ignore", message="One or more unknown entities")

FORMATS = ["csv", "gephi", "graphml", "gexf", "gml", "json", "dot", "pajek", "edgelist", "neo4j"]


def read_csv_pair(prefix):
    with open(prefix + ".nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(prefix + ".edges.csv", newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


class Truth:
    """What the CSV pair says."""

    def __init__(self, prefix):
        self.nodes, self.edges = read_csv_pair(prefix)
        self.directed = any(e["directed"] == "true" for e in self.edges)
        self.first_node = self.nodes[0] if self.nodes else None
        self.first_edge = self.edges[0] if self.edges else None
        self.with_edges = {e["source"] for e in self.edges} | {e["target"] for e in self.edges}
        self.undirected = sum(e["directed"] == "false" for e in self.edges)


    def pajek(self):
        """The CSV pair as Pajek can write it: ids with `"` as `'`."""
        t = copy.copy(self)
        t.edges = [{**e, "source": pajek_id(e["source"]), "target": pajek_id(e["target"])}
                   for e in self.edges]
        return t


def close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def check_counts(name, t, nodes, edges, directed, problems, nodes_expected=None):
    want_nodes = len(t.nodes) if nodes_expected is None else nodes_expected
    if nodes != want_nodes:
        problems.append(f"{name}: {nodes} nodes, the CSV has {want_nodes}")
    if edges != len(t.edges):
        problems.append(f"{name}: {edges} edges, the CSV has {len(t.edges)}")
    if directed is not None and directed != t.directed:
        problems.append(f"{name}: directed={directed}, the CSV says {t.directed}")


def check_node(name, t, attrs, problems, x="x", y="y", label="label"):
    """attrs: the first node's attributes in the reader."""
    n = t.first_node
    if n is None:
        return
    if x and not (close(attrs.get(x), n["x"]) and close(attrs.get(y), n["y"])):
        problems.append(f"{name}: first node at ({attrs.get(x)}, {attrs.get(y)}), the CSV says ({n['x']}, {n['y']})")
    if label and n["label"] and attrs.get(label) != n["label"]:
        problems.append(f"{name}: first node's label {attrs.get(label)!r}, the CSV says {n['label']!r}")


def edge_multiset(pairs, directed):
    out = {}
    for a, b in pairs:
        k = (a, b) if directed else tuple(sorted((a, b)))
        out[k] = out.get(k, 0) + 1
    return out


def check_edges(name, t, pairs, problems):
    """pairs: every edge's (source, target) ids in the reader."""
    got = edge_multiset(pairs, t.directed)
    want = edge_multiset(((e["source"], e["target"]) for e in t.edges), t.directed)
    if got != want:
        extra = sorted(set(got) - set(want))[:3]
        missing = sorted(set(want) - set(got))[:3]
        problems.append(f"{name}: the edges differ from the CSV (extra {extra}, missing {missing})")


def check_marks(name, t, directed, problems):
    """directed: every edge's `directed` attribute, as read."""
    marks = list(directed)
    undirected = sum(m in (False, "false", "False") for m in marks)
    if len(marks) != len(t.edges) or undirected != t.undirected:
        problems.append(f"{name}: {undirected} of {len(marks)} edges marked undirected, "
                        f"the CSV has {t.undirected} of {len(t.edges)}")


def pajek_id(s):
    return s.replace('"', "'").replace("\n", " ").replace("\r", " ")


def networkx_checks(t, files, problems):
    g = nx.read_graphml(files["graphml"], force_multigraph=True)
    check_counts("networkx graphml", t, g.number_of_nodes(), g.number_of_edges(), g.is_directed(), problems)
    check_marks("networkx graphml", t, (d.get("directed") for *_, d in g.edges(data=True)), problems)
    if t.nodes:
        check_node("networkx graphml", t, g.nodes[t.first_node["id"]], problems)
    check_edges("networkx graphml", t, g.edges(), problems)

    g = nx.read_gexf(files["gexf"])
    check_counts("networkx gexf", t, g.number_of_nodes(), g.number_of_edges(), g.is_directed(), problems)
    check_marks("networkx gexf", t, (d.get("directed") for *_, d in g.edges(data=True)), problems)
    check_edges("networkx gexf", t, g.edges(), problems)
    if t.nodes:
        a = g.nodes[t.first_node["id"]]
        check_node("networkx gexf", t, {**a, "x": a["viz"]["position"]["x"], "y": a["viz"]["position"]["y"]}, problems)

    g = nx.read_gml(files["gml"])
    check_counts("networkx gml", t, g.number_of_nodes(), g.number_of_edges(), g.is_directed(), problems)
    check_edges("networkx gml", t, g.edges(), problems)
    if t.nodes:
        check_node("networkx gml", t, g.nodes[t.first_node["id"]], problems, label="text")

    with open(files["json"], encoding="utf-8") as f:
        g = nx.node_link_graph(json.load(f), edges="edges")
    check_counts("networkx json", t, g.number_of_nodes(), g.number_of_edges(), g.is_directed(), problems)
    check_marks("networkx json", t, (d.get("directed") for *_, d in g.edges(data=True)), problems)
    if t.nodes:
        check_node("networkx json", t, g.nodes[t.first_node["id"]], problems)
    check_edges("networkx json", t, g.edges(), problems)

    g = nx.nx_agraph.read_dot(files["dot"])
    check_counts("networkx dot", t, g.number_of_nodes(), g.number_of_edges(), g.is_directed(), problems)
    check_edges("networkx dot", t, g.edges(), problems)

    g = nx.read_pajek(files["pajek"])
    check_counts("networkx pajek", t, g.number_of_nodes(), g.number_of_edges(), g.is_directed(), problems)
    check_edges("networkx pajek", t.pajek(), g.edges(), problems)

    kind = nx.MultiDiGraph if t.directed else nx.MultiGraph
    data = [("weight", float)] if weighted(files["edgelist"]) else False
    g = nx.read_edgelist(files["edgelist"], create_using=kind, data=data, comments=None)
    check_counts("networkx edgelist", t, g.number_of_nodes(), g.number_of_edges(), None, problems,
                 nodes_expected=len(t.with_edges))
    check_edges("networkx edgelist", t,
                ((urllib.parse.unquote(a), urllib.parse.unquote(b)) for a, b in g.edges()), problems)

    for fmt, (idc, src, tgt) in {"gephi": ("Id", "Source", "Target"), "neo4j": ("id:ID", ":START_ID", ":END_ID")}.items():
        with open(files[fmt][0], newline="", encoding="utf-8") as f:
            nodes = list(csv.DictReader(f))
        with open(files[fmt][1], newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        g = nx.MultiDiGraph() if t.directed else nx.MultiGraph()
        g.add_nodes_from(n[idc] for n in nodes)
        g.add_edges_from((e[src], e[tgt]) for e in edges)
        check_counts(f"networkx {fmt}", t, g.number_of_nodes(), g.number_of_edges(), None, problems)
        check_edges(f"networkx {fmt}", t, g.edges(), problems)
        if fmt == "gephi":
            dirs = {e["Type"] for e in edges}
            if t.directed != ("Directed" in dirs):
                problems.append(f"gephi: edge types {dirs}, the CSV says directed={t.directed}")


def weighted(path):
    with open(path, encoding="utf-8") as f:
        line = f.readline().split()
    return len(line) == 3


def igraph_checks(t, files, problems):
    g = igraph.Graph.Read_GraphML(files["graphml"])
    check_counts("igraph graphml", t, g.vcount(), g.ecount(), g.is_directed(), problems)
    check_edges("igraph graphml", t, ((g.vs[a]["id"], g.vs[b]["id"]) for a, b in g.get_edgelist()), problems)
    if t.nodes:
        check_node("igraph graphml", t, g.vs[0].attributes(), problems)
    g = igraph.Graph.Read_GML(files["gml"])
    check_counts("igraph gml", t, g.vcount(), g.ecount(), g.is_directed(), problems)
    labels = [html.unescape(label) for label in g.vs["label"]] if g.vcount() else []
    check_edges("igraph gml", t, ((labels[a], labels[b]) for a, b in g.get_edgelist()), problems)
    if t.nodes:
        check_node("igraph gml", t, g.vs[0].attributes(), problems, label="text")
    g = igraph.Graph.Read_Pajek(files["pajek"])
    check_counts("igraph pajek", t, g.vcount(), g.ecount(), g.is_directed(), problems)
    check_edges("igraph pajek", t.pajek(), ((g.vs[a]["name"], g.vs[b]["name"]) for a, b in g.get_edgelist()),
                problems)
    if t.nodes:
        check_node("igraph pajek", t, g.vs[0].attributes(), problems, label=None)
    g = igraph.Graph.Read_Ncol(files["edgelist"], directed=t.directed, weights="if_present")
    check_counts("igraph ncol", t, g.vcount(), g.ecount(), None, problems, nodes_expected=len(t.with_edges))
    names = [urllib.parse.unquote(n) for n in g.vs["name"]]
    check_edges("igraph ncol", t, ((names[a], names[b]) for a, b in g.get_edgelist()), problems)


def graphviz_checks(t, files, problems):
    # nop: Graphviz's own parser, printing the graph back; any warning
    # (an unknown colour, a bad attribute) is a problem.
    canon = subprocess.run(["nop", files["dot"]], capture_output=True, text=True)
    if canon.returncode != 0 or canon.stderr.strip():
        problems.append(f"nop: {canon.stderr.strip()[:200]}")
        return
    directed = canon.stdout.lstrip().startswith("digraph")
    if directed != t.directed:
        problems.append(f"nop: digraph={directed}, the CSV says directed={t.directed}")
    plain = subprocess.run(["neato", "-n2", "-Tplain", files["dot"]], capture_output=True, text=True)
    if plain.returncode != 0 or plain.stderr.strip():
        problems.append(f"neato -n2: {plain.stderr.strip()[:200]}")
        return
    lines = plain.stdout.splitlines()
    nodes = sum(1 for l in lines if l.startswith("node "))
    edges = sum(1 for l in lines if l.startswith("edge "))
    check_counts("neato -n", t, nodes, edges, None, problems)


def check(binary, svg, tmp):
    base = os.path.join(tmp, "g")
    files = {}
    for fmt in FORMATS:
        out = base + "." + fmt
        r = subprocess.run([binary, "extract", svg, "-o", out, "--format", fmt, "--quiet"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return [f"extract --format {fmt}: {r.stderr.strip()[:200]}"]
        # (`-o g.csv` writes g.nodes.csv and g.edges.csv)
        stem = base if fmt == "csv" else out
        pair = [stem + ".nodes.csv", stem + ".edges.csv"]
        files[fmt] = pair if fmt in ("csv", "gephi", "neo4j") else out
    t = Truth(base)
    problems = []
    for part in (networkx_checks, igraph_checks, graphviz_checks):
        try:
            part(t, files, problems)
        except Exception as e:  # a reader that cannot load the file at all
            problems.append(f"{part.__name__}: {type(e).__name__}: {e}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="target/release/svg2graph")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    svgs = []
    for p in a.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                svgs += [os.path.join(root, n) for n in names if n.endswith(".svg")]
        else:
            svgs.append(p)
    svgs.sort()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for svg in svgs:
            problems = check(a.bin, svg, tmp)
            for p in problems:
                print(f"{svg}: {p}")
            failed += bool(problems)
    print(f"formats: {len(svgs) - failed} drawings passed, {failed} failed "
          f"({len(FORMATS)} formats each, read by networkx, igraph and Graphviz)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
