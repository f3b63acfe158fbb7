/**
 * Where every mark of the timeline goes, in SVG user units. Pure: the same events and width always give
 * the same picture, and filtering only restyles marks, so nothing moves when the person filters.
 */
import type { DatePrecision } from './dates';
import type { RaceEvent } from './events';
import { LANES, type LaneDef } from './lanes';
import { yearScale, type Segment } from './scale';
import { stackExtents } from './stack';

export type MarkShape = 'dot' | 'diamond' | 'bar';

export interface TimelineMark {
  event: RaceEvent;
  precision: DatePrecision;
  shape: MarkShape;
  /** Bounding box of the mark. */
  x: number;
  y: number;
  width: number;
  height: number;
  cx: number;
  cy: number;
  row: number;
}

export interface TimelineLane {
  def: LaneDef;
  y: number;
  height: number;
  rows: number;
  marks: TimelineMark[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Where the plotting area starts and ends (room for edge marks). */
  plotX: [number, number];
  axisY: number;
  segments: Segment[];
  lanes: TimelineLane[];
  /** Every mark in reading order: chronological, for keyboard navigation. */
  marks: TimelineMark[];
}

export interface TimelineOptions {
  width: number;
  /** Height of one row of marks. */
  rowHeight?: number;
  /** Room above a lane's rows for its label. */
  laneLabel?: number;
  laneGap?: number;
  /** Smallest drawn width, so a day or a short month stays visible and clickable. */
  minMark?: number;
  /** First year drawn; defaults to 2021. */
  fromYear?: number;
}

export const AXIS_HEIGHT = 26;

export function layoutTimeline(events: readonly RaceEvent[], options: TimelineOptions): TimelineLayout {
  const { width, rowHeight = 16, laneLabel = 16, laneGap = 6, minMark = 10, fromYear } = options;
  const pad = 8;
  const plotX: [number, number] = [pad, width - pad];
  const scale = yearScale(events.map((e) => e.span), plotX, { fromYear });
  const lanes: TimelineLane[] = [];
  let y = 4;
  for (const def of LANES) {
    const laneEvents = events.filter((e) => e.lane === def.id);
    if (laneEvents.length === 0) continue;
    const geometry = laneEvents.map((event) => {
      const x0 = scale.x(event.span.start);
      const x1 = scale.x(event.span.end);
      const precision = event.span.precision;
      if (precision === 'day') {
        const cx = (x0 + x1) / 2;
        return { x0: cx - minMark / 2, x1: cx + minMark / 2 };
      }
      const w = Math.max(x1 - x0, minMark);
      // A short span near the right edge widens leftwards, so it never runs off the plot.
      const start = Math.min(x0, plotX[1] - w);
      return { x0: start, x1: start + w };
    });
    const { rows, rowCount } = stackExtents(geometry, 2);
    const top = y + laneLabel;
    const marks = laneEvents.map((event, i): TimelineMark => {
      const { x0, x1 } = geometry[i];
      const markHeight = rowHeight - 6;
      const my = top + rows[i] * rowHeight + (rowHeight - markHeight) / 2;
      const precision = event.span.precision;
      const shape: MarkShape = precision === 'day' ? (event.disputed ? 'diamond' : 'dot') : 'bar';
      return {
        event,
        precision,
        shape,
        x: x0,
        y: my,
        width: x1 - x0,
        height: markHeight,
        cx: (x0 + x1) / 2,
        cy: my + markHeight / 2,
        row: rows[i],
      };
    });
    const height = laneLabel + rowCount * rowHeight;
    lanes.push({ def, y, height, rows: rowCount, marks });
    y += height + laneGap;
  }
  const axisY = y;
  const marks = lanes
    .flatMap((lane) => lane.marks)
    .sort((a, b) => a.event.span.start - b.event.span.start || a.cy - b.cy);
  return { width, height: axisY + AXIS_HEIGHT, plotX, axisY, segments: scale.segments, lanes, marks };
}
