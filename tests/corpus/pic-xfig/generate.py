#!/usr/bin/env python3
r"""Regenerate the pic-xfig/ corpus: node-link graphs drawn with the classic diagram
languages of old and new papers: pic (dpic, GNU pic2plot), xfig's .fig format
(fig2dev) and GNU plotutils' `graph`.

    apt-get install dpic fig2dev plotutils librsvg2-bin      # Debian 12
    python3 generate.py             # writes NAME.svg + NAME.truth.json here

The graphs (ids, labels, edges, direction) and their layouts are data in this script;
it writes the .pic / .fig / data sources from them, runs the tools in
/tmp/pic-xfig-work/ and copies only the SVGs here, next to the truth files.

Routes and the mapping from source coordinates to the root <svg>'s user space:

  dpic      `dpic -v NAME.pic`. pic inches, y up.  dpic writes absolute px (96/inch)
            with y down and no transforms.  With the picture's bounding box (W, N) and the
            default line thickness lth = 0.8 pt = 1.066667 px, dpic 2023.02.01 writes
                X = 96 * (x - W) + lth,   Y = 96 * (N - y) + lth / 2
            and width/height = 96 * (E - W) + 3 lth, 96 * (N - S) + 3 lth.
            Every dpic drawing has a frame box F (visible or `invis`) that encloses
            everything, so (W, N) = (F.w.x, F.n.y); the script asserts the SVG's width and
            height.  Node positions are the ones dpic itself prints (`print sprintf`).
  fig2dev   `fig2dev -L svg NAME.fig`.  xfig units (1200/inch) are written unchanged:
            X = x, Y = y (the viewBox only crops), no transforms.
  pic2plot  `pic2plot -T svg NAME.pic`.  libplot writes pic inches inside
            <g id="content" transform="translate(tx,ty) scale(1,-1) scale(s)">, in a
            viewBox="0 0 1 1" page; X = tx + s x, Y = ty - s y with tx, ty, s read from
            that transform.
  graph     `graph -T svg ...` (GNU plotutils).  Data (x, y) go to libplot's 4096-unit
            square: u = 4096 (0.2 + 0.6 (x - x0)/(x1 - x0)) (same for y with the y
            limits), drawn inside the same kind of content group; X = tx + s u, Y = ty - s v.

Check: every truth position is compared with the centre of the nearest node-like element
of the SVG (<circle>, <ellipse>, <rect>, <polygon>, a closed <polyline>, a closed
single-subpath <path>), with every transform applied.  The script stops if one is further
than 0.01 user units (0.0001 on the plotutils routes, whose page is 1 unit wide).
"""
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
WORK = "/tmp/pic-xfig-work"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", LC_ALL="C", TZ="UTC")


def run(cmd, cwd, stdout_to=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=ENV)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode("latin-1")[-3000:] + r.stderr.decode("latin-1")[-3000:])
        raise SystemExit("failed: %s" % " ".join(cmd))
    if stdout_to:
        with open(stdout_to, "wb") as f:
            f.write(r.stdout)
    return r


def versions():
    r = subprocess.run(["dpic", "-h"], capture_output=True, text=True)
    dp = re.search(r"dpic version (\S+)", r.stdout + r.stderr).group(1)
    fd = re.search(r"Version (\S+)", run(["fig2dev", "-V"], "/").stdout.decode()).group(1)
    pp = re.search(r"plotutils\) (\S+)", run(["pic2plot", "--version"], "/").stdout.decode()).group(1)
    return dp, fd, pp


DPIC, FIG2DEV, PLOTUTILS = versions()

# --------------------------------------------------------------------------------------
# SVG geometry (for the check only)

NUM = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def mat_mul(a, b):
    return (a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
            a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
            a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5])


def parse_transform(s):
    m = (1, 0, 0, 1, 0, 0)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", s or ""):
        v = [float(x) for x in NUM.findall(args)]
        if name == "matrix":
            t = tuple(v)
        elif name == "translate":
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale":
            t = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate":
            a = math.radians(v[0])
            t = (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0, 0)
        else:
            raise ValueError(name)
        m = mat_mul(m, t)
    return m


def apply(m, p):
    return (m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5])


def bez_extrema(p0, p1, p2, p3):
    ts = [0.0, 1.0]
    a = -p0 + 3 * p1 - 3 * p2 + p3
    b = 2 * (p0 - 2 * p1 + p2)
    c = p1 - p0
    if abs(a) < 1e-12:
        if abs(b) > 1e-12:
            ts.append(-c / b)
    else:
        disc = b * b - 4 * a * c
        if disc >= 0:
            ts += [(-b + math.sqrt(disc)) / (2 * a), (-b - math.sqrt(disc)) / (2 * a)]
    vals = []
    for t in ts:
        if 0 <= t <= 1:
            u = 1 - t
            vals.append(u ** 3 * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t ** 3 * p3)
    return min(vals), max(vals)


def path_subpaths(d):
    """[(closed, [points incl. Bezier extrema samples])] per subpath.  Arcs (A) are
    represented by their end points only (they occur in arrowheads, not in nodes)."""
    toks = re.findall(r"[MmLlHhVvCcQqAaZz]|" + NUM.pattern, d)
    out, pts, closed = [], [], False
    cur = start = (0.0, 0.0)
    i, cmd = 0, None
    while i < len(toks):
        if re.fullmatch(r"[A-Za-z]", toks[i]):
            cmd = toks[i]
            i += 1
            if cmd in "Zz":
                closed = True
                cur = start
                continue
        need = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "A": 7}[cmd.upper()]
        f = [float(t) for t in toks[i:i + need]]
        rel = cmd.islower()
        C = cmd.upper()
        ox, oy = cur if rel else (0.0, 0.0)
        if C == "M":
            if pts:
                out.append((closed, pts))
            pts, closed = [], False
            cur = start = (ox + f[0], oy + f[1])
            pts.append(cur)
            i += 2
            cmd = "l" if rel else "L"
        elif C == "L":
            cur = (ox + f[0], oy + f[1]); pts.append(cur); i += 2
        elif C == "H":
            cur = ((cur[0] if rel else 0) + f[0], cur[1]); pts.append(cur); i += 1
        elif C == "V":
            cur = (cur[0], (cur[1] if rel else 0) + f[0]); pts.append(cur); i += 1
        elif C == "C":
            c1, c2, q = (ox + f[0], oy + f[1]), (ox + f[2], oy + f[3]), (ox + f[4], oy + f[5])
            xs = bez_extrema(cur[0], c1[0], c2[0], q[0])
            ys = bez_extrema(cur[1], c1[1], c2[1], q[1])
            pts += [(xs[0], ys[0]), (xs[1], ys[1]), q]
            cur = q; i += 6
        elif C == "Q":
            c1, q = (ox + f[0], oy + f[1]), (ox + f[2], oy + f[3])
            cc1 = (cur[0] + 2 / 3 * (c1[0] - cur[0]), cur[1] + 2 / 3 * (c1[1] - cur[1]))
            cc2 = (q[0] + 2 / 3 * (c1[0] - q[0]), q[1] + 2 / 3 * (c1[1] - q[1]))
            xs = bez_extrema(cur[0], cc1[0], cc2[0], q[0])
            ys = bez_extrema(cur[1], cc1[1], cc2[1], q[1])
            pts += [(xs[0], ys[0]), (xs[1], ys[1]), q]
            cur = q; i += 4
        elif C == "A":
            cur = (ox + f[5], oy + f[6]); pts.append(cur); i += 7
        else:
            raise ValueError(cmd)
    if pts:
        out.append((closed, pts))
    return out


def points_attr(s):
    v = [float(x) for x in NUM.findall(s)]
    return list(zip(v[0::2], v[1::2]))


