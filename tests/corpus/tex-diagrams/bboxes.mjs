// Bounding boxes of every drawn element of SVG files, in the root <svg>'s user
// space, as Chromium computes them (viewBox removed, so getCTM maps into root
// user space). usage: NPMDIR=/tmp/npm-y node bboxes.mjs FILE.svg...
// Prints one JSON line per file: {file, els: [[tag, x0, y0, x1, y1, glyph], ...]}
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
  const svg = fs.readFileSync(f, "utf8").replace(/^<\?xml[^>]*>/, "");
  await page.setContent("<!DOCTYPE html><html><body style='margin:0'>" + svg + "</body></html>");
  const els = await page.evaluate(() => {
    const root = document.querySelector("svg");
    root.removeAttribute("viewBox"); root.setAttribute("width", "5000"); root.setAttribute("height", "5000");
    const out = [];
    for (const el of root.querySelectorAll("path,circle,ellipse,rect,polygon,polyline,line,use,text")) {
      if (el.closest("defs") || el.closest("symbol") || el.closest("clipPath") || el.closest("marker")) continue;
      const b = el.getBBox(); const m = el.getCTM();
      if (!m || (b.width === 0 && b.height === 0)) continue;
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]) {
        const X = m.a * x + m.c * y + m.e, Y = m.b * x + m.d * y + m.f;
        x0 = Math.min(x0, X); x1 = Math.max(x1, X); y0 = Math.min(y0, Y); y1 = Math.max(y1, Y);
      }
      out.push([el.tagName, x0, y0, x1, y1, el.tagName === "use" || el.tagName === "text" ? 1 : 0]);
    }
    return out;
  });
  console.log(JSON.stringify({ file: f, els }));
}
await browser.close();
