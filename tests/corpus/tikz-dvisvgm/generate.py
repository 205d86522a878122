#!/usr/bin/env python3
r"""Regenerate the tikz-dvisvgm/ corpus: TikZ pictures (standalone class) compiled

  * latex -> DVI -> `dvisvgm --no-fonts`   (glyphs as <path>s in <defs>, placed with <use>)
  * latex -> DVI -> `dvisvgm`              (default: glyphs as SVG <font> + <text>)
  * pdflatex -> PDF -> `dvisvgm --pdf`     (glyphs as <path>s; whole page in a y-flip <g>)

    apt-get install texlive-pictures texlive-latex-extra dvisvgm    # Debian 12
    python3 -m pip install networkx==3.6.1
    python3 generate.py                   # writes NAME.svg + NAME.truth.json here

Truth: each picture ends with \dumpnodes{...}, which makes TeX write, for every
node, pgf's own anchor (\pgfpointanchor{NODE}{center}, transformations reset,
i.e. canvas coordinates in TeX pt) and the picture's final bounding box into
NAME.nodes. standalone puts the picture at `border` from the page's top-left
corner, so in TeX pt the picture origin sits at (border - minx, border + maxy)
below/right of the page corner. The SVG user space then is

  DVI mode: dvisvgm places the DVI reference point (1in, 1in) at (0, 0) in bp,
            so the page corner is (-72, -72) and
              X = -72 + (border - minx) * 72/72.27 + x * k
              Y = -72 + (border + maxy) * 72/72.27 - y * k
            The box position goes through dvisvgm's exact 72/72.27. k is the pt->bp
            factor of pgf's driver: with the default dvips driver (PostScript specials,
            which dvisvgm runs through Ghostscript) pgf multiplies by the TeX constant
            0.99627, i.e. 65292/65536 in TeX's fixed point; with pgf's dvisvgm driver
            (`\documentclass[dvisvgm]{standalone}`, raw SVG specials) the picture is one
            <g transform="translate(..)scale(0.996264,-0.996264)">, so k = 0.996264.
  PDF mode: dvisvgm --pdf keeps PDF points with a `matrix(1 0 0 -1 0 0)` group, so
              X = (border - minx) * 72/72.27 + x * 65292/65536
              Y = -((border - miny) * 72/72.27 + y * 65292/65536)
            (pgfsys-pdftex also converts with the TeX constant 0.99627).
  The drawn outlines agree with these centres to about 0.003 bp: pgf builds circles
  from incremental arcs in TeX fixed point, writes 5 decimals, and dvisvgm writes about
  6 significant digits (PDF paths are also quantised).

The graph (ids, edges, direction) is the data this script writes into the TikZ code.
"""
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/tikz-dvisvgm-work/build"
K_DVI = 72 / 72.27
K_PGF = 65292 / 65536  # TeX's value of the constant 0.99627 in \pgf@sys@bp (pt -> bp)

PREAMBLE = r"""\documentclass[%(classopt)stikz,border=%(border)spt]{standalone}
\usetikzlibrary{arrows,arrows.meta,positioning,graphs,shapes.geometric,backgrounds,automata,calc}
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
     \immediate\write\nodeout{node \n\space\nx\space\ny}%%
   }}%%
}
\makeatother
\begin{document}
%(body)s
\end{document}
"""


def tool_versions():
    dv = subprocess.run(["dvisvgm", "--version"], capture_output=True, text=True).stdout.split()[1]
    pgf = open(subprocess.run(["kpsewhich", "pgf.revision.tex"], capture_output=True, text=True)
               .stdout.strip()).read()
    pgf = re.search(r"\\def\\pgfrevision\{([^}]*)\}", pgf).group(1)
    tl = subprocess.run(["pdftex", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    tl = re.search(r"\((TeX Live [^)]*)\)", tl).group(1)
    return dv, pgf, tl


DVISVGM, PGF, TEXLIVE = tool_versions()


def run(cmd, cwd):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-3000:] + r.stderr[-3000:])
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def pt(s):
    assert s.endswith("pt"), s
    return float(s[:-2])


