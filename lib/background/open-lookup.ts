/**
 * Opens the lookup with a query already typed: the toolbar popup where the browser lets us open it
 * (Chrome 127+, Firefox inside a user action), else a small window showing the same page.
 */
import { popupUrl } from '../core/routes';
import { extensionUrl, withoutHash, type BrowserApi } from './api';
import { requireTabUrl } from './tab-url';

export function lookupPath(query: string): string {
  return popupUrl({ query: query.trim() });
}

export type LookupSurface = 'popup' | 'window';

export async function openLookup(api: BrowserApi, query: string): Promise<LookupSurface> {
  const path = lookupPath(query);
  const action = api.action;
  const defaultPopup = withoutHash(api.runtime.getManifest().action?.default_popup ?? popupUrl());
  if (typeof action?.openPopup === 'function' && typeof action.setPopup === 'function') {
    // No await between the two calls: Firefox only opens a popup inside the user action's own turn, and
    // both browsers apply API calls in order, so the popup reads the query-bearing path.
    const setting = action.setPopup({ popup: path });
    const opening = action.openPopup();
    try {
      await setting;
      await opening;
      return 'popup';
    } catch {
      // No focused window, no user gesture, or an older browser: the window below does the same job.
    } finally {
      await action.setPopup({ popup: defaultPopup }).catch(() => undefined);
    }
  }
  await api.windows.create({ url: requireTabUrl(api, extensionUrl(api, `/${path}`)), type: 'popup', width: 420, height: 640 });
  return 'window';
}
