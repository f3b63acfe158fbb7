/**
 * Numbers, durations and moments in the person's locale, through `Intl`. (Dataset dates, which are
 * partial, are formatted by lib/core/dataset's `formatPartialDate`.)
 */
import { uiLanguage } from '../i18n';

export function formatNumber(value: number, locale = uiLanguage(), options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** "350 ms" / "1.2 s"-style durations for the hover delay. */
export function formatMilliseconds(ms: number, locale = uiLanguage()): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }).format(ms);
}

/** A day ("21 Nov 2026" in en-GB): when an annotation was last changed. */
export function formatDay(value: Date | number | string, locale = uiLanguage()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));
}

/** A moment (an import time, an export file's date) with date and time. */
export function formatDateTime(value: Date | number | string, locale = uiLanguage()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
