#!/usr/bin/env python3
"""Regenerate the tex-diagrams corpus: graph drawings made with TeX packages
(tikz-cd, tikz-network, tkz-graph, TikZ's graph drawing library under LuaLaTeX)
and turned into SVG two ways:

  * pdftocairo: pdflatex/lualatex -> PDF -> `pdftocairo -svg` (poppler; glyphs
    are <symbol>s placed with <use>, every stroke carries its own matrix)
  * dvisvgm:    latex/dvilualatex -> DVI -> `dvisvgm --no-fonts` (glyph paths
    in <defs> placed with <use>) or `dvisvgm` (SVG <font> + <text>)

Truth positions come from pgf: each picture ends with \\dumpnodes{...}, which
writes, with transformations reset, every node's \\pgfpointanchor{N}{center}
(canvas coordinates, TeX pt), its west/south/east/north anchors, and the
picture's final bounding box, to NAME.nodes. standalone puts the picture at
`border` from the page corner, so (k = 65292/65536, pgf's pt->bp factor; K_DVI =
72/72.27 for the box placement):

  PDF page (bp, y up):  px = (border - minx) * K_DVI + x * k
                        py = (border - miny) * K_DVI + y * k
  pdftocairo -svg -noshrink -nocenter draws the page 1:1:  X = px, Y = H - py
  (H = page height, the SVG's viewBox height).  Plain `pdftocairo -svg` (what
  the drawings use) fits the page into a paper size of its own and so scales
  the whole page by about 0.984 and shifts it: the script converts each PDF
  both ways and takes that page map P from the two SVGs (every stroke's
  matrix in the plain SVG is P times the same stroke's matrix in the 1:1 SVG;
  the script checks P is the same for all of them) and applies it.
  DVI + dvisvgm: dvisvgm puts the DVI reference point (1in, 1in) at (0, 0):
                        X = -72 + (border - minx) * K_DVI + x * k
                        Y = -72 + (border + maxy) * K_DVI - y * k

Check: bboxes.mjs has Chromium measure every drawn element in root user
space. For nodes with a drawn outline the script asserts an element whose box
matches the node's pgf box (size within 1.5 units) is centred within 0.02 of
the truth; for text-only nodes (tikz-cd objects) it asserts the glyphs inside
the node's pgf box are all inside it (mapped to SVG space) and reports their
centre's distance from the truth.

Run:  python3 generate.py   (Debian texlive-pictures texlive-latex-extra
      texlive-luatex dvisvgm poppler-utils; NPMDIR with puppeteer, see README)
"""
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/tex-diagrams-work"
NPMDIR = os.environ.get("NPMDIR", "/tmp/npm-y")
K_DVI = 72 / 72.27
K_PGF = 65292 / 65536

PREAMBLE = r"""\documentclass[tikz,border=%(border)spt]{standalone}
%(packages)s
\makeatletter
\newwrite\nodeout
\immediate\openout\nodeout=\jobname.nodes
\newcommand\dumpnodes[1]{%%
  {\pgftransformreset
   \pgfpointanchor{current bounding box}{south west}\pgfgetlastxy{\bx}{\by}%%
   \pgfpointanchor{current bounding box}{north east}\pgfgetlastxy{\ex}{\ey}%%
   \immediate\write\nodeout{bbox \bx\space\by\space\ex\space\ey}%%
   \foreach \n in {#1} {%%
     \pgfpointanchor{\n}{center}\pgfgetlastxy{\nx}{\ny}%%
     \pgfpointanchor{\n}{west}\pgfgetlastxy{\sx}{\wy}%%
     \pgfpointanchor{\n}{south}\pgfgetlastxy{\sz}{\sy}%%
     \pgfpointanchor{\n}{east}\pgfgetlastxy{\tx}{\ey}%%
     \pgfpointanchor{\n}{north}\pgfgetlastxy{\tz}{\ty}%%
     \immediate\write\nodeout{node \n\space\nx\space\ny\space\sx\space\sy\space\tx\space\ty}%%
   }}%%
}
\makeatother
\begin{document}
%(body)s
\end{document}
"""


