#!/usr/bin/env python3
"""Regenerate the plotly-kaleido corpus: network graphs drawn with plotly the
way plotly's "Network Graphs in Python" docs page draws them (all edges as ONE
go.Scatter line trace with None separators, nodes as a markers trace with
hover text and a colour scale), and variants (text labels, annotation arrows
for direction, one trace per edge, marker symbols, visible axes), exported to
SVG by kaleido (headless Chromium).

Truth positions: each node's data coordinates (x, y), given by this script,
mapped through the plot area: every figure fixes the axis ranges, the margins
and layout.margin.autoexpand=False (so colorbars/legends cannot push the
margins), and turns automargin off, so the plot area is exactly
[l, W - r] x [t, H - b] and
    X = l + (x - x0) / (x1 - x0) * (W - l - r)
    Y = t + (y1 - y) / (y1 - y0) * (H - t - b).
The script checks this against the SVG: the plot-area clip rectangle
(<clipPath class="plotclip"><rect width height>) must be W-l-r by H-t-b,
and every marker <path class="point" transform="translate(X,Y)"> of the node
trace, inside <g class="xy" transform="translate(l,t)">, must lie within 0.01
of its node (plotly rounds to 2 decimals).

Run:  python3 generate.py   (plotly, kaleido, a Chromium kaleido can find)
"""
import json
import math
import os
import re

import plotly
import plotly.graph_objects as go

HERE = os.path.dirname(os.path.abspath(__file__))


def rng(seed):
    state = [seed & 0x7FFFFFFF]

    def r():
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] / 0x80000000
    return r


def kaleido_version():
    try:
        from importlib.metadata import version
        return version("kaleido")
    except Exception:
        return "?"


GEN = "plotly %s + kaleido %s (Chromium)" % (plotly.__version__, kaleido_version())


def hidden_axis(rng_):
    return dict(range=list(rng_), showgrid=False, zeroline=False, showticklabels=False,
                automargin=False, autorange=False)


def base_layout(W, H, m, xr, yr, **kw):
    lay = dict(width=W, height=H, showlegend=False, hovermode="closest",
               margin=dict(l=m[0], r=m[1], t=m[2], b=m[3], autoexpand=False),
               xaxis=hidden_axis(xr), yaxis=hidden_axis(yr))
    lay.update(kw)
    return lay


def edge_trace(pos, edges, **line):
    xs, ys = [], []
    for a, b in edges:
        xs += [pos[a][0], pos[b][0], None]
        ys += [pos[a][1], pos[b][1], None]
    return go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="none",
                      line=dict(width=line.get("width", 0.5), color=line.get("color", "#888")))


def write(name, fig, ids, pos, edges, directed, labels, notes, node_trace_index):
    svg_path = os.path.join(HERE, name + ".svg")
    fig.write_image(svg_path, format="svg")
    lay = fig.layout
    W, H = lay.width, lay.height
    l, r, t, b = lay.margin.l, lay.margin.r, lay.margin.t, lay.margin.b
    x0, x1 = lay.xaxis.range
    y0, y1 = lay.yaxis.range
    pw, ph = W - l - r, H - t - b

    def m(x, y):
        return (l + (x - x0) / (x1 - x0) * pw, t + (y1 - y) / (y1 - y0) * ph)

    svg = open(svg_path).read()
    clip = re.search(r'class="plotclip"><rect width="([-\d.]+)" height="([-\d.]+)"', svg)
    got = [float(v) for v in clip.groups()]
    assert abs(got[0] - pw) < 1e-6 and abs(got[1] - ph) < 1e-6, (name, got, [pw, ph])
    # markers of the node trace, in data order, inside <g class="xy" transform="translate(l,t)">
    gp = re.search(r'<g class="xy" transform="translate\(([-\d.]+),\s*([-\d.]+)\)"', svg)
    ox, oy = float(gp.group(1)), float(gp.group(2))
    assert (ox, oy) == (l, t), (name, ox, oy)
    traces = svg.split('<g class="trace scatter')[1:]
    traces[-1] = traces[-1].split('<g class="layer-above">')[0]
    pts = re.findall(r'<path class="point" transform="translate\(([-\d.]+),([-\d.]+)\)', traces[node_trace_index])
    assert len(pts) == len(ids), (name, len(pts), len(ids))
    nodes = []
    for i, nid in enumerate(ids):
        X, Y = m(*pos[nid])
        px, py = float(pts[i][0]) + ox, float(pts[i][1]) + oy
        assert abs(px - X) < 0.01 and abs(py - Y) < 0.01, (name, nid, X, Y, px, py)
        n = {"id": nid, "x": round(X, 4), "y": round(Y, 4)}
        if labels is not None and labels.get(nid) is not None:
            n["label"] = labels[nid]
        nodes.append(n)
    truth = {"generator": GEN, "directed": directed, "nodes": nodes,
             "edges": [list(e) for e in edges], "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-28s %3d nodes %3d edges %6d bytes" % (name, len(nodes), len(edges), os.path.getsize(svg_path)))