def node_shapes(svg_path):
    """Centres of node-like elements in root user space."""
    res = []

    def bbox_centre(m, pts):
        tp = [apply(m, p) for p in pts]
        xs, ys = [p[0] for p in tp], [p[1] for p in tp]
        return ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)

    def walk(el, m):
        tag = el.tag.split("}")[-1]
        if tag in ("defs", "text", "clipPath", "symbol", "title", "desc"):
            return
        m = mat_mul(m, parse_transform(el.get("transform")))
        g = lambda k: float(el.get(k, 0))
        if tag in ("circle", "ellipse"):
            res.append((apply(m, (g("cx"), g("cy"))), tag))
        elif tag == "rect" and el.get("id") != "background":
            res.append((apply(m, (g("x") + g("width") / 2, g("y") + g("height") / 2)), tag))
        elif tag in ("polygon", "polyline"):
            pts = points_attr(el.get("points"))
            if tag == "polygon" or math.dist(pts[0], pts[-1]) < 1e-9:
                res.append((bbox_centre(m, pts), tag))
        elif tag == "path" and el.get("d"):
            subs = path_subpaths(el.get("d"))
            if len(subs) == 1:
                closed, pts = subs[0]
                if closed or math.dist(pts[0], pts[-1]) < 1e-9:
                    res.append((bbox_centre(m, pts), "path"))
        for ch in el:
            walk(ch, m)

    walk(ET.parse(svg_path).getroot(), (1, 0, 0, 1, 0, 0))
    return res


def check(name, svg_path, nodes, tol):
    shapes = node_shapes(svg_path)
    worst = 0.0
    for n in nodes:
        d, kind = min((math.dist((n["x"], n["y"]), c), k) for c, k in shapes)
        if d > tol:
            raise SystemExit("%s: node %s at (%.6f, %.6f) is %.6f from the nearest shape"
                             % (name, n["id"], n["x"], n["y"], d))
        worst = max(worst, d)
    print("%-26s %2d nodes, worst distance to a drawn shape centre %.7f" % (name, len(nodes), worst))


def finish(name, svg_src, generator, directed, nodes, edges, notes, tol=0.01):
    ids = [n["id"] for n in nodes]
    assert len(set(ids)) == len(ids), ids
    for a, b in edges:
        assert a in ids and b in ids, (a, b)
    check(name, svg_src, nodes, tol)
    shutil.copyfile(svg_src, os.path.join(HERE, name + ".svg"))
    truth = {"generator": generator, "directed": directed, "nodes": nodes,
             "edges": [list(e) for e in edges], "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")


def node_entry(nid, x, y, label, nd=6):
    d = {"id": nid, "x": round(x, nd), "y": round(y, nd)}
    if label is not None:
        d["label"] = label
    return d


