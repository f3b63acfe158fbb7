/**
 * The timeline drawn as SVG: one lane per company, each dated fact a mark (a dot for a day, a bar for a
 * month, a faint band for a year; hatched with a dashed outline when its sources disagree).
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { formatSpan } from './dates';
import type { RaceEvent } from './events';
import { LANES } from './lanes';
import { anchorFor, RaceTooltip, sourcesSentence, type TipState } from './RaceTooltip';
import { layoutTimeline, type TimelineMark } from './timeline-layout';
import { useContainerWidth } from './use-container-width';
import { useRovingFocus } from './use-roving-focus';

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
  const disputed = event.disputed ? ' Disputed: sources disagree.' : '';
  return `${formatSpan(event.span, true)}, ${event.entityName}: ${event.fact.text}${disputed} ${sourcesSentence(event.sources)}`;
}

export function Timeline({ events, highlighted, onOpenEntity, label, fallbackWidth, fromYear }: TimelineProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const frame = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(frame, fallbackWidth);
  const layout = useMemo(() => layoutTimeline(events, { width, fromYear }), [events, width, fromYear]);
  const [tip, setTip] = useState<TipState | null>(null);
  const tipId = `race-tip-${uid}`;

  const show = (mark: TimelineMark, element: Element) => {
    if (!frame.current) return;
    setTip({
      key: mark.event.id,
      anchor: anchorFor(element, frame.current),
      content: {
        heading: `${formatSpan(mark.event.span, true)} · ${mark.event.entityName}`,
        text: mark.event.fact.text,
        dispute: mark.event.fact.disputed?.note,
        sources: mark.event.sources,
      },
    });
  };
  const hide = (key: string) => setTip((current) => (current?.key === key ? null : current));

  const roving = useRovingFocus<SVGGElement>({
    count: layout.marks.length,
    move: (from, key) => moveInTimeline(layout.marks, from, key),
    onChoose: (index) => onOpenEntity(layout.marks[index].event.entityId),
    onEscape: () => setTip(null),
  });

  const [axisTop, axisBottom] = [0, layout.axisY];
  return (
    <div class="race-timeline" ref={frame}>
      <svg
        class="race-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="group"
        aria-label={label}
        aria-roledescription="timeline"
      >
        <defs>
          {LANES.map((lane) => (
            <pattern key={lane.id} id={`race-hatch-${uid}-${lane.id}`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill={lane.color} opacity="0.25" />
              <rect width="2" height="4" fill={lane.color} />
            </pattern>
          ))}
        </defs>
        {layout.segments.map((segment, i) => (
          <g key={segment.label} aria-hidden="true">
            {i % 2 === 1 && (
              <rect class="race-band" x={segment.x0} y={axisTop} width={segment.x1 - segment.x0} height={axisBottom} />
            )}
            <line class="race-grid" x1={segment.x0} x2={segment.x0} y1={axisTop} y2={axisBottom + 4} />
            <text class="race-axis-label" x={(segment.x0 + segment.x1) / 2} y={layout.axisY + 16} text-anchor="middle">
              {segment.x1 - segment.x0 < 30 ? `’${segment.label.slice(2)}` : segment.label}
            </text>
          </g>
        ))}
        <line class="race-axis" x1={layout.plotX[0]} x2={layout.plotX[1]} y1={layout.axisY} y2={layout.axisY} aria-hidden="true" />
        {layout.lanes.map((lane) => (
          <g key={lane.def.id} class="race-lane">
            <line class="race-lane-rule" x1={layout.plotX[0]} x2={layout.plotX[1]} y1={lane.y + lane.height + 3} y2={lane.y + lane.height + 3} aria-hidden="true" />
            <rect x={layout.plotX[0]} y={lane.y + 3} width="8" height="8" rx="2" fill={lane.def.color} aria-hidden="true" />
            <text class="race-lane-label" x={layout.plotX[0] + 12} y={lane.y + 11}>
              {lane.def.label}
            </text>
          </g>
        ))}
        {layout.lanes.flatMap((lane) =>
          lane.spans.map((span) => (
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
              aria-hidden="true"
            />
          )),
        )}
        {layout.marks.map((mark, index) => {
          const lit = highlighted ? highlighted.has(mark.event.id) : null;
          return (
            <g
              key={mark.event.id}
              ref={roving.ref(index)}
              class={`race-mark${lit === true ? ' race-mark--lit' : lit === false ? ' race-mark--dim' : ''}`}
              data-event={mark.event.id}
              data-entity={mark.event.entityId}
              data-precision={mark.precision}
              data-disputed={mark.event.disputed ? 'true' : undefined}
              role="button"
              tabindex={roving.tabIndexOf(index)}
              aria-label={markLabel(mark)}
              aria-describedby={tip?.key === mark.event.id ? tipId : undefined}
              onClick={() => onOpenEntity(mark.event.entityId)}
              onKeyDown={roving.onKeyDown(index)}
              onFocus={(e) => {
                roving.setActive(index);
                show(mark, e.currentTarget as Element);
              }}
              onBlur={() => hide(mark.event.id)}
              onMouseEnter={(e) => show(mark, e.currentTarget as Element)}
              onMouseLeave={() => hide(mark.event.id)}
            >
              <rect class="race-mark__hit" x={mark.cx - mark.size / 2 - 1.5} y={mark.cy - mark.size / 2 - 2} width={mark.size + 3} height={mark.size + 4} />
              <MarkShape mark={mark} color={laneColor(mark)} hatch={`url(#race-hatch-${uid}-${mark.event.lane})`} />
              <rect class="race-mark__ring" x={mark.cx - mark.size / 2 - 2.5} y={mark.cy - mark.size / 2 - 2.5} width={mark.size + 5} height={mark.size + 5} rx="3" />
            </g>
          );
        })}
      </svg>
      <RaceTooltip id={tipId} tip={tip} />
    </div>
  );
}

function laneColor(mark: TimelineMark): string {
  return LANES.find((lane) => lane.id === mark.event.lane)!.color;
}

function MarkShape({ mark, color, hatch }: { mark: TimelineMark; color: string; hatch: string }) {
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
      stroke={color}
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
