/**
 * Settings that cannot outgrow storage.sync, in real Chromium: with 1,000 sites switched off every
 * setting still saves (each item within the browser's own per-item count), an open tab follows, and a
 * list that would pass the 100 KB quota is refused in the options page with its reason, nothing changed.
 * A name unmuted in the options page stays unmuted when an older build's whole value lands over it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/platform/settings/model';
import { SYNC_QUOTA, encodeSettings, quotaProblem } from '../../lib/platform/settings/sync-layout';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;

const session = useExtensionBrowser();

function sites(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `news-${i}.example-${i}.co.uk`).sort();
}

/** Stores the settings as the extension lays them out, from the service worker (as another device's sync would). */
async function seed(disabledSites: string[]): Promise<void> {
  const items = encodeSettings({ ...DEFAULT_SETTINGS, disabledSites });
  await session.browser.worker.evaluate(async (items) => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(items);
  }, items);
}

/** Every stored item with the bytes Chromium itself counts for it. */
function storedBytes(): Promise<{ items: Record<string, unknown>; bytes: Record<string, number>; total: number }> {
  return session.browser.worker.evaluate(async () => {
    const items = (await chrome.storage.sync.get(null)) as Record<string, unknown>;
    const bytes: Record<string, number> = {};
    for (const key of Object.keys(items)) bytes[key] = await chrome.storage.sync.getBytesInUse(key);
    return { items, bytes, total: await chrome.storage.sync.getBytesInUse(null) };
  });
}

const painted = (page: Page) =>
  page.evaluate(() => ['person', 'company', 'product', 'model'].reduce((n, t) => n + (CSS.highlights.get(`ail-${t}`)?.size ?? 0), 0));

async function openOptions(): Promise<Page> {
  const options = await session.browser.newPage();
  await options.goto(session.browser.extensionUrl('options.html'));
  await expect.poll(() => options.getByRole('switch', { name: 'Pause everywhere' }).isVisible(), { timeout: 10_000 }).toBe(true);
  return options;
}

describe('settings within storage.sync (Chromium)', () => {
  it('saves with 1,000 sites switched off, and every other setting still saves', async () => {
    await seed(sites(999));
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/release/article.html'));
    await expect.poll(() => painted(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    const options = await openOptions();
    await expect.poll(() => options.locator('.ail-site-list li').count(), { timeout: 10_000 }).toBe(999);
    // The thousandth: this page's own site, added through the form; the open tab follows.
    await options.getByRole('textbox', { name: 'Switch off on a site' }).fill(page.url());
    await options.getByRole('button', { name: 'Switch off', exact: true }).click();
    await expect.poll(() => painted(page)).toBe(0);
    await options.getByRole('radio', { name: 'Dark' }).check();
    const { items, bytes, total } = await storedBytes();
    const chunks = items['setting:disabledSites'] as number;
    const stored = Array.from({ length: chunks }, (_, i) => items[`setting:disabledSites:${i}`] as string[]).flat();
    expect(stored).toHaveLength(1000);
    expect(stored).toContain('127.0.0.1');
    expect(items['setting:theme']).toBe('dark');
    expect(items.settings).toBeUndefined();
    for (const [key, size] of Object.entries(bytes)) expect(size, key).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(await options.getByRole('alert').count()).toBe(0);
    await options.getByRole('button', { name: 'Switch back on for 127.0.0.1' }).click();
    await expect.poll(() => painted(page)).toBeGreaterThanOrEqual(5);
    await Promise.all([options.close(), page.close()]);
  });

  it('refuses a site list that would pass the quota, says which limit, and changes nothing', async () => {
    // As many long site names as fit, and the next one would not.
    const full: string[] = [];
    let extra = '';
    for (let i = 0; !extra; i++) {
      const next = `site-${String(i).padStart(5, '0')}-a-rather-long-subdomain-name-for-this-test.example.org`;
      if (quotaProblem(encodeSettings({ ...DEFAULT_SETTINGS, disabledSites: [...full, next] }))) extra = next;
      else full.push(next);
    }
    await seed(full);
    const before = await storedBytes();
    const options = await openOptions();
    await expect.poll(() => options.locator('.ail-site-list li').count(), { timeout: 10_000 }).toBe(full.length);
    await options.getByRole('textbox', { name: 'Switch off on a site' }).fill(extra);
    await options.getByRole('button', { name: 'Switch off', exact: true }).click();
    const alert = options.locator('[data-settings-alert]');
    // The sites are near the 100 KB quota: all ${full.length} of them, one more would pass it.
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(
      new RegExp(`Not saved: with ${(full.length + 1).toLocaleString("en-US")} sites switched off.*at most 100 KB.*nothing was changed`),
    );
    expect(await storedBytes()).toEqual(before);
    expect(await options.locator('.ail-site-list li').count()).toBe(full.length);
    // Other settings still save, and the message goes away.
    await options.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => alert.count()).toBe(0);
    expect((await storedBytes()).items['setting:theme']).toBe('light');
    await options.close();
  });

  it('never shows an unmuted name again when an older build writes its whole value over the chunks', async () => {
    // Muted names as builds before 7 December 2026 stored them: whole, in one item.
    await session.browser.worker.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set({ 'setting:mutedNames': { 'a.example': ['cursor'], 'b.example': ['codex'] } });
    });
    const options = await openOptions();
    const unmute = options.getByRole('button', { name: 'Highlight “cursor” on a.example again' });
    await expect.poll(() => unmute.isVisible(), { timeout: 10_000 }).toBe(true);
    await unmute.click();
    await expect.poll(() => unmute.count()).toBe(0);
    expect((await storedBytes()).items).toEqual({ 'setting:mutedNames': 1, 'setting:mutedNames:0': [['b.example', 'codex']] });
    // The older build on another device, which had not synced the unmute, mutes a name: its whole
    // value, still listing "cursor", lands over the count (with a theme change, which shows when the
    // options page has read it all again).
    await session.browser.worker.evaluate(() =>
      chrome.storage.sync.set({ 'setting:mutedNames': { 'a.example': ['cursor'], 'c.example': ['claude'] }, 'setting:theme': 'dark' }),
    );
    await expect.poll(() => options.getByRole('radio', { name: 'Dark' }).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await unmute.count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Highlight “codex” on b.example again' }).count()).toBe(1);
    await options.close();
    await session.browser.worker.evaluate(() => chrome.storage.sync.clear());
  });
});
