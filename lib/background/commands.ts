/**
 * Keyboard commands (the popup's own shortcut is `_execute_action`, handled by the browser). The others
 * go to the content script of the active tab, every frame, so an iframe with the selection hears it too.
 */
import { broadcastToTab, PAGE_COMMANDS, type PageCommand } from '../platform/messaging';
import type { BrowserApi } from './api';

export function isPageCommand(command: string): command is PageCommand {
  return Object.hasOwn(PAGE_COMMANDS, command);
}

export async function onCommand(api: BrowserApi, command: string, tab?: { id?: number }): Promise<boolean> {
  if (!isPageCommand(command)) return false;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  try {
    const answer = await broadcastToTab(tabId, { type: PAGE_COMMANDS[command] });
    return answer?.ok ?? false;
  } catch {
    return false; // A page the extension may not run on (browser pages, the store): nothing to do.
  }
}
