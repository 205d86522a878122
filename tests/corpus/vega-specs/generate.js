#!/usr/bin/env node
// Regenerates the vega-specs corpus: NAME.svg + NAME.truth.json per drawing.
// Vega example-gallery network/tree specs (and one Vega-Lite chart), adapted
// to inline data, rendered headlessly with view.toSVG().
//
//   VEGA_NODE_MODULES=/tmp/vega-work/node_modules node generate.js
//
// Truth comes from Vega's own scenegraph (node-mark items plus enclosing group
// offsets plus the view origin/padding) and from the input data (edges). Each
// node is then checked against the drawn element in the SVG (all ancestor
// transforms applied) within 0.01; the script stops on any mismatch.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const { pathToFileURL } = require('url');

const HERE = __dirname;
const NM = process.env.VEGA_NODE_MODULES || path.join(HERE, 'node_modules');
const req = createRequire(path.join(NM, '..', 'noop.js'));
const load = (name) => import(pathToFileURL(req.resolve(name)).href);
const dataFile = (f) => JSON.parse(fs.readFileSync(
  path.join(NM, 'vega-datasets', 'data', f), 'utf8'));

function fail(msg) { console.error('SELF-CHECK FAILED: ' + msg); process.exit(1); }
const clone = (x) => JSON.parse(JSON.stringify(x));

// ---------------------------------------------------------------- data
const MIS = dataFile('miserables.json');
const FLARE = dataFile('flare.json');
const FLARE_DEPS = dataFile('flare-dependencies.json');

const flareKids = {};
for (const n of FLARE) (flareKids[n.parent] = flareKids[n.parent] || []).push(n.id);
const flareById = Object.fromEntries(FLARE.map((n) => [n.id, n]));
function flareSub(id) { return [id].concat(...(flareKids[id] || []).map(flareSub)); }
function flareFull(id) {
  const n = flareById[id];
  return n.parent === undefined ? n.name : flareFull(n.parent) + '.' + n.name;
}
// subset of flare: root `rootId` plus the subtrees under `tops` (default: all)
function flareSubset(rootId, tops) {
  const ids = new Set(tops ? [rootId].concat(...tops.map(flareSub)) : flareSub(rootId));
  return FLARE.filter((n) => ids.has(n.id)).map((n) => {
    const o = { id: n.id, name: n.name, full: flareFull(n.id) };
    if (n.id !== rootId) o.parent = n.parent;
    if (n.size !== undefined) o.size = n.size;
    return o;
  });
}
function treeEdges(vals) {
  const full = Object.fromEntries(vals.map((n) => [n.id, n.full]));
  return vals.filter((n) => n.parent !== undefined).map((n) => [full[n.parent], full[n.id]]);
}

// vega-* package dependencies (from the package.json files of vega 6.4.0's
// modules, vega-util and vega-typings left out)
const VEGA_DEPS = [["vega-crossfilter","vega-dataflow"],["vega-dataflow","vega-format"],["vega-dataflow","vega-loader"],["vega-encode","vega-dataflow"],["vega-encode","vega-scale"],["vega-force","vega-dataflow"],["vega-format","vega-time"],["vega-functions","vega-dataflow"],["vega-functions","vega-expression"],["vega-functions","vega-scale"],["vega-functions","vega-scenegraph"],["vega-functions","vega-selections"],["vega-functions","vega-statistics"],["vega-functions","vega-time"],["vega-geo","vega-canvas"],["vega-geo","vega-dataflow"],["vega-geo","vega-projection"],["vega-geo","vega-statistics"],["vega-hierarchy","vega-dataflow"],["vega-label","vega-canvas"],["vega-label","vega-dataflow"],["vega-label","vega-scenegraph"],["vega-loader","vega-format"],["vega-parser","vega-dataflow"],["vega-parser","vega-event-selector"],["vega-parser","vega-functions"],["vega-parser","vega-scale"],["vega-projection","vega-scale"],["vega-regression","vega-dataflow"],["vega-regression","vega-statistics"],["vega-runtime","vega-dataflow"],["vega-scale","vega-time"],["vega-scenegraph","vega-canvas"],["vega-scenegraph","vega-loader"],["vega-scenegraph","vega-scale"],["vega-selections","vega-expression"],["vega-transforms","vega-dataflow"],["vega-transforms","vega-statistics"],["vega-transforms","vega-time"],["vega-view","vega-dataflow"],["vega-view","vega-format"],["vega-view","vega-functions"],["vega-view","vega-runtime"],["vega-view","vega-scenegraph"],["vega-view-transforms","vega-dataflow"],["vega-view-transforms","vega-scenegraph"],["vega-voronoi","vega-dataflow"],["vega-wordcloud","vega-canvas"],["vega-wordcloud","vega-dataflow"],["vega-wordcloud","vega-scale"],["vega-wordcloud","vega-statistics"]];

// a CI/CD pipeline DAG with hand-assigned layers (column) and rows
const PIPE_NODES = [
  ['checkout', 0, 2], ['deps', 1, 1], ['lint', 1, 3], ['codegen', 1, 4],
  ['compile', 2, 1], ['docs', 2, 4], ['unit', 3, 0], ['integration', 3, 1],
  ['e2e', 3, 2], ['bench', 3, 3], ['package', 4, 1], ['sign', 5, 0],
  ['publish-docs', 5, 4], ['staging', 5, 2], ['release', 6, 1], ['notify', 7, 2],
];
const PIPE_EDGES = [
  ['checkout','deps'],['checkout','lint'],['checkout','codegen'],['deps','compile'],
  ['codegen','compile'],['codegen','docs'],['compile','unit'],['compile','integration'],
  ['compile','e2e'],['compile','bench'],['lint','package'],['unit','package'],
  ['integration','package'],['e2e','staging'],['package','sign'],['package','staging'],
  ['docs','publish-docs'],['sign','release'],['staging','release'],['bench','release'],
  ['release','notify'],['publish-docs','notify'],
];

// an org chart (names invented)
const ORG = [
  ['ceo', null, 'Ada Park', 'CEO'], ['cto', 'ceo', 'Ben Ortiz', 'CTO'], ['cfo', 'ceo', 'Cara Li', 'CFO'],
  ['coo', 'ceo', 'Dev Rao', 'COO'], ['eng1', 'cto', 'Eli Moss', 'Platform'], ['eng2', 'cto', 'Fay Kim', 'Apps'],
  ['eng3', 'cto', 'Gus Hale', 'Data'], ['fin1', 'cfo', 'Hana Ito', 'Accounts'], ['fin2', 'cfo', 'Ivo Berg', 'Payroll'],
  ['ops1', 'coo', 'Jo Reyes', 'Support'], ['ops2', 'coo', 'Kai Novak', 'Facilities'], ['p1', 'eng1', 'Lea Wu', 'SRE'],
  ['p2', 'eng1', 'Max Cole', 'Infra'], ['a1', 'eng2', 'Nia Shah', 'Web'], ['a2', 'eng2', 'Oli Grant', 'Mobile'],
  ['a3', 'eng2', 'Pia Vos', 'Design'], ['d1', 'eng3', 'Quin Ahn', 'ML'], ['s1', 'ops1', 'Ray Lund', 'Tier 1'],
  ['s2', 'ops1', 'Sol Diaz', 'Tier 2'],
];

