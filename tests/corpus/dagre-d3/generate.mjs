// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// dagre-d3 (the d3 renderer around the dagre layered layout) draws each graph
// into an <svg> of a page in headless Chromium (playwright-core driving
// Debian's /usr/bin/chromium); the page is then serialised with
// XMLSerializer.  The page is served as http://localhost/dagre-d3/index.html
// from a Playwright route (no network: every other request is aborted) and
// d3 + dagre-d3 are injected from node_modules files, so location.href, which
// dagre-d3 0.6.4 writes into every marker-end reference, is a stable URL.
//
// Truth positions are dagre's own layout, g.node(v).x/.y after render(),
// mapped through the transform of the <g> that render() drew into (written by
// this script: translate(tx, ty) [scale(k)]).  Every node is checked against
// the DOM: the centre of getBBox() of the node's shape (.label-container)
// mapped to the root <svg>'s user space by
// svg.getScreenCTM()^-1 * shape.getScreenCTM() must agree to 1e-3 (in
// practice to 4e-5: Chromium keeps attribute geometry as float32).
//
// Usage (see README.md):  node generate.mjs [SUBSTR]
//   (node_modules in $DAGRE_WORK, default /tmp/dagre-work)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.DAGRE_WORK || '/tmp/dagre-work';
const require = createRequire(path.join(WORK, 'package.json'));
const { chromium } = require('playwright-core');
const NM = path.join(WORK, 'node_modules');
const D3_JS = path.join(NM, 'd3/dist/d3.js');
const DAGRE_D3_JS = path.join(NM, 'dagre-d3/dist/dagre-d3.js'); // bundles dagre, graphlib, lodash
const pkgVersion = (p) => JSON.parse(fs.readFileSync(path.join(NM, p, 'package.json'), 'utf8')).version;
const PAGE_URL = 'http://localhost/dagre-d3/index.html';

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// the stylesheet of the dagre-d3 demos, put inside the <svg> so that it is
// serialised with the drawing
const DEMO_TEXT = `text {
  font-weight: 300;
  font-family: "Helvetica Neue", Helvetica, Arial, sans-serif;
  font-size: 14px;
}
`;
const DEMO_CSS = DEMO_TEXT + `
.node rect {
  stroke: #333;
  fill: #fff;
  stroke-width: 1.5px;
}

.edgePath path {
  stroke: #333;
  fill: #333;
  stroke-width: 1.5px;
}
`;

// A drawing: name, graph (dagre graph label), compound, multigraph,
// nodes [{id, ...node attrs}], parents [[child, parent]], edges
// [{v, w, name?, ...edge attrs; curve: 'curveBasis' names a d3 curve}],
// css (text of a <style> put first in the <svg>, or null), place
// ('center': translate(xCenterOffset, 20) in a 960 wide svg, as the demos do;
// 'zoom': d3.zoom's transform translate(x,20) scale(k)), scale, viewBox,
// fixMarkers (rewrite marker-end url(PAGE#id) to url(#id) before export),
// directed, notes.
const drawings = [];

// 1. the classic TCP state diagram demo
{
  const states = ['CLOSED', 'LISTEN', 'SYN RCVD', 'SYN SENT', 'ESTAB', 'FINWAIT-1', 'CLOSE WAIT', 'FINWAIT-2',
    'CLOSING', 'LAST-ACK', 'TIME WAIT'];
  const nodes = states.map((s) => ({ id: s, label: s, rx: 5, ry: 5 }));
  nodes[0].style = 'fill: #f77';
  nodes[4].style = 'fill: #7f7';
  const E = (v, w, label) => ({ v, w, label });
  drawings.push({
    name: 'tcp-state-diagram-11', graph: {}, nodes,
    edges: [E('CLOSED', 'LISTEN', 'open'), E('LISTEN', 'SYN RCVD', 'rcv SYN'), E('LISTEN', 'SYN SENT', 'send'),
      E('LISTEN', 'CLOSED', 'close'), E('SYN RCVD', 'FINWAIT-1', 'close'), E('SYN RCVD', 'ESTAB', 'rcv ACK of SYN'),
      E('SYN SENT', 'SYN RCVD', 'rcv SYN'), E('SYN SENT', 'ESTAB', 'rcv SYN, ACK'), E('SYN SENT', 'CLOSED', 'close'),
      E('ESTAB', 'FINWAIT-1', 'close'), E('ESTAB', 'CLOSE WAIT', 'rcv FIN'), E('FINWAIT-1', 'FINWAIT-2', 'rcv ACK of FIN'),
      E('FINWAIT-1', 'CLOSING', 'rcv FIN'), E('CLOSE WAIT', 'LAST-ACK', 'close'), E('FINWAIT-2', 'TIME WAIT', 'rcv FIN'),
      E('CLOSING', 'TIME WAIT', 'rcv ACK of FIN'), E('LAST-ACK', 'CLOSED', 'rcv ACK of FIN'),
      E('TIME WAIT', 'CLOSED', 'timeout=2MSL')],
    css: DEMO_CSS, place: 'zoom', scale: 0.75, fixMarkers: false, directed: true,
    notes: 'The dagre-d3 TCP state diagram demo (RFC 793 states), rankdir TB: 11 rounded rects (rx=ry=5, two filled by a style attribute), 18 edges with text labels, default linear edges, normal arrowheads (one <marker> per edge inside <g class="edgePath"><defs>). Demo stylesheet in a <style> inside the <svg>. d3.zoom transform translate(x,20) scale(0.75) on the drawing group. marker-end references are as dagre-d3 0.6.4 writes them, absolute: url(http://localhost/dagre-d3/index.html#arrowheadN) (location.href + id); the marker ids are in the file. Back edges (LISTEN->CLOSED, LAST-ACK->CLOSED, TIME WAIT->CLOSED, ...) run upwards.',
  });
}

