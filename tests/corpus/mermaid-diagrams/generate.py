#!/usr/bin/env python3
"""Regenerate the mermaid-diagrams corpus: the Mermaid diagram types the
mermaid-cli chain does not cover (ER diagrams, mindmaps, block diagrams,
architecture diagrams, requirement diagrams, C4 diagrams, hand-drawn and ELK
flowcharts), rendered by the command-line tool `mmdc` of
@mermaid-js/mermaid-cli, which runs Mermaid in headless Chromium (Debian's
/usr/bin/chromium, through puppeteer) and writes the SVG Mermaid built.

Graph data is written in this script; the Mermaid source of every drawing is
generated from it, so the truth ids, labels, edges and direction are the
script's own.

Truth positions: Mermaid's layout record as it writes it into the SVG. Every
node is a `<g class="node ...">` (`rough-node` in the hand-drawn look) whose
shape Mermaid draws centred on the group's origin; the script composes the
group's transform with those of every ancestor <g> into the root <svg>'s user
space (the viewBox is not applied). Architecture services are the exception:
`<g class="architecture-service" transform="translate(x, y)">` places the
top-left corner of the 80x80 icon, so the centre is (x + 40, y + 40)
(Mermaid's default iconSize 80).

Check: check.mjs loads each SVG in Chromium (viewBox removed, so getCTM maps
into root user space) and takes the bounding box of every shape element of each
node group outside its label; the script asserts each truth position is within
0.01 of that box's centre (hand-drawn shapes: see TOL_HANDDRAWN), and that the
node groups are exactly the truth's nodes (plus composite blocks, which are
containers, not nodes).

Run:  python3 generate.py   (needs $NPMDIR, default /tmp/npm-mermaid-diagrams,
      holding the packages of package.json; see README.md)
"""
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NPMDIR = os.environ.get("NPMDIR", "/tmp/npm-mermaid-diagrams")
MMDC = os.path.join(NPMDIR, "node_modules", ".bin", "mmdc")
WORK = "/tmp/mermaid-diagrams-work"
PUPPETEER = {"executablePath": "/usr/bin/chromium",
             "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                      "--disable-background-networking", "--disable-component-update",
                      "--disable-sync"]}
# rough.js draws hand-drawn shapes with seeded random wobble: the drawn box of a
# shape may stray from the layout centre by this much (user units)
TOL_HANDDRAWN = 3.0


def pkg_version(name):
    with open(os.path.join(NPMDIR, "node_modules", name, "package.json")) as f:
        return json.load(f)["version"]


GEN = "mermaid %s via @mermaid-js/mermaid-cli %s (mmdc, Chromium)" % (
    pkg_version("mermaid"), pkg_version("@mermaid-js/mermaid-cli"))


def rng(seed):
    state = [seed & 0x7FFFFFFF]

    def r():
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] / 0x80000000
    return r


# -------------------------------------------------------------- ER diagrams
def er(header, entities, rels):
    """entities: [(id, alias or None, [attribute lines])];
    rels: [(a, card_a, line, card_b, b, label)] with line '--' (identifying)
    or '..' (non-identifying)."""
    lines = header[:]
    for eid, alias, attrs in entities:
        name = '%s["%s"]' % (eid, alias) if alias else eid
        if attrs:
            lines.append("    %s {" % name)
            lines += ["        " + a for a in attrs]
            lines.append("    }")
        else:
            lines.append("    %s" % name)
    for a, ca, ln, cb, b, lab in rels:
        lines.append('    %s %s%s%s %s : "%s"' % (a, ca, ln, cb, b, lab))
    return "\n".join(lines) + "\n"


def er_shop():
    ents = [("CUSTOMER", None, ["string name", "string email UK", "int id PK"]),
            ("ORDER", None, ["int id PK", "int customer_id FK", "date placed", "string status \"open, paid or sent\""]),
            ("LINE-ITEM", None, ["int order_id PK, FK", "int product_id PK, FK", "int qty", "float price"]),
            ("PRODUCT", None, ["int id PK", "string sku UK", "string title", "float price"]),
            ("CATEGORY", None, ["int id PK", "string name"]),
            ("ADDRESS", None, ["int id PK", "string street", "string city", "string zip"]),
            ("PAYMENT", None, ["int id PK", "float amount", "string method"]),
            ("INVOICE", None, ["int id PK", "date issued"])]
    rels = [("CUSTOMER", "||", "--", "o{", "ORDER", "places"),
            ("ORDER", "||", "--", "|{", "LINE-ITEM", "contains"),
            ("PRODUCT", "||", "--", "o{", "LINE-ITEM", "ordered in"),
            ("CATEGORY", "}o", "..", "o{", "PRODUCT", "classifies"),
            ("CUSTOMER", "}|", "..", "|{", "ADDRESS", "lives at"),
            ("ORDER", "}o", "..", "||", "ADDRESS", "ships to"),
            ("ORDER", "||", "--", "o|", "INVOICE", "billed by"),
            ("INVOICE", "||", "..", "|{", "PAYMENT", "settled by"),
            ("CATEGORY", "|o", "..", "o{", "CATEGORY", "parent of")]
    return dict(name="er-shop-8", kind="er", directed=False,
                src=er(["erDiagram"], ents, rels), ids=[e[0] for e in ents],
                labels={e[0]: e[1] or e[0] for e in ents},
                edges=[(r[0], r[4]) for r in rels],
                notes="erDiagram (top-down): entities as attribute tables (type, name, PK/FK/UK keys, a "
                      "comment), crow's-foot ends of every kind (||, |o, }o, }|, o{, |{, o|), identifying "
                      "(solid --) and non-identifying (dashed ..) relationships with labels, a self-"
                      "relationship on CATEGORY. Cardinality, not direction: undirected")


