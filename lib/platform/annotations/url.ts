/**
 * One article, one key: tracking parameters and fragments do not split a page's annotations into
 * many. Everything else in the query stays, since it often selects the content (`?id=42`).
 */

const TRACKING_PARAMS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|ref_src|ref_url|s_cid|cmpid|spm|scid)$/i,
  /^(ref|si)$/i,
];

function isTracking(name: string): boolean {
  return TRACKING_PARAMS.some((pattern) => pattern.test(name));
}

/**
 * Normalises a page address: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, remaining parameters sorted. Text that is not a URL comes back unchanged.
 */
export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    // forEach, not the iterator: Firefox content scripts cannot iterate the page's URLSearchParams.
    const kept: [string, string][] = [];
    parsed.searchParams.forEach((value, name) => !isTracking(name) && kept.push([name, value]));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    parsed.search = new URLSearchParams(kept).toString();
  }
  return parsed.toString();
}
