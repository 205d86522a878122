#!/usr/bin/env python3
"""Regenerate the re-export corpus chains (reexport-cairo, reexport-pdf, reexport-inkscape).

usage: generate.py [--chain cairo|pdf|inkscape|all] [--work DIR] [--base-only]

1. Builds 14 *base* drawings in WORK/base (default /tmp/reexport-work/base) with
   real tools, each with its truth (NAME.truth.json, in the base file's root user
   space): d3-style scripted SVG written by this script, Graphviz -Tsvg (truth from
   -Tjson of the same run), networkx + matplotlib (truth from ax.transData), and
   python-igraph's cairo plot (truth from the fitted layout).
2. Re-exports ("flattens") every base drawing through each chain and maps the base
   truth through the geometry the converter applies:
   - reexport-cairo:    rsvg-convert -f svg            (root user space = base viewport in px)
   - reexport-pdf:      rsvg-convert -f pdf | inkscape --export-type=pdf | cairosvg,
                        then pdftocairo -svg            (root user space = viewport in pt = px*0.75)
   - reexport-inkscape: inkscape --export-plain-svg --export-text-to-path (same user space),
                        --actions=select-all:all;object-to-path --export-type=svg (same),
                        --export-text-to-path --export-area-drawing (a translation that
                        Inkscape adds to every top-level element; read back from the output)
The base drawings are not committed; they are rebuilt on every run.
"""
import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
CHAIN_DIRS = {
    "cairo": os.path.join(CORPUS, "reexport-cairo"),
    "pdf": os.path.join(CORPUS, "reexport-pdf"),
    "inkscape": os.path.join(CORPUS, "reexport-inkscape"),
}
SVGNS = "http://www.w3.org/2000/svg"
PX_PER_UNIT = {"": 1.0, "px": 1.0, "pt": 96.0 / 72.0, "pc": 16.0, "in": 96.0,
               "cm": 96.0 / 2.54, "mm": 96.0 / 25.4}
CAT10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
         "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def run(cmd, **kw):
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "0")
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, **kw).stdout.decode("utf-8", "replace")


def f2(v):
    """Number as written into scripted SVGs: 2 decimals, no trailing zeros."""
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def r2(v):
    return float(f2(v))


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def rnd(v):
    return round(v + 0.0, 6)


def truth(generator, directed, nodes, edges, notes):
    return {"generator": generator, "directed": directed,
            "nodes": [dict(n, x=rnd(n["x"]), y=rnd(n["y"])) for n in nodes],
            "edges": [list(map(str, e)) for e in edges], "notes": notes}


