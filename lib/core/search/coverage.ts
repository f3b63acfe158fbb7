/**
 * Word-by-word coverage, for queries whose words are not one phrase of one text ("openai ceo",
 * "who hired windsurf's founders"): every term (a query word with its synonyms, see query.ts) is
 * looked up in the word index, and each entity is scored by how much of the query its texts explain,
 * a role counting more than a summary, a summary more than a fact. An entity must explain every word
 * of a one- or two-word query and two thirds of a longer one, so unrelated questions find nothing;
 * but when no entity explains that much, an entity the query names (a term found in its name or
 * aliases) with half of it will do, so one unknown word beside a name ("codex cli", "cognition labs")
 * does not wipe it out; it then ranks by the share of the query it explains. A query all of whose
 * words are in an entity's names names that entity, in whatever order ("codex openai"). A corrected
 * word counts by what its repair left it worth. Entity-level lists per word keep this to a few passes
 * over small typed arrays per keystroke.
 */
import type { SearchField } from './search-docs';
import { isStopWord, MIN_TERM_WORTH, repairWorth, type QueryTerm } from './query';
import type { WordIndex } from './word-index';

/** What a term found in each field is worth. */
export const COVER_WEIGHT: Record<SearchField, number> = { name: 1, aliases: 0.95, roles: 0.85, summary: 0.6, facts: 0.5 };
/** A word found by its start or with a typo counts a little less, and a synonym of the typed word too. */
export const INEXACT = 0.85;
export const SYNONYM = 0.9;
/**
 * An entity's own name among several query words is usually what the question is about, not its
 * answer ("licensed codex" asks who licensed Codex): then it counts like a summary, no more.
 */
export const NAMED_IN_QUESTION = 0.6;
/** Terms beyond this many are left out (a pasted paragraph is not a question). */
export const MAX_TERMS = 8;

export const FIELDS: SearchField[] = ['name', 'aliases', 'roles', 'summary', 'facts'];

export function coverWeight(field: SearchField, termCount: number): number {
  return termCount > 1 && (field === 'name' || field === 'aliases') ? NAMED_IN_QUESTION : COVER_WEIGHT[field];
}

/** How many terms an entity must explain to count. */
export function termsNeeded(terms: number): number {
  return terms <= 2 ? terms : Math.ceil((terms * 2) / 3);
}

export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n += 1;
  return n;
}

export interface Covered {
  doc: number;
  /** The mean over terms of the best weight each found in the entity. */
  relevance: number;
}

export interface CoverageResult {
  /** Entities that explain enough of the query, best first. */
  docs: Covered[];
  /** Per vocabulary id, the terms (bit k = term k) it stands for in this query: the words to mark. */
  termsOf(vocabId: number): number;
}

interface FormContext {
  best: Float64Array;
  /** Per entity, the best weight the current term found in its name or aliases. */
  nameBest: Float64Array;
  /** Entities whose `best` was raised for the current term. */
  touched: number[];
  /** Per field (index in FIELDS): its weight, and whether it may be searched. */
  weights: number[];
  allow: boolean[];
}

interface DocList {
  docs: Int32Array;
  /** Per entry, the best field (index in FIELDS) the word holds for that entity. */
  fields: Uint8Array;
}

export class CoverageIndex {
  private readonly lists = new Map<number, DocList>();
  private readonly vocabTerms: Int32Array;
  /** Per entity, the best weight the current term found in it (reset after each term). */
  private readonly best: Float64Array;
  private readonly nameBest: Float64Array;
  private touchedVocab: number[] = [];

  constructor(
    private readonly words: WordIndex,
    private readonly textDoc: Int32Array,
    private readonly textField: Uint8Array,
    private readonly docCount: number,
  ) {
    this.vocabTerms = new Int32Array(words.words);
    this.best = new Float64Array(docCount);
    this.nameBest = new Float64Array(docCount);
  }

  /** The entities holding vocabulary word `id`, each with its best field (texts come names first). */
  private docList(id: number): DocList {
    let list = this.lists.get(id);
    if (list) return list;
    const docs: number[] = [];
    const fields: number[] = [];
    const seen = new Set<number>();
    for (const text of this.words.textsWith(id)) {
      const doc = this.textDoc[text];
      if (seen.has(doc)) continue;
      seen.add(doc);
      docs.push(doc);
      fields.push(this.textField[text]);
    }
    list = { docs: Int32Array.from(docs), fields: Uint8Array.from(fields) };
    this.lists.set(id, list);
    return list;
  }

  /** Vocabulary ids a form's word stands for, with how exactly. */
  private wordIds(word: string, typed: boolean, last: boolean): [number, number][] {
    // A short word the texts hold as typed ("codex", "lead") means that word, not its neighbours ("code").
    const exact = typed && word.length <= 5 && this.words.idOf(word) !== undefined;
    if (!typed || exact) {
      const ids = this.words.similar(word, { prefix: typed && last && word.length >= 3, edits: 0 });
      return ids.map((id) => [id, this.words.word(id) === word ? 1 : INEXACT]);
    }
    // Otherwise its neighbours too, as far as the word may be corrected to each (see editsAllowed),
    // but not by more than a quarter of its letters ("cat" is not "chat"; see MIN_TERM_WORTH).
    const out: [number, number][] = [];
    for (const { id, edits } of this.words.corrections(word, last && word.length >= 3)) {
      if (edits === 0) out.push([id, this.words.word(id) === word ? 1 : INEXACT]);
      else if (repairWorth(edits, word.length) >= MIN_TERM_WORTH) out.push([id, INEXACT]);
    }
    return out;
  }

