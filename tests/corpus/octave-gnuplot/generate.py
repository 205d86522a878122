#!/usr/bin/env python3
"""Make the octave-gnuplot drawings and their truth.

Every graph (ids, labels, data coordinates, edges) is data in this script
(seeded with fixed seeds).  Gnuplot drawings: a .gp file per drawing, run by
`gnuplot`; Octave drawings: a .m file per drawing, run by `octave` (Qt
toolkit, under xvfb-run) or `octave-cli` (gnuplot toolkit).  Work files go to
/tmp/octave-gnuplot-work/.  Truth positions are the data coordinates mapped
through the plot's axis transform (see README.md), then checked against the
drawn node markers (within 0.01 user units).
"""
import json, math, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/octave-gnuplot-work"
os.makedirs(WORK, exist_ok=True)
TOL = 0.01


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=WORK, **kw)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (cmd, r.stdout, r.stderr))
    return r


def version(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()


GNUPLOT_V = version("gnuplot --version")            # gnuplot 5.4 patchlevel 4
OCTAVE_V = version("octave-cli --version | head -1").replace("GNU Octave, version ", "Octave ")


def write_truth(name, gen, directed, nodes, pos, labels, edges, notes):
    out = {"generator": gen, "directed": directed, "nodes": [], "edges": [list(e) for e in edges],
           "notes": notes}
    for v in nodes:
        d = {"id": v, "x": round(pos[v][0], 4), "y": round(pos[v][1], 4)}
        if labels and labels.get(v) is not None:
            d["label"] = labels[v]
        out["nodes"].append(d)
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


def check_clear(name, nodes, pos, edges, r):
    """The drawing must be unambiguous: nodes apart, no edge through a third node."""
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if math.dist(pos[a], pos[b]) < 2 * r + 2:
                sys.exit("%s: nodes %s and %s overlap" % (name, a, b))
    for (a, b) in edges:
        if a == b:
            continue
        ax, ay = pos[a]; bx, by = pos[b]
        L2 = (bx - ax) ** 2 + (by - ay) ** 2
        for c in nodes:
            if c in (a, b):
                continue
            cx, cy = pos[c]
            t = max(0, min(1, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / L2))
            d = math.dist((cx, cy), (ax + t * (bx - ax), ay + t * (by - ay)))
            if d < r + 1.5:
                sys.exit("%s: edge %s-%s passes through %s (%.2f)" % (name, a, b, c, d))


def pts(s):
    v = [float(t) for t in re.split(r"[\s,]+", s.strip()) if t]
    return list(zip(v[0::2], v[1::2]))


def verify(name, nodes, pos, cands):
    """Each node's truth position must be within TOL of a drawn marker centre."""
    worst = 0.0
    for v in nodes:
        d = min(math.dist(pos[v], c) for c in cands)
        if d > TOL:
            sys.exit("%s: node %s at %s has no marker within %.3f (nearest %.4f)" % (name, v, pos[v], TOL, d))
        worst = max(worst, d)
    print("%-36s %2d nodes, markers match within %.4f" % (name, len(nodes), worst))
    return worst


# ---------------------------------------------------------------- graph data

def circle_layout(n, r=1.0, start=90.0):
    return [(r * math.cos(math.radians(start - 360.0 * i / n)), r * math.sin(math.radians(start - 360.0 * i / n)))
            for i in range(n)]


def random_geometric(n, seed, radius, lo=0.0, hi=10.0, mind=0.9):
    rng = random.Random(seed)
    P = []
    while len(P) < n:
        p = (round(rng.uniform(lo, hi), 2), round(rng.uniform(lo, hi), 2))
        if all(math.dist(p, q) >= mind for q in P):
            P.append(p)
    E = [(i, j) for i in range(n) for j in range(i + 1, n) if math.dist(P[i], P[j]) <= radius]
    return P, E


def shorten(p, q, da, db):
    """Segment p->q cut da from p and db from q (data units)."""
    L = math.dist(p, q)
    ux, uy = (q[0] - p[0]) / L, (q[1] - p[1]) / L
    return (p[0] + ux * da, p[1] + uy * da), (q[0] - ux * db, q[1] - uy * db)


# ---------------------------------------------------------------- gnuplot

class GpMap:
    """gnuplot's own axis mapping (axis.c axis_map), terminal svg (resolution
    100 terminal units per px, y flipped: svg_y = H - term_y/100)."""

    def __init__(self, vals, H):
        (self.txl, self.txu, self.tyl, self.tyu, self.x0, self.x1, self.y0, self.y1) = vals
        self.H = H
        # GPVAL_TERM_* are printed in px (terminal units / 100)
        self.ixl, self.ixu = round(self.txl * 100), round(self.txu * 100)
        self.iyl, self.iyu = round(self.tyl * 100), round(self.tyu * 100)

    def term(self, x, y):
        sx = (self.ixu - self.ixl) / (self.x1 - self.x0)
        sy = (self.iyu - self.iyl) / (self.y1 - self.y0)
        return self.ixl + (x - self.x0) * sx, self.iyl + (y - self.y0) * sy

    def point(self, x, y):
        """A `with points` marker: terminal coordinates truncated as axis_map does."""
        tx, ty = self.term(x, y)
        return math.floor(tx + 0.5) / 100.0, self.H - math.floor(ty + 0.5) / 100.0

    def exact(self, x, y):
        tx, ty = self.term(x, y)
        return tx / 100.0, self.H - ty / 100.0

    def circle(self, x, y):
        """A `set object circle`: its centre is rounded to terminal units like a
        point, and the vertices, each rounded down from the centre plus r*(cos, sin)
        in integer terminal units, leave the drawn ring centred half a terminal
        unit lower in both terminal axes (seen in the output: a ring's 120
        vertices average exactly there)."""
        tx, ty = self.term(x, y)
        return (math.floor(tx + 0.5) - 0.5) / 100.0, self.H - (math.floor(ty + 0.5) - 0.5) / 100.0

    def px_per_unit(self):
        return ((self.ixu - self.ixl) / (self.x1 - self.x0) / 100.0,
                (self.iyu - self.iyl) / (self.y1 - self.y0) / 100.0)

    def cut(self, p, q, ra, rb):
        """Cut segment p->q (data) by ra px at p and rb px at q (screen distance)."""
        kx, ky = self.px_per_unit()
        dx, dy = (q[0] - p[0]) * kx, (q[1] - p[1]) * ky
        L = math.hypot(dx, dy)
        ux, uy = dx / L / kx, dy / L / ky
        return (p[0] + ux * ra, p[1] + uy * ra), (q[0] - ux * rb, q[1] - uy * rb)


GP_PRINT = "\nset print '-'\nprint sprintf('GPVAL %.2f %.2f %.2f %.2f %.17g %.17g %.17g %.17g', GPVAL_TERM_XMIN, GPVAL_TERM_XMAX, GPVAL_TERM_YMIN, GPVAL_TERM_YMAX, GPVAL_X_MIN, GPVAL_X_MAX, GPVAL_Y_MIN, GPVAL_Y_MAX)\n"


def gp_run(name, script, H):
    path = os.path.join(WORK, name + ".gp")
    with open(path, "w") as f:
        f.write(script + GP_PRINT)
    out = run(["gnuplot", path]).stdout
    m = re.search(r"GPVAL (.*)", out)
    return GpMap([float(t) for t in m.group(1).split()], H)


def gp_markers(svgtext):
    """Centres the gnuplot SVG draws: <use> point symbols, and the bounding
    box centres of closed polygons/paths (circle objects)."""
    c = [(float(a), float(b)) for a, b in re.findall(r"<use xlink:href='#gpPt\d+' transform='translate\(([-\d.]+),([-\d.]+)\)", svgtext)]
    for s in re.findall(r"<polygon fill = '[^']*' points = '([^']*)'", svgtext):
        P = pts(s)
        if len(P) > 20:
            xs, ys = [p[0] for p in P], [p[1] for p in P]
            c.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    for s in re.findall(r"d='(M[^']*Z)\s*'", svgtext):
        P = pts(s.replace("M", " ").replace("L", " ").replace("Z", " "))
        if len(P) > 20:
            xs, ys = [p[0] for p in P], [p[1] for p in P]
            c.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    return c


def gp_drawing(name, W, H, build, nodes, xy, labels, edges, directed, notes, kind="points", r_px=9.0,
               term="svg size %d,%d dynamic font 'Arial,11'"):
    """build(m) -> gnuplot script body (after terminal/output) given the mapping m
    of a first pass (used only to cut edges at the marker boundaries)."""
    head = "set terminal " + (term % (W, H)) + "\nset output '%s/%s.svg'\n" % (HERE, name)
    m0 = gp_run(name, head + build(None), H)
    m = gp_run(name, head + build(m0), H)
    assert (m.txl, m.txu, m.tyl, m.tyu) == (m0.txl, m0.txu, m0.tyl, m0.tyu), name
    pos = {v: (m.point(*xy[v]) if kind == "points" else m.circle(*xy[v])) for v in nodes}
    check_clear(name, nodes, pos, edges, r_px)
    svg = open(os.path.join(HERE, name + ".svg")).read()
    verify(name, nodes, pos, gp_markers(svg))
    write_truth(name, GNUPLOT_V + " svg terminal", directed, nodes, pos, labels, edges, notes)


def datablock(name, rows):
    return "$%s << EOD\n%s\nEOD\n" % (name, "\n".join(" ".join(str(v) for v in r) for r in rows))


def q(s):
    return '"%s"' % s


# ---------------------------------------------------------------- gnuplot drawings

def g_vectors_filled():
    name = "vectors-filled-heads-12"
    nodes = ["n%d" % i for i in range(12)]
    P = circle_layout(8, 4.0, 90) + circle_layout(4, 1.6, 45)
    xy = {v: (round(5 + p[0], 3), round(5 + p[1], 3)) for v, p in zip(nodes, P)}
    labels = {v: "v%d" % i for i, v in enumerate(nodes)}
    E = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 0), (8, 9), (9, 10), (10, 11), (11, 8),
         (0, 8), (2, 9), (4, 10), (6, 11), (9, 1), (11, 7), (8, 10)]
    E = [(nodes[a], nodes[b]) for a, b in E]
    ps = 2.2
    r = 4.5 * ps

    def build(m):
        rows = []
        for a, b in E:
            p, qq = (xy[a], xy[b]) if m is None else m.cut(xy[a], xy[b], r, r + 1)
            rows.append((p[0], p[1], qq[0] - p[0], qq[1] - p[1]))
        return (datablock("E", rows) + datablock("N", [(xy[v][0], xy[v][1], labels[v]) for v in nodes]) +
                "set title 'Task dependencies'\nset xrange [0:10]\nset yrange [0:10]\nunset key\n"
                "set xlabel 'x'\nset ylabel 'y'\n"
                "plot $E using 1:2:3:4 with vectors head filled lw 1.5 lc rgb '#404040', \\\n"
                "     $N using 1:2 with points pt 7 ps %.1f lc rgb '#1f77b4', \\\n"
                "     $N using 1:2:3 with labels offset char 1.6,1.1 font ',10'\n" % ps)
    gp_drawing(name, 600, 480, build, nodes, xy, labels, E, True,
               "gnuplot `with vectors head filled` shafts cut at the marker boundaries, nodes `with points pt 7 ps 2.2` "
               "(filled circles as <use> of #gpPt6), labels `with labels` offset up-right; border, tics, title, axis labels",
               r_px=r)