// 2. a flowchart with decision diamonds, ids differ from labels
{
  const N = (id, label, shape, extra = {}) => ({ id, label, shape, ...extra });
  const nodes = [
    N('start', 'Start', 'ellipse'), N('read', 'Read request', 'rect', { rx: 6, ry: 6 }),
    N('auth', 'Authenticated?', 'diamond'), N('login', 'Show login\nform', 'rect', { rx: 6, ry: 6 }),
    N('cache', 'In cache?', 'diamond'), N('fetch', 'Fetch from DB', 'rect', { rx: 6, ry: 6 }),
    N('store', 'Store in cache', 'rect', { rx: 6, ry: 6 }), N('render', 'Render page', 'rect', { rx: 6, ry: 6 }),
    N('ok', 'Status 200?', 'diamond'), N('log', 'Log error', 'rect', { rx: 6, ry: 6 }),
    N('retry', 'Retries left?', 'diamond'), N('send', 'Send response', 'rect', { rx: 6, ry: 6 }),
    N('fail', 'Error page', 'rect', { rx: 0, ry: 0 }), N('end', 'End', 'ellipse'),
  ];
  const E = (v, w, label) => ({ v, w, label: label || '', curve: 'curveBasis', arrowhead: 'vee' });
  drawings.push({
    name: 'flowchart-diamonds-tb-14', graph: { rankdir: 'TB', nodesep: 40, ranksep: 40 }, nodes,
    edges: [E('start', 'read'), E('read', 'auth'), E('auth', 'login', 'no'), E('login', 'read'), E('auth', 'cache', 'yes'),
      E('cache', 'render', 'yes'), E('cache', 'fetch', 'no'), E('fetch', 'store'), E('store', 'render'),
      E('render', 'ok'), E('ok', 'send', 'yes'), E('ok', 'log', 'no'), E('log', 'retry'), E('retry', 'fetch', 'yes'),
      E('retry', 'fail', 'no'), E('fail', 'send'), E('send', 'end')],
    css: DEMO_CSS + `
.node ellipse, .node polygon {
  stroke: #333;
  fill: #ffe9b3;
  stroke-width: 1.5px;
}
`,
    place: 'center', fixMarkers: true, directed: true,
    notes: 'Flowchart, rankdir TB: ids (start, read, auth, ...) differ from the drawn labels; ellipse start/end, diamond decisions (<polygon>, circumscribing the label box), rounded rects (rx=ry=6) and one square rect; one two-line label (two <tspan>s). 17 edges, all d3.curveBasis with vee arrowheads, yes/no edge labels; two loops back up (login->read, retry->fetch). Demo stylesheet plus fills for ellipse/polygon in a <style> inside the <svg>; drawing group translate(xCenterOffset, 20) as in the demos. marker-end rewritten to url(#arrowheadN) before export (the usual fix for dagre-d3 exports).',
  });
}

// 3. the four shapes, rankdir LR, explicit sizes, default linear edges
{
  const shapes = ['rect', 'circle', 'ellipse', 'diamond'];
  const nodes = [];
  for (let i = 0; i < 12; i++) {
    const shape = shapes[i % 4];
    const n = { id: `s${i}`, label: `${shape} ${String.fromCharCode(65 + i)}`, shape };
    if (i === 4) { n.width = 90; n.height = 30; }
    if (i === 5) { n.padding = 2; }
    if (i === 6) { n.width = 120; n.height = 20; }
    if (i === 8) { n.rx = 12; n.ry = 12; }
    if (i === 9) { n.width = 10; n.height = 10; n.label = 'J'; }
    if (i === 11) { n.paddingX = 30; }
    nodes.push(n);
  }
  const pairs = [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [2, 5], [4, 6], [5, 6], [6, 7], [5, 8], [8, 9], [7, 10],
    [9, 10], [10, 11], [1, 5], [0, 11]];
  drawings.push({
    name: 'shapes-lr-12', graph: { rankdir: 'LR' }, nodes,
    edges: pairs.map(([a, b]) => ({ v: `s${a}`, w: `s${b}`, arrowheadStyle: 'fill: #333; stroke: #333' })),
    css: DEMO_TEXT + `
.node rect, .node circle, .node ellipse, .node polygon {
  stroke: #333;
  fill: #e8f0ff;
  stroke-width: 1.5px;
}

.edgePath path.path {
  stroke: #333;
  fill: none;
  stroke-width: 1.5px;
}
`,
    place: 'center', fixMarkers: false, directed: true,
    notes: 'The four dagre-d3 shapes, rankdir LR: rect (s8 rounded, rx=ry=12), circle (<circle r> with no cx/cy; dagre-d3 also writes meaningless x/y attributes on it), ellipse (<ellipse rx ry>, no cx/cy, same bogus x/y) and diamond (<polygon> circumscribing the label box); some sizes forced with width/height/padding (s4 a 110x50 rect, s6 a wide flat ellipse, s9 a small circle around a 10x10 box labelled J, s11 a wide diamond). Ids s0..s11, labels "<shape> <letter>". 16 straight (d3.curveLinear) edges, normal arrowheads filled via arrowheadStyle. The long edge s0->s11 is routed along the bottom below every node, about 18 units past the svg height (dagre\'s graph height ignores edge points), so a viewer clips it; it is still in the file. marker-end absolute as dagre-d3 0.6.4 writes it: url(http://localhost/dagre-d3/index.html#arrowheadN).',
  });
}

