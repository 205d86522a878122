// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// Graphs are laid out by elkjs (the Eclipse Layout Kernel compiled to JS) and
// drawn to SVG by the small renderer below, written the way elkjs users draw
// ELK output (elkjs-svg / elk-live + sprotty style): nodes as <rect> (or
// ellipses) with <text> labels, ports as small rects on the node border,
// edges as <polyline>/<path> through the sections' startPoint, bendPoints and
// endPoint, arrowheads as a <marker> or as sprotty-style rotated <path>s.
// Two renderer flavours:
//   - "flat": every coordinate made absolute (parents' offsets added), one
//     root <g transform="translate(m,m)">;
//   - "nested": sprotty-like, one <g transform="translate(x, y)"> per node,
//     children and ports inside their parent's group, each edge inside the
//     group of its ELK `container` (the frame its coordinates are relative to).
// Truth positions: node centres from ELK's output x, y, width, height, with
// the parents' offsets accumulated and the renderer's root transform applied.
//
// Usage (see README.md):  node generate.mjs   (elkjs in $ELK_WORK,
// default /tmp/elk-work)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.ELK_WORK || '/tmp/elk-work';
const require = createRequire(path.join(WORK, 'package.json'));
const ELK = require(path.join(WORK, 'node_modules/elkjs/lib/elk.bundled.js'));
const ELK_VERSION = JSON.parse(fs.readFileSync(path.join(WORK, 'node_modules/elkjs/package.json'), 'utf8')).version;
const elk = new ELK();

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = ['parse', 'lex', 'load', 'store', 'emit', 'check', 'merge', 'split', 'sort', 'scan', 'map', 'fold',
  'read', 'write', 'send', 'recv', 'init', 'exit', 'push', 'pop', 'hash', 'join', 'fork', 'wait'];
const word = (i) => WORDS[i % WORDS.length] + (i >= WORDS.length ? Math.floor(i / WORDS.length) : '');
const CHAR_W = 6.6; // label width estimate per character at font-size 11
const labelOf = (text) => ({ text, width: Math.ceil(text.length * CHAR_W) + 4, height: 14 });
const num = (v) => String(Math.round(v * 1e6) / 1e6);
const pt = (p) => `${num(p.x)},${num(p.y)}`;
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function node(id, w, h, extra = {}) {
  return { id, width: w, height: h, labels: [labelOf(id)], ...extra };
}
function port(id, side, extra = {}) {
  return { id, width: 8, height: 8, layoutOptions: { 'elk.port.side': side }, ...extra };
}
function edge(id, s, t, extra = {}) {
  return { id, sources: [s], targets: [t], ...extra };
}

// random DAG on nodes 0..n-1 (edges go from lower to higher index)
function dag(n, m, rnd, span = n, back = 4) {
  const out = [], seen = new Set();
  for (let i = 1; i < n; i++) {
    const a = Math.max(0, i - 1 - Math.floor(rnd() * Math.min(i, back)));
    out.push([a, i]); seen.add(a + ',' + i);
  }
  let guard = 0;
  while (out.length < m && guard++ < 10000) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a >= b || b - a > span || seen.has(a + ',' + b)) continue;
    seen.add(a + ',' + b); out.push([a, b]);
  }
  return out;
}

// ---------------------------------------------------------------- drawings
const drawings = [];

