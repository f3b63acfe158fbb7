/**
 * How the settings sit in `storage.sync`, within its quotas (8 KB per item, 100 KB in all, 512 items,
 * the same in Chrome and Firefox): one item per setting (`setting:<name>`), except the two lists that
 * grow with use, which are kept in chunks of at most 8 KB (`setting:<name>:<n>`) whose count is the
 * item `setting:<name>`: the sites switched off, and the names muted per site ("Not this" on a card),
 * as [site, name] pairs. A reader takes the first <count> chunks, so chunks left over from a longer
 * list never count. Muted names stored whole in one item (before 7 December 2026) are still read.
 * Pure: no storage here.
 */
import { isObject, isString } from '../../core/guards';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './model';

export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400, items: 512 } as const;

/** The single item every setting lived in before (migrated, then removed). */
export const LEGACY_KEY = 'settings';
export const ITEM_PREFIX = 'setting:';
/** Room left in each chunk for the browser's own accounting. */
const CHUNK_SLACK = 64;

export type SettingName = keyof Settings;
export type SyncItems = Record<string, unknown>;

/** A setting kept in chunks: how it becomes a list of small JSON values and back. */
interface ChunkedSetting {
  toList(settings: Settings): unknown[];
  /** The setting from the stored list (entries of the wrong kind dropped). */
  fromList(list: unknown[]): unknown;
  /** The setting stored whole (an older layout) together with chunks left beside it. */
  merge?(whole: unknown, list: unknown[]): unknown;
}

const CHUNKED: Partial<Record<SettingName, ChunkedSetting>> = {
  disabledSites: {
    toList: (settings) => settings.disabledSites,
    fromList: (list) => list.filter(isString),
  },
  mutedNames: {
    toList: (settings) => Object.entries(settings.mutedNames).flatMap(([site, names]) => names.map((name) => [site, name])),
    fromList: (list) => bySite(list.filter(isPair)),
    merge: (whole, list) => {
      const pairs = list.filter(isPair);
      if (isObject(whole)) {
        for (const [site, names] of Object.entries(whole)) if (Array.isArray(names)) for (const name of names.filter(isString)) pairs.push([site, name]);
      }
      return bySite(pairs);
    },
  },
};

function isPair(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && isString(value[0]) && isString(value[1]);
}

/**
 * Muted names grouped by site, each site's once and sorted. Built with Object.fromEntries, which makes
 * own properties of any key: a site key may be any host name, "constructor" and "__proto__" included.
 */
function bySite(pairs: readonly [string, string][]): Record<string, string[]> {
  const sites = new Map<string, Set<string>>();
  for (const [site, name] of pairs) {
    const names = sites.get(site);
    if (names) names.add(name);
    else sites.set(site, new Set([name]));
  }
  return Object.fromEntries([...sites].map(([site, names]) => [site, [...names].sort()]));
}

/** The settings kept in chunks. */
export const CHUNKED_SETTINGS = Object.keys(CHUNKED) as SettingName[];

export function settingKey(name: SettingName): string {
  return ITEM_PREFIX + name;
}

export function chunkKey(name: SettingName, index: number): string {
  return `${settingKey(name)}:${index}`;
}

/** Which chunked setting a key is a chunk of, and which chunk; null for any other key. */
export function chunkOf(key: string): { name: SettingName; index: number } | null {
  for (const name of CHUNKED_SETTINGS) {
    const prefix = `${settingKey(name)}:`;
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length));
    return Number.isInteger(index) && index >= 0 ? { name, index } : null;
  }
  return null;
}

const encoder = new TextEncoder();