// 4. HTML labels (foreignObject), rankdir BT
{
  const jobs = [
    ['ingest', 'Ingest', 'running', 12], ['parse', 'Parse', 'running', 4], ['dedupe', 'Dedupe', 'stopped', 0],
    ['enrich', 'Enrich', 'running warn', 880], ['geo', 'Geo lookup', 'running', 3], ['index', 'Index', 'running', 1],
    ['archive', 'Archive', 'stopped', 0], ['report', 'Report', 'running', 7], ['alert', 'Alerting', 'running warn', 95],
    ['sink', 'Warehouse', 'running', 0],
  ];
  const nodes = jobs.map(([id, name, cls, q]) => ({
    id, labelType: 'html', rx: 5, ry: 5, padding: 0, class: cls,
    label: `<div class="${cls}"><span class="status"></span><span class="name">${name}</span><span class="queue">queue: ${q}</span></div>`,
    truthLabel: `${name}\nqueue: ${q}`,
  }));
  const E = (v, w, label) => ({ v, w, labelType: 'html', label: label ? `<span class="rate">${label}</span>` : '' });
  drawings.push({
    name: 'html-labels-bt-10', graph: { rankdir: 'BT', nodesep: 30, ranksep: 50, marginx: 10, marginy: 10 }, nodes,
    edges: [E('ingest', 'parse', '120/s'), E('parse', 'dedupe', '118/s'), E('parse', 'enrich', '2/s'),
      E('dedupe', 'enrich'), E('enrich', 'geo', '<b>45</b>/s'), E('enrich', 'index'), E('geo', 'index'),
      E('index', 'report', '1/min'), E('index', 'alert'), E('dedupe', 'archive'), E('report', 'sink'),
      E('alert', 'sink'), E('archive', 'sink', 'nightly')],
    css: `svg { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; }
.node rect {
  stroke-width: 1.5px;
  stroke: #bbb;
  fill: #666;
}
.node div {
  width: 150px;
  height: 40px;
  color: #fff;
  font-size: 13px;
}
.node .status {
  height: 100%;
  width: 12px;
  display: block;
  float: left;
  margin-right: 6px;
  border-top-left-radius: 5px;
  border-bottom-left-radius: 5px;
}
.node .running .status { background-color: #7f7; }
.node .running.warn .status { background-color: #ffed68; }
.node .stopped .status { background-color: #f77; }
.node .name { display: block; margin-top: 4px; font-weight: bold; }
.node .queue { display: block; font-size: 11px; }
.edgeLabel .rate { font-size: 12px; color: #333; background: #fff; }
.edgePath path {
  stroke: #999;
  stroke-width: 1.5px;
  fill: #999;
}
`,
    place: 'center', fixMarkers: true, directed: true,
    notes: 'ETL-status style pipeline (after the dagre-d3 etl-status demo), rankdir BT (sources at the bottom, arrows point up): node labels are HTML (labelType "html"), each a <foreignObject> holding an XHTML <div> with a coloured status bar, the job name and its queue length; the node shape is a rounded rect (rx=ry=5, padding 0) exactly the size of the div. Edge labels are HTML too (<foreignObject>, some empty). Truth labels are the div\'s visible text (name, newline, queue). Graph margins 10 (dagre marginx/marginy). marker-end rewritten to url(#arrowheadN) before export.',
  });
}

