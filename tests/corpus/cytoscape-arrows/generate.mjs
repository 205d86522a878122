// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// Cytoscape.js draws each graph in headless Chromium (playwright-core driving
// Debian's /usr/bin/chromium) and the cytoscape-svg extension exports it with
// cy.svg({full: true, scale}).  Truth positions are Cytoscape's own model
// positions (cy.nodes()[i].position()) mapped through the export transform:
// cytoscape-svg draws into canvas2svg after ctx.translate(-bb.x1*s, -bb.y1*s)
// and ctx.scale(s, s), where bb = cy.mutableElements().boundingBox() and s is
// the export scale times the pixel ratio (1 here); the generator reads the
// <g transform="translate(tx,ty) scale(s,s)"> back from the SVG and checks it
// equals that.
//
// Usage (see README.md):  node generate.mjs   (node_modules in $CY_WORK,
// default /tmp/cytoscape-arrows-work)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.CY_WORK || '/tmp/cytoscape-arrows-work';
const require = createRequire(path.join(WORK, 'package.json'));
const { chromium } = require('playwright-core');
const NM = path.join(WORK, 'node_modules');
const CY_JS = path.join(NM, 'cytoscape/dist/cytoscape.umd.js');
const SVG_JS = path.join(NM, 'cytoscape-svg/cytoscape-svg.js');
const pkgVersion = (p) => JSON.parse(fs.readFileSync(path.join(NM, p, 'package.json'), 'utf8')).version;
const CY_VERSION = pkgVersion('cytoscape');
const SVG_VERSION = pkgVersion('cytoscape-svg');

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SYL = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze', 'bo', 'da', 'fi', 'gu', 'he', 'jo'];
function name(i) {
  let s = SYL[i % 16];
  if (i >= 16) s += SYL[Math.floor(i / 16) % 16];
  return s;
}
const HEADS = ['triangle', 'triangle-tee', 'circle-triangle', 'triangle-cross', 'triangle-backcurve',
  'vee', 'tee', 'square', 'circle', 'diamond', 'chevron'];

function nodes(n, extra = () => ({})) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ group: 'nodes', data: { id: 'n' + i, label: name(i), ...extra(i) } });
  return out;
}
function edge(id, s, t, data = {}) {
  return { group: 'edges', data: { id, source: s, target: t, ...data } };
}

const baseNode = {
  selector: 'node',
  style: {
    'background-color': '#4a78b5', 'border-width': 1, 'border-color': '#223',
    label: 'data(label)', 'font-size': 10, 'text-valign': 'center', color: '#fff',
    width: 26, height: 26,
  },
};
const arrowsFromData = {
  selector: 'edge',
  style: {
    width: 1.5, 'line-color': '#666', 'target-arrow-color': '#333', 'source-arrow-color': '#333',
    'mid-target-arrow-color': '#933', 'mid-source-arrow-color': '#933',
  },
};
const dataArrow = (end) => ({
  selector: `edge[${end}]`,
  style: { [`${end === 'ta' ? 'target' : end === 'sa' ? 'source' : 'mid-target'}-arrow-shape`]: `data(${end})` },
});
// arrow-fill does not take a data() mapper, so select the hollow ones
const FILL = { ta: ['tf', 'target'], sa: ['sf', 'source'], ma: ['mf', 'mid-target'] };
const dataFill = (end) => ({
  selector: `edge[${FILL[end][0]} = "hollow"]`,
  style: { [`${FILL[end][1]}-arrow-fill`]: 'hollow' },
});

// ---------------------------------------------------------------- drawings
// Each drawing: name, seed, elements, style, layout, scale, directed,
// dir(edgeData) -> 'st' | 'ts' (the drawn direction; directed drawings only),
// notes.
const drawings = [];

