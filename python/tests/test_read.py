"""svg2graph.read and read_tables: the same graph as the command line's
CSV files, in the graph class and with the attributes users expect."""

import csv
import gzip
import io
import os
import pathlib
import subprocess
import sys

import networkx as nx
import pytest

import svg2graph
from svg2graph import _svg2graph

from conftest import drawings

NUMERIC = {"x", "y", "r", "opacity", "stroke_width", "weight"}

ARROW = (
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6"'
    ' markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
)


def svg(*body):
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">%s</svg>' % "".join(body)


def node(name, x, y, fill="#fc0"):
    return '<circle cx="%s" cy="%s" r="10" fill="%s"><title>%s</title></circle>' % (x, y, fill, name)


def line(x1, y1, x2, y2, head=False, extra=""):
    marker = ' marker-end="url(#arrow)"' if head else ""
    return '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333"%s%s/>' % (
        x1, y1, x2, y2, marker, extra)


def cli_tables(cli, path, tmp_path):
    """The command line's nodes and edges CSV rows for `path`."""
    n, e = tmp_path / "n.csv", tmp_path / "e.csv"
    subprocess.run([cli, "extract", path, "--nodes", n, "--edges", e, "--quiet"], check=True)
    with open(n, newline="") as fn, open(e, newline="") as fe:
        return list(csv.DictReader(fn)), list(csv.DictReader(fe))


def typed(row):
    """A CSV row as the package gives it: absent values left out, numbers
    as floats, the direction as a bool."""
    out = {}
    for k, v in row.items():
        if v == "":
            continue
        if k in NUMERIC:
            v = float(v)
        elif k == "directed":
            v = {"true": True, "false": False}[v]
        out[k] = v
    return out


@pytest.mark.parametrize("path", drawings(), ids=os.path.basename)
def test_every_drawing_reads_as_the_cli_writes_it(cli, path, tmp_path):
    nodes, edges = cli_tables(cli, path, tmp_path)
    G = svg2graph.read(path)

    assert list(G.nodes) == [r["id"] for r in nodes]
    for r in nodes:
        want = typed(r)
        del want["id"]
        assert G.nodes[r["id"]] == want

    def key(u, v, attrs):
        if not G.is_directed():
            u, v = sorted((u, v))
        return (u, v, tuple(sorted(attrs.items())))

    def row_key(r):
        t = typed(r)
        return key(t.pop("source"), t.pop("target"), t)

    want = sorted(row_key(r) for r in edges)
    got = sorted(key(u, v, a) for u, v, a in G.edges(data=True))
    assert got == want
    assert G.graph["edges"] == len(edges)
    assert G.graph["nodes"] == len(nodes)
    assert G.graph["shapes_node"] == len(nodes)
    # Every writer takes the graph as read.
    for write in (nx.write_graphml, nx.write_gexf, nx.write_gml):
        write(G, io.BytesIO())


@pytest.mark.parametrize("path", drawings(), ids=os.path.basename)
def test_every_drawing_tables_are_the_cli_csv(cli, path, tmp_path):
    nodes, edges = cli_tables(cli, path, tmp_path)
    got_nodes, got_edges = svg2graph.read_tables(path)
    assert list(got_nodes.columns) == list(nodes[0].keys() if nodes else svg2graph.NODE_COLUMNS)
    assert list(got_edges.columns) == svg2graph.EDGE_COLUMNS

    def rows(df):
        # pandas writes a missing number as NaN.
        return [{k: v for k, v in r.items() if v is not None and v == v}
                for r in df.to_dict("records")]

    assert rows(got_nodes) == [typed(r) for r in nodes]
    assert rows(got_edges) == [typed(r) for r in edges]