// 5. style attributes only (no stylesheet), rankdir RL
{
  const nodes = [
    { id: 'A', label: 'Alpha', style: 'fill: #afa; stroke: #333; stroke-width: 1.5px' },
    { id: 'B', label: 'Beta', style: 'fill: #fff; stroke: #333; stroke-width: 1.5px', labelStyle: 'font-weight: bold' },
    { id: 'C', label: 'Gamma', style: 'fill: #fff; stroke: #333; stroke-width: 1.5px', labelStyle: 'font-size: 2em' },
    { id: 'D', label: 'Delta', shape: 'ellipse', style: 'fill: #ddf; stroke: #336; stroke-width: 2px' },
    { id: 'E', label: 'Epsilon', rx: 10, ry: 10, style: 'fill: #fdd; stroke: #a33; stroke-width: 1.5px; stroke-dasharray: 4, 2' },
    { id: 'F', label: 'Zeta', shape: 'circle', style: 'fill: #333; stroke: #000', labelStyle: 'fill: #fff' },
    { id: 'G', label: 'Eta', shape: 'diamond', style: 'fill: #ffd47f; stroke: #a70; stroke-width: 1.5px' },
    { id: 'H', label: 'Theta', style: 'fill: none; stroke: #333; stroke-width: 1px' },
    { id: 'I', label: 'Iota', rx: 4, ry: 4, style: 'fill: #5f9488; stroke: none', labelStyle: 'fill: #fff' },
  ];
  const plain = { style: 'stroke: #333; stroke-width: 1.5px; fill: none', arrowheadStyle: 'fill: #333; stroke: #333' };
  drawings.push({
    name: 'style-attrs-rl-9', graph: { rankdir: 'RL' }, nodes,
    edges: [
      { v: 'A', w: 'B', style: 'stroke: #f66; stroke-width: 3px; stroke-dasharray: 5, 5; fill: none', arrowheadStyle: 'fill: #f66' },
      { v: 'C', w: 'B', label: 'A to C', labelStyle: 'font-style: italic; text-decoration: underline;', ...plain },
      { v: 'A', w: 'D', label: 'line interpolation different', curve: 'curveBasis', ...plain },
      { v: 'E', w: 'D', ...plain },
      { v: 'A', w: 'E', label: 'blue head', style: 'stroke: #33f; stroke-width: 1.5px; fill: none', arrowheadStyle: 'fill: #33f; stroke: #33f' },
      { v: 'D', w: 'F', style: 'stroke: #090; stroke-width: 4px; fill: none', arrowheadStyle: 'fill: #090' },
      { v: 'F', w: 'G', curve: 'curveBasis', ...plain },
      { v: 'B', w: 'G', label: 'dotted', style: 'stroke: #333; stroke-width: 1.5px; stroke-dasharray: 1, 3; fill: none', arrowheadStyle: 'fill: #333' },
      { v: 'G', w: 'H', arrowhead: 'vee', ...plain },
      { v: 'G', w: 'I', ...plain },
      { v: 'C', w: 'I', curve: 'curveBasis', style: 'stroke: #a33; stroke-width: 1px; fill: none', arrowheadStyle: 'fill: #a33' },
    ],
    css: null, place: 'center', fixMarkers: false, directed: true,
    notes: 'After the dagre-d3 style-attrs demo, rankdir RL (arrows point left): no stylesheet at all, every node and edge styled by its own style attribute (fills, strokes, dashes, a 4px green edge, a black circle with white label, a fill:none rect, an unstroked rect), labelStyle on some labels (bold, 2em, italic+underline); arrowheads filled via arrowheadStyle (the marker <path> style), one vee. Text uses the renderer\'s default font. Mixed default (linear) and d3.curveBasis edges. marker-end absolute as dagre-d3 0.6.4 writes it: url(http://localhost/dagre-d3/index.html#arrowheadN).',
  });
}

// 6. undirected arrowheads
{
  const names = ['root', 'alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda',
    'mu', 'nu', 'xi', 'omicron'];
  const nodes = names.map((n, i) => ({ id: `u${i}`, label: n, shape: 'ellipse' }));
  const pairs = [[0, 1], [0, 2], [0, 3], [1, 4], [1, 5], [2, 6], [2, 7], [3, 8], [4, 9], [5, 9], [6, 10], [7, 11],
    [8, 11], [9, 12], [10, 12], [11, 13], [12, 14], [13, 14], [14, 15], [3, 7]];
  drawings.push({
    name: 'undirected-tb-16', graph: { rankdir: 'TB', ranksep: 35 }, nodes,
    edges: pairs.map(([a, b]) => ({ v: `u${a}`, w: `u${b}`, arrowhead: 'undirected' })),
    css: DEMO_TEXT + `
.node ellipse {
  stroke: #2a5d8f;
  fill: #d8e8f8;
  stroke-width: 1.5px;
}

.edgePath path {
  stroke: #2a5d8f;
  fill: #2a5d8f;
  stroke-width: 1.5px;
}
`,
    place: 'center', fixMarkers: true, directed: false,
    notes: 'Every edge has arrowhead "undirected": dagre-d3 still attaches a marker, whose path is a bare line "M 0 5 L 10 5" (no head), so the drawing shows no direction and the truth is undirected. 16 ellipse nodes (ids u0..u15, labels Greek names), 20 straight edges, rankdir TB, ranksep 35. marker-end rewritten to url(#arrowheadN).',
  });
}