def er_airline():
    names = ["AIRLINE", "AIRCRAFT", "MODEL", "MAKER", "AIRPORT", "CITY", "COUNTRY", "FLIGHT", "ROUTE",
             "CREW", "PILOT", "PASSENGER", "BOOKING", "SEAT", "TICKET", "LOUNGE"]
    alias = {"AIRCRAFT": "Aircraft (tail)", "PASSENGER": "Passenger or infant on lap",
             "CREW": "Crew member", "TICKET": "e-Ticket"}
    ents = [(n, alias.get(n), ["string code PK"] if n in ("AIRPORT", "AIRLINE") else []) for n in names]
    rels = [("AIRLINE", "||", "--", "o{", "AIRCRAFT", "operates"),
            ("AIRCRAFT", "}o", "..", "||", "MODEL", "is a"),
            ("MODEL", "}o", "..", "||", "MAKER", "built by"),
            ("AIRPORT", "}o", "--", "||", "CITY", "serves"),
            ("CITY", "}|", "--", "||", "COUNTRY", "in"),
            ("FLIGHT", "}o", "..", "||", "ROUTE", "flies"),
            ("ROUTE", "}o", "..", "||", "AIRPORT", "departs from"),
            ("ROUTE", "}o", "..", "||", "AIRPORT", "arrives at"),
            ("FLIGHT", "}o", "..", "||", "AIRCRAFT", "uses"),
            ("CREW", "}|", "..", "o{", "FLIGHT", "staffs"),
            ("PILOT", "|o", "--", "||", "CREW", "is"),
            ("CREW", "}o", "..", "o|", "CREW", "reports to"),
            ("PASSENGER", "||", "--", "o{", "BOOKING", "makes"),
            ("BOOKING", "}|", "..", "||", "FLIGHT", "for"),
            ("BOOKING", "||", "--", "|{", "TICKET", "issues"),
            ("TICKET", "|o", "..", "o|", "SEAT", "assigns"),
            ("SEAT", "}|", "--", "||", "AIRCRAFT", "fitted in"),
            ("AIRPORT", "||", "--", "o{", "LOUNGE", "has"),
            ("AIRLINE", "}o", "..", "o{", "LOUNGE", "runs")]
    return dict(name="er-airline-lr-16", kind="er", directed=False,
                src=er(["erDiagram", "    direction LR"], ents, rels), ids=names,
                labels={e[0]: e[1] or e[0] for e in ents}, edges=[(r[0], r[4]) for r in rels],
                config={"theme": "forest"},
                notes="erDiagram direction LR, forest theme: mostly attribute-less entity boxes, four "
                      "with an alias drawn instead of the name (one long), two parallel relationships "
                      "ROUTE-AIRPORT (departs from / arrives at), a self-relationship on CREW, crow's-"
                      "foot ends of every kind, solid and dashed lines, relationship labels. Undirected; "
                      "multigraph")


# ----------------------------------------------------------------- mindmaps
MM_SHAPES = {"square": ("[", "]"), "rounded": ("(", ")"), "circle": ("((", "))"),
             "bang": ("))", "(("), "cloud": (")", "("), "hexagon": ("{{", "}}"), "default": None}


def mindmap(tree, header=""):
    """tree: [(id, depth, shape, label)] in document order."""
    lines = [header + "mindmap"] if not header else header.split("\n") + ["mindmap"]
    for nid, depth, shape, label in tree:
        ind = "  " * (depth + 1)
        if MM_SHAPES[shape] is None:
            lines.append(ind + label)
        else:
            o, c = MM_SHAPES[shape]
            lines.append('%s%s%s"%s"%s' % (ind, nid, o, label, c))
    edges = []
    stack = []
    for nid, depth, _, _ in tree:
        stack = stack[:depth]
        if stack:
            edges.append((stack[-1], nid))
        stack.append(nid)
    return "\n".join(lines) + "\n", edges


