#!/usr/bin/env python3
r"""Regenerate the pstricks/ corpus: graphs drawn with PSTricks (pst-node, pst-tree),
compiled by latex and converted to SVG by two routes:

  dvisvgm: latex -> DVI -> dvisvgm [--no-fonts]   (dvisvgm runs PSTricks' PostScript
           specials through Ghostscript; paths come out absolute, in bp, with the DVI
           reference point (1in,1in) at (0,0))
  pdf:     latex -> DVI -> dvips -> PostScript -> ps2pdf -> pdftocairo -svg
           (every path carries its own matrix(0.1*72/72.27,...) from dvips' units)

    apt-get install texlive-pstricks texlive-latex-extra dvisvgm ghostscript poppler-utils
    python3 generate.py            # writes NAME.svg + NAME.truth.json here

Build files go to /tmp/pstricks-work/build/.

Every document is an `article` page made to measure with geometry
(`paperwidth`/`paperheight` in whole bp, `margin=10bp`), the picture set with \noindent at
the top-left corner of the text block.

Truth positions are pst-node's own: a second copy of each document gets, after the
drawing, a `\pstVerb` that makes PostScript print every node's centre
(`tx@NodeDict begin /N@name load GetCenter end`, transformed to the page's default user
space: bp, y up from the page's bottom). The copy is run through dvips and Ghostscript
(`gs -sDEVICE=nullpage`); nothing is drawn by it. This covers nodes placed by `\psmatrix`
and `\pstree` as well as those placed by hand. Page to SVG user space:

  dvisvgm: X = px - 72,   Y = (H - py) - 72     (H the page height in bp; the copy is
           converted with `dvips -D 8000` so that dvips' rounding to its device pixels
           stays below 0.001)
  pdf:     X = px,        Y = H - py            (pdftocairo keeps the page 1:1; the copy uses
           the same dvips resolution as the drawing, 600 dpi, so the truth has the same
           rounding as the drawing)

Checks: (1) where the source places a node at (x,y) in a pspicture, the page geometry
gives X = [-72 +] (10bp + (x - x0)*1cm) * 72/72.27, Y = [-72 +] (10bp + (y1 - y)*1cm) *
72/72.27 (in pt, converted to bp); it agrees with pst-node's centre within 0.02 (PSTricks
rounds its PostScript numbers to 5 digits, dvips rounds positions to device pixels);
(2) the nearest closed outline of every node (circle, oval, frame, diamond, dot) in the SVG
has its bounding-box centre within 0.01 of the truth.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/pstricks-work"
K = 72 / 72.27
CM = 72.27 / 2.54

DOC = r"""\documentclass{article}
\usepackage[paperwidth=%(w)dbp,paperheight=%(h)dbp,margin=10bp]{geometry}
\usepackage{pst-node,pst-tree}
\pagestyle{empty}
\begin{document}
\noindent%(body)s
\end{document}
"""

DUMP = (r"\pstVerb{tx@Dict begin tx@NodeDict begin /N@%s load GetCenter end end transform "
        r"matrix defaultmatrix itransform 2 array astore (NODE %s) = ==}")


def run(cmd, cwd):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-3000:] + r.stderr[-3000:])
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def version(cmd, pat):
    r = subprocess.run(cmd, capture_output=True, text=True)
    return re.search(pat, r.stdout + r.stderr).group(1)


DVISVGM = version(["dvisvgm", "--version"], r"dvisvgm ([\d.]+)")
POPPLER = version(["pdftocairo", "-v"], r"version ([\d.]+)")
GS = version(["gs", "--version"], r"([\d.]+)")
DVIPS = version(["dvips", "--version"], r"dvips\(k\) ([\d.]+)")
TEXLIVE = version(["pdftex", "--version"], r"\((TeX Live [^)]*)\)")


def pkgver(sty):
    f = subprocess.run(["kpsewhich", sty], capture_output=True, text=True).stdout.strip()
    t = open(f, encoding="latin-1").read()
    m = re.search(r"\\def\\fileversion\{([^}]*)\}", t) or re.search(r"ProvidesPackage\{[^}]*\}\[[^\]]*?(\d[\d.]+[a-z]?)", t)
    return m.group(1)


PSTRICKS = pkgver("pstricks.tex")
PSTNODE = pkgver("pst-node.tex")
PSTTREE = pkgver("pst-tree.tex")


# ---------------------------------------------------------------------------- drawings
# Each returns body, ids, edges, directed, labels, placed ({id: (x, y)} in the pspicture's
# coordinates, for the geometry check) and the pspicture's (x0, y1).

def cnode_digraph():
    P = {"A": (1, 1), "B": (4, 1), "C": (2.5, 3.2), "D": (6, 3), "E": (7, 0.8), "F": (4.5, 5)}
    E = [("A", "B"), ("A", "C"), ("B", "C"), ("C", "D"), ("B", "E"), ("D", "E"), ("C", "F"),
         ("F", "D")]
    b = "\\begin{pspicture}(0,0)(8,6)\n\\psset{linewidth=0.8pt,arrowscale=1.5}\n"
    b += "".join("\\cnode(%g,%g){0.35}{%s}\\rput(%g,%g){%s}\n" % (x, y, i, x, y, i)
                 for i, (x, y) in P.items())
    b += "".join("\\ncline{->}{%s}{%s}\n" % e for e in E)
    return b, list(P), E, True, {i: i for i in P}, P, (0, 6)


def circlenode_pdf():
    P = {"v1": (1, 3), "v2": (3.5, 4.5), "v3": (3.5, 1.5), "v4": (6, 3), "v5": (8.5, 4.5),
         "v6": (8.5, 1.5)}
    E = [("v1", "v2"), ("v1", "v3"), ("v2", "v3"), ("v3", "v2"), ("v2", "v4"), ("v3", "v4"),
         ("v4", "v5"), ("v5", "v4"), ("v4", "v6"), ("v5", "v6")]
    b = "\\begin{pspicture}(0,0)(9.5,6)\n"
    b += "".join("\\rput(%g,%g){\\circlenode{%s}{$v_%s$}}\n" % (x, y, i, i[1:]) for i, (x, y) in P.items())
    seen = set()
    for a, c in E:
        if (c, a) in E:
            b += "\\ncarc[arcangle=20]{->}{%s}{%s}\n" % (a, c)
        else:
            b += "\\ncline{->}{%s}{%s}\n" % (a, c)
    return b, list(P), E, True, {i: "v" + i[1:] for i in P}, P, (0, 6)


def arrows_directed():
    # every edge has a different PSTricks arrow: direction from the head
    rng = random.Random(3)
    P = {}
    for r in range(3):
        for c in range(4):
            P["n%d%d" % (r, c)] = (1 + 2.4 * c, 1 + 2.2 * r)
    tips = ["->", "|->", "->>", "-H", "*->", "o->", "-v", "-V", "(->", "[->", "->|", "c->",
            "cc->", "-T"]
    E = [("n00", "n01"), ("n01", "n02"), ("n02", "n03"), ("n10", "n11"), ("n11", "n12"),
         ("n12", "n13"), ("n20", "n21"), ("n21", "n22"), ("n22", "n23"), ("n00", "n10"),
         ("n11", "n21"), ("n13", "n02"), ("n12", "n23"), ("n20", "n10")]
    b = "\\begin{pspicture}(0,0)(9.2,6.4)\n\\psset{arrowscale=1.6,linewidth=0.7pt}\n"
    b += "".join("\\cnode*[fillcolor=lightgray](%g,%g){0.3}{%s}\n" % (x, y, i) for i, (x, y) in P.items())
    for (a, c), t in zip(E, tips):
        b += "\\ncline{%s}{%s}{%s}\n" % (t, a, c)
    return b, list(P), E, True, {}, P, (0, 6.4)


def undirected_ends():
    P = {"a": (1, 1), "b": (4, 1), "c": (7, 1), "d": (1, 4), "e": (4, 4), "f": (7, 4),
         "g": (2.5, 6.3), "h": (5.5, 6.3)}
    E = [("a", "b", "<->"), ("b", "c", "*-*"), ("a", "d", "|-|"), ("b", "e", "-"),
         ("c", "f", "-*"), ("d", "e", "o-o"), ("e", "f", "<->"), ("d", "g", "-"),
         ("g", "h", "|*-|*"), ("h", "f", "**-**"), ("e", "g", "-"), ("e", "h", "-")]
    b = "\\begin{pspicture}(0,0)(8,7.2)\n\\psset{arrowscale=1.4}\n"
    b += "".join("\\cnodeput(%g,%g){%s}{%s}\n" % (x, y, i, i) for i, (x, y) in P.items())
    b += "".join("\\ncline{%s}{%s}{%s}\n" % (t, a, c) for a, c, t in E)
    return b, list(P), [(a, c) for a, c, _ in E], False, {i: i for i in P}, P, (0, 7.2)


def curves_loops():
    P = {"s": (1, 3), "p": (4, 5), "q": (4, 1), "r": (7, 3), "t": (10, 3)}
    b = "\\begin{pspicture}(0,0)(11.5,6.2)\n\\psset{arrowscale=1.5,nodesep=1pt}\n"
    b += "".join("\\cnodeput[linewidth=1pt](%g,%g){%s}{\\large %s}\n" % (x, y, i, i) for i, (x, y) in P.items())
    b += "\\nccurve[angleA=90,angleB=180]{->}{s}{p}\n"
    b += "\\nccurve[angleA=-90,angleB=180]{->}{s}{q}\n"
    b += "\\ncarc[arcangle=25]{->}{p}{q}\n\\ncarc[arcangle=25]{->}{q}{p}\n"
    b += "\\ncangle[angleA=0,angleB=90,armB=0.5]{->}{p}{r}\n"
    b += "\\ncangles[angleA=-90,angleB=-90,armA=0.8,armB=0.8]{->}{q}{t}\n"
    b += "\\ncline{->}{r}{t}\n"
    b += "\\ncloop[angleB=180,loopsize=1.2,armA=0.4,armB=0.4]{->}{t}{t}\n"
    b += "\\nccircle[angleA=-45]{->}{r}{0.5}\n"
    b += "\\ncbar[angleA=90,arm=0.6]{->}{s}{r}\n"
    E = [("s", "p"), ("s", "q"), ("p", "q"), ("q", "p"), ("p", "r"), ("q", "t"), ("r", "t"),
         ("t", "t"), ("r", "r"), ("s", "r")]
    return b, list(P), E, True, {i: i for i in P}, P, (0, 6.2)


def psmatrix_circles():
    # a commutative-diagram-like square of circles laid out by \psmatrix
    names = [["A", "B", "C"], ["D", "E", "F"]]
    b = "$\\psmatrix[mnode=circle,colsep=1.6cm,rowsep=1.4cm]\n"
    b += "\\\\\n".join(" & ".join("[name=%s] %s" % (n, n) for n in row) for row in names)
    b += "\n\\endpsmatrix$\n\\psset{arrows=->,nodesep=1pt,arrowscale=1.4}\n"
    E = [("A", "B"), ("B", "C"), ("A", "D"), ("B", "E"), ("C", "F"), ("D", "E"), ("E", "F"),
         ("A", "E"), ("F", "B")]
    for a, c in E:
        if (a, c) == ("F", "B"):
            b += "\\ncarc[arcangle=-30]{%s}{%s}\\naput{$f$}\n" % (a, c)
        else:
            b += "\\ncline{%s}{%s}\n" % (a, c)
    ids = [n for row in names for n in row]
    return b, ids, E, True, {i: i for i in ids}, {}, None


def psmatrix_ovals_pdf():
    rows = [["in", "", "out"], ["", "core", ""], ["log", "", "db"]]
    lab = {"in": "input", "out": "output", "core": "kernel", "log": "logger", "db": "store"}
    b = "\\psmatrix[mnode=oval,colsep=1.3cm,rowsep=1.1cm]\n"
    b += "\\\\\n".join(" & ".join(("[name=%s] %s" % (n, lab[n])) if n else "" for n in row) for row in rows)
    b += "\n\\endpsmatrix\n\\psset{arrows=->,arrowscale=1.3,nodesep=1pt}\n"
    E = [("in", "core"), ("core", "out"), ("core", "log"), ("core", "db"), ("db", "out"),
         ("in", "log")]
    b += "".join("\\ncline{%s}{%s}\n" % e for e in E)
    ids = [n for row in rows for n in row if n]
    return b, ids, E, True, lab, {}, None


def psmatrix_dots():
    n = 4
    names = [["g%d%d" % (r, c) for c in range(n)] for r in range(n)]
    b = "\\psmatrix[mnode=dot,dotsize=5pt,colsep=1.5cm,rowsep=1.5cm]\n"
    b += "\\\\\n".join(" & ".join("[name=%s]" % x for x in row) for row in names)
    b += "\n\\endpsmatrix\n"
    E = []
    for r in range(n):
        for c in range(n):
            if c + 1 < n:
                E.append((names[r][c], names[r][c + 1]))
            if r + 1 < n:
                E.append((names[r][c], names[r + 1][c]))
            if r + 1 < n and c + 1 < n and (r + c) % 2 == 0:
                E.append((names[r][c], names[r + 1][c + 1]))
    b += "".join("\\ncline{%s}{%s}\n" % e for e in E)
    ids = [x for row in names for x in row]
    return b, ids, E, False, {}, {}, None


def tree_circles():
    # \pstree with \TCircle nodes, undirected
    def sub(name, kids):
        if not kids:
            return "\\TCircle[name=%s]{%s}" % (name, name)
        return "\\pstree{\\TCircle[name=%s]{%s}}{%s}" % (name, name, " ".join(sub(*k) for k in kids))
    T = ("r", [("a", [("c", []), ("d", []), ("e", [])]), ("b", [("f", [("h", []), ("i", [])]), ("g", [])])])
    ids, E = [], []

    def walk(n, kids, parent=None):
        ids.append(n)
        if parent:
            E.append((parent, n))
        for k in kids:
            walk(k[0], k[1], n)
    walk(*T)
    b = "\\psset{levelsep=1.4cm,treesep=0.6cm}\n" + sub(*T) + "\n"
    return b, ids, E, False, {i: i for i in ids}, {}, None


def tree_dots_right_pdf():
    rng = random.Random(11)
    parent = {1: 0}
    for i in range(2, 18):
        parent[i] = rng.randrange(max(0, i - 5), i)
    kids = {i: [] for i in range(18)}
    for c, p in parent.items():
        kids[p].append(c)

    def sub(i):
        if not kids[i]:
            return "\\Tdot[name=t%d]" % i
        return "\\pstree{\\Tdot[name=t%d]}{%s}" % (i, " ".join(sub(k) for k in kids[i]))
    b = "\\psset{treemode=R,levelsep=1.6cm,treesep=0.45cm,dotsize=4pt,arrows=->,arrowscale=1.3}\n"
    b += sub(0) + "\n"
    ids = ["t%d" % i for i in range(18)]
    E = [("t%d" % p, "t%d" % c) for c, p in sorted(parent.items())]
    return b, ids, E, True, {}, {}, None


def shapes_flow_pdf():
    P = {"start": (3, 9), "in": (3, 7.2), "test": (3, 5), "fix": (7, 5), "out": (3, 2.8),
         "end": (3, 1)}
    b = "\\begin{pspicture}(0,0)(9,10)\n\\psset{arrowscale=1.4,nodesep=0pt}\n"
    b += "\\rput(3,9){\\ovalnode{start}{start}}\n"
    b += "\\rput(3,7.2){\\psframebox[framearc=0.3]{\\rnode{in}{\\makebox[2.4cm]{read data}}}}\n"
    b += "\\rput(3,5){\\dianode{test}{valid?}}\n"
    b += "\\fnode[framesize=2.2 0.9](7,5){fix}\\rput(7,5){repair}\n"
    b += "\\rput(3,2.8){\\circlenode{out}{write}}\n"
    b += "\\Cnode*[radius=0.25](3,1){end}\n"
    b += "\\ncline{->}{start}{in}\n\\ncline{->}{test}{out}\\nbput{yes}\n"
    b += "\\ncline{->}{test}{fix}\\naput{no}\n\\ncangle[angleA=90,angleB=0]{->}{fix}{in}\n"
    b += "\\ncline{->}{out}{end}\n\\ncline{->}{in}{test}\n"
    E = [("start", "in"), ("test", "out"), ("test", "fix"), ("fix", "in"), ("out", "end"),
         ("in", "test")]
    lab = {"start": "start", "in": "read data", "test": "valid?", "fix": "repair", "out": "write",
           "end": ""}
    return b, list(P), E, True, {k: v for k, v in lab.items() if v}, P, (0, 10)


def random_dots():
    rng = random.Random(5)
    n = 32
    P = {}
    while len(P) < n:
        x, y = round(rng.uniform(0.5, 11.5), 2), round(rng.uniform(0.5, 8.5), 2)
        if all((x - a) ** 2 + (y - c) ** 2 > 0.8 ** 2 for a, c in P.values()):
            P["p%d" % len(P)] = (x, y)
    ids = list(P)
    E = []
    for i, a in enumerate(ids):
        for c in ids[i + 1:]:
            (x1, y1), (x2, y2) = P[a], P[c]
            if (x1 - x2) ** 2 + (y1 - y2) ** 2 < 2.3 ** 2:
                E.append((a, c))
    b = "\\begin{pspicture}(0,0)(12,9)\n\\psset{linewidth=0.5pt}\n"
    b += "".join("\\cnode*(%g,%g){0.09}{%s}\n" % (x, y, i) for i, (x, y) in P.items())
    b += "".join("\\ncline[nodesep=0pt]{%s}{%s}\n" % e for e in E)
    return b, ids, E, False, {}, P, (0, 9)


def automaton_fonts():
    P = {"q0": (1.5, 2), "q1": (4.5, 3.5), "q2": (4.5, 0.5), "q3": (7.5, 2)}
    b = "\\begin{pspicture}(0,-0.5)(9,5.2)\n\\psset{arrowscale=1.5,nodesep=0pt,radius=0.45}\n"
    for i, (x, y) in P.items():
        opt = "[doubleline=true]" if i == "q3" else ""
        b += "\\Cnode%s(%g,%g){%s}\\rput(%g,%g){$%s_%s$}\n" % (opt, x, y, i, x, y, i[0], i[1])
    b += "\\pnode(0.3,2){init}\\ncline{->}{init}{q0}\n"
    b += "\\ncarc[arcangle=15]{->}{q0}{q1}\\naput{$a$}\n"
    b += "\\ncarc[arcangle=15]{->}{q1}{q0}\\naput{$b$}\n"
    b += "\\ncline{->}{q0}{q2}\\nbput{$b$}\n"
    b += "\\ncline{->}{q1}{q3}\\naput{$a$}\n"
    b += "\\nccurve[angleA=-30,angleB=-150]{->}{q2}{q3}\\nbput{$a,b$}\n"
    b += "\\nccircle[angleA=0]{->}{q1}{0.35}\\naput{$a$}\n"
    b += "\\ncloop[angleA=-90,angleB=90,loopsize=1,arm=0.4]{->}{q2}{q2}\\nbput{$b$}\n"
    E = [("q0", "q1"), ("q1", "q0"), ("q0", "q2"), ("q1", "q3"), ("q2", "q3"), ("q1", "q1"),
         ("q2", "q2")]
    return b, list(P), E, True, {i: i for i in P}, P, (0, 5.2)


# name, function, route, fonts, page (w, h) in bp, notes
DRAWINGS = [
    ("cnode-digraph", cnode_digraph, "dvisvgm", False, (270, 220),
     "`\\cnode(x,y){r}{name}` circles with `\\rput` letters, `\\ncline{->}` between them. "
     "latex + dvisvgm --no-fonts (PSTricks' PostScript specials run by Ghostscript)."),
    ("circlenode-arcs-pdf", circlenode_pdf, "pdf", False, (310, 220),
     "`\\rput(x,y){\\circlenode{v1}{$v_1$}}` (circles sized by their math labels), "
     "`\\ncline{->}`, reciprocal pairs as two `\\ncarc[arcangle=20]`. latex + dvips + ps2pdf "
     "+ pdftocairo -svg."),
    ("arrow-tips-directed", arrows_directed, "dvisvgm", False, (300, 230),
     "A grid of grey filled circles (`\\cnode*`, fill and outline in one path), one edge per "
     "PSTricks arrow kind: `->`, `|->`, `->>`, `-H`, `*->`, `o->`, `-v`, `-V`, `(->`, "
     "`[->`, `->|`, `c->`, `cc->`, `-T`. Direction is from the head at the target. "
     "latex + dvisvgm --no-fonts."),
    ("both-ends-undirected", undirected_ends, "pdf", False, (270, 255),
     "`\\cnodeput` circles with letters; edges with symmetric or non-directional ends: `<->`, "
     "`*-*`, `|-|`, `o-o`, `|*-|*`, `**-**`, `-*` (a dot at one end) and plain `-`. "
     "Undirected. latex + dvips + ps2pdf + pdftocairo -svg."),
    ("curves-loops", curves_loops, "dvisvgm", True, (370, 225),
     "pst-node connections: `\\nccurve` with angleA/angleB, reciprocal `\\ncarc`, "
     "`\\ncangle` and `\\ncangles` (orthogonal elbows), `\\ncbar`, a self-loop by `\\ncloop` "
     "and one by `\\nccircle`. `\\cnodeput` circles with letters. latex + dvisvgm with "
     "fonts (<text>)."),
    ("psmatrix-circles", psmatrix_circles, "dvisvgm", False, (260, 170),
     "`\\psmatrix[mnode=circle]` (positions from the matrix layout: colsep 1.6cm, rowsep "
     "1.4cm) in math mode; `\\ncline` arrows, a diagonal, a back edge `\\ncarc` with an "
     "`\\naput{$f$}` label. latex + dvisvgm --no-fonts."),
    ("psmatrix-ovals-pdf", psmatrix_ovals_pdf, "pdf", False, (340, 230),
     "`\\psmatrix[mnode=oval]` with empty cells: ovals around words, `\\ncline` arrows. "
     "latex + dvips + ps2pdf + pdftocairo -svg."),
    ("psmatrix-dot-grid", psmatrix_dots, "dvisvgm", False, (220, 230),
     "`\\psmatrix[mnode=dot]`: a 4x4 grid of 5pt dots (filled discs) with orthogonal and "
     "alternate diagonal `\\ncline`s, undirected. latex + dvisvgm --no-fonts."),
    ("pst-tree-circles", tree_circles, "dvisvgm", True, (280, 190),
     "`\\pstree{\\TCircle{r}}{...}`: a 10-node tree laid out by pst-tree (levelsep 1.4cm), "
     "circles around letters, plain lines. latex + dvisvgm with fonts (<text>)."),
    ("pst-tree-dots-right-pdf", tree_dots_right_pdf, "pdf", False, (350, 280),
     "`treemode=R` tree of 18 `\\Tdot` nodes (4pt discs), arrows `->` from parent to child. "
     "latex + dvips + ps2pdf + pdftocairo -svg."),
    ("flowchart-shapes-pdf", shapes_flow_pdf, "pdf", False, (300, 340),
     "Node kinds: `\\ovalnode`, a rounded `\\psframebox` around an `\\rnode` (its centre is "
     "the frame's: the \\rnode holds a \\makebox centred on the frame), `\\dianode` diamond, "
     "`\\fnode` frame, `\\circlenode`, a filled `\\Cnode*`; `\\ncangle` elbow back to the "
     "input; `\\naput`/`\\nbput` labels. latex + dvips + ps2pdf + pdftocairo -svg."),
    ("random-dots-32", random_dots, "dvisvgm", False, (380, 310),
     "32 small filled `\\cnode*` discs at random positions (seed 5), `\\ncline` between all "
     "pairs closer than 2.3cm, drawn centre to border. latex + dvisvgm --no-fonts."),
    ("automaton-doubleline", automaton_fonts, "dvisvgm", True, (295, 220),
     "Automaton: `\\Cnode` states (fixed radius), the accepting one with `doubleline=true` "
     "(two rings), an initial arrow from a `\\pnode` (not a node), reciprocal `\\ncarc`, "
     "`\\nccurve`, a `\\nccircle` loop and an `\\ncloop` loop, math labels with "
     "`\\naput`/`\\nbput`. latex + dvisvgm with fonts (<text>)."),
]


# ---------------------------------------------------------------------------- helpers

def svg_closed_paths(svg, _sym=True):
    """(cx, cy, w, h) of every closed outline: paths outside <defs>, and <use>s of
    pdftocairo's <symbol>s (Ghostscript turns repeated dots into Type 3 glyphs)."""
    txt = re.sub(r"<defs>.*?</defs>", "", svg, flags=re.S)
    out = []
    if _sym:
        for m in re.finditer(r'<symbol [^>]*id="([^"]+)">(.*?)</symbol>', svg, re.S):
            b = svg_closed_paths("<svg>%s</svg>" % m.group(2), False)
            if len(b) == 1:
                cx, cy, w, h = b[0]
                for u in re.finditer(r'<use xlink:href="#%s" x="([-\d.]+)" y="([-\d.]+)"' % re.escape(m.group(1)), txt):
                    out.append((float(u.group(1)) + cx, float(u.group(2)) + cy, w, h))
    for m in re.finditer(r"<path ([^>]*)>", txt):
        attrs = m.group(1)
        d = re.search(r"\bd=['\"]([^'\"]*)['\"]", attrs).group(1)
        closed = "Z" in d or "z" in d
        tr = re.search(r"transform=['\"]matrix\(([^)]*)\)['\"]", attrs)
        M = [float(v) for v in re.split(r"[ ,]+", tr.group(1).strip())] if tr else [1, 0, 0, 1, 0, 0]
        toks = re.findall(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?", d)
        pts, cmd, nums = [], None, []
        cur = [0.0, 0.0]

        def flush():
            if cmd is None or cmd in "Zz":
                return
            if cmd in "MLCSQT":
                for j in range(0, len(nums) - 1, 2):
                    cur[:] = [nums[j], nums[j + 1]]; pts.append(tuple(cur))
            elif cmd == "H":
                for v in nums:
                    cur[0] = v; pts.append(tuple(cur))
            elif cmd == "V":
                for v in nums:
                    cur[1] = v; pts.append(tuple(cur))
            else:
                raise ValueError("path command " + cmd)
        for t in toks:
            if t.isalpha():
                flush()
                cmd, nums = t, []
            else:
                nums.append(float(t))
        flush()
        if not pts:
            continue
        if not closed and abs(pts[0][0] - pts[-1][0]) + abs(pts[0][1] - pts[-1][1]) > 0.01:
            continue
        P = [(M[0] * x + M[2] * y + M[4], M[1] * x + M[3] * y + M[5]) for x, y in pts]
        xs = [p[0] for p in P]
        ys = [p[1] for p in P]
        out.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs), max(ys) - min(ys)))
    return out


