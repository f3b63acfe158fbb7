/**
 * Hover cards in real Chromium, driven with real mouse moves and keys. The card lives in a closed
 * shadow root, so it is found as assistive technology finds it: by role and name in the
 * accessibility tree (CDP), and measured through its DOM node's box model (helpers in support/ax.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { axTree, boxOf, editorFrame, evaluateOn, findNode, textOf, waitForNoEditor, type AXNode, type Box } from './support/ax';
import { launchWithExtension, messageTab, setSettings as setSettingsIn, type ExtensionBrowser } from './support/chromium';
import { launchFirefoxWithExtension, pollInPage, type FirefoxExtensionBrowser } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/server';

const VIEWPORT = { width: 1200, height: 800 };
const HOVER_DELAY = 350;
const HIDE_GRACE = 300;
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/** The extension's API as the service worker sees it (only what these tests call). */
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> };
};

let browser: ExtensionBrowser;
let server: FixtureServer;

async function findDialog(cdp: CDPSession): Promise<AXNode | null> {
  return (await axTree(cdp)).find((n) => !n.ignored && n.role?.value === 'dialog') ?? null;
}

async function dialogName(cdp: CDPSession): Promise<string | null> {
  return (await findDialog(cdp))?.name?.value ?? null;
}

async function dialogBox(cdp: CDPSession): Promise<Box> {
  const dialog = await findDialog(cdp);
  if (!dialog?.backendDOMNodeId) throw new Error('no card dialog in the accessibility tree');
  return boxOf(cdp, dialog.backendDOMNodeId);
}

/** The focused node and whether it sits inside the card dialog. */
async function focusInfo(cdp: CDPSession): Promise<{ role?: string; name?: string; inDialog: boolean }> {
  const nodes = await axTree(cdp);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // The document itself reports focus too: the focused element is the last (deepest) focused node.
  const focused = nodes.findLast((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'dialog');
  const inside = new Set<string>();
  const walk = (id: string) => {
    inside.add(id);
    for (const child of byId.get(id)?.childIds ?? []) walk(child);
  };
  if (dialog) walk(dialog.nodeId);
  return {
    role: focused?.role?.value,
    name: focused?.name?.value,
    inDialog: !!focused && inside.has(focused.nodeId),
  };
}

/** Viewport rect of the first occurrence of `text` inside the element `#id` (runs in the page, in either browser). */
const rectOfText = ({ id, text }: { id: string; text: string }): Box => {
  const element = document.getElementById(id)!;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const r = range.getClientRects()[0];
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }
  throw new Error(`"${text}" not found in #${id}`);
};

function textRect(page: Page, id: string, text: string): Promise<Box> {
  return page.evaluate(rectOfText, { id, text });
}

/** Moves the real mouse onto the text in a few steps, as a hand would, and leaves it there. */
async function hover(page: Page, id: string, text: string): Promise<Box> {
  const r = await textRect(page, id, text);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
  return r;
}

async function openPage(path = '/card/hover.html'): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  await page.goto(server.url(path));
  const cdp = await page.context().newCDPSession(page);
  // The content script is up once the page mentions message is answered.
  await expect.poll(() => messageTab(browser, server.url(path), { type: 'page/mentions' }).then(() => true), {
    timeout: 10_000,
  }).toBe(true);
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height / 2);
  return { page, cdp };
}

const expectCard = (cdp: CDPSession, name: RegExp | null, timeout = 5_000) =>
  expect.poll(() => dialogName(cdp), { timeout, interval: 50 }).toEqual(name === null ? null : expect.stringMatching(name));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function expectInside(box: Box) {
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
}

/** Vertical distance between the card and the text it is about: it sits right next to it. */
function gapBetween(card: Box, text: Box): number {
  return card.y >= text.y + text.height ? card.y - (text.y + text.height) : text.y - (card.y + card.height);
}

beforeAll(async () => {
  // The demo page (what the README's screenshots show) is served beside the fixtures.
  server = await startFixtureServer({ '/demo.html': readFileSync(resolve(import.meta.dirname, '../../demo/index.html'), 'utf8') });
});
afterAll(async () => {
  await server?.close();
});

