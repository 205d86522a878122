// Generator for tests/corpus/echarts-ssr: node-link graphs drawn by Apache
// ECharts 5 (series type 'graph') with its server-side SVG renderer, in plain
// Node (no browser), plus a truth file per drawing.
//
//   node generate.mjs      (ECHARTS_WORK=/dir holding node_modules/echarts;
//                           default /tmp/echarts-work)
//
// Truth positions: ECharts' own layout (data.getItemLayout(i)), mapped to
// pixels by the series' coordinate system. The generator then finds the node's
// symbol <path> in the SVG string (same data index, transform translation =
// that pixel point, transform scale = symbolSize/2), and writes the centre of
// the bounding box of that drawn outline (exact for lines, arcs and Beziers).
// It checks that this centre is the layout point (pin: the layout point is the
// pin's tip; the box centre is 0.8714*size/2 above it), up to zrender's
// rounding of circle arcs, and fails otherwise.

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const WORK = process.env.ECHARTS_WORK || '/tmp/echarts-work';
const require = createRequire(join(WORK, 'package.json'));
const echarts = require('echarts');
const ECHARTS_VERSION = echarts.version;

// ------------------------------------------------------------ seeded random

function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------ path bbox

function tokenize(d) {
  const re = /([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;
  const out = [];
  let m;
  while ((m = re.exec(d))) out.push(m[1] ? m[1] : parseFloat(m[2]));
  return out;
}

function cubicExtrema(p0, p1, p2, p3) {
  // roots of the derivative of the 1-D cubic Bezier in (0,1)
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  const ts = [];
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) ts.push(-c / b);
  } else {
    const disc = b * b - 4 * a * c;
    if (disc >= 0) {
      const s = Math.sqrt(disc);
      ts.push((-b + s) / (2 * a), (-b - s) / (2 * a));
    }
  }
  return ts.filter((t) => t > 0 && t < 1);
}

function cubicAt(p0, p1, p2, p3, t) {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

function arcPoints(x1, y1, rx, ry, phiDeg, fa, fs, x2, y2) {
  // SVG 1.1 F.6.5 endpoint -> centre, then the extreme points of the arc.
  if (x1 === x2 && y1 === y2) return [];
  if (rx === 0 || ry === 0) return [[x2, y2]];
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const phi = (phiDeg * Math.PI) / 180;
  const cos = Math.cos(phi), sin = Math.sin(phi);
  const dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lam = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lam > 1) {
    rx *= Math.sqrt(lam);
    ry *= Math.sqrt(lam);
  }
  let num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  if (num < 0) num = 0;
  let coef = Math.sqrt(num / (rx * rx * y1p * y1p + ry * ry * x1p * x1p));
  if (fa === fs) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const ang = (ux, uy, vx, vy) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const th1 = ang(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let dth = ang((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!fs && dth > 0) dth -= 2 * Math.PI;
  if (fs && dth < 0) dth += 2 * Math.PI;
  const pts = [[x2, y2]];
  const at = (th) => [
    cx + rx * Math.cos(th) * cos - ry * Math.sin(th) * sin,
    cy + rx * Math.cos(th) * sin + ry * Math.sin(th) * cos,
  ];
  // extremes in x and y of the rotated ellipse
  const cands = [
    Math.atan2(-ry * sin, rx * cos),
    Math.atan2(ry * cos, rx * sin),
  ];
  for (const base of cands) {
    for (let k = -4; k <= 4; k++) {
      const th = base + k * Math.PI;
      // is th inside the swept interval [th1, th1 + dth]?
      const rel = dth >= 0 ? th - th1 : th1 - th;
      const span = Math.abs(dth);
      if (rel > 0 && rel < span) pts.push(at(th));
    }
  }
  return pts;
}

function pathBBox(d) {
  const tk = tokenize(d);
  let i = 0, cmd = null;
  let x = 0, y = 0, sx = 0, sy = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const add = (px, py) => {
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  };
  const num = () => tk[i++];
  while (i < tk.length) {
    if (typeof tk[i] === 'string') cmd = tk[i++];
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? x : 0, oy = rel ? y : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
        x = ox + num(); y = oy + num(); sx = x; sy = y; add(x, y);
        cmd = rel ? 'l' : 'L';
        break;
      case 'L':
        x = ox + num(); y = oy + num(); add(x, y);
        break;
      case 'H':
        x = (rel ? x : 0) + num(); add(x, y);
        break;
      case 'V':
        y = (rel ? y : 0) + num(); add(x, y);
        break;
      case 'C': {
        const x1 = ox + num(), y1 = oy + num(), x2 = ox + num(), y2 = oy + num();
        const x3 = ox + num(), y3 = oy + num();
        for (const t of cubicExtrema(x, x1, x2, x3)) add(cubicAt(x, x1, x2, x3, t), cubicAt(y, y1, y2, y3, t));
        for (const t of cubicExtrema(y, y1, y2, y3)) add(cubicAt(x, x1, x2, x3, t), cubicAt(y, y1, y2, y3, t));
        x = x3; y = y3; add(x, y);
        break;
      }
      case 'Q': {
        const x1 = ox + num(), y1 = oy + num(), x2 = ox + num(), y2 = oy + num();
        // elevate to cubic
        const c1x = x + (2 / 3) * (x1 - x), c1y = y + (2 / 3) * (y1 - y);
        const c2x = x2 + (2 / 3) * (x1 - x2), c2y = y2 + (2 / 3) * (y1 - y2);
        for (const t of cubicExtrema(x, c1x, c2x, x2)) add(cubicAt(x, c1x, c2x, x2, t), cubicAt(y, c1y, c2y, y2, t));
        for (const t of cubicExtrema(y, c1y, c2y, y2)) add(cubicAt(x, c1x, c2x, x2, t), cubicAt(y, c1y, c2y, y2, t));
        x = x2; y = y2; add(x, y);
        break;
      }
      case 'A': {
        const rx = num(), ry = num(), rot = num(), fa = num(), fs = num();
        const x2 = ox + num(), y2 = oy + num();
        for (const [px, py] of arcPoints(x, y, rx, ry, rot, fa, fs, x2, y2)) add(px, py);
        x = x2; y = y2;
        break;
      }
      case 'Z':
        x = sx; y = sy;
        break;
      default:
        throw new Error('path command not handled: ' + cmd);
    }
  }
  return { minX, minY, maxX, maxY };
}

function parseTransform(t) {
  // returns [a,b,c,d,e,f]
  let m = [1, 0, 0, 1, 0, 0];
  if (!t) return m;
  const re = /(matrix|translate|scale)\(([^)]*)\)/g;
  let g;
  while ((g = re.exec(t))) {
    const v = g[2].split(/[\s,]+/).filter(Boolean).map(Number);
    let n;
    if (g[1] === 'matrix') n = v;
    else if (g[1] === 'translate') n = [1, 0, 0, 1, v[0], v[1] || 0];
    else n = [v[0], 0, 0, v.length > 1 ? v[1] : v[0], 0, 0];
    m = [
      m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
      m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
      m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
    ];
  }
  return m;
}