def fmt(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def unit(dx, dy):
    L = math.hypot(dx, dy)
    return dx / L, dy / L


def polar(c, r, deg):
    a = math.radians(deg)
    return (c[0] + r * math.cos(a), c[1] + r * math.sin(a))


def ang(p, q):
    return math.degrees(math.atan2(q[1] - p[1], q[0] - p[0]))


def box_border(c, hw, hh, toward):
    """Point where the ray from box centre c towards `toward` leaves the box."""
    dx, dy = toward[0] - c[0], toward[1] - c[1]
    t = min(hw / abs(dx) if dx else 1e9, hh / abs(dy) if dy else 1e9)
    return (c[0] + t * dx, c[1] + t * dy)


def ellipse_border(c, a, b, toward):
    dx, dy = toward[0] - c[0], toward[1] - c[1]
    t = 1 / math.sqrt((dx / a) ** 2 + (dy / b) ** 2)
    return (c[0] + t * dx, c[1] + t * dy)


def P(p):
    return "(%s,%s)" % (fmt(p[0]), fmt(p[1]))


# --------------------------------------------------------------------------------------
# dpic

DPIC_LTH = 0.8 / 72 * 96   # default linethick 0.8 pt, in px


def build_dpic(name, body, frame, nodes, edges, directed, notes):
    """body: pic statements.  frame: (cx, cy, w, h, visible, extra) - the box F that
    encloses the drawing.  nodes: [(id, picname, label)]: picname is a pic label (object
    or position) whose .x/.y dpic prints."""
    os.makedirs(WORK, exist_ok=True)
    cx, cy, w, h, visible, extra = frame
    lines = [".PS", "# %s.pic, written by generate.py" % name,
             "F: box %swid %s ht %s at (%s,%s)%s" % ("" if visible else "invis ", fmt(w), fmt(h),
                                                  fmt(cx), fmt(cy), extra)]
    lines += body
    lines.append('print sprintf("frame %.10f %.10f %.10f %.10f", F.w.x, F.n.y, F.e.x, F.s.y)')
    for nid, pic, _ in nodes:
        lines.append('print sprintf("node %%.10f %%.10f", %s.x, %s.y)' % (pic, pic))
    lines.append(".PE")
    src = os.path.join(WORK, name + ".pic")
    with open(src, "w") as f:
        f.write("\n".join(lines) + "\n")
    svg = os.path.join(WORK, name + ".svg")
    r = run(["dpic", "-v", name + ".pic"], WORK, stdout_to=svg)
    out = r.stderr.decode().split("\n")
    if any("ERROR" in l or "WARNING" in l.upper() for l in out):
        raise SystemExit("\n".join(out))
    fr = [l.split()[1:] for l in out if l.startswith("frame ")][0]
    W, N, E, S = [float(v) for v in fr]
    pos = [tuple(float(v) for v in l.split()[1:]) for l in out if l.startswith("node ")]
    assert len(pos) == len(nodes)
    text = open(svg).read()
    sw, sh = [float(v) for v in re.search(r'width="([\d.]+)px" height="([\d.]+)px"', text).groups()]
    assert abs(sw - (96 * (E - W) + 3 * DPIC_LTH)) < 2e-5, (sw, E - W)
    assert abs(sh - (96 * (N - S) + 3 * DPIC_LTH)) < 2e-5, (sh, N - S)
    res = []
    for (nid, _, label), (x, y) in zip(nodes, pos):
        res.append(node_entry(nid, 96 * (x - W) + DPIC_LTH, 96 * (N - y) + DPIC_LTH / 2, label))
    gen = "dpic %s, dpic -v (SVG)" % DPIC
    finish(name, svg, gen, directed, res, edges, notes)


def dpic_flow_network():
    # CLRS-style flow network with flow/capacity labels
    pos = {"s": (0, 0), "v1": (1.6, 1.0), "v2": (1.6, -1.0), "v3": (3.4, 1.0),
           "v4": (3.4, -1.0), "t": (5.0, 0)}
    r = 0.26
    # (tail, head, label, kind)
    E = [("s", "v1", "11/16", "line"), ("s", "v2", "8/13", "line"),
         ("v2", "v1", "1/4", "line"), ("v1", "v2", "0/10", "arc"),
         ("v1", "v3", "12/12", "line"), ("v3", "v2", "4/9", "line"),
         ("v2", "v4", "11/14", "line"), ("v4", "v3", "7/7", "line"),
         ("v3", "t", "15/20", "line"), ("v4", "t", "4/4", "line")]
    b = ["circlerad = %s" % fmt(r)]
    for i, p in pos.items():
        b.append('%s: circle "%s" at %s' % (i.upper(), i, P(p)))
    for t, h, lab, kind in E:
        p, q = pos[t], pos[h]
        if kind == "line":
            b.append("arrow from %s to %s chop" % (t.upper(), h.upper()))
            m = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
            ux, uy = unit(q[0] - p[0], q[1] - p[1])
            nx, ny = -uy, ux
            if ny < 0 or (abs(ny) < 1e-9 and nx < 0):
                nx, ny = -nx, -ny
            off = 0.16 if abs(ux) > 0.3 else 0.0
            lp = (m[0] + nx * off, m[1] + ny * off)
            if abs(ux) <= 0.3:        # vertical edge: label to its right
                lp = (m[0] + 0.08, m[1])
                b.append('"%s" ljust at %s' % (lab, P(lp)))
            else:
                b.append('"%s" at %s' % (lab, P(lp)))
        else:   # v1 -> v2 bowed to the left, an arc through the circles' left sides
            a0, a1 = polar(p, r, 215), polar(q, r, 145)
            b.append("arc -> from %s to %s rad 1.25" % (P(a0), P(a1)))
            b.append('"%s" rjust at %s' % (lab, P((p[0] - 0.36, 0))))
    nodes = [(i, i.upper(), i) for i in pos]
    build_dpic("dpic-flow-network", b, (2.5, 0, 5.9, 2.9, False, ""), nodes,
               [(t, h) for t, h, *_ in E], True,
               "CLRS-style flow network: `circle \"v1\"` nodes (circlerad 0.26) with the names "
               "inside as <text>, `arrow from A to B chop` edges (a <line> plus a filled "
               "<polygon> head, trimmed at the circles), flow/capacity edge labels "
               "(\"11/16\") beside every edge. v2->v1 is straight, v1->v2 is an `arc ->` "
               "bowing left (an SVG path with an A command, its head a filled path made of "
               "arcs), so v1 and v2 are joined in both directions. An invisible frame box F "
               "fixes the bounding box.")


def dpic_flowchart():
    # id: (kind, centre, half-width, half-height, text)
    N = {"start": ("ellipse", (0, 0), 0.45, 0.2, "Start"),
         "read": ("box", (0, -0.8), 0.55, 0.2, "read n"),
         "test": ("diamond", (0, -1.75), 0.65, 0.35, "n > 1 ?"),
         "even": ("diamond", (0, -2.85), 0.65, 0.35, "n even ?"),
         "half": ("box", (-1.2, -3.9), 0.55, 0.2, "n := n/2"),
         "triple": ("box", (1.2, -3.9), 0.6, 0.2, "n := 3n+1"),
         "count": ("box", (0, -4.8), 0.65, 0.2, "steps := steps+1"),
         "stop": ("ellipse", (2.0, -1.75), 0.45, 0.2, "Stop")}
    b = []
    for i, (kind, c, hw, hh, txt) in N.items():
        if kind == "box":
            b.append('%s: box rad 0.06 wid %s ht %s at %s "%s"' % (i.upper(), fmt(2 * hw), fmt(2 * hh), P(c), txt))
        elif kind == "ellipse":
            b.append('%s: ellipse wid %s ht %s at %s "%s"' % (i.upper(), fmt(2 * hw), fmt(2 * hh), P(c), txt))
        else:
            b.append("%s: %s" % (i.upper(), P(c)))
            b.append("line from %s.c+(0,%s) to %s.c+(%s,0) to %s.c-(0,%s) to %s.c-(%s,0) to %s.c+(0,%s)"
                     % (i.upper(), fmt(hh), i.upper(), fmt(hw), i.upper(), fmt(hh), i.upper(),
                        fmt(hw), i.upper(), fmt(hh)))
            b.append('"%s" at %s' % (txt, P(c)))

    def pt(i, side):
        kind, c, hw, hh, _ = N[i]
        return {"n": (c[0], c[1] + hh), "s": (c[0], c[1] - hh), "e": (c[0] + hw, c[1]),
                "w": (c[0] - hw, c[1])}[side]
    edges = [("start", "read"), ("read", "test"), ("test", "even"), ("test", "stop"),
             ("even", "half"), ("even", "triple"), ("half", "count"), ("triple", "count"),
             ("count", "test")]
    b.append("arrow from %s to %s" % (P(pt("start", "s")), P(pt("read", "n"))))
    b.append("arrow from %s to %s" % (P(pt("read", "s")), P(pt("test", "n"))))
    b.append("arrow from %s to %s" % (P(pt("test", "s")), P(pt("even", "n"))))
    b.append('"yes" ljust at %s' % P((0.08, -2.25)))
    b.append("arrow from %s to %s" % (P(pt("test", "e")), P(pt("stop", "w"))))
    b.append('"no" above at %s' % P((0.95, -1.75)))
    # even -> half / triple: from the diamond's side corners, down into the boxes
    b.append("arrow from %s to %s then to %s" % (P(pt("even", "w")), P((-1.2, -2.85)), P(pt("half", "n"))))
    b.append('"yes" above at %s' % P((-0.95, -2.85)))
    b.append("arrow from %s to %s then to %s" % (P(pt("even", "e")), P((1.2, -2.85)), P(pt("triple", "n"))))
    b.append('"no" above at %s' % P((0.95, -2.85)))
    b.append("arrow from %s to %s then to %s" % (P(pt("half", "s")), P((-1.2, -4.8)), P(pt("count", "w"))))
    b.append("arrow from %s to %s then to %s" % (P(pt("triple", "s")), P((1.2, -4.8)), P(pt("count", "e"))))
    # back edge, dashed: count -> test around the left
    b.append("arrow dashed from %s to %s then to %s then to %s then to %s"
             % (P(pt("count", "s")), P((0, -5.25)), P((-2.2, -5.25)), P((-2.2, -1.75)), P(pt("test", "w"))))
    nodes = [(i, i.upper(), N[i][4]) for i in N]
    build_dpic("dpic-flowchart", b, (0, -2.55, 5.0, 5.6, False, ""), nodes, edges, True,
               "Collatz flowchart in plain pic: `ellipse` terminals, `box rad 0.06` process "
               "boxes (<rect rx>), and decision diamonds drawn as a closed `line from .. to "
               ".. to ..` (a <polyline> whose last point repeats the first) with the text "
               "placed at the centre. Edges are arrows between compass points; even->half/"
               "triple and half/triple->count have one bend (`then to`); the back edge "
               "count->test is DASHED and runs down, left, up and right into the diamond's "
               "west corner (a 5-point <polyline>). yes/no edge labels.")


def dpic_state_machine():
    pos = {"q0": (0, 0), "q1": (1.9, 0.7), "q2": (3.8, 0), "q3": (1.9, -1.3)}
    r = 0.3
    b = ["circlerad = %s" % fmt(r)]
    for i, p in pos.items():
        b.append('%s: circle "%s" at %s' % (i.upper(), i, P(p)))
    b.append("circle rad %s at Q3" % fmt(r - 0.05))     # accepting state
    b.append("arrow from Q0.c-(0.75,0) to Q0.w")
    b.append('"start" above at Q0.c-(0.55,0)')
    E = []

    def straight(t, h, lab, side):
        E.append((t, h))
        b.append("arrow from %s to %s chop" % (t.upper(), h.upper()))
        m = ((pos[t][0] + pos[h][0]) / 2, (pos[t][1] + pos[h][1]) / 2)
        b.append('"%s" %s at %s' % (lab, side, P(m)))

    def curved(t, h, lab, bend):
        """spline through a control point offset `bend` to the left of t->h."""
        E.append((t, h))
        p, q = pos[t], pos[h]
        a = ang(p, q)
        s0, s1 = polar(p, r, a + 25), polar(q, r, a + 180 - 25)
        ux, uy = unit(q[0] - p[0], q[1] - p[1])
        m = ((p[0] + q[0]) / 2 - uy * bend, (p[1] + q[1]) / 2 + ux * bend)
        b.append("spline -> from %s to %s then to %s" % (P(s0), P(m), P(s1)))
        lab_p = ((p[0] + q[0]) / 2 - uy * (bend * 0.5 + math.copysign(0.3, bend)), (p[1] + q[1]) / 2 + ux * (bend * 0.5 + math.copysign(0.3, bend)))
        b.append('"%s" at %s' % (lab, P(lab_p)))

    def loop(i, deg, lab):
        """self-loop: an arc outside the circle, centred at distance 1.15 r along deg."""
        E.append((i, i))
        c = pos[i]
        cc = polar(c, 1.15 * r, deg)
        s0, s1 = polar(c, r, deg + 45), polar(c, r, deg - 45)
        b.append("arc -> cw from %s to %s with .c at %s" % (P(s0), P(s1), P(cc)))
        b.append('"%s" at %s' % (lab, P(polar(c, 2.15 * r + 0.12, deg))))

    straight("q0", "q1", "a", "above")
    curved("q1", "q2", "b", 0.35)
    curved("q2", "q1", "a", 0.35)
    loop("q1", 90, "b")
    straight("q2", "q3", "b", "below")
    curved("q3", "q0", "a", -0.35)
    loop("q3", 270, "a,b")
    loop("q2", 0, "a")
    nodes = [(i, i.upper(), i) for i in pos]
    build_dpic("dpic-state-machine", b, (1.85, -0.3, 5.8, 3.9, False, ""), nodes, E, True,
               "Finite automaton: `circle \"q0\"` states, q3 accepting (a second, smaller "
               "concentric <circle>). Straight `arrow .. chop` edges, curved edges as "
               "3-point `spline ->` (cubic <path>s), q1->q2 and q2->q1 bow apart. Self-loops "
               "on q1 (above), q2 (right) and q3 (below) are `arc -> cw from .. to .. with .c "
               "at ..` (SVG A arcs whose ends sit on the circle). The 'start' arrow has no "
               "source and is not an edge. Edge labels a, b, 'a,b'. Multigraph with loops.")


def tidy_tree(children, root, leaf_gap, level_gap, horizontal=False):
    """Leaves at consecutive slots, parents centred over their children."""
    out, slot = {}, [0]

    def place(v, depth):
        ch = children.get(v, [])
        if not ch:
            s = slot[0] * leaf_gap
            slot[0] += 1
        else:
            s = sum(place(c, depth + 1) for c in ch) / len(ch)
        out[v] = (depth * level_gap, -s) if horizontal else (s, -depth * level_gap)
        return s

    place(root, 0)
    return out


def dpic_tree_dots():
    ch = {"Vertebrata": ["Chondrichthyes", "Osteichthyes"],
          "Osteichthyes": ["Actinopterygii", "Sarcopterygii"],
          "Sarcopterygii": ["Actinistia", "Tetrapoda"],
          "Tetrapoda": ["Amphibia", "Amniota"],
          "Amniota": ["Mammalia", "Sauropsida"],
          "Mammalia": ["Monotremata", "Theria"],
          "Sauropsida": ["Lepidosauria", "Archosauria"]}
    pos = tidy_tree(ch, "Vertebrata", 0.34, 0.62, horizontal=True)
    ids = list(pos)
    nm = {v: "N%d" % k for k, v in enumerate(ids)}
    edges = [(p, c) for p, cs in ch.items() for c in cs]
    dashed = {("Sarcopterygii", "Actinistia")}
    b = []
    for p, c in edges:
        b.append("line %sfrom %s to %s" % ("dashed " if (p, c) in dashed else "", P(pos[p]), P(pos[c])))
    for v in ids:
        b.append("%s: circle rad 0.035 fill 0 at %s" % (nm[v], P(pos[v])))
        if v in ch:
            b.append('"%s" rjust at %s.c+(-0.04,0.1)' % (v, nm[v]))
        else:
            b.append('"%s" ljust at %s.e' % (v, nm[v]))
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    frame = ((min(xs) + max(xs)) / 2 + 0.15, (min(ys) + max(ys)) / 2 + 0.05, max(xs) - min(xs) + 3.0,
             max(ys) - min(ys) + 0.6, False, "")
    build_dpic("dpic-tree-dots", b, frame, [(v, nm[v], v) for v in ids], edges, False,
               "Cladogram of the vertebrates laid out left to right by a tidy-tree layout in "
               "generate.py (leaves 0.34 in apart, levels 0.62 in). Vertices are small filled "
               "dots (`circle rad 0.035 fill 0`, a black <circle r=3.36>), drawn after the "
               "centre-to-centre <line> edges. Labels are <text> BESIDE the dots: right of "
               "the leaves (`ljust`), above-left of inner vertices (`rjust`). One edge "
               "(Sarcopterygii-Actinistia) is dashed. Undirected tree, 15 vertices.")


def dpic_both_ends_framed():
    cols = [["client"], ["proxy"], ["web1", "web2"], ["cache", "db", "queue"], ["worker"]]
    names = {"client": "Client", "proxy": "Proxy", "web1": "Web 1", "web2": "Web 2",
             "cache": "Cache", "db": "Database", "queue": "Queue", "worker": "Worker"}
    pos = {}
    for k, col in enumerate(cols):     # layered layout: columns 1.3 in apart, rows 0.9 in
        for j, v in enumerate(col):
            pos[v] = (1.3 * k, 0.9 * ((len(col) - 1) / 2 - j))
    hw, hh = 0.42, 0.17
    b = []
    for v, p in pos.items():
        b.append('%s: box rad 0.08 wid %s ht %s at %s "%s"' % (v.upper(), fmt(2 * hw), fmt(2 * hh), P(p), names[v]))
    E = [("client", "proxy", "line"), ("proxy", "web1", "line"), ("proxy", "web2", "line"),
         ("web1", "cache", "line"), ("web1", "db", "line"), ("web2", "db", "line"),
         ("web2", "queue", "line"), ("queue", "worker", "line"), ("worker", "db", "arc"),
         ("web1", "web2", "spline")]
    for a, c, kind in E:
        p, q = pos[a], pos[c]
        if kind == "line":
            b.append("line <-> from %s to %s" % (P(box_border(p, hw, hh, q)), P(box_border(q, hw, hh, p))))
        elif kind == "arc":    # worker - db: a minor arc bowing up, centre below the chord
            a0, a1 = (q[0] + 0.1, q[1] + hh), (p[0], p[1] + hh)
            cc = ((a0[0] + a1[0]) / 2, a0[1] - 0.6)
            b.append("arc <-> cw from %s to %s with .c at %s" % (P(a0), P(a1), P(cc)))
        else:                  # web1 - web2 bowing left
            s0, s1 = (p[0] - 0.2, p[1] - hh), (q[0] - 0.2, q[1] + hh)
            m = (p[0] - 0.8, (p[1] + q[1]) / 2)
            b.append("spline <-> from %s to %s then to %s" % (P(s0), P(m), P(s1)))
    b.append('"Figure 2.  Service topology (all links bidirectional)" at F.n-(0,0.2)')
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    frame = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2 + 0.2, max(xs) - min(xs) + 1.4,
             max(ys) - min(ys) + 1.3, True, "")
    build_dpic("dpic-both-ends-framed", b, frame, [(v, v.upper(), names[v]) for v in pos],
               [(a, c) for a, c, _ in E], False,
               "Service topology in a FRAME: a plain `box` (a <rect> larger than everything) "
               "with a title line inside its top edge; the frame is not a node. Nodes are "
               "`box rad 0.08` rounded rectangles (<rect rx ry>) with names inside. EVERY edge "
               "has heads at both ends (`line <->`, one `arc <->` Worker-Database bowing over "
               "the others, one `spline <->` Web 1-Web 2 bowing left), so the graph is "
               "undirected. Edges end on the box borders. Layered layout computed in "
               "generate.py (columns 1.3 in apart).")