def write_json(path, obj):
    with open(path, "w") as fh:
        json.dump(obj, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


# --------------------------------------------------------------------------- versions

def versions():
    import matplotlib
    import networkx
    import igraph
    import cairocffi
    v = {"python": sys.version.split()[0], "matplotlib": matplotlib.__version__,
         "networkx": networkx.__version__, "igraph": igraph.__version__,
         "cairo": cairocffi.cairo_version_string()}
    v["graphviz"] = re.search(r"version (\S+)", run(["dot", "-V"]) or
                              subprocess.run(["dot", "-V"], capture_output=True).stderr.decode()
                              ).group(1)
    v["rsvg"] = run(["rsvg-convert", "--version"]).split()[-1]
    p = subprocess.run(["pdftocairo", "-v"], capture_output=True)
    v["poppler"] = re.search(r"version (\S+)", (p.stdout + p.stderr).decode()).group(1)
    v["inkscape"] = re.search(r"Inkscape (\S+)", run(["inkscape", "--version"])).group(1)
    try:
        import cairosvg
        v["cairosvg"] = cairosvg.__version__
    except Exception:  # noqa: BLE001
        v["cairosvg"] = None
    return v


# --------------------------------------------------------------------------- base drawings
# Each builder writes WORK/base/NAME.svg and returns the truth in that file's root user space.

def svg_doc(attrs, body):
    a = " ".join('%s="%s"' % (k, v) for k, v in attrs)
    return '<svg xmlns="http://www.w3.org/2000/svg" %s>\n%s\n</svg>\n' % (a, body)


def scale_pos(pos, x0, y0, x1, y1):
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax, bx, ay, by = min(xs), max(xs), min(ys), max(ys)
    out = {}
    for k, (x, y) in pos.items():
        out[k] = (r2(x0 + (x - ax) / (bx - ax) * (x1 - x0)),
                  r2(y0 + (y - ay) / (by - ay) * (y1 - y0)))
    return out


def b_d3_lesmis(path, V):
    """Les Miserables co-occurrence, d3 force-graph style, origin-centred viewBox."""
    import networkx as nx
    G = nx.les_miserables_graph()
    pos = nx.spring_layout(G, seed=11, iterations=200)
    pos = scale_pos(pos, -440, -270, 440, 270)
    comms = nx.community.greedy_modularity_communities(G, weight="weight")
    group = {n: i for i, c in enumerate(sorted(comms, key=lambda c: sorted(c)[0])) for n in c}
    lines = ['<g stroke="#999" stroke-opacity="0.6">']
    for u, v, d in G.edges(data=True):
        lines.append('<line stroke-width="%s" x1="%s" y1="%s" x2="%s" y2="%s"></line>' % (
            f2(math.sqrt(d.get("weight", 1))), f2(pos[u][0]), f2(pos[u][1]), f2(pos[v][0]), f2(pos[v][1])))
    lines.append('</g>\n<g stroke="#fff" stroke-width="1.5">')
    for n in G.nodes:
        lines.append('<circle r="5" fill="%s" cx="%s" cy="%s"><title>%s</title></circle>' % (
            CAT10[group[n] % 10], f2(pos[n][0]), f2(pos[n][1]), esc(n)))
    lines.append("</g>")
    with open(path, "w") as fh:
        fh.write(svg_doc([("width", "960"), ("height", "600"), ("viewBox", "-480,-300,960,600"),
                          ("style", "max-width: 100%; height: auto;")], "\n".join(lines)))
    nodes = [{"id": n, "x": pos[n][0], "y": pos[n][1]} for n in G.nodes]
    return truth("d3-style scripted SVG (Python %s, networkx %s spring layout)" % (V["python"], V["networkx"]),
                 False, nodes, [(u, v) for u, v in G.edges],
                 "Les Miserables co-occurrence graph (77 nodes, 254 edges) drawn like d3's force graph: "
                 "<line>s under <circle r=5> with <title>, viewBox centred on the origin; no drawn labels.")


def b_d3_directed_arrows(path, V):
    """Directed random graph, lines shortened to the circle boundaries, marker-end arrowheads,
    numbers drawn inside the nodes; the viewBox is twice the viewport (scale 0.5)."""
    import networkx as nx
    G = nx.gnp_random_graph(18, 0.13, seed=3, directed=True)
    edges = list(G.edges)
    if (edges[0][1], edges[0][0]) not in G.edges:
        edges.append((edges[0][1], edges[0][0]))  # one reciprocal pair
    U = nx.Graph(edges)
    U.add_nodes_from(G.nodes)
    pos = scale_pos(nx.kamada_kawai_layout(U), 120, 120, 1480, 880)
    R = 18
    out = ['<defs><marker id="arrow" viewBox="0 -5 10 10" refX="10" refY="0" markerWidth="6" '
           'markerHeight="6" orient="auto"><path fill="#555" d="M0,-5L10,0L0,5"></path></marker></defs>',
           '<g fill="none" stroke="#555" stroke-width="2">']
    for u, v in edges:
        (x1, y1), (x2, y2) = pos[u], pos[v]
        d = math.hypot(x2 - x1, y2 - y1)
        ux, uy = (x2 - x1) / d, (y2 - y1) / d
        out.append('<line x1="%s" y1="%s" x2="%s" y2="%s" marker-end="url(#arrow)"></line>' % (
            f2(x1 + ux * R), f2(y1 + uy * R), f2(x2 - ux * R), f2(y2 - uy * R)))
    out.append('</g>\n<g stroke="#fff" stroke-width="2">')
    for n in G.nodes:
        out.append('<circle r="%d" fill="%s" cx="%s" cy="%s"></circle>' % (R, CAT10[n % 10], f2(pos[n][0]), f2(pos[n][1])))
    out.append('</g>\n<g font-family="sans-serif" font-size="16" text-anchor="middle" fill="#fff">')
    for n in G.nodes:
        out.append('<text x="%s" y="%s" dy="0.35em">%d</text>' % (f2(pos[n][0]), f2(pos[n][1]), n))
    out.append("</g>")
    with open(path, "w") as fh:
        fh.write(svg_doc([("width", "800"), ("height", "500"), ("viewBox", "0 0 1600 1000")], "\n".join(out)))
    nodes = [{"id": str(n), "x": pos[n][0], "y": pos[n][1], "label": str(n)} for n in G.nodes]
    return truth("d3-style scripted SVG (Python %s, networkx %s kamada-kawai layout)" % (V["python"], V["networkx"]),
                 True, nodes, edges,
                 "18-node random digraph; <line>s shortened to the circle boundaries with marker-end "
                 "arrowheads (refX=10, tip on the boundary); white numbers inside the circles; one "
                 "reciprocal pair drawn as two overlapping lines; viewBox 1600x1000 shown in 800x500.")


WORDS = ("ant bee cat dog eel fox gnu hen ibis jay koi lynx mole newt owl pig quail rat seal "
         "toad urial vole wasp yak zebu asp bat cod doe elk fly").split()


def b_d3_tree_groups(path, V):
    """Tidy tree with <g class=node transform=translate> groups inside a zoom <g>."""
    import networkx as nx
    T = nx.random_labeled_tree(31, seed=5)
    root = 0
    children = {n: [] for n in T}
    depth = {root: 0}
    order = list(nx.bfs_tree(T, root).edges)
    for u, v in order:
        children[u].append(v)
        depth[v] = depth[u] + 1
    for n in children:
        children[n].sort()
    ypos = {}
    counter = [0]

    def place(n):
        if not children[n]:
            ypos[n] = counter[0]
            counter[0] += 1
        else:
            for c in children[n]:
                place(c)
            ypos[n] = (ypos[children[n][0]] + ypos[children[n][-1]]) / 2
    place(root)
    maxd = max(depth.values())
    pos = {n: (r2(depth[n] * 620 / maxd), r2(ypos[n] * 400 / (counter[0] - 1))) for n in T}
    TX, TY, S = 60, 40, 1.25
    out = ['<g transform="translate(%s,%s) scale(%s)">' % (TX, TY, S),
           '<g fill="none" stroke="#555" stroke-opacity="0.4" stroke-width="1.5">']
    for u, v in order:
        (sx, sy), (tx, ty) = pos[u], pos[v]
        mx = f2((sx + tx) / 2)
        out.append('<path d="M%s,%sC%s,%s %s,%s %s,%s"></path>' % (
            f2(sx), f2(sy), mx, f2(sy), mx, f2(ty), f2(tx), f2(ty)))
    out.append('</g>\n<g stroke-linejoin="round" stroke-width="3">')
    for n in T:
        inner = bool(children[n])
        out.append('<g class="node" transform="translate(%s,%s)"><circle r="4.5" fill="%s"></circle>'
                   '<text dy="0.31em" x="%s" text-anchor="%s" font-family="sans-serif" font-size="10" '
                   'paint-order="stroke" stroke="white" fill="#222">%s</text></g>' % (
                       f2(pos[n][0]), f2(pos[n][1]), "#555" if inner else "#999",
                       "-8" if inner else "8", "end" if inner else "start", WORDS[n]))
    out.append("</g>\n</g>")
    with open(path, "w") as fh:
        fh.write(svg_doc([("width", "960"), ("height", "600")], "\n".join(out)))
    nodes = [{"id": "t%d" % n, "x": TX + S * pos[n][0], "y": TY + S * pos[n][1], "label": WORDS[n]} for n in T]
    return truth("d3-style scripted SVG (Python %s, networkx %s random tree, tidy layout)" % (V["python"], V["networkx"]),
                 False, nodes, [("t%d" % u, "t%d" % v) for u, v in order],
                 "31-node tree, horizontal tidy layout with cubic linkHorizontal links; nodes are "
                 "<g class=node transform=translate(x,y)> holding <circle r=4.5> without cx/cy and a "
                 "<text> label beside it (white halo via paint-order=stroke); a zoom "
                 "<g transform=translate(60,40) scale(1.25)> wraps all; no viewBox.")


def b_d3_multigraph(path, V):
    """Undirected multigraph: parallel edges as quadratic curves bowing apart, self-loops."""
    n = 9
    CX, CY, RR = 260, 250, 190
    pos = {i: (r2(CX + RR * math.cos(2 * math.pi * i / n - math.pi / 2)),
               r2(CY + RR * math.sin(2 * math.pi * i / n - math.pi / 2))) for i in range(n)}
    edges = [(i, (i + 1) % n) for i in range(n)] + [(0, 4), (2, 6), (3, 7),
                                                    (0, 1), (2, 3), (2, 3), (5, 8), (4, 4), (7, 7)]
    groups = {}
    for e in edges:
        groups.setdefault(tuple(sorted(e)), []).append(e)
    out = ['<g fill="none" stroke="#666" stroke-width="1.5">']
    for key, es in groups.items():
        u, v = key
        (x1, y1), (x2, y2) = pos[u], pos[v]
        if u == v:
            for _ in es:
                dx, dy = x1 - CX, y1 - CY
                d = math.hypot(dx, dy)
                ux, uy = dx / d, dy / d
                px, py = -uy, ux
                out.append('<path d="M%s,%sC%s,%s %s,%s %s,%s"></path>' % (
                    f2(x1), f2(y1),
                    f2(x1 + 60 * ux + 30 * px), f2(y1 + 60 * uy + 30 * py),
                    f2(x1 + 60 * ux - 30 * px), f2(y1 + 60 * uy - 30 * py), f2(x1), f2(y1)))
            continue
        k = len(es)
        d = math.hypot(x2 - x1, y2 - y1)
        px, py = -(y2 - y1) / d, (x2 - x1) / d
        for j in range(k):
            off = (j - (k - 1) / 2) * 36
            if off == 0:
                out.append('<line x1="%s" y1="%s" x2="%s" y2="%s"></line>' % (f2(x1), f2(y1), f2(x2), f2(y2)))
            else:
                out.append('<path d="M%s,%sQ%s,%s %s,%s"></path>' % (
                    f2(x1), f2(y1), f2((x1 + x2) / 2 + off * px), f2((y1 + y2) / 2 + off * py), f2(x2), f2(y2)))
    out.append('</g>\n<g fill="#69b3a2" stroke="#2f5f55" stroke-width="1.5">')
    for i in range(n):
        out.append('<circle cx="%s" cy="%s" r="14"></circle>' % (f2(pos[i][0]), f2(pos[i][1])))
    out.append('</g>\n<g font-family="sans-serif" font-size="13" text-anchor="middle" font-weight="bold">')
    for i in range(n):
        out.append('<text x="%s" y="%s" dy="0.35em">%s</text>' % (f2(pos[i][0]), f2(pos[i][1]), chr(65 + i)))
    out.append("</g>")
    with open(path, "w") as fh:
        fh.write(svg_doc([("width", "520"), ("height", "500")], "\n".join(out)))
    nodes = [{"id": "n%d" % i, "x": pos[i][0], "y": pos[i][1], "label": chr(65 + i)} for i in range(n)]
    return truth("d3-style scripted SVG (Python %s)" % V["python"], False, nodes,
                 [("n%d" % u, "n%d" % v) for u, v in edges],
                 "Multigraph: 9 nodes on a circle; parallel edges drawn as quadratic curves bowing apart "
                 "(n0-n1 x2, n2-n3 x3 with a straight middle one, n5-n8 x2), self-loops on n4 and n7 "
                 "drawn as cubic loops leaving and re-entering the node centre; edges drawn from centre "
                 "to centre under the circles; letters centred on the nodes.")


def b_flowchart(path, V):
    """Flowchart with rect / rounded-rect / diamond / parallelogram nodes and orthogonal links."""
    NODES = [  # id, label, kind, col, row
        ("start", "Start", "term", 0, 0), ("read", "Read input", "proc", 0, 1),
        ("valid", "Valid?", "dec", 0, 2), ("err", "Show error", "proc", 1, 2),
        ("log", "Log failure", "io", 2, 2), ("parse", "Parse records", "proc", 0, 3),
        ("more", "More records?", "dec", 0, 4), ("xform", "Transform", "proc", 1, 4),
        ("store", "Store record", "proc", 2, 4), ("report", "Write report", "proc", 0, 5),
        ("notify", "Send notification", "io", 0, 6), ("done", "Done", "term", 0, 7)]
    EDGES = [("start", "read", None), ("read", "valid", None), ("valid", "parse", "yes"),
             ("valid", "err", "no"), ("err", "log", None), ("log", "read", None),
             ("parse", "more", None), ("more", "xform", "yes"), ("xform", "store", None),
             ("store", "more", None), ("more", "report", "no"), ("report", "notify", None),
             ("notify", "done", None)]
    X0, DX, Y0, DY = 170, 220, 50, 95
    HALF = {"term": (60, 22), "proc": (75, 22), "dec": (75, 32), "io": (80, 22)}
    info = {}
    for nid, label, kind, c, r in NODES:
        info[nid] = (X0 + c * DX, Y0 + r * DY, kind, label)
    out = ['<defs><marker id="head" markerWidth="10" markerHeight="7" refX="10" refY="3.5" '
           'orient="auto" markerUnits="userSpaceOnUse"><polygon points="0 0, 10 3.5, 0 7" fill="#333"/>'
           '</marker></defs>', '<rect width="100%" height="100%" fill="#fafafa"/>',
           '<g transform="translate(0.5,0.5)">', '<g fill="none" stroke="#333" stroke-width="1.5">']
    labels = []
    lane = [60, 40]
    for s, t, lab in EDGES:
        sx, sy, sk, _ = info[s]
        tx, ty, tk, _ = info[t]
        shw, shh = HALF[sk]
        thw, thh = HALF[tk]
        if sx == tx and ty > sy:
            d = "M%s,%sV%s" % (sx, sy + shh, ty - thh)
            lx, ly = sx + 8, sy + shh + 14
        elif sy == ty and tx > sx:
            d = "M%s,%sH%s" % (sx + shw, sy, tx - thw)
            lx, ly = sx + shw + 8, sy - 6
        else:  # loop back to a node in column 0: round the left lane, into its left side
            x = lane.pop(0)
            ym = sy + shh + 14
            d = "M%s,%sV%sH%sV%sH%s" % (sx, sy + shh, ym, x, ty, tx - thw)
            lx = ly = None
        out.append('<path d="%s" marker-end="url(#head)"/>' % d)
        if lab:
            labels.append('<text x="%s" y="%s" font-size="11" fill="#a00">%s</text>' % (lx, ly, lab))
    out.append('</g>\n<g stroke="#1a4d80" stroke-width="1.5" fill="#dbe9f6">')
    for nid, (x, y, kind, label) in info.items():
        hw, hh = HALF[kind]
        if kind == "term":
            out.append('<rect x="%s" y="%s" width="%s" height="%s" rx="22" ry="22"/>' % (x - hw, y - hh, 2 * hw, 2 * hh))
        elif kind == "proc":
            out.append('<rect x="%s" y="%s" width="%s" height="%s"/>' % (x - hw, y - hh, 2 * hw, 2 * hh))
        elif kind == "dec":
            out.append('<polygon points="%s,%s %s,%s %s,%s %s,%s"/>' % (x, y - hh, x + hw, y, x, y + hh, x - hw, y))
        else:
            out.append('<polygon points="%s,%s %s,%s %s,%s %s,%s"/>' % (
                x - hw + 12, y - hh, x + hw, y - hh, x + hw - 12, y + hh, x - hw, y + hh))
    out.append('</g>\n<g font-family="DejaVu Sans, sans-serif" font-size="13" text-anchor="middle" fill="#111">')
    for nid, (x, y, kind, label) in info.items():
        out.append('<text x="%s" y="%s" dominant-baseline="central">%s</text>' % (x, y, esc(label)))
    out.append("</g>\n" + "\n".join(labels) + "\n</g>")
    H = Y0 + 7 * DY + 50
    with open(path, "w") as fh:
        fh.write(svg_doc([("width", "%gpt" % (730 * 0.75)), ("height", "%gpt" % (H * 0.75)),
                          ("viewBox", "0 0 730 %d" % H)], "\n".join(out)))
    nodes = [{"id": nid, "x": x + 0.5, "y": y + 0.5, "label": label} for nid, (x, y, kind, label) in info.items()]
    return truth("hand-scripted flowchart SVG (Python %s)" % V["python"], True, nodes,
                 [(s, t) for s, t, _ in EDGES],
                 "Flowchart: rounded-rect terminals, rect processes, diamond decisions (<polygon>), "
                 "parallelogram I/O; orthogonal <path> links (M..V..H..) with marker-end triangles "
                 "ending on the node borders; two loop-back links run round a left lane; yes/no link "
                 "labels; a full-size background <rect width=100%>; width/height in pt with a px viewBox.")


# ---- Graphviz

def gv_centre(o):
    """Centre of a node's drawn shape from the xdot _draw_ ops in -Tjson (2 decimals, as in the
    SVG; the "pos" attribute is rounded to 5 significant digits): the first ellipse's centre, or
    the bounding-box centre of the first polygon / Bezier outline."""
    for op in o.get("_draw_", []):
        if op["op"] in ("e", "E"):
            return op["rect"][0], op["rect"][1]
        if op["op"] in ("p", "P", "b", "B"):
            xs = [p[0] for p in op["points"]]
            ys = [p[1] for p in op["points"]]
            return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return tuple(map(float, o["pos"].split(",")))


def graphviz(path, dot_src, engine):
    gv = path[:-4] + ".gv"
    with open(gv, "w") as fh:
        fh.write(dot_src)
    js = path[:-4] + ".gvjson"
    run([engine, "-Tsvg", "-o", path, "-Tjson", "-o", js, gv])
    data = json.load(open(js))
    root = ET.parse(path).getroot()
    g0 = root.find("{%s}g" % SVGNS)
    m = re.match(r"scale\(([\d.]+) ([\d.]+)\) rotate\(0\) translate\(([-\d.]+) ([-\d.]+)\)", g0.get("transform"))
    sx, sy, tx, ty = map(float, m.groups())
    nodes = {}
    for o in data.get("objects", []):
        if "pos" in o and "nodes" not in o:
            x, y = gv_centre(o)
            nodes[o["_gvid"]] = {"id": o["name"], "x": sx * (x + tx), "y": sy * (-y + ty),
                                 "label": o.get("label", o["name"]).replace("\\N", o["name"])}
    edges = [(nodes[e["tail"]]["id"], nodes[e["head"]]["id"]) for e in data.get("edges", [])]
    for a in (gv, js):
        os.remove(a)
    return [nodes[k] for k in sorted(nodes)], edges


def b_gv_dot_labels(path, V):
    src = r'''digraph build {
  rankdir=LR; node [shape=ellipse, fontname="Helvetica", fontsize=11];
  src [label="source tree"]; cfg [label="configure"]; hdr [label="headers"];
  cc [label="compile C"]; cxx [label="compile C++"]; asm [label="assemble"];
  ar [label="archive"]; ld [label="link"]; strip [label="strip"]; test [label="unit tests"];
  docs [label="docs"]; pkg [label="package"]; sign [label="sign"]; pub [label="publish"];
  src -> cfg; cfg -> hdr; hdr -> cc; hdr -> cxx; src -> asm; cc -> ar; cxx -> ar; asm -> ar;
  ar -> ld; ld -> strip; ld -> test [label="debug"]; strip -> pkg; src -> docs; docs -> pkg;
  test -> pkg [label="pass"]; pkg -> sign; sign -> pub; cfg -> docs;
}
'''
    nodes, edges = graphviz(path, src, "dot")
    return truth("graphviz %s dot" % V["graphviz"], True, nodes, edges,
                 "dot digraph, rankdir=LR, ellipse nodes whose labels differ from their ids, two edge "
                 "labels; Graphviz y-up group transform; truth from -Tjson of the same run.")


def b_gv_neato(path, V):
    import networkx as nx
    G = nx.connected_watts_strogatz_graph(24, 4, 0.25, seed=4)
    lines = ["graph ws {", '  start=7; node [shape=circle, fixedsize=true, width=0.32, fontsize=10, '
             'style=filled, fillcolor="#ffe9b0"]; edge [color="#555555"];']
    lines += ["  %d;" % n for n in G.nodes]
    lines += ["  %d -- %d;" % e for e in G.edges]
    lines.append("}")
    nodes, edges = graphviz(path, "\n".join(lines) + "\n", "neato")
    return truth("graphviz %s neato" % V["graphviz"], False, nodes, edges,
                 "neato layout of a 24-node Watts-Strogatz graph; small filled circle nodes with "
                 "their number inside; straight edges.")


def b_gv_clusters(path, V):
    src = r'''digraph services {
  size="6,6"; compound=true; node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="Helvetica"];
  subgraph cluster_web { label="frontend"; color="#6a8caf"; web; cdn; auth_ui; }
  subgraph cluster_api { label="api tier"; color="#6aaf7a"; gateway; users; orders; billing; search; }
  subgraph cluster_data { label="storage"; color="#af6a6a"; pg [shape=cylinder]; redis; s3 [label="object store"]; es [label="elastic"]; }
  queue [shape=ellipse]; worker; mailer;
  web -> gateway; cdn -> s3; auth_ui -> gateway; gateway -> users; gateway -> orders;
  gateway -> billing; gateway -> search; users -> pg; orders -> pg; orders -> queue; billing -> pg;
  billing -> redis; search -> es; queue -> worker; worker -> s3; worker -> mailer; users -> redis;
  web -> cdn;
}
'''
    nodes, edges = graphviz(path, src, "dot")
    return truth("graphviz %s dot" % V["graphviz"], True, nodes, edges,
                 "dot digraph with three clusters (rounded cluster boxes with titles, not nodes); rounded "
                 "filled boxes, one cylinder, one ellipse; size=6,6 scales the graph group below 1.")


def b_gv_multigraph(path, V):
    src = r'''digraph multi {
  node [shape=circle, fontname="Helvetica", fontsize=12, width=0.4];
  a -> b; a -> b; a -> b; b -> a; b -> c; c -> c; c -> d; d -> d; d -> d; d -> e;
  e -> a; e -> f; f -> g; g -> h; h -> f; h -> h; b -> e; a -> c; g -> g; f -> g;
}
'''
    nodes, edges = graphviz(path, src, "dot")
    return truth("graphviz %s dot" % V["graphviz"], True, nodes, edges,
                 "Directed multigraph: a->b three times plus b->a, f->g twice; self-loops on c, h, g "
                 "and two on d; circle nodes with letters.")


# ---- networkx + matplotlib

def mpl_setup():
    import matplotlib
    matplotlib.use("svg")
    import matplotlib.pyplot as plt
    plt.rcParams["svg.fonttype"] = "none"
    plt.rcParams["svg.hashsalt"] = "reexport-corpus"
    return plt


def mpl_save(plt, fig, ax, path, pos):
    fig.savefig(path, format="svg", metadata={"Date": None})
    H = fig.get_figheight() * 72.0
    out = {}
    for n, (x, y) in pos.items():
        X, Y = ax.transData.transform((x, y))
        out[n] = (X, H - Y)
    plt.close(fig)
    return out


def b_nx_karate(path, V):
    import networkx as nx
    plt = mpl_setup()
    G = nx.karate_club_graph()
    pos = nx.spring_layout(G, seed=42)
    fig = plt.figure(figsize=(7, 6), dpi=72)
    ax = fig.add_axes([0, 0, 1, 1])
    colors = ["#e41a1c" if G.nodes[n]["club"] == "Mr. Hi" else "#377eb8" for n in G]
    nx.draw(G, pos, ax=ax, with_labels=True, node_color=colors, node_size=320, font_size=9,
            font_color="white", edge_color="#888888", width=1.0)
    xy = mpl_save(plt, fig, ax, path, pos)
    nodes = [{"id": str(n), "x": xy[n][0], "y": xy[n][1], "label": str(n)} for n in G]
    return truth("networkx %s + matplotlib %s (SVG backend, svg.fonttype=none)" % (V["networkx"], V["matplotlib"]),
                 False, nodes, list(G.edges),
                 "Zachary karate club, spring layout, circle markers as <use> of one <defs> path, "
                 "numbers as <text> centred on the nodes, clip-path on every item.")


def b_nx_digraph(path, V):
    import networkx as nx
    plt = mpl_setup()
    G = nx.gnp_random_graph(16, 0.16, seed=8, directed=True)
    pos = nx.kamada_kawai_layout(G.to_undirected())
    fig = plt.figure(figsize=(6.5, 6.5), dpi=72)
    ax = fig.add_axes([0, 0, 1, 1])
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=420, node_color="#fdd49e", edgecolors="#7f2704")
    nx.draw_networkx_labels(G, pos, ax=ax, font_size=10)
    nx.draw_networkx_edges(G, pos, ax=ax, node_size=420, arrows=True, arrowstyle="-|>",
                           arrowsize=14, connectionstyle="arc3,rad=0.12", edge_color="#444444")
    ax.set_axis_off()
    xy = mpl_save(plt, fig, ax, path, pos)
    nodes = [{"id": str(n), "x": xy[n][0], "y": xy[n][1], "label": str(n)} for n in G]
    return truth("networkx %s + matplotlib %s (SVG backend, svg.fonttype=none)" % (V["networkx"], V["matplotlib"]),
                 True, nodes, list(G.edges),
                 "16-node random digraph, kamada-kawai; curved shafts (arc3 rad=0.12, quadratic Beziers) "
                 "shortened to the node boundaries, separate filled -|> heads; bordered circle markers; "
                 "number labels as <text>.")


