/**
 * What the entity filter lights up: the entity's own events, events that are about it (figure
 * subjects, quotes), and the events of whatever it directly owns (a company's products and people).
 */
import type { Dataset } from '../../core/dataset/types';
import type { RaceEvent } from './events';
import type { ChartPoint } from './figures';
import { directOwners } from './lanes';

export function ownedBy(dataset: Dataset, ownerId: string): Set<string> {
  const owned = new Set([ownerId]);
  for (const entity of dataset.entities) {
    if (directOwners(entity).includes(ownerId)) owned.add(entity.id);
  }
  return owned;
}

export function isEventOf(event: RaceEvent, owned: Set<string>): boolean {
  return event.about.some((id) => owned.has(id));
}

export function isPointOf(point: ChartPoint, owned: Set<string>): boolean {
  return owned.has(point.subject) || owned.has(point.entityId);
}

/** Entities worth offering in the filter: those with at least one event or chart point. */
export function filterChoices(
  dataset: Dataset,
  events: readonly RaceEvent[],
  points: readonly ChartPoint[],
): { id: string; name: string }[] {
  const ids = new Set<string>();
  for (const event of events) for (const id of event.about) ids.add(id);
  for (const point of points) ids.add(point.subject);
  return dataset.entities
    .filter((entity) => ids.has(entity.id))
    .map((entity) => ({ id: entity.id, name: entity.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
