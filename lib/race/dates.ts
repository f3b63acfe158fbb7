/**
 * Partial ISO dates ("2021", "2025-02", "2025-07-11") as time spans. A date known only to the month is
 * the whole month, so the timeline draws it as a span instead of pinning it to a false first day.
 */
import type { PartialDate } from '../dataset/types';
import { uiLanguage } from '../i18n';

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  /** UTC milliseconds at the span's first instant. */
  start: number;
  /** UTC milliseconds just after the span (exclusive). */
  end: number;
  precision: DatePrecision;
  /** The date as written in the dataset. */
  iso: PartialDate;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Null for anything that is not a well-formed partial date, so one bad value never breaks the view. */
export function parsePartialDate(iso: PartialDate | undefined): DateSpan | null {
  if (!iso) return null;
  const match = PARTIAL_DATE.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    const start = Date.UTC(year, month! - 1, day);
    // Date.UTC rolls 2025-02-30 over into March; such a date is malformed, not a March date.
    if (new Date(start).getUTCDate() !== day) return null;
    return { start, end: Date.UTC(year, month! - 1, day + 1), precision: 'day', iso };
  }
  if (month !== null) {
    return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision: 'month', iso };
  }
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year', iso };
}

// A timeline formats hundreds of dates per drawing: one Intl formatter per locale and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision, long: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${long}`;
  let format = formatters.get(key);
  if (!format) {
    const month = long ? 'long' : 'short';
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month, timeZone: 'UTC' }
          : { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A locale tag Intl rejects must not break the view.
      format = new Intl.DateTimeFormat('en-GB', options);
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * "2021", "Feb 2025", "11 Jul 2025" (en-GB; each locale orders and spells the parts its own way): only
 * as precise as the data; `long` spells the month out.
 */
export function formatSpan(span: DateSpan, long = false, locale = uiLanguage()): string {
  return formatter(locale, span.precision, long).format(new Date(span.start));
}

/** Formats a partial date, or returns it unchanged when it cannot be parsed. */
export function formatPartialDate(iso: PartialDate, long = false, locale = uiLanguage()): string {
  const span = parsePartialDate(iso);
  return span ? formatSpan(span, long, locale) : iso;
}

/** Sort key: earlier start first, then the shorter (more precise) span. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return a.start - b.start || a.end - b.end;
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