def b_nx_ba100(path, V):
    import networkx as nx
    plt = mpl_setup()
    G = nx.barabasi_albert_graph(100, 1, seed=13)
    G.add_edges_from([(5, 40), (12, 77), (3, 90), (60, 61)])
    pos = nx.spring_layout(G, seed=3, iterations=200)
    fig = plt.figure(figsize=(8, 8), dpi=72)
    ax = fig.add_axes([0.02, 0.02, 0.96, 0.96])
    nx.draw(G, pos, ax=ax, node_size=36, node_color="#3182bd", edge_color="#9e9e9e", width=0.8)
    xy = mpl_save(plt, fig, ax, path, pos)
    nodes = [{"id": str(n), "x": xy[n][0], "y": xy[n][1]} for n in G]
    return truth("networkx %s + matplotlib %s (SVG backend)" % (V["networkx"], V["matplotlib"]),
                 False, nodes, list(G.edges),
                 "100-node Barabasi-Albert tree plus 4 extra edges, spring layout, small unlabelled "
                 "circle markers.")


# ---- python-igraph through cairo

def igraph_plot(g, path, layout, bbox, margin, **kw):
    import igraph as ig
    from igraph.drawing.utils import BoundingBox
    ig.plot(g, path, layout=layout, bbox=bbox, margin=margin, **kw)
    lay = ig.Layout([list(c) for c in layout])
    lay.fit_into(BoundingBox(0, 0, bbox[0], bbox[1]).contract(margin), keep_aspect_ratio=False)
    return [tuple(c) for c in lay]