// cities with real longitude/latitude and some air routes
const CITIES = [
  ['Seattle', -122.33, 47.61, 'West'], ['Portland', -122.68, 45.52, 'West'], ['San Francisco', -122.42, 37.77, 'West'],
  ['Los Angeles', -118.24, 34.05, 'West'], ['Las Vegas', -115.14, 36.17, 'West'], ['Phoenix', -112.07, 33.45, 'West'],
  ['Denver', -104.99, 39.74, 'Central'], ['Dallas', -96.80, 32.78, 'Central'], ['Houston', -95.37, 29.76, 'Central'],
  ['Minneapolis', -93.27, 44.98, 'Central'], ['Chicago', -87.63, 41.88, 'Central'], ['St. Louis', -90.20, 38.63, 'Central'],
  ['Atlanta', -84.39, 33.75, 'East'], ['Miami', -80.19, 25.76, 'East'], ['Charlotte', -80.84, 35.23, 'East'],
  ['Washington', -77.04, 38.91, 'East'], ['Philadelphia', -75.17, 39.95, 'East'], ['New York', -74.01, 40.71, 'East'],
  ['Boston', -71.06, 42.36, 'East'], ['Detroit', -83.05, 42.33, 'East'],
];
const ROUTES = [
  ['Seattle','Portland'],['Seattle','San Francisco'],['Seattle','Denver'],['Seattle','Chicago'],['Portland','San Francisco'],
  ['San Francisco','Los Angeles'],['San Francisco','Denver'],['Los Angeles','Las Vegas'],['Los Angeles','Phoenix'],
  ['Los Angeles','Dallas'],['Las Vegas','Denver'],['Phoenix','Dallas'],['Denver','Chicago'],['Denver','Dallas'],
  ['Denver','Minneapolis'],['Dallas','Houston'],['Dallas','Atlanta'],['Houston','Miami'],['Houston','Atlanta'],
  ['Minneapolis','Chicago'],['Chicago','Detroit'],['Chicago','St. Louis'],['Chicago','New York'],['Chicago','Atlanta'],
  ['St. Louis','Atlanta'],['Atlanta','Miami'],['Atlanta','Charlotte'],['Charlotte','Washington'],['Washington','Philadelphia'],
  ['Philadelphia','New York'],['New York','Boston'],['Detroit','New York'],['Miami','New York'],['Los Angeles','New York'],
];

// ---------------------------------------------------------------- specs
const SCHEMA = 'https://vega.github.io/schema/vega/v6.json';

// 1. gallery "Force Directed Layout", verbatim apart from inline data
function forceMiserables() {
  return {
    $schema: SCHEMA, width: 700, height: 500, padding: 0, autosize: 'none',
    signals: [
      { name: 'cx', update: 'width / 2' }, { name: 'cy', update: 'height / 2' },
      { name: 'nodeRadius', value: 8, bind: { input: 'range', min: 1, max: 50, step: 1 } },
      { name: 'nodeCharge', value: -30, bind: { input: 'range', min: -100, max: 10, step: 1 } },
      { name: 'linkDistance', value: 30, bind: { input: 'range', min: 5, max: 100, step: 1 } },
      { name: 'static', value: true, bind: { input: 'checkbox' } },
      { description: 'State variable for active node fix status.', name: 'fix', value: 0,
        on: [{ events: 'symbol:mouseout[!event.buttons], window:mouseup', update: '0' },
             { events: 'symbol:mouseover', update: 'fix || 1' },
             { events: '[symbol:mousedown, window:mouseup] > window:mousemove!', update: '2', force: true }] },
      { description: 'Graph node most recently interacted with.', name: 'node', value: null,
        on: [{ events: 'symbol:mouseover', update: 'fix === 1 ? item() : node' }] },
      { description: 'Flag to restart Force simulation upon data changes.', name: 'restart', value: false,
        on: [{ events: { signal: 'fix' }, update: 'fix > 1' }] },
    ],
    data: [
      { name: 'node-data', values: clone(MIS.nodes) },
      { name: 'link-data', values: clone(MIS.links) },
    ],
    scales: [{ name: 'color', type: 'ordinal', range: { scheme: 'category20c' } }],
    marks: [
      { name: 'nodes', type: 'symbol', zindex: 1, from: { data: 'node-data' },
        on: [{ trigger: 'fix', modify: 'node', values: 'fix === 1 ? {fx: node.x, fy: node.y} : {fx: x(), fy: y()}' },
             { trigger: '!fix', modify: 'node', values: '{fx: null, fy: null}' }],
        encode: {
          enter: { fill: { scale: 'color', field: 'group' }, stroke: { value: 'white' } },
          update: { size: { signal: '2 * nodeRadius * nodeRadius' }, cursor: { value: 'pointer' } },
        },
        transform: [{
          type: 'force', iterations: 300, restart: { signal: 'restart' }, static: { signal: 'static' },
          forces: [
            { force: 'center', x: { signal: 'cx' }, y: { signal: 'cy' } },
            { force: 'collide', radius: { signal: 'nodeRadius' } },
            { force: 'nbody', strength: { signal: 'nodeCharge' } },
            { force: 'link', links: 'link-data', distance: { signal: 'linkDistance' } },
          ],
        }] },
      { name: 'links', type: 'path', from: { data: 'link-data' }, interactive: false,
        encode: { update: { stroke: { value: '#ccc' }, strokeWidth: { value: 0.5 } } },
        transform: [{ type: 'linkpath', shape: 'line',
          sourceX: 'datum.source.x', sourceY: 'datum.source.y', targetX: 'datum.target.x', targetY: 'datum.target.y' }] },
    ],
  };
}

// 2. gallery "Arc Diagram", verbatim apart from inline data and mark names
function arcMiserables() {
  return {
    $schema: SCHEMA, width: 770, padding: 5,
    data: [
      { name: 'edges', values: clone(MIS.links) },
      { name: 'sourceDegree', source: 'edges', transform: [{ type: 'aggregate', groupby: ['source'] }] },
      { name: 'targetDegree', source: 'edges', transform: [{ type: 'aggregate', groupby: ['target'] }] },
      { name: 'nodes', values: clone(MIS.nodes), transform: [
        { type: 'window', ops: ['rank'], as: ['order'] },
        { type: 'lookup', from: 'sourceDegree', key: 'source', fields: ['index'], as: ['sourceDegree'], default: { count: 0 } },
        { type: 'lookup', from: 'targetDegree', key: 'target', fields: ['index'], as: ['targetDegree'], default: { count: 0 } },
        { type: 'formula', as: 'degree', expr: 'datum.sourceDegree.count + datum.targetDegree.count' },
      ] },
    ],
    scales: [
      { name: 'position', type: 'band', domain: { data: 'nodes', field: 'order', sort: true }, range: 'width' },
      { name: 'color', type: 'ordinal', range: 'category', domain: { data: 'nodes', field: 'group' } },
    ],
    marks: [
      { type: 'symbol', name: 'layout', interactive: false, from: { data: 'nodes' },
        encode: { enter: { opacity: { value: 0 } },
          update: { x: { scale: 'position', field: 'order' }, y: { value: 0 },
            size: { field: 'degree', mult: 5, offset: 10 }, fill: { scale: 'color', field: 'group' } } } },
      { name: 'links', type: 'path', from: { data: 'edges' },
        encode: { update: { stroke: { value: '#000' }, strokeOpacity: { value: 0.2 }, strokeWidth: { field: 'value' } } },
        transform: [
          { type: 'lookup', from: 'layout', key: 'datum.index', fields: ['datum.source', 'datum.target'], as: ['sourceNode', 'targetNode'] },
          { type: 'linkpath', sourceX: { expr: 'min(datum.sourceNode.x, datum.targetNode.x)' },
            targetX: { expr: 'max(datum.sourceNode.x, datum.targetNode.x)' },
            sourceY: { expr: '0' }, targetY: { expr: '0' }, shape: 'arc' },
        ] },
      { name: 'node-marks', type: 'symbol', from: { data: 'layout' },
        encode: { update: { x: { field: 'x' }, y: { field: 'y' }, fill: { field: 'fill' }, size: { field: 'size' } } } },
      { name: 'labels', type: 'text', from: { data: 'nodes' },
        encode: { update: { x: { scale: 'position', field: 'order' }, y: { value: 7 }, fontSize: { value: 9 },
          align: { value: 'right' }, baseline: { value: 'middle' }, angle: { value: -90 }, text: { field: 'name' } } } },
    ],
  };
}

