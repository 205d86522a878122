// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// JointJS (@joint/core) draws each diagram into a dia.Paper in headless
// Chromium (playwright-core driving Debian's /usr/bin/chromium); some are laid
// out by @joint/layout-directed-graph (dagre).  The paper's own <svg> is then
// serialised with XMLSerializer, exactly as the page holds it.
//
// Truth positions come from the JointJS model: element.getBBox() (position +
// size; rotation about the centre leaves the centre unchanged), its centre
// mapped through paper.matrix(), the transform JointJS writes on
// <g class="joint-layers">.  The generator reads that transform back from the
// SVG, checks it equals paper.matrix(), and checks every truth centre against
// the centre of the drawn body's bounding box in root coordinates (from the
// browser's getBBox/getScreenCTM), to 1e-3 units.
//
// Usage (see README.md):  node generate.mjs [NAME-SUBSTRING]
//   node_modules in $JOINT_WORK (default /tmp/jointjs-work)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.JOINT_WORK || '/tmp/jointjs-work';
const require = createRequire(path.join(WORK, 'package.json'));
const { chromium } = require('playwright-core');
const NM = path.join(WORK, 'node_modules');
const SCRIPTS = ['@joint/core/dist/joint.js', '@dagrejs/graphlib/dist/graphlib.js', '@dagrejs/dagre/dist/dagre.js',
  '@joint/layout-directed-graph/dist/DirectedGraph.js'].map((p) => path.join(NM, p));
const ver = (p) => JSON.parse(fs.readFileSync(path.join(NM, p, 'package.json'), 'utf8')).version;
const VERSIONS = `@joint/core ${ver('@joint/core')}, @joint/layout-directed-graph ${ver('@joint/layout-directed-graph')} (@dagrejs/dagre ${ver('@dagrejs/dagre')})`;

// ---------------------------------------------------------------- page-side helpers
// Installed in the page before every drawing (window.H).
const PAGE_HELPERS = `
window.H = (function () {
  const S = joint.shapes.standard;
  let seed = 12345;
  const rnd = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  Math.random = rnd;
  const DIAMOND = 'calc(w/2),0 calc(w),calc(h/2) calc(w/2),calc(h) 0,calc(h/2)';
  const HEXAGON = 'M calc(0.25*w) 0 H calc(0.75*w) L calc(w) calc(h/2) L calc(0.75*w) calc(h) H calc(0.25*w) L 0 calc(h/2) Z';
  const PARALLELOGRAM = 'M 14 0 H calc(w) L calc(w-14) calc(h) H 0 Z';
  function setup(opt) {
    const graph = new joint.dia.Graph({}, { cellNamespace: joint.shapes });
    const el = document.getElementById('paper');
    el.style.width = opt.width + 'px'; el.style.height = opt.height + 'px';
    const paper = new joint.dia.Paper(Object.assign({
      el, model: graph, width: opt.width, height: opt.height, async: false, frozen: false,
      cellViewNamespace: joint.shapes, gridSize: 10,
    }, opt.paper || {}));
    return { graph, paper };
  }
  function node(graph, type, id, x, y, w, h, label, attrs, extra) {
    const Ctor = typeof type === 'string' ? S[type] : type;
    const a = { label: { text: label } };
    const el = new Ctor(Object.assign({ id, position: { x, y }, size: { width: w, height: h }, attrs: joint.util.merge(a, attrs || {}) }, extra || {}));
    el.addTo(graph);
    return el;
  }
  function link(graph, id, s, t, opt) {
    opt = opt || {};
    const Ctor = opt.type ? S[opt.type] : S.Link;
    const props = { id, source: Object.assign({ id: s }, opt.sourceEnd || {}), target: Object.assign({ id: t }, opt.targetEnd || {}) };
    if (opt.router) props.router = opt.router;
    if (opt.connector) props.connector = opt.connector;
    if (opt.vertices) props.vertices = opt.vertices;
    if (opt.labels) props.labels = opt.labels.map((l) => typeof l === 'string' ? { attrs: { text: { text: l } } } : l);
    if (opt.attrs) props.attrs = opt.attrs;
    const l = new Ctor(props);
    l.addTo(graph);
    return l;
  }
  return { S, rnd, DIAMOND, HEXAGON, PARALLELOGRAM, setup, node, link };
})();
`;

