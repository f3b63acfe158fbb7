/**
 * One article, one key: tracking parameters and fragments do not split a page's annotations into
 * many. Everything else in the query stays, since it often selects the content (`?id=42`).
 *
 * Two addresses are one page when their queries say the same to the server: the same names and values
 * byte for byte, as the WHATWG form-urlencoded parser reads them (pairs split at `&`, each at its first
 * `=`, `+` a space, `%XX` one byte). So `+` and `%20`, `%41` and `A`, `%e9` and `%E9`, `?a` and `?a=`, a
 * stray `%zz` and `%25zz`, `;` and `%3B` are alike, while `%2B` is not `+`, `%26` is not `&`, and
 * `%E9` (Latin-1 é) is neither `%E8` nor `%C3%A9` (UTF-8 é). The key writes each byte as
 * URLSearchParams does, so every address whose query is UTF-8 keeps the key it always had; only a
 * query holding other bytes (which URLSearchParams turned into U+FFFD, one key for many pages) gets
 * a key of its own. Notes saved on such pages before (December 2026) stay under the merged key:
 * neither the key nor the note ever kept the address as visited (`target.source` is this key), so
 * which of the pages each was made on cannot be told, and they are not guessed apart.
 */

const TRACKING_PARAMS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|ref_src|ref_url|s_cid|cmpid|spm|scid)$/i,
  /^(ref|si)$/i,
];

function isTracking(name: string): boolean {
  return TRACKING_PARAMS.some((pattern) => pattern.test(name));
}

const encoder = new TextEncoder();
// "UTF-8 decode without BOM", as URLSearchParams decodes: a leading U+FEFF is kept.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const HEX = /^[0-9A-Fa-f]{2}$/;

/** The bytes a query component stands for: `+` a space, `%XX` one byte, a `%` not so followed itself. */
function bytesOf(component: string): Uint8Array {
  const raw = encoder.encode(component.replace(/\+/g, ' '));
  const out = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const hex = raw[i] === 0x25 ? String.fromCharCode(raw[i + 1] ?? 0, raw[i + 2] ?? 0) : '';
    if (HEX.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = raw[i];
  }
  return out.subarray(0, n);
}

/** The bytes as URLSearchParams writes them: letters, digits and `*-._` as they are, space as `+`, the rest `%XX`. */
function formEncode(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    const c = String.fromCharCode(byte);
    if (/[0-9A-Za-z*\-._]/.test(c)) out += c;
    else if (byte === 0x20) out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

interface Param {
  /** The name as URLSearchParams reads it (invalid UTF-8 as U+FFFD): what is sorted and checked for tracking. */
  name: string;
  /** The pair in the key's form, byte-exact. */
  encodedName: string;
  encoded: string;
}

/** The query's pairs without tracking parameters, sorted by name (pairs of one name keep their order). */
function canonicalQuery(search: string): string {
  const params: Param[] = [];
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const nameBytes = bytesOf(at < 0 ? pair : pair.slice(0, at));
    const name = decoder.decode(nameBytes);
    if (isTracking(name)) continue;
    const encodedName = formEncode(nameBytes);
    params.push({ name, encodedName, encoded: `${encodedName}=${formEncode(bytesOf(at < 0 ? '' : pair.slice(at + 1)))}` });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // By the name as read (the order keys always had), then by its bytes (names that read alike only
  // because their bytes are not UTF-8), so the order of the address's pairs never matters.
  params.sort((a, b) => order(a.name, b.name) || order(a.encodedName, b.encodedName));
  return params.map((p) => p.encoded).join('&');
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
  // Read as text, not through URLSearchParams, which decodes every value as UTF-8.
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') parsed.search = canonicalQuery(parsed.search);
  return parsed.toString();
}
