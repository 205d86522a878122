#!/usr/bin/env python3
r"""Regenerate the pikchr/ corpus: node-link graphs drawn in Pikchr, the PIC-like
diagram language of the SQLite and Fossil documentation.

    pip download pypikchr==0.2.0 --no-deps --no-binary :all: -d /tmp/pikchr-src
    tar xzf /tmp/pikchr-src/pypikchr-0.2.0.tar.gz -C /tmp/pikchr-src
    gcc -O2 -DPIKCHR_SHELL -o /tmp/pikchr /tmp/pikchr-src/pypikchr-0.2.0/src/c/pikchr.c -lm
    python3 generate.py          # writes NAME.svg + NAME.truth.json here

The PyPI sdist of `pypikchr` ships Pikchr's single-file C source `pikchr.c`; it is
compiled with -DPIKCHR_SHELL (Pikchr's own command-line main) and run as
`pikchr --svg-only NAME.pikchr`.  (The build has no `diamond` object: decisions are
closed `line`s, as older Pikchr documents draw them.)

Each graph is data in this script: nodes with a shape, a place (inches, y up) and a
label; edges with their kind (arrow, line, `<->`, arc, spline, routes with `then`),
style and label.  The script writes the Pikchr source from that data, every node
placed `at (x, y)`.

Truth: Pikchr itself prints every node's `.x .y` (a `print` statement appended to a
copy of the source); a small C program that #includes the same pikchr.c runs
pikchr's own parse/layout/render code and prints the final bounding box (sw, ne)
after margins.  Pikchr writes inches times 144 with y down relative to that box:
    X = 144 (x - sw.x),   Y = 144 (ne.y - y)
and no transforms.  Check: the script compares each truth position with the centre
of the nearest node-like SVG element (circle, ellipse, closed or box-like path) and
stops if they differ by more than 0.01.
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
WORK = "/tmp/pikchr-work"
SRC_DIR = "/tmp/pikchr-src/pypikchr-0.2.0/src/c"
PIKCHR = os.environ.get("PIKCHR", "/tmp/pikchr")
BBOX_C = r"""
/* Runs pikchr's own parse, layout and render code, as pikchr() does, and prints
   the final SVG bounding box in inches (after margins): sw.x sw.y ne.x ne.y */
