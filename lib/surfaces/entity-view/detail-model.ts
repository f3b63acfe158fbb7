/**
 * Everything the detail view shows about one entity, resolved from the dataset (ids to names and
 * sources) and put in reading order. Pure, so it is tested without rendering.
 */
import { comparePartialDates, entityById } from '../../core/dataset';
import type { Dataset, Entity, Fact, Role, Source } from '../../core/dataset';

export interface ResolvedRole {
  role: Role;
  /** The organisation as an entity to link to, when the dataset has it. */
  orgEntity?: Entity;
  orgName?: string;
}

export interface ResolvedRelation {
  relation: string;
  entity: Entity;
}

export interface QuoteElsewhere {
  fact: Fact;
  /** The entity whose facts hold the quote. */
  about: Entity;
}

export interface DetailModel {
  aliases: string[];
  roles: ResolvedRole[];
  /** Dated facts oldest first (same date: more important first), then undated ones in dataset order. */
  dated: Fact[];
  undated: Fact[];
  /** Quotes this entity said that the dataset files under other entities. */
  quotesElsewhere: QuoteElsewhere[];
  related: ResolvedRelation[];
}

export function buildDetailModel(entity: Entity, dataset: Dataset): DetailModel {
  const byId = entityById(dataset);
  const nameKey = entity.name.toLowerCase();
  const aliases = [...new Set(entity.aliases.map((a) => a.text))].filter(
    (text) => text.toLowerCase() !== nameKey,
  );
  const roles = (entity.roles ?? []).map((role) => {
    const orgEntity = role.org ? byId.get(role.org) : undefined;
    return { role, orgEntity, orgName: role.orgName ?? orgEntity?.name };
  });
  const dated = entity.facts
    .filter((fact) => fact.date)
    .map((fact, index) => ({ fact, index }))
    .sort(
      (a, b) =>
        comparePartialDates(a.fact.date!, b.fact.date!) ||
        (a.fact.importance ?? 2) - (b.fact.importance ?? 2) ||
        a.index - b.index,
    )
    .map(({ fact }) => fact);
  const undated = entity.facts.filter((fact) => !fact.date);
  const quotesElsewhere = dataset.entities
    .filter((other) => other.id !== entity.id)
    .flatMap((other) =>
      other.facts.filter((fact) => fact.quoteBy === entity.id).map((fact) => ({ fact, about: other })),
    );
  const seen = new Set<string>();
  const related: ResolvedRelation[] = [];
  for (const { id, relation } of entity.related) {
    const target = byId.get(id);
    const key = `${id}\u0000${relation}`;
    if (!target || seen.has(key)) continue;
    seen.add(key);
    related.push({ relation, entity: target });
  }
  return { aliases, roles, dated, undated, quotesElsewhere, related };
}
