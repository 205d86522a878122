#!/usr/bin/env python3
"""Regenerate the libreoffice-draw corpus: flat ODF drawings (.fodg) written
by this script (ellipses, rectangles, connectors between them, arrow markers
on some), converted to SVG by LibreOffice Draw:

    soffice --headless --convert-to svg --outdir DIR NAME.fodg

Truth:
  * nodes: the shapes this script writes; position = centre of the shape's
    frame (svg:x + svg:width/2, svg:y + svg:height/2, in cm), times 1000:
    LibreOffice's SVG export works in 1/100 mm (viewBox "0 0 W H" with W =
    page width in 1/100 mm, no transforms on shapes). The script checks this
    against each shape's <rect class="BoundingBox"> in the SVG (the frame
    grown by about one unit on each side);
  * edges: the draw:connector elements (draw:start-shape, draw:end-shape);
    directed = every connector of the drawing carries an end arrow marker;
  * label: the shape's text paragraph.

The .fodg sources are kept next to the SVGs (NAME.fodg).
Run:  python3 generate.py     (needs soffice on PATH, see README)
"""
import json
import math
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def rng(seed):
    state = [seed & 0x7FFFFFFF]

    def r():
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] / 0x80000000
    return r


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.graphics">
<office:styles>
 <draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>
 <style:style style:name="shape" style:family="graphic">
  <style:graphic-properties draw:fill="solid" draw:fill-color="{fill}" svg:stroke-color="#333333"
   draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="{fs}pt" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/>
 </style:style>
 <style:style style:name="edge" style:family="graphic">
  <style:graphic-properties svg:stroke-color="#222222" svg:stroke-width="0.03cm"{marker}/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="{pw}cm" fo:page-height="{ph}cm"
  fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>
