/**
 * What a card says about an entity, worked out from the dataset without any DOM: the line under
 * the name (role and organisation, or maker and launch), the facts in the order a reader wants them,
 * and the related entities that exist in the dataset. Components only lay this out.
 */
import {
  comparePartialDates,
  datasetCoverage,
  entityById,
  sortFacts,
  sourceById,
  TYPE_LABELS,
  type Coverage,
  type Dataset,
  type Entity,
  type EntityType,
  type Fact,
  type PartialDate,
  type Source,
} from '../../core/dataset';
import { t } from '../../core/i18n';

/** How many facts a card shows before pointing to the full entry. */
export const MAX_CARD_FACTS = 5;
/** How many related entities a card lists. */
export const MAX_CARD_RELATED = 8;

export interface CardLookup {
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
  /** How current the dataset's facts are (the card's freshness line); absent when it does not say. */
  coverage(): Coverage | undefined;
}

export function createLookup(dataset: Dataset): CardLookup {
  const entities = entityById(dataset);
  const sources = sourceById(dataset);
  const coverage = datasetCoverage(dataset);
  return { entity: (id) => entities.get(id), source: (id) => sources.get(id), coverage: () => coverage };
}

/** A name that may be a link to another card (when the dataset has the entity). */
export interface NameRef {
  name: string;
  entityId?: string;
}

export interface RoleLine {
  title: string;
  org?: NameRef;
  from?: PartialDate;
  to?: PartialDate;
}

export interface LaunchInfo {
  date: PartialDate;
  /** True when a fact says it launched; false when this is only the earliest dated fact. */
  stated: boolean;
}

export interface RelatedRef {
  entityId: string;
  name: string;
  type: EntityType;
  relation: string;
}

export interface CardModel {
  entity: Entity;
  typeLabel: string;
  /** "Claude Code — product card": the dialog's accessible name. */
  label: string;
  roles: RoleLine[];
  makers: NameRef[];
  launch?: LaunchInfo;
  facts: Fact[];
  /** Facts not shown on the card (the full entry has them). */
  moreFacts: number;
  related: RelatedRef[];
}

const MAKER_RELATION = /\b(made|developed|built|created|owned|released|published|trained) by\b|\bmaker\b/i;
const LAUNCH_WORDS = /\b(launch(ed|es)?|releas(ed|es)|debut(ed|s)?|unveil(ed|s)?|introduc(ed|es)|shipped|put out|went live|(became|made) (fully |generally |publicly )?available)\b/i;

/** The launch: the earliest dated fact that says launched/released, else the earliest dated fact. */
export function findLaunch(entity: Entity): LaunchInfo | undefined {
  const dated = entity.facts.filter((f) => f.date && !f.quoteBy && !f.disputed);
  const earliest = (facts: Fact[]) =>
    facts.reduce<Fact | undefined>((best, f) => (!best || comparePartialDates(f.date!, best.date!) < 0 ? f : best), undefined);
  const launchFact = earliest(dated.filter((f) => LAUNCH_WORDS.test(f.text)));
  if (launchFact) return { date: launchFact.date!, stated: true };
  const first = earliest(dated);
  return first ? { date: first.date!, stated: false } : undefined;
}

function nameRef(lookup: CardLookup, id: string | undefined, fallback?: string): NameRef | undefined {
  const entity = id ? lookup.entity(id) : undefined;
  if (entity) return { name: entity.name, entityId: entity.id };
  return fallback ? { name: fallback } : undefined;
}

/** Current roles first (no end date), then the most recent past ones; at most three. */
function roleLines(entity: Entity, lookup: CardLookup): RoleLine[] {
  const roles = [...(entity.roles ?? [])].sort((a, b) => {
    if (!a.to !== !b.to) return a.to ? 1 : -1;
    return comparePartialDates(b.to ?? b.from ?? '', a.to ?? a.from ?? '');
  });
  return roles.slice(0, 3).map((r) => ({
    title: r.title,
    org: nameRef(lookup, r.org, r.orgName),
    from: r.from,
    to: r.to,
  }));
}

/** "made by" relations when there are any (a "built by" team is not the maker), else the looser ones. */
function findMakers(entity: Entity, lookup: CardLookup): NameRef[] {
  const exact = entity.related.filter((r) => r.relation.trim().toLowerCase() === 'made by');
  const chosen = exact.length ? exact : entity.related.filter((r) => MAKER_RELATION.test(r.relation));
  return chosen.map((r) => nameRef(lookup, r.id)).filter((r): r is NameRef => !!r);
}

export function buildCardModel(entity: Entity, lookup: CardLookup): CardModel {
  const typeLabel = TYPE_LABELS[entity.type]?.one ?? entity.type;
  const makesThings = entity.type === 'product' || entity.type === 'model';
  const makers = makesThings ? findMakers(entity, lookup) : [];
  const sorted = sortFacts(entity.facts);
  const related = entity.related
    .map((r): RelatedRef | undefined => {
      const target = lookup.entity(r.id);
      return target && target.id !== entity.id
        ? { entityId: target.id, name: target.name, type: target.type, relation: r.relation }
        : undefined;
    })
    .filter((r): r is RelatedRef => !!r)
    .slice(0, MAX_CARD_RELATED);
  return {
    entity,
    typeLabel,
    label: t('cardDialogLabel', entity.name, typeLabel.toLocaleLowerCase()),
    roles: entity.type === 'person' ? roleLines(entity, lookup) : [],
    makers,
    launch: makesThings ? findLaunch(entity) : undefined,
    facts: sorted.slice(0, MAX_CARD_FACTS),
    moreFacts: Math.max(0, sorted.length - MAX_CARD_FACTS),
    related,
  };
}
