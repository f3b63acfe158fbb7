/**
 * UI text comes from `_locales/<lang>/messages.json` through `t(key)`. In the extension the browser
 * resolves every key (falling back to the default locale itself for a partial translation); unit tests
 * have no browser i18n, so there, and only there, the English file is the fallback. Keeping it out of
 * builds saves every page's content script 40 kB.
 */
import { browser } from 'wxt/browser';
import english from '../../../assets/public/_locales/en/messages.json';

type Catalog = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;
const FALLBACK = (import.meta.env.MODE === 'test' ? english : {}) as Catalog;

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

/** The message with its named placeholders (`$count$`) replaced by their content (`$1`), as the browser does. */
export function resolvePlaceholders(entry: Catalog[string]): string {
  const named = entry.placeholders ?? {};
  const byName = new Map(Object.entries(named).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => byName.get(name.toLowerCase()) ?? whole);
}

/** The text for `key` in the person's language, with `$1`, `$2`... replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const localized = fromBrowser(key, subs);
  if (localized) return localized;
  const entry = FALLBACK[key];
  return entry ? substitute(resolvePlaceholders(entry), subs) : key;
}

/**
 * A message that depends on a count. Chrome's i18n has no plural rules, so each such text has two keys,
 * one for the `one` category of the person's language and one for every other; `Intl.PluralRules`
 * chooses. The count, formatted for the locale, is `$1`; `substitutions` follow as `$2`, `$3`...
 */
export function plural(
  count: number,
  one: MessageKey,
  other: MessageKey,
  ...substitutions: (string | number)[]
): string {
  const locale = uiLanguage();
  let category: Intl.LDMLPluralRule = 'other';
  let shown = String(count);
  try {
    category = new Intl.PluralRules(locale).select(count);
    shown = new Intl.NumberFormat(locale).format(count);
  } catch {
    // A locale tag Intl rejects: the English rule and plain digits.
    category = count === 1 ? 'one' : 'other';
  }
  return t(category === 'one' ? one : other, shown, ...substitutions);
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