def b_igraph_fr(path, V):
    import igraph as ig
    random.seed(4)
    g = ig.Graph.Erdos_Renyi(n=28, m=42)
    lay = g.layout_fruchterman_reingold()
    names = ["v%d" % i for i in range(g.vcount())]
    xy = igraph_plot(g, path, lay, (600, 600), 40, vertex_label=[str(i) for i in range(g.vcount())],
                     vertex_size=22, vertex_color="#a6cee3", vertex_label_size=10, edge_color="#777777")
    nodes = [{"id": names[i], "x": xy[i][0], "y": xy[i][1], "label": str(i)} for i in range(g.vcount())]
    return truth("python-igraph %s plot() through cairo %s SVG surface" % (V["igraph"], V["cairo"]),
                 False, nodes, [(names[a], names[b]) for a, b in g.get_edgelist()],
                 "28-node Erdos-Renyi graph, Fruchterman-Reingold; circles as 4-Bezier paths, labels as "
                 "cairo glyph <symbol>/<use> centred on the vertices.")


def b_igraph_directed_multi(path, V):
    import igraph as ig
    E = [(0, 1), (0, 1), (1, 2), (2, 0), (2, 3), (3, 3), (3, 4), (4, 5), (5, 4), (5, 6), (6, 7),
         (7, 8), (8, 0), (8, 8), (6, 2), (4, 1), (7, 7), (1, 5)]
    g = ig.Graph(n=9, edges=E, directed=True)
    random.seed(2)
    lay = g.layout_kamada_kawai()
    names = [chr(97 + i) for i in range(9)]
    shapes = ["circle", "square", "circle", "circle", "square", "circle", "circle", "square", "circle"]
    xy = igraph_plot(g, path, lay, (520, 480), 60, vertex_label=names, vertex_shape=shapes,
                     vertex_size=28, vertex_color="#fdbf6f", vertex_label_size=13, edge_arrow_size=1.0,
                     edge_color="#333333")
    nodes = [{"id": names[i], "x": xy[i][0], "y": xy[i][1], "label": names[i]} for i in range(9)]
    return truth("python-igraph %s plot() through cairo %s SVG surface" % (V["igraph"], V["cairo"]),
                 True, nodes, [(names[a], names[b]) for a, b in E],
                 "Directed multigraph (a->b twice, e<->f), self-loops on d, h, i drawn as unfilled circles "
                 "through the vertex centre; circles and squares; curved (autocurve) multi-edges; "
                 "filled triangle arrowheads as separate paths.")


