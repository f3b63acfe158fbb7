/**
 * One lane per company in the race. An entity's lane comes from the dataset itself: a company is its own
 * lane when its name or id is in the table below; people, products, models and teams follow their
 * "made by" / "works at" / "part of" relations (and role organisations) to such a company. Whatever
 * reaches no lane goes to "Others", so nothing dated is ever dropped.
 */
import { entityById } from '../../core/dataset';
import type { Dataset, Entity } from '../../core/dataset/types';
import { t } from '../../core/i18n';

export type LaneId = 'openai' | 'anthropic' | 'cursor' | 'windsurf' | 'cognition' | 'google' | 'other';

export interface LaneDef {
  id: LaneId;
  label: string;
  /** Okabe–Ito colour: distinguishable with the common colour-vision deficiencies. */
  color: string;
  /** Lowercased names and ids of the entities that anchor the lane (OpenAI's lane holds Microsoft/GitHub). */
  anchors: string[];
}

export const LANES: readonly LaneDef[] = [
  { id: 'openai', label: 'OpenAI · Microsoft · GitHub', color: '#0072B2', anchors: ['openai', 'microsoft', 'github'] },
  { id: 'anthropic', label: 'Anthropic', color: '#D55E00', anchors: ['anthropic'] },
  { id: 'cursor', label: 'Cursor', color: '#CC79A7', anchors: ['cursor', 'anysphere'] },
  { id: 'windsurf', label: 'Windsurf', color: '#009E73', anchors: ['windsurf', 'codeium'] },
  { id: 'cognition', label: 'Cognition', color: '#E69F00', anchors: ['cognition', 'cognition ai', 'cognition-ai', 'cognition-labs'] },
  { id: 'google', label: 'Google', color: '#56B4E9', anchors: ['google', 'google deepmind', 'google-deepmind', 'deepmind'] },
  {
    id: 'other',
    get label() {
      return t('raceLaneOthers');
    },
    color: '#8C8C8C',
    anchors: [],
  },
];

export function laneDef(id: LaneId): LaneDef {
  return LANES.find((lane) => lane.id === id)!;
}

/**
 * Relations that point from a thing to whoever owns it. Acquisitions and rivalries are left out on
 * purpose: "competes with Claude Code" must not put Codex in Anthropic's lane.
 */
const BELONGS_TO = /made by|made at|built by|developed by|created by|product of|model of|works? at|worked at|employed|part of|team at|division of|subsidiary|owned by|belongs to|member of|lab of/i;
const NOT_BELONGS = /acquir|compet|rival|invest|partner|license|deal|hired|poach|left|former|powers|uses|used by/i;

function anchorLane(entity: Entity): LaneId | null {
  if (entity.type !== 'company' && entity.type !== 'product' && entity.type !== 'team') return null;
  const keys = [entity.id.toLowerCase(), entity.name.toLowerCase()];
  for (const lane of LANES) {
    if (lane.anchors.some((anchor) => keys.includes(anchor))) return lane.id;
  }
  return null;
}

/** Maps every entity id to its lane. Breadth-first from each entity, so the nearest owner wins. */
export function assignLanes(dataset: Dataset): Map<string, LaneId> {
  const byId = entityById(dataset);
  const anchors = new Map<string, LaneId>();
  for (const entity of dataset.entities) {
    const lane = anchorLane(entity);
    if (lane) anchors.set(entity.id, lane);
  }
  const owners = directOwners;
  const lanes = new Map<string, LaneId>();
  for (const entity of dataset.entities) {
    lanes.set(entity.id, findLane(entity.id, byId, anchors, owners));
  }
  return lanes;
}

/** The entities that own this one directly: its maker, employer, parent. */
export function directOwners(entity: Entity): string[] {
  const fromRelations = entity.related
    .filter((rel) => BELONGS_TO.test(rel.relation) && !NOT_BELONGS.test(rel.relation))
    .map((rel) => rel.id);
  // A person's current role (no end date) names their organisation even without a relation.
  const fromRoles = (entity.roles ?? []).filter((role) => role.org && !role.to).map((role) => role.org!);
  // A deal is drawn on the lane of the company it was about (OpenAI's Windsurf bid is Windsurf's story).
  const fromDeal = entity.type === 'deal' ? entity.related.filter((rel) => /^target/i.test(rel.relation)).map((rel) => rel.id) : [];
  return [...new Set([...fromDeal, ...fromRelations, ...fromRoles])];
}

function findLane(
  start: string,
  byId: ReadonlyMap<string, Entity>,
  anchors: Map<string, LaneId>,
  owners: (entity: Entity) => string[],
): LaneId {
  const seen = new Set([start]);
  let frontier = [start];
  // Three hops reach "person -> team -> product -> company"; further is guesswork.
  for (let depth = 0; depth <= 3 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      const lane = anchors.get(id);
      if (lane) return lane;
      const entity = byId.get(id);
      if (!entity) continue;
      for (const owner of owners(entity)) {
        if (!seen.has(owner)) {
          seen.add(owner);
          next.push(owner);
        }
      }
    }
    frontier = next;
  }
  return 'other';
}
