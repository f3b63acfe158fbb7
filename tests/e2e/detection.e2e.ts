/**
 * Detection in real Chromium (and Firefox, at the end) with the built extension: what the fixture pages must and must not
 * yield, read back from the page's CSS highlight registry (shared by the page and the content script).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, messageTab, setSettings as setSettingsIn } from './support/chromium';
import type { PageMentions } from '../../lib/platform/messaging';
import { FIREFOX_E2E_BUILD, launchFirefoxWithExtension, pollInPage, type FirefoxExtensionBrowser } from './support/firefox';
import { useExtensionBrowser } from './support/session';

// The service worker's global, as far as these tests use it.
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  windows: { create(options: { url: string }): Promise<{ id?: number }> };
  tabs: {
    query(filter: object): Promise<{ id?: number; windowId?: number }[]>;
    sendMessage(tabId: number, message: object, options: object): Promise<{ url?: string; total?: number } | undefined>;
  };
};


/** A page whose first script (in its <head>) notes the sheets adopted before it ran. */
const EARLY_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Early</title><script>
  window.earlySheets = [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join(' '));
</script></head><body><p>OpenAI and Anthropic ship Claude and ChatGPT.</p></body></html>`;

/** A page that keeps every message posted to its window, from its first script on. */
const LISTENING_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Listening</title><script>
  window.heard = [];
  addEventListener('message', (event) => { try { window.heard.push(JSON.stringify(event.data)); } catch { window.heard.push(String(event.data)); } });
</script></head><body><p>OpenAI and Anthropic ship Claude and ChatGPT.</p></body></html>`;

const session = useExtensionBrowser({
  '/detection/hostile.html': hostilePage(),
  '/detection/early.html': EARLY_PAGE,
  '/detection/listening.html': LISTENING_PAGE,
});

interface Painted {
  /** Per .case (by index): the painted texts in document order. */
  cases: { expect: string[]; found: string[] }[];
  outside: string[];
  names: string[];
}

/** The detection's own highlights (other features, such as annotations, add their own names). */
const TYPE_HIGHLIGHTS = ['person', 'company', 'product', 'model', 'team', 'event', 'deal', 'concept'].map((t) => `ail-${t}`);

/** Reads the lens's highlights from the page: which text each paints, grouped by fixture case. */
function readHighlights(frame: Page | Frame): Promise<Painted> {
  return frame.evaluate((ours) => {
    const norm = (t: string) => t.replace(/[\u00ad\u200b-\u200d]/g, '').replace(/[\s\u00a0]+/g, ' ');
    const cases = [...document.querySelectorAll('.case')];
    const caseOf = (node: Node | null): number => {
      for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
        if (n.nodeType === 1 && (n as Element).classList.contains('case')) return cases.indexOf(n as Element);
      }
      return -1;
    };
    const ranges: AbstractRange[] = [];
    const names: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!ours.includes(name)) continue;
      names.push(name);
      for (const r of highlight) ranges.push(r as AbstractRange);
    }
    const found: string[][] = cases.map(() => []);
    const outside: string[] = [];
    const byCase = new Map<number, Range[]>();
    for (const r of ranges) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const index = caseOf(r.startContainer);
      if (index < 0) outside.push(norm(live.toString()));
      else byCase.set(index, [...(byCase.get(index) ?? []), live]);
    }
    for (const [index, list] of byCase) {
      list.sort((a, b) => {
        try {
          return a.compareBoundaryPoints(Range.START_TO_START, b);
        } catch {
          // Ranges in different trees cannot be compared: the shallower shadow tree comes first.
          const depth = (n: Node) => {
            let d = 0;
            for (let r = n.getRootNode(); r !== document && (r as ShadowRoot).host; r = (r as ShadowRoot).host.getRootNode()) d++;
            return d;
          };
          return depth(a.startContainer) - depth(b.startContainer);
        }
      });
      found[index] = list.map((r) => norm(r.toString()));
    }
    return {
      cases: cases.map((c, i) => ({
        expect: (c.getAttribute('data-expect') ?? '').split('|').filter(Boolean),
        found: found[i],
      })),
      outside,
      names: names.sort(),
    };
  }, TYPE_HIGHLIGHTS);
}

