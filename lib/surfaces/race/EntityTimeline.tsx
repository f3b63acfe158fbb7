/**
 * The race timeline narrowed to one entity (its own facts, facts about it, and those of what it owns),
 * for the entity detail view. Renders nothing when the entity has no dated facts.
 */
import { useMemo } from 'preact/hooks';
import { entityById } from '../../core/dataset';
import type { Dataset } from '../../core/dataset/types';
import type { Theme } from '../../platform/settings';
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { yearOf } from './dates';
import { collectEvents, type RaceEvent } from './events';
import { isEventOf, ownedBy } from './highlight';
import { Timeline } from './Timeline';
import './race.css';

export interface EntityTimelineProps {
  dataset: Dataset;
  entityId: string;
  onOpenEntity: (entityId: string) => void;
  theme?: Theme;
}

export function entityEvents(dataset: Dataset, entityId: string): RaceEvent[] {
  const owned = ownedBy(dataset, entityId);
  return collectEvents(dataset).filter((event) => isEventOf(event, owned));
}

/** Whether EntityTimeline would draw anything for this entity. */
export function entityHasTimeline(dataset: Dataset, entityId: string): boolean {
  return entityEvents(dataset, entityId).length > 0;
}

export function EntityTimeline({ dataset, entityId, onOpenEntity, theme = 'system' }: EntityTimelineProps) {
  const events = useMemo(() => entityEvents(dataset, entityId), [dataset, entityId]);
  if (events.length === 0) return null;
  const name = entityById(dataset).get(entityId)?.name ?? entityId;
  const fromYear = Math.min(...events.map((e) => yearOf(e.span.start)));
  return (
    <section class="race race--entity" data-theme={theme} aria-label={t('raceEntityTimelineLabel', name)}>
      <Timeline
        events={events}
        highlighted={null}
        onOpenEntity={onOpenEntity}
        label={t('raceEntityTimelineDescription', name, formatNumber(events.length))}
        fallbackWidth={340}
        fromYear={fromYear}
      />
    </section>
  );
}
