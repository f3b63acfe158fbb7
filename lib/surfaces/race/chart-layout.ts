/**
 * Geometry of one comparison chart: a row per figure (label and value on top, the bar, then its source),
 * bars on a shared linear scale from zero, so a tenfold disagreement looks tenfold.
 */
import type { ChartPoint, ChartSeries } from './figures';

export interface ChartRow {
  point: ChartPoint;
  y: number;
  barY: number;
  barWidth: number;
  /** Width up to the upper end, for a ranged figure. */
  highWidth: number | null;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotX: [number, number];
  max: number;
  rows: ChartRow[];
  reference: { x: number; label: string } | null;
  x(value: number): number;
}

export const ROW_HEIGHT = 46;
const BAR_HEIGHT = 10;

/** Rounds up to 1, 2, 2.5 or 5 times a power of ten, for an axis that ends on a readable number. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value)!;
  return step * power;
}

export function layoutChart(series: ChartSeries, width: number): ChartLayout {
  const pad = 8;
  const plotX: [number, number] = [pad, width - pad];
  const largest = Math.max(0, ...series.points.map((p) => p.high ?? p.value), series.def.reference?.value ?? 0);
  const max = series.def.max ?? niceMax(largest);
  const x = (value: number) => plotX[0] + (Math.max(0, Math.min(value, max)) / max) * (plotX[1] - plotX[0]);
  const top = series.def.reference ? 16 : 4;
  const rows = series.points.map((point, i): ChartRow => {
    const y = top + i * ROW_HEIGHT;
    // A real but tiny value keeps a sliver, so "5%" never reads as "nothing".
    const highWidth = point.high === undefined ? null : x(point.high) - plotX[0];
    return { point, y, barY: y + 16, barWidth: Math.max(2, x(point.value) - plotX[0]), highWidth };
  });
  const reference = series.def.reference
    ? { x: x(series.def.reference.value), label: series.def.reference.label }
    : null;
  const height = top + Math.max(1, rows.length) * ROW_HEIGHT + 2;
  return { width, height, plotX, max, rows, reference, x };
}

export const BAR = { height: BAR_HEIGHT };

/**
 * Shortens text to fit `width` user units at `fontSize`, with an ellipsis. SVG text does not wrap or
 * clip by itself; the full text stays in the mark's accessible name and tooltip.
 */
export function fitText(text: string, width: number, fontSize: number): string {
  // 0.56 em is a generous average advance for system sans-serif fonts.
  const max = Math.floor(width / (fontSize * 0.56));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
