// Regenerates every NAME.svg + NAME.truth.json of this folder.
//
// GoJS (npm `gojs`, Northwoods' commercial diagramming library, unlicensed
// evaluation build) draws each diagram in a go.Diagram in headless Chromium
// (playwright-core driving Debian's /usr/bin/chromium), laid out by GoJS's
// own layouts or at given locations, and exports it with diagram.makeSvg()
// (the documented SVG export), serialised with XMLSerializer.
//
// Truth: each node's actualBounds centre in document coordinates, mapped
// into the SVG's root user space by the viewport of the export:
// (p - documentBounds.position + padding) * scale.  The generator checks
// each truth centre against the centre of the SVG element makeSvg drew for
// the node's main element (found through makeSvg's elementFinished hook,
// measured with getBBox/getCTM with the SVG put in the page), to 1e-3 units.
// Edges: the model's links (from / to keys).
//
// Usage (see README.md):  node generate.mjs [NAME-SUBSTRING]
//   node_modules in $GOJS_WORK (default /tmp/gojs-work)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = process.env.GOJS_WORK || '/tmp/gojs-work';
const require = createRequire(path.join(WORK, 'package.json'));
const { chromium } = require('playwright-core');
const NM = path.join(WORK, 'node_modules');
const GOJS = path.join(NM, 'gojs/release/go.js');
const GOVERSION = JSON.parse(fs.readFileSync(path.join(NM, 'gojs/package.json'), 'utf8')).version;

// ---------------------------------------------------------------- page-side helpers
const PAGE_HELPERS = `
window.H = (function () {
  let seed = 4242;
  const rnd = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  Math.random = rnd;
  function diagram(opt) {
    const el = document.getElementById('diagram');
    el.style.width = (opt && opt.width || 1200) + 'px'; el.style.height = (opt && opt.height || 900) + 'px';
    const d = new go.Diagram(el, Object.assign({ 'animationManager.isEnabled': false, 'undoManager.isEnabled': false }, opt && opt.diagram || {}));
    return d;
  }
  // the GoJS samples' usual node: an Auto panel, a shape and a TextBlock
  function autoNode(figure, extra) {
    return new go.Node('Auto', Object.assign({ locationSpot: go.Spot.Center }, extra || {}))
      .bindTwoWay('location', 'loc', go.Point.parse, go.Point.stringify)
      .add(new go.Shape(figure || 'RoundedRectangle', { name: 'SHAPE', fill: 'white', stroke: '#333', strokeWidth: 1.5, portId: '' })
        .bind('figure', 'fig').bind('fill', 'color'),
        new go.TextBlock({ margin: 8, font: '13px sans-serif', stroke: '#222' }).bind('text'));
  }
  function plainLink(extra, arrow) {
    const l = new go.Link(extra || {}).add(new go.Shape({ stroke: '#555', strokeWidth: 1.5 }));
    if (arrow !== null) l.add(new go.Shape({ toArrow: arrow || 'Standard', fill: '#555', stroke: '#555' }));
    return l;
  }
  return { rnd, diagram, autoNode, plainLink };
})();
`;

