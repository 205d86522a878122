// Check mermaid-diagrams drawings in Chromium: for every <g class="node ..."> report
// its id, the group's origin and the bounding box of its drawn shapes (every
// rect/circle/ellipse/polygon/path/line under it that is not inside a label),
// both in the root <svg>'s user space (the viewBox is removed first, so the
// root's screen CTM is a plain translation).
// usage: node check.mjs FILE.svg...   (prints JSON lines)
import fs from "fs";
import { createRequire } from "module";
const require = createRequire(process.env.NPMDIR + "/package.json");
const puppeteer = require("puppeteer");
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]});
const page = await browser.newPage();
for (const f of process.argv.slice(2)) {
  const svg = fs.readFileSync(f, "utf8");
  await page.setContent("<!DOCTYPE html><html><body style='margin:0'>" + svg + "</body></html>");
  const out = await page.evaluate(() => {
    const root = document.querySelector("svg");
    root.removeAttribute("viewBox"); root.setAttribute("width", "5000"); root.setAttribute("height", "5000");
    root.removeAttribute("style");
    const res = [];
    // getScreenCTM relative to the root's: unlike getCTM this also crosses the
    // nested <svg> viewports of architecture icons
    const rootInv = root.getScreenCTM().inverse();
    const tr = (el, x, y) => { const m = rootInv.multiply(el.getScreenCTM()); return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]; };
    for (const g of root.querySelectorAll("g.node, g.rough-node, g.architecture-service")) {
      let minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
      for (const el of g.querySelectorAll("rect,circle,ellipse,polygon,path,line,polyline")) {
        if (el.closest(".label") || el.closest("foreignObject") || el.closest("text")) continue;
        if (el.tagName === "rect" && !el.hasAttribute("width")) continue;
        const b = el.getBBox();
        if (b.width === 0 && b.height === 0) continue;
        for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]) {
          const [X, Y] = tr(el, x, y);
          minx = Math.min(minx, X); maxx = Math.max(maxx, X); miny = Math.min(miny, Y); maxy = Math.max(maxy, Y);
        }
      }
      const o = tr(g, 0, 0);
      res.push({ id: g.id, ox: o[0], oy: o[1], bx: (minx + maxx) / 2, by: (miny + maxy) / 2, w: maxx - minx, h: maxy - miny });
    }
    return res;
  });
  console.log(JSON.stringify({ file: f, nodes: out }));
}
await browser.close();
