/**
 * Fuzzy entity search over every entity's names, aliases, roles, summary and facts, built once per
 * dataset and reused for every keystroke (docs/search.md). Per keystroke: the query is parsed into
 * readings and terms (query.ts); for each reading a word index picks the texts that could match
 * (word-index.ts) and fuse.js matches the reading against each of them (score and positions), ranked
 * by relevance.ts, names first, a corrected reading less its corrections; then word-by-word coverage
 * (coverage.ts) adds the entities whose texts explain most of the query's terms, synonyms included,
 * and the texts that say why.
 */
import Fuse from 'fuse.js';
import type { Dataset, Entity } from '../dataset';
import { foldQuery } from './fold';
import { normaliseRanges, type MatchRange } from './highlight';
import { bitCount, CoverageIndex, coverWeight, FIELDS, MAX_TERMS } from './coverage';
import { parseQuery, RunIndex, splitDigits, type QueryTerm } from './query';
import { FIELD_RELEVANCE, matchRelevance } from './relevance';
import { buildSearchDocs, type SearchDoc, type SearchField } from './search-docs';
import { synonymsFor } from './synonyms';
import { WordIndex } from './word-index';

export interface FieldMatch {
  field: SearchField;
  /** The matched text in its original spelling. */
  text: string;
  ranges: MatchRange[];
  /** How many of the query's terms this text explains, when it was found word by word. */
  terms?: number;
}

export interface SearchHit {
  entity: Entity;
  /** Our relevance (see relevance.ts): higher is better, about 1 for an exact name. */
  relevance: number;
  /** fuse.js's best score among the entity's matches (0 is perfect), the tie-breaker. */
  score: number;
  /** Where the query matched closely enough, name first, then aliases, roles, summary, facts. */
  matches: FieldMatch[];
  /** The query's meaningful terms (see query.ts), against which `FieldMatch.terms` counts. */
  terms: number;
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
  const split = splitDigits(folded);
  return split === folded ? [folded] : [folded, split];
}

type Found = Map<number, Accumulator>;

interface Accumulator {
  relevance: number;
  score: number;
  /** Best match per text, keyed "field/ref". */
  matches: Map<string, FieldMatch & { relevance: number }>;
  fields: Set<SearchField>;
}

function entryFor(found: Found, doc: number): Accumulator {
  let entry = found.get(doc);
  if (!entry) found.set(doc, (entry = { relevance: 0, score: 1, matches: new Map(), fields: new Set() }));
  return entry;
}

interface Index {
  docs: SearchDoc[];
  texts: IndexedText[];
  words: WordIndex;
  coverage: CoverageIndex;
  textWords: Map<string, TextWords>;
  /** How many texts are names and aliases (they come first). */
  keyTexts: number;
}

/**
 * A phrase match with words its text does not hold ("sm altman" of "Sam Altman", "stephen levy" of
 * "Steven Levy") must be this much closer than one whose every word is held: a share of the
 * query's letters taken off its closeness.
 */
export const UNHELD_WORD_COST = 0.05;
/** Names looked at for a reading with a word no name holds (10,000-entity sets may hold many alike). */
export const MAX_UNHELD_CANDIDATES = 500;

/**
 * fuse.js over the candidate texts of each reading: phrases, typos, prefixes, with positions; a match
 * of a repaired reading is worth what its repair left it (`worth`). When no name holds every word of
 * a reading, one word no name holds, nor anything like it, does not wipe out the name the other words
 * spell: the names and aliases that hold the others are tried, a little more strictly.
 */
