#!/usr/bin/env python3
"""Build the Dia corpus: NAME.dia (uncompressed Dia XML), NAME.svg, NAME.truth.json.

Usage:  python3 generate.py [SUBSTRING ...]    (no argument: every drawing)

Needs Debian's `dia` (0.97.3+git20220525, with its Python plug-in). Every
drawing is described below as plain data (nodes, edges, labels). For each one:

1. a first .dia is written with the node objects only (plus dummy lines) and
   loaded by Dia; a small PyDia export filter (`geomjson-py`, installed into a
   throw-away $HOME/.dia/python) dumps every object's geometry as Dia holds it
   after loading: element corner/size (Dia sizes UML classes and grows
   flowchart boxes around their text itself) and connection point positions;
2. the final NAME.dia is written: every connector's end points are put on the
   chosen connection points and declared connected to them (<dia:connections>);
3. Dia loads NAME.dia again and the dump is repeated: it gives the truth
   (node centre = element corner + size/2) and Dia's own record of which
   object each connector handle is connected to, which must equal the edge
   list of the data;
4. `dia --export=NAME.svg --filter=dia-svg` (Dia's own SVG exporter, the one
   `--filter=svg` picks) or `--filter=cairo-svg` writes the drawing;
5. the truth is checked against the written SVG: every node centre must be the
   centre of exactly one drawn shape (or, for a UML class, of the union of its
   compartment rectangles) within 0.01, with the shape's size matching.
"""
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DIA_SVG_SCALE = 20.0      # dia-svg writes 20 user units per cm, no transform
CAIRO_SCALE = 20.0        # cairo-svg: pt per cm at paper scaling 1

# ---------------------------------------------------------------- PyDia plug-in
PLUGIN = r'''
import dia, json

class GeomDump:
    def begin_render(self, data, filename):
        try:
            self.dump(data, filename)
        except Exception:
            import traceback
            with open(filename + ".err", "w") as f:
                f.write(traceback.format_exc())

    def dump(self, data, filename):
        out = {"extents": [data.extents.left, data.extents.top,
                           data.extents.right, data.extents.bottom],
               "scaling": data.paper.scaling, "objects": []}
        for layer in data.layers:
            objs = list(layer.objects)
            for o in objs:
                d = {"type": o.type.name,
                     "bb": [o.bounding_box.left, o.bounding_box.top,
                            o.bounding_box.right, o.bounding_box.bottom],
                     "cps": [[cp.pos.x, cp.pos.y] for cp in o.connections],
                     "handles": []}
                for h in o.handles:
                    hd = {"pos": [h.pos.x, h.pos.y], "to": None}
                    cp = h.connected_to
                    if cp is not None:
                        for k, other in enumerate(objs):
                            if other == cp.object:
                                hd["to"] = k
                    d["handles"].append(hd)
                props = {}
                for k in ("elem_corner", "elem_width", "elem_height"):
                    if o.properties.has_key(k):
                        v = o.properties[k].value
                        props[k] = [v.x, v.y] if k == "elem_corner" else v
                d["props"] = props
                out["objects"].append(d)
        with open(filename, "w") as f:
            json.dump(out, f)

    def end_render(self):
        return None

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: None

dia.register_export("Geometry dump (JSON)", "geomjson", GeomDump())
'''


# ---------------------------------------------------------------- XML helpers
def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def num(v):
    v = round(v, 6)
    if v == int(v):
        return str(int(v))
    return repr(v)


def a_real(n, v):
    return f'<dia:attribute name="{n}"><dia:real val="{num(v)}"/></dia:attribute>'


def a_int(n, v):
    return f'<dia:attribute name="{n}"><dia:int val="{v}"/></dia:attribute>'


def a_pt(n, x, y):
    return f'<dia:attribute name="{n}"><dia:point val="{num(x)},{num(y)}"/></dia:attribute>'


def a_pts(n, pts):
    inner = "".join(f'<dia:point val="{num(x)},{num(y)}"/>' for x, y in pts)
    return f'<dia:attribute name="{n}">{inner}</dia:attribute>'


def a_enum(n, v):
    return f'<dia:attribute name="{n}"><dia:enum val="{v}"/></dia:attribute>'


def a_enums(n, vs):
    inner = "".join(f'<dia:enum val="{v}"/>' for v in vs)
    return f'<dia:attribute name="{n}">{inner}</dia:attribute>'


def a_str(n, s):
    return f'<dia:attribute name="{n}"><dia:string>#{esc(s)}#</dia:string></dia:attribute>'


def a_bool(n, b):
    return f'<dia:attribute name="{n}"><dia:boolean val="{"true" if b else "false"}"/></dia:attribute>'


def a_color(n, c):
    return f'<dia:attribute name="{n}"><dia:color val="{c}"/></dia:attribute>'


def a_font(n, family="sans", style=0, name="Helvetica"):
    return f'<dia:attribute name="{n}"><dia:font family="{family}" style="{style}" name="{name}"/></dia:attribute>'


def a_text(s, x, y, height=0.8, align=1, color="#000000"):
    return ('<dia:attribute name="text"><dia:composite type="text">'
            + a_str("string", s) + a_font("font") + a_real("height", height)
            + a_pt("pos", x, y) + a_color("color", color) + a_enum("alignment", align)
            + '</dia:composite></dia:attribute>')


# Arrow types (lib/arrows.h, ArrowType)
ARROWS = {
    "none": 0, "lines": 1, "hollow-triangle": 2, "filled-triangle": 3,
    "hollow-diamond": 4, "filled-diamond": 5, "half-head": 6, "slashed-cross": 7,
    "filled-ellipse": 8, "hollow-ellipse": 9, "double-hollow-triangle": 10,
    "double-filled-triangle": 11, "unfilled-triangle": 12, "filled-dot": 13,
    "dimension-origin": 14, "blanked-dot": 15, "filled-box": 16, "blanked-box": 17,
    "slash-arrow": 18, "integral-symbol": 19, "crow-foot": 20, "cross": 21,
    "filled-concave": 22, "blanked-concave": 23, "rounded": 24, "half-diamond": 25,
    "open-rounded": 26, "filled-dot-n-triangle": 27, "one-or-many": 28,
    "none-or-many": 29, "one-or-none": 30, "one-exactly": 31, "backslash": 32,
    "three-dots": 33,
}

