/**
 * "Show me this note": focuses the tab already showing the page, or opens it, then asks its content
 * script to scroll to the annotation. Uses `tabs.create` and a message round trip, not the "tabs"
 * permission. Only a web page, a local file or one of our pages is opened, whatever the message says.
 */
import { sendToTab } from '../platform/messaging';
import type { BrowserApi } from './api';
import { findTabShowing, waitForContentScript } from './find-tab';
import { requireTabUrl } from './tab-url';

export async function openAnnotation(
  api: BrowserApi,
  url: string,
  annotationId: string,
): Promise<{ found: boolean }> {
  url = requireTabUrl(api, url);
  let tab = await findTabShowing(api, url);
  if (tab) {
    await api.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  } else {
    const created = await api.tabs.create({ url, active: true });
    if (created.id === undefined) return { found: false };
    tab = { id: created.id, windowId: created.windowId };
  }
  await waitForContentScript(tab.id);
  return sendToTab(tab.id, { type: 'page/show-annotation', annotationId });
}