// 3. gallery "Edge Bundling" on a flare subset, plus a dot per leaf
function edgeBundling(tree, deps) {
  return {
    $schema: SCHEMA, description: 'A network diagram of software dependencies, with edges grouped via hierarchical edge bundling.',
    padding: 5, width: 720, height: 720, autosize: 'none',
    signals: [
      { name: 'tension', value: 0.85, bind: { input: 'range', min: 0, max: 1, step: 0.01 } },
      { name: 'radius', value: 280, bind: { input: 'range', min: 20, max: 400 } },
      { name: 'extent', value: 360, bind: { input: 'range', min: 0, max: 360, step: 1 } },
      { name: 'rotate', value: 0, bind: { input: 'range', min: 0, max: 360, step: 1 } },
      { name: 'textSize', value: 8, bind: { input: 'range', min: 2, max: 20, step: 1 } },
      { name: 'textOffset', value: 5, bind: { input: 'range', min: 0, max: 10, step: 1 } },
      { name: 'layout', value: 'cluster', bind: { input: 'radio', options: ['tidy', 'cluster'] } },
      { name: 'colorIn', value: 'firebrick' }, { name: 'colorOut', value: 'forestgreen' },
      { name: 'originX', update: 'width / 2' }, { name: 'originY', update: 'height / 2' },
      { name: 'active', value: null, on: [{ events: 'text:pointerover', update: 'datum.id' }, { events: 'pointerover[!event.item]', update: 'null' }] },
    ],
    data: [
      { name: 'tree', values: tree, transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'tree', method: { signal: 'layout' }, size: [1, 1], as: ['alpha', 'beta', 'depth', 'children'] },
        { type: 'formula', expr: '(rotate + extent * datum.alpha + 270) % 360', as: 'angle' },
        { type: 'formula', expr: 'inrange(datum.angle, [90, 270])', as: 'leftside' },
        { type: 'formula', expr: 'originX + radius * datum.beta * cos(PI * datum.angle / 180)', as: 'x' },
        { type: 'formula', expr: 'originY + radius * datum.beta * sin(PI * datum.angle / 180)', as: 'y' },
      ] },
      { name: 'leaves', source: 'tree', transform: [{ type: 'filter', expr: '!datum.children' }] },
      { name: 'dependencies', values: deps, transform: [
        { type: 'formula', expr: "treePath('tree', datum.source, datum.target)", as: 'treepath', initonly: true },
      ] },
      { name: 'selected', source: 'dependencies', transform: [{ type: 'filter', expr: 'datum.source === active || datum.target === active' }] },
    ],
    marks: [
      { name: 'labels', type: 'text', from: { data: 'leaves' },
        encode: {
          enter: { text: { field: 'name' }, baseline: { value: 'middle' } },
          update: {
            x: { field: 'x' }, y: { field: 'y' },
            dx: { signal: 'textOffset * (datum.leftside ? -1 : 1)' },
            angle: { signal: 'datum.leftside ? datum.angle - 180 : datum.angle' },
            align: { signal: "datum.leftside ? 'right' : 'left'" },
            fontSize: { signal: 'textSize' },
            fontWeight: [{ test: "indata('selected', 'source', datum.id)", value: 'bold' },
                         { test: "indata('selected', 'target', datum.id)", value: 'bold' }, { value: null }],
            fill: [{ test: 'datum.id === active', value: 'black' },
                   { test: "indata('selected', 'source', datum.id)", signal: 'colorIn' },
                   { test: "indata('selected', 'target', datum.id)", signal: 'colorOut' }, { value: 'black' }],
          },
        } },
      { name: 'bundles', type: 'group', from: { facet: { name: 'path', data: 'dependencies', field: 'treepath' } },
        marks: [{ name: 'links', type: 'line', interactive: false, from: { data: 'path' },
          encode: {
            enter: { interpolate: { value: 'bundle' }, strokeWidth: { value: 1.5 } },
            update: {
              stroke: [{ test: 'parent.source === active', signal: 'colorOut' },
                       { test: 'parent.target === active', signal: 'colorIn' }, { value: 'steelblue' }],
              strokeOpacity: [{ test: 'parent.source === active || parent.target === active', value: 1 }, { value: 0.2 }],
              tension: { signal: 'tension' }, x: { field: 'x' }, y: { field: 'y' },
            },
          } }] },
      { name: 'nodes', type: 'symbol', from: { data: 'leaves' },
        encode: { update: { x: { field: 'x' }, y: { field: 'y' }, size: { value: 16 }, fill: { value: '#4c78a8' } } } },
    ],
    scales: [{ name: 'color', type: 'ordinal', domain: ['depends on', 'imported by'], range: [{ signal: 'colorIn' }, { signal: 'colorOut' }] }],
    legends: [{ stroke: 'color', orient: 'bottom-right', title: 'Dependencies', symbolType: 'stroke' }],
  };
}

// 4/5. gallery "Radial Tree Layout"
function radialTree(tree, layout, links) {
  return {
    $schema: SCHEMA, width: 720, height: 720, padding: 5, autosize: 'none',
    signals: [
      { name: 'labels', value: true, bind: { input: 'checkbox' } },
      { name: 'radius', value: 280, bind: { input: 'range', min: 20, max: 600 } },
      { name: 'extent', value: 360, bind: { input: 'range', min: 0, max: 360, step: 1 } },
      { name: 'rotate', value: 0, bind: { input: 'range', min: 0, max: 360, step: 1 } },
      { name: 'layout', value: layout, bind: { input: 'radio', options: ['tidy', 'cluster'] } },
      { name: 'links', value: links, bind: { input: 'select', options: ['line', 'curve', 'diagonal', 'orthogonal'] } },
      { name: 'originX', update: 'width / 2' }, { name: 'originY', update: 'height / 2' },
    ],
    data: [
      { name: 'tree', values: tree, transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'tree', method: { signal: 'layout' }, size: [1, { signal: 'radius' }], as: ['alpha', 'radius', 'depth', 'children'] },
        { type: 'formula', expr: '(rotate + extent * datum.alpha + 270) % 360', as: 'angle' },
        { type: 'formula', expr: 'PI * datum.angle / 180', as: 'radians' },
        { type: 'formula', expr: 'inrange(datum.angle, [90, 270])', as: 'leftside' },
        { type: 'formula', expr: 'originX + datum.radius * cos(datum.radians)', as: 'x' },
        { type: 'formula', expr: 'originY + datum.radius * sin(datum.radians)', as: 'y' },
      ] },
      { name: 'links', source: 'tree', transform: [
        { type: 'treelinks' },
        { type: 'linkpath', shape: { signal: 'links' }, orient: 'radial',
          sourceX: 'source.radians', sourceY: 'source.radius', targetX: 'target.radians', targetY: 'target.radius' },
      ] },
    ],
    scales: [{ name: 'color', type: 'linear', range: { scheme: 'magma' }, domain: { data: 'tree', field: 'depth' }, zero: true }],
    marks: [
      { name: 'link-paths', type: 'path', from: { data: 'links' },
        encode: { update: { x: { signal: 'originX' }, y: { signal: 'originY' }, path: { field: 'path' }, stroke: { value: '#ccc' } } } },
      { name: 'nodes', type: 'symbol', from: { data: 'tree' },
        encode: { enter: { size: { value: 100 }, stroke: { value: '#fff' } },
          update: { x: { field: 'x' }, y: { field: 'y' }, fill: { scale: 'color', field: 'depth' } } } },
      { name: 'labels', type: 'text', from: { data: 'tree' },
        encode: {
          enter: { text: { field: 'name' }, fontSize: { value: 9 }, baseline: { value: 'middle' } },
          update: { x: { field: 'x' }, y: { field: 'y' }, dx: { signal: '(datum.leftside ? -1 : 1) * 6' },
            angle: { signal: 'datum.leftside ? datum.angle - 180 : datum.angle' },
            align: { signal: "datum.leftside ? 'right' : 'left'" }, opacity: { signal: 'labels ? 1 : 0' } },
        } },
    ],
  };
}

