/**
 * Partial ISO dates ("2021", "2025-02", "2025-07-11") as time spans. A date known only to the month is
 * the whole month, so the timeline draws it as a span instead of pinning it to a false first day.
 */
import type { PartialDate } from '../dataset/types';

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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2021", "Feb 2025", "11 Jul 2025": only as precise as the data; `long` spells the month out. */
export function formatSpan(span: DateSpan, long = false): string {
  const date = new Date(span.start);
  const year = date.getUTCFullYear();
  const month = (long ? MONTHS_LONG : MONTHS)[date.getUTCMonth()];
  if (span.precision === 'year') return String(year);
  if (span.precision === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/** Formats a partial date, or returns it unchanged when it cannot be parsed. */
export function formatPartialDate(iso: PartialDate, long = false): string {
  const span = parsePartialDate(iso);
  return span ? formatSpan(span, long) : iso;
}

/** Sort key: earlier start first, then the shorter (more precise) span. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return a.start - b.start || a.end - b.end;
}

export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
