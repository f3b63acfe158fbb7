/**
 * Research annotations in real Chromium: select, annotate, reload (painted in the same place), edit
 * the page a little (still anchors), content that arrives late, hover, the side panel's list, export
 * in three formats, and import refusing a bad file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
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

/** Texts of the ranges painted as annotations. */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('ail-annotation');
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  });
}

async function openArticle(path: string): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  // The annotator's shadow host is in the page once the content script started.
  await page.waitForSelector('[data-ai-industry-lens="annotator"]', { state: 'attached' });
  return page;
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

async function annotate(page: Page, id: string, text: string, note: string, tag: string): Promise<void> {
  await select(page, id, text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  const editor = page.getByRole('dialog', { name: 'New annotation' });
  await editor.waitFor();
  await editor.getByLabel(/Note/).fill(note);
  await editor.getByLabel('Add a tag').fill(tag);
  await editor.getByLabel('Add a tag').press('Enter');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'detached' });
}

describe('annotations in Chromium', () => {
  it('annotates a selection, paints it, and paints it in the same place after a reload', async () => {
    const page = await openArticle('/annotate/live.html');
    await annotate(page, 'p2', QUOTE, 'Fastest **ever**?', 'growth');
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    await page.reload();
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    const inP2 = await page.evaluate(() => {
      const range = [...CSS.highlights.get('ail-annotation')!][0] as Range;
      return range.startContainer.parentElement!.id;
    });
    expect(inP2).toBe('p2');
    await page.close();
  });

  it('shows the note on hover, with Edit and Delete', async () => {
    const page = await openArticle('/annotate/live.html');
    await expect.poll(() => paintedTexts(page)).toEqual([QUOTE]);
    const box = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('ail-annotation')!][0] as Range).getClientRects()[0];
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x - 5, box.y);
    await page.mouse.move(box.x, box.y);
    const popover = page.getByRole('dialog', { name: 'Annotation' });
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Fastest **ever**?');
    expect(await popover.getByRole('button', { name: 'Edit' }).isVisible()).toBe(true);
    expect(await popover.getByRole('button', { name: 'Delete' }).isVisible()).toBe(true);
    await page.close();
  });

  it('still anchors after the page text changed a little', async () => {
    pages['/annotate/live.html'] = ARTICLE_V2;
    const page = await openArticle('/annotate/live.html');
    await expect.poll(() => paintedTexts(page)).toEqual([EDITED_QUOTE]);
    await page.close();
  });

  it('anchors content that arrives after the page loaded', async () => {
    const page = await openArticle('/annotate/article.html?late=1');
    await page.waitForSelector('#late');
    await annotate(page, 'late', 'this sentence arrives after the page has loaded', 'SPA', 'late');
    await page.reload();
    await page.waitForSelector('[data-ai-industry-lens="annotator"]', { state: 'attached' });
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual([
      'this sentence arrives after the page has loaded',
    ]);
    await page.close();
  });

  it('edits and deletes an annotation from its hover note', async () => {
    const page = await openArticle('/annotate/article.html?late=1');
    const late = 'this sentence arrives after the page has loaded';
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual([late]);
    const hover = async () => {
      const box = await page.evaluate(() => {
        const rect = ([...CSS.highlights.get('ail-annotation')!][0] as Range).getClientRects()[0];
        return { x: rect.left + 10, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(box.x - 5, box.y);
      await page.mouse.move(box.x, box.y);
      const popover = page.getByRole('dialog', { name: 'Annotation' });
      await popover.waitFor();
      return popover;
    };
    await (await hover()).getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit annotation' });
    expect(await editor.getByLabel(/Note/).inputValue()).toBe('SPA');
    await editor.getByLabel(/Note/).fill('Arrived late, anchored anyway.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.mouse.move(5, 5);
    await page.getByRole('dialog', { name: 'Annotation' }).waitFor({ state: 'detached' });
    const popover = await hover();
    expect(await popover.textContent()).toContain('Arrived late, anchored anyway.');
    await popover.getByRole('button', { name: 'Delete' }).click();
    await popover.getByRole('button', { name: 'Really delete?' }).click();
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
    const article = await openArticle('/annotate/live.html');
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

describe('annotations in Firefox ESR', () => {
  /** The centre of an element inside the annotator's shadow root (Firefox: no accessibility tree here). */
  const centreOf = (page: FirefoxPage, selector: string) =>
    page.evaluate((selector) => {
      const host = document.querySelector('[data-ai-industry-lens="annotator"]')!;
      const box = host.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, selector);
  const PAINTED = `[...(CSS.highlights.get('ail-annotation') ?? [])].map((r) => r.toString()).join('|')`;

  it('annotates a mouse selection, paints it, and paints it again after a reload', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(server.url('/annotate/article.html'));
      await pollInPage(page, `!!document.querySelector('[data-ai-industry-lens="annotator"]')`);
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
        return { x1: from.left + 1, y1: from.top + from.height / 2, x2: to.right, y2: to.top + to.height / 2 };
      });
      await page.mouse.move(drag.x1, drag.y1);
      await page.mouse.down();
      await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
      await page.mouse.up();
      await pollInPage(page, `!!document.querySelector('[data-ai-industry-lens="annotator"]').shadowRoot.querySelector('.adder button')`);
      const adder = await centreOf(page, '.adder button');
      await page.mouse.click(adder.x, adder.y);
      await pollInPage(page, `!!document.querySelector('[data-ai-industry-lens="annotator"]').shadowRoot.querySelector('textarea')`);
      await page.keyboard.type('Typed in Firefox');
      // The keys reached the note: the editor took focus when it opened.
      await pollInPage(page, `document.querySelector('[data-ai-industry-lens="annotator"]').shadowRoot.querySelector('textarea').value === 'Typed in Firefox'`);
      const save = await centreOf(page, 'button[type=submit]');
      await page.mouse.click(save.x, save.y);
      await pollInPage(page, `${PAINTED} === 'Nobody knows who wins'`);
      await page.evaluate(() => location.reload());
      await pollInPage(page, `${PAINTED} === 'Nobody knows who wins'`);
    } finally {
      await firefox.close();
    }
  });
});
