// Regenerates every NAME.svg + NAME.truth.json in this folder with nomnoml.
//
//   mkdir -p /tmp/nomnoml-work && cp package.json /tmp/nomnoml-work/ &&
//   (cd /tmp/nomnoml-work && npm install --no-audit --no-fund)
//   node generate.mjs [/tmp/nomnoml-work]
//
// The SVG is nomnoml.renderSvg(source) as the nomnoml CLI writes it. The truth
// is taken from nomnoml's own layout: nomnoml.parse(source) followed by
// nomnoml.layout(measurer, config, root) with a measurer that does exactly what
// renderSvg's headless measurer does (nomnoml's built-in charWidths table, read
// from the installed dist file). The generator checks that every laid-out node
// box equals the box drawn in the SVG (data-name groups) before writing.
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = process.argv[2] || '/tmp/nomnoml-work';
const require = createRequire(path.join(work, 'package.json'));
const nomnoml = require('nomnoml');
const distFile = require.resolve('nomnoml');
const graphreVersion = require('graphre/package.json').version;
const GENERATOR = `nomnoml ${nomnoml.version} (renderSvg; layout by graphre ${graphreVersion}, dagre port)`;

// nomnoml's headless text measurer (GraphicsSvg without a document) uses this table.
const charWidths = JSON.parse(fs.readFileSync(distFile, 'utf8').match(/const charWidths = (\{.*?\});/)[1]);

// ------------------------------------------------------------ seeded random
function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, arr) => arr[Math.floor(rnd() * arr.length)];

// ------------------------------------------------------------ the drawings
const drawings = [];

drawings.push({
  name: 'class-hierarchy',
  directed: true,
  notes: 'UML class diagram, top to bottom. Classes are <rect>s split into compartments by separator <path>s (name | fields | methods), the <abstract> name is italic; '
    + 'generalisation written both ways: `[Base] <:- [Child]` (hollow head at the START of the association, so the truth edge is Child->Base) and `[Child] -:> [Base]`; '
    + 'realisation is dashed (`--:>`, `<:--`); the hollow heads are closed <path>s filled with the stroke colour, the dashed shafts carry stroke-dasharray on a parent <g>.',
  src: `#title: class-hierarchy
[<abstract>Shape|+ origin: Point;+ name: string|+ area(): number;+ draw(ctx)]
[<abstract>Shape] <:- [Circle|radius: number|area()]
[<abstract>Shape] <:- [Rectangle|w: number;h: number|area()]
[Square|side: number] -:> [Rectangle]
[Ellipse|rx;ry] -:> [<abstract>Shape]
[Polygon|points: Point\\[\\]] -:> [<abstract>Shape]
[Triangle] -:> [Polygon]
[Hexagon] -:> [Polygon]
[Drawable|draw(ctx)] <:-- [<abstract>Shape]
[Serializable|toJSON()] <:-- [<abstract>Shape]
[Group|children: Shape\\[\\]] --:> [Drawable]
[Layer|z: int] -:> [Group]`,
});

drawings.push({
  name: 'associations-right',
  directed: true,
  notes: 'UML associations left to right (#direction: right): composition `+->` (filled diamond at the source, filled arrow at the target), aggregation `o->` (hollow diamond at the source), '
    + 'plain `->` and dashed dependency `-->`; multiplicities and role names as start/end edge labels (<text> near both ends); <database> cylinders (rect + two side lines + two <ellipse>s), '
    + '<instance> (underlined name) and <reference> (dashed box). Diamonds are not direction: every edge points to its arrowhead.',
  src: `#direction: right
#title: associations-right
[Library] 1 +-> 1..* [Branch]
[Branch] 1 +-> 0..* [Shelf]
[Shelf] o-> books [Book|isbn;title]
[Book] authors o-> 1..* [Author|name]
[Member|id;name] 0..* o-> [Library]
[Member] borrows -> [Loan|due: date]
[Loan] -> [Book]
[Loan] --> [<reference>Clock]
[Library] -> [<database>Catalog DB]
[Member] -> [<database>Members DB]
[<instance>mainLib: Library] --> [Library]
[Loan] fines -> [Fine|amount]`,
});

