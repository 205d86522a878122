#!/usr/bin/env python3
r"""Regenerate the asymptote-metapost/ corpus: node-link graphs drawn the way papers
draw them with Asymptote and MetaPost.

    apt-get install asymptote texlive-metapost dvisvgm librsvg2-bin   # Debian 12
    python3 generate.py             # writes NAME.svg + NAME.truth.json here

Sources (.asy / .mp) and every intermediate file go to /tmp/asymptote-metapost-work/;
only the SVGs and the truth files are written to this folder.

Three routes:

  asy-dvi  `asy -f svg NAME.asy`: Asymptote runs latex and then
           `dvisvgm -n --optimize` on the DVI.
           Every drawn object is a raw SVG special, one
           <g transform='translate(TX TY)scale(.996264)'> per object, with coordinates in
           TeX pt measured from the top-left corner of the picture's bounding box.
           Labels are glyph <use>s outside those groups.
  asy-pdf  `asy -f svg -tex pdflatex NAME.asy`: Asymptote converts its EPS to PDF with
           Ghostscript (pdfwrite), runs pdflatex, turns the PDF back into PostScript with
           `gs -sDEVICE=ps2write -dNoOutputFonts` (glyphs become outlines) and runs
           `dvisvgm -E -n --optimize` on that. One <g transform='scale(1 -1)'>,
           coordinates in bp from the bounding box's lower-left corner (quantised to
           1/256 by Ghostscript), glyphs written in place as <path>s.
  mpost    `mpost NAME.mp` with outputformat:="svg": MetaPost's own SVG backend. Flat,
           absolute coordinates in bp; labels as glyph <use>s (prologues:=3) or as
           <text> (prologues:=0).

Truth: the graph (ids, labels, edges, direction) is the data held in this script, which
also writes the drawing code.  Positions come from the tools themselves:

  Asymptote  every node position z (user coordinates) is registered with N(id, z); after
             drawing, the picture's own transform T = currentpicture.calculateTransform()
             and the fitted frame's bounding box (min(F), max(F), bp) are written to
             NAME.nodes together with T*z for every node.  Then
               asy-dvi: X = TX + 0.996264 * (x - minx) * 72.27/72
                        Y = TY + 0.996264 * (maxy - y) * 72.27/72
                        (TX, TY: the translate of the per-object groups, read from the SVG)
               asy-pdf: X = x - minx,  Y = -(y - miny)
  MetaPost   every node position (after all transforms the figure applies) is written
             with `write ... to` in bp, and so is currentpicture's bounding box.  The SVG
             backend (svgout.w) shifts by the integer parts of the box:
               dx = int(-minx) if minx < 0 else 0
               ty = (-miny if miny < 0 else 0) + maxy
               dy = int((-miny if miny < 0 else 0) - ty)
               X = x + dx,  Y = -(y + dy)

Check: every truth position is compared with the centre of the nearest node-shaped
element in the SVG (a <circle>, a closed path's exact Bezier bounding box, or a
zero-length dot stroke), with all transforms applied.  The script stops if any is
further than 0.01.
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
WORK = "/tmp/asymptote-metapost-work"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1", LC_ALL="C")
CHECK_TOL = 0.01


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=ENV)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-4000:] + r.stderr[-4000:])
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


def versions():
    asy = run(["asy", "--version"], "/").stderr.split("\n")[0]
    asy = re.search(r"version (\S+)", asy).group(1)
    mp = run(["mpost", "--version"], "/").stdout.split("\n")[0]
    mp = re.search(r"MetaPost (\S+)", mp).group(1)
    dv = run(["dvisvgm", "--version"], "/").stdout.split()[1]
    return asy, mp, dv


ASY, MPOST, DVISVGM = versions()

# --------------------------------------------------------------------------------------
# SVG geometry (for the check only)

NUM = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
CMD = re.compile(r"[MmLlHhVvCcSsQqTtZzAa]")


def mat_mul(a, b):
    # 2x3 affine matrices (a, b, c, d, e, f) as in SVG
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
    """Exact bounding box of a cubic Bezier (one coordinate)."""
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


def path_shapes(d):
    """Split a path into subpaths. Returns [(closed, pts, segs)] where segs are
    ('L', p, q) or ('C', p0, p1, p2, p3)."""
    toks = re.findall(r"[MmLlHhVvCcSsQqTtZzAa]|" + NUM.pattern, d)
    out, cur, start, segs, pts = [], (0.0, 0.0), (0.0, 0.0), [], []
    closed = False
    i, cmd, lastc = 0, None, None

    def flush():
        if pts:
            out.append((closed, list(pts), list(segs)))

    while i < len(toks):
        if CMD.fullmatch(toks[i]):
            cmd = toks[i]
            i += 1
            if cmd in "Zz":
                closed = True
                if cur != start:
                    segs.append(("L", cur, start))
                cur = start
                lastc = None
                continue
        def num(k):
            return float(toks[i + k])
        rel = cmd.islower()
        C = cmd.upper()
        ox, oy = cur if rel else (0.0, 0.0)
        if C == "M":
            flush()
            segs, pts, closed = [], [], False
            cur = (ox + num(0), oy + num(1))
            start = cur
            pts.append(cur)
            i += 2
            cmd = "l" if rel else "L"
            lastc = None
        elif C == "L":
            q = (ox + num(0), oy + num(1))
            segs.append(("L", cur, q)); pts.append(q); cur = q; i += 2; lastc = None
        elif C == "H":
            q = ((cur[0] if rel else 0) + num(0), cur[1])
            segs.append(("L", cur, q)); pts.append(q); cur = q; i += 1; lastc = None
        elif C == "V":
            q = (cur[0], (cur[1] if rel else 0) + num(0))
            segs.append(("L", cur, q)); pts.append(q); cur = q; i += 1; lastc = None
        elif C == "C":
            c1 = (ox + num(0), oy + num(1)); c2 = (ox + num(2), oy + num(3)); q = (ox + num(4), oy + num(5))
            segs.append(("C", cur, c1, c2, q)); pts.append(q); cur = q; lastc = c2; i += 6
        elif C == "S":
            c1 = (2 * cur[0] - lastc[0], 2 * cur[1] - lastc[1]) if lastc else cur
            c2 = (ox + num(0), oy + num(1)); q = (ox + num(2), oy + num(3))
            segs.append(("C", cur, c1, c2, q)); pts.append(q); cur = q; lastc = c2; i += 4
        else:
            raise ValueError("path command %s" % cmd)
    flush()
    return out


def node_shapes(svg_path):
    """Centres of node-like elements: <circle>, closed single-subpath <path>s (exact
    Bezier bounding-box centre) and zero-length round dots, all in root user space."""
    tree = ET.parse(svg_path)
    res = []

    def walk(el, m):
        tag = el.tag.split("}")[-1]
        if tag in ("defs", "use", "text", "clipPath", "symbol", "font"):
            return
        m = mat_mul(m, parse_transform(el.get("transform")))
        if tag == "circle":
            res.append((apply(m, (float(el.get("cx", 0)), float(el.get("cy", 0)))), "circle"))
        elif tag == "path" and el.get("d"):
            subs = path_shapes(el.get("d"))
            if len(subs) == 1:
                closed, pts, segs = subs[0]
                tp = [apply(m, p) for p in pts]
                if all(abs(p[0] - tp[0][0]) < 1e-9 and abs(p[1] - tp[0][1]) < 1e-9 for p in tp):
                    res.append((tp[0], "dot"))
                elif closed or math.dist(tp[0], tp[-1]) < 1e-3:
                    xs, ys = [], []
                    for s in segs:
                        q = [apply(m, p) for p in s[1:]]
                        if s[0] == "L":
                            xs += [q[0][0], q[1][0]]; ys += [q[0][1], q[1][1]]
                        else:
                            xs += bez_extrema(*[p[0] for p in q]); ys += bez_extrema(*[p[1] for p in q])
                    res.append((((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), "closed"))
        for ch in el:
            walk(ch, m)

    walk(tree.getroot(), (1, 0, 0, 1, 0, 0))
    return res


def check(name, svg_path, nodes):
    shapes = node_shapes(svg_path)
    worst = 0.0
    for n in nodes:
        d, kind = min((math.dist((n["x"], n["y"]), c), k) for c, k in shapes)
        if d > CHECK_TOL:
            raise SystemExit("%s: node %s at (%.4f, %.4f) is %.4f from the nearest shape"
                             % (name, n["id"], n["x"], n["y"], d))
        worst = max(worst, d)
    print("%-24s %2d nodes, worst distance to a drawn shape centre %.5f" % (name, len(nodes), worst))
    return worst


# --------------------------------------------------------------------------------------
# Asymptote

ASY_PRE = r"""// %(name)s.asy, written by generate.py
string[] _ids; pair[] _zs;
void N(string id, pair z) { _ids.push(id); _zs.push(z); }
"""

ASY_POST = r"""
// --- truth instrumentation: write the node positions in PostScript bp ---
transform _T = currentpicture.calculateTransform();
frame _F = currentpicture.fit();
file _o = output("%(name)s.nodes");
write(_o, "bbox " + format("%%.10f", min(_F).x) + " " + format("%%.10f", min(_F).y) + " "
          + format("%%.10f", max(_F).x) + " " + format("%%.10f", max(_F).y), endl);
