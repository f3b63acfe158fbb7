/**
 * Addresses of the extension's own pages, built and read in one place. The hash says what to open:
 * `#q=<query>` a search, `#entity=<id>` an entity (popup.html, sidepanel.html and race.html alike),
 * `#race` the side panel's Race tab; `?tab=<id>` names the tab whose mentions the popup page lists, for
 * when it is not a popup (a side panel, a tab, a test). Pure and DOM-free: the background imports it.
 */

/** What the popup's address asks for. */
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

/** `#entity=<id>`: opens that entity on the popup page, in the side panel, or lit up on race.html. */
export function entityHash(entityId: string): string {
  return `#entity=${encodeURIComponent(entityId)}`;
}

/** The popup address for a lookup; the inverse of `parsePopupLocation` for the hash. */
export function popupHash(target: { query: string } | { entityId: string }): string {
  return 'query' in target ? `#q=${encodeURIComponent(target.query)}` : entityHash(target.entityId);
}

/** What sidepanel.html's hash asks for: `#entity=<id>` starts on that entity, `#race` on the Race view. */
export function parseSidePanelHash(hash: string): { entityId?: string; race: boolean } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entityId = params.get('entity');
  return { ...(entityId ? { entityId } : {}), race: params.has('race') };
}

/** The popup page: `popup.html`, with `#q=<query>` or `#entity=<id>` when given what to open. */
export function popupUrl(target?: { query: string } | { entityId: string }): string {
  return target ? `popup.html${popupHash(target)}` : 'popup.html';
}

/** The side panel's page: `sidepanel.html#entity=<id>` starts on that entity. */
export function sidePanelUrl(entityId?: string): string {
  return entityId ? `sidepanel.html${entityHash(entityId)}` : 'sidepanel.html';
}

/** Addresses of the race page: `race.html#entity=<id>` arrives with that entity focused. */
export function raceUrl(entityId?: string): string {
  return entityId ? `race.html${entityHash(entityId)}` : 'race.html';
}

export function parseRaceHash(hash: string): { entityId?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entityId = params.get('entity')?.trim();
  return entityId ? { entityId } : {};
}
