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
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, messageTab, type ExtensionBrowser } from './support/chromium';
import { launchFirefoxWithExtension, pollInPage } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/server';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/annotate/article.html'), 'utf8');
const QUOTE = 'Cursor grew faster than any developer tool before it';
const EDITED_QUOTE = 'Cursor grew faster than any other developer tool before it';
/** The same article edited a little: a paragraph inserted before, a word added inside the quote. */
const ARTICLE_V2 = ARTICLE.replace(
  '<p id="p1">',
  '<p>Editor’s note: this story was updated on Tuesday with new figures.</p>\n      <p id="p1">',
).replace('grew faster than any developer tool', 'grew faster than any other developer tool');

let ext: ExtensionBrowser;
let server: FixtureServer;
const pages: Record<string, string> = { '/annotate/live.html': ARTICLE };

beforeAll(async () => {
  server = await startFixtureServer(pages);
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const HOST = '[data-ai-industry-lens="annotator"]';

interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  value?: { value: unknown };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** A page and its CDP session (the accessibility tree and box models come through it). */
interface Tab {
  page: Page;
  cdp: CDPSession;
}

async function axTree(cdp: CDPSession): Promise<AXNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes;
}

/** The first node with this role and name (a string is exact, a RegExp matches), optionally inside `within`. */
async function findNode(cdp: CDPSession, role: string, name: string | RegExp, within?: AXNode): Promise<AXNode | null> {
  const nodes = await axTree(cdp);
  let candidates = nodes;
  if (within) {
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const inside = new Set<string>();
    const walk = (id: string) => {
      inside.add(id);
      for (const child of byId.get(id)?.childIds ?? []) walk(child);
    };
    walk(within.nodeId);
    candidates = nodes.filter((n) => inside.has(n.nodeId));
  }
  const named = (n: AXNode) => {
    const value = n.name?.value ?? '';
    return typeof name === 'string' ? value === name : name.test(value);
  };
  return candidates.find((n) => !n.ignored && n.role?.value === role && named(n)) ?? null;
}

async function waitForNode(cdp: CDPSession, role: string, name: string | RegExp, within?: AXNode): Promise<AXNode> {
  let found: AXNode | null = null;
  await expect
    .poll(async () => (found = await findNode(cdp, role, name, within)) !== null, { timeout: 10_000, interval: 50 })
    .toBe(true);
  return found!;
}

async function waitForNoNode(cdp: CDPSession, role: string, name: string | RegExp): Promise<void> {
  await expect.poll(async () => findNode(cdp, role, name), { timeout: 10_000, interval: 50 }).toBeNull();
}

/** Clicks the middle of an accessibility node's box with the real mouse. */
async function click({ page, cdp }: Tab, node: AXNode): Promise<void> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId! })) as {
    model: { border: number[]; width: number; height: number };
  };
  const x = model.border[0] + model.width / 2;
  const y = model.border[1] + model.height / 2;
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.click(x, y);
}

/** The text of a node in the annotator's UI (read by the debugger, which sees into closed roots). */
async function textOf(cdp: CDPSession, node: AXNode): Promise<string> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId! })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return this.textContent; }',
    returnByValue: true,
  })) as { result: { value: string } };
  return result.value;
}

/** Texts of the ranges painted as annotations. */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('ail-annotation');
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  });
}

/** Waits until the page's content script answers (the annotator adds nothing to a page until needed). */
async function contentScriptUp(page: Page): Promise<void> {
  await expect
    .poll(() => messageTab(ext, page.url(), { type: 'page/mentions' }).then(() => true, () => false), { timeout: 10_000 })
    .toBe(true);
}

async function openArticle(path: string): Promise<Tab> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  const cdp = await page.context().newCDPSession(page);
  await contentScriptUp(page);
  return { page, cdp };
}

/** Selects `text` inside #id with the Selection API, then releases the mouse as a person would. */
async function select(page: Page, id: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ({ id, text }) => {
      const node = [...document.getElementById(id)!.childNodes].find((n) => n.textContent!.includes(text))!;
      const textNode = node.nodeType === Node.TEXT_NODE ? node : node.firstChild!;
      const at = textNode.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(textNode, at);
      range.setEnd(textNode, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      return { x: last.right - 2, y: last.top + last.height / 2 };
    },
    { id, text },
  );
  await page.mouse.move(point.x, point.y);
  await page.mouse.up();
}

