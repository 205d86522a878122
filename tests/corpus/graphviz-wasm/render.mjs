// Lays out DOT sources with @hpcc-js/wasm-graphviz (Graphviz compiled to
// WebAssembly) and writes, per job, NAME.svg (-Tsvg) and NAME.json (-Tjson)
// into the directory given as argv[2]. Jobs come on stdin as JSON:
// [{"name": ..., "engine": "dot"|"neato"|..., "dot": "..."}].
// The module path is $GVWASM, default /tmp/npm-x/node_modules/@hpcc-js/wasm-graphviz/dist/index.js
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const mod = process.env.GVWASM || "/tmp/npm-x/node_modules/@hpcc-js/wasm-graphviz/dist/index.js";
const { Graphviz } = await import(mod);
// fdp (and any layout using the random number generator) keeps state between
// calls in one module instance: a second layout of the same source can differ.
// So every layout runs in a freshly loaded module, which makes the SVG and the
// JSON of one drawing the same layout (generate.py checks this).
async function layout(src, fmt, engine) {
  Graphviz.unload();
  const gv = await Graphviz.load();
  return gv.layout(src, fmt, engine);
}
const jobs = JSON.parse(readFileSync(0, "utf8"));
const out = process.argv[2];
for (const j of jobs) {
  writeFileSync(join(out, j.name + ".svg"), await layout(j.dot, "svg", j.engine));
  writeFileSync(join(out, j.name + ".json"), await layout(j.dot, "json", j.engine));
}
writeFileSync(join(out, "version.txt"), (await Graphviz.load()).version());
