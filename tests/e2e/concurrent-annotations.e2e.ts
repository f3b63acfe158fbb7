/**
 * One writer: two tabs of the same page and the side panel save at the same moment, round after
 * round, in real Chromium; afterwards every annotation is stored, and the note edited meanwhile keeps
 * its last text. Tab A saves a new note and tab B edits an older one through the real editor (a frame of
 * the extension's on each page; the mouse presses Save in both tabs at once) while the side panel imports a file into the same page's record.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { click, editorFocus, editorFrame, selectText, waitForNoEditor, waitForNode, waitForNoNode, type Tab } from './support/ax';
import { messageTab } from './support/chromium';
import { overlayBoxes, paintedTexts, textUnder } from './support/overlay';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/annotate/article.html'), 'utf8');
const PATH = '/annotate/together.html';
const session = useExtensionBrowser({ [PATH]: ARTICLE });
const ROUNDS = 6;

async function openArticle(): Promise<Tab> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(PATH));
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(() => messageTab(session.browser, page.url(), { type: 'page/mentions' }).then(() => true, () => false), { timeout: 10_000 })
    .toBe(true);
  return { page, cdp };
}

/** The centre of the editor's Save button, in the page's viewport (the editor is a frame on the page). */
async function saveButton(editor: Frame): Promise<{ x: number; y: number }> {
  const box = await editor.getByRole('button', { name: 'Save' }).boundingBox();
  expect(box).not.toBeNull();
  return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
}

/** Opens the editor on a passage and types the note; returns the centre of its Save button. */
async function prepareNew(tab: Tab, selector: string, text: string, note: string): Promise<{ x: number; y: number }> {
  await tab.page.bringToFront();
  await selectText(tab.page, selector, text);
  // From round 1 on the passage is annotated already and the pointer rests on its paint: the adder
  // stays up all the same (the hover note waits for it to go).
  await click(tab, await waitForNode(tab.cdp, 'button', 'Annotate'));
  const editor = await editorFrame(tab.page, 'New annotation');
  // The editor takes focus in its note, so the keys go there.
  expect(await editorFocus(editor)).toBe('ail-note');
  // Two tabs take turns at the front here: the note is clicked before typing, as a person would.
  const field = editor.getByRole('textbox', { name: /^Note/ });
  await field.click();
  await tab.page.keyboard.type(note);
  expect(await field.inputValue()).toBe(note);
  return saveButton(editor);
}

/** Opens the editor of the note painted on `quote` (from its hover note) and replaces its text; returns Save's centre. */
async function prepareEdit(tab: Tab, quote: string, note: string): Promise<{ x: number; y: number }> {
  await tab.page.bringToFront();
  await tab.page.mouse.move(5, 5);
  await waitForNoNode(tab.cdp, 'dialog', 'Annotation');
  // The painted quote's first box in the overlay (read through CDP: the page cannot find it).
  const boxes = await overlayBoxes(tab.cdp);
  const at = (await Promise.all(boxes.map((b) => textUnder(tab.page, [b])))).findIndex((texts) => texts.includes(quote));
  const point = { x: boxes[at].x + 10, y: boxes[at].y + boxes[at].height / 2 };
  await tab.page.mouse.move(point.x - 5, point.y);
  await tab.page.mouse.move(point.x, point.y);
  await click(tab, await waitForNode(tab.cdp, 'button', 'Edit', await waitForNode(tab.cdp, 'dialog', 'Annotation')));
  const editor = await editorFrame(tab.page, 'Edit annotation');
  const field = editor.getByRole('textbox', { name: /^Note/ });
  await field.click();
  await tab.page.keyboard.press('Control+A');
  await tab.page.keyboard.type(note);
  expect(await field.inputValue()).toBe(note);
  return saveButton(editor);
}

/** A JSON-LD file holding one annotation of the page, as the side panel imports it. */
function importFile(pageUrl: string, id: string, note: string): Buffer {
  const now = new Date().toISOString();
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'commenting',
    created: now,
    modified: now,
    body: [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/markdown' }],
    target: {
      source: pageUrl,
      title: 'The coding agent race',
      selector: [{ type: 'TextQuoteSelector', exact: 'the way software gets written', prefix: '', suffix: '' }],
    },
  };
  return Buffer.from(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [annotation] } }));
}

/** Every note stored for the page, read in the service worker. */
async function storedNotes(pageUrl: string): Promise<string[]> {
  return session.browser.worker.evaluate(async (url) => {
    const all = (await chrome.storage.local.get(null)) as Record<string, { url?: string; annotations?: { body: { purpose?: string; value?: string }[] }[] }>;
    const record = Object.entries(all).find(([key, value]) => key.startsWith('annotations:') && value.url === url)?.[1];
    return (record?.annotations ?? []).map((a) => a.body.find((b) => b.purpose === 'commenting')?.value ?? '');
  }, pageUrl);
}

describe('one writer for annotations (Chromium)', () => {
  it('loses nothing when two tabs and the side panel save and edit at the same moment, round after round', async () => {
    const a = await openArticle();
    const b = await openArticle();
    const pageUrl = a.page.url();
    const panel = await session.browser.newPage();
    await panel.goto(session.browser.extensionUrl('sidepanel.html'));
    const picker = panel.getByLabel('Import annotations from a JSON-LD file');
    const FIRST = 'Nobody knows who wins';
    const first = await prepareNew(a, '#p4', FIRST, 'first note');
    await a.page.mouse.click(first.x, first.y);
    await waitForNoEditor(a.page);
    await expect.poll(() => paintedTexts(b.page, b.cdp)).toEqual([FIRST]);
    const expected: string[] = [];
    let firstNote = 'first note';
    for (let round = 0; round < ROUNDS; round++) {
      const noteA = `tab A round ${round}`;
      const noteP = `panel round ${round}`;
      firstNote = `edited by tab B in round ${round}`;
      const saveA = await prepareNew(a, '#p2', 'Cursor grew faster', noteA);
      const saveB = await prepareEdit(b, FIRST, firstNote);
      const file = { name: `round-${round}.jsonld`, mimeType: 'application/ld+json', buffer: importFile(pageUrl, `urn:uuid:00000000-0000-4000-8000-${String(round).padStart(12, '0')}`, noteP) };
      // All three writes at once: a new note in tab A, an edit in tab B, an import in the side panel.
      await Promise.all([a.page.mouse.click(saveA.x, saveA.y), b.page.mouse.click(saveB.x, saveB.y), picker.setInputFiles(file)]);
      await Promise.all([waitForNoEditor(a.page), waitForNoEditor(b.page)]);
      await expect.poll(() => panel.getByText(`Imported 1 annotation from round-${round}.jsonld.`).count()).toBe(1);
      expected.push(noteA, noteP);
    }
    expected.push(firstNote);
    await expect.poll(async () => (await storedNotes(pageUrl)).sort(), { timeout: 5_000 }).toEqual([...expected].sort());
    // Each tab paints every note of the page, the other tab's and the imported ones included.
    await a.page.reload();
    // (Each quote is one line: one box per note, notes on the same words drawn over one another.)
    await expect
      .poll(async () => (await overlayBoxes(a.cdp)).filter((box) => !box.focus).length, { timeout: 10_000 })
      .toBe(expected.length);
    await Promise.all([a.page.close(), b.page.close(), panel.close()]);
  });
});
