#!/usr/bin/env python3
"""Check every truth node against the SVG it describes.

For each NAME.truth.json beside NAME.svg: parse the SVG, apply every
transform (ancestor <g>s, the element's own, <use x y>), compute the
bounding-box centre of every drawn <rect>, <circle>, <ellipse>, <polygon>,
<polyline> and <path> (cubic and quadratic Bezier extremes exact, arcs
sampled), and require that each truth node lies within TOL of the centre of
at least one drawn shape, that shapes matched to one node are all the same
drawing (a fill and an outline copy, or the rings of a double ellipse: one
centre), and that no shape serves two nodes. Things inside <defs>,
<clipPath>, <marker>, <symbol>, <mask> are not drawn directly and are skipped.

Also checks that edges name existing nodes. Exits non-zero on any failure.

usage: python3 verify.py [DIR] [NAME-SUBSTRING]
"""
import json
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

TOL = 0.01
SKIP = {"defs", "clipPath", "marker", "symbol", "mask", "pattern", "linearGradient", "radialGradient",
        "filter", "title", "desc", "metadata", "style", "text"}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def mul(a, b):
    # affine matrices as (a, b, c, d, e, f)
    return (a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
            a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
            a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5])


IDENT = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def parse_transform(s):
    m = IDENT
    if not s:
        return m
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", s):
        v = [float(x) for x in re.findall(NUM, args)]
        if name == "matrix":
            t = tuple(v)
        elif name == "translate":
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale":
            t = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate":
            a = math.radians(v[0])
            t = (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0, 0)
            if len(v) == 3:
                t = mul(mul((1, 0, 0, 1, v[1], v[2]), t), (1, 0, 0, 1, -v[1], -v[2]))
        elif name == "skewX":
            t = (1, 0, math.tan(math.radians(v[0])), 1, 0, 0)
        elif name == "skewY":
            t = (1, math.tan(math.radians(v[0])), 0, 1, 0, 0)
        else:
            raise ValueError(name)
        m = mul(m, t)
    return m