drawings.push({
  name: 'state-machine',
  directed: true,
  notes: 'State diagram: <start> is a filled <circle> with no text, <end> a ring (two concentric <circle>s), <state> rounded <rect>s (path with arcs), <choice> a rhomb <path>; '
    + 'transitions carry labels; two parallel transitions Idle->Running (truth lists the pair twice), a reciprocal pair Running<->Paused, '
    + 'and a self-loop Running->Running that nomnoml/dagre draws as a long thin loop below the state. Multigraph.',
  src: `#title: state-machine
[<start>start] -> [<state>Idle]
[<state>Idle] start -> [<state>Running]
[<state>Idle] resume -> [<state>Running]
[<state>Running] tick -> [<state>Running]
[<state>Running] pause -> [<state>Paused]
[<state>Paused] resume -> [<state>Running]
[<state>Running] done -> [<choice>ok?]
[<choice>ok?] yes -> [<state>Report]
[<choice>ok?] no -> [<state>Failed]
[<state>Failed] retry -> [<state>Idle]
[<state>Report] -> [<end>end]
[<state>Failed] give up -> [<end>end]`,
});

drawings.push({
  name: 'usecase-actors',
  directed: false,
  notes: 'Use-case diagram left to right: <actor>s are stick figures (a <circle> head and open <path> strokes) with the name as <text> BELOW the figure; '
    + 'the truth position of an actor is the centre of the stick figure\'s bounding box (head top to feet), not of the figure+name box nomnoml lays out; '
    + '<usecase>s are <ellipse>s; associations are plain `-` lines and dashed `--` lines without heads. Undirected.',
  src: `#direction: right
#title: usecase-actors
[<actor>Customer] - [<usecase>Browse catalog]
[<actor>Customer] - [<usecase>Place order]
[<actor>Customer] - [<usecase>Track parcel]
[<actor>Guest] - [<usecase>Browse catalog]
[<actor>Guest] -- [<usecase>Register]
[<usecase>Place order] -- [<usecase>Pay]
[<usecase>Pay] - [<actor>Bank]
[<actor>Clerk] - [<usecase>Ship order]
[<actor>Clerk] - [<usecase>Refund]
[<usecase>Refund] - [<actor>Bank]
[<usecase>Ship order] -- [<usecase>Track parcel]
[<actor>Courier] - [<usecase>Track parcel]`,
});

drawings.push({
  name: 'packages-nested',
  directed: true,
  notes: '<package> frames (a <rect> plus a tab <path>) holding their own sub-diagrams, one package nested in another; nodes inside a package are laid out in the package\'s compartment '
    + '(several nested translate() groups) and their associations stay inside it. Packages `ui` and `infra` take part in no association: they are frames, NOT nodes, and the truth lists only their members; '
    + 'package `core` is connected at the root level (`[Main] -> [core]`) so it IS a node (centre of its whole frame, tab included). Node ids are the nomnoml names (all unique here).',
  src: `#title: packages-nested
[<package>ui|[View] -> [Controller];[Controller] -> [Model];[Widget] -:> [View]]
[<package>core|[Service] -> [Repo];[Service] -> [Cache];[<package>infra|[Db] -> [Pool];[Log]<-[Pool]]]
[Main] -> [<package>core]
[Main] -> [Config]
[Config] -> [<database>Settings]`,
});

drawings.push({
  name: 'notes-hidden',
  directed: false,
  notes: 'Undirected associations of several looks: plain `-`, dashed `--`, and heads at BOTH ends (`<->`, `<:-:>`, dashed `<-->`), which show no direction. Two <note>s (a polygon with a folded corner) '
    + 'are attached to classes with dashed `--` lines; two other notes float unconnected: drawn like the attached ones, they are nodes too (isolated). '
    + 'One association is written `-/-`: nomnoml lays it out but draws nothing, so it is NOT in the truth edges (Auth -/- Audit).',
  src: `#title: notes-hidden
[Client] <-> [Gateway]
[Gateway] <-> [Auth]
[Gateway] - [Orders]
[Gateway] - [Users]
[Orders] <:-:> [Users]
[Orders] <--> [Stock]
[Users] -- [Profile]
[Auth] -/- [Audit]
[Audit] - [Stock]
[<note>tokens expire after 1 h] -- [Auth]
[Stock] -- [<note>eventually consistent]
[<note>draft v2 - do not ship]
[<note>owner: platform team]`,
});