BASES = [
    ("d3-lesmis", b_d3_lesmis),
    ("d3-directed-arrows", b_d3_directed_arrows),
    ("d3-tree-groups", b_d3_tree_groups),
    ("d3-multigraph-loops", b_d3_multigraph),
    ("flowchart-rects", b_flowchart),
    ("gv-dot-labels", b_gv_dot_labels),
    ("gv-neato", b_gv_neato),
    ("gv-dot-clusters", b_gv_clusters),
    ("gv-multigraph-loops", b_gv_multigraph),
    ("nx-karate-labels", b_nx_karate),
    ("nx-digraph-arrows", b_nx_digraph),
    ("nx-ba-100", b_nx_ba100),
    ("igraph-fr-labels", b_igraph_fr),
    ("igraph-directed-multi", b_igraph_directed_multi),
]


# --------------------------------------------------------------------------- geometry

def parse_len(s):
    m = re.match(r"\s*([-+\d.eE]+)\s*([a-z%]*)\s*$", s or "")
    if not m or m.group(2) == "%":
        return None
    return float(m.group(1)) * PX_PER_UNIT[m.group(2)]


def viewport_map(svg_path):
    """The base root's user space -> viewport (CSS px, 96 dpi) mapping, as an SVG renderer
    (librsvg, cairosvg, Inkscape's PDF export) applies it: viewBox + preserveAspectRatio
    (default xMidYMid meet).  Returns (a, d, e, f): X = a*x + e, Y = d*y + f; and (W, H) px."""
    root = ET.parse(svg_path).getroot()
    vb = root.get("viewBox")
    W, H = parse_len(root.get("width")), parse_len(root.get("height"))
    if vb is None:
        return (1.0, 1.0, 0.0, 0.0), (W, H)
    vx, vy, vw, vh = map(float, re.split(r"[\s,]+", vb.strip()))
    W = vw if W is None else W
    H = vh if H is None else H
    par = (root.get("preserveAspectRatio") or "xMidYMid meet").split()
    sx, sy = W / vw, H / vh
    if par[0] != "none":
        s = max(sx, sy) if (len(par) > 1 and par[1] == "slice") else min(sx, sy)
        sx = sy = s
        al = par[0]
        ex = {"xMin": 0, "xMid": 0.5, "xMax": 1}[al[:4]] * (W - vw * s)
        ey = {"YMin": 0, "YMid": 0.5, "YMax": 1}[al[4:]] * (H - vh * s)
    else:
        ex = ey = 0.0
    return (sx, sy, ex - vx * sx, ey - vy * sy), (W, H)


