/**
 * The person's settings in `storage.sync`, one item per setting and the growing lists in chunks, within the
 * sync quotas (`./sync-layout`, `./sync-store`); read live by every surface (content scripts re-apply
 * on change, without a reload). A write that cannot be saved says why and changes nothing.
 */
import { DEFAULT_SETTINGS, type HighlightStyle, type Settings, type Theme } from './model';
import { updateSettings, watchSettings } from './sync-store';
import { fold } from '../../core/fold';

export { DEFAULT_SETTINGS, withDefaults, type Settings, type HighlightStyle, type Theme } from './model';
export {
  getSettings,
  updateSettings,
  setSiteDisabled,
  saveSettings,
  switchSite,
  migrateSettings,
  resetSettings,
  watchSettings,
  onSettingsWriteResult,
  SettingsWriteError,
} from './sync-store';
export { SYNC_QUOTA, LEGACY_KEY, encodeSettings, decodeSettings, quotaProblem, chunkList, itemBytes } from './sync-layout';

export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

/** The theme a surface shows: the setting, or for "system" what the operating system prefers. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemPrefersDark ? 'dark' : 'light') : theme;
}

function systemDarkQuery(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
}

/**
 * Puts the theme a page shows on `root` as `data-theme="light|dark"`, "system" resolved here, so each
 * stylesheet states its dark palette once, under `[data-theme='dark']`. The root is a parameter, so
 * this module needs no DOM of its own (the background imports it too).
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = resolveTheme(theme, systemDarkQuery()?.matches ?? false);
}

/**
 * Follows the theme setting, and the system's preference while the setting is "system", live on
 * `root`. The system's theme is applied at once (before the setting is read), so the first paint is
 * already right for most people. Returns the function that stops following.
 */
export function followThemeSetting(root: HTMLElement): () => void {
  const query = systemDarkQuery();
  let theme: Theme = 'system';
  const apply = () => applyTheme(root, theme);
  apply();
  query?.addEventListener('change', apply);
  const stop = watchSettings((settings) => {
    theme = settings.theme;
    apply();
  });
  return () => {
    stop();
    query?.removeEventListener('change', apply);
  };
}

/** The site key a per-site switch is stored under: the host name, without a leading "www.". */
export function siteKey(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'file:') return 'file://';
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The address whose site a frame's per-site switch follows: the top page's, so a site switched off is
 * off in its iframes too (about:blank and srcdoc frames, cross-origin embeds). A cross-origin frame
 * cannot read the top's address; its origin comes from `ancestorOrigins` (Chrome) or the referrer.
 */
export function pageSiteUrl(win: Window = window): string {
  try {
    if (win === win.top) return win.location.href;
    const top = win.top!.location.href;
    if (top) return top;
  } catch {
    // Cross-origin top: fall through to what the frame may know of it.
  }
  const origins = win.location.ancestorOrigins;
  if (origins && origins.length > 0) return `${origins[origins.length - 1]}/`;
  if (win.document.referrer) return win.document.referrer;
  return win.location.href;
}

export function isActiveOn(settings: Settings, url: string): boolean {
  if (settings.paused) return false;
  const key = siteKey(url);
  return key === null || !settings.disabledSites.includes(key);
}

/** The settings as one frame of a page sees them. */
export interface PageSettings {
  readonly settings: Settings;
  /** Not paused and not switched off for this page's site. */
  readonly active: boolean;
  /** The page's site key (per-site switch, muted names); null where there is none. */
  readonly site: string | null;
  readonly style: HighlightStyle;
  readonly theme: Theme;
}

/** The settings as seen from a page at `url` (the top page's address: see `pageSiteUrl`). */
export function pageSettings(settings: Settings, url: string): PageSettings {
  return {
    settings,
    active: isActiveOn(settings, url),
    site: siteKey(url),
    style: settings.highlightStyle,
    theme: settings.theme,
  };
}

/** The names muted on the page's site ("Not this" on a card). */
export function mutedOn(view: PageSettings): string[] {
  const muted = view.settings.mutedNames;
  const site = view.site ?? '';
  return Object.hasOwn(muted, site) ? muted[site] : [];
}

/** How a muted name is stored: the page text in lower case, spaces folded ("Cursor" and "CURSOR" alike). */
export function mutedForm(text: string): string {
  return fold(text, { accents: 'as-is', spaces: 'collapse' });
}

/** The card's "Not this": the name stops counting on the site (or counts again with `muted` false). */
export function setNameMuted(site: string, text: string, muted: boolean): Promise<Settings> {
  const word = mutedForm(text);
  return updateSettings((current) => {
    const known = Object.hasOwn(current.mutedNames, site);
    const kept = (known ? current.mutedNames[site] : []).filter((w) => w !== word);
    const list = muted ? [...kept, word].sort() : kept;
    // Built, not assigned: a site key may be any host name, "__proto__" included. A site keeps its place.
    const entries = Object.entries(current.mutedNames).map(([key, names]): [string, string[]] => [key, key === site ? list : names]);
    if (!known) entries.push([site, list]);
    return { mutedNames: Object.fromEntries(entries.filter(([, names]) => names.length > 0)) };
  });
}

/** Keeps a hover delay inside the slider's range and on whole milliseconds. */
export function clampHoverDelay(ms: number): number {
  if (!Number.isFinite(ms)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, ms)));
}

/**
 * Turns what a person typed ("https://www.example.com/page", "Example.com") into a site key, or null
 * when it names no site.
 */
export function siteKeyFromInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) || trimmed.startsWith('file:') ? trimmed : `https://${trimmed}`;
  const key = siteKey(withScheme);
  return key && (key === 'file://' || /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\]$/.test(key)) ? key : null;
}