function randomDag(seed, n, m, opts = {}) {
  const rnd = mulberry32(seed);
  const lines = [];
  const seen = new Set();
  const name = (i) => (opts.names ? opts.names(i) : `n${i}`);
  // a spanning structure first so the graph is connected
  for (let i = 1; i < n; i++) {
    const j = Math.floor(rnd() * i);
    seen.add(`${j},${i}`);
    lines.push([j, i]);
  }
  while (lines.length < m) {
    let a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b) continue;
    if (a > b) [a, b] = [b, a];
    if (seen.has(`${a},${b}`)) continue;
    seen.add(`${a},${b}`);
    lines.push([a, b]);
  }
  return { lines, name, rnd };
}

{
  const { lines, name, rnd } = randomDag(7, 40, 52, { names: (i) => `T${i}` });
  const arrows = ['->', '->', '->', '-->', '-:>'];
  const src = ['#title: random-dag-40'].concat(lines.map(([a, b]) => `[${name(a)}] ${pick(rnd, arrows)} [${name(b)}]`)).join('\n');
  drawings.push({
    name: 'random-dag-40',
    directed: true,
    notes: 'Random connected DAG (seed 7): 40 single-compartment classes, 52 associations, mostly `->` with some dashed `-->` and hollow-headed `-:>`; top to bottom; long edges are polylines through dagre dummy points (nomnoml\'s SVG arcTo writes the corner points as plain `L` segments, some repeated), and some run a long way sideways from their source.',
    src,
  });
}

{
  const rnd = mulberry32(11);
  const lines = [];
  for (let i = 1; i < 60; i++) lines.push([Math.floor(rnd() * Math.min(i, 1 + Math.floor(i / 2))), i]);
  const src = ['#direction: right', '#title: tree-60-right', '#spacing: 30']
    .concat(lines.map(([a, b]) => `[v${a}] - [v${b}]`)).join('\n');
  drawings.push({
    name: 'tree-60-right',
    directed: false,
    notes: 'Random tree (seed 11) of 60 nodes, undirected `-` lines, left to right, #spacing: 30.',
    src,
  });
}

{
  const { lines, name, rnd } = randomDag(2024, 130, 170, { names: (i) => `m${i}` });
  const src = ['#title: large-dag-130', '#spacing: 24', '#edges: hard', '#padding: 5', '#fontSize: 10', '#ranker: longest-path']
    .concat(lines.map(([a, b]) => `[${name(a)}] -> [${name(b)}]`)).join('\n');
  drawings.push({
    name: 'large-dag-130',
    directed: true,
    notes: 'Random connected DAG (seed 2024), 130 nodes and 170 `->` edges; #edges: hard (polyline bends), #spacing: 24, #padding: 5, #fontSize: 10, #ranker: longest-path. Long edges pass close to boxes.',
    src,
  });
}

drawings.push({
  name: 'custom-styles',
  directed: true,
  notes: 'Custom classifier styles (`#.hub: visual=rhomb`, `#.svc: visual=roundrect dashed`, `#.store: visual=database`, `#.ext: visual=ellipse`, `#.queue: visual=pipe`) with their own fills and strokes, '
    + '#lineWidth: 1.5, #fillArrows: true (the `-:>` heads become full triangles), #arrowSize: 1.4, #bendSize: 0.6, #stroke and #fill colours, #background. '
    + 'A full-size background <rect> is painted.',
  src: `#title: custom-styles
#lineWidth: 1.5
#fillArrows: true
#arrowSize: 1.4
#bendSize: 0.6
#stroke: #1f3b57
#fill: #e8f1fb; #cfe3f7
#background: #fffdf5
#.hub: visual=rhomb fill=#ffd28a title=bold
#.svc: visual=roundrect dashed fill=#d9f2d9
#.store: visual=database fill=#f2d9e6
#.ext: visual=ellipse fill=#eeeeee stroke=#888888
#.queue: visual=pipe fill=#fff2b3
[<ext>Browser] -> [<hub>Edge]
[<ext>Mobile] -> [<hub>Edge]
[<hub>Edge] -> [<svc>Catalog]
[<hub>Edge] -> [<svc>Checkout]
[<hub>Edge] -:> [<svc>Search]
[<svc>Checkout] -> [<queue>Orders Q]
[<queue>Orders Q] -> [<svc>Fulfilment]
[<svc>Catalog] -> [<store>Products]
[<svc>Search] --> [<store>Products]
[<svc>Fulfilment] -> [<store>Ledger]
[<svc>Checkout] --:> [<store>Ledger]`,
});

