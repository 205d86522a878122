// Regenerates every NAME.svg + NAME.truth.json in this folder with D2's WASM build.
//
//   mkdir -p /tmp/d2-work && cp package.json /tmp/d2-work/ &&
//   (cd /tmp/d2-work && npm install --no-audit --no-fund)
//   node generate.mjs [/tmp/d2-work]
//
// Each drawing is d2.compile(source, options) then d2.render(diagram, renderOptions),
// the SVG exactly as returned. The truth comes from the compiled diagram: every
// shape's pos (top-left) + width/height / 2, mapped through the nested
// <svg class="d2-svg" viewBox=...> that d2 wraps the drawing in (read from the SVG).
import fs from 'fs';
import path from 'path';
import { pathToFileURL, fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = process.argv[2] || '/tmp/d2-work';
const pkgDir = path.join(work, 'node_modules', '@terrastruct', 'd2');
const { D2 } = await import(pathToFileURL(path.join(pkgDir, 'dist', 'node-esm', 'index.js')).href);
const d2 = new D2();
const d2Version = await d2.version();
const jsVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;

function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, arr) => arr[Math.floor(rnd() * arr.length)];
function randomEdges(seed, n, m, dag = true) {
  const rnd = mulberry32(seed);
  const seen = new Set(), out = [];
  for (let i = 1; i < n; i++) { const j = Math.floor(rnd() * i); seen.add(`${j},${i}`); out.push([j, i]); }
  while (out.length < m) {
    let a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b) continue;
    if (a > b) [a, b] = [b, a];
    if (seen.has(`${a},${b}`)) continue;
    seen.add(`${a},${b}`); out.push(dag ? [a, b] : (rnd() < 0.5 ? [a, b] : [b, a]));
  }
  return { edges: out, rnd };
}

const drawings = [];

// 1 ---------------------------------------------------------------------------
const SHAPES = ['rectangle', 'square', 'page', 'parallelogram', 'document', 'cylinder', 'queue', 'package', 'step', 'callout',
  'stored_data', 'person', 'diamond', 'oval', 'circle', 'hexagon', 'cloud', 'c4-person'];
{
  const names = SHAPES.map((s) => s.replace('-', '_'));
  const lines = ['direction: down'];
  SHAPES.forEach((s, i) => lines.push(`${names[i]}: ${s === 'c4-person' ? 'C4 person' : s.replace('_', ' ')} {shape: ${s}}`));
  const { edges } = randomEdges(3, SHAPES.length, 24);
  edges.forEach(([a, b], k) => lines.push(`${names[a]} -> ${names[b]}${k % 5 === 0 ? `: e${k}` : ''}`));
  drawings.push({
    name: 'shapes-dagre', layout: 'dagre', directed: true, src: lines.join('\n'),
    notes: 'One node of each of 18 D2 shapes (rectangle, square, page, parallelogram, document, cylinder, queue, package, step, callout, stored_data, person, diamond, oval, circle, hexagon, cloud, c4-person), '
      + 'dagre layout top-down, 24 `->` connections (random DAG, seed 3), some labelled. Shapes are <rect>, <ellipse> or <path> outlines inside <g class="shape">; the person shape\'s label is drawn below it. '
      + 'Connections are <path>s ending at a <marker> triangle (marker-end). Truth = centre of each shape\'s box (pos + size/2); for page, document, callout, cloud, step, queue etc. this is the box d2 fits the outline in.',
  });
}

// 2 ---------------------------------------------------------------------------
{
  const names = SHAPES.map((s) => s.replace('-', '_'));
  const lines = ['direction: right'];
  SHAPES.forEach((s, i) => lines.push(`${names[i]}: {shape: ${s}}`));
  const { edges } = randomEdges(5, SHAPES.length, 26);
  edges.forEach(([a, b]) => lines.push(`${names[a]} -> ${names[b]}`));
  drawings.push({
    name: 'shapes-elk-right', layout: 'elk', directed: true, src: lines.join('\n'),
    notes: 'The 18 D2 shapes again, ELK layered layout left to right (direction: right), 26 `->` connections (random DAG, seed 5); ELK routes connections orthogonally with rounded corners (path with C/S pieces). '
      + 'ELK widens some shapes (person, circle grow to fit ports).',
  });
}

