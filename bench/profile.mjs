/**
 * Where the extension's time goes on one of the page-cost pages: a V8 CPU profile of the page's
 * renderer (the content script's isolated world included) during a first load, self and total time
 * by function for chrome-extension:// code. Build unminified for names:
 *   LENS_NO_MINIFY=1 LENS_OUT_DIR=/tmp/lens-prof npx wxt build && LENS_OUT_DIR=/tmp/lens-prof node bench/profile.mjs big
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { costBigPage, costFeedPage, costNewsPage, costQuietPage } from './lib/pages.mjs';

const BUILD = resolve(import.meta.dirname, '..', process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3');
const which = process.argv[2] ?? 'big';
const html = { big: costBigPage, news: costNewsPage, feed: costFeedPage, quiet: costQuietPage }[which]();
const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const profileDir = mkdtempSync(join(tmpdir(), 'lens-prof-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1200, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`],
});
if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
const page = context.pages()[0] ?? (await context.newPage());
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
await page.waitForTimeout(which === 'feed' ? 9000 : 6000);
const { profile } = await cdp.send('Profiler.stop');
await context.close();
rmSync(profileDir, { recursive: true, force: true });
server.close();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const self = new Map();
const total = new Map();
const ours = (n) => n.callFrame.url.startsWith('chrome-extension://');
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
let extMs = 0;
for (const [id, ms] of dt) {
  let n = nodes.get(id);
  // Self time goes to the innermost frame of ours (native work our code called counts as ours).
  let chain = [];
  for (let cur = n; cur; cur = nodes.get(parent.get(cur.id))) chain.push(cur);
  const first = chain.find(ours);
  if (!first) continue;
  extMs += ms;
  self.set(key(first), (self.get(key(first)) ?? 0) + ms);
  for (const k of new Set(chain.filter(ours).map(key))) total.set(k, (total.get(k) ?? 0) + ms);
  if (n.callFrame.url === '' && n !== first) self.set(`  [native] ${n.callFrame.functionName} under ${key(first)}`, (self.get(`  [native] ${n.callFrame.functionName} under ${key(first)}`) ?? 0) + ms);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((ms / extMs) * 100).toFixed(1).padStart(5)}%  ${n}`).join('\n');
console.log(`${which}: ${extMs.toFixed(0)} ms sampled in extension code\n-- self --\n${top(self, 30)}\n-- total --\n${top(total, 30)}`);