def build(name, body, ids, edges, directed, notes, mode="nofonts", border=5, labels=None, driver=None):
    """mode: 'nofonts' (latex + dvisvgm --no-fonts), 'fonts' (latex + dvisvgm),
    'pdf' (pdflatex + dvisvgm --pdf)."""
    os.makedirs(BUILD, exist_ok=True)
    assert driver in (None, "dvisvgm") and not (driver and mode == "pdf")
    tex = PREAMBLE % {"classopt": "dvisvgm," if driver else "", "border": border, "body": body.replace("\\dumpnodes{}", "\\dumpnodes{%s}" % ",".join(ids))}
    with open(os.path.join(BUILD, name + ".tex"), "w") as f:
        f.write(tex)
    svg = os.path.join(BUILD, name + ".svg")
    if mode == "pdf":
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], BUILD)
        run(["dvisvgm", "--pdf", "-o", name + ".svg", name + ".pdf"], BUILD)
        prog = "pdflatex + dvisvgm %s --pdf" % DVISVGM
    else:
        run(["latex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], BUILD)
        opts = ["--no-fonts"] if mode == "nofonts" else []
        run(["dvisvgm"] + opts + ["-o", name + ".svg", name + ".dvi"], BUILD)
        prog = "latex + dvisvgm %s%s, %s" % (DVISVGM, " --no-fonts" if mode == "nofonts" else "",
                                            "pgf's dvisvgm driver (raw SVG specials)" if driver
                                            else "pgf's default dvips driver (PostScript specials)")
    pos = {}
    bbox = None
    for line in open(os.path.join(BUILD, name + ".nodes")):
        p = line.split()
        if p[0] == "bbox":
            bbox = [pt(v) for v in p[1:]]
        else:
            pos[p[1]] = (pt(p[2]), pt(p[3]))
    assert set(pos) == set(ids), set(pos) ^ set(ids)
    minx, miny, maxx, maxy = bbox
    nodes = []
    for i in ids:
        x, y = pos[i]
        if mode == "pdf":
            X = (border - minx) * K_DVI + x * K_PGF
            Y = -((border - miny) * K_DVI + y * K_PGF)
        else:
            k = 0.996264 if driver else K_PGF
            X = -72 + (border - minx) * K_DVI + x * k
            Y = -72 + (border + maxy) * K_DVI - y * k
        d = {"id": i, "x": round(X, 4), "y": round(Y, 4)}
        if labels and i in labels:
            d["label"] = labels[i]
        nodes.append(d)
    idset = set(ids)
    for e in edges:
        assert e[0] in idset and e[1] in idset, e
    truth = {
        "generator": "TikZ/pgf %s (%s), %s" % (PGF, TEXLIVE, prog),
        "directed": directed,
        "nodes": nodes,
        "edges": [list(e) for e in edges],
        "notes": notes,
    }
    shutil.copy(svg, os.path.join(HERE, name + ".svg"))
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-26s %-8s %4d nodes %4d edges %7d bytes" % (name, mode, len(ids), len(edges), os.path.getsize(svg)))


def fr_layout(G, seed, iterations=300):
    """Plain-Python Fruchterman-Reingold (no numpy, reproducible)."""
    rng = random.Random(seed)
    V = list(G.nodes())
    pos = {v: [rng.random(), rng.random()] for v in V}
    k = math.sqrt(1.0 / len(V))
    t = 0.1
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in V}
        for i, u in enumerate(V):
            for w in V[i + 1:]:
                dx = pos[u][0] - pos[w][0]
                dy = pos[u][1] - pos[w][1]
                d = max(math.hypot(dx, dy), 1e-4)
                f = k * k / d
                disp[u][0] += dx / d * f; disp[u][1] += dy / d * f
                disp[w][0] -= dx / d * f; disp[w][1] -= dy / d * f
        for u, w in G.edges():
            dx = pos[u][0] - pos[w][0]
            dy = pos[u][1] - pos[w][1]
            d = max(math.hypot(dx, dy), 1e-4)
            f = d * d / k
            disp[u][0] -= dx / d * f; disp[u][1] -= dy / d * f
            disp[w][0] += dx / d * f; disp[w][1] += dy / d * f
        for v in V:
            dl = max(math.hypot(*disp[v]), 1e-9)
            s = min(dl, t) / dl
            pos[v][0] += disp[v][0] * s
            pos[v][1] += disp[v][1] * s
        t -= 0.1 / (iterations + 1)
    return pos


def scaled(pos, size, ndigits=3):
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    out = {}
    for v, (x, y) in pos.items():
        out[v] = (round(size * (x - min(xs)) / (max(xs) - min(xs)), ndigits),
                  round(size * (y - min(ys)) / (max(ys) - min(ys)), ndigits))
    return out


# ---------------------------------------------------------------- drawings

def automaton():
    body = r"""\begin{tikzpicture}[->, >=stealth, node distance=2.6cm, auto, semithick]
  \node[state, initial] (q0) {$q_0$};
  \node[state] (q1) [right=of q0] {$q_1$};
  \node[state] (q2) [right=of q1] {$q_2$};
  \node[state, accepting] (q3) [below=of q1] {$q_3$};
  \path (q0) edge node {$a$} (q1)
        (q1) edge [loop above] node {$b$} ()
        (q1) edge [bend left] node {$a$} (q2)
        (q2) edge [bend left] node {$b$} (q1)
        (q2) edge node {$a$} (q3)
        (q3) edge [loop below] node {$a,b$} ()
        (q0) edge [bend right] node [swap] {$b$} (q3);
  \dumpnodes{}
\end{tikzpicture}"""
    E = [("q0", "q1"), ("q1", "q1"), ("q1", "q2"), ("q2", "q1"), ("q2", "q3"), ("q3", "q3"), ("q0", "q3")]
    ids = ["q0", "q1", "q2", "q3"]
    build("automaton", body, ids, E, True,
          "Finite automaton with the automata library: `state` circles with math labels, "
          "`initial` adds a 'start' arrow with a text label and no source node (not an edge), "
          "`accepting` q3 is a double circle. `[->, >=stealth]` heads drawn as filled paths; "
          "self-loops `loop above`/`loop below`; reciprocal q1<->q2 with `bend left`; edge labels "
          "as glyph outlines next to the edges (no boxes). Positions from `right=of`/`below=of`.",
          labels={i: i for i in ids})


def petersen():
    body = r"""\begin{tikzpicture}[every node/.style={circle, draw, fill=blue!25, inner sep=0pt, minimum size=6mm}]
  \foreach \i in {0,...,4} {
    \node (o\i) at ({90+72*\i}:2.5cm) {\i};
    \node (i\i) at ({90+72*\i}:1.2cm) {\the\numexpr\i+5\relax};
  }
  \foreach \i in {0,...,4} {
    \pgfmathtruncatemacro\j{mod(\i+1,5)}
    \pgfmathtruncatemacro\k{mod(\i+2,5)}
    \draw (o\i) -- (o\j);
    \draw (o\i) -- (i\i);
    \draw (i\i) -- (i\k);
  }
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["o%d" % i for i in range(5)] + ["i%d" % i for i in range(5)]
    E = []
    for i in range(5):
        E += [("o%d" % i, "o%d" % ((i + 1) % 5)), ("o%d" % i, "i%d" % i), ("i%d" % i, "i%d" % ((i + 2) % 5))]
    labels = {"o%d" % i: str(i) for i in range(5)}
    labels.update({"i%d" % i: str(i + 5) for i in range(5)})
    build("petersen", body, ids, E, False,
          "Petersen graph from \\foreach with polar coordinates: light-blue filled circles with "
          "number labels (glyph outlines), undirected `\\draw (a) -- (b)` lines ending at the "
          "circle borders.", border=3, labels=labels)


def cycle_paths():
    body = r"""\begin{tikzpicture}[every node/.style={circle, draw, fill=yellow!20, minimum size=7mm}, thick]
  % literal `-- cycle` through nodes: TikZ starts a new subpath at every node border,
  % so `cycle` closes the last (empty) subpath and the edge c--a is NOT drawn
  \node (a) at (0,0) {a};
  \node (b) at (2.5,0) {b};
  \node (c) at (1.25,2) {c};
  \draw (a) -- (b) -- (c) -- cycle;
  % closing by naming the first node again: one path, three subpaths
  \node (d) at (4,0) {d};
  \node (e) at (6.5,0) {e};
  \node (f) at (6.5,2.2) {f};
  \node (g) at (4,2.2) {g};
  \draw[blue] (d) -- (e) -- (f) -- (g) -- (d);
  % a self-crossing closed polygon through the node centres, drawn under the nodes
  \foreach \i in {0,...,4} \node (p\i) at ($(10,1.2)+({90+72*\i}:1.8cm)$) {$p_\i$};
  \begin{scope}[on background layer]
    \draw[red] (p0.center) -- (p2.center) -- (p4.center) -- (p1.center) -- (p3.center) -- cycle;
  \end{scope}
  % an open chain as one path
  \node (u) at (0,-2) {u};
  \node (v) at (2,-3) {v};
  \node (w) at (4,-2) {w};
  \node (x) at (6,-3) {x};
  \draw[green!50!black] (u) -- (v) -- (w) -- (x);
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["a", "b", "c", "d", "e", "f", "g", "p0", "p1", "p2", "p3", "p4", "u", "v", "w", "x"]
    order = ["p0", "p2", "p4", "p1", "p3"]
    E = [("a", "b"), ("b", "c"),
         ("d", "e"), ("e", "f"), ("f", "g"), ("g", "d")]
    E += [(order[i], order[(i + 1) % 5]) for i in range(5)]
    E += [("u", "v"), ("v", "w"), ("w", "x")]
    labels = {i: i for i in ids}
    labels.update({"p%d" % i: "p%d" % i for i in range(5)})
    build("cycle-paths", body, ids, E, False,
          "Edges as ONE <path> through several nodes. `\\draw (a) -- (b) -- (c) -- cycle;` draws only "
          "a-b and b-c: TikZ restarts the subpath at each node border, so `cycle` closes an empty "
          "subpath (a degenerate 'M x y Z' remains) and c-a is not drawn, hence not in the truth. "
          "`\\draw (d) -- (e) -- (f) -- (g) -- (d)` is one path of four M..L subpaths. A pentagram "
          "p0-p2-p4-p1-p3-cycle through the node centres (.center anchors) on the background layer is "
          "one closed self-crossing path (crossings are not nodes). u-v-w-x is one open path.",
          labels=labels)


def graphs_library():
    body = r"""\begin{tikzpicture}
  \graph [nodes={draw, circle, fill=green!15}, clockwise=6, radius=1.6cm, edges={->, >=latex}] {
    p, q, r, s, t, u;
    p -> q -> r -> s -> t -> u -> p;
    p -> s; q -> t;
  };
  \begin{scope}[xshift=3.2cm, yshift=1.2cm]
  \graph [nodes={draw, rectangle, fill=blue!10}, grow right sep=8mm, branch down sep=6mm, edges={-{Latex}}] {
    x1 -> x2 -> { y1, y2, y3 };
    y2 -> z; y3 -> z; x1 -> z;
  };
  \end{scope}
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["p", "q", "r", "s", "t", "u", "x1", "x2", "y1", "y2", "y3", "z"]
    E = [("p", "q"), ("q", "r"), ("r", "s"), ("s", "t"), ("t", "u"), ("u", "p"), ("p", "s"), ("q", "t"),
         ("x1", "x2"), ("x2", "y1"), ("x2", "y2"), ("x2", "y3"), ("y2", "z"), ("y3", "z"), ("x1", "z")]
    build("graphs-library", body, ids, E, True,
          "The `graphs` library: `\\graph [clockwise=6] {p, q, ...; p -> q -> ...}` puts a hexagon "
          "with `>=latex` heads and two long chords crossing the middle; a second `\\graph` (grow "
          "right / branch down, rectangles, `-{Latex}` arrows.meta heads) in a shifted scope. "
          "Default dvisvgm font mode: labels are <text> with an embedded SVG <font>. Node "
          "positions are computed by the library (read back from pgf).",
          mode="fonts", labels={i: i for i in ids})


def flowchart_positioning():
    body = r"""\begin{tikzpicture}[node distance=9mm and 14mm,
    box/.style={rectangle, rounded corners=3pt, draw, fill=orange!15, minimum width=26mm, minimum height=8mm},
    dec/.style={diamond, draw, fill=cyan!15, aspect=2, inner sep=1pt},
    term/.style={ellipse, draw, fill=gray!15, minimum width=20mm},
    >={Stealth[length=2.5mm]}]
  \node[term] (start) {Start};
  \node[box, below=of start] (read) {Read input};
  \node[dec, below=of read] (valid) {Valid?};
  \node[box, right=of valid] (err) {Show error};
  \node[box, below=of valid] (proc) {Process};
  \node[box, below=of proc] (save) {Save result};
  \node[term, below=of save] (stop) {End};
  \node[box, left=of save, minimum width=14mm] (log) {Log};
  \draw[->] (start) -- (read);
  \draw[->] (read) -- (valid);
  \draw[->] (valid) -- node[midway, right] {yes} (proc);
  \draw[->] (valid) -- node[midway, above] {no} (err);
  \draw[->] (err) |- (read);
  \draw[->] (proc) -- (save);
  \draw[->] (save) -- (stop);
  \draw[->, dashed] (save) -- (log);
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["start", "read", "valid", "err", "proc", "save", "stop", "log"]
    E = [("start", "read"), ("read", "valid"), ("valid", "proc"), ("valid", "err"), ("err", "read"),
         ("proc", "save"), ("save", "stop"), ("save", "log")]
    labels = {"start": "Start", "read": "Read input", "valid": "Valid?", "err": "Show error",
              "proc": "Process", "save": "Save result", "stop": "End", "log": "Log"}
    build("flowchart-positioning", body, ids, E, True,
          "Flowchart with the positioning library (`below=of`, `right=of`): rounded rectangles, "
          "a diamond (shapes.geometric, aspect=2), ellipses; `-{Stealth}` heads; edge labels "
          "`node[midway,right]{yes}`; the back edge err->read is an orthogonal `|-` path (one "
          "horizontal-then-vertical polyline); a dashed edge. Glyphs as paths.",
          labels=labels)


def arrow_zoo():
    tips = ["-{Stealth}", "-{Latex}", "->", "-o", "-{Triangle[open]}", "-{Kite}", "-{Straight Barb}",
            "-{Circle}", "-{Latex[open]}", "-{Stealth[length=4mm, inset=1.5mm]}", "-{To[sharp]}",
            "-{Diamond}"]
    n = 12
    lines = [r"\begin{tikzpicture}[every node/.style={circle, draw, thick, minimum size=5mm, inner sep=1pt}]"]
    for i in range(n):
        lines.append(r"  \node (n%d) at (%d:3cm) {\scriptsize %d};" % (i, -30 * i + 90, i))
    E = []
    for i in range(n):
        j = (i + 5) % n
        lines.append(r"  \draw[%s, semithick] (n%d) -- (n%d);" % (tips[i], i, j))
        E.append(("n%d" % i, "n%d" % j))
    for i in range(n):
        j = (i + 1) % n
        lines.append(r"  \draw[%s] (n%d) -- (n%d);" % (tips[(i * 5) % n], i, j))
        E.append(("n%d" % i, "n%d" % j))
    lines.append(r"  \dumpnodes{}")
    lines.append(r"\end{tikzpicture}")
    ids = ["n%d" % i for i in range(n)]
    build("arrow-zoo-pdf", "\n".join(lines), ids, E, True,
          "12 nodes on a circle, 24 directed edges, each with an arrows.meta tip from a zoo: Stealth, "
          "Latex, default `->`, `-o` (open circle at the head), Triangle[open], Kite, Straight Barb, "
          "Circle (filled disc at the head), Latex[open], a long inset Stealth, To[sharp], Diamond. "
          "Made with pdflatex + `dvisvgm --pdf`: everything inside a `matrix(1 0 0 -1 0 0)` group, "
          "so y is negative in root user space.",
          mode="pdf", labels={"n%d" % i: str(i) for i in range(n)})


def bars_undirected():
    body = r"""\begin{tikzpicture}[every node/.style={rectangle, draw, fill=gray!20, minimum size=6mm}]
  \foreach \i in {0,...,4} {
    \node (t\i) at (2*\i, 1.6) {$t_\i$};
    \node (b\i) at (2*\i, 0) {$b_\i$};
  }
  \foreach \i [evaluate=\i as \j using int(\i+1)] in {0,...,3} {
    \draw[|-|] (t\i) -- (t\j);
    \draw[|-|] (b\i) -- (b\j);
  }
  \foreach \i in {0,...,4} \draw[|-|, gray] (t\i) -- (b\i);
  \draw[|-|, thick] (t0) -- (b2);
  \draw[|-|, thick] (b2) -- (t4);
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["t%d" % i for i in range(5)] + ["b%d" % i for i in range(5)]
    E = [("t%d" % i, "t%d" % (i + 1)) for i in range(4)] + [("b%d" % i, "b%d" % (i + 1)) for i in range(4)]
    E += [("t%d" % i, "b%d" % i) for i in range(5)] + [("t0", "b2"), ("b2", "t4")]
    build("bar-tips-ladder", body, ids, E, False,
          "Ladder of square nodes joined by `|-|` edges (a bar tip at BOTH ends, like dimension "
          "lines): not directed. Each bar is part of the edge's own stroke-only path set. Plus two "
          "diagonal `|-|` edges. Math labels t_i/b_i as glyph paths.",
          labels={i: i for i in ids})


def multigraph_bends():
    body = r"""\begin{tikzpicture}[->, >=latex, every node/.style={circle, draw, fill=red!10, minimum size=8mm}]
  \node (A) at (0,0) {A};
  \node (B) at (4,0) {B};
  \node (C) at (4,-3.5) {C};
  \node (D) at (0,-3.5) {D};
  \draw (A) to (B);
  \draw (A) to[bend left=25] (B);
  \draw (A) to[bend left=50] (B);
  \draw (B) to[bend left=25] (A);
  \path (B) edge[bend right=15] (C)
        (B) edge[bend left=15] (C)
        (C) edge (D)
        (D) edge[bend left] (A)
        (A) edge[bend left] (D)
        (A) edge (C)
        (A) edge[loop above] ()
        (C) edge[loop right] ()
        (C) edge[loop below] ()
        (D) edge[loop left] ();
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["A", "B", "C", "D"]
    E = [("A", "B"), ("A", "B"), ("A", "B"), ("B", "A"), ("B", "C"), ("B", "C"), ("C", "D"), ("D", "A"),
         ("A", "D"), ("A", "C"), ("A", "A"), ("C", "C"), ("C", "C"), ("D", "D")]
    build("multigraph-bends", body, ids, E, True,
          "Directed multigraph (`[->, >=latex]`): three parallel A->B edges (straight, bend left=25, "
          "bend left=50) and B->A bend left=25; two parallel B->C (bend right/left=15); reciprocal "
          "A<->D; self-loops `loop above` on A, `loop right` and `loop below` on C (two loops on one "
          "node), `loop left` on D. Curves are cubic Beziers ending at the circle borders. pgf's dvisvgm driver: nested <g> "
          "elements with transforms, paths in TeX pt inside a scale(0.996264,-0.996264) group, "
          "arrowheads placed by rotation matrices.",
          labels={i: i for i in ids}, driver="dvisvgm")


def child_tree():
    # a 3-level tree written with the child syntax; node names give the ids
    body = r"""\begin{tikzpicture}[level distance=14mm,
    level 1/.style={sibling distance=40mm},
    level 2/.style={sibling distance=13mm},
    every node/.style={circle, draw, fill=white, inner sep=1.5pt, minimum size=6mm}]
  \node (r) {root}
    child { node (a) {a}
      child { node (a1) {a1} }
      child { node (a2) {a2} }
      child { node (a3) {a3} } }
    child { node (b) {b}
      child { node (b1) {b1} }
      child { node (b2) {b2} } }
    child { node (c) {c}
      child { node (c1) {c1} }
      child { node (c2) {c2} }
      child { node (c3) {c3} } };
  \dumpnodes{}
\end{tikzpicture}"""
    kids = {"r": ["a", "b", "c"], "a": ["a1", "a2", "a3"], "b": ["b1", "b2"], "c": ["c1", "c2", "c3"]}
    ids = ["r", "a", "b", "c", "a1", "a2", "a3", "b1", "b2", "c1", "c2", "c3"]
    E = [(p, k) for p, ks in kids.items() for k in ks]
    labels = {i: i for i in ids}
    labels["r"] = "root"
    build("child-tree-fonts", body, ids, E, False,
          "Tree from TikZ's `child` syntax (level/sibling distances); edges run from parent to child "
          "border. Default dvisvgm font mode: labels are <text> elements using an embedded SVG "
          "<font> (renderers without SVG-font support show no text). The root circle is wider "
          "than the others (word label). pgf's dvisvgm driver (nested <g> transforms; "
          "each label in a scale(-1.00375,1.00375)translate(..)scale(-1,-1) group).",
          mode="fonts", border=10, labels=labels, driver="dvisvgm")


def grid_pdf():
    lines = [r"\begin{tikzpicture}"]
    for x in range(6):
        for y in range(4):
            lines.append(r"  \node[circle, fill=black, inner sep=2pt] (g%d%d) at (%g,%g) {};" % (x, y, 1.2 * x, 1.2 * y))
    lines.append(r"  \begin{scope}[on background layer]")
    E = []
    for x in range(6):
        for y in range(4):
            if x < 5:
                lines.append(r"    \draw[gray, very thick] (g%d%d.center) -- (g%d%d.center);" % (x, y, x + 1, y))
                E.append(("g%d%d" % (x, y), "g%d%d" % (x + 1, y)))
            if y < 3:
                lines.append(r"    \draw[gray, very thick] (g%d%d.center) -- (g%d%d.center);" % (x, y, x, y + 1))
                E.append(("g%d%d" % (x, y), "g%d%d" % (x, y + 1)))
    lines.append(r"    \draw[gray, very thick] (g00.center) -- (g11.center) -- (g22.center);")
    E += [("g00", "g11"), ("g11", "g22")]
    lines.append(r"  \end{scope}")
    lines.append(r"  \dumpnodes{}")
    lines.append(r"\end{tikzpicture}")
    ids = ["g%d%d" % (x, y) for x in range(6) for y in range(4)]
    build("grid-dots-pdf", "\n".join(lines), ids, E, False,
          "6x4 grid of small filled black dots (circle, inner sep=2pt, no label) with thick gray "
          "centre-to-centre lines on the background layer, plus a diagonal g00-g11-g22 drawn as one "
          "two-segment path. pdflatex + `dvisvgm --pdf` (y-flip group).", mode="pdf", border=2)


def random_geometric():
    G = nx.random_geometric_graph(60, 0.19, seed=7)
    lines = [r"\begin{tikzpicture}[x=10cm, y=7cm, v/.style={circle, draw=black, thin, inner sep=0pt, minimum size=2.6mm}]"]
    colors = ["red!70", "blue!60", "green!60!black"]
    for v, (x, y) in G.nodes(data="pos"):
        lines.append(r"  \node[v, fill=%s] (v%d) at (%.4f,%.4f) {};" % (colors[G.degree(v) % 3], v, x, y))
    lines.append(r"  \begin{scope}[on background layer]")
    for u, v in G.edges():
        lines.append(r"    \draw[black!50] (v%d) -- (v%d);" % (u, v))
    lines.append(r"  \end{scope}")
    lines.append(r"  \dumpnodes{}")
    lines.append(r"\end{tikzpicture}")
    ids = ["v%d" % v for v in G.nodes()]
    build("random-geometric-60", "\n".join(lines), ids, [("v%d" % u, "v%d" % v) for u, v in G.edges()], False,
          "60-node random geometric graph (networkx, radius 0.19, seed 7) placed with `x=10cm, "
          "y=7cm` units; small colored discs with thin outline, unlabelled; edges node-to-node on the "
          "background layer (ending at the disc borders). Dense clusters, nodes nearly touching.")


def large_150():
    G = nx.barabasi_albert_graph(150, 2, seed=11)
    pos = scaled(fr_layout(G, 11), 16)
    lines = [r"\begin{tikzpicture}[dot/.style={circle, fill=red!70!black, inner sep=0pt, minimum size=1.8mm}]"]
    for v in G.nodes():
        lines.append(r"  \node[dot] (n%d) at (%.3f,%.3f) {};" % (v, pos[v][0], pos[v][1]))
    lines.append(r"  \begin{scope}[on background layer]")
    for u, v in G.edges():
        lines.append(r"    \draw[blue!60, very thin] (n%d.center) -- (n%d.center);" % (u, v))
    lines.append(r"  \end{scope}")
    lines.append(r"  \dumpnodes{}")
    lines.append(r"\end{tikzpicture}")
    ids = ["n%d" % v for v in G.nodes()]
    build("ba-150", "\n".join(lines), ids, [("n%d" % u, "n%d" % v) for u, v in G.edges()], False,
          "150-node Barabasi-Albert graph (m=2, seed 11), spring layout (plain-Python "
          "Fruchterman-Reingold, seed 11) scaled to 16 cm; dots of 1.8 mm without outline over very "
          "thin blue centre-to-centre lines on the background layer. Hubs with dozens of edges.")


def scaled_rotated():
    body = r"""\begin{tikzpicture}[scale=1.3, rotate=25, >={Latex[length=3mm]},
    every node/.style={rectangle, draw, fill=violet!15, minimum size=7mm}]
  \node (a) at (0,0) {a};
  \node (b) at (3,0) {b};
  \node (c) at (3,2) {c};
  \node (d) at (0,2) {d};
  \draw[->] (a) -- (b);
  \draw[->] (b) -- (c);
  \draw[->] (c) -- (d);
  \draw[->] (d) -- (a);
  \draw[->] (a) -- (c);
  \begin{scope}[shift={(5,-1)}, yscale=-1, xscale=0.8]
    \node (e) at (0,0) {e};
    \node (f) at (2,0) {f};
    \node (g) at (1,1.5) {g};
    \draw[->] (e) -- (f);
    \draw[->] (f) -- (g);
    \draw[->] (g) -- (e);
  \end{scope}
  \draw[->, dashed] (b) -- (e);
  \dumpnodes{}
\end{tikzpicture}"""
    ids = list("abcdefg")
    E = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("a", "c"), ("e", "f"), ("f", "g"), ("g", "e"), ("b", "e")]
    build("scaled-rotated", body, ids, E, True,
          "Picture options `scale=1.3, rotate=25` and a scope with `shift, yscale=-1, xscale=0.8`: "
          "node positions are transformed but nodes (upright squares) are not rotated. Edges "
          "`-{Latex[length=3mm]}`, one dashed. Truth from pgf's canvas anchors. pgf's dvisvgm "
          "driver: the whole picture sits in a <g transform=translate(..)scale(0.996264,-0.996264)> "
          "and every node in its own translate group.",
          labels={i: i for i in ids}, driver="dvisvgm")


