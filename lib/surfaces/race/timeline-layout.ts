/**
 * Where every mark of the timeline goes, in SVG user units. Pure: the same events and width always give
 * the same picture, and filtering only restyles marks, so nothing moves when the person filters.
 *
 * Events that share a date are drawn as one group: for a month or a year, a shaded span covering the
 * whole period (the date as precisely as it is known, never a false day) with one small square per
 * fact laid inside it; for a day, dots side by side at that day. Groups that would touch are stacked.
 */
import type { DatePrecision } from './dates';
import type { RaceEvent } from './events';
import { LANES, type LaneDef } from './lanes';
import { yearScale, type Segment } from './scale';
import { stackExtents } from './stack';

export type MarkShape = 'dot' | 'square' | 'diamond';

export interface TimelineMark {
  event: RaceEvent;
  precision: DatePrecision;
  shape: MarkShape;
  cx: number;
  cy: number;
  /** Side of the mark's box. */
  size: number;
  /** The group's first row on its lane. */
  row: number;
}

/** The period a group of month- or year-dated events covers. */
export interface TimelineSpan {
  key: string;
  precision: DatePrecision;
  x: number;
  y: number;
  width: number;
  height: number;
  lane: LaneDef['id'];
  count: number;
}

export interface TimelineLane {
  def: LaneDef;
  y: number;
  height: number;
  rows: number;
  marks: TimelineMark[];
  spans: TimelineSpan[];
}

export interface TimelineLayout {
  width: number;
  height: number;
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
  /** Side of one mark. */
  markSize?: number;
  /** First year drawn; defaults to 2021. */
  fromYear?: number;
}

export const AXIS_HEIGHT = 26;
const MARK_GAP = 3;

export function layoutTimeline(events: readonly RaceEvent[], options: TimelineOptions): TimelineLayout {
  const { width, rowHeight = 14, laneLabel = 17, laneGap = 8, markSize = 9, fromYear } = options;
  const pad = 8;
  const plotX: [number, number] = [pad, width - pad];
  const scale = yearScale(events.map((e) => e.span), plotX, { fromYear });
  const pitch = markSize + MARK_GAP;
  const lanes: TimelineLane[] = [];
  let y = 4;
  for (const def of LANES) {
    const laneEvents = events.filter((e) => e.lane === def.id);
    if (laneEvents.length === 0) continue;
    const groups = groupBySpan(laneEvents);
    const blocks = groups.map((group) => {
      const span = group[0].span;
      const spanX0 = scale.x(span.start);
      const spanX1 = scale.x(span.end);
      const center = (spanX0 + spanX1) / 2;
      // A day's dots sit side by side at the day; a period's squares fill the period's width.
      const room = span.precision === 'day' ? Infinity : Math.max(spanX1 - spanX0 - 2, pitch);
      const perRow = Math.max(1, Math.min(group.length, Math.floor((room + MARK_GAP) / pitch)));
      const rows = Math.ceil(group.length / perRow);
      const contentWidth = perRow * pitch - MARK_GAP;
      const blockWidth = span.precision === 'day' ? contentWidth : Math.max(spanX1 - spanX0, contentWidth + 4);
      let x0 = center - blockWidth / 2;
      x0 = Math.max(plotX[0], Math.min(x0, plotX[1] - blockWidth));
      return { group, perRow, rows, x0, x1: x0 + blockWidth, contentWidth };
    });
    const stacked = stackExtents(blocks.map((b) => ({ x0: b.x0, x1: b.x1, rows: b.rows })), MARK_GAP);
    const top = y + laneLabel;
    const marks: TimelineMark[] = [];
    const spans: TimelineSpan[] = [];
    blocks.forEach((block, i) => {
      const firstRow = stacked.rows[i];
      const span = block.group[0].span;
      const blockY = top + firstRow * rowHeight;
      if (span.precision !== 'day') {
        spans.push({
          key: `${def.id}:${span.iso}:${firstRow}`,
          precision: span.precision,
          x: block.x0,
          y: blockY + 1,
          width: block.x1 - block.x0,
          height: block.rows * rowHeight - 2,
          lane: def.id,
          count: block.group.length,
        });
      }
      const contentX0 = (block.x0 + block.x1) / 2 - block.contentWidth / 2;
      block.group.forEach((event, k) => {
        const col = k % block.perRow;
        const line = Math.floor(k / block.perRow);
        marks.push({
          event,
          precision: span.precision,
          shape: event.disputed ? 'diamond' : span.precision === 'day' ? 'dot' : 'square',
          cx: contentX0 + col * pitch + markSize / 2,
          cy: blockY + line * rowHeight + rowHeight / 2,
          size: markSize,
          row: firstRow,
        });
      });
    });
    const height = laneLabel + stacked.rowCount * rowHeight;
    lanes.push({ def, y, height, rows: stacked.rowCount, marks, spans });
    y += height + laneGap;
  }
  const axisY = y;
  const marks = lanes
    .flatMap((lane) => lane.marks)
    .sort((a, b) => a.event.span.start - b.event.span.start || a.event.span.end - b.event.span.end || a.cy - b.cy || a.cx - b.cx);
  return { width, height: axisY + AXIS_HEIGHT, plotX, axisY, segments: scale.segments, lanes, marks };
}

/** Consecutive events with the same written date, in the events' (chronological) order. */
function groupBySpan(events: readonly RaceEvent[]): RaceEvent[][] {
  const groups = new Map<string, RaceEvent[]>();
  for (const event of events) {
    const key = event.span.iso;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(event);
  }
  return [...groups.values()];
}
