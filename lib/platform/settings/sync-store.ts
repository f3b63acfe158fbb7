/**
 * Reading and writing the settings in `storage.sync` (layout: `./sync-layout`). A change writes only
 * the items of the settings it changes, in one `set` call, which the browser applies whole or not at
 * all; a change that would outgrow the quotas is refused before anything is written, and a write the
 * browser refuses changes nothing. Either way the reason goes to the caller and to every surface
 * listening (`onSettingsWriteResult`), so the person is told.
 */
import { browser } from 'wxt/browser';
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { serialQueue } from '../../core/serial';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './model';
import {
  LEGACY_KEY,
  ITEM_PREFIX,
  decodeSettings,
  encodeSettings,
  hasLayout,
  quotaProblem,
  staleChunks,
  wholeValues,
  type QuotaProblem,
  type SettingName,
  type SyncItems,
} from './sync-layout';

export class SettingsWriteError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'SettingsWriteError';
  }
}

type ResultListener = (error: string | null) => void;
const listeners = new Set<ResultListener>();

/** Hears the outcome of every settings write of this context: the reason it failed, or null when it worked. */
export function onSettingsWriteResult(listener: ResultListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(error: SettingsWriteError | null): SettingsWriteError | null {
  for (const listener of listeners) listener(error?.message ?? null);
  return error;
}

const kb = (bytes: number) => formatNumber(Math.ceil(bytes / 1024));

/** What fills the storage: the sites switched off, and the names muted when there are any. */
function whatFills(settings: Settings): string {
  const sites = formatNumber(settings.disabledSites.length);
  const muted = Object.values(settings.mutedNames).reduce((sum, names) => sum + names.length, 0);
  return muted === 0 ? t('settingsSyncSites', sites) : t('settingsSyncSitesAndNames', sites, formatNumber(muted));
}

function quotaMessage(problem: QuotaProblem, settings: Settings): string {
  if (problem.kind === 'bytes') return t('settingsSyncFull', whatFills(settings), kb(problem.bytes), kb(problem.limit));
  if (problem.kind === 'items') return t('settingsSyncTooManyItems', whatFills(settings), formatNumber(problem.limit));
  return t('settingsSyncItemTooLarge', problem.key, kb(problem.limit));
}

const serial = serialQueue();

const ALL = Object.keys(DEFAULT_SETTINGS) as SettingName[];

async function readStored(): Promise<SyncItems> {
  return (await browser.storage.sync.get(null)) as SyncItems;
}

export async function getSettings(): Promise<Settings> {
  return decodeSettings(await readStored());
}

/** Writes `next` for the settings in `names` (all of them when the stored layout is still the legacy one). */
async function write(stored: SyncItems, next: Settings, names: SettingName[]): Promise<void> {
  const problem = quotaProblem(encodeSettings(next));
  if (problem) throw tell(new SettingsWriteError(quotaMessage(problem, next)));
  const migrating = !hasLayout(stored);
  const items = encodeSettings(next, migrating ? ALL : names);
  const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)));
  // Chunks past the new count are not read while the count is there, but an older build may write a
  // whole value over the count, and then every chunk stored counts: emptied in the same `set` (which
  // is applied whole), so no name unmuted now can come back from one; removed after, for their room.
  const stale = staleChunks(stored, items);
  for (const key of stale) if (!isEmptyList(stored[key])) changed[key] = [];
  if (migrating && LEGACY_KEY in stored) stale.push(LEGACY_KEY);
  try {
    if (Object.keys(changed).length) await browser.storage.sync.set(changed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw tell(new SettingsWriteError(t('settingsSaveFailed', detail), error));
  }
  if (stale.length) await browser.storage.sync.remove(stale).catch(() => undefined);
  tell(null);
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/**
 * Changes the given settings; rejects with a `SettingsWriteError` (and tells listeners) when they cannot
 * be saved. A function is given the stored settings inside the write queue, so a change made from the
 * current value (a list with one more item) never loses another made at the same moment.
 */
export function updateSettings(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  return serial(async () => {
    const stored = await readStored();
    const current = decodeSettings(stored);
    const patch = typeof change === 'function' ? change(current) : change;
    const next = withDefaults({ ...current, ...patch });
    await write(stored, next, ALL.filter((name) => name in patch));
    return next;
  });
}

/** Switches the extension off (or back on) for one site key, as `siteKey` gives it. */
export function setSiteDisabled(site: string, disabled: boolean): Promise<Settings> {
  return updateSettings((current) => {
    const others = current.disabledSites.filter((s) => s !== site);
    return { disabledSites: disabled ? [...others, site].sort() : others };
  });
}

/** For surfaces: `updateSettings` whose failure is shown by `onSettingsWriteResult` listeners, not thrown. */
export function saveSettings(patch: Partial<Settings>): Promise<void> {
  return updateSettings(patch).then(
    () => undefined,
    () => undefined,
  );
}

/** For surfaces: `setSiteDisabled` whose failure is shown by `onSettingsWriteResult` listeners. */
export function switchSite(site: string, disabled: boolean): Promise<void> {
  return setSiteDisabled(site, disabled).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Moves settings stored the old way (one item) to one item per setting, in one write; then drops the
 * old item. A chunked setting an older build stored whole in its item (muted names) is written as
 * chunks in its place: what it holds while no chunk is stored, else the chunks (see `./sync-layout`).
 * Nothing to do the second time.
 */
export function migrateSettings(): Promise<boolean> {
  return serial(async () => {
    const stored = await readStored();
    const whole = wholeValues(stored);
    if (hasLayout(stored) ? !whole.length : !(LEGACY_KEY in stored)) return false;
    await write(stored, decodeSettings(stored), hasLayout(stored) ? whole : ALL);
    return true;
  });
}

/** Back to the defaults (every stored item removed, so future defaults apply too). */
export function resetSettings(): Promise<void> {
  return serial(async () => {
    const keys = Object.keys(await readStored()).filter((key) => key === LEGACY_KEY || key.startsWith(ITEM_PREFIX));
    if (keys.length) await browser.storage.sync.remove(keys);
  });
}

/** Calls `onChange` with the full settings now and after every change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  let reads = 0;
  const read = () => {
    const mine = ++reads;
    // Only the latest read reports, so a slow early read never overwrites a newer value.
    void getSettings().then((s) => !stopped && mine === reads && onChange(s), () => undefined);
  };
  read();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync') return;
    if (Object.keys(changes).some((key) => key === LEGACY_KEY || key.startsWith(ITEM_PREFIX))) read();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
