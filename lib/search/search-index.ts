/**
 * Fuzzy entity search over every entity's names, aliases, roles, summary and facts, built once per
 * dataset and reused for every keystroke. Per keystroke: a word index picks the texts that could
 * match (word-index.ts), fuse.js matches the query against each of them (score and positions),
 * and relevance.ts ranks the entities, names first, dropping matches too loose for their field.
 */
import Fuse from 'fuse.js';
import type { Dataset, Entity } from '../dataset';
import { foldQuery } from './fold';
import { normaliseRanges, type MatchRange } from './highlight';
import { FIELD_RELEVANCE, matchRelevance } from './relevance';
import { buildSearchDocs, type SearchDoc, type SearchField } from './search-docs';
import { WordIndex } from './word-index';

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
  /** fuse.js's best score among the entity's matches (0 is perfect), the tie-breaker. */
  score: number;
  /** Where the query matched closely enough, name first, then aliases, roles, summary, facts. */
  matches: FieldMatch[];
}

export interface EntitySearch {
  search(query: string, limit?: number): SearchHit[];
  /** Number of entities indexed. */
  readonly size: number;
}

const FIELD_ORDER = Object.keys(FIELD_RELEVANCE) as SearchField[];
const NAME_FIELDS = new Set<SearchField>(['name', 'aliases', 'roles']);

/**
 * fuse.js's per-text tolerance: about one wrong, missing or extra letter in three ("altmn",
 * "sotiaux", "claud code"); relevance.ts then asks more of long texts.
 */
export const MATCH_THRESHOLD = 0.34;
/** Queries shorter than this (letters and digits) match nothing: one letter matches everything. */
export const MIN_QUERY_LENGTH = 2;
/** Below this many letters a query looks only at names, aliases and roles, not at running text. */
export const MIN_TEXT_QUERY_LENGTH = 4;
/**
 * Bounds on fuse work per keystroke. Candidates come in field order, so names are looked at first and
 * running text (summaries, facts), which can never outrank a name, is what a bound cuts.
 */
export const MAX_CANDIDATE_TEXTS = 3000;
export const MAX_TEXT_CANDIDATES = 600;

const MATCH_OPTIONS = {
  includeMatches: true,
  ignoreLocation: true,
  threshold: MATCH_THRESHOLD,
  minMatchCharLength: 2,
};

interface IndexedText {
  doc: number;
  field: SearchField;
  ref: number;
  folded: string;
}

/** Every searchable text, names first so that candidate ids come in field order. */
function indexTexts(docs: SearchDoc[]): IndexedText[] {
  const texts: IndexedText[] = [];
  for (const field of FIELD_ORDER) {
    docs.forEach((doc, index) =>
      doc.folded[field].forEach((folded, ref) => texts.push({ doc: index, field, ref, folded })),
    );
  }
  return texts;
}

/**
 * The query as typed (folded), and split where letters meet digits when that differs: people type
 * "gpt5.3" and "sonnet3.5" for "GPT-5.3" and "Sonnet 3.5"; "o1" stays as typed too.
 */
export function queryVariants(folded: string): string[] {
  const split = folded.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
  return split === folded ? [folded] : [folded, split];
}

interface Accumulator {
  relevance: number;
  score: number;
  /** Best match per text, keyed "field/ref". */
  matches: Map<string, FieldMatch & { relevance: number }>;
  fields: Set<SearchField>;
}

export function createEntitySearch(dataset: Dataset): EntitySearch {
  const docs = buildSearchDocs(dataset);
  const texts = indexTexts(docs);
  const words = new WordIndex(texts.map((t) => t.folded));

  return {
    size: dataset.entities.length,
    search(query, limit = 20) {
      const folded = foldQuery(query);
      const letters = folded.replace(/ /g, '').length;
      if (letters < MIN_QUERY_LENGTH) return [];
      const namesOnly = letters < MIN_TEXT_QUERY_LENGTH;
      const found = new Map<number, Accumulator>();

      for (const variant of queryVariants(folded)) {
        const candidates = words.candidates(variant.split(' '));
        let checked = 0;
        let checkedText = 0;
        for (const id of candidates) {
          const text = texts[id];
          const isName = NAME_FIELDS.has(text.field);
          if (!isName) {
            if (namesOnly) break;
            // One matching fact per entity is enough to rank it and to say why it matched.
            if (found.get(text.doc)?.fields.has(text.field)) continue;
            if ((checkedText += 1) > MAX_TEXT_CANDIDATES || found.size >= limit * 3) break;
          }
          // Past a few screens of results, more name candidates only cost time (10,000-entity sets).
          if (isName && found.size >= limit * 5) break;
          if ((checked += 1) > MAX_CANDIDATE_TEXTS) break;
          const result = Fuse.match(variant, text.folded, MATCH_OPTIONS);
          if (!result.isMatch || !result.indices?.length) continue;
          const ranges = normaliseRanges(result.indices, text.folded.length);
          const relevance = matchRelevance(text.field, variant, text.folded, ranges);
          if (relevance <= 0) continue;
          let entry = found.get(text.doc);
          if (!entry) found.set(text.doc, (entry = { relevance: 0, score: 1, matches: new Map(), fields: new Set() }));
          entry.fields.add(text.field);
          entry.relevance = Math.max(entry.relevance, relevance);
          entry.score = Math.min(entry.score, result.score);
          const key = `${text.field}/${text.ref}`;
          const known = entry.matches.get(key);
          if (!known || relevance > known.relevance) {
            const original = docs[text.doc].original[text.field][text.ref];
            entry.matches.set(key, { field: text.field, text: original, ranges, relevance });
          }
        }
      }

      const hits: SearchHit[] = [];
      for (const [doc, entry] of found) {
        const matches = [...entry.matches.values()]
          .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || b.relevance - a.relevance)
          .map(({ field, text, ranges }) => ({ field, text, ranges }));
        // Matching in several fields is a little more convincing than in one.
        const fields = new Set(matches.map((m) => m.field)).size;
        const breadth = Math.min(0.03, 0.01 * (fields - 1));
        hits.push({ entity: docs[doc].entity, relevance: entry.relevance + breadth, score: entry.score, matches });
      }
      return hits.sort((a, b) => b.relevance - a.relevance || a.score - b.score).slice(0, limit);
    },
  };
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
