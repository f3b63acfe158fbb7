/**
 * How current the facts are, said on every surface that shows them, in real Chromium: the hover card
 * (closed shadow root, read through the accessibility tree), the popup's entry, the side panel and the
 * Race page; with figures in the words of their bound ("more than $2.5 billion", "more than $2.5B"),
 * and each page's title from the locale file.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import messages from '../../assets/public/_locales/en/messages.json';
import { axTree, boxOf, evaluateOn, findNode, type AXNode } from './support/ax';
import { messageTab } from './support/chromium';
import { useExtensionBrowser } from './support/session';

const FRESHNESS = 'Facts up to February 2026 from 4 articles';
const session = useExtensionBrowser();

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(session.browser.extensionUrl(path));
  return page;
}

async function cardDialog(cdp: CDPSession): Promise<AXNode | null> {
  return (await axTree(cdp)).find((n) => !n.ignored && n.role?.value === 'dialog') ?? null;
}

describe('the freshness line and figure bounds', () => {
  it('the hover card says how current its facts are, and keeps lower bounds as "more than"', async () => {
    const path = '/card/hover.html';
    const page = await session.browser.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(session.server.url(path));
    const cdp = await page.context().newCDPSession(page);
    await expect
      .poll(() => messageTab(session.browser, session.server.url(path), { type: 'page/mentions' }).then(() => true), { timeout: 10_000 })
      .toBe(true);
    const target = await page.evaluate(() => {
      const node = document.getElementById('intro')!.firstChild!;
      const at = node.textContent!.indexOf('Claude Code');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Claude Code'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(target.x, target.y, { steps: 4 });

    let dialog: AXNode | null = null;
    await expect.poll(async () => (dialog = await cardDialog(cdp))?.name?.value ?? null, { timeout: 5_000 }).toMatch(/^Claude Code/);
    const line = await findNode(cdp, 'StaticText', FRESHNESS, dialog!);
    expect(line, 'the freshness line inside the card').not.toBeNull();
    // It is shown, not only present: inside the card's box, with a size.
    const card = await boxOf(cdp, dialog!.backendDOMNodeId!);
    const box = await evaluateOn<{ y: number; height: number; text: string }>(
      cdp,
      dialog!,
      'function () { const p = this.querySelector("[data-testid=lens-freshness]"); const r = p.getBoundingClientRect(); return { y: r.top, height: r.height, text: p.textContent }; }',
    );
    expect(box.text).toBe(FRESHNESS);
    expect(box.height).toBeGreaterThan(0);
    expect(box.y).toBeGreaterThanOrEqual(card.y);
    expect(box.y + box.height).toBeLessThanOrEqual(card.y + card.height + 1);
    // Claude Code's revenue, its headline fact, is a lower bound and says so.
    expect(await findNode(cdp, 'StaticText', /more than \$2\.5 billion/, dialog!)).not.toBeNull();
    await page.close();
  });

  it('the popup names itself from the locale file and its entry says how current the facts are', async () => {
    const popup = await openExtensionPage('popup.html#entity=claude-code');
    await expect.poll(() => popup.getByRole('heading', { level: 2, name: 'Claude Code' }).isVisible()).toBe(true);
    const line = popup.getByText(FRESHNESS, { exact: true });
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await popup.title()).toBe(messages.extName.message);
    // The line sits under the entity's summary, before its facts.
    const [lineBox, timelineBox] = await Promise.all([
      line.boundingBox(),
      popup.getByRole('region', { name: 'Timeline', exact: true }).boundingBox(),
    ]);
    expect(lineBox!.y).toBeLessThan(timelineBox!.y);
    await popup.close();
  });

  it('the side panel’s entry and the Race page say it too, and the Race charts keep the bounds', async () => {
    const panel = await openExtensionPage('sidepanel.html#entity=codex');
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: 'OpenAI Codex' }).isVisible()).toBe(true);
    await expect.poll(() => panel.getByText(FRESHNESS, { exact: true }).isVisible()).toBe(true);
    expect(await panel.title()).toBe(messages.extName.message);
    await panel.close();

    const race = await openExtensionPage('race.html');
    await race.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(() => race.getByText(FRESHNESS, { exact: true }).isVisible()).toBe(true);
    expect(await race.title()).toBe(messages.racePageTitle.message);
    const revenue = race.locator('[data-chart="revenue"]');
    await expect.poll(() => revenue.getByText('more than $2.5B', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => revenue.getByText('more than $25B', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => race.locator('[data-chart="coding-share"]').getByText('more than 50%', { exact: true }).count()).toBeGreaterThan(0);
    await race.close();
  });
});
