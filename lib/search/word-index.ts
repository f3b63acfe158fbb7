/**
 * The candidate filter in front of fuse.js. Running fuse over every text of every entity costs
 * about a millisecond per thousand texts per keystroke, far too slow for a 10,000-entity dataset, so
 * each keystroke first asks a word index which texts could match at all: a text is a candidate when
 * every query word is within a few edits of the start of one of its words ("altmn" ~ "altman",
 * "claud" ~ "claude", "sotiaux" ~ "sottiaux"). Only candidates go to fuse.
 */

/** Edits a query word may be away from a text word: none up to 3 letters, 1 up to 7, then 2. */
export function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * Whether some prefix of `word` is within `max` edits of `query` (so a word being typed, or typed
 * with a slip, finds the whole word). Banded Levenshtein with an early exit.
 */
// Two rows of the edit-distance table, reused across calls: the vocabulary scan runs this thousands
// of times per keystroke, and fresh arrays each time kept the garbage collector busy.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function prefixWithin(query: string, word: string, max: number): boolean {
  if (max === 0) return word.startsWith(query);
  const n = query.length;
  const m = Math.min(word.length, n + max);
  if (m < n - max) return false;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 2);
    rowB = new Int32Array(m * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j += 1) previous[j] = j;
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= m; j += 1) {
      const diagonal = previous[j - 1] + (q === word.charCodeAt(j - 1) ? 0 : 1);
      const up = previous[j] + 1;
      const left = current[j - 1] + 1;
      const value = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  for (let j = Math.max(0, n - max); j <= m; j += 1) if (previous[j] <= max) return true;
  return false;
}

export class WordIndex {
  private readonly vocabulary: string[] = [];
  /** Per vocabulary word, the ids of the texts that hold it, ascending, no repeats. */
  private readonly postings: number[][] = [];
  private readonly textCount: number;

  constructor(foldedTexts: readonly string[]) {
    const ids = new Map<string, number>();
    this.textCount = foldedTexts.length;
    foldedTexts.forEach((text, textId) => {
      for (const word of text.split(' ')) {
        if (!word) continue;
        let id = ids.get(word);
        if (id === undefined) {
          id = this.vocabulary.length;
          ids.set(word, id);
          this.vocabulary.push(word);
          this.postings.push([]);
        }
        const list = this.postings[id];
        if (list[list.length - 1] !== textId) list.push(textId);
      }
    });
  }

  get words(): number {
    return this.vocabulary.length;
  }

  /** Vocabulary ids of the words a query word may stand for. */
  private similar(queryWord: string): number[] {
    const max = allowedEdits(queryWord);
    const out: number[] = [];
    for (let id = 0; id < this.vocabulary.length; id += 1) {
      if (prefixWithin(queryWord, this.vocabulary[id], max)) out.push(id);
    }
    return out;
  }

  /** Ids of the texts in which every query word finds a similar word, ascending. */
  candidates(queryWords: readonly string[]): number[] {
    const words = queryWords.filter(Boolean).slice(0, 250);
    if (words.length === 0) return [];
    // seen[t] === i means text t matched the first i query words.
    const seen = new Uint8Array(this.textCount);
    const result: number[] = [];
    words.forEach((word, i) => {
      for (const vocabId of this.similar(word)) {
        for (const textId of this.postings[vocabId]) {
          if (seen[textId] !== i) continue;
          seen[textId] = i + 1;
          if (i + 1 === words.length) result.push(textId);
        }
      }
    });
    return result.sort((a, b) => a - b);
  }
}