for (int i = 0; i < _ids.length; ++i) {
  pair z = _T * _zs[i];
  write(_o, "node " + _ids[i] + " " + format("%%.10f", z.x) + " " + format("%%.10f", z.y), endl);
}
close(_o);
"""

# Asymptote helper used by the drawings that stop edges at circle borders (common idiom)
ASY_BETWEEN = r"""
path between(path p, path a, path b) {
  real[][] ia = intersections(p, a);
  real[][] ib = intersections(p, b);
  return subpath(p, ia[0][0], ib[ib.length - 1][0]);
}
"""


def read_nodes(path):
    bbox, pos = None, {}
    for line in open(path):
        f = line.split()
        if not f:
            continue
        if f[0] == "bbox":
            bbox = [float(v) for v in f[1:5]]
        elif f[0] == "node":
            pos[f[1]] = (float(f[2]), float(f[3]))
    return bbox, pos


def write_truth(name, generator, directed, nodes, edges, notes):
    truth = {"generator": generator, "directed": directed, "nodes": nodes,
             "edges": [list(e) for e in edges], "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")


def finish(name, svg_src, generator, directed, nodes, edges, notes):
    ids = [n["id"] for n in nodes]
    assert len(set(ids)) == len(ids)
    for a, b in edges:
        assert a in ids and b in ids, (a, b)
    check(name, svg_src, nodes)
    shutil.copyfile(svg_src, os.path.join(HERE, name + ".svg"))
    write_truth(name, generator, directed, nodes, edges, notes)


def build_asy(name, body, nodes, edges, directed, notes, route="dvi"):
    """nodes: list of (id, label or None)."""
    os.makedirs(WORK, exist_ok=True)
    src = ASY_PRE % {"name": name} + body + ASY_POST % {"name": name}
    with open(os.path.join(WORK, name + ".asy"), "w") as f:
        f.write(src)
    for ext in (".svg", ".nodes"):
        if os.path.exists(os.path.join(WORK, name + ext)):
            os.remove(os.path.join(WORK, name + ext))
    cmd = ["asy", "-f", "svg"] + (["-tex", "pdflatex"] if route == "pdf" else []) + [name + ".asy"]
    run(cmd, WORK)
    svg = os.path.join(WORK, name + ".svg")
    (minx, miny, maxx, maxy), pos = read_nodes(os.path.join(WORK, name + ".nodes"))
    text = open(svg).read()
    if route == "dvi":
        tr = set(re.findall(r"<g transform='translate\(([-\d.]+) ([-\d.]+)\)scale\(\.996264\)'>", text))
        assert len(tr) == 1, tr
        tx, ty = [float(v) for v in tr.pop()]
        k = 0.996264 * 72.27 / 72

        def mapxy(x, y):
            return tx + k * (x - minx), ty + k * (maxy - y)
        gen = "Asymptote %s, asy -f svg (latex, then dvisvgm %s -n --optimize on the DVI)" % (ASY, DVISVGM)
    else:
        assert "<g transform='scale(1 -1)'>" in text

        def mapxy(x, y):
            return x - minx, -(y - miny)
        gen = ("Asymptote %s, asy -f svg -tex pdflatex (pdflatex, gs ps2write -dNoOutputFonts, "
               "then dvisvgm %s -E -n --optimize)" % (ASY, DVISVGM))
    out = []
    for nid, label in nodes:
        x, y = mapxy(*pos[nid])
        d = {"id": nid, "x": round(x, 4), "y": round(y, 4)}
        if label is not None:
            d["label"] = label
        out.append(d)
    finish(name, svg, gen, directed, out, edges, notes)


# --------------------------------------------------------------------------------------
# MetaPost

MP_PRE = r"""%% %(name)s.mp, written by generate.py
outputformat := "svg";
outputtemplate := "%%j.svg";
prologues := %(prologues)d;
string nodefile_; nodefile_ := "%(name)s.nodes";
def N(expr id, z) =
  write "node " & id & " " & decimal xpart z & " " & decimal ypart z to nodefile_;
