/**
 * Annotations are drawn in the extension's own overlay (boxes in a closed shadow root), so a page's
 * script cannot find which passages the person annotated. A hostile page (below) looks for them the
 * ways it can: every range of the page's highlight registry (`CSS.highlights`), what lies under the
 * passage (`document.elementFromPoint`), and the overlay's host. It must find nothing, while the boxes
 * (read through the debugger, which sees into closed shadow roots) cover the passage, follow it as the
 * page changes, and are really drawn (the screenshot's pixels). The same in Firefox ESR, where the
 * boxes are seen in the screenshot alone.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotateSelection, waitForNode, type Tab } from './support/ax';
import { messageTab } from './support/chromium';
import { launchFirefoxWithExtension, pollInPage } from './support/firefox';
import { flashedTexts, highlighterShare, overlayBoxes, paintedTexts } from './support/overlay';
import { passageDrag } from './support/drag';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;

const SECRET = 'a quiet sentence the person keeps to themselves';
const INNER = 'the second passage sits in a scrolled box';
const PLAIN = 'Plain words that nobody annotated at all';
const CARDED = 'a passage in a card the page stacks above the column';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A page that looks for notes</title>
<style>
  body { font: 18px/1.6 Georgia, serif; max-width: 700px; margin: 30px auto; padding: 0 20px; color: #222; background: #fff; }
  #scroller { height: 110px; overflow: auto; border: 1px solid #999; margin: 20px 0; }
  #scroller p { margin: 0 0 12px; }
</style></head>
<body>
  <article id="article">
    <p id="plain">${PLAIN}, with more after them.</p>
    <p id="secret">Before it comes ${SECRET}, and after it the page goes on.</p>
    <div id="scroller">
      <p id="inner">At the top, ${INNER}, then filler.</p>
      <p>Filler one. Filler one. Filler one. Filler one. Filler one. Filler one.</p>
      <p>Filler two. Filler two. Filler two. Filler two. Filler two. Filler two.</p>
      <p>Filler three. Filler three. Filler three. Filler three. Filler three.</p>
      <p>Filler four. Filler four. Filler four. Filler four. Filler four.</p>
    </div>
    <div id="card" style="position: relative; z-index: 1; background: #fff; padding: 4px 0">
      <p id="carded">Here is ${CARDED}, with a white background.</p>
    </div>
    <p>The end of the article.</p>
    <div style="height: 1500px"></div>
  </article>
  <script>
    // A hostile page: it looks for the person's annotated passages wherever a page's script can.
    window.__find = (quote) => {
      const node = [...document.querySelectorAll('p')].map((p) => p.firstChild).find((n) => n && n.data.includes(quote));
      const at = node ? node.data.indexOf(quote) : -1;
      const target = document.createRange();
      if (node) { target.setStart(node, at); target.setEnd(node, at + quote.length); }
      const found = [];
      for (const [name, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const overlaps = node && range.compareBoundaryPoints(Range.START_TO_END, target) > 0 && range.compareBoundaryPoints(Range.END_TO_START, target) < 0;
          if (overlaps || String(range).includes(quote.slice(0, 10))) found.push(name + ': ' + String(range));
        }
      }
      // Whatever lies under the passage, for a page that hit-tests it.
      const rect = target.getClientRects()[0];
      const under = rect ? document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2).map((e) => e.id || e.localName) : [];
      const host = document.querySelector('[data-ai-industry-lens="annotation-overlay"]');
      return { found, under, hostShadow: host ? host.shadowRoot : 'no host', hostChildren: host ? host.childNodes.length : 0 };
    };
  </script>
</body></html>`;

const session = useExtensionBrowser({ '/annotate/overlay.html': PAGE });

interface Finding {
  found: string[];
  under: string[];
  hostShadow: unknown;
  hostChildren: number;
}

const find = (page: { evaluate: Page['evaluate'] }, quote: string) =>
  page.evaluate((q) => (window as unknown as { __find(q: string): Finding }).__find(q), quote);

/** What the page's script finds of an annotated passage: nothing. */
function expectHidden(finding: Finding, paragraph: string): void {
  expect(finding.found).toEqual([]);
  // The passage's own paragraph is the first thing under it: nothing of ours is hit.
  expect(finding.under[0]).toBe(paragraph);
  expect(finding.under).not.toContain('ail-annotation-overlay');
  expect(finding.hostShadow).toBeNull();
  expect(finding.hostChildren).toBe(0);
}

/** A screenshot of the box's area, as base64 PNG. */
async function shotOf(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<string> {
  return (await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } })).toString('base64');
}

/** The viewport box of `quote`'s first line of text. */
const quoteBox = (page: { evaluate: Page['evaluate'] }, quote: string) =>
  page.evaluate((q) => {
    const node = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text).find((n) => n?.data.includes(q))!;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(q));
    range.setEnd(node, node.data.indexOf(q) + q.length);
    const r = range.getClientRects()[0];
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, quote);

async function annotated(cdp: CDPSession): Promise<number> {
  return (await overlayBoxes(cdp)).filter((b) => !b.focus).length;
}

