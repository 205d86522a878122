#!/usr/bin/env python3
r"""Regenerate the dot2tex/ corpus: Graphviz layouts written as TikZ/PGF code by dot2tex,
compiled by TeX and converted to SVG.

    apt-get install dot2tex graphviz texlive-pictures texlive-latex-extra dvisvgm \
                    ghostscript poppler-utils                             # Debian 12
    python3 generate.py            # writes NAME.svg + NAME.truth.json here

Build files go to /tmp/dot2tex-work/build/.

Each drawing is a DOT graph written by this script (the graph data is here), given to
`dot2tex` with the options listed in DRAWINGS. The .tex it writes is either used as it is
(dot2tex's own `article` document, `--crop` preview document) or, with `--codeonly`/
`--figonly`, put into a `standalone` document. Then one of three routes:

  nofonts: latex -> DVI -> dvisvgm --no-fonts   (glyphs as <path> + <use>)
  fonts:   latex -> DVI -> dvisvgm              (glyphs as <text> with an SVG <font>)
  pdf:     pdflatex -> PDF (letter page) -> pdftocairo -svg

Truth positions are the layout's: dot2tex writes every node at Graphviz's position,
`\node (a) at (68.0bp,178.0bp)` (tikz format) or `% Node: a` ... `\draw (68.0bp,178.0bp)
ellipse ...` (pgf format). Those numbers are read from the .tex and checked against
`dot -Txdot` of the same graph (all but --autosize, which changes the node sizes Graphviz
sees). They are mapped into the SVG's user space:

  * TeX reads `Xbp` as X*72.27/72 pt; pgf's dvips and pdftex drivers write pt * 0.99627 bp
    (65292/65536 in TeX's fixed point), k = 72.27/72 * 65292/65536.
  * The picture origin's place on the page comes from pgf's own position mark: a second
    copy of the document is compiled with `remember picture` (pgf writes
    `\pgfsyspdfmark{pgfid1}{x}{y}`, pdfTeX's \pdfsavepos of the picture origin, in sp from
    the page's lower left corner, to the .aux) and with a hook that writes \pdfpageheight
    and pgf's own node anchors to NAME.nodes. These additions write files only: the script
    asserts that the copy's SVG is byte-identical to the drawing's.
  * DVI routes: dvisvgm puts the DVI reference point (1in,1in) at (0,0), 72/72.27 bp per pt:
        X = -72 + mx*72/72.27 + x*k,   Y = -72 + (pageheight - my)*72/72.27 - y*k
    PDF route: pdftocairo -svg writes the letter page 1:1 with y down:
        X = mx*72/72.27 + x*k,          Y = H - my*72/72.27 - y*k   (H = 792)
  * Checks: the same map applied to pgf's node anchors gives the same points (within
    0.001); and every node's drawn outline (ellipse, circle, box, double circle ring),
    found in the SVG as the closed path whose bounding-box centre is nearest, is centred on
    the truth within 0.01.
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/dot2tex-work"
K_DVI = 72 / 72.27
K_PGF = 65292 / 65536
K_BP = 72.27 / 72 * K_PGF

HOOK = r"""\makeatletter
\newwrite\nodeout\immediate\openout\nodeout=\jobname.nodes
\tikzset{every picture/.append style={remember picture,execute at end picture={{\pgftransformreset
   \pgfpointanchor{current bounding box}{south west}\pgfgetlastxy{\bx}{\by}%%
   \pgfpointanchor{current bounding box}{north east}\pgfgetlastxy{\ex}{\ey}%%
   \immediate\write\nodeout{bbox \bx\space\by\space\ex\space\ey}%%
   \foreach \n in {%s} {\pgfpointanchor{\n}{center}\pgfgetlastxy{\nx}{\ny}%%
     \immediate\write\nodeout{node \n\space\nx\space\ny}}%%
   }}}}