// 7. nested clusters (compound graph)
{
  const nodes = [
    { id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }, { id: 'd', label: 'D' },
    { id: 'e', label: 'E' }, { id: 'f', label: 'F' }, { id: 'g', label: 'G' }, { id: 'h', label: 'H' },
    { id: 'i', label: 'I' }, { id: 'j', label: 'J' }, { id: 'k', label: 'K' }, { id: 'l', label: 'L' },
    { id: 'm', label: 'M' }, { id: 'n', label: 'N' },
    { id: 'group', label: 'Group', clusterLabelPos: 'top', style: 'fill: #d3d7e8' },
    { id: 'top_group', label: 'Top Group', clusterLabelPos: 'bottom', style: 'fill: #ffd47f' },
    { id: 'bottom_group', label: 'Bottom Group', style: 'fill: #5f9488' },
    { id: 'side', label: 'Side cluster', clusterLabelPos: 'top', style: 'fill: #f5c6c6' },
  ];
  for (const n of nodes) { n.rx = 5; n.ry = 5; }
  const parents = [['top_group', 'group'], ['bottom_group', 'group'], ['b', 'top_group'], ['h', 'top_group'],
    ['c', 'bottom_group'], ['d', 'bottom_group'], ['e', 'bottom_group'], ['f', 'bottom_group'],
    ['i', 'group'], ['j', 'side'], ['k', 'side'], ['l', 'side']];
  const pairs = [['a', 'b'], ['b', 'c'], ['b', 'd'], ['b', 'e'], ['b', 'f'], ['b', 'g'], ['a', 'h'], ['h', 'i'],
    ['i', 'f'], ['a', 'j'], ['j', 'k'], ['j', 'l'], ['k', 'm'], ['l', 'm'], ['g', 'n'], ['m', 'n'], ['f', 'n']];
  drawings.push({
    name: 'clusters-nested-tb-14', graph: { rankdir: 'TB' }, compound: true, nodes, parents,
    edges: pairs.map(([v, w]) => ({ v, w })),
    css: DEMO_TEXT + `
.clusters rect {
  stroke: #999;
  stroke-width: 1.5px;
}

.node rect {
  stroke: #999;
  fill: #fff;
  stroke-width: 1.5px;
}

.edgePath path {
  stroke: #333;
  stroke-width: 1.5px;
}
`,
    place: 'center', fixMarkers: false, directed: true,
    notes: 'Compound graph after the dagre-d3 clusters demo: clusters "group" (holding the nested clusters top_group and bottom_group plus node i) and "side" are drawn first as <g class="cluster"> rects with their own fills and labels (top, bottom or centred: bottom_group\'s label sits in its middle, behind the nodes). Clusters have no edges (dagre cannot route edges to clusters) and are not graph nodes: 14 truth nodes (rounded rects, ids a..n, labels A..N), 17 straight edges, some crossing cluster borders. The stylesheet gives .edgePath path no fill, so the marker heads are black (default fill). marker-end absolute as dagre-d3 0.6.4 writes it: url(http://localhost/dagre-d3/index.html#arrowheadN).',
  });
}

// 8. self-loops
{
  const nodes = ['idle', 'poll', 'work', 'wait', 'flush', 'sleep', 'err', 'done'].map((s, i) => ({
    id: `q${i}`, label: s, shape: i % 2 ? 'circle' : 'ellipse',
  }));
  const E = (a, b, label) => ({ v: `q${a}`, w: `q${b}`, label: label || '', curve: 'curveBasis' });
  drawings.push({
    name: 'self-loops-lr-8', graph: { rankdir: 'LR', nodesep: 30 }, nodes,
    edges: [E(0, 1, 'tick'), E(1, 1, 'empty'), E(1, 2, 'job'), E(2, 2), E(2, 3), E(3, 3, 'busy'), E(3, 4),
      E(4, 0), E(2, 6, 'fail'), E(6, 6, 'retry'), E(6, 5), E(5, 0), E(4, 7), E(7, 7), E(0, 5)],
    css: DEMO_TEXT + `
.node circle, .node ellipse {
  stroke: #333;
  fill: #fff;
  stroke-width: 1.5px;
}

.edgePath path {
  stroke: #333;
  fill: #333;
  stroke-width: 1.5px;
}
`,
    place: 'center', fixMarkers: true, directed: true,
    notes: 'State machine with 5 self-loops (dagre routes a loop as a small lobe on the node\'s right in its layout space: with rankdir LR it is drawn below the node), 3 of them labelled; rankdir LR, circle and ellipse nodes (ids q0..q7, labels differ), all edges d3.curveBasis with normal arrowheads. Loops appear in the truth as [v, v]. marker-end rewritten to url(#arrowheadN).',
  });
}