// ---------------------------------------------------------------- drawings
// Each build() runs in the page and returns { graph, paper, nodes?, orient? }.
// nodes: ids of the elements that are graph nodes (default: every element);
// orient 'ts' lists edges as [target, source] (heads drawn at the source).
const drawings = [
  {
    name: 'flowchart-dagre-tb-12',
    directed: true,
    notes: 'Order-processing flowchart laid out by @joint/layout-directed-graph (dagre, rankDir TB, setVertices), paper 720x900. Ellipse start/end, Rectangle steps (rx 6), Polygon diamonds (points calc(w/2),0 ...) for decisions, a Path parallelogram for input; default standard.Link (wrapper path with stroke="transparent" stroke-width 10 under each line, marker-end to a <marker> in <defs>), connector rounded through dagre vertices; "yes"/"no" link labels (<g class="label"> with a white rect); one back edge (retry loop).',
    build() {
      const { graph, paper } = H.setup({ width: 720, height: 900 });
      const N = (t, id, w, h, label, attrs) => H.node(graph, t, id, 0, 0, w, h, label, attrs);
      N('Ellipse', 'start', 110, 44, 'Start', { body: { fill: '#d6f5d6' } });
      N('Path', 'input', 140, 44, 'Read order', { body: { d: H.PARALLELOGRAM, fill: '#fff6d5' } });
      N('Rectangle', 'validate', 140, 44, 'Validate', { body: { rx: 6, ry: 6 } });
      N('Polygon', 'valid', 110, 70, 'Valid?', { body: { points: H.DIAMOND, fill: '#e8eefc' } });
      N('Rectangle', 'fix', 140, 44, 'Ask customer', { body: { rx: 6, ry: 6 } });
      N('Polygon', 'stock', 110, 70, 'In stock?', { body: { points: H.DIAMOND, fill: '#e8eefc' } });
      N('Rectangle', 'reserve', 140, 44, 'Reserve items', { body: { rx: 6, ry: 6 } });
      N('Rectangle', 'backorder', 140, 44, 'Back-order', { body: { rx: 6, ry: 6 } });
      N('Rectangle', 'pay', 140, 44, 'Charge card', { body: { rx: 6, ry: 6 } });
      N('Rectangle', 'ship', 140, 44, 'Ship', { body: { rx: 6, ry: 6 } });
      N('Rectangle', 'notify', 140, 44, 'Send e-mail', { body: { rx: 6, ry: 6 } });
      N('Ellipse', 'end', 110, 44, 'End', { body: { fill: '#f5d6d6' } });
      const E = [['start', 'input'], ['input', 'validate'], ['validate', 'valid'], ['valid', 'stock', 'yes'], ['valid', 'fix', 'no'],
        ['fix', 'validate'], ['stock', 'reserve', 'yes'], ['stock', 'backorder', 'no'], ['backorder', 'notify'], ['reserve', 'pay'],
        ['pay', 'ship'], ['ship', 'notify'], ['notify', 'end']];
      E.forEach(([s, t, lab], i) => H.link(graph, 'e' + i, s, t, { connector: { name: 'rounded' }, labels: lab ? [lab] : undefined }));
      joint.layout.DirectedGraph.layout(graph, { rankDir: 'TB', nodeSep: 40, rankSep: 50, edgeSep: 20, setVertices: true, marginX: 30, marginY: 30 });
      return { graph, paper };
    },
  },
  {
    name: 'org-chart-orthogonal-15',
    directed: false,
    notes: 'Org chart: standard.HeaderedRectangle per person (header rect with the name, body text with the role), dagre TB layout, links without markers (line/targetMarker null) from the bottom anchor to the top anchor, orthogonal router, straight connector with cornerType "line" (chamfered corners). Sibling links share their vertical trunk segments. Undirected.',
    build() {
      const { graph, paper } = H.setup({ width: 1200, height: 560 });
      const P = [['ceo', 'Ada King', 'CEO'], ['cto', 'Alan T.', 'CTO'], ['cfo', 'Grace H.', 'CFO'], ['coo', 'Edsger D.', 'COO'],
        ['dev1', 'Linus', 'Kernel'], ['dev2', 'Guido', 'Python'], ['dev3', 'Bjarne', 'C++'], ['acc1', 'Luca P.', 'Ledger'],
        ['acc2', 'Fibo', 'Payroll'], ['ops1', 'Tony H.', 'Logistics'], ['ops2', 'Barbara L.', 'Support'], ['ops3', 'Ken T.', 'Facilities'],
        ['qa1', 'Margaret', 'QA lead'], ['qa2', 'Donald K.', 'Testing'], ['sup1', 'Frances', 'Help desk']];
      for (const [id, name, role] of P) {
        H.node(graph, 'HeaderedRectangle', id, 0, 0, 120, 60, undefined, {
          header: { fill: '#35517a', stroke: '#35517a' }, headerText: { text: name, fill: '#fff', fontSize: 13 },
          bodyText: { text: role, fontSize: 12 }, body: { fill: '#f4f7fb' },
        });
      }
      const E = [['ceo', 'cto'], ['ceo', 'cfo'], ['ceo', 'coo'], ['cto', 'dev1'], ['cto', 'dev2'], ['cto', 'dev3'], ['cfo', 'acc1'], ['cfo', 'acc2'],
        ['coo', 'ops1'], ['coo', 'ops2'], ['coo', 'ops3'], ['cto', 'qa1'], ['qa1', 'qa2'], ['ops2', 'sup1']];
      E.forEach(([s, t], i) => H.link(graph, 'r' + i, s, t, {
        sourceEnd: { anchor: { name: 'bottom' } }, targetEnd: { anchor: { name: 'top' } },
        router: { name: 'orthogonal' }, connector: { name: 'straight', args: { cornerType: 'line', cornerRadius: 6 } },
        attrs: { line: { targetMarker: null, stroke: '#6b7a90', strokeWidth: 1.5 } },
      }));
      joint.layout.DirectedGraph.layout(graph, { rankDir: 'TB', nodeSep: 20, rankSep: 60, marginX: 20, marginY: 20 });
      return { graph, paper, labels: Object.fromEntries(P.map(([id, n, r]) => [id, n + ' ' + r])) };
    },
  },
  {
    name: 'state-machine-loops-7',
    directed: true,
    notes: 'State machine: standard.Circle states (r 30) plus a small filled initial-state Circle, connector smooth, link labels; three self-loops drawn by JointJS as links whose source and target are the same element with two vertices beside it; two reciprocal pairs bowed apart by one vertex each. Paper option defaultConnectionPoint boundary (the default), links end on the circles.',
    build() {
      const { graph, paper } = H.setup({ width: 760, height: 520 });
      const st = (id, x, y, label, fill) => H.node(graph, 'Circle', id, x - 30, y - 30, 60, 60, label, { body: { fill: fill || '#fff' } });
      H.node(graph, 'Circle', 'init', 40, 242, 16, 16, '', { body: { fill: '#222', stroke: '#222' } });
      st('idle', 160, 250, 'Idle', '#eef');
      st('run', 360, 130, 'Running');
      st('pause', 360, 380, 'Paused');
      st('done', 580, 130, 'Done', '#efe');
      st('err', 580, 380, 'Error', '#fee');
      st('retry', 680, 250, 'Retry');
      const smooth = { name: 'smooth' };
      const L = (id, s, t, label, vertices) => H.link(graph, id, s, t, { connector: smooth, labels: [label], vertices });
      L('t0', 'init', 'idle', 'boot');
      L('t1', 'idle', 'run', 'start', [{ x: 240, y: 160 }]);
      L('t2', 'run', 'idle', 'stop', [{ x: 290, y: 215 }]);
      L('t3', 'run', 'pause', 'pause', [{ x: 330, y: 255 }]);
      L('t4', 'pause', 'run', 'resume', [{ x: 400, y: 255 }]);
      L('t5', 'run', 'done', 'finish');
      L('t6', 'run', 'err', 'fail');
      L('t7', 'err', 'retry', 'retry');
      L('t8', 'retry', 'run', 'go', [{ x: 600, y: 250 }]);
      L('t9', 'run', 'run', 'tick', [{ x: 335, y: 50 }, { x: 385, y: 50 }]);
      L('t10', 'pause', 'pause', 'wait', [{ x: 335, y: 460 }, { x: 385, y: 460 }]);
      L('t11', 'err', 'err', 'log', [{ x: 660, y: 360 }, { x: 660, y: 410 }]);
      L('t12', 'done', 'idle', 'reset', [{ x: 480, y: 40 }, { x: 160, y: 40 }]);
      return { graph, paper };
    },
  },
  {
    name: 'network-jumpover-14',
    directed: false,
    notes: 'Network topology, positions given: standard.Cylinder databases (body path of cubic curves + top ellipse, label below), Rectangle servers, a Path hexagon firewall, Circle switches, Ellipse clients; links without markers (line/targetMarker null), jumpover connector (arcs where links cross) and straight crossings, default connection point boundary. Undirected.',
    build() {
      const { graph, paper } = H.setup({ width: 860, height: 560 });
      const N = (t, id, cx, cy, w, h, label, attrs) => H.node(graph, t, id, cx - w / 2, cy - h / 2, w, h, label, attrs);
      N('Path', 'fw', 430, 60, 90, 50, 'firewall', { body: { d: H.HEXAGON, fill: '#fde2c8' } });
      N('Circle', 'sw1', 250, 180, 50, 50, 'sw1', { body: { fill: '#dbe9f7' } });
      N('Circle', 'sw2', 610, 180, 50, 50, 'sw2', { body: { fill: '#dbe9f7' } });
      N('Rectangle', 'web1', 120, 320, 90, 40, 'web-1');
      N('Rectangle', 'web2', 300, 320, 90, 40, 'web-2');
      N('Rectangle', 'app1', 540, 320, 90, 40, 'app-1');
      N('Rectangle', 'app2', 720, 320, 90, 40, 'app-2');
      N('Cylinder', 'db1', 250, 460, 70, 80, 'orders');
      N('Cylinder', 'db2', 610, 460, 70, 80, 'users');
      N('Ellipse', 'c1', 80, 60, 80, 40, 'laptop');
      N('Ellipse', 'c2', 780, 60, 80, 40, 'phone');
      N('Cylinder', 'cache', 430, 460, 60, 70, 'cache');
      N('Rectangle', 'lb', 430, 200, 80, 36, 'balancer', { body: { rx: 18, ry: 18 } });
      N('Circle', 'mon', 800, 460, 40, 40, 'mon');
      const E = [['c1', 'fw'], ['c2', 'fw'], ['fw', 'lb'], ['lb', 'sw1'], ['lb', 'sw2'], ['sw1', 'web1'], ['sw1', 'web2'], ['sw2', 'app1'], ['sw2', 'app2'],
        ['sw1', 'app1'], ['sw2', 'web2'], ['web1', 'db1'], ['web2', 'db1'], ['app1', 'db2'], ['app2', 'db2'], ['web2', 'cache'], ['app1', 'cache'],
        ['web1', 'db2'], ['mon', 'app2'], ['mon', 'db2']];
      E.forEach(([s, t], i) => H.link(graph, 'w' + i, s, t, {
        connector: i % 4 === 3 ? { name: 'straight' } : { name: 'jumpover', args: { size: 6, jump: i % 2 ? 'arc' : 'gap' } },
        attrs: { line: { targetMarker: null, stroke: '#445', strokeWidth: 1.5 } },
      }));
      return { graph, paper };
    },
  },
  {
    name: 'markers-tails-heads-12',
    directed: true,
    notes: 'Custom markers: every link has a tail decoration at the source (circle, square rect, hollow diamond path, bar) and a different head at the target (filled path arrow, open "M 10 -5 0 0 10 5" arrow with fill none, polygon triangle, ellipse-and-arrow path); markers are <marker> elements in <defs> referenced by marker-start/marker-end. Rectangle and Circle nodes on two rings, straight normal connector. Direction is source -> target (the pointed end).',
    build() {
      const { graph, paper } = H.setup({ width: 700, height: 620 });
      const ids = [];
      for (let i = 0; i < 12; i++) {
        const r = i < 6 ? 250 : 120, a = (i % 6) / 6 * 2 * Math.PI + (i < 6 ? 0 : Math.PI / 6);
        const cx = 350 + r * Math.cos(a), cy = 310 + r * Math.sin(a);
        const id = 'm' + i;
        if (i % 2) H.node(graph, 'Circle', id, cx - 22, cy - 22, 44, 44, id);
        else H.node(graph, 'Rectangle', id, cx - 32, cy - 18, 64, 36, id, { body: { rx: 4, ry: 4 } });
        ids.push(id);
      }
      const tails = [
        { type: 'circle', r: 4, cx: 4, fill: '#fff', stroke: '#333', 'stroke-width': 1.5 },
        { type: 'rect', x: 0, y: -4, width: 8, height: 8, fill: '#333' },
        { type: 'path', d: 'M 0 0 L 8 -5 L 16 0 L 8 5 z', fill: '#fff', stroke: '#333', 'stroke-width': 1.5 },
        { type: 'path', d: 'M 4 -7 V 7', stroke: '#333', 'stroke-width': 2, fill: 'none' },
      ];
      const heads = [
        { type: 'path', d: 'M 12 -6 0 0 12 6 z' },
        { type: 'path', d: 'M 10 -5 0 0 10 5', fill: 'none', stroke: '#333', 'stroke-width': 2 },
        { type: 'polygon', points: '0,0 14,-7 14,7', fill: '#b33' },
        { type: 'path', d: 'M 10 -5 0 0 10 5 z M 20 0 a 4 4 0 1 0 -8 0 a 4 4 0 1 0 8 0', fill: '#333' },
      ];
      const E = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0], [0, 6], [2, 8], [4, 10], [7, 1], [9, 3], [11, 5], [6, 7], [8, 9], [10, 11], [6, 9], [7, 10]];
      E.forEach(([s, t], i) => H.link(graph, 'k' + i, ids[s], ids[t], {
        attrs: { line: { sourceMarker: tails[i % 4], targetMarker: heads[(i + (i >> 2)) % 4], strokeWidth: 1.5 } },
      }));
      return { graph, paper };
    },
  },
  {
    name: 'source-arrows-metro-10',
    directed: true,
    notes: 'Dependency view where each link is drawn from the dependent to its dependency but the arrowhead sits at the SOURCE (line/sourceMarker set, line/targetMarker null), so the truth lists each edge as drawn, [target, source]. Metro router (45-degree bends), rounded connector, Rectangle nodes on a grid with some Ellipses.',
    orient: 'ts',
    build() {
      const { graph, paper } = H.setup({ width: 760, height: 520 });
      const pos = { core: [380, 60], util: [160, 170], io: [600, 170], net: [380, 230], json: [120, 340], http: [380, 360], tls: [620, 340], cli: [220, 470], app: [520, 470], test: [700, 470] };
      Object.entries(pos).forEach(([id, [cx, cy]], i) => {
        if (i % 3 === 2) H.node(graph, 'Ellipse', id, cx - 45, cy - 22, 90, 44, id);
        else H.node(graph, 'Rectangle', id, cx - 45, cy - 20, 90, 40, id, { body: { fill: '#eef3e6' } });
      });
      const E = [['util', 'core'], ['io', 'core'], ['net', 'io'], ['net', 'util'], ['json', 'util'], ['http', 'net'], ['http', 'json'], ['tls', 'net'],
        ['tls', 'io'], ['cli', 'json'], ['cli', 'http'], ['app', 'http'], ['app', 'tls'], ['test', 'app'], ['test', 'tls']];
      E.forEach(([s, t], i) => H.link(graph, 'd' + i, s, t, {
        router: { name: 'metro' }, connector: { name: 'rounded', args: { radius: 8 } },
        attrs: { line: { targetMarker: null, sourceMarker: { type: 'path', d: 'M 10 -5 0 0 10 5 z' }, stroke: '#4a5d23' } },
      }));
      return { graph, paper };
    },
  },
  {
    name: 'both-ends-manhattan-9',
    directed: false,
    notes: 'Symmetric links: the same filled arrow at both ends (line/sourceMarker = line/targetMarker), so no direction is shown: undirected. Manhattan router (routes around the element boxes) with a rounded connector, Ellipse and Rectangle nodes placed by hand.',
    build() {
      const { graph, paper } = H.setup({ width: 820, height: 520 });
      const pos = [[100, 80], [400, 70], [700, 90], [120, 260], [420, 270], [690, 260], [100, 440], [400, 450], [710, 440]];
      pos.forEach(([cx, cy], i) => {
        const id = 'p' + i;
        if (i % 2) H.node(graph, 'Ellipse', id, cx - 50, cy - 25, 100, 50, 'peer ' + i, { body: { fill: '#f0e8fa' } });
        else H.node(graph, 'Rectangle', id, cx - 50, cy - 25, 100, 50, 'peer ' + i, { body: { fill: '#e8f4fa' } });
      });
      const arrow = { type: 'path', d: 'M 10 -5 0 0 10 5 z' };
      const E = [[0, 1], [1, 2], [0, 3], [1, 4], [2, 5], [3, 4], [4, 5], [3, 6], [4, 7], [5, 8], [6, 7], [7, 8], [0, 4], [2, 4]];
      E.forEach(([s, t], i) => H.link(graph, 'b' + i, 'p' + s, 'p' + t, {
        router: { name: 'manhattan', args: { step: 10, padding: 15 } }, connector: { name: 'rounded' },
        attrs: { line: { sourceMarker: arrow, targetMarker: arrow, stroke: '#555' } },
      }));
      return { graph, paper };
    },
  },
  {
    name: 'containers-embedded-12',
    directed: true,
    notes: 'Containers: three large Rectangle groups (label at the top, light fill) with child elements embedded in them (parent.embed(child), fitEmbeds with padding 30); links run between children, across container borders. Group "backend" is also the target of a link of its own, so it is a graph node (centre of its box); the other two groups have no links and are not nodes. Children drawn after (on top of) their parents; normal router, straight links, default arrows.',
    build() {
      const { graph, paper } = H.setup({ width: 900, height: 560 });
      const group = (id, label, fill) => H.node(graph, 'Rectangle', id, 0, 0, 10, 10, label, {
        body: { fill, stroke: '#889', strokeDasharray: '6 3', rx: 8, ry: 8 }, label: { y: 14, textVerticalAnchor: 'top', fontWeight: 'bold' },
      });
      const ch = (t, id, cx, cy, label) => t === 'Circle' ? H.node(graph, 'Circle', id, cx - 24, cy - 24, 48, 48, label) : H.node(graph, 'Rectangle', id, cx - 45, cy - 20, 90, 40, label);
      const gf = group('frontend', 'frontend', '#f3f7ff');
      const gb = group('backend', 'backend', '#f7fff3');
      const gd = group('data', 'data', '#fff7f0');
      const kids = {
        frontend: [['Rectangle', 'ui', 110, 110, 'UI'], ['Rectangle', 'router', 110, 210, 'router'], ['Circle', 'store', 250, 250, 'store']],
        backend: [['Rectangle', 'api', 450, 110, 'API'], ['Rectangle', 'auth', 450, 220, 'auth'], ['Rectangle', 'jobs', 600, 165, 'jobs'], ['Circle', 'queue', 600, 270, 'queue']],
        data: [['Rectangle', 'sql', 300, 450, 'SQL'], ['Rectangle', 'blob', 480, 450, 'blob store'], ['Circle', 'idx', 640, 450, 'index']],
      };
      for (const [g, list] of Object.entries(kids)) {
        const parent = graph.getCell(g);
        for (const k of list) parent.embed(ch(...k));
        parent.fitEmbeds({ padding: 30 });
        parent.resize(parent.size().width, parent.size().height + 10); parent.translate(0, -10, { skipParentHandler: true });
      }
      H.node(graph, 'Ellipse', 'user', 40, 420, 90, 44, 'user');
      const E = [['ui', 'router'], ['ui', 'store'], ['router', 'api'], ['store', 'api'], ['api', 'auth'], ['api', 'jobs'], ['jobs', 'queue'],
        ['auth', 'sql'], ['jobs', 'blob'], ['queue', 'idx'], ['user', 'router'], ['user', 'backend'], ['api', 'sql']];
      E.forEach(([s, t], i) => H.link(graph, 'c' + i, s, t, { attrs: { line: { strokeWidth: 1.5 } } }));
      return { graph, paper, nodes: graph.getElements().map((e) => e.id).filter((id) => id !== 'frontend' && id !== 'data') };
    },
  },
  {
    name: 'scaled-paper-grid-11',
    directed: true,
    notes: 'Zoomed and panned paper: paper.scale(0.75) and paper.translate(60, 40), so <g class="joint-layers" transform="matrix(0.75,0,0,0.75,60,40)">; drawGrid mesh (gridSize 20) draws a grid pattern in <g class="joint-grid-layer">, and a paper background colour. Rectangle and diamond Polygon nodes, one Rectangle rotated 30 degrees (rotate(30,cx,cy) on its group), orthogonal router with rounded corners, link labels on three links.',
    build() {
      const { graph, paper } = H.setup({ width: 900, height: 600, paper: { gridSize: 20, drawGrid: { name: 'mesh', args: { color: '#e3e3e3' } }, background: { color: '#fbfbf8' } } });
      const pos = [[100, 100], [340, 100], [580, 100], [820, 100], [100, 320], [340, 320], [580, 320], [820, 320], [100, 540], [580, 540], [900, 540]];
      pos.forEach(([cx, cy], i) => {
        const id = 's' + i;
        if (i === 2 || i === 5 || i === 9) H.node(graph, 'Polygon', id, cx - 50, cy - 40, 100, 80, 'check ' + i, { body: { points: H.DIAMOND, fill: '#fff3c4' } });
        else H.node(graph, 'Rectangle', id, cx - 60, cy - 30, 120, 60, 'step ' + i, { body: { fill: '#dff0ff', rx: 3, ry: 3 } });
      });
      graph.getCell('s6').rotate(30);
      const E = [[0, 1], [1, 2], [2, 3, 'ok'], [2, 6, 'retry'], [0, 4], [4, 5], [5, 6, 'pass'], [6, 7], [3, 7], [4, 8], [8, 9], [6, 9], [9, 10], [7, 10]];
      E.forEach(([s, t, lab], i) => H.link(graph, 'g' + i, 's' + s, 's' + t, {
        router: { name: 'orthogonal' }, connector: { name: 'straight', args: { cornerType: 'cubic', cornerRadius: 10 } }, labels: lab ? [lab] : undefined,
      }));
      paper.scale(0.75, 0.75);
      paper.translate(60, 40);
      return { graph, paper };
    },
  },
  {
    name: 'erd-crowsfoot-7',
    directed: false,
    notes: 'Entity-relationship diagram: one standard.HeaderedRectangle per table (header rect with the table name, body text with one column per line as <tspan>s), relationships with crow\'s-foot and bar markers at both ends (stroked open paths, fill none), manhattan router, rounded connector. Undirected. Node label is the table name.',
    build() {
      const { graph, paper } = H.setup({ width: 980, height: 600 });
      const T = [['customer', 40, 40, ['id: int', 'name: text', 'email: text']], ['orders', 380, 40, ['id: int', 'customer_id: int', 'placed: date', 'status: text']],
        ['item', 720, 40, ['order_id: int', 'product_id: int', 'qty: int']], ['product', 720, 330, ['id: int', 'sku: text', 'price: money']],
        ['category', 380, 360, ['id: int', 'name: text']], ['address', 40, 330, ['id: int', 'customer_id: int', 'city: text', 'zip: text']],
        ['invoice', 380, 200, ['id: int', 'order_id: int']]];
      for (const [id, x, y, cols] of T) {
        H.node(graph, 'HeaderedRectangle', id, x, y, 180, 30 + 20 * cols.length + 10, undefined, {
          header: { height: 30, fill: '#2d6a4f', stroke: '#2d6a4f' }, headerText: { text: id, fill: '#fff', fontWeight: 'bold' },
          bodyText: { text: cols.join('\n'), fontSize: 12, fontFamily: 'monospace', y: 'calc(h/2+15)' }, body: { fill: '#f2faf5', stroke: '#2d6a4f' },
        });
      }
      const one = { type: 'path', d: 'M 8 -7 V 7 M 14 -7 V 7', fill: 'none', stroke: '#2d6a4f', 'stroke-width': 1.5 };
      const many = { type: 'path', d: 'M 0 -7 L 12 0 L 0 7 M 14 -7 V 7', fill: 'none', stroke: '#2d6a4f', 'stroke-width': 1.5 };
      const E = [['customer', 'orders'], ['orders', 'item'], ['product', 'item'], ['category', 'product'], ['customer', 'address'], ['orders', 'invoice']];
      E.forEach(([s, t], i) => H.link(graph, 'rel' + i, s, t, {
        router: { name: 'manhattan', args: { padding: 20 } }, connector: { name: 'rounded' },
        attrs: { line: { sourceMarker: one, targetMarker: many, stroke: '#2d6a4f', strokeWidth: 1.5 } },
      }));
      return { graph, paper, labels: Object.fromEntries(T.map(([id]) => [id, id])) };
    },
  },
  {
    name: 'uml-inheritance-bt-9',
    directed: true,
    notes: 'UML-like class hierarchy: standard.HeaderedRectangle classes (name in the header, members in the body), laid out by dagre rankDir BT so parents sit above; generalisation links with a hollow triangle target marker (fill white), realisation links dashed (strokeDasharray 5 3). Normal router through dagre vertices, straight connector. Edge direction child -> parent.',
    build() {
      const { graph, paper } = H.setup({ width: 900, height: 560 });
      const C = [['Shape', '+area()\n+draw()'], ['Drawable', '<<interface>>\n+draw()'], ['Circle', '-r: double'], ['Polygon', '-pts: Point[]'], ['Ellipse', '-rx, ry'],
        ['Triangle', '+isRight()'], ['Square', '-side'], ['Rect', '-w, h'], ['Label', '-text']];
      for (const [id, body] of C) {
        H.node(graph, 'HeaderedRectangle', id, 0, 0, 130, 70, undefined, {
          header: { height: 26, fill: '#fff2cc', stroke: '#7a6a2a' }, headerText: { text: id, fontWeight: 'bold', fontSize: 13, y: 13 },
          bodyText: { text: body, fontSize: 11, y: 'calc(h/2+13)' }, body: { fill: '#fffbea', stroke: '#7a6a2a' },
        });
      }
      const tri = { type: 'path', d: 'M 14 -8 0 0 14 8 z', fill: '#fff', stroke: '#333', 'stroke-width': 1.5 };
      const E = [['Circle', 'Shape'], ['Polygon', 'Shape'], ['Ellipse', 'Circle'], ['Triangle', 'Polygon'], ['Rect', 'Polygon'], ['Square', 'Rect'],
        ['Shape', 'Drawable', 1], ['Label', 'Drawable', 1]];
      E.forEach(([s, t, dashed], i) => H.link(graph, 'u' + i, s, t, {
        attrs: { line: { targetMarker: tri, strokeWidth: 1.5, strokeDasharray: dashed ? '5 3' : null } },
      }));
      joint.layout.DirectedGraph.layout(graph, { rankDir: 'BT', nodeSep: 40, rankSep: 70, setVertices: true, marginX: 30, marginY: 30 });
      return { graph, paper, labels: Object.fromEntries(C.map(([id]) => [id, id])) };
    },
  },
  {
    name: 'textblock-mindmap-curve-11',
    directed: false,
    notes: 'Mind map: a central standard.Ellipse and standard.TextBlock topics (a rect plus HTML text in a <foreignObject> with an XHTML <div>), curve connector (cubic Beziers leaving and entering along the element direction), no markers. Undirected.',
    build() {
      const { graph, paper } = H.setup({ width: 900, height: 620 });
      H.node(graph, 'Ellipse', 'root', 370, 275, 160, 70, 'Project', { body: { fill: '#ffe599' }, label: { fontSize: 18 } });
      const topics = [['plan', 'Planning', 150, 120], ['design', 'Design', 720, 110], ['build', 'Build', 760, 330], ['test', 'Testing', 640, 520],
        ['ship', 'Release', 220, 520], ['people', 'People', 110, 320]];
      const subs = [['budget', 'Budget and costs', 'plan', 60, 30], ['ux', 'UX sketches', 'design', 790, 30], ['ci', 'CI pipeline', 'build', 800, 450],
        ['docs', 'Write the docs', 'ship', 60, 440]];
      for (const [id, text, x, y] of topics) H.node(graph, 'TextBlock', id, x - 60, y - 25, 120, 50, undefined, { label: { text }, body: { rx: 10, ry: 10, fill: '#eaf1fb' } });
      for (const [id, text, , x, y] of subs) H.node(graph, 'TextBlock', id, x - 50, y - 22, 100, 44, undefined, { label: { text, style: { fontSize: 12 } }, body: { fill: '#fff' } });
      const E = topics.map(([id]) => ['root', id]).concat(subs.map(([id, , p]) => [p, id]));
      E.forEach(([s, t], i) => H.link(graph, 'mm' + i, s, t, {
        connector: { name: 'curve' }, attrs: { line: { targetMarker: null, stroke: '#7f8c9d', strokeWidth: 2 } },
      }));
      const labels = Object.fromEntries([['root', 'Project']].concat(topics.map(([id, t]) => [id, t]), subs.map(([id, t]) => [id, t])));
      return { graph, paper, labels };
    },
  },
  {
    name: 'parallel-links-multigraph-6',
    directed: true,
    notes: 'Directed multigraph: bundles of parallel links between the same two elements, spread by one perpendicular vertex each (the "adjust vertices" recipe from the JointJS tutorials), reciprocal links, two self-loops (same source and target, two vertices), smooth connector. Some links are standard.DoubleLink (a 6 px black outline path under a 4 px grey line, arrow marker on the line only). Circle and Rectangle nodes.',
    build() {
      const { graph, paper } = H.setup({ width: 760, height: 520 });
      const P = { a: [130, 130], b: [560, 110], c: [620, 380], d: [160, 400], e: [380, 250], f: [380, 460] };
      Object.entries(P).forEach(([id, [cx, cy]], i) => {
        if (i % 2) H.node(graph, 'Rectangle', id, cx - 35, cy - 22, 70, 44, id.toUpperCase());
        else H.node(graph, 'Circle', id, cx - 26, cy - 26, 52, 52, id.toUpperCase());
      });
      const E = [['a', 'b'], ['a', 'b'], ['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'b'], ['c', 'd'], ['c', 'd'], ['d', 'a'], ['e', 'a'], ['e', 'b'],
        ['e', 'c'], ['e', 'd'], ['d', 'e'], ['f', 'd'], ['c', 'f'], ['c', 'f'], ['e', 'e'], ['f', 'f']];
      const seen = {};
      E.forEach(([s, t], i) => {
        let vertices;
        if (s === t) {
          const [cx, cy] = P[s];
          vertices = s === 'e' ? [{ x: cx + 30, y: cy - 70 }, { x: cx + 75, y: cy - 30 }] : [{ x: cx + 50, y: cy + 55 }, { x: cx + 80, y: cy + 10 }];
        } else {
          const key = [s, t].sort().join('-');
          const k = seen[key] = (seen[key] || 0) + 1;
          const n = E.filter(([x, y]) => [x, y].sort().join('-') === key).length;
          if (n > 1) {
            const [x1, y1] = P[s < t ? s : t], [x2, y2] = P[s < t ? t : s];
            const mx = (x1 + x2) / 2, my = (y1 + y2) / 2, len = Math.hypot(x2 - x1, y2 - y1);
            const off = (k - (n + 1) / 2) * 36;
            vertices = [{ x: mx - (y2 - y1) / len * off, y: my + (x2 - x1) / len * off }];
          }
        }
        H.link(graph, 'x' + i, s, t, { type: i % 3 === 1 ? 'DoubleLink' : undefined, vertices, connector: { name: 'smooth' } });
      });
      return { graph, paper };
    },
  },
  {
    name: 'dagre-lr-dag-36',
    directed: true,
    notes: 'Build pipeline DAG (seeded random, 36 nodes, ~50 edges) laid out by dagre rankDir LR with setVertices: long links bend through dagre\'s dummy-node points; connector straight with cornerType point; default standard.Link arrows; Rectangle nodes with rx 4, names as labels.',
    build() {
      const { graph, paper } = H.setup({ width: 1300, height: 900 });
      const n = 36, ranks = [];
      for (let i = 0; i < n; i++) {
        ranks.push(Math.floor(i / 5));
        H.node(graph, 'Rectangle', 't' + i, 0, 0, 70, 30, 'job' + i, { body: { rx: 4, ry: 4, fill: i % 5 ? '#eef' : '#efe' }, label: { fontSize: 12 } });
      }
      const E = new Set();
      for (let i = 5; i < n; i++) {
        const k = 1 + Math.floor(H.rnd() * 2);
        for (let j = 0; j < k; j++) {
          const lo = Math.max(0, (ranks[i] - 2) * 5), hi = ranks[i] * 5;
          E.add((lo + Math.floor(H.rnd() * (hi - lo))) + '>' + i);
        }
      }
      [...E].forEach((e, i) => { const [s, t] = e.split('>'); H.link(graph, 'l' + i, 't' + s, 't' + t, { connector: { name: 'straight', args: { cornerType: 'point' } } }); });
      joint.layout.DirectedGraph.layout(graph, { rankDir: 'LR', nodeSep: 30, edgeSep: 20, rankSep: 90, setVertices: true, marginX: 20, marginY: 20 });
      return { graph, paper };
    },
  },
];

