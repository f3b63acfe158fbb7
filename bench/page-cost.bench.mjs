/**
 * What a page pays for the extension, measured from outside: the built Chrome extension
 * (.output/chrome-mv3, or $LENS_OUT_DIR/chrome-mv3) against the same page without it, a fresh profile
 * per run, runs alternating with and without, a Chrome trace of each first load (and, on the appending
 * page, of every rescan its growth causes). The trace's devtools.timeline events name the script each
 * piece of main-thread work ran, so the extension's own time is what ran chrome-extension:// code.
 *
 *   node bench/page-cost.bench.mjs           3 runs each way, medians (npm run bench)
 *   node bench/page-cost.bench.mjs --quick   1 run each way, for iterating (BENCH_QUICK=1 too)
 *   BENCH_RUNS=5 node bench/page-cost.bench.mjs
 *   BENCH_COMPARE=/path/to/older/chrome-mv3 ...   also an older build, in the same alternation
 *   BENCH_PAGES=news,big ...                      only some of the pages (feed, news, big)
 *   BENCH_COMPARE=... BENCH_AB=1 ...              only the two builds, alternating: the extension's CPU
 *                                                 of each and their ratio per pair (for a quick A/B)
 *   BENCH_WARM=2 ...                              the traced load is the page's third in that browser, not
 *                                                 its first: what a later page pays once Chrome keeps the
 *                                                 compiled code of the content script's module
 *
 * The machine is usually shared: figures are noisy, hence alternation, medians and ranges.
 */