// 9. multigraph: parallel edges
{
  const nodes = ['client', 'gateway', 'auth', 'orders', 'billing', 'db', 'queue', 'mailer'].map((s) => ({
    id: s, label: s[0].toUpperCase() + s.slice(1), rx: 3, ry: 3,
  }));
  const E = (v, w, name, label, extra = {}) => ({ v, w, name, label: label === undefined ? '' : label, arrowhead: 'vee', curve: 'curveBasis', ...extra });
  drawings.push({
    name: 'multigraph-parallel-tb-8', graph: { rankdir: 'TB', nodesep: 25 }, multigraph: true, nodes,
    edges: [
      E('client', 'gateway', 'get', 'GET'), E('client', 'gateway', 'post', 'POST'), E('client', 'gateway', 'ws', 'WS'),
      E('gateway', 'auth', 'check', 'check'), E('auth', 'gateway', 'token', 'token'),
      E('gateway', 'orders', 'r1', 'read'), E('gateway', 'orders', 'r2', 'write'),
      E('orders', 'db', 'q1'), E('orders', 'db', 'q2'),
      E('orders', 'billing', 'charge', 'charge'), E('billing', 'orders', 'ack', 'ack'),
      E('billing', 'queue', 'ev', 'event'), E('orders', 'queue', 'ev', 'event'), E('orders', 'queue', 'ev2', 'retry'),
      E('queue', 'mailer', 'm1'), E('queue', 'mailer', 'm2'), E('auth', 'db', 'users', 'users'),
    ],
    css: DEMO_CSS, place: 'center', fixMarkers: false, directed: true,
    notes: 'Multigraph (graphlib multigraph:true, named edges), rankdir TB, vee arrowheads, d3.curveBasis: three parallel client->gateway edges and two gateway->orders, orders->queue edges, each labelled, so dagre gives each its own label slot and the curves fan out; reciprocal labelled pairs gateway<->auth and orders<->billing; two UNLABELLED parallel pairs (orders->db, queue->mailer) between adjacent ranks, which dagre routes along the same straight line, so each pair is two identical coincident <path>s. The truth lists every parallel edge. marker-end absolute as dagre-d3 0.6.4 writes it: url(http://localhost/dagre-d3/index.html#arrowheadN).',
  });
}

// 10. class-based styling
{
  const N = (id, label, cls, shape = 'rect') => ({ id, label, class: cls, shape, rx: cls === 'svc' ? 8 : 0, ry: cls === 'svc' ? 8 : 0 });
  const nodes = [
    N('web', 'Web app', 'ext'), N('mobile', 'Mobile app', 'ext'), N('cdn', 'CDN', 'ext', 'ellipse'),
    N('lb', 'Load balancer', 'infra', 'diamond'), N('api', 'API', 'svc'), N('users', 'Users svc', 'svc'),
    N('cart', 'Cart svc', 'svc'), N('search', 'Search svc', 'svc'), N('pay', 'Payments', 'svc'),
    N('kafka', 'Kafka', 'queue', 'ellipse'), N('worker', 'Worker', 'svc'), N('pg', 'Postgres', 'db', 'circle'),
    N('redis', 'Redis', 'db', 'circle'), N('es', 'Elastic', 'db', 'circle'), N('s3', 'S3', 'db', 'circle'),
    N('stripe', 'Stripe', 'ext'), N('mail', 'Mail', 'ext'), N('metrics', 'Metrics', 'infra', 'ellipse'),
  ];
  const E = (v, w, cls, label) => ({ v, w, class: cls, label: label || '', arrowheadClass: `head-${cls}` });
  drawings.push({
    name: 'class-styles-lr-18', graph: { rankdir: 'LR', ranksep: 60, nodesep: 20 }, nodes,
    edges: [E('web', 'cdn', 'sync'), E('web', 'lb', 'sync', 'https'), E('mobile', 'lb', 'sync', 'https'),
      E('lb', 'api', 'sync'), E('api', 'users', 'sync'), E('api', 'cart', 'sync'), E('api', 'search', 'sync'),
      E('cart', 'pay', 'sync'), E('pay', 'stripe', 'sync', 'REST'), E('users', 'pg', 'data'), E('cart', 'redis', 'data'),
      E('search', 'es', 'data'), E('pay', 'kafka', 'async', 'events'), E('cart', 'kafka', 'async'),
      E('kafka', 'worker', 'async'), E('worker', 'mail', 'sync'), E('worker', 's3', 'data'), E('worker', 'pg', 'data'),
      E('api', 'metrics', 'async'), E('cdn', 's3', 'data')],
    css: DEMO_TEXT + `
.node rect, .node ellipse, .node circle, .node polygon {
  stroke: #555;
  stroke-width: 1.5px;
  fill: #fff;
}
g.ext > rect { fill: #eee; stroke-dasharray: 4, 3; }
g.svc > rect { fill: #cfe8ff; stroke: #2a6fb0; }
g.db > circle { fill: #ffe0b3; stroke: #b36b00; }
g.queue > ellipse, g.infra > ellipse { fill: #e0d4f7; stroke: #6a4ca8; }
g.infra > polygon { fill: #d9f2d9; stroke: #2f7d32; }
g.db text, g.queue text { font-size: 12px; }

.edgePath path.path { fill: none; stroke-width: 1.5px; }
.edgePath.sync path.path { stroke: #333; }
.edgePath.async path.path { stroke: #6a4ca8; stroke-dasharray: 6, 3; }
.edgePath.data path.path { stroke: #b36b00; stroke-width: 2.5px; }
.head-sync { fill: #333; stroke: #333; }
.head-async { fill: #6a4ca8; stroke: #6a4ca8; }
.head-data { fill: #b36b00; stroke: #b36b00; }
.edgeLabel text { font-size: 11px; fill: #555; }
`,
    place: 'center', fixMarkers: true, directed: true,
    notes: 'Service architecture, rankdir LR, styled only through classes and a <style> inside the <svg>: node classes ext/svc/db/queue/infra (set with the node "class" attribute, so <g class="node svc">) pick fills, strokes and dashes; edge classes sync/async/data on <g class="edgePath sync"> pick stroke colour, dashes (async) and width; arrowheadClass head-* colours the marker paths. Shapes: rect (svc rounded rx=ry=8), circle (databases), ellipse, one diamond. 18 nodes, 20 straight edges, 5 labelled. marker-end rewritten to url(#arrowheadN).',
  });
}

