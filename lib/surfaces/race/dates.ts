/**
 * Partial ISO dates ("2021", "2025-02", "2025-07-11") as time spans. A date known only to the month is
 * the whole month, so the timeline draws it as a span instead of pinning it to a false first day.
 * Parsing and formatting are lib/core/dataset's; this adds the span.
 */
import { formatPartialDate, parsePartialDate, type DatePrecision, type PartialDate } from '../../core/dataset';
import { uiLanguage } from '../../core/i18n';

export type { DatePrecision };

export interface DateSpan {
  /** UTC milliseconds at the span's first instant. */
  start: number;
  /** UTC milliseconds just after the span (exclusive). */
  end: number;
  precision: DatePrecision;
  /** The date as written in the dataset. */
  iso: PartialDate;
}

/** Null for anything that is not a well-formed partial date, so one bad value never breaks the view. */
export function parseDateSpan(iso: PartialDate | undefined): DateSpan | null {
  const parts = iso ? parsePartialDate(iso.trim()) : null;
  if (!iso || !parts) return null;
  const { year, month, day } = parts;
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year', iso };
  if (day === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision: 'month', iso };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1), precision: 'day', iso };
}

/**
 * "2021", "Feb 2025", "11 Jul 2025" (en-GB; each locale orders and spells the parts its own way): only
 * as precise as the data; `long` spells the month out.
 */
export function formatSpan(span: DateSpan, long = false, locale = uiLanguage()): string {
  return formatPartialDate(span.iso.trim(), locale, long ? 'long' : 'short');
}

/** Sort key: earlier start first, then the shorter (more precise) span. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return a.start - b.start || a.end - b.end;
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
