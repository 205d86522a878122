#!/usr/bin/env python3
"""Regenerate the schemdraw-flow corpus: flowcharts and state diagrams drawn
with schemdraw's flowchart elements (schemdraw.flow) and written by
schemdraw's own SVG backend (schemdraw.use('svg')).

Truth:
  * nodes: the flow elements the script places (Start, Box, Decision, Data,
    Subroutine, Ellipse, Connect, State, StateEnd, ...); position = the
    element's absolute 'center' anchor (element.center, drawing units, y
    up), mapped as the SVG backend maps every point:
        X = x * S,  Y = -y * S,  S = 72 pt/in * inches_per_unit (0.5) = 36
    (the backend writes no transform; the viewBox holds the offset). The
    script checks this against the written viewBox, which must be
    (xmin - m) * S, (-ymax - m) * S, (xmax - xmin + 2m) * S, ... for the
    drawing's bbox and the backend's margin m;
  * edges: the connector each call to `edge()` draws (Arrow, Line, Wire,
    Arc2, ArcLoop), from the element it starts at to the element it ends
    at, as the script wires them;
  * label: the element's label text.

Run:  python3 generate.py     (needs schemdraw; see README)
"""
import json
import os
import re

import schemdraw
from schemdraw import flow

schemdraw.use("svg")
HERE = os.path.dirname(os.path.abspath(__file__))
S = 72 * 0.5
GEN = "schemdraw %s flow elements, svg backend" % schemdraw.__version__


class G:
    def __init__(self, directed):
        self.directed = directed
        self.nodes = []   # (id, element, label)
        self.edges = []

    def node(self, nid, el, label):
        self.nodes.append((nid, el, label))
        return el

    def edge(self, a, b):
        self.edges.append([a, b])