function svgPaths(svg) {
  const out = [];
  const re = /<path ([^>]*)>/g;
  let m;
  while ((m = re.exec(svg))) {
    const attrs = {};
    const are = /([\w:-]+)="([^"]*)"/g;
    let a;
    while ((a = are.exec(m[1]))) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

// ------------------------------------------------------------ truth

function insideNode(px, py, n) {
  const dx = Math.abs(px - n.x) / n.hw, dy = Math.abs(py - n.y) / n.hh;
  switch (n.symbol) {
    case 'circle': return dx * dx + dy * dy < 1;
    case 'diamond': return dx + dy < 1;
    case 'triangle': {
      // apex at the top centre, base at the bottom
      const v = (py - (n.y - n.hh)) / (2 * n.hh); // 0 at apex, 1 at base
      return v > 0 && v < 1 && Math.abs(px - n.x) < v * n.hw;
    }
    default: return dx < 1 && dy < 1;
  }
}

// Every arrowhead (an 'arrow' symbol path: M0 0 L a b L 0 c L -a b Z) must
// show: the point 60% of the way from its tip to its back must lie outside
// every node symbol (nodes are drawn over edges).
function checkArrows(paths, drawn, spec) {
  let count = 0;
  for (const a of paths) {
    const m = /^M0 0L([\d.]+) ([\d.]+)L0 ([\d.]+)L-([\d.]+) ([\d.]+)L0 0Z$/.exec(a.d || '');
    if (!m || a.ecmeta_series_index !== '0') continue;
    count++;
    const t = parseTransform(a.transform);
    const ly = 0.6 * +m[2];
    const px = t[2] * ly + t[4], py = t[3] * ly + t[5];
    for (const n of drawn) {
      if (insideNode(px, py, n)) {
        throw new Error(`${spec.name}: arrowhead of edge ${a.ecmeta_data_index} hidden under a node`);
      }
    }
  }
  if (count !== spec.links.length) throw new Error(`${spec.name}: ${count} arrowheads for ${spec.links.length} edges`);
  spec._arrows = count;
}

const PIN_CENTRE = (-2 + 0.36 / 1.4) / 2; // box centre of the unit pin, tip at 0