function matchPhrases(index: Index, readings: string[], worth: number[], namesOnly: boolean, limit: number): Found {
  const found: Found = new Map();
  const { words, keyTexts } = index;
  readings.forEach((reading, i) => {
    const all = reading.split(' ');
    if (all.every((word) => words.similar(word).length > 0)) {
      matchReading(index, found, reading, 1 - worth[i], words.candidates(all), namesOnly, limit);
    }
  });
  if ([...found.values()].some((entry) => [...entry.fields].some((field) => NAME_FIELDS.has(field)))) return found;
  readings.forEach((reading, i) => {
    const all = reading.split(' ');
    // One word forgiven, not more: a question whose words are not a name is coverage's to answer.
    const inNames = all.filter((word) => words.similar(word).some((id) => words.textsWith(id)[0] < keyTexts));
    if (inNames.length === 0 || inNames.length !== all.length - 1) return;
    const candidates = words.candidates(inNames, keyTexts).slice(0, MAX_UNHELD_CANDIDATES);
    matchReading(index, found, reading, 1 - worth[i] + UNHELD_WORD_COST, candidates, true, limit, true);
  });
  return found;
}

/** Whether a match begins at the start of a word of `text` and ends at the end of one. */
function onWordEdges(text: string, ranges: readonly MatchRange[]): boolean {
  const start = ranges[0][0];
  const end = ranges[ranges.length - 1][1];
  return (start === 0 || text[start - 1] === ' ') && (end === text.length - 1 || text[end + 1] === ' ');
}

/** fuse.js over one reading's candidate texts, each match worth its relevance less `cost`. */
function matchReading(
  { docs, texts }: Index,
  found: Found,
  reading: string,
  cost: number,
  candidates: number[],
  namesOnly: boolean,
  limit: number,
  /**
   * The match must begin and end where words of the text do ("ex deepmind" is not "[goog]le deepmind",
   * "openai ceo" not "openai co[dex]").
   */
  wholeWords = false,
): void {
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
    const result = Fuse.match(reading, text.folded, MATCH_OPTIONS);
    if (!result.isMatch || !result.indices?.length) continue;
    const ranges = normaliseRanges(result.indices, text.folded.length);
    if (wholeWords && !onWordEdges(text.folded, ranges)) continue;
    // A repaired reading's match loses what the repair cost, as fuse's closeness would for the typo.
    const relevance = matchRelevance(text.field, reading, text.folded, ranges, cost);
    if (relevance <= 0) continue;
    const entry = entryFor(found, text.doc);
    entry.fields.add(text.field);
    entry.relevance = Math.max(entry.relevance, relevance);
    entry.score = Math.min(entry.score, result.score ?? 1);
    const key = `${text.field}/${text.ref}`;
    const known = entry.matches.get(key);
    if (!known || relevance > known.relevance) {
      const original = docs[text.doc].original[text.field][text.ref];
      entry.matches.set(key, { field: text.field, text: original, ranges, relevance });
    }
  }
}

