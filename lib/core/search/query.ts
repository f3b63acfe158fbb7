/**
 * From what was typed to what is looked for. A query becomes (1) readings: whole-query spellings
 * fuse.js matches as phrases (as typed, letters apart from digits, and repaired: words joined or
 * split where the texts write them so, "open ai" -> "openai", "claudecode" -> "claude code", a run
 * that is a name with its spaces left out, "wallstreetjournal" -> "wall street journal", a version
 * typed without its dot, "opus 46" -> "opus 4 6", and words the texts do not hold replaced by their
 * closest spelling, "cdoex" -> "codex"), each with what its corrections cost; and (2) terms: its
 * meaningful words (no "who", "the", "'s"), each with its synonyms, for the word-by-word coverage
 * that answers questions by role or deed.
 */
import type { Synonyms, TermForms } from './synonyms';
import { allowedEdits, prefixWithin, wordDistance, type WordIndex } from './word-index';
import { editDistance } from './relevance';

/** Words that say nothing about which entity is meant. Alone, a query of them finds nothing by coverage. */
const STOP_WORDS = new Set(
  'a an the of to by in on at for from with and or is was are were be been did does do who whom whose what which that this it its how when where why s'.split(' '),
);

/** Whether a folded word is one that says nothing about which entity is meant ("who", "the", "of"). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export interface QueryTerm {
  /** The term as typed (repaired), then its synonyms; each form a list of folded words. */
  forms: TermForms;
  /** The last thing typed, maybe unfinished: it may match the start of a word. */
  last: boolean;
  /** What the term is worth after its repair: 1 as typed, less by the share of its letters corrected. */
  quality: number;
}

export interface ParsedQuery {
  readings: string[];
  /** Per reading, what a match of it is worth: 1 as typed, less by the share of the query corrected. */
  worth: number[];
  terms: QueryTerm[];
}

/** One unit of a repaired query: what a typed word became (maybe two words), and the edits it took. */
export interface RepairedWord {
  text: string;
  edits: number;
  /** The word as typed (the words, when two were joined). */
  typed: string;
  /**
   * For a short last word that only starts words of the texts ("del" of "delivered"): the whole word
   * it may be with a slip ("deal"), read as well.
   */
  whole?: { text: string; edits: number };
}

/**
 * Names and aliases with their spaces left out ("wallstreetjournal"), for words typed as one run:
 * sorted, so the names a run may be are those with its first letter (a slip there is rare).
 */
export class RunIndex {
  private readonly runs: string[];
  private readonly spaced: string[];

  constructor(foldedNames: Iterable<string>) {
    const byRun = new Map<string, string>();
    for (const name of foldedNames) {
      const spaced = name.split(' ').filter(Boolean).join(' ');
      const run = spaced.replace(/ /g, '');
      if (spaced.includes(' ') && !byRun.has(run)) byRun.set(run, spaced);
    }
    this.runs = [...byRun.keys()].sort();
    this.spaced = this.runs.map((run) => byRun.get(run)!);
  }

  /**
   * The closest name `word` is, spaces left out, within the edits its length allows (the start of
   * one, for the last word typed), with its first letter: its spaced spelling and the edits.
   */
  find(word: string, prefix: boolean): { text: string; edits: number } | undefined {
    const max = allowedEdits(word);
    let low = 0;
    let high = this.runs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.runs[mid] < word[0]) low = mid + 1;
      else high = mid;
    }
    let best: { text: string; edits: number } | undefined;
    for (let i = low; i < this.runs.length && this.runs[i][0] === word[0]; i += 1) {
      const run = this.runs[i];
      // A run reaches past the name's first word; a word within it is a word, not a run.
      if (word.length <= this.spaced[i].indexOf(' ') + max) continue;
      if (!prefix && Math.abs(run.length - word.length) > max) continue;
      if (prefix && run.length < word.length - max) continue;
      if (!prefixWithin(word, run, max)) continue;
      const edits = wordDistance(word, run, prefix);
      if (edits <= max && (!best || edits < best.edits)) best = { text: this.spaced[i], edits };
    }
    return best;
  }
}

/** People type "gpt5.3" and "sonnet3.5" for "GPT-5.3" and "Sonnet 3.5": letters apart from digits. */
export function splitDigits(folded: string): string {
  return folded.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
}

function known(word: string, last: boolean, index: WordIndex): boolean {
  return index.idOf(word) !== undefined || (last && index.withPrefix(word).length > 0);
}

/** The word split in two words the texts hold ("claudecode" -> "claude code"), if there is one. */
function splitKnown(word: string, last: boolean, index: WordIndex): string[] | undefined {
  for (let k = word.length - 2; k >= 2; k -= 1) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    if (index.idOf(head) !== undefined && known(tail, last, index)) return [head, tail];
  }
  return undefined;
}

/** Whether rank `a` comes before rank `b`, comparing their first differing place. */
function before(a: number[], b: number[]): boolean {
  const k = a.findIndex((value, i) => value !== b[i]);
  return k >= 0 && a[k] < b[k];
}

/**
 * The closest word the texts hold that the word may stand for (see editsAllowed; the start of one, for
 * the last word), and its edits. Ties go to the word with the right first letter, then to a key word
 * (a name's, not a description's), then to the word closest as a whole ("wird" is "wired" before
 * "windsurf"), and only then to the most frequent.
 */