def in_viewport(base, base_svg):
    """The base truth without the nodes whose centres lie outside the viewport (and their
    edges): the converters draw only what the viewport shows."""
    (a, d, e, f), (W, H) = viewport_map(base_svg)
    if W is None or H is None:
        return base
    out = [n["id"] for n in base["nodes"]
           if not (0 <= a * n["x"] + e <= W and 0 <= d * n["y"] + f <= H)]
    if not out:
        return base
    t = json.loads(json.dumps(base))
    gone = set(out)
    t["nodes"] = [n for n in t["nodes"] if n["id"] not in gone]
    t["edges"] = [x for x in t["edges"] if x[0] not in gone and x[1] not in gone]
    t["notes"] = t["notes"].rstrip(".") + ". Outside the viewport, so not drawn once converted: " + \
        ", ".join(out) + "."
    return t


def map_truth(base, a, d, e, f, generator, notes_extra):
    t = json.loads(json.dumps(base))
    for n in t["nodes"]:
        n["x"] = rnd(a * n["x"] + e)
        n["y"] = rnd(d * n["y"] + f)
    t["generator"] = generator
    t["notes"] = t["notes"].rstrip(".") + ". " + notes_extra
    return t


TR_RE = re.compile(r"(matrix|translate|scale|rotate)\s*\(([^)]*)\)")


