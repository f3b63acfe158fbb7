/**
 * The series behind the comparison charts, read from the dataset's structured figures (Fact.figures
 * and the figures of disputed claims). Which chart a figure belongs to is decided by its `measure`,
 * `unit` and `subject` through the table below, matched loosely so a rephrased measure still lands.
 * A disputed figure always comes with every rival claim, each with its own sources.
 */
import { entityById, figureBound, sourceById, withBound, type FigureBound } from '../../core/dataset';
import type { Dataset, Entity, Figure, Source } from '../../core/dataset/types';
import { compareSpans, parseDateSpan, type DateSpan } from './dates';
import { resolveSources } from './events';
import { t, uiLanguage, type MessageKey } from '../../core/i18n';

export type ChartId = 'codex-usage' | 'revenue' | 'coding-share' | 'api-share';
export type ChartUnit = 'percent' | 'USD';

export interface ChartDef {
  id: ChartId;
  title: string;
  /** One sentence for screen readers and the chart's caption. */
  description: string;
  unit: ChartUnit;
  /** Fixed axis maximum (percent charts); money charts scale to their largest value. */
  max?: number;
  /** A reference line, e.g. Claude Code's usage as the 100% the Codex figures are relative to. */
  reference?: { value: number; label: string };
  /** Row order: by time for a series, by subject for a comparison. */
  order: 'time' | 'subject';
  /** The words of a measure that only restate the chart's title; what is left is shown as a qualifier. */
  canonical: RegExp;
  matches(figure: NormalizedFigure): boolean;
}

export interface NormalizedFigure {
  measure: string;
  unit: 'percent' | 'USD' | 'multiplier' | 'other';
  subject: string;
}

const has = (text: string, ...patterns: RegExp[]) => patterns.every((p) => p.test(text));

/** A chart whose title and description are read in the interface language each time they are shown. */
function chart(title: MessageKey, description: MessageKey, def: Omit<ChartDef, 'title' | 'description'>): ChartDef {
  return {
    ...def,
    get title() {
      return t(title);
    },
    get description() {
      return t(description);
    },
  };
}