// 1. every head shape, filled, at target ends; straight edges; circle layout
{
  const n = 22, els = nodes(n);
  let k = 0;
  for (let i = 0; i < n; i++) els.push(edge('e' + k, 'n' + i, 'n' + ((i + 1) % n), { ta: HEADS[k++ % 11], tf: 'filled' }));
  for (let i = 0; i < n; i += 2) els.push(edge('e' + k, 'n' + i, 'n' + ((i + 7) % n), { ta: HEADS[k++ % 11], tf: 'filled' }));
  drawings.push({
    name: 'target-heads-filled-22', seed: 1, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('ta'), dataFill('ta'),
      { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 1.2 } }],
    layout: { name: 'circle', radius: 260 },
    notes: 'Cytoscape.js circle layout, 22 nodes, 33 straight edges; the target arrow cycles through all 11 drawn arrow shapes (triangle, triangle-tee, circle-triangle, triangle-cross, triangle-backcurve, vee, tee, square, circle, diamond, chevron), all filled (arrow-fill: filled). Each head is one or two separate filled closed <path>s (circle heads are arcs, triangle-tee/triangle-cross are a triangle plus a bar, circle-triangle a circle plus a triangle); the edge path stops at the head. Names centred on the nodes.',
  });
}

// 2. every head shape hollow, bezier edges, concentric layout, scale 1.25
{
  const rnd = mulberry32(2), n = 30, els = nodes(n, (i) => ({ w: i % 3 }));
  const seen = new Set();
  let k = 0;
  while (k < 44) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b) || seen.has(b + ',' + a)) continue;
    seen.add(a + ',' + b);
    els.push(edge('e' + k, 'n' + a, 'n' + b, { ta: HEADS[k % 11], tf: 'hollow' }));
    k++;
  }
  drawings.push({
    name: 'target-heads-hollow-30', seed: 2, elements: els, scale: 1.25, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('ta'), dataFill('ta'),
      { selector: 'node', style: { 'text-valign': 'top', color: '#000', 'background-color': '#e8b04a' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', width: 2, 'arrow-scale': 1.6 } }],
    layout: { name: 'concentric', concentric: (nd) => nd.data('w'), levelWidth: () => 1, minNodeSpacing: 30 },
    layoutFns: { concentric: "nd => nd.data('w')", levelWidth: '() => 1' },
    notes: 'Cytoscape.js concentric layout, 30 nodes, 44 bezier edges (straight unless bundled), hollow target arrows (arrow-fill: hollow) cycling through all 11 arrow shapes at arrow-scale 1.6: Cytoscape first clears the head\'s area (globalCompositeOperation destination-out), which canvas2svg writes as a WHITE filled copy of the head, then strokes the outline as an unfilled <path>; heads are about the size of a small node; names above the nodes; exported at scale 1.25 (<g transform="translate(..) scale(1.25,1.25)">).',
  });
}

// 3. source arrows only: a tree whose arrows point back at the parent
{
  const n = 31, els = nodes(n);
  for (let i = 1; i < n; i++) {
    const p = Math.floor((i - 1) / 2);
    els.push(edge('e' + i, 'n' + p, 'n' + i, { sa: HEADS[i % 11], sf: i % 2 ? 'filled' : 'hollow' }));
  }
  drawings.push({
    name: 'source-arrows-tree-31', seed: 3, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('sa'), dataFill('sa'),
      { selector: 'node', style: { shape: 'round-rectangle', width: 34, height: 20 } },
      { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 1.3 } }],
    layout: { name: 'breadthfirst', roots: ['n0'], directed: true, boundingBox: { x1: 0, y1: 0, w: 1100, h: 420 } },
    notes: 'Cytoscape.js breadthfirst layout of a binary tree, 31 round-rectangle nodes; every edge is defined parent -> child but only its SOURCE arrow is drawn (source-arrow-shape, all 11 shapes, filled and hollow alternately), so the head sits at the parent. The truth lists each edge in the drawn direction, [child, parent] (from the end without a head to the end with the head).',
    dir: () => 'ts',
  });
}

// 4. the same shape at both ends: undirected truth
{
  const W = 5, els = nodes(W * W);
  let k = 0;
  for (let r = 0; r < W; r++) for (let c = 0; c < W; c++) {
    const i = r * W + c;
    const f = k % 2 ? 'hollow' : 'filled';
    if (c + 1 < W) { const s = HEADS[k % 11]; els.push(edge('e' + k++, 'n' + i, 'n' + (i + 1), { sa: s, ta: s, sf: f, tf: f })); }
    if (r + 1 < W) { const s = HEADS[k % 11]; els.push(edge('e' + k++, 'n' + i, 'n' + (i + W), { sa: s, ta: s, sf: f, tf: f })); }
    if (r + 1 < W && c + 1 < W && (r + c) % 2 === 0) { const s = HEADS[k % 11]; els.push(edge('e' + k++, 'n' + i, 'n' + (i + W + 1), { sa: s, ta: s, sf: f, tf: f })); }
  }
  drawings.push({
    name: 'both-ends-symmetric-25', seed: 4, elements: els, scale: 1, directed: false,
    style: [baseNode, arrowsFromData, dataArrow('sa'), dataArrow('ta'), dataFill('sa'), dataFill('ta'),
      { selector: 'node', style: { shape: 'ellipse', 'background-color': '#6a9' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'arrow-scale': 1.1 } }],
    layout: { name: 'grid', rows: W, cols: W },
    notes: 'Cytoscape.js grid layout, 25 nodes, 48 edges, each with the SAME arrow shape at both ends (source and target arrows; all 11 shapes, filled and hollow alternately). Such a drawing shows no direction, so the truth is undirected.',
  });
}