def g_tree_empty():
    name = "tree-empty-heads-15"
    nodes = ["t%d" % i for i in range(15)]
    parent = {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 2, 7: 3, 8: 3, 9: 4, 10: 5, 11: 5, 12: 6, 13: 6, 14: 6}
    depth = {0: 0}
    for c in sorted(parent):
        depth[c] = depth[parent[c]] + 1
    # leaves spaced evenly, parents centred over their children
    kids = {i: [c for c in sorted(parent) if parent[c] == i] for i in range(15)}
    X = {}
    cnt = [0]

    def place(i):
        if not kids[i]:
            X[i] = cnt[0]; cnt[0] += 1
        else:
            for c in kids[i]:
                place(c)
            X[i] = (X[kids[i][0]] + X[kids[i][-1]]) / 2
    place(0)
    xy = {nodes[i]: (X[i], 3 - depth[i]) for i in range(15)}
    labels = {nodes[i]: chr(65 + i) for i in range(15)}
    E = [(nodes[p], nodes[c]) for c, p in sorted(parent.items())]
    ps = 3.5
    r = 4.5 * ps

    def build(m):
        rows = []
        for a, b in E:
            p, qq = (xy[a], xy[b]) if m is None else m.cut(xy[a], xy[b], r, r + 1)
            rows.append((p[0], p[1], qq[0] - p[0], qq[1] - p[1]))
        return (datablock("E", rows) + datablock("N", [(xy[v][0], xy[v][1], labels[v]) for v in nodes]) +
                "unset border\nunset tics\nunset key\nset xrange [-0.6:%g]\nset yrange [-0.4:3.4]\n" % (cnt[0] - 0.4) +
                "plot $E using 1:2:3:4 with vectors head empty size screen 0.025,25 lw 1.2 lc rgb 'black', \\\n"
                "     $N using 1:2 with points pt 4 ps %.1f lw 1.5 lc rgb 'black', \\\n"
                "     $N using 1:2:3 with labels center font 'Arial,12'\n" % ps)
    gp_drawing(name, 640, 400, build, nodes, xy, labels, E, True,
               "tree drawn top-down with `with vectors head empty` (hollow heads), open squares `pt 4 ps 3.5` "
               "(a <use> of #gpPt3), each letter centred inside its square, no border, no tics, no key",
               r_px=r, term="svg size %d,%d fixed font 'Arial,11'")