function truthFor(chart, svg, spec) {
  const series = chart.getModel().getSeriesByIndex(0);
  const data = series.getData();
  const graph = series.getGraph();
  const cs = series.coordinateSystem;
  const paths = svgPaths(svg);
  const nodes = [];
  let maxDev = 0;
  // ECharts scales node symbols by (zoom - 1) * nodeScaleRatio + 1 when zoomed
  const drawn = [];
  const k = cs && cs.type === 'view' ? (cs.getZoom() - 1) * series.get('nodeScaleRatio') + 1 : 1;
  for (let i = 0; i < data.count(); i++) {
    const lay = data.getItemLayout(i);
    const p = cs && cs.type === 'view' ? cs.dataToPoint(lay) : lay;
    let size = data.getItemVisual(i, 'symbolSize');
    if (!Array.isArray(size)) size = [size, size];
    const symbol = data.getItemVisual(i, 'symbol');
    const offset = data.getItemVisual(i, 'symbolOffset');
    if (offset && (+offset[0] || +offset[1])) throw new Error('symbolOffset not handled');
    const cands = paths.filter((a) => {
      if (a.ecmeta_series_index !== '0' || a.ecmeta_data_index !== String(i)) return false;
      if (!a.fill || a.fill === 'none') return false;
      const t = parseTransform(a.transform);
      // symbol scale = symbolSize / 2, times the series' node scale when zoomed
      return Math.abs(t[1]) < 1e-9 && Math.abs(t[2]) < 1e-9 &&
        Math.abs(t[0] - k * size[0] / 2) < 1e-3 && Math.abs(t[3] - k * size[1] / 2) < 1e-3 &&
        Math.abs(t[4] - p[0]) < 1e-3 && Math.abs(t[5] - p[1]) < 1e-3;
    });
    if (cands.length !== 1) {
      throw new Error(`${spec.name}: node ${i} (${data.getName(i)}): ${cands.length} symbol paths found`);
    }
    const t = parseTransform(cands[0].transform);
    const bb = pathBBox(cands[0].d);
    const x = t[0] * (bb.minX + bb.maxX) / 2 + t[4];
    const y = t[3] * (bb.minY + bb.maxY) / 2 + t[5];
    const ex = p[0];
    const ey = symbol === 'pin' ? p[1] + PIN_CENTRE * k * size[1] / 2 : p[1];
    const dev = Math.hypot(x - ex, y - ey);
    // zrender writes a full circle as one arc whose end point is rounded to
    // the path precision (between 0.1 and 1 px in device units); the drawn
    // circle is then up to ~0.5 px off the layout point. Anything else: 0.
    const allowed = symbol === 'circle' || symbol === 'pin' ? 0.6 : 1e-3;
    if (!(dev <= allowed)) {
      throw new Error(`${spec.name}: node ${data.getName(i)} (${symbol}) drawn centre off layout by ${dev}`);
    }
    if (symbol !== 'circle' && symbol !== 'pin') maxDev = Math.max(maxDev, dev);
    const id = data.getName(i);
    const label = spec.labelOf ? spec.labelOf(id) : id;
    drawn.push({
      symbol, x, y,
      hw: (t[0] * (bb.maxX - bb.minX)) / 2, hh: (t[3] * (bb.maxY - bb.minY)) / 2,
    });
    const node = { id, x: +x.toFixed(4), y: +y.toFixed(4) };
    if (label !== null && label !== undefined) node.label = label;
    nodes.push(node);
    spec._devs.push({ symbol, dev, layoutDev: Math.hypot(x - p[0], y - p[1]) });
  }
  if (spec.directed) checkArrows(paths, drawn, spec);
  const edges = [];
  const byIndex = [];
  graph.eachEdge((e) => {
    byIndex[e.dataIndex] = [data.getName(e.node1.dataIndex), data.getName(e.node2.dataIndex)];
  });
  for (const e of byIndex) if (e) edges.push(e);
  if (edges.length !== spec.links.length) {
    throw new Error(`${spec.name}: ${spec.links.length} links given, ${edges.length} in the graph`);
  }
  for (const [a, b] of edges) if (a === b) throw new Error(`${spec.name}: self-loop ${a}`);
  return {
    generator: `echarts ${ECHARTS_VERSION} ssr svg, ${spec.layoutDesc}`,
    directed: spec.directed,
    nodes,
    edges,
    notes: spec.notes,
  };
}

// ------------------------------------------------------------ graph helpers

function randomEdges(rand, n, m, opts = {}) {
  // m distinct undirected pairs, no self-loops; opts.near(i,j) -> weight
  const seen = new Set();
  const out = [];
  let guard = 0;
  while (out.length < m && guard++ < 100000) {
    const i = Math.floor(rand() * n), j = Math.floor(rand() * n);
    if (i === j) continue;
    const key = i < j ? `${i}-${j}` : `${j}-${i}`;
    if (seen.has(key)) continue;
    if (opts.accept && !opts.accept(i, j)) continue;
    seen.add(key);
    out.push([i, j]);
  }
  return out;
}