const mismatches = (painted: Painted) =>
  painted.cases.filter((c) => c.found.join('|') !== c.expect.join('|'));

async function open(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(path));
  return page;
}

describe('detection in Chromium', () => {
  it('paints every mention on the positive page, one highlight per entity type', async () => {
    const page = await open('/detection/positives.html');
    await expect.poll(async () => mismatches(await readHighlights(page)), { timeout: 10_000 }).toEqual([]);
    const painted = await readHighlights(page);
    expect(painted.outside).toEqual([]);
    expect(painted.names).toEqual(
      expect.arrayContaining(['ail-company', 'ail-concept', 'ail-model', 'ail-person', 'ail-product']),
    );
    // The page's own stylesheets are untouched: the rules come through adoptedStyleSheets.
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
    const adopted = await page.evaluate(() =>
      document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(ail-product)'))),
    );
    expect(adopted).toBe(true);
    await page.close();
  });

  it('paints nothing on the trap page', async () => {
    const page = await open('/detection/traps.html');
    // The sentinel after the last case is found once the scan has passed every trap.
    await expect.poll(async () => (await readHighlights(page)).outside, { timeout: 10_000 }).toEqual(['Anthropic']);
    const painted = await readHighlights(page);
    expect(painted.cases.filter((c) => c.found.length > 0)).toEqual([]);
    expect(painted.cases.length).toBeGreaterThan(20);
    await page.close();
  });

  it('finds mentions inside an iframe (the content script runs in every frame)', async () => {
    const page = await open('/detection/framed.html');
    const frame = page.frames().find((f) => f.url().endsWith('frame-inner.html'))!;
    await expect.poll(async () => mismatches(await readHighlights(page)), { timeout: 10_000 }).toEqual([]);
    await expect.poll(async () => mismatches(await readHighlights(frame)), { timeout: 10_000 }).toEqual([]);
    // The top frame answers the popup for its iframes too, and sends a reveal to the frame that has it.
    const url = session.server.url('/detection/framed.html');
    type Summary = { total: number; entities: { entityId: string; count: number }[] };
    const counts = async () => {
      const summary = await messageTab<Summary>(session.browser, url, { type: 'page/mentions' });
      return Object.fromEntries(summary.entities.map((e) => [e.entityId, e.count]));
    };
    await expect.poll(counts, { timeout: 10_000 }).toEqual({ openai: 1, anthropic: 1, 'claude-code': 1 });
    const reveal = await messageTab<{ frameId?: number; count: number }>(session.browser, url, {
      type: 'page/reveal',
      entityId: 'claude-code',
    });
    expect(reveal.count).toBe(0);
    expect(reveal.frameId).toBeGreaterThan(0);
    await page.close();
  });

  it('finds mentions inside sandboxed iframes, with or without their scripts allowed', async () => {
    const page = await open('/detection/sandboxed.html');
    const frames = page.frames().filter((f) => f.url().endsWith('frame-inner.html'));
    expect(frames).toHaveLength(2);
    await expect.poll(async () => mismatches(await readHighlights(page)), { timeout: 10_000 }).toEqual([]);
    for (const frame of frames) {
      await expect.poll(async () => mismatches(await readHighlights(frame)), { timeout: 10_000 }).toEqual([]);
    }
    await page.close();
  });

  it('works on a localhost address, in several tabs and windows at once', async () => {
    const url = session.server.url('/detection/positives.html').replace('127.0.0.1', 'localhost');
    const tabs = [await session.browser.newPage(), await session.browser.newPage()];
    await Promise.all(tabs.map((tab) => tab.goto(url)));
    await session.browser.worker.evaluate((u) => chrome.windows.create({ url: u }), url);
    // Every tab showing the page, in both windows, answers with the same mentions.
    const answers = () =>
      session.browser.worker.evaluate(async (u) => {
        const found: { windowId?: number; total?: number }[] = [];
        for (const tab of await chrome.tabs.query({})) {
          const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'page/mentions' }, { frameId: 0 }).catch(() => undefined);
          if (answer?.url === u) found.push({ windowId: tab.windowId, total: answer.total });
        }
        return found;
      }, url);
    await expect
      .poll(async () => {
        const found = await answers();
        return { tabs: found.length, windows: new Set(found.map((f) => f.windowId)).size, totals: new Set(found.map((f) => f.total)).size, allFound: found.every((f) => (f.total ?? 0) > 20) };
      }, { timeout: 15_000 })
      .toEqual({ tabs: 3, windows: 2, totals: 1, allFound: true });
    for (const tab of tabs) await tab.close();
  });

  it('tells the popup what the page mentions and reveals each mention in turn', async () => {
    const url = session.server.url('/detection/positives.html');
    const page = await open('/detection/positives.html');
    await expect.poll(async () => mismatches(await readHighlights(page)), { timeout: 10_000 }).toEqual([]);
    const summary = await messageTab<{ total: number; active: boolean; entities: { entityId: string; count: number }[] }>(
      session.browser,
      url,
      { type: 'page/mentions' },
    );
    expect(summary.active).toBe(true);
    expect(summary.entities.find((e) => e.entityId === 'claude-code')?.count).toBe(8);
    expect(summary.total).toBe(summary.entities.reduce((sum, e) => sum + e.count, 0));

    const first = await messageTab<{ index: number; count: number }>(session.browser, url, {
      type: 'page/reveal',
      entityId: 'anthropic',
    });
    expect(first).toEqual({ index: 0, count: 4 });
    expect(await page.evaluate(() => CSS.highlights.has('ail-flash'))).toBe(true);
    const second = await messageTab<{ index: number; count: number }>(session.browser, url, {
      type: 'page/reveal',
      entityId: 'anthropic',
    });
    expect(second).toEqual({ index: 1, count: 4 });
    // The fourth Anthropic is in the Arabic line near the end: the page scrolled there.
    await messageTab(session.browser, url, { type: 'page/reveal', entityId: 'anthropic' });
    await messageTab(session.browser, url, { type: 'page/reveal', entityId: 'anthropic' });
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(100);
    await page.close();
  });

  it('follows a page that changes: added, edited, removed and newly editable text', async () => {
    const page = await open('/detection/dynamic.html');
    const texts = async () => {
      const painted = await page.evaluate((ours) => {
        const out: string[] = [];
        for (const [name, h] of CSS.highlights) {
          if (!ours.includes(name)) continue;
          for (const r of h) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            out.push(range.toString());
          }
        }
        return out.sort();
      }, TYPE_HIGHLIGHTS);
      return painted;
    };
    await expect.poll(texts, { timeout: 10_000 }).toEqual(['Anthropic', 'OpenAI']);

    // A ticking clock keeps mutating; it must not disturb anything.
    await page.evaluate(() => {
      let n = 0;
      setInterval(() => (document.getElementById('clock')!.textContent = `00:00:${String(n++ % 60).padStart(2, '0')}`), 50);
    });
    // Infinite scroll: new items with new names.
    await page.evaluate(() => {
      const feed = document.getElementById('feed')!;
      for (let i = 0; i < 3; i++) {
        const item = document.createElement('article');
        item.innerHTML = `<p>Item ${i}: <b>Claude</b> Code and ChatGPT.</p>`;
        feed.append(item);
      }
    });
    await expect.poll(texts, { timeout: 10_000 }).toEqual([
      'Anthropic', 'ChatGPT', 'ChatGPT', 'ChatGPT', 'Claude Code', 'Claude Code', 'Claude Code', 'OpenAI',
    ]);
    // Text edited in place, text removed, a region made editable later.
    await page.evaluate(() => {
      document.getElementById('first')!.firstChild!.textContent = 'Microsoft opened the feed.';
      document.querySelector('#feed article')!.remove();
      document.getElementById('editor')!.setAttribute('contenteditable', 'true');
    });
    await expect.poll(texts, { timeout: 10_000 }).toEqual(['ChatGPT', 'ChatGPT', 'Claude Code', 'Claude Code', 'Microsoft']);
    await page.close();
  });

  it('honours the pause, the per-site switch and the toggle command live', async () => {
    const url = session.server.url('/detection/dynamic.html');
    const page = await open('/detection/dynamic.html');
    const count = () => page.evaluate((ours) => [...CSS.highlights.keys()].filter((k) => ours.includes(k)).length, TYPE_HIGHLIGHTS);
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(0);

    await messageTab(session.browser, url, { type: 'page/toggle-highlights' });
    await expect.poll(count, { timeout: 5_000 }).toBe(0);
    await messageTab(session.browser, url, { type: 'page/toggle-highlights' });
    await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(0);

    const setSettings = (patch: object) => setSettingsIn(session.browser, patch);
    await setSettings({ paused: true });
    await expect.poll(count, { timeout: 5_000 }).toBe(0);
    await setSettings({ paused: false });
    await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(0);
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(count, { timeout: 5_000 }).toBe(0);
    await setSettings({ disabledSites: [] });
    await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(0);
    await setSettings({ highlightStyle: 'none' });
    await expect.poll(count, { timeout: 5_000 }).toBe(0);
    // Detection goes on with nothing painted, so cards and the popup still work.
    const summary = await messageTab<{ total: number }>(session.browser, url, { type: 'page/mentions' });
    expect(summary.total).toBe(2);
    await setSettings({ highlightStyle: 'underline' });
    await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it("posts nothing to the page's window: no message names the extension or says it started", async () => {
    const page = await session.browser.newPage();
    const url = session.server.url('/detection/listening.html');
    await page.goto(url);
    // The content script has started and scanned (it answers the popup's question, and painted).
    await expect.poll(() => messageTab<PageMentions>(session.browser, url, { type: 'page/mentions' }).then((m) => m.total).catch(() => -1)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('ail-company')?.size ?? 0)).toBe(2);
    // Before, WXT's start-up announced itself to the page: a message whose type held the extension's id
    // ("<id>:content:wxt:content-script-started"), which use_dynamic_url exists to keep from sites.
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((m) => m.includes(session.browser.extensionId) || /wxt|content-script/i.test(m))).toEqual([]);
    expect(heard).toEqual([]);
    await page.close();
  });

  it('has the highlight rules in place before the first script of the page, and paints with that one sheet', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/detection/early.html'));
    const early = await page.evaluate(() => (window as unknown as { earlySheets: string[] }).earlySheets);
    expect(early).toHaveLength(1);
    expect(early[0]).toContain('::highlight(ail-company)');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('ail-company')?.size ?? 0)).toBe(2);
    // The painter took the early sheet over rather than adding a second one.
    const lensSheets = () =>
      page.evaluate(() => [...document.adoptedStyleSheets].filter((s) => [...s.cssRules].some((r) => r.cssText.includes('ail-'))).length);
    expect(await lensSheets()).toBe(1);
    await page.close();
    // It runs in every frame before anything else: it holds the rules and the key guard and nothing else
    // (no browser API wrapper, no dataset, no i18n; one import of the dataset's index once made it 97 KB).
    const earlySize = statSync(join(CHROME_BUILD, 'early.js')).size;
    expect(earlySize).toBeLessThan(8 * 1024);
    expect(readFileSync(join(CHROME_BUILD, 'early.js'), 'utf8')).not.toMatch(/webextension-polyfill|runtime\.getURL|i18n\.getMessage/);
    // In Chrome the content script is a small loader; its code is the module it imports
    // (content-scripts/lens.js), compiled off the page's main thread. That module leaves the Markdown
    // parser to its own chunk, loaded with the first note shown (markdown-it's rules and linkify's
    // patterns are not in it; the chunk has them).
    const loader = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'), 'utf8');
    const content = readFileSync(join(CHROME_BUILD, 'content-scripts/lens.js'), 'utf8');
    const chunk = readFileSync(join(CHROME_BUILD, 'content-scripts/markdown.js'), 'utf8');
    expect(loader.length).toBeLessThan(24 * 1024);
    expect(loader).toContain('content-scripts/lens.js');
    expect(loader).not.toContain('"factsUpTo"');
    for (const marker of ['markdown-it', 'linkify', 'strikethrough']) {
      expect(content, marker).not.toContain(marker);
      expect(chunk, marker).toContain(marker);
    }
    // The dataset and the matcher snapshot are single-quoted strings, not the template literals the
    // minifier writes (V8 compiles those far more slowly): scripts/quoted-strings-plugin.ts.
    expect(content).toMatch(/'\{"version":/);
    expect(content).toMatch(/'\{"rules":/);
    expect(content).not.toMatch(/`\{"(version|rules)":/);
    // The module is compiled whole off the main thread (V8's compile hint on its first line), the
    // loader lazily (a classic script, compiled on the main thread): scripts/compile-hints-plugin.ts.
    expect(content.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(loader).not.toContain('allFunctionsCalledOnLoad');
    // Built outside WXT, the module gets WXT's build-time constants all the same (none left unreplaced).
    expect(content).not.toContain('import.meta.env');
    expect(content).not.toContain('undefined.css');
    // Firefox keeps the code in its content script: no loader, no module to import.
    const firefox = readFileSync(join(FIREFOX_E2E_BUILD, 'content-scripts/content.js'), 'utf8');
    expect(firefox).toMatch(/'\{"version":/);
    expect(existsSync(join(FIREFOX_E2E_BUILD, 'content-scripts/lens.js'))).toBe(false);
  });

  it('keeps working on a hostile page and never throws into it', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const url = session.server.url('/detection/hostile.html');
    await page.goto(url);
    // Found: the name 2,000 elements deep and the sentinel after the 1 MB paragraph (companies), and
    // one name in each of the thousand shadow roots.
    const found = async () => {
      const summary = await messageTab<PageMentions>(session.browser, url, { type: 'page/mentions' }).catch(() => null);
      return Object.fromEntries((summary?.entities ?? []).map((e) => [e.entityId, e.count]));
    };
    await expect.poll(found, { timeout: 20_000 }).toEqual({ openai: 1, anthropic: 1, chatgpt: 1000 });
    // Painted: only what is on or near the screen is registered; the sentinel, far below, once there.
    const sentinel = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('ail-company');
        if (!highlight) return false;
        for (const r of highlight) if (r.startContainer.parentElement?.id === 'sentinel') return true;
        return false;
      });
    expect(await sentinel()).toBe(false);
    // No arguments and no arrays here: the page broke Array.prototype.push for everyone in its world.
    await page.evaluate(() => document.getElementById('sentinel')!.scrollIntoView());
    await expect.poll(sentinel, { timeout: 10_000 }).toBe(true);
    // Among the shadow roots just above the sentinel: those near the screen are painted, not all 1000.
    const products = () => page.evaluate(() => CSS.highlights.get('ail-product')?.size ?? 0);
    await expect.poll(products, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await products()).toBeLessThan(1000);
    expect(errors.filter((e) => !e.includes('page-own-error'))).toEqual([]);
    await page.close();
  });
});

/**
 * Firefox ESR over WebDriver BiDi, with the e2e build (`wxt build -b firefox --mv3 --mode e2e`).
 */
let firefox: FirefoxExtensionBrowser;


/** Per .case, the painted texts joined by "|", or "" for none; as one string the page can build. */
const PAINTED_BY_CASE = `(() => {
  const ours = ['person','company','product','model','team','event','deal','concept'].map((t) => 'ail-' + t);
  const cases = [...document.querySelectorAll('.case')];
  const found = cases.map(() => []);
  for (const name of ours) {
    const h = CSS.highlights.get(name);
    if (!h) continue;
    for (const r of h) {
      let n = r.startContainer;
      while (n && !(n.nodeType === 1 && n.classList.contains('case'))) n = n.parentNode || n.host || null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (n) found[cases.indexOf(n)].push([range, range.toString().replace(/\\u00ad/g, '').replace(/[\\s\\u00a0]+/g, ' ')]);
    }
  }
  return cases.map((c, i) => {
    // Ranges in different trees cannot be compared: the shallower shadow tree comes first.
    const depth = (n) => { let d = 0; for (let r = n.getRootNode(); r !== document && r.host; r = r.host.getRootNode()) d++; return d; };
    const list = found[i].sort((a, b) => { try { return a[0].compareBoundaryPoints(Range.START_TO_START, b[0]); } catch { return depth(a[0].startContainer) - depth(b[0].startContainer); } });
    return JSON.stringify([c.getAttribute('data-expect'), list.map((x) => x[1]).join('|')]);
  });
})()`;

describe('detection in Firefox', () => {
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('paints what the positive page names and nothing on the trap page', async () => {
    const page = await firefox.newPage();
    // The Chromium tests' window size: the lens paints what is on or near the screen (a screen above and
    // below), which is then each fixture page whole, so what is checked is everything painted.
    await page.setViewport({ width: 1200, height: 800 });
    expect(await page.evaluate(() => window.innerHeight)).toBe(800);
    await page.goto(session.server.url('/detection/positives.html'));
    await pollInPage(page, `${PAINTED_BY_CASE}.every((c) => { const [e, f] = JSON.parse(c); return e === f; })`);
    await page.goto(session.server.url('/detection/traps.html'));
    await pollInPage(page, `!!CSS.highlights.get('ail-company')`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1600);
    const cases = (await page.evaluate(PAINTED_BY_CASE)) as string[];
    expect(cases.map((c) => JSON.parse(c)).filter(([, found]) => found !== '')).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
    // Nothing posted to the page's window: in Firefox too, WXT's start-up message held the add-on's id.
    await page.goto(session.server.url('/detection/listening.html'));
    await pollInPage(page, `CSS.highlights.get('ail-company')?.size === 2`);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
  });
});

/** Deep nesting, a 1 MB text node, a thousand shadow roots, redefined built-ins, throwing handlers. */
function hostilePage(): string {
  const deep = '<span>'.repeat(2000) + 'Deep inside: OpenAI.' + '</span>'.repeat(2000);
  const big = 'lorem ipsum dolor sit amet '.repeat(40_000);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title></head><body>
<script>
  Array.prototype.push = function () { throw new Error('page-own-error push'); };
  window.addEventListener('message', () => { throw new Error('page-own-error message'); });
  document.addEventListener('mousemove', () => { throw new Error('page-own-error move'); });
  Object.defineProperty(window, 'requestIdleCallback', { value: undefined });
</script>
<div>${deep}</div>
<p>${big}</p>
<div id="hosts"></div>
<script>
  const hosts = document.getElementById('hosts');
  for (let i = 0; i < 1000; i++) {
    const host = document.createElement('div');
    hosts.appendChild(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>shadow ' + i + ' ChatGPT</span>';
  }
  window.postMessage({ type: 'page/reveal', entityId: 'openai' }, '*');
</script>
<p>مرحبا بالعالم 你好世界 שלום</p>
<p id="sentinel">Anthropic</p>
</body></html>`;
}
