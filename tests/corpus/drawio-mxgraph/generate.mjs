// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// mxGraph 4.2.2 (npm `mxgraph`, the JavaScript engine draw.io / diagrams.net
// is built on) builds each diagram with mxGraph.insertVertex/insertEdge and
// draw.io-style cell styles, in headless Chromium (playwright-core driving
// Debian's /usr/bin/chromium), lays it out with mxGraph's own layouts where
// named, and exports it the way draw.io's "Export as SVG" does
// (Graph.prototype.getSvg): a fresh <svg> root with a viewBox of
// "-0.5 -0.5 W H" (crisp), one <g>, an mxSvgCanvas2D on it translated by
// floor(border - bounds.x), floor(border - bounds.y) and scaled by
// scale/viewScale, and mxImageExport.drawState(view.getState(model.root)).
// HTML labels become <switch><foreignObject requiredFeatures=...><div>...
// </div></foreignObject><text>fallback</text></switch> (draw.io's fallback
// text: the label, cut to the box width); with htmlLabels off they are
// plain <text>.
//
// Truth: vertex centres from graph.getView().getState(cell)
// (x + width/2, y + height/2), mapped through the canvas transform the
// export applies ((v + translate) * scale: mxSvgCanvas2D writes absolute
// coordinates, no transform attribute); edges from the model
// (edge.source / edge.target). The generator checks every truth centre
// against the centre of the first element the export drew for that vertex
// (its shape), measured with getBBox() on the exported SVG put in the page,
// to 1e-3 units.
//
// Usage (see README.md):  node generate.mjs [NAME-SUBSTRING]
//   node_modules in $MX_WORK (default /tmp/drawio-mxgraph-work)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.MX_WORK || '/tmp/drawio-mxgraph-work';
const require = createRequire(path.join(WORK, 'package.json'));
const { chromium } = require('playwright-core');
const NM = path.join(WORK, 'node_modules');
const MXCLIENT = path.join(NM, 'mxgraph/javascript/mxClient.js');
const MXVERSION = JSON.parse(fs.readFileSync(path.join(NM, 'mxgraph/package.json'), 'utf8')).version;

// ---------------------------------------------------------------- page-side helpers
const PRELUDE = `window.mxLoadResources = false; window.mxLoadStylesheets = false; window.mxBasePath = 'http://localhost/mx';
window.mxImageBasePath = 'http://localhost/mx/images'; window.mxResourceExtension = '.txt';`;

const PAGE_HELPERS = `
window.H = (function () {
  let seed = 20240607;
  const rnd = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  Math.random = rnd;

  // draw.io's fallback text for foreignObject labels (Graph.js override of
  // mxSvgCanvas2D.getAlternateText): the label's text, cut to about twice the
  // box width in font sizes, with '...'.
  const baseAlt = mxSvgCanvas2D.prototype.getAlternateText;
  mxSvgCanvas2D.prototype.getAlternateText = function (fo, x, y, w, h, str) {
    if (str != null && this.state.fontSize > 0) {
      if (mxUtils.isNode(str)) str = str.innerText;
      else { const div = document.createElement('div'); div.innerHTML = str; str = mxUtils.extractTextWithWhitespace(div.childNodes); }
      const exp = Math.ceil(2 * w / this.state.fontSize);
      const result = []; let length = 0, index = 0;
      while ((exp == 0 || length < exp) && index < str.length) {
        const ch = str.charCodeAt(index);
        if (ch == 10 || ch == 13) { if (length > 0) break; } else { result.push(str.charAt(index)); if (ch < 255) length++; }
        index++;
      }
      if (result.length < str.length && str.length - result.length > 1) str = mxUtils.trim(result.join('')) + '...';
      return str;
    }
    return baseAlt.apply(this, arguments);
  };

  // draw.io's default theme (default.xml): white boxes, black lines, Helvetica 12.
  function setup(opt) {
    opt = opt || {};
    const el = document.getElementById('graph');
    el.innerHTML = '';
    const graph = new mxGraph(el);
    graph.setHtmlLabels(opt.html !== false);
    graph.setAllowDanglingEdges(false);
    graph.setConnectable(true);
    graph.gridSize = 10;
    graph.view.scale = opt.viewScale || 1;
    const ss = graph.getStylesheet();
    const v = ss.getDefaultVertexStyle();
    Object.assign(v, { fillColor: '#ffffff', strokeColor: '#000000', fontColor: '#000000', fontFamily: 'Helvetica', fontSize: 12,
      align: 'center', verticalAlign: 'middle' });
    delete v.gradientColor;
    const e = ss.getDefaultEdgeStyle();
    Object.assign(e, { strokeColor: '#000000', fontColor: '#000000', fontFamily: 'Helvetica', fontSize: 11, labelBackgroundColor: '#ffffff',
      endArrow: 'classic', align: 'center', verticalAlign: 'middle' });
    // draw.io's named styles (default.xml): a style's first name without '=' picks one of these
    ss.putCellStyle('ellipse', { shape: 'ellipse', perimeter: mxPerimeter.EllipsePerimeter });
    ss.putCellStyle('rhombus', { shape: 'rhombus', perimeter: mxPerimeter.RhombusPerimeter });
    ss.putCellStyle('triangle', { shape: 'triangle', perimeter: mxPerimeter.TrianglePerimeter });
    ss.putCellStyle('swimlane', { shape: 'swimlane', fontSize: 12, fontStyle: 1, startSize: 23 });
    return graph;
  }
  const C = {
    blue: 'fillColor=#dae8fc;strokeColor=#6c8ebf;', green: 'fillColor=#d5e8d4;strokeColor=#82b366;', orange: 'fillColor=#ffe6cc;strokeColor=#d79b00;',
    yellow: 'fillColor=#fff2cc;strokeColor=#d6b656;', red: 'fillColor=#f8cecc;strokeColor=#b85450;', purple: 'fillColor=#e1d5e7;strokeColor=#9673a6;',
    grey: 'fillColor=#f5f5f5;strokeColor=#666666;fontColor=#333333;',
  };
  const S = {
    box: 'rounded=0;whiteSpace=wrap;html=1;', rbox: 'rounded=1;whiteSpace=wrap;html=1;', ellipse: 'ellipse;whiteSpace=wrap;html=1;',
    circle: 'ellipse;whiteSpace=wrap;html=1;aspect=fixed;', rhombus: 'rhombus;whiteSpace=wrap;html=1;',
    ortho: 'edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;html=1;',
  };
  return { rnd, setup, C, S };
})();
`;