def run(cmd, cwd):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-3000:] + r.stderr[-3000:])
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def first_line(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    return (r.stdout + r.stderr).strip().splitlines()[0]


PDFTOCAIRO = first_line(["pdftocairo", "-v"])
DVISVGM = first_line(["dvisvgm", "--version"])
PGF = re.search(r"\\def\\pgfrevision\{([^}]*)\}", open(subprocess.run(
    ["kpsewhich", "pgf.revision.tex"], capture_output=True, text=True).stdout.strip()).read()).group(1)
TEXLIVE = re.search(r"\((TeX Live [^)]*)\)", first_line(["pdftex", "--version"])).group(1)


def pt(s):
    assert s.endswith("pt"), s
    return float(s[:-2])


MATRIX = re.compile(r'transform="matrix\(([^)]*)\)"')


def matrices(svg_text):
    return [tuple(float(v) for v in m.split(",")) for m in MATRIX.findall(svg_text)]


def page_map(plain, one_to_one):
    """P with plain_i = P * one_i for every stroke matrix (affine 2x3)."""
    A, B = matrices(plain), matrices(one_to_one)
    assert len(A) == len(B) and A, (len(A), len(B))
    best = None
    for a, b in zip(A, B):
        if abs(b[0] * b[3] - b[1] * b[2]) > 1e-6:
            # P = a * inverse(b)
            ba, bb, bc, bd, be, bf = b
            det = ba * bd - bb * bc
            ia, ib, ic, id_ = bd / det, -bb / det, -bc / det, ba / det
            ie, if_ = -(ia * be + ic * bf), -(ib * be + id_ * bf)
            aa, ab, ac, ad, ae, af = a
            best = (aa * ia + ac * ib, ab * ia + ad * ib, aa * ic + ac * id_, ab * ic + ad * id_,
                    aa * ie + ac * if_ + ae, ab * ie + ad * if_ + af)
            break
    worst = 0.0
    for a, b in zip(A, B):  # P * b must equal a
        pa, pb, pc, pd, pe, pf = best
        ba, bb, bc, bd, be, bf = b
        c = (pa * ba + pc * bb, pb * ba + pd * bb, pa * bc + pc * bd, pb * bc + pd * bd,
             pa * be + pc * bf + pe, pb * be + pd * bf + pf)
        worst = max(worst, max(abs(u - v) for u, v in zip(c, a)))
    assert worst < 2e-4, worst
    return best


def apply(P, x, y):
    a, b, c, d, e, f = P
    return a * x + c * y + e, b * x + d * y + f


DRAWINGS = []


def build(name, body, ids, edges, directed, notes, route, engine="pdflatex", border=5,
          labels=None, packages="", shaped=True, fonts=False):
    os.makedirs(BUILD, exist_ok=True)
    tex = PREAMBLE % {"border": border, "packages": packages,
                      "body": body.replace("\\dumpnodes{}", "\\dumpnodes{%s}" % ",".join(ids))}
    with open(os.path.join(BUILD, name + ".tex"), "w") as f:
        f.write(tex)
    svg = os.path.join(BUILD, name + ".svg")
    if route == "pdftocairo":
        run([engine, "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], BUILD)
        run(["pdftocairo", "-svg", name + ".pdf", name + ".svg"], BUILD)
        run(["pdftocairo", "-svg", "-noshrink", "-nocenter", name + ".pdf", name + ".1to1.svg"], BUILD)
        prog = "%s + pdftocairo -svg (%s)" % (engine, PDFTOCAIRO)
    else:
        eng = {"pdflatex": "latex", "lualatex": "dvilualatex"}[engine]
        run([eng, "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], BUILD)
        run(["dvisvgm"] + ([] if fonts else ["--no-fonts"]) + ["-o", name + ".svg", name + ".dvi"], BUILD)
        prog = "%s + %s%s" % (eng, DVISVGM, "" if fonts else " --no-fonts")
    text = open(svg).read()
    pos, box = {}, {}
    bbox = None
    for line in open(os.path.join(BUILD, name + ".nodes")):
        p = line.split()
        if p[0] == "bbox":
            bbox = [pt(v) for v in p[1:]]
        else:
            v = [pt(s) for s in p[2:]]
            pos[p[1]] = (v[0], v[1])
            box[p[1]] = v[2:]
    assert set(pos) == set(ids), set(pos) ^ set(ids)
    minx, miny, maxx, maxy = bbox
    vb = [float(v) for v in re.search(r"viewBox=[\"']([^\"']*)", text).group(1).replace(",", " ").split()]

    if route == "pdftocairo":
        W, H = vb[2], vb[3]
        # the page is the picture plus the border on every side
        assert abs(W - ((maxx - minx) + 2 * border) * K_DVI) < 0.01, (W, bbox)
        P = page_map(text, open(os.path.join(BUILD, name + ".1to1.svg")).read())

        def to_svg(x, y):
            px = (border - minx) * K_DVI + x * K_PGF
            py = (border - miny) * K_DVI + y * K_PGF
            return apply(P, px, H - py)
    else:
        # dvisvgm's viewBox is the tight box of what is drawn (--bbox=min), not the page
        def to_svg(x, y):
            return (-72 + (border - minx) * K_DVI + x * K_PGF,
                    -72 + (border + maxy) * K_DVI - y * K_PGF)
    nodes = []
    for i in ids:
        X, Y = to_svg(*pos[i])
        d = {"id": i, "x": round(X, 4), "y": round(Y, 4)}
        if labels and labels.get(i):
            d["label"] = labels[i]
        nodes.append(d)
    idset = set(ids)
    for e in edges:
        assert e[0] in idset and e[1] in idset, e
    multi = len(set(map(tuple, edges))) != len(edges)
    truth = {"generator": "TikZ/pgf %s (%s), %s" % (PGF, TEXLIVE, prog), "directed": directed,
             "nodes": nodes, "edges": [list(e) for e in edges],
             "notes": notes + ("; multigraph" if multi and "multigraph" not in notes else "")}
    shutil.copy(svg, os.path.join(HERE, name + ".svg"))
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    DRAWINGS.append(dict(name=name, shaped=shaped, nodes=nodes,
                         boxes={i: (to_svg(box[i][0], box[i][1]), to_svg(box[i][2], box[i][3]))
                                for i in ids}))


def check():
    files = [os.path.join(HERE, d["name"] + ".svg") for d in DRAWINGS]
    out = subprocess.run(["node", os.path.join(HERE, "bboxes.mjs")] + files, check=True,
                         capture_output=True, text=True, env=dict(os.environ, NPMDIR=NPMDIR)).stdout
    els = {}
    for line in out.splitlines():
        j = json.loads(line)
        els[j["file"]] = j["els"]
    for d, f in zip(DRAWINGS, files):
        worst = 0.0
        for n in d["nodes"]:
            (ax, ay), (bx, by) = d["boxes"][n["id"]]
            x0, x1, y0, y1 = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
            if d["shaped"]:
                best = None
                for tag, ex0, ey0, ex1, ey1, glyph in els[f]:
                    if glyph or abs((ex1 - ex0) - (x1 - x0)) > 1.5 or abs((ey1 - ey0) - (y1 - y0)) > 1.5:
                        continue
                    dist = math.hypot((ex0 + ex1) / 2 - n["x"], (ey0 + ey1) / 2 - n["y"])
                    best = dist if best is None else min(best, dist)
                assert best is not None and best < 0.02, (d["name"], n, best)
            else:
                gs = [e for e in els[f] if e[5] and x0 - 0.5 <= (e[1] + e[3]) / 2 <= x1 + 0.5
                      and y0 - 0.5 <= (e[2] + e[4]) / 2 <= y1 + 0.5]
                assert gs, (d["name"], n)
                gx0, gy0 = min(e[1] for e in gs), min(e[2] for e in gs)
                gx1, gy1 = max(e[3] for e in gs), max(e[4] for e in gs)
                assert x0 - 0.5 <= gx0 and gx1 <= x1 + 0.5 and y0 - 0.5 <= gy0 and gy1 <= y1 + 0.5, (d["name"], n)
                best = math.hypot((gx0 + gx1) / 2 - n["x"], (gy0 + gy1) / 2 - n["y"])
            worst = max(worst, best)
        print("%-26s %4d nodes %7d bytes  %s %.4f" % (
            d["name"], len(d["nodes"]), os.path.getsize(f),
            "outline centre - truth <=" if d["shaped"] else "glyph-ink centre - truth <=", worst))


def rng(seed):
    return random.Random(seed)


# ------------------------------------------------------------------ tikz-cd
def tikzcd_square():
    body = r"""\begin{tikzcd}[row sep=large, column sep=large, execute at end picture={\dumpnodes{}}]
|[alias=A]| A \arrow[r, "f"] \arrow[d, "g"'] \arrow[dr, dashed, "u" description]
  & |[alias=B]| B \arrow[d, "h"] \arrow[r, hook, "i"] & |[alias=E]| E \\
|[alias=C]| C \arrow[r, "k"'] & |[alias=D]| D \arrow[ur, two heads, "p"'] \arrow[loop right, "\iota"]
\end{tikzcd}"""
    ids = ["A", "B", "E", "C", "D"]
    edges = [("A", "B"), ("A", "C"), ("A", "D"), ("B", "D"), ("B", "E"), ("C", "D"), ("D", "E"),
             ("D", "D")]
    build("tikzcd-square", body, ids, edges, True,
          "tikz-cd commutative square with a hooked arrow, a two-headed arrow, a dashed diagonal "
          "with a `description` label on it, labels on both sides of arrows (math glyphs), a "
          "`loop right` on D. Objects are text only: the truth is each cell node's centre anchor",
          "pdftocairo", packages=r"\usepackage{tikz-cd}", labels={i: i for i in ids}, shaped=False)


def tikzcd_snake():
    # a 3x4 diagram with repeated objects ("0") and curved/parallel arrows
    body = r"""\begin{tikzcd}[execute at end picture={\dumpnodes{}}]
 & |[alias=a1]| A' \arrow[r, "f'"] \arrow[d, "\alpha"] & |[alias=b1]| B' \arrow[r, "g'"] \arrow[d, "\beta"]
   & |[alias=c1]| C' \arrow[r] \arrow[d, "\gamma"] & |[alias=z1]| 0 \\
|[alias=z0]| 0 \arrow[r] & |[alias=a2]| A \arrow[r, "f"] & |[alias=b2]| B \arrow[r, "g"] \arrow[r, bend right, "s"']
   & |[alias=c2]| C \\
 & |[alias=k]| \ker\alpha \arrow[u, hook] & & |[alias=q]| \mathrm{coker}\,\gamma \arrow[from=2-4, two heads]
   \arrow[from=k, to=q, crossing over, bend right=20, dashed, "\delta"']
\end{tikzcd}"""
    ids = ["a1", "b1", "c1", "z1", "z0", "a2", "b2", "c2", "k", "q"]
    labels = {"a1": "A'", "b1": "B'", "c1": "C'", "z1": "0", "z0": "0", "a2": "A", "b2": "B",
              "c2": "C", "k": "ker α", "q": "coker γ"}
    edges = [("a1", "b1"), ("a1", "a2"), ("b1", "c1"), ("b1", "b2"), ("c1", "z1"), ("c1", "c2"),
             ("z0", "a2"), ("a2", "b2"), ("b2", "c2"), ("b2", "c2"), ("k", "a2"), ("c2", "q"),
             ("k", "q")]
    build("tikzcd-snake-dvisvgm", body, ids, edges, True,
          "tikz-cd snake-lemma-like diagram: two objects drawn as the same glyph 0, parallel B->C "
          "arrows (straight and `bend right`), a hooked and a two-headed arrow, a long dashed "
          "curved connecting arrow; empty cells; text-only objects (truth = cell node centres); "
          "multigraph", "dvisvgm", engine="pdflatex", packages=r"\usepackage{tikz-cd}",
          labels=labels, shaped=False)


# ------------------------------------------------------------- tikz-network
def tikz_network_labels():
    pos = {"a": (0, 0), "b": (3, 0), "c": (1.5, 2.2), "d": (4.5, 2.2), "e": (6, 0), "f": (6, 3.5),
           "g": (0, 3.5), "h": (3, 4.2), "i": (8, 1.5), "j": (8, 4.5)}
    style = {"a": "color=red", "b": "shape=rectangle,color=blue!30", "c": "color=green!50,size=0.8",
             "d": "shape=diamond,size=0.7", "e": "color=orange,opacity=0.6", "f": "size=0.4",
             "g": "shape=rectangle,size=0.5", "h": "color=yellow", "i": "", "j": "color=gray!40"}
    lines = []
    for v, (x, y) in pos.items():
        lines.append(r"\Vertex[x=%g,y=%g,label=%s,%s]{%s}" % (x, y, v.upper(), style[v], v))
    E = [("a", "b", "Direct,label=1"), ("b", "a", "Direct,bend=30"), ("a", "c", "Direct"),
         ("c", "b", "Direct,lw=2,color=gray"), ("b", "d", "Direct,label=x,position=above"),
         ("d", "e", "Direct,style=dashed"), ("e", "b", "Direct,bend=-25"), ("c", "g", "Direct"),
         ("g", "h", "Direct"), ("h", "d", "Direct"), ("d", "f", "Direct,color=red"),
         ("e", "e", "Direct,loopposition=-90,loopsize=1cm"), ("f", "f", "Direct,loopsize=1cm")]
    for a, b, opt in E:
        lines.append(r"\Edge[%s](%s)(%s)" % (opt, a, b))
    body = "\\begin{tikzpicture}\n" + "\n".join(lines) + "\n\\dumpnodes{}\n\\end{tikzpicture}"
    ids = list(pos)
    build("tikz-network-labels", body, ids, [(a, b) for a, b, _ in E], True,
          "tikz-network \\Vertex/\\Edge: filled circles, rectangles and a diamond of several sizes, "
          "a semi-transparent vertex, labels inside, directed edges with arrowheads, a reciprocal "
          "bent pair, edge labels, dashed and thick edges, two self-loops (one below E), two "
          "isolated vertices (i, j)", "dvisvgm", packages=r"\usepackage{tikz-network}",
          labels={v: v.upper() for v in ids}, fonts=True)


def tikz_network_60():
    r = rng(60)
    n = 60
    pts = [(round(r.uniform(0, 14), 2), round(r.uniform(0, 9), 2)) for _ in range(n)]
    edges = []
    for i in range(n):
        for j in range(i + 1, n):
            if math.dist(pts[i], pts[j]) < 1.9:
                edges.append(("v%d" % i, "v%d" % j))
    lines = [r"\Vertex[x=%g,y=%g,size=0.25,color=black!60,NoLabel]{v%d}" % (x, y, i)
             for i, (x, y) in enumerate(pts)]
    lines += [r"\Edge[lw=0.4](%s)(%s)" % e for e in edges]
    body = "\\begin{tikzpicture}\n" + "\n".join(lines) + "\n\\dumpnodes{}\n\\end{tikzpicture}"
    build("tikz-network-geometric-60", body, ["v%d" % i for i in range(n)], edges, False,
          "tikz-network random geometric graph (seeded positions given by the script, radius "
          "1.9 cm), small unlabelled grey vertices, undirected thin edges; vertices of degree 0",
          "pdftocairo", packages=r"\usepackage{tikz-network}")


# ---------------------------------------------------------------- tkz-graph
def tkz_graph():
    body = r"""\begin{tikzpicture}
\GraphInit[vstyle=Normal]
\SetGraphUnit{2.5}
\tikzset{EdgeStyle/.style={->, >=stealth, thick}}
\Vertex{S}
\EA(S){T} \EA(T){U}
\SO(S){V} \SO(T){W} \SO(U){X}
\NOEA(U){Y}
\Edge[label=3](S)(T)
\Edge[label=5](T)(U)
\Edge(S)(V)
\Edge(V)(W)
\Edge[label=2](W)(T)
\Edge(W)(X)
\Edge(X)(U)
\Edge(U)(Y)
\tikzset{EdgeStyle/.style={->, >=stealth, thick, bend left}}
\Edge(T)(S)
\Loop[dist=1.6cm,dir=SO,label=$\ell$](X)
\dumpnodes{}
\end{tikzpicture}"""
    ids = ["S", "T", "U", "V", "W", "X", "Y"]
    edges = [("S", "T"), ("T", "U"), ("S", "V"), ("V", "W"), ("W", "T"), ("W", "X"), ("X", "U"),
             ("U", "Y"), ("T", "S"), ("X", "X")]
    build("tkz-graph-grid", body, ids, edges, True,
          "tkz-graph \\Vertex / \\EA / \\SO / \\NOEA placement, vstyle=Normal circles with "
          "letters, labelled edges (white label boxes over the edge), stealth heads, a bent "
          "T->S reciprocal of S->T, a labelled \\Loop below X", "pdftocairo",
          packages=r"\usepackage{tkz-graph}", labels={i: i for i in ids})


# ------------------------------------------------------- graph drawing (Lua)
GD = r"""\usetikzlibrary{graphs,graphdrawing,arrows.meta,shapes.geometric}
\usegdlibrary{layered,force,trees,circular}"""


def gd_layered():
    r = rng(22)
    n = 22
    edges = []
    for i in range(1, n):
        edges.append((r.randrange(max(0, i - 5), i), i))
    while len(edges) < 30:
        a, b = sorted(r.sample(range(n), 2))
        if (a, b) not in edges:
            edges.append((a, b))
    names = ["m%d" % i for i in range(n)]
    shapes = ["circle", "rectangle", "ellipse", "rounded corners"]
    decl = ", ".join("%s/$%d$[%s]" % (names[i], i, shapes[i % 4] if i % 4 != 3 else "rectangle, rounded corners")
                     for i in range(n))
    body = (r"\begin{tikzpicture}" "\n"
            r"\graph[layered layout, level distance=1.3cm, sibling distance=1.1cm, "
            r"nodes={draw, fill=blue!10, minimum size=6mm}, edges={-{Stealth}}]{" "\n"
            + decl + ";\n"
            + ";\n".join("%s -> %s" % (names[a], names[b]) for a, b in edges) + ";\n};\n"
            r"\dumpnodes{}" "\n" r"\end{tikzpicture}")
    build("gd-layered-22", body, names, [(names[a], names[b]) for a, b in edges], True,
          "LuaLaTeX graph drawing `layered layout` (Sugiyama) of a seeded random DAG: circles, "
          "rectangles, ellipses and rounded rectangles with math number labels, -{Stealth} heads, "
          "long edges bent by the layout", "pdftocairo", engine="lualatex", packages=GD,
          labels={names[i]: str(i) for i in range(n)})


def gd_spring():
    r = rng(35)
    n = 36
    edges = set()
    for i in range(1, n - 2):
        edges.add((r.randrange(i), i))
    while len(edges) < 44:
        a, b = sorted(r.sample(range(n - 2), 2))
        edges.add((a, b))
    edges = sorted(edges)
    names = ["s%d" % i for i in range(n)]
    body = (r"\begin{tikzpicture}" "\n"
            r"\graph[spring layout, random seed=7, node distance=1.2cm, "
            r"nodes={circle, draw, fill=orange!40, inner sep=0pt, minimum size=4mm, as=}]{" "\n"
            + ", ".join(names) + ";\n"
            + ";\n".join("%s -- %s" % (names[a], names[b]) for a, b in edges) + ";\n};\n"
            r"\dumpnodes{}" "\n" r"\end{tikzpicture}")
    build("gd-spring-36", body, names, [(names[a], names[b]) for a, b in edges], False,
          "LuaLaTeX graph drawing `spring layout` (random seed 7), unlabelled filled circles "
          "(`as=`), undirected straight edges, two isolated nodes (s34, s35) placed by the "
          "layout apart from the rest; dvilualatex + dvisvgm --no-fonts", "dvisvgm",
          engine="lualatex", packages=GD)


def gd_tree():
    r = rng(31)
    n = 31
    parent = {i: r.randrange(max(0, i - 6), i) for i in range(1, n)}
    names = ["t%d" % i for i in range(n)]
    body = (r"\begin{tikzpicture}" "\n"
            r"\graph[tree layout, grow=right, level distance=1.6cm, sibling distance=6mm, "
            r"nodes={draw, rounded corners, font=\small, inner sep=2pt}, edges={-{Latex[length=2mm]}, thin}]{" "\n"
            + ", ".join("%s/N%d" % (names[i], i) for i in range(n)) + ";\n"
            + ";\n".join("%s -> %s" % (names[parent[i]], names[i]) for i in range(1, n)) + ";\n};\n"
            r"\dumpnodes{}" "\n" r"\end{tikzpicture}")
    build("gd-tree-right-31", body, names, [(names[parent[i]], names[i]) for i in range(1, n)], True,
          "LuaLaTeX graph drawing `tree layout` growing right (Reingold-Tilford), rounded boxes "
          "with N0..N30 text, -{Latex} heads, a seeded random tree; lualatex + pdftocairo",
          "pdftocairo", engine="lualatex", packages=GD, labels={names[i]: "N%d" % i for i in range(n)})


def main():
    tikzcd_square()
    tikzcd_snake()
    tikz_network_labels()
    tikz_network_60()
    tkz_graph()
    gd_layered()
    gd_spring()
    gd_tree()
    check()


if __name__ == "__main__":
    main()
