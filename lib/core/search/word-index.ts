/**
 * The candidate filter in front of fuse.js. Running fuse over every text of every entity costs
 * about a millisecond per thousand texts per keystroke, far too slow for a 10,000-entity dataset, so
 * each keystroke first asks a word index which texts could match at all: a text is a candidate when
 * every query word is within a few edits of the start of one of its words ("altmn" ~ "altman",
 * "claud" ~ "claude", "sotiaux" ~ "sottiaux"). Only candidates go to fuse. The index also says which
 * words a typed word may be corrected to (`corrections`): by its length, and by what kind of word
 * the correction would be (a name's, or running text's; see editsAllowed).
 */
import { editDistance } from './relevance';

/**
 * Edits a query word may be away from a text word, scaled to its length so short words stay strict:
 * none up to 3 letters ("ceo", "o1"), 1 up to 7 ("calude", "atlman"), then 2 ("antrhopik"). See
 * `editsAllowed` for what a word may be corrected to, which also asks what kind of word it becomes.
 */
export function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');

/**
 * Edits a typed word may be from vocabulary word `word` to stand for it. A key word (one of a name or
 * alias, or a word of the synonym table: what people type to find an entity) allows the edits of
 * `allowedEdits`, and a three-letter word one more edit when its first letter is right and the key
 * word is a letter longer ("cde" -> "code", "tem" -> "team") or the same letters swapped ("gtp" ->
 * "gpt"). Any other word of running text needs five right letters per wrong one (1 edit from 6
 * letters, 2 from 12): turning a large share of a short word into a description word reads nonsense
 * as something ("apple" -> "application", "grok" -> "group", "election" -> "execution").
 */
export function editsAllowed(typed: string, word: string, key: boolean): number {
  if (!key) return Math.floor(typed.length / 6);
  if (typed.length >= 4) return allowedEdits(typed);
  if (typed.length < 3 || typed[0] !== word[0]) return 0;
  return word.length === typed.length + 1 || (word.length === typed.length && sameLetters(typed, word)) ? 1 : 0;
}

/** The fewest edits between `query` and some start of `word` (its whole, when not `prefix`). */
export function wordDistance(query: string, word: string, prefix: boolean): number {
  if (!prefix) return editDistance(query, word);
  if (word.startsWith(query)) return 0;
  let best = Infinity;
  for (let k = Math.max(1, query.length - 2); k <= Math.min(word.length, query.length + 2); k += 1) {
    best = Math.min(best, editDistance(query, word.slice(0, k)));
  }
  return best;
}

/** A vocabulary word a typed word may stand for, and how many edits away. */
export interface Correction {
  id: number;
  edits: number;
}

// Three rows of the edit-distance table (two back, for transpositions), reused across calls: the
// vocabulary scan runs this thousands of times per keystroke, and fresh arrays kept the GC busy.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Whether some prefix of `word` is within `max` edits of `query` (so a word being typed, or typed
 * with a slip, finds the whole word). Damerau (optimal string alignment): a swap of two neighbouring
 * letters is one edit, as a wrong, missing or extra letter is. Banded, with an early exit.
 */
