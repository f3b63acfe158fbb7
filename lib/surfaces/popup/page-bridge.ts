/**
 * The popup's line to the page it was opened over: which entities the page mentions, and "show me the
 * next one". An interface, so the popup's states are tested with a stub instead of a browser.
 */
import { browser } from 'wxt/browser';
import { sendToTab, type Message, type PageMentions } from '../../platform/messaging';

// The request of 'page/mentions' has no fields; the cast spells that for Protocol's Record<string, never>.
const MENTIONS_REQUEST = { type: 'page/mentions' } as Message<'page/mentions'>;

export type PageState =
  | { status: 'loading' }
  /** No page behind the popup: it was opened as a tab of its own, or there is no active tab. */
  | { status: 'no-page' }
  /** The tab has no content script: a browser page, the web store, a page still loading. */
  | { status: 'unreachable' }
  | { status: 'ready'; page: PageMentions };

export interface RevealResult {
  index: number;
  count: number;
}

export interface PageBridge {
  load(): Promise<PageState>;
  reveal(entityId: string): Promise<RevealResult | null>;
}

/**
 * The tab to read: `tabOverride` when given (`popup.html?tab=<id>`), else the active tab of the
 * current window, unless that tab is the popup page itself. No "tabs" permission is needed: only ids
 * are read, never addresses.
 */
async function targetTab(tabOverride?: number): Promise<number | null> {
  if (tabOverride !== undefined) return tabOverride;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return null;
  // getCurrent() is undefined in a real popup and the page's own tab when opened as a tab.
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (own?.id === active.id) return null;
  return active.id;
}

export function createBrowserPageBridge(tabOverride?: number): PageBridge {
  let tabId: Promise<number | null> | undefined;
  const tab = () => (tabId ??= targetTab(tabOverride).catch(() => null));
  return {
    async load() {
      const id = await tab();
      if (id === null) return { status: 'no-page' };
      try {
        const page = await sendToTab(id, MENTIONS_REQUEST);
        // An old content script of a reloaded extension answers nothing useful.
        if (!page || !Array.isArray(page.entities)) return { status: 'unreachable' };
        return { status: 'ready', page };
      } catch {
        return { status: 'unreachable' };
      }
    },
    async reveal(entityId) {
      const id = await tab();
      if (id === null) return null;
      try {
        const answer = await sendToTab(id, { type: 'page/reveal', entityId });
        // The name is only in one of the page's iframes: that frame scrolls to it.
        if (answer?.frameId !== undefined) return await sendToTab(id, { type: 'page/reveal', entityId }, answer.frameId);
        return answer;
      } catch {
        return null;
      }
    },
  };
}