// 5. tail decorations at the source, pointed heads at the target, taxi edges
{
  const n = 26, rnd = mulberry32(5), els = nodes(n);
  const TAILS = ['tee', 'circle', 'square', 'diamond'];
  const TIPS = ['triangle', 'vee', 'chevron', 'triangle-backcurve', 'triangle-tee', 'triangle-cross', 'circle-triangle'];
  let k = 0;
  for (let i = 1; i < n; i++) {
    const p = Math.floor(rnd() * Math.min(i, 8 + i / 2)) % i;
    els.push(edge('e' + k, 'n' + p, 'n' + i, { sa: TAILS[k % 4], sf: k % 3 ? 'hollow' : 'filled', ta: TIPS[k % 7], tf: 'filled' })); k++;
  }
  for (let j = 0; j < 6; j++) {
    const a = 2 + j * 2, b = a + 9;
    els.push(edge('e' + k, 'n' + a, 'n' + b, { sa: TAILS[k % 4], sf: 'hollow', ta: TIPS[k % 7], tf: k % 2 ? 'filled' : 'hollow' })); k++;
  }
  drawings.push({
    name: 'tail-and-head-taxi-26', seed: 5, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('sa'), dataArrow('ta'), dataFill('sa'), dataFill('ta'),
      { selector: 'node', style: { shape: 'rectangle', width: 30, height: 22, 'background-color': '#7a5' } },
      { selector: 'edge', style: { 'curve-style': 'taxi', 'taxi-direction': 'downward', 'taxi-turn': '50%', 'arrow-scale': 1.2 } }],
    layout: { name: 'breadthfirst', roots: ['n0'], directed: true, boundingBox: { x1: 0, y1: 0, w: 700, h: 520 } },
    notes: 'Cytoscape.js breadthfirst layout (a DAG: tree plus 6 cross edges), 26 rectangle nodes, taxi (orthogonal elbow) edges; every edge has a TAIL decoration at its source (tee, circle, square or diamond; filled or hollow) AND a pointed head at its target (triangle, vee, chevron, triangle-backcurve, triangle-tee, triangle-cross, circle-triangle). Direction follows Cytoscape: [source (tail), target (pointed head)].',
  });
}

// 6. mid arrows only, segments edges
{
  const n = 20, rnd = mulberry32(6), els = nodes(n);
  const seen = new Set();
  let k = 0;
  while (k < 30) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b) || seen.has(b + ',' + a)) continue;
    seen.add(a + ',' + b);
    els.push(edge('e' + k, 'n' + a, 'n' + b, { ma: HEADS[k % 11], mf: k % 2 ? 'hollow' : 'filled', sd: (k % 3 - 1) * 25 }));
    k++;
  }
  drawings.push({
    name: 'mid-arrows-segments-20', seed: 6, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('ma'), dataFill('ma'),
      { selector: 'node', style: { 'background-color': '#a56', 'text-valign': 'bottom', color: '#000' } },
      { selector: 'edge', style: { 'curve-style': 'segments', 'segment-distances': 'data(sd)', 'segment-weights': 0.5, 'arrow-scale': 1.4, 'target-arrow-shape': 'none' } }],
    layout: { name: 'cose', randomize: true, animate: false, idealEdgeLength: 110, nodeRepulsion: 400000, nodeOverlap: 20 },
    notes: 'Cytoscape.js cose layout, 20 nodes, 30 segments edges (one bend, offset -25/0/+25 from the straight line), NO end arrows: only a mid-target arrow (all 11 shapes, filled and hollow) drawn at the middle of the edge pointing source -> target. Names below the nodes.',
  });
}

