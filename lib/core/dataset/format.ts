/**
 * Dates, figures and ordering for display. Pure functions, no DOM: usable from the content script,
 * the popup, the side panel and the build hook alike.
 */
import type { Coverage, Dataset, Fact, Figure, FigureBound, PartialDate } from './types';

export interface DateParts {
  year: number;
  /** 1–12, when the date gives a month. */
  month?: number;
  /** 1–31, when the date gives a day. */
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2025", "2025-02" or "2025-02-11"; null when malformed or not a real calendar date. */
export function parsePartialDate(date: string): DateParts | null {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Why a partial date is not acceptable, or null when it is fine. */
export function partialDateProblem(date: string): string | null {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found "${date}"`;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `expected a month from 01 to 12, found "${m[2]}" in "${date}"`;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const max = daysInMonth(Number(m[1]), month);
      if (day < 1 || day > max) {
        return `expected a day from 01 to ${max} for ${m[1]}-${m[2]}, found "${m[3]}" in "${date}"`;
      }
    }
  }
  return null;
}

export function isValidPartialDate(date: string): boolean {
  return parsePartialDate(date) !== null;
}

/**
 * The person's locale where there is one (extension pages and content scripts: the browser's language),
 * else en-GB (the build hook, Node). Kept free of the extension APIs so this module stays pure.
 */
export function defaultLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
}

export type DatePrecision = 'year' | 'month' | 'day';

// A card shows a dozen dates and a timeline hundreds per drawing: one Intl formatter per locale and shape.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string | string[], precision: DatePrecision, month: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${String(locale)}|${precision}|${month}`;
  let format = dateFormatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month, timeZone: 'UTC' }
          : { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A locale tag Intl rejects must not break a card or a view.
      format = new Intl.DateTimeFormat('en-GB', options);
    }
    dateFormatters.set(key, format);
  }
  return format;
}

/**
 * Formats a partial date at the precision it has: "2025", "Feb 2025", "11 Jul 2025" (en-GB; other
 * locales order and spell the parts their own way); `month: 'long'` spells the month out ("February
 * 2025"). Returns the input unchanged when it cannot be parsed.
 */
export function formatPartialDate(
  date: PartialDate,
  locale: string | string[] = defaultLocale(),
  month: 'short' | 'long' = 'short',
): string {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  const precision = parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
  const utc = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  return dateFormatter(locale, precision, month).format(utc);
}

/**
 * Chronological comparison. A less precise date counts as the start of its period, so "2025" sorts
 * before "2025-02", which sorts before "2025-02-11".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return (
    pa.year - pb.year ||
    (pa.month ?? 0) - (pb.month ?? 0) ||
    (pa.day ?? 0) - (pb.day ?? 0)
  );
}

const DEFAULT_IMPORTANCE = 2;

/**
 * Facts in card order: most important first (1 before 2 before 3; a fact without importance counts
 * as 2), then newest first, undated facts last; ties keep dataset order.
 */
export function sortFacts<T extends Fact>(facts: readonly T[]): T[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((x, y) => {
      const byImportance = (x.fact.importance ?? DEFAULT_IMPORTANCE) - (y.fact.importance ?? DEFAULT_IMPORTANCE);
      if (byImportance) return byImportance;
      if (x.fact.date && y.fact.date) {
        const byDate = comparePartialDates(y.fact.date, x.fact.date);
        if (byDate) return byDate;
      } else if (x.fact.date || y.fact.date) {
        return x.fact.date ? -1 : 1;
      }
      return x.index - y.index;
    })
    .map(({ fact }) => fact);
}

/** Millions and more in words, the locale's own ("2.5 billion", "2,5 Milliarden"); smaller values in digits. */
function scaled(value: number, locale: string | string[]): string {
  const compact = Math.abs(value) >= 1e6;
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
}

function isEnglish(locale: string | string[]): boolean {
  const first = Array.isArray(locale) ? locale[0] : locale;
  return !first || /^en\b/i.test(first);
}

/** A figure's bound: its own, else "about" for an older dataset's `approximate: true`, else "exactly". */
export function figureBound(figure: Pick<Figure, 'bound' | 'approximate'>): FigureBound {
  return figure.bound ?? (figure.approximate ? 'about' : 'exactly');
}

/** Puts a formatted value into the words of its bound; `$1` stands for the value. */
export type BoundWords = Record<Exclude<FigureBound, 'exactly'>, string>;

/** English wording of the bounds (the interface passes its own language's, from the locale file). */
export const ENGLISH_BOUND_WORDS: BoundWords = { atLeast: 'more than $1', atMost: 'up to $1', about: 'about $1' };

/** "more than 50%", "up to $1 billion", "about 40%", "$3 billion": a value in the words of its bound. */
export function withBound(body: string, bound: FigureBound, words: BoundWords = ENGLISH_BOUND_WORDS): string {
  return bound === 'exactly' ? body : words[bound].replace('$1', () => body);
}

/**
 * "$2.5 billion", "40%", "3×", "100 million users", "30 people" (with its bound: "more than 50%",
 * "about 40%"), numbers in the locale's style; outside English, dollar amounts are the locale's
 * currency format ("2,5 Mrd. $").
 */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit' | 'bound' | 'approximate'>,
  locale: string | string[] = defaultLocale(),
  words: BoundWords = ENGLISH_BOUND_WORDS,
): string {
  let body: string;
  switch (figure.unit) {
    case 'USD':
      body = isEnglish(locale)
        ? `$${scaled(figure.value, locale)}`
        : new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'USD',
            maximumFractionDigits: 2,
            ...(Math.abs(figure.value) >= 1e6 ? { notation: 'compact' } : {}),
          }).format(figure.value);
      break;
    case 'percent':
      body = `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(figure.value)}%`;
      break;
    case 'multiplier':
      body = `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(figure.value)}×`;
      break;
    default:
      body = `${scaled(figure.value, locale)} ${figure.unit}`;
  }
  return withBound(body, figureBound(figure), words);
}

/**
 * How current a dataset's facts are: its own coverage, or, for a dataset without one, the latest date
 * its facts and figures give and the number of its sources that name an article file or address.
 */
export function datasetCoverage(dataset: Pick<Dataset, 'coverage' | 'sources' | 'entities'>): Coverage | undefined {
  if (dataset.coverage) return dataset.coverage;
  let latest: PartialDate | undefined;
  for (const entity of dataset.entities) {
    for (const fact of entity.facts) {
      const dates = [fact.date, ...(fact.figures ?? []).map((f) => f.asOf)];
      for (const date of dates) if (date && isValidPartialDate(date) && (!latest || comparePartialDates(date, latest) > 0)) latest = date;
    }
  }
  if (!latest || dataset.sources.length === 0) return undefined;
  return { factsUpTo: latest, articleCount: dataset.sources.length };
}