// 1. layered RIGHT, ports on fixed sides, orthogonal, sprotty style
{
  const rnd = mulberry32(1), n = 14;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('n' + i, 60, 36, { ports: [], layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' } }));
  const es = [];
  dag(n, 20, rnd, 6).forEach(([a, b], k) => {
    const po = 'n' + a + '_out' + k, pi = 'n' + b + '_in' + k;
    ns[a].ports.push(port(po, 'EAST'));
    ns[b].ports.push(port(pi, 'WEST'));
    es.push(edge('e' + k, po, pi));
  });
  drawings.push({
    name: 'layered-ports-right-14', render: { inline: true, flavour: 'nested', arrows: 'sprotty', rootTransform: 'translate(20, 20)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.spacing.nodeNode': '30', 'elk.layered.spacing.nodeNodeBetweenLayers': '50' }, children: ns, edges: es },
    notes: 'ELK layered, direction RIGHT, 14 nodes with one port per edge end (8x8 <rect>s just outside the node border: inputs WEST, outputs EAST, portConstraints FIXED_SIDE), 20 orthogonally routed edges from port to port, drawn sprotty-style: every node a <g transform="translate(x, y)"> holding a <rect x="0" y="0" rx="4">, its name and its ports (each a <g transform="translate(..)"> with a <rect>); edges are <path d="M x,y L x,y ..."> with a separate filled arrowhead <path d="M 0,0 L 8,-4 L 8,4 Z" transform="rotate(a x y) translate(x y)">. Ports are not nodes; an edge goes from the node owning its source port to the node owning its target port.',
  });
}

// 2. layered DOWN, edge labels, flat elkjs-svg style with markers
{
  const rnd = mulberry32(2), n = 16;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node(word(i), 64, 30));
  const es = dag(n, 22, rnd, 5).map(([a, b], k) => edge('e' + k, word(a), word(b), { labels: [labelOf(k % 2 ? 'calls' : 'x' + k)] }));
  drawings.push({
    name: 'layered-down-edge-labels-16', render: { flavour: 'flat', arrows: 'marker', edgeLabelBg: true, rootTransform: 'translate(10,10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.edgeLabels.placement': 'CENTER', 'elk.spacing.edgeLabel': '4' }, children: ns, edges: es },
    notes: 'ELK layered, direction DOWN, 16 nodes, 22 orthogonal edges, each with a label that ELK placed (inline, centred): drawn elkjs-svg style with absolute coordinates, edges as <polyline> with marker-end="url(#arrow)", nodes as <rect> with a centred <text>, each edge label a <text> over a white <rect> (label boxes are closed rects, smaller than the nodes).',
  });
}