drawings.push({
  name: 'classifier-zoo',
  directed: true,
  notes: 'One node of most nomnoml classifiers: <frame> (box with a tab line), <table> (grid of cells with divider <path>s), <sender> and <receiver> (pentagons), <transceiver>, <input> (parallelogram), <pipe> (box with end <ellipse>s), '
    + '<instance>, <reference> (dashed), <database>, <usecase>, <choice>, <state>, plain class. For <receiver> and <transceiver> the drawn outline reaches padding=8 units further left than the laid-out box, '
    + 'so their truth x is the drawn bounding-box centre, 4 units left of nomnoml\'s node.x.',
  src: `#title: classifier-zoo
#direction: right
[<frame>Frame|[inner a] -> [inner b]] -> [<table>Table|a|b||c|d]
[<table>Table] -> [<sender>Sender]
[<sender>Sender] -> [<receiver>Receiver]
[<receiver>Receiver] -> [<transceiver>Transceiver]
[<transceiver>Transceiver] -> [<input>Input]
[<input>Input] -> [<pipe>Pipe]
[<pipe>Pipe] -> [<database>Database]
[<frame>Frame] -> [<instance>instance]
[<instance>instance] -> [<reference>Reference]
[<reference>Reference] -> [<usecase>Use case]
[<usecase>Use case] -> [<choice>Choice]
[<choice>Choice] -> [<state>State]
[<state>State] -> [Class|field|method()]`,
});

{
  const src = `#title: multigraph-loops
[alpha] -> [beta]
[alpha] -> [beta]
[alpha] two -> [beta]
[beta] -> [alpha]
[beta] -> [gamma]
[gamma] -> [gamma]
[gamma] -> [delta]
[delta] -> [eps]
[eps] -> [delta]
[eps] -> [eps]
[delta] -> [zeta]
[delta] -> [zeta]
[zeta] -> [eta]
[eta] -> [theta]
[theta] -> [alpha]
[alpha] -> [alpha]`;
  drawings.push({
    name: 'multigraph-loops',
    directed: true,
    notes: 'Multigraph: three parallel alpha->beta edges (one labelled), the reciprocal beta->alpha, reciprocal delta<->eps as two edges, two parallel delta->zeta, and three self-loops (gamma, eps, alpha) '
      + 'that nomnoml/dagre draws as long narrow loops hanging off the node; a cycle theta->alpha closes the graph.',
    src,
  });
}

{
  const rnd = mulberry32(99);
  const n = 24;
  const kinds = ['<->', '<->', '<:-:>', 'o-o', '+-+', '-', '--', '<-->'];
  const seen = new Set();
  const lines = [];
  for (let i = 1; i < n; i++) { const j = Math.floor(rnd() * i); seen.add(`${j},${i}`); lines.push([j, i]); }
  while (lines.length < 34) {
    let a = Math.floor(rnd() * n), b = Math.floor(rnd() * n);
    if (a === b) continue; if (a > b) [a, b] = [b, a];
    if (seen.has(`${a},${b}`)) continue; seen.add(`${a},${b}`); lines.push([a, b]);
  }
  const src = ['#title: symmetric-ends-24', '#direction: right']
    .concat(lines.map(([a, b]) => `[h${a}] ${pick(rnd, kinds)} [h${b}]`)).join('\n');
  drawings.push({
    name: 'symmetric-ends-24',
    directed: false,
    notes: 'Random connected graph (seed 99), 24 nodes, 34 associations, all with the SAME terminator at both ends, so none shows a direction: `<->` (filled arrows), `<:-:>` (hollow), `o-o` and `+-+` (diamonds), '
      + 'plain `-`, dashed `--` and `<-->`. Heads are separate closed <path>s. Undirected truth.',
    src,
  });
}

