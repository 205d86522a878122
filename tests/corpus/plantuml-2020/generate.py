#!/usr/bin/env python3
"""Regenerate every NAME.svg + NAME.truth.json of this folder with Debian's PlantUML 1.2020.02.

    apt-get install -y plantuml graphviz     # plantuml 1:1.2020.2+ds-3, graphviz 2.43.0
    python3 generate.py                       # or PLANTUML_JAR=/path/to/plantuml.jar

Truth: the graph comes from the diagram data below (checked against the `link A to B`
comments PlantUML writes); positions come from the SVG: PlantUML 1.2020 writes no groups, so
the flat element list is cut at its `<!--MD5=[..] entity X-->` / `class X` comments, and
entities written without a comment (states, use cases) start at their shadow-filtered shape
and are named by their first <text> (pseudo-states, which have no text, by their shape).
The node position is the centre of the bounding box of the entity's shadowed shapes.
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
JAR = os.environ.get("PLANTUML_JAR", "/usr/share/plantuml/plantuml.jar")
SVGNS = "{http://www.w3.org/2000/svg}"

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
        self.bare_ids = {}  # display name of a comment-less entity -> its id

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


# --------------------------------------------------------------------------- truth

COMMENT = re.compile(r"^MD5=\[[0-9a-f]+\]\s*(.*)$", re.S)


def read_elements(svg):
    """The flat list of children of the drawing's <g>, comments included."""
    tb = ET.TreeBuilder(insert_comments=True)
    parser = ET.XMLParser(target=tb)
    parser.feed(svg)
    root = parser.close()
    for el in root.iter():
        assert el.tag is ET.Comment or el.get("transform") is None, "unexpected transform"
    top = [c for c in root if c.tag == SVGNS + "g"]
    assert len(top) == 1
    return list(top[0])


def segment(elements):
    """Cut the flat element list into entity groups.

    A group starts at each MD5 comment (`entity X`, `class X`, `cluster X`, `link ...`) and,
    for entities PlantUML 1.2020 writes without a comment (states, pseudo-states, use cases),
    at each shape carrying the shadow filter when the current group is uncommented or has
    already drawn its name <text>."""
    groups = []
    cur = None
    for el in elements:
        if el.tag is ET.Comment:
            m = COMMENT.match(el.text.strip())
            if not m or "\n" in m.group(1).strip():
                cur = None                       # the source/version comment
                continue
            words = m.group(1).strip().split(" ")
            cur = {"kind": words[0], "head": m.group(1).strip(), "els": [], "text": False}
            if words[0] in ("entity", "class"):
                cur["id"] = " ".join(words[1:])
            groups.append(cur)
            continue
        tag = el.tag.replace(SVGNS, "")
        if el.get("filter") and tag != "text":
            if cur is None or (cur["kind"] == "bare") or cur["text"]:
                if not (cur is not None and cur["kind"] in ("link", "reverse", "cluster")
                        and not cur["text"]):
                    cur = {"kind": "bare", "els": [], "text": False}
                    groups.append(cur)
        if cur is None:
            continue
        if tag == "text":
            cur["text"] = True
        cur["els"].append(el)
    return groups


def group_centre(els):
    """Centre of the bounding box of the entity's shadowed (filter-carrying) shapes: the
    outline, not the decorations drawn without the shadow (component tabs, the arrow tip of a
    control, the underline of an entity icon, inner lines)."""
    shapes = [e for e in els if e.tag != SVGNS + "text"]
    main = [e for e in shapes if e.get("filter")]
    boxes = [shape_bbox(e) for e in (main or shapes)]
    boxes = [b for b in boxes if b is not None]
    x0 = min(b[0] for b in boxes); y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes); y1 = max(b[3] for b in boxes)
    return round((x0 + x1) / 2, 4), round((y0 + y1) / 2, 4)