// 3. hierarchy, nested (sprotty) groups, ports on a composite node
{
  const leaf = (id) => node(id, 50, 30);
  const P1 = { id: 'P1', labels: [labelOf('P1')], children: ['a', 'b', 'c', 'd'].map(leaf), layoutOptions: { 'elk.padding': '[top=24,left=12,bottom=12,right=12]' } };
  const P2 = { id: 'P2', labels: [labelOf('P2')], children: ['e', 'f', 'g'].map(leaf), ports: [port('P2_in', 'WEST'), port('P2_out', 'EAST')], layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE', 'elk.padding': '[top=24,left=12,bottom=12,right=12]' } };
  const P4 = { id: 'P4', labels: [labelOf('P4')], children: ['i', 'j', 'k'].map(leaf), layoutOptions: { 'elk.padding': '[top=24,left=12,bottom=12,right=12]' } };
  const P3 = { id: 'P3', labels: [labelOf('P3')], children: [leaf('h'), P4], layoutOptions: { 'elk.padding': '[top=24,left=12,bottom=12,right=12]' } };
  const ns = [leaf('x'), P1, P2, P3, leaf('y'), leaf('z')];
  const es = [
    ['x', 'a'], ['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'P2_in'], ['P2_in', 'e'], ['e', 'f'], ['e', 'g'],
    ['f', 'P2_out'], ['g', 'P2_out'], ['P2_out', 'h'], ['h', 'i'], ['i', 'j'], ['i', 'k'], ['k', 'y'], ['x', 'P3'], ['j', 'z'], ['c', 'k'],
  ].map(([s, t], k) => edge('e' + k, s, t));
  drawings.push({
    name: 'layered-hierarchy-nested-16', render: { flavour: 'nested', arrows: 'sprotty', rootTransform: 'translate(16, 16)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.edgeRouting': 'ORTHOGONAL' }, children: ns, edges: es },
    notes: 'ELK layered with hierarchyHandling INCLUDE_CHILDREN: composite nodes P1, P2, P3 and P4 (P4 nested in P3) drawn as larger <rect>s with their name at the top, children inside, everything in nested sprotty-style <g transform="translate(x, y)"> groups (a child\'s position is its parents\' translations added up); edges are drawn inside the group of their ELK container, so their coordinates are relative to it. P2 has two ports (WEST in, EAST out) through which edges enter and leave, and P3 is the target of x->P3: P2 and P3 have edges of their own and are nodes of the truth (at their box centres); P1 and P4 are containers only. Edges ending on P2\'s ports count as edges of P2 (d->P2, P2->e, f->P2, g->P2, P2->h): 16 truth nodes, 19 edges.',
  });
}

// 4. layered polyline, undirected, ellipses
{
  const rnd = mulberry32(4), n = 24;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('v' + i, 40, 40));
  const es = dag(n, 34, rnd, 8).map(([a, b], k) => edge('e' + k, 'v' + a, 'v' + b));
  drawings.push({
    name: 'layered-polyline-undirected-24', render: { flavour: 'flat', arrows: 'none', nodeShape: 'ellipse', edgeEl: 'path', rootTransform: 'translate(8,8)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'POLYLINE', 'elk.layered.spacing.nodeNodeBetweenLayers': '60' }, children: ns, edges: es },
    notes: 'ELK layered, direction RIGHT, POLYLINE edge routing, 24 nodes drawn as <ellipse>s inscribed in the ELK boxes, 34 edges as <path d="M.. L..">, no arrowheads (undirected). The polyline end points lie on the ELK bounding box, which is outside the ellipse near the corners, so edge ends may stop short of the drawn node.',
  });
}

// 5. layered splines, DOWN
{
  const rnd = mulberry32(5), n = 18;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('s' + i, 48, 28));
  const es = dag(n, 26, rnd, 7).map(([a, b], k) => edge('e' + k, 's' + a, 's' + b));
  drawings.push({
    name: 'layered-splines-down-18', render: { flavour: 'flat', arrows: 'marker', edgeEl: 'spline', nodeShape: 'roundrect', rootTransform: 'translate(10,10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'SPLINES', 'elk.layered.edgeRouting.splines.mode': 'CONSERVATIVE' }, children: ns, edges: es },
    notes: 'ELK layered, direction DOWN, SPLINES routing: the bend points are control points of a piecewise cubic spline, drawn as one <path> "M start C c1 c2 p C ..." (every section here has 3k bend points + end point, so only C pieces) with marker-end arrowheads; 18 rounded-rect nodes (rx=6), 26 edges.',
  });
}

// 6. force, undirected, circles
{
  const rnd = mulberry32(6), n = 30;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('f' + i, 30, 30));
  const es = [], seen = new Set();
  for (let i = 1; i < n; i++) { const a = Math.floor(rnd() * i); es.push(edge('e' + es.length, 'f' + a, 'f' + i)); seen.add(a + ',' + i); }
  while (es.length < 40) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a >= b || seen.has(a + ',' + b)) continue;
    seen.add(a + ',' + b); es.push(edge('e' + es.length, 'f' + a, 'f' + b));
  }
  drawings.push({
    name: 'force-undirected-30', render: { inline: true, flavour: 'flat', arrows: 'none', nodeShape: 'circle', edgeEl: 'line', rootTransform: 'translate(10,10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'force', 'elk.randomSeed': '6', 'elk.force.iterations': '400', 'elk.spacing.nodeNode': '40' }, children: ns, edges: es },
    notes: 'ELK force (Eades model), 30 nodes drawn as <circle>s inscribed in the ELK boxes with the name inside, 40 straight edges as <line>s between the ELK edge section end points (which lie on the bounding boxes), undirected.',
  });
}

// 7. stress, directed, rects with markers
{
  const rnd = mulberry32(7), n = 40;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('t' + i, 36, 22));
  const es = [], seen = new Set();
  for (let i = 1; i < n; i++) { const a = Math.floor(rnd() * i); es.push(edge('e' + es.length, 't' + a, 't' + i)); seen.add(a + ',' + i); }
  while (es.length < 52) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b) || seen.has(b + ',' + a)) continue;
    seen.add(a + ',' + b); es.push(edge('e' + es.length, 't' + a, 't' + b));
  }
  drawings.push({
    name: 'stress-directed-40', render: { inline: true, flavour: 'flat', arrows: 'marker', edgeEl: 'polyline', rootTransform: 'translate(12,12) scale(0.8)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'stress', 'elk.stress.desiredEdgeLength': '80' }, children: ns, edges: es },
    notes: 'ELK stress, 40 rect nodes, 52 directed edges as straight <polyline>s with marker-end arrowheads, all inside <g transform="translate(12,12) scale(0.8)">.',
  });
}

