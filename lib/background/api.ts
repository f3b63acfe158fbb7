/**
 * The slice of the extension API the background uses, passed in rather than imported where a unit
 * test needs to stand in for the browser (the fake browser of unit tests has no menus or commands).
 */
import { browser } from 'wxt/browser';

export type BrowserApi = typeof browser;

export const realBrowser: BrowserApi = browser;

/** Page address without its fragment: the same page, whatever part of it is in view. */
export function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/** The extension's own URL for a path (typed loosely: hash-bearing paths are not in WXT's path list). */
export function extensionUrl(api: BrowserApi, path: string): string {
  return (api.runtime as unknown as { getURL(path: string): string }).getURL(path);
}