// 3 ---------------------------------------------------------------------------
drawings.push({
  name: 'er-diagram', layout: 'elk', directed: false,
  src: `direction: right
users: {
  shape: sql_table
  id: int {constraint: primary_key}
  email: varchar {constraint: unique}
  name: varchar
}
orders: {
  shape: sql_table
  id: int {constraint: primary_key}
  user_id: int {constraint: foreign_key}
  created: timestamp
}
order_items: {
  shape: sql_table
  order_id: int {constraint: [primary_key; foreign_key]}
  product_id: int {constraint: [primary_key; foreign_key]}
  qty: int
}
products: {
  shape: sql_table
  id: int {constraint: primary_key}
  title: varchar
  price: decimal
}
categories: {
  shape: sql_table
  id: int {constraint: primary_key}
  name: varchar
}
addresses: {
  shape: sql_table
  id: int {constraint: primary_key}
  user_id: int {constraint: foreign_key}
  city: varchar
}
reviews: {
  shape: sql_table
  id: int {constraint: primary_key}
  user_id: int {constraint: foreign_key}
  product_id: int {constraint: foreign_key}
}
users.id <-> orders.user_id: {source-arrowhead.shape: cf-one-required; target-arrowhead.shape: cf-many}
orders.id <-> order_items.order_id: {source-arrowhead.shape: cf-one-required; target-arrowhead.shape: cf-many-required}
products.id <-> order_items.product_id: {source-arrowhead.shape: cf-one; target-arrowhead.shape: cf-many}
categories.id <-> products: {source-arrowhead.shape: cf-one; target-arrowhead.shape: cf-many}
users.id <-> addresses.user_id: {source-arrowhead.shape: cf-one-required; target-arrowhead.shape: cf-many}
users.id <-> reviews.user_id: {source-arrowhead.shape: cf-one; target-arrowhead.shape: cf-many}
products.id <-> reviews.product_id: {source-arrowhead.shape: cf-one; target-arrowhead.shape: cf-many}`,
  notes: 'Entity-relationship diagram, ELK left to right: seven sql_table shapes (a dark header <rect> with the table name, then one row per column: name, type and PK/FK/UNQ constraint <text>s, separated by <line>s). '
    + 'Relationships are `<->` with crow\'s-foot heads at both ends (cf-one, cf-one-required, cf-many, cf-many-required); they attach to column rows, not to table centres. '
    + 'Crow\'s feet carry cardinality, not direction: undirected truth, one edge per relationship between the two tables.',
});

// 4 ---------------------------------------------------------------------------
drawings.push({
  name: 'class-diagram', layout: 'dagre', directed: true,
  src: `Animal: {
  shape: class
  -name: string
  +age: int
  +speak(): string
  +move(dx int, dy int)
}
Dog: {
  shape: class
  +breed: string
  +speak(): string
}
Cat: {
  shape: class
  +indoor: bool
}
Bird: {
  shape: class
  +wingspan: float
  +fly()
}
Owner: {
  shape: class
  +name: string
  +adopt(a Animal)
}
Shelter: {
  shape: class
  +capacity: int
}
Vet: {
  shape: class
  +treat(a Animal)
}
Collar: {
  shape: class
  +colour: string
}
Dog -> Animal: extends {target-arrowhead: {shape: triangle; style.filled: false}}
Cat -> Animal: extends {target-arrowhead: {shape: triangle; style.filled: false}}
Bird -> Animal: extends {target-arrowhead: {shape: triangle; style.filled: false}}
Animal -> Shelter: housed in {target-arrowhead: {shape: diamond; style.filled: false}}
Collar -> Dog: part of {target-arrowhead: {shape: diamond; style.filled: true}}
Owner -> Animal: owns {target-arrowhead.shape: arrow}
Vet -> Animal: treats
Owner -> Vet: visits {style.stroke-dash: 4}`,
  notes: 'UML class diagram with D2 `shape: class` (dark header with the class name, then field and method rows with visibility +/- and types). '
    + 'Inheritance uses an unfilled triangle head, aggregation an unfilled diamond and composition a filled diamond AT THE TARGET (whole side), associations an open `arrow` head or the default triangle; one dashed connection; all connections labelled. Directed towards the head.',
});

