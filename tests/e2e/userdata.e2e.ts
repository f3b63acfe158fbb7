/**
 * The person's own dataset reaches tabs that are already open, in real Chromium: adding it (on the
 * options page, or straight into storage) highlights its names without a reload, its card opens,
 * removing it takes them away again; a stored file that no longer merges leaves the bundled data
 * working.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/session';

/** The extension's API as the service worker sees it (only what these tests call). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const USER_DATASET = resolve(FIXTURES, 'user-dataset.json');


const session = useExtensionBrowser();

/** The text of every range in a highlight (`ail-<type>`) of the page. */
function highlighted(page: Page, type: string): Promise<string[]> {
  return page.evaluate(
    (name) => [...((CSS.highlights.get(name) as Highlight | undefined) ?? [])].map((r) => String(r)),
    `ail-${type}`,
  );
}

/** The own-data fixture, open with its bundled names (OpenAI) painted, and a marker a reload would lose. */
async function openOwnData(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url('/release/own-data.html'));
  await expect.poll(() => highlighted(page, 'company'), { timeout: 10_000 }).toEqual(['OpenAI']);
  expect(await highlighted(page, 'product')).toEqual([]);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  return page;
}

const notReloaded = async (page: Page) =>
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);

/** Writes the stored record the options page would write (`local:userDataset`). */
async function storeRecord(dataset: unknown, fileName = 'user-dataset.json'): Promise<void> {
  const record = { fileName, importedAt: new Date().toISOString(), dataset };
  await session.browser.worker.evaluate((items) => chrome.storage.local.set(items), { userDataset: record });
}
const removeRecord = () => session.browser.worker.evaluate(() => chrome.storage.local.remove('userDataset'));

const fixtureDataset = () => JSON.parse(readFileSync(USER_DATASET, 'utf8')) as { entities: { aliases: { text: string }[] }[] };

async function cardName(cdp: CDPSession): Promise<string | null> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  return nodes.find((n) => !n.ignored && n.role?.value === 'dialog')?.name?.value ?? null;
}

describe('the person’s dataset in open tabs', () => {
  it('added on the options page, an open tab highlights its names without a reload; removed, they go', async () => {
    const page = await openOwnData();
    const options = await session.browser.newPage();
    await options.goto(session.browser.extensionUrl('options.html'));
    const picker = options.getByLabel('Add a dataset file…');
    await expect.poll(() => picker.count()).toBe(1);
    await picker.setInputFiles(USER_DATASET);
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toMatch(/^user-dataset\.json/);

    await expect.poll(() => highlighted(page, 'product'), { timeout: 10_000 }).toEqual(['Zeditorix', 'Zeditorix']);
    expect(await highlighted(page, 'company')).toEqual(['OpenAI']);
    await notReloaded(page);

    // The card knows the new entity too.
    await page.bringToFront();
    const cdp = await page.context().newCDPSession(page);
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('ail-product') as Highlight)][0] as Range;
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(5, 700);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await expect.poll(() => cardName(cdp), { timeout: 5_000 }).toMatch(/^Zeditorix/);
    await page.mouse.move(5, 700);
    await page.keyboard.press('Escape');

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove my dataset' }).click();
    await expect.poll(() => options.getByTestId('user-dataset').textContent()).toBe('none added');
    await expect.poll(() => highlighted(page, 'product'), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => highlighted(page, 'company'), { timeout: 10_000 }).toEqual(['OpenAI']);
    await notReloaded(page);
    await options.close();
    await page.close();
  });

  it('written to storage, it reaches the open tab; a stored file that no longer merges leaves the bundled data working', async () => {
    const page = await openOwnData();

    // A record whose alias the bundled data now owns (as after an update): ignored, nothing breaks.
    const stale = fixtureDataset();
    stale.entities[0]!.aliases.push({ text: 'OpenAI' });
    await storeRecord(stale, 'old.json');
    // Give the tab time to see the change; it must still show the bundled names and only those.
    await page.waitForTimeout(500);
    await expect.poll(() => highlighted(page, 'company')).toEqual(['OpenAI']);
    expect(await highlighted(page, 'product')).toEqual([]);

    // Replaced by a sound one: its names appear.
    await storeRecord(fixtureDataset());
    await expect.poll(() => highlighted(page, 'product'), { timeout: 10_000 }).toEqual(['Zeditorix', 'Zeditorix']);
    expect(await highlighted(page, 'company')).toEqual(['OpenAI']);

    // A page opened now starts with it (one storage read at start-up).
    const later = await session.browser.newPage();
    await later.goto(session.server.url('/release/own-data.html'));
    await expect.poll(() => highlighted(later, 'product'), { timeout: 10_000 }).toEqual(['Zeditorix', 'Zeditorix']);

    await removeRecord();
    await expect.poll(() => highlighted(page, 'product'), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => highlighted(later, 'product'), { timeout: 10_000 }).toEqual([]);
    // Detection starts over with the bundled data: its names come back after the new scan.
    await expect.poll(() => highlighted(page, 'company'), { timeout: 10_000 }).toEqual(['OpenAI']);
    await notReloaded(page);
    await later.close();
    await page.close();
  });
});