def g_both_heads_wheel():
    name = "both-heads-wheel-9"
    nodes = ["hub"] + ["r%d" % i for i in range(8)]
    P = [(0.0, 0.0)] + circle_layout(8, 3.0, 90)
    xy = {v: (round(p[0], 4), round(p[1], 4)) for v, p in zip(nodes, P)}
    labels = {v: v.upper() for v in nodes}
    E = [("hub", "r%d" % i) for i in range(8)] + [("r%d" % i, "r%d" % ((i + 1) % 8)) for i in range(8)]
    rad = 0.42  # data units, circle objects; x and y scales equal (set size ratio -1)

    def build(m):
        s = "unset border\nunset tics\nunset key\nset size ratio -1\nset xrange [-4:4]\nset yrange [-4:4]\n"
        for i, v in enumerate(nodes):
            fc = "#ffd27f" if v == "hub" else "#bde0ff"
            s += "set object %d circle at %g,%g size %g fc rgb '%s' fs solid 1.0 border lc rgb 'black' front\n" % (
                i + 1, xy[v][0], xy[v][1], rad, fc)
            s += "set label %d %s at %g,%g center front font 'Arial,10'\n" % (i + 1, q(labels[v]), xy[v][0], xy[v][1])
        for i, (a, b) in enumerate(E):
            p, qq = shorten(xy[a], xy[b], rad, rad)
            s += "set arrow %d from %g,%g to %g,%g heads filled size 0.25,20 lw 1.2 lc rgb '#333333'\n" % (
                i + 1, p[0], p[1], qq[0], qq[1])
        return s + "plot NaN notitle\n"
    gp_drawing(name, 500, 500, build, nodes, xy, labels, E, False,
               "every edge is a `set arrow ... heads` (filled heads at BOTH ends), so the drawing shows no direction: "
               "undirected truth. Nodes are `set object circle` (polygons of many points, filled, black border) with "
               "`set label` text centred on them; `plot NaN`, no border or tics, `set size ratio -1`",
               kind="circle", r_px=21)