describe('hover cards in Chromium', () => {
  // One browser at a time: Chromium closes before Firefox starts.
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the right card after the pointer rests on a name, without shifting the page', async () => {
    const { page, cdp } = await openPage();
    const layoutBefore = await page.evaluate(() => [document.documentElement.scrollHeight, document.body.getBoundingClientRect().width]);
    const text = await hover(page, 'intro', 'Claude Code');
    // Passing over is not resting: right after the move there is no card yet.
    expect(await dialogName(cdp)).toBeNull();
    await expectCard(cdp, /^Claude Code — product card/);
    const card = await dialogBox(cdp);
    expectInside(card);
    expect(gapBetween(card, text)).toBeLessThanOrEqual(12);
    expect(Math.abs(card.x - text.x)).toBeLessThanOrEqual(12);
    expect(card.width).toBeLessThanOrEqual(360);
    const layoutAfter = await page.evaluate(() => [document.documentElement.scrollHeight, document.body.getBoundingClientRect().width]);
    expect(layoutAfter).toEqual(layoutBefore);

    await page.close();
  });

  it('hides once the pointer rests on empty space, and stays while the pointer moves into the card', async () => {
    const { page, cdp } = await openPage();
    const text = await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    const card = await dialogBox(cdp);
    // Across the gap and into the card: it stays, well past the grace period.
    await page.mouse.move(text.x + 10, card.y + card.height / 2, { steps: 6 });
    await sleep(HIDE_GRACE * 3);
    expect(await dialogName(cdp)).toMatch(/^Claude Code/);
    // Out into empty page space: gone, and gone from the page.
    await page.mouse.move(VIEWPORT.width - 20, VIEWPORT.height - 200, { steps: 4 });
    await expectCard(cdp, null);
    expect(await page.evaluate(() => document.querySelector('ai-industry-lens-card'))).toBeNull();
    await page.close();
  });

  it('listens to the pointer only once the frame has a name, then shows its card', async () => {
    const { page, cdp } = await openPage('/card/late-name.html');
    // The content script's world, where its listeners are seen (not Playwright's own isolated world).
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin }));
    await cdp.send('Runtime.enable');
    const ours = () => worlds.find((w) => w.origin.startsWith('chrome-extension://'));
    await expect.poll(() => ours() !== undefined).toBe(true);
    const contextId = ours()!.id;
    /** Pointer listeners on the page's window, as the content script's world sees them. */
    const pointerListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.filter((l) => l.type.startsWith('pointer')).length;
    };
    await page.mouse.move(200, 200, { steps: 4 });
    await sleep(300);
    expect(await pointerListeners()).toBe(0);
    await page.evaluate(() => (window as unknown as { addName(): void }).addName());
    await expect.poll(pointerListeners, { timeout: 5_000 }).toBeGreaterThan(0);
    await hover(page, 'late', 'Claude Code');
    await expectCard(cdp, /^Claude Code — product card/);
    await page.close();
  });

  it('closes on Escape, and shows nothing over an ordinary word', async () => {
    const { page, cdp } = await openPage();
    await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    await page.keyboard.press('Escape');
    await expectCard(cdp, null);

    await hover(page, 'plain', 'weather');
    await sleep(HOVER_DELAY + 600);
    expect(await dialogName(cdp)).toBeNull();
    await page.close();
  });

  it('shows no card while text is being selected, nor over the selected text', async () => {
    const { page, cdp } = await openPage();
    const name = await textRect(page, 'intro', 'Claude Code');
    const start = await textRect(page, 'intro', 'Developers');
    // Dragging a selection across the name, then resting on it with the button still down.
    await page.mouse.move(start.x + 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(name.x + name.width / 2, name.y + name.height / 2, { steps: 6 });
    await sleep(HOVER_DELAY + 600);
    expect(await dialogName(cdp)).toBeNull();
    await page.mouse.move(name.x + name.width + 20, name.y + name.height / 2, { steps: 3 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()!.toString())).toContain('Claude Code');
    // Resting on the name inside the finished selection: still no card.
    await page.mouse.move(name.x + name.width / 2, name.y + name.height / 2, { steps: 3 });
    await sleep(HOVER_DELAY + 600);
    expect(await dialogName(cdp)).toBeNull();
    // Once the selection is gone, the same name shows its card.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.mouse.move(name.x + name.width / 2 + 5, name.y + name.height / 2, { steps: 2 });
    await expectCard(cdp, /^Claude Code/);
    await page.close();
  });

  it('never takes focus from a field the person is typing in', async () => {
    const { page, cdp } = await openPage();
    await page.click('#notes');
    await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
    await page.keyboard.type('!');
    expect(await page.inputValue('#notes')).toBe('type here!');
    await page.close();
  });

  it('lets a click on a name inside a link navigate', async () => {
    const { page, cdp } = await openPage();
    const link = await hover(page, 'linked', 'Sam Altman');
    await expectCard(cdp, /^Sam Altman — person card/);
    await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
    await page.waitForURL(server.url('/card/target.html'));
    expect(await page.title()).toBe('Link target');
    await page.close();
  });

  it('stays fully inside the viewport near every edge', async () => {
    const { page, cdp } = await openPage();
    for (const corner of ['corner-tl', 'corner-tr', 'corner-bl', 'corner-br']) {
      const text = await hover(page, corner, 'Claude Code');
      await expectCard(cdp, /^Claude Code/);
      const card = await dialogBox(cdp);
      expectInside(card);
      expect(gapBetween(card, text), corner).toBeLessThanOrEqual(12);
      await page.keyboard.press('Escape');
      await expectCard(cdp, null);
    }
    await page.close();
  });

  it('finds names in sticky, zoomed and scrolled content, and closes when its name scrolls away', async () => {
    const { page, cdp } = await openPage();
    await page.evaluate(() => window.scrollTo(0, 700));
    // The sticky note is now stuck under the fixed header.
    const sticky = await hover(page, 'sticky', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    expect(gapBetween(await dialogBox(cdp), sticky)).toBeLessThanOrEqual(12);
    await page.keyboard.press('Escape');
    await expectCard(cdp, null);

    await page.evaluate(() => document.getElementById('zoomed')!.scrollIntoView({ block: 'center' }));
    const zoomed = await hover(page, 'zoomed', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    const card = await dialogBox(cdp);
    expectInside(card);
    expect(gapBetween(card, zoomed)).toBeLessThanOrEqual(12);

    await page.evaluate(() => window.scrollBy(0, 1200));
    await expectCard(cdp, null);
    await page.close();
  });

  it('opens from the keyboard command for the name at the selection, focused, with Tab cycling inside', async () => {
    const { page, cdp } = await openPage();
    await page.evaluate(() => {
      const text = document.getElementById('intro')!.firstChild!;
      const at = text.textContent!.indexOf('Claude Code');
      getSelection()!.setBaseAndExtent(text, at + 2, text, at + 2);
    });
    const answer = await messageTab(browser, server.url('/card/hover.html'), { type: 'page/open-card' });
    expect(answer).toEqual({ ok: true });
    await expectCard(cdp, /^Claude Code — product card/);
    await expect.poll(() => focusInfo(cdp)).toMatchObject({ role: 'dialog', inDialog: true });
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusInfo(cdp);
      expect(focus.inDialog, `Tab ${i + 1} left the card (on ${focus.role} "${focus.name}")`).toBe(true);
      seen.add(`${focus.role}:${focus.name}`);
    }
    expect(seen).toContain('button:Open full entry');
    expect(seen).toContain('button:Close card');
    // The pointer wandering off does not close a card opened from the keyboard; Escape does.
    await page.mouse.move(VIEWPORT.width - 20, VIEWPORT.height - 100, { steps: 3 });
    await sleep(HIDE_GRACE * 2);
    expect(await dialogName(cdp)).toMatch(/^Claude Code/);
    await page.keyboard.press('Escape');
    await expectCard(cdp, null);
    // Focus goes back to the page, and the caret is where the person left it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await page.evaluate(() => getSelection()!.anchorNode?.parentElement?.id)).toBe('intro');

    await page.keyboard.press('Escape');
    await page.evaluate(() => getSelection()!.collapse(document.getElementById('plain')!.firstChild, 3));
    const none = await messageTab(browser, server.url('/card/hover.html'), { type: 'page/open-card' });
    expect(none).toEqual({ ok: false });
    expect(await dialogName(cdp)).toBeNull();
    await page.close();
  });

  it('switches to a related entity inside the card', async () => {
    const { page, cdp } = await openPage();
    await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    const nodes = await axTree(cdp);
    const maker = nodes.find((n) => n.role?.value === 'button' && n.name?.value === 'Anthropic');
    expect(maker?.backendDOMNodeId).toBeDefined();
    const box = await boxOf(cdp, maker!.backendDOMNodeId!);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expectCard(cdp, /^Anthropic — company card/);
    await page.close();
  });

  it("opens the full entry from the card's action", async () => {
    const { page, cdp } = await openPage();
    await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    const action = (await axTree(cdp)).find((n) => n.role?.value === 'button' && n.name?.value === 'Open full entry')!;
    const box = await boxOf(cdp, action.backendDOMNodeId!);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // The background shows the entry in the side panel, or in a tab where the panel cannot open.
    // (A side panel is no Playwright page: the service worker lists every extension context.)
    const entryUrl = async () => {
      const contexts = await browser.worker.evaluate(() => chrome.runtime.getContexts({}));
      const urls = [...contexts.map((c) => c.documentUrl ?? ''), ...browser.context.pages().map((p) => p.url())];
      return urls.find((u) => u.includes('entity=claude-code')) ?? null;
    };
    await expect.poll(entryUrl, { timeout: 10_000 }).toMatch(/^chrome-extension:\/\/.+(sidepanel|popup)\.html#entity=claude-code$/);
    await expectCard(cdp, null);
    await page.close();
  });

  it("starts an annotation on the mention from the card's Annotate action", async () => {
    const { page, cdp } = await openPage();
    await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    const action = (await axTree(cdp)).find((n) => n.role?.value === 'button' && n.name?.value === 'Annotate');
    expect(action?.backendDOMNodeId).toBeDefined();
    const box = await boxOf(cdp, action!.backendDOMNodeId!);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // The annotator's editor opens on the mention, with its entity already linked. It is an extension
    // page in a frame (the page cannot hear what is typed in it): found there by role and label.
    const editor = await editorFrame(page);
    expect(await editor.getByRole('button', { name: 'Remove entity Claude Code' }).isVisible()).toBe(true);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await waitForNoEditor(page);
    await page.close();
  });

  it('is styled and placed on a page with a strict Content-Security-Policy', async () => {
    const { page, cdp } = await openPage('/card/csp.html');
    const text = await hover(page, 'intro', 'Claude Code');
    await expectCard(cdp, /^Claude Code/);
    const card = await dialogBox(cdp);
    expect(gapBetween(card, text)).toBeLessThanOrEqual(12);
    expect(card.width).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('works inside an iframe, with the card kept inside the frame', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/card/frame-host.html'));
    const cdp = await page.context().newCDPSession(page);
    const frame = page.frames().find((f) => f.url().endsWith('/card/frame.html'))!;
    await frame.waitForLoadState();
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
    };
    const frameId = frameTree.childFrames!.find((c) => c.frame.url.endsWith('/card/frame.html'))!.frame.id;
    const frameDialog = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
      return nodes.find((n) => !n.ignored && n.role?.value === 'dialog') ?? null;
    };
    const frameBox = (await page.locator('#frame').boundingBox())!;
    const inner = await frame.evaluate(() => {
      const text = document.getElementById('inner')!.firstChild!;
      const at = text.textContent!.indexOf('Claude Code');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Claude Code'.length);
      const r = range.getClientRects()[0];
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    // Detection in the frame is done once the frame's highlights are painted.
    await expect.poll(() => frame.evaluate(() => [...CSS.highlights.keys()].some((k) => CSS.highlights.get(k)!.size > 0)), {
      timeout: 10_000,
    }).toBe(true);
    await page.mouse.move(frameBox.x + 1 + inner.x + inner.width / 2, frameBox.y + 1 + inner.y + inner.height / 2, { steps: 4 });
    await expect.poll(async () => (await frameDialog())?.name?.value ?? null, { timeout: 5_000 }).toMatch(
      /^Claude Code — product card/,
    );
    const box = await boxOf(cdp, (await frameDialog())!.backendDOMNodeId!);
    // Box model coordinates are the top page's: the card lies within the frame's box, under the text.
    expect(box.x).toBeGreaterThanOrEqual(frameBox.x);
    expect(box.y).toBeGreaterThanOrEqual(frameBox.y);
    expect(box.x + box.width).toBeLessThanOrEqual(frameBox.x + frameBox.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    expect(box.y).toBeGreaterThan(frameBox.y + inner.y);
    expect(await dialogName(cdp)).toBeNull(); // nothing in the top page
    await page.close();
  });

  it('shows cards on the demo page, in light and dark (screenshots for the README)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url('/demo.html'));
      const cdp = await page.context().newCDPSession(page);
      await expect.poll(() => page.evaluate(() => [...CSS.highlights.values()].some((h) => h.size > 0)), {
        timeout: 10_000,
      }).toBe(true);
      const paragraph = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('Sam Altman has called'))!;
        p.id = 'shot';
        return p.id;
      });
      const text = await hover(page, paragraph, 'Sam Altman');
      await expectCard(cdp, /^Sam Altman — person card/);
      const card = await dialogBox(cdp);
      expectInside(card);
      const top = Math.max(0, Math.min(text.y, card.y) - 40);
      const bottom = Math.min(VIEWPORT.height, Math.max(text.y + text.height, card.y + card.height) + 24);
      const left = Math.max(0, Math.min(text.x, card.x) - 300);
      const right = Math.min(VIEWPORT.width, card.x + card.width + 40);
      await page.screenshot({
        path: resolve(SCREENSHOTS, scheme === 'light' ? 'card.png' : 'card-dark.png'),
        clip: { x: left, y: top, width: right - left, height: bottom - top },
      });
      await page.close();
    }
  });

  it('follows the hover delay and theme settings live', async () => {
    const { page, cdp } = await openPage();
    const setSettings = (patch: object) => setSettingsIn(browser, patch);
    const cardBackground = async () =>
      evaluateOn<string>(cdp, (await findDialog(cdp))!, 'function () { return getComputedStyle(this).backgroundColor; }');
    await setSettings({ hoverDelayMs: 1500, theme: 'light' });
    await hover(page, 'intro', 'Claude Code');
    await sleep(HOVER_DELAY + 400);
    expect(await dialogName(cdp)).toBeNull();
    await expectCard(cdp, /^Claude Code/);
    expect(await cardBackground()).toBe('rgb(255, 255, 255)');
    // Switching the theme restyles the open card in place.
    await setSettings({ theme: 'dark' });
    await expect.poll(cardBackground).toBe('rgb(30, 32, 39)');
    expect(await dialogName(cdp)).toMatch(/^Claude Code/);
    await setSettings({ hoverDelayMs: 350, theme: 'system' });
    await page.close();
  });
});

