/**
 * The background's jobs: the toolbar badge, keyboard commands and context menus. It holds no state
 * of its own beyond what the browser keeps for it (MV3 service workers stop when idle).
 */
import { browser } from 'wxt/browser';
import { handleMessages } from '../messaging';

export function startBackground(): void {
  handleMessages({
    'badge/count': ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
    },
  });
}