// 7. all nine curve styles, no arrows: undirected
{
  const CURVES = ['haystack', 'straight', 'straight-triangle', 'bezier', 'unbundled-bezier', 'segments', 'round-segments', 'taxi', 'round-taxi'];
  const n = 18, els = [];
  for (let i = 0; i < n; i++) {
    const ang = 2 * Math.PI * i / n;
    els.push({ group: 'nodes', data: { id: 'n' + i, label: name(i) }, position: { x: 300 + 240 * Math.cos(ang), y: 300 + 200 * Math.sin(ang) } });
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    els.push(edge('e' + k, 'n' + i, 'n' + ((i + 1) % n), { cs: CURVES[k % 9] })); k++;
    if (i % 2 === 0) { els.push(edge('e' + k, 'n' + i, 'n' + ((i + 5) % n), { cs: CURVES[k % 9] })); k++; }
  }
  // a parallel pair of bezier edges and one of unbundled-bezier
  els.push(edge('e' + k++, 'n0', 'n1', { cs: 'unbundled-bezier' }));
  els.push(edge('e' + k++, 'n2', 'n7', { cs: 'bezier' }));
  drawings.push({
    name: 'curve-styles-undirected-18', seed: 7, elements: els, scale: 1, directed: false,
    style: [baseNode, arrowsFromData,
      { selector: 'node', style: { 'background-color': '#888', shape: 'hexagon', width: 30, height: 30 } },
      { selector: 'edge[cs]', style: { 'curve-style': 'data(cs)', width: 3, 'line-color': '#5a7' } },
      { selector: 'edge[cs = "haystack"]', style: { 'haystack-radius': 0.6 } },
      { selector: 'edge[cs = "unbundled-bezier"]', style: { 'control-point-distances': 40, 'control-point-weights': 0.5 } },
      { selector: 'edge[cs = "segments"], edge[cs = "round-segments"]', style: { 'segment-distances': '30 -30', 'segment-weights': '0.3 0.7', 'segment-radius': 12 } },
      { selector: 'edge[cs = "taxi"], edge[cs = "round-taxi"]', style: { 'taxi-direction': 'horizontal', 'taxi-radius': 10 } }],
    layout: { name: 'preset' },
    notes: 'Preset positions on an ellipse, 18 hexagon nodes, 29 edges cycling through all nine Cytoscape curve styles: haystack (haystack-radius 0.6, so the ends are spread inside the nodes, not at their centres), straight, straight-triangle (a tapered FILLED closed polygon instead of a stroked line), bezier, unbundled-bezier, segments, round-segments, taxi, round-taxi. No arrows: undirected. Multigraph: n0-n1 (haystack + unbundled-bezier) and n2-n7 (unbundled-bezier + a lone, hence straight, bezier) are each drawn twice. Each straight-triangle edge is followed by a junk <path d=" M NaN NaN L NaN NaN L undefined undefined Z"> that canvas2svg writes.',
  });
}