def mindmap_shapes():
    tree = [("root", 0, "circle", "Release plan"),
            ("dev", 1, "square", "Development"),
            ("api", 2, "rounded", "API freeze"),
            ("ui", 2, "default", "UI polish"),
            ("docs", 2, "default", "Docs for the new plugin interface and the migration guide"),
            ("qa", 1, "bang", "QA"),
            ("e2e", 2, "cloud", "E2E suite"),
            ("perf", 2, "hexagon", "Perf"),
            ("ops", 1, "hexagon", "Operations"),
            ("canary", 2, "square", "Canary"),
            ("rollback", 2, "cloud", "Rollback"),
            ("comms", 1, "cloud", "Comms"),
            ("blog", 2, "rounded", "Blog"),
            ("notes", 2, "bang", "Notes")]
    src, edges = mindmap(tree)
    return dict(name="mindmap-shapes-14", kind="mindmap", directed=False, src=src,
                shapes={t[0]: t[2] for t in tree},
                ids=[t[0] for t in tree], labels={t[0]: t[3] for t in tree}, edges=edges,
                notes="mindmap (default cose-bilkent layout): circle root, square, rounded, default "
                      "(underlined text, no box), bang, cloud and hexagon nodes, a long wrapped label, "
                      "section colours; thick tapering parent-child links without arrowheads: "
                      "undirected tree")


def mindmap_tidy():
    r = rng(31)
    shapes = ["default", "rounded", "square", "default", "hexagon", "default"]
    tree = [("t0", 0, "circle", "Machine learning")]
    depth = {"t0": 0}
    words = ["data", "model", "loss", "eval", "train", "tune", "deploy", "infer", "label", "clean",
             "split", "batch", "optim", "schedule", "metric", "drift", "serve", "cache", "shard",
             "export", "quantise", "prune", "distil", "probe", "ablate", "report", "review", "ship"]
    # build a random tree, then emit it depth-first (document order)
    parent = {}
    children = {"t0": []}
    for i in range(1, 29):
        cands = [k for k in children if depth[k] < 3]
        p = cands[int(r() * len(cands))] if i > 4 else "t0"
        nid = "t%d" % i
        parent[nid] = p
        depth[nid] = depth[p] + 1
        children[p].append(nid)
        children[nid] = []
    order = []

    def dfs(n):
        order.append(n)
        for c in children[n]:
            dfs(c)
    dfs("t0")
    for k, n in enumerate(order[1:]):
        i = int(n[1:])
        tree.append((n, depth[n], shapes[k % len(shapes)], words[i - 1]))
    src, edges = mindmap(tree, header="---\nconfig:\n  layout: tidy-tree\n---")
    return dict(name="mindmap-tidy-tree-29", kind="mindmap", directed=False, src=src,
                shapes={t[0]: t[2] for t in tree},
                ids=[t[0] for t in tree], labels={t[0]: t[3] for t in tree}, edges=edges,
                notes="mindmap with layout: tidy-tree (the @mermaid-js/layout-tidy-tree layout that "
                      "mmdc 11.17 registers): seeded random tree of depth 3 spread left and right of "
                      "a circle root, default (underlined), rounded, square and hexagon nodes, "
                      "tapering parent-child links: undirected tree")


# ----------------------------------------------------------- block diagrams
def block_arrows():
    src = """block-beta
  columns 4
  src(["Source"]) parse["Parser"] check(("Check")) out[("Store")]
  space:4
  cache[("Cache")] transform{{"Transform"}} io[/"I/O"/] sink[\\"Sink"/]
  block:lib:2
    columns 2
    util["Util"] log>"Log"]
  end
  space ext[["External"]]
  src --> parse
  parse -- "tokens" --> check
  check --> out
  parse --> transform
  transform --> io
  io -- "flush" --> sink
  cache --> transform
  check --> cache
  out --> sink
  util --> log
  ext --> sink
  log --> transform
"""
    ids = ["src", "parse", "check", "out", "cache", "transform", "io", "sink", "util", "log", "ext"]
    labels = {"src": "Source", "parse": "Parser", "check": "Check", "out": "Store", "cache": "Cache",
              "transform": "Transform", "io": "I/O", "sink": "Sink", "util": "Util", "log": "Log",
              "ext": "External"}
    edges = [("src", "parse"), ("parse", "check"), ("check", "out"), ("parse", "transform"),
             ("transform", "io"), ("io", "sink"), ("cache", "transform"), ("check", "cache"),
             ("out", "sink"), ("util", "log"), ("ext", "sink"), ("log", "transform")]
    return dict(name="block-arrows-11", kind="block", directed=True, src=src, ids=ids,
                labels=labels, edges=edges, containers=["lib"],
                notes="block-beta, 4 columns with space cells: stadium, rect, circle, cylinder, "
                      "hexagon, parallelogram, trapezoid, subroutine and flag blocks, a nested "
                      "block 'lib' (a container, not a node) holding two blocks, arrows (-->) with two "
                      "edge labels, arrows crossing other blocks' rows")