function spanningPlusRandom(rand, n, extra, accept) {
  // a random tree (keeps the graph connected) plus extra random edges
  const out = [];
  const seen = new Set();
  for (let i = 1; i < n; i++) {
    let j;
    let tries = 0;
    do {
      j = Math.floor(rand() * i);
    } while (accept && !accept(i, j) && ++tries < 50);
    out.push([j, i]);
    seen.add(`${j}-${i}`);
  }
  let guard = 0;
  while (out.length < n - 1 + extra && guard++ < 100000) {
    const i = Math.floor(rand() * n), j = Math.floor(rand() * n);
    if (i === j) continue;
    const key = i < j ? `${i}-${j}` : `${j}-${i}`;
    if (seen.has(key)) continue;
    if (accept && !accept(i, j)) continue;
    seen.add(key);
    out.push(i < j ? [i, j] : [j, i]);
  }
  return out;
}

function degrees(n, links) {
  const d = new Array(n).fill(0);
  for (const [a, b] of links) {
    d[a]++;
    d[b]++;
  }
  return d;
}

const FIRST = ['Ada', 'Ben', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gus', 'Hana', 'Ivo', 'Jade', 'Kai', 'Lena',
  'Milo', 'Nia', 'Otto', 'Pia', 'Quin', 'Rosa', 'Sami', 'Tess', 'Uma', 'Vito', 'Wren', 'Xia', 'Yuri', 'Zoe'];

// ------------------------------------------------------------ the drawings

const drawings = [];