#include "pikchr.c"
#include <stdio.h>
int main(void){
  static char buf[1<<20]; size_t n = fread(buf,1,sizeof(buf)-1,stdin); buf[n]=0;
  Pik s; yyParser sParse;
  memset(&s, 0, sizeof(s));
  s.sIn.z = buf; s.sIn.n = (unsigned int)strlen(buf); s.eDir = DIR_RIGHT;
  s.mFlags = PIKCHR_PLAINTEXT_ERRORS;
  pik_parserInit(&sParse, &s);
  pik_tokenize(&s, &s.sIn, &sParse, 0);
  if( s.nErr==0 ){ PToken t; memset(&t,0,sizeof(t));
    t.z = buf+(s.sIn.n>0?s.sIn.n-1:0); t.n=1; pik_parser(&sParse,0,t); }
  pik_parserFinalize(&sParse);
  if( s.nErr ){ fputs(s.zOut ? s.zOut : "error", stderr); return 1; }
  printf("%.17g %.17g %.17g %.17g\n", s.bbox.sw.x, s.bbox.sw.y, s.bbox.ne.x, s.bbox.ne.y);
  return 0;
}
"""
PIKBBOX = os.path.join(WORK, "pikbbox")
SCALE = 144.0


def build_tools():
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, "pikbbox.c"), "w") as f:
        f.write(BBOX_C)
    subprocess.run(["gcc", "-O2", "-I", SRC_DIR, "-o", PIKBBOX, os.path.join(WORK, "pikbbox.c"), "-lm"],
                   check=True, capture_output=True)
    if not os.path.exists(PIKCHR):
        subprocess.run(["gcc", "-O2", "-DPIKCHR_SHELL", "-o", PIKCHR,
                        os.path.join(SRC_DIR, "pikchr.c"), "-lm"], check=True)
    with open(os.path.join(SRC_DIR, "pikchr.c"), "rb") as f:
        import hashlib
        return hashlib.sha1(f.read()).hexdigest()


def place(nid):
    """Pikchr place names must start with a capital letter."""
    return "N_" + nid


def fmt(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ------------------------------------------------------------------ graph -> pikchr

class G:
    def __init__(self, header=""):
        self.lines = [header] if header else []
        self.nodes = []   # (id, label)

    def node(self, nid, shape, x, y, label=None, attrs="", extra=None):
        """shape: box, circle, ellipse, oval, cylinder, file, dot, diamond"""
        label = nid if label is None else label
        tx = " ".join('"%s"' % t for t in (label if isinstance(label, list) else [label])) if label and shape != "dot" else ""
        if shape == "diamond":
            w, h = extra or (0.5, 0.3)
            self.lines.append("%s: line from (%s,%s) to (%s,%s) to (%s,%s) to (%s,%s) close %s" % (
                place(nid), fmt(x), fmt(y + h), fmt(x + w), fmt(y), fmt(x), fmt(y - h), fmt(x - w), fmt(y), attrs))
            self.lines.append("text %s at (%s,%s)" % (tx, fmt(x), fmt(y)))
        else:
            self.lines.append("%s: %s %s %s at (%s,%s)" % (place(nid), shape, tx, attrs, fmt(x), fmt(y)))
        self.nodes.append((nid, " ".join(label) if isinstance(label, list) else label, shape, x, y))

    def raw(self, s):
        """A line of Pikchr; node ids outside quoted text become their place names."""
        ids = sorted((n[0] for n in self.nodes), key=len, reverse=True)
        pat = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, ids)) + r")(?!\w)")
        parts = re.split(r'("[^"]*")', s)
        self.lines.append("".join(p if p.startswith('"') else pat.sub(lambda m: place(m.group(1)), p)
                                  for p in parts))

    def source(self):
        return "\n".join(self.lines) + "\n"


def emit(name, g, edges, directed, notes):
    src = g.source()
    p = os.path.join(WORK, name + ".pikchr")
    with open(p, "w") as f:
        f.write(src)
    r = subprocess.run([PIKCHR, "--svg-only", p], capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.startswith("<svg"):
        raise SystemExit("%s: pikchr failed\n%s%s" % (name, r.stdout[-2000:], r.stderr[-2000:]))
    svg = r.stdout
    # node positions, printed by pikchr itself
    pp = os.path.join(WORK, name + ".print.pikchr")
    plain = [n for n in g.nodes if n[2] != "diamond"]
    with open(pp, "w") as f:
        f.write(src + "".join("print %s.x, %s.y\n" % (place(n[0]), place(n[0])) for n in plain))
    out = subprocess.run([PIKCHR, "--svg-only", pp], capture_output=True, text=True, check=True).stdout
    printed = [l[:-4].split() for l in out.splitlines() if l.endswith("<br>")]
    assert len(printed) == len(plain), (name, printed)
    pos = {}
    for n, (px, py) in zip(plain, printed):
        assert abs(float(px) - n[3]) < 1e-9 and abs(float(py) - n[4]) < 1e-9, (name, n, px, py)
        pos[n[0]] = (float(px), float(py))
    for n in g.nodes:
        if n[2] == "diamond":      # a closed line: its corners are the script's own numbers
            pos[n[0]] = (n[3], n[4])
    bb = subprocess.run([PIKBBOX], input=src, capture_output=True, text=True, check=True).stdout.split()
    W, S, E, N = (float(v) for v in bb)
    vb = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
    assert abs(float(vb.group(1)) - SCALE * (E - W)) < 0.01 and abs(float(vb.group(2)) - SCALE * (N - S)) < 0.01, name
    truth_nodes = []
    for nid, label, shape, x, y in g.nodes:
        X, Y = SCALE * (pos[nid][0] - W), SCALE * (N - pos[nid][1])
        d = {"id": nid, "x": round(X, 4), "y": round(Y, 4)}
        if label:
            d["label"] = label
        truth_nodes.append(d)
    worst = check(name, svg, truth_nodes)
    ids = [n[0] for n in g.nodes]
    assert len(set(ids)) == len(ids)
    for e in edges:
        assert e[0] in ids and e[1] in ids, (name, e)
    truth = {"generator": "pikchr (pikchr.c from pypikchr 0.2.0, sha1 %s)" % PIKCHR_SHA[:12],
             "directed": directed, "nodes": truth_nodes, "edges": [list(e) for e in edges],
             "notes": notes}
    with open(os.path.join(HERE, name + ".svg"), "w") as f:
        f.write(svg)
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-22s %3d nodes %3d edges  max centre error %.2g" % (name, len(ids), len(edges), worst))


# ------------------------------------------------------------------ SVG check

NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def shape_centres(svg):
    root = ET.fromstring(svg)
    out = []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag == "circle" or tag == "ellipse":
            out.append((float(el.get("cx")), float(el.get("cy"))))
        elif tag == "path":
            d = el.get("d")
            toks = re.findall(r"[A-Za-z]|" + NUM, d)
            # endpoints only (M, L, A end points); enough for pikchr's boxes, ovals,
            # cylinders, files and closed lines, which are symmetric about their centre
            pts, i, cmd = [], 0, None
            while i < len(toks):
                if toks[i].isalpha():
                    cmd = toks[i]
                    i += 1
                    continue
                k = {"M": 2, "L": 2, "A": 7, "Q": 4, "C": 6}[cmd]
                v = [float(t) for t in toks[i:i + k]]
                pts.append((v[-2], v[-1]))
                i += k
            if len(pts) >= 4:
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                out.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    return out


def check(name, svg, nodes):
    cs = shape_centres(svg)
    worst = 0.0
    for n in nodes:
        d = min(math.hypot(n["x"] - x, n["y"] - y) for x, y in cs)
        worst = max(worst, d)
        if d > 0.01:
            raise SystemExit("%s: no shape centred at node %s (%.3f away)" % (name, n["id"], d))
    return worst


# ------------------------------------------------------------------ drawings

def loop(n, side="n", h=0.35, w=0.2, head="->"):
    """A self-loop as Pikchr users draw it: a spline leaving and re-entering n."""
    if side == "n":
        return "spline %s from %s.nw then to %s.nw + (%s,%s) then to %s.ne + (%s,%s) then to %s.ne" % (
            head, n, n, fmt(-0.05), fmt(h), n, fmt(0.05), fmt(h), n)
    if side == "s":
        return "spline %s from %s.sw then to %s.sw + (-0.05,%s) then to %s.se + (0.05,%s) then to %s.se" % (
            head, n, n, fmt(-h), n, fmt(-h), n)
    if side == "e":
        return "spline %s from %s.ne then to %s.ne + (%s,0.05) then to %s.se + (%s,-0.05) then to %s.se" % (
            head, n, n, fmt(h), n, fmt(h), n)
    raise ValueError(side)


def flowchart():
    g = G()
    g.node("start", "oval", 0, 0, "Start")
    g.node("read", "box", 0, -0.8, "Read request")
    g.node("auth", "diamond", 0, -1.8, "Auth?", extra=(0.55, 0.35))
    g.node("serve", "box", 0, -2.9, "Serve page", 'rad 0.08')
    g.node("deny", "box", 1.6, -1.8, "401")
    g.node("end", "oval", 0, -3.8, "End")
    g.raw("arrow from start.s to read.n")
    g.raw("arrow from read.s to (0,-1.45)")
    g.raw('arrow from (0,-2.15) to serve.n "yes" ljust')
    g.raw('arrow from (0.55,-1.8) to deny.w "no" above')
    g.raw("arrow from serve.s to end.n")
    g.raw("arrow from deny.s down until even with end then to end.e")
    edges = [("start", "read"), ("read", "auth"), ("auth", "serve"), ("auth", "deny"),
             ("serve", "end"), ("deny", "end")]
    emit("flowchart", g, edges, True,
         "Flowchart: `oval` terminals, `box` steps (one with `rad`), a decision drawn as a "
         "closed `line` diamond with its text as a separate `text`, yes/no labels on arrows, "
         "one arrow routed `down until even with end then to end.e`.")


def state_machine():
    g = G()
    g.node("q0", "circle", 0, 0, "q0", "rad 0.25")
    g.node("q1", "circle", 1.6, 0, "q1", "rad 0.25")
    g.node("q2", "circle", 3.2, 0, "q2", "rad 0.25")
    g.raw("circle rad 0.2 at q2")               # accepting: inner ring
    g.raw('arrow from q0.w - (0.5,0) to q0.w "start" above')
    g.raw('arc -> cw from q0.ne to q1.nw "a" above')
    g.raw('arc -> cw from q1.sw to q0.se "b" below')
    g.raw('arrow from q1.e to q2.w chop "a" above')
    g.raw(loop("q1") + ' "b" above')
    g.raw(loop("q2", "s") + ' "a,b" below')
    g.raw(loop("q0", "s") + ' "a" below')
    edges = [("q0", "q1"), ("q1", "q0"), ("q1", "q2"), ("q1", "q1"), ("q2", "q2"), ("q0", "q0")]
    emit("state-machine", g, edges, True,
         "Automaton: `circle` states, an accepting state drawn as a second smaller circle "
         "inside (same node), a `start` arrow from nothing, a reciprocal pair as `arc -> cw`, "
         "three self-loops as 3-point `spline ->`s from .nw to .ne (or .sw to .se), edge "
         "labels.")


def tree():
    g = G()
    pos = {"1": (0, 0), "2": (-1.6, -0.8), "3": (1.6, -0.8), "4": (-2.4, -1.6), "5": (-0.8, -1.6),
           "6": (0.8, -1.6), "7": (2.4, -1.6), "8": (-2.8, -2.4), "9": (-2.0, -2.4)}
    for k, (x, y) in pos.items():
        g.node("n" + k, "circle", x, y, k, "rad 0.18")
    edges = [("n1", "n2"), ("n1", "n3"), ("n2", "n4"), ("n2", "n5"), ("n3", "n6"), ("n3", "n7"),
             ("n4", "n8"), ("n4", "n9")]
    for a, b in edges:
        g.raw("line from %s to %s chop" % (a, b))
    emit("tree", g, edges, False,
         "Binary tree of small numbered `circle`s joined by `line … chop` (undirected, "
         "stopping at the circles).")


def network():
    g = G()
    g.node("inet", "cloud" if False else "ellipse", 1.5, 0, "Internet", "wid 1.1 ht 0.45")
    g.node("fw", "box", 1.5, -0.9, "firewall", "fill lightgray")
    g.node("web1", "box", 0.3, -1.9, "web1", "rad 0.05")
    g.node("web2", "box", 1.5, -1.9, "web2", "rad 0.05")
    g.node("web3", "box", 2.7, -1.9, "web3", "rad 0.05")
    g.node("db", "cylinder", 0.9, -3.0, "db")
    g.node("files", "file", 2.1, -3.0, "NFS")
    g.node("spare", "box", 3.9, -3.0, "spare", "dashed")
    g.raw("line from inet to fw chop")
    for w in ("web1", "web2", "web3"):
        g.raw("line from fw.s to %s.n" % w)
    g.raw("line from web1.s to db.n")
    g.raw("line from web2.s to db.n")
    g.raw("line dashed from web2.s to files.n")
    g.raw("line dashed from web3.s to files.n")
    edges = [("inet", "fw"), ("fw", "web1"), ("fw", "web2"), ("fw", "web3"), ("web1", "db"),
             ("web2", "db"), ("web2", "files"), ("web3", "files")]
    emit("network", g, edges, False,
         "Server rack: an `ellipse`, a grey-filled `box`, rounded boxes, a `cylinder` "
         "database and a `file`, joined by plain and dashed `line`s that fan out from one "
         "point (.s of the firewall) and meet at one point (.n of db and files). The dashed "
         "box `spare` has no edge.")


def pipeline():
    g = G()
    xs = [0, 1.3, 2.6, 3.9]
    names = ["src", "tok", "ast", "ir"]
    labels = ["source", "tokens", "AST", "IR"]
    for n, l, x in zip(names, labels, xs):
        g.node(n, "box", x, 0, l, "wid 0.8 ht 0.4")
    g.node("x86", "box", 5.3, 0.6, "x86", "wid 0.7 ht 0.35 rad 0.1")
    g.node("arm", "box", 5.3, 0.0, "ARM", "wid 0.7 ht 0.35 rad 0.1")
    g.node("wasm", "box", 5.3, -0.6, "wasm", "wid 0.7 ht 0.35 rad 0.1")
    g.raw('arrow from src.e to tok.w "lex" above')
    g.raw('arrow from tok.e to ast.w "parse" above')
    g.raw('arrow from ast.e to ir.w "lower" above')
    g.raw("spline -> from ir.e right 0.3 then up 0.6 right 0.3 then to x86.w")
    g.raw("arrow from ir.e to arm.w")
    g.raw("spline -> from ir.e right 0.3 then down 0.6 right 0.3 then to wasm.w")
    edges = [("src", "tok"), ("tok", "ast"), ("ast", "ir"), ("ir", "x86"), ("ir", "arm"), ("ir", "wasm")]
    emit("pipeline", g, edges, True,
         "Compiler pipeline: boxes with `wid`/`ht`, arrows labelled `above`, then a fan-out "
         "of two `spline ->`s and one straight arrow that all start at the same point (ir.e).")


def shapes_zoo():
    g = G()
    g.node("b", "box", 0, 0, "box")
    g.node("c", "circle", 1.5, 0, "circle")
    g.node("e", "ellipse", 3.0, 0, "ellipse")
    g.node("o", "oval", 0, -1.2, "oval")
    g.node("y", "cylinder", 1.5, -1.2, "cylinder")
    g.node("f", "file", 3.0, -1.2, "file")
    g.node("d", "diamond", 4.5, -0.6, "diamond", extra=(0.5, 0.35))
    g.raw("arrow from b to c chop")
    g.raw("arrow from c to e chop")
    g.raw("arrow <- from o to y chop")
    g.raw("arrow from f to y chop")
    g.raw("arrow from b to o chop")
    g.raw("arrow from e.e to (4.5,-0.25)")
    g.raw("arrow from (4.5,-0.95) to f.e")
    edges = [("b", "c"), ("c", "e"), ("y", "o"), ("f", "y"), ("b", "o"), ("e", "d"), ("d", "f")]
    emit("shapes-zoo", g, edges, True,
         "Every Pikchr shape of this build: box, circle, ellipse, oval, cylinder, file, and a "
         "diamond as a closed `line`. Arrows with `chop` (cut at the shapes' outlines), one "
         "written `arrow <-` so its head is at its first point (y -> o).")


def multigraph():
    g = G()
    g.node("A", "circle", 0, 0, "A", "rad 0.3")
    g.node("B", "circle", 2.0, 0, "B", "rad 0.3")
    g.node("C", "circle", 1.0, -1.6, "C", "rad 0.3")
    g.raw("arrow from A.e + (0,0.08) to B.w + (0,0.08)")
    g.raw("arrow from A.e - (0,0.08) to B.w - (0,0.08)")
    g.raw('arc -> cw from A.n to B.n "x" above')
    g.raw('arc -> cw from B.s to A.s')
    g.raw("arrow from B to C chop")
    g.raw("arc -> cw from C.w to A.s")
    g.raw("arc -> cw from B.sw to C.ne")
    edges = [("A", "B"), ("A", "B"), ("A", "B"), ("B", "A"), ("B", "C"), ("C", "A"), ("B", "C")]
    emit("multigraph", g, edges, True,
         "Multigraph: three A->B edges (two straight arrows offset by 0.08 in, one `arc` over "
         "the top), a B->A `arc` under them, and B->C twice (straight and `arc`).")


def dots():
    g = G()
    pts = {"a": (0, 0), "b": (1, 0.4), "c": (2, 0), "d": (0.4, -1), "e": (1.6, -1), "f": (3.2, -0.6)}
    for k, (x, y) in pts.items():
        g.node(k, "dot", x, y, k.upper(), "rad 0.04")
        g.raw('text "%s" at %s.n + (0,0.12)' % (k.upper(), k))
    edges = [("a", "b"), ("b", "c"), ("c", "e"), ("e", "d"), ("d", "a"), ("a", "c"), ("b", "d")]
    for a, b in edges:
        g.raw("line from %s to %s" % (a, b))
    emit("dots", g, edges, False,
         "Graph of `dot rad 0.04` vertices (filled circles) with letters above them and plain "
         "`line`s centre to centre; F is an isolated dot.")


def er():
    g = G()
    g.node("cust", "box", 0, 0, "Customer", "wid 1 fill 0xffffcc")
    g.node("ord", "box", 2.5, 0, "Order", "wid 1 fill 0xffffcc")
    g.node("prod", "box", 2.5, -1.4, "Product", "wid 1 fill 0xffffcc")
    g.node("addr", "ellipse", 0, -1.4, "address", "wid 0.9 ht 0.4")
    g.node("cid", "ellipse", -1.3, 0.7, "id", "wid 0.6 ht 0.35")
    g.raw('line from cust.e to ord.w')
    g.raw('text "1" at cust.e + (0.1,0.1)')
    g.raw('text "N" at ord.w + (-0.1,0.1)')
    g.raw('line from ord.s to prod.n "contains" ljust')
    g.raw('line from cust to addr chop')
    g.raw('line from cust to cid chop')
    edges = [("cust", "ord"), ("ord", "prod"), ("cust", "addr"), ("cust", "cid")]
    emit("er-diagram", g, edges, False,
         "ER-style sketch: filled boxes (`fill 0xffffcc`), attribute ellipses, plain "
         "`line`s; cardinality texts `1`/`N` beside the line ends and a relation name beside a "
         "vertical line.")


def both_ends():
    g = G()
    g.node("cpu", "box", 0, 0, "CPU", "wid 0.9 ht 0.6")
    g.node("mem", "box", 2.0, 0, "RAM", "wid 0.9 ht 0.6")
    g.node("gpu", "box", 0, -1.4, "GPU", "wid 0.9 ht 0.6")
    g.node("disk", "cylinder", 2.0, -1.4, "SSD")
    g.node("nic", "oval", 4.0, -0.7, "NIC")
    g.raw('arrow <-> from cpu.e to mem.w "bus" above')
    g.raw("arrow <-> from cpu.s to gpu.n")
    g.raw("arrow <-> from mem.s to disk.n")
    g.raw("arc <-> ccw from gpu.s to disk.s")
    g.raw("spline <-> from mem.e right 0.6 then down 0.4 then to nic.n")
    edges = [("cpu", "mem"), ("cpu", "gpu"), ("mem", "disk"), ("gpu", "disk"), ("mem", "nic")]
    emit("both-ends", g, edges, False,
         "Hardware block diagram where every edge is `<->` (straight, `arc`, `spline`): heads "
         "at both ends, so undirected.")


def fsm_labels():
    g = G()
    g.node("idle", "oval", 0, 0, "idle", "wid 0.9")
    g.node("run", "oval", 2.2, 0, "running", "wid 0.9")
    g.node("wait", "oval", 2.2, -1.4, "waiting", "wid 0.9")
    g.node("done", "oval", 0, -1.4, "done", "wid 0.9 thick")
    g.raw('arrow from idle.e to run.w "start" above')
    g.raw('arrow from run.s to wait.n "block" rjust')
    g.raw('arc -> ccw from wait.e + (0,0.05) to run.e + (0,-0.05) "wake" ljust')
    g.raw('arrow from run.sw to done.ne "exit" above aligned')
    g.raw(loop("run", "n", 0.3) + ' "tick" above')
    g.raw('arrow dashed from done.n to idle.s "reset" ljust')
    edges = [("idle", "run"), ("run", "wait"), ("wait", "run"), ("run", "done"), ("run", "run"),
             ("done", "idle")]
    emit("fsm-ovals", g, edges, True,
         "Process states as `oval`s (one `thick`), labelled arrows (one label `aligned` "
         "along a diagonal), a `wake` arc beside a straight edge, a self-loop `spline` on top "
         "and a dashed arrow.")


def grid():
    g = G()
    for i in range(3):
        for j in range(4):
            g.node("v%d%d" % (i, j), "box", j * 1.0, -i * 0.8, "%d,%d" % (i, j), "wid 0.5 ht 0.35 rad 0.05")
    edges = []
    for i in range(3):
        for j in range(4):
            if j < 3:
                edges.append(("v%d%d" % (i, j), "v%d%d" % (i, j + 1)))
                g.raw("line from v%d%d.e to v%d%d.w" % (i, j, i, j + 1))
            if i < 2:
                edges.append(("v%d%d" % (i, j), "v%d%d" % (i + 1, j)))
                g.raw("line from v%d%d.s to v%d%d.n" % (i, j, i + 1, j))
    g.raw('text "3 x 4 mesh" italic at (1.5, 0.55)')
    emit("grid-mesh", g, edges, False,
         "3 x 4 mesh of small rounded boxes with `i,j` labels, lines from side to side, an "
         "italic title above.")


def main():
    global PIKCHR_SHA
    if os.path.isdir(WORK):
        for f in os.listdir(WORK):
            if f.endswith((".pikchr", ".svg")):
                os.remove(os.path.join(WORK, f))
    PIKCHR_SHA = build_tools()
    flowchart()
    state_machine()
    tree()
    network()
    pipeline()
    shapes_zoo()
    multigraph()
    dots()
    er()
    both_ends()
    fsm_labels()
    grid()


if __name__ == "__main__":
    main()
