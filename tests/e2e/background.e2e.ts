/**
 * The background's openers in real Chromium, asked as the side panel and the card ask: an annotation
 * link opens (or focuses) its page and reaches its content script; an entity opens in the side panel
 * (the fallback to a tab is unit-tested). The toolbar badge shows a page's mention count and clears
 * when paused. No "tabs" permission is involved.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/session';
import { setSettings } from './support/chromium';

// The code below runs in extension contexts, where `chrome` exists; Node's types do not know it.
declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<{ url: string; total: number } | undefined>;
  };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  contextMenus: { update(id: string, props: Record<string, unknown>): Promise<void> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
  };
};


const session = useExtensionBrowser();

describe('opening pages for other surfaces', () => {
  it('opens an annotation’s page in a new tab when no tab shows it', async () => {
    const article = session.server.url('/release/article.html');
    const sender = await session.browser.newPage();
    await sender.goto(session.browser.extensionUrl('options.html'));
    const opened = session.browser.context.waitForEvent('page', { predicate: (p) => p.url() === article });
    const answer = sender.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'ui/open-annotation', url, annotationId: 'urn:uuid:none' }),
      article,
    );
    const page = await opened;
    // The background waited for the content script and asked it; there is no such note, so it answers.
    await expect(answer).resolves.toBeNull();
    expect(await page.title()).toBe('Release fixture: the coding agent race');
    await page.close();
    await sender.close();
  });

  it('focuses the tab already showing the page instead of opening another', async () => {
    const article = session.server.url('/release/article.html#section');
    const existing = await session.browser.newPage();
    await existing.goto(session.server.url('/release/article.html'));
    const sender = await session.browser.newPage();
    await sender.goto(session.browser.extensionUrl('options.html'));
    const before = session.browser.context.pages().length;
    await sender.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'ui/open-annotation', url, annotationId: 'urn:uuid:none' }),
      article,
    );
    expect(session.browser.context.pages().length).toBe(before);
    expect(await existing.evaluate(() => document.visibilityState)).toBe('visible');
    await existing.close();
    await sender.close();
  });

  it('opens an entity in the side panel when asked from a click', async () => {
    const sender = await session.browser.newPage();
    await sender.goto(session.browser.extensionUrl('options.html'));
    // Playwright evaluates with a user gesture, which the message carries to the background.
    await sender.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/open-entity', entityId: 'claude-code' }));
    const panels = () =>
      session.browser.worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl),
      );
    await expect.poll(panels).toEqual([session.browser.extensionUrl('sidepanel.html#entity=claude-code')]);
    await sender.close();
  });
});

describe('the toolbar badge', () => {
  /** The tab showing `url` and its content script's mention total, found by asking (no "tabs" permission). */
  const mentionsOf = (url: string) =>
    session.browser.worker.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        try {
          const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'page/mentions' }, { frameId: 0 });
          if (answer?.url === url) return { tabId: tab.id!, total: answer.total };
        } catch {
          // No content script in that tab.
        }
      }
      return null;
    }, url);
  const badgeOf = (tabId: number) => session.browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  const setPaused = (paused: boolean) => setSettings(session.browser, { paused });

  /** Opens `url` in a new tab, once its content script has found at least 5 names and the badge says so. */
  async function openWithBadge(url: string) {
    const page = await session.browser.newPage();
    await page.goto(url);
    let found: { tabId: number; total: number } | null = null;
    await expect.poll(async () => (found = await mentionsOf(url))?.total ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    const { tabId, total } = found!;
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(String(total));
    return { page, tabId, total };
  }

  it('shows the page’s mention count, and clears when paused', async () => {
    const article = session.server.url('/release/article.html');
    const { page, tabId, total } = await openWithBadge(article);
    try {
      await setPaused(true);
      await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('');
      expect((await mentionsOf(article))?.total).toBe(0);
    } finally {
      await setPaused(false);
    }
    // Resumed: the count comes back without a reload.
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(String(total));
    await page.close();
  });

  it('clears when the tab goes on to a page with no name, and counts again when it comes back', async () => {
    const article = session.server.url('/release/article.html');
    const quiet = session.server.url('/card/late-name.html');
    const { page, tabId, total } = await openWithBadge(article);
    // A page with no name says nothing to the background: the browser clears the tab's badge itself.
    await page.goto(quiet);
    await expect.poll(async () => (await mentionsOf(quiet))?.total ?? -1, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('');
    // Back: the count is shown again. (Chromium here loads the page again rather than restoring it from
    // the back-forward cache; a restore, which keeps the script's state, is unit-tested in connect.test.ts.)
    await page.goBack();
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(String(total));
    await page.close();
  });
});

describe('browser conventions', () => {
  it('has both selection menu entries', async () => {
    // update() rejects for an id that was never created.
    const exists = (id: string) =>
      session.browser.worker.evaluate((id) => chrome.contextMenus.update(id, {}).then(() => true, () => false), id);
    await expect.poll(() => exists('lens-lookup')).toBe(true);
    expect(await exists('lens-annotate')).toBe(true);
    expect(await exists('no-such-entry')).toBe(false);
  });

  it('declares the keyboard commands with their shortcuts and localized descriptions', async () => {
    const commands = await session.browser.worker.evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
    expect(byName['toggle-highlights']).toMatchObject({ shortcut: 'Alt+Shift+H', description: 'Toggle highlights on this page' });
    expect(byName['annotate']).toMatchObject({ shortcut: 'Alt+Shift+U', description: 'Annotate the selection' });
    expect(byName['open-card']?.shortcut).toBe('Alt+Shift+K');
    expect(byName['_execute_action']?.shortcut).toBe('Alt+Shift+L');
  });
});