def save(name, d, g, notes):
    path = os.path.join(HERE, name + ".svg")
    d.save(path)
    svg = open(path).read()
    vb = [float(v) for v in re.search(r'viewBox="([^"]+)"', svg).group(1).split()]
    bb = d.get_bbox()
    m = 0.1 + 2 / 72  # backend margin: config margin 0.1 + line width 2 pt in units
    want = [(bb.xmin - m) * S, (-bb.ymax - m) * S, (bb.xmax - bb.xmin + 2 * m) * S, (bb.ymax - bb.ymin + 2 * m) * S]
    assert all(abs(a - b) < 0.01 for a, b in zip(vb, want)), (name, vb, want)
    nodes = []
    for nid, el, label in g.nodes:
        c = el.center
        n = {"id": nid, "x": round(c[0] * S, 4) + 0.0, "y": round(-c[1] * S, 4) + 0.0}
        if label:
            n["label"] = label
        nodes.append(n)
    truth = {"generator": GEN, "directed": g.directed, "nodes": nodes, "edges": g.edges, "notes": notes}
    with open(os.path.join(HERE, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-26s %3d nodes %3d edges %6d bytes" % (name, len(nodes), len(g.edges), os.path.getsize(path)))


def drawing():
    d = schemdraw.Drawing(show=False)
    d.config(fontsize=11, unit=1.5)
    return d


# 1. the schemdraw docs' basic flowchart shape: start, process, decision with yes/no, loop back
def basic():
    g = G(True)
    with drawing() as d:
        st = g.node("start", flow.Start().label("Start"), "Start")
        flow.Arrow().down(d.unit / 2); g.edge("start", "read")
        rd = g.node("read", flow.Data(w=3).label("Read x"), "Read x")
        flow.Arrow().down(d.unit / 2); g.edge("read", "test")
        t = g.node("test", flow.Decision(w=3.5, h=2, E="yes", S="no").label("x > 0 ?"), "x > 0 ?")
        flow.Arrow().right(d.unit).at(t.E); g.edge("test", "pos")
        pos = g.node("pos", flow.Box(w=3, h=1).anchor("W").label("y = log x"), "y = log x")
        flow.Arrow().down(d.unit / 2).at(t.S); g.edge("test", "neg")
        neg = g.node("neg", flow.Box(w=3, h=1).label("x = -x"), "x = -x")
        flow.Wire("c", k=-1.2, arrow="->").at(neg.W).to(t.W); g.edge("neg", "test")
        flow.Arrow().down(d.unit).at(pos.S); g.edge("pos", "out")
        out = g.node("out", flow.Data(w=3).label("Print y"), "Print y")
        flow.Arrow().down(d.unit / 2).at(out.S); g.edge("out", "end")
        g.node("end", flow.Terminal().label("End"), "End")
    save("basic-decision-7", d, g,
         "Start (stadium), Data parallelograms, a Decision diamond with yes/no labels at its corners, "
         "Boxes; straight Arrows and a 'c'-shaped Wire looping from the 'no' box back to the diamond's "
         "west corner; each element drawn as one closed path, arrowheads as filled polygons")


# 2. wires of every shape between scattered elements
def wires():
    g = G(True)
    with drawing() as d:
        a = g.node("A", flow.Start(w=2.5, h=1).at((0, 0)).anchor("center").label("begin"), "begin")
        b = g.node("B", flow.Box(w=2.5, h=1).at((5, 0)).anchor("center").label("load"), "load")
        c = g.node("C", flow.Subroutine(w=3, h=1).at((10, 0)).anchor("center").label("parse()"), "parse()")
        dd = g.node("D", flow.Decision(w=3, h=1.8).at((10, -4)).anchor("center").label("valid?"), "valid?")
        e = g.node("E", flow.RoundBox(w=2.5, h=1).at((5, -4)).anchor("center").label("fix"), "fix")
        f = g.node("F", flow.Ellipse(w=2.5, h=1.2).at((14.5, -7.5)).anchor("center").label("store"), "store")
        h = g.node("H", flow.Connect(r=0.45).at((0, -4)).anchor("center").label("1"), "1")
        k = g.node("K", flow.Process(w=2.5, h=1).at((5, -8)).anchor("center").label("report"), "report")
        m = g.node("M", flow.Terminal(w=2, h=0.9).at((0, -8)).anchor("center").label("done"), "done")
        flow.Arrow().at(a.E).to(b.W); g.edge("A", "B")
        flow.Arrow().at(b.E).to(c.W); g.edge("B", "C")
        flow.Arrow().at(c.S).to(dd.N); g.edge("C", "D")
        flow.Wire("-|", arrow="->").at(dd.E).to(f.N); g.edge("D", "F")
        flow.Arrow().at(dd.W).to(e.E); g.edge("D", "E")
        flow.Wire("n", k=1, arrow="->").at(e.N).to(b.S); g.edge("E", "B")
        flow.Wire("z", k=0.5, arrow="->").at(f.W).to(k.E)
        g.edge("F", "K")
        flow.Arrow().at(e.W).to(h.E); g.edge("E", "H")
        flow.Arrow().at(h.S).to(m.N); g.edge("H", "M")
        flow.Arrow().at(k.W).to(m.E); g.edge("K", "M")
    save("wires-shapes-9", d, g,
         "elements placed with .at(): Start, Box, Subroutine (double side bars), Decision, RoundBox, "
         "Ellipse, Connect (small circle), Process, Terminal; connectors are straight Arrows and Wires of "
         "shape '-|' (elbow) and 'z' (zigzag), one 'n' wire between aligned anchors that degenerates to a straight line; all with arrowheads")


# 3. state machine: circles, final state, curved arcs both ways, self-loops
def states():
    g = G(True)
    with drawing() as d:
        s0 = g.node("idle", flow.State(r=0.6).at((0, 0)).anchor("center").label("idle"), "idle")
        s1 = g.node("run", flow.State(r=0.6).at((4, 0)).anchor("center").label("run"), "run")
        s2 = g.node("wait", flow.State(r=0.6).at((4, -4)).anchor("center").label("wait"), "wait")
        s3 = g.node("stop", flow.StateEnd(r=0.6).at((8, -2)).anchor("center").label("stop"), "stop")
        s4 = g.node("err", flow.State(r=0.6).at((0, -4)).anchor("center").label("err"), "err")
        flow.Arc2(arrow="->").at(s0.NE).to(s1.NW).label("go"); g.edge("idle", "run")
        flow.Arc2(arrow="->").at(s1.SW).to(s0.SE).label("pause"); g.edge("run", "idle")
        flow.Arc2(arrow="->").at(s1.SE).to(s2.NE).label("block"); g.edge("run", "wait")
        flow.Arc2(k=-0.5, arrow="->").at(s2.N).to(s1.S).label("wake")
        g.edge("wait", "run")
        flow.Arrow().at(s1.E).to(s3.NW).label("halt"); g.edge("run", "stop")
        flow.Arrow().at(s2.E).to(s3.SW).label("kill"); g.edge("wait", "stop")
        flow.Arrow().at(s2.W).to(s4.E).label("fail"); g.edge("wait", "err")
        flow.Arrow().at(s4.N).to(s0.S).label("reset"); g.edge("err", "idle")
        flow.ArcLoop(radius=0.5, arrow="->").at(s0.W).to(s0.N).label("tick")
        g.edge("idle", "idle")
        flow.ArcLoop(radius=0.5, arrow="->").at(s4.S).to(s4.W).label("retry"); g.edge("err", "err")
        flow.ArcLoop(radius=0.5, arrow="->").at(s1.N).to(s1.E).label("step"); g.edge("run", "run")
    save("state-machine-5", d, g,
         "State circles and a StateEnd (double circle); curved Arc2 arrows both ways between idle and run "
         "and between run and wait (two directed edges per pair), straight labelled Arrows, three ArcLoop "
         "self-loops (idle, err, run); transition labels as text beside the arcs")


# 4. undirected: org chart with plain lines
def orgchart():
    g = G(False)
    with drawing() as d:
        boss = g.node("ceo", flow.RoundBox(w=3, h=1).at((6, 0)).anchor("center").label("CEO"), "CEO")
        heads = []
        for i, (hid, nm) in enumerate([("sales", "Sales"), ("rd", "Research"), ("ops", "Ops")]):
            el = g.node(hid, flow.Box(w=2.6, h=1).at((1 + 5 * i, -3)).anchor("center").label(nm), nm)
            heads.append((hid, el))
            flow.Line().at(boss.S).to(el.N)
            g.edge("ceo", hid)
        teams = {"sales": ["North", "South"], "rd": ["Lab", "QA", "Docs"], "ops": ["IT"]}
        for hid, el in heads:
            for j, t in enumerate(teams[hid]):
                tx = el.center[0] - 1.4 * (len(teams[hid]) - 1) / 2 + 1.4 * j
                te = g.node(t.lower(), flow.Ellipse(w=1.3, h=0.8).at((tx, -6)).anchor("center").label(t, fontsize=9), t)
                flow.Line().at(el.S).to(te.N)
                g.edge(hid, t.lower())
    save("orgchart-lines-10", d, g,
         "undirected tree: RoundBox root, Box heads, Ellipse teams; connectors are plain Lines without "
         "arrowheads, all of a parent's lines leaving its bottom anchor (fan-out from one point)")


# 5. a longer flowchart, 20 elements, several decisions and merge points
def longflow():
    g = G(True)
    with drawing() as d:
        d.config(fontsize=10)
        x0, y = 0, 0
        st = g.node("s", flow.Start(w=2, h=0.9).at((0, 0)).anchor("center").label("start"), "start")
        prev = "s"
        prev_el = st
        col = [("i1", "init"), ("q1", "more?"), ("p1", "fetch"), ("q2", "cached?"), ("p2", "compute"),
               ("p3", "cache it"), ("p4", "emit"), ("q3", "error?"), ("p5", "count")]
        els = {"s": st}
        yy = 0
        for nid, lab in col:
            yy -= 2.2
            if nid.startswith("q"):
                el = flow.Decision(w=2.6, h=1.6).at((0, yy)).anchor("center").label(lab)
            elif nid == "i1":
                el = flow.Data(w=2.6, h=1).at((0, yy)).anchor("center").label(lab)
            else:
                el = flow.Box(w=2.6, h=1).at((0, yy)).anchor("center").label(lab)
            g.node(nid, el, lab)
            els[nid] = el
            flow.Arrow().at(prev_el.S).to(el.N); g.edge(prev, nid)
            prev, prev_el = nid, el
        # side elements
        side = [("e1", "done", flow.Terminal, (5, -2.2 * 2)), ("h1", "hit", flow.Box, (5, -2.2 * 4)),
                ("r1", "retry", flow.RoundBox, (-5, -2.2 * 8)), ("l1", "log", flow.Subroutine, (5, -2.2 * 8)),
                ("c1", "A", flow.Connect, (0, -2.2 * 10.3)), ("c2", "A", flow.Connect, (-5, -2.2 * 2)),
                ("x1", "backoff", flow.Process, (-5, -2.2 * 5)), ("z1", "alarm", flow.Ellipse, (9, -2.2 * 8)),
                ("f1", "flush", flow.Box, (5, -2.2 * 10.3)), ("e2", "end", flow.Terminal, (9, -2.2 * 10.3))]
        for nid, lab, cls, at in side:
            if cls is flow.Connect:
                el = cls(r=0.4).at(at).anchor("center").label(lab)
            else:
                el = cls(w=2.2, h=0.9).at(at).anchor("center").label(lab)
            g.node(nid, el, lab)
            els[nid] = el
        E = els
        flow.Arrow().at(E["q1"].E).to(E["e1"].W).label("no"); g.edge("q1", "e1")
        flow.Arrow().at(E["q2"].E).to(E["h1"].W).label("yes"); g.edge("q2", "h1")
        flow.Wire("|-", arrow="->").at(E["h1"].S).to(E["p4"].E); g.edge("h1", "p4")
        flow.Arrow().at(E["q3"].W).to(E["r1"].E).label("yes"); g.edge("q3", "r1")
        flow.Arrow().at(E["r1"].N).to(E["x1"].S); g.edge("r1", "x1")
        flow.Arrow().at(E["x1"].N).to(E["c2"].S); g.edge("x1", "c2")
        flow.Arrow().at(E["c2"].E).to(E["q1"].W)
        g.edge("c2", "q1")
        flow.Arrow().at(E["q3"].E).to(E["l1"].W).label("log"); g.edge("q3", "l1")
        flow.Arrow().at(E["l1"].E).to(E["z1"].W); g.edge("l1", "z1")
        flow.Arrow().at(E["p5"].S).to(E["c1"].N); g.edge("p5", "c1")
        flow.Arrow().at(E["c1"].E).to(E["f1"].W); g.edge("c1", "f1")
        flow.Arrow().at(E["f1"].E).to(E["e2"].W); g.edge("f1", "e2")
    save("long-flow-20", d, g,
         "20 elements: a main column of Data/Decision/Box elements with side branches (Terminal, Box, "
         "RoundBox, Subroutine, Process, Ellipse), two Connect circles labelled 'A' (on-page connectors, "
         "separate nodes), decision branch labels 'yes'/'no'/'log' on the arrows, an elbow Wire")


if __name__ == "__main__":
    basic()
    wires()
    states()
    orgchart()
    longflow()
