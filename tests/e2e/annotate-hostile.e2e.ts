/**
 * A page that listens cannot overhear a note. tests/fixtures/annotate/hostile.html records every
 * keyboard, input, composition, clipboard and focus event that reaches `window` or `document` in the
 * capture phase. While a note, a tag and an entity search are typed into the annotation editor, it must
 * record nothing at all in Firefox, and in Chromium nothing but a bare focus change on the extension's
 * host (no key, data or text); and the note must still be saved as typed.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { click, editorFocus, editorFrame, findNode, waitForNoEditor, waitForNode } from './support/ax';
import { messageTab } from './support/chromium';
import { launchFirefoxWithExtension, pollInPage, type FirefoxExtensionBrowser } from './support/firefox';
import { passageDrag } from './support/drag';
import { paintedTexts } from './support/overlay';
import { useExtensionBrowser } from './support/session';

declare const chrome: typeof import('wxt/browser').browser;
const session = useExtensionBrowser();

const QUOTE = 'Nobody knows who wins';
const NOTE = 'Private thought: **do not** share';
const TAG = 'secret-tag';
const ENTITY_QUERY = 'Windsurf';

/**
 * Types the note, moves on with Tab to the tag field and the entity search, types there, saves with
 * Ctrl+Enter (`beforeSave` runs just before).
 */
async function typeNoteAndTags(
  keyboard: {
    type(text: string, options?: { delay?: number }): Promise<void>;
    press(key: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  },
  beforeSave?: () => Promise<void>,
): Promise<void> {
  const type = (text: string) => keyboard.type(text);
  await type(NOTE);
  await keyboard.press('Tab');
  await type(TAG);
  await keyboard.press('Enter');
  await type('second');
  await keyboard.press('Tab');
  await type(ENTITY_QUERY);
  await beforeSave?.();
  await keyboard.down('Control');
  await keyboard.press('Enter');
  await keyboard.up('Control');
}

/** The point just under the selection's first line where the adder appears, and the selection's ends for a drag. */
function quoteDrag(page: { evaluate: PwPage['evaluate'] }) {
  return passageDrag(page, 'p2', QUOTE);
}

/** The annotator's host in the page (its inside is a closed shadow root). */
const HOST = '[data-ai-industry-lens="annotator"]';

/**
 * Firefox (no accessibility tree over WebDriver BiDi): the hostile page, once detection painted its
 * names, with the quote selected by a mouse drag and the adder under it shown: where to click it.
 */
async function selectQuoteInFirefox(firefox: FirefoxExtensionBrowser) {
  const page = await firefox.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(session.server.url('/annotate/hostile.html'));
  await pollInPage(page, `[...CSS.highlights.values()].some((h) => h.size > 0)`);
  const drag = await quoteDrag(page as unknown as { evaluate: PwPage['evaluate'] });
  await page.mouse.move(drag.x1, drag.y1);
  await page.mouse.down();
  await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
  await page.mouse.up();
  const adder = { x: drag.x1 + 20, y: drag.bottom + 8 + 15 };
  await pollInPage(page, `document.elementFromPoint(${adder.x}, ${adder.y})?.matches('${HOST}') === true`);
  return { page, drag, adder };
}

/** Everything in the Firefox extension's local storage, as JSON (read from one of its own pages). */
async function storedInFirefox(firefox: FirefoxExtensionBrowser): Promise<string> {
  const store = await firefox.openExtensionPage('popup.html', session.server.url('/annotate/hostile.html'));
  const stored = await store.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<object> } } } }).browser;
    return JSON.stringify(await api.storage.local.get(null));
  });
  await store.close();
  return stored;
}

/** Whether the editor's note field has focus: in a frame of ours, or (an editor in the page) in the accessibility tree. */
async function noteFocused(page: PwPage, cdp: CDPSession): Promise<boolean> {
  // In our frame, the field counts as focused only once the frame itself has focus in the page (before
  // that, the page still hears focus move into the frame).
  const inFrames = await Promise.all(
    page
      .frames()
      .map((f) => f.evaluate(() => document.hasFocus() && document.documentElement.dataset.state === 'ready' && document.activeElement?.id).catch(() => null)),
  );
  if (inFrames.includes('ail-note')) return true;
  const note = await findNode(cdp, 'textbox', /^Note/);
  return !!note?.properties?.some((p) => p.name === 'focused' && p.value.value === true);
}

