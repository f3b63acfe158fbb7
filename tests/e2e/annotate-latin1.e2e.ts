/**
 * Two pages of a Latin-1 site whose addresses differ only in a byte that is not UTF-8 (`?q=caf%E9`,
 * `?q=caf%E8`): in real Chromium each keeps its own notes, painted on it alone and stored under its
 * own key (they shared one, `?q=caf%EF%BF%BD`, when the key decoded the query as UTF-8).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotateSelection, type Tab } from './support/ax';
import { messageTab } from './support/chromium';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/annotate/article.html'), 'utf8');
const PATH = '/annotate/search.php';
const session = useExtensionBrowser({ [PATH]: ARTICLE });

function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('ail-annotation');
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  });
}

async function open(query: string): Promise<Tab> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(PATH) + query);
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(() => messageTab(session.browser, page.url(), { type: 'page/mentions' }).then(() => true, () => false), { timeout: 10_000 })
    .toBe(true);
  return { page, cdp };
}

describe('notes of pages whose queries are not UTF-8 (Chromium)', () => {
  it('stay on their own page', async () => {
    const e = await open('?q=caf%E9');
    expect(e.page.url()).toMatch(/\?q=caf%E9$/);
    await annotateSelection(e, '#p4', 'Nobody knows who wins', 'on the é page', 'latin1');
    await expect.poll(() => paintedTexts(e.page)).toEqual(['Nobody knows who wins']);

    // The other page saves a note of its own; its record holds that note only, so only it is painted.
    const è = await open('?q=caf%E8');
    await annotateSelection(è, '#p2', 'Cursor grew faster', 'on the è page', 'latin1');
    await expect.poll(() => paintedTexts(è.page)).toEqual(['Cursor grew faster']);

    const keys = await session.browser.worker.evaluate(async () =>
      Object.entries((await chrome.storage.local.get(null)) as Record<string, { annotations?: unknown[] }>)
        .filter(([key]) => key.startsWith('annotations:'))
        .map(([key, record]) => [key.replace(/^.*\?/, '?'), record.annotations?.length ?? 0]),
    );
    expect(keys.sort()).toEqual([
      ['?q=caf%E8', 1],
      ['?q=caf%E9', 1],
    ]);

    // Back on the first page after a reload: its own note, and not the other's.
    await e.page.reload();
    await expect.poll(() => paintedTexts(e.page)).toEqual(['Nobody knows who wins']);
    await e.page.close();
    await è.page.close();
  });
});
