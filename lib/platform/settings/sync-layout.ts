/**
 * How the settings sit in `storage.sync`, within its quotas (8 KB per item, 100 KB in all, 512 items,
 * the same in Chrome and Firefox): one item per setting (`setting:<name>`), and the list of sites
 * switched off in chunks of at most 8 KB (`setting:disabledSites:<n>`), whose count is the item
 * `setting:disabledSites`. A reader takes the first <count> chunks, so chunks left over from a longer
 * list never count. Pure: no storage here.
 */
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './model';

export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400, items: 512 } as const;

/** The single item every setting lived in before (migrated, then removed). */
export const LEGACY_KEY = 'settings';
export const ITEM_PREFIX = 'setting:';
export const SITES_KEY = `${ITEM_PREFIX}disabledSites`;
const CHUNK_PREFIX = `${SITES_KEY}:`;
/** Room left in each chunk for the browser's own accounting. */
const CHUNK_SLACK = 64;

export type SettingName = keyof Settings;
export type SyncItems = Record<string, unknown>;

export function settingKey(name: SettingName): string {
  return ITEM_PREFIX + name;
}

export function chunkKey(index: number): string {
  return CHUNK_PREFIX + index;
}

/** Index of a site chunk's key, or null for any other key. */
export function chunkIndex(key: string): number | null {
  if (!key.startsWith(CHUNK_PREFIX)) return null;
  const index = Number(key.slice(CHUNK_PREFIX.length));
  return Number.isInteger(index) && index >= 0 ? index : null;
}

const encoder = new TextEncoder();

/** Bytes an item counts against the quota, as the browsers count it: key plus JSON value. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** The list of sites in chunks, each within the per-item quota. */
export function chunkSites(sites: readonly string[]): string[][] {
  const limit = SYNC_QUOTA.bytesPerItem - CHUNK_SLACK - encoder.encode(chunkKey(SYNC_QUOTA.items)).length;
  const chunks: string[][] = [];
  let current: string[] = [];
  let bytes = 2; // "[]"
  for (const site of sites) {
    const size = encoder.encode(JSON.stringify(site)).length + 1;
    if (current.length && bytes + size > limit) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(site);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** The items of the named settings (all of them by default); the site list brings its count and chunks. */
export function encodeSettings(settings: Settings, names: readonly SettingName[] = Object.keys(DEFAULT_SETTINGS) as SettingName[]): SyncItems {
  const items: SyncItems = {};
  for (const name of names) {
    if (name !== 'disabledSites') {
      items[settingKey(name)] = settings[name];
      continue;
    }
    const chunks = chunkSites(settings.disabledSites);
    items[SITES_KEY] = chunks.length;
    chunks.forEach((chunk, i) => (items[chunkKey(i)] = chunk));
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
    if (name !== 'disabledSites' && settingKey(name) in stored) partial[name] = stored[settingKey(name)];
  }
  const count = stored[SITES_KEY];
  if (typeof count === 'number') {
    const sites: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const chunk = stored[chunkKey(i)];
      if (Array.isArray(chunk)) sites.push(...chunk);
    }
    partial.disabledSites = sites;
  }
  return withDefaults(partial as Partial<Settings>);
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
