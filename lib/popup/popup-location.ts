/**
 * What the popup's address asks for. `#q=<query>` prefills the search (the "Look up selection"
 * context menu opens that), `#entity=<id>` opens an entity's entry, and `?tab=<id>` names the tab whose
 * mentions to list, for when the popup page is not a popup (a side panel, a tab, a test).
 */
export interface PopupLocation {
  query?: string;
  entityId?: string;
  tabId?: number;
}

export function parsePopupLocation(href: string): PopupLocation {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return {};
  }
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const location: PopupLocation = {};
  const query = hash.get('q');
  if (query !== null && query.trim() !== '') location.query = query;
  const entityId = hash.get('entity');
  if (entityId) location.entityId = entityId;
  const tab = url.searchParams.get('tab');
  if (tab !== null && /^\d+$/.test(tab)) location.tabId = Number(tab);
  return location;
}

/** The popup address for a lookup; the inverse of `parsePopupLocation` for the hash. */
export function popupHash(target: { query: string } | { entityId: string }): string {
  const params = new URLSearchParams(
    'query' in target ? { q: target.query } : { entity: target.entityId },
  );
  return `#${params.toString()}`;
}