def parse_transform(s):
    """SVG transform list -> (a b c d e f)."""
    M = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for name, args in TR_RE.findall(s or ""):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "matrix":
            T = tuple(v)
        elif name == "translate":
            T = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale":
            T = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        else:
            r = math.radians(v[0])
            T = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
            if len(v) == 3:
                T = mat_mul(mat_mul((1, 0, 0, 1, v[1], v[2]), T), (1, 0, 0, 1, -v[1], -v[2]))
        M = mat_mul(M, T)
    return M


def mat_mul(A, B):
    a1, b1, c1, d1, e1, f1 = A
    a2, b2, c2, d2, e2, f2_ = B
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2_ + e1, b1 * e2 + d1 * f2_ + f1)


def mat_inv(M):
    a, b, c, d, e, f = M
    det = a * d - b * c
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def first_group_transform(path):
    root = ET.parse(path).getroot()
    for ch in root:
        if ch.tag == "{%s}g" % SVGNS:
            return parse_transform(ch.get("transform"))
    raise RuntimeError("no top-level <g> in " + path)


# --------------------------------------------------------------------------- chains

PDF_VIA = {  # which PDF producer each base drawing goes through (default rsvg-convert)
    "d3-tree-groups": "inkscape", "gv-dot-clusters": "inkscape", "nx-karate-labels": "inkscape",
    "d3-multigraph-loops": "cairosvg", "gv-neato": "cairosvg", "igraph-fr-labels": "cairosvg",
}
INK_MODE = {  # which Inkscape export each base drawing gets (default: plain + text-to-path)
    "d3-directed-arrows": "object-to-path", "gv-dot-clusters": "object-to-path",
    "nx-digraph-arrows": "object-to-path", "igraph-directed-multi": "object-to-path",
    "d3-tree-groups": "area-drawing", "d3-multigraph-loops": "area-drawing",
    "d3-lesmis": "area-drawing", "gv-multigraph-loops": "area-drawing",
}


def chain_cairo(name, base_svg, base_truth, out_dir, V):
    out = os.path.join(out_dir, name + ".svg")
    with open(out, "w") as fh:
        fh.write(run(["rsvg-convert", "-f", "svg", base_svg]))
    (a, d, e, f), _ = viewport_map(base_svg)
    return map_truth(in_viewport(base_truth, base_svg), a, d, e, f,
                     "rsvg-convert %s -f svg (cairo %s SVG surface) of: %s" % (V["rsvg"], V["cairo"], base_truth["generator"]),
                     "Re-exported with `rsvg-convert -f svg`: every shape is a cairo <path> (circles as "
                     "4 Beziers, text as glyph outlines), coordinates in the base viewport's px "
                     "(viewBox mapping x%.6g%+.6g, y%.6g%+.6g applied by the converter)." % (a, e, d, f))


