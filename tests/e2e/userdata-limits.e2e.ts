/**
 * Limits on a person's dataset, in real Chromium: with a sound dataset in use, an oversize file and
 * one with a common word as an alias are refused on the options page, each with the limit and the
 * place it names; the dataset already in use keeps working in open and newly opened tabs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/session';

const USER_DATASET = resolve(import.meta.dirname, '../fixtures/user-dataset.json');
const session = useExtensionBrowser();

const products = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('ail-product') as Highlight | undefined) ?? [])].map((r) => String(r)));

function variant(change: (data: { entities: { aliases: { text: string }[]; summary: string }[] }) => void): Buffer {
  const data = JSON.parse(readFileSync(USER_DATASET, 'utf8'));
  change(data);
  return Buffer.from(JSON.stringify(data));
}

describe('limits on a person’s dataset (Chromium)', () => {
  it('refuses an oversize dataset and a common-word alias with their messages; the previous data keeps working', async () => {
    const options = await session.browser.newPage();
    await options.goto(session.browser.extensionUrl('options.html'));
    const picker = options.getByLabel('Add a dataset file…');
    await expect.poll(() => picker.count(), { timeout: 10_000 }).toBe(1);
    await picker.setInputFiles(USER_DATASET);
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toMatch(/^user-dataset\.json/);
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/release/own-data.html'));
    await expect.poll(() => products(page), { timeout: 10_000 }).toEqual(['Zeditorix', 'Zeditorix']);

    const status = options.getByTestId('dataset-status');
    // 3 MB: refused by its size, before it is read.
    await picker.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: variant((d) => (d.entities[0].summary = 'x'.repeat(3 * 1024 * 1024))) });
    await expect.poll(() => status.textContent()).toContain('huge.json: the file is 3,073 KB; a dataset file may be at most 2,048 KB.');
    // "the" as an alias, without "requires": "context": refused at its place in the file.
    await picker.setInputFiles({ name: 'common.json', mimeType: 'application/json', buffer: variant((d) => d.entities[0].aliases.push({ text: 'the' })) });
    await expect.poll(() => status.textContent()).toContain('common.json: /entities/0/aliases/1/text: “the” is a common word');
    expect(await options.getByTestId('user-dataset').textContent()).toMatch(/^user-dataset\.json/);

    // The dataset in use is untouched: the open tab still paints it, and so does a new one.
    expect(await products(page)).toEqual(['Zeditorix', 'Zeditorix']);
    await page.reload();
    await expect.poll(() => products(page), { timeout: 10_000 }).toEqual(['Zeditorix', 'Zeditorix']);
    await Promise.all([options.close(), page.close()]);
  });
});
