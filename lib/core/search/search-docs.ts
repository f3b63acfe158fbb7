/**
 * What the search index holds for each entity: every searchable text in its original spelling and
 * in search-time spelling (see fold.ts). Fuse sees only the folded texts; the originals are kept
 * side by side, position for position, for display and highlighting.
 */
import { entityById, type Dataset, type Entity } from '../dataset';
import { foldForSearch } from './fold';

export type SearchField = 'name' | 'aliases' | 'roles' | 'summary' | 'facts';

export interface SearchDoc {
  entity: Entity;
  /** Original texts per field; index i of `folded[field]` is the fold of `original[field][i]`. */
  original: Record<SearchField, string[]>;
  folded: Record<SearchField, string[]>;
}

function unique(texts: string[]): string[] {
  return [...new Set(texts.filter((text) => text.trim() !== ''))];
}

function roleTexts(entity: Entity, entities: ReadonlyMap<string, Entity>): string[] {
  return (entity.roles ?? []).map((role) => {
    const org = role.orgName ?? (role.org ? entities.get(role.org)?.name : undefined);
    return org ? `${role.title}, ${org}` : role.title;
  });
}

function factTexts(entity: Entity): string[] {
  return entity.facts.flatMap((fact) => [
    fact.text,
    ...(fact.disputed ? [fact.disputed.note, ...fact.disputed.claims.map((claim) => claim.text)] : []),
  ]);
}

export function buildSearchDocs(dataset: Dataset): SearchDoc[] {
  const entities = entityById(dataset);
  return dataset.entities.map((entity) => {
    const nameKey = entity.name.toLowerCase();
    const original: Record<SearchField, string[]> = {
      name: [entity.name],
      // An alias that only repeats the name would count the same match twice.
      aliases: unique(entity.aliases.map((alias) => alias.text)).filter((t) => t.toLowerCase() !== nameKey),
      roles: unique(roleTexts(entity, entities)),
      summary: [entity.summary],
      facts: unique(factTexts(entity)),
    };
    const folded = Object.fromEntries(
      Object.entries(original).map(([field, texts]) => [field, texts.map(foldForSearch)]),
    ) as Record<SearchField, string[]>;
    return { entity, original, folded };
  });
}
