/**
 * Search speed and popup start-up.
 *
 * 1. Keystroke search: every prefix of a few typed queries ("s", "so", "sot"...), on the bundled
 *    dataset and on a synthetic one of 10,000 entities; the index is built once per dataset (its
 *    build time is reported apart). Baseline, in the same run over the same keystrokes: a plain
 *    `Array.filter` with `includes` over each entity's pre-joined, lower-cased text.
 * 2. Popup open-to-usable in real Chromium: navigation start to the `lens-popup-usable` mark (search
 *    box rendered and focused), against a tiny static page's navigation start to DOMContentLoaded.
 *
 * Run `npm run build` (or LENS_OUT_DIR=... npx wxt build) first; LENS_OUT_DIR picks the build.
 */
import { closeModules, loadModules } from '../scripts/ssr-load.mjs';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
// Names, typos (a swap among them), a spaced name, questions by role and deed, and a miss.
const QUERIES = [
  'sottiaux', 'claude code', 'gpt 5.3', 'windsurf deal', 'altmn', 'embricos', 'kubernetes',
  'antrhopic', 'open ai', 'codex lead', 'who hired windsurf founders', 'former deepmind researcher',
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const POPUP_OPENS = Number(process.env.BENCH_POPUP_OPENS ?? 20);

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length };
};
const ms = (x) => `${x.toFixed(x < 1 ? 3 : 2)} ms`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

function keystrokes() {
  return QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

/**
 * 10,000 entities: the real ones as they are, then copies with new made-up names and aliases (names
 * stay distinct, as in a real dataset) and the real summaries, roles and facts (so running text is
 * as rich and repetitive as real writing about one industry).
 */
function syntheticDataset(real, size = 10_000) {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sol', 'tar', 'vi', 'zen', 'qua', 'dor', 'el', 'fin', 'gru', 'hal', 'jo', 'nox'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    const w = Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    return w[0].toUpperCase() + w.slice(1);
  };
  const entities = [];
  for (let i = 0; i < size; i += 1) {
    const model = real.entities[i % real.entities.length];
    if (i < real.entities.length) {
      entities.push(model);
      continue;
    }
    const [first, last] = [word(), word()];
    entities.push({
      ...model,
      id: `${model.id}-${i}`,
      name: `${first} ${last}`,
      aliases: [{ text: `${first} ${last}` }, { text: last, requires: 'full-name' }],
      facts: model.facts.map((fact) => ({ ...fact, id: `${fact.id}-${i}` })),
    });
  }
  return { ...real, entities };
}

function naiveSearch(dataset) {
  const haystacks = dataset.entities.map((e) =>
    [e.name, ...e.aliases.map((a) => a.text), e.summary, ...e.facts.map((f) => f.text)].join(' ').toLowerCase(),
  );
  return (query) => {
    const q = query.toLowerCase();
    const out = [];
    for (let i = 0; i < haystacks.length; i += 1) if (haystacks[i].includes(q)) out.push(dataset.entities[i]);
    return out.slice(0, 20);
  };
}

function time(fn, inputs, rounds) {
  const samples = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const input of inputs) {
      const start = performance.now();
      fn(input);
      samples.push(performance.now() - start);
    }
  }
  return stats(samples);
}

async function searchBench() {
  try {
    const [{ createEntitySearch }, { bundledDataset }] = await loadModules(['/lib/core/search/index.ts', '/lib/core/dataset/index.ts']);
    const rows = [];
    for (const [label, dataset, rounds] of [
      [`bundled (${bundledDataset.entities.length} entities)`, bundledDataset, ROUNDS],
      ['synthetic (10,000 entities)', syntheticDataset(bundledDataset), Math.max(2, Math.round(ROUNDS / 5))],
    ]) {
      let start = performance.now();
      const search = createEntitySearch(dataset);
      const build = performance.now() - start;
      const naive = naiveSearch(dataset);
      const inputs = keystrokes();
      // Warm both up so the JIT is not what we measure.
      for (const q of inputs) (search.search(q), naive(q));
      const fuzzy = time((q) => search.search(q), inputs, rounds);
      const plain = time(naive, inputs, rounds);
      // What the full queries find, so a fast answer is also seen to be a right one.
      const answers = QUERIES.map((q) => `${q} -> ${search.search(q)[0]?.entity.name ?? '(nothing)'}`);
      rows.push({ label, build, fuzzy, plain, answers });
    }
    return rows;
  } finally {
    await closeModules();
  }
}

async function popupBench() {
  if (POPUP_OPENS <= 0) return { skipped: 'BENCH_POPUP_OPENS=0' };
  const build = resolve(ROOT, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(join(build, 'manifest.json'))) {
    return { skipped: `no build at ${build}: run \`npm run build\` first` };
  }
  const { launchWithExtension } = await import('./lib/extension.mjs');
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!executablePath) return { skipped: 'no Chromium found (apt-get install chromium)' };
  const server = createHttpServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>blank</title><input type="search" autofocus>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const blankUrl = `http://127.0.0.1:${server.address().port}/`;
  const extension = await launchWithExtension(build, { executablePath, viewport: undefined });
  try {
    const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
    const page = await extension.context.newPage();
    const usable = [];
    const blank = [];
    for (let i = 0; i < POPUP_OPENS + 2; i += 1) {
      await page.goto(popupUrl);
      const mark = await page.waitForFunction(
        () => performance.getEntriesByName('lens-popup-usable')[0]?.startTime,
      );
      const t = await mark.jsonValue();
      await page.goto(blankUrl, { waitUntil: 'domcontentloaded' });
      const b = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
      if (i >= 2) (usable.push(t), blank.push(b)); // the first opens warm the caches
    }
    return { usable: stats(usable), blank: stats(blank) };
  } finally {
    await extension.close();
    server.close();
  }
}

const searchRows = await searchBench();
console.log('\nsearch: one keystroke (every prefix of', QUERIES.map((q) => `"${q}"`).join(', ') + ')');
console.log('dataset                        | index build | fuzzy median | fuzzy p95 | filter median | filter p95 | median ratio | p95 ratio');
for (const { label, build, fuzzy, plain } of searchRows) {
  console.log(
    [
      label.padEnd(30),
      ms(build).padStart(11),
      ms(fuzzy.median).padStart(12),
      ms(fuzzy.p95).padStart(9),
      ms(plain.median).padStart(13),
      ms(plain.p95).padStart(10),
      ratio(fuzzy.median, plain.median).padStart(12),
      ratio(fuzzy.p95, plain.p95).padStart(9),
    ].join(' | '),
  );
}
console.log('targets: bundled < 5 ms, 10,000 entities < 30 ms per keystroke; ratios are fuzzy / plain filter');
for (const { label, answers } of searchRows) console.log(`top hits, ${label}: ${answers.join('; ')}`);

const popup = await popupBench();
if (popup.skipped) console.log(`\npopup open-to-usable: skipped (${popup.skipped})`);
else {
  console.log(`\npopup open-to-usable in Chromium (${popup.usable.n} opens; navigation start -> search box focused)`);
  console.log('                         | median     | p95');
  console.log(`popup usable             | ${ms(popup.usable.median).padEnd(10)} | ${ms(popup.usable.p95)}`);
  console.log(`baseline: tiny page DCL  | ${ms(popup.blank.median).padEnd(10)} | ${ms(popup.blank.p95)}`);
  console.log(`ratio                    | ${ratio(popup.usable.median, popup.blank.median).padEnd(10)} | ${ratio(popup.usable.p95, popup.blank.p95)}`);
  console.log('target: popup usable < 100 ms');
}
