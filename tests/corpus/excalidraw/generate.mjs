// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// Excalidraw (npm `@excalidraw/excalidraw`) exportToSvg() in headless Chromium
// (playwright-core driving Debian's /usr/bin/chromium).  The package is bundled
// with esbuild into $EXCALIDRAW_WORK/page (see README.md) and served, with the
// package's own font files, from a route-fulfilled http://localhost/ex/.
//
// Each drawing is a scene made here from graph data: shapes (rectangle,
// ellipse, diamond) with bound text labels are built with Excalidraw's own
// convertToExcalidrawElements() (which measures and places the text), then
// given fixed ids, seeds and nonces; the arrows are written here as complete
// elements, bound to their shapes (startBinding / endBinding), with their end
// points on the shapes' outlines plus the binding gap, the way the editor
// places bound arrows (focus 0: on the line towards the shape's centre).
// Nothing is random: rough.js strokes depend only on each element's seed.
//
// Truth: each node is one shape element; its position is the element's centre
// (x + width/2, y + height/2) moved into the SVG's user space by the offset
// exportToSvg applies (exportPadding minus the scene's min x/y).  The offset is
// read from the SVG itself: every shape is written as
// <g transform="translate(X Y) rotate(0 w/2 h/2)">, X = x + offsetX; the script
// requires one offset that finds every node's <g>, and measures the drawn
// outline's bounding box (getBBox through getCTM) against the truth centre.
//
// Usage:  node generate.mjs [NAME-SUBSTRING]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.EXCALIDRAW_WORK || '/tmp/npm-excalidraw';
const require = createRequire(path.join(WORK, 'package.json'));
const { chromium } = require('playwright-core');
const PAGE = path.join(WORK, 'page');
const PKG = path.join(WORK, 'node_modules/@excalidraw/excalidraw');
const FONTS = path.join(PKG, 'dist/prod/fonts');
const EXVERSION = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------- the page bundle
// esbuild bundles the package's exportToSvg, convertToExcalidrawElements and getCommonBounds into
// $EXCALIDRAW_WORK/page/entry.js (+ chunks), once (delete the folder to rebuild)
function bundle() {
  if (fs.existsSync(path.join(PAGE, 'entry.js'))) return;
  const entry = path.join(WORK, 'entry.js');
  fs.writeFileSync(entry, 'import { exportToSvg, convertToExcalidrawElements, getCommonBounds } from "@excalidraw/excalidraw";\n'
    + 'window.ExcalidrawLib = { exportToSvg, convertToExcalidrawElements, getCommonBounds };\n');
  require('esbuild').buildSync({ entryPoints: [entry], bundle: true, format: 'esm', splitting: true, outdir: PAGE, minify: true, logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', 'process.env.IS_PREACT': '"false"' } });
}

// ---------------------------------------------------------------- seeded numbers
function mulberry(seed) {
  return () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
function hash(s) { let h = 2166136261; for (const c of s) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619); } return (h >>> 0) % 2147483647; }

// ---------------------------------------------------------------- geometry
// where the ray from the shape's centre along (ux, uy) (unit) leaves the outline grown by gap
function exitPoint(n, ux, uy, gap) {
  const cx = n.x + n.w / 2, cy = n.y + n.h / 2, a = n.w / 2, b = n.h / 2;
  let t;
  if (n.type === 'ellipse') {
    const A = a + gap, B = b + gap; t = 1 / Math.sqrt((ux * ux) / (A * A) + (uy * uy) / (B * B));
  } else if (n.type === 'diamond') {
    const k = 1 + gap * Math.sqrt(1 / (a * a) + 1 / (b * b)); t = k / (Math.abs(ux) / a + Math.abs(uy) / b);
  } else {
    const A = a + gap, B = b + gap; t = Math.min(ux ? A / Math.abs(ux) : Infinity, uy ? B / Math.abs(uy) : Infinity);
  }
  return [cx + ux * t, cy + uy * t];
}
const centre = (n) => [n.x + n.w / 2, n.y + n.h / 2];
const r2 = (v) => Math.round(v * 100) / 100;

// an arrow (or head-less connector) from node s to node t.  opt.bend: offset of a middle point
// (curved arrow, roundness type 2) perpendicular to the centre line; opt.via: explicit inner
// points (scene coordinates) -> polyline; opt.elbow: orthogonal route 'hv' or 'vh' or 'hvh'/'vhv'
function connector(id, s, t, opt, st) {
  const [sx, sy] = centre(s), [tx, ty] = centre(t);
  const gapS = opt.gap ?? 5, gapT = opt.gap ?? 5;
  let inner = [];
  if (opt.via) inner = opt.via;
  else if (opt.bend) {
    const dx = tx - sx, dy = ty - sy, L = Math.hypot(dx, dy);
    inner = [[(sx + tx) / 2 - dy / L * opt.bend, (sy + ty) / 2 + dx / L * opt.bend]];
  }
  let pts, elbowFixed = null;
  if (opt.elbow) {
    // orthogonal route between side midpoints
    const side = (n, d) => ({ r: [n.x + n.w + gapS, n.y + n.h / 2, [1, 0.5]], l: [n.x - gapS, n.y + n.h / 2, [0, 0.5]],
      b: [n.x + n.w / 2, n.y + n.h + gapS, [0.5, 1]], t: [n.x + n.w / 2, n.y - gapS, [0.5, 0]] })[d];
    const [d0, d1] = opt.elbow.split('');
    const p0 = side(s, d0), p1 = side(t, d1);
    const a = [p0[0], p0[1]], z = [p1[0], p1[1]];
    if ('lr'.includes(d0) && 'lr'.includes(d1)) { const mx = (a[0] + z[0]) / 2; pts = [a, [mx, a[1]], [mx, z[1]], z]; }
    else if ('tb'.includes(d0) && 'tb'.includes(d1)) { const my = (a[1] + z[1]) / 2; pts = [a, [a[0], my], [z[0], my], z]; }
    else if ('lr'.includes(d0)) pts = [a, [z[0], a[1]], z];
    else pts = [a, [a[0], z[1]], z];
    pts = pts.filter((p, i) => i === 0 || Math.hypot(p[0] - pts[i - 1][0], p[1] - pts[i - 1][1]) > 1e-9);
    elbowFixed = [p0[2], p1[2]];
  } else {
    const first = inner.length ? inner[0] : [tx, ty], last = inner.length ? inner[inner.length - 1] : [sx, sy];
    let ux = first[0] - sx, uy = first[1] - sy, L = Math.hypot(ux, uy);
    const a = exitPoint(s, ux / L, uy / L, gapS);
    ux = last[0] - tx; uy = last[1] - ty; L = Math.hypot(ux, uy);
    const z = exitPoint(t, ux / L, uy / L, gapT);
    pts = [a, ...inner, z];
  }
  pts = pts.map(([x, y]) => [r2(x), r2(y)]);
  const x0 = pts[0][0], y0 = pts[0][1];
  const rel = pts.map(([x, y]) => [r2(x - x0), r2(y - y0)]);
  const xs = rel.map((p) => p[0]), ys = rel.map((p) => p[1]);
  const isLine = opt.kind === 'line';
  const el = {
    id, type: isLine ? 'line' : 'arrow', x: x0, y: y0, width: r2(Math.max(...xs) - Math.min(...xs)), height: r2(Math.max(...ys) - Math.min(...ys)), angle: 0,
    strokeColor: opt.stroke || st.stroke || '#1e1e1e', backgroundColor: 'transparent', fillStyle: 'solid', strokeWidth: opt.strokeWidth || st.strokeWidth || 2,
    strokeStyle: opt.strokeStyle || 'solid', roughness: opt.roughness ?? st.roughness, opacity: 100, groupIds: [], frameId: opt.frameId || null,
    roundness: opt.elbow ? null : (opt.bend || opt.round ? { type: 2 } : (st.arrowRound && inner.length ? { type: 2 } : null)),
    seed: hash(id + ':seed'), version: 1, versionNonce: hash(id + ':nonce'), isDeleted: false, boundElements: null, updated: 1, link: null, locked: false,
    points: rel, lastCommittedPoint: null,
    startArrowhead: opt.start === undefined ? null : opt.start, endArrowhead: isLine ? null : (opt.end === undefined ? 'arrow' : opt.end),
  };
  if (!isLine) {
    el.startBinding = { elementId: s.id, focus: 0, gap: gapS, ...(elbowFixed ? { fixedPoint: elbowFixed[0] } : {}) };
    el.endBinding = { elementId: t.id, focus: 0, gap: gapT, ...(elbowFixed ? { fixedPoint: elbowFixed[1] } : {}) };
    el.elbowed = !!opt.elbow;
    if (opt.elbow) Object.assign(el, { fixedSegments: null, startIsSpecial: null, endIsSpecial: null });
  } else {
    el.startBinding = null; el.endBinding = null; el.polygon = false;
  }
  // the point where Excalidraw centres a bound label: the middle point (odd count) or the middle of the middle segment
  const m = pts.length % 2 ? pts[(pts.length - 1) / 2] : [(pts[pts.length / 2 - 1][0] + pts[pts.length / 2][0]) / 2, (pts[pts.length / 2 - 1][1] + pts[pts.length / 2][1]) / 2];
  return { el, mid: m };
}

// ---------------------------------------------------------------- drawings
// node: [id, label, type, cx, cy, w, h, style?]   edge: [s, t, opt?]
const PAL = { blue: '#a5d8ff', green: '#b2f2bb', yellow: '#ffec99', red: '#ffc9c9', violet: '#d0bfff', orange: '#ffd8a8', grey: '#e9ecef', cyan: '#99e9f2', pink: '#fcc2d7' };

function grid(ids, cols, dx, dy, x0 = 0, y0 = 0) { return ids.map((id, i) => [x0 + (i % cols) * dx, y0 + Math.floor(i / cols) * dy]); }

const drawings = [];

// 1. the README flowchart: hand-drawn look, Excalifont, ellipse start/end, diamond decision
drawings.push({
  name: 'flowchart-hand-drawn-9', directed: true,
  notes: 'The usual README flowchart in the default hand-drawn style (roughness 1, Excalifont 20): ellipse Start/End, rounded rectangles (roundness type 3), two diamond decisions, bound text labels, bound arrows with the default "arrow" head, two of them labelled "yes"/"no" with text bound to the arrow (Excalidraw masks the line under it), one back edge as a three-point curved arrow; white background.',
  style: { roughness: 1, fontFamily: 5, fontSize: 20, round: true, arrowRound: true },
  appState: { exportBackground: true, viewBackgroundColor: '#ffffff' },
  nodes: [['start', 'Start', 'ellipse', 300, 40, 140, 60, { bg: PAL.green, fill: 'solid' }], ['read', 'Read config', 'rectangle', 300, 160, 180, 70],
    ['valid', 'Valid?', 'diamond', 300, 300, 160, 110, { bg: PAL.yellow, fill: 'solid' }], ['fix', 'Show error', 'rectangle', 600, 300, 170, 70, { bg: PAL.red, fill: 'solid' }],
    ['load', 'Load plugins', 'rectangle', 300, 450, 180, 70], ['any', 'Any left?', 'diamond', 300, 600, 170, 110, { bg: PAL.yellow, fill: 'solid' }],
    ['run', 'Run plugin', 'rectangle', 600, 600, 170, 70], ['serve', 'Serve', 'rectangle', 300, 750, 160, 70, { bg: PAL.blue, fill: 'solid' }],
    ['end', 'End', 'ellipse', 300, 870, 140, 60, { bg: PAL.green, fill: 'solid' }]],
  edges: [['start', 'read'], ['read', 'valid'], ['valid', 'fix', { label: 'no' }], ['valid', 'load', { label: 'yes' }], ['fix', 'read', { via: [[600, 160]] }],
    ['load', 'any'], ['any', 'run', { label: 'yes' }], ['run', 'load', { via: [[600, 450]] }], ['any', 'serve', { label: 'no' }], ['serve', 'end']],
});

// 2. architecture diagram: sharp (roughness 0), solid fills, Nunito, elbow arrows, a frame
drawings.push({
  name: 'architecture-elbow-frame-11', directed: true,
  notes: 'System architecture as drawn in docs: "architect" style (roughness 0), solid pastel fills, Nunito 16, sharp and rounded rectangles, an ellipse for the users, elbow arrows (elbowed: true, fixedPoint bindings, orthogonal routes from side midpoints), a frame named "Backend" around five services (a frame is not a node); no background (exportBackground false).',
  style: { roughness: 0, fontFamily: 6, fontSize: 16, round: false },
  appState: { exportBackground: false, viewBackgroundColor: '#ffffff' },
  frame: { id: 'backend', name: 'Backend', children: ['api', 'auth', 'orders', 'worker', 'queue'] },
  nodes: [['users', 'Users', 'ellipse', 80, 220, 120, 70, { bg: PAL.grey, fill: 'solid' }], ['cdn', 'CDN', 'rectangle', 260, 120, 120, 60, { bg: PAL.cyan, fill: 'solid', round: true }],
    ['lb', 'Load balancer', 'rectangle', 260, 320, 140, 60, { bg: PAL.cyan, fill: 'solid', round: true }],
    ['api', 'API', 'rectangle', 500, 320, 120, 60, { bg: PAL.blue, fill: 'solid' }], ['auth', 'Auth', 'rectangle', 500, 460, 120, 60, { bg: PAL.blue, fill: 'solid' }],
    ['orders', 'Orders', 'rectangle', 700, 320, 120, 60, { bg: PAL.blue, fill: 'solid' }], ['queue', 'Queue', 'rectangle', 700, 460, 120, 60, { bg: PAL.orange, fill: 'solid' }],
    ['worker', 'Worker', 'rectangle', 900, 460, 120, 60, { bg: PAL.blue, fill: 'solid' }], ['db', 'Postgres', 'ellipse', 960, 190, 130, 80, { bg: PAL.violet, fill: 'solid' }],
    ['s3', 'Object store', 'rectangle', 260, 20, 140, 60, { bg: PAL.violet, fill: 'solid', round: true }], ['mail', 'Mailer', 'rectangle', 1120, 460, 110, 60, { bg: PAL.grey, fill: 'solid' }]],
  edges: [['users', 'cdn', { elbow: 'tl' }], ['users', 'lb', { elbow: 'bl' }], ['cdn', 's3', { elbow: 'tb' }], ['lb', 'api', { elbow: 'rl' }], ['api', 'auth', { elbow: 'bt' }],
    ['api', 'orders', { elbow: 'rl' }], ['orders', 'queue', { elbow: 'bt' }], ['queue', 'worker', { elbow: 'rl' }], ['orders', 'db', { elbow: 'tl' }],
    ['worker', 'db', { elbow: 'tb' }], ['worker', 'mail', { elbow: 'rl' }]],
});

// 3. mind map: roughness 2, hachure, head-less bound arrows (undirected)
{
  const kids = { Goals: ['Speed', 'Safety', 'Cost'], Team: ['Devs', 'QA'], Risks: ['Budget', 'Scope', 'Vendors'], Plan: ['Q1', 'Q2', 'Q3'] };
  const nodes = [['root', 'Project', 'ellipse', 0, 0, 170, 90, { bg: PAL.yellow, fill: 'hachure' }]]; const edges = [];
  const cols = [PAL.blue, PAL.green, PAL.red, PAL.violet];
  Object.entries(kids).forEach(([k, ks], i) => {
    const side = i % 2 ? -1 : 1, row = i < 2 ? -1 : 1;
    const kx = side * 260, ky = row * 150;
    nodes.push([k, k, 'ellipse', kx, ky, 130, 70, { bg: cols[i], fill: 'hachure' }]); edges.push(['root', k, { end: null }]);
    ks.forEach((c, j) => { nodes.push([k + '-' + c, c, 'rectangle', kx + side * 220, ky + (j - (ks.length - 1) / 2) * 85, 110, 54, { bg: cols[i], fill: i % 2 ? 'cross-hatch' : 'hachure', round: true }]);
      edges.push([k, k + '-' + c, { end: null, bend: (j - (ks.length - 1) / 2) * 12 * side }]); });
  });
  drawings.push({
    name: 'mindmap-cartoonist-16', directed: false,
    notes: 'Mind map in the "cartoonist" style (roughness 2, strokeWidth 2): ellipse root and branches, rounded rectangle leaves, hachure and cross-hatch fills, Virgil (the old hand-drawn font, fontFamily 1); connectors are bound arrows with no head at either end (endArrowhead null): undirected; leaf connectors slightly curved (three points, roundness type 2).',
    style: { roughness: 2, fontFamily: 1, fontSize: 20, round: false, arrowRound: true },
    appState: { exportBackground: true, viewBackgroundColor: '#ffffff' }, nodes, edges,
  });
}

// 4. state machine: curved arrows, reciprocal pair bowed apart, triangle heads, labels bound to arrows
drawings.push({
  name: 'state-machine-curved-7', directed: true,
  notes: 'State machine: ellipse states, a small solid black ellipse as the initial state, curved two-segment arrows (three points, roundness type 2) with "triangle" heads, reciprocal transitions bowed to opposite sides, transition names as text bound to the arrows, Cascadia (code font, fontFamily 3) 16; roughness 1, transparent background.',
  style: { roughness: 1, fontFamily: 3, fontSize: 16, arrowRound: true },
  appState: { exportBackground: false, viewBackgroundColor: '#ffffff' },
  nodes: [['init', '', 'ellipse', 40, 240, 30, 30, { bg: '#1e1e1e', fill: 'solid' }], ['idle', 'Idle', 'ellipse', 200, 240, 130, 70],
    ['run', 'Running', 'ellipse', 460, 100, 150, 80, { bg: PAL.green, fill: 'solid' }], ['pause', 'Paused', 'ellipse', 460, 400, 150, 80, { bg: PAL.yellow, fill: 'solid' }],
    ['done', 'Done', 'ellipse', 760, 100, 130, 70], ['fail', 'Failed', 'ellipse', 760, 400, 130, 70, { bg: PAL.red, fill: 'solid' }], ['retry', 'Retry', 'ellipse', 920, 250, 120, 64]],
  edges: [['init', 'idle', { end: 'triangle' }], ['idle', 'run', { bend: 30, end: 'triangle', label: 'start' }], ['run', 'idle', { bend: 30, end: 'triangle', label: 'stop' }],
    ['run', 'pause', { bend: 40, end: 'triangle', label: 'pause' }], ['pause', 'run', { bend: 40, end: 'triangle', label: 'resume' }], ['run', 'done', { end: 'triangle', label: 'finish' }],
    ['pause', 'fail', { end: 'triangle', label: 'error' }], ['fail', 'retry', { bend: -25, end: 'triangle' }], ['retry', 'run', { bend: -25, end: 'triangle' }],
    ['done', 'idle', { via: [[520, -20], [200, -20]], end: 'triangle', label: 'reset' }]],
});

// 5. arrowhead zoo
{
  const kinds = [[null, 'arrow'], [null, 'bar'], [null, 'circle'], [null, 'circle_outline'], [null, 'triangle'], [null, 'triangle_outline'], [null, 'diamond'],
    [null, 'diamond_outline'], ['arrow', null], ['triangle', null], ['arrow', 'arrow'], ['dot', 'triangle']];
  const nodes = [], edges = [];
  kinds.forEach(([st, en], i) => {
    const col = i % 2, row = Math.floor(i / 2);
    const s = 'a' + i, t = 'b' + i;
    const name = st && en ? st + ' + ' + en : st ? 'start: ' + st : en;
    nodes.push([s, 'from ' + i, 'rectangle', 80 + col * 520, 40 + row * 120 + (col ? 30 : 0), 110, 50]);
    nodes.push([t, name, col ? 'ellipse' : 'rectangle', 390 + col * 520, 40 + row * 120 + (col ? 30 : 0) + (row % 3 - 1) * 18, 190, 56, { bg: PAL.blue, fill: 'solid' }]);
    // a head only at the start points the edge at the shape where the arrow begins
    edges.push(st && !en ? [t, s, { start: st, end: null, draw: [s, t] }] : [s, t, { start: st, end: en }]);
  });
  drawings.push({
    name: 'arrowheads-zoo-24', directed: true,
    notes: 'Every Excalidraw 0.18 arrowhead, one arrow each between a "from" box and a box or ellipse named after the head: arrow, bar, circle (the old "dot"), circle_outline, triangle, triangle_outline, diamond, diamond_outline at the end; arrow and triangle at the start only (drawn from "from i" but pointing at it: the truth edge is [b_i, a_i]); arrow at both ends and "dot" (restored as circle) + triangle (both-ended: truth keeps the drawn order, from -> to). Roughness 0, Helvetica (fontFamily 2, not embedded).',
    style: { roughness: 0, fontFamily: 2, fontSize: 16, strokeWidth: 2 },
    appState: { exportBackground: true, viewBackgroundColor: '#ffffff' }, nodes, edges,
  });
}

// 6. dashed / dotted strokes, cross-hatch, mixed
drawings.push({
  name: 'dashed-crosshatch-10', directed: true,
  notes: 'Data-flow sketch with stroke styles: dashed and dotted shape outlines and arrows (strokeStyle dashed/dotted), cross-hatch, hachure and solid fills, thick strokes (strokeWidth 4) on two shapes, red and blue stroke colours, Comic Shanns (fontFamily 8) 18; roughness 1; one arrow drawn with two bends (polyline, roundness null).',
  style: { roughness: 1, fontFamily: 8, fontSize: 18 },
  appState: { exportBackground: true, viewBackgroundColor: '#fffce8' },
  nodes: [['src', 'Sensors', 'rectangle', 60, 80, 130, 64, { bg: PAL.cyan, fill: 'cross-hatch' }], ['edge', 'Edge box', 'rectangle', 300, 80, 130, 64, { strokeStyle: 'dashed' }],
    ['mq', 'MQTT', 'ellipse', 540, 80, 120, 70, { bg: PAL.orange, fill: 'hachure', strokeWidth: 4 }], ['ing', 'Ingest', 'rectangle', 540, 260, 130, 64, { bg: PAL.blue, fill: 'solid' }],
    ['tsdb', 'TSDB', 'ellipse', 780, 260, 120, 80, { bg: PAL.violet, fill: 'cross-hatch', strokeStyle: 'dotted' }], ['alert', 'Alerts', 'diamond', 300, 260, 140, 100, { bg: PAL.red, fill: 'hachure', stroke: '#e03131' }],
    ['dash', 'Dashboard', 'rectangle', 780, 440, 140, 64, { bg: PAL.green, fill: 'solid', strokeWidth: 4 }], ['pager', 'Pager', 'rectangle', 60, 260, 120, 64, { strokeStyle: 'dashed', stroke: '#e03131' }],
    ['arch', 'Archive', 'rectangle', 540, 440, 130, 64, { bg: PAL.grey, fill: 'cross-hatch', strokeStyle: 'dashed' }], ['ml', 'Model', 'ellipse', 300, 440, 130, 74, { bg: PAL.yellow, fill: 'solid', stroke: '#1971c2' }]],
  edges: [['src', 'edge'], ['edge', 'mq', { strokeStyle: 'dashed' }], ['mq', 'ing'], ['ing', 'tsdb'], ['ing', 'alert', { strokeStyle: 'dotted', stroke: '#e03131' }],
    ['alert', 'pager', { stroke: '#e03131' }], ['tsdb', 'dash'], ['ing', 'arch', { strokeStyle: 'dashed' }], ['arch', 'ml', { strokeStyle: 'dotted' }],
    ['ml', 'alert', { via: [[300, 360]] }], ['src', 'pager', { via: [[-40, 80], [-40, 260]] }]],
});

// 7. tree of diamonds and rectangles joined by plain lines (not bound)
{
  const nodes = [], edges = [];
  const levels = [['r'], ['a', 'b'], ['a1', 'a2', 'b1', 'b2'], ['a1x', 'a1y', 'a2x', 'b1x', 'b2x', 'b2y', 'b2z']];
  const parent = { a: 'r', b: 'r', a1: 'a', a2: 'a', b1: 'b', b2: 'b', a1x: 'a1', a1y: 'a1', a2x: 'a2', b1x: 'b1', b2x: 'b2', b2y: 'b2', b2z: 'b2' };
  levels.forEach((lv, d) => lv.forEach((id, i) => {
    const x = (i - (lv.length - 1) / 2) * (d === 3 ? 130 : 900 / lv.length); const y = d * 150;
    nodes.push([id, d < 3 ? 'x' + (d === 0 ? ' < 50' : d === 1 ? ' < ' + (i ? 75 : 25) : ' < ' + (12 + i * 25)) : 'leaf ' + id, d < 3 ? 'diamond' : 'rectangle', x, y, d < 3 ? 130 : 100, d < 3 ? 90 : 48,
      { bg: d < 3 ? PAL.orange : PAL.green, fill: 'solid', round: d < 3 }]);
  }));
  for (const [c, p] of Object.entries(parent)) edges.push([p, c, { kind: 'line', gap: 0 }]);
  drawings.push({
    name: 'decision-tree-lines-14', directed: false,
    notes: 'Decision tree of rounded diamonds (roundness type 2) and leaf rectangles, joined by plain "line" elements (not bound to the shapes: lines cannot bind), drawn from the shapes\' outlines: undirected. Roughness 0, Liberation Sans (fontFamily 9) 16, solid fills.',
    style: { roughness: 0, fontFamily: 9, fontSize: 16 },
    appState: { exportBackground: true, viewBackgroundColor: '#ffffff' }, nodes, edges,
  });
}

// 8. left-to-right pipeline with free text annotations beside the boxes, multi-line labels
drawings.push({
  name: 'pipeline-annotated-8', directed: true,
  notes: 'CI pipeline, left to right: rounded rectangles with two-line labels, free text notes (not bound) under and above some boxes, a dashed rectangle with no label as a legend box and its text (neither is a node: no arrow touches them), roughness 1, Excalifont 16, dark stroke colours; arrows with the default head; exported at exportScale 2 (width/height doubled, viewBox unchanged).',
  style: { roughness: 1, fontFamily: 5, fontSize: 16, round: true },
  appState: { exportBackground: true, viewBackgroundColor: '#f8f9fa', exportScale: 2 },
  nodes: [['push', 'git push', 'ellipse', 0, 0, 110, 60, { bg: PAL.grey, fill: 'solid' }], ['lint', 'Lint\n(eslint)', 'rectangle', 180, 0, 110, 70], ['unit', 'Unit\ntests', 'rectangle', 360, -70, 110, 70],
    ['e2e', 'E2E\ntests', 'rectangle', 360, 70, 110, 70], ['build', 'Build\nimage', 'rectangle', 540, 0, 110, 70, { bg: PAL.blue, fill: 'hachure' }],
    ['stage', 'Deploy\nstaging', 'rectangle', 720, 0, 110, 70], ['ok', 'Approve?', 'diamond', 900, 0, 170, 100, { bg: PAL.yellow, fill: 'solid' }], ['prod', 'Deploy\nprod', 'rectangle', 1080, 0, 110, 70, { bg: PAL.green, fill: 'solid', stroke: '#2f9e44' }]],
  texts: [['runs on every PR', 90, 130, 14], ['~ 4 min', 360, -140, 14], ['manual gate', 900, 75, 14], ['blue = cached', 1060, 165, 14]],
  extra: [{ type: 'rectangle', id: 'legend', x: 955, y: 155, width: 30, height: 20, strokeStyle: 'dashed', backgroundColor: PAL.blue, fillStyle: 'hachure' }],
  edges: [['push', 'lint'], ['lint', 'unit'], ['lint', 'e2e'], ['unit', 'build'], ['e2e', 'build'], ['build', 'stage'], ['stage', 'ok'], ['ok', 'prod']],
});

// 9. circle network, undirected bound connectors, roughness 1
{
  const n = 16, nodes = [], edges = [], rnd = mulberry(909);
  for (let i = 0; i < n; i++) { const a = (i / n) * 2 * Math.PI - Math.PI / 2; nodes.push(['n' + i, String(i + 1), 'ellipse', r2(330 * Math.cos(a)), r2(330 * Math.sin(a)), 64, 64, { bg: i % 4 ? PAL.blue : PAL.pink, fill: i % 3 ? 'solid' : 'hachure' }]); }
  for (let i = 0; i < n; i++) edges.push(['n' + i, 'n' + ((i + 1) % n), { end: null }]);
  const seen = new Set();
  while (edges.length < n + 10) { const a = Math.floor(rnd() * n), b = Math.floor(rnd() * n); const d = Math.min((a - b + n) % n, (b - a + n) % n); const k = Math.min(a, b) + '-' + Math.max(a, b);
    if (d > 2 && d !== n / 2 && !seen.has(k)) { seen.add(k); edges.push(['n' + a, 'n' + b, { end: null }]); } }
  drawings.push({
    name: 'ring-network-16', directed: false,
    notes: 'Sixteen circles (ellipse elements with width = height) on a ring with numbers inside, ring edges plus ten seeded random chords (each spanning at least three steps of the ring, so none grazes a circle between its ends, and no diameters, which would cross the centre), all bound arrows with no heads: undirected. Roughness 1, Excalifont 20, solid and hachure fills, thin strokes (strokeWidth 1).',
    style: { roughness: 1, fontFamily: 5, fontSize: 20, strokeWidth: 1 },
    appState: { exportBackground: true, viewBackgroundColor: '#ffffff' }, nodes, edges,
  });
}

// 10. bigger DAG, roughness 0, triangle heads
{
  const rnd = mulberry(31337), nodes = [], edges = [];
  const layers = [3, 5, 6, 6, 6, 4, 2];
  let k = 0; const byLayer = [];
  layers.forEach((c, L) => { byLayer.push([]); for (let i = 0; i < c; i++) { const id = 'k' + k++; byLayer[L].push(id);
    const shp = ['rectangle', 'rectangle', 'ellipse', 'diamond'][k % 4];
    nodes.push([id, id, shp, (i - (c - 1) / 2) * 150, L * 130, shp === 'diamond' ? 90 : 100, shp === 'diamond' ? 64 : 46, { bg: [PAL.blue, PAL.green, PAL.orange, PAL.violet][L % 4], fill: 'solid', round: k % 2 === 0 }]); } });
  for (let L = 1; L < layers.length; L++) for (const id of byLayer[L]) {
    const m = 1 + Math.floor(rnd() * 2); const seen = new Set();
    for (let j = 0; j < m; j++) { const p = byLayer[L - 1][Math.floor(rnd() * byLayer[L - 1].length)]; if (!seen.has(p)) { seen.add(p); edges.push([p, id, { end: 'triangle' }]); } }
  }
  drawings.push({
    name: 'layered-dag-32', directed: true,
    notes: '32-node seeded random DAG in seven layers, each node linked from one or two nodes of the layer above: rectangles (sharp and rounded), ellipses and diamonds, solid fills, straight bound arrows with "triangle" heads; roughness 0 (architect), strokeWidth 1, Nunito 14.',
    style: { roughness: 0, fontFamily: 6, fontSize: 14, strokeWidth: 1 },
    appState: { exportBackground: true, viewBackgroundColor: '#ffffff' }, nodes, edges,
  });
}

// 11. dark mode export, multigraph
drawings.push({
  name: 'dark-mode-multigraph-6', directed: true,
  notes: 'Exported with exportWithDarkMode (Excalidraw puts a filter="invert(93%) hue-rotate(180deg)" on the root <svg> and a dark background rect): a small multigraph of rectangles and ellipses, three parallel arrows A->B (one straight, two curved to either side), a reciprocal pair bowed apart, a double-headed arrow C<->D (truth keeps C -> D), roughness 2, Excalifont 20.',
  style: { roughness: 2, fontFamily: 5, fontSize: 20, arrowRound: true },
  appState: { exportBackground: true, viewBackgroundColor: '#ffffff', exportWithDarkMode: true },
  nodes: [['A', 'A', 'rectangle', 0, 0, 110, 70, { bg: PAL.blue, fill: 'hachure' }], ['B', 'B', 'ellipse', 380, 0, 110, 70], ['C', 'C', 'rectangle', 380, 280, 110, 70, { round: true }],
    ['D', 'D', 'ellipse', 0, 280, 110, 70, { bg: PAL.green, fill: 'solid' }], ['E', 'E', 'rectangle', 700, 140, 110, 70], ['F', 'F', 'diamond', 190, 470, 120, 80]],
  edges: [['A', 'B'], ['A', 'B', { bend: 45 }], ['A', 'B', { bend: -45 }], ['B', 'E', { bend: 25 }], ['E', 'B', { bend: 25 }], ['C', 'D', { start: 'arrow' }], ['A', 'D'], ['B', 'C'],
    ['E', 'C'], ['D', 'F'], ['F', 'C']],
});

// 12. small: rough 2 shapes nearly touching, sketchy "whiteboard" with a frame and an isolated node
drawings.push({
  name: 'whiteboard-frame-5', directed: true,
  notes: 'Whiteboard sketch inside a frame named "Sprint 12" (the frame is not a node): four sticky-note style squares (yellow, solid, roughness 2) in a cycle with arrows, thick strokes (strokeWidth 4) on the arrows, one isolated ellipse outside the frame, a free text title above the frame; Virgil 20; transparent background.',
  style: { roughness: 2, fontFamily: 1, fontSize: 20, strokeWidth: 2, arrowStrokeWidth: 4 },
  appState: { exportBackground: false, viewBackgroundColor: '#ffffff' },
  frame: { id: 'sprint', name: 'Sprint 12', children: ['todo', 'doing', 'review', 'donee'] },
  nodes: [['todo', 'To do', 'rectangle', 0, 0, 120, 120, { bg: '#ffec99', fill: 'solid' }], ['doing', 'Doing', 'rectangle', 260, 0, 120, 120, { bg: '#ffec99', fill: 'solid' }],
    ['review', 'Review', 'rectangle', 260, 240, 120, 120, { bg: '#ffec99', fill: 'solid' }], ['donee', 'Done', 'rectangle', 0, 240, 120, 120, { bg: '#b2f2bb', fill: 'solid' }],
    ['ideas', 'Ideas', 'ellipse', 560, 120, 130, 90]],
  texts: [['Team board', 100, -150, 28]],
  edges: [['todo', 'doing', { strokeWidth: 4 }], ['doing', 'review', { strokeWidth: 4 }], ['review', 'donee', { strokeWidth: 4 }], ['donee', 'todo', { strokeWidth: 4 }]],
});

// 13. ER diagram with crow's-foot ends (cardinality, not direction: undirected)
drawings.push({
  name: 'er-crowfoot-7', directed: false,
  notes: 'Entity-relationship sketch: tables as rectangles with a bold-ish name and fields on following lines (one bound text each), relations as bound arrows with crow\'s-foot heads at both ends (crowfoot_one, crowfoot_many, crowfoot_one_or_many, Excalidraw 0.18\'s ER heads): they show cardinality, not direction, so the truth is undirected. Elbow routes for two relations; roughness 0, Cascadia (fontFamily 3) 14, transparent background.',
  style: { roughness: 0, fontFamily: 3, fontSize: 14, strokeWidth: 1 },
  appState: { exportBackground: false, viewBackgroundColor: '#ffffff' },
  nodes: [['users', 'users\n--------\nid\nemail\nname', 'rectangle', 0, 0, 150, 120, { bg: PAL.grey, fill: 'solid' }],
    ['orders', 'orders\n--------\nid\nuser_id\ncreated', 'rectangle', 320, 0, 150, 120, { bg: PAL.grey, fill: 'solid' }],
    ['items', 'order_items\n--------\norder_id\nproduct_id\nqty', 'rectangle', 640, 0, 160, 120, { bg: PAL.grey, fill: 'solid' }],
    ['products', 'products\n--------\nid\nsku\nprice', 'rectangle', 640, 260, 150, 120, { bg: PAL.grey, fill: 'solid' }],
    ['addr', 'addresses\n--------\nid\nuser_id', 'rectangle', 0, 260, 150, 100, { bg: PAL.grey, fill: 'solid' }],
    ['pay', 'payments\n--------\nid\norder_id', 'rectangle', 320, 260, 150, 100, { bg: PAL.grey, fill: 'solid' }],
    ['cat', 'categories\n--------\nid\nname', 'rectangle', 960, 0, 150, 100, { bg: PAL.grey, fill: 'solid' }]],
  edges: [['users', 'orders', { start: 'crowfoot_one', end: 'crowfoot_many' }], ['orders', 'items', { start: 'crowfoot_one', end: 'crowfoot_one_or_many' }],
    ['products', 'items', { start: 'crowfoot_one', end: 'crowfoot_many' }], ['users', 'addr', { start: 'crowfoot_one', end: 'crowfoot_many' }],
    ['orders', 'pay', { start: 'crowfoot_one', end: 'crowfoot_one_or_many', elbow: 'bt' }], ['cat', 'products', { start: 'crowfoot_many', end: 'crowfoot_many', elbow: 'br' }],
    ['pay', 'users', { start: 'crowfoot_many', end: 'crowfoot_one' }]],
});

// ---------------------------------------------------------------- page side
// Runs in the page: build the scene, export, find the offset, measure.
async function buildAndExport(spec) {
  const ex = window.ExcalidrawLib;
  const skel = [];
  for (const n of spec.shapes) skel.push(n);
  for (const t of spec.texts) skel.push(t);
  for (const e of spec.extra) skel.push(e);
  if (spec.frame) skel.push({ type: 'frame', id: spec.frame.id, name: spec.frame.name, children: spec.frame.children });
  let els = ex.convertToExcalidrawElements(skel, { regenerateIds: false });
  // fixed ids for the generated label texts; fixed seeds and nonces everywhere
  const rename = new Map();
  for (const e of els) if (e.type === 'text' && e.containerId) rename.set(e.id, e.containerId + '-label');
  for (const e of els) if (e.type === 'text' && !e.containerId && !spec.texts.some((t) => t.id === e.id)) throw new Error('unexpected text ' + e.id);
  const hash = (s) => { let h = 2166136261; for (const c of s) { h ^= c.charCodeAt(0); h = Math.imul(h, 16777619); } return (h >>> 0) % 2147483647; };
  els = els.map((e) => {
    const id = rename.get(e.id) || e.id;
    const o = { ...e, id, seed: hash(id + ':seed'), versionNonce: hash(id + ':nonce'), version: 1, updated: 1 };
    if (o.boundElements) o.boundElements = o.boundElements.map((b) => ({ ...b, id: rename.get(b.id) || b.id }));
    return o;
  });
  // arrow labels: text measured by Excalidraw as free text, then bound and centred on the arrow's label point
  const labelTexts = spec.arrowLabels.length ? ex.convertToExcalidrawElements(spec.arrowLabels.map((l) => l.skel), { regenerateIds: false }) : [];
  const byId = new Map(els.map((e) => [e.id, e]));
  const arrows = spec.arrows.map((a) => ({ ...a }));
  arrows.forEach((a) => {
    const lab = spec.arrowLabels.find((l) => l.arrow === a.id);
    if (lab) {
      const t = labelTexts.find((x) => x.id === lab.skel.id);
      Object.assign(t, { containerId: a.id, x: lab.mid[0] - t.width / 2, y: lab.mid[1] - t.height / 2, textAlign: 'center', verticalAlign: 'middle', seed: hash(t.id + ':seed'), versionNonce: hash(t.id + ':nonce'), version: 1, updated: 1 });
      a.boundElements = [{ type: 'text', id: t.id }];
    }
    for (const b of [a.startBinding, a.endBinding]) if (b) { const s = byId.get(b.elementId); s.boundElements = [...(s.boundElements || []), { id: a.id, type: 'arrow' }]; }
  });
  // the frame (built in the same call as its children, which it gives their frameId): the arrows
  // between two of its children belong to it too
  if (spec.frame) for (const a of arrows) if (spec.frame.children.includes(a.startBinding?.elementId) && spec.frame.children.includes(a.endBinding?.elementId)) a.frameId = spec.frame.id;
  const frames = [];
  const all = [...frames, ...els, ...arrows, ...labelTexts];
  const svg = await ex.exportToSvg({ elements: all, appState: { exportEmbedScene: false, ...spec.appState }, files: null });
  // ---- offset: from the <g transform="translate(X Y) rotate(0 w/2 h/2)"> written for each shape
  const gs = [...svg.querySelectorAll('g[transform]')].map((g) => {
    const m = /^translate\(([-\d.e]+) ([-\d.e]+)\) rotate\(([-\d.e]+) ([-\d.e]+) ([-\d.e]+)\)$/.exec(g.getAttribute('transform'));
    return m ? { g, tx: +m[1], ty: +m[2], rw: +m[4], rh: +m[5] } : null;
  }).filter(Boolean);
  const nodeEls = spec.nodeIds.map((id) => byId.get(id));
  const near = (a, b) => Math.abs(a - b) < 1e-6;
  const findG = (e, ox, oy) => gs.filter((q) => near(q.tx, e.x + ox) && near(q.ty, e.y + oy) && near(q.rw, e.width / 2) && near(q.rh, e.height / 2));
  let off = null;
  for (const q of gs) {
    const e0 = nodeEls[0];
    if (!near(q.rw, e0.width / 2) || !near(q.rh, e0.height / 2)) continue;
    const ox = q.tx - e0.x, oy = q.ty - e0.y;
    if (nodeEls.every((e) => findG(e, ox, oy).length === 1)) { off = [ox, oy]; break; }
  }
  const problems = [];
  if (!off) return { problems: ['no offset found'], svg: svg.outerHTML };
  // ---- measure the drawn outlines (rendered in the page, viewBox kept: root user space = CTM relative to the root)
  const holder = document.getElementById('check'); holder.innerHTML = ''; holder.appendChild(svg);
  const rootInv = svg.getScreenCTM().inverse();
  const nodes = nodeEls.map((e) => {
    const q = findG(e, off[0], off[1])[0];
    const paths = [...q.g.querySelectorAll('path')];
    // the stroke path is the last one (a fill path, when there is one, comes first)
    const p = paths[paths.length - 1];
    const bb = p.getBBox(); const m = rootInv.multiply(p.getScreenCTM());
    const cx = m.a * (bb.x + bb.width / 2) + m.c * (bb.y + bb.height / 2) + m.e, cy = m.b * (bb.x + bb.width / 2) + m.d * (bb.y + bb.height / 2) + m.f;
    const x = e.x + e.width / 2 + off[0], y = e.y + e.height / 2 + off[1];
    const lab = e.boundElements && e.boundElements.find((b) => b.type === 'text');
    const text = lab ? all.find((t) => t.id === lab.id).originalText : '';
    return { id: e.id, x, y, dx: cx - x, dy: cy - y, bw: bb.width - e.width, bh: bb.height - e.height, label: text.replace(/\n/g, ' ') };
  });
  holder.removeChild(svg);
  const cs = ex.getCommonBounds(all);
  return { svg: svg.outerHTML, nodes, off, problems, commonMin: [cs[0], cs[1]], scene: all };
}

// ---------------------------------------------------------------- node side: drawing -> spec
function makeSpec(d) {
  const st = d.style;
  const nodes = new Map();
  const shapes = d.nodes.map(([id, label, type, cx, cy, w, h, o = {}]) => {
    const x = r2(cx - w / 2), y = r2(cy - h / 2);
    nodes.set(id, { id, type, x, y, w, h });
    const round = o.round ?? st.round;
    const s = { type, id, x, y, width: w, height: h, strokeColor: o.stroke || '#1e1e1e', backgroundColor: o.bg || 'transparent', fillStyle: o.fill || 'solid',
      strokeWidth: o.strokeWidth || st.strokeWidth || 2, strokeStyle: o.strokeStyle || 'solid', roughness: st.roughness,
      roundness: round ? { type: type === 'rectangle' ? 3 : 2 } : null };
    if (label) s.label = { text: label, fontSize: st.fontSize, fontFamily: st.fontFamily, strokeColor: o.stroke || '#1e1e1e' };
    return s;
  });
  const arrows = [], arrowLabels = [];
  d.edges.forEach(([s, t, o = {}], i) => {
    const [ds, dt] = o.draw || [s, t];
    const opt = { ...o, strokeWidth: o.strokeWidth || st.arrowStrokeWidth };
    const { el, mid } = connector('e' + i, nodes.get(ds), nodes.get(dt), opt, st);
    arrows.push(el);
    if (o.label) arrowLabels.push({ arrow: el.id, mid, skel: { type: 'text', id: 'e' + i + '-label', x: 0, y: 0, text: o.label, fontSize: st.fontSize - 4, fontFamily: st.fontFamily } });
  });
  const texts = (d.texts || []).map(([text, cx, cy, size], i) => ({ type: 'text', id: 'note' + i, x: cx - text.length * size * 0.28, y: cy - size * 0.6, text, fontSize: size, fontFamily: st.fontFamily }));
  const extra = (d.extra || []).map((e) => ({ strokeColor: '#1e1e1e', roughness: st.roughness, ...e }));
  return { shapes, texts, extra, arrows, arrowLabels, frame: d.frame || null, appState: d.appState, nodeIds: d.nodes.map((n) => n[0]) };
}

// ---------------------------------------------------------------- run
const PAGE_URL = 'http://localhost/ex/index.html';
const r6 = (v) => Math.round(v * 1e6) / 1e6;

async function main() {
  const only = process.argv[2];
  bundle();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const chromeVersion = browser.version();
  const page = await (await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 1400, height: 1000 } })).newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.host !== 'localhost') return route.abort();
    if (u.pathname === '/ex/index.html') return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8">'
      + '<script>window.EXCALIDRAW_ASSET_PATH = "http://localhost/ex/";</script><script type="module" src="/ex/entry.js"></script></head><body style="margin:0"><div id="check"></div></body></html>' });
    const f = u.pathname.startsWith('/ex/fonts/') ? path.join(FONTS, u.pathname.slice(10)) : path.join(PAGE, u.pathname.slice(4));
    if (!fs.existsSync(f)) return route.fulfill({ status: 404, body: '' });
    const ct = f.endsWith('.js') ? 'text/javascript' : f.endsWith('.woff2') ? 'font/woff2' : f.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: ct, body: fs.readFileSync(f) });
  });
  let bad = 0;
  for (const d of drawings) {
    if (only && !d.name.includes(only)) continue;
    await page.goto(PAGE_URL);
    await page.waitForFunction(() => !!window.ExcalidrawLib);
    const spec = makeSpec(d);
    const res = await page.evaluate(buildAndExport, spec);
    if (res.problems.length) { bad++; console.error(d.name, res.problems); continue; }
    let worst = 0, worstBox = 0;
    for (const n of res.nodes) { worst = Math.max(worst, Math.hypot(n.dx, n.dy)); worstBox = Math.max(worstBox, Math.abs(n.bw), Math.abs(n.bh)); }
    const truth = {
      generator: `Excalidraw ${EXVERSION} (npm @excalidraw/excalidraw) exportToSvg, Chromium ${chromeVersion}`,
      directed: d.directed,
      nodes: res.nodes.map((n) => ({ id: n.id, x: r6(n.x), y: r6(n.y), ...(n.label ? { label: n.label } : {}) })),
      edges: d.edges.map(([s, t]) => [s, t]),
      notes: d.notes + (d.directed ? '' : ' Undirected.') + ` Truth: element centres plus the export offset (${r6(res.off[0])}, ${r6(res.off[1])}); the drawn outlines' bounding-box centres are within ${worst.toFixed(2)} units of them.`,
    };
    fs.writeFileSync(path.join(HERE, d.name + '.svg'), res.svg);
    fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), JSON.stringify(truth, null, 1) + '\n');
    if (process.env.DUMP_SCENE) fs.writeFileSync(path.join(process.env.DUMP_SCENE, d.name + '.excalidraw'), JSON.stringify({ type: 'excalidraw', version: 2, elements: res.scene }, null, 1));
    const kb = (fs.statSync(path.join(HERE, d.name + '.svg')).size / 1024).toFixed(0);
    console.log(`${d.name}: ${truth.nodes.length} nodes, ${truth.edges.length} edges, ${kb} KB, offset ${res.off.map(r6)}, commonMin ${res.commonMin.map(r6)}, outline bbox centre within ${worst.toFixed(3)}, bbox size diff <= ${worstBox.toFixed(2)}`);
  }
  await browser.close();
  if (bad) process.exit(1);
}
main();