// 8. the arrow-capable curve styles with triangle heads; cose
{
  const CURVES = ['straight', 'bezier', 'unbundled-bezier', 'segments', 'round-segments', 'taxi', 'round-taxi'];
  const n = 32, rnd = mulberry32(8), els = nodes(n);
  const seen = new Set();
  let k = 0;
  for (let i = 1; i < n; i++) {
    const a = Math.floor(rnd() * i);
    seen.add(a + ',' + i);
    els.push(edge('e' + k, 'n' + a, 'n' + i, { cs: CURVES[k % 7] })); k++;
  }
  while (k < 42) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b) || seen.has(b + ',' + a)) continue;
    seen.add(a + ',' + b);
    els.push(edge('e' + k, 'n' + a, 'n' + b, { cs: CURVES[k % 7] })); k++;
  }
  drawings.push({
    name: 'curve-styles-directed-32', seed: 8, elements: els, scale: 0.9, directed: true,
    style: [baseNode, arrowsFromData,
      { selector: 'node', style: { 'background-color': '#557', width: 22, height: 22, 'font-size': 8 } },
      { selector: 'edge[cs]', style: { 'curve-style': 'data(cs)', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#a33' } },
      { selector: 'edge[cs = "unbundled-bezier"]', style: { 'control-point-distances': -35, 'control-point-weights': 0.5 } },
      { selector: 'edge[cs = "segments"], edge[cs = "round-segments"]', style: { 'segment-distances': '-20 20', 'segment-weights': '0.25 0.75', 'segment-radius': 8 } },
      { selector: 'edge[cs = "taxi"], edge[cs = "round-taxi"]', style: { 'taxi-direction': 'auto', 'taxi-radius': 8 } }],
    layout: { name: 'cose', randomize: true, animate: false, idealEdgeLength: 90, nodeRepulsion: 300000, nodeOverlap: 20 },
    notes: 'Cytoscape.js cose layout, 32 nodes, 42 edges with filled triangle target arrows, cycling through the seven curve styles that take arrows: straight, bezier, unbundled-bezier, segments, round-segments, taxi, round-taxi (the taxi ones bend at right angles, their heads may point along the last leg, not at the node centre). Exported at scale 0.9.',
  });
}

// 9. self-loops and parallel edges (directed multigraph)
{
  const n = 10, els = nodes(n);
  let k = 0;
  const add = (a, b, d = {}) => els.push(edge('e' + k++, 'n' + a, 'n' + b, d));
  for (let i = 0; i < n; i++) add(i, (i + 1) % n);
  add(0, 1); add(0, 1); // triple bundle 0->1
  add(2, 3); add(3, 2); // reciprocal with the ring edge 2->3
  add(5, 4);
  add(6, 8); add(6, 8); add(8, 6);
  add(0, 5); add(0, 5, { cs: 'unbundled-bezier' });
  add(1, 1); add(1, 1); // two loops on n1
  add(4, 4); add(7, 7, { ld: '90deg' }); add(9, 9, { ld: '180deg', lsw: '-60deg' }); add(9, 9, { ld: '0deg' }); add(3, 3, { cs: 'unbundled-bezier' });
  drawings.push({
    name: 'loops-parallel-multigraph-10', seed: 9, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData,
      { selector: 'node', style: { 'background-color': '#c63', width: 34, height: 34 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'vee', 'control-point-step-size': 30, width: 1.5 } },
      { selector: 'edge[cs]', style: { 'curve-style': 'data(cs)', 'control-point-distances': 60, 'control-point-weights': 0.5 } },
      { selector: 'edge[ld]', style: { 'loop-direction': 'data(ld)' } },
      { selector: 'edge[lsw]', style: { 'loop-sweep': 'data(lsw)' } }],
    layout: { name: 'circle', radius: 200 },
    notes: 'Cytoscape.js circle layout, 10 nodes, directed MULTIGRAPH with vee heads: parallel bezier edges bow apart (a bundle of three n0->n1, n6->n8 twice plus n8->n6), reciprocal pairs, an unbundled-bezier edge parallel to a bezier one, and 7 self-loops (two on n1, on n3 (unbundled-bezier), n4, n7, and two on n9 with different loop-direction/loop-sweep). A loop is a bezier leaving and re-entering the node, its vee head on the node boundary.',
  });
}

// 10. node shapes
{
  // round-triangle, round-diamond, round-pentagon, round-hexagon, round-heptagon,
  // round-octagon and round-tag are left out: cytoscape-svg 0.4.0 writes no
  // outline for them (only the label), so there would be no drawn node.
  const SHAPES = ['ellipse', 'triangle', 'rectangle', 'round-rectangle', 'bottom-round-rectangle',
    'cut-rectangle', 'barrel', 'rhomboid', 'right-rhomboid', 'diamond', 'pentagon',
    'hexagon', 'concave-hexagon', 'heptagon', 'octagon', 'star', 'tag', 'vee', 'polygon'];
  const n = SHAPES.length, els = [];
  for (let i = 0; i < n; i++) els.push({ group: 'nodes', data: { id: 'n' + i, label: SHAPES[i], shape: SHAPES[i], wd: 40 + (i % 3) * 14, ht: 30 + (i % 2) * 14 } });
  let k = 0;
  const cols = 5;
  for (let i = 0; i < n; i++) {
    if ((i + 1) % cols && i + 1 < n) els.push(edge('e' + k++, 'n' + i, 'n' + (i + 1), { ta: HEADS[k % 11] }));
    if (i + cols < n && i % 2 === 0) els.push(edge('e' + k++, 'n' + i, 'n' + (i + cols), { ta: HEADS[k % 11] }));
  }
  drawings.push({
    name: 'node-shapes-19', seed: 10, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('ta'),
      { selector: 'node', style: { shape: 'data(shape)', width: 'data(wd)', height: 'data(ht)', 'background-color': '#9bd', 'border-width': 2, 'border-color': '#246', color: '#000', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[shape = "polygon"]', style: { 'shape-polygon-points': '-1 -1 1 -0.5 0.6 1 -0.8 0.6' } },
      { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 1.2 } }],
    layout: { name: 'grid', cols, spacingFactor: 1 },
    notes: 'Cytoscape.js grid layout of one node per Cytoscape node shape that cytoscape-svg can export (19: ellipse, triangle, rectangle, round-rectangle, bottom-round-rectangle, cut-rectangle, barrel, rhomboid, right-rhomboid, diamond, pentagon, hexagon, concave-hexagon, heptagon, octagon, star, tag, vee, and a custom polygon) with widths/heights varying, bordered, the shape name below; straight edges with filled target heads of every shape. Truth = the node box centre (Cytoscape position); for asymmetric shapes (triangle, vee, tag, star, custom polygon, rhomboids) it is the centre of the bounding box of the drawn outline (polygon points are fitted to the box), not the centroid.',
  });
}