// 8. mrtree, DOWN, sprotty arrows
{
  const rnd = mulberry32(8), n = 40;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('m' + i, 40, 24));
  const es = [];
  for (let i = 1; i < n; i++) { const a = Math.floor(rnd() * Math.min(i, 12)); es.push(edge('e' + i, 'm' + a, 'm' + i)); }
  drawings.push({
    name: 'mrtree-down-40', render: { flavour: 'nested', arrows: 'sprotty', rootTransform: 'translate(10, 10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'mrtree', 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': '16' }, children: ns, edges: es },
    notes: 'ELK mrtree (Mr. Tree), direction DOWN, a 40-node random tree; sprotty-style nested groups, edges as <path>s through the ELK bend points with separate rotated arrowhead <path>s.',
  });
}

// 9. radial, undirected
{
  const rnd = mulberry32(9), n = 46;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('r' + i, 24, 24));
  const es = [];
  for (let i = 1; i < n; i++) { const a = i < 6 ? 0 : Math.floor(rnd() * Math.min(i, 18)); es.push(edge('e' + i, 'r' + a, 'r' + i)); }
  drawings.push({
    name: 'radial-tree-46', render: { flavour: 'flat', arrows: 'none', nodeShape: 'circle', edgeEl: 'line', fontSize: 8, rootTransform: 'translate(10,10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'radial', 'elk.radial.radius': '90', 'elk.spacing.nodeNode': '14' }, children: ns, edges: es },
    notes: 'ELK radial tree layout, 46 nodes on concentric circles drawn as <circle>s with small names, 45 straight undirected <line> edges between the ELK section end points.',
  });
}

// 10. self-loops and parallel edges, layered, nested
{
  const ns = [];
  for (let i = 0; i < 10; i++) ns.push(node('q' + i, 56, 34));
  const pairs = [[0, 1], [0, 1], [0, 1], [1, 2], [2, 3], [3, 2], [2, 4], [4, 5], [4, 5], [5, 6], [6, 7], [7, 8], [8, 9], [9, 0],
    [1, 1], [3, 3], [5, 5], [5, 5], [8, 8], [6, 1], [7, 3]];
  const es = pairs.map(([a, b], k) => edge('e' + k, 'q' + a, 'q' + b));
  drawings.push({
    name: 'layered-loops-multi-10', render: { inline: true, flavour: 'nested', arrows: 'sprotty', rootTransform: 'translate(24, 24)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.spacing.nodeSelfLoop': '14' }, children: ns, edges: es },
    notes: 'ELK layered, direction RIGHT, directed MULTIGRAPH: a bundle of three q0->q1 edges, q4->q5 twice, reciprocal q2<->q3, a cycle closed by back edges (q9->q0, q6->q1, q7->q3: reversed by ELK, routed around), and five self-loops (two on q5) routed orthogonally around a node corner; sprotty-style nested groups and separate arrowhead <path>s.',
  });
}

// 11. ports on all four sides with labels, cycles
{
  const rnd = mulberry32(11), n = 12, SIDES = ['WEST', 'NORTH', 'EAST', 'SOUTH'];
  const ns = [];
  for (let i = 0; i < n; i++) {
    const ps = SIDES.map((s, j) => port(`u${i}_${s[0]}`, s, { labels: [{ text: s[0].toLowerCase(), width: 7, height: 10 }] }));
    ns.push(node('u' + i, 70, 50, { ports: ps, layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE', 'elk.portLabels.placement': 'INSIDE' } }));
  }
  const es = [], seen = new Set();
  while (es.length < 18) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b)) continue;
    seen.add(a + ',' + b);
    const sa = SIDES[Math.floor(rnd() * 4)], sb = SIDES[Math.floor(rnd() * 4)];
    es.push(edge('e' + es.length, `u${a}_${sa[0]}`, `u${b}_${sb[0]}`));
  }
  drawings.push({
    name: 'layered-ports-four-sides-12', render: { inline: true, flavour: 'nested', arrows: 'sprotty', portLabels: true, rootTransform: 'translate(20, 20)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.layered.spacing.edgeNodeBetweenLayers': '20' }, children: ns, edges: es },
    notes: 'ELK layered RIGHT with four ports per node, one on each side (FIXED_SIDE; labelled w/n/e/s inside the node), 18 random edges between random sides, so many edges run backwards or wrap around nodes; several edges can share one port. Ports are 8x8 <rect>s and not nodes. Sprotty-style nested groups.',
  });
}