async function annotate(tab: Tab, id: string, text: string, note: string, tag: string): Promise<void> {
  const { page, cdp } = tab;
  await select(page, id, text);
  await click(tab, await waitForNode(cdp, 'button', 'Annotate'));
  const editor = await waitForNode(cdp, 'dialog', 'New annotation');
  // The UI is in the page, behind a closed shadow root: nothing of it is reachable from page scripts.
  expect(await page.evaluate((host) => document.querySelector(host)!.shadowRoot, HOST)).toBeNull();
  // The editor takes focus in the note, so the keys go there.
  await expect.poll(async () => (await findNode(cdp, 'textbox', /^Note/, editor))?.backendDOMNodeId).toBeDefined();
  await page.keyboard.type(note);
  expect((await findNode(cdp, 'textbox', /^Note/, editor))?.value?.value).toBe(note);
  await click(tab, await waitForNode(cdp, 'textbox', 'Add a tag', editor));
  await page.keyboard.type(tag);
  await page.keyboard.press('Enter');
  await click(tab, await waitForNode(cdp, 'button', 'Save', editor));
  await waitForNoNode(cdp, 'dialog', 'New annotation');
}

/** Rests the real mouse on the first painted annotation until its note shows. */
async function hoverAnnotation({ page, cdp }: Tab, dx: number): Promise<AXNode> {
  const box = await page.evaluate(() => {
    const rect = ([...CSS.highlights.get('ail-annotation')!][0] as Range).getClientRects()[0];
    return { x: rect.left, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(box.x + dx - 5, box.y);
  await page.mouse.move(box.x + dx, box.y);
  return waitForNode(cdp, 'dialog', 'Annotation');
}

describe('annotations in Chromium', () => {
  it('annotates a selection, paints it, and paints it in the same place after a reload', async () => {
    const tab = await openArticle('/annotate/live.html');
    const { page } = tab;
    // A page without annotations has nothing of the annotator in it until text is selected.
    expect(await page.evaluate((host) => document.querySelector(host), HOST)).toBeNull();
    await annotate(tab, 'p2', QUOTE, 'Fastest **ever**?', 'growth');
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    await page.reload();
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    // A release build writes nothing into the page's own performance timeline.
    expect(await page.evaluate(() => performance.getEntriesByName('ail-anchoring').length)).toBe(0);
    const inP2 = await page.evaluate(() => {
      const range = [...CSS.highlights.get('ail-annotation')!][0] as Range;
      return range.startContainer.parentElement!.id;
    });
    expect(inP2).toBe('p2');
    await page.close();
  });

  it('shows the note on hover, with Edit and Delete', async () => {
    const tab = await openArticle('/annotate/live.html');
    const { page, cdp } = tab;
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    const popover = await hoverAnnotation(tab, 20);
    expect(await textOf(cdp, popover)).toContain('Fastest **ever**?');
    expect(await findNode(cdp, 'button', 'Edit', popover)).not.toBeNull();
    expect(await findNode(cdp, 'button', 'Delete', popover)).not.toBeNull();
    await page.close();
  });

  it('still anchors after the page text changed a little', async () => {
    pages['/annotate/live.html'] = ARTICLE_V2;
    const { page } = await openArticle('/annotate/live.html');
    await expect.poll(() => paintedTexts(page)).toEqual([EDITED_QUOTE]);
    await page.close();
  });

  it('anchors content that arrives after the page loaded', async () => {
    const tab = await openArticle('/annotate/article.html?late=1');
    const { page } = tab;
    await page.waitForSelector('#late');
    await annotate(tab, 'late', 'this sentence arrives after the page has loaded', 'SPA', 'late');
    await page.reload();
    await contentScriptUp(page);
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual([
      'this sentence arrives after the page has loaded',
    ]);
    await page.close();
  });

  it('edits and deletes an annotation from its hover note', async () => {
    const tab = await openArticle('/annotate/article.html?late=1');
    const { page, cdp } = tab;
    const late = 'this sentence arrives after the page has loaded';
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual([late]);
    await click(tab, await waitForNode(cdp, 'button', 'Edit', await hoverAnnotation(tab, 10)));
    const editor = await waitForNode(cdp, 'dialog', 'Edit annotation');
    const note = await waitForNode(cdp, 'textbox', /^Note/, editor);
    expect(note.value?.value).toBe('SPA');
    // The note has focus: replace its text as a person would.
    await click(tab, note);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Arrived late, anchored anyway.');
    await click(tab, await waitForNode(cdp, 'button', 'Save', editor));
    await waitForNoNode(cdp, 'dialog', 'Edit annotation');
    await page.mouse.move(5, 5);
    await waitForNoNode(cdp, 'dialog', 'Annotation');
    const popover = await hoverAnnotation(tab, 10);
    expect(await textOf(cdp, popover)).toContain('Arrived late, anchored anyway.');
    await click(tab, await waitForNode(cdp, 'button', 'Delete', popover));
    await click(tab, await waitForNode(cdp, 'button', 'Really delete?'));
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    await page.reload();
    await page.waitForSelector('#late');
    expect(await paintedTexts(page)).toEqual([]);
    await page.close();
  });

  it('lists annotations in the side panel, opens one on its page, and exports three formats', async () => {
    const panel = await ext.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
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
    expect(downloads.CSV.split('\r\n')[0]).toBe('\uFEFFHighlight,Note,Tags,URL,Title,Created,Modified,Entities,Location,ID');
    expect(downloads.CSV).toContain('Fastest **ever**?');

    // A bad file is refused with its reason.
    await panel.getByLabel('Import annotations from a JSON-LD file').setInputFiles({
      name: 'broken.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from('{"type": "AnnotationCollection"'),
    });
    expect(await panel.getByRole('alert').textContent()).toMatch(/broken\.jsonld was not imported: The file is not JSON/);

    // Choosing one opens its page (here: focuses the open tab) and scrolls to it.
    const { page: article } = await openArticle('/annotate/live.html');
    await expect.poll(() => paintedTexts(article)).toEqual([EDITED_QUOTE]);
    await panel.getByRole('radio', { name: 'Page' }).click();
    await panel.getByRole('button', { name: new RegExp(EDITED_QUOTE.slice(0, 20)) }).click();
    await expect
      .poll(() => article.evaluate(() => CSS.highlights.has('ail-annotation-focus')), { timeout: 10_000 })
      .toBe(true);
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
  const PAINTED = `[...(CSS.highlights.get('ail-annotation') ?? [])].map((r) => r.toString()).join('|')`;

  it('annotates a mouse selection, paints it, and paints it again after a reload', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(server.url('/annotate/article.html'));
      // The content script is up once detection painted the article's names.
      await pollInPage(page, `[...CSS.highlights.values()].some((h) => h.size > 0)`);
      // Nothing of the annotator is in the page before it is needed.
      expect(await page.evaluate(`!!document.querySelector('${HOST}')`)).toBe(false);
      const drag = await page.evaluate(() => {
        const node = document.getElementById('p4')!.firstChild as Text;
        const range = document.createRange();
        const edge = (offset: number) => {
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getClientRects()[0];
        };
        const from = edge(0);
        const to = edge('Nobody knows who wins'.length - 1);
        return { x1: from.left + 1, y1: from.top + from.height / 2, x2: to.right, y2: to.top + to.height / 2, bottom: from.bottom };
      });
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
      await pollInPage(page, `${PAINTED} === 'Nobody knows who wins'`);
      // The keys reached the note: it is what was saved.
      const store = await firefox.openExtensionPage('popup.html', server.url('/annotate/article.html'));
      const stored = await store.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser;
        return JSON.stringify(await api.storage.local.get(null));
      });
      expect(stored).toContain('Typed in Firefox');
      await store.close();
      await page.evaluate(() => location.reload());
      await pollInPage(page, `${PAINTED} === 'Nobody knows who wins'`);
    } finally {
      await firefox.close();
    }
  });
});
