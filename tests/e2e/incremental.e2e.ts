/**
 * Detection on a page that keeps changing, in a real browser: after random changes read change by
 * change, the detector finds what a fresh read of the final page finds (tests/support/changing-page.ts).
 * Run here rather than in happy-dom, whose mutation records of an insertion name no sibling: reading
 * whether a change joined or split a run of text depends on them. The detector is bundled into a plain
 * page on 127.0.0.1 (no extension), so the page's document is the one it reads.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleIife } from '../../bench/lib/bundle.mjs';
import type { Divergence } from '../support/changing-page';
import { chromiumPath } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

let browser: Browser | undefined;
let server: FixtureServer | undefined;
let harness = '';

beforeAll(async () => {
  harness = await bundleIife(resolve(import.meta.dirname, 'support/changing-page-entry.ts'), 'LensChanging');
  server = await startFixtureServer({ '/changing.html': '<!doctype html><title>Changing</title><body></body>' });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page that keeps changing (Chromium)', () => {
  it('ends with the mentions a fresh read of the final page finds (400 seeded pages, 10 rounds of changes each)', { timeout: 180_000 }, async () => {
    const page = await browser!.newPage();
    await page.goto(`${server!.origin}/changing.html`);
    await page.addScriptTag({ content: harness });
    const divergence = await page.evaluate(
      () => (window as unknown as { LensChanging: { run(seeds: number, steps: number): Promise<Divergence | null> } }).LensChanging.run(400, 10),
    );
    expect(divergence, JSON.stringify(divergence, null, 1)).toBeNull();
  });
});
