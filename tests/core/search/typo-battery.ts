/**
 * The typo battery: queries generated from every name and alias of a dataset by the slips people make
 * typing them, and how they are scored: top-1 and top-3 recall per kind, and for single edits per
 * length of the word the slip is in, as the typo-battery test asserts and
 * `node tests/core/search/run-typos.mjs` prints.
 *
 * Deterministic: no randomness. Where a slip needs a choice (which neighbouring key, which two
 * places of a long word) it is taken from a hash of the name and the place, so a query stays the
 * same when other names are added to the dataset.
 */
import type { Dataset } from '../../../lib/core/dataset';
import { foldQuery } from '../../../lib/core/search';

/** Single edits, one per operator, then the slips of more than one letter or of spacing. */
export const EDIT_KINDS = ['missing', 'doubled', 'swapped', 'neighbour', 'extra'] as const;
export const TYPO_KINDS = [
  ...EDIT_KINDS,
  'two-edits', 'spaces-removed', 'one-space-missing', 'words-reversed', 'space-inside-word',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export type TypoKind = (typeof TYPO_KINDS)[number];

/** Length of the word a single edit is in, as typed correctly. */
export const WORD_BANDS = ['word ≤3', 'word 4', 'word 5-7', 'word 8+'] as const;
export type WordBand = (typeof WORD_BANDS)[number];

export interface TypoQuery {
  kind: TypoKind;
  /** What the person types (lower case, as the name folds). */
  query: string;
  /** The entity it should find first. */
  expect: string;
  /** The folded name or alias it was made from. */
  source: string;
  /** Single and two edits: the length of the word the edits are in; single edits: whether it is its first letter. */
  band?: WordBand;
  firstLetter?: boolean;
}

// ------------------------------------------------------------------------------------------ generation

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to `c` on a QWERTY keyboard (same row either side, the row above and below). */
export function neighbourKeys(c: string): string[] {
  for (let r = 0; r < KEYBOARD.length; r += 1) {
    const i = KEYBOARD[r].indexOf(c);
    if (i < 0) continue;
    return [KEYBOARD[r][i - 1], KEYBOARD[r][i + 1], KEYBOARD[r - 1]?.[i], KEYBOARD[r - 1]?.[i + 1], KEYBOARD[r + 1]?.[i], KEYBOARD[r + 1]?.[i - 1]]
      .filter((k): k is string => !!k);
  }
  return [];
}

/** FNV-1a: the fixed choice among several (a neighbouring key, a place in a word). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
const pick = <T>(options: T[], key: string): T => options[hash(key) % options.length];

const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/** One edit of kind `kind` at position `i` of `s`, or null where it does not apply. */
function edit(s: string, kind: EditKind, i: number): string | null {
  const c = s[i];
  if (!isLetter(c)) return null;
  switch (kind) {
    case 'missing':
      return s.slice(0, i) + s.slice(i + 1);
    case 'doubled':
      return s.slice(0, i + 1) + c + s.slice(i + 1);
    case 'swapped':
      return isLetter(s[i + 1]) && s[i + 1] !== c ? s.slice(0, i) + s[i + 1] + c + s.slice(i + 2) : null;
    case 'neighbour': {
      const keys = neighbourKeys(c);
      return keys.length ? s.slice(0, i) + pick(keys, `${s}|${i}|neighbour`) + s.slice(i + 1) : null;
    }
    case 'extra': {
      const keys = neighbourKeys(c);
      return keys.length ? s.slice(0, i + 1) + pick(keys, `${s}|${i}|extra`) + s.slice(i + 1) : null;
    }
  }
}

/** Damerau distance (optimal string alignment), to keep only two-edit queries that are two edits. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function bandOf(length: number): WordBand {
  return length <= 3 ? 'word ≤3' : length === 4 ? 'word 4' : length <= 7 ? 'word 5-7' : 'word 8+';
}

/** The words of `s` with where each starts. */
function wordsAt(s: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of s.matchAll(/\S+/g)) out.push({ word: m[0], start: m.index });
  return out;
}

/** How many two-edit queries each word of 8 letters or more gives. */
export const TWO_EDITS_PER_WORD = 6;

/**
 * Every typo query of the battery for `dataset`: from each folded name or alias that belongs to one
 * entity only, each single edit at each letter (missing, doubled, swapped with the next, a neighbouring
 * key instead, a neighbouring key added after it), two edits in each word of 8+ letters (the most
 * `allowedEdits` forgives), and for names of several words: all spaces removed, each space missing in
 * turn, the words in reverse order; and a space inside the longest word when it has 6+ letters.
 * Left out: a query of fewer than 2 letters or digits, one that folds to its source, and one that is
 * the name or alias of another entity (no longer a typo).
 */
