/**
 * The popup page of the built extension in real Chromium: fuzzy search, the entity entry, and "On
 * this page" over a fixture page in another tab (the popup names that tab with ?tab=<id>, since a
 * popup opened as a tab would otherwise inspect itself).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './support/session';

/** The part of the extension API the test calls inside the browser (service worker, extension pages). */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<{ url?: string } | undefined>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
};


const session = useExtensionBrowser();

/** The id of the tab showing `url`, found from the service worker by asking each tab's content script. */
async function tabIdOf(url: string): Promise<number> {
  let id: number | null = null;
  await expect
    .poll(
      async () =>
        (id = await session.browser.worker.evaluate(async (url) => {
          for (const tab of await chrome.tabs.query({})) {
            try {
              const page = await chrome.tabs.sendMessage(tab.id!, { type: 'page/mentions' }, { frameId: 0 });
              if (page?.url === url) return tab.id!;
            } catch {
              // No content script in that tab.
            }
          }
          return null;
        }, url)),
      { timeout: 10_000 },
    )
    .not.toBeNull();
  return id!;
}

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/** The popup's own size, for the README's pictures of it. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, name) });
}

async function openPopup(path = 'popup.html'): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(session.browser.extensionUrl(path));
  return page;
}

describe('the popup page in Chromium', () => {
  it('finds a name from a typo and opens its entry with Enter', async () => {
    const popup = await openPopup();
    const box = popup.getByRole('combobox', { name: /search/i });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.type('sotiaux');
    const first = popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.textContent()).toMatch(/^Thibault Sottiaux/);
    await expect.poll(() => first.locator('mark').first().textContent()).toBe('Sottiaux');
    await screenshot(popup, 'popup-search.png');
    await popup.keyboard.press('Enter');
    const heading = popup.getByRole('heading', { level: 2, name: 'Thibault Sottiaux' });
    await expect.poll(() => heading.isVisible()).toBe(true);
    await expect.poll(() => popup.getByRole('region', { name: 'Timeline', exact: true }).isVisible()).toBe(true);
    // The entry draws the race timeline narrowed to the entity.
    await expect
      .poll(() => popup.getByRole('region', { name: 'Thibault Sottiaux timeline' }).locator('svg').count())
      .toBeGreaterThan(0);
    await screenshot(popup, 'popup-detail.png');
    // Escape returns to the results, with the query kept.
    await popup.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('sotiaux');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('');
    await popup.close();
  });

  it('shows "No results" for an unrelated query', async () => {
    const popup = await openPopup();
    await popup.getByRole('combobox').fill('banana bread');
    await expect.poll(() => popup.locator('.lens-empty').textContent()).toBe('No results');
    await expect.poll(() => popup.getByRole('option').count()).toBe(0);
    await popup.close();
  });

  it('opens #q= and #entity= addresses', async () => {
    const search = await openPopup('popup.html#q=claud%20code');
    await expect.poll(() => search.getByRole('combobox').inputValue()).toBe('claud code');
    await expect.poll(() => search.getByRole('option').first().textContent()).toMatch(/^Claude Code/);
    await search.close();
    const detail = await openPopup('popup.html#entity=sam-altman');
    await expect.poll(() => detail.getByRole('heading', { level: 2, name: 'Sam Altman' }).isVisible()).toBe(true);
    await detail.close();
  });

  it('opened as a tab of its own, says there is no page to read', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('.lens-notice').textContent()).toMatch(/Search still works/);
    await popup.close();
  });

  it('says so when the tab it inspects has no content script, and search still works', async () => {
    // Another extension page stands in for the browser's own pages: no content script runs there.
    const other = await openPopup();
    const otherId = await other.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const popup = await openPopup(`popup.html?tab=${otherId}`);
    await expect
      .poll(() => popup.locator('.lens-notice').textContent())
      .toBe("This page can't be read by the extension (browser pages and stores are off-limits). Search still works.");
    await popup.getByRole('combobox').fill('embricos');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toMatch(/^Alexander Embiricos/);
    await popup.close();
    await other.close();
  });

  it('lists the mentions of a page in another tab, and choosing one scrolls that page to it', async () => {
    const article = await session.browser.newPage();
    // The article is a background tab here (the popup is the active one), where smooth scrolling does
    // not animate; with reduced motion the reveal jumps, as it does for people who ask for that.
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.goto(session.server.url('/popup-page.html'));
    const tabId = await tabIdOf(session.server.url('/popup-page.html'));
    const popup = await openPopup(`popup.html?tab=${tabId}`);
    const list = popup.getByRole('listbox', { name: 'Mentioned on this page' });
    const claudeCode = list.getByRole('option', { name: /Claude Code/ });
    await expect.poll(() => claudeCode.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => list.getByRole('option', { name: /OpenAI/ }).count()).toBe(1);
    await expect.poll(() => claudeCode.getByLabel('2 mentions').count()).toBe(1);
    await screenshot(popup, 'popup-page.png');

    expect(await article.evaluate(() => scrollY)).toBe(0);
    await claudeCode.click();
    const visible = (id: string) =>
      article.evaluate((id) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, id);
    await expect.poll(() => visible('first-claude-code')).toBe(true);
    await expect.poll(() => claudeCode.textContent()).toContain('1 of 2');
    // The click left focus in the search box, where the arrow keys work.
    const focused = () => popup.getByRole('combobox').evaluate((el) => el === document.activeElement);
    await expect.poll(focused).toBe(true);
    // A second choice moves to the next mention.
    await claudeCode.click();
    await expect.poll(() => visible('second-claude-code')).toBe(true);
    await expect.poll(() => claudeCode.textContent()).toContain('2 of 2');
    await popup.close();
    await article.close();
  });
});