def g_set_arrow_kinds():
    name = "set-arrow-kinds-8"
    nodes = list("ABCDEFGH")
    xy = {"A": (1, 5), "B": (4, 6), "C": (7, 5.5), "D": (9, 3), "E": (6.5, 1), "F": (3.5, 2), "G": (1.5, 2.2), "H": (5.2, 3.4)}
    labels = {v: v for v in nodes}
    # (from, to, style, truth edge): backhead puts the only head at the `from` end
    A = [("A", "B", "head filled", ("A", "B")),
         ("B", "C", "head empty", ("B", "C")),
         ("C", "D", "head nofilled", ("C", "D")),
         ("E", "D", "backhead filled", ("D", "E")),
         ("E", "F", "head filled", ("E", "F")),
         ("G", "F", "backhead empty", ("F", "G")),
         ("G", "A", "head filled", ("G", "A")),
         ("H", "B", "head nofilled", ("H", "B")),
         ("H", "C", "backhead filled", ("C", "H")),
         ("F", "H", "head filled", ("F", "H")),
         ("H", "E", "head empty", ("H", "E"))]
    rad = 0.38

    def build(m):
        s = "set xrange [0:10]\nset yrange [0:7]\nset size ratio -1\nunset key\nset grid\nset title 'set arrow: head, backhead; filled, empty, nofilled'\n"
        for i, v in enumerate(nodes):
            s += "set object %d circle at %g,%g size %g fs empty border lc rgb '#aa0000' lw 2 front\n" % (i + 1, xy[v][0], xy[v][1], rad)
            s += "set label %d %s at %g,%g center front font 'Arial,11'\n" % (i + 1, q(labels[v]), xy[v][0], xy[v][1])
        for i, (a, b, st, _) in enumerate(A):
            p, qq = shorten(xy[a], xy[b], rad + 0.03, rad + 0.03)
            s += "set arrow %d from %g,%g to %g,%g %s size 0.3,25 lw 1.5 lc rgb 'navy'\n" % (i + 1, p[0], p[1], qq[0], qq[1], st)
        return s + "plot NaN notitle\n"
    gp_drawing(name, 640, 480, build, nodes, xy, labels, [t for *_, t in A], True,
               "`set arrow` with head/backhead and filled/empty/nofilled heads; truth points where the head is "
               "(for `backhead` the arrow is written to->from). Nodes are unfilled `set object circle` rings "
               "(many-point polygons) with centred `set label`s; grid, border and tics on, title",
               kind="circle", r_px=20)


def g_bipartite_mouse():
    name = "mouse-standalone-bipartite-14"
    users = ["u%d" % i for i in range(6)]
    items = ["i%d" % i for i in range(8)]
    nodes = users + items
    xy = {}
    for k, v in enumerate(users):
        xy[v] = (0.0, 7.0 - k * 1.4)
    for k, v in enumerate(items):
        xy[v] = (4.0, 7.35 - k * 1.05)
    labels = {v: ("user %d" % int(v[1:])) if v[0] == "u" else ("item %s" % chr(65 + int(v[1:]))) for v in nodes}
    rng = random.Random(14)
    E = []
    for u in users:
        for it in rng.sample(items, rng.choice([1, 2, 3])):
            E.append((u, it))

    def build(m):
        s = datablock("E", [(xy[a][0], xy[a][1], xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]) for a, b in E])
        s += datablock("U", [(xy[v][0], xy[v][1], q(labels[v])) for v in users])
        s += datablock("I", [(xy[v][0], xy[v][1], q(labels[v])) for v in items])
        s += ("set xrange [-1.5:5.5]\nset yrange [-0.5:8]\nunset border\nunset tics\nset key top center horizontal box\n"
              "plot $E using 1:2:3:4 with vectors nohead lc rgb '#999999' lw 1 title 'rated', \\\n"
              "     $U using 1:2 with points pt 7 ps 2 lc rgb '#d62728' title 'users', \\\n"
              "     $I using 1:2 with points pt 5 ps 2 lc rgb '#2ca02c' title 'items', \\\n"
              "     $U using 1:2:3 with labels right offset char -1.5,0 notitle, \\\n"
              "     $I using 1:2:3 with labels left offset char 1.5,0 notitle\n")
        return s
    gp_drawing(name, 560, 460, build, nodes, xy, labels, E, False,
               "`set terminal svg mouse standalone` (embedded JavaScript, onclick handlers, a coordinate box); "
               "bipartite user-item graph, edges `with vectors nohead` centre to centre under the markers; users filled "
               "circles pt 7, items filled squares pt 5; a boxed key with the three titles and sample symbols; labels beside",
               r_px=9, term="svg size %d,%d mouse standalone font 'Arial,10'")