// ---------------------------------------------------------------- drawings
// build() runs in the page and returns { diagram, svgOpts?, labels?, orient?, nodes? }
const drawings = [
  {
    name: 'flowchart-layered-13',
    directed: true,
    notes: 'Flowchart as in the GoJS "Flowchart" sample: Auto nodes of figure Capsule (start/end), RoundedRectangle steps, Diamond decisions, a Rectangle input, a Circle archive; LayeredDigraphLayout (direction 90, layerSpacing 40); orthogonal links (routing AvoidsNodes, corner 5) with Standard arrowheads and "Yes"/"No" link labels on a white rounded panel; a back edge.',
    build() {
      const diagram = H.diagram({ diagram: { layout: new go.LayeredDigraphLayout({ direction: 90, layerSpacing: 40, columnSpacing: 30, setsPortSpots: false }) } });
      diagram.nodeTemplate = H.autoNode();
      diagram.linkTemplate = new go.Link({ routing: go.Routing.AvoidsNodes, corner: 5, toShortLength: 4 })
        .add(new go.Shape({ stroke: 'gray', strokeWidth: 2 }), new go.Shape({ toArrow: 'Standard', stroke: null, fill: 'gray' }),
          new go.Panel('Auto', { visible: false }).bind('visible', 'text', (t) => !!t)
            .add(new go.Shape('RoundedRectangle', { fill: '#F8F8F8', stroke: null }), new go.TextBlock({ margin: 2, font: '10pt sans-serif' }).bind('text')));
      const N = [['start', 'Start', 'Capsule', '#79C900'], ['in', 'Read order', 'Rectangle', '#ffe08a'], ['val', 'Validate', 'RoundedRectangle', '#e8eefc'],
        ['ok', 'Valid?', 'Diamond', '#fff2cc'], ['ask', 'Ask customer', 'RoundedRectangle', '#fde2c8'], ['stock', 'In stock?', 'Diamond', '#fff2cc'],
        ['res', 'Reserve items', 'RoundedRectangle', '#e8eefc'], ['back', 'Back-order', 'RoundedRectangle', '#e8eefc'], ['pay', 'Charge card', 'RoundedRectangle', '#e8eefc'],
        ['ship', 'Ship', 'RoundedRectangle', '#e8eefc'], ['mail', 'Send e-mail', 'RoundedRectangle', '#e8eefc'], ['arch', 'Archive', 'Circle', '#ddd'],
        ['end', 'End', 'Capsule', '#DC3C00']];
      const L = [['start', 'in'], ['in', 'val'], ['val', 'ok'], ['ok', 'stock', 'Yes'], ['ok', 'ask', 'No'], ['ask', 'val'], ['stock', 'res', 'Yes'],
        ['stock', 'back', 'No'], ['back', 'mail'], ['res', 'pay'], ['pay', 'ship'], ['ship', 'mail'], ['mail', 'arch'], ['arch', 'end']];
      diagram.model = new go.GraphLinksModel(N.map(([key, text, fig, color]) => ({ key, text, fig, color })),
        L.map(([from, to, text]) => ({ from, to, text: text || '' })));
      return { diagram };
    },
  },
  {
    name: 'org-chart-tree-18',
    directed: false,
    notes: 'Org chart as in the GoJS "Org Chart Static" sample: TreeLayout (angle 90, layerSpacing 35, arrangement horizontal), each person a Spot/Auto node with a rounded rectangle and two TextBlocks (name bold, title), orthogonal links with corner 5 and no arrowheads: undirected.',
    build() {
      const diagram = H.diagram({ diagram: { layout: new go.TreeLayout({ angle: 90, layerSpacing: 35, nodeSpacing: 12 }) } });
      diagram.nodeTemplate = new go.Node('Auto')
        .add(new go.Shape('RoundedRectangle', { name: 'SHAPE', fill: '#90CAF9', stroke: '#1565C0', strokeWidth: 1, parameter1: 6 }).bind('fill', 'color'),
          new go.Panel('Table', { margin: 6 })
            .add(new go.TextBlock({ row: 0, font: 'bold 12px sans-serif', stroke: '#0d1b2a' }).bind('text', 'name'),
              new go.TextBlock({ row: 1, font: '11px sans-serif', stroke: '#333' }).bind('text', 'title')));
      diagram.linkTemplate = new go.Link({ routing: go.Routing.Orthogonal, corner: 5 }).add(new go.Shape({ strokeWidth: 1.5, stroke: '#555' }));
      const P = [[1, 'Stella Payne Diaz', 'CEO', null], [2, 'Luke Warm', 'VP Marketing', 1], [3, 'Meg Meehan Hoffa', 'Sales', 2], [4, 'Peggy Flaming', 'VP Engineering', 1],
        [5, 'Saul Wellingood', 'Manufacturing', 4], [6, 'Al Ligori', 'Marketing', 2], [7, 'Dot Stubadd', 'Sales Rep', 3], [8, 'Les Ismore', 'Project Mgr', 5],
        [9, 'April Lynn Parris', 'Events Mgr', 6], [10, 'Xavier Breath', 'Engineering', 4], [11, 'Anita Hammer', 'Process', 5], [12, 'Billy Aiken', 'Software', 10],
        [13, 'Stan Wellback', 'Testing', 10], [14, 'Marge Innovera', 'Hardware', 10], [15, 'Evan Elpus', 'Quality', 5], [16, 'Lotta B. Essen', 'Sales Rep', 3],
        [17, 'Joaquin Closet', 'Support', 1], [18, 'Hannah Twomey', 'Help desk', 17]];
      const colors = ['#90CAF9', '#A5D6A7', '#FFCC80', '#CE93D8'];
      diagram.model = new go.TreeModel(P.map(([key, name, title, parent]) => ({ key, name, title, parent: parent == null ? undefined : parent, color: colors[key % 4] })));
      return { diagram, labels: Object.fromEntries(P.map(([k, n, t]) => [String(k), n + ' ' + t])) };
    },
  },
  {
    name: 'state-chart-curved-8',
    directed: true,
    notes: 'State chart as in the GoJS "State Chart" sample: rounded-rectangle states at given locations, Bezier links (curve Bezier, adjusting Stretch, reshapable) with curviness set on reciprocal pairs, Standard arrowheads, link labels on a radial-gradient panel; two self-loops (fromSpot/toSpot set, curviness 40) and a start state as a filled circle.',
    build() {
      const diagram = H.diagram();
      diagram.nodeTemplate = new go.Node('Auto', { locationSpot: go.Spot.Center })
        .bind('location', 'loc', go.Point.parse)
        .add(new go.Shape('RoundedRectangle', { name: 'SHAPE', parameter1: 20, fill: new go.Brush('Linear', { 0: 'rgb(254, 201, 0)', 1: 'rgb(254, 162, 0)' }), stroke: null, portId: '',
          fromLinkableSelfNode: true, toLinkableSelfNode: true }).bind('figure', 'fig').bind('fill', 'color'),
          new go.TextBlock({ font: 'bold 11pt helvetica, arial, sans-serif', margin: 8, stroke: '#333' }).bind('text'));
      diagram.linkTemplate = new go.Link({ curve: go.Curve.Bezier, adjusting: go.LinkAdjusting.Stretch, reshapable: true, toShortLength: 3 })
        .bind('curviness').bind('fromSpot', 'fs', go.Spot.parse).bind('toSpot', 'ts', go.Spot.parse)
        .add(new go.Shape({ strokeWidth: 1.5 }), new go.Shape({ toArrow: 'Standard', stroke: null }),
          new go.Panel('Auto').add(new go.Shape({ fill: new go.Brush('Radial', { 0: 'rgb(245, 245, 245)', 0.7: 'rgb(245, 245, 245)', 1: 'rgba(245, 245, 245, 0)' }), stroke: null }),
            new go.TextBlock({ textAlign: 'center', font: '9pt helvetica, arial, sans-serif', margin: 4 }).bind('text')));
      const N = [['init', '', '40 220', 'Circle', '#333'], ['idle', 'Idle', '160 220'], ['run', 'Running', '380 90'], ['pause', 'Paused', '380 350'],
        ['done', 'Done', '640 90', null, '#9ccc65'], ['err', 'Error', '640 350', null, '#ef9a9a'], ['retry', 'Retry', '760 220']];
      const L = [['init', 'idle', ''], ['idle', 'run', 'start'], ['run', 'idle', 'stop', 20], ['run', 'pause', 'pause', 20], ['pause', 'run', 'resume', 20],
        ['run', 'done', 'finish'], ['pause', 'err', 'fail'], ['err', 'retry', 'retry'], ['retry', 'run', 'go', -30], ['done', 'idle', 'reset', -60],
        ['run', 'run', 'tick', 40, 'Top', 'TopRight'], ['err', 'err', 'log', 40, 'Bottom', 'BottomRight']];
      diagram.model = new go.GraphLinksModel(N.map(([key, text, loc, fig, color]) => Object.assign({ key, text, loc }, fig ? { fig } : {}, color ? { color } : {})),
        L.map(([from, to, text, curviness, fs, ts]) => Object.assign({ from, to, text }, curviness != null ? { curviness } : {}, fs ? { fs, ts } : {})));
      const init = diagram.findNodeForKey('init'); init.findObject('SHAPE').desiredSize = new go.Size(18, 18);
      return { diagram, svgOpts: { background: 'white' } };
    },
  },
  {
    name: 'force-directed-30',
    directed: false,
    notes: 'ForceDirectedLayout (defaultSpringLength 60, randomNumberGenerator seeded) of a 30-node graph: Circle nodes (30x30, fill by group) with a number inside, straight links without arrowheads: undirected.',
    build() {
      const diagram = H.diagram({ diagram: { layout: new go.ForceDirectedLayout({ defaultSpringLength: 60, defaultElectricalCharge: 150, maxIterations: 300,
        randomNumberGenerator: { random: H.rnd } }) } });
      diagram.nodeTemplate = new go.Node('Spot', { locationSpot: go.Spot.Center })
        .add(new go.Shape('Circle', { name: 'SHAPE', width: 30, height: 30, stroke: '#444', strokeWidth: 1 }).bind('fill', 'color'),
          new go.TextBlock({ font: '10px sans-serif' }).bind('text', 'key'));
      diagram.linkTemplate = new go.Link().add(new go.Shape({ stroke: '#888', strokeWidth: 1 }));
      const cols = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3'];
      const nodes = []; for (let i = 0; i < 30; i++) nodes.push({ key: i, color: cols[Math.floor(i / 6)] });
      const links = [];
      for (let g = 0; g < 5; g++) for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) if (H.rnd() < 0.45) links.push({ from: g * 6 + i, to: g * 6 + j });
      for (let g = 0; g < 5; g++) links.push({ from: g * 6, to: ((g + 1) % 5) * 6 + 1 });
      diagram.model = new go.GraphLinksModel(nodes, links);
      return { diagram };
    },
  },
  {
    name: 'circular-layout-18',
    directed: true,
    notes: 'CircularLayout (arrangement ConstantSpacing, spacing 20, sorting Forwards) of 18 Ellipse nodes with short labels; straight links with Standard arrowheads (toShortLength); two reciprocal pairs drawn as two straight links on top of each other, heads at opposite ends.',
    build() {
      const diagram = H.diagram({ diagram: { layout: new go.CircularLayout({ spacing: 20, arrangement: go.CircularArrangement.ConstantSpacing, sorting: go.CircularSorting.Forwards }) } });
      diagram.nodeTemplate = H.autoNode('Ellipse');
      diagram.linkTemplate = new go.Link({ toShortLength: 2 }).add(new go.Shape({ stroke: '#555' }), new go.Shape({ toArrow: 'Standard', fill: '#555', stroke: null }));
      const nodes = []; for (let i = 0; i < 18; i++) nodes.push({ key: 'n' + i, text: 'n' + i, color: i % 3 ? '#e3f2fd' : '#fff3e0' });
      const links = [];
      for (let i = 0; i < 18; i++) links.push({ from: 'n' + i, to: 'n' + ((i + 1) % 18) });
      for (const [a, b] of [[0, 9], [3, 12], [5, 14], [14, 5], [7, 1], [16, 10], [2, 1]]) links.push({ from: 'n' + a, to: 'n' + b });
      diagram.model = new go.GraphLinksModel(nodes, links);
      return { diagram };
    },
  },
  {
    name: 'arrowheads-zoo-16',
    directed: true,
    notes: 'Sixteen toArrow kinds as in the GoJS "Arrowheads" sample, one link each, nodes at given locations in two columns: Standard, Triangle, OpenTriangle, Boomerang, SidewaysV, Circle, Diamond, StretchedDiamond, Block, Kite, Feather (tail-like), Fork, LineFork, CircleFork, NormalArrow, Chevron; filled arrowheads black, open ones stroked; scale 1 export.',
    build() {
      const diagram = H.diagram();
      diagram.nodeTemplate = H.autoNode('Rectangle');
      diagram.linkTemplate = new go.Link().add(new go.Shape({ strokeWidth: 1.5 }),
        new go.Shape({ scale: 1.5, fill: 'black' }).bind('toArrow', 'arrow').bind('fill', 'arrow', (a) => /Open|Sideways|Fork|Feather|Chevron/.test(a) ? null : 'black'));
      const kinds = ['Standard', 'Triangle', 'OpenTriangle', 'Boomerang', 'SidewaysV', 'Circle', 'Diamond', 'StretchedDiamond', 'Block', 'Kite', 'Feather', 'Fork',
        'LineFork', 'CircleFork', 'NormalArrow', 'Chevron'];
      const nodes = [], links = [];
      kinds.forEach((k, i) => {
        const col = Math.floor(i / 8), row = i % 8;
        nodes.push({ key: 's' + i, text: 'src ' + i, loc: (40 + col * 480) + ' ' + (30 + row * 70), color: '#e0f7fa' });
        nodes.push({ key: 't' + i, text: k, loc: (300 + col * 480) + ' ' + (30 + row * 70 + (row % 3 - 1) * 15), color: '#fffde7' });
        links.push({ from: 's' + i, to: 't' + i, arrow: k });
      });
      diagram.model = new go.GraphLinksModel(nodes, links);
      return { diagram };
    },
  },
  {
    name: 'from-arrows-reversed-9',
    directed: true,
    notes: 'Links drawn with an arrowhead at the "from" end only (fromArrow Backward, BackwardTriangle, BackwardOpenTriangle), no toArrow: the head is at the model source, so the truth lists each edge as drawn, [to, from]. Ellipse nodes at given locations, JumpOver curve on straight links.',
    orient: 'ts',
    build() {
      const diagram = H.diagram();
      diagram.nodeTemplate = H.autoNode('Ellipse');
      diagram.linkTemplate = new go.Link({ curve: go.Curve.JumpOver, fromShortLength: 3 }).add(new go.Shape({ strokeWidth: 1.5, stroke: '#333' }),
        new go.Shape({ fill: '#333', stroke: '#333' }).bind('fromArrow', 'arrow').bind('fill', 'arrow', (a) => /Open/.test(a) ? null : '#333'));
      const pos = [[60, 60], [260, 40], [460, 70], [660, 50], [90, 280], [290, 300], [480, 260], [680, 290], [380, 170]];
      const nodes = pos.map(([x, y], i) => ({ key: 'N' + i, text: 'N' + i, loc: x + ' ' + y, color: i % 2 ? '#e1d5e7' : '#d5e8d4' }));
      const kinds = ['Backward', 'BackwardTriangle', 'BackwardOpenTriangle'];
      const E = [[1, 0], [2, 1], [3, 2], [4, 0], [5, 4], [6, 5], [7, 6], [8, 1], [8, 6], [8, 5], [7, 3], [4, 2]];
      diagram.model = new go.GraphLinksModel(nodes, E.map(([s, t], i) => ({ from: 'N' + s, to: 'N' + t, arrow: kinds[i % 3] })));
      return { diagram };
    },
  },
  {
    name: 'groups-layered-14',
    directed: true,
    notes: 'Groups as in the GoJS "Regrouping"/"Basic" samples: three Groups (Auto panel, a Rectangle with a title above a Placeholder, each group laid out by its own TreeLayout), diagram layered by LayeredDigraphLayout (direction 0); links between members across groups and one link to a group itself (that group is a node, at its actualBounds centre); Standard arrowheads; groups without links are frames, not nodes.',
    build() {
      const diagram = H.diagram({ diagram: { layout: new go.LayeredDigraphLayout({ direction: 0, layerSpacing: 50, columnSpacing: 20 }) } });
      diagram.nodeTemplate = H.autoNode('RoundedRectangle');
      diagram.groupTemplate = new go.Group('Vertical', { layout: new go.TreeLayout({ angle: 90, layerSpacing: 25, nodeSpacing: 15 }) })
        .add(new go.TextBlock({ font: 'bold 12pt sans-serif', alignment: go.Spot.Left }).bind('text'),
          new go.Panel('Auto').add(new go.Shape('Rectangle', { name: 'SHAPE', fill: 'rgba(128,128,200,0.12)', stroke: '#6a6aa8', strokeWidth: 2, portId: '' }).bind('fill', 'color'),
            new go.Placeholder({ padding: 12 })));
      diagram.linkTemplate = H.plainLink({ routing: go.Routing.Normal, toShortLength: 3 });
      const nodes = [
        { key: 'G1', text: 'Frontend', isGroup: true }, { key: 'G2', text: 'Services', isGroup: true, color: 'rgba(200,160,80,0.15)' },
        { key: 'G3', text: 'Storage', isGroup: true, color: 'rgba(80,180,120,0.15)' },
        { key: 'ui', text: 'Web UI', group: 'G1', color: '#e3f2fd' }, { key: 'app', text: 'Mobile app', group: 'G1', color: '#e3f2fd' }, { key: 'cli', text: 'CLI', group: 'G1', color: '#e3f2fd' },
        { key: 'gw', text: 'Gateway', group: 'G2', color: '#fff3e0' }, { key: 'auth', text: 'Auth', group: 'G2', color: '#fff3e0' }, { key: 'ord', text: 'Orders', group: 'G2', color: '#fff3e0' },
        { key: 'bill', text: 'Billing', group: 'G2', color: '#fff3e0' }, { key: 'pg', text: 'Postgres', group: 'G3', color: '#e8f5e9' }, { key: 'redis', text: 'Redis', group: 'G3', color: '#e8f5e9' },
        { key: 's3', text: 'Blob store', group: 'G3', color: '#e8f5e9' }, { key: 'mon', text: 'Monitoring', color: '#eeeeee' }, { key: 'ops', text: 'On-call', color: '#eeeeee' },
      ];
      const links = [['ui', 'gw'], ['app', 'gw'], ['cli', 'gw'], ['gw', 'auth'], ['gw', 'ord'], ['ord', 'bill'], ['auth', 'redis'], ['ord', 'pg'], ['bill', 'pg'],
        ['bill', 's3'], ['mon', 'G2'], ['mon', 'ops']].map(([from, to]) => ({ from, to }));
      diagram.model = new go.GraphLinksModel(nodes, links);
      return { diagram, nodes: ['ui', 'app', 'cli', 'gw', 'auth', 'ord', 'bill', 'pg', 'redis', 's3', 'mon', 'ops', 'G2'], labels: { G2: 'Services' } };
    },
  },
  {
    name: 'mindmap-tree-bezier-15',
    directed: false,
    notes: 'Mind map like the GoJS "Mind Map" sample: a root and two TreeLayouts (angle 0 and 180 via a DoubleTreeLayout-like split done by hand: two TreeLayout passes on the two halves, then shifted), nodes are text on an underline (Auto panel, no border) or rounded boxes; Bezier links (curve Bezier, fromSpot/toSpot sides), no arrowheads: undirected.',
    build() {
      const diagram = H.diagram();
      diagram.nodeTemplate = new go.Node('Auto', { locationSpot: go.Spot.Center }).bind('location', 'loc', go.Point.parse)
        .add(new go.Shape('RoundedRectangle', { name: 'SHAPE', strokeWidth: 2, parameter1: 8 }).bind('stroke', 'brush').bind('fill', 'fill'),
          new go.TextBlock({ margin: 6, font: '12px sans-serif' }).bind('text').bind('font', 'font'));
      diagram.linkTemplate = new go.Link({ curve: go.Curve.Bezier, fromShortLength: -2, toShortLength: -2, selectable: false })
        .bind('fromSpot', 'fs', go.Spot.parse).bind('toSpot', 'ts', go.Spot.parse)
        .add(new go.Shape({ strokeWidth: 3 }).bind('stroke', 'brush'));
      const T = { key: 0, text: 'Project', font: 'bold 16px sans-serif', fill: '#fffde7', brush: '#555' };
      const R = [['Goals', 'skyblue', ['Speed', 'Safety', 'Cost']], ['People', 'darkseagreen', ['Devs', 'QA']], ['Risks', 'coral', ['Budget', 'Scope', 'Vendors']],
        ['Plan', 'palevioletred', ['Q1', 'Q2']]];
      const nodes = [Object.assign({ loc: '0 0' }, T)]; const links = [];
      let k = 1;
      R.forEach(([name, col, kids], i) => {
        const side = i % 2 ? -1 : 1; const row = Math.floor(i / 2);
        const y0 = (row - 0.5) * 170;
        const pk = k++;
        nodes.push({ key: pk, text: name, brush: col, fill: 'white', loc: (side * 170) + ' ' + y0 });
        links.push({ from: 0, to: pk, brush: col, fs: side > 0 ? 'Right' : 'Left', ts: side > 0 ? 'Left' : 'Right' });
        kids.forEach((kid, j) => {
          const ck = k++;
          nodes.push({ key: ck, text: kid, brush: col, fill: 'white', loc: (side * 320) + ' ' + (y0 + (j - (kids.length - 1) / 2) * 45) });
          links.push({ from: pk, to: ck, brush: col, fs: side > 0 ? 'Right' : 'Left', ts: side > 0 ? 'Left' : 'Right' });
        });
      });
      diagram.model = new go.GraphLinksModel(nodes, links);
      return { diagram };
    },
  },
  {
    name: 'layered-dag-figures-32',
    directed: true,
    notes: '32-node seeded random DAG, LayeredDigraphLayout (direction 90, default options), nodes of mixed core figures (Rectangle, Ellipse, Triangle, Capsule, Diamond, TriangleDown, RoundedRectangle; 56x40) and colours, one isolated node; default link routing (the layout sets port spots: links leave bottoms and enter tops) with Triangle arrowheads; exported at scale 0.8 with a light background.',
    build() {
      const diagram = H.diagram({ diagram: { layout: new go.LayeredDigraphLayout({ direction: 90, layerSpacing: 35, columnSpacing: 15 }) } });
      diagram.nodeTemplate = new go.Node('Auto', { locationSpot: go.Spot.Center })
        .add(new go.Shape({ name: 'SHAPE', strokeWidth: 1, stroke: '#333', width: 56, height: 40 }).bind('figure', 'fig').bind('fill', 'color'),
          new go.TextBlock({ font: '10px sans-serif' }).bind('text'));
      diagram.linkTemplate = new go.Link().add(new go.Shape({ stroke: '#444' }), new go.Shape({ toArrow: 'Triangle', fill: '#444', stroke: null }));
      const figs = ['Rectangle', 'Ellipse', 'Triangle', 'Capsule', 'Diamond', 'TriangleDown', 'RoundedRectangle'];
      const cols = ['#fbb4ae', '#b3cde3', '#ccebc5', '#decbe4', '#fed9a6', '#ffffcc', '#e5d8bd'];
      const nodes = []; for (let i = 0; i < 32; i++) nodes.push({ key: 'k' + i, text: 'k' + i, fig: figs[i % 7], color: cols[(i * 3) % 7] });
      const links = [];
      for (let i = 1; i < 31; i++) { const n = 1 + Math.floor(H.rnd() * 2); const seen = new Set(); for (let j = 0; j < n; j++) { const s = Math.floor(H.rnd() * i); if (!seen.has(s)) { seen.add(s); links.push({ from: 'k' + s, to: 'k' + i }); } } }
      diagram.model = new go.GraphLinksModel(nodes, links);
      return { diagram, svgOpts: { scale: 0.8, background: '#fafafa' } };
    },
  },
  {
    name: 'multigraph-loops-6',
    directed: true,
    notes: 'Directed multigraph at given locations: GoJS spreads parallel links between the same two ports as curves (curve Bezier, curviness by default), reciprocal links, two self-loops; links with Standard arrowheads and small text labels (segmentOffset above the link); rectangle and ellipse nodes.',
    build() {
      const diagram = H.diagram();
      diagram.nodeTemplate = H.autoNode('RoundedRectangle', { });
      diagram.linkTemplate = new go.Link({ curve: go.Curve.Bezier, toShortLength: 2 })
        .bind('fromSpot', 'fs', go.Spot.parse).bind('toSpot', 'ts', go.Spot.parse)
        .add(new go.Shape({ stroke: '#335' }), new go.Shape({ toArrow: 'Standard', fill: '#335', stroke: null }),
          new go.TextBlock({ segmentOffset: new go.Point(0, -10), font: '10px sans-serif' }).bind('text'));
      const pos = { A: '80 80', B: '380 60', C: '640 140', D: '120 330', E: '420 340', F: '680 380' };
      const nodes = Object.entries(pos).map(([key, loc], i) => ({ key, text: key, loc, fig: i % 2 ? 'Ellipse' : 'RoundedRectangle', color: ['#dae8fc', '#d5e8d4', '#fff2cc'][i % 3] }));
      const E = [['A', 'B'], ['A', 'B'], ['A', 'B'], ['B', 'A'], ['B', 'C'], ['C', 'B'], ['A', 'D'], ['D', 'E'], ['D', 'E'], ['E', 'F'], ['F', 'C'], ['F', 'C'],
        ['B', 'E'], ['B', 'B', 'Top', 'Right'], ['E', 'E', 'Bottom', 'Right']];
      diagram.model = new go.GraphLinksModel(nodes, E.map(([from, to, fs, ts], i) => Object.assign({ from, to, text: String.fromCharCode(97 + i) }, fs ? { fs, ts } : {})));
      return { diagram };
    },
  },
];