/** Bytes an item counts against the quota, as the browsers count it: key plus JSON value. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** A list in chunks, each within the per-item quota under the longest chunk key a setting can have. */
export function chunkList<T>(list: readonly T[]): T[][] {
  const longestKey = Math.max(...CHUNKED_SETTINGS.map((name) => encoder.encode(chunkKey(name, SYNC_QUOTA.items)).length));
  const limit = SYNC_QUOTA.bytesPerItem - CHUNK_SLACK - longestKey;
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 2; // "[]"
  for (const entry of list) {
    const size = encoder.encode(JSON.stringify(entry)).length + 1;
    if (current.length && bytes + size > limit) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** The items of the named settings (all of them by default); a chunked one brings its count and chunks. */
export function encodeSettings(settings: Settings, names: readonly SettingName[] = Object.keys(DEFAULT_SETTINGS) as SettingName[]): SyncItems {
  const items: SyncItems = {};
  for (const name of names) {
    const chunked = CHUNKED[name];
    if (!chunked) {
      items[settingKey(name)] = settings[name];
      continue;
    }
    const chunks = chunkList(chunked.toList(settings));
    items[settingKey(name)] = chunks.length;
    chunks.forEach((chunk, i) => (items[chunkKey(name, i)] = chunk));
  }
  return items;
}

/** Whether anything of this layout is stored (else the legacy item, if any, is what holds the settings). */
export function hasLayout(stored: SyncItems): boolean {
  return Object.keys(stored).some((key) => key.startsWith(ITEM_PREFIX));
}

/** The settings the stored items hold: this layout, else the legacy single item, else the defaults. */
export function decodeSettings(stored: SyncItems): Settings {
  if (!hasLayout(stored)) {
    const legacy = stored[LEGACY_KEY];
    return withDefaults(typeof legacy === 'object' && legacy !== null ? (legacy as Partial<Settings>) : null);
  }
  const partial: Record<string, unknown> = {};
  for (const name of Object.keys(DEFAULT_SETTINGS) as SettingName[]) {
    const key = settingKey(name);
    if (!(key in stored)) continue;
    const chunked = CHUNKED[name];
    const count = stored[key];
    if (!chunked) {
      partial[name] = count;
      continue;
    }
    // A chunked setting's item is its count (never more chunks than the quota has items). Anything
    // else there is the setting stored whole, as muted names were before they were chunked: taken,
    // with any chunks a later version left (a build of each kind may share one sync account).
    // With a count, every chunk up to it (one missing is skipped); beside a whole value, those there.
    const counted = typeof count === 'number';
    const chunks = counted ? Math.min(count, SYNC_QUOTA.items) : SYNC_QUOTA.items;
    const list: unknown[] = [];
    for (let i = 0; i < chunks && (counted || chunkKey(name, i) in stored); i++) {
      const chunk = stored[chunkKey(name, i)];
      if (Array.isArray(chunk)) list.push(...chunk);
    }
    partial[name] = typeof count === 'number' ? chunked.fromList(list) : (chunked.merge?.(count, list) ?? count);
  }
  return withDefaults(partial as Partial<Settings>);
}

/** Stored chunks that `items` (about to be written) leaves past their setting's new count. */
export function staleChunks(stored: SyncItems, items: SyncItems): string[] {
  return Object.keys(stored).filter((key) => {
    const chunk = chunkOf(key);
    if (!chunk) return false;
    const count = items[settingKey(chunk.name)];
    return typeof count === 'number' && chunk.index >= count;
  });
}

export type QuotaProblem =
  | { kind: 'item'; key: string; bytes: number; limit: number }
  | { kind: 'bytes'; bytes: number; limit: number }
  | { kind: 'items'; items: number; limit: number };

/** What would break a quota if `items` were the whole of the settings' storage; null when all fits. */
export function quotaProblem(items: SyncItems): QuotaProblem | null {
  let total = 0;
  const keys = Object.keys(items);
  for (const key of keys) {
    const bytes = itemBytes(key, items[key]);
    if (bytes > SYNC_QUOTA.bytesPerItem) return { kind: 'item', key, bytes, limit: SYNC_QUOTA.bytesPerItem };
    total += bytes;
  }
  if (keys.length > SYNC_QUOTA.items) return { kind: 'items', items: keys.length, limit: SYNC_QUOTA.items };
  if (total > SYNC_QUOTA.bytes) return { kind: 'bytes', bytes: total, limit: SYNC_QUOTA.bytes };
  return null;
}