def bare_identity(g):
    """Name a comment-less group: by its first <text>, or by its shape for pseudo-states."""
    texts = [e.text for e in g["els"] if e.tag == SVGNS + "text" and e.text]
    if texts:
        return texts[0], texts[0]
    shapes = [e for e in g["els"] if e.tag != SVGNS + "text"]
    first = shapes[0]
    tag = first.tag.replace(SVGNS, "")
    if tag == "ellipse" and len(shapes) == 1 and first.get("fill") == "#000000":
        return "*start", None
    if tag == "ellipse" and len(shapes) == 2 and first.get("fill") == "none":
        return "*end", None
    if tag == "polygon" and len(shapes) == 1 and len(nums(first.get("points"))) == 10:
        return "<<choice>>", None
    raise AssertionError("unidentified bare shape %r" % first.attrib)


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
    version = re.search(rb"PlantUML version ([0-9.]+)", svg).group(1).decode()
    groups = segment(read_elements(svg))

    nodes = []
    by_name = {}
    for g in groups:
        if g["kind"] in ("entity", "class"):
            nid = g["id"]
            texts = [e.text for e in g["els"] if e.tag == SVGNS + "text" and e.text]
            label = texts[0] if texts else None
        elif g["kind"] == "bare":
            nid, label = bare_identity(g)
            nid = d.bare_ids.get(nid, nid)
        else:
            continue
        x, y = group_centre(g["els"])
        n = {"id": nid, "x": x, "y": y}
        if label:
            n["label"] = label
        assert nid not in by_name, (d.name, nid)
        by_name[nid] = n
        nodes.append(n)

    # links: the comments `link A to B` / `reverse link A to B`, in the order PlantUML drew them
    drawn = []
    for g in groups:
        if g["kind"] in ("link", "reverse"):
            m = re.match(r"(?:reverse )?link (.+) to (.+)$", g["head"])
            drawn.append((m.group(1), m.group(2)))
    want = []
    edges = []
    for _, a, b, head in d.links:
        a2 = d.bare_ids.get(a, a) if a != "[*]" else None
        b2 = d.bare_ids.get(b, b) if b != "[*]" else None
        a_id = a2 if a2 else "*start"
        b_id = b2 if b2 else "*end"
        want.append((a_id, b_id))
        edges.append([b_id, a_id] if head == "left" else [a_id, b_id])
    norm = lambda pairs: sorted(tuple(sorted(p)) for p in pairs)
    assert norm(want) == norm(drawn), (d.name, norm(want), norm(drawn))
    for e in edges:
        for v in e:
            assert v in by_name, (d.name, v)

    truth = {
        "generator": "plantuml %s -tsvg (layout: Graphviz dot 2.43.0)" % version,
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

def class_whole_part():
    d = Diagram("class-whole-part", True,
                "PlantUML 1.2020 class diagram of whole-part relations: each class is announced by a "
                "<!--MD5=[..] class X--> comment and drawn as a shadowed <rect id=\"X\"> with a "
                "circled-letter icon, separator <line>s and member <text>s inside; composition "
                "(filled diamond <polygon>) and aggregation (hollow diamond) written with the diamond "
                "on the left (*--, o--) or on the right (--*, --o), navigable associations --> with "
                "filled heads, multiplicities (<text> at both ends) and link labels; Category o-- "
                "Category is a self-loop. Edge direction: towards the decorated end (part -> whole "
                "for diamonds).")
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
                "PlantUML 1.2020 class diagram with packages in four styles (tabbed folder, "
                "<<Frame>>, <<Rectangle>>, <<Database>> cylinder) and a namespace; the frames carry "
                "the shadow filter too and are announced by <!--MD5 cluster X--> comments, but are "
                "not nodes. Classes inside packages keep their short ids (class Controller), those "
                "inside the namespace are util.Clock / util.Ids. Links cross the frames: associations "
                "-->, dependencies ..>, extension <|-- (hollow triangle). hide empty members.")
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
                "Undirected PlantUML 1.2020 class diagram, left to right direction: every link is a "
                "plain association -- (no arrowheads) with multiplicities at both ends and a label. "
                "Employee -- Employee (manages) is a self-loop; Person and Company are joined by two "
                "parallel associations (owns, works for). Multigraph. classAttributeIconSize 0 writes "
                "visibility as text.")
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


def deployment_shapes():
    d = Diagram("deployment-shapes", False,
                "Undirected PlantUML 1.2020 deployment diagram with many element shapes, each after a "
                "<!--MD5 entity X--> comment except the use case (known by its <text>): node (3-D box "
                "<polygon> + <line>s), database and queue (cylinders of cubic <path>s plus an open "
                "arc), cloud (bumpy cubic <path>), artifact (rect + folded-corner icon), file "
                "(polygon with a folded corner), folder (tabbed polygon), storage (rounded <rect>), "
                "card, agent, rectangle, component (uml1: rect + two tabs sticking out left), "
                "interface (small circle), actor (stick figure: shadowed <ellipse> head + shadowed "
                "<path> body), boundary (shadowed bar <path> + circle), control (circle + unshadowed "
                "arrow tip), entity (circle + unshadowed underline), usecase (ellipse). Plain -- and "
                "dotted .. links, some labelled. Node position: centre of the shadowed shapes (for an "
                "actor the whole stick figure, for a component the rect without its tabs).")
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
    d.link("deployer", "--", "host")
    d.link("op", "--", "rollback")
    d.link("rollback", "..", "release")
    d.bare_ids = {"Rollback": "rollback"}
    return d


def state_machine():
    d = Diagram("state-machine-tcp", True,
                "PlantUML 1.2020 state diagram of the TCP connection state machine. States get NO "
                "comment in 1.2020: each is a shadowed rounded <rect> followed by a separator <line> "
                "and its name <text> (two have a description line), and is known by that name. The "
                "initial pseudo-state (filled shadowed circle, id *start) and the final one (bull's "
                "eye, id *end) and a choice pseudo-state (small diamond <polygon>, id check) have no "
                "text and are known by their shape. They ARE nodes. Labelled transitions with filled "
                "heads; ESTABLISHED -> ESTABLISHED is a self-loop and SYN_SENT -> CLOSED appears "
                "twice (parallel transitions). Multigraph.")
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
    d.bare_ids = {"<<choice>>": "check"}
    return d


DIAGRAMS = [class_whole_part, class_packages, class_associations_lr, deployment_shapes,
            state_machine]

if __name__ == "__main__":
    only = sys.argv[1:]
    for f in DIAGRAMS:
        d = f()
        if only and d.name not in only:
            continue
        build(d)