// ---------------------------------------------------------------- page-side: export + truth + checks
function exportAndCollect() {
  const { diagram, svgOpts, nodes, labels, orient } = window.__res;
  diagram.ensureBounds();
  const opts = Object.assign({ scale: 1 }, svgOpts || {});
  const mainEls = new Map();
  const mains = new Map();
  const byKey = new Map();
  diagram.nodes.each((n) => byKey.set(String(n.key), n));
  diagram.nodes.each((n) => { mains.set(n.findObject('SHAPE') || n.findMainElement(), String(n.key)); });
  opts.elementFinished = (obj, el) => { if (mains.has(obj)) mainEls.set(mains.get(obj), el); };
  const svg = diagram.makeSvg(opts);
  const problems = [];
  const db = diagram.documentBounds;
  // makeSvg draws every part at its document coordinates inside <g class="gojs-diagram"
  // transform="matrix(...)">: that matrix is the export's viewport transform (scale, minus the
  // exported area's position, plus makeSvg's padding of 1)
  const vg = svg.querySelector('g.gojs-diagram');
  const vm = vg.transform.baseVal.consolidate().matrix;
  if (Math.abs(vm.a - opts.scale) > 1e-6 || Math.abs(vm.d - opts.scale) > 1e-6 || vm.b || vm.c) problems.push('viewport transform ' + vg.getAttribute('transform'));
  window.__dbg = { vm: [vm.a, vm.e, vm.f], db: [db.x, db.y] };
  document.getElementById('check').innerHTML = '';
  document.getElementById('check').appendChild(svg);
  const rootInv = svg.getScreenCTM().inverse();
  const ids = nodes || (() => { const a = []; diagram.nodes.each((n) => { if (!(n instanceof go.Group) || n.findLinksConnected().count) a.push(String(n.key)); }); return a; })();
  const out = [];
  for (const id of ids) {
    const n = byKey.get(id);
    // the node's drawn shape (the 'SHAPE' object, or the main element): its bounds in document
    // coordinates; for these templates the same centre as node.actualBounds, but for the group,
    // whose title sits above its frame
    const c = (n.findObject('SHAPE') || n.findMainElement()).getDocumentBounds().center;
    if (!(n instanceof go.Group) && Math.hypot(c.x - n.actualBounds.center.x, c.y - n.actualBounds.center.y) > 1e-6) problems.push(`node ${id}: shape centre is not actualBounds centre`);
    const x = vm.a * c.x + vm.e, y = vm.d * c.y + vm.f;
    // the drawn main shape: its centre should be the node's centre for these templates (main shape fills the node)
    const el = mainEls.get(id);
    if (!el) problems.push(`node ${id}: main element not drawn`);
    else {
      const bb = el.getBBox();
      const ctm = rootInv.multiply(el.getScreenCTM());
      const cx = ctm.a * (bb.x + bb.width / 2) + ctm.c * (bb.y + bb.height / 2) + ctm.e;
      const cy = ctm.b * (bb.x + bb.width / 2) + ctm.d * (bb.y + bb.height / 2) + ctm.f;
      out.push({ id, x, y, dx: cx - x, dy: cy - y });
    }
    const nd = out[out.length - 1] || { id, x, y };
    if (!el) out.push(nd);
    let label = labels && id in labels ? labels[id] : (n.data.text != null ? n.data.text : (n.data.name != null ? n.data.name : ''));
    if (label !== '' && label != null) nd.label = String(label);
  }
  const idset = new Set(ids);
  const edges = [];
  diagram.links.each((l) => {
    const s = String(l.fromNode.key), t = String(l.toNode.key);
    if (!idset.has(s) || !idset.has(t)) problems.push(`link ${s}->${t} end not a node`);
    edges.push(orient === 'ts' ? [t, s] : [s, t]);
  });
  // serialise the exported element as it is (it was only moved into the page to be measured)
  return { dbg: window.__dbg, svg: new XMLSerializer().serializeToString(svg), nodes: out, edges, problems, version: go.version, db: [db.x, db.y, db.width, db.height] };
}