// 5 ---------------------------------------------------------------------------
drawings.push({
  name: 'containers-nested', layout: 'dagre', directed: true,
  src: `user: User {shape: person}
cloud: AWS {
  vpc: VPC {
    web1: web 1
    web2: web 2
    app: App tier {
      api: API
      worker: Worker
      api -> worker: jobs
    }
  }
  s3: S3 {shape: cylinder}
  cdn: CDN {shape: cloud}
}
onprem: On-prem {
  db: Postgres {shape: cylinder}
  ldap: LDAP
}
monitor: Monitor {shape: hexagon}
user -> cloud.cdn
cloud.cdn -> cloud.vpc.web1
cloud.cdn -> cloud.vpc.web2
cloud.vpc.web1 -> cloud.vpc.app.api
cloud.vpc.web2 -> cloud.vpc.app.api
cloud.vpc.app.worker -> cloud.s3
cloud.vpc.app.api -> onprem.db
cloud.vpc.app.api -> onprem.ldap
monitor -> cloud.vpc.app: scrape`,
  notes: 'Nested containers (AWS > VPC > App tier, and On-prem), dagre. Containers are filled <rect>s with their label at the top, drawn BEFORE the nodes inside them; connections cross container borders. '
    + 'Containers are not nodes, except `cloud.vpc.app` (App tier), which is the end of the connection monitor -> cloud.vpc.app and so is a node (centre of its container box). Node ids are d2 absolute ids (cloud.vpc.web1), labels the text drawn.',
});

// 6 ---------------------------------------------------------------------------
drawings.push({
  name: 'containers-grid-elk', layout: 'elk', directed: true,
  src: `direction: right
ingest: Ingest {
  grid-rows: 2
  grid-gap: 20
  k1: kafka 1
  k2: kafka 2
  k3: kafka 3
  k4: kafka 4
}
process: Processing {
  map: Map {shape: step}
  reduce: Reduce {shape: step}
  map -> reduce
}
store: Storage {
  hot: Hot {shape: cylinder}
  cold: Cold {shape: cylinder}
  hot -> cold: age out
}
api: API {shape: hexagon}
ingest.k1 -> process.map
ingest.k2 -> process.map
ingest.k3 -> process.map
ingest.k4 -> process.map
process.reduce -> store.hot
store -> api
api -> ingest: replay {style.stroke-dash: 3}`,
  notes: 'ELK, left to right, with a grid container (grid-rows: 2, four cells) and two ordinary containers. Two containers are ends of connections and so are nodes: `store` (store -> api) and `ingest` (api -> ingest, dashed); '
    + '`process` is only a frame. Grid cells touch the container frame closely.',
});

// 7 ---------------------------------------------------------------------------
{
  const { edges } = randomEdges(17, 30, 42, false);
  const lines = ['direction: right', '*.shape: circle', '*.width: 40'];
  for (let i = 0; i < 30; i++) lines.push(`c${i}`);
  edges.forEach(([a, b]) => lines.push(`c${a} -- c${b}`));
  drawings.push({
    name: 'random-undirected-30', layout: 'elk', directed: false, src: lines.join('\n'),
    notes: 'Random connected graph (seed 17), 30 circles of width 40 (glob `*.shape: circle`), 42 undirected `--` connections (no heads), ELK layered layout left to right, orthogonal routes.',
  });
}

// 8 ---------------------------------------------------------------------------
{
  const { edges, rnd } = randomEdges(23, 20, 30, false);
  const lines = [];
  const kinds = ['<->', '<->', '--'];
  for (let i = 0; i < 20; i++) lines.push(`s${i}: server ${i}${i % 4 === 0 ? ' {shape: oval}' : ''}`);
  edges.forEach(([a, b], k) => lines.push(`s${a} ${pick(rnd, kinds)} s${b}${k % 6 === 0 ? ': link' : ''}`));
  drawings.push({
    name: 'bidirectional-dark', layout: 'dagre', directed: false, src: lines.join('\n'), themeID: 200,
    notes: 'Theme 200 "Dark Mauve" (dark background <rect>, light strokes): 20 nodes, 30 connections (seed 23) that are either `<->` (a triangle marker at BOTH ends: marker-start and marker-end) or plain `--`, some labelled. No single direction: undirected truth.',
  });
}