/** A text's words as vocabulary ids with their places; kept for texts read again on later keystrokes. */
interface TextWords {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

const TEXT_WORDS_KEPT = 4000;

function textWordsOf(folded: string, words: WordIndex, kept: Map<string, TextWords>): TextWords {
  let known = kept.get(folded);
  if (known) return known;
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const pattern = /[^ ]+/g;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    ids.push(words.idOf(m[0]) ?? -1);
    starts.push(m.index);
    ends.push(m.index + m[0].length - 1);
  }
  known = { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  if (kept.size >= TEXT_WORDS_KEPT) kept.clear();
  kept.set(folded, known);
  return known;
}

/** Where in a folded text the words the query's terms matched stand, and which terms they are. */
function wordRanges(text: TextWords, termsOf: (id: number) => number) {
  const ranges: MatchRange[] = [];
  let mask = 0;
  for (let i = 0; i < text.ids.length; i += 1) {
    const terms = text.ids[i] < 0 ? 0 : termsOf(text.ids[i]);
    if (!terms) continue;
    mask |= terms;
    ranges.push([text.starts[i], text.ends[i]]);
  }
  return { ranges, mask };
}

/**
 * Word-by-word coverage joins the phrase matches. For the entities that explain enough of the query,
 * their texts are read once more: the one per field that explains most becomes a match to show, and
 * words found together in one text (a role, a fact) count more than the same words scattered.
 */
function addCoverage(index: Index, found: Found, terms: QueryTerm[], namesOnly: boolean, limit: number): void {
  const { docs, words, coverage } = index;
  const allow = (field: SearchField) => !namesOnly || NAME_FIELDS.has(field);
  const result = coverage.cover(terms, allow, limit * 2);
  const n = Math.min(terms.length, MAX_TERMS);
  for (const { doc, relevance } of result.docs) {
    const entry = entryFor(found, doc);
    let together = 0;
    for (const field of FIELD_ORDER) {
      if (!allow(field)) continue;
      let best: { ref: number; ranges: MatchRange[]; count: number } | undefined;
      docs[doc].folded[field].forEach((folded, ref) => {
        const { ranges, mask } = wordRanges(textWordsOf(folded, words, index.textWords), result.termsOf);
        const count = bitCount(mask);
        if (count > (best?.count ?? 0)) best = { ref, ranges, count };
        // A text the query explains nearly whole ("Codex lead") beats one it explains a part of; a
        // name or alias most ("codex cli" names Codex before the Codex team).
        const explained = ranges.reduce((sum, [a, b]) => sum + b - a + 1, 0) / folded.length;
        const whole = field === 'name' || field === 'aliases' ? 0.1 : 0.05;
        together = Math.max(together, (count / n) ** 2 * coverWeight(field, n) + whole * explained);
      });
      if (!best) continue;
      const key = `${field}/${best.ref}`;
      const known = entry.matches.get(key);
      const ranges = normaliseRanges([...(known?.ranges ?? []), ...best.ranges], docs[doc].folded[field][best.ref].length);
      const text = docs[doc].original[field][best.ref];
      entry.matches.set(key, { field, text, ranges, relevance: known?.relevance ?? 0, terms: best.count });
      entry.fields.add(field);
    }
    entry.relevance = Math.max(entry.relevance, 0.7 * relevance + 0.3 * together);
  }
}

export function createEntitySearch(dataset: Dataset): EntitySearch {
  const docs = buildSearchDocs(dataset);
  const texts = indexTexts(docs);
  const synonyms = synonymsFor(dataset.synonyms);
  // Words of names and aliases, and of the synonym table, are key words: what people type to find one.
  const firstOther = texts.findIndex((t) => t.field !== 'name' && t.field !== 'aliases');
  const keyTexts = firstOther < 0 ? texts.length : firstOther;
  const words = new WordIndex(
    texts.map((t) => t.folded),
    keyTexts,
    synonyms.words(),
  );
  const runs = new RunIndex(texts.slice(0, keyTexts).map((t) => t.folded));
  const coverage = new CoverageIndex(
    words,
    Int32Array.from(texts, (t) => t.doc),
    Uint8Array.from(texts, (t) => FIELDS.indexOf(t.field)),
    docs.length,
  );
  const index: Index = { docs, texts, words, coverage, textWords: new Map(), keyTexts };

  return {
    size: dataset.entities.length,
    search(query, limit = 20) {
      const folded = foldQuery(query);
      const letters = folded.replace(/ /g, '').length;
      if (letters < MIN_QUERY_LENGTH) return [];
      const namesOnly = letters < MIN_TEXT_QUERY_LENGTH;
      const parsed = parseQuery(folded, words, synonyms, runs);
      const found = matchPhrases(index, parsed.readings, parsed.worth, namesOnly, limit);
      if (parsed.terms.length > 0) addCoverage(index, found, parsed.terms, namesOnly, limit);

      const hits: SearchHit[] = [];
      for (const [doc, entry] of found) {
        const matches = [...entry.matches.values()]
          .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || b.relevance - a.relevance)
          .map(({ field, text, ranges, terms }) => ({ field, text, ranges, ...(terms ? { terms } : {}) }));
        // Matching in several fields is a little more convincing than in one.
        const fields = new Set(matches.map((m) => m.field)).size;
        const breadth = Math.min(0.03, 0.01 * (fields - 1));
        hits.push({ entity: docs[doc].entity, relevance: entry.relevance + breadth, score: entry.score, matches, terms: parsed.terms.length });
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