def block_lines():
    src = """block-beta
  columns 5
  h["Header spanning three"]:3 space r1("R1")
  a1["A1"] a2["A2"] a3["A3"] space r2("R2")
  block:g1:2
    b1["B1"] b2["B2"]
  end
  b3["B3"] space r3("R3")
  f["Footer"]:5
  h --- a2
  a1 --- a2
  a2 --- a3
  a1 --- b1
  b1 --- b2
  a3 --- b3
  r1 --- r2
  r2 --- r3
  b3 --- f
  b2 --- f
  h --- r1
  style h fill:#f9f,stroke:#333,stroke-width:2px
  style f fill:#ffd,stroke:#960
"""
    ids = ["h", "r1", "a1", "a2", "a3", "r2", "b1", "b2", "b3", "r3", "f"]
    labels = {"h": "Header spanning three", "r1": "R1", "a1": "A1", "a2": "A2", "a3": "A3",
              "r2": "R2", "b1": "B1", "b2": "B2", "b3": "B3", "r3": "R3", "f": "Footer"}
    edges = [("h", "a2"), ("a1", "a2"), ("a2", "a3"), ("a1", "b1"), ("b1", "b2"), ("a3", "b3"),
             ("r1", "r2"), ("r2", "r3"), ("b3", "f"), ("b2", "f"), ("h", "r1")]
    return dict(name="block-grid-lines-11", kind="block", directed=False, src=src, ids=ids,
                labels=labels, edges=edges, containers=["g1"],
                notes="block-beta, 5 columns: blocks spanning 3 and 5 columns, space cells, a nested "
                      "block g1 (container, not a node), round blocks, styled fills and strokes; "
                      "open links (---) only, no arrowheads: undirected")


# ---------------------------------------------------- architecture diagrams
def arch(groups, services, edges):
    lines = ["architecture-beta"]
    for gid, icon, title, parent in groups:
        lines.append("    group %s(%s)[%s]%s" % (gid, icon, title, " in " + parent if parent else ""))
    for sid, icon, title, grp in services:
        lines.append("    service %s(%s)[%s]%s" % (sid, icon, title, " in " + grp if grp else ""))
    for a, sa, op, sb, b in edges:
        lines.append("    %s:%s %s %s:%s" % (a, sa, op, sb, b))
    return "\n".join(lines) + "\n"


def arch_cloud():
    groups = [("cloud", "cloud", "Cloud", None), ("private", "server", "Private subnet", "cloud")]
    services = [("user", "internet", "Users", None), ("cdn", "internet", "CDN", "cloud"),
                ("lb", "server", "Load balancer", "cloud"), ("app1", "server", "App 1", "private"),
                ("app2", "server", "App 2", "private"), ("db", "database", "Postgres", "private"),
                ("files", "disk", "Object store", "private"), ("backup", "disk", "Backup", "cloud"),
                ("mon", "cloud", "Monitoring", None)]
    edges = [("user", "R", "-->", "L", "cdn"), ("cdn", "R", "-->", "L", "lb"),
             ("lb", "R", "-->", "L", "app1"), ("lb", "B", "-->", "T", "app2"),
             ("app1", "R", "<-->", "L", "db"), ("app2", "R", "-->", "L", "files"),
             ("db", "B", "-->", "T", "backup"), ("mon", "B", "<--", "T", "lb")]
    truth_edges = []
    for a, _, op, _, b in edges:
        truth_edges.append((b, a) if op == "<--" else (a, b))
    return dict(name="architecture-cloud-9", kind="arch", directed=True,
                src=arch(groups, services, edges), ids=[s[0] for s in services],
                labels={s[0]: s[2] for s in services}, edges=truth_edges,
                notes="architecture-beta: services as 80x80 icons (internet, server, database, disk, "
                      "cloud; nested <svg> icons) with titles under them, a group inside a group "
                      "(dashed boxes with an icon and title, not nodes), edges between chosen sides "
                      "(L/R/T/B) drawn orthogonally, arrowheads (-->, <-- and a both-ends <--> whose "
                      "truth keeps the source order)")


def arch_mesh():
    groups = [("edge", "cloud", "Edge", None), ("core", "server", "Core", None)]
    services = [("r1", "internet", "Router A", "edge"), ("r2", "internet", "Router B", "edge"),
                ("s1", "server", "Switch 1", "core"), ("s2", "server", "Switch 2", "core"),
                ("h1", "server", "Host 1", None), ("h2", "server", "Host 2", None),
                ("st", "disk", "SAN", None), ("db", "database", "DB", None)]
    edges = [("r1", "B", "--", "T", "s1"), ("r2", "B", "--", "T", "s2"), ("r1", "R", "--", "L", "r2"),
             ("s1", "R", "--", "L", "s2"), ("s1", "B", "--", "T", "h1"), ("s2", "B", "--", "T", "h2"),
             ("h1", "R", "--", "L", "h2"), ("h1", "B", "--", "T", "st"), ("h2", "B", "--", "T", "db"),
             ("st", "R", "--", "L", "db")]
    return dict(name="architecture-mesh-8", kind="arch", directed=False,
                src=arch(groups, services, edges), ids=[s[0] for s in services],
                labels={s[0]: s[2] for s in services}, edges=[(e[0], e[4]) for e in edges],
                notes="architecture-beta: two side-by-side groups and ungrouped services, a mesh of "
                      "plain -- edges between chosen sides, no arrowheads: undirected")