// 9 ---------------------------------------------------------------------------
{
  const heads = [
    ['triangle', ''], ['arrow', ''], ['triangle (unfilled)', '{shape: triangle; style.filled: false}'], ['diamond', '{shape: diamond}'],
    ['filled diamond', '{shape: diamond; style.filled: true}'], ['circle', '{shape: circle}'], ['filled circle', '{shape: circle; style.filled: true}'],
    ['box', '{shape: box}'], ['filled box', '{shape: box; style.filled: true}'], ['cf-one', '{shape: cf-one}'], ['cf-many', '{shape: cf-many}'],
    ['cf-one-required', '{shape: cf-one-required}'], ['cf-many-required', '{shape: cf-many-required}'],
  ];
  const lines = ['direction: right', 'hub: Hub {shape: circle}'];
  heads.forEach(([label, spec], i) => {
    lines.push(`t${i}: "${label}"`);
    const src = i % 2 ? `t${i}` : 'hub', dst = i % 2 ? 'hub' : `t${i}`;
    const head = spec ? `target-arrowhead: ${spec}` : (label === 'arrow' ? 'target-arrowhead.shape: arrow' : '');
    lines.push(`${src} -> ${dst}${head ? `: {${head}}` : ''}`);
  });
  lines.push('t0 -> t1', 't2 -> t3: {target-arrowhead: {shape: circle; style.filled: true}}', 't4 <- t5: {source-arrowhead.shape: diamond}');
  drawings.push({
    name: 'arrowhead-zoo', layout: 'dagre', directed: true, src: lines.join('\n'),
    notes: 'Every D2 target-arrowhead shape on a `->` connection: triangle (default), arrow, unfilled triangle, diamond, filled diamond, circle, filled circle, box, filled box, cf-one, cf-many, cf-one-required, cf-many-required; '
      + 'half of them point into the hub, half out of it; one `t4 <- t5` is written backwards (the head is at t4, so the truth edge is t5 -> t4). The head sits at the target whatever its shape, so the truth is directed towards it. '
      + 'Heads are <marker>s (marker-end / marker-start) holding <polygon>, <path> or <circle> shapes.',
  });
}

// 10 --------------------------------------------------------------------------
{
  const { edges } = randomEdges(41, 16, 22);
  const lines = [];
  const shapes = ['rectangle', 'oval', 'cylinder', 'diamond'];
  for (let i = 0; i < 16; i++) lines.push(`k${i}: task ${i} {shape: ${shapes[i % 4]}}`);
  edges.forEach(([a, b]) => lines.push(`k${a} -> k${b}`));
  drawings.push({
    name: 'sketch-terminal', layout: 'dagre', directed: true, src: lines.join('\n'), sketch: true, themeID: 300,
    notes: 'Sketch mode (hand-drawn look: every outline and connection is a rough <path> drawn twice with jitter, fills are hatched through a streaks <pattern> overlay) with theme 300 "Terminal" (black and white, labels upper-cased by CSS); '
      + '16 nodes (rectangle, oval, cylinder, diamond) and 22 `->` connections (random DAG, seed 41), dagre.',
  });
}

// 11 --------------------------------------------------------------------------
{
  const { edges } = randomEdges(77, 100, 125);
  const lines = ['direction: right'];
  edges.forEach(([a, b]) => lines.push(`n${a} -> n${b}`));
  drawings.push({
    name: 'large-dag-100', layout: 'dagre', directed: true, src: lines.join('\n'),
    notes: 'Random connected DAG (seed 77), 100 rectangles and 125 `->` connections, dagre, left to right; long connections are smooth cubic curves through dagre\'s dummy points.',
  });
}

// 12 --------------------------------------------------------------------------
drawings.push({
  name: 'multigraph-loops', layout: 'dagre', directed: true,
  src: `a: Alpha
b: Beta
c: Gamma
d: Delta
e: Epsilon
f: Zeta
a -> b: first
a -> b: second
a -> b
b -> a: back
b -> c
c -> c: retry
c -> d
d -> e
e -> d
d -> d
d -> f: x
d -> f: y
f -> a
e -> e: again`,
  notes: 'Multigraph, dagre: three parallel a->b connections (two labelled), the reciprocal b->a, reciprocal d<->e written as two connections, two parallel labelled d->f, '
    + 'and three self-loops (c, d, e) drawn as curved loops on the node\'s side. Truth lists every connection, so parallel pairs appear several times.',
});

// 13 --------------------------------------------------------------------------
drawings.push({
  name: 'styles-zoo', layout: 'elk', directed: true, themeID: 4,
  src: `direction: down
a: 3d box {style.3d: true}
b: multiple {style.multiple: true}
c: double border {style.double-border: true}
d: shadow {style.shadow: true}
e: dots {style.fill-pattern: dots}
f: lines {style.fill-pattern: lines}
g: grain {style.fill-pattern: grain}
h: dashed {style.stroke-dash: 5}
i: rounded {style.border-radius: 12}
j: faded {style.opacity: 0.4}
k: thick {style.stroke-width: 6}
l: hex 3d {shape: hexagon; style.3d: true}
m: circle double {shape: circle; style.double-border: true}
n: multi cylinder {shape: cylinder; style.multiple: true}
a -> b -> c -> d
a -> e -> f -> g
b -> h -> i
c -> j -> k
d -> l -> m -> n
g -> n
i -> n: {style.stroke-width: 4}
k -> m: {style.animated: true}`,
  notes: 'Style variety, theme 4 "Cool classics", ELK top-down: 3d (an extruded box drawn up-right of the face), multiple (a second outline offset 10 units up-right behind the shape), double-border (two concentric outlines), shadow (filter), fill patterns dots/lines/grain (<pattern> fills), '
    + 'dashed stroke, rounded corners, 0.4 opacity, stroke-width 6, a 3d hexagon, a double circle and a "multiple" cylinder; one thick and one animated connection. '
    + 'Truth = centre of the shape\'s own box (the front face for 3d and multiple, the outer outline for double-border), as d2 lays it out; the extra outlines of 3d/multiple extend 10-15 units up and right of it.',
});

