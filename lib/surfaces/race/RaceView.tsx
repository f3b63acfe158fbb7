/**
 * The race at a glance: the timeline of every dated fact by company, the charts that compare the
 * rivals, and a filter that lights up one entity's events. Props only; no storage or messaging, so it
 * renders the same in the popup, the side panel, race.html and tests.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { datasetCoverage } from '../../core/dataset';
import { Freshness } from '../../ui/facts';
import type { Dataset } from '../../core/dataset/types';
import type { Theme } from '../../platform/settings';
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { collectEvents } from './events';
import { extractSeries } from './figures';
import { FigureChart } from './FigureChart';
import { filterChoices, isEventOf, isPointOf, ownedBy } from './highlight';
import { assignLanes, laneDef, LANES } from './lanes';
import { Timeline } from './Timeline';
import './race.css';

export type RaceLayout = 'popup' | 'panel';

export interface RaceViewProps {
  dataset: Dataset;
  /** Entity lit up on arrival (from a card or the entity detail); the filter starts on it. */
  focusEntityId?: string;
  onOpenEntity: (entityId: string) => void;
  layout: RaceLayout;
  theme?: Theme;
}

/** Widths used before the container is measured; the popup is about 380 px, the side panel 360 to 500. */
export const FALLBACK_WIDTH: Record<RaceLayout, number> = { popup: 360, panel: 440 };

export function RaceView({ dataset, focusEntityId, onOpenEntity, layout, theme = 'system' }: RaceViewProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const events = useMemo(() => collectEvents(dataset), [dataset]);
  const series = useMemo(() => extractSeries(dataset), [dataset]);
  const points = useMemo(() => series.flatMap((s) => s.points), [series]);
  const lanes = useMemo(() => assignLanes(dataset), [dataset]);
  const choices = useMemo(() => filterChoices(dataset, events, points), [dataset, events, points]);
  const coverage = useMemo(() => datasetCoverage(dataset), [dataset]);
  const [selected, setSelected] = useState(focusEntityId ?? '');
  useEffect(() => setSelected(focusEntityId ?? ''), [focusEntityId]);

  const known = choices.some((c) => c.id === selected);
  const { litEvents, litPoints } = useMemo(() => {
    if (!selected || !known) return { litEvents: null, litPoints: null };
    const owned = ownedBy(dataset, selected);
    return {
      litEvents: new Set(events.filter((e) => isEventOf(e, owned)).map((e) => e.id)),
      litPoints: new Set(points.filter((p) => isPointOf(p, owned)).map((p) => p.key)),
    };
  }, [dataset, events, points, selected, known]);

  const selectedName = choices.find((c) => c.id === selected)?.name;
  const status = litEvents
    ? t('raceStatusHighlighted', selectedName ?? '', formatNumber(litEvents.size), formatNumber(events.length), formatNumber(litPoints!.size))
    : t('raceStatus', formatNumber(events.length), formatNumber(dataset.sources.length));
  const colorOf = (id: string) => laneDef(lanes.get(id) ?? 'other').color;
  const width = FALLBACK_WIDTH[layout];

  return (
    <section class={`race race--${layout}`} data-theme={theme} aria-labelledby={`race-title-${uid}`}>
      <header class="race__header">
        <h2 id={`race-title-${uid}`} class="race__title">
          {t('raceTitle')}
        </h2>
        <label class="race__filter">
          <span>{t('raceHighlight')}</span>
          <select value={known ? selected : ''} onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('raceEveryone')}</option>
            {LANES.map((lane) => {
              const inLane = choices.filter((c) => (lanes.get(c.id) ?? 'other') === lane.id);
              return (
                inLane.length > 0 && (
                  <optgroup key={lane.id} label={lane.label}>
                    {inLane.map((choice) => (
                      <option key={choice.id} value={choice.id}>
                        {choice.name}
                      </option>
                    ))}
                  </optgroup>
                )
              );
            })}
          </select>
        </label>
      </header>
      <Freshness coverage={coverage} class="race__freshness" />
      {/* Reserved height: the status changes with the filter without moving the charts below. */}
      <p class="race__status" role="status">
        {status}
      </p>
      <Timeline
        events={events}
        highlighted={litEvents}
        onOpenEntity={onOpenEntity}
        label={t('raceTimelineLabel')}
        fallbackWidth={width}
      />
      <Legend />
      <div class="race__charts">
        {series.map((s) => (
          <FigureChart key={s.def.id} series={s} highlighted={litPoints} onOpenEntity={onOpenEntity} fallbackWidth={layout === 'popup' ? width : 400} colorOf={colorOf} />
        ))}
      </div>
    </section>
  );
}

function Legend() {
  return (
    <ul class="race__legend" aria-label={t('raceLegendLabel')}>
      <li>
        <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="4.5" /></svg>
        {t('raceLegendDay')}
      </li>
      <li>
        <svg viewBox="0 0 30 14" width="30" height="14" aria-hidden="true">
          <rect class="race-legend__span" x="1" y="1" width="28" height="12" rx="3" />
          <rect x="10.5" y="3" width="9" height="8" rx="1.5" />
        </svg>
        {t('raceLegendSpan')}
      </li>
      <li>
        <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><path class="race-legend__disputed" d="M7 1.5L12.5 7L7 12.5L1.5 7Z" /></svg>
        {t('raceLegendDisputed')}
      </li>
    </ul>
  );
}