// 6/7. gallery "Tree Layout" (horizontal)
function treeLayout(tree, layout, links, height) {
  return {
    $schema: SCHEMA, width: 600, height, padding: 5,
    signals: [
      { name: 'labels', value: true, bind: { input: 'checkbox' } },
      { name: 'layout', value: layout, bind: { input: 'radio', options: ['tidy', 'cluster'] } },
      { name: 'links', value: links, bind: { input: 'select', options: ['line', 'curve', 'diagonal', 'orthogonal'] } },
      { name: 'separation', value: false, bind: { input: 'checkbox' } },
    ],
    data: [
      { name: 'tree', values: tree, transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'tree', method: { signal: 'layout' }, size: [{ signal: 'height' }, { signal: 'width - 100' }],
          separation: { signal: 'separation' }, as: ['y', 'x', 'depth', 'children'] },
      ] },
      { name: 'links', source: 'tree', transform: [
        { type: 'treelinks' }, { type: 'linkpath', orient: 'horizontal', shape: { signal: 'links' } },
      ] },
    ],
    scales: [{ name: 'color', type: 'linear', range: { scheme: 'magma' }, domain: { data: 'tree', field: 'depth' }, zero: true }],
    marks: [
      { name: 'link-paths', type: 'path', from: { data: 'links' },
        encode: { update: { path: { field: 'path' }, stroke: { value: '#ccc' } } } },
      { name: 'nodes', type: 'symbol', from: { data: 'tree' },
        encode: { enter: { size: { value: 100 }, stroke: { value: '#fff' } },
          update: { x: { field: 'x' }, y: { field: 'y' }, fill: { scale: 'color', field: 'depth' } } } },
      { name: 'labels', type: 'text', from: { data: 'tree' },
        encode: {
          enter: { text: { field: 'name' }, fontSize: { value: 9 }, baseline: { value: 'middle' } },
          update: { x: { field: 'x' }, y: { field: 'y' }, dx: { signal: 'datum.children ? -7 : 7' },
            align: { signal: "datum.children ? 'right' : 'left'" }, opacity: { signal: 'labels ? 1 : 0' } },
        } },
    ],
  };
}

// 8. top-down tree (vertical orientation), straight links, labels under nodes
function treeVertical(tree) {
  return {
    $schema: SCHEMA, width: 760, height: 300, padding: 5,
    data: [
      { name: 'tree', values: tree, transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'tree', method: 'tidy', size: [{ signal: 'width' }, { signal: 'height - 40' }], as: ['x', 'y', 'depth', 'children'] },
      ] },
      { name: 'links', source: 'tree', transform: [
        { type: 'treelinks' }, { type: 'linkpath', orient: 'vertical', shape: 'line' },
      ] },
    ],
    scales: [{ name: 'color', type: 'ordinal', range: { scheme: 'tableau10' }, domain: { data: 'tree', field: 'depth' } }],
    marks: [
      { name: 'link-paths', type: 'path', from: { data: 'links' },
        encode: { update: { path: { field: 'path' }, stroke: { value: '#999' }, strokeWidth: { value: 1.5 } } } },
      { name: 'nodes', type: 'symbol', from: { data: 'tree' },
        encode: { enter: { size: { value: 120 }, stroke: { value: '#333' }, strokeWidth: { value: 1 } },
          update: { x: { field: 'x' }, y: { field: 'y' }, fill: { scale: 'color', field: 'depth' } } } },
      { name: 'labels', type: 'text', from: { data: 'tree' },
        encode: { enter: { text: { field: 'name' }, fontSize: { value: 9 }, baseline: { value: 'top' }, align: { value: 'right' }, angle: { value: -45 } },
          update: { x: { field: 'x' }, y: { field: 'y', offset: 9 } } } },
    ],
  };
}

// 9. org chart: rect nodes with text inside, orthogonal (elbow) links, inside a titled group
function orgChart() {
  const vals = ORG.map(([id, parent, name, role]) => (parent ? { id, parent, name, role } : { id, name, role }));
  return {
    $schema: SCHEMA, width: 900, height: 360, padding: 10,
    title: { text: 'Organisation', anchor: 'start' },
    signals: [{ name: 'boxW', value: 70 }, { name: 'boxH', value: 30 }],
    data: [
      { name: 'tree', values: vals, transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'tree', method: 'tidy', nodeSize: [80, 90], as: ['x', 'y', 'depth', 'children'] },
        { type: 'extent', field: 'x', signal: 'xext' },
      ] },
      { name: 'links', source: 'tree', transform: [
        { type: 'treelinks' }, { type: 'linkpath', orient: 'vertical', shape: 'orthogonal' },
      ] },
    ],
    scales: [{ name: 'color', type: 'ordinal', range: { scheme: 'pastel1' }, domain: { data: 'tree', field: 'depth' } }],
    marks: [{
      type: 'group', name: 'chart',
      encode: { update: { x: { signal: '-xext[0] + boxW / 2 + 20' }, y: { value: 30 } } },
      marks: [
        { name: 'link-paths', type: 'path', from: { data: 'links' },
          encode: { update: { path: { field: 'path' }, stroke: { value: '#888' }, strokeWidth: { value: 1.2 } } } },
        { name: 'nodes', type: 'rect', from: { data: 'tree' },
          encode: { enter: { width: { signal: 'boxW' }, height: { signal: 'boxH' }, stroke: { value: '#555' }, fill: { scale: 'color', field: 'depth' } },
            update: { xc: { field: 'x' }, yc: { field: 'y' } } } },
        { name: 'names', type: 'text', from: { data: 'tree' },
          encode: { enter: { text: { field: 'name' }, fontSize: { value: 9 }, fontWeight: { value: 'bold' }, align: { value: 'center' }, baseline: { value: 'bottom' } },
            update: { x: { field: 'x' }, y: { field: 'y', offset: 1 } } } },
        { name: 'roles', type: 'text', from: { data: 'tree' },
          encode: { enter: { text: { field: 'role' }, fontSize: { value: 8 }, fill: { value: '#444' }, align: { value: 'center' }, baseline: { value: 'top' } },
            update: { x: { field: 'x' }, y: { field: 'y', offset: 2 } } } },
      ],
    }],
  };
}

