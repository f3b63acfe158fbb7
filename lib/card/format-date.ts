/**
 * Partial ISO dates shown at the precision the dataset knows, no more: "2021", "Feb 2025",
 * "11 Jul 2025" (in the reader's locale, so "Jul 11, 2025" in en-US). Inventing a day or a month
 * that the source never gave would be a small lie, so a year stays a year.
 */
import type { PartialDate } from '../dataset/types';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${precision}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (precision !== 'year') options.month = 'short';
    if (precision === 'day') options.day = 'numeric';
    try {
      found = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A page can declare a malformed lang; fall back to the browser's own locale.
      found = new Intl.DateTimeFormat(undefined, options);
    }
    formatters.set(key, found);
  }
  return found;
}

/** Formats "2021", "2025-02" or "2025-07-11"; anything else is shown as written. */
export function formatPartialDate(date: PartialDate, locale?: string): string {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const precision = day ? 'day' : month ? 'month' : 'year';
  const value = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  return formatter(locale, precision).format(value);
}

/** Sort key: later dates compare greater; "2025" sorts before "2025-01" (less precise, earlier). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