# --------------------------------------------------------------------------------------
# fig2dev

FIG_HEAD = """#FIG 3.2  Produced by generate.py (pic-xfig corpus)
%s
Center
%s
%s
%s
Single
-2
1200 2
"""


class Fig:
    """Minimal writer for xfig 3.2 objects.  Coordinates are integer xfig units."""

    def __init__(self, orient="Landscape", units="Inches", paper="Letter", mag="100.00"):
        self.head = FIG_HEAD % (orient, units, paper, mag)
        self.objs = []

    @staticmethod
    def arrows(arr):
        # arr: (type, style, thickness, width, height) or None
        if not arr:
            return ""
        t, s, th, w, h = arr
        return "\t%d %d %.2f %.2f %.2f\n" % (t, s, th, w, h)

    def circle(self, c, r, depth=50, fill_color=7, area_fill=-1, style=0, style_val=0.0, thick=1, pen=0):
        self.objs.append("1 3 %d %d %d %d %d -1 %d %.3f 1 0.0000 %d %d %d %d %d %d %d %d\n"
                         % (style, thick, pen, fill_color, depth, area_fill, style_val,
                            c[0], c[1], r, r, c[0], c[1], c[0] + r, c[1]))

    def ellipse(self, c, rx, ry, depth=50, fill_color=7, area_fill=-1, style=0, style_val=0.0):
        self.objs.append("1 1 %d 1 0 %d %d -1 %d %.3f 1 0.0000 %d %d %d %d %d %d %d %d\n"
                         % (style, fill_color, depth, area_fill, style_val, c[0], c[1], rx, ry,
                            c[0], c[1], c[0] + rx, c[1] + ry))

    def poly(self, sub, pts, depth=50, fill_color=7, area_fill=-1, style=0, style_val=0.0,
             fwd=None, bwd=None, radius=-1, thick=1, pen=0, join=0, cap=0):
        s = "2 %d %d %d %d %d %d -1 %d %.3f %d %d %d %d %d %d\n" % (
            sub, style, thick, pen, fill_color, depth, area_fill, style_val, join, cap, radius,
            1 if fwd else 0, 1 if bwd else 0, len(pts))
        s += self.arrows(fwd) + self.arrows(bwd)
        s += "\t" + " ".join("%d %d" % p for p in pts) + "\n"
        self.objs.append(s)

    def box(self, c, hw, hh, **kw):
        x0, y0, x1, y1 = c[0] - hw, c[1] - hh, c[0] + hw, c[1] + hh
        self.poly(2, [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], **kw)

    def spline(self, sub, pts, shape, depth=60, style=0, style_val=0.0, fwd=None, bwd=None):
        s = "3 %d %d 1 0 7 %d -1 -1 %.3f 0 %d %d %d\n" % (sub, style, depth, style_val,
                                                        1 if fwd else 0, 1 if bwd else 0, len(pts))
        s += self.arrows(fwd) + self.arrows(bwd)
        s += "\t" + " ".join("%d %d" % p for p in pts) + "\n"
        s += "\t" + " ".join("%.3f" % v for v in shape) + "\n"
        self.objs.append(s)

    def arc(self, centre, p1, p2, p3, direction, depth=60, fwd=None, bwd=None):
        s = "5 1 0 1 0 7 %d -1 -1 0.000 0 %d %d %d %.3f %.3f %d %d %d %d %d %d\n" % (
            depth, direction, 1 if fwd else 0, 1 if bwd else 0, centre[0], centre[1],
            p1[0], p1[1], p2[0], p2[1], p3[0], p3[1])
        s += self.arrows(fwd) + self.arrows(bwd)
        self.objs.append(s)

    def text(self, p, s, just=1, font=0, size=12, depth=40, color=0):
        h = int(size * 1200 / 72 * 0.7)
        L = int(len(s) * size * 1200 / 72 * 0.5)
        self.objs.append("4 %d %d %d -1 %d %d 0.0000 4 %d %d %d %d %s\\001\n"
                         % (just, color, depth, font, size, h, L, p[0], p[1], s))

    def centred_text(self, c, s, size=12, font=0, depth=40):
        self.text((c[0], c[1] + int(round(size * 1200 / 72 * 0.33))), s, 1, font, size, depth)

    def begin(self, bb):
        self.objs.append("6 %d %d %d %d\n" % bb)

    def end(self):
        self.objs.append("-6\n")

    def source(self):
        return self.head + "".join(self.objs)


