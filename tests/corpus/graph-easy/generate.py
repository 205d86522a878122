#!/usr/bin/env python3
"""Build the Graph::Easy corpus: NAME.txt / NAME.dot (the input), NAME.svg,
NAME.truth.json.

Usage:  python3 generate.py [SUBSTRING ...]    (no argument: every drawing)

Needs Debian's libgraph-easy-perl 0.76 (Graph::Easy 0.76, Graph::Easy::As_svg
0.28) and perl's JSON::PP. A small Perl driver (below) does what the
`graph-easy --as=svg` command does (Parser or Parser::Graphviz ->from_file,
->timeout(240), ->as_svg_file) and records, in the same process, every node's
drawn box: Graph::Easy::Node::as_svg($x, $y) is wrapped, so the layout's own
pixel position ($x, $y = top-left of the node's cells) and size ($node->{w},
$node->{h}) are captured as the SVG is written. Truth x = $x + w/2,
y = $y + h/2. The SVG shape functions centre every shape used here on that
point; the script checks it against the written SVG (exactly one outlined
shape centred there, to 0.01).

The only departure from the command: `localtime` is pinned to the epoch
(CORE::GLOBAL::localtime), because As_svg writes "Generated at <localtime>"
into a comment and the files should not change from run to run.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))

DRIVER = r'''
use strict;
use warnings;
BEGIN {
  # As_svg writes "Generated at " . scalar localtime(); pin it for reproducible files
  *CORE::GLOBAL::localtime = sub { return wantarray ? CORE::gmtime(0) : scalar CORE::gmtime(0); };
}
use Graph::Easy;
use Graph::Easy::Parser;
use Graph::Easy::Parser::Graphviz;
use Graph::Easy::As_svg;
use Graph::Easy::Layout::Grid;
use JSON::PP;

my ($in, $fmt, $svgfile, $jsonfile) = @ARGV;
my $parser = $fmt eq 'dot' ? Graph::Easy::Parser::Graphviz->new() : Graph::Easy::Parser->new();
my $graph = $parser->from_file($in);
my $error = '';
$error = $parser->error() if !$graph || $parser->error();
$error = $graph->error() if $graph && $graph->error();
die($error) if $error;

my @drawn;
{
  no warnings 'redefine';
  my $orig = \&Graph::Easy::Node::as_svg;
  *Graph::Easy::Node::as_svg = sub {
    my ($self, $x, $y) = @_;
    if (ref($self) eq 'Graph::Easy::Node') {
      push @drawn, { name => $self->{name}, x => $x + 0, y => $y + 0,
                     w => $self->{w} + 0, h => $self->{h} + 0,
                     shape => $self->attribute('shape'),
                     label => $self->label() };
    }
    return $orig->(@_);
  };
}

$graph->timeout(240);
my $svg = $graph->as_svg_file();
open(my $F, '>:raw', $svgfile) or die "$svgfile: $!";
print $F $svg;
close $F;

my @edges;
for my $e (sort { $a->{id} <=> $b->{id} } $graph->edges()) {
  push @edges, { from => $e->from()->{name}, to => $e->to()->{name},
                 undirected => ($e->undirected() ? 1 : 0),
                 bidirectional => ($e->bidirectional() ? 1 : 0),
                 arrowstyle => $e->attribute('arrowstyle'),
                 label => $e->label() };
}
my @nodes = map { $_->{name} } $graph->sorted_nodes('name');
open(my $J, '>:raw', $jsonfile) or die;
print $J JSON::PP->new->canonical->encode({ drawn => \@drawn, edges => \@edges,
                                             nodes => \@nodes });
close $J;
'''

# ---------------------------------------------------------------- the drawings
DRAWINGS = []


def drawing(name, fmt, src, notes):
    DRAWINGS.append(dict(name=name, fmt=fmt, src=src.lstrip("\n"), notes=notes))


drawing("shapes-chain-11", "txt", """
# one node per shape Graph::Easy draws symmetric about its cell centre
graph { flow: east; }

[ rect ] { shape: rect; }
  -> [ rounded ] { shape: rounded; }
  -> [ circle ] { shape: circle; }
  -> [ ellipse ] { shape: ellipse; }
  -> [ diamond ] { shape: diamond; }
