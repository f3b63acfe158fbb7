/** The toolbar badge: the page's mention count, per tab, from the top frame only. */
import type { BrowserApi } from './api';

export const BADGE_COLOR = '#3b5bdb';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export async function showCount(api: BrowserApi, tabId: number, count: number): Promise<void> {
  await api.action.setBadgeText({ tabId, text: badgeText(count) });
  await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}