def g_random_geometric():
    name = "random-geometric-60"
    P, Ei = random_geometric(60, 60, 1.75, mind=0.8)
    nodes = ["g%02d" % i for i in range(60)]
    xy = {v: p for v, p in zip(nodes, P)}
    E = [(nodes[a], nodes[b]) for a, b in Ei]
    # drop edges that would pass through a third node (an ambiguous drawing)
    kx = 560 / 10.6
    keep = []
    for a, b in E:
        ok = True
        for c in nodes:
            if c in (a, b):
                continue
            (ax, ay), (bx, by), (cx, cy) = xy[a], xy[b], xy[c]
            L2 = (bx - ax) ** 2 + (by - ay) ** 2
            t = max(0, min(1, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / L2))
            if math.dist((cx, cy), (ax + t * (bx - ax), ay + t * (by - ay))) * kx < 10:
                ok = False
        if ok:
            keep.append((a, b))
    E = keep

    def build(m):
        s = datablock("E", [(xy[a][0], xy[a][1], xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]) for a, b in E])
        s += datablock("N", [(xy[v][0], xy[v][1]) for v in nodes])
        s += ("set xrange [-0.3:10.3]\nset yrange [-0.3:10.3]\nset size ratio -1\nset grid lc rgb '#dddddd'\n"
              "set key outside right top\nset title 'Random geometric graph, r = 1.75'\n"
              "plot $E using 1:2:3:4 with vectors nohead lw 0.8 lc rgb '#4a4a4a' title 'edges', \\\n"
              "     $N using 1:2 with points pt 6 ps 1.2 lw 1.2 lc rgb '#0060ad' title 'nodes'\n")
        return s
    gp_drawing(name, 720, 600, build, nodes, xy, None, E, False,
               "60 seeded random points, edges between points closer than 1.75 (less any that would pass through a "
               "third node), `with vectors nohead` centre to centre, nodes open circles pt 6 ps 1.2 drawn on top; "
               "grid lines, tics, a key outside with sample line and symbol, `set size ratio -1`; no labels",
               r_px=5.4)


def g_point_types():
    name = "point-types-digraph-10"
    nodes = ["p%d" % i for i in range(10)]
    xy = {"p0": (1, 8), "p1": (4, 9), "p2": (7.5, 8.5), "p3": (2.5, 5.5), "p4": (5.5, 6), "p5": (8.8, 5.2),
          "p6": (1.2, 2.5), "p7": (4.2, 3), "p8": (7, 2), "p9": (9.3, 1)}
    kinds = [("source", 5, 2.6), ("router", 7, 2.2), ("switch", 9, 2.6), ("sink", 11, 2.6), ("store", 13, 2.6)]
    kind_of = {"p0": 0, "p1": 1, "p2": 1, "p3": 2, "p4": 1, "p5": 4, "p6": 0, "p7": 2, "p8": 3, "p9": 3}
    labels = {v: v.upper() for v in nodes}
    E = [("p0", "p1"), ("p1", "p2"), ("p0", "p3"), ("p3", "p4"), ("p1", "p4"), ("p4", "p5"), ("p2", "p5"),
         ("p6", "p3"), ("p6", "p7"), ("p7", "p4"), ("p7", "p8"), ("p8", "p9"), ("p5", "p9"), ("p4", "p8"),
         ("p4", "p1")]

    def build(m):
        rows = []
        for a, b in E:
            ra = 4.5 * kinds[kind_of[a]][2] + 1
            rb = 4.5 * kinds[kind_of[b]][2] + 2
            p, qq = (xy[a], xy[b]) if m is None else m.cut(xy[a], xy[b], ra, rb)
            if (b, a) in E and m is not None:  # reciprocal pair: shift sideways 5 px so both shafts show
                kx, ky = m.px_per_unit()
                dx, dy = (xy[b][0] - xy[a][0]) * kx, (xy[b][1] - xy[a][1]) * ky
                L = math.hypot(dx, dy)
                ox, oy = -dy / L * 5 / kx, dx / L * 5 / ky
                p, qq = (p[0] + ox, p[1] + oy), (qq[0] + ox, qq[1] + oy)
            rows.append((p[0], p[1], qq[0] - p[0], qq[1] - p[1]))
        s = datablock("E", rows)
        for k, (kn, pt, ps) in enumerate(kinds):
            s += datablock("K%d" % k, [(xy[v][0], xy[v][1]) for v in nodes if kind_of[v] == k])
        s += datablock("L", [(xy[v][0], xy[v][1], labels[v]) for v in nodes])
        s += ("set xrange [0:10.5]\nset yrange [0:10]\nset key outside right top box\nset border 3\nset xtics nomirror\nset ytics nomirror\n"
              "plot $E using 1:2:3:4 with vectors filled head size screen 0.018,20 lw 1.3 lc rgb 'black' title 'link'")
        for k, (kn, pt, ps) in enumerate(kinds):
            s += ", \\\n     $K%d using 1:2 with points pt %d ps %.1f title '%s'" % (k, pt, ps, kn)
        s += ", \\\n     $L using 1:2:3 with labels offset char 0,-1.8 notitle\n"
        return s
    check = {v: 4.5 * kinds[kind_of[v]][2] for v in nodes}
    gp_drawing(name, 640, 520, build, nodes, xy, labels, E, True,
               "nodes of five point types and sizes (pt 5 square, 7 circle, 9 triangle, 11 down-triangle, 13 "
               "diamond, all filled, ps 2.2-2.6) by kind with a boxed key outside the plot (its sample symbols are not nodes); `with vectors filled head` cut at the "
               "markers; reciprocal pair P1/P4 drawn 5 px apart; labels under the nodes; border 3 (left and bottom "
               "axes only)", r_px=12)