/** One event the hostile page recorded (tests/fixtures/annotate/hostile.html). */
interface Overheard {
  type: string;
  on: 'window' | 'document';
  key: string | null;
  data: string | null;
  text: string | null;
}

/** Selects the quote with the mouse and chooses Annotate, as a person would (Chromium). */
async function openEditorOnQuote(page: PwPage, cdp: CDPSession): Promise<void> {
  const drag = await quoteDrag(page);
  await page.mouse.move(drag.x1, drag.y1);
  await page.mouse.down();
  await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
  await page.mouse.up();
  await click({ page, cdp }, await waitForNode(cdp, 'button', 'Annotate'));
}

/** What a page's own fetch of an address gives: 'loaded' or 'refused'. */
const probe = (page: PwPage, url: string) => page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'refused'), url);

describe('a hostile page cannot overhear the note editor', () => {
  it('in Chromium: records no event while a note, tags and an entity search are typed', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/annotate/hostile.html'));
    const cdp = await page.context().newCDPSession(page);
    await openEditorOnQuote(page, cdp);
    // The editor has focus in its note field; from here on the page must hear nothing.
    await expect.poll(() => noteFocused(page, cdp)).toBe(true);
    await page.evaluate(() => ((window as unknown as { __overheard: unknown[] }).__overheard = []));
    const heard = () => page.evaluate(() => (window as unknown as { __overheard: Overheard[] }).__overheard);
    // Chromium may tell the page that focus moved into or out of our host (the editor's frame sits in
    // its closed shadow root), never more: no key, no data, no text, no other kind of event, neither
    // while the note, tags and entity search are typed nor once the editor has saved and gone.
    const carriesSomething = (e: Overheard) => !['focusin', 'focusout'].includes(e.type) || e.key !== null || e.data !== null || e.text !== null;
    await typeNoteAndTags(page.keyboard, async () => expect((await heard()).filter(carriesSomething)).toEqual([]));
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([QUOTE]);
    await waitForNoEditor(page);
    expect((await heard()).filter(carriesSomething)).toEqual([]);
    // What was typed is what was saved.
    const stored = await session.browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).toContain(JSON.stringify(NOTE).slice(1, -1));
    expect(stored).toContain(TAG);
    expect(stored).toContain('second');
    await page.close();
  });

  it('in Chromium: cannot load the editor at the extension’s fixed address to learn it is installed', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/annotate/hostile.html'));
    const fixed = session.browser.extensionUrl('annotation-editor.html');
    // A site probing a fixed extension address: a fetch fails and a frame shows an error page.
    expect(await probe(page, fixed)).toBe('refused');
    // Nor the chunk the content script imports on first use (the Markdown parser).
    const chunk = session.browser.extensionUrl('content-scripts/markdown.js');
    expect(await probe(page, chunk)).toBe('refused');
    // (A string: the test runner would rewrite an import() written in a function.)
    expect(await page.evaluate(`import(${JSON.stringify(chunk)}).then(() => 'loaded', () => 'refused')`)).toBe('refused');
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }, fixed);
    await expect.poll(() => page.frames().map((f) => f.url()).filter((u) => u !== page.url())).toEqual(['chrome-error://chromewebdata/']);
    // The editor the extension opens itself still works: the address it uses changes every session.
    const cdp = await page.context().newCDPSession(page);
    await openEditorOnQuote(page, cdp);
    await expect.poll(() => noteFocused(page, cdp)).toBe(true);
    await page.close();
  });

  it('in Firefox: records no event while a note, tags and an entity search are typed', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const { page, adder } = await selectQuoteInFirefox(firefox);
      await page.mouse.click(adder.x, adder.y);
      await pollInPage(page, `document.activeElement?.matches('${HOST}') === true`);
      // The e2e build marks the host once the note field inside has focus, so no key is typed too early.
      await pollInPage(page, `document.querySelector('${HOST}').dataset.lensEditorReady === 'true'`);
      await page.evaluate(() => ((window as unknown as { __overheard: unknown[] }).__overheard = []));
      await typeNoteAndTags(page.keyboard as unknown as Parameters<typeof typeNoteAndTags>[0]);
      // The e2e build counts the passages with boxes on the annotations' overlay host.
      await pollInPage(page, `document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensDrawn === '1'`);
      expect(await page.evaluate(() => (window as unknown as { __overheard: unknown[] }).__overheard)).toEqual([]);
      const stored = await storedInFirefox(firefox);
      expect(stored).toContain(JSON.stringify(NOTE).slice(1, -1));
      expect(stored).toContain(TAG);
      // Hovering the note shows it rendered: the content script imported its Markdown chunk.
      const quote = await quoteDrag(page as unknown as { evaluate: PwPage['evaluate'] });
      const box = { x: quote.x1 + 10, y: quote.y1 };
      await page.mouse.move(box.x - 40, box.y + 60);
      await page.mouse.move(box.x, box.y, { steps: 4 });
      await pollInPage(page, `document.querySelector('${HOST}')?.dataset.lensMarkdown === 'rendered'`);
      // The import left no trace the page can read (Firefox's extension address is fixed per installation).
      expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('http')))).toEqual([]);
    } finally {
      await firefox.close();
    }
  });

  /**
   * What the page's script can reach of the frames under it, with the editor open: window.length,
   * window[i], window.frames, and a frame of its own looking up at its parent. It may navigate any
   * frame it reaches (a parent may), so the editor frame must not be among them.
   */
  const FRAMES_PROBE = `(() => {
    const own = document.createElement('iframe');
    document.body.append(own);
    const reached = [];
    for (let i = 0; i < window.length; i++) reached.push(window[i] === own.contentWindow ? 'own' : 'other');
    return {
      length: window.length,
      reached,
      beyond: typeof window[window.length],
      framesLength: window.frames.length,
      fromChild: own.contentWindow.parent.length,
    };
  })()`;
  const PAGE_SEES_ONLY_ITS_OWN = { length: 1, reached: ['own'], beyond: 'undefined', framesLength: 1, fromChild: 1 };

  it('in Chromium: the page cannot reach the editor frame to navigate it', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/annotate/hostile.html'));
    const cdp = await page.context().newCDPSession(page);
    await openEditorOnQuote(page, cdp);
    await expect.poll(() => noteFocused(page, cdp)).toBe(true);
    const editor = await editorFrame(page);
    const address = editor.url();
    expect(await page.evaluate(FRAMES_PROBE)).toEqual(PAGE_SEES_ONLY_ITS_OWN);
    // The editor is still ours, and still takes what is typed.
    expect(editor.url()).toBe(address);
    await page.keyboard.type('still mine');
    expect(await editor.getByRole('textbox', { name: /^Note/ }).inputValue()).toBe('still mine');
    await page.close();
  });

  it('in Firefox: the page cannot reach the editor frame to navigate it', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const { page, adder } = await selectQuoteInFirefox(firefox);
      await page.mouse.click(adder.x, adder.y);
      await pollInPage(page, `document.querySelector('${HOST}').dataset.lensEditorReady === 'true'`);
      expect(await page.evaluate(FRAMES_PROBE)).toEqual(PAGE_SEES_ONLY_ITS_OWN);
      // The editor still takes what is typed: saved as typed.
      await page.keyboard.type('still mine');
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await pollInPage(page, `document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensDrawn === '1'`);
      const stored = await storedInFirefox(firefox);
      expect(stored).toContain('"still mine"');
    } finally {
      await firefox.close();
    }
  });

  /**
   * Typed at once after the editor opens (before its frame has loaded and taken focus, so the keys go
   * to the page): the page's listeners, first on its window in the capture phase, hear none of them,
   * and not one character is lost.
   */
  describe('the first keys typed after the editor opens', () => {
    const EARLY = 'Typed at once, before the editor had focus. ';
    const LATER = 'And then some.';
    const heard = (page: { evaluate: PwPage['evaluate'] }) => page.evaluate(() => (window as unknown as { __overheard: Overheard[] }).__overheard);
    const carriesSomething = (e: Overheard) => !['focusin', 'focusout'].includes(e.type) || e.key !== null || e.data !== null || e.text !== null;
    /** The notes saved (Chromium), as typed. */
    const savedNotes = () =>
      session.browser.worker.evaluate(async () =>
        Object.values(await chrome.storage.local.get(null)).flatMap((record) =>
          ((record as { annotations?: { body: { purpose: string; value: string }[] }[] }).annotations ?? []).flatMap((a) =>
            a.body.filter((b) => b.purpose === 'commenting').map((b) => b.value),
          ),
        ),
      );

    /** Selects the quote with the mouse (the adder shows), and forgets what the page heard so far. */
    async function selectQuote(page: PwPage, cdp: CDPSession): Promise<void> {
      const drag = await quoteDrag(page);
      await page.mouse.move(drag.x1, drag.y1);
      await page.mouse.down();
      await page.mouse.move(drag.x2, drag.y2, { steps: 5 });
      await page.mouse.up();
      await waitForNode(cdp, 'button', 'Annotate');
      await page.evaluate(() => ((window as unknown as { __overheard: unknown[] }).__overheard = []));
    }

    /** Types on while the editor takes focus, then saves; the page heard nothing, the note is whole. */
    async function typeAtOnceAndSave(page: PwPage): Promise<void> {
      await page.keyboard.type(EARLY);
      const editor = await editorFrame(page);
      expect(await editorFocus(editor)).toBe('ail-note');
      await page.keyboard.type(LATER);
      expect(await editor.getByRole('textbox', { name: /^Note/ }).inputValue()).toBe(EARLY + LATER);
      await page.keyboard.press('Control+Enter');
      await waitForNoEditor(page);
      expect((await heard(page)).filter(carriesSomething)).toEqual([]);
      expect(await savedNotes()).toContain(EARLY + LATER);
    }

    it('in Chromium, after the keyboard shortcut: reach the editor, none the page', async () => {
      const page = await session.browser.newPage();
      // An address of its own: the command goes to the tab showing it, never to another test's tab.
      await page.goto(session.server.url('/annotate/hostile.html?after=shortcut'));
      const cdp = await page.context().newCDPSession(page);
      await selectQuote(page, cdp);
      // What the background does on the shortcut; the keys follow as soon as the page has answered.
      expect(await messageTab(session.browser, page.url(), { type: 'page/annotate' })).toEqual({ ok: true });
      await typeAtOnceAndSave(page);
      await page.close();
    });

    it('in Chromium, after the Annotate button: reach the editor, none the page', async () => {
      const page = await session.browser.newPage();
      await page.goto(session.server.url('/annotate/hostile.html'));
      const cdp = await page.context().newCDPSession(page);
      await selectQuote(page, cdp);
      await click({ page, cdp }, await waitForNode(cdp, 'button', 'Annotate'));
      await typeAtOnceAndSave(page);
      await page.close();
    });

    it('in Firefox, after the Annotate button: reach the editor, none the page', async () => {
      const firefox = await launchFirefoxWithExtension();
      try {
        const { page, adder } = await selectQuoteInFirefox(firefox);
        await page.evaluate(() => ((window as unknown as { __overheard: unknown[] }).__overheard = []));
        await page.mouse.click(adder.x, adder.y);
        await page.keyboard.type(EARLY);
        await pollInPage(page, `document.querySelector('${HOST}').dataset.lensEditorReady === 'true'`);
        await page.keyboard.type(LATER);
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
        await pollInPage(page, `document.querySelector('[data-ai-industry-lens="annotation-overlay"]')?.dataset.lensDrawn === '1'`);
        // Firefox tells the page nothing at all, not even a focus change.
        expect((await heard(page as unknown as { evaluate: PwPage['evaluate'] })).filter((e) => e.type !== 'focusin' && e.type !== 'focusout')).toEqual([]);
        const stored = await storedInFirefox(firefox);
        expect(stored).toContain(JSON.stringify(EARLY + LATER));
        } finally {
        await firefox.close();
      }
    });
  });
});
