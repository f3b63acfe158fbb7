/**
 * One comparison chart as SVG: a bar per figure, labelled with who and when, its value, and its
 * source. Rival claims of a disputed figure are drawn side by side, hatched, each naming its source,
 * with the note on the disagreement under the chart.
 */
import { useId, useMemo, useRef } from 'preact/hooks';
import { formatSpan } from './dates';
import { figureBound } from '../../core/dataset';
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { formatValue, type ChartPoint, type ChartSeries } from './figures';
import { BAR, fitText, layoutChart, type ChartLayout, type ChartRow } from './chart-layout';
import { sourcesSentence } from './RaceTooltip';
import { MarkChartSvg } from './MarkChartSvg';
import { useContainerWidth } from './use-container-width';
import { useMarkTip } from './use-mark-tip';

export interface FigureChartProps {
  series: ChartSeries;
  highlighted: ReadonlySet<string> | null;
  onOpenEntity: (entityId: string) => void;
  fallbackWidth: number;
  /** Lane colour per subject entity. */
  colorOf: (entityId: string) => string;
}

export function pointTitle(point: ChartPoint): string {
  return [point.subjectName, point.asOf && formatSpan(point.asOf), point.qualifier].filter(Boolean).join(' · ');
}

const valueOf = (point: ChartPoint, unit: 'percent' | 'USD') =>
  formatValue(point.value, unit, figureBound(point.figure), point.high);

export function pointLabel(point: ChartPoint, unit: 'percent' | 'USD'): string {
  const value = valueOf(point, unit);
  const when = (point.asOf ? `, ${formatSpan(point.asOf, true)}` : '') + (point.qualifier ? `, ${point.qualifier}` : '');
  const dispute = point.disputed
    ? ` ${t('raceClaimDisputed', formatNumber(point.disputed.claimIndex + 1), formatNumber(point.disputed.claimCount), point.disputed.claimText)}`
    : '';
  return `${point.subjectName}${when}: ${value}.${dispute} ${sourcesSentence(point.sources)}`;
}

function sourceLine(point: ChartPoint): string {
  const publishers = [...new Set(point.sources.map((s) => s.publisher))].join(', ') || t('raceNoSourceShort');
  return point.disputed
    ? t('raceClaimOf', formatNumber(point.disputed.claimIndex + 1), formatNumber(point.disputed.claimCount), publishers)
    : publishers;
}

export function FigureChart(props: FigureChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const frame = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(frame, props.fallbackWidth);
  const { def } = props.series;
  const titleId = `race-chart-${uid}`;
  // Two disputed facts can share one explanation (revenue of both products): show each note once.
  const notes = [...new Set(props.series.points.flatMap((p) => (p.disputed ? [p.disputed.note] : [])))];
  return (
    <figure class="race-chart" data-chart={def.id}>
      <figcaption id={titleId} class="race-chart__title">
        {def.title}
      </figcaption>
      <div class="race-chart__frame" ref={frame}>
        {width !== null && <ChartDrawing {...props} width={width} frame={frame} uid={uid} titleId={titleId} />}
      </div>
      {notes.length > 0 && (
        <details class="race-chart__dispute">
          <summary>
            <span class="race-badge race-badge--disputed">{t('raceDisputed')}</span> {t('raceWhyDisputed')}
          </summary>
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </details>
      )}
    </figure>
  );
}