export function prefixWithin(query: string, word: string, max: number): boolean {
  if (max === 0) return word.startsWith(query);
  const n = query.length;
  const m = Math.min(word.length, n + max);
  if (m < n - max) return false;
  if (rows[0].length <= m) rows = [0, 1, 2].map(() => new Int32Array(m * 2 + 2));
  let before = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= m; j += 1) previous[j] = j;
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    const qBefore = i > 1 ? query.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j += 1) {
      const w = word.charCodeAt(j - 1);
      const diagonal = previous[j - 1] + (q === w ? 0 : 1);
      const up = previous[j] + 1;
      const left = current[j - 1] + 1;
      let value = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
      if (j > 1 && q !== w && q === word.charCodeAt(j - 2) && qBefore === w && before[j - 2] + 1 < value) {
        value = before[j - 2] + 1;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // A row all over the bound stays over it: a swap reaches back two rows, and those were no lower.
    if (rowMin > max) return false;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  for (let j = Math.max(0, n - max); j <= m; j += 1) if (previous[j] <= max) return true;
  return false;
}

/** How a query word may meet a vocabulary word. */
export interface WordMatchOptions {
  /** The query word may be the start of the word (it is still being typed, or is a stem). */
  prefix: boolean;
  /** Edits allowed (see allowedEdits); 0 for exact. */
  edits: number;
}

const SIMILAR_CACHE = 256;

export class WordIndex {
  private readonly vocabulary: string[] = [];
  /** Per vocabulary word, the ids of the texts that hold it, ascending, no repeats. */
  private readonly postings: number[][] = [];
  private readonly ids = new Map<string, number>();
  /** Vocabulary ids in alphabetical order of their words, for prefix look-ups. */
  private readonly sorted: number[];
  private readonly textCount: number;
  /** Recent similar-word look-ups: the words of a query come back on every keystroke. */
  private readonly cache = new Map<string, number[]>();
  private readonly correctionCache = new Map<string, Correction[]>();
  /** Per vocabulary word, whether it is a key word (see editsAllowed). */
  private readonly keys: Uint8Array;

  /**
   * `keyTexts`: the texts before this id are names and aliases, whose words are key words; `keyWords`:
   * more key words (the synonym table's).
   */
  constructor(foldedTexts: readonly string[], keyTexts = foldedTexts.length, keyWords: Iterable<string> = []) {
    this.textCount = foldedTexts.length;
    foldedTexts.forEach((text, textId) => {
      for (const word of text.split(' ')) {
        if (!word) continue;
        let id = this.ids.get(word);
        if (id === undefined) {
          id = this.vocabulary.length;
          this.ids.set(word, id);
          this.vocabulary.push(word);
          this.postings.push([]);
        }
        const list = this.postings[id];
        if (list[list.length - 1] !== textId) list.push(textId);
      }
    });
    this.sorted = this.vocabulary.map((_, id) => id).sort((a, b) => (this.vocabulary[a] < this.vocabulary[b] ? -1 : 1));
    this.keys = Uint8Array.from(this.postings, (list) => (list[0] < keyTexts ? 1 : 0));
    for (const word of keyWords) {
      const id = this.ids.get(word);
      if (id !== undefined) this.keys[id] = 1;
    }
  }

  /** Whether vocabulary word `id` is a key word: of a name or alias, or of the synonym table. */
  isKey(id: number): boolean {
    return this.keys[id] === 1;
  }

  get words(): number {
    return this.vocabulary.length;
  }

  word(id: number): string {
    return this.vocabulary[id];
  }

  /** The ids of the texts that hold vocabulary word `id`, ascending. */
  textsWith(id: number): readonly number[] {
    return this.postings[id];
  }

  /** The vocabulary id of exactly this word, if the texts hold it. */
  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Vocabulary ids of the words that start with `prefix` (binary search over the sorted words). */
  withPrefix(prefix: string): number[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.vocabulary[this.sorted[mid]] < prefix) low = mid + 1;
      else high = mid;
    }
    const out: number[] = [];
    for (let i = low; i < this.sorted.length && this.vocabulary[this.sorted[i]].startsWith(prefix); i += 1) {
      out.push(this.sorted[i]);
    }
    return out;
  }

  /** Vocabulary ids of the words a query word may stand for. */
  similar(queryWord: string, { prefix, edits }: WordMatchOptions = { prefix: true, edits: allowedEdits(queryWord) }): number[] {
    if (edits === 0) {
      if (prefix) return this.withPrefix(queryWord);
      const id = this.ids.get(queryWord);
      return id === undefined ? [] : [id];
    }
    const key = `${prefix ? 'p' : 'w'}${edits}:${queryWord}`;
    const known = this.cache.get(key);
    if (known) return known;
    const out: number[] = [];
    for (let id = 0; id < this.vocabulary.length; id += 1) {
      const word = this.vocabulary[id];
      if (!prefix && Math.abs(word.length - queryWord.length) > edits) continue;
      if (prefixWithin(queryWord, word, edits) && (prefix || editDistance(queryWord, word) <= edits)) out.push(id);
    }
    if (this.cache.size >= SIMILAR_CACHE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, out);
    return out;
  }

  /**
   * The vocabulary words a typed word may stand for (see editsAllowed), with their edits: the word
   * itself, the words it starts when `prefix`, and its corrections; by typed length, no more than
   * `allowedEdits` (one for a three-letter word).
   */
  corrections(typed: string, prefix: boolean): Correction[] {
    const key = `${prefix ? 'p' : 'w'}:${typed}`;
    const known = this.correctionCache.get(key);
    if (known) return known;
    const out: Correction[] = [];
    const seen = new Set<number>();
    const short = typed.length < 4;
    if (short) {
      for (const id of prefix ? this.withPrefix(typed) : [this.ids.get(typed)]) {
        if (id !== undefined) (out.push({ id, edits: 0 }), seen.add(id));
      }
    }
    const max = short ? (typed.length === 3 ? 1 : 0) : allowedEdits(typed);
    if (max > 0) {
      const fuzzyPrefix = prefix && !short;
      for (const id of this.similar(typed, { prefix: fuzzyPrefix, edits: max })) {
        if (seen.has(id)) continue;
        const word = this.vocabulary[id];
        // `similar` found it within `max` edits: only when two are allowed is the count worth working out.
        const exact = fuzzyPrefix ? word.startsWith(typed) : word === typed;
        const edits = exact ? 0 : max === 1 ? 1 : wordDistance(typed, word, fuzzyPrefix);
        if (edits === 0 || edits <= editsAllowed(typed, word, this.keys[id] === 1)) out.push({ id, edits });
      }
    }
    if (this.correctionCache.size >= SIMILAR_CACHE) this.correctionCache.delete(this.correctionCache.keys().next().value!);
    this.correctionCache.set(key, out);
    return out;
  }

  /** Ids of the texts before id `below` (all, by default) in which every query word finds a similar word, ascending. */
  candidates(queryWords: readonly string[], below = this.textCount): number[] {
    const words = queryWords.filter(Boolean).slice(0, 250);
    if (words.length === 0) return [];
    // seen[t] === i means text t matched the first i query words.
    const seen = new Uint8Array(this.textCount);
    const result: number[] = [];
    words.forEach((word, i) => {
      for (const vocabId of this.similar(word)) {
        for (const textId of this.postings[vocabId]) {
          if (textId >= below) break;
          if (seen[textId] !== i) continue;
          seen[textId] = i + 1;
          if (i + 1 === words.length) result.push(textId);
        }
      }
    });
    return result.sort((a, b) => a - b);
  }
}
