/**
 * Runs the corpus through Chromium with the built extension: serves tests/fixtures/corpus on
 * 127.0.0.1, opens each page, and returns what the lens painted and the scores. Any request that
 * leaves 127.0.0.1 is blocked and reported (the saved pages must load nothing from outside).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CORPUS_DIR, ROOT, loadCorpus, measurePage, scorePage, candidates } from './corpus-lib.mjs';

export const CHROME_BUILD = resolve(ROOT, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3');

export async function serveCorpus() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(CORPUS_DIR, path));
    if (!file.startsWith(CORPUS_DIR)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }) };
}

export async function launch(executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium') {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error(`No built extension at ${CHROME_BUILD}: run \`npm run build\` first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'lens-corpus-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
  if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return { context, close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); } };
}

/**
 * Measures the corpus with an open browser context. `only` limits it to page ids; `withCandidates`
 * adds each AI page's alias occurrences (for labelling).
 */
export async function runCorpus(context, origin, { only = null, withCandidates = false } = {}) {
  const corpus = loadCorpus();
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:\/\/127\.0\.0\.1[:/]/.test(url) || !/^https?:/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const results = [];
  try {
    for (const entry of corpus.pages) {
      if (only && !only.includes(entry.id)) continue;
      const before = outside.length;
      const measured = await measurePage(page, `${origin}/${entry.file}`);
      const result = { id: entry.id, about: entry.about, painted: measured.painted, outside: outside.slice(before) };
      if (entry.about === 'ai' && entry.labels) result.score = scorePage(corpus.entities, measured, entry.labels);
      if (withCandidates) result.candidates = candidates(corpus.entities, measured.text, measured.zones);
      results.push(result);
    }
  } finally {
    await page.close();
    await context.unroute('**/*');
  }
  return { corpus, results };
}
