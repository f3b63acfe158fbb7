/**
 * The Race view in the built extension, in real Chromium: opened from the popup's Race link, a mark
 * shows its fact and source on focus and on hover, keys move and choose, `#entity=` lights an entity,
 * disputed revenue shows both claims; the side panel's Race tab (`sidepanel.html#race`) and its
 * `#entity=` detail. Also writes docs/screenshots/race.png.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/core/dataset/types';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const dataset = JSON.parse(readFileSync(resolve(ROOT, 'assets/dataset.json'), 'utf8')) as Dataset;
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

/** A month-dated Claude Code fact: its mark must name the month, not a false day. */
const claudeCode = dataset.entities.find((e) => e.id === 'claude-code')!;
const monthFact = claudeCode.facts
  .filter((f) => f.date && /^\d{4}-\d{2}$/.test(f.date) && !f.disputed)
  .sort((a, b) => a.date!.localeCompare(b.date!))[0];

let browser: ExtensionBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function openRace(hash = ''): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(browser.extensionUrl(`race.html${hash}`));
  await page.getByRole('group', { name: /Timeline of the AI coding race/ }).waitFor();
  return page;
}

const visibleTip = (page: Page) => page.locator('.race-timeline [role="tooltip"]:not([hidden])');

describe('the Race view in Chromium', () => {
  it('opens from the popup’s Race link', async () => {
    const popup = await browser.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const [race] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Race' }).click(),
    ]);
    await race.waitForLoadState();
    expect(new URL(race.url()).pathname).toBe('/race.html');
    await expect
      .poll(() => race.getByRole('group', { name: /Timeline of the AI coding race/ }).getByRole('button').count())
      .toBe(dataset.entities.flatMap((e) => e.facts.filter((f) => f.date)).length);
    await race.close();
    await popup.close();
  });

  it('shows a mark’s fact and source on focus and on hover, and moves with the arrow keys', async () => {
    const page = await openRace();
    const timeline = page.getByRole('group', { name: /Timeline of the AI coding race/ });
    const mark = timeline.locator(`[data-event="${monthFact.id}"]`);
    // Named for screen readers with the month (not a day), the fact and its source.
    const name = await mark.getAttribute('aria-label');
    const month = new Date(`${monthFact.date}-01T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    expect(name).toMatch(new RegExp(`^${month} ${monthFact.date!.slice(0, 4)}, Claude Code: `));
    expect(name).toContain(sourceById.get(monthFact.sources[0])!.publisher);

    await mark.focus();
    await expect.poll(() => visibleTip(page).textContent()).toContain(monthFact.text);
    const tip = (await visibleTip(page).textContent())!;
    expect(tip).toContain(sourceById.get(monthFact.sources[0])!.title);
    expect(await mark.getAttribute('aria-describedby')).toBe(await visibleTip(page).getAttribute('id'));

    await page.keyboard.press('ArrowRight');
    const next = page.locator(':focus');
    await expect.poll(() => next.getAttribute('data-event')).not.toBe(monthFact.id);
    const nextText = await next.getAttribute('aria-label');
    await expect.poll(() => visibleTip(page).textContent()).not.toContain(monthFact.text);
    expect(nextText).toBeTruthy();

    await page.mouse.move(0, 0);
    const other = timeline.locator('[data-disputed="true"]').first();
    await other.hover();
    await expect.poll(() => visibleTip(page).textContent()).toMatch(/Disputed/);
    await page.close();
  });

  it('opens the entity of a chosen mark', async () => {
    const page = await openRace();
    const mark = page.locator(`[data-event="${monthFact.id}"]`);
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/popup\.html#entity=claude-code$/);
    await page.close();
  });

  it('lights up the entity it arrives for, and the filter changes it without moving marks', async () => {
    const page = await openRace('#entity=codex');
    await expect.poll(() => page.getByRole('combobox', { name: 'Highlight' }).inputValue()).toBe('codex');
    const lit = page.locator('.race-timeline .race-mark--lit');
    await expect.poll(() => lit.count()).toBeGreaterThan(0);
    const entities = await lit.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-entity')));
    expect(entities).toContain('codex');
    const before = await page.locator('.race-timeline svg').boundingBox();
    await page.getByRole('combobox', { name: 'Highlight' }).selectOption('claude-code');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Claude Code:/);
    expect(await page.locator('.race-timeline svg').boundingBox()).toEqual(before);
    await page.close();
  });

  it('draws both claims of disputed revenue, each with its source', async () => {
    const page = await openRace();
    const revenue = page.getByRole('group', { name: 'Annualized revenue' });
    const labels = await revenue.getByRole('button').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')!));
    const disputed = claudeCode.facts.find((f) => f.disputed && f.disputed.claims.some((c) => c.figures?.length))!;
    for (const claim of disputed.disputed!.claims) {
      // The bar names the sources of the claim's figure (a claim may cite more sources than state its figure).
      const publisher = sourceById.get(claim.figures![0]!.sources[0]!)!.publisher;
      expect(labels.some((l) => l.startsWith('Claude Code') && l.includes(claim.text) && l.includes(publisher)), claim.text).toBe(true);
    }
    await page.close();
  });

  it('is reachable in the side panel (#race), full width, and #entity= opens the entity detail there', async () => {
    const panel = await browser.newPage();
    panel.on('pageerror', (error) => pageErrors.push(error.message));
    await panel.setViewportSize({ width: 420, height: 800 });
    await panel.goto(browser.extensionUrl('sidepanel.html#race'));
    await expect.poll(() => panel.getByRole('tab', { name: 'Race' }).getAttribute('aria-selected')).toBe('true');
    expect(await panel.getByRole('tab', { name: 'Annotations' }).getAttribute('aria-selected')).toBe('false');
    const timeline = panel.getByRole('tabpanel').getByRole('group', { name: /Timeline of the AI coding race/ });
    await expect
      .poll(() => timeline.getByRole('button').count())
      .toBe(dataset.entities.flatMap((e) => e.facts.filter((f) => f.date)).length);
    expect(await timeline.locator(`[data-event="${monthFact.id}"]`).count()).toBe(1);
    // Full width: the timeline spans the panel, less its padding.
    const width = (await timeline.boundingBox())!.width;
    expect(width).toBeGreaterThan(420 * 0.85);
    expect(width).toBeLessThanOrEqual(420);

    const codex = dataset.entities.find((e) => e.id === 'codex')!;
    await panel.goto(browser.extensionUrl('sidepanel.html#entity=codex'));
    await panel.reload();
    await expect.poll(() => panel.getByRole('tab', { name: 'Entity' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => panel.getByRole('tabpanel').getByRole('heading', { name: codex.name, exact: true }).isVisible())
      .toBe(true);
    expect(await panel.getByRole('tabpanel').getByRole('group', { name: /Timeline of the AI coding race/ }).count()).toBe(0);
    await panel.close();
  });

  it('renders without page errors and saves the screenshot', async () => {
    const page = await openRace();
    await page.setViewportSize({ width: 1100, height: 900 });
    const mark = page.locator(`[data-event="${monthFact.id}"]`);
    await mark.hover();
    await expect.poll(() => visibleTip(page).isVisible()).toBe(true);
    mkdirSync(resolve(ROOT, 'docs/screenshots'), { recursive: true });
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshots/race.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
