/**
 * Hover cards in real Chromium with the built extension: how long after the pointer comes to rest on
 * a name the card is up, beyond the hover delay the person chose, on a short article, on a long one
 * (about 300 KB, thousands of mentions), and on the long one with two more tabs of it open.
 *
 * Baseline, measured in the same page at the same moments: a page-world timer armed on the same
 * pointer moves with the same delay (what any hover-intent script on that page would get from the
 * event loop). The card's figure over the baseline's is the cost of hit-testing, building and
 * placing the card. A second table gives the main-thread script time of a pointer sweep across the
 * text with the extension on, against the same sweep with it paused.
 *
 * Run a build first; LENS_OUT_DIR picks it (default .output).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/extension.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3');
const HOVERS = Number(process.env.BENCH_HOVERS ?? 12);
const DELAY = 350;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);

// --- Pages -------------------------------------------------------------------------------------

const NAMES = ['Claude Code', 'OpenAI', 'Anthropic', 'Sam Altman', 'GitHub Copilot', 'Cursor', 'Greg Brockman', 'Windsurf'];
const FILLER =
  'The agent read the repository, ran the tests in the terminal and proposed a patch that the team reviewed before lunch';
function paragraph(i) {
  const a = NAMES[i % NAMES.length];
  const b = NAMES[(i * 3 + 1) % NAMES.length];
  return `<p>Report ${i}: ${a} and the AI coding race. ${FILLER}; later ${b} answered with a new coding agent release, number ${i}.</p>`;
}
const page = (count) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title>
  <style>body{font:16px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head>
  <body><article>${Array.from({ length: count }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`;
const PAGES = { '/short.html': page(12), '/long.html': page(1600) };

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(PAGES[path] ?? '<!doctype html><title>blank</title>');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- Browser -----------------------------------------------------------------------------------

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No built extension at ${BUILD}: run a build first (LENS_OUT_DIR picks the folder).`);
  process.exit(1);
}
const extension = await launchWithExtension(BUILD, { profilePrefix: 'lens-card-bench-' });
const { context, worker } = extension;
const setSettings = (patch) =>
  worker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
await setSettings({ hoverDelayMs: DELAY, paused: false });

// Page-world probes: the last pointer move, a same-delay timer re-armed on every move (the
// baseline), and the moment the card's host element joins the page.
const PROBES = `(() => {
  window.__lens = { lastMove: 0, baselineAt: 0, cardAt: 0 };
  let timer = 0;
  addEventListener('pointermove', () => {
    __lens.lastMove = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => { __lens.baselineAt = performance.now(); }, ${DELAY});
  }, { capture: true, passive: true });
  // <html> does not exist yet when init scripts run: watch it once the document is parsed.
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.localName === 'ai-industry-lens-card') __lens.cardAt = performance.now();
      }
    }).observe(document.documentElement, { childList: true });
  });
})();`;

const painted = () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);

async function openBenchPage(path) {
  const p = await context.newPage();
  await p.addInitScript(PROBES);
  await p.goto(origin + path);
  // Detection has finished once the painted count stops changing.
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const now = await p.evaluate(painted);
    if (now > 0 && now === last) break;
    last = now;
    await p.waitForTimeout(250);
  }
  return p;
}

/** Rects of mentions spread over the page: the first painted range of each of several paragraphs. */
async function targets(p, count) {
  return p.evaluate((count) => {
    const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r instanceof Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const step = Math.max(1, Math.floor(ranges.length / count));
    return Array.from({ length: count }, (_, i) => i * step).filter((i) => i < ranges.length);
  }, count);
}

async function hoverOnce(p, index) {
  await p.keyboard.press('Escape');
  await p.mouse.move(1190, 790);
  const box = await p.evaluate((index) => {
    const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r instanceof Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[index];
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    __lens.cardAt = 0;
    __lens.baselineAt = 0;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, index);
  await p.waitForTimeout(50);
  await p.mouse.move(box.x - 30, box.y);
  await p.mouse.move(box.x, box.y, { steps: 3 });
  try {
    await p.waitForFunction(() => __lens.cardAt > 0 && __lens.baselineAt > 0, null, { timeout: 10_000 });
  } catch (e) {
    console.log(await p.evaluate(() => JSON.stringify({ ...__lens, host: !!document.querySelector("ai-industry-lens-card"), n: [...CSS.highlights.keys()] })), box);
    throw e;
  }
  return p.evaluate(() => ({ card: __lens.cardAt - __lens.lastMove, baseline: __lens.baselineAt - __lens.lastMove }));
}

async function measureOpen(label, path, extraTabs = 0) {
  const others = [];
  for (let i = 0; i < extraTabs; i++) others.push(await openBenchPage(path));
  const p = await openBenchPage(path);
  const mentions = await p.evaluate(painted);
  const picks = await targets(p, HOVERS);
  const card = [];
  const baseline = [];
  for (const index of picks) {
    const t = await hoverOnce(p, index);
    card.push(t.card - DELAY);
    baseline.push(t.baseline - DELAY);
  }
  if (process.env.BENCH_VERBOSE) console.log(label, { card: card.map(Math.round), baseline: baseline.map(Math.round) });
  for (const o of others) await o.close();
  await p.close();
  return { label, mentions, card, baseline };
}

async function sweepScriptTime(p) {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const box = await p.evaluate(() => {
    const el = document.querySelectorAll('p')[40];
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  const metric = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
  const before = await metric();
  for (let row = 0; row < 4; row++) {
    const y = box.top + 10 + row * ((box.bottom - box.top - 20) / 3);
    await p.mouse.move(box.left, y);
    await p.mouse.move(box.right, y, { steps: 50 });
  }
  const after = await metric();
  await cdp.detach();
  return after - before;
}

// --- Run ---------------------------------------------------------------------------------------

const results = [
  await measureOpen('short article', '/short.html'),
  await measureOpen('long article (~300 KB)', '/long.html'),
  await measureOpen('long article, 3 tabs open', '/long.html', 2),
];

console.log(`\nCard up after the pointer rests (time beyond the ${DELAY} ms hover delay; ${HOVERS} hovers each)`);
console.table(
  results.map((r) => ({
    page: r.label,
    mentions: r.mentions,
    'card median': ms(median(r.card)),
    'card p95': ms(p95(r.card)),
    'baseline timer median': ms(median(r.baseline)),
    'card / (delay + baseline)': `${((DELAY + median(r.card)) / (DELAY + median(r.baseline))).toFixed(2)}×`,
  })),
);

const sweepPage = await openBenchPage('/long.html');
const active = await sweepScriptTime(sweepPage);
await setSettings({ paused: true });
await sweepPage.waitForFunction(() => [...CSS.highlights.values()].every((h) => h.size === 0), null, { timeout: 10_000 });
const paused = await sweepScriptTime(sweepPage);
await setSettings({ paused: false });
await sweepPage.close();
console.log('\nScript time of a pointer sweep over the long article (200 moves), all page and extension scripts');
console.table([
  { case: 'extension on (hit-test per frame)', 'script time': ms(active), 'vs paused': `${(active / Math.max(paused, 0.1)).toFixed(2)}×` },
  { case: 'extension paused (baseline)', 'script time': ms(paused), 'vs paused': '1.00×' },
]);

await extension.close();
server.close();