// 10. force layout of vega's module dependencies; arrowheads = rotated "triangle" symbols
function forceArrows() {
  const names = [...new Set(VEGA_DEPS.flat())].sort();
  return {
    $schema: SCHEMA, width: 760, height: 560, padding: 5, autosize: 'none',
    signals: [{ name: 'nodeRadius', value: 7 }, { name: 'cx', update: 'width / 2' }, { name: 'cy', update: 'height / 2' }],
    data: [
      { name: 'node-data', values: names.map((n) => ({ name: n })) },
      { name: 'link-data', values: VEGA_DEPS.map(([s, t]) => ({ source: names.indexOf(s), target: names.indexOf(t) })) },
    ],
    marks: [
      { name: 'nodes', type: 'symbol', zindex: 2, from: { data: 'node-data' },
        encode: { enter: { fill: { value: '#f58518' }, stroke: { value: '#fff' }, strokeWidth: { value: 1.5 },
          size: { signal: 'PI * nodeRadius * nodeRadius' } } },
        transform: [{ type: 'force', iterations: 300, static: true, signal: 'force', forces: [
          { force: 'center', x: { signal: 'cx' }, y: { signal: 'cy' } },
          { force: 'collide', radius: 25 },
          { force: 'nbody', strength: -220 },
          { force: 'link', links: 'link-data', distance: 70 },
        ] }] },
      { name: 'links', type: 'path', from: { data: 'link-data' }, interactive: false,
        encode: { update: { stroke: { value: '#999' }, strokeWidth: { value: 1 } } },
        transform: [{ type: 'linkpath', require: { signal: 'force' }, shape: 'line',
          sourceX: 'datum.source.x', sourceY: 'datum.source.y', targetX: 'datum.target.x', targetY: 'datum.target.y' }] },
      { name: 'arrows', type: 'symbol', zindex: 1, from: { data: 'link-data' }, interactive: false,
        encode: { update: {
          shape: { value: 'triangle' }, size: { value: 60 }, fill: { value: '#666' },
          x: { signal: 'datum.target.x - (nodeRadius + 5) * cos(atan2(datum.target.y - datum.source.y, datum.target.x - datum.source.x))' },
          y: { signal: 'datum.target.y - (nodeRadius + 5) * sin(atan2(datum.target.y - datum.source.y, datum.target.x - datum.source.x))' },
          angle: { signal: '90 + 180 / PI * atan2(datum.target.y - datum.source.y, datum.target.x - datum.source.x)' },
        } } },
      { name: 'labels', type: 'text', zindex: 3, from: { data: 'nodes' }, interactive: false,
        encode: { update: { x: { field: 'x', offset: 9 }, y: { field: 'y' }, text: { field: 'datum.name' },
          fontSize: { value: 10 }, baseline: { value: 'middle' }, fill: { value: '#222' } } } },
    ],
  };
}

// 11. layered DAG with given coordinates, diagonal links, arrowheads = path marks with angle
function pipelineDag() {
  return {
    $schema: SCHEMA, width: 820, height: 330, padding: 10,
    signals: [{ name: 'r', value: 9 }, { name: 'head', value: 10 }],
    data: [
      { name: 'nodes', values: PIPE_NODES.map(([name, layer, row]) => ({ name, layer, row })) },
      { name: 'edges', values: PIPE_EDGES.map(([source, target]) => ({ source, target })), transform: [
        { type: 'lookup', from: 'nodes', key: 'name', fields: ['source', 'target'], as: ['s', 't'] },
        { type: 'formula', as: 'sx', expr: "scale('x', datum.s.layer) + r" },
        { type: 'formula', as: 'sy', expr: "scale('y', datum.s.row)" },
        { type: 'formula', as: 'tx', expr: "scale('x', datum.t.layer) - r" },
        { type: 'formula', as: 'ty', expr: "scale('y', datum.t.row)" },
        { type: 'linkpath', shape: 'diagonal', orient: 'horizontal',
          sourceX: 'sx', sourceY: 'sy', targetX: { expr: 'datum.tx - head' }, targetY: 'ty' },
      ] },
    ],
    scales: [
      { name: 'x', type: 'point', domain: { data: 'nodes', field: 'layer', sort: true }, range: 'width', padding: 0.3 },
      { name: 'y', type: 'point', domain: { data: 'nodes', field: 'row', sort: true }, range: 'height', padding: 0.5 },
      { name: 'color', type: 'ordinal', domain: { data: 'nodes', field: 'layer', sort: true }, range: { scheme: 'blues' } },
    ],
    marks: [
      { name: 'links', type: 'path', from: { data: 'edges' },
        encode: { update: { path: { field: 'path' }, stroke: { value: '#555' }, strokeWidth: { value: 1.5 } } } },
      { name: 'arrowheads', type: 'path', from: { data: 'edges' },
        encode: { update: { x: { field: 'tx' }, y: { field: 'ty' }, angle: { value: 0 },
          path: { value: 'M0,0L-10,-4.5L-10,4.5Z' }, fill: { value: '#555' } } } },
      { name: 'node-marks', type: 'symbol', from: { data: 'nodes' },
        encode: { update: { x: { scale: 'x', field: 'layer' }, y: { scale: 'y', field: 'row' },
          size: { signal: 'PI * r * r' }, fill: { scale: 'color', field: 'layer' }, stroke: { value: '#333' } } } },
      { name: 'labels', type: 'text', from: { data: 'nodes' },
        encode: { update: { x: { scale: 'x', field: 'layer' }, y: { scale: 'y', field: 'row', offset: -13 },
          text: { field: 'name' }, align: { value: 'center' }, baseline: { value: 'bottom' }, fontSize: { value: 10 } } } },
    ],
  };
}

// 12. force layout, node size by degree and colour by sub-package, two legends, some labels
function forceLegend(nodes, links) {
  return {
    $schema: SCHEMA, width: 640, height: 520, padding: 5, autosize: 'pad',
    data: [
      { name: 'node-data', values: nodes },
      { name: 'link-data', values: links },
    ],
    scales: [
      { name: 'color', type: 'ordinal', domain: { data: 'node-data', field: 'pkg', sort: true }, range: { scheme: 'category10' } },
      { name: 'size', type: 'linear', domain: { data: 'node-data', field: 'degree' }, range: [30, 500] },
    ],
    legends: [
      { fill: 'color', title: 'package', orient: 'right', symbolType: 'circle' },
      { size: 'size', title: 'degree', orient: 'right', symbolType: 'circle', symbolFillColor: '#bbb' },
    ],
    marks: [
      { name: 'nodes', type: 'symbol', zindex: 1, from: { data: 'node-data' },
        encode: { enter: { fill: { scale: 'color', field: 'pkg' }, stroke: { value: 'white' }, size: { scale: 'size', field: 'degree' },
          tooltip: { field: 'name' } } },
        transform: [{ type: 'force', iterations: 400, static: true, signal: 'force', forces: [
          { force: 'center', x: { signal: 'width / 2' }, y: { signal: 'height / 2' } },
          { force: 'collide', radius: 9 },
          { force: 'nbody', strength: -40 },
          { force: 'link', links: 'link-data', distance: 40, id: 'datum.id' },
        ] }] },
      { name: 'links', type: 'path', from: { data: 'link-data' }, interactive: false,
        encode: { update: { stroke: { value: '#aaa' }, strokeWidth: { value: 0.8 }, strokeOpacity: { value: 0.7 } } },
        transform: [{ type: 'linkpath', require: { signal: 'force' }, shape: 'line',
          sourceX: 'datum.source.x', sourceY: 'datum.source.y', targetX: 'datum.target.x', targetY: 'datum.target.y' }] },
      { name: 'labels', type: 'text', zindex: 2, from: { data: 'nodes' }, interactive: false,
        encode: { update: { x: { field: 'x' }, y: { field: 'y', offset: -8 }, text: { signal: "datum.datum.degree >= 8 ? datum.datum.name : ''" },
          align: { value: 'center' }, baseline: { value: 'bottom' }, fontSize: { value: 9 } } } },
    ],
  };
}

