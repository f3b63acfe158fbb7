/**
 * Settings applied live in real Chromium: a fixture tab reacts to the options page (pause, the
 * per-site switch, entity types) without a reload, and the data section adds, refuses and removes a
 * dataset file. Also takes the options page screenshots for the README.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/session';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const TYPES = ['person', 'company', 'product', 'model', 'team', 'event', 'deal', 'concept'];


const session = useExtensionBrowser();

/** Ranges painted per entity highlight (`ail-<type>`), read from the page's highlight registry. */
function painted(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (types) => Object.fromEntries(types.map((t) => [t, CSS.highlights.get(`ail-${t}`)?.size ?? 0])),
    TYPES,
  );
}
const total = async (page: Page) => Object.values(await painted(page)).reduce((a, b) => a + b, 0);

async function openArticle(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url('/release/article.html'));
  await expect.poll(() => total(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  return page;
}

async function openOptions(): Promise<Page> {
  const options = await session.browser.newPage();
  await options.goto(session.browser.extensionUrl('options.html'));
  await expect.poll(() => options.getByRole('switch', { name: 'Pause everywhere' }).isVisible()).toBe(true);
  return options;
}

describe('settings applied live', () => {
  it('pausing clears the highlights of an open tab, resuming brings them back, without a reload', async () => {
    const page = await openArticle();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const options = await openOptions();
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();
    await expect.poll(() => total(page)).toBe(0);
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();
    await expect.poll(() => total(page)).toBeGreaterThanOrEqual(5);
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await options.close();
    await page.close();
  });

  it('switching the site off clears it; switching it back on repaints', async () => {
    const page = await openArticle();
    const options = await openOptions();
    await options.getByRole('textbox', { name: 'Switch off on a site' }).fill(session.server.url('/release/article.html'));
    await options.getByRole('button', { name: 'Switch off', exact: true }).click();
    await expect.poll(() => options.getByText('127.0.0.1', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => total(page)).toBe(0);
    await options.getByRole('button', { name: 'Switch back on for 127.0.0.1' }).click();
    await expect.poll(() => total(page)).toBeGreaterThanOrEqual(5);
    await options.close();
    await page.close();
  });

  it('an unticked entity type is no longer painted', async () => {
    const page = await openArticle();
    expect((await painted(page)).person).toBeGreaterThan(0);
    const options = await openOptions();
    await options.getByRole('checkbox', { name: 'People' }).click();
    await expect.poll(async () => (await painted(page)).person).toBe(0);
    expect((await painted(page)).company).toBeGreaterThan(0);
    await options.getByRole('checkbox', { name: 'People' }).click();
    await expect.poll(async () => (await painted(page)).person).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });
});

describe('the options page', () => {
  it('resets everything after the confirmation, and the open tab follows', async () => {
    const page = await openArticle();
    const options = await openOptions();
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();
    await expect.poll(() => total(page)).toBe(0);
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    const dialog = options.getByRole('alertdialog', { name: 'Reset everything?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await total(page)).toBe(0);
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    await dialog.getByRole('button', { name: 'Reset everything', exact: true }).click();
    await expect.poll(() => options.getByText('Everything was reset.').isVisible()).toBe(true);
    await expect.poll(() => options.getByRole('switch', { name: 'Pause everywhere' }).isChecked()).toBe(false);
    await expect.poll(() => total(page)).toBeGreaterThanOrEqual(5);
    await options.close();
    await page.close();
  });

  it('adds a dataset file, refuses a broken one naming the problem, and removes it', async () => {
    const options = await openOptions();
    const picker = options.getByLabel('Add a dataset file…');
    await picker.setInputFiles(resolve(FIXTURES, 'user-dataset.json'));
    await expect.poll(() => options.getByTestId('dataset-status').textContent()).toContain('Added “user-dataset.json”: 1 entries');
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toMatch(/^user-dataset\.json: version 2026-11-01/);

    await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1') });
    await expect.poll(() => options.getByTestId('dataset-status').textContent()).toContain('“broken.json” was not added, nothing changed:');
    expect(await options.getByTestId('dataset-status').textContent()).toContain('broken.json: expected valid JSON');
    // The earlier file is still the one in use.
    expect(await options.getByTestId('user-dataset').textContent()).toMatch(/^user-dataset\.json/);

    await options.getByRole('button', { name: 'Remove my dataset' }).click();
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toBe('none added');
    await options.close();
  });

  it('highlights the entities of an added dataset on pages opened afterwards', async () => {
    const options = await openOptions();
    await options.getByLabel('Add a dataset file…').setInputFiles(resolve(FIXTURES, 'user-dataset.json'));
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toMatch(/^user-dataset\.json/);
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/release/own-data.html'));
    const productTexts = () =>
      page.evaluate(() => [...((CSS.highlights.get('ail-product') as Highlight | undefined) ?? [])].map((r) => String(r)));
    await expect.poll(productTexts, { timeout: 10_000 }).toEqual(['Zeditorix', 'Zeditorix']);
    await options.getByRole('button', { name: 'Remove my dataset' }).click();
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toBe('none added');
    await page.reload();
    await expect.poll(async () => (await painted(page)).company).toBeGreaterThan(0);
    expect(await productTexts()).toEqual([]);
    await page.close();
    await options.close();
  });

  it('looks right in light and dark (README screenshots)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const options = await openOptions();
    await options.setViewportSize({ width: 900, height: 1400 });
    await options.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-light.png'), fullPage: true });
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 31)');
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-dark.png'), fullPage: true });
    await options.getByRole('radio', { name: 'Same as the system' }).check();
    await options.close();
  });
});