export const CHARTS: readonly ChartDef[] = [
  chart('raceChartCodexUsageTitle', 'raceChartCodexUsageDescription', {
    id: 'codex-usage',
    unit: 'percent',
    max: 100,
    reference: {
      value: 100,
      get label() {
        return t('raceChartCodexUsageReference');
      },
    },
    order: 'time',
    canonical: /\b(codex )?(usage|use|users?|user base)( of codex)? (relative to|compared with|as a share of|vs\.?) (claude code('s)?( usage)?)/i,
    matches: (f) =>
      (f.unit === 'percent' || f.unit === 'multiplier') &&
      has(f.measure, /usage|use\b|users?|user base/) &&
      has(f.measure, /relative|claude|compared|of claude|vs/),
  }),
  chart('raceChartRevenueTitle', 'raceChartRevenueDescription', {
    id: 'revenue',
    unit: 'USD',
    order: 'subject',
    canonical: /\b(annuali[sz]ed (revenue|run[- ]?rate)|run[- ]?rate revenue|run[- ]?rate|\barr\b)/i,
    matches: (f) => f.unit === 'USD' && has(f.measure, /annuali[sz]ed|run[- ]?rate|\barr\b/),
  }),
  chart('raceChartCodingShareTitle', 'raceChartCodingShareDescription', {
    id: 'coding-share',
    unit: 'percent',
    max: 100,
    order: 'subject',
    canonical: /\b(share of enterprise coding workloads|enterprise coding workload share)\b/i,
    matches: (f) =>
      f.unit === 'percent' && has(f.measure, /coding|code/) && has(f.measure, /share|workload|market/) && !/\bapi\b/.test(f.measure),
  }),
  chart('raceChartApiShareTitle', 'raceChartApiShareDescription', {
    id: 'api-share',
    unit: 'percent',
    max: 100,
    order: 'subject',
    canonical: /\b(enterprise llm api market share|share of the enterprise llm api market)\b/i,
    matches: (f) =>
      f.unit === 'percent' &&
      (has(f.measure, /\bapi\b/) || has(f.measure, /enterprise/, /market|control|share/)) &&
      !/coding|code/.test(f.measure),
  }),
];

export function normalizeFigure(figure: Figure): NormalizedFigure {
  const unit = figure.unit.toLowerCase();
  return {
    measure: figure.measure.toLowerCase(),
    subject: figure.subject,
    unit: /percent|%|share/.test(unit)
      ? 'percent'
      : /usd|\$|dollar/.test(unit)
        ? 'USD'
        : /multipl|ratio|times|×/.test(unit)
          ? 'multiplier'
          : 'other',
  };
}

/** The chart a figure belongs to, or null. First match wins, in the order of CHARTS. */
export function chartFor(figure: Figure): ChartId | null {
  const normalized = normalizeFigure(figure);
  return CHARTS.find((chart) => chart.matches(normalized))?.id ?? null;
}

export interface DisputeInfo {
  /** The disputed fact's id: rival claims share it. */
  factId: string;
  note: string;
  claimIndex: number;
  claimCount: number;
  claimText: string;
}

export interface ChartPoint {
  /** Stable key: fact id, claim index, figure index. */
  key: string;
  chart: ChartId;
  figure: Figure;
  /** The value in the chart's unit (a multiplier of 0.4 becomes 40 on a percent chart). */
  value: number;
  /** Upper end when the source gives a range ("20 to 21%"): `value` is then the lower end. */
  high?: number;
  /** What the measure says beyond the chart's title ("six months after launch", "earlier"). */
  qualifier: string;
  subject: string;
  subjectName: string;
  asOf: DateSpan | null;
  /** The fact stating it, and the entity that fact belongs to. */
  factId: string;
  factText: string;
  entityId: string;
  sources: Source[];
  disputed: DisputeInfo | null;
}

export interface ChartSeries {
  def: ChartDef;
  points: ChartPoint[];
}

function valueFor(chart: ChartDef, figure: Figure): number {
  const unit = normalizeFigure(figure).unit;
  return chart.unit === 'percent' && unit === 'multiplier' ? figure.value * 100 : figure.value;
}

/** Every chart with its points, in the order of CHARTS (a chart with no data has no points). */
export function extractSeries(dataset: Dataset): ChartSeries[] {
  const entities = entityById(dataset);
  const sources = sourceById(dataset);
  const byChart = new Map<ChartId, ChartPoint[]>(CHARTS.map((c) => [c.id, []]));
  const seen = new Map<string, ChartPoint>();

  const add = (entity: Entity, factId: string, factText: string, figure: Figure, key: string, disputed: DisputeInfo | null) => {
    const chartId = chartFor(figure);
    if (!chartId) return;
    const chart = CHARTS.find((c) => c.id === chartId)!;
    const value = valueFor(chart, figure);
    // The same figure stated in two facts (say on the product and on its maker) is one point with both
    // facts' sources, and so is one claim repeated word for word by two disputed facts; rival claims
    // (other words) are never merged.
    const identity = [chartId, figure.subject, figure.asOf ?? '', value, qualifierOf(chart, figure.measure), disputed ? `claim:${disputed.claimText}` : ''].join('|');
    const pointSources = resolveSources(figure.sources.length ? figure.sources : [], sources);
    const existing = seen.get(identity);
    if (existing) {
      for (const source of pointSources) {
        if (!existing.sources.some((s) => s.id === source.id)) existing.sources.push(source);
      }
      return;
    }
    const point: ChartPoint = {
      key,
      chart: chartId,
      figure,
      value,
      qualifier: qualifierOf(chart, figure.measure),
      subject: figure.subject,
      subjectName: entities.get(figure.subject)?.name ?? figure.subject,
      asOf: parseDateSpan(figure.asOf),
      factId,
      factText,
      entityId: entity.id,
      sources: pointSources,
      disputed,
    };
    seen.set(identity, point);
    byChart.get(chartId)!.push(point);
  };

  for (const entity of dataset.entities) {
    for (const fact of entity.facts) {
      const claims = fact.disputed?.claims ?? [];
      const claimed = new Set(
        claims.flatMap((claim) => (claim.figures ?? []).map((f) => `${chartFor(f)}|${f.subject}`)),
      );
      (fact.figures ?? []).forEach((figure, i) => {
        // A disputed fact's own figure for a measure its claims argue over would silently pick a side.
        if (claimed.has(`${chartFor(figure)}|${figure.subject}`)) return;
        add(entity, fact.id, fact.text, figure, `${fact.id}/f${i}`, null);
      });
      claims.forEach((claim, c) => {
        (claim.figures ?? []).forEach((figure, i) => {
          add(entity, fact.id, claim.text, figure, `${fact.id}/c${c}/f${i}`, {
            factId: fact.id,
            note: fact.disputed!.note,
            claimIndex: c,
            claimCount: claims.length,
            claimText: claim.text,
          });
        });
      });
    }
  }

  return CHARTS.map((def) => ({ def, points: orderPoints(def, mergeRanges(byChart.get(def.id)!)) }));
}

const RANGE_LOW = /\(?\b(low(er)? end|lower bound|minimum)( of (the )?range)?\)?/i;
const RANGE_HIGH = /\(?\b(high(er)? end|upper bound|maximum)( of (the )?range)?\)?/i;

/** Leftover words of the measure, without the chart's own phrase or a range marker. */
export function qualifierOf(chart: ChartDef, measure: string): string {
  return measure
    .replace(chart.canonical, ' ')
    .replace(RANGE_LOW, ' ')
    .replace(RANGE_HIGH, ' ')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A source's "20 to 21%" arrives as a low-end and a high-end figure of one fact: one ranged point. */
function mergeRanges(points: ChartPoint[]): ChartPoint[] {
  const merged: ChartPoint[] = [];
  const lows = new Map<string, ChartPoint>();
  const key = (p: ChartPoint) => [p.factId, p.subject, p.asOf?.iso ?? '', p.disputed?.claimIndex ?? ''].join('|');
  for (const point of points) {
    if (RANGE_LOW.test(point.figure.measure)) lows.set(key(point), point);
  }
  for (const point of points) {
    const measure = point.figure.measure;
    if (RANGE_LOW.test(measure)) continue;
    const low = RANGE_HIGH.test(measure) ? lows.get(key(point)) : undefined;
    if (low) {
      lows.delete(key(point));
      merged.push({ ...low, high: point.value, figure: { ...low.figure, bound: rangeBound(figureBound(low.figure), figureBound(point.figure)) } });
    } else {
      merged.push(point);
    }
  }
  // A low end without its high end is still a figure.
  return [...merged, ...lows.values()];
}

/** The bound of a range "20 to 21%": its ends' bound when they agree, else "about". */
function rangeBound(low: FigureBound, high: FigureBound): FigureBound {
  return low === high ? low : 'about';
}

function orderPoints(def: ChartDef, points: ChartPoint[]): ChartPoint[] {
  const byTime = (a: ChartPoint, b: ChartPoint) =>
    // A figure without a date is the "earlier" or "at launch" one in this dataset: it goes first.
    (a.asOf && b.asOf ? compareSpans(a.asOf, b.asOf) : a.asOf ? 1 : b.asOf ? -1 : 0);
  const byClaim = (a: ChartPoint, b: ChartPoint) =>
    (a.disputed?.claimIndex ?? -1) - (b.disputed?.claimIndex ?? -1);
  const subjectOrder = new Map<string, number>();
  for (const p of points) if (!subjectOrder.has(p.subject)) subjectOrder.set(p.subject, subjectOrder.size);
  return [...points].sort((a, b) =>
    def.order === 'subject'
      ? subjectOrder.get(a.subject)! - subjectOrder.get(b.subject)! || byTime(a, b) || byClaim(a, b)
      : byTime(a, b) || subjectOrder.get(a.subject)! - subjectOrder.get(b.subject)! || byClaim(a, b),
  );
}

/**
 * "$2.5B", "$500M", "40%", "20–21%", in the words of the figure's bound ("more than 50%", "≈40%", "up
 * to $1B"). English keeps this compact shape (digits in the locale's own style); other locales get
 * `Intl`'s compact currency and percent ("2,5 Mrd. $", "40 %").
 */
export function formatValue(value: number, unit: ChartUnit, bound: FigureBound = 'exactly', high?: number, locale = uiLanguage()): string {
  return withBound(plainValue(value, unit, high, locale), bound, {
    atLeast: t('figureAtLeast', '$1'),
    atMost: t('figureAtMost', '$1'),
    about: t('figureAbout', '$1'),
  });
}

function plainValue(value: number, unit: ChartUnit, high: number | undefined, locale: string): string {
  if (!isEnglish(locale)) {
    const format = localFormat(locale, unit);
    const scaled = (n: number) => (unit === 'percent' ? n / 100 : n);
    if (high === undefined) return format.format(scaled(value));
    return (format.formatRange ? format.formatRange(scaled(value), scaled(high)) : `${format.format(scaled(value))}–${format.format(scaled(high))}`);
  }
  const trim = (n: number) => numberFormat(locale).format(Math.round(n * 10) / 10);
  if (high !== undefined) {
    return unit === 'percent'
      ? `${trim(value)}–${trim(high)}%`
      : `${plainValue(value, unit, undefined, locale)}–${plainValue(high, unit, undefined, locale)}`;
  }
  if (unit === 'percent') return `${trim(value)}%`;
  const abs = Math.abs(value);
  if (abs >= 1e9) return `$${trim(value / 1e9)}B`;
  if (abs >= 1e6) return `$${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `$${trim(value / 1e3)}K`;
  return `$${trim(value)}`;
}

function isEnglish(locale: string): boolean {
  return /^en\b/i.test(locale);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = make();
    } catch {
      // A locale tag Intl rejects: plain English digits rather than a broken chart.
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    }
    numberFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string): Intl.NumberFormat {
  return cached(`${locale}|number`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }));
}

function localFormat(locale: string, unit: ChartUnit): Intl.NumberFormat {
  return cached(`${locale}|${unit}`, () =>
    unit === 'percent'
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }),
  );
}
