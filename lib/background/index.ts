/**
 * The background's jobs: the toolbar badge, keyboard commands, context menus, and opening pages for the
 * other surfaces. It holds no state of its own beyond what the browser keeps for it (MV3 service
 * workers and Firefox event pages stop when idle), so every listener is registered synchronously here.
 */
import { handleMessages } from '../platform/messaging';
import { migrateSettings } from '../platform/settings';
import { realBrowser, type BrowserApi } from './api';
import { showCount } from './badge';
import { onCommand } from './commands';
import { createContextMenus, onMenuClicked } from './context-menus';
import { openAnnotation } from './open-annotation';
import { openEntity } from './open-entity';
import { relayFrameMentions } from './frame-relay';
import { serveAnnotationWrites } from './annotation-writes';
import { entityNotes } from './entity-notes';

export { badgeText } from './badge';
export { lookupPath, openLookup } from './open-lookup';
export { openEntity } from './open-entity';
export { entityHash } from '../core/routes';
export { openAnnotation } from './open-annotation';
export { serveAnnotationWrites } from './annotation-writes';
export { allowedTabUrl, requireTabUrl, RefusedAddressError } from './tab-url';
export { onCommand, isPageCommand } from './commands';
export { createContextMenus, onMenuClicked, MENU_ANNOTATE, MENU_LOOKUP } from './context-menus';

export function startBackground(api: BrowserApi = realBrowser): void {
  const writeAnnotation = serveAnnotationWrites();
  handleMessages({
    'annotations/write': (message) => writeAnnotation(message),
    'annotations/for-entity': ({ entityId }) => entityNotes(entityId),
    'badge/count': ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      void showCount(api, tabId, count).catch(() => undefined); // The tab may have closed meanwhile.
    },
    'frame/mentions': (message, sender) => relayFrameMentions(message, sender),
    'ui/open-entity': async ({ entityId }, sender) => {
      await openEntity(api, entityId, {
        tabId: sender.tab?.id,
        windowId: sender.tab?.windowId,
        index: sender.tab?.index,
      });
    },
    'ui/open-annotation': async ({ url, annotationId }) => {
      await openAnnotation(api, url, annotationId);
    },
  });
  api.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    void onCommand(api, command, tab);
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClicked(api, info, tab);
  });
  // Settings stored the old way (one sync item) move to one item per setting, once.
  void migrateSettings().catch((error: unknown) => console.error('AI Industry Lens: settings not migrated', error));
  void createContextMenus(api).catch((error: unknown) => console.error('AI Industry Lens: menus not created', error));
}