// 11. edge labels
{
  const n = 14, rnd = mulberry32(11), els = nodes(n);
  const WORDS = ['calls', 'owns', 'reads', 'writes', 'uses', 'feeds', 'joins', 'sends'];
  const seen = new Set();
  let k = 0;
  while (k < 22) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b) || seen.has(b + ',' + a)) continue;
    seen.add(a + ',' + b);
    const d = { el: WORDS[k % 8], ta: HEADS[(k * 3) % 11], tf: k % 4 === 3 ? 'hollow' : 'filled' };
    if (k % 3 === 0) { d.sl = 's' + k; d.tl = 't' + k; }
    els.push(edge('e' + k, 'n' + a, 'n' + b, d)); k++;
  }
  drawings.push({
    name: 'edge-labels-14', seed: 11, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('ta'), dataFill('ta'),
      { selector: 'node', style: { 'background-color': '#fc6', color: '#000', width: 32, height: 32 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', label: 'data(el)', 'font-size': 9, 'text-rotation': 'autorotate', 'arrow-scale': 1.3 } },
      { selector: 'edge[sl]', style: { 'source-label': 'data(sl)', 'target-label': 'data(tl)', 'source-text-offset': 22, 'target-text-offset': 22 } },
      { selector: 'edge[el = "owns"], edge[el = "feeds"]', style: { 'text-background-color': '#eee', 'text-background-opacity': 1, 'text-background-shape': 'round-rectangle', 'text-background-padding': 2, 'text-border-width': 1, 'text-border-opacity': 1, 'text-border-color': '#999' } },
      { selector: 'edge[el = "reads"]', style: { 'text-rotation': 'none', 'text-background-color': '#fff', 'text-background-opacity': 1 } }],
    layout: { name: 'cose', randomize: true, animate: false, idealEdgeLength: 120, nodeRepulsion: 400000, nodeOverlap: 20 },
    notes: 'Cytoscape.js cose layout, 14 nodes, 22 bezier edges with labels: mid labels rotated along the edge (text-rotation: autorotate, drawn inside rotated <g>s), some with a filled and bordered round-rectangle text background (a closed box the size of a small node), "reads" labels unrotated on a white rectangle; every third edge also has source-label and target-label near its ends. Heads of mixed shapes, mostly filled.',
  });
}

