/**
 * Annotations at scale, in real Chromium with the built extension.
 *
 * 1. A long page with 1,000 saved annotations: the longest main-thread task and the total blocking
 *    time (the part of each task over 50 ms) while it loads and anchors, and the time until all 1,000
 *    are painted. Baselines in the same run: the bare page with the extension's annotations empty
 *    (what detection alone costs), and page load itself. A second case edits the page (a paragraph
 *    inserted at the top, so every saved position is stale, and 50 quotes reworded a little, so they
 *    need fuzzy matching).
 * 2. The side panel over a store of 10,000 annotations (200 pages): time until the list shows, and
 *    time from each search keystroke to the next frame, against the same panel over an empty store.
 *
 * It builds and runs the e2e build (`wxt build --mode e2e`, in <LENS_OUT_DIR>/chrome-mv3-e2e): only
 * that build marks its anchoring slices as `ail-anchoring` performance measures (release builds write
 * nothing into a page's performance timeline). BENCH_NO_BUILD=1 reuses an existing e2e build.
 * LENS_OUT_DIR picks the output folder (default .output).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/extension.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ANNOTATIONS_ON_PAGE = 1000;
const STORE_SIZE = 10_000;
const STORE_PAGES = 200;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

// --- The long page -----------------------------------------------------------------------------

const WORDS = ['agent', 'model', 'editor', 'benchmark', 'release', 'pricing', 'context', 'latency', 'repository', 'terminal'];
function paragraph(i, edited) {
  const w = (k) => WORDS[(i * 7 + k) % WORDS.length];
  const middle = edited && i % 20 === 3 ? `the ${w(2)} team rewrote its ${w(3)} notes` : `the ${w(2)} team revised its ${w(3)} plans`;
  return `<p id="p${i}">Entry ${i}: a ${w(0)} story about ${w(1)} number ${i * 13}, where ${middle} for quarter ${i % 4 + 1}, and the ${w(4)} people said item ${i} mattered.</p>`;
}
function longPage(edited) {
  const paragraphs = Array.from({ length: ANNOTATIONS_ON_PAGE }, (_, i) => paragraph(i, edited));
  if (edited) paragraphs.unshift('<p>Update: this page was edited after the notes were taken, so every offset moved.</p>');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long page</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

const state = { edited: false };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  if (path === '/long.html') res.end(longPage(state.edited));
  else res.end('<!doctype html><title>blank</title><p>blank</p>');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- Browser -----------------------------------------------------------------------------------

if (!process.env.BENCH_NO_BUILD) {
  // The e2e build (its anchoring slices are measured); `npm run bench` makes only the release build.
  const build = spawnSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], {
    cwd: ROOT,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(`The e2e build failed (exit ${build.status ?? build.signal}).`);
    process.exit(1);
  }
}
if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No e2e build at ${BUILD}: run \`wxt build --mode e2e\` (LENS_OUT_DIR picks the folder).`);
  process.exit(1);
}
const extension = await launchWithExtension(BUILD, { profilePrefix: 'lens-bench-annotate-' });
const { context, worker, extensionId } = extension;

// Long tasks and "all painted" are observed from the page's start.
await context.addInitScript(() => {
  const w = window;
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  } catch {}
  // The fragment, not the query: fragments are not part of the page's annotation key.
  const want = Number(/want=(\d+)/.exec(location.hash)?.[1] ?? 0);
  if (want) {
    const check = () => {
      // The e2e build counts, on the annotations' overlay host, the passages it holds (anchored and
      // painted; boxes are measured only for those near the screen).
      const size = Number(document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensHeld ?? 0);
      if (size >= want) w.__allPainted = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }
});

const storeSet = (items) => worker.evaluate((items) => chrome.storage.local.set(items), items);
const storeClear = () => worker.evaluate(() => chrome.storage.local.clear());

/** The page's text as the annotator indexes it, and a quote in every paragraph. */
async function annotationsFor(url) {
  const page = await context.newPage();
  await page.goto(url);
  const selectors = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest('script,style')) text += n.data;
    const out = [];
    for (const p of document.querySelectorAll('p[id]')) {
      const exact = p.textContent.match(/the \w+ team revised its \w+ plans/)[0];
      const start = text.indexOf(exact, text.indexOf(p.textContent));
      out.push({ exact, start, end: start + exact.length, prefix: text.slice(start - 32, start), suffix: text.slice(start + exact.length, start + exact.length + 32) });
    }
    return out;
  });
  await page.close();
  return selectors.map((s, i) => annotation(`urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, url, s, i));
}

function annotation(id, source, s, i) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    modified: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: `Note ${i} on ${s.exact}`, format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: WORDS[i % WORDS.length] },
      { type: 'SpecificResource', purpose: 'identifying', source: `urn:ai-industry-lens:entity:${['openai', 'anthropic', 'cursor'][i % 3]}` },
    ],
    target: {
      source,
      title: `Page ${source}`,
      selector: [
        { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
        { type: 'TextPositionSelector', start: s.start, end: s.end },
      ],
    },
  };
}

async function loadOnce(url, want) {
  const page = await context.newPage();
  await page.goto(url + (want ? `#want=${want}` : ''), { waitUntil: 'load' });
  if (want) await page.waitForFunction(() => window.__allPainted !== undefined, null, { timeout: 60_000 });
  // Let idle-time work (scanning, anchoring) finish before reading the long tasks.
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      load: nav.loadEventEnd,
      longest: Math.max(0, ...window.__longTasks),
      blocking: window.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      allPainted: window.__allPainted,
      // The annotator's own slices of anchoring work (performance measures from the content script).
      slices: performance.getEntriesByName('ail-anchoring').map((e) => e.duration),
      painted: Number(document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensHeld ?? 0),
    };
  });
  await page.close();
  return result;
}

