/**
 * Finds the tab showing a page without the "tabs" permission. Tabs on sites the content script may run
 * on show their address (host access covers it); any other tab is asked by its content script.
 */
import type { PageMentions } from '../platform/messaging';
import { sendToTab, type Message } from '../platform/messaging';
import { normalizeUrl } from '../platform/annotations';
import type { BrowserApi } from './api';

// The request type is an empty record, which TypeScript cannot intersect with `type`; the cast says so.
const PING = { type: 'page/mentions' } as Message<'page/mentions'>;

async function addressOf(api: BrowserApi, tab: { id?: number; url?: string }): Promise<string | undefined> {
  if (tab.url) return tab.url;
  if (tab.id === undefined) return undefined;
  try {
    const answer: PageMentions | undefined = await sendToTab(tab.id, PING);
    return answer?.url;
  } catch {
    return undefined; // No content script there: not a page we could reveal anything on anyway.
  }
}

/**
 * The tab showing `url` (an annotation's page, stored normalised): both addresses are normalised the
 * same way (no fragment, no tracking parameters, query sorted), so a tab opened from a link with
 * `?utm_source=…` is the page it is, not a reason to open a duplicate.
 */
export async function findTabShowing(api: BrowserApi, url: string): Promise<{ id: number; windowId?: number } | null> {
  const wanted = normalizeUrl(url);
  for (const tab of await api.tabs.query({})) {
    const address = await addressOf(api, tab);
    if (tab.id !== undefined && address && normalizeUrl(address) === wanted) return { id: tab.id, windowId: tab.windowId };
  }
  return null;
}

/**
 * Resolves once the tab's content script answers (a page that is still loading has none yet), or
 * rejects after `timeoutMs` with what to check.
 */
export async function waitForContentScript(tabId: number, timeoutMs = 20_000, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await sendToTab(tabId, PING);
      return;
    } catch {
      if (Date.now() > deadline) {
        throw new Error(`The page in tab ${tabId} never answered: is it a page the extension may run on?`);
      }
      await new Promise((done) => setTimeout(done, intervalMs));
    }
  }
}
