/** The page's mentions as the popup lists them: grouped by type, most mentioned first. */
import { entityById, TYPE_LABELS, TYPE_ORDER, type Dataset, type Entity, type EntityType } from '../../core/dataset';
import type { PageMentions } from '../../platform/messaging';

export interface MentionGroupItem {
  entity: Entity;
  count: number;
}

export interface MentionGroup {
  type: EntityType;
  label: string;
  items: MentionGroupItem[];
}

export function groupPageMentions(page: PageMentions, dataset: Dataset): MentionGroup[] {
  const byId = entityById(dataset);
  const groups = new Map<EntityType, MentionGroupItem[]>();
  for (const { entityId, count } of page.entities) {
    // A page scanned with another version of the dataset may name ids this one lacks.
    const entity = byId.get(entityId);
    if (!entity || count <= 0) continue;
    const items = groups.get(entity.type) ?? [];
    items.push({ entity, count });
    groups.set(entity.type, items);
  }
  return TYPE_ORDER.filter((type) => groups.has(type)).map((type) => ({
    type,
    label: TYPE_LABELS[type].many,
    items: groups
      .get(type)!
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)),
  }));
}