// ------------------------------------------------------------------------------
function rootMapping(svg) {
  const outer = svg.match(/<svg\b[^>]*>/)[0];
  const inner = svg.slice(outer.length + svg.indexOf(outer)).match(/<svg\b[^>]*>/)[0];
  if (!/d2-svg/.test(inner)) throw new Error('no inner d2-svg');
  const vb = inner.match(/viewBox="([^"]*)"/)[1].trim().split(/[ ,]+/).map(Number);
  const w = +inner.match(/ width="([\d.]+)"/)[1], h = +inner.match(/ height="([\d.]+)"/)[1];
  const ix = +(inner.match(/ x="([-\d.]+)"/) || [0, 0])[1], iy = +(inner.match(/ y="([-\d.]+)"/) || [0, 0])[1];
  const sx = w / vb[2], sy = h / vb[3];
  if (Math.abs(sx - sy) > 1e-9) throw new Error('non-uniform inner svg scale');
  return { map: (x, y) => [ix + (x - vb[0]) * sx, iy + (y - vb[1]) * sy], desc: `x_root = ${ix} + (x_d2 - ${vb[0]}) * ${sx}, y_root = ${iy} + (y_d2 - ${vb[1]}) * ${sy}` };
}

const round6 = (v) => Math.round(v * 1e6) / 1e6;
for (const d of drawings) {
  const opts = { layout: d.layout };
  if (d.sketch) opts.sketch = true;
  if (d.themeID !== undefined) opts.themeID = d.themeID;
  const r = await d2.compile(d.src, opts);
  const svg = await d2.render(r.diagram, r.renderOptions);
  const { map, desc } = rootMapping(svg);
  const shapes = r.diagram.shapes;
  const conns = r.diagram.connections;
  const connected = new Set();
  for (const c of conns) { connected.add(c.src); connected.add(c.dst); }
  const nodes = [];
  const ids = new Set();
  for (const s of shapes) {
    const isContainer = shapes.some((o) => o.id.startsWith(s.id + '.'));
    if (isContainer && !connected.has(s.id)) continue;
    const [x, y] = map(s.pos.x + s.width / 2, s.pos.y + s.height / 2);
    // the shape's drawn box must be in the SVG, inside the <g class=base64(id)>
    const cls = Buffer.from(s.id).toString('base64');
    if (!svg.includes(`<g class="${cls}`)) throw new Error(`${d.name}: no group for ${s.id}`);
    ids.add(s.id);
    const node = { id: s.id, x: round6(x), y: round6(y) };
    if (s.label) node.label = s.label;
    nodes.push(node);
  }
  const edges = [];
  for (const c of conns) {
    if (!ids.has(c.src) || !ids.has(c.dst)) throw new Error(`${d.name}: connection ${c.id} to a non-node`);
    const hs = c.srcArrow !== 'none', he = c.dstArrow !== 'none';
    if (d.directed) {
      if (hs === he) throw new Error(`${d.name}: ${c.id} shows no single direction`);
      edges.push(he ? [c.src, c.dst] : [c.dst, c.src]);
    } else {
      if (hs !== he) throw new Error(`${d.name}: ${c.id} is directed in an undirected drawing`);
      edges.push([c.src, c.dst]);
    }
  }
  const optText = Object.entries(opts).map(([k, v]) => `${k}=${v}`).join(', ');
  const notes = `${d.notes} Compile options: ${optText}. Truth: compiled diagram shape pos + size/2, mapped into the root user space through the nested <svg class="d2-svg"> viewBox: ${desc}. D2 source:\n${d.src}`;
  const truth = { generator: `d2 ${d2Version} (WASM, @terrastruct/d2 ${jsVersion}), ${d.layout} layout`, directed: d.directed, nodes, edges, notes };
  fs.writeFileSync(path.join(here, `${d.name}.svg`), svg);
  fs.writeFileSync(path.join(here, `${d.name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
  console.log(`${d.name}: ${nodes.length} nodes, ${edges.length} edges, svg ${svg.length} bytes`);
}
process.exit(0);
