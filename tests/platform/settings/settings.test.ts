import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  applyTheme,
  resolveTheme,
  clampHoverDelay,
  getSettings,
  isActiveOn,
  resetSettings,
  setNameMuted,
  setSiteDisabled,
  siteKey,
  siteKeyFromInput,
  updateSettings,
  watchSettings,
  withDefaults,
  type Settings,
} from '../../../lib/platform/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings in storage.sync', () => {
  it('reads the defaults when nothing is stored', async () => {
    await expect(getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('highlights peripheral names only on pages about AI unless asked, also for settings stored before the option', async () => {
    expect(DEFAULT_SETTINGS.highlightEverywhere).toBe(false);
    await fakeBrowser.storage.sync.set({ settings: { paused: false, theme: 'light' } });
    expect((await getSettings()).highlightEverywhere).toBe(false);
  });

  it('round-trips every field through storage.sync', async () => {
    const changed: Settings = {
      paused: true,
      disabledSites: ['example.com'],
      enabledTypes: { ...DEFAULT_SETTINGS.enabledTypes, person: false, concept: false },
      highlightStyle: 'background',
      hoverDelayMs: 1200,
      theme: 'dark',
      highlightEverywhere: true,
      mutedNames: { 'example.com': ['cursor'] },
    };
    await updateSettings(changed);
    const raw = await fakeBrowser.storage.sync.get(null);
    expect(raw).toMatchObject({ 'setting:paused': true, 'setting:theme': 'dark', 'setting:disabledSites': 1, 'setting:disabledSites:0': ['example.com'] });
    await expect(getSettings()).resolves.toEqual(changed);
  });

  it('fills settings an older stored value (the legacy single item) lacks', async () => {
    await fakeBrowser.storage.sync.set({ settings: { paused: true, enabledTypes: { person: false } } });
    const settings = await getSettings();
    expect(settings.paused).toBe(true);
    expect(settings.enabledTypes.person).toBe(false);
    expect(settings.enabledTypes.company).toBe(true);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers the current value, then every change', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await expect.poll(() => seen.length).toBe(1);
    await updateSettings({ theme: 'light' });
    await expect.poll(() => seen.at(-1)?.theme).toBe('light');
    stop();
    await updateSettings({ theme: 'dark' });
    expect(seen.at(-1)?.theme).toBe('light');
  });

  it('adds and removes a site switch without duplicates', async () => {
    await setSiteDisabled('b.example', true);
    await setSiteDisabled('a.example', true);
    await setSiteDisabled('a.example', true);
    expect((await getSettings()).disabledSites).toEqual(['a.example', 'b.example']);
    await setSiteDisabled('a.example', false);
    expect((await getSettings()).disabledSites).toEqual(['b.example']);
  });

  it('resets to the defaults', async () => {
    await updateSettings({ paused: true });
    await resetSettings();
    await expect(getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('where the extension is active', () => {
  it('keys sites by host name without www', () => {
    expect(siteKey('https://www.example.com/a?b#c')).toBe('example.com');
    expect(siteKey('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteKey('file:///tmp/a.html')).toBe('file://');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });

  it('is off when paused or when the site is switched off', () => {
    const base = { ...DEFAULT_SETTINGS };
    expect(isActiveOn(base, 'https://example.com/')).toBe(true);
    expect(isActiveOn({ ...base, paused: true }, 'https://example.com/')).toBe(false);
    expect(isActiveOn({ ...base, disabledSites: ['example.com'] }, 'https://www.example.com/x')).toBe(false);
    expect(isActiveOn({ ...base, disabledSites: ['example.com'] }, 'https://other.org/')).toBe(true);
  });

  it('understands what people type as a site', () => {
    expect(siteKeyFromInput('  https://www.News.example.com/path ')).toBe('news.example.com');
    expect(siteKeyFromInput('example.com')).toBe('example.com');
    expect(siteKeyFromInput('localhost:3000')).toBe('localhost');
    expect(siteKeyFromInput('')).toBeNull();
    expect(siteKeyFromInput('not a site!')).toBeNull();
  });

  it('keeps the hover delay in the slider range', () => {
    expect(clampHoverDelay(20)).toBe(100);
    expect(clampHoverDelay(5000)).toBe(2000);
    expect(clampHoverDelay(333.4)).toBe(333);
    expect(clampHoverDelay(Number.NaN)).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

describe('applyTheme', () => {
  it('puts a chosen theme on the root, and "system" as what the system prefers', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme(root, 'light');
    expect(root.dataset.theme).toBe('light');
    applyTheme(root, 'system');
    expect(root.dataset.theme).toBe(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  });

  it('resolves "system" from the preference it is given', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('changes made from the current value', () => {
  it('keeps every name muted at the same moment ("Not this" clicked twice quickly)', async () => {
    await Promise.all([setNameMuted('example.com', 'Cursor', true), setNameMuted('example.com', 'Windsurf ', true), setSiteDisabled('a.org', true)]);
    const settings = await getSettings();
    expect(settings.mutedNames['example.com']).toEqual(['cursor', 'windsurf']);
    expect(settings.disabledSites).toEqual(['a.org']);
    await Promise.all([setNameMuted('example.com', 'CURSOR', false), setSiteDisabled('b.org', true)]);
    expect((await getSettings()).mutedNames['example.com']).toEqual(['windsurf']);
    expect((await getSettings()).disabledSites).toEqual(['a.org', 'b.org']);
  });
});
