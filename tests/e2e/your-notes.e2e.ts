/**
 * "Your notes" on the card, in real Chromium: a card for a name shows the person's notes linked to it,
 * from another page, newest first, with quote, note, page title and date; choosing one opens that page
 * and scrolls to the note.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axTree, click, evaluateOn, findNode, textOf, waitForNode, type Tab } from './support/ax';
import { messageTab } from './support/chromium';
import { flashedTexts } from './support/overlay';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/annotate/article.html'), 'utf8');
const NOTES_PAGE = '/annotate/notes-page.html';
const session = useExtensionBrowser({ [NOTES_PAGE]: ARTICLE });

function annotation(id: string, url: string, quote: string, note: string, modified: string) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created: modified,
    modified,
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/markdown' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:ai-industry-lens:entity:claude-code' },
    ],
    target: { source: url, title: 'The coding agent race', selector: [{ type: 'TextQuoteSelector', exact: quote }] },
  };
}

async function openTab(path: string): Promise<Tab> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(path));
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(() => messageTab(session.browser, page.url(), { type: 'page/mentions' }).then(() => true, () => false), { timeout: 10_000 })
    .toBe(true);
  return { page, cdp };
}

async function hoverText(page: Page, id: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ({ id, text }) => {
      const node = [...document.getElementById(id)!.childNodes].find((n) => n.textContent!.includes(text))!;
      const range = document.createRange();
      range.setStart(node, node.textContent!.indexOf(text));
      range.setEnd(node, node.textContent!.indexOf(text) + text.length);
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { id, text },
  );
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

describe('your notes on the card (Chromium)', () => {
  it('shows the notes linked to the entity, newest first, and opens the page at the note', async () => {
    const url = session.server.url(NOTES_PAGE);
    const older = annotation('urn:uuid:00000000-0000-4000-8000-000000000001', url, 'Nobody knows who wins.', 'An older thought: R&amp;D &copy; &notit;.', '2026-10-01T10:00:00.000Z');
    const newer = annotation('urn:uuid:00000000-0000-4000-8000-000000000002', url, 'Cursor grew faster than any developer tool', 'Check the **run-rate** against the [filing](https://example.com/filing).', '2026-11-20T10:00:00.000Z');
    await session.browser.worker.evaluate(
      ({ url, annotations }) => chrome.storage.local.set({ [`annotations:${url}`]: { url, title: 'The coding agent race', annotations } }),
      { url, annotations: [older, newer] },
    );

    const tab = await openTab('/card/hover.html');
    await hoverText(tab.page, 'intro', 'Claude Code');
    const notes = await waitForNode(tab.cdp, 'region', 'Your notes');
    // The Markdown parser is a chunk imported with the first note a frame shows: until it is there, the
    // notes show as typed, then rendered.
    await expect.poll(() => textOf(tab.cdp, notes), { timeout: 10_000 }).toContain('Check the run-rate against the filing.');
    const text = await textOf(tab.cdp, notes);
    expect(text.indexOf('Check the run-rate')).toBeLessThan(text.indexOf('An older thought'));
    // Named references are decoded by the page's own parser on demand (strictly: not "&notit;").
    expect(text).toContain('An older thought: R&D © &notit;.');
    // The note's Markdown is rendered: bold text and a link (opening in a new tab), not its markup.
    expect(text).not.toContain('**');
    expect(
      await evaluateOn<string[]>(tab.cdp, notes, 'function () { return [...this.querySelectorAll(".your-note-text strong")].map((e) => e.textContent); }'),
    ).toEqual(['run-rate']);
    expect(await findNode(tab.cdp, 'link', 'filing', notes)).not.toBeNull();
    expect(
      await evaluateOn<string[]>(tab.cdp, notes, 'function () { return [...this.querySelectorAll(".your-note-text a")].map((a) => a.href + " " + a.target + " " + a.rel); }'),
    ).toEqual(['https://example.com/filing _blank noopener noreferrer']);
    expect(text).toContain('Cursor grew faster than any developer tool');
    expect(text).toContain('The coding agent race');
    expect(text).toMatch(/20 Nov(ember)? 2026|Nov(ember)? 20, 2026/);
    // The card's other names have no notes: their cards show no such section.
    expect((await axTree(tab.cdp)).filter((n) => !n.ignored && n.role?.value === 'region' && n.name?.value === 'Your notes')).toHaveLength(1);

    const opening = session.browser.context.waitForEvent('page');
    const open = (await axTree(tab.cdp)).find((n) => n.role?.value === 'button' && n.name?.value === 'Open The coding agent race at this note')!;
    // The section sits below the facts: scroll the card's body to it, as a reader would.
    await evaluateOn(tab.cdp, open, 'function () { this.scrollIntoView({ block: "nearest" }); }');
    await click(tab, open);
    const opened = await opening;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(url);
    // Scrolled to the newest note, which is flashed as the one asked for.
    const openedCdp = await opened.context().newCDPSession(opened);
    await expect.poll(() => flashedTexts(opened, openedCdp), { timeout: 10_000 }).toEqual(['Cursor grew faster than any developer tool']);
    await Promise.all([tab.page.close(), opened.close()]);
  });
});
