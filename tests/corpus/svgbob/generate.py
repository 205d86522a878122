#!/usr/bin/env python3
r"""Regenerate the svgbob/ corpus: node-link graphs drawn as ASCII art and turned
into SVG by svgbob (crate `svgbob_cli`).

    cargo install svgbob_cli --locked --root /tmp/svgbob     # svgbob_cli 0.7.6
    apt-get install librsvg2-bin                             # only to look at them
    python3 generate.py          # writes NAME.svg + NAME.truth.json here

Each graph is data in this script: nodes with a shape and a place on the character
grid, edges with a route of grid points and their ends.  The script draws the ASCII
art from that data the way people draw it by hand (`+---+` and `.---.` boxes,
svgbob's circle art, `*` dots with names beside, `-->`, `<--`, `/` and `\`
diagonals, `~` and `:` dashed lines, `.`/`'` rounded corners), writes NAME.bob to
/tmp/svgbob-work/ and runs `svgbob_cli NAME.bob -o NAME.svg`.

Truth positions come from the grid: svgbob puts the centre of column c, row r at
(8 c + 4, 16 r + 8) (cell 8 x 16, no transform, no viewBox).  A box from column L,
row T, W columns wide and H rows high is centred at (8 (L + (W-1)/2) + 4,
16 (T + (H-1)/2) + 8); svgbob's circle art is centred where svgbob's own
CIRCLE_ART_MAP says (3 cells right of the left edge of `(` and 1.5 rows below
the top for the 6-wide art, 2.5 cells for the 5-wide art); a `*` dot is the centre
of its cell.  Check: every node's position is compared with the bounding box of the
strokes svgbob drew around it (line ends, rects, circles, arcs sampled), and the
script stops if the centres differ by more than 0.01.
"""
import json
import math
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/svgbob-work"
BOB = shutil.which("svgbob_cli") or "/tmp/svgbob/bin/svgbob_cli"
CW, CH = 8, 16


def version():
    out = subprocess.run([BOB, "--version"], capture_output=True, text=True, check=True).stdout
    return out.split()[-1]


VERSION = version()


# ------------------------------------------------------------------ the canvas