enddef;
"""

MP_POST = r"""
%% --- truth instrumentation: the picture's bounding box ---
write "bbox " & decimal xpart llcorner currentpicture & " " & decimal ypart llcorner currentpicture
  & " " & decimal xpart urcorner currentpicture & " " & decimal ypart urcorner currentpicture to nodefile_;
endfig;
write EOF to nodefile_;
end
"""


def build_mp(name, pre, body, nodes, edges, directed, notes, prologues=3):
    """body is everything inside beginfig(1) ... ; it must call N(id, z) for each node."""
    os.makedirs(WORK, exist_ok=True)
    src = (MP_PRE % {"name": name, "prologues": prologues} + pre + "\nbeginfig(1);\n" + body
           + MP_POST)
    with open(os.path.join(WORK, name + ".mp"), "w") as f:
        f.write(src)
    for ext in (".svg", ".nodes"):
        if os.path.exists(os.path.join(WORK, name + ext)):
            os.remove(os.path.join(WORK, name + ext))
    run(["mpost", "-interaction=nonstopmode", "-halt-on-error", name + ".mp"], WORK)
    svg = os.path.join(WORK, name + ".svg")
    (minx, miny, maxx, maxy), pos = read_nodes(os.path.join(WORK, name + ".nodes"))
    text = open(svg).read()
    bb = [float(v) for v in re.search(r"Original BoundingBox: (\S+) (\S+) (\S+) (\S+)", text).groups()]
    assert max(abs(a - b) for a, b in zip(bb, (minx, miny, maxx, maxy))) < 2e-5, (bb, minx, miny)
    dx = int(-minx) if minx < 0 else 0
    ty = (-miny if miny < 0 else 0) + maxy
    dy = int((-miny if miny < 0 else 0) - ty)
    out = []
    for nid, label in nodes:
        x, y = pos[nid]
        d = {"id": nid, "x": round(x + dx, 4), "y": round(-(y + dy), 4)}
        if label is not None:
            d["label"] = label
        out.append(d)
    gen = "MetaPost %s, outputformat:=\"svg\", prologues:=%d" % (MPOST, prologues)
    finish(name, svg, gen, directed, out, edges, notes)


# --------------------------------------------------------------------------------------
# The drawings

def fmt(v):
    return ("%.4f" % v).rstrip("0").rstrip(".")


def asy_petersen():
    ids = ["v%d" % k for k in range(10)]
    pos = {}
    for k in range(5):
        pos["v%d" % k] = "2*dir(%d)" % (90 + 72 * k)
        pos["v%d" % (k + 5)] = "dir(%d)" % (90 + 72 * k)
    edges = [("v%d" % k, "v%d" % ((k + 1) % 5)) for k in range(5)]
    edges += [("v%d" % k, "v%d" % (k + 5)) for k in range(5)]
    edges += [("v%d" % (k + 5), "v%d" % ((k + 2) % 5 + 5)) for k in range(5)]
    b = ["size(6cm);", "defaultpen(linewidth(0.7));"]
    for i in ids:
        b.append("pair %s = %s; N(\"%s\", %s);" % (i, pos[i], i, i))
    for a, c in edges:
        b.append("draw(%s--%s);" % (a, c))
    for k in range(10):
        i = "v%d" % k
        b.append("dot(%s);" % i)
        align = "unit(%s)" % i if k < 5 else "dir(%d)" % (90 + 72 * (k - 5) + 81)
        b.append("label(\"$v_{%d}$\", %s, %s);" % (k, i, align))
    build_asy("asy-petersen", "\n".join(b) + "\n", [(i, "v" + i[1:]) for i in ids], edges, False,
              "Petersen graph, `size(6cm)`: outer pentagon at 2*dir(90+72k), inner pentagram at "
              "dir(90+72k). Centre-to-centre lines, then `dot()` vertices (raw SVG <circle> "
              "elements) and math labels $v_{k}$ beside them (glyph <use>s). Every object sits in "
              "its own translate()scale(.996264) group.")


def asy_arrowheads():
    pos = {"s": (0, 0), "a": (1.5, 1), "b": (1.5, -1), "c": (3, 1), "d": (3, -1), "t": (4.5, 0)}
    # (tail, head, path written from-to, arrow spec)
    E = [("s", "a", "s--a", "Arrow"),
         ("s", "b", "s--b", "ArcArrow"),
         ("a", "c", "a--c", "Arrow(TeXHead)"),
         ("b", "d", "b--d", "MidArrow"),
         ("a", "b", "a--b", "Arrow(SimpleHead)"),
         ("d", "c", "c--d", "BeginArrow"),
         ("c", "t", "c--t", "Arrow(HookHead)"),
         ("d", "t", "d--t", "Arrow(DefaultHead, filltype=NoFill)"),
         ("b", "c", "b--c", "MidArcArrow")]
    b = ["unitsize(1.6cm);", "real r = 0.28;", ASY_BETWEEN]
    for i, (x, y) in pos.items():
        b.append("pair %s = (%s,%s); N(\"%s\", %s);" % (i, fmt(x), fmt(y), i, i))
    for i in pos:
        b.append("draw(circle(%s, r));" % i)
        b.append("label(\"$%s$\", %s);" % (i, i))
    for t, h, p, arr in E:
        src, dst = p.split("--")
        b.append("draw(between(%s, circle(%s, r), circle(%s, r)), %s);" % (p, src, dst, arr))
    edges = [(t, h) for t, h, _, _ in E]
    build_asy("asy-arrowheads", "\n".join(b) + "\n", [(i, i) for i in pos], edges, True,
              "Flow-network digraph, `unitsize(1.6cm)`, stroked circles (4 cubic arcs) with math "
              "labels inside; edges trimmed to the circle borders with intersections(). Each edge "
              "has a different Asymptote arrow: Arrow, ArcArrow, Arrow(TeXHead), MidArrow (head "
              "mid-edge), Arrow(SimpleHead) (open V, two strokes), BeginArrow on a path drawn c--d "
              "(so the edge is d->c: the head is at the path's START), Arrow(HookHead), an unfilled "
              "DefaultHead (filltype=NoFill), MidArcArrow. Filled heads are written twice: a "
              "fill-only and a stroke-only copy.")


def asy_curved_multigraph():
    pos = {"u": (0, 0), "v": (2, 0), "w": (1, 1.4), "x": (3, 1.4)}
    # (tail, head, asy path, arrow, edge label or None, label side)
    E = [("u", "v", "u--v", "Arrow", "a", "N"),
         ("u", "v", "u{dir(35)}..{dir(-35)}v", "Arrow", "b", "N"),
         ("v", "u", "v{dir(-145)}..{dir(145)}u", "Arrow", "c", "S"),
         ("u", "w", "u{dir(100)}..{dir(10)}w", "ArcArrow", None, None),
         ("w", "v", "w{dir(-10)}..{dir(-80)}v", "Arrow", None, None),
         ("w", "w", "w{dir(120)}..w+(0,0.75)..{dir(240)}w", "MidArrow", "\\ell", "N"),
         ("v", "x", "v--x", "Arrow", "d", "SE"),
         ("x", "x", "x{dir(120)}..x+(0,0.75)..{dir(240)}x", "Arrow", None, None),
         ("x", "x", "x{dir(30)}..x+(0.75,0)..{dir(150)}x", "Arrow", None, None),
         ("x", "w", "x--w", "Arrow", "e", "N")]
    b = ["unitsize(2.2cm);", "defaultpen(fontsize(10pt));", "real r = 0.2;", ASY_BETWEEN]
    for i, (x, y) in pos.items():
        b.append("pair %s = (%s,%s); N(\"%s\", %s);" % (i, fmt(x), fmt(y), i, i))
    for t, h, p, arr, lab, side in E:
        lab_s = "Label(\"$%s$\", MidPoint, %s), " % (lab, side) if lab else ""
        b.append("draw(%sbetween(%s, circle(%s, r), circle(%s, r)), %s);" % (lab_s, p, t, h, arr))
    for i in pos:
        b.append("filldraw(circle(%s, r), white, black);" % i)
        b.append("label(\"$%s$\", %s);" % (i, i))
    edges = [(t, h) for t, h, *_ in E]
    build_asy("asy-curved-multigraph", "\n".join(b) + "\n", [(i, i) for i in pos], edges, True,
              "Directed multigraph with curved `..` edges and `{dir(a)}` directions, `unitsize(2.2cm)`. "
              "u->v twice (straight and bent up) plus v->u bent below; self-loop on w with a "
              "MidArrow; TWO self-loops on x (above and right). Edges trimmed to the circle "
              "borders. Nodes are `filldraw(circle, white, black)` drawn after the edges: a "
              "fill-only path then a stroke-only copy. Edge labels a-e and \\ell "
              "(`Label(..., MidPoint, N)`) are glyphs.")


def asy_both_ends():
    ids = ["h"] + ["p%d" % k for k in range(6)]
    b = ["unitsize(1cm);", "defaultpen(linewidth(0.6));",
         "transform t = shift(0.5,0)*rotate(15)*scale(2.2);",
         "pair h = t*(0,0); N(\"h\", h);"]
    for k in range(6):
        b.append("pair p%d = t*dir(%d); N(\"p%d\", p%d);" % (k, 60 * k, k, k))
    edges, arrows = [], ["Arrows", "ArcArrows", "Arrows(TeXHead)"]
    for k in range(6):
        edges.append(("p%d" % k, "p%d" % ((k + 1) % 6)))
        b.append("draw(p%d--p%d, Arrows, DotMargins);" % (k, (k + 1) % 6))
    for k in range(6):
        edges.append(("h", "p%d" % k))
        b.append("draw(h--p%d, %s, DotMargins);" % (k, arrows[1 + k % 2]))
    for i in ids:
        b.append("dot(%s);" % i)
    b.append("label(\"$h$\", h, dir(45));")
    for k in range(6):
        b.append("label(\"$p_{%d}$\", p%d, unit(p%d - h));" % (k, k, k))
    build_asy("asy-both-ends", "\n".join(b) + "\n", [(i, i) for i in ids], edges, False,
              "Wheel W6 in which EVERY edge has a head at both ends (rim: `Arrows`; spokes: "
              "`ArcArrows` and `Arrows(TeXHead)`), so the graph is undirected. Positions are "
              "t*dir(60k) with `transform t=shift(0.5,0)*rotate(15)*scale(2.2)`. `DotMargins` "
              "stops every edge just outside the `dot()`s, so the heads do not touch the dots.")


def asy_geometric_axes():
    rnd = random.Random(2024)
    pts = []
    while len(pts) < 15:  # points at least 0.9 apart
        p = (round(rnd.uniform(0.6, 9.4), 2), round(rnd.uniform(0.6, 5.4), 2))
        if all(math.dist(p, q) >= 0.9 for q in pts):
            pts.append(p)
    n = len(pts)
    ids = ["n%d" % i for i in range(n)]
    R = 2.2
    edges = [(ids[i], ids[j]) for i in range(n) for j in range(i + 1, n)
             if math.dist(pts[i], pts[j]) < R]
    # the dashed radius circle goes around the point whose circle stays furthest inside the frame
    ci = max(range(n), key=lambda i: min(pts[i][0], 10 - pts[i][0], pts[i][1], 6 - pts[i][1]))
    b = ["import graph;", "unitsize(0.9cm);", "defaultpen(fontsize(9pt));"]
    for i, (x, y) in zip(ids, pts):
        b.append("pair %s = (%s,%s); N(\"%s\", %s);" % (i, fmt(x), fmt(y), i, i))
    b.append("draw(circle(%s, %s), gray+dashed);" % (ids[ci], fmt(R)))
    for a, c in edges:
        b.append("draw(%s--%s, gray(0.35));" % (a, c))
    for i in ids:
        b.append("dot(%s, heavyblue);" % i)
    b += ["xlimits(0, 10, Crop);", "ylimits(0, 6, Crop);",
          "xaxis(\"$x$\", BottomTop, LeftTicks(Step=2, step=1));",
          "yaxis(\"$y$\", LeftRight, RightTicks(Step=2, step=1));"]
    deg0 = [i for i in ids if not any(i in e for e in edges)]
    build_asy("asy-geometric-axes", "\n".join(b) + "\n", [(i, None) for i in ids], edges, False,
              "Random geometric graph (%d points in [0,10]x[0,6], seed 2024, at least 0.9 apart; "
              "pairs closer than %s joined) inside a `graph` module frame: `xaxis(BottomTop, "
              "LeftTicks)` and `yaxis(LeftRight, RightTicks)` with major/minor ticks and number "
              "labels, `unitsize(0.9cm)`. A dashed circle of radius %s centred on %s shows the "
              "connection radius; it is NOT a node (its centre coincides with %s's dot). "
              "Unlabelled blue `dot()`s. Isolated nodes: %s."
              % (n, fmt(R), fmt(R), ids[ci], ids[ci], ", ".join(deg0) or "none"))


def asy_flowchart():
    # id, block constructor, label, centre
    B = [("start", "roundrectangle", "Start", (0, 0)),
         ("init", "rectangle", "$n\\gets 0,\\ s\\gets 0$", (0, -1)),
         ("test", "diamond", "$n<N$?", (0, -2.3)),
         ("body", "rectangle", "$s\\gets s+a_n$", (0, -3.6)),
         ("incr", "rectangle", "$n\\gets n+1$", (0, -4.6)),
         ("out", "bevel", "print $s$", (-2.6, -2.3)),
         ("stop", "circle", "End", (-2.6, -3.6))]
    labels = {"start": "Start", "init": "n \u2190 0, s \u2190 0", "test": "n < N?",
              "body": "s \u2190 s + a_n", "incr": "n \u2190 n + 1", "out": "print s", "stop": "End"}
    b = ["import flowchart;", "unitsize(1.4cm);", "defaultpen(fontsize(10pt));"]
    for i, ctor, lab, (x, y) in B:
        b.append("block %s = %s(\"%s\", (%s,%s)); N(\"%s\", %s.center);"
                 % (i, ctor, lab, fmt(x), fmt(y), i, i))
    for i, *_ in B:
        b.append("draw(%s);" % i)
    b += ["add(new void(picture pic, transform t) {",
          "  blockconnector operator --=blockconnector(pic,t);",
          "  start--Down--Arrow--init;",
          "  init--Down--Arrow--test;",
          "  test--Label(\"yes\",0.5,E)--Down--Arrow--body;",
          "  body--Down--Arrow--incr;",
          "  incr--Right--Up--Left--Arrow--test;",
          "  test--Label(\"no\",0.5,N)--Left--Arrow--out;",
          "  out--Down--Arrow--stop;",
          "});"]
    edges = [("start", "init"), ("init", "test"), ("test", "body"), ("body", "incr"),
             ("incr", "test"), ("test", "out"), ("out", "stop")]
    build_asy("asy-flowchart", "\n".join(b) + "\n", [(i, labels[i]) for i, *_ in B], edges, True,
              "`import flowchart` blocks: roundrectangle, rectangle, diamond, bevel (a hexagon-"
              "like box), circle. Connected by the module's orthogonal block connectors "
              "(`a--Down--Arrow--b`), including a back edge incr->test that goes Right, Up, Left "
              "into the diamond's right corner. 'yes'/'no' edge labels. The flowchart module "
              "sizes blocks in bp around their labels and places them at unitsize(1.4cm) "
              "centres; a node's position is the block centre.")


def asy_weighted_pdf():
    pos = {"s": (0, 1), "a": (1.4, 2), "b": (1.4, 0), "c": (2.8, 2), "d": (2.8, 0),
           "e": (4.2, 1), "t": (5.6, 1)}
    # (u, v, weight, asy path, label side, highlighted?)
    E = [("s", "a", 4, "s--a", "NW", True), ("s", "b", 2, "s--b", "SW", True),
         ("a", "b", 1, "a--b", "W", False), ("a", "c", 5, "a--c", "N", True),
         ("b", "d", 8, "b--d", "S", False), ("b", "c", 10, "b--c", "NW", False),
         ("c", "d", 2, "c--d", "E", True), ("c", "e", 6, "c--e", "NE", False),
         ("d", "e", 3, "d--e", "SE", True), ("e", "t", 1, "e--t", "N", True),
         ("c", "t", 9, "c{dir(20)}..{dir(-70)}t", "NE", False),
         ("d", "t", 7, "d{dir(-20)}..{dir(70)}t", "SE", False)]
    b = ["settings.tex = \"pdflatex\";", "unitsize(1.5cm);", "real r = 0.22;",
         "pen tree = linewidth(1.6) + deepblue;"]
    for i, (x, y) in pos.items():
        b.append("pair %s = (%s,%s); N(\"%s\", %s);" % (i, fmt(x), fmt(y), i, i))
    for u, v, w, p, side, hl in E:
        b.append("draw(%s%s);" % (p, ", tree" if hl else ""))
    for u, v, w, p, side, hl in E:
        b.append("label(\"$%d$\", point(%s, 0.5), Fill(white));" % (w, p))
    for i in pos:
        b.append("filldraw(circle(%s, r), white, black);" % i)
        b.append("label(\"$%s$\", %s);" % (i, i))
    edges = [(u, v) for u, v, *_ in E]
    build_asy("asy-weighted-pdf", "\n".join(b) + "\n", [(i, i) for i in pos], edges, False,
              "Weighted graph (a shortest-path exercise): white-filled circles with letters, "
              "weights written ON the edges with `Fill(white)` (each weight has a white box "
              "behind it, which cuts the edge line), shortest-path tree drawn thick and blue, "
              "two curved `..` edges. pdflatex route (`settings.tex=\"pdflatex\"`): one "
              "scale(1 -1) group, y negative in root space, glyphs as inline paths, coordinates "
              "quantised to 1/256 (truth agrees with the drawn circles to about 0.002).",
              route="pdf")


def mp_automaton():
    pre = "u := 1.8cm; r := 0.3u;\npath C[], e[];\n"
    pos = {"q0": (0, 0), "q1": (2, 0.8), "q2": (4, 0), "q3": (2, -1.4)}
    b = []
    for k, (i, (x, y)) in enumerate(pos.items()):
        b.append("z%d = (%s*u, %s*u); C%d = fullcircle scaled 2r shifted z%d; N(\"%s\", z%d);"
                 % (k, fmt(x), fmt(y), k, k, i, k))
    for k in range(4):
        b.append("draw C%d;" % k)
        b.append("label(btex $q_%d$ etex, z%d);" % (k, k))
    b.append("draw fullcircle scaled (2r - 4pt) shifted z3;   % accepting state")
    b.append("drawarrow (z0 - (0.9u, 0)) -- (z0 - (r, 0)); label.top(btex start etex, z0 - (0.75u, 0));")
    E = [(0, 1, "z0--z1", "a", "top"),
         (0, 1, "z0{dir 80}..{dir 0}z1", "b", "ulft"),
         (1, 2, "z1{dir (angle(z2-z1)+25)}..{dir (angle(z2-z1)-25)}z2", "a", "top"),
         (2, 1, "z2{dir (angle(z1-z2)+25)}..{dir (angle(z1-z2)-25)}z1", "b", "bot"),
         (1, 1, "z1{dir 120}..z1+(0,0.85u)..{dir 240}z1", "c", "top"),
         (2, 3, "z2--z3", "a", "lrt"),
         (3, 0, "z3{dir 180}..{dir 110}z0", "b", "llft"),
         (3, 3, "z3{dir -60}..z3-(0,0.85u)..{dir 60}z3", "a,b", "bot")]
    for k, (t, h, p, lab, side) in enumerate(E):
        b.append("e%d = (%s) cutbefore C%d cutafter C%d;" % (k, p, t, h))
        b.append("drawarrow e%d;" % k)
        b.append("label.%s(btex $%s$ etex, point 0.5*length e%d of e%d);" % (side, lab, k, k))
    edges = [("q%d" % t, "q%d" % h) for t, h, *_ in E]
    build_mp("mp-automaton", pre, "\n".join(b) + "\n", [(i, i) for i in pos], edges, True,
             "Finite automaton in plain MetaPost, u:=1.8cm. States are `fullcircle scaled 2r "
             "shifted z` with $q_k$ labels (glyph <use>s, prologues:=3); q3 is accepting (a second, "
             "smaller circle). Edges are `drawarrow` of `..` paths with `{dir a}` directions, cut "
             "with `cutbefore`/`cutafter` the state circles: q0->q1 twice (straight and curved), "
             "reciprocal q1<->q2 bowing apart, self-loops on q1 (above) and q3 (below), a long "
             "curve q3->q0. Arrowheads are one filled+stroked path each. A 'start' arrow with no "
             "source enters q0; it is not an edge. Edge labels a, b, c, 'a,b'. Multigraph.")


def mp_bipartite():
    pre = "u := 1.3cm;\n"
    U = {"u%d" % (k + 1): (0.6 + 1.25 * k, 1.7) for k in range(4)}
    V = {"v%d" % (k + 1): (float(k), 0.0) for k in range(5)}
    E = [("u1", "v1", 0), ("u1", "v2", 1), ("u1", "v4", 0), ("u2", "v1", 1), ("u2", "v3", 0),
         ("u2", "v5", 0), ("u3", "v2", 0), ("u3", "v3", 1), ("u3", "v5", 0), ("u4", "v4", 0),
         ("u4", "v5", 1)]
    b = []
    allpos = dict(U, **V)
    b.append("pair U[], V[];")
    for i, (x, y) in allpos.items():
        b.append("%s = (%s*u, %s*u); N(\"%s\", %s);" % (i.upper(), fmt(x), fmt(y), i, i.upper()))
    b.append("pickup pencircle scaled 0.6pt;")
    b.append("draw fullcircle xscaled 5.6u yscaled 0.75u shifted (2.475u, 1.7u) dashed evenly withcolor .55white;")
    b.append("draw fullcircle xscaled 5.6u yscaled 0.75u shifted (2u, 0) dashed evenly withcolor .55white;")
    b.append("label.lft(btex $U$ etex, (-0.35u, 1.7u)); label.lft(btex $V$ etex, (-0.85u, 0));")
    for a, c, m in E:
        if m:
            b.append("draw %s--%s withpen pencircle scaled 1.6pt withcolor (0.8,0.1,0.1);" % (a.upper(), c.upper()))
        else:
            b.append("draw %s--%s;" % (a.upper(), c.upper()))
    for i in allpos:
        b.append("drawdot %s withpen pencircle scaled 5pt;" % i.upper())
    for i in U:
        b.append("label.top(btex $u_%s$ etex, %s);" % (i[1:], i.upper()))
    for i in V:
        b.append("label.bot(btex $v_%s$ etex, %s);" % (i[1:], i.upper()))
    edges = [(a, c) for a, c, _ in E]
    build_mp("mp-bipartite", pre, "\n".join(b) + "\n", [(i, i) for i in allpos], edges, False,
             "Bipartite graph U={u1..u4} over V={v1..v5} with a perfect-on-U matching drawn thick "
             "red. Vertices are `drawdot z withpen pencircle scaled 5pt`: MetaPost writes each as a "
             "zero-length path `M x y l0 0` with a round cap and stroke-width 4.98, not as a "
             "closed shape. Each side is enclosed in a dashed ellipse (`fullcircle xscaled .. "
             "yscaled ..`, closed paths that are NOT nodes) labelled $U$/$V$. Labels as glyph "
             "<use>s above/below the dots.")


def mp_boxes_tree():
    pre = "input boxes;\nu := 0.9cm;\ndefaultfont := \"cmr10\";\n"
    keys = {"8": (0, 0), "3": (-2, -1), "10": (2, -1), "1": (-3, -2), "6": (-1, -2),
            "14": (3, -2), "4": (-1.5, -3), "7": (-0.5, -3), "13": (2.5, -3)}
    E = [("8", "3"), ("8", "10"), ("3", "1"), ("3", "6"), ("10", "14"), ("6", "4"), ("6", "7"),
         ("14", "13")]
    b = []
    for k, (x, y) in keys.items():
        b.append("circleit.n%s(\"%s\"); n%s.c = (%s*u, %s*u);" % (k, k, k, fmt(x), fmt(y)))
    b.append("drawboxed(%s);" % ", ".join("n" + k for k in keys))
    for a, c in E:
        b.append("draw n%s.c--n%s.c cutbefore bpath.n%s cutafter bpath.n%s;" % (a, c, a, c))
    for k in keys:
        b.append("N(\"n%s\", n%s.c);" % (k, k))
    build_mp("mp-boxes-tree", pre, "\n".join(b) + "\n", [("n" + k, k) for k in keys],
             [("n" + a, "n" + c) for a, c in E], False,
             "Binary search tree with the `boxes` package: `circleit` nodes placed by equations "
             "(`n8.c=(0,0)` ...), `drawboxed`, edges `draw a.c--b.c cutbefore bpath.a cutafter "
             "bpath.b`. Keys are plain strings set in `defaultfont` with prologues:=0, so MetaPost "
             "writes them as <text font-size=\"9.962646\"> (no font-family). circleit's outline "
             "is a 4-point `..` curve sized to the text, so two-digit keys get wider ovals.",
             prologues=0)


def mp_grid_transforms():
    pre = "u := 1cm;\ntransform T; T = identity scaled 1.15 rotated 25 shifted (2cm, 1cm);\n"
    cols, rows = 5, 4
    ids = ["g%d%d" % (i, j) for j in range(rows) for i in range(cols)]
    edges = []
    for j in range(rows):
        for i in range(cols):
            if i + 1 < cols:
                edges.append(("g%d%d" % (i, j), "g%d%d" % (i + 1, j)))
            if j + 1 < rows:
                edges.append(("g%d%d" % (i, j), "g%d%d" % (i, j + 1)))
    b = ["picture G; path C;", "G = image(",
         "  for i = 0 upto %d: for j = 0 upto %d:" % (cols - 2, rows - 1),
         "    draw (i*u, j*u)--((i+1)*u, j*u);",
         "  endfor endfor",
         "  for i = 0 upto %d: for j = 0 upto %d:" % (cols - 1, rows - 2),
         "    draw (i*u, j*u)--(i*u, (j+1)*u);",
         "  endfor endfor",
         "  for i = 0 upto %d: for j = 0 upto %d:" % (cols - 1, rows - 1),
         "    C := fullcircle scaled 7pt shifted (i*u, j*u);",
         "    unfill C; draw C withpen pencircle scaled 0.8pt;",
         "  endfor endfor",
         ");",
         "draw G transformed T;",
         "drawarrow ((-0.6u, -0.6u)--(1u, -0.6u)) transformed T; label.bot(btex $i$ etex, (1u, -0.6u) transformed T);",
         "drawarrow ((-0.6u, -0.6u)--(-0.6u, 1u)) transformed T; label.lft(btex $j$ etex, (-0.6u, 1u) transformed T);"]
    for j in range(rows):
        for i in range(cols):
            b.append("N(\"g%d%d\", (%d*u, %d*u) transformed T);" % (i, j, i, j))
    build_mp("mp-grid-transforms", pre, "\n".join(b) + "\n", [(i, None) for i in ids], edges, False,
             "5x4 grid graph built as a picture with `image(...)` loops and drawn `transformed T`, "
             "T = scaled 1.15 rotated 25 shifted (2cm,1cm): MetaPost applies T to every "
             "coordinate, so the SVG is flat and the lattice is tilted. Nodes: `unfill C; draw C` "
             "(a white fill-only path, then a stroke-only copy) over centre-to-centre edges. Two "
             "`drawarrow` coordinate arrows i, j at the lower-left corner are NOT edges (they "
             "join no nodes). No node labels.")


def mp_boxit_dblarrow():
    pre = "input rboxes;\nu := 1cm;\n"
    B = [("client", "rboxit", "Client", "client.c = (0, 0);"),
         ("server", "boxit", "Server", "server.c = client.c + (3.4u, 0);"),
         ("cache", "rboxit", "Cache", "cache.c = server.c + (0, 1.7u);"),
         ("db", "boxit", "Database", "db.c = server.c + (3.6u, 0);"),
         ("auth", "boxit", "Auth", "auth.c = server.c - (0, 1.7u);"),
         ("log", "rboxit", "Logger", "log.c = (xpart db.c, ypart auth.c);")]
    b = []
    for i, ctor, lab, eq in B:
        b.append("%s.%s(btex %s etex); %s" % (ctor, i, lab, eq))
        b.append("%s.dx = 8pt; %s.dy = 5pt;" % (i, i))
    b.append("drawboxed(%s);" % ", ".join(i for i, *_ in B))
    E = [("client", "server", "client.c--server.c"),
         ("server", "cache", "server.c--cache.c"),
         ("server", "db", "server.c--db.c"),
         ("server", "auth", "server.c--auth.c"),
         ("cache", "db", "cache.c{right}..{down}db.c"),
         ("auth", "db", "auth.c--db.c"),
         ("auth", "log", "auth.c--log.c"),
         ("db", "log", "db.c--log.c")]
    for a, c, p in E:
        b.append("drawdblarrow (%s) cutbefore bpath.%s cutafter bpath.%s;" % (p, a, c))
    for i, *_ in B:
        b.append("N(\"%s\", %s.c);" % (i, i))
    build_mp("mp-boxit-dblarrow", pre, "\n".join(b) + "\n", [(i, lab) for i, _, lab, _ in B],
             [(a, c) for a, c, _ in E], False,
             "System diagram: `boxit` rectangles and `rboxit` rounded boxes (rboxes.mp) placed by "
             "equations, text labels as glyph <use>s. EVERY connection is `drawdblarrow` cut at "
             "the box outlines, so each edge has heads at both ends and the graph is undirected. "
             "One curved edge cache->db (`{right}..{down}`).")


def main():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    asy_petersen()
    asy_arrowheads()
    asy_curved_multigraph()
    asy_both_ends()
    asy_geometric_axes()
    asy_flowchart()
    asy_weighted_pdf()
    mp_automaton()
    mp_bipartite()
    mp_boxes_tree()
    mp_grid_transforms()
    mp_boxit_dblarrow()


if __name__ == "__main__":
    main()