// ---------------------------------------------------------------- page-side: truth + checks
// Runs after build(); returns the SVG and the truth.
function collect(spec) {
  const { graph, paper, nodes, labels, orient } = window.__res;
  const svg = paper.svg;
  const m = paper.matrix();
  const layers = svg.querySelector('g.joint-layers');
  const tm = layers.transform.baseVal.consolidate();
  const lm = tm ? tm.matrix : { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const problems = [];
  for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) if (Math.abs(lm[k] - m[k]) > 1e-9) problems.push(`layers transform ${k} ${lm[k]} != ${m[k]}`);
  const rootInv = svg.getScreenCTM().inverse();
  const ids = nodes || graph.getElements().map((e) => e.id);
  const out = [];
  for (const id of ids) {
    const el = graph.getCell(id);
    const c = el.getBBox().center();
    const x = m.a * c.x + m.c * c.y + m.e, y = m.b * c.x + m.d * c.y + m.f;
    // check against the drawn body
    const view = paper.findViewByModel(el);
    const body = view.findNode('body');
    const bb = body.getBBox();
    const ctm = rootInv.multiply(body.getScreenCTM());
    const pts = [[bb.x, bb.y], [bb.x + bb.width, bb.y], [bb.x, bb.y + bb.height], [bb.x + bb.width, bb.y + bb.height]]
      .map(([px, py]) => [ctm.a * px + ctm.c * py + ctm.e, ctm.b * px + ctm.d * py + ctm.f]);
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const dx = (Math.min(...xs) + Math.max(...xs)) / 2 - x, dy = (Math.min(...ys) + Math.max(...ys)) / 2 - y;
    if (Math.hypot(dx, dy) > 1e-3) problems.push(`node ${id}: drawn body centre off by ${dx},${dy}`);
    let label = labels && id in labels ? labels[id] : el.attr('label/text');
    const nd = { id: String(id), x, y };
    if (label) nd.label = String(label).replace(/\s*\n\s*/g, ' ');
    out.push(nd);
  }
  const idset = new Set(ids.map(String));
  const edges = [];
  for (const l of graph.getLinks()) {
    const s = l.source().id, t = l.target().id;
    if (!idset.has(String(s)) || !idset.has(String(t))) problems.push(`link ${l.id} end not a node`);
    edges.push(orient === 'ts' ? [String(t), String(s)] : [String(s), String(t)]);
  }
  return { svg: new XMLSerializer().serializeToString(svg), nodes: out, edges, problems, version: joint.version };
}