// 1. hand-placed service graph, straight arrows, labels inside circles
drawings.push(() => {
  const pos = {
    gateway: [0, 200], auth: [150, 60], users: [300, 0], orders: [160, 220], payments: [320, 150],
    inventory: [330, 300], shipping: [480, 320], notify: [500, 170], 'db-users': [480, 20],
    'db-orders': [320, 420], cache: [0, 380], queue: [650, 250],
  };
  const links = [
    ['gateway', 'auth'], ['gateway', 'orders'], ['gateway', 'cache'], ['auth', 'users'],
    ['users', 'db-users'], ['orders', 'payments'], ['orders', 'inventory'], ['orders', 'db-orders'],
    ['payments', 'notify'], ['inventory', 'shipping'], ['shipping', 'queue'], ['notify', 'queue'],
    ['orders', 'cache'], ['auth', 'payments'], ['inventory', 'db-orders'],
  ];
  return {
    name: 'fixed-xy-arrows-12', width: 760, height: 520, directed: true,
    layoutDesc: 'layout none (given x/y)',
    links,
    notes: 'Hand-placed x/y (layout none) scaled into the view by ECharts; circles of size 44 with the name inside; straight edges with target arrows (edgeSymbol none/arrow); title.',
    option: {
      title: { text: 'Service calls', left: 'center' },
      series: [{
        type: 'graph', layout: 'none', roam: false, symbolSize: 44,
        label: { show: true, position: 'inside', fontSize: 10 },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
        lineStyle: { width: 2, color: '#888', opacity: 0.9 },
        data: Object.entries(pos).map(([name, [x, y]]) => ({ name, x, y })),
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 2. every node symbol, sizes varied (some [w, h]), labels right, colour from source
drawings.push(() => {
  const rand = mulberry32(202);
  const syms = ['circle', 'rect', 'roundRect', 'triangle', 'diamond', 'pin'];
  const colors = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4'];
  const n = 18;
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / 6), c = i % 6;
    const sym = syms[(i + r) % 6];
    let size = 18 + Math.floor(rand() * 30);
    if ((sym === 'rect' || sym === 'roundRect') && i % 2 === 0) size = [size + 24, Math.round(size * 0.7)];
    nodes.push({
      name: `${sym}-${i}`, x: c * 130 + Math.round(rand() * 30), y: r * 150 + Math.round(rand() * 40),
      symbol: sym, symbolSize: size, category: i % colors.length,
    });
  }
  const links = randomEdges(rand, n, 24, {
    accept: (i, j) => Math.abs((i % 6) - (j % 6)) <= 1 && Math.abs(Math.floor(i / 6) - Math.floor(j / 6)) <= 1,
  }).map(([a, b]) => [nodes[a].name, nodes[b].name]);
  return {
    name: 'symbols-sizes-18', width: 900, height: 560, directed: false,
    layoutDesc: 'layout none (given x/y)', links,
    notes: 'All six node symbols ECharts has for graph nodes (circle, rect, roundRect, triangle, diamond, pin), sizes 18-47, some rect/roundRect given as [w, h]; colours from eight categories (no legend), labels to the right, edges coloured from their source (lineStyle color "source"), width 2, opacity 0.7. Pin nodes: the layout point is the tip, the truth is the centre of the pin\'s bounding box.',
    option: {
      title: { text: 'Node symbols', subtext: 'symbol / symbolSize per node', left: 10, top: 5 },
      series: [{
        type: 'graph', layout: 'none', roam: false, top: 80,
        categories: colors.map((c, k) => ({ name: `c${k}`, itemStyle: { color: c } })),
        label: { show: true, position: 'right' },
        lineStyle: { color: 'source', width: 2, opacity: 0.7 },
        data: nodes,
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 3. circular layout, categories with legend, rotated labels, curved edges
drawings.push(() => {
  const rand = mulberry32(303);
  const n = 30;
  const cats = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
  const nodes = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ name: `${FIRST[i % 26]}${i >= 26 ? i : ''}`, category: i % 5 });
  }
  const li = randomEdges(rand, n, 45);
  const deg = degrees(n, li);
  nodes.forEach((nd, i) => { nd.value = deg[i]; nd.symbolSize = 8 + deg[i] * 3.5; });
  const links = li.map(([a, b]) => [nodes[a].name, nodes[b].name]);
  return {
    name: 'circular-categories-30', width: 800, height: 720, directed: false,
    layoutDesc: 'layout circular (rotateLabel)', links,
    notes: 'Circular layout in data order, five categories shown in a legend (its circle icons are not graph nodes), node size from degree, labels to the right rotated along the radius, edges curved (curveness 0.3) and coloured from the source node.',
    option: {
      title: { text: 'Circular layout', top: 'bottom', left: 'right' },
      legend: [{ data: cats, top: 10 }],
      series: [{
        type: 'graph', layout: 'circular', circular: { rotateLabel: true }, roam: false,
        top: 60, bottom: 60,
        categories: cats.map((c) => ({ name: c })),
        label: { show: true, position: 'right', formatter: '{b}' },
        lineStyle: { color: 'source', curveness: 0.3, width: 1.2 },
        data: nodes,
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 4. force layout, three communities, size by degree, labels on hubs only
drawings.push(() => {
  const rand = mulberry32(404);
  const n = 45;
  const group = (i) => i % 3;
  const li = spanningPlusRandom(rand, n, 30, (i, j) => group(i) === group(j) || rand() < 0.12);
  const deg = degrees(n, li);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    nodes.push({
      name: `v${i}`, category: group(i), symbolSize: Math.min(10 + deg[i] * 3, 34),
      label: { show: deg[i] >= 5 },
    });
  }
  const links = li.map(([a, b]) => [nodes[a].name, nodes[b].name]);
  return {
    name: 'force-communities-45', width: 800, height: 640, directed: false,
    layoutDesc: 'layout force (seeded Math.random, layoutAnimation false)', links,
    seed: 4040,
    notes: 'Force layout (random initial positions from a seeded Math.random, run to rest); three categories by colour, no legend; node size from degree; labels (right of the node) only on nodes of degree >= 5; thin straight edges at opacity 0.6. label = the node name whether drawn or not.',
    option: {
      series: [{
        type: 'graph', layout: 'force', roam: false,
        force: { repulsion: 120, edgeLength: [30, 70], gravity: 0.08, layoutAnimation: false },
        categories: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
        label: { position: 'right' },
        lineStyle: { width: 1, opacity: 0.6 },
        data: nodes,
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 5. force layout, directed, circle at the source and arrow at the target
drawings.push(() => {
  const rand = mulberry32(505);
  const n = 24;
  const li = spanningPlusRandom(rand, n, 10);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ name: `T${i}`, symbol: i % 4 === 3 ? 'roundRect' : 'circle', symbolSize: i % 4 === 3 ? [40, 26] : 30 });
  }
  // direction: alternately forward and backward of the tree order
  const links = li.map(([a, b], k) => (k % 3 === 2 ? [nodes[b].name, nodes[a].name] : [nodes[a].name, nodes[b].name]));
  return {
    name: 'force-circle-arrow-24', width: 760, height: 600, directed: true,
    layoutDesc: 'layout force (initLayout circular, layoutAnimation false)', links,
    seed: 5050,
    notes: 'Force layout started from the circular layout (deterministic), run to rest. edgeSymbol [circle, arrow], edgeSymbolSize [6, 12]: a small filled circle at the source end and an arrowhead at the target end, both on the node boundary. Circles and [40, 26] roundRects, labels inside.',
    option: {
      title: { text: 'Dependencies', subtext: 'force, initLayout circular' },
      series: [{
        type: 'graph', layout: 'force', roam: false,
        force: { initLayout: 'circular', repulsion: 260, edgeLength: 80, gravity: 0.1, layoutAnimation: false },
        label: { show: true, position: 'inside', fontSize: 10 },
        edgeSymbol: ['circle', 'arrow'], edgeSymbolSize: [6, 12],
        itemStyle: { color: '#91cc75', borderColor: '#3ba272', borderWidth: 1.5 },
        lineStyle: { width: 1.5, color: '#555', opacity: 0.8 },
        data: nodes,
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 6. edge labels (and node labels in boxes)
drawings.push(() => {
  const pos = [
    ['Berlin', 0, 0], ['Hamburg', -40, -260], ['Munich', 60, 330], ['Cologne', -330, 40],
    ['Frankfurt', -180, 160], ['Leipzig', 150, 40], ['Dresden', 300, 90], ['Hanover', -140, -140],
    ['Stuttgart', -150, 330], ['Nuremberg', 80, 210],
  ];
  const L = [
    ['Berlin', 'Hamburg', 1.7], ['Berlin', 'Leipzig', 1.2], ['Leipzig', 'Dresden', 1.1], ['Berlin', 'Dresden', 1.9],
    ['Hamburg', 'Hanover', 1.3], ['Hanover', 'Cologne', 2.7], ['Hanover', 'Frankfurt', 2.3],
    ['Cologne', 'Frankfurt', 1.1], ['Frankfurt', 'Stuttgart', 1.3], ['Stuttgart', 'Munich', 2.2],
    ['Frankfurt', 'Nuremberg', 2.1], ['Nuremberg', 'Munich', 1.1], ['Leipzig', 'Nuremberg', 3.1],
    ['Berlin', 'Hanover', 1.6],
  ];
  return {
    name: 'edge-labels-10', width: 760, height: 700, directed: true,
    layoutDesc: 'layout none (given x/y)', links: L.map(([a, b]) => [a, b]),
    notes: 'Edge labels showing each link\'s value ("1.7 h"), in the middle of the edge; node labels to the right in white boxes with a grey border (label backgroundColor/borderColor/padding); target arrows; three edges curved (curveness 0.2).',
    option: {
      title: { text: 'Train times', left: 'center' },
      series: [{
        type: 'graph', layout: 'none', roam: false, symbolSize: 16,
        itemStyle: { color: '#ee6666' },
        label: {
          show: true, position: 'right', backgroundColor: '#fff', borderColor: '#999', borderWidth: 1,
          padding: [2, 4], borderRadius: 3, color: '#333',
        },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
        edgeLabel: { show: true, formatter: (p) => `${p.data.value} h`, fontSize: 11, color: '#555' },
        lineStyle: { width: 1.5, color: '#999', opacity: 1 },
        data: pos.map(([name, x, y]) => ({ name, x, y })),
        links: L.map(([s, t, v], k) => ({
          source: s, target: t, value: v,
          lineStyle: k % 5 === 3 ? { curveness: 0.2 } : undefined,
        })),
      }],
    },
  };
});

// 7. parallel and reciprocal edges with autoCurveness
drawings.push(() => {
  const pos = [['A', 0, 0], ['B', 240, 0], ['C', 480, 0], ['D', 120, 200], ['E', 360, 200], ['F', 0, 400], ['G', 240, 400], ['H', 480, 400], ['I', 600, 200]];
  const links = [
    ['A', 'B'], ['A', 'B'], ['B', 'A'],
    ['B', 'C'], ['C', 'B'],
    ['A', 'D'], ['D', 'A'], ['A', 'D'], ['D', 'A'],
    ['B', 'D'], ['B', 'E'], ['E', 'B'], ['C', 'E'], ['C', 'E'], ['C', 'E'],
    ['D', 'E'], ['D', 'F'], ['D', 'G'], ['G', 'D'], ['E', 'G'], ['E', 'H'], ['E', 'H'],
    ['F', 'G'], ['G', 'H'], ['H', 'G'], ['C', 'I'], ['I', 'H'], ['I', 'H'], ['E', 'I'],
  ];
  return {
    name: 'parallel-autocurveness-9', width: 760, height: 560, directed: true,
    layoutDesc: 'layout none (given x/y), autoCurveness', links,
    notes: 'Directed multigraph: bundles of 2-4 parallel and reciprocal edges drawn as quadratic curves with different curvatures (series autoCurveness: true), single edges straight; arrows at targets; diamond and circle nodes, labels inside. Edges listed in data order; parallel edges repeat.',
    option: {
      title: { text: 'Multigraph', subtext: 'autoCurveness: true' },
      series: [{
        type: 'graph', layout: 'none', roam: false, autoCurveness: true, top: 70,
        label: { show: true },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
        lineStyle: { width: 1.5, color: '#5470c6', opacity: 0.7 },
        data: pos.map(([name, x, y], i) => ({ name, x, y, symbol: i % 2 ? 'diamond' : 'circle', symbolSize: i % 2 ? 40 : 34 })),
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 8. flowchart: rect nodes with text inside, bordered, some curved back edges
drawings.push(() => {
  // no edge is flatter than ~30 degrees: ECharts stops an edge at
  // (w + h) / 4 from the target's centre, so a flat edge into a wide rect
  // would put its arrowhead under the rect
  const steps = [
    ['Start', 300, 0], ['Read input', 300, 90], ['Validate', 300, 180], ['Valid?', 300, 270],
    ['Report error', 470, 380], ['Parse', 300, 380], ['Transform', 300, 470], ['Cache hit?', 140, 570],
    ['Compute', 300, 570], ['Load cache', 140, 670], ['Store', 300, 770], ['Log', 470, 870],
    ['More?', 300, 870], ['Write output', 300, 960], ['End', 300, 1050],
  ];
  const links = [
    ['Start', 'Read input', 0], ['Read input', 'Validate', 0], ['Validate', 'Valid?', 0], ['Valid?', 'Report error', 0],
    ['Valid?', 'Parse', 0], ['Report error', 'Read input', 0.25], ['Parse', 'Transform', 0], ['Transform', 'Cache hit?', 0],
    ['Cache hit?', 'Load cache', 0], ['Transform', 'Compute', 0], ['Load cache', 'Store', 0], ['Compute', 'Store', 0],
    ['Store', 'More?', 0], ['Store', 'Log', 0], ['More?', 'Parse', -0.35], ['More?', 'Write output', 0], ['Write output', 'End', 0],
  ];
  return {
    name: 'flowchart-rects-15', width: 640, height: 900, directed: true,
    layoutDesc: 'layout none (given x/y)', links: links.map(([a, b]) => [a, b]),
    notes: 'Flowchart-like: white rect nodes ([116, 34], diamond for decisions [100, 48]) with a blue border and the step text inside, straight arrows down, two curved back edges (curveness 0.25 and -0.35); title and subtitle. ECharts ends every edge (w + h) / 4 from the target centre, so arrowheads into flat rects stop short of the box.',
    option: {
      title: { text: 'Pipeline', subtext: 'graph series, layout none', left: 10 },
      series: [{
        type: 'graph', layout: 'none', roam: false, top: 70, bottom: 30,
        symbol: 'rect', symbolSize: [116, 34],
        itemStyle: { color: '#fff', borderColor: '#5470c6', borderWidth: 2 },
        label: { show: true, color: '#222', fontSize: 12 },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        lineStyle: { color: '#666', width: 1.5, opacity: 1 },
        data: steps.map(([name, x, y]) => (name.endsWith('?')
          ? { name, x, y, symbol: 'diamond', symbolSize: [100, 48] }
          : { name, x, y, symbol: name === 'Start' || name === 'End' ? 'roundRect' : 'rect' })),
        links: links.map(([s, t, c]) => ({ source: s, target: t, lineStyle: c ? { curveness: c } : undefined })),
      }],
    },
  };
});

// 9. large: Les Miserables-like, force, 9 categories with legend
drawings.push(() => {
  const rand = mulberry32(909);
  const n = 120;
  const ncat = 9;
  const cat = (i) => Math.floor((i * ncat) / n);
  const li = spanningPlusRandom(rand, n, 130, (i, j) => cat(i) === cat(j) || rand() < 0.08);
  const deg = degrees(n, li);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const size = 4 + deg[i] * 2.6;
    nodes.push({
      name: `${FIRST[i % 26]}${Math.floor(i / 26) || ''}`, value: deg[i], category: cat(i),
      symbolSize: size, label: { show: size > 20 },
    });
  }
  const links = li.map(([a, b]) => [nodes[a].name, nodes[b].name]);
  const cats = Array.from({ length: ncat }, (_, k) => ({ name: `Group ${k + 1}` }));
  return {
    name: 'lesmis-like-force-120', width: 1000, height: 820, directed: false,
    layoutDesc: 'layout force (seeded Math.random, layoutAnimation false)', links,
    seed: 9090,
    notes: 'Les Miserables demo look-alike: 120 nodes in 9 categories (legend at the top, its icons are not nodes), size from degree, labels only on big nodes, edges coloured from the source and curved (curveness 0.3), force layout from seeded random positions. label = the node name whether drawn or not.',
    option: {
      title: { text: 'Les Miserables (synthetic)', subtext: 'force layout', top: 'bottom', left: 'right' },
      legend: [{ data: cats.map((c) => c.name) }],
      series: [{
        type: 'graph', layout: 'force', roam: false, top: 60,
        force: { repulsion: 110, edgeLength: [25, 55], gravity: 0.1, layoutAnimation: false },
        categories: cats,
        label: { position: 'right', formatter: '{b}' },
        labelLayout: { hideOverlap: false },
        lineStyle: { color: 'source', curveness: 0.3, opacity: 0.7 },
        data: nodes,
        links: links.map(([s, t]) => ({ source: s, target: t })),
      }],
    },
  };
});

// 10. graph on a cartesian grid (axes, split lines)
drawings.push(() => {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const vals = [120, 200, 150, 80, 70, 110, 130];
  const nodes = days.map((d, i) => ({ name: d, value: [d, vals[i]] }));
  nodes.push({ name: 'peak', value: ['Wed', 240] }, { name: 'low', value: ['Fri', 30] });
  const links = [];
  for (let i = 0; i < 6; i++) links.push([days[i], days[i + 1]]);
  links.push(['Tue', 'peak'], ['peak', 'Thu'], ['Thu', 'low'], ['low', 'Sat'], ['Mon', 'Sun']);
  return {
    name: 'cartesian-axes-9', width: 720, height: 460, directed: true,
    layoutDesc: 'coordinateSystem cartesian2d (category x axis, value y axis)', links,
    notes: 'The ECharts "graph on cartesian" pattern: nodes placed by [category, value] on a grid with axes, tick labels and dashed split lines; arrows at targets; the long Mon->Sun edge is curved (curveness 0.2). The axis lines and ticks are not part of the graph.',
    option: {
      title: { text: 'Graph on cartesian' },
      xAxis: { type: 'category', boundaryGap: false, data: days },
      yAxis: { type: 'value', splitLine: { lineStyle: { type: 'dashed' } } },
      series: [{
        type: 'graph', coordinateSystem: 'cartesian2d', symbolSize: 26,
        label: { show: true, fontSize: 10 },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: [4, 10],
        lineStyle: { color: '#2f4554', width: 1.5, opacity: 0.9 },
        data: nodes,
        links: links.map(([s, t]) => ({
          source: s, target: t, lineStyle: s === 'Mon' && t === 'Sun' ? { curveness: 0.2 } : undefined,
        })),
      }],
    },
  };
});

// 11. dark theme, circular, curved directed edges with widths from value
drawings.push(() => {
  const rand = mulberry32(1111);
  const n = 20;
  const nodes = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ name: `m${i + 1}`, category: i < 8 ? 0 : 1, symbolSize: 16 + Math.floor(rand() * 20), symbol: i % 5 === 4 ? 'triangle' : 'circle' });
  }
  const li = randomEdges(rand, n, 34);
  const links = li.map(([a, b]) => ({ source: nodes[a].name, target: nodes[b].name, value: 1 + Math.floor(rand() * 5) }));
  return {
    name: 'dark-circular-arrows-20', width: 720, height: 720, directed: true, theme: 'dark',
    layoutDesc: 'layout circular, dark theme, zoom 0.85', links: links.map((l) => [l.source, l.target]),
    notes: 'ECharts dark theme (filled background rect), circular layout without label rotation, zoom 0.85; two categories with a legend at the bottom; circles and triangles of varied size; directed edges with arrows, curved (curveness 0.2), width 1-5 from the link value, opacity 0.8.',
    option: {
      backgroundColor: '#100c2a',
      title: { text: 'Message flow', left: 'center' },
      legend: [{ data: ['core', 'edge'], bottom: 10 }],
      series: [{
        type: 'graph', layout: 'circular', roam: false, zoom: 0.85,
        categories: [{ name: 'core' }, { name: 'edge' }],
        label: { show: true, position: 'right' },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
        lineStyle: { curveness: 0.2, opacity: 0.8 },
        data: nodes,
        links: links.map((l) => ({ ...l, lineStyle: { width: l.value } })),
      }],
    },
  };
});

// ------------------------------------------------------------ main

const realRandom = Math.random;
const rows = [];
for (const make of drawings) {
  const spec = make();
  spec._devs = [];
  Math.random = mulberry32(spec.seed || 1);
  const chart = echarts.init(null, spec.theme || null, {
    renderer: 'svg', ssr: true, width: spec.width, height: spec.height,
  });
  chart.setOption({ animation: false, ...spec.option });
  const svg = chart.renderToSVGString();
  const truth = truthFor(chart, svg, spec);
  chart.dispose();
  Math.random = realRandom;
  writeFileSync(join(HERE, `${spec.name}.svg`), svg + '\n');
  writeFileSync(join(HERE, `${spec.name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
  const maxOf = (sym, key) => {
    const v = spec._devs.filter((d) => sym(d.symbol)).map((d) => d[key]);
    return v.length ? Math.max(...v).toFixed(4) : '-';
  };
  rows.push(`${spec.name}: ${truth.nodes.length} nodes, ${truth.edges.length} edges` +
    `${spec._arrows ? `, ${spec._arrows} arrowheads visible` : ''}, ${svg.length} bytes; drawn centre - layout point: ` +
    `circle ${maxOf((s) => s === 'circle', 'layoutDev')}, pin (box centre vs tip + offset) ${maxOf((s) => s === 'pin', 'dev')}, ` +
    `other ${maxOf((s) => s !== 'circle' && s !== 'pin', 'dev')}`);
}
console.log(rows.join('\n'));
process.exit(0);
