/**
 * Page-aware detection in real Chromium with the built extension: a feed that turns to AI after load
 * lights its earlier ambiguous names, and the "highlight names on every page" setting takes effect in
 * an open tab at once, from the options page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { click, waitForNode } from './support/ax';
import { useExtensionBrowser } from './support/session';

declare const chrome: {
  storage: {
    local: { set(items: object): Promise<void>; remove(key: string): Promise<void> };
    sync: { remove(key: string): Promise<void> };
  };
};

const FEED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Community feed</title></head>
<body><h1>Community feed</h1><main id="feed">
<article><p>Weekend plans: a market, then OpenAI was on the radio.</p></article>
<article><p>Cursor</p></article>
<article><p>Windsurf?</p></article>
</main></body></html>`;

const AI_POSTS = [
  'OpenAI shipped a new Codex release for teams.',
  'Anthropic answered with Claude Code in the browser.',
  'Sam Altman said the race is on; Claude Code leads for now.',
  'GitHub Copilot added an agent mode.',
];

const QUIET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jam, three ways</title></head>
<body><h1>Jam, three ways</h1><p id="jam">Zephyrcorp says jam sales peak in June.</p>
<p>Cursor</p><p id="sentinel">Unrelated: OpenAI was on the radio.</p></body></html>`;

/** A person's dataset with one peripheral company (the bundled one may not mark any on this branch). */
const PERIPHERAL_DATASET = {
  version: '2026-12-01',
  contextTerms: [],
  sources: [{ id: 'my-notes', title: 'My notes', publisher: 'Me' }],
  entities: [
    {
      id: 'zephyrcorp',
      type: 'company',
      name: 'Zephyrcorp',
      aliases: [{ text: 'Zephyrcorp' }],
      summary: 'A large company at the edge of the race, in my notes.',
      facts: [{ id: 'zephyrcorp-f1', text: 'Named in my notes.', sources: ['my-notes'] }],
      related: [],
      peripheral: true,
    },
  ],
};

const NOT_THIS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agents</title></head>
<body style="font: 20px/1.6 sans-serif; margin: 40px"><p>OpenAI shipped. Anthropic answered with Claude Code. Sam Altman and OpenAI agreed.</p>
<p id="bare">Cursor</p><p>Windsurf</p></body></html>`;

const session = useExtensionBrowser({
  '/page-aware/feed.html': FEED,
  '/page-aware/quiet.html': QUIET,
  '/page-aware/not-this.html': NOT_THIS,
});

/** The texts the lens paints, in no particular order. */
function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ail-') || name === 'ail-flash') continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    }
    return out.sort();
  });
}

/**
 * Per .case of a fixture page: what it expects and what is painted in it (sorted, spaces dropped: a
 * range over "Sam<br>Altman" reads "SamAltman", as a <br> holds no text).
 */
function caseResults(page: Page): Promise<{ expect: string[]; found: string[] }[]> {
  return page.evaluate(() => {
    const norm = (t: string) => t.replace(/[\s\u00a0]+/g, '');
    const cases = [...document.querySelectorAll('.case')];
    const found: string[][] = cases.map(() => []);
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ail-') || name === 'ail-flash') continue;
      for (const r of highlight) {
        const owner = (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement) as Element;
        const index = cases.indexOf(owner.closest('.case')!);
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (index >= 0) found[index].push(norm(range.toString()));
      }
    }
    return cases.map((c, i) => ({
      expect: (c.getAttribute('data-expect') ?? '').split('|').filter(Boolean).map(norm).sort(),
      found: found[i].sort(),
    }));
  });
}

/** The hard pages about AI (the quiet ones need the dataset's peripheral marks, checked in unit tests). */
const HARD_AI_PAGES = ['bylines', 'caps', 'code', 'models', 'split', 'table', 'thread'];

describe('page-aware detection in Chromium', () => {
  it.each(HARD_AI_PAGES)('paints every case of the hard page %s.html as expected', async (name) => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url(`/detection/hard/${name}.html`));
    const wrong = async () => (await caseResults(page)).filter((c) => c.found.join('|') !== c.expect.join('|'));
    await expect.poll(wrong, { timeout: 10_000 }).toEqual([]);
    await page.close();
  });

  it('lights the earlier ambiguous names once the feed turns to AI', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/page-aware/feed.html'));
    // One AI name on a page about something else: it counts, the bare "Cursor" and "Windsurf" do not.
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual(['OpenAI']);
    await new Promise((done) => setTimeout(done, 500));
    expect(await paintedTexts(page)).toEqual(['OpenAI']);

    // The feed loads more posts, a few at a time, as infinite scroll does.
    for (const text of AI_POSTS) {
      await page.evaluate((t) => {
        const article = document.createElement('article');
        article.append(Object.assign(document.createElement('p'), { textContent: t }));
        document.getElementById('feed')!.append(article);
      }, text);
      await new Promise((done) => setTimeout(done, 60));
    }
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining(['Cursor', 'Windsurf', 'Codex', 'Claude Code', 'Sam Altman', 'GitHub Copilot']),
    );
    await page.close();
  });

  it('applies "highlight names on every page" to an open tab at once, and takes it back', async () => {
    await session.browser.worker.evaluate(
      (record) => chrome.storage.local.set({ userDataset: record }),
      { fileName: 'mine.json', importedAt: new Date().toISOString(), dataset: PERIPHERAL_DATASET },
    );
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/page-aware/quiet.html'));
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual(['OpenAI']);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

    const options = await session.browser.newPage();
    await options.goto(session.browser.extensionUrl('options.html'));
    const everywhere = options.getByRole('switch', { name: 'Highlight names on every page, not only pages about AI' });
    await expect.poll(() => everywhere.isChecked(), { timeout: 10_000 }).toBe(false);
    await everywhere.click();
    // The peripheral company now shows; the bare ambiguous name still needs evidence.
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual(['OpenAI', 'Zephyrcorp']);
    await everywhere.click();
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toEqual(['OpenAI']);
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
    await options.close();
    await page.close();
    await session.browser.worker.evaluate(() => chrome.storage.local.remove('userDataset'));
  });

  it('"Not this" on the card stops the name on the site at once', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/page-aware/not-this.html'));
    await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).toContain('Cursor');
    const cdp = await page.context().newCDPSession(page);
    const r = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('bare')!.firstChild!);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(r.x, r.y, { steps: 4 });
    await waitForNode(cdp, 'dialog', /^Cursor/);
    await click({ page, cdp }, await waitForNode(cdp, 'button', 'Not this'));
    // Exactly the other names, each painted once: the card's own host added to the page made the
    // body be read again, and no range of the earlier reading may stay painted.
    await expect
      .poll(() => paintedTexts(page), { timeout: 10_000 })
      .toEqual(['Anthropic', 'Claude Code', 'OpenAI', 'OpenAI', 'Sam Altman', 'Windsurf']);
    await page.close();
    await session.browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
  });
});