def chain_pdf(name, base_svg, base_truth, out_dir, work, V):
    via = PDF_VIA.get(name, "rsvg")
    pdf = os.path.join(work, "pdf", name + ".pdf")
    os.makedirs(os.path.dirname(pdf), exist_ok=True)
    if via == "rsvg":
        with open(pdf, "wb") as fh:
            fh.write(subprocess.run(["rsvg-convert", "-f", "pdf", base_svg], check=True,
                                    stdout=subprocess.PIPE).stdout)
        prod = "rsvg-convert %s -f pdf" % V["rsvg"]
    elif via == "inkscape":
        run(["inkscape", base_svg, "--export-type=pdf", "--export-filename=" + pdf])
        prod = "inkscape %s --export-type=pdf" % V["inkscape"]
    else:
        import cairosvg
        cairosvg.svg2pdf(url=base_svg, write_to=pdf)
        prod = "cairosvg %s svg2pdf" % V["cairosvg"]
    out = os.path.join(out_dir, name + ".svg")
    run(["pdftocairo", "-svg", pdf, out])
    (a, d, e, f), (Wpx, Hpx) = viewport_map(base_svg)
    # 1. the PDF producer makes the page the base viewport in pt (px * 72/96), y down after
    #    pdftocairo's flip
    k = 72.0 / 96.0
    Wp, Hp = pdf_page_size(pdf)
    if Wpx is None or Hpx is None:
        # (No viewport of its own, as `width="100%"` without a viewBox: the
        # producer sizes the page to the drawing, in user units.)
        Wpx, Hpx = Wp / k, Hp / k
    if abs(Wp - Wpx * k) > 0.01 or abs(Hp - Hpx * k) > 0.01:
        raise RuntimeError("%s: PDF page %gx%g pt is not the viewport %gx%g px" % (name, Wp, Hp, Wpx, Hpx))
    # 2. pdftocairo (printing mode, -paper match) treats the page as ceil(W) x ceil(H) points
    #    (getCropSize) and fits that into the real page size (getFitToPageTransform): shrink by
    #    s = min(W/ceil(W), H/ceil(H)) and centre.
    cw, ch = math.ceil(Wp), math.ceil(Hp)
    s = min(Wp / cw, Hp / ch, 1.0)
    tx, ty = (Wp - cw * s) / 2, (Hp - ch * s) / 2
    A, D, E, F = a * k * s, d * k * s, e * k * s + tx, f * k * s + ty
    fit = "" if s == 1.0 else (" pdftocairo then shrinks the %gx%g pt page, taken as %dx%d, by %.6g "
                               "and centres it." % (Wp, Hp, cw, ch, s))
    return map_truth(in_viewport(base_truth, base_svg), A, D, E, F,
                     "%s, then pdftocairo %s -svg (cairo %s) of: %s" % (prod, V["poppler"], V["cairo"], base_truth["generator"]),
                     "Re-exported through PDF (%s, then `pdftocairo -svg`): circles are Beziers, fills "
                     "and strokes separate paths, text is glyph <symbol>s placed by <use>; coordinates in "
                     "pt = the base viewport's px x 0.75.%s Mapping x%.6g%+.6g, y%.6g%+.6g." % (prod, fit, A, E, D, F))


def pdf_page_size(pdf):
    data = open(pdf, "rb").read()
    m = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", data)
    x0, y0, x1, y1 = map(float, m.groups())
    return x1 - x0, y1 - y0


def chain_inkscape(name, base_svg, base_truth, out_dir, V):
    mode = INK_MODE.get(name, "plain")
    out = os.path.join(out_dir, name + ".svg")
    if mode == "plain":
        run(["inkscape", base_svg, "--export-plain-svg", "--export-text-to-path", "--export-filename=" + out])
        how = "inkscape %s --export-plain-svg --export-text-to-path" % V["inkscape"]
    elif mode == "object-to-path":
        run(["inkscape", base_svg, "--actions=select-all:all;object-to-path", "--export-type=svg",
             "--export-filename=" + out])
        how = 'inkscape %s --actions="select-all:all;object-to-path" --export-type=svg' % V["inkscape"]
    else:
        run(["inkscape", base_svg, "--export-type=svg", "--export-text-to-path", "--export-area-drawing",
             "--export-filename=" + out])
        how = "inkscape %s --export-type=svg --export-text-to-path --export-area-drawing" % V["inkscape"]
    # Inkscape keeps the root user space; with --export-area-drawing it moves the content by a
    # translation prepended to each top-level element's transform (and shrinks the viewBox).
    M = mat_mul(first_group_transform(out), mat_inv(first_group_transform(base_svg)))
    if abs(M[0] - 1) > 1e-9 or abs(M[3] - 1) > 1e-9 or abs(M[1]) > 1e-9 or abs(M[2]) > 1e-9:
        raise RuntimeError("unexpected Inkscape transform %r in %s" % (M, out))
    e, f = M[4], M[5]
    if mode != "area-drawing" and (abs(e) > 1e-9 or abs(f) > 1e-9):
        raise RuntimeError("unexpected translation in " + out)
    extra = {"plain": "text converted to paths (and, in Inkscape 1.2, circles/rects/lines to <path>s); "
                      "same root user space",
             "object-to-path": "every object converted to <path> (Inkscape SVG with sodipodi/inkscape "
                               "namespaces); same root user space",
             "area-drawing": "text to paths, page fitted to the drawing: Inkscape shrinks the viewBox and "
                             "prepends translate(%.6g,%.6g) to each top-level element" % (e, f)}[mode]
    return map_truth(base_truth, 1, 1, e, f, "%s of: %s" % (how, base_truth["generator"]),
                     "Re-exported with `%s`: %s." % (how, extra))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chain", default="all", choices=["all", "cairo", "pdf", "inkscape"])
    ap.add_argument("--work", default="/tmp/reexport-work")
    ap.add_argument("--base-only", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("HOME", args.work)
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    V = versions()
    base_dir = os.path.join(args.work, "base")
    if os.path.isdir(base_dir):
        shutil.rmtree(base_dir)
    os.makedirs(base_dir)
    bases = []
    for name, fn in BASES:
        p = os.path.join(base_dir, name + ".svg")
        t = fn(p, V)
        write_json(os.path.join(base_dir, name + ".truth.json"), t)
        bases.append((name, p, t))
        print("base", name, len(t["nodes"]), "nodes", len(t["edges"]), "edges")
    if args.base_only:
        return
    chains = ["cairo", "pdf", "inkscape"] if args.chain == "all" else [args.chain]
    for ch in chains:
        d = CHAIN_DIRS[ch]
        os.makedirs(d, exist_ok=True)
        for name, p, t in bases:
            if ch == "cairo":
                tt = chain_cairo(name, p, t, d, V)
            elif ch == "pdf":
                tt = chain_pdf(name, p, t, d, args.work, V)
            else:
                tt = chain_inkscape(name, p, t, d, V)
            write_json(os.path.join(d, name + ".truth.json"), tt)
            print(ch, name)


if __name__ == "__main__":
    main()