GNUPLOT_DRAWINGS = [g_vectors_filled, g_tree_empty, g_both_heads_wheel, g_set_arrow_kinds, g_bipartite_mouse,
                    g_random_geometric, g_point_types]


# ---------------------------------------------------------------- Octave

class OctMap:
    """Linear map data -> SVG user units, from the axes frame Octave draws in a
    calibration print of the same figure (axis on, box on, no grid): the frame
    corners are the axis limits."""

    def __init__(self, frame, lim, W, H):
        self.fx0, self.fx1, self.fy0, self.fy1 = frame    # svg x of left/right, svg y of bottom/top
        self.lim = lim
        self.W, self.H = W, H

    def __call__(self, x, y):
        x0, x1, y0, y1 = self.lim
        return (self.fx0 + (x - x0) * (self.fx1 - self.fx0) / (x1 - x0),
                self.fy0 + (y - y0) * (self.fy1 - self.fy0) / (y1 - y0))

    def _unused_gnuplot_point(self, x, y):
        """gnuplot toolkit: the frame corners are gnuplot terminal units / 100 and
        a point is mapped and rounded to terminal units as gnuplot's axis_map does
        (y flipped: terminal y = 100 * (H - svg y))."""
        x0, x1, y0, y1 = self.lim
        ixl, ixu = round(self.fx0 * 100), round(self.fx1 * 100)
        iyl, iyu = round((self.H - self.fy0) * 100), round((self.H - self.fy1) * 100)
        tx = math.floor(ixl + (x - x0) * (ixu - ixl) / (x1 - x0) + 0.5)
        ty = math.floor(iyl + (y - y0) * (iyu - iyl) / (y1 - y0) + 0.5)
        return tx / 100.0, self.H - ty / 100.0

    def norm(self, x, y):
        """Normalised figure units (annotation)."""
        X, Y = self(x, y)
        return X / self.W, 1 - Y / self.H

    def cut(self, p, q, ra, rb):
        kx = (self.fx1 - self.fx0) / (self.lim[1] - self.lim[0])
        ky = (self.fy0 - self.fy1) / (self.lim[3] - self.lim[2])
        dx, dy = (q[0] - p[0]) * kx, (q[1] - p[1]) * ky
        L = math.hypot(dx, dy)
        ux, uy = dx / L / kx, dy / L / ky
        return (p[0] + ux * ra, p[1] + uy * ra), (q[0] - ux * rb, q[1] - uy * rb)


def svg_segments(text):
    segs = []
    for s in re.findall(r'<polyline[^>]*points="([^"]*)"', text):   # strokes only, not filled polygons
        P = pts(s)
        segs += list(zip(P, P[1:]))
    for s in re.findall(r"d='([^']*)'", text):
        if re.search(r"[^MLZz\d\s.,-]", s):
            continue
        for sub in re.split(r"M", s)[1:]:
            P = pts(re.sub(r"[LZz]", " ", sub))
            segs += list(zip(P, P[1:]))
    return segs


def frame_of(text):
    segs = svg_segments(text)
    hz = [s for s in segs if abs(s[0][1] - s[1][1]) < 1e-6]
    vt = [s for s in segs if abs(s[0][0] - s[1][0]) < 1e-6]
    Lh = max(abs(a[0] - b[0]) for a, b in hz)
    Lv = max(abs(a[1] - b[1]) for a, b in vt)
    H = [s for s in hz if abs(abs(s[0][0] - s[1][0]) - Lh) < 0.01]
    V = [s for s in vt if abs(abs(s[0][1] - s[1][1]) - Lv) < 0.01]
    xs = [p[0] for s in H for p in s]
    ys = [p[1] for s in V for p in s]
    return min(xs), max(xs), max(ys), min(ys)


def oct_markers(text):
    c = [(float(a), float(b)) for a, b in re.findall(r"<use xlink:href='#gpPt\d+' transform='translate\(([-\d.]+),([-\d.]+)\)", text)]
    for s in re.findall(r'<poly(?:line|gon)[^>]*points="([^"]*)"', text):
        P = pts(s)
        xs, ys = [p[0] for p in P], [p[1] for p in P]
        if len(P) >= 4 and max(xs) - min(xs) < 40 and max(ys) - min(ys) < 40:
            c.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    return c


def oct_run(name, toolkit, W, H, lim, body, final, m):
    mfile = os.path.join(WORK, name + ".m")
    calib = os.path.join(WORK, name + "-calib.svg")
    out = os.path.join(HERE, name + ".svg")
    src = "graphics_toolkit %s\nf = figure('visible', 'off', 'position', [0 0 %d %d]);\n" % (toolkit, W, H)
    src += body(m)
    src += "axis([%r %r %r %r]);\n" % tuple(lim)
    src += "set(gca, 'box', 'on'); axis on; grid off;\nprint(f, '-dsvg', '%s');\n" % calib
    src += final + "\nprint(f, '-dsvg', '%s');\n" % out
    with open(mfile, "w") as fh:
        fh.write(src)
    if toolkit == "qt":
        run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "octave", "--no-gui", "-q", "--no-window-system", mfile] if False else
            ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "octave", "--no-gui", "-q", mfile])
    else:
        run(["octave-cli", "-q", mfile])
    ct = open(calib).read()
    vb = [float(t) for t in re.search(r'viewBox="([^"]*)"', ct).group(1).split()]
    return OctMap(frame_of(ct), lim, vb[2], vb[3])


