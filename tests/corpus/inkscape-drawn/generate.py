#!/usr/bin/env python3
"""Regenerates every NAME.svg + NAME.truth.json of this folder.

Node-link figures as a person draws them by hand in Inkscape 1.2 and commits
them: each drawing's source is written here, from the graph data below, in
Inkscape's own document format (sodipodi:namedview, layers with translate
transforms, <circle>/<ellipse>/<rect rx>, sodipodi arcs and stars, text with
sodipodi:role="line" tspans, stock markers copied verbatim from Inkscape's
marker files, connectors with inkscape:connection-start/-end, relative
`m ... c ...` Bezier edges, node+label groups with transforms).  Inkscape
itself then writes the committed file (Inkscape SVG, plain SVG, text to path,
or object to path; see MODES).  Inkscape re-routes the connectors on load, so
their geometry in the committed files is Inkscape's.

Truth: the graph data here.  Positions: each node shape is found in the
OUTPUT file by its element id; the centre of its geometry (attributes of
<circle>/<ellipse>/<rect>, or the exact bounding box of a <path>, all node
shapes being centrally symmetric) is mapped through every transform of the
element and its ancestors (the root viewBox is not applied).  The script
checks that this equals the coordinates written in the source composed with
the layer and group transforms, to 1e-3.

Usage: python3 generate.py [NAME-SUBSTRING]
  needs inkscape (Debian 1.2.2) and svgelements (pip) for path bounding boxes;
  run with the venv python described in README.md.
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from svgelements import Path as SEPath

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("INKSCAPE_DRAWN_WORK", "/tmp/inkscape-drawn-work")
NEW_MARKERS = "/usr/share/inkscape/markers/markers.svg"      # Inkscape 1.2 stock markers
# the pre-1.2 stock set (Arrow1Lend, TriangleOutL, StopL, ...), as Inkscape wrote it into its own example files
OLD_MARKERS = ["/usr/share/inkscape/examples/markers.svg",
               "/usr/share/inkscape/examples/live-path-effects-pathalongpath.svg"]

MODES = {
    "inkscape": ["--export-type=svg"],
    "plain": ["--export-plain-svg"],
    "plain-text2path": ["--export-plain-svg", "--export-text-to-path"],
    "inkscape-text2path": ["--export-type=svg", "--export-text-to-path"],
    "object2path": ["--actions=select-all:all;object-to-path", "--export-type=svg"],
}


def f(v):
    """Inkscape-like number: up to 6 significant decimals, no trailing zeros."""
    s = ("%.6f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ------------------------------------------------------------------ markers
def marker(stockid, new=True):
    for fn in ([NEW_MARKERS] if new else OLD_MARKERS):
        src = open(fn).read()
        for m in re.finditer(r"<marker\b[\s\S]*?</marker>", src):
            if re.search(r'\bid="%s"' % re.escape(stockid), m.group(0).split(">")[0] + ">"):
                return "    " + m.group(0)
    raise KeyError(stockid)


# ------------------------------------------------------------------ affine maths
def mat_mul(a, b):
    return (a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
            a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
            a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5])


def apply(m, p):
    return (m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5])


def parse_transform(t):
    m = (1, 0, 0, 1, 0, 0)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", t or ""):
        a = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            n = (1, 0, 0, 1, a[0], a[1] if len(a) > 1 else 0)
        elif name == "scale":
            n = (a[0], 0, 0, a[1] if len(a) > 1 else a[0], 0, 0)
        elif name == "rotate":
            r = math.radians(a[0])
            n = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
            if len(a) == 3:
                n = mat_mul(mat_mul((1, 0, 0, 1, a[1], a[2]), n), (1, 0, 0, 1, -a[1], -a[2]))
        elif name == "matrix":
            n = tuple(a)
        else:
            raise ValueError(name)
        m = mat_mul(m, n)
    return m


# ------------------------------------------------------------------ the document builder
class Doc:
    def __init__(self, name, width, height, units="mm", vb=None, layer_tf=None, bg=None):
        self.name, self.units = name, units
        self.w, self.h = width, height
        self.vb = vb or (0, 0, width, height)
        self.defs, self.body = [], []
        self.nodes = {}       # id -> node record
        self.order = []
        self.edges = []
        self.n = 846
        self.layer_tf = layer_tf
        self.stack = [parse_transform(layer_tf)]   # transform of the current parent
        self.sw = 0.264583 if units == "mm" else 1.0
        self.font = 4.23333 if units == "mm" else 16.0
        self.bg = bg

    def nid(self, p):
        self.n += 1
        return "%s%d" % (p, self.n)

    def add(self, s):
        self.body.append(s)

    # groups
    def open_g(self, tf=None, gid=None, label=None, layer=False):
        gid = gid or self.nid("g")
        a = ['<g id="%s"' % gid]
        if layer:
            a.append('inkscape:groupmode="layer"')
        if label:
            a.append('inkscape:label="%s"' % label)
        if tf:
            a.append('transform="%s"' % tf)
        self.add("\n       ".join(a) + ">")
        self.stack.append(mat_mul(self.stack[-1], parse_transform(tf)))

    def close_g(self):
        self.add("</g>")
        self.stack.pop()

    # styles
    def shape_style(self, fill="#ffffff", stroke="#000000", sw=None, extra=""):
        sw = self.sw * 2 if sw is None else sw
        return ("fill:%s;fill-opacity:1;stroke:%s;stroke-width:%s;stroke-linecap:round;"
                "stroke-linejoin:round;stroke-dasharray:none;stroke-opacity:1%s" % (fill, stroke, f(sw), extra))

    def line_style(self, stroke="#000000", sw=None, start=None, end=None, dash=None):
        sw = self.sw * 2 if sw is None else sw
        s = ("fill:none;stroke:%s;stroke-width:%s;stroke-linecap:butt;stroke-linejoin:miter;"
             "stroke-dasharray:%s;stroke-opacity:1" % (stroke, f(sw), dash or "none"))
        if start:
            s += ";marker-start:url(#%s)" % start
        if end:
            s += ";marker-end:url(#%s)" % end
        return s

    # text
    def text(self, x, y, lines, size=None, anchor="middle", fill="#000000", weight=None, tid=None):
        size = size or self.font
        if isinstance(lines, str):
            lines = [lines]
        align = {"middle": "center", "start": "start", "end": "end"}[anchor]
        st = "font-size:%spx;line-height:1.25;font-family:sans-serif;%stext-align:%s;text-anchor:%s;fill:%s;stroke-width:%s" % (
            f(size), "font-weight:%s;" % weight if weight else "", align, anchor, fill, f(self.sw))
        tid = tid or self.nid("text")
        spans = []
        for i, ln in enumerate(lines):
            spans.append('<tspan sodipodi:role="line" id="%s" style="stroke-width:%s" x="%s" y="%s">%s</tspan>' % (
                self.nid("tspan"), f(self.sw), f(x), f(y + i * size * 1.25), ln.replace("&", "&amp;")))
        self.add('<text xml:space="preserve" style="%s" x="%s" y="%s" id="%s">%s</text>' % (
            st, f(x), f(y), tid, "".join(spans)))

    # nodes: kind circle/circlepath/ellipse/rect/diamond/hexagon; all centred on (x, y) in the current parent
    def node(self, key, x, y, kind="circle", size=(8, 8), label=None, lab="in", fill="#ffffff",
             stroke="#000000", sw=None, rx=None, fsize=None, tcol="#000000"):
        # Inkscape's own ids (tag name + a number), as a drawing made with the tools gets them
        eid = self.nid({"circle": "circle", "ellipse": "ellipse", "rect": "rect"}.get(kind, "path"))
        st = self.shape_style(fill, stroke, sw)
        w, h = size
        if kind == "circle":
            self.add('<circle style="%s" id="%s" cx="%s" cy="%s" r="%s" />' % (st, eid, f(x), f(y), f(w)))
        elif kind == "ellipse":
            self.add('<ellipse style="%s" id="%s" cx="%s" cy="%s" rx="%s" ry="%s" />' % (st, eid, f(x), f(y), f(w), f(h)))
        elif kind == "circlepath":
            r = w
            self.add('<path style="%s" id="%s" sodipodi:type="arc" sodipodi:cx="%s" sodipodi:cy="%s" sodipodi:rx="%s" '
                     'sodipodi:ry="%s" d="m %s,%s a %s,%s 0 0 1 %s,%s %s,%s 0 0 1 %s,%s %s,%s 0 0 1 %s,%s %s,%s 0 0 1 %s,%s z" />' % (
                         st, eid, f(x), f(y), f(r), f(r), f(x + r), f(y), f(r), f(r), f(-r), f(r), f(r), f(r), f(-r), f(-r),
                         f(r), f(r), f(r), f(-r), f(r), f(r), f(r), f(r)))
        elif kind == "rect":
            a = '<rect style="%s" id="%s" width="%s" height="%s" x="%s" y="%s"' % (st, eid, f(2 * w), f(2 * h), f(x - w), f(y - h))
            if rx:
                a += ' rx="%s" ry="%s"' % (f(rx), f(rx))
            self.add(a + " />")
        elif kind == "diamond":
            self.add('<path style="%s" d="m %s,%s %s,%s %s,%s %s,%s z" id="%s" sodipodi:nodetypes="cccc" />' % (
                st, f(x), f(y - h), f(w), f(h), f(-w), f(h), f(-w), f(-h), eid))
        elif kind == "hexagon":
            r = w
            pts = [(x + r * math.cos(math.pi / 3 * k), y + r * math.sin(math.pi / 3 * k)) for k in range(6)]
            d = "m %s,%s " % (f(pts[0][0]), f(pts[0][1])) + " ".join(
                "%s,%s" % (f(pts[k][0] - pts[k - 1][0]), f(pts[k][1] - pts[k - 1][1])) for k in range(1, 6)) + " z"
            self.add('<path sodipodi:type="star" style="%s" id="%s" inkscape:flatsided="true" sodipodi:sides="6" '
                     'sodipodi:cx="%s" sodipodi:cy="%s" sodipodi:r1="%s" sodipodi:r2="%s" sodipodi:arg1="0" '
                     'sodipodi:arg2="0.52359878" inkscape:rounded="0" inkscape:randomized="0" d="%s" '
                     'inkscape:transform-center-x="0" inkscape:transform-center-y="0" />' % (
                         st, eid, f(x), f(y), f(r), f(r * math.cos(math.pi / 6)), d))
        else:
            raise ValueError(kind)
        fs = fsize or self.font
        if label is not None:
            if lab == "in":
                self.text(x, y + fs * 0.35, label, fs, fill=tcol)
            elif lab == "right":
                self.text(x + w + fs * 0.4, y + fs * 0.35, label, fs, anchor="start", fill=tcol)
            elif lab == "left":
                self.text(x - w - fs * 0.4, y + fs * 0.35, label, fs, anchor="end", fill=tcol)
            elif lab == "below":
                self.text(x, y + h + fs * 1.1, label, fs, fill=tcol)
            elif lab == "above":
                self.text(x, y - h - fs * 0.4, label, fs, fill=tcol)
        rec = dict(key=key, eid=eid, x=x, y=y, kind=kind, w=w, h=h, label=label,
                   expect=apply(self.stack[-1], (x, y)), frame=self.stack[-1])
        self.nodes[key] = rec
        self.order.append(key)
        return rec

    # boundary point of node n, in its own parent frame, in direction (dx, dy)
    def bnd(self, n, dx, dy, gap=0.0):
        L = math.hypot(dx, dy)
        ux, uy = dx / L, dy / L
        k, w, h = n["kind"], n["w"], n["h"]
        if k in ("circle", "circlepath"):
            t = w
        elif k == "ellipse":
            t = 1 / math.sqrt((ux / w) ** 2 + (uy / h) ** 2)
        elif k == "rect":
            t = min(w / abs(ux) if ux else 1e9, h / abs(uy) if uy else 1e9)
        elif k == "diamond":
            t = 1 / (abs(ux) / w + abs(uy) / h)
        elif k == "hexagon":
            th = math.atan2(uy, ux) % (math.pi / 3)
            t = w * math.cos(math.pi / 6) / math.cos(th - math.pi / 6)
        return (n["x"] + ux * (t + gap), n["y"] + uy * (t + gap))

    def edge_rec(self, a, b):
        self.edges.append([a, b])

    # straight relative polyline, as the pen/bezier tool writes it
    def line(self, a, b, style, gap_a=0.0, gap_b=0.0, rec=None):
        A, B = self.nodes[a], self.nodes[b]
        p = self.bnd(A, B["x"] - A["x"], B["y"] - A["y"], gap_a)
        q = self.bnd(B, A["x"] - B["x"], A["y"] - B["y"], gap_b)
        self.add('<path style="%s" d="m %s,%s %s,%s" id="%s" />' % (style, f(p[0]), f(p[1]), f(q[0] - p[0]), f(q[1] - p[1]), self.nid("path")))
        self.edge_rec(*(rec or (a, b)))
        return p, q

    # one cubic, bowed sideways by `bend` (relative to chord length)
    def curve(self, a, b, style, bend=0.25, rec=None, label=None, lsize=None):
        A, B = self.nodes[a], self.nodes[b]
        dx, dy = B["x"] - A["x"], B["y"] - A["y"]
        L = math.hypot(dx, dy)
        px, py = -dy / L * L * bend, dx / L * L * bend
        c1 = (A["x"] + dx / 3 + px, A["y"] + dy / 3 + py)
        c2 = (A["x"] + 2 * dx / 3 + px, A["y"] + 2 * dy / 3 + py)
        p = self.bnd(A, c1[0] - A["x"], c1[1] - A["y"])
        q = self.bnd(B, c2[0] - B["x"], c2[1] - B["y"])
        self.add('<path style="%s" d="m %s,%s c %s,%s %s,%s %s,%s" id="%s" sodipodi:nodetypes="cc" />' % (
            style, f(p[0]), f(p[1]), f(c1[0] - p[0]), f(c1[1] - p[1]), f(c2[0] - p[0]), f(c2[1] - p[1]),
            f(q[0] - p[0]), f(q[1] - p[1]), self.nid("path")))
        self.edge_rec(*(rec or (a, b)))
        if label:
            m = (0.125 * p[0] + 0.375 * c1[0] + 0.375 * c2[0] + 0.125 * q[0],
                 0.125 * p[1] + 0.375 * c1[1] + 0.375 * c2[1] + 0.125 * q[1])
            s = lsize or self.font * 0.8
            self.text(m[0] + px / L * s * 1.2, m[1] + py / L * s * 1.2 + s * 0.35, label, s, fill="#444444")

    # self-loop as a Bezier teardrop at angle `ang` (degrees)
    def loop_bezier(self, a, style, ang=-90, size=2.2, spread=28):
        A = self.nodes[a]
        t0, t1 = math.radians(ang - spread), math.radians(ang + spread)
        p = self.bnd(A, math.cos(t0), math.sin(t0))
        q = self.bnd(A, math.cos(t1), math.sin(t1))
        R = max(A["w"], A["h"]) * size
        c1 = (A["x"] + R * math.cos(t0 - 0.3), A["y"] + R * math.sin(t0 - 0.3))
        c2 = (A["x"] + R * math.cos(t1 + 0.3), A["y"] + R * math.sin(t1 + 0.3))
        self.add('<path style="%s" d="m %s,%s c %s,%s %s,%s %s,%s" id="%s" sodipodi:nodetypes="cc" />' % (
            style, f(p[0]), f(p[1]), f(c1[0] - p[0]), f(c1[1] - p[1]), f(c2[0] - p[0]), f(c2[1] - p[1]),
            f(q[0] - p[0]), f(q[1] - p[1]), self.nid("path")))
        self.edge_rec(a, a)

    # self-loop as an open sodipodi arc (ellipse tool, "arc" type) outside a circle node
    def loop_arc(self, a, style, ang=-90, rl=None, label=None):
        A = self.nodes[a]
        R = A["w"]
        rl = rl or R * 0.6
        d = R + 0.55 * rl
        u = math.radians(ang)
        C = (A["x"] + d * math.cos(u), A["y"] + d * math.sin(u))
        phi = u + math.pi
        al = math.acos((rl * rl + d * d - R * R) / (2 * rl * d))
        st, en = (phi + al) % (2 * math.pi), (phi - al) % (2 * math.pi)
        sp = (C[0] + rl * math.cos(st), C[1] + rl * math.sin(st))
        ep = (C[0] + rl * math.cos(en), C[1] + rl * math.sin(en))
        self.add('<path style="%s" id="%s" sodipodi:type="arc" sodipodi:cx="%s" sodipodi:cy="%s" sodipodi:rx="%s" '
                 'sodipodi:ry="%s" sodipodi:start="%s" sodipodi:end="%s" sodipodi:arc-type="arc" sodipodi:open="true" '
                 'd="m %s,%s a %s,%s 0 1 1 %s,%s" />' % (
                     style, self.nid("path"), f(C[0]), f(C[1]), f(rl), f(rl), f(st), f(en),
                     f(sp[0]), f(sp[1]), f(rl), f(rl), f(ep[0] - sp[0]), f(ep[1] - sp[1])))
        self.edge_rec(a, a)
        if label:
            s = self.font * 0.8
            self.text(C[0] + (rl + s) * math.cos(u), C[1] + (rl + s) * math.sin(u) + s * 0.35, label, s, fill="#444444")

    # a clone (Alt+D) of node `src`, moved by (dx, dy): a <use> as Inkscape writes it
    def clone(self, key, src, dx, dy, label=None, lab=None):
        S = self.nodes[src]
        eid = self.nid("use")
        self.add('<use x="0" y="0" xlink:href="#%s" id="%s" transform="translate(%s,%s)" width="100%%" height="100%%" />' % (
            S["eid"], eid, f(dx), f(dy)))
        rec = dict(S, key=key, eid=eid, x=S["x"] + dx, y=S["y"] + dy, label=label,
                   expect=apply(self.stack[-1], (S["x"] + dx, S["y"] + dy)))
        self.nodes[key] = rec
        self.order.append(key)
        return rec

    # a pen-tool polyline through the given points (relative path data)
    def polyline(self, pts, style, rec):
        d = "m %s,%s " % (f(pts[0][0]), f(pts[0][1])) + " ".join(
            "%s,%s" % (f(pts[i][0] - pts[i - 1][0]), f(pts[i][1] - pts[i - 1][1])) for i in range(1, len(pts)))
        self.add('<path style="%s" d="%s" id="%s" sodipodi:nodetypes="%s" />' % (style, d, self.nid("path"), "c" * len(pts)))
        self.edge_rec(*rec)

    # connector tool: Inkscape re-routes it on load (centre to centre, cut at the outlines)
    def connector(self, a, b, style, ctype="polyline", rec=None):
        A, B = self.nodes[a], self.nodes[b]
        pa, pb = A["expect"], B["expect"]
        inv = invert(self.stack[-1])
        p, q = apply(inv, pa), apply(inv, pb)
        self.add('<path style="%s" d="M %s,%s %s,%s" id="%s" inkscape:connector-type="%s" inkscape:connector-curvature="0" '
                 'inkscape:connection-start="#%s" inkscape:connection-end="#%s" />' % (
                     style, f(p[0]), f(p[1]), f(q[0]), f(q[1]), self.nid("path"), ctype, A["eid"], B["eid"]))
        self.edge_rec(*(rec or (a, b)))

    def svg(self, markers=()):
        vb = " ".join(f(v) for v in self.vb)
        u = "mm" if self.units == "mm" else ""
        head = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                '<!-- Created with Inkscape (http://www.inkscape.org/) -->\n\n'
                '<svg\n   width="%s%s"\n   height="%s%s"\n   viewBox="%s"\n   version="1.1"\n   id="svg5"\n'
                '   inkscape:version="1.2.2 (b0a8486541, 2022-12-01)"\n   sodipodi:docname="%s.svg"\n'
                '   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"\n'
                '   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"\n'
                '   xmlns:xlink="http://www.w3.org/1999/xlink"\n'
                '   xmlns="http://www.w3.org/2000/svg"\n   xmlns:svg="http://www.w3.org/2000/svg">\n' % (
                    f(self.w), u, f(self.h), u, vb, self.name))
        nv = ('  <sodipodi:namedview\n     id="namedview7"\n     pagecolor="#ffffff"\n     bordercolor="#666666"\n'
              '     borderopacity="1.0"\n     inkscape:showpageshadow="2"\n     inkscape:pageopacity="0.0"\n'
              '     inkscape:pagecheckerboard="0"\n     inkscape:deskcolor="#d1d1d1"\n     inkscape:document-units="%s"\n'
              '     showgrid="false"\n     inkscape:zoom="0.71"\n     inkscape:cx="%s"\n     inkscape:cy="%s"\n'
              '     inkscape:window-width="1920"\n     inkscape:window-height="1011"\n     inkscape:window-x="0"\n'
              '     inkscape:window-y="32"\n     inkscape:window-maximized="1"\n     inkscape:current-layer="layer1" />\n' % (
                  "mm" if self.units == "mm" else "px", f(self.w * 1.8), f(self.h * 1.8)))
        defs = '  <defs\n     id="defs2">\n' + "\n".join(marker(m, new) for m, new in markers) + "\n  </defs>\n"
        out = [head, nv, defs]
        if self.bg:
            out.append('  <g inkscape:label="Background" inkscape:groupmode="layer" id="layer0" sodipodi:insensitive="true">'
                       '<rect style="fill:%s;fill-opacity:1;stroke:none;stroke-width:%s" id="rect-bg" width="%s" height="%s" x="%s" y="%s" /></g>\n' % (
                           self.bg, f(self.sw), f(self.vb[2]), f(self.vb[3]), f(self.vb[0]), f(self.vb[1])))
        lt = ' transform="%s"' % self.layer_tf if self.layer_tf else ""
        out.append('  <g\n     inkscape:label="Layer 1"\n     inkscape:groupmode="layer"\n     id="layer1"%s>\n' % lt)
        out += ["    " + b + "\n" for b in self.body]
        out.append("  </g>\n</svg>\n")
        return "".join(out)


def invert(m):
    a, b, c, d, e, f_ = m
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(ia * e + ic * f_), -(ib * e + id_ * f_))


# ------------------------------------------------------------------ the drawings
DRAWINGS = []


def drawing(name, mode, directed, notes):
    def deco(fn):
        DRAWINGS.append(dict(name=name, mode=mode, directed=directed, notes=notes, build=fn))
        return fn
    return deco


@drawing("traffic-light-states-4", "inkscape", True,
         "State diagram, mm document with a translated layer: four <circle> states with names inside, transitions as "
         "relative Bezier paths (m ... c ...) with the old stock Arrow1Lend marker, labels beside the curves, a reciprocal "
         "pair bowing apart, a self-loop drawn as an open sodipodi arc (ellipse tool) with an arrowhead, a title.")
def _(D=None):
    d = Doc("traffic-light-states-4", 160, 110, layer_tf="translate(-12.5,-31.75)")
    arrow = "Arrow1Lend"
    st = d.line_style(sw=0.5, end=arrow)
    d.text(92.5, 44, "Traffic light controller", 6.35, weight="bold")
    d.node("red", 50, 70, "circle", (9, 9), "Red", fill="#ffaaaa")
    d.node("green", 135, 70, "circle", (9, 9), "Green", fill="#aaffaa")
    d.node("yellow", 92.5, 120, "circle", (9, 9), "Yellow", fill="#ffeeaa")
    d.node("off", 40, 125, "circle", (9, 9), "Off", fill="#dddddd")
    d.curve("red", "green", st, -0.18, label="timer 30s")
    d.curve("green", "yellow", st, -0.15, label="timer 25s")
    d.curve("yellow", "red", st, -0.15, label="timer 4s")
    d.curve("off", "red", st, 0.18, label="power on")
    d.curve("red", "off", st, 0.18, label="fault")
    d.loop_arc("off", st, ang=150, rl=5.5, label="blink")
    return d, [(arrow, False)]


@drawing("order-flowchart-connectors-9", "plain", True,
         "Flowchart in a px document: rounded <rect rx> steps, a diamond decision (closed path), start/end as <ellipse>, "
         "a hexagon (sodipodi star); every edge an Inkscape connector (connector-type polyline, re-routed by Inkscape "
         "to the outlines) with the 1.2 stock Arrow2 marker (context-stroke); yes/no labels beside edges; a title. "
         "Exported as plain SVG (connector attributes dropped).")
def _():
    d = Doc("order-flowchart-connectors-9", 640, 760, units="px", layer_tf="translate(0,-292.36218)")
    st = d.line_style(stroke="#333333", sw=1.5, end="Arrow2")
    y0 = 292.36218
    d.text(320, y0 + 40, "Order handling", 24, weight="bold")
    d.node("start", 320, y0 + 95, "ellipse", (60, 24), "Start", fill="#d5f6d5")
    d.node("recv", 320, y0 + 180, "rect", (85, 26), "Receive order", rx=10, fill="#e8eefc")
    d.node("check", 320, y0 + 290, "diamond", (90, 48), "In stock?", fill="#fff3c4")
    d.node("pick", 170, y0 + 400, "rect", (75, 26), "Pick items", rx=10, fill="#e8eefc")
    d.node("order", 480, y0 + 400, "rect", (85, 26), "Order supply", rx=10, fill="#e8eefc")
    d.node("wait", 480, y0 + 510, "hexagon", (42, 42), "Wait", fill="#f4dcf4")
    d.node("pack", 170, y0 + 510, "rect", (75, 26), "Pack", rx=10, fill="#e8eefc")
    d.node("ship", 320, y0 + 610, "rect", (75, 26), "Ship", rx=10, fill="#e8eefc")
    d.node("end", 320, y0 + 695, "ellipse", (60, 24), "End", fill="#f6d5d5")
    for a, b in [("start", "recv"), ("recv", "check"), ("check", "pick"), ("check", "order"), ("order", "wait"),
                 ("pick", "pack"), ("pack", "ship"), ("ship", "end")]:
        d.connector(a, b, st)
    d.connector("wait", "pick", d.line_style(stroke="#333333", sw=1.5, end="Arrow2", dash="6, 3"))
    d.text(235, y0 + 345, "yes", 14, fill="#2a7a2a")
    d.text(410, y0 + 345, "no", 14, fill="#aa2222")
    d.text(345, y0 + 468, "supply arrives", 13, anchor="start", fill="#555555")
    return d, [("Arrow2", True)]


@drawing("friends-ellipses-12", "plain-text2path", False,
         "Undirected friendship graph, mm document: <ellipse> nodes with names inside, straight relative paths "
         "(m x,y dx,dy) ending on the outlines, a background layer rect, a title; plain SVG with text to path "
         "(Inkscape 1.2 also turns the ellipses and rects into paths).")
def _():
    d = Doc("friends-ellipses-12", 200, 150, layer_tf="translate(-4.2,8.6)", bg="#fdfbf0")
    rnd = random.Random(12)
    d.text(104.2, 4, "Who knows whom", 6, weight="bold")
    names = ["Ana", "Ben", "Chloé", "Dev", "Emil", "Fatima", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lena"]
    pos = [(30, 30), (75, 22), (125, 28), (170, 40), (40, 75), (90, 65), (140, 75), (185, 90),
           (30, 120), (80, 115), (130, 122), (175, 130)]
    for nm, (x, y) in zip(names, pos):
        d.node(nm.lower(), x, y, "ellipse", (12, 6.5), nm, fill="#cde4f7", stroke="#1f4e79", sw=0.4, fsize=4.2)
    st = d.line_style(stroke="#555555", sw=0.45)
    E = [(0, 1), (1, 2), (2, 3), (0, 4), (1, 5), (4, 5), (5, 6), (2, 6), (3, 7), (6, 7), (4, 8), (8, 9), (5, 9),
         (9, 10), (6, 10), (10, 11), (7, 11), (1, 4)]
    for a, b in E:
        d.line(names[a].lower(), names[b].lower(), st)
    return d, []


@drawing("org-chart-groups-15", "object2path", False,
         "Org chart: each person a <g transform=translate> group of a <rect> and its name (and role for the top two), "
         "one team's group under a matrix transform (scaled), elbow edges drawn as relative m/v/h paths from box to box; "
         "all objects converted to paths by Inkscape (select-all:all;object-to-path).")
def _():
    d = Doc("org-chart-groups-15", 280, 150, layer_tf="translate(0,-147)")
    y0 = 147
    tree = {"ceo": None, "cto": "ceo", "cfo": "ceo", "coo": "ceo",
            "dev1": "cto", "dev2": "cto", "ops": "cto", "acct": "cfo", "tax": "cfo",
            "log": "coo", "fac": "coo", "sup1": "coo", "qa": "dev1", "ux": "dev1", "sec": "ops"}
    labels = {"ceo": ["Maria Lopez", "CEO"], "cto": ["Tom Berg", "CTO"], "cfo": "Ines Duarte", "coo": "Raj Patel",
              "dev1": "Backend", "dev2": "Frontend", "ops": "Ops", "acct": "Accounting", "tax": "Tax", "log": "Logistics",
              "fac": "Facilities", "sup1": "Support", "qa": "QA", "ux": "UX", "sec": "Security"}
    pos = {"ceo": (140, 20), "cto": (60, 55), "cfo": (150, 55), "coo": (230, 55),
           "dev1": (25, 90), "dev2": (60, 90), "ops": (95, 90), "acct": (135, 90), "tax": (165, 90),
           "log": (200, 90), "fac": (230, 90), "sup1": (260, 90), "qa": (13, 125), "ux": (41, 125), "sec": (95, 125)}
    half = {"ceo": (20, 7), "cto": (17, 7), "qa": (12, 5), "ux": (12, 5), "sec": (12, 5)}
    st = d.line_style(stroke="#444444", sw=0.4)
    for k, (x, y) in pos.items():
        if k in ("log", "fac", "sup1"):
            continue
        w, h = half.get(k, (14, 5))
        d.open_g("translate(%s,%s)" % (f(x), f(y + y0)), gid="g-" + k)
        d.node(k, 0, 0, "rect", (w, h), labels[k], rx=1.2, fill="#eef3fa", stroke="#2b4c7e", sw=0.35, fsize=3.2)
        d.close_g()
    # the COO's team: one group under a matrix (scale 0.9 about a point), nodes placed inside it
    M = (0.9, 0, 0, 0.9, 23, y0 + 9)
    d.open_g("matrix(0.9,0,0,0.9,23,%s)" % f(y0 + 9), gid="g-coo-team")
    inv = invert(M)
    for k in ("log", "fac", "sup1"):
        lx, ly = apply(inv, (pos[k][0], pos[k][1] + y0))
        d.node(k, lx, ly, "rect", (14 / 0.9, 5 / 0.9), labels[k], rx=1.2, fill="#fdf0e0", stroke="#8a5a1e",
               sw=0.35 / 0.9, fsize=3.2 / 0.9)
    d.close_g()
    for c, p in tree.items():
        if not p:
            continue
        (px, py), (cx, cy) = pos[p], pos[c]
        ph = half.get(p, (14, 5))[1]
        ch = half.get(c, (14, 5))[1]
        y1, y2 = py + y0 + ph, cy + y0 - ch
        mid = (y1 + cy + y0 - 5) / 2     # one bar per parent, whatever the children's heights
        if abs(px - cx) < 1e-9:
            dd = "m %s,%s v %s" % (f(px), f(y1), f(y2 - y1))
        else:
            dd = "m %s,%s v %s h %s v %s" % (f(px), f(y1), f(mid - y1), f(cx - px), f(y2 - mid))
        d.add('<path style="%s" d="%s" id="%s" />' % (st, dd, d.nid("path")))
        d.edge_rec(p, c)
    return d, []


@drawing("double-headed-arcs-8", "inkscape", True,
         "Directed graph whose nodes are sodipodi arc paths (full circles drawn with the ellipse tool), names to the "
         "right of each circle; straight edges with heads at both ends (1.2 stock TriangleStart at start and end, "
         "orient auto-start-reverse), one-way edges with the head at the end, and edges drawn from head to tail with "
         "only the old Arrow1Mstart marker at the path's start. Double-headed edges keep the path's order "
         "(start node, end node); edges with only a start head point at the start node.")
def _():
    d = Doc("double-headed-arcs-8", 180, 120, layer_tf="translate(-20.3,-64.9)")
    pos = {"alpha": (45, 90), "beta": (105, 85), "gamma": (165, 95), "delta": (40, 140), "eps": (100, 135),
           "zeta": (160, 150), "eta": (70, 175), "theta": (135, 178)}
    lab = {"alpha": "alpha", "beta": "beta", "gamma": "gamma", "delta": "delta", "eps": "epsilon", "zeta": "zeta",
           "eta": "eta", "theta": "theta"}
    for k, (x, y) in pos.items():
        d.node(k, x, y, "circlepath", (6, 6), lab[k], lab="right", fill="#ffffff", stroke="#1a1a1a", sw=0.6, fsize=4.5)
    both = d.line_style(sw=0.5, start="TriangleStart", end="TriangleStart")
    one = d.line_style(sw=0.5, end="TriangleStart")
    back = d.line_style(stroke="#803300", sw=0.5, start="Arrow1Mstart")
    for a, b in [("alpha", "beta"), ("beta", "eps"), ("delta", "eta")]:
        d.line(a, b, both)
    for a, b in [("beta", "gamma"), ("alpha", "delta"), ("eps", "zeta"), ("gamma", "zeta")]:
        d.line(a, b, one)
    # drawn from b (path start, with the head) to a: the edge is a -> b
    for a, b in [("eps", "delta"), ("eta", "theta"), ("zeta", "theta")]:
        p = d.nodes[b]
        q = d.nodes[a]
        d.line(b, a, back, rec=(a, b))
    return d, [("TriangleStart", True), ("Arrow1Mstart", False)]


@drawing("multigraph-loops-5", "plain", True,
         "Directed multigraph: circles, parallel edges as relative cubic Beziers bowing apart (three from a to b, "
         "two reciprocal between b and c), self-loops both as Bezier teardrops and as an open sodipodi arc, old stock "
         "TriangleOutL heads, edge labels. Plain SVG.")
def _():
    d = Doc("multigraph-loops-5", 170, 110, layer_tf="translate(0,-187)")
    y0 = 187
    pos = {"a": (30, 50), "b": (95, 35), "c": (145, 70), "d": (85, 92), "e": (30, 100)}
    for k, (x, y) in pos.items():
        d.node(k, x, y + y0, "circle", (8, 8), k.upper(), fill="#e5e5ff", stroke="#000080", sw=0.5, fsize=5)
    st = d.line_style(sw=0.4, end="TriangleOutL")
    d.curve("a", "b", st, 0.0, label="x")
    d.curve("a", "b", st, 0.22, label="y")
    d.curve("a", "b", st, -0.22, label="z")
    d.curve("b", "c", st, 0.15)
    d.curve("c", "b", st, 0.15)
    d.curve("c", "d", st, 0.0)
    d.curve("d", "e", st, 0.12)
    d.curve("e", "a", st, 0.0)
    d.loop_bezier("b", st, ang=-90, size=3.2, spread=32)
    d.loop_bezier("d", st, ang=90, size=3.2, spread=32)
    d.loop_arc("e", st, ang=180, rl=5)
    return d, [("TriangleOutL", False)]


@drawing("services-legend-10", "inkscape", True,
         "Service dependency sketch: <circle> nodes coloured by kind with names inside, a legend box (frame, title, "
         "three small coloured circles with captions: not nodes), a title, a light background rect; edges as relative "
         "Beziers with the old Arrow1Mend marker, one dashed.")
def _():
    d = Doc("services-legend-10", 220, 140, layer_tf="translate(-3.175,-6.35)", bg="#f4f7fb")
    col = {"web": "#9fd0ff", "svc": "#b8f0b0", "db": "#ffd29a"}
    d.text(80, 18, "Shop backend", 7, weight="bold")
    N = [("gw", "gateway", "web", 30, 50), ("ui", "web-ui", "web", 30, 95), ("auth", "auth", "svc", 80, 40),
         ("cart", "cart", "svc", 85, 80), ("pay", "payments", "svc", 130, 60), ("cat", "catalog", "svc", 85, 125),
         ("users", "users-db", "db", 130, 20), ("orders", "orders-db", "db", 175, 85), ("cache", "redis", "db", 135, 125),
         ("mail", "mailer", "svc", 180, 130)]
    for k, lab, kind, x, y in N:
        d.node(k, x, y, "circle", (10, 10), lab, fill=col[kind], stroke="#333333", sw=0.45, fsize=3.6)
    st = d.line_style(stroke="#333333", sw=0.45, end="Arrow1Mend")
    for a, b, bend in [("gw", "auth", 0.1), ("gw", "cart", 0.05), ("ui", "gw", 0.0), ("ui", "cat", 0.1),
                       ("cart", "pay", 0.08), ("auth", "users", 0.1), ("pay", "orders", 0.1), ("cart", "cat", 0.0),
                       ("cat", "cache", 0.0), ("pay", "mail", -0.1), ("cart", "orders", 0.12)]:
        d.curve(a, b, st, bend)
    d.curve("auth", "cart", d.line_style(stroke="#333333", sw=0.45, end="Arrow1Mend", dash="1.8,0.9"), 0.12)
    # legend
    d.open_g("translate(170,12)", gid="legend")
    d.add('<rect style="fill:#ffffff;fill-opacity:1;stroke:#666666;stroke-width:0.3" id="legend-frame" width="44" height="40" x="0" y="0" ry="1.5" />')
    d.text(22, 7, "Legend", 4.2, weight="bold")
    for i, (kind, cap) in enumerate([("web", "front end"), ("svc", "service"), ("db", "data store")]):
        d.add('<circle style="fill:%s;stroke:#333333;stroke-width:0.3" id="legend-dot-%d" cx="7" cy="%s" r="2.6" />' % (
            col[kind], i, f(15 + 9 * i)))
        d.text(12.5, 15 + 9 * i + 1.3, cap, 3.6, anchor="start")
    d.close_g()
    return d, [("Arrow1Mend", False)]


@drawing("rotated-clusters-11", "plain-text2path", False,
         "Two labelled cluster frames (<rect> with a caption, not nodes); the second cluster is a group under a "
         "rotation matrix holding its circles, labels and internal edges; edges inside clusters are relative paths, "
         "the three edges between clusters are Inkscape connectors (re-routed across the group transforms). Undirected. "
         "Plain SVG, text to path.")
def _():
    d = Doc("rotated-clusters-11", 230, 130, layer_tf="translate(6,-20)")
    st = d.line_style(stroke="#222222", sw=0.5)
    # cluster 1, plain group
    d.open_g(None, gid="cluster-left")
    d.add('<rect style="fill:#f0f0ff;fill-opacity:1;stroke:#5555aa;stroke-width:0.5;stroke-dasharray:2,1" id="frame-left" width="90" height="95" x="5" y="45" rx="4" />')
    d.text(10, 52, "Cluster A", 4.5, anchor="start", fill="#5555aa")
    for k, x, y in [("a1", 25, 70), ("a2", 70, 65), ("a3", 30, 115), ("a4", 75, 110), ("a5", 50, 90)]:
        d.node(k, x, y, "circle", (6, 6), k, fill="#ffffff", stroke="#222222", sw=0.5, fsize=4)
    for a, b in [("a1", "a2"), ("a1", "a5"), ("a2", "a5"), ("a3", "a5"), ("a4", "a5"), ("a3", "a4")]:
        d.line(a, b, st)
    d.close_g()
    # cluster 2 under matrix(rotate 20deg) + translate
    c, s = math.cos(math.radians(20)), math.sin(math.radians(20))
    d.open_g("matrix(%s,%s,%s,%s,150,45)" % (f(c), f(s), f(-s), f(c)), gid="cluster-right")
    d.add('<rect style="fill:#fff0f0;fill-opacity:1;stroke:#aa5555;stroke-width:0.5;stroke-dasharray:2,1" id="frame-right" width="70" height="80" x="0" y="0" rx="4" />')
    d.text(5, 7, "Cluster B", 4.5, anchor="start", fill="#aa5555")
    for k, x, y in [("b1", 15, 22), ("b2", 52, 20), ("b3", 35, 42), ("b4", 15, 65), ("b5", 55, 64), ("b6", 36, 68)]:
        d.node(k, x, y, "circle", (5.5, 5.5), k, fill="#ffffff", stroke="#222222", sw=0.5, fsize=4)
    for a, b in [("b1", "b3"), ("b2", "b3"), ("b3", "b4"), ("b3", "b5"), ("b4", "b6"), ("b5", "b6"), ("b1", "b2")]:
        d.line(a, b, st)
    d.close_g()
    cst = d.line_style(stroke="#222222", sw=0.5, dash="3,1.5")
    for a, b in [("a2", "b1"), ("a4", "b4"), ("a5", "b3")]:
        d.connector(a, b, cst)
    return d, []


@drawing("pipeline-stars-markers-7", "object2path", True,
         "Build pipeline: hexagons (sodipodi star tool, flat-sided) and circles, names below; edges with the 1.2 stock "
         "Dot marker at the start (tail decoration) and Arrow1 (open chevron) at the end, one edge with StopL at the "
         "start and TriangleOutL at the end, one with the 1.2 Stop marker as start. Object to path.")
def _():
    d = Doc("pipeline-stars-markers-7", 220, 90, layer_tf="translate(-10,-40)")
    pos = [("src", "checkout", "circle", 30, 85), ("lint", "lint", "hexagon", 70, 60), ("build", "build", "hexagon", 75, 110),
           ("test", "unit tests", "hexagon", 120, 85), ("pkg", "package", "hexagon", 160, 60),
           ("docs", "docs", "circle", 165, 115), ("deploy", "deploy", "circle", 205, 85)]
    for k, lab, kind, x, y in pos:
        d.node(k, x, y, kind, (9, 9), lab, lab="below", fill="#e0f0e0" if kind == "hexagon" else "#ffffff",
               stroke="#225522", sw=0.6, fsize=4)
    st = d.line_style(stroke="#225522", sw=0.6, start="Dot", end="Arrow1")
    for a, b in [("src", "lint"), ("src", "build"), ("lint", "test"), ("build", "test"), ("test", "pkg"), ("pkg", "deploy")]:
        d.line(a, b, st)
    d.line("test", "docs", d.line_style(stroke="#225522", sw=0.6, start="StopL", end="TriangleOutL"))
    d.line("docs", "deploy", d.line_style(stroke="#225522", sw=0.6, start="Stop", end="Arrow1"))
    return d, [("Dot", True), ("Arrow1", True), ("Stop", True), ("StopL", False), ("TriangleOutL", False)]


@drawing("ring-long-labels-13", "plain-text2path", False,
         "Undirected ring with chords: 13 small filled <circle>s on a circle, long labels outside each node (left, "
         "right, above, below by position, some on two lines), chords as relative paths centre-outline to outline. "
         "Plain SVG, text to path.")
def _():
    d = Doc("ring-long-labels-13", 240, 200, layer_tf="translate(-30,12)")
    names = ["Distributed cache", "Message broker", "Auth gateway", "Search index", "Billing engine",
             ["Notification", "service"], "Feature flags", "Metrics pipeline", "Config server",
             ["Image", "resizer"], "Session store", "Rate limiter", "Audit log"]
    cx, cy, R = 150, 88, 62
    keys = []
    for i, nm in enumerate(names):
        t = -math.pi / 2 + 2 * math.pi * i / len(names)
        x, y = cx + R * math.cos(t), cy + R * math.sin(t)
        side = "right" if math.cos(t) > 0.3 else "left" if math.cos(t) < -0.3 else ("above" if math.sin(t) < 0 else "below")
        k = "n%d" % i
        d.node(k, x, y, "circle", (3.2, 3.2), nm, lab=side, fill="#3465a4", stroke="#1c3b66", sw=0.5, fsize=4)
        d.nodes[k]["label"] = " ".join(nm) if isinstance(nm, list) else nm
        keys.append(k)
    st = d.line_style(stroke="#7f7f7f", sw=0.45)
    n = len(keys)
    for i in range(n):
        d.line(keys[i], keys[(i + 1) % n], st)
    for i, j in [(0, 5), (2, 8), (3, 10), (6, 11), (1, 7)]:
        d.line(keys[i], keys[j], st)
    return d, []


@drawing("grid-mesh-30", "inkscape-text2path", False,
         "A 6 x 5 mesh, px document with a translated layer: alternating small <rect>s and <circle>s numbered inside, "
         "horizontal and vertical neighbours joined by relative paths plus a few diagonals, two nodes unconnected. "
         "Inkscape SVG with text to path.")
def _():
    d = Doc("grid-mesh-30", 520, 430, units="px", layer_tf="translate(-40,-620.36218)")
    y0 = 620.36218
    keys = {}
    for r in range(5):
        for c in range(6):
            i = r * 6 + c
            x, y = 100 + c * 80, y0 + 80 + r * 75
            k = "v%d" % i
            if (r + c) % 2 == 0:
                d.node(k, x, y, "rect", (15, 15), str(i + 1), fill="#ffe680", stroke="#806600", sw=1.5, fsize=14)
            else:
                d.node(k, x, y, "circle", (16, 16), str(i + 1), fill="#afe9c6", stroke="#16502d", sw=1.5, fsize=14)
            keys[(r, c)] = k
    st = d.line_style(stroke="#4d4d4d", sw=1.6)
    skip = {(2, 2), (4, 5)}
    for r in range(5):
        for c in range(6):
            if (r, c) in skip:
                continue
            if c + 1 < 6 and (r, c + 1) not in skip and not (r == 1 and c == 3):
                d.line(keys[(r, c)], keys[(r, c + 1)], st)
            if r + 1 < 5 and (r + 1, c) not in skip and not (c == 0 and r == 3):
                d.line(keys[(r, c)], keys[(r + 1, c)], st)
    for a, b in [((0, 0), (1, 1)), ((3, 3), (4, 4)), ((1, 4), (2, 5))]:
        d.line(keys[a], keys[b], st)
    return d, []


@drawing("layered-dag-connectors-40", "inkscape", True,
         "Seeded random layered DAG of 40 nodes in 6 layers (a mix of <ellipse>, <rect rx> and sodipodi-arc circles "
         "with short names inside), each node fed by one or two nodes of the layer above; every edge an Inkscape connector (polyline, re-routed by Inkscape from the "
         "centres and cut at the outlines) with the 1.2 stock Arrow1L head; a title. Inkscape SVG.")
def _():
    d = Doc("layered-dag-connectors-40", 300, 230, layer_tf="translate(-8,-33.5)")
    rnd = random.Random(40)
    d.text(158, 45, "Module dependencies", 6, weight="bold")
    sizes = [4, 6, 8, 9, 8, 5]
    layers, k = [], 0
    for li, n in enumerate(sizes):
        row = []
        for j in range(n):
            x = 158 + (j - (n - 1) / 2) * (280 / max(n, 1)) + rnd.uniform(-4, 4)
            y = 65 + li * 36
            key = "m%02d" % k
            kind = ["ellipse", "rect", "circlepath"][k % 3]
            size = {"ellipse": (11, 6), "rect": (10, 6), "circlepath": (7, 7)}[kind]
            d.node(key, x, y, kind, size, key.upper(), rx=2 if kind == "rect" else None, fill="#f2f2f2",
                   stroke="#333333", sw=0.45, fsize=3.6)
            row.append(key)
            k += 1
        layers.append(row)
    st = d.line_style(stroke="#333333", sw=0.4, end="Arrow1L")
    for li in range(1, len(layers)):
        prev, row = layers[li - 1], layers[li]
        for j, key in enumerate(row):
            c = round(j / max(len(row) - 1, 1) * (len(prev) - 1))
            near = [prev[i] for i in range(max(c - 1, 0), min(c + 2, len(prev)))]
            for p in rnd.sample(near, 1 if rnd.random() < 0.55 else 2):
                d.connector(p, key, st)
    return d, [("Arrow1L", True)]


@drawing("petersen-clones-10", "plain", False,
         "The Petersen graph as drawn for a maths note: one small black <circle> vertex and nine clones of it "
         "(<use xlink:href> with a translate, Inkscape's Alt+D), in a 'Vertices' sublayer above an 'Edges' sublayer "
         "whose straight lines run centre to centre under the dots; numbers beside the vertices. Plain SVG.")
def _():
    d = Doc("petersen-clones-10", 150, 140, layer_tf="translate(-3.5,2.25)")
    cx, cy = 78, 68
    P = []
    for i in range(5):
        t = -math.pi / 2 + 2 * math.pi * i / 5
        P.append((cx + 50 * math.cos(t), cy + 50 * math.sin(t), t))
    for i in range(5):
        t = -math.pi / 2 + 2 * math.pi * i / 5
        P.append((cx + 22 * math.cos(t), cy + 22 * math.sin(t), t))
    P = [(round(x, 3), round(y, 3), t) for x, y, t in P]
    d.open_g(None, gid="layer2", label="Vertices", layer=True)
    st = "fill:#000000;fill-opacity:1;stroke:none;stroke-width:0.3"
    x0, y0, _t = P[0]
    eid = d.nid("circle")
    d.add('<circle style="%s" id="%s" cx="%s" cy="%s" r="2.2" />' % (st, eid, f(x0), f(y0)))
    d.nodes["v1"] = dict(key="v1", eid=eid, x=x0, y=y0, kind="circle", w=2.2, h=2.2, label="1",
                         expect=apply(d.stack[-1], (x0, y0)))
    d.order.append("v1")
    for i in range(1, 10):
        x, y, t = P[i]
        d.clone("v%d" % (i + 1), "v1", round(x - x0, 3), round(y - y0, 3), label=str(i + 1))
    for i in range(10):
        x, y, t = P[i]
        k = 6.5 if i < 5 else -5.5 if i > 5 else 5.5
        if i == 5:
            t += 0.6
        d.text(x + k * math.cos(t), y + k * math.sin(t) + 1.5, str(i + 1), 4.2)
    d.close_g()
    d.open_g(None, gid="layer3", label="Edges", layer=True)
    lst = d.line_style(sw=0.6)
    E = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9),
         (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)]
    for a, b in E:
        (xa, ya, _), (xb, yb, _) = P[a], P[b]
        d.add('<path style="%s" d="m %s,%s %s,%s" id="%s" />' % (lst, f(xa), f(ya), f(xb - xa), f(yb - ya), d.nid("path")))
        d.edge_rec("v%d" % (a + 1), "v%d" % (b + 1))
    d.close_g()
    # the Edges sublayer was moved below the Vertices sublayer (Layer > Lower layer)
    i = d.body.index(next(b for b in d.body if 'id="layer3"' in b))
    d.body = d.body[i:] + d.body[:i]
    return d, []


@drawing("pen-routed-boxes-6", "inkscape-text2path", True,
         "Boxes and hand-routed edges drawn with the pen tool: relative polylines with right-angle bends, the old "
         "Arrow1Mend/Arrow1Mstart markers, one edge stopping short of its box, a double-headed edge (kept as drawn, "
         "F then E), an edge around the outside from C's right side into F's right side, a rectangular self-loop "
         "on D, an edge label. Inkscape SVG with text to path.")
def _():
    d = Doc("pen-routed-boxes-6", 200, 115, layer_tf="translate(4,-1.5)")
    pos = {"A": (30, 30), "B": (90, 30), "C": (150, 30), "D": (30, 90), "E": (90, 90), "F": (150, 90)}
    labs = {"A": "Parse", "B": "Check", "C": "Plan", "D": "Load", "E": "Run", "F": "Report"}
    for k, (x, y) in pos.items():
        d.node(k, x, y, "rect", (16, 8), labs[k], fill="#f9f9f9", stroke="#000000", sw=0.5, fsize=4.5)
    st = d.line_style(sw=0.5, end="Arrow1Mend")
    d.polyline([(46, 30), (74, 30)], st, ("A", "B"))
    d.polyline([(30, 38), (30, 60), (90, 60), (90, 82)], st, ("A", "E"))
    d.polyline([(95, 38), (95, 50), (145, 50), (145, 82)], st, ("B", "F"))
    d.polyline([(134, 27), (107.6, 27)], st, ("C", "B"))
    d.polyline([(106, 33), (134, 33)], st, ("B", "C"))
    d.polyline([(74, 90), (46, 90)], st, ("E", "D"))
    d.text(60, 87, "retry", 3.5, fill="#444444")
    d.polyline([(134, 90), (106, 90)], d.line_style(sw=0.5, start="Arrow1Mstart", end="Arrow1Mend"), ("F", "E"))
    d.polyline([(30, 82), (30, 66), (22, 66), (22, 38)], st, ("D", "A"))
    d.polyline([(166, 30), (178, 30), (178, 90), (166, 90)], st, ("C", "F"))
    d.polyline([(14, 87), (5, 87), (5, 95), (14, 95)], st, ("D", "D"))
    return d, [("Arrow1Mend", False), ("Arrow1Mstart", False)]


# ------------------------------------------------------------------ truth from the output file
SVGNS = "{http://www.w3.org/2000/svg}"


def centres_from_output(path, eids):
    root = ET.parse(path).getroot()
    found = {}

    def walk(el, m):
        m = mat_mul(m, parse_transform(el.get("transform")))
        eid = el.get("id")
        if eid in eids and el.tag != SVGNS + "use":
            tag = el.tag.replace(SVGNS, "")
            if tag == "circle" or tag == "ellipse":
                c = (float(el.get("cx", 0)), float(el.get("cy", 0)))
            elif tag == "rect":
                c = (float(el.get("x", 0)) + float(el.get("width")) / 2, float(el.get("y", 0)) + float(el.get("height")) / 2)
            elif tag == "path":
                x0, y0, x1, y1 = SEPath(el.get("d")).bbox()
                c = ((x0 + x1) / 2, (y0 + y1) / 2)
            else:
                raise ValueError("node %s is a %s" % (eid, tag))
            found[eid] = apply(m, c)
        for ch in el:
            if ch.tag.replace(SVGNS, "") in ("defs", "marker"):
                continue
            walk(ch, m)

    walk(root, (1, 0, 0, 1, 0, 0))
    # clones: the referenced shape's centre (with its own transform), then the <use>'s x/y, then its transform
    byid = {el.get("id"): el for el in root.iter()}
    for eid in eids:
        if eid in found or eid not in byid or byid[eid].tag != SVGNS + "use":
            continue
        use = byid[eid]
        href = use.get("{http://www.w3.org/1999/xlink}href") or use.get("href")
        tgt = byid[href[1:]]
        sub = centres_from_element(tgt)
        m = (1, 0, 0, 1, 0, 0)
        chain = []
        el = use
        parents = {c: p for p in root.iter() for c in p}
        while el is not None:
            chain.append(el)
            el = parents.get(el)
        for el in reversed(chain):
            m = mat_mul(m, parse_transform(el.get("transform")))
        m = mat_mul(m, (1, 0, 0, 1, float(use.get("x", 0)), float(use.get("y", 0))))
        found[eid] = apply(m, sub)
    return found


def centres_from_element(el):
    tag = el.tag.replace(SVGNS, "")
    if tag in ("circle", "ellipse"):
        c = (float(el.get("cx", 0)), float(el.get("cy", 0)))
    elif tag == "path":
        x0, y0, x1, y1 = SEPath(el.get("d")).bbox()
        c = ((x0 + x1) / 2, (y0 + y1) / 2)
    else:
        raise ValueError(tag)
    return apply(parse_transform(el.get("transform")), c)


def inkscape_version():
    out = subprocess.run(["inkscape", "--version"], capture_output=True, text=True).stdout.strip()
    return out.split(" (")[0]


def main():
    sel = sys.argv[1] if len(sys.argv) > 1 else ""
    os.makedirs(WORK, exist_ok=True)
    ver = inkscape_version()
    for dr in DRAWINGS:
        name = dr["name"]
        if sel not in name:
            continue
        doc, markers = dr["build"]()
        src = os.path.join(WORK, name + ".src.svg")
        with open(src, "w") as fh:
            fh.write(doc.svg(markers))
        out = os.path.join(HERE, name + ".svg")
        cmd = ["inkscape"] + MODES[dr["mode"]] + ["-o", out, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, HOME=WORK, XDG_CONFIG_HOME=os.path.join(WORK, "config")))
        eids = {doc.nodes[k]["eid"]: k for k in doc.order}
        got = centres_from_output(out, set(eids))
        assert set(got) == set(eids), (name, set(eids) - set(got))
        nodes, worst = [], 0.0
        for k in doc.order:
            n = doc.nodes[k]
            x, y = got[n["eid"]]
            err = math.hypot(x - n["expect"][0], y - n["expect"][1])
            worst = max(worst, err)
            assert err < 1e-3, (name, k, (x, y), n["expect"])
            rec = {"id": k, "x": round(x, 6), "y": round(y, 6)}
            if n["label"] is not None:
                lab = n["label"]
                rec["label"] = " ".join(lab) if isinstance(lab, list) else lab
            nodes.append(rec)
        truth = {"generator": "Inkscape %s (Debian), hand-style Inkscape document, %s" % (
            ver.replace("Inkscape ", ""), " ".join(c for c in cmd[1:-3] if c)),
            "directed": dr["directed"], "nodes": nodes, "edges": doc.edges, "notes": dr["notes"]}
        with open(os.path.join(HERE, name + ".truth.json"), "w") as fh:
            json.dump(truth, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        print("%-32s %-18s nodes %3d edges %3d  worst %.2g  %6d bytes" % (
            name, dr["mode"], len(nodes), len(doc.edges), worst, os.path.getsize(out)))


if __name__ == "__main__":
    main()
