import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { costBigPage } from './lib/pages.mjs';
await build({ configFile: false, logLevel: 'warn', build: { outDir: '/tmp/walkbench', emptyOutDir: true, minify: true, lib: { entry: '/tmp/walkbench-entry.ts', formats: ['iife'], name: 'x', fileName: () => 'wb.js' } } });
const js = readFileSync('/tmp/walkbench/wb.js', 'utf8');
const html = costBigPage();
const server = createServer((req, res) => req.url === '/wb.js' ? res.writeHead(200, { 'content-type': 'text/javascript' }).end(js) : res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise((d) => server.listen(0, '127.0.0.1', d));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const kinds = {
  bare: `(() => { const t0 = performance.now(); const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let c = 0; while (w.nextNode()) c += w.currentNode.nodeValue.length; return performance.now() - t0; })()`,
  element: `(() => { const t0 = performance.now(); const w = document.createTreeWalker(document.body, 5); let c = 0; while (w.nextNode()) { const n = w.currentNode; if (n.nodeType === 3) c += n.data.length; else if (n.tagName.length && n.hasAttributes()) c++; } return performance.now() - t0; })()`,
  blocksNoop: `(() => { const t0 = performance.now(); lensBench.walkBlocks(document.body, { onBlock: () => false }).step(Infinity); return performance.now() - t0; })()`,
  blocksMatch: `(() => { const m = lensBench.matcher(); const t0 = performance.now(); let n = 0; lensBench.walkBlocks(document.body, { onBlock: (b) => { n += m.findMatches(b.text).length; return false; } }).step(Infinity); return performance.now() - t0; })()`,
  matcherBuild: `(() => { const t0 = performance.now(); lensBench.matcher(); return performance.now() - t0; })()`,
};
const out = {};
for (let r = 0; r < 4; r++) for (const [k, expr] of Object.entries(kinds)) {
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ url: '/wb.js' });
  await page.waitForTimeout(300);
  (out[k] ??= []).push(await page.evaluate(expr));
}
await browser.close(); server.close();
for (const [k, v] of Object.entries(out)) console.log(k.padEnd(14), v.map((x) => x.toFixed(1)).join(' '));
