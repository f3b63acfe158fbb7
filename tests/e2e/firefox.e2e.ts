/**
 * The main path in Firefox ESR, on the e2e build (`npm run build:firefox-e2e`): a fixture page's
 * mentions are highlighted, hovering one shows the card, the popup searches, the side panel is a
 * sidebar (declared so in the release manifest; its tabs and Race timeline render), and pausing in the
 * options page clears the page's highlights without a reload. A missing Firefox fails, naming
 * firefox-esr; it never skips.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, pollInPage, type FirefoxExtensionBrowser } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/server';

const ENTITY_HIGHLIGHTS = ['person', 'company', 'product', 'model', 'team', 'event', 'deal', 'concept'].map((t) => `ail-${t}`);
/** Ranges painted for entity mentions, counted in the page (the highlight registry is the document's). */
const PAINTED = `${JSON.stringify(ENTITY_HIGHLIGHTS)}.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0)`;

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
/** Marks the Race timeline draws: one per dated fact of the bundled dataset. */
const DATED_FACTS = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/dataset.json'), 'utf8')) as {
    entities: { facts: { date?: string }[] }[];
  }
).entities.flatMap((e) => e.facts.filter((f) => f.date)).length;
/** The release Firefox build (not the e2e one), as it would be published. */
const FIREFOX_RELEASE_MANIFEST = resolve(
  import.meta.dirname,
  '../..',
  process.env.LENS_OUT_DIR ?? '.output',
  'firefox-mv3/manifest.json',
);

let firefox: FirefoxExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openArticle(): Promise<Page> {
  const page = await firefox.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(server.url('/release/article.html'));
  return page;
}

describe('the built extension in Firefox ESR', () => {
  it('highlights the mentions on a fixture page', async () => {
    const page = await openArticle();
    await pollInPage(page, `${PAINTED} >= 5`);
    const names = await page.evaluate(
      (all: string[]) => all.filter((name) => (CSS.highlights.get(name)?.size ?? 0) > 0),
      ENTITY_HIGHLIGHTS,
    );
    expect(names).toEqual(expect.arrayContaining(['ail-company', 'ail-person', 'ail-product']));
    await page.close();
  });

  it('shows the card when the pointer rests on a name', async () => {
    const page = await openArticle();
    await pollInPage(page, `(CSS.highlights.get('ail-product')?.size ?? 0) > 0`);
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('ail-product') as Highlight)][0] as Range;
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    });
    expect(point.text).toBe('Claude Code');
    expect(await page.evaluate(() => document.querySelector('ai-industry-lens-card') === null)).toBe(true);
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    // The card's shadow root is closed; its host element appearing is what a test can see from outside.
    await pollInPage(page, `document.querySelector('ai-industry-lens-card')?.isConnected === true`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'firefox-card.png') });
    await page.close();
  });

  it('searches in the popup', async () => {
    const popup = await firefox.openExtensionPage('popup.html', server.url('/smoke.html'));
    await pollInPage(popup, `!!document.querySelector('input[type=search]')`);
    await popup.evaluate(() => (document.querySelector('input[type=search]') as HTMLInputElement).focus());
    await popup.keyboard.type('sotiaux');
    await pollInPage(
      popup,
      `document.querySelector('[role=listbox][aria-label="Search results"] [role=option]')?.textContent.startsWith('Thibault Sottiaux')`,
    );
    // The keyboard shortcuts are the same as in Chrome, none taken by Firefox itself.
    const shortcuts = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).browser;
      return Object.fromEntries((await api.commands.getAll()).map((c) => [c.name, c.shortcut]));
    });
    expect(shortcuts).toEqual({
      _execute_action: 'Alt+Shift+L',
      'toggle-highlights': 'Alt+Shift+H',
      'open-card': 'Alt+Shift+K',
      annotate: 'Alt+Shift+U',
    });
    await popup.close();
  });

  it('declares the side panel as a sidebar, without Chrome’s sidePanel permission', () => {
    const manifest = JSON.parse(readFileSync(FIREFOX_RELEASE_MANIFEST, 'utf8')) as {
      sidebar_action?: { default_panel?: string };
      side_panel?: unknown;
      permissions?: string[];
      web_accessible_resources?: unknown;
    };
    expect(manifest.sidebar_action?.default_panel).toMatch(/^\/?sidepanel\.html$/);
    expect(manifest).not.toHaveProperty('side_panel');
    expect(manifest.permissions ?? []).not.toContain('sidePanel');
    expect(JSON.stringify(manifest.permissions ?? []).toLowerCase()).not.toContain('side');
    // A release build makes one page web-accessible, the note editor, framed on pages, and the chunk
    // the content script imports on first use (the popup, options, side panel and Race view are
    // exposed only by the e2e build).
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['annotation-editor.html', 'content-scripts/markdown.js'], matches: ['<all_urls>'] },
    ]);
  });

  it('shows the sidebar’s views: Annotations, Entity and the Race timeline', async () => {
    const panel = await firefox.openExtensionPage('sidepanel.html', server.url('/smoke.html'));
    await panel.setViewport({ width: 420, height: 800 });
    const TABS = `[...document.querySelectorAll('[role=tablist] [role=tab]')].map((t) => t.textContent.trim()).join('|')`;
    await pollInPage(panel, `${TABS} === 'Annotations|Entity|Race'`);
    expect(await panel.evaluate(`document.querySelector('#tab-annotations').getAttribute('aria-selected')`)).toBe('true');
    expect(await panel.evaluate(`!!document.querySelector('.race-timeline')`)).toBe(false);
    await panel.evaluate(() => (document.querySelector('#tab-race') as HTMLButtonElement).click());
    await pollInPage(panel, `document.querySelector('#tab-race').getAttribute('aria-selected') === 'true'`);
    await pollInPage(
      panel,
      `document.querySelectorAll('[role=tabpanel] [role=group][aria-label^="Timeline of the AI coding race"] [data-event]').length === ${DATED_FACTS}`,
    );
    await panel.close();
  });

  it('clears the page’s highlights when paused in the options page, and brings them back', async () => {
    const page = await openArticle();
    await pollInPage(page, `${PAINTED} >= 5`);
    const options = await firefox.openExtensionPage('options.html', server.url('/smoke.html'));
    const clickPause = () =>
      options.evaluate(() => (document.querySelector('#pause') as HTMLInputElement).click());
    await pollInPage(options, `!!document.querySelector('#pause')`);
    await clickPause();
    await pollInPage(page, `${PAINTED} === 0`);
    await clickPause();
    await pollInPage(page, `${PAINTED} >= 5`);
    await options.close();
    await page.close();
  });
});