// ------------------------------------------------------------ layout truth
const HEADS_END = new Set(['>', ':>']);
const HEADS_START = new Set(['<', '<:']);

function computeTruth(d) {
  const parsed = nomnoml.parse(d.src);
  const cfg = parsed.config;
  let fontSize = cfg.fontSize;
  const measurer = {
    setFont(family, size) { fontSize = size; },
    textWidth(s) {
      const scale = parseInt(String(fontSize)) / 12;
      let w = 0; for (const c of s) w += (charWidths[c] ?? 16) * scale; return w;
    },
    textHeight() { return cfg.leading * cfg.fontSize; },
  };
  // titles before layout (icon layouters drop the parts of start/end)
  const titles = new Map();
  (function grab(c) {
    for (const n of c.nodes) { titles.set(n, n.parts[0] ? n.parts[0].lines.join(' ') : ''); n.parts.forEach(grab); }
  })(parsed.root);
  const root = nomnoml.layout(measurer, cfg, parsed.root);

  const nodes = [];
  const boxes = new Map(); // name -> absolute laid-out box, for the SVG check
  const edges = [];
  const hidden = [];
  const ids = new Set();
  function walk(c, ox, oy) {
    // renderCompartment: translate(offset) then translate(gutter, gutter)
    const bx = ox + c.offset.x + cfg.gutter, by = oy + c.offset.y + cfg.gutter;
    const connected = new Set();
    for (const a of c.assocs) {
      const tokens = a.type.split(/[-_]/);
      const s = tokens[0], e = tokens[tokens.length - 1];
      if (a.type === '-/-') { hidden.push([a.start, a.end]); continue; }
      connected.add(a.start); connected.add(a.end);
      const hs = HEADS_START.has(s), he = HEADS_END.has(e);
      if (d.directed) {
        if (hs === he) throw new Error(`${d.name}: ${a.start} ${a.type} ${a.end} shows no single direction`);
        edges.push(he ? [a.start, a.end] : [a.end, a.start]);
      } else {
        if (hs !== he) throw new Error(`${d.name}: ${a.start} ${a.type} ${a.end} is directed in an undirected drawing`);
        edges.push([a.start, a.end]);
      }
    }
    for (const n of c.nodes) {
      const style = cfg.styles[n.type] || nomnoml.styles.class;
      const visual = style.visual;
      const x0 = bx + n.x - n.width / 2, y0 = by + n.y - n.height / 2;
      boxes.set(n.id, { x: x0, y: y0, w: n.width, h: n.height, visual });
      // A package is a frame round its contents, a node only where an edge
      // ends on it. A note is drawn like the notes that edges end on, so a
      // floating one is a node too: isolated nodes look like attached ones.
      const isFrame = n.type === 'package' || visual === 'package';
      if (!isFrame || connected.has(n.id)) {
        let x = bx + n.x, y = by + n.y;
        if (visual === 'actor') {
          // stick figure: head top at y0 + padding, feet at y0 + 3.5 * padding
          y = y0 + 2.25 * cfg.padding;
        } else if (visual === 'receiver' || visual === 'transceiver') {
          x = x0 + (n.width - cfg.padding) / 2; // outline spans x0 - padding .. x0 + width
        }
        if (ids.has(n.id)) throw new Error(`${d.name}: duplicate node name ${n.id}`);
        ids.add(n.id);
        const node = { id: n.id, x, y };
        const t = titles.get(n);
        if (t && visual !== 'start' && visual !== 'end') node.label = t;
        nodes.push(node);
      }
      n.parts.forEach((p) => {
        if (p.nodes && p.nodes.length) walk(p, x0 + p.x, y0 + p.y);
      });
    }
  }
  walk(root, 0, 0);
  for (const [a, b] of edges) if (!ids.has(a) || !ids.has(b)) throw new Error(`${d.name}: edge ${a}-${b} to a non-node`);
  return { nodes, edges, hidden, boxes, size: { w: root.width, h: root.height } };
}