# ----------------------------------------------------- requirement diagrams
def requirements():
    reqs = [("requirement", "auth", "1", "Users must log in.", "high", "test"),
            ("functionalRequirement", "sso", "1.1", "Support single sign-on.", "medium", "demonstration"),
            ("interfaceRequirement", "oidc", "1.2", "Speak OpenID Connect.", "low", "inspection"),
            ("performanceRequirement", "latency", "2", "Login under 300 ms.", "high", "test"),
            ("physicalRequirement", "hsm", "3", "Keys live in an HSM.", "medium", "inspection"),
            ("designConstraint", "stateless", "4", "No server sessions.", "low", "analysis")]
    elems = [("gateway", "service", None), ("loadtest", "test suite", "tests/load.k6"),
             ("spec", "document", None)]
    rels = [("auth", "contains", "sso"), ("auth", "contains", "oidc"), ("sso", "derives", "stateless"),
            ("gateway", "satisfies", "sso"), ("gateway", "satisfies", "oidc"),
            ("loadtest", "verifies", "latency"), ("spec", "refines", "auth"),
            ("spec", "traces", "hsm"), ("oidc", "copies", "stateless")]
    lines = ["requirementDiagram", "    direction LR"]
    for kind, name, rid, text, risk, vm in reqs:
        lines += ["    %s %s {" % (kind, name), "        id: %s" % rid, '        text: "%s"' % text,
                  "        risk: %s" % risk, "        verifymethod: %s" % vm, "    }"]
    for name, typ, ref in elems:
        lines += ["    element %s {" % name, '        type: "%s"' % typ]
        if ref:
            lines.append('        docref: "%s"' % ref)
        lines.append("    }")
    for a, k, b in rels:
        lines.append("    %s - %s -> %s" % (a, k, b))
    # the 'contains' line has no arrowhead, only a crossed circle at its source
    # (the container); the truth points at the decorated end, as for the others
    edges = [(b, a) if k == "contains" else (a, b) for a, k, b in rels]
    ids = [r[1] for r in reqs] + [e[0] for e in elems]
    return dict(name="requirements-lr-9", kind="req", directed=True, src="\n".join(lines) + "\n",
                ids=ids, labels={i: i for i in ids}, edges=edges,
                notes="requirementDiagram direction LR: the six requirement kinds and three elements "
                      "as boxes of <<type>>, name and fields; every relationship kind (dashed lines "
                      "with <<kind>> labels): satisfies/verifies/derives/refines/traces/copies end in "
                      "an open arrowhead at the target; contains has no head, but a crossed circle at "
                      "the container: its truth edge points at that decorated end, [part, container]")


# ------------------------------------------------------------- C4 diagrams
def c4(header, lines):
    return "\n".join([header] + ["    " + l for l in lines]) + "\n"


def c4_context():
    src = c4("C4Context", [
        "title System context of the bank",
        'Person(cust, "Personal Customer", "A customer of the bank with accounts")',
        'System_Ext(mail, "E-mail System", "Microsoft Exchange")',
        'Enterprise_Boundary(bank, "Big Bank plc") {',
        '  System(ibank, "Internet Banking", "View accounts and make payments")',
        '  System(core, "Core Banking", "Accounts and transactions")',
        '  SystemDb(dwh, "Data Warehouse", "Reporting store")',
        '  Person(staff, "Back-office Staff", "Handles disputes")',
        '}',
        'Boundary(partners, "Partners", "external") {',
        '  Person_Ext(aud, "Auditor", "External auditor")',
        '  SystemQueue_Ext(feed, "Payment Network", "SWIFT messages")',
        '}',
        'Rel(cust, ibank, "Uses", "HTTPS")',
        'Rel(ibank, core, "Reads and writes", "JSON/HTTPS")',
        'BiRel(core, feed, "Settles")',
        'Rel(ibank, mail, "Sends e-mail")',
        'Rel(mail, cust, "Delivers e-mail")',
        'Rel(staff, dwh, "Queries")',
        'Rel(core, dwh, "Nightly export")',
        'Rel(aud, dwh, "Reads reports")',
    ])
    ids = ["cust", "aud", "ibank", "core", "staff", "dwh", "mail", "feed"]
    labels = {"cust": "Personal Customer", "aud": "Auditor", "ibank": "Internet Banking",
              "core": "Core Banking", "staff": "Back-office Staff", "dwh": "Data Warehouse",
              "mail": "E-mail System", "feed": "Payment Network"}
    edges = [("cust", "ibank"), ("ibank", "core"), ("core", "feed"), ("ibank", "mail"),
             ("mail", "cust"), ("staff", "dwh"), ("core", "dwh"), ("aud", "dwh")]
    return dict(name="c4-context-8", kind="c4", directed=True, src=src, ids=ids, labels=labels,
                edges=edges,
                notes="C4Context with a title: persons (box with a head circle), an external person, "
                      "systems, a database system (cylinder), an external queue system, an enterprise "
                      "boundary and a plain boundary (dashed boxes with a title, not nodes); relations drawn as lines or "
                      "quadratic curves with arrowheads and label plus technology text; one BiRel "
                      "(heads at both ends; truth keeps the source order). Label = the element's name; "
                      "type and description are drawn under it")