NODE_TYPES = {
    "box": "Standard - Box", "ellipse": "Standard - Ellipse",
    "fc-box": "Flowchart - Box", "fc-diamond": "Flowchart - Diamond",
    "fc-ellipse": "Flowchart - Ellipse", "fc-parallelogram": "Flowchart - Parallelogram",
    "uml-class": "UML - Class",
}
LINE_TYPES = {
    "line": "Standard - Line", "polyline": "Standard - PolyLine",
    "zigzag": "Standard - ZigZagLine", "bezier": "Standard - BezierLine",
    "uml-assoc": "UML - Association", "uml-general": "UML - Generalization",
    "uml-depend": "UML - Dependency", "uml-realize": "UML - Realizes",
}
ORTH = ("zigzag", "uml-assoc", "uml-general", "uml-depend", "uml-realize")


# ---------------------------------------------------------------- diagram model
class Diagram:
    def __init__(self, name, notes, exporter="dia-svg"):
        self.name = name
        self.notes = notes
        self.exporter = exporter
        self.nodes = []      # dicts
        self.node_ix = {}
        self.edges = []      # dicts
        self.texts = []      # free Standard - Text objects (labels)

    # x, y: centre of the element in cm
    def node(self, nid, kind, x, y, w=3.0, h=1.6, label=None, fill="#ffffff",
             radius=0.0, line_style=0, uml=None, text_height=0.8):
        assert nid not in self.node_ix
        self.node_ix[nid] = len(self.nodes)
        self.nodes.append(dict(id=nid, kind=kind, x=x, y=y, w=w, h=h,
                               label=nid if label is None else label, fill=fill,
                               radius=radius, line_style=line_style, uml=uml,
                               text_height=text_height))

    def edge(self, a, b, kind="line", end="filled-triangle", start="none",
             label=None, acp=None, bcp=None, via=None, bend=0.0,
             line_style=0, color="#000000", uml=None, width=0.1):
        self.edges.append(dict(a=a, b=b, kind=kind, end=end, start=start,
                               label=label, acp=acp, bcp=bcp, via=via, bend=bend,
                               line_style=line_style, color=color, uml=uml,
                               width=width))

    def text(self, s, x, y, height=0.7, color="#000000"):
        self.texts.append((s, x, y, height, color))

    # -------------------------------------------------------------- XML output
    def node_xml(self, n, oid):
        t = NODE_TYPES[n["kind"]]
        x0, y0 = n["x"] - n["w"] / 2, n["y"] - n["h"] / 2
        geo = a_pt("elem_corner", x0, y0) + a_real("elem_width", n["w"]) + a_real("elem_height", n["h"])
        if n["kind"] in ("box", "ellipse"):
            body = (geo + a_real("border_width", 0.1) + a_color("border_color", "#000000")
                    + a_color("inner_color", n["fill"]) + a_bool("show_background", True)
                    + a_enum("line_style", n["line_style"]))
            if n["kind"] == "box":
                body += a_real("corner_radius", n["radius"])
            return f'<dia:object type="{t}" version="0" id="{oid}">{body}</dia:object>'
        if n["kind"].startswith("fc-"):
            body = (geo + a_real("border_width", 0.1) + a_color("border_color", "#000000")
                    + a_color("inner_color", n["fill"]) + a_bool("show_background", True)
                    + a_enum("line_style", n["line_style"]) + a_real("padding", 0.3)
                    + a_text(n["label"], n["x"], n["y"] + 0.28, height=n["text_height"]))
            if n["kind"] == "fc-parallelogram":
                body += a_real("shear_angle", 70)
            return f'<dia:object type="{t}" version="0" id="{oid}">{body}</dia:object>'
        if n["kind"] == "uml-class":
            u = n["uml"] or {}
            attrs = "".join(
                '<dia:composite type="umlattribute">' + a_str("name", an) + a_str("type", at)
                + a_str("value", "") + a_str("comment", "") + a_enum("visibility", vis)
                + a_bool("abstract", False) + a_bool("class_scope", False) + '</dia:composite>'
                for an, at, vis in u.get("attributes", []))
            ops = ""
            for on, ot, vis, params in u.get("operations", []):
                ps = "".join(
                    '<dia:composite type="umlparameter">' + a_str("name", pn) + a_str("type", pt)
                    + a_str("value", "") + a_str("comment", "") + a_enum("kind", 0) + '</dia:composite>'
                    for pn, pt in params)
                ops += ('<dia:composite type="umloperation">' + a_str("name", on) + a_str("stereotype", "")
                        + a_str("type", ot) + a_enum("visibility", vis) + a_str("comment", "")
                        + a_bool("abstract", False) + a_enum("inheritance_type", 2)
                        + a_bool("query", False) + a_bool("class_scope", False)
                        + f'<dia:attribute name="parameters">{ps}</dia:attribute></dia:composite>')
            body = (geo + a_str("name", n["label"]) + a_str("stereotype", u.get("stereotype", ""))
                    + a_str("comment", "") + a_bool("abstract", u.get("abstract", False))
                    + a_bool("suppress_attributes", False) + a_bool("suppress_operations", False)
                    + a_bool("visible_attributes", True) + a_bool("visible_operations", True)
                    + a_bool("visible_comments", False) + a_bool("wrap_operations", False)
                    + a_int("wrap_after_char", 40) + a_int("comment_line_length", 40)
                    + a_bool("comment_tagging", False) + a_real("line_width", 0.1)
                    + a_color("line_color", "#000000") + a_color("fill_color", n["fill"])
                    + a_color("text_color", "#000000")
                    + a_font("normal_font", "monospace", 0, "Courier")
                    + a_font("abstract_font", "monospace", 88, "Courier-BoldOblique")
                    + a_font("polymorphic_font", "monospace", 8, "Courier-Oblique")
                    + a_font("classname_font", "sans", 80, "Helvetica-Bold")
                    + a_font("abstract_classname_font", "sans", 88, "Helvetica-BoldOblique")
                    + a_font("comment_font", "sans", 8, "Helvetica-Oblique")
                    + a_real("normal_font_height", 0.8) + a_real("polymorphic_font_height", 0.8)
                    + a_real("abstract_font_height", 0.8) + a_real("classname_font_height", 1)
                    + a_real("abstract_classname_font_height", 1) + a_real("comment_font_height", 0.7)
                    + f'<dia:attribute name="attributes">{attrs}</dia:attribute>'
                    + f'<dia:attribute name="operations">{ops}</dia:attribute>'
                    + a_bool("template", False) + '<dia:attribute name="templates"/>')
            return f'<dia:object type="{t}" version="0" id="{oid}">{body}</dia:object>'
        raise ValueError(n["kind"])

    def text_xml(self, s, x, y, height, color, oid):
        return (f'<dia:object type="Standard - Text" version="1" id="{oid}">'
                + a_pt("obj_pos", x, y) + a_text(s, x, y, height=height, color=color)
                + a_enum("valign", 2) + '</dia:object>')

    def edge_xml(self, e, pts, orient, oid, ha, hb, ida, idb, cpa, cpb):
        t = LINE_TYPES[e["kind"]]
        conns = (f'<dia:connections><dia:connection handle="{ha}" to="{ida}" connection="{cpa}"/>'
                 f'<dia:connection handle="{hb}" to="{idb}" connection="{cpb}"/></dia:connections>')
        style = (a_color("line_color", e["color"]) + a_real("line_width", e["width"])
                 + a_enum("line_style", e["line_style"]))
        arrows = (a_enum("start_arrow", ARROWS[e["start"]]) + a_real("start_arrow_length", 0.5)
                  + a_real("start_arrow_width", 0.5) + a_enum("end_arrow", ARROWS[e["end"]])
                  + a_real("end_arrow_length", 0.5) + a_real("end_arrow_width", 0.5))
        k = e["kind"]
        if k == "line":
            body = a_pts("conn_endpoints", pts) + a_int("numcp", 1) + style + arrows
            return f'<dia:object type="{t}" version="0" id="{oid}">{body}{conns}</dia:object>'
        if k == "polyline":
            body = a_pts("poly_points", pts) + style + arrows
            return f'<dia:object type="{t}" version="0" id="{oid}">{body}{conns}</dia:object>'
        if k == "bezier":
            body = a_pts("bez_points", pts) + a_enums("corner_types", [0] * ((len(pts) - 1) // 3 + 1)) + style + arrows
            return f'<dia:object type="{t}" version="0" id="{oid}">{body}{conns}</dia:object>'
        orth = a_pts("orth_points", pts) + a_enums("orth_orient", orient) + a_bool("orth_autoroute", False)
        if k == "zigzag":
            body = orth + style + arrows + a_real("corner_radius", 0)
            return f'<dia:object type="{t}" version="1" id="{oid}">{body}{conns}</dia:object>'
        u = e["uml"] or {}
        cols = a_color("text_colour", "#000000") + a_color("line_colour", "#000000")
        if k == "uml-assoc":
            body = (a_str("name", u.get("name", "")) + a_enum("direction", 0)
                    + a_bool("show_direction", False) + a_enum("assoc_type", 0)
                    + a_str("role_a", u.get("role_a", "")) + a_str("multipicity_a", u.get("mult_a", ""))
                    + a_enum("visibility_a", 0) + a_bool("show_arrow_a", u.get("arrow_a", False))
                    + a_str("role_b", u.get("role_b", "")) + a_str("multipicity_b", u.get("mult_b", ""))
                    + a_enum("visibility_b", 0) + a_bool("show_arrow_b", u.get("arrow_b", False))
                    + orth + cols)
            return f'<dia:object type="{t}" version="2" id="{oid}">{body}{conns}</dia:object>'
        body = orth + cols + a_str("name", u.get("name", "")) + a_str("stereotype", u.get("stereotype", ""))
        ver = {"uml-general": 1, "uml-depend": 1, "uml-realize": 1}[k]
        if k == "uml-depend":
            body += a_bool("draw_arrow", True)
        return f'<dia:object type="{t}" version="{ver}" id="{oid}">{body}{conns}</dia:object>'

    def document(self, objects_xml):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<dia:diagram xmlns:dia="http://www.lysator.liu.se/~alla/dia/">\n'
                '  <dia:diagramdata>'
                + a_color("background", "#ffffff")
                + '<dia:attribute name="paper"><dia:composite type="paper">'
                + a_str("name", "A4") + a_real("tmargin", 1) + a_real("bmargin", 1)
                + a_real("lmargin", 1) + a_real("rmargin", 1) + a_bool("is_portrait", False)
                + a_real("scaling", 1) + a_bool("fitto", False)
                + '</dia:composite></dia:attribute></dia:diagramdata>\n'
                '  <dia:layer name="Background" visible="true" active="true">\n    '
                + "\n    ".join(objects_xml)
                + '\n  </dia:layer>\n</dia:diagram>\n')


# ---------------------------------------------------------------- geometry
def side_cp(cps, centre, side):
    """Index of the connection point furthest out on one side (ties: nearest the
    side's middle)."""
    cx, cy = centre
    per = cps[:-1]  # the last one is the central 'main point'
    if side == "E":
        key = lambda i: (-round(per[i][0], 6), abs(per[i][1] - cy))
    elif side == "W":
        key = lambda i: (round(per[i][0], 6), abs(per[i][1] - cy))
    elif side == "N":
        key = lambda i: (round(per[i][1], 6), abs(per[i][0] - cx))
    else:
        key = lambda i: (-round(per[i][1], 6), abs(per[i][0] - cx))
    return min(range(len(per)), key=key)


def nearest_pair(cpa, cpb):
    """The two nearest connection points; ties go to the pair nearer the
    objects' central points (side middles before corners)."""
    ma, mb = cpa[-1], cpb[-1]
    best = None
    for i, p in enumerate(cpa[:-1]):
        for j, q in enumerate(cpb[:-1]):
            key = (round(math.hypot(p[0] - q[0], p[1] - q[1]), 6),
                   math.hypot(p[0] - ma[0], p[1] - ma[1]) + math.hypot(q[0] - mb[0], q[1] - mb[1]))
            if best is None or key < best[0]:
                best = (key, i, j)
    return best[1], best[2]


def route(e, A, B):
    """Connection point indices, points and orth orientations for edge e
    between dumped objects A and B."""
    ca = (A["props"]["elem_corner"][0] + A["props"]["elem_width"] / 2,
          A["props"]["elem_corner"][1] + A["props"]["elem_height"] / 2)
    cb = (B["props"]["elem_corner"][0] + B["props"]["elem_width"] / 2,
          B["props"]["elem_corner"][1] + B["props"]["elem_height"] / 2)
    k = e["kind"]
    orient = None
    dx, dy = cb[0] - ca[0], cb[1] - ca[1]
    if k in ORTH:
        horiz = abs(dx) >= abs(dy)
        if isinstance(e["acp"], str) or isinstance(e["bcp"], str):
            sa, sb = e["acp"], e["bcp"]
            horiz = sa in "EW"
            if (sa in "EW") != (sb in "EW"):   # one bend: leave along sa, arrive along sb
                ia, ib = side_cp(A["cps"], ca, sa), side_cp(B["cps"], cb, sb)
                p, q = A["cps"][ia], B["cps"][ib]
                if horiz:
                    return ia, ib, [p, [q[0], p[1]], q], [0, 1]
                return ia, ib, [p, [p[0], q[1]], q], [1, 0]
        elif horiz:
            sa, sb = ("E", "W") if dx > 0 else ("W", "E")
        else:
            sa, sb = ("S", "N") if dy > 0 else ("N", "S")
        ia, ib = side_cp(A["cps"], ca, sa), side_cp(B["cps"], cb, sb)
        p, q = A["cps"][ia], B["cps"][ib]
        if abs(p[1] - q[1]) < 1e-9 and horiz or abs(p[0] - q[0]) < 1e-9 and not horiz:
            # straight: Dia's orthconn needs at least 3 points (2 crash it)
            o = 0 if horiz else 1
            return ia, ib, [p, [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2], q], [o, o]
        if horiz:
            mx = (p[0] + q[0]) / 2
            if sa == sb:   # both on one side: go round outside
                mx = min(p[0], q[0]) - 1.5 if sa == "W" else max(p[0], q[0]) + 1.5
            return ia, ib, [p, [mx, p[1]], [mx, q[1]], q], [0, 1, 0]
        my = (p[1] + q[1]) / 2
        if sa == sb:
            my = min(p[1], q[1]) - 1.5 if sa == "N" else max(p[1], q[1]) + 1.5
        return ia, ib, [p, [p[0], my], [q[0], my], q], [1, 0, 1]
    if e["acp"] is not None:
        ia = e["acp"] if isinstance(e["acp"], int) else side_cp(A["cps"], ca, e["acp"])
        ib = e["bcp"] if isinstance(e["bcp"], int) else side_cp(B["cps"], cb, e["bcp"])
    else:
        ia, ib = nearest_pair(A["cps"], B["cps"])
    p, q = A["cps"][ia], B["cps"][ib]
    if k == "line":
        return ia, ib, [p, q], None
    if k == "polyline":
        return ia, ib, [p] + [list(v) for v in (e["via"] or [])] + [q], None
    if k == "bezier":
        if e["via"]:
            c1, c2 = e["via"]
        else:
            ux, uy = q[0] - p[0], q[1] - p[1]
            L = math.hypot(ux, uy)
            nx, ny = -uy / L, ux / L
            c1 = [p[0] + ux / 3 + nx * e["bend"], p[1] + uy / 3 + ny * e["bend"]]
            c2 = [p[0] + 2 * ux / 3 + nx * e["bend"], p[1] + 2 * uy / 3 + ny * e["bend"]]
        return ia, ib, [p, c1, c2, q], None
    raise ValueError(k)


# ---------------------------------------------------------------- running Dia
class Dia:
    def __init__(self, work):
        self.work = work
        self.home = os.path.join(work, "home")
        os.makedirs(os.path.join(self.home, ".dia", "python"), exist_ok=True)
        with open(os.path.join(self.home, ".dia", "python", "geomjson.py"), "w") as f:
            f.write(PLUGIN)
        self.env = dict(os.environ, HOME=self.home, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        self.env.pop("DISPLAY", None)

    def run(self, src, out, filt):
        r = subprocess.run(["dia", "--nosplash", "--log-to-stderr", "--export=" + out,
                            "--filter=" + filt, src], env=self.env,
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0 or not os.path.exists(out):
            sys.exit(f"dia failed on {src} ({filt}):\n{r.stdout}\n{r.stderr}")

    def dump(self, src):
        out = os.path.join(self.work, "dump.json")
        if os.path.exists(out):
            os.remove(out)
        self.run(src, out, "geomjson-py")
        with open(out) as f:
            return json.load(f)


def build(d, dia, work):
    # objects: nodes first (ids O0..), then texts, then edges
    node_ids = [f"O{i}" for i in range(len(d.nodes))]
    objs = [d.node_xml(n, oid) for n, oid in zip(d.nodes, node_ids)]
    first = os.path.join(work, "first.dia")
    with open(first, "w") as f:
        f.write(d.document(objs))
    g1 = dia.dump(first)["objects"]
    assert len(g1) == len(d.nodes)
    # final document
    objs = list(objs)
    k = len(objs)
    for (s, x, y, h, c) in d.texts:
        objs.append(d.text_xml(s, x, y, h, c, f"O{k}"))
        k += 1
    edge_obj_index = []
    for e in d.edges:
        ia_n, ib_n = d.node_ix[e["a"]], d.node_ix[e["b"]]
        A, B = g1[ia_n], g1[ib_n]
        ia, ib, pts, orient = route(e, A, B)
        nh = 2 if e["kind"] in ("line",) + ORTH else len(pts)
        objs.append(d.edge_xml(e, pts, orient, f"O{k}", 0, nh - 1, node_ids[ia_n],
                               node_ids[ib_n], ia, ib))
        edge_obj_index.append(k)
        k += 1
    src = os.path.join(HERE, d.name + ".dia")
    with open(src, "w") as f:
        f.write(d.document(objs))
    geo = dia.dump(src)
    g2 = geo["objects"]
    # Dia's own record of the connections must be the data's edge list
    for e, oi in zip(d.edges, edge_obj_index):
        hs = g2[oi]["handles"]
        ends = [h["to"] for h in hs if h["to"] is not None]
        want = [d.node_ix[e["a"]], d.node_ix[e["b"]]]
        if e["kind"] in ("line",) + ORTH:
            got = [hs[0]["to"], hs[1]["to"]]
        else:
            got = [hs[0]["to"], hs[-1]["to"]]
        if got != want or len(ends) != 2:
            sys.exit(f"{d.name}: edge {e['a']}->{e['b']} is connected to {got} in Dia")
    svg = os.path.join(HERE, d.name + ".svg")
    dia.run(src, svg, d.exporter)
    return geo


def truth(d, geo):
    g = geo["objects"]
    nodes = []
    if d.exporter == "dia-svg":
        s, tx, ty = DIA_SVG_SCALE, 0.0, 0.0
    else:
        # cairo-svg: matrix(s,0,0,s,tx,ty) with s = 20 * paper scaling and the
        # diagram's extents moved to one device unit from the top-left corner
        s = CAIRO_SCALE * geo["scaling"]
        ext = geo["extents"]
        tx, ty = -ext[0] * s + 1.0, -ext[1] * s + 1.0
    for i, n in enumerate(d.nodes):
        p = g[i]["props"]
        cx = p["elem_corner"][0] + p["elem_width"] / 2
        cy = p["elem_corner"][1] + p["elem_height"] / 2
        nodes.append({"id": n["id"], "x": round(cx * s + tx, 6), "y": round(cy * s + ty, 6),
                      "label": n["label"],
                      "_w": p["elem_width"] * s, "_h": p["elem_height"] * s,
                      "_kind": n["kind"]})
    edges = []
    arrowed = False
    for e in d.edges:
        head_b = e["end"] != "none" if e["kind"] in ("line", "polyline", "zigzag", "bezier") else None
        head_a = e["start"] != "none" if e["kind"] in ("line", "polyline", "zigzag", "bezier") else None
        if e["kind"] == "uml-assoc":
            u = e["uml"] or {}
            head_a, head_b = u.get("arrow_a", False), u.get("arrow_b", False)
        elif e["kind"] in ("uml-general", "uml-realize"):
            head_a, head_b = True, False   # the triangle is at the start (the parent)
        elif e["kind"] == "uml-depend":
            head_a, head_b = False, True
        if head_a and not head_b:
            edges.append([e["b"], e["a"]])
        else:
            edges.append([e["a"], e["b"]])
        arrowed = arrowed or head_a or head_b
    for e in d.edges:
        if e["kind"] in ("line", "polyline", "zigzag", "bezier"):
            has = e["end"] != "none" or e["start"] != "none"
        else:
            has = True
        if has != arrowed:
            sys.exit(f"{d.name}: mixes arrowed and plain connectors")
    return nodes, edges, arrowed


# ---------------------------------------------------------------- SVG check
def parse_transform(t):
    m = [1, 0, 0, 1, 0, 0]
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", t or ""):
        v = [float(x) for x in re.split(r"[ ,]+", args.strip()) if x]
        if name == "matrix":
            n = v
        elif name == "translate":
            n = [1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0]
        elif name == "scale":
            n = [v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0]
        else:
            raise ValueError(name)
        m = mul(m, n)
    return m


def mul(a, b):
    return [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
            a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
            a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]]


def app(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def path_points(d):
    toks = re.findall(r"[MLCZmlcz]|-?[\d.]+(?:e-?\d+)?", d)
    pts, i, cmd = [], 0, None
    while i < len(toks):
        if toks[i] in "MLCZmlcz":
            cmd = toks[i]
            i += 1
            if cmd in "Zz":
                continue
        assert cmd in "MLC", cmd  # absolute commands only (what Dia/cairo write)
        pts.append((float(toks[i]), float(toks[i + 1])))
        i += 2
    return pts


def svg_shapes(path):
    """(kind, bbox, element, group_key) for every closed/filled shape."""
    root = ET.parse(path).getroot()
    out = []

    def walk(el, m, gkey):
        tag = el.tag.split("}")[-1]
        if tag in ("defs", "symbol", "text", "clipPath"):
            return
        m = mul(m, parse_transform(el.get("transform")))
        pts = None
        if tag == "rect":
            x, y, w, h = (float(el.get(k, 0)) for k in ("x", "y", "width", "height"))
            pts = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
        elif tag == "ellipse" or tag == "circle":
            cx, cy = float(el.get("cx", 0)), float(el.get("cy", 0))
            rx = float(el.get("rx", el.get("r", 0)))
            ry = float(el.get("ry", el.get("r", 0)))
            pts = [(cx - rx, cy - ry), (cx + rx, cy + ry), (cx - rx, cy + ry), (cx + rx, cy - ry)]
        elif tag == "polygon":
            v = [float(x) for x in re.split(r"[ ,]+", el.get("points").strip()) if x]
            pts = list(zip(v[0::2], v[1::2]))
        elif tag == "path" and el.get("d"):
            pts = path_points(el.get("d"))
        if pts:
            tp = [app(m, x, y) for x, y in pts]
            xs, ys = [p[0] for p in tp], [p[1] for p in tp]
            out.append((tag, (min(xs), min(ys), max(xs), max(ys)), el, gkey))
        for i, c in enumerate(el):
            walk(c, m, gkey + (i,) if c.tag.split("}")[-1] == "g" else gkey)

    walk(root, [1, 0, 0, 1, 0, 0], ())
    return out


def verify(d, nodes, svg):
    shapes = svg_shapes(svg)
    groups = {}
    for tag, bb, el, g in shapes:
        if tag == "rect" and g:
            groups.setdefault(g, []).append(bb)
    cands = [(tag, bb) for tag, bb, el, g in shapes]
    for g, bbs in groups.items():
        if len(bbs) >= 2:
            cands.append(("rect-group", (min(b[0] for b in bbs), min(b[1] for b in bbs),
                                         max(b[2] for b in bbs), max(b[3] for b in bbs))))
    for n in nodes:
        if n["_kind"] == "uml-class":
            # the compartments: shapes spanning the class's width inside its box
            L, R = n["x"] - n["_w"] / 2, n["x"] + n["_w"] / 2
            T, B = n["y"] - n["_h"] / 2, n["y"] + n["_h"] / 2
            parts = [bb for tag, bb, el, g in shapes
                     if abs(bb[0] - L) <= 0.02 and abs(bb[2] - R) <= 0.02
                     and bb[1] >= T - 0.02 and bb[3] <= B + 0.02]
            if len(parts) != 3:
                sys.exit(f"{d.name}: class {n['id']} has {len(parts)} compartments in the SVG")
            u = (min(b[0] for b in parts), min(b[1] for b in parts),
                 max(b[2] for b in parts), max(b[3] for b in parts))
            if abs((u[0] + u[2]) / 2 - n["x"]) > 0.01 or abs((u[1] + u[3]) / 2 - n["y"]) > 0.01:
                sys.exit(f"{d.name}: class {n['id']} compartments are centred at {u}")
            continue
        hits = []
        for tag, bb in cands:
            cx, cy = (bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2
            if abs(cx - n["x"]) <= 0.01 and abs(cy - n["y"]) <= 0.01 \
                    and abs(bb[2] - bb[0] - n["_w"]) <= 0.02 and abs(bb[3] - bb[1] - n["_h"]) <= 0.02:
                hits.append(tag)
        want = "rect-group" if n["_kind"] == "uml-class" else None
        if want:
            hits = [h for h in hits if h == want]
        if len(hits) != 1:
            sys.exit(f"{d.name}: node {n['id']} matches {hits} in the SVG")


# ---------------------------------------------------------------- the drawings
def flowchart(name, exporter):
    d = Diagram(name, "", exporter)
    d.node("start", "fc-ellipse", 10, 2, 4, 1.6, "Start")
    d.node("read", "fc-parallelogram", 10, 5.5, 5, 1.6, "Read order")
    d.node("valid", "fc-diamond", 10, 9.5, 5, 2.6, "Valid?")
    d.node("reject", "fc-box", 18, 9.5, 4, 1.6, "Reject")
    d.node("stock", "fc-diamond", 10, 14, 5, 2.6, "In stock?")
    d.node("order", "fc-box", 3, 14, 4, 1.6, "Back-order", fill="#ffe4c4")
    d.node("wait", "fc-box", 3, 18.5, 4, 1.6, "Wait 2 days")
    d.node("pick", "fc-box", 10, 18.5, 4, 1.6, "Pick items")
    d.node("pay", "fc-box", 10, 22, 4, 1.6, "Charge card")
    d.node("paid", "fc-diamond", 10, 26, 5, 2.6, "Paid?")
    d.node("ship", "fc-box", 18, 26, 4, 1.6, "Ship", fill="#c8f0c8")
    d.node("end", "fc-ellipse", 18, 30, 4, 1.6, "End")
    Z = dict(kind="zigzag")
    d.edge("start", "read", **Z)
    d.edge("read", "valid", **Z)
    d.edge("valid", "reject", label="no", **Z)
    d.edge("valid", "stock", label="yes", **Z)
    d.edge("stock", "order", label="no", **Z)
    d.edge("order", "wait", **Z)
    d.edge("wait", "stock", kind="polyline", acp="E", bcp=10, via=[[6.5, 18.5], [6.5, 15.5]])
    d.edge("stock", "pick", label="yes", **Z)
    d.edge("pick", "pay", **Z)
    d.edge("pay", "paid", **Z)
    d.edge("paid", "ship", label="yes", **Z)
    d.edge("paid", "pay", kind="zigzag", acp="W", bcp="W", label="retry")
    d.edge("reject", "end", kind="zigzag", acp="E", bcp="E")
    d.edge("ship", "end", **Z)
    for (lab, x, y) in (("no", 14, 9.0), ("yes", 10.9, 11.9), ("no", 6.3, 13.5),
                        ("yes", 10.9, 16.4), ("yes", 14, 25.5), ("retry", 6.2, 24.2)):
        d.text(lab, x, y)
    return d


def build_all():
    D = []
    # 1. flowchart, Dia's own SVG exporter
    d = flowchart("flowchart-12", "dia-svg")
    d.notes = ("Flowchart - Ellipse/Parallelogram/Diamond/Box objects with their own text, "
               "joined by Standard - ZigZagLine connectors (orthogonal, filled-triangle heads) "
               "between side-middle connection points; yes/no/retry are separate Standard - Text "
               "objects; a loop back (paid -> pay, wait -> stock) and a long detour (reject -> end). "
               "Each flowchart object is a <g> holding its shape (<rect>, <ellipse>, <polygon>) and "
               "<text>; each connector is a <g> of a <polyline> and a <polygon> head.")
    D.append(d)
    # 2. the same flowchart through the cairo SVG exporter
    d = flowchart("flowchart-12-cairo", "cairo-svg")
    d.notes = ("flowchart-12 exported with --filter=cairo-svg: every shape is a <path> in cm with "
               "transform=\"matrix(28.35,0,0,28.35,tx,ty)\" (points per cm; origin at the diagram's "
               "extents), ellipses as 4 Bezier arcs, text as glyph <symbol>s placed with <use>, "
               "width/height in pt. Arrowheads are filled closed <path>s.")
    D.append(d)

    # 3. UML class diagram
    def uml_diagram(name, exporter):
        d = Diagram(name, "", exporter)
        V_PUB, V_PRIV, V_PROT = 0, 1, 2
        d.node("Shape", "uml-class", 14, 3, label="Shape", uml=dict(
            abstract=True, attributes=[("origin", "Point", V_PROT), ("id", "int", V_PRIV)],
            operations=[("area", "double", V_PUB, []), ("move", "void", V_PUB, [("dx", "double"), ("dy", "double")])]))
        d.node("Circle", "uml-class", 5, 12, label="Circle", uml=dict(
            attributes=[("radius", "double", V_PRIV)], operations=[("area", "double", V_PUB, [])]))
        d.node("Rect", "uml-class", 14, 12, label="Rect", uml=dict(
            attributes=[("w", "double", V_PRIV), ("h", "double", V_PRIV)],
            operations=[("area", "double", V_PUB, [])]))
        d.node("Polygon", "uml-class", 24, 12, label="Polygon", uml=dict(
            attributes=[("points", "Point[*]", V_PRIV)],
            operations=[("area", "double", V_PUB, []), ("addPoint", "void", V_PUB, [("p", "Point")])]))
        d.node("Point", "uml-class", 32, 3, label="Point", uml=dict(
            attributes=[("x", "double", V_PUB), ("y", "double", V_PUB)], operations=[]))
        d.node("Canvas", "uml-class", 14, 21, label="Canvas", uml=dict(
            attributes=[("shapes", "List<Shape>", V_PRIV)],
            operations=[("draw", "void", V_PUB, []), ("add", "void", V_PUB, [("s", "Shape")])]))
        d.node("Drawable", "uml-class", 32, 21, label="Drawable", uml=dict(
            stereotype="interface", attributes=[], operations=[("draw", "void", V_PUB, [])]))
        d.node("Renderer", "uml-class", 32, 29, label="Renderer", uml=dict(
            attributes=[("dpi", "int", V_PRIV)], operations=[("render", "void", V_PUB, [("c", "Canvas")])]))
        # generalisations: start (handle 0, hollow triangle) at the parent
        d.edge("Shape", "Circle", kind="uml-general", acp="S", bcp="N")
        d.edge("Shape", "Rect", kind="uml-general", acp="S", bcp="N")
        d.edge("Shape", "Polygon", kind="uml-general", acp="S", bcp="N")
        d.edge("Polygon", "Point", kind="uml-assoc", acp="E", bcp="S",
               uml=dict(role_b="points", mult_b="3..*", arrow_b=True))
        d.edge("Shape", "Point", kind="uml-assoc", uml=dict(name="origin", mult_b="1", arrow_b=True))
        d.edge("Canvas", "Rect", kind="uml-assoc", acp="N", bcp="S",
               uml=dict(role_b="shapes", mult_b="*", arrow_b=True))
        d.edge("Drawable", "Canvas", kind="uml-realize", acp="W", bcp="E")
        d.edge("Renderer", "Canvas", kind="uml-depend", acp="W", bcp="S",
               uml=dict(stereotype="use"))
        return d

    d = uml_diagram("uml-classes-8", "dia-svg")
    d.notes = ("UML - Class objects (sized by Dia from their text: name, attribute and operation "
               "compartments, an abstract class, an <<interface>>) joined by UML - Generalization "
               "(hollow triangle at the parent, which is the connector's start), UML - Association "
               "(navigability arrow at end B, role/multiplicity texts), UML - Realizes (dashed, hollow "
               "triangle at the interface) and UML - Dependency (dashed, open arrow). Edges point "
               "at the arrowhead/triangle. A class is drawn as a <g> of three stacked <rect>s "
               "(name, attributes, operations); the truth is the centre of their union. The "
               "connectors are orthogonal <polyline>s with <polygon>/<polyline> heads.")
    D.append(d)
    d = uml_diagram("uml-classes-8-cairo", "cairo-svg")
    d.notes = ("uml-classes-8 through --filter=cairo-svg: each class compartment is a separate closed "
               "<path> rectangle with a matrix() transform, text is glyph <use>s; the truth is the "
               "centre of the union of the three compartment paths.")
    D.append(d)

    # 5. standard objects, straight lines, many arrow kinds
    d = Diagram("std-arrows-12", "")
    d.node("hub", "ellipse", 20, 14, 5, 3, "hub", fill="#ffffd0")
    kinds = ["filled-triangle", "hollow-triangle", "lines", "filled-diamond", "hollow-diamond",
             "filled-ellipse", "hollow-ellipse", "crow-foot", "double-filled-triangle",
             "filled-concave", "half-head", "filled-box"]
    for i in range(1, 12):
        ang = 2 * math.pi * (i - 1) / 11
        x = round(20 + 13 * math.cos(ang), 2)
        y = round(14 + 10 * math.sin(ang), 2)
        kind = "box" if i % 3 else "ellipse"
        d.node(f"n{i}", kind, x, y, 3.4, 1.8, f"n{i}", radius=0.5 if i % 3 == 2 else 0.0,
               fill="#e0e8ff" if kind == "box" else "#ffffff")
        d.text(f"n{i}", x, y, 0.8)
    d.text("hub", 20, 14, 0.8)
    for i in range(1, 12):
        if i % 2:
            d.edge("hub", f"n{i}", end=kinds[i - 1])
        else:
            d.edge(f"n{i}", "hub", end=kinds[i - 1])
    d.edge("n1", "n2", end="none", start="filled-triangle")   # head at the start: drawn n2 -> n1
    d.edge("n5", "n6", end="crow-foot")
    d.edge("n8", "n9", end="filled-ellipse", line_style=1)
    d.notes = ("Standard - Box (square and rounded corners) and Standard - Ellipse objects, labels "
               "are separate Standard - Text objects centred on them; Standard - Line connectors "
               "between the facing connection points, each with a different end arrow: filled / "
               "hollow triangle, lines, filled / hollow diamond, filled / hollow ellipse, crow's "
               "foot, double filled triangle, filled concave, half head, filled box. n1-n2 has its "
               "only arrow at the start (at n1), so it is listed as [n2, n1]; n8-n9 is dashed. "
               "Every edge points at its end decoration, whatever its shape (a diamond, dot or "
               "crow's foot counts as the head).")
    D.append(d)

    # 6. polyline / zigzag / bezier connectors, parallel edges and a self-loop
    d = Diagram("connectors-8", "")
    P = {"a": (4, 4), "b": (16, 4), "c": (28, 4), "d": (4, 14), "e": (16, 14), "f": (28, 14),
         "g": (10, 22), "h": (24, 22)}
    for i, (k, (x, y)) in enumerate(P.items()):
        d.node(k, "box" if i % 2 == 0 else "ellipse", x, y, 4, 2, k.upper(),
               radius=0.4 if k in "ce" else 0)
        d.text(k.upper(), x, y, 0.9)
    d.edge("a", "b", kind="polyline", acp="E", bcp="W", via=[[9, 3], [11, 5]],
           end="filled-triangle")
    d.edge("b", "c", kind="bezier", bend=2.0, end="hollow-triangle")
    d.edge("b", "c", kind="bezier", bend=-2.0, end="filled-triangle")     # parallel pair
    d.edge("a", "d", kind="zigzag", end="filled-triangle")
    d.edge("a", "e", kind="bezier", acp=7, bcp=1, bend=-2.5, end="double-hollow-triangle")
    d.edge("e", "d", kind="line", end="lines")
    d.edge("d", "e", kind="polyline", acp=5, bcp=5, via=[[2, 16.5], [15, 17.5]], end="filled-concave")
    d.edge("c", "f", kind="zigzag", end="filled-diamond")
    d.edge("f", "e", kind="bezier", end="hollow-ellipse", bend=1.5)
    d.edge("e", "g", kind="zigzag", acp="S", bcp="N", end="filled-triangle")
    d.edge("f", "h", kind="polyline", acp="S", bcp="E", via=[[28, 22]], end="filled-triangle")
    d.edge("g", "h", kind="line", end="filled-triangle")
    d.edge("h", "g", kind="bezier", acp=6, bcp=6, via=[[22, 27], [12, 27]], end="filled-triangle")
    # self-loops: a polyline around box 'a''s top-right corner, a bezier on ellipse 'h'
    d.edge("a", "a", kind="polyline", acp="N", bcp="W", via=[[4, 1.5], [0.5, 1.5], [0.5, 4]],
           end="filled-triangle")
    d.edge("h", "h", kind="bezier", acp=1, bcp=2, via=[[23.5, 18.6], [27.6, 19.6]], end="filled-triangle")
    d.notes = ("Standard - PolyLine (with bends), Standard - ZigZagLine (orthogonal) and Standard - "
               "BezierLine connectors between Standard - Box (two rounded) and Standard - Ellipse "
               "objects, connected to side, corner and ellipse connection points. Multigraph: "
               "b->c twice (two Beziers bowing apart, different heads), d<->e as a straight line "
               "and a polyline, g<->h as a line and a Bezier under them. Self-loops: a -> a "
               "(polyline from the top round to the left side), h -> h (Bezier). Heads: filled/hollow "
               "triangles, lines, double hollow triangle, filled concave, filled diamond, hollow "
               "ellipse. Bezier connectors are <path d=\"M C\">; polylines and zigzags are "
               "<polyline>.")
    D.append(d)

    # 7. undirected: plain lines, no arrows
    d = Diagram("undirected-10", "")
    pos = {"k1": (3, 3), "k2": (11, 3), "k3": (19, 3), "k4": (27, 3), "k5": (7, 10),
           "k6": (15, 10), "k7": (23, 10), "k8": (3, 17), "k9": (15, 17), "k10": (27, 17)}
    for i, (k, (x, y)) in enumerate(pos.items()):
        if i % 3 == 0:
            d.node(k, "ellipse", x, y, 2.4, 2.4, k, fill="#d0ffd0")
        else:
            d.node(k, "box", x, y, 3, 1.6, k, line_style=1 if i == 4 else 0)
        d.text(k, x, y, 0.8)
    E = [("k1", "k2"), ("k2", "k3"), ("k3", "k4"), ("k1", "k5"), ("k2", "k5"), ("k2", "k6"),
         ("k3", "k6"), ("k3", "k7"), ("k4", "k7"), ("k5", "k6"), ("k6", "k7"), ("k5", "k8"),
         ("k6", "k9"), ("k7", "k10"), ("k8", "k9"), ("k9", "k10"), ("k1", "k8")]
    for a, b in E:
        d.edge(a, b, end="none")
    d.edge("k4", "k10", kind="zigzag", end="none", acp="E", bcp="E")
    d.notes = ("Undirected: Standard - Line connectors with no arrows (one ZigZagLine detour "
               "k4-k10 on the right), between Standard - Ellipse circles and Standard - Box "
               "objects (k5 dashed). Each line runs between the two nearest connection points "
               "(corners or side middles), so lines start at box corners. Labels are Standard - "
               "Text objects.")
    D.append(d)

    # 8. a larger seeded drawing
    rnd = random.Random(11)
    d = Diagram("large-30", "")
    ids = []
    for r in range(5):
        for c in range(6):
            k = f"v{r * 6 + c}"
            ids.append(k)
            x, y = 3 + c * 7.5, 3 + r * 6
            kind = rnd.choice(["box", "box", "ellipse", "fc-box", "fc-diamond"])
            if kind.startswith("fc-"):
                d.node(k, kind, x, y, 3.6 if kind == "fc-box" else 4.2, 2.0 if kind == "fc-box" else 2.6,
                       k, fill=rnd.choice(["#ffffff", "#ffe0e0", "#e0ffe0"]))
            else:
                d.node(k, kind, x, y, 3.2, 1.8, k, fill=rnd.choice(["#ffffff", "#e0e0ff"]),
                       radius=rnd.choice([0.0, 0.3]))
                d.text(k, x, y, 0.8)
    pairs = set()
    for r in range(5):
        for c in range(6):
            i = r * 6 + c
            if c < 5 and rnd.random() < 0.7:
                pairs.add((i, i + 1) if rnd.random() < 0.5 else (i + 1, i))
            if r < 4 and rnd.random() < 0.6:
                pairs.add((i, i + 6) if rnd.random() < 0.5 else (i + 6, i))
            if r < 4 and c < 5 and rnd.random() < 0.2:
                pairs.add((i, i + 7))
    for a, b in sorted(pairs):
        kind = rnd.choice(["line", "line", "line", "bezier", "zigzag"])
        if b - a == 7 and kind == "zigzag":
            kind = "line"   # a diagonal zigzag would run along its neighbours' lines
        d.edge(ids[a], ids[b], kind=kind, bend=rnd.choice([-1.0, 1.0]),
               end=rnd.choice(["filled-triangle", "filled-triangle", "hollow-triangle", "lines"]))
    d.notes = ("Seeded (random.Random(11)) 6x5 grid of 30 objects: Standard - Box (some rounded), "
               "Standard - Ellipse, Flowchart - Box and Flowchart - Diamond with their own text; "
               "grid-neighbour and diagonal edges as Standard - Line, BezierLine and ZigZagLine "
               "with filled/hollow triangle or line-arrow heads.")
    D.append(d)
    return D


def main():
    only = sys.argv[1:]
    work = tempfile.mkdtemp(prefix="dia-corpus-")
    try:
        dia = Dia(work)
        for d in build_all():
            if only and not any(s in d.name for s in only):
                continue
            geo = build(d, dia, work)
            nodes, edges, directed = truth(d, geo)
            verify(d, nodes, os.path.join(HERE, d.name + ".svg"))
            gen = "dia 0.97.3+git20220525 " + ("--filter=dia-svg (Dia's own SVG exporter)"
                                               if d.exporter == "dia-svg" else "--filter=cairo-svg")
            out = {"generator": gen, "directed": directed,
                   "nodes": [{k: v for k, v in n.items() if not k.startswith("_")} for n in nodes],
                   "edges": edges, "notes": d.notes}
            with open(os.path.join(HERE, d.name + ".truth.json"), "w") as f:
                json.dump(out, f, indent=1)
                f.write("\n")
            print(f"{d.name}: {len(nodes)} nodes, {len(edges)} edges, directed={directed}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