def oct_drawing(name, toolkit, W, H, lim, body, final, nodes, xy, labels, edges, directed, notes, r):
    m0 = oct_run(name, toolkit, W, H, lim, body, final, None)
    m = oct_run(name, toolkit, W, H, lim, body, final, m0)
    assert (m.fx0, m.fx1, m.fy0, m.fy1) == (m0.fx0, m0.fx1, m0.fy0, m0.fy1), name
    pos = {v: m(*xy[v]) for v in nodes}
    if toolkit == "gnuplot":
        # gnuplot rounds each point to 0.01 px, and the border Octave has it draw
        # moves by 0.01 between prints: take the translate gnuplot wrote for the
        # data point (the marker at the frame-mapped position, within 0.02)
        uses = [(float(a), float(b)) for a, b in re.findall(
            r"<use xlink:href='#gpPt\d+' transform='translate\(([-\d.]+),([-\d.]+)\)",
            open(os.path.join(HERE, name + ".svg")).read())]
        for v in nodes:
            c = min(uses, key=lambda u: math.dist(u, pos[v]))
            assert math.dist(c, pos[v]) < 0.02, (name, v, c, pos[v])
            pos[v] = c
    check_clear(name, nodes, pos, edges, r)
    verify(name, nodes, pos, oct_markers(open(os.path.join(HERE, name + ".svg")).read()))
    gen = OCTAVE_V + (" print -dsvg, qt toolkit (gl2ps 1.4.2)" if toolkit == "qt" else
                      " print -dsvg, gnuplot toolkit (%s svg terminal)" % GNUPLOT_V)
    write_truth(name, gen, directed, nodes, pos, labels, edges, notes)


def mat(rows):
    return "[" + "; ".join(" ".join("%r" % v for v in r) for r in rows) + "]"


def cellstr(xs):
    return "{" + ", ".join("'%s'" % s for s in xs) + "}"


def adjacency(n, edges, sym):
    A = [[0] * n for _ in range(n)]
    for a, b in edges:
        A[a][b] = 1
        if sym:
            A[b][a] = 1
    return A


def o_gplot_petersen():
    name = "gplot-petersen-qt-10"
    P = circle_layout(5, 1.0, 90) + circle_layout(5, 0.5, 90)
    nodes = ["v%d" % i for i in range(10)]
    xy = {v: (round(p[0], 6), round(p[1], 6)) for v, p in zip(nodes, P)}
    Ei = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)]
    E = [(nodes[a], nodes[b]) for a, b in Ei]

    def body(m):
        return ("A = %s;\nxy = %s;\ngplot(A, xy, '-o');\ntitle('Petersen graph');\n" %
                (mat(adjacency(10, Ei, True)), mat([xy[v] for v in nodes])))
    oct_drawing(name, "qt", 560, 420, [-1.2, 1.2, -1.1, 1.2], body, "", nodes, xy, None, E, False,
                "gplot(A, xy, '-o') with a symmetric A: every edge is drawn twice (both directions) and each node's "
                "'o' marker (an unfilled 10-point polyline) is repeated once per edge end; axes with tics and box, "
                "title; no labels", 3)


def o_gplot_grid_squares():
    name = "gplot-grid-squares-axis-off-16"
    nodes = ["c%d%d" % (i, j) for i in range(4) for j in range(4)]
    xy = {"c%d%d" % (i, j): (j * 1.0, 3.0 - i) for i in range(4) for j in range(4)}
    idx = {v: k for k, v in enumerate(nodes)}
    E = []
    for i in range(4):
        for j in range(4):
            if j < 3:
                E.append(("c%d%d" % (i, j), "c%d%d" % (i, j + 1)))
            if i < 3:
                E.append(("c%d%d" % (i, j), "c%d%d" % (i + 1, j)))
    E += [("c00", "c11"), ("c12", "c23"), ("c21", "c32"), ("c23", "c32")]
    Ei = [(idx[a], idx[b]) for a, b in E]
    labels = {v: "(%s,%s)" % (v[1], v[2]) for v in nodes}

    def body(m):
        s = "A = %s;\nxy = %s;\n" % (mat(adjacency(16, Ei, False)), mat([xy[v] for v in nodes]))
        s += "gplot(triu(A), xy, '-s');\nset(findobj(gca, 'type', 'line'), 'markersize', 9, 'markerfacecolor', [1 1 0.6], 'linewidth', 1.2, 'color', [0.2 0.2 0.2]);\n"
        s += "hold on;\nlab = %s;\nfor k = 1:16\n  text(xy(k,1) + 0.12, xy(k,2) + 0.16, lab{k}, 'fontsize', 9);\nend\n" % cellstr([labels[v] for v in nodes])
        s += "axis equal;\n"
        return s
    oct_drawing(name, "qt", 520, 480, [-0.4, 3.6, -0.4, 3.5], body, "axis off;", nodes, xy, labels, E, False,
                "gplot(triu(A), xy, '-s'): a 4x4 grid with four diagonals, each edge drawn once, square markers "
                "filled light yellow (a polygon plus its outline polyline per line vertex); axis equal, axis off; "
                "labels by text() up-right of each node", 4.5)