def c4_container():
    src = c4("C4Container", [
        "title Containers of the shop",
        'Person(buyer, "Buyer")',
        'System(erp, "ERP", "Stock and invoicing")',
        'Container_Boundary(shop, "Online shop") {',
        '  Container(spa, "Web App", "TypeScript, React", "The storefront in the browser")',
        '  Container(mob, "Mobile App", "Kotlin")',
        '  Container(api, "API", "Go", "JSON over HTTPS")',
        '  ContainerQueue(q, "Events", "Kafka")',
        '  ContainerDb(db, "Orders DB", "PostgreSQL")',
        '  Container(work, "Worker", "Go")',
        '  ContainerDb_Ext(cache, "Cache", "Redis")',
        '  Container_Ext(pay, "Payment Provider", "Stripe")',
        '}',
        'Rel(buyer, spa, "Browses")',
        'Rel(buyer, mob, "Uses")',
        'Rel(spa, api, "Calls", "HTTPS")',
        'Rel(mob, api, "Calls", "HTTPS")',
        'Rel(api, db, "Reads/writes")',
        'Rel(db, cache, "Warms")',
        'Rel(api, q, "Publishes")',
        'Rel(q, work, "Consumes")',
        'Rel(work, pay, "Charges")',
        'Rel(mob, erp, "Checks stock")',
        'Rel_Back(erp, mob, "Stock levels")',
        'UpdateRelStyle(api, db, $lineColor="red", $textColor="red")',
    ])
    ids = ["buyer", "erp", "spa", "mob", "api", "q", "db", "work", "cache", "pay"]
    labels = {"buyer": "Buyer", "pay": "Payment Provider", "spa": "Web App", "mob": "Mobile App",
              "api": "API", "db": "Orders DB", "q": "Events", "work": "Worker", "cache": "Cache",
              "erp": "ERP"}
    edges = [("buyer", "spa"), ("buyer", "mob"), ("spa", "api"), ("mob", "api"), ("api", "db"),
             ("db", "cache"), ("api", "q"), ("q", "work"), ("work", "pay"), ("mob", "erp"),
             ("mob", "erp")]
    return dict(name="c4-container-10", kind="c4", directed=True, src=src, ids=ids, labels=labels,
                edges=edges,
                notes="C4Container with a title: a person, containers with technology text, database "
                      "containers (cylinders, one external), a queue container (horizontal cylinder), "
                      "an external container, a system, a container boundary (dashed, not a node); a "
                      "red-styled relation; Rel(mob, erp) and Rel_Back(erp, mob), both heads at erp "
                      "(Rel_Back draws its path from erp with a start marker): two parallel mob->erp "
                      "edges")


# --------------------------------------------------------------- flowcharts
SHAPES = {"rect": ("[", "]"), "round": ("(", ")"), "stadium": ("([", "])"),
          "diamond": ("{", "}"), "circle": ("((", "))"), "hexagon": ("{{", "}}"),
          "subroutine": ("[[", "]]"), "cylinder": ("[(", ")]"), "dcircle": ("(((", ")))"),
          "para": ("[/", "/]"), "trap": ("[/", "\\]"), "asym": (">", "]")}


def flowchart(header, nodes, links, extra=""):
    lines = header.split("\n")
    for nid, shape, label in nodes:
        o, c = SHAPES[shape]
        lines.append('    %s%s"%s"%s' % (nid, o, label, c))
    for a, op, b, lab in links:
        if lab:
            lines.append('    %s %s|"%s"| %s' % (a, op, lab, b))
        else:
            lines.append("    %s %s %s" % (a, op, b))
    return "\n".join(lines) + "\n" + extra


def flow_handdrawn_td():
    nodes = [("start", "stadium", "Start"), ("login", "rect", "Log in"),
             ("ok", "diamond", "Valid?"), ("dash", "round", "Dashboard"), ("err", "circle", "Error"),
             ("lock", "hexagon", "Lock account"), ("db", "cylinder", "Users"),
             ("mfa", "subroutine", "Ask for a second factor"), ("audit", "para", "Audit log"),
             ("fin", "dcircle", "End")]
    links = [("start", "-->", "login", None), ("login", "-->", "ok", None),
             ("ok", "-->", "mfa", "yes"), ("ok", "-->", "err", "no"), ("mfa", "-->", "dash", None),
             ("err", "-.->", "login", "retry"), ("err", "==>", "lock", "3 times"),
             ("login", "-->", "db", None), ("lock", "-->", "audit", None),
             ("dash", "-->", "fin", None), ("lock", "-->", "fin", None), ("dash", "-->", "dash", "refresh")]
    return dict(name="flow-handdrawn-td-10", kind="flowchart", directed=True,
                src=flowchart("---\nconfig:\n  look: handDrawn\n---\nflowchart TD", nodes, links),
                nodes=nodes, links=links, handdrawn=True,
                notes="flowchart TD with look: handDrawn (rough.js sketch strokes and hachure-free "
                      "fills, handDrawnSeed 1): stadium, rect, diamond, round, circle, hexagon, "
                      "cylinder, subroutine, parallelogram, double circle; edge labels, dotted and "
                      "thick links, a labelled self-loop; arrowheads drawn as sketchy markers")