def shapes_pdf():
    body = r"""\begin{tikzpicture}[>=latex, thick, node distance=22mm]
  \node[ellipse, draw, fill=yellow!30, minimum width=20mm] (in) {Input $x$};
  \node[diamond, draw, fill=orange!30, right=of in, aspect=1.4] (d) {$x>0$};
  \node[rectangle, draw, fill=green!25, above right=12mm and 20mm of d] (pos) {$f(x)=\sqrt{x}$};
  \node[rectangle, draw, fill=red!25, below right=12mm and 20mm of d] (neg) {$f(x)=0$};
  \node[circle, draw, fill=blue!30, right=45mm of d] (out) {$y$};
  \node[regular polygon, regular polygon sides=6, draw, fill=gray!20, below=18mm of in] (h) {log};
  \draw[->] (in) -- node[midway, above] {read} (d);
  \draw[->] (d) to[bend left] node[midway, above left] {yes} (pos);
  \draw[->] (d) to[bend right] node[midway, below left] {no} (neg);
  \draw[->] (pos) to[bend left] (out);
  \draw[->] (neg) to[bend right] (out);
  \draw[->] (in) -- (h);
  \draw[->] (h) to[out=0, in=-120] (neg);
  \dumpnodes{}
\end{tikzpicture}"""
    ids = ["in", "d", "pos", "neg", "out", "h"]
    E = [("in", "d"), ("d", "pos"), ("d", "neg"), ("pos", "out"), ("neg", "out"), ("in", "h"), ("h", "neg")]
    labels = {"in": "Input x", "d": "x>0", "pos": "f(x)=sqrt(x)", "neg": "f(x)=0", "out": "y", "h": "log"}
    build("shapes-pdf", body, ids, E, True,
          "Mixed shapes (ellipse, diamond, rectangles, circle, regular hexagon) with math labels; "
          "`>=latex` heads; `to[bend left/right]` and `to[out=0,in=-120]` curves; edge labels with "
          "`node[midway, above]`. pdflatex + `dvisvgm --pdf` (y-flip group, glyphs as paths).",
          mode="pdf", labels=labels)


