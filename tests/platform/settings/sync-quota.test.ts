import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SYNC_QUOTA,
  chunkList,
  setNameMuted,
  mutedOn,
  getSettings,
  itemBytes,
  migrateSettings,
  onSettingsWriteResult,
  quotaProblem,
  encodeSettings,
  setSiteDisabled,
  updateSettings,
  watchSettings,
  SettingsWriteError,
  type Settings,
} from '../../../lib/platform/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** `count` distinct, realistic site keys ("news-17.example-17.co.uk"). */
function sites(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => `news-${i + from}.example-${i + from}.co.uk`).sort();
}

/** What the fake stores, checked against storage.sync's quotas as Chrome and Firefox count them. */
async function storedWithinQuota(): Promise<Record<string, unknown>> {
  const stored = await fakeBrowser.storage.sync.get(null);
  let total = 0;
  for (const [key, value] of Object.entries(stored)) {
    expect(itemBytes(key, value), key).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    total += itemBytes(key, value);
  }
  expect(total).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
  expect(Object.keys(stored).length).toBeLessThanOrEqual(SYNC_QUOTA.items);
  return stored;
}

describe('settings within the storage.sync quotas', () => {
  it('saves 1,000 sites switched off, in chunks under 8 KB each, and reads them all back', async () => {
    const list = sites(1000);
    await updateSettings({ disabledSites: list });
    const stored = await storedWithinQuota();
    const chunks = stored['setting:disabledSites'] as number;
    expect(chunks).toBeGreaterThan(1);
    expect(Object.keys(stored).filter((k) => k.startsWith('setting:disabledSites:'))).toHaveLength(chunks);
    expect((await getSettings()).disabledSites).toEqual(list);
    // One site more, one site fewer: still whole, still within quota.
    await setSiteDisabled('zzz.example', true);
    await setSiteDisabled(list[0], false);
    expect((await getSettings()).disabledSites).toEqual([...list.slice(1), 'zzz.example']);
    await storedWithinQuota();
  });

  it('chunks to the byte, non-Latin host names included', () => {
    const wide = Array.from({ length: 400 }, (_, i) => `пример-${i}.испытание.рф`);
    for (const chunk of chunkList(wide)) expect(itemBytes('setting:disabledSites:511', chunk)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    expect(chunkList(wide).flat()).toEqual(wide);
    expect(chunkList([])).toEqual([]);
  });

  it('writes only the items of the setting that changed', async () => {
    await updateSettings({ disabledSites: sites(1000) });
    const set = vi.spyOn(browser.storage.sync, 'set');
    await updateSettings({ theme: 'dark' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0][0] as object)).toEqual(['setting:theme']);
  });

  it('removes the chunks a shorter list no longer needs', async () => {
    await updateSettings({ disabledSites: sites(1000) });
    await updateSettings({ disabledSites: ['one.example'] });
    const stored = await storedWithinQuota();
    expect(Object.keys(stored).filter((k) => k.startsWith('setting:disabledSites'))).toEqual(['setting:disabledSites', 'setting:disabledSites:0']);
    expect((await getSettings()).disabledSites).toEqual(['one.example']);
  });

  it('refuses a list that would outgrow storage.sync, says so, and changes nothing', async () => {
    await updateSettings({ disabledSites: sites(1000), theme: 'dark' });
    const before = await fakeBrowser.storage.sync.get(null);
    const heard: (string | null)[] = [];
    const stop = onSettingsWriteResult((error) => heard.push(error));
    const tooMany = sites(6000);
    expect(quotaProblem(encodeSettings({ ...DEFAULT_SETTINGS, disabledSites: tooMany }))).toMatchObject({ kind: 'bytes' });
    const refused = updateSettings({ disabledSites: tooMany });
    await expect(refused).rejects.toBeInstanceOf(SettingsWriteError);
    await expect(refused).rejects.toThrow(/Not saved: with 6,000 sites switched off.*at most 100 KB.*nothing was changed/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/6,000 sites/);
    // A later change that fits is saved, and clears the message.
    await updateSettings({ theme: 'light' });
    expect(heard.at(-1)).toBeNull();
    stop();
  });

  it('passes on a write the browser refuses, with nothing half-written', async () => {
    await updateSettings({ disabledSites: sites(1000) });
    const before = await fakeBrowser.storage.sync.get(null);
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await expect(updateSettings({ disabledSites: sites(1200) })).rejects.toThrow(
      /not saved: the browser refused the change \(MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded\)/,
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
    expect((await getSettings()).disabledSites).toHaveLength(1000);
  });

  it('migrates the single legacy item to one item per setting, once, and drops it', async () => {
    const legacy: Settings = { ...DEFAULT_SETTINGS, paused: true, disabledSites: sites(300), theme: 'dark', hoverDelayMs: 900 };
    await fakeBrowser.storage.sync.set({ settings: legacy });
    await expect(getSettings()).resolves.toEqual(legacy);
    await expect(migrateSettings()).resolves.toBe(true);
    const stored = await storedWithinQuota();
    expect(stored.settings).toBeUndefined();
    expect(stored['setting:hoverDelayMs']).toBe(900);
    await expect(getSettings()).resolves.toEqual(legacy);
    await expect(migrateSettings()).resolves.toBe(false);
  });

  it('migrates on the first change too, keeping every legacy setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.example'] } });
    await updateSettings({ theme: 'dark' });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored.settings).toBeUndefined();
    await expect(getSettings()).resolves.toMatchObject({ paused: true, theme: 'dark', disabledSites: ['a.example'] });
  });

  it('ignores stored values of the wrong kind', async () => {
    await fakeBrowser.storage.sync.set({ 'setting:paused': 'yes', 'setting:hoverDelayMs': 800, 'setting:disabledSites': 1, 'setting:disabledSites:0': ['a.example', 7] });
    await expect(getSettings()).resolves.toMatchObject({ paused: false, hoverDelayMs: 800, disabledSites: ['a.example'] });
  });

  it('tells watchers of a change made in another context', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await expect.poll(() => seen.length).toBe(1);
    await fakeBrowser.storage.sync.set({ 'setting:disabledSites': 1, 'setting:disabledSites:0': ['elsewhere.example'] });
    await expect.poll(() => seen.at(-1)?.disabledSites).toEqual(['elsewhere.example']);
    stop();
  });

  it('keeps muted names in chunks too: 2,000 of them on 400 sites, where one item held at most 8 KB', async () => {
    const muted: Record<string, string[]> = {};
    for (const site of sites(400)) muted[site] = ['claude', 'codex', 'copilot', 'cursor', 'windsurf'];
    await updateSettings({ mutedNames: muted });
    const stored = await storedWithinQuota();
    expect(stored['setting:mutedNames']).toBeGreaterThan(1);
    expect((await getSettings()).mutedNames).toEqual(muted);
    // One name more on a site, one name fewer on another: the rest stays as it was.
    await setNameMuted('zzz.example', 'Cursor', true);
    await setNameMuted(sites(1)[0], 'codex', false);
    const after = (await getSettings()).mutedNames;
    expect(after['zzz.example']).toEqual(['cursor']);
    expect(after[sites(1)[0]]).toEqual(['claude', 'copilot', 'cursor', 'windsurf']);
    expect(Object.keys(after)).toHaveLength(401);
    await storedWithinQuota();
    // Unmuting everything leaves one empty chunk: the mark that this layout holds the muted names.
    await updateSettings({ mutedNames: {} });
    const left = Object.entries(await storedWithinQuota()).filter(([k]) => k.startsWith('setting:mutedNames'));
    expect(Object.fromEntries(left)).toEqual({ 'setting:mutedNames': 1, 'setting:mutedNames:0': [] });
    expect((await getSettings()).mutedNames).toEqual({});
  });

  it('still reads muted names stored whole in one item, and chunks them on the next write', async () => {
    await fakeBrowser.storage.sync.set({ 'setting:theme': 'dark', 'setting:mutedNames': { 'example.com': ['cursor'], 'bad.example': [3, 'codex'], 'empty.example': 'x' } });
    await expect(getSettings()).resolves.toMatchObject({ theme: 'dark', mutedNames: { 'example.com': ['cursor'], 'bad.example': ['codex'] } });
    await setNameMuted('example.com', 'windsurf', true);
    const stored = await storedWithinQuota();
    expect(stored['setting:mutedNames']).toBe(1);
    expect(stored['setting:mutedNames:0']).toEqual([
      ['example.com', 'cursor'],
      ['example.com', 'windsurf'],
      ['bad.example', 'codex'],
    ]);
    expect((await getSettings()).mutedNames).toEqual({ 'example.com': ['cursor', 'windsurf'], 'bad.example': ['codex'] });
  });

  it('names the muted names too when the lists together outgrow storage.sync', async () => {
    const muted: Record<string, string[]> = {};
    for (const site of sites(3000)) muted[site] = ['cursor'];
    const refused = updateSettings({ disabledSites: sites(2000, 5000), mutedNames: muted });
    await expect(refused).rejects.toThrow(/Not saved: with 2,000 sites switched off and 3,000 names marked “Not this”.*at most 100 KB.*nothing was changed/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('drops chunk entries of the wrong kind', async () => {
    await fakeBrowser.storage.sync.set({ 'setting:mutedNames': 1, 'setting:mutedNames:0': [['a.example', 'cursor'], ['a.example'], 'x', ['b.example', 7], ['b.example', 'codex']] });
    await expect(getSettings()).resolves.toMatchObject({ mutedNames: { 'a.example': ['cursor'], 'b.example': ['codex'] } });
  });

  // An older build (before 7 December 2026) reads the count as no muted names at all, and writes the
  // names it holds whole over the count; on another device, before it synced what this build wrote.
  const olderBuildWrites = (whole: Record<string, string[]>) => fakeBrowser.storage.sync.set({ 'setting:mutedNames': whole });

  it('never brings back a name unmuted here from an older build’s whole value written over the count', async () => {
    await olderBuildWrites({ 'a.example': ['cursor'] });
    expect((await getSettings()).mutedNames).toEqual({ 'a.example': ['cursor'] });
    await setNameMuted('a.example', 'Cursor', false);
    await setNameMuted('b.example', 'Codex', true);
    // The other device, which had not yet synced the unmute, mutes one more name: its whole value
    // still lists "cursor" (and the chunks do not).
    await olderBuildWrites({ 'a.example': ['cursor'], 'c.example': ['claude'] });
    expect((await getSettings()).mutedNames).toEqual({ 'b.example': ['codex'] });
    // With nothing muted here any more, the same holds: the empty chunk says this layout wrote it.
    await setNameMuted('b.example', 'Codex', false);
    await olderBuildWrites({ 'b.example': ['codex'] });
    expect((await getSettings()).mutedNames).toEqual({});
  });

  it('never brings back a name from chunks a shorter list left behind, once the count is overwritten', async () => {
    const muted: Record<string, string[]> = {};
    for (const site of sites(400)) muted[site] = ['claude', 'codex', 'copilot', 'cursor', 'windsurf'];
    await updateSettings({ mutedNames: muted });
    expect((await fakeBrowser.storage.sync.get('setting:mutedNames'))['setting:mutedNames']).toBeGreaterThan(1);
    // The chunks the shorter list no longer needs are not removed (sync's write rate, a device
    // going offline between the two calls); then an older build writes its whole value over the count.
    vi.spyOn(browser.storage.sync, 'remove').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await updateSettings({ mutedNames: { 'a.example': ['cursor'] } });
    await olderBuildWrites({ 'c.example': ['claude'] });
    expect((await getSettings()).mutedNames).toEqual({ 'a.example': ['cursor'] });
  });

  it('keeps every name this build muted, whatever an older build writes over the count', async () => {
    await setNameMuted('a.example', 'Cursor', true);
    await olderBuildWrites({});
    expect((await getSettings()).mutedNames).toEqual({ 'a.example': ['cursor'] });
    await olderBuildWrites({ 'b.example': ['windsurf'] });
    await setNameMuted('a.example', 'Codex', true);
    expect((await getSettings()).mutedNames).toEqual({ 'a.example': ['codex', 'cursor'] });
    expect(await fakeBrowser.storage.sync.get('setting:mutedNames')).toEqual({ 'setting:mutedNames': 1 });
  });

  it('migrates a whole value once: as chunks while it is all there is, else the chunks stay the value', async () => {
    await fakeBrowser.storage.sync.set({ 'setting:theme': 'dark', 'setting:mutedNames': { 'a.example': ['cursor'], 'b.example': ['codex'] } });
    expect(await migrateSettings()).toBe(true);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      'setting:theme': 'dark',
      'setting:mutedNames': 1,
      'setting:mutedNames:0': [
        ['a.example', 'cursor'],
        ['b.example', 'codex'],
      ],
    });
    const set = vi.spyOn(browser.storage.sync, 'set');
    expect(await migrateSettings()).toBe(false);
    expect(set).not.toHaveBeenCalled();
    // An older build writes its whole value over the count: the next start puts the count back.
    await olderBuildWrites({ 'c.example': ['claude'] });
    expect(await migrateSettings()).toBe(true);
    expect(await fakeBrowser.storage.sync.get('setting:mutedNames')).toEqual({ 'setting:mutedNames': 1 });
    expect((await getSettings()).mutedNames).toEqual({ 'a.example': ['cursor'], 'b.example': ['codex'] });
    expect(await migrateSettings()).toBe(false);
  });

  it('takes any host name as a site key, and a damaged count never hangs a read', async () => {
    await setNameMuted('constructor', 'Cursor', true);
    await setNameMuted('__proto__', 'Codex', true);
    const settings = await getSettings();
    expect(Object.keys(settings.mutedNames).sort()).toEqual(['__proto__', 'constructor']);
    expect(mutedOn({ settings, site: 'constructor' } as never)).toEqual(['cursor']);
    expect(mutedOn({ settings, site: 'toString' } as never)).toEqual([]);
    await fakeBrowser.storage.sync.set({ 'setting:disabledSites': 1e308, 'setting:disabledSites:0': ['a.example'] });
    await expect(getSettings()).resolves.toMatchObject({ disabledSites: ['a.example'] });
    // A chunk missing within the count (sync still bringing it) is skipped, not the end of the list.
    await fakeBrowser.storage.sync.remove('setting:disabledSites:0');
    await fakeBrowser.storage.sync.set({ 'setting:disabledSites': 3, 'setting:disabledSites:0': ['a.example'], 'setting:disabledSites:2': ['c.example'] });
    await expect(getSettings()).resolves.toMatchObject({ disabledSites: ['a.example', 'c.example'] });
  });
});