describe('the annotations overlay in Chromium', () => {
  it('paints and flashes a passage the page cannot find, and follows the page as it changes', async () => {
    const page = await session.browser.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(session.server.url('/annotate/overlay.html'));
    const cdp = await page.context().newCDPSession(page);
    const tab: Tab = { page, cdp };
    await expect.poll(() => messageTab(session.browser, page.url(), { type: 'page/mentions' }).then(() => true, () => false), { timeout: 10_000 }).toBe(true);
    // A page without annotations has no overlay.
    expect((await find(page, SECRET)).hostShadow).toBe('no host');

    await annotateSelection(tab, '#secret', SECRET, 'mine alone', 'private');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET]);
    expectHidden(await find(page, SECRET), 'secret');
    // Really drawn: the passage's box is highlighter yellow in the screenshot; plain text is not.
    const first = (await overlayBoxes(cdp)).find((b) => !b.focus)!;
    await expect.poll(async () => highlighterShare(page, await shotOf(page, first)), { timeout: 5_000 }).toBeGreaterThan(0.3);
    expect(await highlighterShare(page, await shotOf(page, await quoteBox(page, PLAIN)))).toBe(0);

    // "Show me this annotation": the flash is drawn in the overlay too, and the page finds it nowhere.
    const stored = await session.browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    const annotationId = /"id":"(urn:uuid:[^"]+)"/.exec(stored)![1];
    expect(await messageTab(session.browser, page.url(), { type: 'page/show-annotation', annotationId })).toEqual({ found: true });
    await expect.poll(() => flashedTexts(page, cdp)).toEqual([SECRET]);
    expectHidden(await find(page, SECRET), 'secret');
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => flashedTexts(page, cdp), { timeout: 5_000 }).toEqual([]);

    // Content inserted above: the boxes move with the text.
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Inserted later, pushing everything down.';
      note.style.height = '90px';
      document.getElementById('article')!.prepend(note);
    });
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET]);
    // The window scrolls: still on the text (the host scrolls with the document).
    await page.evaluate(() => scrollTo(0, 60));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET]);
    // The window narrows and the text wraps anew: the boxes follow.
    await page.setViewportSize({ width: 420, height: 700 });
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET]);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.evaluate(() => scrollTo(0, 0));

    // A passage in an inner scrolled box: painted while shown, hidden (not floating over the page)
    // when the box scrolls it away, back when it comes back.
    await annotateSelection(tab, '#inner', INNER, 'inside', 'scroll');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET, INNER]);
    const scroller = await page.evaluate(() => document.getElementById('scroller')!.getBoundingClientRect().toJSON() as DOMRect);
    await page.evaluate(() => document.getElementById('scroller')!.scrollTo(0, 200));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET]);
    for (const b of await overlayBoxes(cdp)) expect(b.y + b.height <= scroller.top || b.y >= scroller.bottom).toBe(true);
    await page.evaluate(() => document.getElementById('scroller')!.scrollTo(0, 0));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET, INNER]);
    // Scrolled half a line: what shows is clipped to the box, never drawn above it.
    await page.evaluate(() => document.getElementById('scroller')!.scrollTo(0, 12));
    await expect.poll(async () => (await overlayBoxes(cdp)).filter((b) => b.y < scroller.bottom && b.y + b.height > scroller.top).every((b) => b.y >= scroller.top - 0.5)).toBe(true);
    await expect.poll(() => annotated(cdp)).toBe(2);

    // A passage in a container the page stacks (position: relative; z-index: 1, with a background):
    // its boxes take the container's z-index, so the container does not paint over them.
    await annotateSelection(tab, '#carded', CARDED, 'stacked', 'card');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([SECRET, INNER, CARDED]);
    await expect.poll(async () => highlighterShare(page, await shotOf(page, await quoteBox(page, CARDED))), { timeout: 5_000 }).toBeGreaterThan(0.3);

    // The text removed: its boxes go at once (the annotation stays saved, as an orphan).
    await page.evaluate(() => document.getElementById('secret')!.remove());
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([INNER, CARDED]);
    await page.close();
  });
});

describe('the annotations overlay in Firefox ESR', () => {
  it('paints a passage the page cannot find', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(session.server.url('/annotate/overlay.html'));
      const HOST = '[data-ai-industry-lens="annotator"]';
      // Selects the passage with the mouse, then the adder under it.
      const drag = await passageDrag(page as unknown as { evaluate: Page['evaluate'] }, 'secret', SECRET);
      // The content script is up once it answers a selection with the adder.
      const adder = { x: drag.x1 + 20, y: drag.bottom + 8 + 15 };
      await pollInPage(page, `document.readyState === 'complete'`);
      for (let tries = 0; tries < 20; tries++) {
        await page.mouse.move(drag.x1, drag.y1);
        await page.mouse.down();
        await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
        await page.mouse.up();
        if (await page.evaluate(`document.elementFromPoint(${adder.x}, ${adder.y})?.matches('${HOST}') === true`)) break;
        await new Promise((done) => setTimeout(done, 250));
      }
      await pollInPage(page, `document.elementFromPoint(${adder.x}, ${adder.y})?.matches('${HOST}') === true`);
      await page.mouse.click(adder.x, adder.y);
      await pollInPage(page, `document.querySelector('${HOST}')?.dataset.lensEditorReady === 'true'`);
      await page.keyboard.type('mine alone');
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      // The e2e build counts the passages with boxes on the overlay's host.
      await pollInPage(page, `document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensDrawn === '1'`);
      await page.mouse.move(5, 5);
      await page.evaluate(() => getSelection()!.removeAllRanges());
      expectHidden(await find(page as unknown as { evaluate: Page['evaluate'] }, SECRET), 'secret');
      // Drawn: highlighter yellow over the passage in the screenshot, none over plain text.
      const shot = async (box: { x: number; y: number; width: number; height: number }) =>
        (await page.screenshot({ clip: box, encoding: 'base64' })) as string;
      const secret = await quoteBox(page as unknown as { evaluate: Page['evaluate'] }, SECRET);
      const plain = await quoteBox(page as unknown as { evaluate: Page['evaluate'] }, PLAIN);
      await expect.poll(async () => highlighterShare(page as unknown as Page, await shot(secret)), { timeout: 5_000 }).toBeGreaterThan(0.3);
      expect(await highlighterShare(page as unknown as Page, await shot(plain))).toBe(0);
    } finally {
      await firefox.close();
    }
  });
});
