/**
 * Research annotations in real Chromium: select, annotate, reload (painted in the same place), edit
 * the page a little (still anchors), content that arrives late, hover, the side panel's list, export
 * in three formats, and import refusing a bad file.
 *
 * The annotator's UI lives in a closed shadow root (page scripts cannot read notes or press its
 * buttons), so, as in the card tests, it is found as assistive technology finds it: by role and name
 * in the accessibility tree (CDP), measured through its DOM node's box model, and driven with the real
 * mouse and keyboard.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEEN_FOR_MS } from '../../lib/page/annotator/ui/seen';
import { annotateSelection, boxOf, click, editorFocus, editorFrame, evaluateOn, findNode, selectText, textOf, waitForNode, waitForNoEditor, waitForNoNode, type AXNode, type Tab } from './support/ax';
import { messageTab, setSettings } from './support/chromium';
import { launchFirefoxWithExtension, pollInPage } from './support/firefox';
import { flashedTexts, highlighterShare, overlayBoxes, paintedTexts } from './support/overlay';
import { passageDrag } from './support/drag';
import { useExtensionBrowser } from './support/session';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/annotate/article.html'), 'utf8');
const QUOTE = 'Cursor grew faster than any developer tool before it';
const EDITED_QUOTE = 'Cursor grew faster than any other developer tool before it';
/** The same article edited a little: a paragraph inserted before, a word added inside the quote. */
const ARTICLE_V2 = ARTICLE.replace(
  '<p id="p1">',
  '<p>Editor’s note: this story was updated on Tuesday with new figures.</p>\n      <p id="p1">',
).replace('grew faster than any developer tool', 'grew faster than any other developer tool');

const pages: Record<string, string> = { '/annotate/live.html': ARTICLE, '/annotate/clickjack.html': ARTICLE, '/annotate/early.html': ARTICLE };

/**
 * A person reads "Really delete?" before answering: a confirmation counts only once the button could
 * be seen for a moment (lib/page/annotator/ui/seen.ts). Not a timing assertion: a pause, as a person's.
 */
const readTheQuestion = () => new Promise((done) => setTimeout(done, SEEN_FOR_MS + 300));

const session = useExtensionBrowser(pages);

const HOST = '[data-ai-industry-lens="annotator"]';


/** Waits until the page's content script answers (the annotator adds nothing to a page until needed). */
async function contentScriptUp(page: Page): Promise<void> {
  await expect
    .poll(() => messageTab(session.browser, page.url(), { type: 'page/mentions' }).then(() => true, () => false), { timeout: 10_000 })
    .toBe(true);
}

async function openArticle(path: string): Promise<Tab> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(path));
  const cdp = await page.context().newCDPSession(page);
  await contentScriptUp(page);
  return { page, cdp };
}