// 11. a larger graph: ~100 nodes
{
  const rnd = mulberry32(11);
  const n = 104, nodes = [], edges = [];
  const SH = ['rect', 'rect', 'ellipse', 'circle'];
  for (let i = 0; i < n; i++) {
    const shape = SH[Math.floor(rnd() * 4)];
    nodes.push({ id: `t${i}`, label: `${i}`, shape, rx: shape === 'rect' ? 4 : 0, ry: shape === 'rect' ? 4 : 0 });
  }
  const seen = new Set();
  const add = (a, b) => { seen.add(a + ',' + b); edges.push({ v: `t${a}`, w: `t${b}`, curve: 'curveBasis' }); };
  for (let i = 1; i < n; i++) add(Math.max(0, i - 1 - Math.floor(rnd() * 12)), i);
  while (edges.length < 135) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a >= b || b - a > 25 || seen.has(a + ',' + b)) continue;
    add(a, b);
  }
  drawings.push({
    name: 'large-dag-104', graph: { rankdir: 'TB', nodesep: 20, ranksep: 40 }, nodes, edges,
    css: DEMO_CSS + `
.node ellipse, .node circle {
  stroke: #333;
  fill: #dfe9f3;
  stroke-width: 1.5px;
}
`,
    place: 'zoom', scale: 0.6, viewBox: true, fixMarkers: true, directed: true,
    notes: 'Random DAG (seeded), 104 nodes (t0..t103, labels are the numbers; rect rx=ry=4, ellipse, circle), 135 edges, all d3.curveBasis, normal arrowheads, rankdir TB, nodesep 20, ranksep 40; long edges bend through dagre\'s dummy nodes and cross each other. d3.zoom transform translate(x,20) scale(0.6) on the drawing group; the root <svg> has a viewBox equal to its width/height. marker-end rewritten to url(#arrowheadN).',
  });
}

// ---------------------------------------------------------------- run
function fmt(x) { return Math.round(x * 1e6) / 1e6; }