def o_gplot_gnuplot():
    name = "gplot-gnuplot-toolkit-12"
    rng = random.Random(12)
    nodes = ["s%d" % i for i in range(12)]
    P = circle_layout(12, 5.0, 75)
    xy = {v: (round(5.5 + p[0], 4), round(5.5 + p[1], 4)) for v, p in zip(nodes, P)}
    Ei = [(i, (i + 1) % 12) for i in range(12)] + [(i, (i + 4) % 12) for i in range(0, 12, 3)] + \
         [(1, 6), (2, 10), (5, 9)]
    E = [(nodes[a], nodes[b]) for a, b in Ei]
    labels = {v: v for v in nodes}

    def body(m):
        s = "A = %s;\nxy = %s;\n" % (mat(adjacency(12, Ei, True)), mat([xy[v] for v in nodes]))
        s += "gplot(A, xy, '-o');\nset(findobj(gca, 'type', 'line'), 'markersize', 10, 'markerfacecolor', 'r', 'markeredgecolor', 'k');\n"
        s += "lab = %s;\nfor k = 1:12\n  text(xy(k,1), xy(k,2) - 0.55, lab{k}, 'horizontalalignment', 'center');\nend\n" % cellstr(nodes)
        s += "title('gplot, gnuplot toolkit');\nxlabel('x'); ylabel('y');\n"
        return s
    oct_drawing(name, "gnuplot", 560, 420, [-0.5, 11.5, -0.5, 11.5], body, "grid on;", nodes, xy, labels, E, False,
                "graphics_toolkit gnuplot: Octave writes a gnuplot script and gnuplot's svg terminal draws it; "
                "gplot(A, xy, '-o') with a symmetric A (each edge twice), red filled circle markers (<use> of "
                "#gpPt6, repeated per edge end), labels under the nodes by text(), grid, axis labels, title", 5)


def o_quiver_digraph():
    name = "quiver-digraph-11"
    nodes = ["q%d" % i for i in range(11)]
    xy = {"q0": (0, 4), "q1": (2, 6), "q2": (2, 2), "q3": (4, 7), "q4": (4.2, 4.3), "q5": (4, 1), "q6": (6.2, 6),
          "q7": (6, 2.6), "q8": (8, 7.2), "q9": (8.3, 4.2), "q10": (8, 1)}
    labels = {v: v.upper() for v in nodes}
    E = [("q0", "q1"), ("q0", "q2"), ("q1", "q3"), ("q1", "q4"), ("q2", "q4"), ("q2", "q5"), ("q3", "q6"), ("q4", "q6"),
         ("q4", "q7"), ("q5", "q7"), ("q6", "q8"), ("q6", "q9"), ("q7", "q9"), ("q7", "q10"), ("q9", "q8"), ("q10", "q9")]
    ms = 12

    def body(m):
        rows = []
        for a, b in E:
            p, qq = (xy[a], xy[b]) if m is None else m.cut(xy[a], xy[b], ms / 2 + 1, ms / 2 + 1.5)
            rows.append((p[0], p[1], qq[0] - p[0], qq[1] - p[1]))
        s = "U = %s;\nxy = %s;\n" % (mat(rows), mat([xy[v] for v in nodes]))
        s += "quiver(U(:,1), U(:,2), U(:,3), U(:,4), 0, 'k', 'linewidth', 1, 'maxheadsize', 0.25);\nhold on;\n"
        s += "plot(xy(:,1), xy(:,2), 'o', 'markersize', %d, 'markerfacecolor', [0.85 0.92 1], 'markeredgecolor', [0 0.3 0.7]);\n" % ms
        s += "lab = %s;\nfor k = 1:%d\n  text(xy(k,1), xy(k,2) + 0.45, lab{k}, 'horizontalalignment', 'center', 'fontsize', 9);\nend\n" % (
            cellstr([labels[v] for v in nodes]), len(nodes))
        s += "title('quiver(x, y, u, v, 0)');\n"
        return s
    oct_drawing(name, "qt", 600, 450, [-0.8, 9.0, 0.0, 8.0], body, "", nodes, xy, labels, E, True,
                "quiver(x, y, u, v, 0) arrows (shaft plus a two-stroke open head, all in one polyline set) from the "
                "source's marker edge to the target's; nodes plot(..., 'o', 'markersize', 12) filled pale blue (a "
                "filled polygon plus an outline); labels above by text(); axes on, title", 6)


OCTAVE_DRAWINGS = [o_gplot_petersen, o_gplot_grid_squares, o_gplot_gnuplot, o_quiver_digraph]

if __name__ == "__main__":
    only = sys.argv[1:]
    for fn in GNUPLOT_DRAWINGS + globals().get("OCTAVE_DRAWINGS", []):
        if not only or any(o in fn.__name__ for o in only):
            fn()