// 13. Vega-Lite: cities at (longitude, latitude) on quantitative axes, routes as rules
function vlCities() {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Air routes', width: 640, height: 360,
    layer: [
      { data: { values: ROUTES.map(([from, to]) => ({ from, to })) },
        transform: [
          { lookup: 'from', from: { data: { values: CITIES.map(([city, lon, lat]) => ({ city, lon, lat })) }, key: 'city', fields: ['lon', 'lat'] }, as: ['lon1', 'lat1'] },
          { lookup: 'to', from: { data: { values: CITIES.map(([city, lon, lat]) => ({ city, lon, lat })) }, key: 'city', fields: ['lon', 'lat'] }, as: ['lon2', 'lat2'] },
        ],
        mark: { type: 'rule', color: '#888', strokeWidth: 1 },
        encoding: {
          x: { field: 'lon1', type: 'quantitative', scale: { zero: false }, title: 'longitude' },
          y: { field: 'lat1', type: 'quantitative', scale: { zero: false }, title: 'latitude' },
          x2: { field: 'lon2' }, y2: { field: 'lat2' },
        } },
      { data: { values: CITIES.map(([city, lon, lat, region]) => ({ city, lon, lat, region })) },
        mark: { type: 'circle', size: 90, opacity: 1, stroke: 'white', strokeWidth: 1 },
        encoding: {
          x: { field: 'lon', type: 'quantitative' }, y: { field: 'lat', type: 'quantitative' },
          color: { field: 'region', type: 'nominal' }, tooltip: { field: 'city' },
        } },
      { data: { values: CITIES.map(([city, lon, lat]) => ({ city, lon, lat })) },
        mark: { type: 'text', align: 'left', dx: 7, dy: -6, fontSize: 10 },
        encoding: { x: { field: 'lon', type: 'quantitative' }, y: { field: 'lat', type: 'quantitative' }, text: { field: 'city' } } },
    ],
  };
}

// ---------------------------------------------------------------- drawing table
function misTruth() {
  return {
    nodes: MIS.nodes.map((n) => n.name),
    edges: MIS.links.map((l) => [MIS.nodes[l.source].name, MIS.nodes[l.target].name]),
    idOf: (d) => d.name,
  };
}

