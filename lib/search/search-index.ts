/**
 * Fuzzy entity search: one fuse.js index over every entity's names, aliases, roles, summary and
 * facts, weighted so that names win, built once per dataset and reused for every keystroke.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Dataset, Entity } from '../dataset';
import { foldQuery } from './fold';
import { normaliseRanges, type MatchRange } from './highlight';
import { matchRelevance } from './relevance';
import { buildSearchDocs, type SearchDoc, type SearchField } from './search-docs';

export interface FieldMatch {
  field: SearchField;
  /** The matched text in its original spelling. */
  text: string;
  ranges: MatchRange[];
}

export interface SearchHit {
  entity: Entity;
  /** Our relevance (see relevance.ts): higher is better, about 1 for an exact name. */
  relevance: number;
  /** fuse.js's own score (0 is perfect), the tie-breaker. */
  score: number;
  /** Where the query matched closely enough, name first, then aliases, roles, summary, facts. */
  matches: FieldMatch[];
}

export interface EntitySearch {
  search(query: string, limit?: number): SearchHit[];
  /** Number of entities indexed. */
  readonly size: number;
}

export const FIELD_WEIGHTS: Record<SearchField, number> = {
  name: 3,
  aliases: 2.5,
  roles: 1,
  summary: 0.7,
  facts: 0.4,
};
const FIELD_ORDER = Object.keys(FIELD_WEIGHTS) as SearchField[];

/**
 * Per-text tolerance: about one wrong, missing or extra letter in three ("altmn", "sotiaux",
 * "claud code") while a word that is not in the data ("kubernetes") finds nothing.
 */
export const MATCH_THRESHOLD = 0.34;
/** Fuse's candidates re-ranked per search: enough that a good match is never cut by Fuse's order. */
const MIN_CANDIDATES = 200;
/** Queries shorter than this (after folding) match nothing: one letter matches everything. */
export const MIN_QUERY_LENGTH = 2;

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: MATCH_THRESHOLD,
  minMatchCharLength: 2,
  keys: FIELD_ORDER.map((field) => ({
    name: field,
    weight: FIELD_WEIGHTS[field],
    getFn: (doc: SearchDoc) => doc.folded[field],
  })),
};

/** A Fuse result judged by relevance.ts; null when no match is close enough for its field. */
function toHit(result: FuseResult<SearchDoc>, query: string): SearchHit | null {
  const doc = result.item;
  const matches: FieldMatch[] = [];
  let best = 0;
  const fields = new Set<SearchField>();
  for (const match of result.matches ?? []) {
    const field = match.key as SearchField;
    const text = doc.original[field]?.[match.refIndex ?? 0];
    if (text === undefined || match.value === undefined) continue;
    const ranges = normaliseRanges(match.indices, text.length);
    const relevance = matchRelevance(field, query, match.value, ranges);
    if (relevance <= 0) continue;
    best = Math.max(best, relevance);
    fields.add(field);
    matches.push({ field, text, ranges });
  }
  if (best === 0) return null;
  matches.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  // Matching in several fields is a little more convincing than in one.
  const breadth = Math.min(0.03, 0.01 * (fields.size - 1));
  return { entity: doc.entity, relevance: best + breadth, score: result.score ?? 1, matches };
}

export function createEntitySearch(dataset: Dataset): EntitySearch {
  const fuse = new Fuse(buildSearchDocs(dataset), FUSE_OPTIONS);
  return {
    size: dataset.entities.length,
    search(query, limit = 20) {
      const folded = foldQuery(query);
      if (folded.replace(/ /g, '').length < MIN_QUERY_LENGTH) return [];
      const best = new Map<string, SearchHit>();
      for (const variant of queryVariants(folded)) {
        for (const result of fuse.search(variant, { limit: Math.max(limit * 10, MIN_CANDIDATES) })) {
          const hit = toHit(result, variant);
          const known = hit && best.get(hit.entity.id);
          if (hit && (!known || hit.relevance > known.relevance)) best.set(hit.entity.id, hit);
        }
      }
      return [...best.values()]
        .sort((a, b) => b.relevance - a.relevance || a.score - b.score)
        .slice(0, limit);
    },
  };
}

/**
 * The query as typed (folded), and split where letters meet digits when that differs: people type
 * "gpt5.3" and "sonnet3.5" for "GPT-5.3" and "Sonnet 3.5"; "o1" stays as typed too.
 */
export function queryVariants(folded: string): string[] {
  const split = folded.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
  return split === folded ? [folded] : [folded, split];
}

const built = new WeakMap<Dataset, EntitySearch>();

/** The dataset's search index, built on first use and kept for the next keystrokes. */
export function entitySearchFor(dataset: Dataset): EntitySearch {
  let search = built.get(dataset);
  if (!search) {
    search = createEntitySearch(dataset);
    built.set(dataset, search);
  }
  return search;
}
