/**
 * The timeline drawn as SVG: one lane per company; a dot for a fact known to the day, a square inside
 * a shaded span for one known only to the month or year, a hatched diamond with a dashed outline when
 * its sources disagree. Each mark is two elements and events are delegated, so ten times the data
 * stays well inside the render budget.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { formatSpan } from './dates';
import { t } from '../../core/i18n';
import type { RaceEvent } from './events';
import { LANES, laneDef } from './lanes';
import { sourcesSentence } from './RaceTooltip';
import { MarkChartSvg } from './MarkChartSvg';
import { layoutTimeline, type TimelineLayout, type TimelineMark } from './timeline-layout';
import { useContainerWidth } from './use-container-width';
import { useMarkTip } from './use-mark-tip';

export interface TimelineProps {
  events: readonly RaceEvent[];
  /** Event ids the filter lights up; null when nothing is filtered. */
  highlighted: ReadonlySet<string> | null;
  onOpenEntity: (entityId: string) => void;
  label: string;
  fallbackWidth: number;
  fromYear?: number;
}

export function markLabel(mark: TimelineMark): string {
  const { event } = mark;
  const disputed = event.disputed ? ` ${t('raceMarkDisputed')}` : '';
  return `${formatSpan(event.span, true)}, ${event.entityName}: ${event.fact.text}${disputed} ${sourcesSentence(event.sources)}`;
}

export function Timeline(props: TimelineProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(frame, props.fallbackWidth);
  return (
    <div class="race-timeline" ref={frame}>
      {width !== null && <TimelineDrawing {...props} width={width} frame={frame} />}
    </div>
  );
}

function TimelineDrawing({
  events,
  highlighted,
  onOpenEntity,
  label,
  fromYear,
  width,
  frame,
}: TimelineProps & { width: number; frame: { current: HTMLDivElement | null } }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => layoutTimeline(events, { width, fromYear }), [events, width, fromYear]);
  const [focused, setFocused] = useState<number | null>(null);
  const tipId = `race-tip-${uid}`;
  const chart = useMarkTip({
    tipId,
    count: layout.marks.length,
    frame,
    move: (from, key) => moveInTimeline(layout.marks, from, key),
    entityOf: (index) => layout.marks[index].event.entityId,
    onOpenEntity,
    keyOf: (index) => layout.marks[index].event.id,
    contentOf: (index) => {
      const { event } = layout.marks[index];
      return {
        heading: `${formatSpan(event.span, true)} · ${event.entityName}`,
        text: event.fact.text,
        dispute: event.fact.disputed?.note,
        sources: event.sources,
      };
    },
    // The ring is for keyboard focus; a click focuses too, and the hover styling covers that.
    onFocusMark: (index, target) => setFocused(matchesFocusVisible(target) ? index : null),
    onBlurMark: () => setFocused(null),
  });

  return (
    <MarkChartSvg chart={chart} width={layout.width} height={layout.height} naming={{ 'aria-label': label, 'aria-roledescription': 'timeline' }}>
      <Backdrop layout={layout} uid={uid} />
      {layout.marks.map((mark, index) => {
        const lit = highlighted ? highlighted.has(mark.event.id) : null;
        return (
          <g
            key={mark.event.id}
            class={`race-mark${lit === true ? ' race-mark--lit' : lit === false ? ' race-mark--dim' : ''}`}
            data-index={index}
            data-event={mark.event.id}
            data-entity={mark.event.entityId}
            data-precision={mark.precision}
            data-disputed={mark.event.disputed ? 'true' : undefined}
            role="button"
            tabindex={chart.tabIndexOf(index)}
            aria-label={markLabel(mark)}
            aria-describedby={chart.describedBy(index)}
          >
            <MarkShape mark={mark} hatch={`url(#race-hatch-${uid}-${mark.event.lane})`} />
          </g>
        );
      })}
      {focused !== null && layout.marks[focused] && <FocusRing mark={layout.marks[focused]} />}
    </MarkChartSvg>
  );
}