def florentine_fonts():
    G = nx.florentine_families_graph()
    names = sorted(G.nodes())
    pos = scaled(fr_layout(G, 5, iterations=400), 13)
    key = {n: re.sub(r"[^A-Za-z]", "", n) for n in names}
    lines = [r"\begin{tikzpicture}[fam/.style={ellipse, draw, fill=teal!12, font=\small, inner sep=1pt}]"]
    for n in names:
        lines.append(r"  \node[fam] (%s) at (%.3f,%.3f) {%s};" % (key[n], pos[n][0], pos[n][1] * 0.75, n))
    for u, v in sorted(G.edges()):
        lines.append(r"  \draw (%s) -- (%s);" % (key[u], key[v]))
    lines.append(r"  \dumpnodes{}")
    lines.append(r"\end{tikzpicture}")
    ids = [key[n] for n in names]
    build("florentine-fonts", "\n".join(lines), ids, [(key[u], key[v]) for u, v in sorted(G.edges())], False,
          "Florentine families (networkx) with a spring layout: ellipses holding family names as "
          "<text> with an embedded SVG <font> (default dvisvgm mode), undirected border-to-border "
          "lines drawn after the nodes.", mode="fonts", labels={key[n]: n for n in names})


def main():
    for f in (automaton, petersen, cycle_paths, graphs_library, flowchart_positioning, arrow_zoo,
              bars_undirected, multigraph_bends, child_tree, grid_pdf, random_geometric, large_150,
              scaled_rotated, shapes_pdf, florentine_fonts):
        f()


if __name__ == "__main__":
    main()