# --------------------------------------------------------------------------
# 1. the docs page: random geometric graph, colour by degree, colorbar, title, annotation
def docs_geometric():
    r = rng(101)
    n = 60
    ids = ["n%d" % i for i in range(n)]
    pos = {i: (r(), r()) for i in ids}
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            a, b = pos[ids[i]], pos[ids[j]]
            if math.hypot(a[0] - b[0], a[1] - b[1]) < 0.16:
                edges.append((ids[i], ids[j]))
    deg = {i: 0 for i in ids}
    for a, b in edges:
        deg[a] += 1
        deg[b] += 1
    node_trace = go.Scatter(
        x=[pos[i][0] for i in ids], y=[pos[i][1] for i in ids], mode="markers", hoverinfo="text",
        text=["# of connections: %d" % deg[i] for i in ids],
        marker=dict(showscale=True, colorscale="YlGnBu", reversescale=True, color=[deg[i] for i in ids],
                    size=10, line_width=2,
                    colorbar=dict(thickness=15, title=dict(text="Node Connections", side="right"),
                                  xanchor="left")))
    fig = go.Figure(data=[edge_trace(pos, edges), node_trace],
                    layout=base_layout(760, 640, (40, 130, 60, 60), (-0.03, 1.03), (-0.03, 1.03),
                                       title=dict(text="<br>Network graph made with Python", font=dict(size=16)),
                                       annotations=[dict(text="Python code: plotly docs 'Network Graphs in Python'",
                                                         showarrow=False, xref="paper", yref="paper",
                                                         x=0.005, y=-0.002)]))
    write("docs-geometric-60", fig, ids, pos, edges, False, None,
          "the plotly docs recipe: random geometric graph (r=0.16, fixed-seed points), ALL edges in one "
          "scatter trace (one <path> with a subpath per edge, None separators), nodes as one markers trace "
          "coloured by degree (YlGnBu) with white-ish 2px outlines, colorbar with title on the right, plot "
          "title, a paper annotation; hover text is not drawn; isolated nodes present", 1)