/**
 * Firefox over WebDriver BiDi has no accessibility tree and cannot enter a closed shadow root, so
 * the card is found by its host element and by what sits under a point next to the name.
 */
describe('hover cards in Firefox ESR', () => {
  let firefox: FirefoxExtensionBrowser;
  const HOST = 'ai-industry-lens-card';

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** A fixture page in Firefox, once its mentions are painted. */
  async function openFirefoxPage(path: string): Promise<FirefoxPage> {
    const page = await firefox.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(server.url(path));
    await pollInPage(page, `[...CSS.highlights.values()].some((h) => h.size > 0)`);
    return page;
  }

  async function firefoxHover(page: FirefoxPage, id: string, text: string): Promise<Box> {
    const r = await page.evaluate(rectOfText, { id, text });
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
    return r;
  }

  const elementAt = (page: FirefoxPage, x: number, y: number) =>
    page.evaluate((x: number, y: number) => document.elementFromPoint(x, y)?.localName ?? null, x, y);

  it('shows the card on hover next to the name, closes on Escape, and ignores ordinary words', async () => {
    const page = await openFirefoxPage('/card/hover.html');
    await page.mouse.move(1190, 400);

    const text = await firefoxHover(page, 'intro', 'Claude Code');
    await pollInPage(page, `!!document.querySelector('${HOST}')`, 5_000);
    expect(await elementAt(page, text.x + 30, text.y + text.height + 30)).toBe(HOST);
    await page.keyboard.press('Escape');
    await pollInPage(page, `!document.querySelector('${HOST}')`, 5_000);

    await firefoxHover(page, 'plain', 'weather');
    await sleep(HOVER_DELAY + 600);
    expect(await page.evaluate(`!!document.querySelector('${HOST}')`)).toBe(false);
    await page.close();
  });

  it('flips above a name at the bottom edge, and lets a click on a linked name navigate', async () => {
    const page = await openFirefoxPage('/card/hover.html');

    const corner = await firefoxHover(page, 'corner-bl', 'Claude Code');
    await pollInPage(page, `!!document.querySelector('${HOST}')`, 5_000);
    expect(await elementAt(page, corner.x + 20, corner.y - 30)).toBe(HOST);
    await page.keyboard.press('Escape');
    await pollInPage(page, `!document.querySelector('${HOST}')`, 5_000);

    const link = await firefoxHover(page, 'linked', 'Sam Altman');
    await pollInPage(page, `!!document.querySelector('${HOST}')`, 5_000);
    await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
    await pollInPage(page, `location.pathname === '/card/target.html'`);
    await page.close();
  });
  it('is styled and placed on a page with a strict Content-Security-Policy', async () => {
    const page = await openFirefoxPage('/card/csp.html');
    const text = await firefoxHover(page, 'intro', 'Claude Code');
    await pollInPage(page, `!!document.querySelector('${HOST}')`, 5_000);
    // Unstyled, the card would flow after the page's body instead of floating under the name.
    expect(await elementAt(page, text.x + 30, text.y + text.height + 30)).toBe(HOST);
    await page.close();
  });
});