def build_fig(name, fig, nodes, edges, directed, notes):
    """nodes: [(id, (x, y), label)] in xfig units."""
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, name + ".fig")
    with open(src, "w") as f:
        f.write(fig.source())
    svg = os.path.join(WORK, name + ".svg")
    run(["fig2dev", "-L", "svg", name + ".fig", name + ".svg"], WORK)
    res = [node_entry(nid, float(p[0]), float(p[1]), label) for nid, p, label in nodes]
    finish(name, svg, "fig2dev %s, fig2dev -L svg (xfig 3.2 format)" % FIG2DEV, directed, res,
           edges, notes)


def ipt(p):
    return (int(round(p[0])), int(round(p[1])))


def fig_arrow_zoo():
    f = Fig()
    n, R, r = 8, 2300, 330
    C = (3600, 3000)
    ids = ["n%d" % k for k in range(n)]
    pos = {ids[k]: ipt((C[0] + R * math.cos(math.radians(90 + 360 * k / n)),
                        C[1] - R * math.sin(math.radians(90 + 360 * k / n)))) for k in range(n)}
    # node fills: unfilled, white, yellow, tinted cyan, grey shade
    fills = [(-1, 7), (20, 7), (20, 6), (35, 3), (10, 7)]
    for k, i in enumerate(ids):
        area, colr = fills[k % len(fills)]
        f.circle(pos[i], r, depth=50, fill_color=colr, area_fill=area)
        f.centred_text(pos[i], chr(ord("A") + k), size=14, font=16)
    # (tail, head, arrow (type, style), how)
    E = [("n0", "n1", (0, 0), ""), ("n1", "n2", (1, 0), ""), ("n2", "n3", (1, 1), ""),
         ("n3", "n4", (2, 0), ""), ("n4", "n5", (2, 1), ""), ("n5", "n6", (3, 0), ""),
         ("n6", "n7", (3, 1), ""), ("n7", "n0", (4, 0), ""), ("n0", "n4", (4, 1), "dashed"),
         ("n2", "n6", (5, 0), "backward"), ("n1", "n5", (5, 1), "bend"), ("n3", "n7", (6, 1), ""),
         ("n5", "n2", (7, 1), "")]
    for t, h, (at, ast), how in E:
        p, q = pos[t], pos[h]
        ux, uy = unit(q[0] - p[0], q[1] - p[1])
        arr = (at, ast, 1.0, 90.0, 180.0)
        if how == "bend":
            mid = ((p[0] + q[0]) / 2 + 500, (p[1] + q[1]) / 2)
            a0 = ipt((p[0] + r * unit(mid[0] - p[0], mid[1] - p[1])[0], p[1] + r * unit(mid[0] - p[0], mid[1] - p[1])[1]))
            a1 = ipt((q[0] + r * unit(mid[0] - q[0], mid[1] - q[1])[0], q[1] + r * unit(mid[0] - q[0], mid[1] - q[1])[1]))
            f.poly(1, [a0, ipt(mid), a1], depth=60, fwd=arr)
            continue
        a0 = ipt((p[0] + r * ux, p[1] + r * uy))
        a1 = ipt((q[0] - r * ux, q[1] - r * uy))
        if how == "backward":      # written from head to tail, arrow at the first point
            f.poly(1, [a1, a0], depth=60, bwd=arr)
        elif how == "dashed":
            f.poly(1, [a0, a1], depth=60, fwd=arr, style=1, style_val=4.0)
        else:
            f.poly(1, [a0, a1], depth=60, fwd=arr)
    nodes = [(i, pos[i], chr(ord("A") + k)) for k, i in enumerate(ids)]
    build_fig("fig-arrow-zoo", f, nodes, [(t, h) for t, h, *_ in E], True,
              "Eight circles (xfig ellipse-by-radius, written as <circle>) on a ring, labelled "
              "A-H with centred Helvetica text; fills vary: unfilled, white, yellow, tinted "
              "cyan (#bfffff), grey shade (#7f7f7f). 13 directed polyline edges trimmed to the circles, "
              "each with a different xfig 3.2 arrowhead: stick (open <polyline>), open and "
              "filled triangle, indented, pointed, diamond, circle, half-circle, square "
              "(type 0-7, style 0 = hollow: an unfilled <polygon>, 1 = filled). Each shaft "
              "carries a clip-path with a hole where its head is. A-E is dashed; C->G is "
              "written from G to C with a BACKWARD arrow (head at the first point); B->F "
              "has a bend. The ring edges form the cycle A->B->...->H->A.")