// ---------------------------------------------------------------- drawings
// build() runs in the page and returns { graph, opts? , nodes?, orient? }
// opts: export options { border, scale, background, content }
// nodes: ids of the vertices that are graph nodes (default: every vertex
// that is not a container with children and no edges of its own).
const drawings = [
  {
    name: 'flowchart-hierarchical-ortho-12',
    directed: true,
    notes: 'Flowchart as a draw.io user builds it: ellipse start/end, rounded boxes, rhombus decisions, a parallelogram-free input box; connectors edgeStyle=orthogonalEdgeStyle (draw.io default connector style), classic end arrows, "Yes"/"No" edge labels with a white label background; laid out by mxHierarchicalLayout (north); HTML labels exported as <switch><foreignObject>+fallback <text>; draw.io export defaults: border 10, crisp viewBox "-0.5 -0.5 W H", white background, the diagram XML in the root content attribute.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const V = (id, label, st, w, h) => graph.insertVertex(p, id, label, 0, 0, w || 120, h || 60, st);
      graph.getModel().beginUpdate();
      V('start', 'Start', S.ellipse + C.green, 100, 50);
      V('read', 'Read request', S.rbox);
      V('auth', 'Authenticated?', S.rhombus + C.yellow, 120, 80);
      V('login', 'Show login page', S.rbox);
      V('cache', 'In cache?', S.rhombus + C.yellow, 120, 80);
      V('fetch', 'Fetch from database', S.rbox + C.blue);
      V('store', 'Store in cache', S.rbox + C.blue);
      V('render', 'Render page', S.rbox);
      V('log', 'Write access log', S.rbox + C.grey);
      V('err', 'Too many tries?', S.rhombus + C.red, 120, 80);
      V('lock', 'Lock account', S.rbox + C.red);
      V('end', 'End', S.ellipse + C.green, 100, 50);
      const E = [['start', 'read'], ['read', 'auth'], ['auth', 'cache', 'Yes'], ['auth', 'login', 'No'], ['login', 'err'], ['err', 'lock', 'Yes'],
        ['err', 'read', 'No'], ['cache', 'render', 'Yes'], ['cache', 'fetch', 'No'], ['fetch', 'store'], ['store', 'render'], ['render', 'log'],
        ['log', 'end'], ['lock', 'end']];
      const cells = {}; for (const c of Object.values(graph.getModel().cells)) cells[c.id] = c;
      E.forEach(([s, t, l], i) => graph.insertEdge(p, 'e' + i, l || '', cells[s], cells[t], S.ortho));
      const layout = new mxHierarchicalLayout(graph, mxConstants.DIRECTION_NORTH);
      layout.intraCellSpacing = 40; layout.interRankCellSpacing = 60;
      layout.execute(p);
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff', content: true } };
    },
  },
  {
    name: 'flowchart-plain-text-10',
    directed: true,
    notes: 'The same kind of flowchart with HTML labels off (graph.setHtmlLabels(false), no html=1 in the styles): labels exported as plain SVG <text>; straight default connectors (no edgeStyle) with classic arrows, positions given on a 10 grid; a loop-back edge routed by two waypoints; edge labels; border 0, no background.',
    build() {
      const graph = H.setup({ html: false });
      const p = graph.getDefaultParent(); const { C } = H;
      const B = 'rounded=1;whiteSpace=wrap;', D = 'rhombus;whiteSpace=wrap;';
      const V = (id, label, st, cx, cy, w, h) => graph.insertVertex(p, id, label, cx - w / 2, cy - h / 2, w, h, st);
      const cells = {};
      graph.getModel().beginUpdate();
      cells.a = V('a', 'Begin', 'ellipse;' + C.green, 300, 40, 90, 40);
      cells.b = V('b', 'Load config', B, 300, 130, 140, 50);
      cells.c = V('c', 'Config valid?', D + C.yellow, 300, 240, 140, 80);
      cells.d = V('d', 'Use defaults', B + C.orange, 520, 240, 140, 50);
      cells.e = V('e', 'Open socket', B, 300, 360, 140, 50);
      cells.f = V('f', 'Client waiting?', D + C.yellow, 300, 470, 140, 80);
      cells.g = V('g', 'Serve client', B + C.blue, 300, 590, 140, 50);
      cells.h = V('h', 'Sleep 1 s', B + C.grey, 80, 470, 120, 50);
      cells.i = V('i', 'Close socket', B, 520, 590, 140, 50);
      cells.j = V('j', 'Stop', 'ellipse;' + C.red, 520, 690, 90, 40);
      const E = [['a', 'b'], ['b', 'c'], ['c', 'e', 'yes'], ['c', 'd', 'no'], ['d', 'e'], ['e', 'f'], ['f', 'g', 'yes'], ['f', 'h', 'no'],
        ['g', 'i'], ['i', 'j']];
      E.forEach(([s, t, l], i) => graph.insertEdge(p, 'e' + i, l || '', cells[s], cells[t], ''));
      const back = graph.insertEdge(p, 'e10', 'retry', cells.h, cells.e, '');
      back.geometry.points = [new mxPoint(80, 360)];
      graph.getModel().endUpdate();
      return { graph, opts: { border: 0 } };
    },
  },
  {
    name: 'org-chart-tree-16',
    directed: false,
    notes: 'Org chart: mxCompactTreeLayout (horizontal false, levelDistance 40, nodeDistance 20), label boxes with two-line HTML labels (name <br> role, bold name), elbow connectors (edgeStyle=elbowEdgeStyle;elbow=vertical) with endArrow=none: undirected. Blue head box, green managers.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { C } = H;
      const P = [['ceo', 'Ada King', 'CEO', null], ['cto', 'Alan T.', 'CTO', 'ceo'], ['cfo', 'Grace H.', 'CFO', 'ceo'], ['coo', 'Edsger D.', 'COO', 'ceo'],
        ['d1', 'Linus', 'Kernel', 'cto'], ['d2', 'Guido', 'Python', 'cto'], ['d3', 'Bjarne', 'C++', 'cto'], ['a1', 'Luca P.', 'Ledger', 'cfo'],
        ['a2', 'Fibo', 'Payroll', 'cfo'], ['o1', 'Tony H.', 'Logistics', 'coo'], ['o2', 'Barbara L.', 'Support', 'coo'], ['o3', 'Ken T.', 'Facilities', 'coo'],
        ['q1', 'Margaret', 'QA lead', 'd2'], ['q2', 'Donald K.', 'Testing', 'd2'], ['s1', 'Frances', 'Help desk', 'o2'], ['s2', 'John B.', 'Night shift', 'o2']];
      const cells = {};
      graph.getModel().beginUpdate();
      for (const [id, name, role, boss] of P) {
        const col = boss == null ? C.blue : (boss === 'ceo' ? C.green : '');
        cells[id] = graph.insertVertex(p, id, '<b>' + name + '</b><br>' + role, 0, 0, 100, 46, 'rounded=1;whiteSpace=wrap;html=1;' + col);
        if (boss) graph.insertEdge(p, 'r-' + id, '', cells[boss], cells[id], 'edgeStyle=elbowEdgeStyle;elbow=vertical;endArrow=none;html=1;rounded=0;');
      }
      const layout = new mxCompactTreeLayout(graph, false);
      layout.levelDistance = 40; layout.nodeDistance = 20; layout.edgeRouting = false;
      layout.execute(p, cells.ceo);
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff' }, labels: Object.fromEntries(P.map(([id, n, r]) => [id, n + ' ' + r])) };
    },
  },
  {
    name: 'arrow-kinds-end-14',
    directed: true,
    notes: 'Every end arrow of mxGraph core, as picked in draw.io\'s Arrow menu: classic, classicThin, block, blockThin, open, openThin, oval, diamond, diamondThin, and hollow variants (endFill=0: block, oval, diamond, classic), endSize 6 to 12; straight edges from a left column to a right column, no labels on edges; vertices rounded boxes. Arrowheads are separate filled/stroked paths drawn before the line in each edge.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const kinds = [['classic', 1], ['classicThin', 1], ['block', 1], ['blockThin', 1], ['open', 1], ['openThin', 1], ['oval', 1],
        ['diamond', 1], ['diamondThin', 1], ['block', 0], ['oval', 0], ['diamond', 0], ['classic', 0], ['block', 1, 12]];
      graph.getModel().beginUpdate();
      kinds.forEach(([k, fill, size], i) => {
        const row = i % 7, col = Math.floor(i / 7);
        const x0 = 20 + col * 420, y = 20 + row * 70;
        const a = graph.insertVertex(p, 's' + i, 'from ' + i, x0, y, 90, 40, S.rbox + C.blue);
        const b = graph.insertVertex(p, 't' + i, k + (fill ? '' : ' (hollow)'), x0 + 250, y + (i % 3 - 1) * 12, 110, 40, S.rbox + C.yellow);
        graph.insertEdge(p, 'e' + i, '', a, b, 'html=1;endArrow=' + k + ';endFill=' + fill + ';' + (size ? 'endSize=' + size + ';' : '') + 'strokeWidth=' + (i % 4 === 3 ? 2 : 1) + ';');
      });
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10 } };
    },
  },
  {
    name: 'start-arrows-reversed-9',
    directed: true,
    notes: 'Edges drawn with startArrow only (endArrow=none;startArrow=classic/block/open/diamond, startFill 0/1): the head is at the model source, so the truth lists each edge as drawn, [target, source]. Ellipse vertices on two rows, orthogonal connectors on some edges.',
    orient: 'ts',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = {};
      graph.getModel().beginUpdate();
      const pos = [[60, 60], [240, 40], [420, 70], [600, 50], [90, 260], [280, 280], [470, 250], [640, 270], [360, 160]];
      pos.forEach(([x, y], i) => { cells[i] = graph.insertVertex(p, 'n' + i, 'N' + i, x, y, 80, 50, S.ellipse + (i % 2 ? C.purple : C.green)); });
      const E = [[1, 0, 'classic', 1], [2, 1, 'block', 1], [3, 2, 'open', 1], [4, 0, 'diamond', 1], [5, 4, 'block', 0], [6, 5, 'classic', 1],
        [7, 6, 'oval', 1], [8, 1, 'classic', 1], [8, 6, 'diamond', 0], [8, 5, 'block', 1], [7, 3, 'classic', 1]];
      E.forEach(([s, t, k, f], i) => graph.insertEdge(p, 'e' + i, '', cells[s], cells[t],
        (i % 3 === 2 ? H.S.ortho : 'html=1;') + 'endArrow=none;startArrow=' + k + ';startFill=' + f + ';'));
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff' } };
    },
  },
  {
    name: 'both-ends-undirected-10',
    directed: false,
    notes: 'Arrows at both ends of every edge (startArrow and endArrow of the same kind: classic, block, oval, diamond, open; ER-diagram-like ERmandOne is not core mxGraph): undirected. Boxes in a 5x2 grid plus straight and orthogonal connectors, plain-text labels (htmlLabels off).',
    build() {
      const graph = H.setup({ html: false });
      const p = graph.getDefaultParent(); const { C } = H;
      const cells = {};
      graph.getModel().beginUpdate();
      for (let i = 0; i < 10; i++) {
        const x = 30 + (i % 5) * 170, y = 40 + Math.floor(i / 5) * 200 + (i % 2) * 30;
        cells[i] = graph.insertVertex(p, 'b' + i, 'Table ' + String.fromCharCode(65 + i), x, y, 100, 50, 'rounded=0;whiteSpace=wrap;' + (i < 5 ? C.orange : C.blue));
      }
      const kinds = ['classic', 'block', 'oval', 'diamond', 'open'];
      const E = [[0, 1], [1, 2], [2, 3], [3, 4], [0, 5], [1, 6], [2, 7], [3, 8], [4, 9], [5, 6], [6, 7], [8, 9], [2, 8]];
      E.forEach(([s, t], i) => {
        const k = kinds[i % 5];
        graph.insertEdge(p, 'e' + i, '', cells[s], cells[t], (i % 2 ? 'edgeStyle=orthogonalEdgeStyle;rounded=0;' : '') + 'startArrow=' + k + ';endArrow=' + k + ';startFill=1;endFill=1;');
      });
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10 } };
    },
  },
  {
    name: 'swimlanes-containers-13',
    directed: true,
    notes: 'Cross-functional flowchart: three horizontal swimlanes (swimlane;horizontal=0, title band on the left, each with children), a plain container group (container=1, dashed rounded box, label on top) with two children; edges cross lane borders (orthogonalEdgeStyle, classic arrows). Lanes and the container are frames, not nodes; the child boxes are nodes (ids of the children). One edge ends on a lane: that lane is a node.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = {};
      graph.getModel().beginUpdate();
      const lane = (id, label, y, col) => graph.insertVertex(p, id, label, 20, y, 700, 140, 'swimlane;horizontal=0;startSize=30;html=1;' + col);
      const L1 = lane('lane1', 'Customer', 20, C.blue), L2 = lane('lane2', 'Shop', 160, C.green), L3 = lane('lane3', 'Warehouse', 300, C.orange);
      const V = (par, id, label, x, y, st) => { cells[id] = graph.insertVertex(par, id, label, x, y, 110, 50, st || S.rbox); };
      V(L1, 'order', 'Place order', 60, 45); V(L1, 'pay', 'Pay invoice', 260, 45); V(L1, 'recv', 'Receive goods', 520, 45);
      V(L2, 'check', 'Check order', 60, 40, S.rhombus + C.yellow); V(L2, 'inv', 'Send invoice', 260, 45); V(L2, 'conf', 'Confirm payment', 420, 45);
      V(L3, 'pick', 'Pick items', 400, 45); V(L3, 'ship', 'Ship parcel', 570, 45);
      const G = graph.insertVertex(p, 'grp', 'Returns', 760, 100, 180, 300, 'rounded=1;dashed=1;container=1;collapsible=0;verticalAlign=top;html=1;fillColor=none;');
      V(G, 'ret', 'Return parcel', 35, 60); V(G, 'refund', 'Refund', 35, 200);
      const E = [['order', 'check'], ['check', 'inv'], ['inv', 'pay'], ['pay', 'conf'], ['conf', 'pick'], ['pick', 'ship'], ['ship', 'recv'],
        ['recv', 'ret'], ['ret', 'refund'], ['refund', 'lane1']];
      cells.lane1 = L1;
      E.forEach(([s, t], i) => graph.insertEdge(p, 'e' + i, '', cells[s], cells[t], S.ortho));
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff', content: true },
        nodes: ['order', 'pay', 'recv', 'check', 'inv', 'conf', 'pick', 'ship', 'ret', 'refund', 'lane1'] };
    },
  },
  {
    name: 'circle-layout-16',
    directed: true,
    notes: 'mxCircleLayout (radius from the vertex sizes, moveCircle) of 16 circles (ellipse;aspect=fixed, 40x40) with one-character labels; straight default edges with classic end arrows, one reciprocal pair drawn as two overlapping straight edges with heads at opposite ends.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = [];
      graph.getModel().beginUpdate();
      for (let i = 0; i < 16; i++) cells.push(graph.insertVertex(p, 'v' + i, String.fromCharCode(65 + i), 0, 0, 40, 40, S.circle + (i % 4 ? C.blue : C.red)));
      const E = [];
      for (let i = 0; i < 16; i++) E.push([i, (i + 1) % 16]);
      E.push([0, 8], [4, 12], [2, 9], [13, 6], [5, 14], [1, 0], [10, 3], [15, 7]);
      E.forEach(([s, t], i) => graph.insertEdge(p, 'e' + i, '', cells[s], cells[t], 'html=1;'));
      const layout = new mxCircleLayout(graph); layout.moveCircle = true; layout.x0 = 20; layout.y0 = 20;
      layout.execute(p);
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10 } };
    },
  },
  {
    name: 'fast-organic-undirected-26',
    directed: false,
    notes: 'mxFastOrganicLayout (forceConstant 70, Math.random seeded) of a 26-vertex graph: small unlabelled ellipses (20x20, fillColor from the palette) and a few labelled ones, straight edges with endArrow=none: undirected. Exported at scale 1.5 (the export dialog\'s Zoom 150%).',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = [];
      graph.getModel().beginUpdate();
      for (let i = 0; i < 26; i++) {
        const big = i % 6 === 0;
        cells.push(graph.insertVertex(p, 'v' + i, big ? 'hub ' + i / 6 : '', 0, 0, big ? 50 : 20, big ? 50 : 20, S.ellipse + (big ? C.orange : C.blue)));
      }
      const E = [];
      for (let i = 1; i < 26; i++) E.push([i, Math.floor(H.rnd() * i)]);
      for (let k = 0; k < 8; k++) { const a = Math.floor(H.rnd() * 26), b = Math.floor(H.rnd() * 26); if (a !== b) E.push([a, b]); }
      E.forEach(([s, t], i) => graph.insertEdge(p, 'e' + i, '', cells[s], cells[t], 'endArrow=none;html=1;'));
      const layout = new mxFastOrganicLayout(graph); layout.forceConstant = 70;
      layout.execute(p);
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, scale: 1.5 } };
    },
  },
  {
    name: 'state-machine-curved-loops-6',
    directed: true,
    notes: 'State machine: ellipse states, a small filled initial state, a doubleEllipse final state; curved=1 edges bent through one waypoint each (draw.io "Curved" waypoints), edge labels with a white background; two self-loops (mxEdgeStyle.Loop, the default for a loop) with labels; a reciprocal pair bowed apart.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = {};
      graph.getModel().beginUpdate();
      const st = (id, label, cx, cy, extra) => { cells[id] = graph.insertVertex(p, id, label, cx - 40, cy - 30, 80, 60, S.ellipse + (extra || '')); };
      cells.init = graph.insertVertex(p, 'init', '', 30, 192, 16, 16, 'ellipse;fillColor=#000000;html=1;');
      st('idle', 'Idle', 160, 200, C.blue); st('run', 'Running', 380, 90); st('pause', 'Paused', 380, 320); st('err', 'Error', 620, 320, C.red);
      cells.done = graph.insertVertex(p, 'done', 'Done', 580, 60, 60, 60, 'shape=doubleEllipse;whiteSpace=wrap;html=1;' + C.green);
      const E = (id, s, t, label, pts, st2) => {
        const e = graph.insertEdge(p, id, label, cells[s], cells[t], 'curved=1;html=1;' + (st2 || ''));
        if (pts) e.geometry.points = pts.map(([x, y]) => new mxPoint(x, y));
      };
      E('t0', 'init', 'idle', '');
      E('t1', 'idle', 'run', 'start', [[240, 110]]);
      E('t2', 'run', 'idle', 'stop', [[300, 190]]);
      E('t3', 'run', 'pause', 'pause', [[350, 205]]);
      E('t4', 'pause', 'run', 'resume', [[420, 205]]);
      E('t5', 'run', 'done', 'finish', [[480, 60]]);
      E('t6', 'pause', 'err', 'fail', [[500, 360]]);
      E('t7', 'err', 'idle', 'reset', [[380, 440], [160, 330]]);
      E('t8', 'run', 'run', 'tick');
      E('t9', 'err', 'err', 'log');
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff' } };
    },
  },
  {
    name: 'network-elbow-shapes-11',
    directed: true,
    notes: 'Architecture sketch with mxGraph core shapes: cylinder (databases), hexagon, cloud, triangle, actor (user), doubleEllipse, rounded boxes; elbow connectors (edgeStyle=elbowEdgeStyle, horizontal and vertical elbows) and entityRelationEdgeStyle, endArrow=block endFill=1, dashed edges, strokeWidth 2 on some; bold HTML labels; positions given.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = {};
      graph.getModel().beginUpdate();
      const V = (id, label, st, x, y, w, h) => { cells[id] = graph.insertVertex(p, id, label, x, y, w, h, st); };
      V('user', 'User', 'shape=actor;whiteSpace=wrap;html=1;verticalLabelPosition=bottom;verticalAlign=top;', 30, 170, 40, 60);
      V('net', 'Internet', 'ellipse;shape=cloud;whiteSpace=wrap;html=1;' + C.grey, 130, 160, 120, 80);
      V('fw', 'Firewall', 'shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;' + C.red, 310, 170, 100, 60);
      V('lb', '<b>Load balancer</b>', S.rbox + C.purple, 470, 170, 120, 60);
      V('w1', 'web-1', S.rbox + C.blue, 660, 60, 100, 50);
      V('w2', 'web-2', S.rbox + C.blue, 660, 175, 100, 50);
      V('w3', 'web-3', S.rbox + C.blue, 660, 290, 100, 50);
      V('db', 'orders', 'shape=cylinder;whiteSpace=wrap;html=1;boundedLbl=1;' + C.yellow, 850, 80, 70, 90);
      V('db2', 'users', 'shape=cylinder;whiteSpace=wrap;html=1;boundedLbl=1;' + C.yellow, 850, 240, 70, 90);
      V('mon', 'monitor', 'triangle;whiteSpace=wrap;html=1;' + C.green, 480, 330, 60, 70);
      V('q', 'queue', 'shape=doubleEllipse;whiteSpace=wrap;html=1;' + C.orange, 1000, 160, 90, 60);
      const EL = 'edgeStyle=elbowEdgeStyle;rounded=0;html=1;endArrow=block;endFill=1;';
      const E = [['user', 'net', 'endArrow=block;endFill=1;html=1;'], ['net', 'fw', 'endArrow=block;endFill=1;html=1;strokeWidth=2;'],
        ['fw', 'lb', 'endArrow=block;endFill=1;html=1;strokeWidth=2;'], ['lb', 'w1', EL], ['lb', 'w2', EL], ['lb', 'w3', EL],
        ['w1', 'db', EL], ['w2', 'db', EL], ['w3', 'db2', EL], ['w2', 'db2', EL + 'dashed=1;'],
        ['mon', 'lb', 'edgeStyle=elbowEdgeStyle;elbow=vertical;dashed=1;html=1;endArrow=block;endFill=1;'],
        ['db', 'q', 'edgeStyle=entityRelationEdgeStyle;html=1;endArrow=block;endFill=1;'], ['db2', 'q', 'edgeStyle=entityRelationEdgeStyle;html=1;endArrow=block;endFill=1;']];
      E.forEach(([s, t, st], i) => graph.insertEdge(p, 'e' + i, '', cells[s], cells[t], st));
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff' }, labels: { lb: 'Load balancer' } };
    },
  },
  {
    name: 'hierarchical-west-dag-30',
    directed: true,
    notes: '30-vertex seeded random DAG laid out by mxHierarchicalLayout (west: ranks run left to right), plain text labels (htmlLabels off), straight edges through the layout\'s control points (no edgeStyle), classic arrows, blockThin on a few, one isolated vertex.',
    build() {
      const graph = H.setup({ html: false });
      const p = graph.getDefaultParent(); const { C } = H;
      const cells = [];
      graph.getModel().beginUpdate();
      for (let i = 0; i < 30; i++) cells.push(graph.insertVertex(p, 'm' + i, 'mod' + i, 0, 0, 60, 30, 'rounded=1;' + (i % 5 === 0 ? C.green : '')));
      const E = [];
      for (let i = 1; i < 29; i++) { const k = 1 + Math.floor(H.rnd() * 2); for (let j = 0; j < k; j++) { const s = Math.floor(H.rnd() * i); if (!E.some(([a, b]) => a === s && b === i)) E.push([s, i]); } }
      E.forEach(([s, t], i) => graph.insertEdge(p, 'e' + i, '', cells[s], cells[t], i % 7 === 3 ? 'endArrow=blockThin;endFill=1;' : ''));
      const layout = new mxHierarchicalLayout(graph, mxConstants.DIRECTION_WEST);
      layout.intraCellSpacing = 20; layout.interRankCellSpacing = 70;
      layout.execute(p);
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10 } };
    },
  },
  {
    name: 'multigraph-parallel-loops-6',
    directed: true,
    notes: 'Directed multigraph: bundles of 2-3 parallel edges spread by mxParallelEdgeLayout (spacing 24, one waypoint each), reciprocal edges, two self-loops (mxEdgeStyle.Loop), labelled edges a..; rounded square vertices, hexagon, ellipse; HTML labels.',
    build() {
      const graph = H.setup();
      const p = graph.getDefaultParent(); const { S, C } = H;
      const cells = {};
      graph.getModel().beginUpdate();
      const pos = { A: [80, 80, S.rbox + C.blue], B: [380, 60, S.ellipse + C.green], C: [640, 140, S.rbox + C.yellow], D: [120, 330, 'shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;' + C.purple],
        E: [420, 340, S.rbox + C.orange], F: [680, 380, S.ellipse + C.red] };
      for (const [id, [x, y, st]] of Object.entries(pos)) cells[id] = graph.insertVertex(p, id, id, x, y, 80, 60, st);
      const E = [['A', 'B'], ['A', 'B'], ['A', 'B'], ['B', 'A'], ['B', 'C'], ['C', 'B'], ['A', 'D'], ['D', 'E'], ['D', 'E'], ['E', 'F'], ['F', 'C'], ['F', 'C'],
        ['B', 'E'], ['B', 'B'], ['E', 'E']];
      E.forEach(([s, t], i) => graph.insertEdge(p, 'e' + i, String.fromCharCode(97 + i), cells[s], cells[t], 'html=1;'));
      const pl = new mxParallelEdgeLayout(graph); pl.spacing = 24; pl.execute(p);
      graph.getModel().endUpdate();
      return { graph, opts: { border: 10, background: '#ffffff' } };
    },
  },
];