\AtEndDocument{\immediate\write\nodeout{pageheight \the\pdfpageheight}}
\makeatother
"""

STANDALONE = r"""\documentclass[border=%(border)spt]{standalone}
\usepackage[x11names, svgnames, rgb]{xcolor}
\usepackage{tikz}
\usetikzlibrary{arrows,shapes}
\usepackage{amsmath}
%(hook)s\begin{document}
%(pre)s%(code)s%(post)s\end{document}
"""


def run(cmd, cwd, stdin=None):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, input=stdin)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-3000:] + r.stderr[-3000:])
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def version(cmd, pat):
    r = subprocess.run(cmd, capture_output=True, text=True)
    return re.search(pat, r.stdout + r.stderr).group(1)


D2T = version(["dot2tex", "--version"], r"version ([\d.]+)")
GV = version(["dot", "-V"], r"version ([\d.]+)")
DVISVGM = version(["dvisvgm", "--version"], r"dvisvgm ([\d.]+)")
POPPLER = version(["pdftocairo", "-v"], r"version ([\d.]+)")
TEXLIVE = version(["pdftex", "--version"], r"\((TeX Live [^)]*)\)")
PGF = version(["sh", "-c", "cat $(kpsewhich pgf.revision.tex)"], r"\\def\\pgfrevision\{([^}]*)\}")


# ---------------------------------------------------------------------------- graphs
# Each drawing: DOT text, ids, edges (the multiset drawn), directed, labels, dot2tex
# options, document kind and route.

def dot_fsm():
    # finite automaton, double circles for accepting states
    acc = ["q3", "q5"]
    ids = ["q0", "q1", "q2", "q3", "q4", "q5"]
    E = [("q0", "q1", "a"), ("q0", "q2", "b"), ("q1", "q1", "a"), ("q1", "q3", "b"),
         ("q2", "q4", "a"), ("q2", "q2", "b"), ("q3", "q1", "a"), ("q3", "q5", "b"),
         ("q4", "q5", "b"), ("q4", "q1", "a"), ("q5", "q0", "a,b")]
    s = "digraph fsm {\n  node [shape=circle];\n"
    s += "".join('  %s [shape=doublecircle];\n' % a for a in acc)
    s += "".join('  %s -> %s [label="%s"];\n' % e for e in E) + "}\n"
    return s, ids, [(a, b) for a, b, _ in E], True, {i: i for i in ids}


def dot_default_digraph():
    ids = ["main", "parse", "lex", "eval", "print", "error", "io", "exit"]
    E = [("main", "parse"), ("main", "eval"), ("parse", "lex"), ("parse", "error"),
         ("eval", "print"), ("eval", "error"), ("lex", "io"), ("print", "io"),
         ("error", "exit"), ("main", "exit")]
    s = "digraph prog {\n" + "".join("  %s -> %s;\n" % e for e in E) + "}\n"
    return s, ids, E, True, {i: i for i in ids}


def dot_petersen_neato():
    ids = ["o%d" % i for i in range(5)] + ["i%d" % i for i in range(5)]
    E = [("o%d" % i, "o%d" % ((i + 1) % 5)) for i in range(5)]
    E += [("o%d" % i, "i%d" % i) for i in range(5)]
    E += [("i%d" % i, "i%d" % ((i + 2) % 5)) for i in range(5)]
    lab = {i: str(n) for n, i in enumerate(ids)}
    s = "graph petersen {\n  node [shape=circle];\n"
    s += "".join('  %s [label="%s"];\n' % (i, lab[i]) for i in ids)
    s += "".join("  %s -- %s;\n" % e for e in E) + "}\n"
    return s, ids, E, False, lab


def dot_shapes():
    nodes = [("start", "circle", "start"), ("read", "box", "read input"),
             ("check", "ellipse", "is the input valid?"), ("fix", "box", "repair"),
             ("run", "ellipse", "run"), ("done", "doublecircle", "done"),
             ("log", "box", "write log")]
    E = [("start", "read"), ("read", "check"), ("check", "fix"), ("fix", "read"),
         ("check", "run"), ("run", "done"), ("run", "log"), ("log", "done")]
    s = "digraph shapes {\n"
    s += "".join('  %s [shape=%s, label="%s"];\n' % n for n in nodes)
    s += "".join("  %s -> %s;\n" % e for e in E) + "}\n"
    return s, [n[0] for n in nodes], E, True, {n[0]: n[2] for n in nodes}


def dot_math():
    # labels are TeX math (texmode=math): x_1 ... drawn as subscripted italics
    ids = ["x1", "x2", "x3", "h1", "h2", "y"]
    lab = {"x1": "x_1", "x2": "x_2", "x3": "x_3", "h1": "h_1", "h2": "h_2", "y": r"\hat{y}"}
    E = [(a, b) for a in ["x1", "x2", "x3"] for b in ["h1", "h2"]] + [("h1", "y"), ("h2", "y")]
    W = {e: "w_{%d}" % n for n, e in enumerate(E)}
    s = "digraph net {\n  rankdir=LR;\n  node [shape=circle];\n"
    s += "".join('  %s [label="%s"];\n' % (i, lab[i]) for i in ids)
    s += "".join('  %s -> %s [label="%s"];\n' % (a, b, W[(a, b)]) for a, b in E[6:]) 
    s += "".join('  %s -> %s;\n' % e for e in E[:6]) + "}\n"
    return s, ids, E[6:] + E[:6], True, {i: lab[i].replace("_", "").replace("\\hat{y}", "ŷ") for i in ids}


def dot_multigraph():
    ids = ["A", "B", "C", "D", "E"]
    E = [("A", "B"), ("A", "B"), ("A", "B"), ("B", "A"), ("B", "C"), ("C", "C"), ("C", "C"),
         ("A", "A"), ("C", "D"), ("D", "C"), ("D", "E"), ("D", "E"), ("E", "E"), ("A", "E")]
    s = "digraph multi {\n  node [shape=circle];\n"
    s += "".join("  %s -> %s;\n" % e for e in E) + "}\n"
    return s, ids, E, True, {i: i for i in ids}


def dot_clusters():
    c1 = ["a0", "a1", "a2", "a3"]
    c2 = ["b0", "b1", "b2"]
    E = [("start", "a0"), ("start", "b0"), ("a0", "a1"), ("a1", "a2"), ("a2", "a3"),
         ("b0", "b1"), ("b1", "b2"), ("a1", "b2"), ("b2", "a3"), ("a3", "end"), ("b2", "end"),
         ("a3", "a0")]
    s = "digraph G {\n"
    s += '  subgraph cluster_0 {\n    label="process 1";\n    %s;\n  }\n' % "; ".join(c1)
    s += '  subgraph cluster_1 {\n    label="process 2";\n    %s;\n  }\n' % "; ".join(c2)
    s += "  start [shape=box];\n  end [shape=box];\n"
    s += "".join("  %s -> %s;\n" % e for e in E) + "}\n"
    ids = ["start"] + c1 + c2 + ["end"]
    return s, ids, E, True, {i: i for i in ids}


def dot_pgf_plain():
    ids = ["n%d" % i for i in range(9)]
    E = [("n0", "n1"), ("n0", "n2"), ("n0", "n3"), ("n1", "n4"), ("n2", "n4"), ("n2", "n5"),
         ("n3", "n5"), ("n4", "n6"), ("n5", "n6"), ("n5", "n7"), ("n6", "n8"), ("n7", "n8"),
         ("n1", "n8")]
    lab = {i: "v%s" % i[1:] for i in ids}
    s = "digraph dag {\n  node [shape=ellipse];\n  n0 [shape=box];\n  n8 [shape=box];\n"
    s += "".join('  %s [label="%s"];\n' % (i, lab[i]) for i in ids)
    s += "".join("  %s -> %s;\n" % e for e in E) + "}\n"
    return s, ids, E, True, lab


def dot_pgf_duplicate():
    ids = ["web", "api", "auth", "db", "cache", "queue", "worker"]
    nodes = {"web": 'shape=box, style=filled, fillcolor=lightblue',
             "api": 'shape=box, style=filled, fillcolor=lightyellow',
             "auth": 'shape=ellipse, color=red',
             "db": 'shape=doublecircle, style=filled, fillcolor=gray90',
             "cache": 'shape=circle, style=dashed',
             "queue": 'shape=box',
             "worker": 'shape=ellipse, style=filled, fillcolor=palegreen'}
    E = [("web", "api", ""), ("api", "auth", "login"), ("api", "db", ""), ("api", "cache", ""),
         ("api", "queue", "jobs"), ("queue", "worker", ""), ("worker", "db", ""),
         ("cache", "db", "miss"), ("auth", "db", "")]
    s = "digraph svc {\n  edge [arrowhead=normal];\n"
    s += "".join('  %s [%s];\n' % (i, nodes[i]) for i in ids)
    for a, b, l in E:
        st = ', style=dashed' if b == "cache" else ""
        s += '  %s -> %s [label="%s"%s];\n' % (a, b, l, st) if l else '  %s -> %s [dummy=1%s];\n' % (a, b, st)
    s += "}\n"
    return s, ids, [(a, b) for a, b, _ in E], True, {i: i for i in ids}


def dot_tree():
    n = 25
    ids = ["t%d" % i for i in range(n)]
    E = [("t%d" % ((i - 1) // 2), "t%d" % i) for i in range(1, n)]
    s = "graph tree {\n  node [shape=circle, width=0.3, fixedsize=true, fontsize=10];\n"
    s += "".join('  %s [label="%d"];\n' % (i, k) for k, i in enumerate(ids))
    s += "".join("  %s -- %s;\n" % e for e in E) + "}\n"
    return s, ids, E, False, {i: str(k) for k, i in enumerate(ids)}


def dot_circo():
    n = 12
    ids = ["c%d" % i for i in range(n)]
    E = [("c%d" % i, "c%d" % ((i + 1) % n)) for i in range(n)]
    E += [("c0", "c6"), ("c3", "c9"), ("c1", "c5"), ("c7", "c11")]
    s = "graph ring {\n  node [shape=circle, style=filled, fillcolor=lightgray];\n"
    s += "".join('  %s [label="%d"];\n' % (i, k + 1) for k, i in enumerate(ids))
    s += "".join("  %s -- %s;\n" % e for e in E) + "}\n"
    return s, ids, E, False, {i: str(k + 1) for k, i in enumerate(ids)}


def dot_styled():
    ids = ["s", "a", "b", "c", "t"]
    E = [("s", "a", "3"), ("s", "b", "5"), ("a", "b", "1"), ("b", "a", "2"), ("a", "c", "4"),
         ("b", "t", "6"), ("c", "t", "2"), ("c", "c", "")]
    s = "digraph flow {\n  rankdir=LR;\n  node [style=\"draw,fill=orange!30,circle,thick\"];\n"
    s += "  edge [style=\"->,thick\"];\n"
    s += "".join('  %s -> %s [label="%s"];\n' % e if e[2] else '  %s -> %s;\n' % e[:2] for e in E)
    s += "}\n"
    return s, ids, [(a, b) for a, b, _ in E], True, {i: i for i in ids}


def dot_points():
    import random
    rng = random.Random(7)
    n = 30
    ids = ["p%d" % i for i in range(n)]
    E = set()
    for i in range(1, n):
        E.add((ids[rng.randrange(i)], ids[i]))
    while len(E) < 42:
        a, b = rng.sample(ids, 2)
        if (a, b) not in E and (b, a) not in E:
            E.add((a, b))
    E = sorted(E, key=lambda e: (int(e[0][1:]), int(e[1][1:])))
    s = "graph pts {\n  node [shape=point, width=0.08];\n"
    s += "".join("  %s;\n" % i for i in ids)
    s += "".join("  %s -- %s;\n" % e for e in E) + "}\n"
    return s, ids, E, False, {}


# name, graph, prog, dot2tex options, document, route, border, notes
DRAWINGS = [
    ("default-digraph", dot_default_digraph, "dot", ["-ftikz"], "doc", "nofonts", 0,
     "dot2tex's default: `dot2tex -ftikz` writes a whole `article` document (the picture in "
     "the top-left of an A4 text block); latex + dvisvgm --no-fonts. Ellipse nodes sized by "
     "TikZ around the text, `>=latex'` heads, edges from Graphviz's splines clipped by TikZ at "
     "the node borders."),
    ("fsm-pdf", dot_fsm, "dot", ["-ftikz"], "doc", "pdf", 0,
     "Automaton (top to bottom): circle states, two `doublecircle` accepting states (TikZ "
     "`double` lines: one path drawn twice, thick black then thin white), edge labels "
     "(glyphs), self-loops on q1 and q2, reciprocal q1/q3. pdflatex on dot2tex's article "
     "document (letter page) + pdftocairo -svg: every path with its own y-flip matrix."),
    ("petersen-neato-fonts", dot_petersen_neato, "neato", ["-ftikz", "--prog", "neato", "--codeonly"], "standalone",
     "fonts", 5,
     "Undirected Petersen graph laid out by neato, `shape=circle`, numbers as labels. "
     "`--codeonly` inside a standalone tikzpicture; latex + dvisvgm with fonts (<text>)."),
    ("shapes-autosize", dot_shapes, "dot", ["-ftikz", "--autosize"], "doc", "nofonts", 0,
     "`--autosize`: dot2tex measures the labels with TeX first and lays out with those sizes. "
     "circle, box (TikZ `rectangle`), ellipse with a long label, `doublecircle`, a back edge "
     "fix->read. latex + dvisvgm --no-fonts."),
    ("math-labels", dot_math, "dot", ["-ftikz", "-tmath", "--codeonly"], "standalone", "fonts", 4,
     "`texmode=math`: node and edge labels typeset as math ($x_1$, $\\hat{y}$, $w_{0}$). "
     "A small layered net, rankdir=LR, circles. `--codeonly` in standalone, latex + dvisvgm "
     "with fonts."),
    ("multigraph-loops", dot_multigraph, "dot", ["-ftikz"], "doc", "nofonts", 0,
     "Multigraph: three parallel A->B plus B->A, reciprocal C/D, two parallel D->E, self-"
     "loops (two on C, one on A and E). Circles. dot2tex article document, latex + dvisvgm "
     "--no-fonts."),
    ("clusters-pdf", dot_clusters, "dot", ["-ftikz"], "doc", "pdf", 0,
     "Two `subgraph cluster_` boxes with titles (dot2tex draws them as rectangles), box "
     "start/end nodes, a back edge a3->a0 and edges leaving the clusters. pdflatex + "
     "pdftocairo -svg."),
    ("pgf-graphviz-shapes", dot_pgf_plain, "dot", ["-fpgf", "--figonly"], "standalone", "nofonts", 2,
     "`-fpgf`: nodes are not TikZ nodes but Graphviz's own shapes at Graphviz's size "
     "(`\\draw (x,y) ellipse (27bp and 18bp)`, boxes as 4-segment polylines), labels drawn "
     "separately, edges as plain curves from border to border with TikZ `->` heads. "
     "latex + dvisvgm --no-fonts."),
    ("pgf-duplicate-styles", dot_pgf_duplicate, "dot", ["-fpgf", "-d"], "doc", "fonts", 0,
     "`-fpgf -d` (duplicate Graphviz graphics): arrowheads are Graphviz's filled triangles "
     "drawn as polygons after the edge curve, filled boxes/ellipses with colours, "
     "a dashed circle, a red ellipse, a filled doublecircle, edge labels. "
     "Article document, latex + dvisvgm with fonts."),
    ("tree-crop", dot_tree, "dot", ["-ftikz", "--crop"], "doc", "nofonts", 0,
     "`--crop`: the preview package crops the page to the picture. Complete binary tree of "
     "25 small fixed-size circles, undirected, 10pt number labels. latex + dvisvgm "
     "--no-fonts."),
    ("circo-ring-pdf", dot_circo, "circo", ["-ftikz", "--prog", "circo"], "doc", "pdf", 0,
     "circo layout: a 12-cycle with four chords, grey filled circles (TikZ fill+draw: one "
     "path). pdflatex + pdftocairo -svg."),
    ("styleonly-edgelabels", dot_styled, "dot",
     ["-ftikz", "--styleonly", "--tikzedgelabels", "--figonly"], "standalone", "nofonts", 3,
     "`--styleonly`: the DOT `style` attributes are used as TikZ options (filled orange "
     "circles, thick lines); `--tikzedgelabels`: TikZ places the weights with `node` on "
     "the path. Reciprocal a/b, a self-loop on c. `--figonly` in standalone, latex + "
     "dvisvgm --no-fonts."),
    ("points-fdp-straight-pdf", dot_points, "fdp", ["-fpgf", "-s", "--prog", "fdp"], "doc", "pdf", 0,
     "fdp layout of a random connected graph (30 nodes, 42 edges), `shape=point`: with "
     "`-fpgf` Graphviz's small filled discs (`\\filldraw ... ellipse`), `-s` straight "
     "edges centre to border. pdflatex + pdftocairo -svg."),
]


# ---------------------------------------------------------------------------- helpers

def node_positions_tex(tex, ids):
    pos = {}
    for m in re.finditer(r"\\node \(([^)]+)\) at \(([-\d.]+)bp,([-\d.]+)bp\)", tex):
        pos[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    if not pos:  # pgf format: "% Node: id" then the shape, then "\draw (x,y) node {label}"
        for m in re.finditer(r"% Node: (\S+)\n(.*?)\\end\{scope\}", tex, re.S):
            k = (re.search(r"\\draw \(([-\d.]+)bp,([-\d.]+)bp\) node", m.group(2))
                 or re.search(r"\(([-\d.]+)bp,([-\d.]+)bp\) ellipse", m.group(2)))
            pos[m.group(1)] = (float(k.group(1)), float(k.group(2)))
    assert set(pos) == set(ids), set(pos) ^ set(ids)
    return pos


def xdot_positions(dotsrc, prog):
    out = run([prog, "-Txdot"], WORK, stdin=dotsrc).stdout
    pos = {}
    for m in re.finditer(r'^\s*"?(\w+)"?\s+\[[^\]]*?pos="([-\d.]+),([-\d.]+)"', out, re.M | re.S):
        pos[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return pos


def svg_closed_paths(svg):
    """(cx, cy, w, h) of the bounding box of every closed path in root user space."""
    txt = re.sub(r"<defs>.*?</defs>", "", svg, flags=re.S)
    out = []
    for m in re.finditer(r"<path ([^>]*)>", txt):
        attrs = m.group(1)
        d = re.search(r"\bd=['\"]([^'\"]*)['\"]", attrs).group(1)
        if "Z" not in d and "z" not in d:
            continue
        tr = re.search(r"transform=['\"]matrix\(([^)]*)\)['\"]", attrs)
        M = [float(v) for v in re.split(r"[ ,]+", tr.group(1).strip())] if tr else [1, 0, 0, 1, 0, 0]
        toks = re.findall(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?", d)
        pts, cmd, nums, cur = [], None, [], (0, 0)
        i = 0

        def flush():
            nonlocal cur
            if cmd in "MLCSQT":
                for j in range(0, len(nums) - 1, 2):
                    cur = (nums[j], nums[j + 1]); pts.append(cur)
            elif cmd == "H":
                for v in nums:
                    cur = (v, cur[1]); pts.append(cur)
            elif cmd == "V":
                for v in nums:
                    cur = (cur[0], v); pts.append(cur)
            elif cmd is not None and cmd not in "Zz":
                raise ValueError("relative path command " + cmd)
        for t in toks:
            if t.isalpha():
                if cmd is not None:
                    flush()
                cmd, nums = t, []
            else:
                nums.append(float(t))
        flush()
        if not pts:
            continue
        P = [(M[0] * x + M[2] * y + M[4], M[1] * x + M[3] * y + M[5]) for x, y in pts]
        xs = [p[0] for p in P]
        ys = [p[1] for p in P]
        out.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs), max(ys) - min(ys)))
    return out


def compile_doc(tex, name, route, d):
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".tex"), "w") as f:
        f.write(tex)
    if route == "pdf":
        for _ in range(2):
            run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], d)
        run(["pdftocairo", "-svg", name + ".pdf", name + ".svg"], d)
    else:
        for _ in range(2):
            run(["latex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], d)
        run(["dvisvgm"] + (["--no-fonts"] if route == "nofonts" else []) + ["-o", name + ".svg", name + ".dvi"], d)
    return open(os.path.join(d, name + ".svg")).read()


def pt(s):
    assert s.endswith("pt"), s
    return float(s[:-2])


def build(name, graph, prog, opts, doc, route, border, notes):
    src, ids, edges, directed, labels = graph()
    base = os.path.join(WORK, "build", name)
    os.makedirs(base, exist_ok=True)
    with open(os.path.join(base, name + ".dot"), "w") as f:
        f.write(src)
    tex = run(["dot2tex"] + opts + [name + ".dot"], base).stdout
    pos = node_positions_tex(tex, ids)
    if "--autosize" not in opts:
        xp = xdot_positions(src, prog)
        for i in ids:
            assert max(abs(pos[i][0] - xp[i][0]), abs(pos[i][1] - xp[i][1])) <= 0.0051, (i, pos[i], xp[i])
    tikz_nodes = "-fpgf" not in opts
    hook = HOOK % (",".join(ids) if tikz_nodes else "")
    if doc == "doc":
        assert "\\begin{document}" in tex
        plain, instr = tex, tex.replace("\\begin{document}", hook + "\\begin{document}", 1)
    else:
        pre = "" if "--figonly" in opts or "--codeonly" not in opts else "\\begin{tikzpicture}[>=latex',line join=bevel]\n"
        post = "" if not pre else "\\end{tikzpicture}\n"
        v = {"border": border, "pre": pre, "code": tex, "post": post}
        plain = STANDALONE % dict(v, hook="")
        instr = STANDALONE % dict(v, hook=hook)
    svg = compile_doc(plain, name, route, os.path.join(base, "plain"))
    svg2 = compile_doc(instr, name, route, os.path.join(base, "instr"))
    assert svg == svg2, "the instrumented copy draws differently"
    aux = open(os.path.join(base, "instr", name + ".aux")).read()
    mx, my = [int(v) / 65536 for v in re.search(r"\\pgfsyspdfmark \{pgfid1\}\{(-?\d+)\}\{(-?\d+)\}", aux).groups()]
    anchors, pageh = {}, None
    for line in open(os.path.join(base, "instr", name + ".nodes")):
        p = line.split()
        if p[0] == "node":
            anchors[p[1]] = (pt(p[2]), pt(p[3]))
        elif p[0] == "pageheight":
            pageh = pt(p[1])
    if route == "pdf":
        H = float(re.search(r"viewBox=\"0 0 [\d.]+ ([\d.]+)\"", svg).group(1))
        assert abs(H - pageh * K_DVI) < 1e-3, (H, pageh)

        def mp(x, y, kk):
            return mx * K_DVI + x * kk, H - my * K_DVI - y * kk
    else:
        def mp(x, y, kk):
            return -72 + mx * K_DVI + x * kk, -72 + (pageh - my) * K_DVI - y * kk
    truth = {i: mp(pos[i][0], pos[i][1], K_BP) for i in ids}
    worst = 0
    for i in anchors:
        a = mp(anchors[i][0], anchors[i][1], K_PGF)
        worst = max(worst, abs(a[0] - truth[i][0]), abs(a[1] - truth[i][1]))
    assert worst < 1e-3, worst
    # outline check: nearest closed path's bounding-box centre, among paths at least 6 units wide
    small = 4 if not labels else 6  # shape=point discs are 5.8 wide
    shapes = [s for s in svg_closed_paths(svg) if s[2] > small and s[3] > small]
    dev = 0
    for i in ids:
        X, Y = truth[i]
        best = min(shapes, key=lambda s: (s[0] - X) ** 2 + (s[1] - Y) ** 2)
        dev = max(dev, ((best[0] - X) ** 2 + (best[1] - Y) ** 2) ** 0.5)
    assert dev < 0.01, (name, dev)
    vb = [float(v) for v in re.search(r"viewBox=['\"]([^'\"]*)['\"]", svg).group(1).split()]
    for i in ids:
        assert vb[0] < truth[i][0] < vb[0] + vb[2] and vb[1] < truth[i][1] < vb[1] + vb[3], i
    nodes = [{"id": i, "x": round(truth[i][0], 4), "y": round(truth[i][1], 4)} for i in ids]
    for d in nodes:
        if d["id"] in labels:
            d["label"] = labels[d["id"]]
    for a, b in edges:
        assert a in pos and b in pos
    gen = "dot2tex %s %s (Graphviz %s %s; TikZ/pgf %s, %s), " % (
        D2T, " ".join(o for o in opts), GV, prog, PGF, TEXLIVE)
    gen += {"nofonts": "latex + dvisvgm %s --no-fonts" % DVISVGM,
            "fonts": "latex + dvisvgm %s" % DVISVGM,
            "pdf": "pdflatex + pdftocairo %s -svg" % POPPLER}[route]
    if doc == "standalone":
        gen += " (code in a standalone document)"
    out = {"generator": gen, "directed": directed, "nodes": nodes,
           "edges": [list(e) for e in edges], "notes": notes}
    shutil.copy(os.path.join(base, "plain", name + ".svg"), os.path.join(HERE, name + ".svg"))
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%-24s %-8s %3d nodes %3d edges  anchors %.1e  outline %.4f" % (
        name, route, len(ids), len(edges), worst, dev))


def main():
    only = sys.argv[1:]
    for d in DRAWINGS:
        if not only or d[0] in only:
            build(*d)


if __name__ == "__main__":
    main()
