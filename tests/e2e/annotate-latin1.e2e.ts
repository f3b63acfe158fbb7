/**
 * Two pages of a Latin-1 site whose addresses differ only in a byte that is not UTF-8 (`?q=caf%E9`,
 * `?q=caf%E8`): in real Chromium and Firefox each keeps its own notes, painted on it alone and stored
 * under its own key (they shared one, `?q=caf%EF%BF%BD`, when the key decoded the query as UTF-8).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { annotateSelection, type Tab } from './support/ax';
import { messageTab } from './support/chromium';
import { launchFirefoxWithExtension, pollInPage } from './support/firefox';
import { passageDrag } from './support/drag';
import { paintedTexts } from './support/overlay';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/annotate/article.html'), 'utf8');
const PATH = '/annotate/search.php';
const session = useExtensionBrowser({ [PATH]: ARTICLE });

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
    await expect.poll(() => paintedTexts(e.page, e.cdp)).toEqual(['Nobody knows who wins']);

    // The other page saves a note of its own; its record holds that note only, so only it is painted.
    const è = await open('?q=caf%E8');
    await annotateSelection(è, '#p2', 'Cursor grew faster', 'on the è page', 'latin1');
    await expect.poll(() => paintedTexts(è.page, è.cdp)).toEqual(['Cursor grew faster']);

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
    await expect.poll(() => paintedTexts(e.page, e.cdp)).toEqual(['Nobody knows who wins']);
    await e.page.close();
    await è.page.close();
  });
});

/** The annotator's host in the page (its inside is a closed shadow root). */
const HOST = '[data-ai-industry-lens="annotator"]';
/**
 * How many passages the annotations' overlay holds and has drawn, as the e2e build writes them on its
 * host (its boxes are in a closed shadow root): one each, the page's own note only.
 */
const OVERLAY = `document.querySelector('[data-ai-industry-lens="annotation-overlay"]')`;
const ONE_NOTE_DRAWN = `${OVERLAY}?.dataset.lensHeld === '1' && ${OVERLAY}?.dataset.lensDrawn === '1'`;

/**
 * Firefox over WebDriver BiDi has no accessibility tree: as in annotate.e2e.ts, the mouse selects the
 * passage at the start of a paragraph, clicks the adder under it, and Ctrl+Enter saves the note typed.
 */
async function annotateInFirefox(page: FirefoxPage, id: string, text: string, note: string): Promise<void> {
  const drag = await passageDrag(page as unknown as { evaluate: Page['evaluate'] }, id, text);
  await page.mouse.move(drag.x1, drag.y1);
  await page.mouse.down();
  await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
  await page.mouse.up();
  await pollInPage(page, `!!document.querySelector('${HOST}')`);
  const adder = { x: drag.x1 + 20, y: drag.bottom + 8 + 15 };
  await pollInPage(page, `document.elementFromPoint(${adder.x}, ${adder.y})?.matches('${HOST}') === true`);
  await page.mouse.click(adder.x, adder.y);
  await pollInPage(page, `document.activeElement?.matches('${HOST}') === true`);
  await page.keyboard.type(note);
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
}

describe('notes of pages whose queries are not UTF-8 (Firefox ESR)', () => {
  it('stay on their own page', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const open = async (query: string) => {
        const page = await firefox.newPage();
        await page.setViewport({ width: 1000, height: 700 });
        await page.goto(session.server.url(PATH) + query);
        // The content script is up once detection painted the article's names.
        await pollInPage(page, `[...CSS.highlights.values()].some((h) => h.size > 0)`);
        return page;
      };
      const e = await open('?q=caf%E9');
      await annotateInFirefox(e, 'p4', 'Nobody knows who wins', 'on the é page');
      await pollInPage(e, ONE_NOTE_DRAWN);
      const è = await open('?q=caf%E8');
      await annotateInFirefox(è, 'p4', 'Nobody knows', 'on the è page');
      // Its record holds its own note only: the other page's, on a longer stretch of the same words, is not painted here.
      await pollInPage(è, ONE_NOTE_DRAWN);
      const store = await firefox.openExtensionPage('popup.html', session.server.url(PATH));
      const keys = await store.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<Record<string, { annotations?: unknown[] }>> } } } }).browser;
        return Object.entries(await api.storage.local.get(null))
          .filter(([key]) => key.startsWith('annotations:'))
          .map(([key, record]) => [key.replace(/^.*\?/, '?'), record.annotations?.length ?? 0]);
      });
      expect(keys.sort()).toEqual([
        ['?q=caf%E8', 1],
        ['?q=caf%E9', 1],
      ]);
      await store.close();
      // A mark on the old document, so the check below reads the reloaded one.
      await e.evaluate(() => {
        (window as unknown as { beforeReload?: boolean }).beforeReload = true;
        location.reload();
      });
      await pollInPage(e, `!window.beforeReload && ${ONE_NOTE_DRAWN}`);
    } finally {
      await firefox.close();
    }
  });
});