function drawings() {
  const D = [];
  // 1
  D.push({ name: 'force-directed-miserables-77', spec: forceMiserables(), nodeMark: 'nodes', edgeMark: 'links',
    ...misTruth(), labels: false,
    notes: 'Gallery "Force Directed Layout" (static, 300 iterations), inline miserables data. Circle symbols r=8 with white stroke over 0.5px #ccc centre-to-centre path lines. No labels; nodes may overlap the 700x500 frame edge.' });
  // 2
  D.push({ name: 'arc-diagram-miserables-77', spec: arcMiserables(), nodeMark: 'node-marks', edgeMark: 'links',
    ...misTruth(), labels: true,
    notes: 'Gallery "Arc Diagram": nodes on one horizontal line (y=0 in the group), edges are semicircular arcs (linkpath shape "arc") between them, stroke width = link value, 0.2 opacity. Node size from degree. An invisible copy of every node (symbol mark with opacity 0) is drawn first at the same spot. Names drawn rotated -90 below the line.' });
  // 3
  {
    const tree = flareSubset(1, [2, 16, 38, 51, 56, 58, 129, 140]);
    const ids = new Set(tree.map((n) => n.id));
    const deps = FLARE_DEPS.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ source: e.source, target: e.target }));
    const full = Object.fromEntries(tree.map((n) => [n.id, n.full]));
    const leaves = tree.filter((n) => !flareKids[n.id]);
    D.push({ name: `edge-bundling-flare-${leaves.length}`, spec: edgeBundling(tree, deps), nodeMark: 'nodes', edgeMark: 'links',
      nodes: leaves.map((n) => n.full), edges: deps.map((e) => [full[e.source], full[e.target]]), idOf: (d) => d.full,
      labels: true, labelOf: (d) => d.name, multigraph: true,
      notes: 'Gallery "Edge Bundling" on a flare subset (analytics, animate, data, display, flex, physics, scale, util). Edges are the dependency links, each one bundled line (curveBundle, tension 0.85) that runs from source leaf through the tree towards the target leaf; the tree itself is not drawn. The gallery draws no node shapes: this adaptation adds a small dot (symbol size 16) at every leaf, and labels start 5px outside it, rotated radially. Where both a->b and b->a are in the data both are drawn (two bundles between the same leaves): multigraph, undirected. A stroke legend (2 short line symbols) sits bottom-right.' });
  }
  // 4
  {
    const tree = flareSubset(169);
    D.push({ name: `radial-tree-tidy-line-vis-${tree.length}`, spec: radialTree(tree, 'tidy', 'line'), nodeMark: 'nodes', edgeMark: 'link-paths',
      nodes: tree.map((n) => n.full), edges: treeEdges(tree), idOf: (d) => d.full, labels: true, labelOf: (d) => d.name,
      notes: 'Gallery "Radial Tree Layout", tidy, straight links (paths drawn in a mark translated to the origin at the centre), flare.vis subtree. Labels rotated radially. Edges are parent-child links.' });
  }
  // 5
  {
    const tree = flareSubset(1, [2, 16, 38, 58, 129]);
    D.push({ name: `radial-cluster-orthogonal-flare-${tree.length}`, spec: radialTree(tree, 'cluster', 'orthogonal'), nodeMark: 'nodes', edgeMark: 'link-paths',
      nodes: tree.map((n) => n.full), edges: treeEdges(tree), idOf: (d) => d.full, labels: true, labelOf: (d) => d.name,
      notes: 'Gallery "Radial Tree Layout" with layout=cluster and links=orthogonal: every link is a circular arc at the parent radius followed by a radial segment out to the child, so sibling links overlap along the arc. Leaves all on the outer circle. Edges are parent-child links.' });
  }
  // 6
  {
    const tree = flareSubset(1, [2, 16, 38]);
    D.push({ name: `tree-cluster-curve-flare-${tree.length}`, spec: treeLayout(tree, 'cluster', 'curve', 700), nodeMark: 'nodes', edgeMark: 'link-paths',
      nodes: tree.map((n) => n.full), edges: treeEdges(tree), idOf: (d) => d.full, labels: true, labelOf: (d) => d.name,
      notes: 'Gallery "Tree Layout", horizontal, layout=cluster (leaves aligned at the right), links=curve (linkpath "curve": a cubic whose control points sit at mid-x). Root on the left edge. Labels left of inner nodes, right of leaves. Edges are parent-child links.' });
  }
  // 7
  {
    const tree = flareSubset(140);
    D.push({ name: `tree-tidy-orthogonal-util-${tree.length}`, spec: treeLayout(tree, 'tidy', 'orthogonal', 420), nodeMark: 'nodes', edgeMark: 'link-paths',
      nodes: tree.map((n) => n.full), edges: treeEdges(tree), idOf: (d) => d.full, labels: true, labelOf: (d) => d.name,
      notes: 'Gallery "Tree Layout", horizontal, tidy, links=orthogonal (elbow: vertical at the parent x, then horizontal to the child; siblings share the vertical run). flare.util subtree. The elbow math -> DenseMatrix turns exactly at the centre of its uncle IValueProxy (same x as math, same y as DenseMatrix), so that one path runs through an unrelated node. Edges are parent-child links.' });
  }
  // 8
  {
    const tree = flareSubset(1, [2, 38]);
    D.push({ name: `tree-vertical-line-flare-${tree.length}`, spec: treeVertical(tree), nodeMark: 'nodes', edgeMark: 'link-paths',
      nodes: tree.map((n) => n.full), edges: treeEdges(tree), idOf: (d) => d.full, labels: true, labelOf: (d) => d.name,
      notes: 'Tree Layout oriented top-down (tree size [width, height], linkpath orient vertical, shape line): straight centre-to-centre links, depth colours, labels rotated -45 below each node. Root on the top edge. Edges are parent-child links.' });
  }
  // 9
  D.push({ name: 'org-chart-boxes-19', spec: orgChart(), nodeMark: 'nodes', edgeMark: 'link-paths', rect: true,
    nodes: ORG.map((o) => o[0]), edges: ORG.filter((o) => o[1]).map((o) => [o[1], o[0]]), idOf: (d) => d.id,
    labels: true, labelOf: (d) => d.name,
    notes: 'Org chart: tidy tree with nodeSize, drawn top-down inside a translated group mark (title above). Nodes are 70x30 rect marks (centre = truth) holding a bold name and a role line; links are orthogonal elbows (linkpath orient vertical: H to the child x at the parent centre height, then V down to the child centre), so sibling links share the horizontal run and both ends are hidden under the boxes. The drawing is wider than the spec width (autosize pad). Label = the name line.' });
  // 10
  {
    const names = [...new Set(VEGA_DEPS.flat())].sort();
    D.push({ name: `force-arrows-vega-modules-${names.length}`, spec: forceArrows(), nodeMark: 'nodes', edgeMark: 'links',
      nodes: names, edges: VEGA_DEPS.map((e) => [...e]), idOf: (d) => d.name, directed: true, labels: true,
      notes: 'Directed force layout of vega 6.4.0 module dependencies (package depends on package). Edges are centre-to-centre path lines under the nodes; the arrowhead is a separate symbol mark, shape "triangle" (size 60) rotated by the edge angle + 90, its centroid 12px from the target centre, tip touching the circle. Labels right of nodes.' });
  }
  // 11
  D.push({ name: `pipeline-dag-path-arrows-${PIPE_NODES.length}`, spec: pipelineDag(), nodeMark: 'node-marks', edgeMark: 'links',
    nodes: PIPE_NODES.map((n) => n[0]), edges: PIPE_EDGES.map((e) => [...e]), idOf: (d) => d.name, directed: true, labels: true,
    notes: 'Layered DAG with coordinates from point scales (layer, row). Edges are horizontal "diagonal" linkpaths (cubic) from the right side of the source circle to 10px before the left side of the target; the arrowhead is a separate path mark (M0,0L-10,-4.5L-10,4.5Z, tip on the target boundary). Some edges skip layers and pass near other nodes. Labels above nodes.' });
  // 12
  {
    const vis = flareSubset(169);
    const leaves = vis.filter((n) => !flareKids[n.id]);
    const lids = new Set(leaves.map((n) => n.id));
    const seen = new Set();
    const links = [];
    for (const e of FLARE_DEPS) {
      if (!lids.has(e.source) || !lids.has(e.target)) continue;
      const k = Math.min(e.source, e.target) + '-' + Math.max(e.source, e.target);
      if (seen.has(k)) continue;
      seen.add(k); links.push({ source: e.source, target: e.target });
    }
    const deg = {};
    for (const l of links) { deg[l.source] = (deg[l.source] || 0) + 1; deg[l.target] = (deg[l.target] || 0) + 1; }
    const pkgOf = (n) => flareById[n.parent].name;
    const nodes = leaves.map((n) => ({ id: n.id, name: n.name, full: n.full, pkg: pkgOf(n), degree: deg[n.id] || 0 }));
    const full = Object.fromEntries(leaves.map((n) => [n.id, n.full]));
    D.push({ name: `force-size-colour-legend-vis-${nodes.length}`, spec: forceLegend(nodes, links), nodeMark: 'nodes', edgeMark: 'links',
      nodes: nodes.map((n) => n.full), edges: links.map((l) => [full[l.source], full[l.target]]), idOf: (d) => d.full,
      labels: true, labelOf: (d) => (d.degree >= 8 ? d.name : null),
      notes: 'Force layout of the flare.vis classes and their (de-duplicated, undirected) dependencies. Node area from degree (scale 30..500, degree-0 nodes are tiny), fill by sub-package, white stroke. Two legends on the right: a colour legend of circles and a size legend of grey circles; neither is a node. Only nodes with degree >= 8 have a label (above the node); the others have an empty <text>. Isolated classes are pushed outwards.' });
  }
  // 13
  D.push({ name: `vegalite-axes-cities-${CITIES.length}`, vl: vlCities(), nodeMark: 'layer_1_marks', edgeMark: 'layer_0_marks',
    nodes: CITIES.map((c) => c[0]), edges: ROUTES.map((e) => [...e]), idOf: (d) => d.city, labels: true,
    notes: 'Vega-Lite 6.5.0 layered chart compiled to Vega: cities as circle marks at (longitude, latitude) on linear x/y axes with grid lines, tick labels and axis titles; routes as rule marks (<line>) from centre to centre; city names as a text layer offset up-right; colour legend (3 circles) at the right; chart title. Axis ticks and grid lines are not edges.' });
  return D;
}