def flow_handdrawn_lr():
    n = 14
    ids = ["n%d" % i for i in range(n)]
    shapes = ["rect", "round", "circle", "stadium", "hexagon", "rect", "cylinder"]
    nodes = [(ids[i], shapes[i % len(shapes)], "Part %d" % i) for i in range(n)]
    r = rng(14)
    edges = set()
    for i in range(1, n):
        edges.add((int(r() * i), i))
    while len(edges) < 17:
        a, b = sorted((int(r() * n), int(r() * n)))
        if a != b:
            edges.add((a, b))
    links = [(ids[a], "---", ids[b], None) for a, b in sorted(edges)]
    extra = "    subgraph left [Left half]\n" + "".join("      %s\n" % ids[i] for i in range(0, 5)) + "    end\n"
    return dict(name="flow-handdrawn-lr-14", kind="flowchart", directed=False,
                src=flowchart("---\nconfig:\n  look: handDrawn\n  theme: neutral\n---\nflowchart LR", nodes,
                              links, extra),
                nodes=nodes, links=links, handdrawn=True,
                notes="flowchart LR, look: handDrawn with the neutral theme: seeded random graph of rect, "
                      "round, circle, stadium, hexagon and cylinder nodes, one subgraph (sketchy "
                      "cluster box, not a node); open links (---) only: undirected")


def flow_elk():
    n = 18
    ids = ["e%d" % i for i in range(n)]
    shapes = ["rect", "round", "rect", "diamond", "rect", "hexagon", "stadium"]
    nodes = [(ids[i], shapes[i % len(shapes)], "Step %d" % i) for i in range(n)]
    r = rng(26)
    links = []
    seen = set()
    for i in range(1, n):
        a = int(r() * i)
        seen.add((a, i))
        links.append((ids[a], "-.->" if i % 6 == 0 else "-->", ids[i], "if %d" % i if i % 5 == 0 else None))
    while len(links) < 21:
        a, b = sorted((int(r() * n), int(r() * n)))
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            links.append((ids[a], "==>", ids[b], None))
    links.append((ids[15], "-->", ids[3], None))  # one back link
    extra = ("    subgraph stage1 [Stage one]\n" + "".join("      %s\n" % ids[i] for i in range(1, 6)) +
             "    end\n    subgraph stage2 [Stage two]\n" + "".join("      %s\n" % ids[i] for i in range(10, 14)) +
             "    end\n")
    return dict(name="flow-elk-18", kind="flowchart", directed=True,
                src=flowchart("---\nconfig:\n  layout: elk\n---\nflowchart TD", nodes, links, extra),
                nodes=nodes, links=links,
                notes="flowchart TD with layout: elk (@mermaid-js/layout-elk, as mmdc 11.17 registers "
                      "it): seeded random DAG plus thick extra links and one back link, two subgraphs "
                      "(cluster boxes, not nodes), rect/round/diamond/hexagon/stadium nodes, edge "
                      "labels, dotted links; ELK's orthogonal routes")


# ------------------------------------------------------------------- driver
def parse_transform(t):
    """Return the 2x3 matrix (a, b, c, d, e, f) of an SVG transform list."""
    m = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", t or ""):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            n = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale":
            n = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "matrix":
            n = tuple(v)
        else:
            raise ValueError("unexpected transform " + t)
        a, b, c, d, e, f = m
        A, B, C, D, E, F = n
        m = (a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e,
             b * E + d * F + f)
    return m


NODE_CLASSES = ("node", "rough-node", "architecture-service")