function closest(word: string, last: boolean, index: WordIndex): { text: string; edits: number } | undefined {
  let best: { text: string; edits: number } | undefined;
  let bestRank: number[] = [];
  for (const { id, edits } of index.corrections(word, last)) {
    if (edits === 0) continue;
    const candidate = index.word(id);
    const rank = [edits, candidate[0] === word[0] ? 0 : 1, index.isKey(id) ? 0 : 1];
    if (best && before(bestRank, rank)) continue;
    // The rest only to break a tie: the whole word's distance is worth working out only then.
    rank.push(last ? editDistance(word, candidate) : 0, -index.textsWith(id).length);
    if (!best || before(rank, bestRank)) [best, bestRank] = [{ text: candidate, edits }, rank];
  }
  return best;
}

/** A letter-and-digit name ("o1", "gpt4"), which may be typed in two parts ("o 1", "o-1"). */
const LETTERS_AND_DIGITS = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}]+$/u;
const NUMBER = /^\p{N}+$/u;

/**
 * The words, joined, split or corrected to the spelling the texts use, one unit per word typed (a
 * split word is a unit of two words), each with the edits its repair took; a word the synonym table
 * knows stays as typed, and a number the texts do not hold is read digit by digit, as a version typed
 * without its dot ("46" -> "4 6").
 */
export function repair(words: string[], index: WordIndex, synonyms?: Synonyms, runs?: RunIndex): RepairedWord[] {
  const out: RepairedWord[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const last = i === words.length - 1;
    const next = words[i + 1];
    const joined = next === undefined ? '' : word + next;
    if (joined && (joined.length >= 4 || LETTERS_AND_DIGITS.test(joined)) && known(joined, i + 1 === words.length - 1, index)) {
      out.push({ text: joined, edits: 0, typed: `${word} ${next}` });
      i += 1;
    } else if (known(word, last, index) || synonyms?.has(word)) {
      const whole = last && word.length <= 4 && index.idOf(word) === undefined && !synonyms?.has(word) ? closest(word, false, index) : undefined;
      out.push({ text: word, edits: 0, typed: word, ...(whole ? { whole } : {}) });
    } else if (NUMBER.test(word)) {
      out.push({ text: word.length > 1 && word.length <= 3 ? [...word].join(' ') : word, edits: 0, typed: word });
    } else {
      // A split word stays one unit ("claude code"): both halves must be found, as one word would be.
      const split = splitKnown(word, last, index);
      if (split) {
        out.push({ text: split.join(' '), edits: 0, typed: word });
        continue;
      }
      const corrected = closest(word, last, index);
      const run = word.length >= 5 ? runs?.find(word, last && word.length >= 6) : undefined;
      const best = run && (!corrected || run.edits < corrected.edits) ? run : corrected;
      out.push(best ? { text: best.text, edits: best.edits, typed: word } : { text: word, edits: 0, typed: word });
    }
  }
  return out;
}

/** The repaired words alone (see repair). */
export function repairWords(words: string[], index: WordIndex, synonyms?: Synonyms, runs?: RunIndex): string[] {
  return repair(words, index, synonyms, runs).map((unit) => unit.text);
}

/** What a repair is worth: 1 as typed, less by the share of the letters it changed. */
export const repairWorth = (edits: number, letters: number): number => (edits === 0 ? 1 : Math.max(0, 1 - edits / Math.max(1, letters)));

/**
 * A word corrected in more than a quarter of its letters ("cde" -> "code") is no term of its own: as
 * a phrase it may complete a name the other words spell ("claude cde"), but alone it would read a
 * guess as an answer ("cat" -> "chat"). It stays as typed. (Fuse asks the same closeness of names.)
 */
export const MIN_TERM_WORTH = 0.75;

/**
 * Meaningful words as terms, with a phrase the synonym table knows ("chief executive") kept as one;
 * `qualities`, per word, what its repair left it worth.
 */
export function queryTerms(words: string[], synonyms: Synonyms, qualities?: number[]): QueryTerm[] {
  const kept = words.map((word, i) => ({ word, quality: qualities?.[i] ?? 1 })).filter(({ word }) => !STOP_WORDS.has(word));
  const content = kept.map(({ word }) => word);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < content.length; ) {
    let length = Math.min(synonyms.longest, content.length - i);
    while (length > 1 && !synonyms.has(content.slice(i, i + length).join(' '))) length -= 1;
    const phrase = content.slice(i, i + length).join(' ');
    const quality = Math.min(...kept.slice(i, i + length).map((k) => k.quality));
    i += length;
    terms.push({ forms: synonyms.expand(phrase), last: i === content.length && words[words.length - 1] === content[content.length - 1], quality });
  }
  return terms;
}

export function parseQuery(folded: string, index: WordIndex, synonyms: Synonyms, runs?: RunIndex): ParsedQuery {
  const digitsApart = splitDigits(folded);
  const repaired = repair(digitsApart.split(' ').filter(Boolean), index, synonyms, runs);
  const edits = repaired.reduce((sum, unit) => sum + unit.edits, 0);
  const readings = [folded, digitsApart, repaired.map((unit) => unit.text).join(' ')];
  const worth = [1, 1, repairWorth(edits, folded.length)];
  const whole = repaired[repaired.length - 1]?.whole;
  if (whole) {
    readings.push([...repaired.slice(0, -1).map((unit) => unit.text), whole.text].join(' '));
    worth.push(repairWorth(edits + whole.edits, folded.length));
  }
  const unique = readings.map((reading, i) => readings.indexOf(reading) === i);
  return {
    readings: readings.filter((_, i) => unique[i]),
    worth: worth.filter((_, i) => unique[i]),
    terms: queryTerms(
      repaired.map((unit) => (repairWorth(unit.edits, unit.typed.length) < MIN_TERM_WORTH ? unit.typed : unit.text)),
      synonyms,
      repaired.map((unit) => Math.max(MIN_TERM_WORTH, repairWorth(unit.edits, unit.typed.length))),
    ),
  };
}