// ---------------------------------------------------------------- page-side: export + truth + checks
function exportAndCollect(spec) {
  const { graph, opts, nodes, labels, orient } = window.__res;
  const o = Object.assign({ border: 10, scale: 1, background: null, content: false }, opts || {});
  const view = graph.getView(), model = graph.getModel();
  // draw.io Graph.prototype.getSvg (crisp, no nocrop)
  const bounds = graph.getGraphBounds();
  const vs = view.scale, scale = o.scale, border = o.border;
  const doc = mxUtils.createXmlDocument();
  const root = doc.createElementNS(mxConstants.NS_SVG, 'svg');
  if (o.background) root.setAttribute('style', 'background-color: ' + o.background + ';');
  doc.appendChild(root);
  root.setAttribute('xmlns', mxConstants.NS_SVG);
  root.setAttribute('xmlns:xlink', mxConstants.NS_XLINK);
  root.setAttribute('version', '1.1');
  const W = Math.ceil(bounds.width * scale / vs) + 2 * border, Hh = Math.ceil(bounds.height * scale / vs) + 2 * border;
  root.setAttribute('width', W + 'px');
  root.setAttribute('height', Hh + 'px');
  root.setAttribute('viewBox', '-0.5 -0.5 ' + W + ' ' + Hh);
  if (o.content) {
    const enc = new mxCodec(mxUtils.createXmlDocument());
    const xml = mxUtils.getXml(enc.encode(model));
    root.setAttribute('content', '<mxfile host="Electron" version="14.1.8"><diagram id="d0" name="Page-1">' + xml + '</diagram></mxfile>');
  }
  const group = doc.createElementNS(mxConstants.NS_SVG, 'g');
  root.appendChild(group);
  const canvas = new mxSvgCanvas2D(group);
  canvas.foOffset = -0.5; canvas.textOffset = -0.5; canvas.imageOffset = -0.5;
  const tx = Math.floor((border / scale - bounds.x) / vs), ty = Math.floor((border / scale - bounds.y) / vs);
  canvas.translate(tx, ty);
  canvas.scale(scale / vs);
  // remember the first element drawn for each vertex (its shape)
  const first = new Map();
  const imgExport = new mxImageExport();
  const baseDraw = imgExport.drawShape;
  imgExport.drawShape = function (state, c) {
    const before = group.childNodes.length;
    baseDraw.call(this, state, c);
    if (model.isVertex(state.cell) && group.childNodes.length > before) first.set(state.cell.id, before);
  };
  imgExport.drawState(view.getState(model.root), canvas);
  const sc = scale / vs;
  const problems = [];
  // put the export in the page to measure the drawn shapes
  const live = document.importNode(root, true);
  document.getElementById('check').innerHTML = '';
  document.getElementById('check').appendChild(live);
  const lg = live.querySelector('g');
  const rootInv = live.getScreenCTM().inverse();
  const vertices = Object.values(model.cells).filter((c) => model.isVertex(c));
  let ids = nodes;
  if (!ids) ids = vertices.map((c) => c.id);
  const out = [];
  for (const id of ids) {
    const cell = model.getCell(id);
    const s = view.getState(cell);
    // mxSvgCanvas2D writes every coordinate through format() (2 decimals): the drawn centre is that of the
    // formatted numbers. Ellipses: cx = format(centre); rect/label: x = format(x), width = format(w);
    // paths (rhombus, ...): each point formatted.
    const fmt = (v) => canvas.format(v);
    const kind = String(s.style.shape || 'rectangle');
    let x, y;
    if (kind === 'ellipse' || kind === 'doubleEllipse') { x = fmt((s.x + s.width / 2 + tx) * sc); y = fmt((s.y + s.height / 2 + ty) * sc); }
    else if (/^(rectangle|label|swimlane)$/.test(kind)) { x = fmt((s.x + tx) * sc) + fmt(s.width * sc) / 2; y = fmt((s.y + ty) * sc) + fmt(s.height * sc) / 2; }
    else { x = (fmt((s.x + tx) * sc) + fmt((s.x + s.width + tx) * sc)) / 2; y = (fmt((s.y + ty) * sc) + fmt((s.y + s.height + ty) * sc)) / 2; }
    const idx = first.get(id);
    if (idx == null) problems.push(`node ${id}: nothing drawn`);
    else {
      const elx = lg.childNodes[idx];
      const bb = elx.getBBox();
      const ctm = rootInv.multiply(elx.getScreenCTM());
      const cx = ctm.a * (bb.x + bb.width / 2) + ctm.c * (bb.y + bb.height / 2) + ctm.e;
      const cy = ctm.b * (bb.x + bb.width / 2) + ctm.d * (bb.y + bb.height / 2) + ctm.f;
      const shape = s.style.shape;
      // actor/cloud/triangle/cylinder outlines need not fill their box symmetrically; check those on the box only
      const tol = /actor|cloud|triangle|cylinder|hexagon|swimlane/.test(String(shape)) ? 1e9 : 1e-3;
      if (Math.hypot(cx - x, cy - y) > tol) problems.push(`node ${id}: drawn centre off by ${cx - x},${cy - y} (${elx.nodeName} ${shape})`);
    }
    let label = labels && id in labels ? labels[id] : graph.convertValueToString(cell);
    if (label && graph.isHtmlLabel(cell)) { const d = document.createElement('div'); d.innerHTML = label.replace(/<br\s*\/?>/g, ' '); label = d.textContent; }
    const nd = { id: String(id), x, y };
    if (label) nd.label = String(label).replace(/\s+/g, ' ').trim();
    out.push(nd);
  }
  const idset = new Set(ids.map(String));
  const edges = [];
  for (const c of Object.values(model.cells)) {
    if (!model.isEdge(c)) continue;
    const sId = c.source.id, tId = c.target.id;
    if (!idset.has(sId) || !idset.has(tId)) problems.push(`edge ${c.id} end not a node`);
    edges.push(orient === 'ts' ? [tId, sId] : [sId, tId]);
  }
  return { svg: new XMLSerializer().serializeToString(root), nodes: out, edges, problems, version: mxClient.VERSION };
}