// 12. compound nodes
{
  const els = [];
  const groups = { A: ['a0', 'a1', 'a2', 'a3'], B: ['b0', 'b1', 'b2'], C: ['c0', 'c1', 'c2', 'c3', 'c4'], D: ['d0', 'd1'] };
  els.push({ group: 'nodes', data: { id: 'A', label: 'group A' } });
  els.push({ group: 'nodes', data: { id: 'B', label: 'group B' } });
  els.push({ group: 'nodes', data: { id: 'C', label: 'group C' } });
  els.push({ group: 'nodes', data: { id: 'D', label: 'group D', parent: 'C' } }); // nested
  const P = {
    a0: [60, 60], a1: [150, 50], a2: [160, 140], a3: [70, 150],
    b0: [330, 90], b1: [420, 60], b2: [430, 150],
    c0: [90, 330], c1: [190, 300], c2: [170, 400], c3: [70, 440], c4: [300, 470],
    d0: [360, 330], d1: [440, 380],
    x0: [-40, 100], x1: [560, 220], x2: [260, 230],
  };
  for (const [g, ms] of Object.entries(groups)) for (const m of ms) els.push({ group: 'nodes', data: { id: m, label: m, parent: g }, position: { x: P[m][0], y: P[m][1] } });
  for (const id of ['x0', 'x1', 'x2']) els.push({ group: 'nodes', data: { id, label: id }, position: { x: P[id][0], y: P[id][1] } });
  let k = 0;
  const add = (a, b) => els.push(edge('e' + k++, a, b));
  add('a0', 'a1'); add('a1', 'a2'); add('a2', 'a3'); add('a3', 'a0');
  add('b0', 'b1'); add('b1', 'b2');
  add('c0', 'c1'); add('c1', 'c2'); add('c3', 'c4'); add('c2', 'd0'); add('d0', 'd1');
  add('a2', 'b0'); add('b2', 'c0'); add('x0', 'a0'); add('x1', 'x2');
  add('x1', 'B'); add('A', 'x2'); add('D', 'c4'); // edges attached to parents
  drawings.push({
    name: 'compound-nodes-20', seed: 12, elements: els, scale: 1, directed: true,
    style: [baseNode, arrowsFromData,
      { selector: 'node', style: { 'background-color': '#58a', color: '#fff', width: 28, height: 28, 'font-size': 9 } },
      { selector: ':parent', style: { 'background-color': '#dde', 'background-opacity': 0.6, 'border-color': '#88a', shape: 'round-rectangle', color: '#224', 'text-valign': 'top', 'padding': 12 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle-backcurve', 'arrow-scale': 1.2 } }],
    layout: { name: 'preset' },
    notes: 'Cytoscape.js compound (parent) nodes, leaf positions preset, parent boxes sized by Cytoscape around their children (padding 12): groups A, B, C and D (D nested in C) drawn as translucent round-rectangles behind their children, group names above them. A, B and D have edges of their own (x1->B, A->x2, D->c4), so they are graph nodes at the centre of their box; C has no edge and is a container only, not in the truth. 17 leaf nodes + 3 parents = 20 truth nodes, 18 edges, triangle-backcurve heads.',
  });
}

// 13. large random mix: 140 nodes, random heads/fills/curve styles, scale 0.6
{
  const n = 140, rnd = mulberry32(13), els = [];
  const SHP = ['ellipse', 'rectangle', 'round-rectangle', 'diamond'];
  for (let i = 0; i < n; i++) els.push({ group: 'nodes', data: { id: 'n' + i, label: name(i), sh: SHP[i % 4] } });
  const CURVES = ['straight', 'bezier', 'straight', 'bezier', 'taxi', 'segments'];
  const seen = new Set();
  let k = 0;
  const add = (a, b) => {
    els.push(edge('e' + k, 'n' + a, 'n' + b, { ta: HEADS[Math.floor(rnd() * 11)], tf: rnd() < 0.3 ? 'hollow' : 'filled', cs: CURVES[Math.floor(rnd() * 6)] }));
    k++;
  };
  for (let i = 1; i < n; i++) { const a = Math.floor(rnd() * i); seen.add(a + ',' + i); add(a, i); }
  while (k < 180) {
    const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b || seen.has(a + ',' + b) || seen.has(b + ',' + a)) continue;
    seen.add(a + ',' + b); add(a, b);
  }
  drawings.push({
    name: 'random-mix-140', seed: 13, elements: els, scale: 0.6, directed: true,
    style: [baseNode, arrowsFromData, dataArrow('ta'), dataFill('ta'),
      { selector: 'node', style: { shape: 'data(sh)', width: 20, height: 20, 'font-size': 8, 'text-valign': 'top', color: '#222', 'background-color': '#69c' } },
      { selector: 'edge[cs]', style: { 'curve-style': 'data(cs)', width: 1.2 } },
      { selector: 'edge[cs = "segments"]', style: { 'segment-distances': 15, 'segment-weights': 0.5 } }],
    layout: { name: 'cose', randomize: true, animate: false, idealEdgeLength: 50, nodeRepulsion: 6000, numIter: 1500 },
    notes: 'Cytoscape.js cose layout, 140 nodes (ellipse, rectangle, round-rectangle, diamond), 180 edges, each with a random target head among the 11 shapes (about 30% hollow) and a random curve style (straight, bezier, taxi, segments); names above the nodes; exported at scale 0.6.',
  });
}

// ---------------------------------------------------------------- run
function fmt(x) { return Math.round(x * 1e9) / 1e9; }

async function main() {
  const only = process.argv[2];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const ctx = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 1000, height: 800 } });
  const page = await ctx.newPage();
  const chromeVersion = browser.version();
  for (const d of drawings) {
    if (only && !d.name.includes(only)) continue;
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:1000px;height:800px"></div></body></html>');
    await page.addScriptTag({ path: CY_JS });
    await page.addScriptTag({ path: SVG_JS });
    const spec = { elements: d.elements, style: d.style, layout: { ...d.layout }, layoutFns: d.layoutFns || {}, scale: d.scale, seed: d.seed };
    for (const key of Object.keys(spec.layoutFns)) delete spec.layout[key];
    const res = await page.evaluate(async (spec) => {
      // seeded Math.random so that cose / haystack are reproducible
      let a = spec.seed * 7919;
      Math.random = function () {
        a |= 0; a = (a + 0x6D2B79F5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      if (typeof window.cytoscape.prototype?.svg !== 'function' && window.cytoscapeSvg) window.cytoscape.use(window.cytoscapeSvg);
      const cy = window.cytoscape({ container: document.getElementById('cy'), elements: spec.elements, style: spec.style, layout: { name: 'preset' } });
      const lo = { ...spec.layout };
      for (const [k, src] of Object.entries(spec.layoutFns)) lo[k] = eval(src);
      const layout = cy.layout(lo);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const bb = cy.mutableElements().boundingBox();
      const pxRatio = cy.renderer().getPixelRatio();
      const svg = cy.svg({ full: true, scale: spec.scale });
      const nodes = cy.nodes().map((n) => ({
        id: n.id(), x: n.position('x'), y: n.position('y'), isParent: n.isParent(),
        label: n.data('label'), degree: n.connectedEdges().length, w: n.outerWidth(), h: n.outerHeight(),
      }));
      return { svg, nodes, bb: { x1: bb.x1, y1: bb.y1, w: bb.w, h: bb.h }, pxRatio };
    }, spec);

    const s = d.scale * res.pxRatio;
    const m = res.svg.match(/<g transform="translate\(([-\d.e]+),\s*([-\d.e]+)\) scale\(([-\d.e]+),\s*([-\d.e]+)\)">/);
    if (!m) throw new Error(d.name + ': no export transform found');
    const [tx, ty, sx, sy] = m.slice(1).map(Number);
    const etx = -res.bb.x1 * s, ety = -res.bb.y1 * s;
    if (Math.abs(tx - etx) > 1e-6 || Math.abs(ty - ety) > 1e-6 || Math.abs(sx - s) > 1e-12 || Math.abs(sy - s) > 1e-12) {
      throw new Error(`${d.name}: transform ${m[0]} != translate(${etx},${ety}) scale(${s})`);
    }
    const tnodes = [];
    for (const nd of res.nodes) {
      if (nd.isParent && nd.degree === 0) continue; // pure container
      const o = { id: nd.id, x: fmt(sx * nd.x + tx), y: fmt(sy * nd.y + ty) };
      if (nd.label) o.label = nd.label;
      tnodes.push(o);
    }
    const tedges = [];
    for (const el of d.elements) {
      if (el.group !== 'edges') continue;
      const { source, target } = el.data;
      const dir = d.dir ? d.dir(el.data) : 'st';
      tedges.push(dir === 'ts' ? [target, source] : [source, target]);
    }
    const truth = {
      generator: `cytoscape.js ${CY_VERSION} + cytoscape-svg ${SVG_VERSION} (headless Chromium ${chromeVersion})`,
      directed: d.directed,
      nodes: tnodes,
      edges: tedges,
      notes: d.notes,
    };
    fs.writeFileSync(path.join(HERE, d.name + '.svg'), res.svg);
    fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), toJson(truth));
    console.log(`${d.name}: ${tnodes.length} nodes, ${tedges.length} edges, ${(res.svg.length / 1024).toFixed(0)} KB, ${m[0]}`);
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
  lines.push(t.edges.map((e) => '  ' + JSON.stringify(e).replace(',', ', ')).join(',\n'));
  lines.push(' ],');
  lines.push(` "notes": ${JSON.stringify(t.notes)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

main().catch((e) => { console.error(e); process.exit(1); });
