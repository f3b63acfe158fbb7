/**
 * How the settings sit in `storage.sync`, within its quotas (8 KB per item, 100 KB in all, 512 items,
 * the same in Chrome and Firefox): one item per setting (`setting:<name>`), except the two lists that
 * grow with use, which are kept in chunks of at most 8 KB (`setting:<name>:<n>`) whose count is the
 * item `setting:<name>`: the sites switched off, and the names muted per site ("Not this" on a card),
 * as [site, name] pairs. A reader takes the first <count> chunks, so chunks left over from a longer
 * list never count (and a write empties them in the same `set`, in case an older build's whole value
 * later takes the count's place).
 *
 * Muted names stored whole in one item (by builds before 7 December 2026) are read while nothing else
 * holds them: once this layout has written them (it always writes chunk 0, empty or not), its chunks
 * are the muted names, and a whole value an older build writes over the count afterwards is not
 * merged in. Such a value may be stale (written on another device before it synced an unmute, so it
 * still lists the name), and nothing in it tells a stale name from a fresh one; merging it brought
 * unmuted names back. The older build's later mutes are the price; `migrateSettings` rewrites the
 * whole value as chunks once and it is gone. Pure: no storage here.
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
  /**
   * The setting as older builds stored it whole in its item, read only while no chunk of it is stored.
   * A setting that has one always writes chunk 0, so that "a chunk is stored" means "this layout
   * has written it" even when its list is empty.
   */
  fromWhole?(whole: unknown): unknown;
}

const CHUNKED: Partial<Record<SettingName, ChunkedSetting>> = {
  disabledSites: {
    toList: (settings) => settings.disabledSites,
    fromList: (list) => list.filter(isString),
  },
  mutedNames: {
    toList: (settings) => Object.entries(settings.mutedNames).flatMap(([site, names]) => names.map((name) => [site, name])),
    fromList: (list) => bySite(list.filter(isPair)),
    fromWhole: (whole) => {
      const pairs: [string, string][] = [];
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
    if (chunked.fromWhole && !chunks.length) chunks.push([]);
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
    // A chunked setting's item is its count (never more chunks than the quota has items): every chunk
    // up to it (one missing is skipped). Anything else there is the setting stored whole by an older
    // build: the setting while no chunk of it is stored; once one is, the chunks there, and the whole
    // value not at all (see the top of this file).
    const counted = typeof count === 'number';
    if (!counted && !hasChunks(stored, name)) {
      partial[name] = chunked.fromWhole ? chunked.fromWhole(count) : count;
      continue;
    }
    const chunks = counted ? Math.min(count, SYNC_QUOTA.items) : SYNC_QUOTA.items;
    const list: unknown[] = [];
    for (let i = 0; i < chunks; i++) {
      const chunk = stored[chunkKey(name, i)];
      if (Array.isArray(chunk)) list.push(...chunk);
    }
    partial[name] = chunked.fromList(list);
  }
  return withDefaults(partial as Partial<Settings>);
}

/** Whether any chunk of the setting is stored. */
function hasChunks(stored: SyncItems, name: SettingName): boolean {
  return Object.keys(stored).some((key) => chunkOf(key)?.name === name);
}

/** Chunked settings whose item holds a value an older build stored whole (for `migrateSettings`). */
export function wholeValues(stored: SyncItems): SettingName[] {
  return CHUNKED_SETTINGS.filter((name) => settingKey(name) in stored && typeof stored[settingKey(name)] !== 'number');
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