async function annotate(tab: Tab, id: string, text: string, note: string, tag: string, screenshot?: string): Promise<void> {
  await annotateSelection(tab, `#${id}`, text, note, tag, async (editor) => {
    // The editor is a frame of the extension's origin inside a closed shadow root: page scripts reach
    // neither the host's inside nor the frame's document.
    expect(await tab.page.evaluate((host) => document.querySelector(host)!.shadowRoot, HOST)).toBeNull();
    expect(await tab.page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    expect(editor.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/annotation-editor\.html#[0-9a-f]{32}$/);
    if (!screenshot) return;
    // The picture shows what it claims: the editor inside the viewport, next to the selected text.
    const box = (await (await editor.frameElement()).boundingBox())!;
    const viewport = tab.page.viewportSize()!;
    const selected = await tab.page.evaluate(
      ({ id, text }) => {
        const node = [...document.getElementById(id)!.childNodes].find((n) => n.textContent!.includes(text))!;
        const textNode = node.nodeType === Node.TEXT_NODE ? node : node.firstChild!;
        const range = document.createRange();
        range.setStart(textNode, textNode.textContent!.indexOf(text));
        range.setEnd(textNode, textNode.textContent!.indexOf(text) + text.length);
        const rect = range.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom };
      },
      { id, text },
    );
    expect(selected.bottom).toBeGreaterThan(0);
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(200);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(Math.min(Math.abs(box.y - selected.bottom), Math.abs(box.y + box.height - selected.top))).toBeLessThan(40);
    await tab.page.screenshot({ path: screenshot });
  });
}

/** Rests the real mouse on the first painted annotation until its note shows. */
async function hoverAnnotation({ page, cdp }: Tab, dx: number): Promise<AXNode> {
  // The first box of the overlay (the page itself cannot find it: the test reads it through CDP).
  const first = (await overlayBoxes(cdp)).find((b) => !b.focus)!;
  const box = { x: first.x, y: first.y + first.height / 2 };
  await page.mouse.move(box.x + dx - 5, box.y);
  await page.mouse.move(box.x + dx, box.y);
  return waitForNode(cdp, 'dialog', 'Annotation');
}

describe('annotations in Chromium', () => {
  it('annotates a selection, paints it, and paints it in the same place after a reload', async () => {
    const tab = await openArticle('/annotate/live.html');
    const { page, cdp } = tab;
    // A page without annotations has nothing of the annotator in it until text is selected.
    expect(await page.evaluate((host) => document.querySelector(host), HOST)).toBeNull();
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The README's picture of the editor, open next to the selection, from the real build.
    await annotate(tab, 'p2', QUOTE, 'Fastest **ever**?', 'growth', resolve(SCREENSHOTS, 'annotate-editor.png'));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([QUOTE]);
    await page.reload();
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([QUOTE]);
    // A release build writes nothing into the page's own performance timeline.
    expect(await page.evaluate(() => performance.getEntriesByName('ail-anchoring').length)).toBe(0);
    // Painted over #p2, where it was made.
    const p2 = await page.evaluate(() => document.getElementById('p2')!.getBoundingClientRect().toJSON() as DOMRect);
    const boxes = await overlayBoxes(tab.cdp);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.y).toBeGreaterThanOrEqual(p2.top - 1);
      expect(b.y + b.height).toBeLessThanOrEqual(p2.bottom + 1);
    }
    // And the page's own script finds the passage nowhere in its highlight registry.
    expect(await page.evaluate((q) => [...CSS.highlights.values()].some((h) => [...h].some((r) => String(r).includes(q.slice(0, 12)))), QUOTE)).toBe(false);
    await page.close();
  });

  it('offers the adder for a passage selected before it was listening, once annotations are on', async () => {
    // Paused, the annotator takes no note of a selection's end: as when a person selects a passage
    // before the script has started or its settings have arrived (it starts once the page is idle).
    const setPaused = (paused: boolean) => setSettings(session.browser, { paused });
    await setPaused(true);
    try {
      const tab = await openArticle('/annotate/early.html');
      const { page, cdp } = tab;
      const drag = await passageDrag(page, 'p2', QUOTE);
      await page.mouse.move(drag.x1, drag.y1);
      await page.mouse.down();
      await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
      await page.mouse.up();
      expect(await findNode(cdp, 'button', 'Annotate')).toBeNull();
      await setPaused(false);
      await click(tab, await waitForNode(cdp, 'button', 'Annotate'));
      // The editor opens on that passage (and, left unchanged, closes with Escape: nothing is saved,
      // so the side panel's count below stays the other tests').
      const editor = await editorFrame(page);
      expect(await editorFocus(editor)).toBe('ail-note');
      expect(await editor.getByText(QUOTE).count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await waitForNoEditor(page);
      await page.close();
    } finally {
      await setPaused(false);
    }
  });

  it('never throws a draft away unasked: Escape asks first, a second Escape discards, an unchanged editor just closes', async () => {
    const tab = await openArticle('/annotate/live.html');
    const { page, cdp } = tab;
    await selectText(page, '#p1', 'Anthropic');
    await click(tab, await waitForNode(cdp, 'button', 'Annotate'));
    let editor = await editorFrame(page);
    expect(await editorFocus(editor)).toBe('ail-note');
    await page.keyboard.type('half a thought');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.getByText(/^Discard this note\?/).isVisible(), { timeout: 5_000 }).toBe(true);
    // Still open, the text still there, focus still in the note.
    expect(await editor.getByRole('textbox', { name: /^Note/ }).inputValue()).toBe('half a thought');
    await page.keyboard.type(' and more');
    expect(await editor.getByText(/^Discard this note\?/).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitForNoEditor(page);
    // An unchanged editor closes at once.
    await selectText(page, '#p1', 'Anthropic');
    await click(tab, await waitForNode(cdp, 'button', 'Annotate'));
    editor = await editorFrame(page);
    expect(await editorFocus(editor)).toBe('ail-note');
    await page.keyboard.press('Escape');
    await waitForNoEditor(page);
    // Nothing was saved.
    expect(await paintedTexts(page, cdp)).not.toContain('Anthropic');
    await page.close();
  });

  it('shows the note on hover, with Edit and Delete', async () => {
    const tab = await openArticle('/annotate/live.html');
    const { page, cdp } = tab;
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([QUOTE]);
    const popover = await hoverAnnotation(tab, 20);
    // The note is Markdown, shown formatted once the content script's Markdown chunk is in (the page's
    // notes ask for it as they are painted): "ever" in bold, no asterisks.
    await expect.poll(() => evaluateOn(cdp, popover, 'function () { return this.querySelector("strong")?.textContent; }')).toBe('ever');
    expect(await textOf(cdp, popover)).toContain('Fastest ever?');
    expect(await textOf(cdp, popover)).not.toContain('**');
    // Loading the chunk left no trace the page can read: no extension address in its resource timing.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('http')))).toEqual([]);
    expect(await findNode(cdp, 'button', 'Edit', popover)).not.toBeNull();
    expect(await findNode(cdp, 'button', 'Delete', popover)).not.toBeNull();
    await page.close();
  });

  it('still anchors after the page text changed a little', async () => {
    pages['/annotate/live.html'] = ARTICLE_V2;
    const { page, cdp } = await openArticle('/annotate/live.html');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([EDITED_QUOTE]);
    await page.close();
  });

  it('anchors content that arrives after the page loaded', async () => {
    const tab = await openArticle('/annotate/article.html?late=1');
    const { page, cdp } = tab;
    await page.waitForSelector('#late');
    await annotate(tab, 'late', 'this sentence arrives after the page has loaded', 'SPA', 'late');
    await page.reload();
    await contentScriptUp(page);
    await expect.poll(() => paintedTexts(page, cdp), { timeout: 10_000 }).toEqual([
      'this sentence arrives after the page has loaded',
    ]);
    await page.close();
  });

  it('edits and deletes an annotation from its hover note', async () => {
    const tab = await openArticle('/annotate/article.html?late=1');
    const { page, cdp } = tab;
    const late = 'this sentence arrives after the page has loaded';
    await expect.poll(() => paintedTexts(page, cdp), { timeout: 10_000 }).toEqual([late]);
    await click(tab, await waitForNode(cdp, 'button', 'Edit', await hoverAnnotation(tab, 10)));
    const editor = await editorFrame(page, 'Edit annotation');
    const note = editor.getByRole('textbox', { name: /^Note/ });
    expect(await note.inputValue()).toBe('SPA');
    // The note has focus: replace its text as a person would.
    await note.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Arrived late, anchored anyway.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await waitForNoEditor(page);
    await page.mouse.move(5, 5);
    await waitForNoNode(cdp, 'dialog', 'Annotation');
    const popover = await hoverAnnotation(tab, 10);
    expect(await textOf(cdp, popover)).toContain('Arrived late, anchored anyway.');
    await click(tab, await waitForNode(cdp, 'button', 'Delete', popover));
    // Read before answered (a confirmation counts once the person could see it for a moment).
    await readTheQuestion();
    await click(tab, await waitForNode(cdp, 'button', 'Really delete?'));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([]);
    await page.reload();
    await page.waitForSelector('#late');
    expect(await paintedTexts(page, cdp)).toEqual([]);
    await page.close();
  });

  it('deletes only on a confirmation the person could see: not through bait laid over the note, a faded page or a double click', async () => {
    const tab = await openArticle('/annotate/clickjack.html');
    const { page, cdp } = tab;
    const quote = 'Nobody knows who wins.';
    await annotate(tab, 'p4', quote, 'Keep me', 'clickjack');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([quote]);
    const popover = await hoverAnnotation(tab, 10);
    /** Clicks the confirmation as the page's bait would have the person do; the note must stay. */
    const confirmRefused = async () => {
      await click(tab, await waitForNode(cdp, 'button', 'Really delete?', popover));
      // (An alert takes no name from its text: read it.)
      expect(await textOf(cdp, await waitForNode(cdp, 'alert', /.*/))).toMatch(/^Not deleted: the page covered or faded this note/);
      expect(await paintedTexts(page, cdp)).toEqual([quote]);
      expect(await findNode(cdp, 'dialog', 'Annotation')).not.toBeNull();
    };
    // A double click on Delete only asks (the second click is not an answer).
    const del = await waitForNode(cdp, 'button', 'Delete', popover);
    const box = await boxOf(cdp, del.backendDOMNodeId!);
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await waitForNode(cdp, 'button', 'Really delete?', popover);
    expect(await paintedTexts(page, cdp)).toEqual([quote]);
    await readTheQuestion();
    // Bait over the whole page that lets clicks through to the annotator under it.
    await page.evaluate(() => {
      const bait = document.createElement('div');
      bait.id = 'bait';
      bait.textContent = 'Click the red button to claim your prize';
      bait.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;font-size:40px';
      document.documentElement.append(bait);
    });
    await confirmRefused();
    // The annotator faded out of sight.
    await page.evaluate(() => {
      document.getElementById('bait')!.remove();
      document.body.style.opacity = '0.01';
    });
    await confirmRefused();
    // Shown plainly again (and seen for a moment, as a person reads a question before answering): the
    // confirmation counts.
    await page.evaluate(() => (document.body.style.opacity = ''));
    await readTheQuestion();
    await click(tab, await waitForNode(cdp, 'button', 'Really delete?', popover));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([]);
    await page.close();
  });

  it('reaches every note with the keyboard: focus, open, edit, delete', async () => {
    const tab = await openArticle('/annotate/article.html');
    const { page, cdp } = tab;
    const quote = 'Nobody knows who wins.';
    await annotate(tab, 'p4', quote, 'First thought', 'keyboard');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([quote]);
    // Tab from the top of the page reaches the list of the page's notes (after the page's own links).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focusedEntry = async () => {
      const entry = await findNode(cdp, 'button', quote);
      return !!entry?.properties?.some((p) => p.name === 'focused' && p.value.value === true);
    };
    for (let i = 0; i < 30 && !(await focusedEntry()); i++) await page.keyboard.press('Tab');
    expect(await focusedEntry()).toBe(true);
    // Focus on the entry shows where the note is; Enter opens it with focus on Edit.
    await expect.poll(() => flashedTexts(page, cdp)).toEqual([quote]);
    await page.keyboard.press('Enter');
    const popover = await waitForNode(cdp, 'dialog', 'Annotation');
    expect(await textOf(cdp, popover)).toContain('First thought');
    await expect.poll(async () => (await findNode(cdp, 'button', 'Edit', popover))?.properties?.some((p) => p.name === 'focused' && p.value.value === true)).toBe(true);
    // Edit: the editor opens with focus in the note; Ctrl+Enter saves.
    await page.keyboard.press('Enter');
    const editor = await editorFrame(page, 'Edit annotation');
    expect(await editorFocus(editor)).toBe('ail-note');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(', then a second.');
    await page.keyboard.press('Control+Enter');
    await waitForNoEditor(page);
    // Focus is back on the entry; open the note again, Tab to Delete, confirm.
    await expect.poll(focusedEntry).toBe(true);
    await page.keyboard.press('Enter');
    const again = await waitForNode(cdp, 'dialog', 'Annotation');
    expect(await textOf(cdp, again)).toContain('First thought, then a second.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForNode(cdp, 'button', 'Really delete?');
    await page.keyboard.press('Enter');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([]);
    await waitForNoNode(cdp, 'button', quote);
    await page.close();
  });

  it('lists annotations in the side panel, opens one on its page, and exports three formats', async () => {
    const panel = await session.browser.newPage();
    await panel.goto(session.browser.extensionUrl('sidepanel.html'));
    await panel.getByText(EDITED_QUOTE.slice(0, 10), { exact: false }).first().waitFor();
    expect(await panel.getByRole('status').first().textContent()).toBe('1 annotation');
    await panel.getByRole('radio', { name: 'Tag' }).click();
    expect(await panel.getByRole('region', { name: '#growth' }).isVisible()).toBe(true);
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.screenshot({ path: resolve(import.meta.dirname, '../../docs/screenshots/sidepanel.png') });

    const downloads: Record<string, string> = {};
    for (const format of ['JSON-LD', 'Markdown', 'CSV']) {
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: format, exact: true }).click(),
      ]);
      downloads[format] = readFileSync((await download.path())!, 'utf8');
      expect(download.suggestedFilename()).toMatch(/^ai-industry-lens-annotations-\d{4}-\d{2}-\d{2}\.(jsonld|md|csv)$/);
    }
    const collection = JSON.parse(downloads['JSON-LD']);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(1);
    expect(downloads.Markdown).toContain(`> ${QUOTE}`);
    expect(downloads.Markdown).toContain('Tags: #growth');
    expect(downloads.CSV.split('\r\n')[0]).toBe('\uFEFFHighlight,Note,Tags,URL,Title,Date,Modified,Entities,Location,ID');
    expect(downloads.CSV).toContain('Fastest **ever**?');

    // A bad file is refused with its reason.
    await panel.getByLabel('Import annotations from a JSON-LD file').setInputFiles({
      name: 'broken.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from('{"type": "AnnotationCollection"'),
    });
    expect(await panel.getByRole('alert').textContent()).toMatch(/broken\.jsonld was not imported: The file is not JSON/);

    // Choosing one opens its page (here: focuses the open tab) and scrolls to it.
    const { page: article, cdp: articleCdp } = await openArticle('/annotate/live.html');
    await expect.poll(() => paintedTexts(article, articleCdp)).toEqual([EDITED_QUOTE]);
    await panel.getByRole('radio', { name: 'Page' }).click();
    await panel.getByRole('button', { name: new RegExp(EDITED_QUOTE.slice(0, 20)) }).click();
    await expect.poll(() => flashedTexts(article, articleCdp), { timeout: 10_000 }).toEqual([EDITED_QUOTE]);
    await article.close();
    await panel.close();
  });
});