// ---------------------------------------------------------------- run
const r6 = (v) => Math.round(v * 1e6) / 1e6;
const PAGE_URL = 'http://localhost/gojs/index.html';

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
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.route('**/*', (route) => (route.request().url() === PAGE_URL
    ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="diagram" style="border:0"></div><div id="check"></div></body></html>' })
    : route.abort()));
  let bad = 0;
  for (const d of drawings) {
    if (only && !d.name.includes(only)) continue;
    await page.goto(PAGE_URL);
    await page.addScriptTag({ path: GOJS });
    await page.addScriptTag({ content: PAGE_HELPERS });
    await page.addScriptTag({ content: `window.__res = (function ${d.build.toString().replace(/^build/, '')})(); window.__res.orient = ${JSON.stringify(d.orient || 'st')};` });
    // let the diagram finish its initial layout and draw, as before a user clicks "export"
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
    const res = await page.evaluate(exportAndCollect);
    for (const n of res.nodes) if (n.dx != null && Math.hypot(n.dx, n.dy) > 1e-3) res.problems.push(`node ${n.id}: drawn shape centre off by ${n.dx},${n.dy}`);
    if (res.problems.length) { bad++; console.error(d.name, res.problems.slice(0, 2), res.dbg); }
    const truth = {
      generator: `GoJS ${res.version} (npm gojs ${GOVERSION}, evaluation build), diagram.makeSvg(), Chromium ${chromeVersion}, XMLSerializer`,
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