// ---------------------------------------------------------------- SVG parsing for the self-check
function mul(m, n) {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}
function parseTransform(s) {
  let m = [1, 0, 0, 1, 0, 0];
  if (!s) return m;
  const re = /(\w+)\(([^)]*)\)/g;
  let t;
  while ((t = re.exec(s))) {
    const a = t[2].split(/[\s,]+/).filter(Boolean).map(Number);
    let n;
    if (t[1] === 'translate') n = [1, 0, 0, 1, a[0], a[1] || 0];
    else if (t[1] === 'scale') n = [a[0], 0, 0, a[1] === undefined ? a[0] : a[1], 0, 0];
    else if (t[1] === 'rotate') {
      const r = (a[0] * Math.PI) / 180, c = Math.cos(r), s2 = Math.sin(r);
      n = [c, s2, -s2, c, 0, 0];
      if (a.length === 3) n = mul(mul([1, 0, 0, 1, a[1], a[2]], n), [1, 0, 0, 1, -a[1], -a[2]]);
    } else if (t[1] === 'matrix') n = a;
    else fail('unknown transform ' + t[1]);
    m = mul(m, n);
  }
  return m;
}
const attr = (s, name) => { const m = new RegExp('\\s' + name + '="([^"]*)"').exec(s); return m ? m[1] : null; };
// returns [{tag, attrs, matrix, markClass}] for every element
function parseSvg(svg) {
  const out = [];
  const stack = [{ m: [1, 0, 0, 1, 0, 0], mark: null }];
  const re = /<(\/?)([\w:-]+)((?:[^>"]|"[^"]*")*?)(\/?)>/g;
  let t;
  while ((t = re.exec(svg))) {
    if (t[1]) { stack.pop(); continue; }
    const top = stack[stack.length - 1];
    const m = mul(top.m, parseTransform(attr(t[3], 'transform')));
    const cls = attr(t[3], 'class');
    const el = { tag: t[2], attrs: t[3], m, mark: top.mark };
    out.push(el);
    if (!t[4]) stack.push({ m, mark: cls && /role-mark/.test(cls) ? cls.split(/\s+/) : top.mark });
  }
  return out;
}
const inMark = (el, name) => el.mark && el.mark.includes(name) && el.mark.includes('role-mark');
function rectCentre(el) {
  const d = attr(el.attrs, 'd');
  const m = /^M([-\d.e]+),([-\d.e]+)h([-\d.e]+)v([-\d.e]+)h[-\d.e]+Z$/.exec(d);
  if (m) return apply(el.m, +m[1] + m[3] / 2, +m[2] + m[4] / 2);
  // rounded rect: absolute path, centre of the bounding box of its points
  const nums = d.replace(/[A-Za-z]/g, ' ').trim().split(/[\s,]+/).map(Number);
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i + 1 < nums.length; i += 2) {
    x0 = Math.min(x0, nums[i]); x1 = Math.max(x1, nums[i]); y0 = Math.min(y0, nums[i + 1]); y1 = Math.max(y1, nums[i + 1]);
  }
  return apply(el.m, (x0 + x1) / 2, (y0 + y1) / 2);
}
const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// ---------------------------------------------------------------- scenegraph walk
function collect(mark, ox, oy, want, out) {
  for (const it of mark.items || []) {
    if (mark.marktype === 'group') {
      for (const child of it.items || []) collect(child, ox + (it.x || 0), oy + (it.y || 0), want, out);
    }
    if (mark.name === want) out.push({ item: it, ox, oy, marktype: mark.marktype });
  }
  return out;
}

// ---------------------------------------------------------------- main
(async () => {
  const vega = await load('vega');
  const vl = await load('vega-lite');
  const vegaVersion = vega.version;
  const vlVersion = vl.version;
  const sgVersion = JSON.parse(fs.readFileSync(path.join(NM, 'vega-scenegraph', 'package.json'), 'utf8')).version;
  const only = process.argv[2];
  for (const d of drawings()) {
    if (only && !d.name.includes(only)) continue;
    const spec = d.vl ? vl.compile(d.vl).spec : d.spec;
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    await view.runAsync();
    const svg = await view.toSVG();
    const origin = view.origin();
    const pad = view.padding();
    const ox = origin[0] + (pad.left || 0), oy = origin[1] + (pad.top || 0);
    const root = view.scenegraph().root;
    const items = collect(root, ox, oy, d.nodeMark, []);
    if (items.length !== d.nodes.length) fail(`${d.name}: ${items.length} node items, ${d.nodes.length} nodes`);
    const pos = {};
    const lab = {};
    for (const { item, ox: gx, oy: gy } of items) {
      let datum = item.datum;
      if (datum && datum.mark && datum.datum) datum = datum.datum; // reactive geometry (mark from a mark)
      const id = d.idOf(datum);
      if (id in pos) fail(`${d.name}: duplicate id ${id}`);
      let x = gx + item.x, y = gy + item.y;
      if (d.rect) { x += item.width / 2; y += item.height / 2; }
      pos[id] = [x, y];
      if (d.labels) {
        const l = d.labelOf ? d.labelOf(datum) : id;
        if (l) lab[id] = l;
      }
    }
    for (const id of d.nodes) if (!(id in pos)) fail(`${d.name}: node ${id} not drawn`);
    // self-check 1: every node matches one drawn element of the node mark within 0.01
    const els = parseSvg(svg);
    const nodeEls = els.filter((e) => e.tag === 'path' && inMark(e, d.nodeMark) && attr(e.attrs, 'class') !== 'background');
    if (nodeEls.length !== d.nodes.length) fail(`${d.name}: ${nodeEls.length} node elements in SVG`);
    const centres = nodeEls.map((e) => (d.rect ? rectCentre(e) : apply(e.m, 0, 0)));
    const used = new Set();
    for (const id of d.nodes) {
      const [x, y] = pos[id];
      let best = -1, bd = Infinity;
      centres.forEach((c, i) => { const dd = Math.hypot(c[0] - x, c[1] - y); if (!used.has(i) && dd < bd) { bd = dd; best = i; } });
      if (bd > 0.01) fail(`${d.name}: node ${id} at ${x},${y} is ${bd} from nearest drawn node`);
      used.add(best);
    }
    // self-check 2: one drawn edge element per truth edge
    const edgeEls = els.filter((e) => (e.tag === 'path' || e.tag === 'line') && inMark(e, d.edgeMark));
    if (edgeEls.length !== d.edges.length) fail(`${d.name}: ${edgeEls.length} edge elements, ${d.edges.length} edges`);
    for (const [s, t] of d.edges) if (!(s in pos) || !(t in pos)) fail(`${d.name}: edge ${s}-${t} has an unknown end`);
    // self-check 3: drawn labels
    const texts = els.filter((e) => e.tag === 'text').length;
    if (d.labels && texts < Object.keys(lab).length) fail(`${d.name}: ${texts} <text> < ${Object.keys(lab).length} labels`);
    // distinct nodes apart
    let minGap = Infinity;
    const ids = d.nodes;
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++)
      minGap = Math.min(minGap, Math.hypot(pos[ids[i]][0] - pos[ids[j]][0], pos[ids[i]][1] - pos[ids[j]][1]));
    if (minGap < 1) fail(`${d.name}: two nodes only ${minGap} apart`);
    const r6 = (v) => Math.round(v * 1e9) / 1e9;
    const truth = {
      generator: d.vl ? `vega-lite ${vlVersion} -> vega ${vegaVersion} (vega-scenegraph ${sgVersion})` : `vega ${vegaVersion} (vega-scenegraph ${sgVersion})`,
      directed: !!d.directed,
      nodes: d.nodes.map((id) => {
        const o = { id: String(id), x: r6(pos[id][0]), y: r6(pos[id][1]) };
        if (lab[id]) o.label = lab[id];
        return o;
      }),
      edges: d.edges.map(([s, t]) => [String(s), String(t)]),
      notes: d.notes + ` Smallest distance between two nodes: ${minGap.toFixed(2)}.`,
    };
    const js = '{\n' + Object.entries(truth).map(([k, v]) => {
      if (k === 'nodes') return ' "nodes": [\n' + v.map((n) => '  ' + JSON.stringify(n)).join(',\n') + '\n ]';
      if (k === 'edges') return ' "edges": [' + v.map((e) => JSON.stringify(e)).join(', ') + ']';
      return ' ' + JSON.stringify(k) + ': ' + JSON.stringify(v);
    }).join(',\n') + '\n}\n';
    fs.writeFileSync(path.join(HERE, d.name + '.svg'), svg);
    fs.writeFileSync(path.join(HERE, d.name + '.truth.json'), js);
    console.log(`${d.name}: ${d.nodes.length} nodes, ${d.edges.length} edges, min gap ${minGap.toFixed(2)}, ${svg.length} bytes`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