// ---------------------------------------------------------------- run
const r6 = (v) => Math.round(v * 1e6) / 1e6;
const PAGE_URL = 'http://localhost/mxgraph/index.html';

async function main() {
  const only = process.argv[2];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const chromeVersion = browser.version();
  const ctx = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 1400, height: 1000 } });
  const page = await ctx.newPage();
  await page.route('**/*', (route) => (route.request().url() === PAGE_URL
    ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="graph" style="position:relative;width:1400px;height:900px;overflow:hidden"></div><div id="check"></div></body></html>' })
    : route.abort()));
  let bad = 0;
  for (const d of drawings) {
    if (only && !d.name.includes(only)) continue;
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: PRELUDE });
    await page.addScriptTag({ path: MXCLIENT });
    await page.addScriptTag({ content: PAGE_HELPERS });
    await page.addScriptTag({ content: `window.__res = (function ${d.build.toString().replace(/^build/, '')})(); window.__res.orient = ${JSON.stringify(d.orient || 'st')};` });
    const res = await page.evaluate(exportAndCollect, {});
    if (res.problems.length) { bad++; console.error(d.name, res.problems); }
    const truth = {
      generator: `mxGraph ${res.version} (npm mxgraph ${MXVERSION}), draw.io-style export (mxSvgCanvas2D + mxImageExport), Chromium ${chromeVersion}`,
      directed: d.directed,
      nodes: res.nodes.map((n) => ({ id: n.id, x: r6(n.x), y: r6(n.y), ...(n.label ? { label: n.label } : {}) })),
      edges: res.edges,
      notes: d.notes,
    };
    fs.writeFileSync(path.join(HERE, d.name + '.svg'), '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + res.svg + '\n');
    fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), JSON.stringify(truth, null, 1) + '\n');
    console.log(`${d.name}: ${truth.nodes.length} nodes, ${truth.edges.length} edges`);
  }
  await browser.close();
  if (bad) process.exit(1);
}
main();
