/**
 * The timeline's horizontal scale: linear inside each year, but busy years get more room than quiet
 * ones (most of the race happens in 2025), so a popup-wide timeline stays readable. Year boundaries
 * are drawn, so the uneven widths are visible, not hidden. Events before 2021 share one "earlier" segment.
 */
import { t } from '../../core/i18n';
import { yearOf } from './dates';

export interface Segment {
  start: number;
  end: number;
  x0: number;
  x1: number;
  label: string;
}

export interface TimeScale {
  segments: Segment[];
  domain: [number, number];
  range: [number, number];
  /** Maps UTC milliseconds to x; clamps outside the domain. */
  x(ms: number): number;
}

export const TIMELINE_START_YEAR = 2021;

export interface ScaleOptions {
  /** How much room one event adds to its year, relative to one quiet year's room. */
  eventWeight?: number;
  /** First year drawn (default 2021); an entity's own timeline starts at its first event. */
  fromYear?: number;
}

/**
 * `spans` are the events' [start, end) in ms. The domain runs from 2021 (or the "earlier" segment) to
 * the end of the latest event.
 */
export function yearScale(
  spans: readonly { start: number; end: number }[],
  range: [number, number],
  { eventWeight = 0.25, fromYear = TIMELINE_START_YEAR }: ScaleOptions = {},
): TimeScale {
  const firstYearStart = Date.UTC(fromYear, 0, 1);
  const earliest = Math.min(firstYearStart, ...spans.map((s) => s.start));
  const latest = Math.max(Date.UTC(fromYear + 1, 0, 1), ...spans.map((s) => s.end));
  const bounds: { start: number; end: number; label: string; earlier?: boolean }[] = [];
  if (earliest < firstYearStart) bounds.push({ start: earliest, end: firstYearStart, label: t('raceAxisEarlier'), earlier: true });
  for (let year = fromYear; Date.UTC(year, 0, 1) < latest; year++) {
    bounds.push({ start: Date.UTC(year, 0, 1), end: Math.min(Date.UTC(year + 1, 0, 1), latest), label: String(year) });
  }
  const counts = bounds.map(() => 0);
  for (const span of spans) {
    const mid = (span.start + span.end) / 2;
    const index = bounds.findIndex((b) => mid >= b.start && mid < b.end);
    if (index >= 0) counts[index]++;
  }
  const weights = bounds.map((b, i) => {
    const isEarlier = b.earlier === true;
    const covered = isEarlier ? 0.6 : (b.end - b.start) / (Date.UTC(yearOf(b.start) + 1, 0, 1) - b.start);
    // A cut-short final year still needs room for its label and its marks.
    return Math.max(covered, 0.45) + counts[i] * eventWeight;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  const [r0, r1] = range;
  let cursor = r0;
  const segments: Segment[] = bounds.map((b, i) => {
    const width = ((r1 - r0) * weights[i]) / total;
    const segment = { ...b, x0: cursor, x1: cursor + width };
    cursor += width;
    return segment;
  });
  const domain: [number, number] = [bounds[0].start, bounds[bounds.length - 1].end];
  return {
    segments,
    domain,
    range,
    x(ms) {
      if (ms <= domain[0]) return r0;
      if (ms >= domain[1]) return r1;
      const seg = segments.find((s) => ms >= s.start && ms < s.end) ?? segments[segments.length - 1];
      return seg.x0 + ((ms - seg.start) / (seg.end - seg.start)) * (seg.x1 - seg.x0);
    },
  };
}