// 12. big layered graph with ports, flat
{
  const rnd = mulberry32(12), n = 120;
  const ns = [];
  for (let i = 0; i < n; i++) ns.push(node('b' + i, 34, 20, i % 2 ? {} : { ports: [], layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' } }));
  const es = [];
  dag(n, 160, rnd, 40, 40).forEach(([a, b], k) => {
    let s = 'b' + a, t = 'b' + b;
    if (a % 2 === 0) { const p = `b${a}_o${k}`; ns[a].ports.push(port(p, 'SOUTH', { width: 4, height: 4 })); s = p; }
    if (b % 2 === 0) { const p = `b${b}_i${k}`; ns[b].ports.push(port(p, 'NORTH', { width: 4, height: 4 })); t = p; }
    es.push(edge('e' + k, s, t));
  });
  drawings.push({
    name: 'layered-big-ports-120', render: { inline: true, flavour: 'flat', arrows: 'marker', edgeEl: 'polyline', fontSize: 8, rootTransform: 'translate(10,10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.spacing.nodeNode': '12', 'elk.layered.spacing.nodeNodeBetweenLayers': '26' }, children: ns, edges: es },
    notes: 'ELK layered DOWN, 120 nodes, 160 orthogonal edges with marker arrowheads; even-numbered nodes have one 4x4 port per edge (SOUTH out, NORTH in, FIXED_ORDER), odd ones take edges directly on their border. Flat absolute coordinates.',
  });
}

// 13. deeper hierarchy, flat absolute coordinates, composite with edges
{
  const leaf = (id) => node(id, 44, 26);
  const comp = (id, kids) => ({ id, labels: [labelOf(id)], children: kids, layoutOptions: { 'elk.padding': '[top=22,left=10,bottom=10,right=10]' } });
  const A = comp('A', [leaf('a1'), leaf('a2'), comp('A1', [leaf('a3'), leaf('a4'), leaf('a5')])]);
  const B = comp('B', [leaf('b1'), leaf('b2'), leaf('b3'), leaf('b4')]);
  const C = comp('C', [comp('C1', [leaf('c1'), leaf('c2')]), comp('C2', [leaf('c3'), leaf('c4'), leaf('c5')])]);
  const ns = [leaf('s'), A, B, C, leaf('t')];
  const es = [['s', 'a1'], ['a1', 'a2'], ['a1', 'a3'], ['a3', 'a4'], ['a3', 'a5'], ['a2', 'b1'], ['b1', 'b2'], ['b1', 'b3'], ['b3', 'b4'],
    ['a5', 'c1'], ['c1', 'c2'], ['c2', 'c3'], ['c3', 'c4'], ['c3', 'c5'], ['b4', 't'], ['c5', 't'],
    ['s', 'B'], ['A1', 'C1'], ['C2', 't'], ['b2', 'C']].map(([s, t], k) => edge('e' + k, s, t));
  drawings.push({
    name: 'layered-hierarchy-flat-21', render: { inline: true, flavour: 'flat', arrows: 'marker', edgeEl: 'polyline', rootTransform: 'translate(10,10)' },
    graph: { id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.edgeRouting': 'ORTHOGONAL' }, children: ns, edges: es },
    notes: 'ELK layered RIGHT with two levels of nesting (A contains A1; C contains C1 and C2), drawn flat: every <rect> in absolute coordinates (parents\' offsets added up), containers as light boxes with the name at top-left, children drawn over them; <polyline> edges with marker arrowheads. B, C, A1, C1 and C2 have edges of their own (s->B, A1->C1, C2->t, b2->C) and are truth nodes at their box centres; A is a container only. 21 truth nodes, 20 edges.',
  });
}

// ---------------------------------------------------------------- layout + render
function strip(o) {
  if (Array.isArray(o)) return o.map(strip);
  if (o && typeof o === 'object') {
    const r = {};
    for (const [k, v] of Object.entries(o)) if (!k.startsWith('$')) r[k] = strip(v);
    return r;
  }
  return o;
}

// index: id -> {kind: node|port, el, abs: {x,y} of the element's top-left, owner (for ports), parent}
function index(g) {
  const idx = new Map();
  const walk = (n, ox, oy, parent) => {
    const ax = ox + (n.x || 0), ay = oy + (n.y || 0);
    idx.set(n.id, { kind: 'node', el: n, abs: { x: ax, y: ay }, parent });
    for (const p of n.ports || []) idx.set(p.id, { kind: 'port', el: p, abs: { x: ax + p.x, y: ay + p.y }, owner: n.id });
    for (const c of n.children || []) walk(c, ax, ay, n.id);
  };
  walk(g, -(g.x || 0), -(g.y || 0), null);
  return idx;
}
const allEdges = (n) => [...(n.edges || []), ...(n.children || []).flatMap(allEdges)];

// presentation attributes written on the elements when opts.inline is set
// (otherwise only the class is written and a <style> sheet styles it)
const INLINE = {
  node: 'fill="#dde8f5" stroke="#335" stroke-width="1.2"',
  container: 'fill="#f3f3f3" stroke="#999" stroke-width="1"',
  port: 'fill="#335" stroke="none"',
  edge: 'fill="none" stroke="#333" stroke-width="1.2"',
  'elk-arrow': 'fill="#333" stroke="none"',
  'edge-label-bg': 'fill="#fff" stroke="none"',
  'node-label': 'font-family="sans-serif" font-size="11" text-anchor="middle" dominant-baseline="central"',
  'edge-label': 'font-family="sans-serif" font-size="10" fill="#555" text-anchor="middle" dominant-baseline="central"',
  'container-label': 'font-family="sans-serif" font-size="11" font-weight="bold"',
  'port-label': 'font-family="sans-serif" font-size="8"',
};
const C = (name, opts) => `class="${name}"` + (opts.inline ? ' ' + INLINE[name] : '');

function sectionPoints(s) { return [s.startPoint, ...(s.bendPoints || []), s.endPoint]; }

function edgeShape(e, opts, off) {
  // returns svg for one edge (all its sections), coordinates shifted by off
  const sh = (p) => ({ x: p.x + off.x, y: p.y + off.y });
  let out = '';
  for (const s of e.sections || []) {
    const pts = sectionPoints(s).map(sh);
    const marker = opts.arrows === 'marker' ? ' marker-end="url(#arrow)"' : '';
    const cls = `${C('edge', opts)} id="${esc(e.id)}"`;
    if (opts.edgeEl === 'spline') {
      let d = `M ${pt(pts[0])}`;
      let i = 1;
      for (; i + 2 < pts.length; i += 3) d += ` C ${pt(pts[i])} ${pt(pts[i + 1])} ${pt(pts[i + 2])}`;
      if (pts.length - i === 2) d += ` Q ${pt(pts[i])} ${pt(pts[i + 1])}`;
      else if (pts.length - i === 1) d += ` L ${pt(pts[i])}`;
      out += `<path ${cls} d="${d}"${marker}/>\n`;
    } else if (opts.edgeEl === 'line' && pts.length === 2) {
      out += `<line ${cls} x1="${num(pts[0].x)}" y1="${num(pts[0].y)}" x2="${num(pts[1].x)}" y2="${num(pts[1].y)}"${marker}/>\n`;
    } else if (opts.edgeEl === 'polyline') {
      out += `<polyline ${cls} points="${pts.map(pt).join(' ')}"${marker}/>\n`;
    } else {
      out += `<path ${cls} d="M ${pts.map(pt).join(' L ')}"${marker}/>\n`;
    }
    if (opts.arrows === 'sprotty') {
      const p2 = pts[pts.length - 1];
      let p1 = pts[pts.length - 2];
      for (let j = pts.length - 2; j >= 0 && p1.x === p2.x && p1.y === p2.y; j--) p1 = pts[j];
      const deg = Math.atan2(p1.y - p2.y, p1.x - p2.x) * 180 / Math.PI;
      out += `<path ${C('elk-arrow', opts)} d="M 0,0 L 8,-4 L 8,4 Z" transform="rotate(${num(deg)} ${num(p2.x)} ${num(p2.y)}) translate(${num(p2.x)} ${num(p2.y)})"/>\n`;
    }
  }
  for (const l of e.labels || []) {
    const lx = l.x + off.x, ly = l.y + off.y;
    if (opts.edgeLabelBg) out += `<rect ${C('edge-label-bg', opts)} x="${num(lx)}" y="${num(ly)}" width="${num(l.width)}" height="${num(l.height)}"/>\n`;
    out += `<text ${C('edge-label', opts)} x="${num(lx + l.width / 2)}" y="${num(ly + l.height / 2)}">${esc(l.text)}</text>\n`;
  }
  return out;
}

function nodeShape(n, x, y, opts, isParent) {
  const w = n.width, h = n.height;
  const cls = C(isParent ? 'container' : 'node', opts);
  if (isParent) return `<rect ${cls} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="3"/>\n`;
  switch (opts.nodeShape) {
    case 'ellipse': return `<ellipse ${cls} cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}"/>\n`;
    case 'circle': return `<circle ${cls} cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" r="${num(Math.min(w, h) / 2)}"/>\n`;
    case 'roundrect': return `<rect ${cls} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="6" ry="6"/>\n`;
    default: return `<rect ${cls} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${opts.flavour === 'nested' ? ' rx="4"' : ''}/>\n`;
  }
}

function nodeLabel(n, x, y, isParent, opts) {
  const l = (n.labels || [])[0];
  if (!l) return '';
  if (isParent) return `<text ${C('container-label', opts)} x="${num(x + 6)}" y="${num(y + 15)}">${esc(l.text)}</text>\n`;
  return `<text ${C('node-label', opts)} x="${num(x + n.width / 2)}" y="${num(y + n.height / 2)}">${esc(l.text)}</text>\n`;
}

function portShapes(n, x, y, opts) {
  let out = '';
  for (const p of n.ports || []) {
    if (opts.flavour === 'nested') {
      out += `<g class="elk-port" id="${esc(p.id)}" transform="translate(${num(p.x)}, ${num(p.y)})"><rect ${C('port', opts)} x="0" y="0" width="${num(p.width)}" height="${num(p.height)}"/>`;
      if (opts.portLabels && p.labels && p.labels[0]) out += `<text ${C('port-label', opts)} x="${num(p.labels[0].x + 3)}" y="${num(p.labels[0].y + 8)}">${esc(p.labels[0].text)}</text>`;
      out += '</g>\n';
    } else {
      out += `<rect ${C('port', opts)} x="${num(x + p.x)}" y="${num(y + p.y)}" width="${num(p.width)}" height="${num(p.height)}"/>\n`;
    }
  }
  return out;
}

function css(opts) {
  const fs_ = opts.fontSize || 11;
  return `<style type="text/css">
.node { fill: #dde8f5; stroke: #335; stroke-width: 1.2; }
.container { fill: #f3f3f3; stroke: #999; stroke-width: 1; }
.port { fill: #335; stroke: none; }
.edge { fill: none; stroke: #333; stroke-width: 1.2; }
.elk-arrow { fill: #333; stroke: none; }
.edge-label-bg { fill: #fff; stroke: none; }
text { font-family: sans-serif; font-size: ${fs_}px; }
.node-label, .edge-label { text-anchor: middle; dominant-baseline: central; }
.edge-label { font-size: ${fs_ - 1}px; fill: #555; }
.container-label { font-weight: bold; }
.port-label { font-size: 8px; }
</style>`;
}

function render(g, opts) {
  const idx = index(g);
  const edges = allEdges(g);
  const containerOf = (e) => e.container || 'root';
  const W = Math.ceil(g.width + 40), H = Math.ceil(g.height + 40);
  let body = '';
  if (opts.flavour === 'flat') {
    // edges first (elkjs-svg order), then nodes top-down so children lie over their parents
    for (const e of edges) body += edgeShape(e, opts, idx.get(containerOf(e)).abs);
    const walk = (n) => {
      for (const c of n.children || []) {
        const a = idx.get(c.id).abs, isParent = (c.children || []).length > 0;
        body += nodeShape(c, a.x, a.y, opts, isParent) + portShapes(c, a.x, a.y, opts) + nodeLabel(c, a.x, a.y, isParent, opts);
        walk(c);
      }
    };
    walk(g);
  } else {
    const byContainer = new Map();
    for (const e of edges) {
      const c = containerOf(e);
      if (!byContainer.has(c)) byContainer.set(c, []);
      byContainer.get(c).push(e);
    }
    const inner = (n) => {
      let s = '';
      for (const c of n.children || []) {
        const isParent = (c.children || []).length > 0;
        s += `<g class="elk-node" id="${esc(c.id)}" transform="translate(${num(c.x)}, ${num(c.y)})">\n`;
        s += nodeShape(c, 0, 0, opts, isParent) + nodeLabel(c, 0, 0, isParent, opts) + portShapes(c, 0, 0, opts) + inner(c);
        s += '</g>\n';
      }
      for (const e of byContainer.get(n.id) || []) s += edgeShape(e, opts, { x: 0, y: 0 });
      return s;
    };
    body = inner(g);
  }
  const marker = opts.arrows === 'marker'
    ? '<marker id="arrow" markerWidth="10" markerHeight="8" refX="10" refY="4" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L10,4 L0,8 z" fill="#333"/></marker>'
    : '';
  // styled by class through a <style> sheet (elkjs-svg does this), or with inline attributes
  return `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}">\n<defs>\n${opts.inline ? '' : css(opts) + '\n'}${marker}\n</defs>\n<g transform="${opts.rootTransform}">\n${body}</g>\n</svg>\n`;
}

function parseRoot(t) {
  // "translate(a, b)" optionally followed by " scale(s)"
  const m = t.match(/^translate\(([-\d.]+),\s*([-\d.]+)\)(?:\s*scale\(([-\d.]+)\))?$/);
  const s = m[3] ? Number(m[3]) : 1;
  return (p) => ({ x: Number(m[1]) + s * p.x, y: Number(m[2]) + s * p.y });
}

function truthOf(g, d) {
  const idx = index(g);
  const edges = allEdges(g);
  const owner = (id) => { const r = idx.get(id); return r.kind === 'port' ? r.owner : id; };
  const tedges = edges.map((e) => [owner(e.sources[0]), owner(e.targets[0])]);
  const hasEdge = new Set(tedges.flat());
  const map = parseRoot(d.render.rootTransform);
  const nodes = [];
  for (const [id, r] of idx) {
    if (r.kind !== 'node' || id === g.id) continue;
    const isParent = (r.el.children || []).length > 0;
    if (isParent && !hasEdge.has(id)) continue;
    const c = map({ x: r.abs.x + r.el.width / 2, y: r.abs.y + r.el.height / 2 });
    const o = { id, x: Math.round(c.x * 1e6) / 1e6, y: Math.round(c.y * 1e6) / 1e6 };
    if (r.el.labels && r.el.labels[0]) o.label = r.el.labels[0].text;
    nodes.push(o);
  }
  return {
    generator: `elkjs ${ELK_VERSION} (${g.layoutOptions['elk.algorithm']}), SVG drawn by generate.mjs`,
    directed: d.render.arrows !== 'none',
    nodes, edges: tedges, notes: d.notes,
  };
}

function toJson(t) {
  const lines = ['{'];
  lines.push(` "generator": ${JSON.stringify(t.generator)},`);
  lines.push(` "directed": ${t.directed},`);
  lines.push(' "nodes": [');
  lines.push(t.nodes.map((n) => '  ' + JSON.stringify(n).replace(/,"/g, ', "').replace(/":/g, '": ')).join(',\n'));
  lines.push(' ],');
  lines.push(' "edges": [');
  lines.push(t.edges.map((e) => '  ' + JSON.stringify(e).replace(',', ', ')).join(',\n'));
  lines.push(' ],');
  lines.push(` "notes": ${JSON.stringify(t.notes)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

const only = process.argv[2];
for (const d of drawings) {
  if (only && !d.name.includes(only)) continue;
  const g = strip(await elk.layout(structuredClone(d.graph)));
  // the renderer relies on coordinates being rounded only when printed; check
  // that every edge has a section
  for (const e of allEdges(g)) if (!e.sections || !e.sections.length) throw new Error(`${d.name}: edge ${e.id} has no section`);
  const svg = render(g, d.render);
  const truth = truthOf(g, d);
  fs.writeFileSync(path.join(HERE, d.name + '.svg'), svg);
  fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), toJson(truth));
  console.log(`${d.name}: ${truth.nodes.length} nodes, ${truth.edges.length} edges, ${(svg.length / 1024).toFixed(0)} KB, ${Math.round(g.width)}x${Math.round(g.height)}`);
}
