/**
 * UI text comes from `_locales/<lang>/messages.json` through `t(key)`. The English file is bundled as
 * the fallback, so a key the browser cannot resolve (unit tests, a context without i18n, a key missing
 * from a partial translation) still reads as English instead of an empty string.
 */
import { browser } from 'wxt/browser';
import english from '../../assets/public/_locales/en/messages.json';

type Catalog = Record<string, { message: string; description?: string }>;
const FALLBACK = english as Catalog;

export type MessageKey = keyof typeof english;

/** Replaces `$1`..`$9` the way Chrome and Firefox do for messages without named placeholders. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\d)/g, (whole, digit: string) => substitutions[Number(digit) - 1] ?? whole);
}

function fromBrowser(key: string, substitutions: string[]): string {
  try {
    const getMessage = (browser.i18n as { getMessage?: (k: string, s?: string[]) => string } | undefined)
      ?.getMessage;
    return getMessage ? getMessage(key, substitutions) || '' : '';
  } catch {
    // The fake browser of unit tests throws for unmocked calls; the English fallback answers then.
    return '';
  }
}

/** The text for `key` in the person's language, with `$1`, `$2`... replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const localized = fromBrowser(key, subs);
  if (localized) return localized;
  const entry = FALLBACK[key];
  return entry ? substitute(entry.message, subs) : key;
}

/** The person's UI language as a BCP 47 tag ("en-GB"), for `Intl` formatting. */
export function uiLanguage(): string {
  try {
    const lang = (browser.i18n as { getUILanguage?: () => string } | undefined)?.getUILanguage?.();
    if (lang) return lang;
  } catch {
    // Unmocked in unit tests; the navigator's language is the same answer in extension pages.
  }
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
}