<office:body><office:drawing><draw:page draw:name="page1" draw:master-page-name="Default">
"""
TAIL = """</draw:page></office:drawing></office:body></office:document>
"""


def f(v):
    return ("%.3f" % v).rstrip("0").rstrip(".")


class Doc:
    def __init__(self, pw, ph, directed, fill="#cfe2f3", fs=10):
        self.pw, self.ph, self.directed, self.fill, self.fs = pw, ph, directed, fill, fs
        self.shapes = []   # (id, kind, x, y, w, h, label)
        self.conns = []    # (a, b, type, glue_a, glue_b)

    def shape(self, nid, kind, cx, cy, w, h, label=None):
        self.shapes.append((nid, kind, cx - w / 2, cy - h / 2, w, h, label))

    def conn(self, a, b, typ="standard", ga=None, gb=None):
        self.conns.append((a, b, typ, ga, gb))

    def fodg(self):
        marker = ' draw:marker-end="Arrow" draw:marker-end-width="0.3cm"' if self.directed else ""
        out = [HEAD.format(pw=f(self.pw), ph=f(self.ph), marker=marker, fill=self.fill, fs=self.fs)]
        for nid, kind, x, y, w, h, label in self.shapes:
            tag = {"ellipse": "draw:ellipse", "rect": "draw:rect"}[kind]
            txt = "<text:p>%s</text:p>" % label if label else ""
            out.append(' <%s draw:style-name="shape" draw:id="%s" xml:id="%s" svg:x="%scm" svg:y="%scm" '
                       'svg:width="%scm" svg:height="%scm">%s</%s>\n'
                       % (tag, nid, nid, f(x), f(y), f(w), f(h), txt, tag))
        for a, b, typ, ga, gb in self.conns:
            g = ""
            if ga is not None:
                g += ' draw:start-glue-point="%d"' % ga
            if gb is not None:
                g += ' draw:end-glue-point="%d"' % gb
            out.append(' <draw:connector draw:style-name="edge" draw:type="%s" draw:start-shape="%s" '
                       'draw:end-shape="%s"%s/>\n' % (typ, a, b, g))
        out.append(TAIL)
        return "".join(out)


def soffice_version():
    out = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout
    m = re.search(r"LibreOffice (\S+)", out)
    return m.group(1) if m else "?"


GEN = None


def build(name, doc, notes):
    src = os.path.join(HERE, name + ".fodg")
    with open(src, "w") as fh:
        fh.write(doc.fodg())
    with tempfile.TemporaryDirectory() as td:
        env = dict(os.environ, HOME=td)  # a throw-away LibreOffice profile
        subprocess.run(["soffice", "--headless", "--convert-to", "svg", "--outdir", td, src],
                       check=True, capture_output=True, env=env)
        shutil.copy(os.path.join(td, name + ".svg"), os.path.join(HERE, name + ".svg"))
    svg = open(os.path.join(HERE, name + ".svg")).read()
    vb = re.search(r'viewBox="([^"]+)"', svg).group(1).split()
    assert [float(v) for v in vb] == [0, 0, doc.pw * 1000, doc.ph * 1000], (name, vb)
    # BoundingBox rects of the shape groups, in document order (shapes come before connectors)
    boxes = re.findall(r'<g class="com\.sun\.star\.drawing\.(\w+)Shape">\s*<g id="[^"]*">\s*'
                       r'<rect class="BoundingBox" stroke="none" fill="none" x="([-\d.]+)" y="([-\d.]+)" '
                       r'width="([-\d.]+)" height="([-\d.]+)"/>', svg)
    shape_boxes = [b for b in boxes if b[0] in ("Ellipse", "Rectangle")]
    assert len(shape_boxes) == len(doc.shapes), (name, len(shape_boxes))
    assert sum(1 for b in boxes if b[0] == "Connector") == len(doc.conns), name
    nodes = []
    for (nid, kind, x, y, w, h, label), b in zip(doc.shapes, shape_boxes):
        X, Y = (x + w / 2) * 1000, (y + h / 2) * 1000
        bx, by, bw, bh = [float(v) for v in b[1:]]
        assert abs(bx + bw / 2 - X) < 2 and abs(by + bh / 2 - Y) < 2, (name, nid, X, Y, b)
        n = {"id": nid, "x": round(X, 3), "y": round(Y, 3)}
        if label:
            n["label"] = label
        nodes.append(n)
    edges = [[a, b] for a, b, _, _, _ in doc.conns]
    truth = {"generator": GEN, "directed": doc.directed, "nodes": nodes, "edges": edges, "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w") as fh:
        json.dump(truth, fh, indent=1)
        fh.write("\n")
    print("%-26s %3d nodes %3d edges %7d bytes" % (name, len(nodes), len(edges), len(svg)))


def ring_directed():
    d = Doc(20, 16, True)
    n = 8
    for i in range(n):
        a = 2 * math.pi * i / n
        d.shape("e%d" % i, "ellipse", 10 + 6 * math.cos(a), 8 + 6 * math.sin(a), 2, 2, "E%d" % i)
    for i in range(n):
        d.conn("e%d" % i, "e%d" % ((i + 1) % n), "standard")
    d.conn("e0", "e4", "standard")
    d.conn("e2", "e6", "standard")
    build("ring-standard-arrows-8", d,
          "8 ellipses (circles) on a ring with text; 'standard' connectors (axis-parallel elbows routed by "
          "LibreOffice between glue points it picks), each with an end arrow (filled triangle path)")


def grid_lines():
    d = Doc(24, 16, False, fill="#fde9d9")
    r = rng(5)
    ids = []
    for i in range(12):
        cx, cy = 3 + (i % 4) * 6, 3 + (i // 4) * 5
        d.shape("r%d" % i, "rect", cx, cy, 3, 1.6, "box %d" % i)
        ids.append("r%d" % i)
    pairs = set()
    while len(pairs) < 13:
        a, b = int(r() * 10), int(r() * 10)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    for a, b in sorted(pairs):
        d.conn("r%d" % a, "r%d" % b, "line")
    build("grid-lines-12", d,
          "12 rectangles on a grid with labels, straight 'line' connectors without markers (undirected), "
          "r10 and r11 isolated; lines may cross other boxes")


def curves_mixed():
    d = Doc(22, 14, True, fill="#d9ead3")
    pos = [(3, 3), (10, 2.5), (18, 3.5), (4, 10), (11, 8), (18, 11), (7, 6), (15, 7), (11, 12.2), (1.8, 6.5)]
    for i, (x, y) in enumerate(pos):
        if i % 2:
            d.shape("m%d" % i, "rect", x, y, 2.4, 1.2, "M%d" % i)
        else:
            d.shape("m%d" % i, "ellipse", x, y, 2.2, 1.4, "M%d" % i)
    for a, b in [(0, 1), (1, 2), (2, 5), (5, 8), (8, 3), (3, 0), (6, 4), (4, 7), (7, 2), (0, 6), (4, 8), (9, 3)]:
        d.conn("m%d" % a, "m%d" % b, "curve")
    d.conn("m1", "m4", "curve", 2, 0)
    d.conn("m1", "m4", "standard", 3, 3)
    build("curves-mixed-10", d,
          "ellipses and rectangles alternating; 'curve' connectors (cubic Bezier paths) with end arrows; "
          "m1->m4 drawn twice (a curve bottom->top and an elbow from the left sides), so a multigraph")


def loops_parallel():
    d = Doc(16, 12, True, fill="#fff2cc")
    pos = {"a": (3, 3), "b": (11, 3), "c": (3, 9), "d": (11, 9), "e": (7, 6), "f": (14.3, 6)}
    for k, (x, y) in pos.items():
        d.shape(k, "ellipse" if k in "ace" else "rect", x, y, 2, 1.4, k.upper())
    d.conn("a", "b", "standard", 1, 3)
    d.conn("b", "a", "standard", 0, 0)
    d.conn("a", "c", "line")
    d.conn("c", "d", "standard")
    d.conn("d", "b", "line")
    d.conn("e", "d", "curve")
    d.conn("c", "c", "standard", 3, 2)
    d.conn("d", "d", "standard", 1, 2)
    build("loops-parallel-6", d,
          "self-loops as 'standard' connectors from a shape to itself (c: left glue point to bottom one, "
          "d: right to bottom), a->b straight and b->a as an elbow over the top (top glue points), mixed "
          "line/curve/standard connectors, all with end arrows; f isolated")


def scatter_30():
    d = Doc(26, 18, False, fill="#c9daf8", fs=7)
    r = rng(77)
    pts = []
    while len(pts) < 30:
        x, y = 1 + r() * 24, 1 + r() * 16
        if all(math.hypot(x - a, y - b) > 2.2 for a, b in pts):
            pts.append((x, y))
    for i, (x, y) in enumerate(pts):
        d.shape("n%d" % i, "ellipse", x, y, 0.9, 0.9, str(i))
    for i in range(1, 30):
        j = min(range(i), key=lambda k: math.hypot(pts[k][0] - pts[i][0], pts[k][1] - pts[i][1]))
        d.conn("n%d" % j, "n%d" % i, "line")
    for _ in range(6):
        a, b = int(r() * 30), int(r() * 30)
        if a != b:
            d.conn("n%d" % a, "n%d" % b, "line")
    build("scatter-lines-30", d,
          "30 small circles with number labels, undirected straight 'line' connectors (nearest-earlier tree "
          "plus extras), the line ends on the glue points LibreOffice picks (top/right/bottom/left of each circle)")


def flow_boxes():
    d = Doc(18, 22, True, fill="#ead1dc", fs=9)
    rows = [("s", "start", 9, 2), ("p1", "read input", 9, 5), ("p2", "validate", 9, 8), ("p3", "transform", 5, 11),
            ("p4", "reject", 14, 11), ("p5", "save", 5, 14), ("p6", "notify", 14, 14), ("p7", "log", 9, 17), ("e", "end", 9, 20)]
    for nid, lab, x, y in rows:
        d.shape(nid, "ellipse" if nid in ("s", "e") else "rect", x, y, 3.4, 1.4, lab)
    for a, b in [("s", "p1"), ("p1", "p2"), ("p2", "p3"), ("p2", "p4"), ("p3", "p5"), ("p4", "p6"),
                 ("p5", "p7"), ("p6", "p7"), ("p7", "e"), ("p4", "p1")]:
        d.conn(a, b, "standard")
    build("flow-boxes-9", d,
          "top-down flowchart: ellipse start/end, labelled rectangles, 'standard' elbow connectors with end "
          "arrows, including a back edge p4->p1 routed around the side")


if __name__ == "__main__":
    GEN = "LibreOffice %s Draw (soffice --headless --convert-to svg)" % soffice_version()
    ring_directed()
    grid_lines()
    curves_mixed()
    loops_parallel()
    scatter_30()
    flow_boxes()