[ diamond ]
  -> { flow: south; } [ hexagon ] { shape: hexagon; }
  -> { flow: west; } [ octagon ] { shape: octagon; }
  -> [ parallelogram ] { shape: parallelogram; }
  -> [ trapezium ] { shape: trapezium; }
  -> [ house ] { shape: house; }
  -> [ invtrapezium ] { shape: invtrapezium; }
[ rect ] -> [ invtrapezium ]
""", "One node per shape: rect, rounded (rect with rx=ry=15), circle, ellipse, diamond, "
     "hexagon, octagon, parallelogram, trapezium, house, invtrapezium (the last seven are "
     "<polygon>s), a chain bending south then west, plus one long edge back. Node ids are "
     "the shape names. Graph::Easy draws each edge as <line>s/<path> ending in a "
     "<use xlink:href=\"#ah\"> of an open arrowhead (two short lines) defined in <defs>.")

drawing("edge-labels-styles-8", "txt", """
graph { flow: south; }
node { shape: rounded; fill: #f0f0ff; }

[ Request ] -- parse --> [ Router ]
[ Router ] -- GET --> [ Cache ]
[ Router ] -- POST --> { style: bold; } [ Handler ]
[ Cache ] -- miss --> { style: dashed; } [ Handler ]
[ Handler ] -- query --> { style: dotted; arrowstyle: filled; } [ Database ] { shape: ellipse; }
[ Database ] -- rows --> { style: double; } [ Handler ]
[ Handler ] -- render --> { color: red; } [ Template ] { shape: rect; }
[ Template ] -- html --> { arrowstyle: closed; } [ Response ]
[ Cache ] -- hit --> { style: wave; } [ Response ]
[ Response ] -> { style: double-dash; } [ Logger ] { shape: rect; border: dashed; }
""", "Edge labels (<text> inside the edge's <g class=\"edge\">) and edge styles: bold, "
     "dashed, dotted, double (two parallel lines), wave (a zig-zag <path>), double-dash, a red "
     "edge; arrowstyle open (default, two lines), filled and closed (<polygon> heads). "
     "Reciprocal pair Handler <-> Database. Rounded nodes by default, with fills.")

drawing("undirected-12", "txt", """
graph { type: undirected; flow: east; }
node { shape: ellipse; }

[ a ] -- [ b ] -- [ c ] -- [ d ]
[ a ] -- [ e ] -- [ f ] -- [ d ]
[ b ] -- [ f ]
[ e ] -- [ g ] { shape: circle; } -- [ h ] -- [ d ]
[ c ] -- [ i ] { shape: rect; } -- [ j ] { shape: rect; }
[ g ] -- [ k ] { shape: diamond; } -- [ l ] { shape: diamond; } -- [ j ]
[ h ] -- [ l ]
""", "Undirected (`--`, graph type undirected): no arrowheads, edges are plain <line>s and "
     "corner pieces. Ellipses, a circle, rects and diamonds; several cycles.")

drawing("groups-8", "txt", """
graph { flow: east; }

( Frontend:
  [ Browser ] -> [ Web ] { shape: rounded; }
)
( Backend:
  [ API ] -> [ Auth ] { shape: circle; }
  [ API ] -> [ Jobs ] { shape: diamond; }
) { fill: #ffe0e0; }
( Storage:
  [ DB ] { shape: ellipse; }
  [ Blob ] { shape: ellipse; }
) { fill: #e0ffe0; border: dotted; }
[ Web ] -> [ API ]
[ Jobs ] -> [ DB ]
[ Auth ] -> [ DB ]
[ Jobs ] -> [ Blob ]
[ Web ] -> [ CDN ] { shape: hexagon; } -> [ Blob ]
[ Browser ] -> [ CDN ]
""", "Three groups (clusters): each group is drawn cell by cell, a filled <rect> per cell "
     "plus dashed border <line> pieces and the group label. A non-rect node inside a filled "
     "group gets a background <rect> of its whole cell first (same centre as the node, fill "
     "only, no stroke). Group frames are not nodes.")

drawing("selfloops-multi-6", "txt", """
graph { flow: east; }

[ A ] -> [ B ]
[ A ] -> [ B ]
[ B ] -> [ A ]
[ A ] -> [ A ]
[ B ] -> [ C ] { shape: circle; }
[ C ] -> [ C ]
[ C ] -> [ D ] -> [ E ] { shape: ellipse; } -> [ F ]
[ D ] -> [ F ]
[ D ] -> [ F ]
[ F ] -> [ F ]
[ E ] -> [ D ]
""", "Multigraph: A->B twice (parallel), B->A back, D->F twice, D<->E both ways. "
     "Self-loops on A, C (a circle) and F: each a <path> of three straight pieces leaving and "
     "re-entering the same node side, with the arrowhead <use> rotated. Graph::Easy makes "
     "nodes with many edges span several cells (taller boxes).")

drawing("dot-input-14", "dot", """
digraph pipeline {
  rankdir=LR;
  node [shape=box];
  src [label="source"];
  lex [label="lexer", shape=ellipse];
  parse [label="parser", shape=ellipse];
  ast [label="AST", shape=diamond];
  sema [label="checker"];
  ir [label="IR", shape=circle];
  opt1 [label="inline"];
  opt2 [label="fold"];
  opt3 [label="dce"];
  cg [label="codegen", shape=hexagon];
  asm [label="asm"];
  obj [label="object", shape=octagon];
  link [label="linker"];
  exe [label="a.out", shape=doublecircle];
  src -> lex -> parse -> ast -> sema -> ir;
  ir -> opt1 -> opt2 -> opt3 -> ir;
  ir -> cg -> asm -> obj -> link -> exe;
  sema -> parse [label="error", style=dashed];
  opt2 -> cg;
}
""", "DOT input read by Graph::Easy::Parser::Graphviz (rankdir=LR, node [shape=box], labels "
     "that differ from the node ids, dashed labelled edge). Graph::Easy maps DOT shapes to "
     "its own: box -> rect, doublecircle -> circle with border-style double (two concentric "
     "<circle>s in a <g>), hexagon, octagon, diamond, ellipse. Node ids are the DOT names; "
     "the label is the drawn text.")


def large_src():
    rnd = random.Random(1)
    shapes = ["rect", "rect", "rounded", "ellipse", "circle", "diamond"]
    lines = ["# seeded with random.Random(1)", "graph { flow: east; }", ""]
    n = 30
    for i in range(n):
        lines.append(f"[ n{i} ] {{ shape: {rnd.choice(shapes)}; }}")
    edges = set()
    for i in range(1, n):
        edges.add((rnd.randrange(max(0, i - 6), i), i))
    while len(edges) < 40:
        a, b = rnd.randrange(n), rnd.randrange(n)
        if a != b and (a, b) not in edges and (b, a) not in edges:
            edges.add((min(a, b), max(a, b)))
    for a, b in sorted(edges):
        lines.append(f"[ n{a} ] -> [ n{b} ]")
    return "\n".join(lines) + "\n"


drawing("large-30", "txt", large_src(),
        "Seeded random (random.Random(1)) directed graph: 30 nodes (rect, rounded, ellipse, "
        "circle, diamond), a random tree plus extra forward edges, 40 edges. Long edges run "
        "along the grid's channels, sharing rows and columns with other edges.")


# ---------------------------------------------------------------- SVG check
def shape_boxes(svgfile):
    root = ET.parse(svgfile).getroot()
    out = []

    def walk(el, depth, stroke):
        tag = el.tag.split("}")[-1]
        stroke = el.get("stroke", stroke)
        if tag in ("defs", "text"):
            return
        bb = None
        if tag == "rect":
            x, y, w, h = (float(el.get(k)) for k in ("x", "y", "width", "height"))
            bb = (x, y, x + w, y + h)
            if depth == 1:           # the graph background (white, white border)
                bb = None
        elif tag in ("circle", "ellipse"):
            cx, cy = float(el.get("cx")), float(el.get("cy"))
            rx = float(el.get("rx", el.get("r", 0)))
            ry = float(el.get("ry", el.get("r", 0)))
            bb = (cx - rx, cy - ry, cx + rx, cy + ry)
        elif tag == "polygon":
            v = [float(t) for t in re.split(r"[ ,]+", el.get("points").strip()) if t]
            xs, ys = v[0::2], v[1::2]
            bb = (min(xs), min(ys), max(xs), max(ys))
        if bb is not None:
            # fill-only rects are cell backgrounds (groups), not outlines
            stroked = stroke not in (None, "none")
            out.append((tag, bb, stroked, el))
        for c in el:
            walk(c, depth + 1, stroke)

    walk(root, 0, None)
    return out


def verify(name, nodes, svgfile):
    boxes = shape_boxes(svgfile)
    for n in nodes:
        hits = []
        for tag, bb, stroked, el in boxes:
            if not stroked:
                continue
            if abs((bb[0] + bb[2]) / 2 - n["x"]) <= 0.01 and abs((bb[1] + bb[3]) / 2 - n["y"]) <= 0.01:
                hits.append((tag, bb))
        # a double border is two concentric copies of one shape in one <g>
        if len(hits) == 2 and hits[0][0] == hits[1][0] and n["_shape"] == "circle":
            hits = hits[:1]
        if len(hits) != 1:
            sys.exit(f"{name}: node {n['id']} centred on {len(hits)} shapes: {hits}")


def main():
    only = sys.argv[1:]
    work = tempfile.mkdtemp(prefix="graph-easy-corpus-")
    try:
        drv = os.path.join(work, "driver.pl")
        with open(drv, "w") as f:
            f.write(DRIVER)
        for d in DRAWINGS:
            if only and not any(s in d["name"] for s in only):
                continue
            src = os.path.join(HERE, d["name"] + "." + d["fmt"])
            with open(src, "w") as f:
                f.write(d["src"])
            svg = os.path.join(HERE, d["name"] + ".svg")
            js = os.path.join(work, "out.json")
            r = subprocess.run(["perl", drv, src, d["fmt"], svg, js], capture_output=True,
                               text=True, env=dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC",
                                                        PERL_HASH_SEED="0", PERL_PERTURB_KEYS="0"))
            if r.returncode != 0:
                sys.exit(f"{d['name']}: perl failed\n{r.stdout}\n{r.stderr}")
            with open(js) as f:
                data = json.load(f)
            drawn = {}
            for rec in data["drawn"]:
                if rec["name"] in drawn:
                    sys.exit(f"{d['name']}: node {rec['name']} drawn twice")
                drawn[rec["name"]] = rec
            if sorted(drawn) != sorted(data["nodes"]):
                sys.exit(f"{d['name']}: drawn {sorted(drawn)} != graph nodes {data['nodes']}")
            nodes = []
            for name in data["nodes"]:
                rec = drawn[name]
                nodes.append({"id": name, "x": round(rec["x"] + rec["w"] / 2, 6),
                              "y": round(rec["y"] + rec["h"] / 2, 6), "label": rec["label"],
                              "_shape": rec["shape"]})
            verify(d["name"], nodes, svg)
            edges, kinds = [], set()
            for e in data["edges"]:
                if e["bidirectional"]:
                    sys.exit(f"{d['name']}: bidirectional edges are not used here")
                headed = not e["undirected"] and e["arrowstyle"] != "none"
                kinds.add(headed)
                edges.append([e["from"], e["to"]])
            if len(kinds) != 1:
                sys.exit(f"{d['name']}: mixes headed and headless edges")
            directed = kinds.pop()
            truth = {"generator": "Graph::Easy 0.76 (As_svg 0.28), graph-easy --as=svg"
                                  + (" --from=graphviz" if d["fmt"] == "dot" else ""),
                     "directed": directed,
                     "nodes": [{k: v for k, v in n.items() if not k.startswith("_")} for n in nodes],
                     "edges": edges, "notes": d["notes"]}
            with open(os.path.join(HERE, d["name"] + ".truth.json"), "w") as f:
                json.dump(truth, f, indent=1)
                f.write("\n")
            print(f"{d['name']}: {len(nodes)} nodes, {len(edges)} edges, directed={directed}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
