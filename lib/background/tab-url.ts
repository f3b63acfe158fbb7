/**
 * The only addresses the background opens in a tab or window, whatever a message asks: web pages
 * (http, https), local files, and the extension's own pages. Anything else (javascript:, data:, blob:,
 * browser pages, another extension's pages, an address that does not parse) is refused.
 */
import { extensionUrl, type BrowserApi } from './api';

const WEB_SCHEMES = new Set(['http:', 'https:', 'file:']);

export class RefusedAddressError extends Error {
  constructor(readonly url: string) {
    super(`AI Industry Lens opens only http, https, file and its own pages, not ${JSON.stringify(url.slice(0, 200))}`);
    this.name = 'RefusedAddressError';
  }
}

/** The address, parsed and re-serialised, if a tab may show it; null otherwise. */
export function allowedTabUrl(api: BrowserApi, url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (WEB_SCHEMES.has(parsed.protocol)) return parsed.href;
  const own = new URL(extensionUrl(api, '/'));
  return parsed.protocol === own.protocol && parsed.host === own.host ? parsed.href : null;
}

/** `allowedTabUrl`, or a refusal that names the address. */
export function requireTabUrl(api: BrowserApi, url: unknown): string {
  const allowed = allowedTabUrl(api, url);
  if (allowed === null) throw new RefusedAddressError(String(url));
  return allowed;
}