async function measurePage(label, url, want) {
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) runs.push(await loadOnce(url, want));
  return {
    label,
    load: median(runs.map((r) => r.load)),
    longest: median(runs.map((r) => r.longest)),
    blocking: median(runs.map((r) => r.blocking)),
    allPainted: want ? median(runs.map((r) => r.allPainted)) : undefined,
    painted: Math.min(...runs.map((r) => r.painted)),
    sliceMax: median(runs.map((r) => Math.max(0, ...r.slices))),
    sliceSum: median(runs.map((r) => r.slices.reduce((a, b) => a + b, 0))),
    sliceCount: median(runs.map((r) => r.slices.length)),
  };
}

// --- 1. A page with 1,000 annotations ----------------------------------------------------------

const longUrl = `${origin}/long.html`;
await storeClear();
const bare = await measurePage('no annotations stored (extension on: detection only)', longUrl, 0);
const annotations = await annotationsFor(longUrl);
await storeSet({ [`annotations:${longUrl}`]: { url: longUrl, title: 'Long page', annotations } });
const withAnnotations = await measurePage(`${ANNOTATIONS_ON_PAGE} annotations, page unchanged`, longUrl, ANNOTATIONS_ON_PAGE);
state.edited = true;
const edited = await measurePage(`${ANNOTATIONS_ON_PAGE} annotations, page edited`, longUrl, ANNOTATIONS_ON_PAGE);
state.edited = false;

console.log(`\nAnnotations on one page (Chromium, median of ${ROUNDS} loads; "painted" = all anchored and painted)\n`);
console.log('| case | load event | longest task (any) | total blocking | all painted | painted vs load | anchoring work (slices) | longest anchoring slice |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of [bare, withAnnotations, edited]) {
  console.log(
    `| ${row.label} | ${ms(row.load)} | ${ms(row.longest)} | ${ms(row.blocking)} | ${row.allPainted ? `${ms(row.allPainted)} (${row.painted})` : 'n/a'} | ${row.allPainted ? ratio(row.allPainted, bare.load) : '1.00× (baseline)'} | ${ms(row.sliceSum)} (${row.sliceCount}) | ${ms(row.sliceMax)} |`,
  );
}
console.log('\n"longest task (any)" counts every task on the page\'s main thread (page, detection, anchoring, other load on the machine); "longest anchoring slice" is the annotator\'s own.');

// --- 2. The side panel over 10,000 annotations -------------------------------------------------

async function panelRun(query) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__keys = [];
    document.addEventListener(
      'input',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.waitForFunction(() => /annotation/.test(document.querySelector('.summary')?.textContent ?? '') && !/Loading/.test(document.querySelector('.summary').textContent));
  const ready = await page.evaluate(() => performance.now());
  await page.getByRole('searchbox').click();
  await page.keyboard.type(query, { delay: 60 });
  await page.waitForFunction((n) => window.__keys.length >= n, query.length);
  const keys = await page.evaluate(() => window.__keys);
  const shown = await page.evaluate(() => document.querySelector('.summary').textContent);
  await page.close();
  return { ready, keys, shown };
}

async function measurePanel(label) {
  const readies = [];
  const keys = [];
  let shown = '';
  for (let r = 0; r < ROUNDS; r++) {
    const run = await panelRun('revised agent plans');
    readies.push(run.ready);
    keys.push(...run.keys);
    shown = run.shown;
  }
  const sorted = [...keys].sort((a, b) => a - b);
  return { label, ready: median(readies), key: median(keys), p95: sorted[Math.floor(sorted.length * 0.95)], max: sorted[sorted.length - 1], shown };
}

await storeClear();
const emptyPanel = await measurePanel('empty store');
const items = {};
for (let p = 0; p < STORE_PAGES; p++) {
  const url = `https://news.example/story-${p}`;
  const list = [];
  for (let i = 0; i < STORE_SIZE / STORE_PAGES; i++) {
    const n = p * (STORE_SIZE / STORE_PAGES) + i;
    const exact = `the ${WORDS[n % WORDS.length]} team revised its ${WORDS[(n + 3) % WORDS.length]} plans (${n})`;
    list.push(annotation(`urn:uuid:10000000-0000-4000-8000-${String(n).padStart(12, '0')}`, url, { exact, prefix: 'before ', suffix: ' after', start: n, end: n + exact.length }, n));
  }
  items[`annotations:${url}`] = { url, title: `Story ${p}`, annotations: list };
}
await storeSet(items);
const bytes = await worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
const fullPanel = await measurePanel(`${STORE_SIZE.toLocaleString('en')} annotations`);

console.log(`\nSide panel (Chromium; ${ROUNDS} opens; keystroke = input event to the next frame, typing "revised agent plans")\n`);
console.log('| store | list ready | keystroke median | keystroke p95 | keystroke max | last summary |');
console.log('|---|---|---|---|---|---|');
for (const row of [emptyPanel, fullPanel]) {
  console.log(`| ${row.label} | ${ms(row.ready)} | ${ms(row.key)} | ${ms(row.p95)} | ${ms(row.max)} | ${row.shown} |`);
}
console.log(
  `\n10,000-annotation store: ${(bytes / 1024 / 1024).toFixed(1)} MB in storage.local; list ready ${ratio(fullPanel.ready, emptyPanel.ready)} and keystroke median ${ratio(fullPanel.key, emptyPanel.key)} the empty store's.`,
);

await extension.close();
server.close();