def test_tables_without_pandas_are_lists_of_dicts(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import fails
    nodes, edges = svg2graph.read_tables(svg(node("a", 50, 50), node("b", 150, 50),
                                             line(60, 50, 140, 50)))
    assert nodes[0] == {"id": "a", "x": 50.0, "y": 50.0, "r": 10.0, "label": "a",
                        "fill": "#ffcc00", "stroke": None, "class": None, "svg_id": None,
                        "shape": "circle", "opacity": 1.0}
    assert [(e["source"], e["target"], e["directed"]) for e in edges] == [("a", "b", False)]
    assert list(edges[0]) == svg2graph.EDGE_COLUMNS


@pytest.mark.parametrize("path", drawings(), ids=os.path.basename)
def test_the_graph_is_the_one_networkx_builds_from_the_lists(path):
    # `read` fills networkx's own dicts natively; it must give what
    # add_nodes_from and add_edges_from give, order included.
    G = svg2graph.read(path)
    ex = _svg2graph.extract(path=path)
    H = G.__class__()
    H.add_nodes_from(ex.node_list())
    H.add_edges_from(ex.edge_list())
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    if G.is_multigraph():
        assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    else:
        assert list(G.edges(data=True)) == list(H.edges(data=True))
    assert {n: list(G.adj[n]) for n in G} == {n: list(H.adj[n]) for n in H}
    if G.is_directed():
        assert {n: list(G.pred[n]) for n in G} == {n: list(H.pred[n]) for n in H}
    # Every edge has a dict of attributes of its own.
    datas = [d for *_, d in G.edges(data=True)]
    assert len({id(d) for d in datas}) == len(datas)


KINDS = [
    ("undirected", svg(node("a", 50, 50), node("b", 150, 50), line(60, 50, 140, 50)), nx.Graph),
    ("directed", svg(ARROW, node("a", 50, 50), node("b", 150, 50),
                     line(60, 50, 140, 50, head=True)), nx.DiGraph),
    ("parallel", svg(node("a", 50, 50), node("b", 150, 50), line(60, 50, 140, 50),
                     '<path d="M60,55 Q100,80 140,55" fill="none" stroke="#333"/>'), nx.MultiGraph),
    ("both ways", svg(ARROW, node("a", 50, 50), node("b", 150, 50),
                      line(60, 50, 140, 50, head=True),
                      '<path d="M140,55 Q100,80 60,55" fill="none" stroke="#333"'
                      ' marker-end="url(#arrow)"/>'), nx.DiGraph),
    ("parallel directed", svg(ARROW, node("a", 50, 50), node("b", 150, 50),
                              line(60, 50, 140, 50, head=True),
                              '<path d="M60,55 Q100,80 140,55" fill="none" stroke="#333"'
                              ' marker-end="url(#arrow)"/>'), nx.MultiDiGraph),
]


@pytest.mark.parametrize("name,drawing,kind", KINDS, ids=[k[0] for k in KINDS])
def test_the_graph_class_follows_the_drawing(name, drawing, kind):
    G = svg2graph.read(drawing)
    assert type(G) is kind
    assert G.number_of_nodes() == 2
    assert G.number_of_edges() == (1 if name in ("undirected", "directed") else 2)


def test_a_mixed_drawing_is_directed_with_undirected_edges_marked():
    G = svg2graph.read(svg(
        ARROW, node("a", 50, 50), node("b", 150, 50), node("c", 150, 150),
        '<path d="M 45,42 C 25,0 75,0 55,42" fill="none" stroke="#333" marker-end="url(#arrow)"/>',
        line(60, 50, 140, 50, head=True), line(150, 60, 150, 140)))
    assert type(G) is nx.DiGraph
    assert [(u, v, d["directed"]) for u, v, d in G.edges(data=True)] == [
        ("a", "a", True), ("a", "b", True), ("b", "c", False)]
    assert nx.number_of_selfloops(G) == 1


def test_attributes():
    G = svg2graph.read(svg(
        '<g class="people">',
        '<circle id="n-ada" class="person" cx="50" cy="50" r="10" fill="#1f77b4" stroke="#fff"'
        ' opacity="0.5"/>',
        '<text x="50" y="54" text-anchor="middle">Ada Lovelace</text>',
        '<rect id="n-bob" x="140" y="40" width="20" height="20" fill="#ff7f0e"/>',
        '</g>',
        '<line x1="60" y1="50" x2="140" y2="50" stroke="#999" stroke-width="3"/>',
        '<line x1="50" y1="60" x2="150" y2="60" stroke="#999" stroke-width="1" id="e2"/>'))
    assert dict(G.nodes["n-ada"]) == {
        "label": "Ada Lovelace", "x": 50.0, "y": 50.0, "r": 10.0, "fill": "#1f77b4",
        "stroke": "#ffffff", "class": "person", "svg_id": "n-ada", "shape": "circle",
        "opacity": 0.5}
    bob = G.nodes["n-bob"]
    assert (bob["shape"], bob["fill"], bob["x"], bob["y"]) == ("rect", "#ff7f0e", 150.0, 50.0)
    assert "label" not in bob  # nothing drawn for it: absent, not None
    a, b = (d for *_, d in G.edges(keys=True, data=True))
    # Stroke widths differ, so they are the weights.
    assert (a["stroke"], a["stroke_width"], a["weight"], a["directed"]) == ("#999999", 3.0, 3.0, False)
    assert (b["stroke_width"], b["weight"], b["svg_id"]) == (1.0, 1.0, "e2")
    assert (G.graph["nodes"], G.graph["generator"], G.graph["warnings"]) == (2, "unknown", "")


def test_every_kind_of_source(tmp_path):
    text = svg(node("a", 50, 50), node("b", 150, 50), line(60, 50, 140, 50))
    f = tmp_path / "d.svg"
    f.write_text(text)
    z = tmp_path / "d.svgz"
    z.write_bytes(gzip.compress(text.encode()))
    sources = [str(f), f, text, "\ufeff\n  " + text, text.encode(), bytearray(text.encode()),
               memoryview(text.encode()), io.BytesIO(text.encode()), io.StringIO(text), z,
               gzip.compress(text.encode())]
    for s in sources:
        G = svg2graph.read(s)
        assert sorted(G.edges) == [("a", "b")], type(s)
    with open(f, "rb") as fh:
        assert svg2graph.read(fh).number_of_edges() == 1
    with pytest.raises(TypeError, match="source must be"):
        svg2graph.read(42)


def test_options():
    text = svg(ARROW, node("a", 50, 50), node("b", 150, 50), line(60, 50, 140, 50, head=True),
               line(60, 55, 140, 55, head=True))
    assert type(svg2graph.read(text)) is nx.MultiDiGraph
    assert type(svg2graph.read(text, simple=True)) is nx.DiGraph
    assert type(svg2graph.read(text, directed=False)) is nx.MultiGraph
    G = svg2graph.read(svg(node("a", 50, 50), node("b", 150, 50), line(60, 50, 140, 50)),
                       directed=True)
    assert list(G.edges(data="directed")) == [("a", "b", True)]
    assert G.graph["tolerance"] == 2.5  # a quarter of the radius
    assert svg2graph.read(text, tolerance=4).graph["tolerance"] == 4
    assert svg2graph.read(text, dpi=72, font_size=12, max_warnings=1, max_depth=50,
                          max_elements=1000, max_tag=4096, max_inflated=1 << 20,
                          max_ratio=10).number_of_nodes() == 2
    with pytest.raises(svg2graph.ExtractError, match="--max-elements") as e:
        svg2graph.read(text, max_elements=3)
    assert e.value.kind == "limit"
    sel = svg('<g class="keep">', node("a", 50, 50), node("b", 150, 50), "</g>",
              node("c", 250, 50), line(60, 50, 140, 50))
    assert list(svg2graph.read(sel, node_selector=".keep")) == ["a", "b"]
    assert list(svg2graph.read(sel, ignore="circle")) == []
    with pytest.raises(TypeError, match="unknown option colour"):
        svg2graph.read(text, colour="red")
    with pytest.raises(ValueError, match="directed='sometimes'"):
        svg2graph.read(text, directed="sometimes")


def test_pages_and_notebooks():
    from conftest import REPO

    page = os.path.join(REPO, "tests", "fixtures", "page.html")
    notebook = os.path.join(REPO, "tests", "fixtures", "notebook.ipynb")
    with pytest.raises(svg2graph.ExtractError, match=r"holds 2 drawings: choose one with pick=N") as e:
        svg2graph.read(page)
    assert (e.value.kind, e.value.path) == ("invalid_option", page)
    assert sorted(svg2graph.read(page, pick=1).edges) == [("n1", "n2"), ("n2", "n3")]
    assert svg2graph.read(page, pick=2).number_of_edges() == 1
    # Bytes and text are told by their content.
    with open(notebook, "rb") as f:
        data = f.read()
    G = svg2graph.read(data, pick=1)
    assert type(G) is nx.MultiGraph and nx.number_of_selfloops(G) == 3
    nodes, edges = svg2graph.read_tables(data.decode(), pick=2)
    assert len(nodes) == 4 and len(edges) == 4
    with pytest.raises(svg2graph.ExtractError, match="pick=3: it holds 2 drawings"):
        svg2graph.read(notebook, pick=3)
    one = "<!DOCTYPE html><html><body><svg><circle r='3'/></svg></body></html>"
    assert svg2graph.read(one).number_of_nodes() == 1
    with pytest.raises(svg2graph.ExtractError) as e:
        svg2graph.read("<html>\n<body><svg><circle r='1'></svg></body></html>")
    assert (e.value.line, e.value.column, e.value.part) == (2, 26, "drawing 1, line 2")
