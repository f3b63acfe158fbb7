/**
 * Render time of the Race view (timeline, charts, filter) in real Chromium, on the bundled dataset and
 * on a synthetic dataset ten times larger (every entity copied ten times, ids suffixed, relations kept
 * inside each copy). Targets: under 50 ms and under 200 ms.
 *
 * The component is bundled with Vite (Preact preset) into .output-race-bench/ and loaded in a plain
 * Chromium page; each sample renders into a fresh 440 px container (side panel size), lets Preact's
 * queued re-renders run, and forces style and layout, so the figure includes what the browser does
 * before it can paint. Baselines measured the same way in the same run: an empty SVG, and a plain
 * <ul> of the same dated facts (date and text). Figures are medians of 30 samples after 5 warm-ups.
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = resolve(ROOT, '.output-race-bench');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARMUP = 5;
const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && existsSync(p),
);
if (!CHROMIUM) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');

// --- The harness, bundled like the extension's pages -------------------------------------------------
rmSync(WORK, { recursive: true, force: true });
mkdirSync(join(WORK, 'src'), { recursive: true });
writeFileSync(
  join(WORK, 'src/index.html'),
  '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="stage"></div><script type="module" src="./harness.js"></script></body></html>',
);
writeFileSync(
  join(WORK, 'src/harness.js'),
  `
import { h, render } from 'preact';
import { RaceView } from ${JSON.stringify(resolve(ROOT, 'lib/surfaces/race/index.ts'))};
import bundled from ${JSON.stringify(resolve(ROOT, 'assets/dataset.json'))};

function scaled(dataset, copies) {
  const entities = [];
  for (let c = 0; c < copies; c++) {
    const id = (x) => (c === 0 ? x : x + '~' + c);
    for (const e of dataset.entities) {
      const fig = (f) => ({ ...f, subject: id(f.subject) });
      entities.push({
        ...e,
        id: id(e.id),
        related: e.related.map((r) => ({ ...r, id: id(r.id) })),
        roles: e.roles?.map((r) => ({ ...r, org: r.org && id(r.org) })),
        facts: e.facts.map((f) => ({
          ...f,
          id: id(f.id),
          quoteBy: f.quoteBy && id(f.quoteBy),
          figures: f.figures?.map(fig),
          disputed: f.disputed && { ...f.disputed, claims: f.disputed.claims.map((cl) => ({ ...cl, figures: cl.figures?.map(fig) })) },
        })),
      });
    }
  }
  return { ...dataset, entities };
}

const datasets = { bundled, x10: scaled(bundled, 10) };
const stage = document.getElementById('stage');
const noop = () => {};

function view(kind, dataset) {
  if (kind === 'svg') return h('svg', { viewBox: '0 0 440 300', width: '100%' });
  if (kind === 'list') {
    const facts = dataset.entities.flatMap((e) => e.facts.filter((f) => f.date).map((f) => ({ e, f })));
    return h('ul', null, facts.map(({ e, f }) => h('li', { key: f.id }, f.date + ' ' + e.name + ': ' + f.text)));
  }
  return h(RaceView, { dataset, layout: 'panel', onOpenEntity: noop });
}

window.renderOnce = async (kind, which) => {
  const host = document.createElement('div');
  host.style.width = '440px';
  stage.append(host);
  const dataset = datasets[which];
  const start = performance.now();
  render(view(kind, dataset), host);
  await null; // let Preact's queued re-renders (the measured width) run
  void host.offsetHeight; // style and layout
  const elapsed = performance.now() - start;
  const marks = host.querySelectorAll('[role="button"], li').length;
  render(null, host);
  host.remove();
  return { elapsed, marks };
};
`,
);

const { build } = await import('vite');
const { default: preact } = await import('@preact/preset-vite');
await build({
  root: join(WORK, 'src'),
  logLevel: 'warn',
  plugins: [preact()],
  build: { outDir: join(WORK, 'dist'), emptyOutDir: true, minify: true },
  server: { fs: { allow: [ROOT] } },
});

// --- Chromium ---------------------------------------------------------------------------------------
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
await page.route('http://bench.local/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  const file = join(WORK, 'dist', path === '/' ? 'index.html' : path);
  if (!existsSync(file)) return route.fulfill({ status: 404 });
  return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
});
await page.goto('http://bench.local/');
await page.waitForFunction(() => typeof window.renderOnce === 'function');

async function measure(kind, which) {
  for (let i = 0; i < WARMUP; i++) await page.evaluate(([k, w]) => window.renderOnce(k, w), [kind, which]);
  const times = [];
  let marks = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const result = await page.evaluate(([k, w]) => window.renderOnce(k, w), [kind, which]);
    times.push(result.elapsed);
    marks = result.marks;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95) - 1], marks };
}

const rows = [];
for (const which of ['bundled', 'x10']) {
  const svg = await measure('svg', which);
  const list = await measure('list', which);
  const race = await measure('race', which);
  rows.push({ which, svg, list, race });
}
await browser.close();
rmSync(WORK, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(2)} ms`;
console.log(`\nrace: RaceView render + layout in Chromium, 440 px wide (median of ${SAMPLES}, p95 in brackets)\n`);
console.log('| dataset | empty SVG | plain list of the dated facts | RaceView | RaceView ÷ list | RaceView ÷ empty SVG | target |');
console.log('|---|---|---|---|---|---|---|');
for (const { which, svg, list, race } of rows) {
  const target = which === 'bundled' ? 50 : 200;
  console.log(
    `| ${which === 'bundled' ? 'bundled' : 'synthetic ×10'} (${race.marks} marks) | ${ms(svg.median)} | ${ms(list.median)} (${list.marks} items) | ` +
      `${ms(race.median)} [${ms(race.p95)}] | ${(race.median / list.median).toFixed(1)}× | ${(race.median / svg.median).toFixed(0)}× | ` +
      `< ${target} ms: ${race.median < target ? 'met' : 'MISSED'} |`,
  );
}
