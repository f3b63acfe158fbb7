/**
 * The two selection menu entries. They are rebuilt on every background start (remove all, then
 * create), which is idempotent in both browsers and survives service worker and event page restarts.
 */
import { t } from '../core/i18n';
import { sendToTab } from '../platform/messaging';
import type { BrowserApi } from './api';
import { openLookup } from './open-lookup';

export const MENU_LOOKUP = 'lens-lookup';
export const MENU_ANNOTATE = 'lens-annotate';

export async function createContextMenus(api: BrowserApi): Promise<void> {
  await api.contextMenus.removeAll();
  // "%s" is replaced by the selected text by the browser itself.
  api.contextMenus.create({ id: MENU_LOOKUP, title: t('menuLookup'), contexts: ['selection'] });
  api.contextMenus.create({ id: MENU_ANNOTATE, title: t('menuAnnotate'), contexts: ['selection'] });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

export async function onMenuClicked(
  api: BrowserApi,
  info: MenuClick,
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId === MENU_LOOKUP && info.selectionText) {
    await openLookup(api, info.selectionText);
  } else if (info.menuItemId === MENU_ANNOTATE && tab?.id !== undefined) {
    // The frame that holds the selection, not always the top one.
    await sendToTab(tab.id, { type: 'page/annotate' }, info.frameId ?? 0).catch(() => undefined);
  }
}