export function generateTypoBattery(dataset: Pick<Dataset, 'entities'>): TypoQuery[] {
  const owners = new Map<string, Set<string>>();
  for (const e of dataset.entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const folded = foldQuery(text);
      if (!owners.has(folded)) owners.set(folded, new Set());
      owners.get(folded)!.add(e.id);
    }
  }

  const out: TypoQuery[] = [];
  const seen = new Set<string>();
  const add = (q: TypoQuery) => {
    const folded = foldQuery(q.query);
    if (folded.replace(/[^a-z0-9]/g, '').length < 2) return;
    if (folded === q.source) return;
    const owner = owners.get(folded);
    if (owner && !owner.has(q.expect)) return;
    const key = `${q.kind}|${q.query}|${q.expect}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(q);
  };

  for (const [source, ids] of owners) {
    if (ids.size !== 1) continue;
    const [expect] = ids;
    const words = wordsAt(source);

    for (const { word, start } of words) {
      const band = bandOf(word.length);
      for (const kind of EDIT_KINDS) {
        for (let i = 0; i < word.length; i += 1) {
          const query = edit(source, kind, start + i);
          if (query !== null) add({ kind, query, expect, source, band, firstLetter: i === 0 });
        }
      }
      if (word.length >= 8) {
        // Two edits apart: one in the first half of the word, one in the second, the later made first
        // so the earlier position still holds.
        const half = Math.floor(word.length / 2);
        for (let k = 0; k < TWO_EDITS_PER_WORD; k += 1) {
          const key = `${source}|${start}|${k}`;
          const [first, second] = [pick([...EDIT_KINDS], `${key}|a`), pick([...EDIT_KINDS], `${key}|b`)];
          const i = hash(`${key}|i`) % (half - 1);
          const j = half + (hash(`${key}|j`) % (word.length - half));
          const once = edit(source, second, start + j);
          const query = once === null ? null : edit(once, first, start + i);
          if (query === null) continue;
          const typed = wordsAt(query).map((w) => w.word);
          if (typed.length !== words.length || osa(typed[words.findIndex((w) => w.start === start)], word) !== 2) continue;
          add({ kind: 'two-edits', query, expect, source, band });
        }
      }
    }

    const plain = words.map((w) => w.word);
    if (plain.length > 1) {
      add({ kind: 'spaces-removed', query: plain.join(''), expect, source });
      for (let i = 1; i < plain.length; i += 1) {
        add({ kind: 'one-space-missing', query: [...plain.slice(0, i - 1), plain[i - 1] + plain[i], ...plain.slice(i + 1)].join(' '), expect, source });
      }
      add({ kind: 'words-reversed', query: [...plain].reverse().join(' '), expect, source });
    }
    const longest = words.reduce((a, b) => (b.word.length > a.word.length ? b : a));
    if (longest.word.length >= 6) {
      const cut = longest.start + Math.ceil(longest.word.length / 2);
      add({ kind: 'space-inside-word', query: `${source.slice(0, cut)} ${source.slice(cut)}`, expect, source });
    }
  }
  return out;
}

// --------------------------------------------------------------------------------------------- scoring

export interface TypoTally {
  total: number;
  top1: number;
  top3: number;
  /** Queries whose first result is not the expected entity. */
  misses: { query: string; source: string; expect: string; got: string[] }[];
}

/** Entity ids, best first, for a query as the popup runs it. */
export type Search = (query: string) => string[];

/** The groups of single edits reported besides each kind. */
export const SINGLE_EDITS = 'single edits';
export const FIRST_LETTER = 'first letter';

const empty = (): TypoTally => ({ total: 0, top1: 0, top3: 0, misses: [] });

/**
 * Per kind; then over all single edits, over single edits by length of the word they are in, and over
 * single edits to the first letter of a word. Rows come in that order.
 */
export function scoreTypoBattery(search: Search, queries: TypoQuery[]): Map<string, TypoTally> {
  const tallies = new Map<string, TypoTally>();
  for (const name of [...TYPO_KINDS, SINGLE_EDITS, ...WORD_BANDS, FIRST_LETTER]) tallies.set(name, empty());
  for (const q of queries) {
    const got = search(q.query);
    const single = (EDIT_KINDS as readonly string[]).includes(q.kind);
    const groups = [q.kind, ...(single ? [SINGLE_EDITS, q.band!, ...(q.firstLetter ? [FIRST_LETTER] : [])] : [])];
    for (const name of groups) {
      const t = tallies.get(name)!;
      t.total += 1;
      if (got[0] === q.expect) t.top1 += 1;
      else t.misses.push({ query: q.query, source: q.source, expect: q.expect, got: got.slice(0, 3) });
      if (got.slice(0, 3).includes(q.expect)) t.top3 += 1;
    }
  }
  for (const [name, t] of tallies) if (t.total === 0) tallies.delete(name);
  return tallies;
}

export const rate = (t: TypoTally, which: 'top1' | 'top3'): number => t[which] / t.total;

export function formatTypoTallies(tallies: Map<string, TypoTally>): string {
  const rows = [...tallies].map(
    ([kind, t]) => `${kind.padEnd(18)} ${String(t.total).padStart(5)}  top-1 ${rate(t, 'top1').toFixed(3)}  top-3 ${rate(t, 'top3').toFixed(3)}`,
  );
  return ['kind                   n   recall', ...rows].join('\n');
}

/**
 * The battery with every `k`-th single edit (counted among single edits, from the first) and every
 * other query: a quicker run with the same kinds, word lengths and operators, as the test uses.
 */
export function sampleSingleEdits(queries: TypoQuery[], k: number): TypoQuery[] {
  let n = 0;
  return queries.filter((q) => !(EDIT_KINDS as readonly string[]).includes(q.kind) || n++ % k === 0);
}