def fig_er_diagram():
    f = Fig(orient="Portrait", units="Metric", paper="A4")
    # entities (box), relationship (diamond), attributes (ellipse)
    N = {"student": ("entity", (2400, 2400), "STUDENT"), "course": ("entity", (7800, 2400), "COURSE"),
         "enrolls": ("rel", (5100, 2400), "ENROLLS"),
         "sid": ("key", (1000, 1200), "sid"), "name": ("attr", (2400, 900), "name"),
         "gpa": ("derived", (3800, 1200), "gpa"), "phone": ("multi", (1000, 3700), "phone"),
         "cid": ("key", (6600, 1100), "cid"), "title": ("attr", (9000, 1100), "title"),
         "credits": ("attr", (8900, 3700), "credits"), "grade": ("attr", (5100, 3800), "grade")}
    ehw, ehh = 780, 330
    dhw, dhh = 820, 480
    arx, ary = 560, 270
    for i, (kind, c, lab) in N.items():
        if kind == "entity":
            f.box(c, ehw, ehh, depth=50, fill_color=31, area_fill=20, thick=2)   # gold
            f.centred_text(c, lab, size=12, font=18)
        elif kind == "rel":
            f.poly(3, [(c[0], c[1] - dhh), (c[0] + dhw, c[1]), (c[0], c[1] + dhh), (c[0] - dhw, c[1]),
                       (c[0], c[1] - dhh)], depth=50, fill_color=2, area_fill=30)   # tinted green
            f.centred_text(c, lab, size=11, font=18)
        else:
            style = 1 if kind == "derived" else 0
            f.ellipse(c, arx, ary, depth=50, fill_color=7, area_fill=20, style=style,
                      style_val=4.0 if style else 0.0)
            if kind == "multi":
                f.ellipse(c, arx - 70, ary - 70, depth=49, style=0)
            f.centred_text(c, lab, size=12, font=0)
            if kind == "key":      # underline the key attribute
                w = len(lab) * 85
                y = c[1] + 75
                f.poly(1, [(c[0] - w // 2, y), (c[0] + w // 2, y)], depth=40)
    E = [("student", "enrolls", "N"), ("enrolls", "course", "M"), ("student", "sid", None),
         ("student", "name", None), ("student", "gpa", None), ("student", "phone", None),
         ("course", "cid", None), ("course", "title", None), ("course", "credits", None),
         ("enrolls", "grade", None)]
    for a, c, card in E:     # centre to centre, under the filled shapes
        p, q = N[a][1], N[c][1]
        f.poly(1, [p, q], depth=60)
        if card:
            m = ((p[0] + q[0]) // 2, p[1] - 90)
            f.text(m, card, just=1, font=0, size=12)
    build_fig("fig-er-diagram", f, [(i, c, lab) for i, (k, c, lab) in N.items()],
              [(a, c) for a, c, _ in E], False,
              "Chen-style ER diagram (Portrait, Metric, A4 header). Entities are filled gold "
              "boxes (2 2 polyline, written as <rect>), the relationship a tinted green "
              "diamond (2 3 polygon), attributes white-filled ellipses; 'gpa' (derived) is a "
              "DASHED ellipse, 'phone' (multivalued) a double ellipse (two concentric "
              "<ellipse>s, one node), key attributes sid/cid are underlined by a short "
              "<polyline> that is not an edge. Edges run centre to centre at a greater depth, "
              "so the filled shapes hide their ends. Cardinality labels N and M above the "
              "relationship's edges. Undirected.")


def fig_spline_digraph():
    f = Fig()
    N = {"new": ((1200, 1500), "new"), "ready": ((3600, 2700), "ready"),
         "running": ((6600, 2700), "running"), "waiting": ((5100, 4800), "waiting"),
         "done": ((9000, 1500), "terminated")}
    rx, ry = 640, 300
    for i, (c, lab) in N.items():
        f.ellipse(c, rx, ry, depth=50, fill_color=7, area_fill=20)
        f.centred_text(c, lab, size=12, font=0)
    arr = (1, 1, 1.0, 75.0, 150.0)
    E = []

    def eb(i, toward):
        c = N[i][0]
        return ipt(ellipse_border(c, rx, ry, toward))

    def lab(p, s):
        f.text(ipt(p), s, just=1, font=1, size=11)

    # new -> ready: open approximated spline (3 0), written head first, backward arrow
    p, q = N["new"][0], N["ready"][0]
    mid = (p[0] + 500, q[1] - 100)
    f.spline(0, [eb("ready", mid), ipt(mid), eb("new", mid)], [0, 1, 0], bwd=arr)
    E.append(("new", "ready")); lab((mid[0] - 350, mid[1] - 150), "admitted")
    # ready -> running (interpolated spline 3 2 bowing up) and running -> ready (bowing down)
    p, q = N["ready"][0], N["running"][0]
    up, dn = ((p[0] + q[0]) / 2, p[1] - 650), ((p[0] + q[0]) / 2, p[1] + 650)
    f.spline(2, [eb("running", up), ipt(up), eb("ready", up)], [0, -1, 0], bwd=arr)
    E.append(("ready", "running")); lab((up[0], up[1] - 80), "dispatch")
    f.spline(2, [eb("ready", dn), ipt(dn), eb("running", dn)], [0, -1, 0], bwd=arr)
    E.append(("running", "ready")); lab((dn[0], dn[1] + 250), "interrupt")
    # running -> waiting, waiting -> ready: x-splines (3 4)
    p, q = N["running"][0], N["waiting"][0]
    m = ((p[0] + q[0]) / 2 + 450, (p[1] + q[1]) / 2)
    f.spline(4, [eb("waiting", m), ipt(m), eb("running", m)], [0, 1, 0], bwd=arr)
    E.append(("running", "waiting")); lab((m[0] + 650, m[1]), "I/O wait")
    p, q = N["waiting"][0], N["ready"][0]
    m = ((p[0] + q[0]) / 2 - 450, (p[1] + q[1]) / 2 + 100)
    f.spline(4, [eb("ready", m), ipt(m), eb("waiting", m)], [0, 1, 0], bwd=arr)
    E.append(("waiting", "ready")); lab((m[0] - 650, m[1]), "I/O done")
    # running -> done: straight polyline, forward arrow (works for polylines)
    p, q = N["running"][0], N["done"][0]
    f.poly(1, [eb("running", q), eb("done", p)], depth=60, fwd=arr)
    E.append(("running", "done")); lab(((p[0] + q[0]) / 2 + 350, (p[1] + q[1]) / 2 + 50), "exit")

    # self-loops: xfig arcs (5 1) with a forward arrow, centred just outside the ellipse
    def loop(i, side, text):
        c = N[i][0]
        if side == "right":
            ac = (c[0] + rx + 100, c[1])
            rr = 260
            p1 = ipt((ac[0] + rr * math.cos(math.radians(150)), ac[1] - rr * math.sin(math.radians(150))))
            p2 = ipt((ac[0] + rr, ac[1]))
            p3 = ipt((ac[0] + rr * math.cos(math.radians(210)), ac[1] - rr * math.sin(math.radians(210))))
            f.arc(ac, p1, p2, p3, 0, fwd=arr)
            lab((ac[0] + rr + 300, ac[1] + 60), text)
        else:   # below
            ac = (c[0], c[1] + ry + 150)
            rr = 280
            p1 = ipt((ac[0] + rr * math.cos(math.radians(130)), ac[1] - rr * math.sin(math.radians(130))))
            p2 = ipt((ac[0], ac[1] + rr))
            p3 = ipt((ac[0] + rr * math.cos(math.radians(50)), ac[1] - rr * math.sin(math.radians(50))))
            f.arc(ac, p1, p2, p3, 1, fwd=arr)
            lab((ac[0], ac[1] + rr + 230), text)
        E.append((i, i))

    loop("running", "right", "syscall")
    loop("waiting", "below", "poll")
    build_fig("fig-spline-digraph", f, [(i, c, lab_) for i, (c, lab_) in N.items()], E, True,
              "Process-state diagram. White-filled ellipses with <text> names; italic edge "
              "labels. Curved edges are xfig splines of all three kinds: approximated (3 0), "
              "interpolated (3 2: ready->running and running->ready bow apart) and X-splines "
              "(3 4); fig2dev flattens every spline to a <polyline> of ~60 points. Because "
              "fig2dev 3.2.8b writes garbage coordinates for a FORWARD arrow on a spline, "
              "every spline is written from its head to its tail with a BACKWARD arrow (the "
              "head sits at the polyline's first point). Self-loops are xfig arcs (5 1, an SVG "
              "A path) with forward arrows, on 'running' (right) and 'waiting' (below). "
              "running->terminated is a straight polyline.")


def fig_org_chart():
    f = Fig()
    ch = {"ceo": ["cto", "cfo", "coo"], "cto": ["eng", "research"], "coo": ["ops", "support"],
          "cfo": ["finance"]}
    names = {"ceo": "Director", "cto": "Technology", "cfo": "Finance Office", "coo": "Operations",
             "eng": "Engineering", "research": "Research", "finance": "Accounting",
             "ops": "Logistics", "support": "Support"}
    lay = tidy_tree(ch, "ceo", 1.55, 1.25)
    pos = {v: ipt((1200 + 1200 * x, 1200 - 1200 * y)) for v, (x, y) in lay.items()}
    hw, hh = 780, 270
    level_fill = {0: 4, 1: 2, 2: 7}     # xfig colours 4 red, 2 green, 7 white
    depth_of = {"ceo": 0}
    for p, cs in ch.items():
        for c in cs:
            depth_of[c] = depth_of[p] + 1
    for v, c in pos.items():
        d = depth_of[v]
        f.begin((c[0] - hw, c[1] - hh, c[0] + hw, c[1] + hh))
        f.poly(4, [(c[0] - hw, c[1] - hh), (c[0] + hw, c[1] - hh), (c[0] + hw, c[1] + hh),
                   (c[0] - hw, c[1] + hh), (c[0] - hw, c[1] - hh)], depth=50,
               fill_color=level_fill[d], area_fill=32 if d < 2 else 20, radius=8)
        f.centred_text(c, names[v], size=12, font=16 if d == 0 else 0)
        f.end()
    edges = []
    for p, cs in ch.items():
        for c in cs:
            a, b = pos[p], pos[c]
            ymid = (a[1] + hh + b[1] - hh) // 2
            f.poly(1, [(a[0], a[1] + hh), (a[0], ymid), (b[0], ymid), (b[0], b[1] - hh)], depth=60)
            edges.append((p, c))
    build_fig("fig-org-chart", f, [(v, pos[v], names[v]) for v in pos], edges, False,
              "Organisation chart from a tidy-tree layout. Each node is an xfig COMPOUND "
              "(6 ... -6) of an arc-box (2 4, radius 8/80 in, written as <rect rx>) and its "
              "centred text; fig2dev drops the grouping. Fills by level: tinted red, tinted "
              "green, white. Edges are orthogonal 4-point elbow <polyline>s from the parent's "
              "bottom to the child's top; siblings' elbows OVERLAP on the parent's vertical "
              "stub and the shared horizontal bar. Undirected tree.")


def fig_dots_framed():
    f = Fig(orient="Portrait")
    rnd = random.Random(7)
    towns = ["Alder", "Birch", "Cedar", "Dunmore", "Elmwood", "Fairview", "Glenn", "Hollis",
             "Ivydale", "Juniper", "Kestrel", "Linden"]
    # jittered 4 x 3 grid
    pts = {t: ipt((1800 + 2100 * (k % 4) + rnd.uniform(-450, 450),
                   2900 + 1450 * (k // 4) + rnd.uniform(-350, 350))) for k, t in enumerate(towns)}

    def seg_dist(p, a, b):
        ax, ay = b[0] - a[0], b[1] - a[1]
        t = max(0, min(1, ((p[0] - a[0]) * ax + (p[1] - a[1]) * ay) / (ax * ax + ay * ay)))
        return math.dist(p, (a[0] + t * ax, a[1] + t * ay))
    # edges: each town to its three nearest neighbours, unless the road would pass
    # within 350 units of another town
    E = set()
    for a in towns:
        near = sorted((math.dist(pts[a], pts[b]), b) for b in towns if b != a)[:3]
        for _, b in near:
            if all(seg_dist(pts[t], pts[a], pts[b]) > 350 for t in towns if t not in (a, b)):
                E.add(tuple(sorted((a, b))))
    E = sorted(E)
    for k, (a, b) in enumerate(E):
        style = [0, 0, 1, 0, 2][k % 5]             # solid, dashed (1), dotted (2)
        f.poly(1, [pts[a], pts[b]], depth=60, style=style, style_val=[0.0, 4.0, 3.0][style])
        ux, uy = unit(pts[b][0] - pts[a][0], pts[b][1] - pts[a][1])
        if uy > 0:
            ux, uy = -ux, -uy
        m = ipt(((pts[a][0] + pts[b][0]) / 2 + uy * 110, (pts[a][1] + pts[b][1]) / 2 - ux * 110 + 50))
        f.text(m, "%d" % round(math.dist(pts[a], pts[b]) / 120), just=1, font=1, size=10, depth=45)
    for t in towns:
        f.circle(pts[t], 50, depth=40, fill_color=0, area_fill=20)
        f.text((pts[t][0] + 110, pts[t][1] - 90), t, just=0, font=16, size=11)
    # frame and title
    f.box((1500 + 3600, 1500 + 2700), 4500, 3000, depth=70, thick=2)
    f.text((5100, 1500 - 300 + 450), "Fig. 4.  Roads between twelve towns (km/10)", just=1, font=2, size=14)
    f.poly(1, [(600 + 300, 2000), (9600 - 300, 2000)], depth=70)
    build_fig("fig-dots-framed", f, [(t, pts[t], t) for t in towns], E, False,
              "Road map inside a FRAME: a thick <rect> around everything, a bold title and a "
              "rule under it (an open <polyline> between the frame's sides, not an edge). "
              "Towns are small filled black dots (xfig circle r=50, a <circle>) at random "
              "positions (a 4x3 grid jittered with seed 7), names in Helvetica BESIDE the dots (right and above). Each "
              "town is joined to its three nearest neighbours (dropping roads that would pass near another town); edge line styles cycle solid, "
              "dashed, dotted (stroke-dasharray), italic distance labels at the midpoints. "
              "Undirected.")


# --------------------------------------------------------------------------------------
# plotutils: pic2plot and graph

def content_transform(svg_path):
    root = ET.parse(svg_path).getroot()
    for el in root.iter():
        if el.get("id") == "content":
            return parse_transform(el.get("transform"))
    raise SystemExit("no content group in " + svg_path)


def build_pic2plot(name, body, nodes, edges, directed, notes):
    """nodes: [(id, (x, y) in pic inches, label)]."""
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, name + ".pic"), "w") as f:
        f.write(".PS\n# %s.pic, written by generate.py\n%s\n.PE\n" % (name, "\n".join(body)))
    svg = os.path.join(WORK, name + ".svg")
    run(["pic2plot", "-T", "svg", name + ".pic"], WORK, stdout_to=svg)
    M = content_transform(svg)
    res = [node_entry(nid, *apply(M, p), label, nd=7) for nid, p, label in nodes]
    finish(name, svg, "GNU plotutils %s pic2plot -T svg (libplot 4.4)" % PLOTUTILS, directed,
           res, edges, notes, tol=1e-4)


def p2p_markov_chain():
    pos = {"sunny": (0, 0), "cloudy": (2.2, 0), "rainy": (1.1, -1.8)}
    names = {"sunny": "Sunny", "cloudy": "Cloudy", "rainy": "Rainy"}
    r = 0.42
    prob = {("sunny", "sunny"): ".6", ("sunny", "cloudy"): ".3", ("sunny", "rainy"): ".1",
            ("cloudy", "cloudy"): ".4", ("cloudy", "sunny"): ".3", ("cloudy", "rainy"): ".3",
            ("rainy", "rainy"): ".5", ("rainy", "sunny"): ".2", ("rainy", "cloudy"): ".3"}
    b = []
    for i, p in pos.items():
        b.append('%s: circle "%s" rad %s at %s' % (i.upper(), names[i], fmt(r), P(p)))
    centre = (1.1, -0.6)
    E = []
    for (t, h), lab in prob.items():
        E.append((t, h))
        p, q = pos[t], pos[h]
        if t == h:      # loop: spline leaving and re-entering at +-25 deg around the outward dir
            d = ang(centre, p)
            s0, s1 = polar(p, r, d + 28), polar(p, r, d - 28)
            c0, c1 = polar(p, r + 0.55, d + 30), polar(p, r + 0.55, d - 30)
            b.append("spline -> from %s to %s then to %s then to %s" % (P(s0), P(c0), P(c1), P(s1)))
            b.append('"%s" at %s' % (lab, P(polar(p, r + 0.62, d))))
        else:           # reciprocal pairs: arcs bowing to the right of travel
            a = ang(p, q)
            s0, s1 = polar(p, r, a + 22), polar(q, r, a + 180 - 22)
            b.append("arc -> cw from %s to %s rad %s" % (P(s0), P(s1), fmt(math.dist(s0, s1) * 1.1)))
            ux, uy = unit(q[0] - p[0], q[1] - p[1])
            m = ((p[0] + q[0]) / 2 - uy * 0.42, (p[1] + q[1]) / 2 + ux * 0.42)
            b.append('"%s" at %s' % (lab, P(m)))
    build_pic2plot("p2p-markov-chain", b, [(i, pos[i], names[i]) for i in pos], E, True,
                   "Three-state weather Markov chain drawn with GNU pic2plot: `circle \"Sunny\"` "
                   "states. Every ordered pair is an `arc -> cw` between the circles, so each "
                   "reciprocal pair bows apart into a lens; self-loops are 4-point `spline ->` "
                   "(libplot writes a polyline of L segments ending with one Q). Transition "
                   "probabilities as labels. libplot wraps everything in <g id=\"content\" "
                   "transform=\"translate(..) scale(1,-1) scale(0.125)\"> on a viewBox 0 0 1 1 "
                   "page (8in), so node positions are fractions of the page; text is <text> "
                   "with its own flipping transform.")


def p2p_cube():
    # 3-cube in oblique projection; hidden edges dashed
    off = (0.9, 0.55)
    pos = {}
    for v in range(8):
        x, y, z = v & 1, (v >> 1) & 1, (v >> 2) & 1
        pos["%d%d%d" % (z, y, x)] = (1.8 * x + off[0] * z, 1.8 * y + off[1] * z)
    hidden = "100"   # the back-bottom-left vertex is hidden: its three edges are dashed
    b = []
    E = []
    for a in pos:
        for k in range(3):
            c = list(a)
            c[k] = "1" if c[k] == "0" else "0"
            c = "".join(c)
            if a < c:
                E.append((a, c))
                dash = " dashed" if hidden in (a, c) else ""
                b.append("line%s from %s to %s" % (dash, P(pos[a]), P(pos[c])))
    for k, (v, p) in enumerate(pos.items()):
        b.append("D%d: circle rad 0.05 fill 1 at %s" % (k, P(p)))
        side = "ljust at D%d.e+(0.04,0.08)" % k if p[0] > 1 else "rjust at D%d.w+(-0.04,0.08)" % k
        b.append('"%s" %s' % (v, side))
    b.append('"Q3" at %s' % P((1.35, 2.75)))
    build_pic2plot("p2p-cube", b, [(v, pos[v], v) for v in pos], E, False,
                   "Hypercube Q3 in oblique projection with GNU pic2plot. Vertices are filled "
                   "dots (`circle rad 0.05 fill 1`; pic2plot's fill 1 is black) labelled with "
                   "their bit strings BESIDE them (ljust/rjust). The three edges of the hidden "
                   "vertex 100 are dashed (stroke-dasharray). Centre-to-centre <line> edges. A "
                   "title 'Q3' above. Undirected.")


def graph_geometric():
    rnd = random.Random(11)
    pts = []
    while len(pts) < 14:
        p = (rnd.uniform(0.3, 9.7), rnd.uniform(0.3, 9.7))
        if all(math.dist(p, q) > 1.3 for q in pts):
            pts.append((round(p[0], 2), round(p[1], 2)))
    R = 3.0
    ids = ["p%d" % k for k in range(len(pts))]
    E = [(ids[i], ids[j]) for i in range(len(pts)) for j in range(i + 1, len(pts))
         if math.dist(pts[i], pts[j]) < R]
    deg = {i: 0 for i in ids}
    for a, c in E:
        deg[a] += 1
        deg[c] += 1
    lines = []
    for a, c in E:      # one data set (polyline) per edge
        pa, pc = pts[ids.index(a)], pts[ids.index(c)]
        lines.append("%g %g\n%g %g\n\n" % (pa + pc))
    for i in ids:       # isolated vertices: a one-point data set each
        if deg[i] == 0:
            lines.append("%g %g\n\n" % pts[ids.index(i)])
    os.makedirs(WORK, exist_ok=True)
    name = "graph-geometric"
    data = os.path.join(WORK, name + ".dat")
    with open(data, "w") as f:
        f.write("".join(lines))
    x0, x1, y0, y1 = 0.0, 10.0, 0.0, 10.0
    svg = os.path.join(WORK, name + ".svg")
    run(["graph", "-T", "svg", "-m", "1", "-S", "4", "0.04", "-x", "0", "10", "2", "-y", "0", "10", "2",
         "-w", "0.6", "-h", "0.6", "-r", "0.2", "-u", "0.2", "-L", "Unit-disk graph, r = 3",
         "-X", "x", "-Y", "y", name + ".dat"], WORK, stdout_to=svg)
    M = content_transform(svg)
    res = []
    for i, (x, y) in zip(ids, pts):
        u = 4096 * (0.2 + 0.6 * (x - x0) / (x1 - x0))
        v = 4096 * (0.2 + 0.6 * (y - y0) / (y1 - y0))
        res.append(node_entry(i, *apply(M, (u, v)), None, nd=7))
    iso = [i for i in ids if deg[i] == 0]
    finish(name, svg, "GNU plotutils %s graph -T svg (libplot 4.4)" % PLOTUTILS, False, res, E,
           "Unit-disk graph (14 random points in [0.3,9.7]^2, seed 11, at least 1.3 apart; "
           "pairs closer than 3 joined) plotted with GNU `graph -m 1 -S 4 0.04`: every edge is "
           "its own two-point data set, so libplot draws each edge as a <line> and puts a "
           "circle marker (<circle r=38.4>) at BOTH its ends: a vertex of degree k is drawn "
           "as k identical stacked circles (isolated vertices %s: one marker from a one-point "
           "data set). graph gives every data set the next line mode, so the edges cycle through solid, dotted, dot-dashed, short- and long-dashed (stroke-dasharray). The plot has a frame box, ticks, tick labels, axis names and a title "
           "(<text>). libplot's 4096-unit square sits in <g id=\"content\" "
           "transform=\"translate(0,1) scale(1,-1) scale(0.00024414)\"> on a viewBox 0 0 1 1 "
           "page, so positions are fractions of the page. No node labels."
           % (", ".join(iso) or "none"), tol=1e-4)


def main():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    dpic_flow_network()
    dpic_flowchart()
    dpic_state_machine()
    dpic_tree_dots()
    dpic_both_ends_framed()
    fig_arrow_zoo()
    fig_er_diagram()
    fig_spline_digraph()
    fig_org_chart()
    fig_dots_framed()
    p2p_markov_chain()
    p2p_cube()
    graph_geometric()


if __name__ == "__main__":
    main()