def node_origins(svg_path):
    tree = ET.parse(svg_path)
    out = {}

    def walk(el, m):
        t = el.get("transform")
        if t:
            a, b, c, d, e, f = m
            A, B, C, D, E, F = parse_transform(t)
            m = (a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e,
                 b * E + d * F + f)
        tag = el.tag.split("}")[-1]
        cls = (el.get("class") or "").split()
        if tag == "g" and any(c in cls for c in NODE_CLASSES):
            x, y = m[4], m[5]
            if "architecture-service" in cls:  # translate = top-left of the 80x80 icon
                x, y = m[0] * 40 + m[2] * 40 + m[4], m[1] * 40 + m[3] * 40 + m[5]
            out[el.get("id")] = (x, y)
        if tag == "svg" and el is not tree.getroot():
            return  # architecture icons: nested <svg>, nothing of ours inside
        for ch in el:
            walk(ch, m)
    root = tree.getroot()
    for ch in root:
        walk(ch, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return out


ID_PATTERNS = {"er": r"my-svg-entity-(.+)-\d+$", "mindmap": r"my-svg-node_(\d+)$",
               "block": r"my-svg-(.+)$", "arch": r"my-svg-service-(.+)$", "req": r"my-svg-(.+)$",
               "c4": r"my-svg-(.+)$", "flowchart": r"my-svg-flowchart-(.+)-\d+$"}


def render(d):
    os.makedirs(WORK, exist_ok=True)
    mmd = os.path.join(WORK, d["name"] + ".mmd")
    with open(mmd, "w") as f:
        f.write(d["src"])
    cfg = os.path.join(WORK, d["name"] + ".config.json")
    with open(cfg, "w") as f:
        json.dump(dict(d.get("config", {}), handDrawnSeed=1), f)
    pup = os.path.join(WORK, "puppeteer.json")
    with open(pup, "w") as f:
        json.dump(PUPPETEER, f)
    svg = os.path.join(HERE, d["name"] + ".svg")
    subprocess.run([MMDC, "-q", "-p", pup, "-c", cfg, "-i", mmd, "-o", svg], check=True)
    return svg


def graph_of(d):
    if d["kind"] == "flowchart":
        ids = [n[0] for n in d["nodes"]]
        labels = {n[0]: n[2] for n in d["nodes"]}
        edges = [(a, b) for a, _, b, _ in d["links"]]
        shape = {n[0]: n[1] for n in d["nodes"]}
    else:
        ids, labels, edges, shape = d["ids"], d["labels"], d["edges"], d.get("shapes", {})
    return ids, labels, edges, shape


def main():
    drawings = [er_shop(), er_airline(), mindmap_shapes(), mindmap_tidy(), block_arrows(),
                block_lines(), arch_cloud(), arch_mesh(), requirements(), c4_context(),
                c4_container(), flow_handdrawn_td(), flow_handdrawn_lr(), flow_elk()]
    only = os.environ.get("ONLY")
    if only:
        drawings = [d for d in drawings if only in d["name"]]
    svgs = []
    for d in drawings:
        svgs.append(render(d))
    chk = subprocess.run(["node", os.path.join(HERE, "check.mjs")] + svgs, check=True,
                         capture_output=True, text=True, env=dict(os.environ, NPMDIR=NPMDIR)).stdout
    boxes = {}
    for line in chk.splitlines():
        j = json.loads(line)
        boxes[j["file"]] = {n["id"]: n for n in j["nodes"]}
    for d, svg in zip(drawings, svgs):
        ids, labels, edges, shape = graph_of(d)
        origins = node_origins(svg)
        byid = {}
        for gid, xy in origins.items():
            m = re.match(ID_PATTERNS[d["kind"]], gid)
            assert m, gid
            key = m.group(1)
            if d["kind"] == "mindmap":
                key = ids[int(key)]  # node_K is the K-th node in document order
            if key in d.get("containers", []):
                continue
            assert key not in byid, gid
            byid[key] = (gid, xy)
        assert sorted(byid) == sorted(ids), (d["name"], sorted(byid), sorted(ids))
        nodes = []
        worst = 0.0
        tol = TOL_HANDDRAWN if d.get("handdrawn") else 0.01
        for nid in ids:
            gid, (x, y) = byid[nid]
            if shape.get(nid) == "diamond" and not d.get("handdrawn"):
                x += 0.5
            b = boxes[svg][gid]
            if d["kind"] == "mindmap" and shape[nid] in ("bang", "cloud"):
                # bang and cloud outlines are arcs that bulge unevenly round
                # the group origin: the truth is the drawn outline's box centre
                # (Chromium's getBBox, which agrees with svgpathtools' exact
                # path bbox to 1e-6)
                x, y = b["bx"], b["by"]
            err = max(abs(b["bx"] - x), abs(b["by"] - y))
            worst = max(worst, err)
            if err >= tol:
                print("  !! %s %s origin (%.3f, %.3f) box centre (%.3f, %.3f) size %.1fx%.1f" % (
                    d["name"], nid, x, y, b["bx"], b["by"], b["w"], b["h"]))
            node = {"id": nid, "x": round(x, 4), "y": round(y, 4)}
            if nid in labels:
                node["label"] = labels[nid]
            nodes.append(node)
        multi = len(set(edges)) != len(edges)
        truth = {"generator": GEN + (" " + json.dumps(d["config"]) if d.get("config") else ""),
                 "directed": d["directed"], "nodes": nodes, "edges": [list(e) for e in edges],
                 "notes": d["notes"] + ("; multigraph" if multi and "multigraph" not in d["notes"] else "")}
        with open(os.path.join(HERE, d["name"] + ".truth.json"), "w") as f:
            json.dump(truth, f, indent=1)
            f.write("\n")
        print("%-24s %3d nodes %3d edges  %7d bytes  worst |truth - drawn box centre| %.4f" % (
            d["name"], len(nodes), len(edges), os.path.getsize(svg), worst))


if __name__ == "__main__":
    main()