def ap(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def f(el, k, d=0.0):
    v = el.get(k)
    if v is None:
        return d
    return float(re.findall(NUM, v)[0])


def quad_ext(p0, p1, p2):
    ts = [0.0, 1.0]
    for i in (0, 1):
        den = p0[i] - 2 * p1[i] + p2[i]
        if abs(den) > 1e-12:
            t = (p0[i] - p1[i]) / den
            if 0 < t < 1:
                ts.append(t)
    return [((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
             (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1]) for t in ts]


def cubic_ext(p0, p1, p2, p3):
    ts = [0.0, 1.0]
    for i in (0, 1):
        a = -p0[i] + 3 * p1[i] - 3 * p2[i] + p3[i]
        b = 2 * (p0[i] - 2 * p1[i] + p2[i])
        c = p1[i] - p0[i]
        if abs(a) < 1e-12:
            if abs(b) > 1e-12:
                ts.append(-c / b)
        else:
            disc = b * b - 4 * a * c
            if disc >= 0:
                r = math.sqrt(disc)
                ts += [(-b + r) / (2 * a), (-b - r) / (2 * a)]
    out = []
    for t in ts:
        if 0 <= t <= 1:
            u = 1 - t
            out.append(tuple(u ** 3 * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t ** 3 * p3[i] for i in (0, 1)))
    return out


def arc_pts(p0, rx, ry, phi, large, sweep, p1, n=720):
    # endpoint -> centre parameterisation (SVG implementation notes F.6.5), sampled
    if rx == 0 or ry == 0:
        return [p0, p1]
    rx, ry = abs(rx), abs(ry)
    c, s = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    dx, dy = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1, y1 = c * dx + s * dy, -s * dx + c * dy
    lam = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry)
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
    den = rx * rx * y1 * y1 + ry * ry * x1 * x1
    co = math.sqrt(max(0, num / den)) if den else 0
    if large == sweep:
        co = -co
    cx1, cy1 = co * rx * y1 / ry, -co * ry * x1 / rx
    cx = c * cx1 - s * cy1 + (p0[0] + p1[0]) / 2
    cy = s * cx1 + c * cy1 + (p0[1] + p1[1]) / 2

    def ang(ux, uy, vx, vy):
        a = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
        return a
    t1 = ang(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry)
    dt = ang((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry)
    if not sweep and dt > 0:
        dt -= 2 * math.pi
    elif sweep and dt < 0:
        dt += 2 * math.pi
    pts = []
    for k in range(n + 1):
        t = t1 + dt * k / n
        pts.append((cx + rx * math.cos(t) * c - ry * math.sin(t) * s, cy + rx * math.cos(t) * s + ry * math.sin(t) * c))
    return pts


def path_points(d):
    toks = re.findall(r"[MmLlHhVvCcSsQqTtAaZz]|" + NUM, d)
    pts = []
    i = 0
    cmd = None
    cur = (0.0, 0.0)
    start = cur
    last_c = None
    closed = False

    def nums(k):
        nonlocal i
        v = [float(t) for t in toks[i:i + k]]
        i += k
        return v
    while i < len(toks):
        t = toks[i]
        if re.match(r"[A-Za-z]", t):
            cmd = t
            i += 1
            if cmd in "Zz":
                cur = start
                closed = True
                continue
        rel = cmd.islower()
        C = cmd.upper()
        ox, oy = cur if rel else (0.0, 0.0)
        if C == "M":
            x, y = nums(2)
            cur = (ox + x, oy + y)
            start = cur
            pts.append(cur)
            cmd = "l" if rel else "L"
            last_c = None
        elif C == "L":
            x, y = nums(2)
            cur = (ox + x, oy + y)
            pts.append(cur)
            last_c = None
        elif C == "H":
            (x,) = nums(1)
            cur = ((ox if rel else 0) + x, cur[1])
            pts.append(cur)
        elif C == "V":
            (y,) = nums(1)
            cur = (cur[0], (oy if rel else 0) + y)
            pts.append(cur)
        elif C == "C":
            v = nums(6)
            p1, p2, p3 = (ox + v[0], oy + v[1]), (ox + v[2], oy + v[3]), (ox + v[4], oy + v[5])
            pts += cubic_ext(cur, p1, p2, p3)
            last_c = p2
            cur = p3
        elif C == "S":
            v = nums(4)
            p1 = (2 * cur[0] - last_c[0], 2 * cur[1] - last_c[1]) if last_c else cur
            p2, p3 = (ox + v[0], oy + v[1]), (ox + v[2], oy + v[3])
            pts += cubic_ext(cur, p1, p2, p3)
            last_c = p2
            cur = p3
        elif C == "Q":
            v = nums(4)
            p1, p2 = (ox + v[0], oy + v[1]), (ox + v[2], oy + v[3])
            pts += quad_ext(cur, p1, p2)
            cur = p2
        elif C == "T":
            v = nums(2)
            p2 = (ox + v[0], oy + v[1])
            pts += [cur, p2]
            cur = p2
        elif C == "A":
            v = nums(7)
            p1 = (ox + v[5], oy + v[6])
            pts += arc_pts(cur, v[0], v[1], v[2], int(v[3]), int(v[4]), p1)
            cur = p1
        else:
            raise ValueError(cmd)
    return pts, closed


def shapes(svg_path):
    """(centre, bbox, tag, closed) of every drawn geometric element."""
    root = ET.parse(svg_path).getroot()
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    out = []

    def walk(el, m):
        tag = local(el.tag)
        if tag in SKIP:
            return
        m = mul(m, parse_transform(el.get("transform")))
        pts = None
        closed = True
        if tag == "rect":
            x, y, w, h = f(el, "x"), f(el, "y"), f(el, "width"), f(el, "height")
            pts = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
        elif tag in ("circle", "ellipse"):
            cx, cy = f(el, "cx"), f(el, "cy")
            rx = f(el, "r") if tag == "circle" else f(el, "rx")
            ry = f(el, "r") if tag == "circle" else f(el, "ry")
            pts = [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in
                   [k * math.pi / 2 for k in range(4)]] if m[1] == 0 and m[2] == 0 else \
                  [(cx + rx * math.cos(k * math.pi / 360), cy + ry * math.sin(k * math.pi / 360)) for k in range(720)]
        elif tag in ("polygon", "polyline"):
            v = [float(t) for t in re.findall(NUM, el.get("points", ""))]
            pts = list(zip(v[0::2], v[1::2]))
            closed = tag == "polygon"
        elif tag == "line":
            pts = [(f(el, "x1"), f(el, "y1")), (f(el, "x2"), f(el, "y2"))]
            closed = False
        elif tag == "path" and el.get("d"):
            pts, closed = path_points(el.get("d"))
        elif tag == "use":
            ref = el.get("{http://www.w3.org/1999/xlink}href") or el.get("href")
            tgt = ids.get(ref[1:]) if ref else None
            if tgt is not None:
                walk_inner(tgt, mul(m, (1, 0, 0, 1, f(el, "x"), f(el, "y"))))
            return
        if pts:
            tp = [ap(m, *p) for p in pts]
            xs, ys = [p[0] for p in tp], [p[1] for p in tp]
            bb = (min(xs), min(ys), max(xs), max(ys))
            out.append(((bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2, bb, tag, closed))
        for ch in el:
            walk(ch, m)

    def walk_inner(el, m):
        # a <use> target: draw it even if it sits in <defs>
        tag = local(el.tag)
        if tag in ("symbol", "g", "defs"):
            m2 = mul(m, parse_transform(el.get("transform")))
            for ch in el:
                walk(ch, m2)
        else:
            walk(el, m)

    walk(root, IDENT)
    return out


def check(svg, truth):
    t = json.load(open(truth))
    sh = shapes(svg)
    problems = []
    used = {}
    worst = 0.0
    for n in t["nodes"]:
        hits = [k for k, s in enumerate(sh) if abs(s[0] - n["x"]) <= TOL and abs(s[1] - n["y"]) <= TOL]
        if not hits:
            best = min(sh, key=lambda s: math.hypot(s[0] - n["x"], s[1] - n["y"]))
            problems.append("node %s (%.3f, %.3f): no drawn shape centred there (nearest %.3f, %.3f %s)"
                            % (n["id"], n["x"], n["y"], best[0], best[1], best[3]))
            continue
        for k in hits:
            if k in used:
                problems.append("shape %d serves %s and %s" % (k, used[k], n["id"]))
            used[k] = n["id"]
            worst = max(worst, math.hypot(sh[k][0] - n["x"], sh[k][1] - n["y"]))
        if not any(sh[k][4] for k in hits):
            problems.append("node %s matches only open strokes" % n["id"])
    ids = {n["id"] for n in t["nodes"]}
    if len(ids) != len(t["nodes"]):
        problems.append("duplicate node ids")
    for e in t["edges"]:
        if e[0] not in ids or e[1] not in ids:
            problems.append("edge %s names a missing node" % (e,))
    return problems, worst, len(t["nodes"]), len(t["edges"])


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    bad = 0
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".truth.json") or only not in fn:
            continue
        name = fn[:-len(".truth.json")]
        problems, worst, nn, ne = check(os.path.join(d, name + ".svg"), os.path.join(d, fn))
        print("%-32s %3d nodes %3d edges  worst offset %.4f  %s" % (name, nn, ne, worst, "OK" if not problems else "FAIL"))
        for p in problems:
            print("   ", p)
        bad += bool(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