function ChartDrawing({
  series,
  highlighted,
  onOpenEntity,
  colorOf,
  width,
  frame,
  uid,
  titleId,
}: FigureChartProps & { width: number; frame: { current: HTMLDivElement | null }; uid: string; titleId: string }) {
  const layout = useMemo(() => layoutChart(series, width), [series, width]);
  const { def } = series;
  const tipId = `race-chart-tip-${uid}`;
  const chart = useMarkTip({
    tipId,
    count: layout.rows.length,
    frame,
    move: (from, key) =>
      key === 'ArrowDown' || key === 'ArrowRight' ? from + 1 : key === 'ArrowUp' || key === 'ArrowLeft' ? from - 1 : null,
    entityOf: (index) => layout.rows[index].point.subject,
    onOpenEntity,
    keyOf: (index) => layout.rows[index].point.key,
    contentOf: (index) => {
      const { point } = layout.rows[index];
      return {
        heading: `${pointTitle(point)}: ${valueOf(point, def.unit)}`,
        text: point.factText,
        dispute: point.disputed?.note,
        sources: point.sources,
      };
    },
  });

  return (
    <MarkChartSvg chart={chart} width={layout.width} height={layout.height} naming={{ 'aria-labelledby': titleId, 'aria-description': def.description }}>
      <defs>
        <pattern id={`race-chart-hatch-${uid}`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="2" height="4" fill="currentColor" />
        </pattern>
      </defs>
      {layout.rows.length === 0 && (
        <text class="race-chart__empty" x={layout.plotX[0]} y={26}>
          {t('raceNoFigures')}
        </text>
      )}
      {layout.rows.map((row, index) => (
        <Bar key={row.point.key} row={row} index={index} layout={layout} unit={def.unit} uid={uid} chart={chart} color={colorOf(row.point.subject)} lit={highlighted ? highlighted.has(row.point.key) : null} />
      ))}
      {layout.reference && (
        <g class="race-reference" aria-hidden="true">
          <line x1={layout.reference.x} x2={layout.reference.x} y1={12} y2={layout.height} />
          <text x={layout.reference.x} y={10} text-anchor="end">
            {layout.reference.label}
          </text>
        </g>
      )}
    </MarkChartSvg>
  );
}

/** One figure's bar: its label and value, the bar (hatched when disputed, with its range), its source. */
function Bar({ row, index, layout, unit, uid, chart, color, lit }: {
  row: ChartRow;
  index: number;
  layout: ChartLayout;
  unit: ChartSeries['def']['unit'];
  uid: string;
  chart: ReturnType<typeof useMarkTip>;
  color: string;
  /** Lit or dimmed by the highlight; null with nothing highlighted. */
  lit: boolean | null;
}) {
  const { point } = row;
  const value = valueOf(point, unit);
  const labelRoom = layout.plotX[1] - layout.plotX[0] - value.length * 7.5 - 8;
  return (
    <g
      class={`race-bar${point.disputed ? ' race-bar--disputed' : ''}${lit === true ? ' race-mark--lit' : lit === false ? ' race-mark--dim' : ''}`}
      data-index={index}
      data-point={point.key}
      data-subject={point.subject}
      role="button"
      tabindex={chart.tabIndexOf(index)}
      aria-label={pointLabel(point, unit)}
      aria-describedby={chart.describedBy(index)}
    >
      <rect class="race-mark__hit" x={0} y={row.y} width={layout.width} height={44} />
      <text class="race-bar__label" x={layout.plotX[0]} y={row.y + 11}>
        {point.disputed && <tspan class="race-bar__flag">⚠ </tspan>}
        {fitText(pointTitle(point), labelRoom - (point.disputed ? 14 : 0), 11.5)}
      </text>
      <text class="race-bar__value" x={layout.plotX[1]} y={row.y + 11} text-anchor="end">
        {value}
      </text>
      <rect class="race-bar__track" x={layout.plotX[0]} y={row.barY} width={layout.plotX[1] - layout.plotX[0]} height={BAR.height} rx="2" />
      {row.highWidth !== null && (
        <rect class="race-bar__range" x={layout.plotX[0]} y={row.barY} width={row.highWidth} height={BAR.height} rx="2" fill={color} />
      )}
      {point.disputed ? (
        <rect
          class="race-bar__fill race-bar__fill--disputed"
          x={layout.plotX[0]}
          y={row.barY}
          width={row.barWidth}
          height={BAR.height}
          rx="2"
          style={{ color }}
          fill={`url(#race-chart-hatch-${uid})`}
          stroke={color}
        />
      ) : (
        <rect class="race-bar__fill" x={layout.plotX[0]} y={row.barY} width={row.barWidth} height={BAR.height} rx="2" fill={color} />
      )}
      <text class="race-bar__source" x={layout.plotX[0]} y={row.barY + BAR.height + 11}>
        {fitText(sourceLine(point), layout.plotX[1] - layout.plotX[0], 10.5)}
      </text>
      <rect class="race-mark__ring" x={2} y={row.y - 1} width={layout.width - 4} height={44} rx="4" />
    </g>
  );
}
