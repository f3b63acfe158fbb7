/**
 * The dated facts of the dataset as timeline events: each with its date span, its lane, and its
 * sources resolved for display. Undated facts (most quotes) are not events and are left out.
 */
import { sourceById } from '../../core/dataset';
import type { Dataset, Fact, Source } from '../../core/dataset/types';
import { t } from '../../core/i18n';
import { compareSpans, parseDateSpan, type DateSpan } from './dates';
import { assignLanes, type LaneId } from './lanes';

export interface RaceEvent {
  /** The fact's id: unique across the dataset. */
  id: string;
  entityId: string;
  entityName: string;
  lane: LaneId;
  span: DateSpan;
  fact: Fact;
  sources: Source[];
  disputed: boolean;
  /** Entities the event is also about (figure subjects, quote speakers): the filter highlights it for them too. */
  about: string[];
}

export function resolveSources(ids: readonly string[], index: ReadonlyMap<string, Source>): Source[] {
  // An id that does not resolve still shows, by id, rather than vanishing from the citation.
  return ids.map((id) => index.get(id) ?? { id, title: id, publisher: t('raceUnknownSource') });
}

/** Every dated fact, in time order (then by lane order of appearance and id, so the order is stable). */
export function collectEvents(dataset: Dataset): RaceEvent[] {
  const lanes = assignLanes(dataset);
  const sources = sourceById(dataset);
  const events: RaceEvent[] = [];
  for (const entity of dataset.entities) {
    for (const fact of entity.facts) {
      const span = parseDateSpan(fact.date);
      if (!span) continue;
      const about = new Set<string>([entity.id]);
      if (fact.quoteBy) about.add(fact.quoteBy);
      for (const figure of fact.figures ?? []) about.add(figure.subject);
      for (const claim of fact.disputed?.claims ?? []) {
        for (const figure of claim.figures ?? []) about.add(figure.subject);
      }
      events.push({
        id: fact.id,
        entityId: entity.id,
        entityName: entity.name,
        lane: lanes.get(entity.id) ?? 'other',
        span,
        fact,
        sources: resolveSources(fact.sources, sources),
        disputed: !!fact.disputed,
        about: [...about],
      });
    }
  }
  return events.sort((a, b) => compareSpans(a.span, b.span) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