// ---------------------------------------------------------------- run
const r6 = (v) => Math.round(v * 1e6) / 1e6;
const PAGE_URL = 'http://localhost/jointjs/index.html';

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
    ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="paper"></div></body></html>' })
    : route.abort()));
  let bad = 0;
  for (const d of drawings) {
    if (only && !d.name.includes(only)) continue;
    await page.goto(PAGE_URL);
    for (const s of SCRIPTS) await page.addScriptTag({ path: s });
    await page.addScriptTag({ content: PAGE_HELPERS });
    await page.addScriptTag({ content: `window.__res = (function ${d.build.toString().replace(/^build/, '')})(); window.__res.orient = ${JSON.stringify(d.orient || 'st')};` });
    const res = await page.evaluate(collect, {});
    if (res.problems.length) { bad++; console.error(d.name, res.problems); }
    const truth = {
      generator: `JointJS ${res.version} (${VERSIONS}), Chromium ${chromeVersion}, XMLSerializer`,
      directed: d.directed,
      nodes: res.nodes.map((n) => ({ id: n.id, x: r6(n.x), y: r6(n.y), ...(n.label ? { label: n.label } : {}) })),
      edges: res.edges,
      notes: d.notes,
    };
    fs.writeFileSync(path.join(HERE, d.name + '.svg'), res.svg + '\n');
    fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), JSON.stringify(truth, null, 1) + '\n');
    console.log(`${d.name}: ${truth.nodes.length} nodes, ${truth.edges.length} edges`);
  }
  await browser.close();
  if (bad) process.exit(1);
}
main();