/**
 * Firefox over WebDriver BiDi has no accessibility tree and cannot enter the closed shadow root: the
 * adder is found by what sits under the point where it is placed (just under the selection), the keys
 * go where the editor put focus, Ctrl+Enter saves, and the saved note is read back from storage by an
 * extension page.
 */
describe('annotations in Firefox ESR', () => {
  /** The e2e build counts, on the overlay's host, the passages it draws boxes for (the boxes are in a closed root). */
  const PAINTED = `document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensDrawn`;
  /** The share of highlighter-yellow pixels over the quote in a screenshot: the overlay is really drawn. */
  const drawnOver = async (page: import('puppeteer-core').Page) => {
    const clip = await page.evaluate(() => {
      const node = document.getElementById('p4')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 'Nobody knows who wins'.length);
      const r = range.getClientRects()[0];
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    return highlighterShare(page as unknown as Page, (await page.screenshot({ clip, encoding: 'base64' })) as string);
  };

  /** The article in a new tab, once detection painted its names (so the content script is up). */
  const openArticleInFirefox = async (firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>) => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(session.server.url('/annotate/article.html'));
    await pollInPage(page, `[...CSS.highlights.values()].some((h) => h.size > 0)`);
    return page;
  };

  it('annotates a mouse selection, paints it, and paints it again after a reload', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const page = await openArticleInFirefox(firefox);
      // Nothing of the annotator is in the page before it is needed.
      expect(await page.evaluate(`!!document.querySelector('${HOST}')`)).toBe(false);
      const drag = await passageDrag(page as unknown as { evaluate: Page['evaluate'] }, 'p4', 'Nobody knows who wins');
      await page.mouse.move(drag.x1, drag.y1);
      await page.mouse.down();
      await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
      await page.mouse.up();
      await pollInPage(page, `!!document.querySelector('${HOST}')`);
      // Closed: page scripts see the host, never what is inside.
      expect(await page.evaluate(`document.querySelector('${HOST}').shadowRoot`)).toBeNull();
      // The adder sits 8 px under the selection's first line, from its left edge; its button fills it.
      const adder = { x: drag.x1 + 20, y: drag.bottom + 8 + 15 };
      await pollInPage(page, `document.elementFromPoint(${adder.x}, ${adder.y})?.matches('${HOST}') === true`);
      await page.mouse.click(adder.x, adder.y);
      // The editor takes focus (inside the closed root, so the host is the document's active element).
      await pollInPage(page, `document.activeElement?.matches('${HOST}') === true`);
      await page.keyboard.type('Typed in Firefox');
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await pollInPage(page, `${PAINTED} === '1'`);
      await page.evaluate(() => getSelection()!.removeAllRanges());
      await expect.poll(() => drawnOver(page), { timeout: 5_000 }).toBeGreaterThan(0.3);
      // The keys reached the note: it is what was saved.
      const store = await firefox.openExtensionPage('popup.html', session.server.url('/annotate/article.html'));
      const stored = await store.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser;
        return JSON.stringify(await api.storage.local.get(null));
      });
      expect(stored).toContain('Typed in Firefox');
      await store.close();
      // (The old document is marked, so the count read is the reloaded page's.)
      await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
      await page.evaluate(() => location.reload());
      await pollInPage(page, `!window.__before && ${PAINTED} === '1'`);
      await expect.poll(() => drawnOver(page), { timeout: 5_000 }).toBeGreaterThan(0.3);
    } finally {
      await firefox.close();
    }
  });

  it('offers the adder for a passage selected before annotations were on, once they are', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const page = await openArticleInFirefox(firefox);
      // Paused from the options page (the page's names go once it is stored), then the article loaded
      // again: its script now starts paused and takes no note of a selection's end, as when a person
      // selects before the script or its settings are there.
      const options = await firefox.openExtensionPage('options.html', session.server.url('/smoke.html'));
      await pollInPage(options, `!!document.querySelector('#pause')`);
      const clickPause = () => options.evaluate(() => (document.querySelector('#pause') as HTMLInputElement).click());
      await clickPause();
      await pollInPage(page, `![...CSS.highlights.values()].some((h) => h.size > 0)`);
      // In front: Firefox holds back a background tab's timers, and the annotator reads a selection's
      // end a moment after it (a zero timeout), so in the back it would read it only after the resume.
      await page.bringToFront();
      await page.reload();
      // Its script is up (it answers the extension's messages), paused, before the passage is selected.
      const answers = () =>
        options.evaluate(async (url) => {
          type Api = { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object, o: object): Promise<{ url?: string } | undefined> } };
          const api = (globalThis as unknown as { browser: Api }).browser;
          for (const tab of await api.tabs.query({})) {
            const probe = await api.tabs.sendMessage(tab.id, { type: 'page/mentions' }, { frameId: 0 }).catch(() => undefined);
            if (probe?.url === url) return true;
          }
          return false;
        }, page.url());
      await expect.poll(answers, { timeout: 10_000 }).toBe(true);
      const drag = await passageDrag(page as unknown as { evaluate: Page['evaluate'] }, 'p4', 'Nobody knows who wins');
      await page.mouse.move(drag.x1, drag.y1);
      await page.mouse.down();
      await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
      await page.mouse.up();
      // The selection's end is read (the page answers a round trip after its zero timeout), and no adder.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      expect(await page.evaluate(`!!document.querySelector('${HOST}')`)).toBe(false);
      // Resumed: the passage the person selected gets its adder (user activation read from the
      // content script, as in Chromium).
      await clickPause();
      const adder = { x: drag.x1 + 20, y: drag.bottom + 8 + 15 };
      await pollInPage(page, `document.elementFromPoint(${adder.x}, ${adder.y})?.matches('${HOST}') === true`);
      await options.close();
    } finally {
      await firefox.close();
    }
  });
});