async function main() {
  const only = process.argv[2];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const ctx = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 1000, height: 800 } });
  const page = await ctx.newPage();
  await page.route('**/*', (route) => {
    if (route.request().url() === PAGE_URL) {
      return route.fulfill({
        status: 200, contentType: 'text/html',
        body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><svg id="svg" width="960" height="600"></svg></body></html>',
      });
    }
    return route.abort();
  });
  const chromeVersion = browser.version();
  for (const d of drawings) {
    if (only && !d.name.includes(only)) continue;
    await page.goto(PAGE_URL);
    await page.addScriptTag({ path: D3_JS });
    await page.addScriptTag({ path: DAGRE_D3_JS });
    const spec = {
      graph: d.graph, compound: !!d.compound, multigraph: !!d.multigraph,
      nodes: d.nodes.map(({ truthLabel, ...rest }) => rest), parents: d.parents || [], edges: d.edges,
      css: d.css, place: d.place, scale: d.scale || 1, viewBox: !!d.viewBox, fixMarkers: d.fixMarkers,
    };
    const res = await page.evaluate((spec) => {
      const d3 = window.d3, dagreD3 = window.dagreD3;
      const svg = d3.select('#svg');
      if (spec.css) svg.append('style').text(spec.css);
      const g = new dagreD3.graphlib.Graph({ compound: spec.compound, multigraph: spec.multigraph })
        .setGraph({ ...spec.graph })
        .setDefaultEdgeLabel(() => ({}));
      for (const { id, ...attrs } of spec.nodes) g.setNode(id, attrs);
      for (const [c, p] of spec.parents) g.setParent(c, p);
      for (const { v, w, name, ...attrs } of spec.edges) {
        if (attrs.curve) attrs.curve = d3[attrs.curve];
        if (spec.multigraph) g.setEdge(v, w, attrs, name); else g.setEdge(v, w, attrs);
      }
      const inner = svg.append('g');
      const render = new dagreD3.render();
      render(inner, g);
      const gw = g.graph().width, gh = g.graph().height;
      let tx, ty, k = 1, width = 960, height;
      if (spec.place === 'zoom') {
        // as the demos do: d3.zoom on the svg, initial transform centred
        k = spec.scale;
        width = Math.max(960, Math.ceil(gw * k + 40));
        svg.attr('width', width);
        const zoom = d3.zoom().on('zoom', () => inner.attr('transform', d3.event.transform));
        svg.call(zoom);
        tx = (width - gw * k) / 2; ty = 20;
        svg.call(zoom.transform, d3.zoomIdentity.translate(tx, ty).scale(k));
        svg.on('.zoom', null);
        height = gh * k + 40;
      } else {
        width = Math.max(960, Math.ceil(gw + 40));
        svg.attr('width', width);
        tx = (width - gw) / 2; ty = 20;
        inner.attr('transform', 'translate(' + tx + ', 20)');
        height = gh + 40;
      }
      svg.attr('height', height);
      if (spec.viewBox) svg.attr('viewBox', `0 0 ${width} ${height}`);
      if (spec.fixMarkers) {
        svg.selectAll('path.path').attr('marker-end', function () {
          return this.getAttribute('marker-end').replace(/url\([^#)]*#/, 'url(#');
        });
      }
      // positions from dagre + the group transform, checked against the DOM
      const svgEl = svg.node();
      const rootInv = svgEl.getScreenCTM().inverse();
      const nodes = [];
      let maxDev = 0;
      for (const v of g.nodes()) {
        const nd = g.node(v);
        const isCluster = g.children(v).length > 0;
        const x = tx + k * nd.x, y = ty + k * nd.y;
        let label;
        if (!isCluster) {
          const shape = nd.elem.querySelector('.label-container');
          const bb = shape.getBBox();
          const m = rootInv.multiply(shape.getScreenCTM());
          const p = new DOMPoint(bb.x + bb.width / 2, bb.y + bb.height / 2).matrixTransform(m);
          maxDev = Math.max(maxDev, Math.abs(p.x - x), Math.abs(p.y - y));
          const lab = nd.elem.querySelector('g.label');
          const tspans = lab.querySelectorAll('text tspan');
          if (tspans.length) label = Array.from(tspans, (t) => t.textContent).join('\n');
          else label = lab.querySelector('div').innerText.trim();
        }
        nodes.push({ id: v, x, y, isCluster, degree: g.nodeEdges(v).length, label });
      }
      const edges = g.edges().map((e) => [e.v, e.w]);
      const selfLoops = g.edges().filter((e) => e.v === e.w).map((e) => g.edge(e).elem.querySelector('path.path').getAttribute('d'));
      const ser = new XMLSerializer().serializeToString(svgEl);
      const versions = `dagre-d3 ${dagreD3.version} (dagre ${dagreD3.dagre.version}, graphlib ${dagreD3.graphlib.version}, d3 ${d3.version})`;
      return { versions, svg: ser, nodes, edges, maxDev, transform: inner.attr('transform'), tx, ty, k, selfLoops };
    }, spec);

    if (res.maxDev > 1e-3) throw new Error(`${d.name}: DOM check failed, max deviation ${res.maxDev}`);
    const tnodes = [];
    for (const nd of res.nodes) {
      if (nd.isCluster) {
        if (nd.degree) throw new Error(`${d.name}: cluster ${nd.id} has edges`);
        continue;
      }
      const def = d.nodes.find((n) => n.id === nd.id);
      const label = def.truthLabel !== undefined ? def.truthLabel : nd.label;
      if (def.truthLabel !== undefined && def.truthLabel !== nd.label) throw new Error(`${d.name}: label ${nd.label}`);
      tnodes.push({ id: nd.id, x: fmt(nd.x), y: fmt(nd.y), label });
    }
    // edges from the spec (as a multiset); check graphlib holds the same
    const tedges = d.edges.map((e) => [e.v, e.w]);
    const key = (l) => l.map((e) => e.join('\u0000')).sort().join('\n');
    if (key(tedges) !== key(res.edges)) throw new Error(`${d.name}: graph edges differ from the spec`);
    let svgText = res.svg;
    if (!svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')) throw new Error(`${d.name}: no xmlns`);
    // versions as the loaded bundles report them (dagre-d3.js bundles its own dagre and graphlib)
    if (res.versions !== `dagre-d3 ${pkgVersion('dagre-d3')} (dagre ${pkgVersion('dagre')}, graphlib ${pkgVersion('graphlib')}, d3 ${pkgVersion('d3')})`) {
      console.warn(`note: bundled versions ${res.versions} differ from node_modules`);
    }
    const gen = `${res.versions}, Chromium ${chromeVersion}, XMLSerializer`;
    const truth = { generator: gen, directed: d.directed, nodes: tnodes, edges: tedges, notes: d.notes };
    fs.writeFileSync(path.join(HERE, d.name + '.svg'), svgText + '\n');
    fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), toJson(truth));
    console.log(`${d.name}: ${tnodes.length} nodes, ${tedges.length} edges, ${(svgText.length / 1024).toFixed(0)} KB, transform="${res.transform}", DOM check max dev ${res.maxDev.toExponential(1)}`);
  }
  await browser.close();
}

function toJson(t) {
  const lines = ['{'];
  lines.push(` "generator": ${JSON.stringify(t.generator)},`);
  lines.push(` "directed": ${t.directed},`);
  lines.push(' "nodes": [');
  lines.push(t.nodes.map((n) => '  ' + JSON.stringify(n).replace(/,"/g, ', "').replace(/":/g, '": ')).join(',\n'));
  lines.push(' ],');
  lines.push(' "edges": [');
  lines.push(t.edges.map((e) => '  ' + JSON.stringify(e).replace('","', '", "')).join(',\n'));
  lines.push(' ],');
  lines.push(` "notes": ${JSON.stringify(t.notes)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

main().catch((e) => { console.error(e); process.exit(1); });
