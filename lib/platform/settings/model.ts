/** What the settings are, and their defaults. Adding a setting: a field here and its default below. */
import { everyType, type EntityType } from '../../core/dataset';
import { isObject } from '../../core/guards';

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
  /**
   * Highlight names on every page, not only pages about AI: entities at the edge of the race (big
   * companies, publishers) are shown on any page. Off by default.
   */
  highlightEverywhere: boolean;
  /** Per site key, names the person told the card are "not this" there (lower case, as on the page). */
  mutedNames: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  enabledTypes: everyType(true),
  highlightStyle: 'underline',
  hoverDelayMs: 350,
  theme: 'system',
  highlightEverywhere: false,
  mutedNames: {},
};

function sameKind(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (isObject(fallback)) return isObject(value);
  return typeof value === typeof fallback;
}

/**
 * Fills what an older, partial or damaged stored value lacks, so new settings get their defaults and
 * a value of the wrong kind never reaches a surface.
 */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = (stored as Record<string, unknown> | null | undefined)?.[key];
    if (value !== undefined && sameKind(value, fallback)) out[key] = value;
  }
  const settings = out as unknown as Settings;
  settings.enabledTypes = { ...DEFAULT_SETTINGS.enabledTypes, ...settings.enabledTypes };
  settings.disabledSites = settings.disabledSites.filter((site) => typeof site === 'string');
  settings.mutedNames = Object.fromEntries(
    Object.entries(settings.mutedNames)
      .map(([site, names]) => [site, Array.isArray(names) ? names.filter((name) => typeof name === 'string') : []] as const)
      .filter(([, names]) => names.length > 0),
  );
  return settings;
}