def gs_nodes(d, name, res):
    run(["dvips", "-q"] + (["-D", str(res)] if res else []) + [name + ".dvi", "-o", name + ".ps"], d)
    out = run(["gs", "-q", "-dNOSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=nullpage", name + ".ps"], d).stdout
    pos = {}
    for m in re.finditer(r"NODE (\S+)\s*\n\s*\[([-\d.e]+) ([-\d.e]+)\]", out):
        pos[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return pos


def build(name, fn, route, fonts, page, notes):
    body, ids, edges, directed, labels, placed, corner = fn()
    W, H = page
    base = os.path.join(WORK, "build", name)
    for sub in ("plain", "instr"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    dump = "\n".join(DUMP % (i, i) for i in ids)
    body_i = body + dump + "\n"
    end = "\\end{pspicture}" if "\\begin{pspicture}" in body else ""
    plain = DOC % {"w": W, "h": H, "body": body + end}
    instr = DOC % {"w": W, "h": H, "body": body_i + end}
    for sub, tex in (("plain", plain), ("instr", instr)):
        d = os.path.join(base, sub)
        with open(os.path.join(d, name + ".tex"), "w") as f:
            f.write(tex)
        log = run(["latex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], d).stdout
        assert "(1 page," in log, (name, "the drawing does not fit on one page")
    d = os.path.join(base, "plain")
    if route == "pdf":
        run(["dvips", "-q", name + ".dvi", "-o", name + ".ps"], d)
        run(["ps2pdf", name + ".ps", name + ".pdf"], d)
        run(["pdftocairo", "-svg", name + ".pdf", name + ".svg"], d)
        gen = "latex + dvips %s + ps2pdf (Ghostscript %s) + pdftocairo %s -svg" % (DVIPS, GS, POPPLER)
    else:
        run(["dvisvgm"] + ([] if fonts else ["--no-fonts"]) + ["-o", name + ".svg", name + ".dvi"], d)
        gen = "latex + dvisvgm %s%s (PostScript specials through Ghostscript %s)" % (
            DVISVGM, "" if fonts else " --no-fonts", GS)
    svg = open(os.path.join(d, name + ".svg")).read()
    ps = gs_nodes(os.path.join(base, "instr"), name, None if route == "pdf" else 8000)
    assert set(ps) == set(ids), set(ps) ^ set(ids)
    if route == "pdf":
        vb = [float(v) for v in re.search(r'viewBox="([^"]*)"', svg).group(1).split()]
        assert abs(vb[3] - H) < 1e-6 and abs(vb[2] - W) < 1e-6, vb
        truth = {i: (ps[i][0], H - ps[i][1]) for i in ids}
        off = 0
    else:
        truth = {i: (ps[i][0] - 72, H - ps[i][1] - 72) for i in ids}
        off = -72
    geo = 0
    m = 10 * 72.27 / 72
    for i, (x, y) in placed.items():
        gx = off + (m + (x - corner[0]) * CM) * K
        gy = off + (m + (corner[1] - y) * CM) * K
        geo = max(geo, abs(gx - truth[i][0]), abs(gy - truth[i][1]))
    assert geo < (0.02 if route != "pdf" else 0.1), (name, geo)
    shapes = [s for s in svg_closed_paths(svg) if s[2] > 1.5 and s[3] > 1.5]
    dev = 0
    for i in ids:
        X, Y = truth[i]
        best = min(shapes, key=lambda s: (s[0] - X) ** 2 + (s[1] - Y) ** 2)
        dev = max(dev, ((best[0] - X) ** 2 + (best[1] - Y) ** 2) ** 0.5)
    assert dev < 0.01, (name, dev)
    nodes = []
    for i in ids:
        dd = {"id": i, "x": round(truth[i][0], 4), "y": round(truth[i][1], 4)}
        if i in labels:
            dd["label"] = labels[i]
        nodes.append(dd)
    out = {"generator": "PSTricks %s, pst-node %s, pst-tree %s (%s), %s" % (
        PSTRICKS, PSTNODE, PSTTREE, TEXLIVE, gen),
        "directed": directed, "nodes": nodes, "edges": [list(e) for e in edges], "notes": notes}
    shutil.copy(os.path.join(d, name + ".svg"), os.path.join(HERE, name + ".svg"))
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%-26s %-8s %3d nodes %3d edges  geometry %.4f  outline %.4f" % (
        name, route, len(ids), len(edges), geo, dev))


def main():
    only = sys.argv[1:]
    for dr in DRAWINGS:
        if not only or dr[0] in only:
            build(*dr)


if __name__ == "__main__":
    main()