/** Year bands, lane labels and rules, spans and the axis: everything behind the marks. */
function Backdrop({ layout, uid }: { layout: TimelineLayout; uid: string }) {
  return (
    <g aria-hidden="true">
      <defs>
        {LANES.map((lane) => (
          <pattern key={lane.id} id={`race-hatch-${uid}-${lane.id}`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill={lane.color} opacity="0.25" />
            <rect width="2" height="4" fill={lane.color} />
          </pattern>
        ))}
      </defs>
      {layout.segments.map((segment, i) => (
        <g key={segment.label}>
          {i % 2 === 1 && <rect class="race-band" x={segment.x0} y={0} width={segment.x1 - segment.x0} height={layout.axisY} />}
          <line class="race-grid" x1={segment.x0} x2={segment.x0} y1={0} y2={layout.axisY + 4} />
          <text class="race-axis-label" x={(segment.x0 + segment.x1) / 2} y={layout.axisY + 16} text-anchor="middle">
            {segment.x1 - segment.x0 < 30 ? `’${segment.label.slice(2)}` : segment.label}
          </text>
        </g>
      ))}
      <line class="race-axis" x1={layout.plotX[0]} x2={layout.plotX[1]} y1={layout.axisY} y2={layout.axisY} />
      {layout.lanes.map((lane) => (
        <g key={lane.def.id} class="race-lane">
          <line class="race-lane-rule" x1={layout.plotX[0]} x2={layout.plotX[1]} y1={lane.y + lane.height + 4} y2={lane.y + lane.height + 4} />
          <rect x={layout.plotX[0]} y={lane.y + 3} width="8" height="8" rx="2" fill={lane.def.color} />
          <text class="race-lane-label" x={layout.plotX[0] + 12} y={lane.y + 11}>
            {lane.def.label}
          </text>
          {lane.spans.map((span) => (
            <rect
              key={span.key}
              class={`race-span race-span--${span.precision}`}
              x={span.x}
              y={span.y}
              width={span.width}
              height={span.height}
              rx="3"
              fill={lane.def.color}
              stroke={lane.def.color}
            />
          ))}
        </g>
      ))}
    </g>
  );
}

function matchesFocusVisible(target: EventTarget | null): boolean {
  try {
    return (target as Element).matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible: always show the ring
  }
}

function FocusRing({ mark }: { mark: TimelineMark }) {
  const side = mark.size + 6;
  return <rect class="race-focus-ring" x={mark.cx - side / 2} y={mark.cy - side / 2} width={side} height={side} rx="3" aria-hidden="true" />;
}

function MarkShape({ mark, hatch }: { mark: TimelineMark; hatch: string }) {
  const color = laneDef(mark.event.lane).color;
  const r = mark.size / 2;
  if (mark.shape === 'dot') {
    return <circle class="race-mark__shape" cx={mark.cx} cy={mark.cy} r={r} fill={color} />;
  }
  if (mark.shape === 'square') {
    return <rect class="race-mark__shape" x={mark.cx - r + 0.5} y={mark.cy - r + 0.5} width={mark.size - 1} height={mark.size - 1} rx="1.5" fill={color} />;
  }
  const d = r + 1;
  return (
    <path
      class="race-mark__shape race-mark__shape--disputed"
      d={`M${mark.cx} ${mark.cy - d}L${mark.cx + d} ${mark.cy}L${mark.cx} ${mark.cy + d}L${mark.cx - d} ${mark.cy}Z`}
      fill={hatch}
    />
  );
}

/** Left/right walk through time; up/down jump to the nearest mark on the row above or below. */
export function moveInTimeline(marks: readonly TimelineMark[], from: number, key: string): number | null {
  if (key === 'ArrowRight') return from + 1 < marks.length ? from + 1 : null;
  if (key === 'ArrowLeft') return from > 0 ? from - 1 : null;
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
  const here = marks[from];
  const down = key === 'ArrowDown';
  let best: number | null = null;
  let bestScore = Infinity;
  marks.forEach((mark, i) => {
    const dy = mark.cy - here.cy;
    if (down ? dy <= 1 : dy >= -1) return;
    // Nearest row first, then nearest in time within that row.
    const score = Math.abs(dy) * 1000 + Math.abs(mark.cx - here.cx);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