# 2. text labels on the markers
def labelled():
    names = ["Ada", "Bob", "Cyd", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lou", "Max", "Ned", "Oda"]
    n = len(names)
    pos = {}
    for k, nm in enumerate(names):
        ring = 1.0 if k < 10 else 0.45
        idx, cnt = (k, 10) if k < 10 else (k - 10, 5)
        ang = 2 * math.pi * idx / cnt + (0.3 if k >= 10 else 0)
        pos[nm] = (ring * math.cos(ang), ring * math.sin(ang))
    edges = [(names[k], names[(k + 1) % 10]) for k in range(10)]
    edges += [(names[10 + k], names[10 + (k + 2) % 5]) for k in range(5)]
    edges += [(names[10 + k], names[2 * k]) for k in range(5)]
    node_trace = go.Scatter(x=[pos[i][0] for i in names], y=[pos[i][1] for i in names],
                            mode="markers+text", text=names, textposition="top center",
                            hoverinfo="text", marker=dict(size=16, color="#ff7f0e", line=dict(width=1, color="#333")))
    fig = go.Figure(data=[edge_trace(pos, edges, width=1.5, color="#555"), node_trace],
                    layout=base_layout(600, 600, (30, 30, 30, 30), (-1.25, 1.25), (-1.25, 1.3),
                                       plot_bgcolor="white"))
    write("labels-text-15", fig, names, pos, edges, False, {i: i for i in names},
          "mode='markers+text': names drawn as <text> above each marker (textposition top center); "
          "outer 10-cycle plus inner pentagram plus spokes; edges in one path with None gaps; white plot background", 1)


# 3. directed: arrows as layout annotations (the usual plotly recipe)
def arrows():
    r = rng(303)
    n = 12
    ids = ["a%d" % i for i in range(n)]
    pos = {ids[i]: (math.cos(2 * math.pi * i / n) * (1 + 0.15 * r()),
                    math.sin(2 * math.pi * i / n) * (1 + 0.15 * r())) for i in range(n)}
    edges = [(ids[i], ids[(i + 1) % n]) for i in range(n)]
    edges += [(ids[0], ids[6]), (ids[3], ids[9]), (ids[8], ids[2]), (ids[5], ids[11]), (ids[7], ids[1])]
    W, H, M = 640, 640, (40, 40, 40, 40)
    xr, yr = (-1.35, 1.35), (-1.35, 1.35)
    ann = [dict(x=pos[b][0], y=pos[b][1], ax=pos[a][0], ay=pos[a][1], xref="x", yref="y", axref="x", ayref="y",
                showarrow=True, arrowhead=2, arrowsize=1.5, arrowwidth=1.2, arrowcolor="#444",
                standoff=9, startstandoff=9, text="") for a, b in edges]
    node_trace = go.Scatter(x=[pos[i][0] for i in ids], y=[pos[i][1] for i in ids], mode="markers+text",
                            text=[i for i in ids], textposition="middle center", textfont=dict(size=9, color="white"),
                            marker=dict(size=24, color="#1f77b4"), hoverinfo="text")
    fig = go.Figure(data=[node_trace], layout=base_layout(W, H, M, xr, yr, annotations=ann, plot_bgcolor="#f4f4f4"))
    write("directed-annotations-12", fig, ids, pos, edges, True, {i: i for i in ids},
          "directed graph: no edge trace, every edge is a layout annotation arrow (axref/ayref='x'/'y', "
          "arrowhead=2, standoff so it stops at the marker); annotations are drawn ABOVE the markers in "
          "their own layer as a <path> shaft plus a <path> head; ids as white <text> inside the markers", 0)


# 4. one trace per edge, widths/colours by weight, marker symbols, legend hidden
def per_edge():
    r = rng(404)
    n = 20
    ids = ["s%d" % i for i in range(n)]
    pos = {i: (r() * 10, r() * 6) for i in ids}
    edges = []
    for k in range(1, n):
        edges.append((ids[int(r() * k)], ids[k]))
    for _ in range(8):
        a, b = ids[int(r() * n)], ids[int(r() * n)]
        if a != b and (a, b) not in edges and (b, a) not in edges:
            edges.append((a, b))
    data = []
    for a, b in edges:
        w = 1 + 4 * r()
        data.append(go.Scatter(x=[pos[a][0], pos[b][0]], y=[pos[a][1], pos[b][1]], mode="lines",
                               line=dict(width=w, color="rgba(50,50,150,%.2f)" % (0.3 + w / 10)), hoverinfo="none"))
    symbols = ["circle", "square", "diamond", "triangle-up", "star", "hexagon", "cross", "x"]
    data.append(go.Scatter(x=[pos[i][0] for i in ids], y=[pos[i][1] for i in ids], mode="markers",
                           marker=dict(size=15, symbol=[symbols[k % len(symbols)] for k in range(n)],
                                       color="#2ca02c", line=dict(width=1, color="black")),
                           hovertext=ids, hoverinfo="text"))
    fig = go.Figure(data=data, layout=base_layout(800, 520, (30, 30, 30, 30), (-0.5, 10.5), (-0.5, 6.5)))
    write("per-edge-traces-symbols-20", fig, ids, pos, edges, False, None,
          "one scatter trace per edge (each its own <g class='trace'> with one 2-point <path>), widths and "
          "alpha varying; node markers with symbols circle, square, diamond, triangle-up, star, hexagon, "
          "cross, x (symbol paths centred on translate(X,Y))", len(edges))


# 5. a tree (plotly 'Tree-plots' docs style): labels as annotations, circle markers
def tree():
    n = 31
    ids = ["t%d" % i for i in range(n)]
    depth = {0: 0}
    for i in range(1, n):
        depth[i] = depth[(i - 1) // 2] + 1
    pos = {}
    for i in range(n):
        d = depth[i]
        first = 2 ** d - 1
        pos[ids[i]] = ((i - first + 0.5) / 2 ** d * 16, -d * 2.0)
    edges = [(ids[(i - 1) // 2], ids[i]) for i in range(1, n)]
    node_trace = go.Scatter(x=[pos[i][0] for i in ids], y=[pos[i][1] for i in ids], mode="markers",
                            marker=dict(symbol="circle-dot", size=18, color="#6175c1",
                                        line=dict(color="rgb(50,50,50)", width=1)),
                            text=ids, hoverinfo="text", opacity=0.8)
    ann = [dict(text=str(k), x=pos[ids[k]][0], y=pos[ids[k]][1], xref="x1", yref="y1",
                font=dict(color="rgb(250,250,250)", size=9), showarrow=False) for k in range(n)]
    fig = go.Figure(data=[edge_trace(pos, edges, width=1, color="rgb(210,210,210)"), node_trace],
                    layout=base_layout(820, 420, (30, 30, 50, 30), (-0.3, 16.3), (-8.6, 0.6),
                                       annotations=ann, title=dict(text="Tree with Reingold-Tilford-like layout"),
                                       plot_bgcolor="rgb(248,248,248)"))
    write("tree-annotations-31", fig, ids, pos, edges, False, {ids[k]: str(k) for k in range(n)},
          "the plotly docs 'Tree-plots' style: binary tree, edges in one grey path, 'circle-dot' markers with "
          "opacity 0.8 (a dot drawn inside each circle), node numbers as layout annotations (<text> in the "
          "annotation layer) centred on the markers, title", 1)


# 6. bigger graph with visible axes, grid and tick labels
def axes_big():
    r = rng(606)
    n = 80
    ids = ["v%d" % i for i in range(n)]
    pos = {i: (round(r() * 100, 3), round(r() * 60, 3)) for i in ids}
    edges = []
    for k in range(1, 72):
        # attach to the nearest earlier node (a spatial tree), nodes 72..79 isolated
        best = min(range(k), key=lambda j: math.hypot(pos[ids[j]][0] - pos[ids[k]][0], pos[ids[j]][1] - pos[ids[k]][1]))
        edges.append((ids[best], ids[k]))
    for _ in range(10):
        a, b = int(r() * 72), int(r() * 72)
        if a != b and (ids[a], ids[b]) not in edges and (ids[b], ids[a]) not in edges:
            edges.append((ids[a], ids[b]))
    axis = lambda rg, title: dict(range=list(rg), autorange=False, automargin=False, showgrid=True, zeroline=True,
                                  showticklabels=True, title=dict(text=title))
    node_trace = go.Scatter(x=[pos[i][0] for i in ids], y=[pos[i][1] for i in ids], mode="markers",
                            marker=dict(size=7, color="#d62728"), hoverinfo="none")
    lay = base_layout(900, 600, (70, 20, 20, 60), (-5, 105), (-5, 65))
    lay["xaxis"] = axis((-5, 105), "x (m)")
    lay["yaxis"] = axis((-5, 65), "y (m)")
    fig = go.Figure(data=[edge_trace(pos, edges, width=1, color="#777"), node_trace], layout=lay)
    write("axes-grid-80", fig, ids, pos, edges, False, None,
          "80 small red markers, visible axes with grid lines, zero lines, tick labels and axis titles "
          "(default plotly template: grey plot area, white grid); spatial nearest-neighbour tree plus extra "
          "edges; v72..v79 isolated", 1)


if __name__ == "__main__":
    docs_geometric()
    labelled()
    arrows()
    per_edge()
    tree()
    axes_big()
