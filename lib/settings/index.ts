/**
 * The person's settings: one typed item in `storage.sync` with its defaults, read live by every surface
 * (content scripts re-apply on change, without a reload).
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../dataset/types';

export type HighlightStyle = 'underline' | 'background' | 'none';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Global pause: no scanning, no highlights, no cards. */
  paused: boolean;
  /** Host names (e.g. "example.com") where the extension is switched off. */
  disabledSites: string[];
  /** Entity types that are highlighted; a type left out is neither painted nor carded. */
  enabledTypes: Record<EntityType, boolean>;
  highlightStyle: HighlightStyle;
  /** Milliseconds the pointer rests on a mention before its card shows. */
  hoverDelayMs: number;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  enabledTypes: {
    person: true,
    company: true,
    product: true,
    model: true,
    team: true,
    event: true,
    deal: true,
    concept: true,
  },
  highlightStyle: 'underline',
  hoverDelayMs: 350,
  theme: 'system',
};

export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Fills what an older or partial stored value lacks, so new settings get their defaults. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    enabledTypes: { ...DEFAULT_SETTINGS.enabledTypes, ...stored?.enabledTypes },
  };
}

export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the full settings now and after every change; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  void getSettings().then((s) => !stopped && onChange(s));
  const unwatch = settingsItem.watch((value) => onChange(withDefaults(value)));
  return () => {
    stopped = true;
    unwatch();
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

export function isActiveOn(settings: Settings, url: string): boolean {
  if (settings.paused) return false;
  const key = siteKey(url);
  return key === null || !settings.disabledSites.includes(key);
}