import { createServer } from 'node:http';
import { existsSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBare, startBrowserTrace } from './lib/cdp.mjs';
import { costBigPage, costFeedPage, costNewsPage, costQuietPage } from './lib/pages.mjs';
import { analyseTrace, CATEGORIES } from './lib/trace.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 1 : 3));
const ONLY = process.env.BENCH_PAGES?.split(',');
const COMPARE = process.env.BENCH_COMPARE ? resolve(process.env.BENCH_COMPARE) : null;
/** Each run loads the page without the extension, with this build, and (optionally) with an older one. */
/** BENCH_CPU_PROFILE=1: V8's sampling profiler in the trace too (bench/trace-profile.mjs reads it; it adds its own cost). */
const TRACE_CATEGORIES = process.env.BENCH_CPU_PROFILE === '1' ? [...CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : CATEGORIES;
const AB = process.env.BENCH_AB === '1' && COMPARE;
const WARM = Number(process.env.BENCH_WARM ?? 0);
const VARIANTS = AB ? [{ key: 'with', build: BUILD }, { key: 'before', build: COMPARE }] : [
  { key: 'without', build: null },
  { key: 'with', build: BUILD },
  ...(COMPARE ? [{ key: 'before', build: COMPARE }] : []),
  // On the pages that name a floor (FLOORS): the least a content script pays there, as the only
  // content script of an extension of its own.
  { key: 'floor', build: 'floor', floorPagesOnly: true },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const PAGES = [
  // A content script that keeps up with the appending page must read what it appends, not only walk it once.
  { id: 'feed', path: '/feed.html', html: costFeedPage(), waitFor: '__feedDone', floor: 'observe' },
  // The news page's bare walk is printed too: with its own main thread, it is the floor of the first-load row.
  { id: 'news', path: '/news.html', html: costNewsPage(), walk: true, floor: 'walk' },
  // Not one of the issue's pages: the news article's size with no name in it, as most pages a person reads.
  { id: 'quiet', path: '/quiet.html', html: costQuietPage(), walk: true, floor: 'walk' },
  { id: 'big', path: '/big.html', html: costBigPage(), walk: true, floor: 'walk' },
].filter((p) => !ONLY || ONLY.includes(p.id));

/** Highlighted ranges on the page (the registry is the document's, so the page can count them). */
const HIGHLIGHT_COUNT = `(() => {
  let n = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('ail-') && name !== 'ail-flash') n += h.size;
  return n;
})()`;

/**
 * The mentions the extension found on the page, as its popup reads them (`page/mentions` asked from
 * the service worker, another process: nothing is attached to the page). Painted ranges are no
 * measure of the work done any more: only those near the screen are registered.
 */
const FOUND_COUNT = `(async () => {
  const [tab] = await chrome.tabs.query({ active: true });
  try {
    const summary = await chrome.tabs.sendMessage(tab.id, { type: 'page/mentions' }, { frameId: 0 });
    return summary?.total ?? -1;
  } catch {
    return -1; // The content script is not listening yet.
  }
})()`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The pages' beacons, counted by the server: `/__done` (the appending page's last batch, the floor
 * walk's end) and `/__loaded` (every page's load event; a large page on a slow machine can take
 * longer to load than the found count takes to look settled, and a trace cut short would leave
 * out some of the page's own work).
 */
const hits = { done: 0, loaded: 0 };
async function waitForHit(kind, seen, ms = 60_000) {
  const until = Date.now() + ms;
  while (hits[kind] <= seen) {
    if (Date.now() > until) throw new Error(`the page never asked for /__${kind}`);
    await sleep(100);
  }
}
const LOAD_BEACON = `<script>addEventListener('load', () => fetch('/__loaded').catch(() => {}));</script>`;

/** Waits until the page has loaded, its own script is done and the found count has stayed put for 1.5 s. */
async function settle(spec, seen, browser, worker) {
  await waitForHit('loaded', seen.loaded);
  if (spec.waitFor) await waitForHit('done', seen.done);
  let last = -2;
  let stable = 0;
  const until = Date.now() + 60_000;
  while (stable < 3 && Date.now() < until) {
    await sleep(500);
    const n = worker ? await browser.evaluate(worker, FOUND_COUNT) : 0;
    stable = n === last && n >= 0 ? stable + 1 : 0;
    last = n;
  }
  return last;
}

/**
 * A bare TreeWalker pass over every text node, reading its text: the floor any scan pays. It runs
 * once, from a script file of its own (so the trace can tell its time apart), after the page has
 * settled, in a trace of its own after the run without the extension. A first pass is the yardstick:
 * like the extension's first scan, it pays for node wrappers that no script of its world has touched yet.
 */
const WALK_SCRIPT = 'lens-bare-walk.js';
const WALK_SOURCE = `(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  while (w.nextNode()) {
    chars += w.currentNode.nodeValue.length;
    nodes++;
  }
  window.__bareWalk = { chars, nodes };
})();`;
/**
 * The floor of a walk that must look at elements as the extension's does (to skip scripts, styles and
 * editable regions, find shadow roots, end a run at a block): every element and text node, the
 * element's tag name and whether it has attributes, the text's data. Timed like the bare walk, on a
 * fresh load of the page, so it too pays for first wrappers.
 */
const ELEMENT_WALK_SCRIPT = 'lens-element-walk.js';
const ELEMENT_WALK_SOURCE = `(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chars = 0;
  let elements = 0;
  while (w.nextNode()) {
    const node = w.currentNode;
    if (node.nodeType === 3) chars += node.data.length;
    else if (node.tagName.length > 0 && node.hasAttributes()) elements++;
  }
  window.__elementWalk = { chars, elements };
})();`;
const SCRIPTS = { [`/${WALK_SCRIPT}`]: WALK_SOURCE, [`/${ELEMENT_WALK_SCRIPT}`]: ELEMENT_WALK_SOURCE };

/**
 * After the bare walk, on a page that keeps growing: every node added under the body read once, an
 * element's text whole, a text node's data, and nothing done with it but a sum kept where a script
 * could read it, so that the reads cannot be dropped as unused.
 */
const OBSERVE_SOURCE = `(() => {
  let chars = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) chars += node.nodeType === Node.ELEMENT_NODE ? node.textContent.length : node.data.length;
    }
    window.__observed = chars;
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})();`;

/**
 * The floors a content script pays, by the name a page gives in `floor`. `walk`: the bare walk, which
 * asks for /__done when it has finished (its page says nothing itself). `observe`: the bare walk, then
 * the observer above for as long as the page lives; it never knows the page has finished growing, so
 * the run waits for the page's own /__done, as the runs without a floor do.
 */
const FLOORS = {
  walk: { name: 'bare walk', file: 'floor-walk.js', source: `${WALK_SOURCE}\nfetch('/__done').catch(() => {});`, saysDone: true },
  observe: { name: 'bare walk and observer', file: 'floor-observe.js', source: `${WALK_SOURCE}\n${OBSERVE_SOURCE}`, saysDone: false },
};

/**
 * The floor `kind` as the one content script of an extension of its own, run where ours runs
 * (document_idle, in an isolated world, whose node wrappers are found through a per-world map rather
 * than stored in the node as the page's own are). Timed from the trace like ours.
 */
function floorExtension(kind) {
  const dir = mkdtempSync(join(tmpdir(), 'lens-floor-'));
  const manifest = {
    manifest_version: 3,
    name: FLOORS[kind].name,
    version: '1.0',
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: [FLOORS[kind].file], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, FLOORS[kind].file), FLOORS[kind].source);
  return dir;
}
/** One directory per kind of floor, made when first needed, removed at the end. */
const floorDirs = {};
const runScript = (name, result) => `new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = '/${name}';
  script.onload = () => resolve(${result});
  script.onerror = reject;
  document.head.append(script);
})`;

/**
 * One load of `spec` in a new Chromium on a fresh profile, with `build` loaded or without any
 * extension. Nothing is attached to the page while its trace runs (bench/lib/cdp.mjs says why): the
 * trace is the browser's, the page is opened with Target.createTarget, the count of mentions comes
 * from the extension's service worker. The page is attached to only after the trace has ended, to
 * count painted ranges and, without the extension on the 5 MB page, to time the bare walk in a
 * second trace.
 */
async function oneRun(spec, build, origin) {
  const floor = build === 'floor';
  if (floor) build = floorDirs[spec.floor] ??= floorExtension(spec.floor);
  // A floor that asks for /__done itself is waited for as a page's own script is.
  const waited = floor && FLOORS[spec.floor].saysDone ? { ...spec, waitFor: 'floor' } : spec;
  const browser = await launchBare({ executablePath: CHROMIUM, extension: build });
  try {
    let worker = null;
    if (build && !floor) {
      const isWorker = (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://');
      // Listening before asking, so a worker that starts in between is not missed.
      const created = browser.waitForEvent((m) => m.method === 'Target.targetCreated' && isWorker(m.params.targetInfo));
      created.catch(() => {});
      const target = (await browser.targets()).find(isWorker) ?? (await created).params.targetInfo;
      worker = await browser.attach(target.targetId);
    }
    for (const t of await browser.targets()) if (t.type === 'page') await browser.send('Target.closeTarget', { targetId: t.targetId });
    // Earlier loads of the page, untraced (BENCH_WARM): the traced one is then a later page, not the first.
    for (let i = 0; i < WARM; i++) {
      const before = { ...hits };
      const earlier = await browser.send('Target.createTarget', { url: `${origin}${spec.path}?earlier=${i}` });
      await settle(waited, before, browser, worker);
      await browser.send('Target.closeTarget', { targetId: earlier.targetId });
    }
    const seen = { ...hits };
    const trace = await startBrowserTrace(browser, TRACE_CATEGORIES);
    const { targetId } = await browser.send('Target.createTarget', { url: origin + spec.path });
    const mentions = await settle(waited, seen, browser, worker);
    const events = await trace.stop();
    const figures = analyseTrace(events, origin, []);
    const page = await browser.attach(targetId);
    const painted = await browser.evaluate(page, HIGHLIGHT_COUNT);
    let walk = {};
    if (spec.walk && !build) {
      const timed = async (name, result) => {
        const walkTrace = await startBrowserTrace(browser, CATEGORIES);
        const value = await browser.evaluate(page, runScript(name, result));
        await sleep(200);
        return { value, ms: analyseTrace(await walkTrace.stop(), origin, [name]).scriptMs[name] };
      };
      const bare = await timed(WALK_SCRIPT, 'window.__bareWalk.nodes');
      await browser.send('Page.enable', {}, page);
      const loaded = browser.waitForEvent((m) => m.method === 'Page.loadEventFired' && m.sessionId === page, 120_000);
      await browser.send('Page.reload', {}, page);
      await loaded;
      await sleep(500);
      const elementWalk = await timed(ELEMENT_WALK_SCRIPT, 'window.__elementWalk.elements');
      walk = { nodes: bare.value, walkMs: bare.ms, elementWalkMs: elementWalk.ms };
    }
    if (process.env.BENCH_TRACE_DIR) {
      mkdirSync(process.env.BENCH_TRACE_DIR, { recursive: true });
      const file = join(process.env.BENCH_TRACE_DIR, `${spec.id}-${floor ? 'floor' : build === null ? 'without' : build === COMPARE ? 'before' : 'with'}-${Date.now()}.json`);
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
    }
    return { ...figures, ...walk, mentions, painted };
  } finally {
    await browser.close();
  }
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const times = (x) => `${x.toFixed(2)}x`;
const range = (xs, f) => (xs.length > 1 ? ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : '');

/** Each issue-12 figure: per-run values (run i with against run i without), the median and the target. */
function rows(results, variant = 'with') {
  const out = [];
  const add = (page, what, values, f, target, ok) => {
    if (values.length === 0) return;
    const m = median(values);
    out.push({ page, what, value: `${f(m)}${range(values, f)}`, target, met: ok(m) ? 'yes' : 'NO' });
  };
  const pairs = (id, f) => (results[id] ? results[id][variant].map((w, i) => f(w, results[id].without[i], i)) : []);
  add('appending', 'extension script CPU / page main thread', pairs('feed', (w, o) => w.extensionMs / o.mainMs), pct, 'under 3%', (m) => m < 0.03);
  // Not among the issue's rows: what reading each appended node once costs a content script (floor above),
  // against the page's own work and against ours.
  add('appending', '(the floor: a content script that reads each new node once) CPU / page main thread', pairs('feed', (_, o, i) => results.feed.floor[i].extensionMs / o.mainMs), pct, '(floor)', () => true);
  add('appending', "(the same, ext CPU against the floor's)", pairs('feed', (w, _, i) => w.extensionMs / results.feed.floor[i].extensionMs), times, '(floor)', () => true);
  add('appending', 'all main-thread time with / without', pairs('feed', (w, o) => w.mainMs / o.mainMs), times, 'under 1.05x', (m) => m < 1.05);
  // Not among the issue's rows: the same ratio for the floor, what any content script that keeps up pays.
  add('appending', '(the floor) all main-thread time with the floor / without', pairs('feed', (_, o, i) => results.feed.floor[i].mainMs / o.mainMs), times, '(floor)', () => true);
  add('news 300 KB', 'main-thread time added (first load)', pairs('news', (w, o) => w.mainMs / o.mainMs - 1), pct, 'under 10%', (m) => m < 0.1);
  // Not among the issue's rows: what a content script that only walks the page once adds to the first load
  // (its walk, and the browser's own work of injecting a content script into an isolated world).
  add('news 300 KB', '(the floor: the bare walk as a content script) main-thread time added (first load)', pairs('news', (_, o, i) => results.news.floor[i].mainMs / o.mainMs - 1), pct, '(floor)', () => true);
  add('news 300 KB', 'style recalculation with / without', pairs('news', (w, o) => w.styleMs / o.styleMs), times, 'under 1.2x', (m) => m < 1.2);
  // Not among the issue's rows: a page with no name, the same size as the news page.
  add('quiet 300 KB', '(no name on it) main-thread time added (first load)', pairs('quiet', (w, o) => w.mainMs / o.mainMs - 1), pct, '(not a target)', () => true);
  add('quiet 300 KB', '(the same) extension script CPU / the bare walk as a content script', pairs('quiet', (w, _, i) => w.extensionMs / results.quiet.floor[i].extensionMs), times, '(floor)', () => true);
  add('5 MB', 'extension script CPU / bare TreeWalker pass', pairs('big', (w, o) => w.extensionMs / o.walkMs), times, 'at most 2.5x', (m) => m <= 2.5);
  // Not one of the issue's rows: the same walk paid as a content script (floor above), for the floor.
  add('5 MB', '(the same, against the bare walk run as a content script)', pairs('big', (w, _, i) => w.extensionMs / results.big.floor[i].extensionMs), times, '(floor)', () => true);
  add('5 MB', 'style recalculation with / without', pairs('big', (w, o) => w.styleMs / o.styleMs), times, 'under 1.2x', (m) => m < 1.2);
  // Per run, the longest over every page; the median and range over runs.
  const longest = Array.from({ length: RUNS }, (_, i) => Math.max(...Object.values(results).map((r) => r[variant][i]?.longestExtensionTaskMs ?? 0)));
  add('any', 'longest task containing extension script (CPU)', longest, (x) => `${x.toFixed(0)} ms`, 'under 50 ms', (m) => m < 50);
  return out;
}

function printTable(results) {
  const table = rows(results);
  const before = COMPARE ? rows(results, 'before') : null;
  const head = `median (range over ${RUNS} run${RUNS > 1 ? 's' : ''})`;
  console.log(`\n| page | what was measured | ${before ? `before: ${head} | now: ${head}` : head} | target | met |`);
  console.log(`| --- | --- | ${before ? '---: | ' : ''}---: | ---: | :---: |`);
  table.forEach((r, i) => console.log(`| ${r.page} | ${r.what} | ${before ? `${before[i].value} | ` : ''}${r.value} | ${r.target} | ${r.met} |`));
  console.log('\nRaw medians (ms): page | with: main / ext / style / layout | without: main / style / layout');
  const ms = (x) => x.toFixed(0);
  const addedLines = [];
  for (const [id, r] of Object.entries(results)) {
    const w = (k) => ms(median(r.with.map((x) => x[k])));
    const o = (k) => ms(median(r.without.map((x) => x[k])));
    const walkMs = median(r.without.map((x) => x.walkMs ?? NaN));
    const elementMs = median(r.without.map((x) => x.elementWalkMs ?? NaN));
    const floorMs = median(r.floor?.map((x) => x.extensionMs) ?? [NaN]);
    const walk =
      r.without[0]?.walkMs !== undefined
        ? ` | bare walk ${walkMs.toFixed(1)} ms over ${r.without[0].nodes} text nodes; a walk of elements and text ${elementMs.toFixed(1)} ms (${(elementMs / walkMs).toFixed(2)}x); the bare walk as a content script ${floorMs.toFixed(1)} ms (${(floorMs / walkMs).toFixed(2)}x)`
        : '';
    const observed = PAGES.find((p) => p.id === id).floor === 'observe' ? ` | the floor as a content script (the bare walk, then each appended node read once) ${floorMs.toFixed(1)} ms` : '';
    // Where the main-thread time the extension adds goes: per alternating pair, with minus without, by
    // kind (our script; the browser's style, layout, painting and observers; the rest: GC, tasks, IPC).
    const kinds = ['extensionMs', 'styleMs', 'layoutMs', 'paintMs', 'intersectionsMs'];
    const base = median(r.without.map((o) => o.mainMs));
    const share = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(0)} ms (${x >= 0 ? '+' : ''}${((x / base) * 100).toFixed(1)}%)`;
    for (const [label, runs] of [['with', r.with], ['the floor', r.floor]]) {
      if (!runs?.length) continue;
      const added = (k) => median(runs.map((x, i) => x[k] - r.without[i][k]));
      const rest = median(runs.map((x, i) => x.mainMs - r.without[i].mainMs - kinds.reduce((sum, k) => sum + x[k] - r.without[i][k], 0)));
      addedLines.push(
        `  ${id} ${label}: all ${share(added('mainMs'))}; our script ${share(added('extensionMs'))}, style ${share(added('styleMs'))}, layout ${share(added('layoutMs'))}, painting ${share(added('paintMs'))}, observers ${share(added('intersectionsMs'))}, the rest ${share(rest)}`,
      );
    }
    console.log(
      `  ${id}: ${w('mainMs')} / ${w('extensionMs')} / ${w('styleMs')} / ${w('layoutMs')} | ${o('mainMs')} / ${o('styleMs')} / ${o('layoutMs')} | ${median(r.with.map((x) => x.mentions))} mentions found, ${median(r.with.map((x) => x.painted))} painted at the end${walk}${observed}`,
    );
  }
  console.log(
    "\nMain-thread time added, by kind: per alternating pair, the run with the extension (or the floor's) minus the run without; the median of each kind over the pairs, so the kinds need not add up to the whole. As a share of the page's median main thread without. 'Our script' is the extension's (or the floor's) own; 'the rest' is everything else the thread did (tasks, GC, IPC):",
  );
  for (const line of addedLines) console.log(line);
}

async function main() {
  if (!CHROMIUM) throw new Error('No Chromium found: install chromium or set CHROME_PATH.');
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`No built extension in ${BUILD}: run npm run build:chrome first.`);
  const server = createServer((req, res) => {
    const spec = PAGES.find((p) => p.path === new URL(req.url, 'http://x').pathname);
    if (spec) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(spec.html.replace('</body>', `${LOAD_BEACON}</body>`));
    else if (SCRIPTS[req.url]) res.writeHead(200, { 'content-type': 'text/javascript' }).end(SCRIPTS[req.url]);
    else if (req.url === '/__done' || req.url === '/__loaded') {
      hits[req.url.slice(3)]++;
      res.writeHead(204).end();
    }
    else res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`page cost: ${BUILD} against no extension, ${RUNS} alternating run(s) each${WARM ? `, each traced load after ${WARM} earlier one(s) of the page in the same browser` : ''}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
  const results = Object.fromEntries(PAGES.map((p) => [p.id, Object.fromEntries(VARIANTS.map((v) => [v.key, []]))]));
  if (COMPARE) console.log(`  and the older build ${COMPARE} ("before")`);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const spec of PAGES) {
        // Alternate the order, so a machine that slows down or speeds up mid-run favours none.
        for (const variant of run % 2 ? [...VARIANTS].reverse() : VARIANTS) {
          if (variant.floorPagesOnly && !spec.floor) continue;
          const r = await oneRun(spec, variant.build, origin);
          results[spec.id][variant.key].push(r);
          console.log(
            `  run ${run + 1} ${spec.id} ${variant.key.padEnd(7)}: main ${r.mainMs.toFixed(0)} ms, ext ${r.extensionMs.toFixed(0)} ms (compile ${r.extensionCompileMs.toFixed(0)}, promise callbacks ${r.microtaskMs.toFixed(0)}), style ${r.styleMs.toFixed(0)} ms, layout ${r.layoutMs.toFixed(0)} ms, paint ${r.paintMs.toFixed(0)} ms, observers ${r.intersectionsMs.toFixed(0)} ms, longest ext task ${r.longestExtensionTaskMs.toFixed(0)} ms (wall ${r.longestExtensionTaskWallMs.toFixed(0)})${r.walkMs !== undefined ? `, walk ${r.walkMs.toFixed(1)} ms, element walk ${r.elementWalkMs.toFixed(1)} ms` : ''}, ${r.mentions} found, ${r.painted} painted`,
          );
        }
      }
    }
  } finally {
    server.close();
    for (const dir of Object.values(floorDirs)) rmSync(dir, { recursive: true, force: true });
  }
  if (AB) printAB(results);
  else printTable(results);
}

/** BENCH_AB: the extension's CPU with each build, and the ratio of each alternating pair. */
function printAB(results) {
  for (const [id, r] of Object.entries(results)) {
    const ratios = r.with.map((w, i) => w.extensionMs / r.before[i].extensionMs);
    const ms = (xs) => `${median(xs).toFixed(0)} ms${range(xs, (x) => x.toFixed(0))}`;
    console.log(`  ${id}: extension CPU now ${ms(r.with.map((x) => x.extensionMs))}, before ${ms(r.before.map((x) => x.extensionMs))}; now / before per pair ${times(median(ratios))}${range(ratios, times)}`);
    const compile = r.with.map((w, i) => w.extensionCompileMs / r.before[i].extensionCompileMs);
    console.log(`  ${id}: compiling our scripts now ${ms(r.with.map((x) => x.extensionCompileMs))}, before ${ms(r.before.map((x) => x.extensionCompileMs))}; per pair ${times(median(compile))}${range(compile, times)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
