/**
 * Opens an entity's full entry: the side panel in Chrome, the sidebar in Firefox, and a tab with the
 * popup page where neither may open (both ask for a user gesture, which a message does not always carry).
 */
import { popupUrl, sidePanelUrl } from '../core/routes';
import { extensionUrl, type BrowserApi } from './api';
import { requireTabUrl } from './tab-url';

interface SidePanelApi {
  setOptions(options: { path?: string; enabled?: boolean; tabId?: number }): Promise<void>;
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface SidebarActionApi {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
  isOpen(details: Record<string, never>): Promise<boolean>;
}

export type EntitySurface = 'side-panel' | 'sidebar' | 'tab';

export async function openEntity(
  api: BrowserApi,
  entityId: string,
  from?: { tabId?: number; windowId?: number; index?: number },
): Promise<EntitySurface> {
  const manifest = api.runtime.getManifest() as { side_panel?: { default_path?: string }; sidebar_action?: { default_panel?: string } };
  const sidePanel = (api as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (manifest.side_panel && sidePanel) {
    // open() before any await, so the gesture that sent the message still counts.
    const setting = sidePanel.setOptions({ path: sidePanelUrl(entityId), enabled: true });
    const opening =
      from?.windowId !== undefined ? sidePanel.open({ windowId: from.windowId }) : Promise.reject(new Error('no window'));
    try {
      await setting;
      await opening;
      return 'side-panel';
    } catch {
      // No gesture (or no window): fall through to a tab.
    }
  }
  const sidebar = (api as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  if (manifest.sidebar_action && sidebar) {
    const setting = sidebar.setPanel({ panel: extensionUrl(api, `/${sidePanelUrl(entityId)}`) });
    const opening = sidebar.open();
    try {
      await setting;
      await opening;
      return 'sidebar';
    } catch {
      // Outside a user action Firefox will not open the sidebar; if it is open already, it now shows the entity.
      if (await sidebar.isOpen({}).catch(() => false)) return 'sidebar';
    }
  }
  await api.tabs.create({
    url: requireTabUrl(api, extensionUrl(api, `/${popupUrl({ entityId })}`)),
    active: true,
    ...(from?.index !== undefined ? { index: from.index + 1 } : {}),
  });
  return 'tab';
}