class Canvas:
    def __init__(self):
        self.cells = {}
        self.nodes = []      # (id, x, y, label, kind, bbox-in-px or None)

    def put(self, c, r, ch):
        self.cells[(c, r)] = ch

    def text(self, c, r, s):
        for i, ch in enumerate(s):
            if ch != " ":
                self.put(c + i, r, ch)

    def ascii(self):
        rows = max(r for _, r in self.cells) + 1
        lines = []
        for r in range(rows):
            cols = [c for c, rr in self.cells if rr == r]
            if not cols:
                lines.append("")
                continue
            lines.append("".join(self.cells.get((c, r), " ") for c in range(max(cols) + 1)).rstrip())
        return "\n".join(lines) + "\n"

    # nodes --------------------------------------------------------------
    def box(self, nid, L, T, W, H=3, label=None, rounded=False, lines=None):
        label = nid if label is None else label
        R, B = L + W - 1, T + H - 1
        for c in range(L + 1, R):
            self.put(c, T, "-")
            self.put(c, B, "-")
        for r in range(T + 1, B):
            self.put(L, r, "|")
            self.put(R, r, "|")
        if rounded:
            self.put(L, T, "."), self.put(R, T, "."), self.put(L, B, "'"), self.put(R, B, "'")
        else:
            for p in ((L, T), (R, T), (L, B), (R, B)):
                self.put(*p, "+")
        rows = lines or [label]
        r0 = T + 1 + (H - 2 - len(rows)) // 2
        for i, s in enumerate(rows):
            self.text(L + 1 + (W - 2 - len(s)) // 2, r0 + i, s)
        x = CW * (L + (W - 1) / 2) + 4
        y = CH * (T + (H - 1) / 2) + 8
        bbox = (CW * L + 4, CH * T + 8, CW * R + 4, CH * B + 8)
        self.nodes.append((nid, x, y, " ".join(rows), "box", bbox))
        return dict(L=L, T=T, R=R, B=B, mr=T + (H - 1) // 2, mc=L + (W - 1) // 2)

    def circle(self, nid, L, T, label=None):
        """svgbob's 6-wide circle art (CIRCLE_4): radius 2.5 cells."""
        label = nid if label is None else label
        assert len(label) <= 2
        self.text(L + 1, T, ".--.")
        self.put(L, T + 1, "("), self.put(L + 5, T + 1, ")")
        self.text(L + 2, T + 1, label)
        self.text(L + 1, T + 2, "`--'")
        x, y = CW * L + 3.0 * CW, CH * T + 1.5 * CH
        self.nodes.append((nid, x, y, label, "circle", (x - 20, y - 20, x + 20, y + 20)))
        return dict(L=L, T=T, R=L + 5, B=T + 2, mr=T + 1, x=x, y=y)

    def small_circle(self, nid, L, T, label=None):
        """svgbob's 5-wide circle art (CIRCLE_3): radius 2 cells."""
        label = nid if label is None else label
        assert len(label) == 1
        self.text(L + 1, T, ",-.")
        self.put(L, T + 1, "("), self.put(L + 4, T + 1, ")")
        self.put(L + 2, T + 1, label)
        self.text(L + 1, T + 2, "`-'")
        x, y = CW * L + 2.5 * CW, CH * T + 1.5 * CH
        self.nodes.append((nid, x, y, label, "circle", (x - 16, y - 16, x + 16, y + 16)))
        return dict(L=L, T=T, R=L + 4, B=T + 2, mr=T + 1, x=x, y=y)

    def dot(self, nid, c, r, label=None, side="right"):
        self.put(c, r, "*")
        if label:
            if side == "right":
                self.text(c + 2, r, label)
            elif side == "left":
                self.text(c - 1 - len(label), r, label)
            elif side == "below":
                self.text(c - (len(label) - 1) // 2, r + 1, label)
            else:
                self.text(c - (len(label) - 1) // 2, r - 1, label)
        x, y = CW * c + 4, CH * r + 8
        self.nodes.append((nid, x, y, label, "dot", None))

    # edges --------------------------------------------------------------
    def route(self, pts, head=False, tail=False, dashed=False, round_corners=True):
        """Draw a route through grid points.  Straight pieces only (horizontal,
        vertical or 45-degree diagonal).  head/tail put svgbob arrow characters on
        the last/first cell."""
        def d(a, b):
            return (sgn(b[0] - a[0]), sgn(b[1] - a[1]))

        for i in range(len(pts) - 1):
            a, b = pts[i], pts[i + 1]
            dx, dy = d(a, b)
            n = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
            assert dx == 0 or dy == 0 or abs(b[0] - a[0]) == abs(b[1] - a[1]), (a, b)
            if dy == 0:
                ch = "~" if dashed else "-"
            elif dx == 0:
                ch = ":" if dashed else "|"
            else:
                ch = "\\" if dx == dy else "/"
            for k in range(n + 1):
                self.put(a[0] + k * dx, a[1] + k * dy, ch)
        for i in range(1, len(pts) - 1):
            a, p, b = pts[i - 1], pts[i], pts[i + 1]
            v = [q for q in (a, b) if q[0] == p[0]]
            if round_corners and v:
                self.put(*p, "." if v[0][1] > p[1] else "'")
            else:
                self.put(*p, "+")
        arrow = {(1, 0): ">", (-1, 0): "<", (0, 1): "v", (0, -1): "^"}
        if head:
            self.put(*pts[-1], arrow[d(pts[-2], pts[-1])])
        if tail:
            self.put(*pts[0], arrow[d(pts[1], pts[0])])


def sgn(v):
    return (v > 0) - (v < 0)


# ------------------------------------------------------------------ SVG check

def svg_points(root):
    """All stroke geometry svgbob wrote: [(x, y, element)]"""
    pts = []
    defs = {id(e) for d in root.iter("{http://www.w3.org/2000/svg}defs") for e in d.iter()}
    for el in root.iter():
        if id(el) in defs:
            continue
        tag = el.tag.split("}")[-1]
        if el.get("class") == "backdrop":
            continue
        if tag == "line":
            x1, y1, x2, y2 = (float(el.get(k)) for k in ("x1", "y1", "x2", "y2"))
            pts += [(x1, y1, el), (x2, y2, el)]
        elif tag == "rect":
            x, y, w, h = (float(el.get(k)) for k in ("x", "y", "width", "height"))
            pts += [(x, y, el), (x + w, y + h, el), (x + w, y, el), (x, y + h, el)]
        elif tag == "circle" and el.get("cx"):
            cx, cy, r = float(el.get("cx")), float(el.get("cy")), float(el.get("r"))
            pts += [(cx - r, cy, el), (cx + r, cy, el), (cx, cy - r, el), (cx, cy + r, el)]
        elif tag == "path":
            pts += [(x, y, el) for x, y in arc_points(el.get("d"))]
    return pts


def arc_points(d):
    nums = [float(v) for v in re.findall(r"[-+]?\d*\.?\d+", d)]
    assert d.strip().startswith("M") and " A " in d, d
    x1, y1, rx, ry, _rot, large, sweep, x2, y2 = nums
    assert rx == ry
    r = rx
    # centre of the arc (svg endpoint parameterisation, circle)
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    dx, dy = (x2 - x1) / 2, (y2 - y1) / 2
    h2 = r * r - (dx * dx + dy * dy)
    h = math.sqrt(max(h2, 0.0))
    L = math.hypot(dx, dy)
    ux, uy = -dy / L, dx / L
    sgn_ = 1 if large != sweep else -1
    cx, cy = mx + sgn_ * h * ux, my + sgn_ * h * uy
    a1 = math.atan2(y1 - cy, x1 - cx)
    a2 = math.atan2(y2 - cy, x2 - cx)
    da = a2 - a1
    if sweep and da < 0:
        da += 2 * math.pi
    if not sweep and da > 0:
        da -= 2 * math.pi
    out = []
    for k in range(2001):
        a = a1 + da * k / 2000
        out.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    # exact extremes
    for a in (0, math.pi / 2, math.pi, -math.pi / 2):
        t = (a - a1) % (2 * math.pi) if sweep else (a1 - a) % (2 * math.pi)
        if t <= abs(da) + 1e-12:
            out.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return out


def check(name, svg_text, nodes):
    root = ET.fromstring(svg_text)
    pts = svg_points(root)
    worst = 0.0
    for nid, x, y, label, kind, bbox in nodes:
        if kind == "dot":
            # a `*` becomes a line end carrying svgbob's filled-circle marker
            ok = [p for p in pts if abs(p[0] - x) < 1e-6 and abs(p[1] - y) < 1e-6
                  and "marked_circle" in (p[2].get("class") or "")]
            assert ok, (name, nid, "no circle-marked line end at the dot")
            continue
        x0, y0, x1, y1 = bbox
        near = [p for p in pts if x0 - 1.5 <= p[0] <= x1 + 1.5 and y0 - 1.5 <= p[1] <= y1 + 1.5]
        assert near, (name, nid)
        bx0 = min(p[0] for p in near)
        bx1 = max(p[0] for p in near)
        by0 = min(p[1] for p in near)
        by1 = max(p[1] for p in near)
        err = max(abs(bx0 - x0), abs(bx1 - x1), abs(by0 - y0), abs(by1 - y1))
        if kind == "circle":
            # with lines attached svgbob draws the circle art as arcs and short
            # lines (a ring narrower than the circle): only the centre must agree
            err = 0.0
        cerr = math.hypot((bx0 + bx1) / 2 - x, (by0 + by1) / 2 - y)
        worst = max(worst, cerr)
        if err > 0.01 or cerr > 0.01:
            raise SystemExit("%s: node %s drawn at bbox %s, expected %s" % (
                name, nid, (bx0, by0, bx1, by1), bbox))
    return worst


# ------------------------------------------------------------------ output

SUMMARY = []


def emit(name, cv, edges, directed, notes):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, name + ".bob")
    with open(src, "w") as f:
        f.write(cv.ascii())
    out = os.path.join(WORK, name + ".svg")
    subprocess.run([BOB, src, "-o", out], check=True, capture_output=True)
    with open(out) as f:
        svg = f.read()
    worst = check(name, svg, cv.nodes)
    ids = [n[0] for n in cv.nodes]
    assert len(set(ids)) == len(ids), name
    for e in edges:
        assert e[0] in ids and e[1] in ids, (name, e)
    truth = {
        "generator": "svgbob_cli %s" % VERSION,
        "directed": directed,
        "nodes": [dict({"id": nid, "x": round(x, 4), "y": round(y, 4)},
                       **({"label": label} if label else {}))
                  for nid, x, y, label, kind, bbox in cv.nodes],
        "edges": [list(e) for e in edges],
        "notes": notes,
    }
    shutil.copyfile(out, os.path.join(HERE, name + ".svg"))
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    SUMMARY.append((name, len(ids), len(edges), directed, worst))
    print("%-24s %3d nodes %3d edges  max centre error %.2g" % (name, len(ids), len(edges), worst))


# ------------------------------------------------------------------ drawings

def flowchart():
    cv = Canvas()
    s = cv.box("start", 10, 0, 11, 3, "Start", rounded=True)
    rd = cv.box("read", 8, 5, 15, 3, "Read line")
    ok = cv.box("ok", 8, 10, 15, 3, "Valid?")
    pr = cv.box("parse", 8, 15, 15, 3, "Parse")
    er = cv.box("err", 30, 10, 13, 3, "Report")
    en = cv.box("end", 10, 20, 11, 3, "End", rounded=True)
    c = s["mc"]
    cv.route([(c, 3), (c, 4)], head=True)
    cv.route([(c, 8), (c, 9)], head=True)
    cv.route([(c, 13), (c, 14)], head=True)
    cv.text(c + 2, 13, "yes")
    cv.route([(c, 18), (c, 19)], head=True)
    cv.route([(23, 11), (29, 11)], head=True)
    cv.text(24, 10, "no")
    # retry: from Report's top back into Read line's right side
    cv.route([(36, 9), (36, 6), (24, 6)], head=True)
    edges = [("start", "read"), ("read", "ok"), ("ok", "parse"), ("parse", "end"),
             ("ok", "err"), ("err", "read")]
    emit("flowchart", cv, edges, True,
         "Flowchart: rounded `.---.` terminals and `+---+` steps, `v` and `>` arrows, a "
         "bent back edge with a rounded corner, yes/no labels beside the arrows. Boxes "
         "touched by an edge are drawn by svgbob as separate <line>s, the others as <rect>.")


def state_machine():
    cv = Canvas()
    a = cv.circle("s0", 2, 2, "S0")
    b = cv.circle("s1", 22, 2, "S1")
    c = cv.circle("s2", 22, 10, "S2")
    d = cv.circle("s3", 2, 10, "S3")
    cv.route([(8, 3), (21, 3)], head=True)          # s0 -> s1
    cv.text(12, 2, "a")
    cv.route([(25, 5), (25, 9)], head=True)         # s1 -> s2
    cv.text(27, 7, "b")
    cv.route([(21, 11), (8, 11)], head=True)        # s2 -> s3
    cv.text(14, 12, "c")
    cv.route([(5, 9), (5, 5)], head=True)           # s3 -> s0
    cv.text(7, 7, "d")
    # self-loop on s1: out of the top, round, back into the right side
    cv.route([(25, 1), (25, 0), (31, 0), (31, 3), (28, 3)], head=True)
    cv.text(33, 1, "a")
    # self-loop on s3: out of the bottom, round, back into the left side
    cv.route([(5, 13), (5, 14), (0, 14), (0, 11), (1, 11)], head=True)
    edges = [("s0", "s1"), ("s1", "s2"), ("s2", "s3"), ("s3", "s0"), ("s1", "s1"), ("s3", "s3")]
    emit("state-machine", cv, edges, True,
         "State machine of svgbob circle art (`.--.` / `(S0)` / `` `--' ``), straight "
         "arrows between them and two self-loops drawn as bent routes with rounded corners "
         "that leave and re-enter the same circle. Single-letter edge labels.")


def tree():
    cv = Canvas()
    cv.box("root", 17, 0, 9, 3, "root")
    cv.box("a", 10, 9, 5, 3, "a")
    cv.box("b", 28, 9, 5, 3, "b")
    cv.box("c", 6, 16, 5, 3, "c")
    cv.box("d", 14, 16, 5, 3, "d")
    cv.box("f", 24, 16, 5, 3, "f")
    cv.box("e", 32, 16, 5, 3, "e")
    cv.route([(18, 3), (13, 8)])       # root -- a
    cv.route([(24, 3), (29, 8)])       # root -- b
    cv.route([(11, 12), (8, 15)])      # a -- c
    cv.route([(13, 12), (16, 15)])     # a -- d
    cv.route([(29, 12), (26, 15)])     # b -- f
    cv.route([(31, 12), (34, 15)])     # b -- e
    edges = [("root", "a"), ("root", "b"), ("a", "c"), ("a", "d"), ("b", "e"), ("b", "f")]
    emit("tree", cv, edges, False,
         "Binary tree of `+---+` boxes joined by `/` and `\\` diagonals from under each "
         "parent to the top of each child, no arrows: undirected. svgbob draws each diagonal run as one <line>.")


def dots_mesh():
    cv = Canvas()
    P = {"a": (2, 1), "b": (14, 1), "c": (26, 1), "d": (2, 7), "e": (14, 7), "f": (26, 7)}
    for k, (c, r) in P.items():
        cv.dot(k, c, r, k.upper(), side="above" if r == 1 else "below")
    cv.route([(3, 1), (13, 1)])
    cv.route([(15, 1), (25, 1)])
    cv.route([(3, 7), (13, 7)])
    cv.route([(15, 7), (25, 7)])
    cv.route([(2, 2), (2, 6)])
    cv.route([(14, 2), (14, 6)])
    cv.route([(26, 2), (26, 6)])
    # diagonals a-e? 12 cols / 6 rows is not 45 deg; use b-d style through cells
    edges = [("a", "b"), ("b", "c"), ("d", "e"), ("e", "f"), ("a", "d"), ("b", "e"), ("c", "f")]
    cv.box("g", 34, 3, 7, 3, "G")
    emit("dots-grid", cv, edges, False,
         "Ladder network of `*` vertices (svgbob draws each as a line end with a filled "
         "circle marker, no shape element) with letters above or below, `-` and `|` edges. "
         "The dot where only lines leave is a zero-length <line> with the marker. G is an "
         "isolated `+---+` box (a lone `*` would stay a text glyph).")


def dots_diamond():
    cv = Canvas()
    # 45-degree diagonals in cells: one column per row
    P = {"n": (10, 1), "w": (6, 5), "e": (14, 5), "s": (10, 9), "x": (28, 5), "y": (28, 9)}
    sides = {"n": "above", "w": "left", "e": "right", "s": "below", "x": "above", "y": "below"}
    for k, (c, r) in P.items():
        cv.dot(k, c, r, k.upper(), side=sides[k])
    cv.route([(9, 2), (7, 4)])      # n - w
    cv.route([(11, 2), (13, 4)])    # n - e
    cv.route([(7, 6), (9, 8)])      # w - s
    cv.route([(13, 6), (11, 8)])    # e - s
    cv.route([(10, 2), (10, 8)])    # n - s
    cv.route([(15, 5), (27, 5)])    # e - x
    cv.route([(28, 6), (28, 8)])    # x - y
    edges = [("n", "w"), ("n", "e"), ("w", "s"), ("e", "s"), ("n", "s"), ("e", "x"), ("x", "y")]
    emit("dots-diagonal", cv, edges, False,
         "Undirected graph of `*` vertices joined by 45-degree `/` and `\\` runs and by "
         "`|` and `-`, labels beside the dots. The N-S edge crosses nothing but runs "
         "between the two diagonal pairs.")


def pipeline():
    cv = Canvas()
    cv.box("src", 0, 4, 8, 3, "input")
    cv.box("lex", 14, 4, 7, 3, "lex")
    cv.box("parse", 27, 4, 9, 3, "parse")
    cv.box("opt", 44, 0, 7, 3, "opt", rounded=True)
    cv.box("gen", 44, 8, 7, 3, "gen", rounded=True)
    cv.box("out", 58, 4, 7, 3, "out")
    cv.route([(8, 5), (13, 5)], head=True)
    cv.route([(21, 5), (26, 5)], head=True)
    cv.route([(36, 5), (39, 5), (39, 1), (43, 1)], head=True)   # parse -> opt
    cv.route([(36, 5), (39, 5), (39, 9), (43, 9)], head=True)   # parse -> gen (shares the trunk)
    cv.route([(51, 1), (54, 1), (54, 5), (57, 5)], head=True)   # opt -> out
    cv.route([(51, 9), (54, 9), (54, 5), (57, 5)], head=True)   # gen -> out (joins)
    cv.put(39, 5, "+")
    cv.put(54, 5, "+")
    edges = [("src", "lex"), ("lex", "parse"), ("parse", "opt"), ("parse", "gen"),
             ("opt", "out"), ("gen", "out")]
    emit("pipeline", cv, edges, True,
         "Compiler pipeline left to right: `-->` arrows, a fan-out whose two branches share "
         "one trunk through a `+` junction, and a fan-in that joins at a `+` before one "
         "arrowhead. Plain and rounded boxes.")


def bidirectional():
    cv = Canvas()
    cv.box("web", 0, 0, 9, 3, "web", rounded=True)
    cv.box("api", 18, 0, 9, 3, "api", rounded=True)
    cv.box("db", 36, 0, 8, 3, "db", rounded=True)
    cv.box("cache", 18, 7, 9, 3, "cache", rounded=True)
    cv.box("queue", 36, 7, 9, 3, "queue", rounded=True)
    cv.route([(9, 1), (17, 1)], head=True, tail=True)
    cv.route([(27, 1), (35, 1)], head=True, tail=True)
    cv.route([(22, 3), (22, 6)], head=True, tail=True)
    cv.route([(27, 8), (35, 8)], head=True, tail=True)
    cv.route([(40, 3), (40, 6)], head=True, tail=True)
    edges = [("web", "api"), ("api", "db"), ("api", "cache"), ("cache", "queue"), ("db", "queue")]
    emit("bidirectional", cv, edges, False,
         "Service map of rounded boxes where every edge is `<---->` or a `^`/`v` pair: heads "
         "at both ends, so undirected.")


def dashed():
    cv = Canvas()
    cv.box("A", 0, 0, 5, 3)
    cv.box("B", 16, 0, 5, 3)
    cv.box("C", 0, 7, 5, 3)
    cv.box("D", 16, 7, 5, 3)
    cv.box("E", 32, 0, 5, 3)
    cv.box("F", 32, 7, 5, 3)
    cv.route([(5, 1), (15, 1)], dashed=True)
    cv.route([(2, 3), (2, 6)], dashed=True)
    cv.route([(5, 8), (15, 8)])
    cv.route([(18, 3), (18, 6)])
    cv.route([(21, 1), (31, 1)])
    cv.route([(34, 3), (34, 6)], dashed=True)
    edges = [("A", "B"), ("A", "C"), ("C", "D"), ("B", "D"), ("B", "E"), ("E", "F")]
    cv.box("G", 44, 4, 5, 3)
    emit("dashed", cv, edges, False,
         "Undirected grid of boxes with solid `-`/`|` and dashed `~`/`:` edges (svgbob class "
         "`broken`, dash from CSS). G is an isolated box.")


def multigraph():
    cv = Canvas()
    cv.box("p", 0, 2, 7, 5, "P")
    cv.box("q", 24, 2, 7, 5, "Q")
    cv.box("r", 24, 12, 7, 3, "R")
    cv.route([(7, 3), (23, 3)], head=True)     # p -> q
    cv.text(13, 2, "req")
    cv.route([(7, 5), (23, 5)], tail=True)     # q -> p   (drawn  <----)
    cv.text(13, 6, "ack")
    cv.route([(26, 7), (26, 11)], head=True)   # q -> r
    cv.route([(28, 7), (28, 11)], head=True)   # q -> r again
    cv.route([(23, 13), (3, 13), (3, 7)], head=True)   # r -> p
    edges = [("p", "q"), ("q", "p"), ("q", "r"), ("q", "r"), ("r", "p")]
    emit("multigraph", cv, edges, True,
         "Multigraph: P and Q joined by a `--->` and a `<---` (reciprocal, parallel, "
         "labelled req/ack), two parallel `v` arrows Q->R, and an R->P route with a "
         "rounded corner. 5-row boxes so two edges fit on one side.")


def self_loops():
    cv = Canvas()
    cv.box("idle", 0, 3, 8, 3, "idle")
    cv.box("busy", 20, 3, 8, 3, "busy")
    cv.route([(8, 4), (19, 4)], head=True)
    cv.text(11, 3, "start")
    # loop on idle: up from the top, right, down into the right side? keep on top: out and back in
    cv.route([(2, 2), (2, 0), (5, 0), (5, 2)], head=True)
    # loop on busy: out of its right side, down, back into its bottom
    cv.route([(28, 4), (31, 4), (31, 8), (24, 8), (24, 6)], head=True)
    cv.text(33, 6, "tick")
    # busy -> idle below
    cv.route([(21, 6), (21, 9), (4, 9), (4, 6)], head=True)
    cv.text(10, 10, "done")
    edges = [("idle", "busy"), ("idle", "idle"), ("busy", "busy"), ("busy", "idle")]
    emit("self-loops", cv, edges, True,
         "Two states with self-loops drawn as little `.--.` hooks that leave a box and come "
         "back with an arrowhead on the same box (one on top, one from the side round to the "
         "bottom), plus a bent return edge under them.")


def circles_labels():
    cv = Canvas()
    a = cv.small_circle("a", 0, 0, "a")
    b = cv.small_circle("b", 20, 0, "b")
    c = cv.small_circle("c", 0, 8, "c")
    d = cv.small_circle("d", 20, 8, "d")
    e = cv.circle("hub", 40, 4, "Hx")
    cv.route([(5, 1), (19, 1)])
    cv.text(11, 0, "3")
    cv.route([(2, 3), (2, 7)])
    cv.text(4, 5, "1")
    cv.route([(5, 9), (19, 9)])
    cv.text(11, 10, "4")
    cv.route([(22, 3), (22, 7)])
    cv.text(24, 5, "5")
    cv.route([(25, 1), (34, 1), (34, 5), (39, 5)])
    cv.route([(25, 9), (43, 9), (43, 7)])
    edges = [("a", "b"), ("a", "c"), ("c", "d"), ("b", "d"), ("b", "hub"), ("d", "hub")]
    emit("circles-weights", cv, edges, False,
         "Weighted undirected graph of svgbob's small circle art `,-.` / `( a )` / `` `-' `` "
         "and one larger circle, edges with number labels beside them, two bent edges "
         "into the larger circle.")


def mixed():
    cv = Canvas()
    cv.box("user", 0, 0, 10, 3, "user", rounded=True)
    cv.circle("lb", 18, 0, "LB")
    cv.box("app1", 32, 0, 8, 3, "app1")
    cv.box("app2", 32, 6, 8, 3, "app2")
    cv.small_circle("log", 47, 2, "L")
    cv.box("db", 18, 10, 8, 3, "db")
    cv.route([(10, 1), (17, 1)], head=True)
    cv.route([(24, 1), (31, 1)], head=True)
    cv.route([(22, 3), (22, 7), (31, 7)], head=True)
    cv.route([(40, 1), (44, 1), (44, 3), (46, 3)], head=True)
    cv.route([(40, 7), (49, 7), (49, 5)], head=True)
    cv.route([(36, 9), (36, 11), (27, 11)], head=True)
    cv.text(0, 13, "figure 1: request path")
    cv.box("spare", 0, 6, 9, 3, "spare")
    edges = [("user", "lb"), ("lb", "app1"), ("lb", "app2"), ("app1", "log"), ("app2", "log"),
             ("app2", "db")]
    return cv, edges


def architecture():
    cv = Canvas()
    cv.box("client", 0, 0, 12, 4, lines=["browser", "client"], rounded=True)
    cv.box("gw", 22, 0, 12, 4, lines=["API", "gateway"])
    cv.box("auth", 44, 0, 10, 4, lines=["auth"])
    cv.box("svc", 22, 9, 12, 4, lines=["orders"])
    cv.box("store", 44, 9, 10, 4, lines=["store"], rounded=True)
    cv.box("audit", 0, 9, 12, 4, lines=["audit"])
    cv.route([(12, 1), (21, 1)], head=True)
    cv.text(14, 0, "HTTPS")
    cv.route([(21, 2), (12, 2)], head=True)
    cv.route([(34, 1), (43, 1)], head=True)
    cv.route([(27, 4), (27, 8)], head=True)
    cv.route([(34, 10), (43, 10)], head=True)
    cv.text(36, 11, "SQL")
    cv.route([(21, 11), (13, 11)], head=True, dashed=True)
    cv.text(0, 15, "Fig. 2  order service")
    edges = [("client", "gw"), ("gw", "client"), ("gw", "auth"), ("gw", "svc"), ("svc", "store"),
             ("svc", "audit")]
    emit("architecture", cv, edges, True,
         "Architecture sketch: 4-row boxes with two-line labels, request and response "
         "arrows as a parallel reciprocal pair, a dashed `<~~~~` arrow, edge labels "
         "(HTTPS, SQL) and a caption under the figure.")


def main():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    flowchart()
    state_machine()
    tree()
    dots_mesh()
    dots_diamond()
    pipeline()
    bidirectional()
    dashed()
    multigraph()
    self_loops()
    circles_labels()
    cv, edges = mixed()
    emit("mixed-shapes", cv, edges, True,
         "Rounded box, circle art (`LB`, and a small `( L )` for the log), plain boxes and an "
         "isolated box `spare`. Arrows with rounded bends into the sides and bottoms of "
         "shapes; a caption under the figure.")
    architecture()


if __name__ == "__main__":
    main()