  /** Marks a vocabulary id as standing for term k (a word to mark; "in" of "in charge" is not). */
  private mark(id: number, k: number): void {
    if (isStopWord(this.words.word(id))) return;
    if (this.vocabTerms[id] === 0) this.touchedVocab.push(id);
    this.vocabTerms[id] |= 1 << k;
  }

  /**
   * Raises `best[doc]` to what one form is worth in each entity holding it: a one-word form straight
   * from the word's entity list; a form of several words ("chief executive") where all are held.
   */
  private addForm(words: string[], typed: boolean, last: boolean, k: number, worth: number, context: FormContext): void {
    const { best, nameBest, touched, weights, allow } = context;
    const raise = (doc: number, w: number) => {
      if (best[doc] >= w) return;
      if (best[doc] === 0) touched.push(doc);
      best[doc] = w;
    };
    if (words.length === 1) {
      for (const [id, quality] of this.wordIds(words[0], typed, last)) {
        this.mark(id, k);
        const { docs, fields } = this.docList(id);
        const scale = quality * worth;
        for (let i = 0; i < docs.length; i += 1) {
          if (!allow[fields[i]]) continue;
          const w = weights[fields[i]] * scale;
          raise(docs[i], w);
          // Fields 0 and 1 are the name and aliases: the term names this entity.
          if (fields[i] <= 1 && nameBest[docs[i]] < w) nameBest[docs[i]] = w;
        }
      }
      return;
    }
    let held: Map<number, number> | undefined;
    for (const word of words) {
      const here = new Map<number, number>();
      for (const [id, quality] of this.wordIds(word, typed, last)) {
        this.mark(id, k);
        const { docs, fields } = this.docList(id);
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i];
          if (!allow[fields[i]] || (held && !held.has(doc))) continue;
          const w = Math.min(weights[fields[i]] * quality, held?.get(doc) ?? 1);
          if ((here.get(doc) ?? 0) < w) here.set(doc, w);
        }
      }
      held = here;
      if (held.size === 0) return;
    }
    for (const [doc, w] of held ?? []) raise(doc, w * worth);
  }

  cover(terms: QueryTerm[], allowField: (field: SearchField) => boolean, limit: number): CoverageResult {
    for (const id of this.touchedVocab) this.vocabTerms[id] = 0;
    this.touchedVocab = [];
    const n = Math.min(terms.length, MAX_TERMS);
    const context: FormContext = {
      best: this.best,
      nameBest: this.nameBest,
      touched: [],
      weights: FIELDS.map((field) => coverWeight(field, n)),
      allow: FIELDS.map(allowField),
    };
    const sums = new Float64Array(this.docCount);
    const nameSums = new Float64Array(this.docCount);
    const counts = new Uint8Array(this.docCount);
    const named = new Uint8Array(this.docCount);
    const touched: number[] = [];
    // Among several terms a name counts as NAMED_IN_QUESTION; a term that names the entity asked
    // about, when no other term asks something of it, counts in full.
    const nameScale = n > 1 ? 1 / NAMED_IN_QUESTION : 1;
    for (let k = 0; k < n; k += 1) {
      const quality = terms[k].quality ?? 1;
      terms[k].forms.forEach((words, formIndex) =>
        this.addForm(words, formIndex === 0, terms[k].last, k, (formIndex === 0 ? 1 : SYNONYM) * quality, context),
      );
      for (const doc of context.touched) {
        if (counts[doc] === 0) touched.push(doc);
        counts[doc] += 1;
        sums[doc] += this.best[doc];
        // The term as naming the entity: its name weight in full, or what it found elsewhere.
        nameSums[doc] += Math.max(this.best[doc], this.nameBest[doc] * nameScale);
        if (this.nameBest[doc] > 0) named[doc] += 1;
        this.best[doc] = 0;
        this.nameBest[doc] = 0;
      }
      context.touched = [];
    }
    const needed = termsNeeded(n);
    // When no entity explains enough of the query, one the query names with half its terms will do.
    const full = touched.some((doc) => counts[doc] >= needed);
    const neededNamed = full ? Infinity : Math.ceil(n / 2);
    const docs = touched
      .filter((doc) => counts[doc] >= needed || (named[doc] > 0 && counts[doc] >= neededNamed))
      .map((doc) => {
        const all = sums[doc] / n;
        // When every term it explains is in its names (in any order; the rest nowhere in it), the
        // query names it rather than asks something of it: its names count in full.
        const naming = named[doc] === counts[doc] ? nameSums[doc] / n : 0;
        return { doc, relevance: Math.max(all, naming) };
      })
      .sort((a, b) => b.relevance - a.relevance)
      .slice(0, limit);
    const vocabTerms = this.vocabTerms;
    return { docs, termsOf: (id) => vocabTerms[id] };
  }
}