// ------------------------------------------------------------ SVG cross-check
// Accumulate translate() groups in nomnoml's SVG and compare the drawn shape of each
// data-name group with the laid-out box (nomnoml prints coordinates with 1 decimal).
function checkAgainstSvg(d, svg, truth) {
  const tagRe = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g;
  const stack = [];
  let m;
  const found = new Map();
  while ((m = tagRe.exec(svg))) {
    const [, close, tag, attrs, selfClose] = m;
    if (close) { stack.pop(); continue; }
    const tr = attrs.match(/transform="translate\(([-\d.e]+), ([-\d.e]+)\)"/);
    const parent = stack.length ? stack[stack.length - 1] : { x: 0, y: 0 };
    const cur = { x: parent.x + (tr ? +tr[1] : 0), y: parent.y + (tr ? +tr[2] : 0) };
    const name = (attrs.match(/data-name="([^"]*)"/) || [])[1];
    if (name !== undefined && !attrs.includes('data-compartment') && tag !== 'g') {
      const unesc = name.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      if (!found.has(unesc)) found.set(unesc, []);
      found.get(unesc).push({ tag, attrs, ox: cur.x, oy: cur.y });
    }
    if (!selfClose) stack.push(cur);
  }
  let worst = 0;
  for (const [name, box] of truth.boxes) {
    const els = found.get(name);
    if (!els) { if (box.visual === 'none' || box.visual === 'hidden') continue; throw new Error(`${d.name}: no drawn shape for ${name}`); }
    if (box.visual === 'class' || box.visual === 'frame' || box.visual === 'table' || box.visual === 'package') {
      // package: the body rect starts below the tab; compare x/width and the bottom
      const r = els.find((e) => e.tag === 'rect');
      const rx = +r.attrs.match(/ x="([-\d.]+)"/)[1] + r.ox, rw = +r.attrs.match(/ width="([-\d.]+)"/)[1];
      const ry = +r.attrs.match(/ y="([-\d.]+)"/)[1] + r.oy, rh = +r.attrs.match(/ height="([-\d.]+)"/)[1];
      const err = Math.max(Math.abs(rx - box.x), Math.abs(rw - box.w), Math.abs(ry + rh - (box.y + box.h)));
      worst = Math.max(worst, err);
      if (err > 0.1) throw new Error(`${d.name}: ${name} drawn at ${rx},${ry} ${rw}x${rh}, laid out ${JSON.stringify(box)}`);
    } else if (box.visual === 'ellipse' || box.visual === 'start' || box.visual === 'end') {
      const e = els.find((el) => el.tag === 'ellipse' || el.tag === 'circle');
      const cx = +e.attrs.match(/cx="([-\d.]+)"/)[1] + e.ox, cy = +e.attrs.match(/cy="([-\d.]+)"/)[1] + e.oy;
      const err = Math.hypot(cx - (box.x + box.w / 2), cy - (box.y + box.h / 2));
      worst = Math.max(worst, err);
      if (err > 0.1) throw new Error(`${d.name}: ${name} ellipse centre ${cx},${cy} vs box ${JSON.stringify(box)}`);
    }
  }
  return worst;
}

// ------------------------------------------------------------ main
for (const d of drawings) {
  const svg = nomnoml.renderSvg(d.src);
  const t = computeTruth(d);
  const worst = checkAgainstSvg(d, svg, t);
  const notes = [d.notes,
    `Truth: nomnoml.layout() node centres (+ compartment offset + gutter of every enclosing compartment); nomnoml writes coordinates with 1 decimal, so drawn shapes may sit up to 0.05 units off these centres.`,
    t.hidden.length ? `Hidden (-/-, not drawn, not in edges): ${t.hidden.map((e) => e.join(' -/- ')).join(', ')}.` : '',
    `nomnoml source:\n${d.src}`].filter(Boolean).join(' ');
  const truth = { generator: GENERATOR, directed: d.directed, nodes: t.nodes, edges: t.edges, notes };
  fs.writeFileSync(path.join(here, `${d.name}.svg`), svg);
  fs.writeFileSync(path.join(here, `${d.name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
  console.log(`${d.name}: ${t.nodes.length} nodes, ${t.edges.length} edges, svg ${svg.length} bytes, max box/svg deviation ${worst.toFixed(3)}`);
}
