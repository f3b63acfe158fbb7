/**
 * From what was typed to what is looked for. A query becomes (1) readings: whole-query spellings
 * fuse.js matches as phrases (as typed, letters apart from digits, and repaired: words joined or
 * split where the texts write them so, "open ai" -> "openai", "claudecode" -> "claude code", and
 * words the texts do not hold replaced by their closest spelling, "cdoex" -> "codex"); and (2) terms:
 * its meaningful words (no "who", "the", "'s"), each with its synonyms, for the word-by-word
 * coverage that answers questions by role or deed.
 */
import type { Synonyms, TermForms } from './synonyms';
import { allowedEdits, type WordIndex } from './word-index';
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
}

export interface ParsedQuery {
  readings: string[];
  terms: QueryTerm[];
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

/** The closest word the texts hold within the edits the word's length allows (a prefix, for the last). */
function closest(word: string, last: boolean, index: WordIndex): string | undefined {
  let best: string | undefined;
  let bestCost = Infinity;
  for (const id of index.similar(word, { prefix: last, edits: allowedEdits(word) })) {
    const candidate = index.word(id);
    const cost = editDistance(word, last ? candidate.slice(0, word.length) : candidate) - index.textsWith(id).length / 1e6;
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  return best;
}

/**
 * The words, joined, split or corrected to the spelling the texts use, one unit per word typed (a
 * split word is a unit of two words); a word the synonym table knows stays as typed.
 */
export function repairWords(words: string[], index: WordIndex, synonyms?: Synonyms): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const last = i === words.length - 1;
    const next = words[i + 1];
    if (next !== undefined && (word + next).length >= 4 && known(word + next, i + 1 === words.length - 1, index)) {
      out.push(word + next);
      i += 1;
    } else if (known(word, last, index) || synonyms?.has(word) || /^\p{N}+$/u.test(word)) out.push(word);
    // A split word stays one unit ("claude code"): both halves must be found, as one word would be.
    else out.push(splitKnown(word, last, index)?.join(' ') ?? closest(word, last, index) ?? word);
  }
  return out;
}

/** Meaningful words as terms, with a phrase the synonym table knows ("chief executive") kept as one. */
export function queryTerms(words: string[], synonyms: Synonyms): QueryTerm[] {
  const content = words.filter((word) => !STOP_WORDS.has(word));
  const terms: QueryTerm[] = [];
  for (let i = 0; i < content.length; ) {
    let length = Math.min(synonyms.longest, content.length - i);
    while (length > 1 && !synonyms.has(content.slice(i, i + length).join(' '))) length -= 1;
    const phrase = content.slice(i, i + length).join(' ');
    i += length;
    terms.push({ forms: synonyms.expand(phrase), last: i === content.length && words[words.length - 1] === content[content.length - 1] });
  }
  return terms;
}

export function parseQuery(folded: string, index: WordIndex, synonyms: Synonyms): ParsedQuery {
  const digitsApart = splitDigits(folded);
  const repaired = repairWords(digitsApart.split(' ').filter(Boolean), index, synonyms);
  const readings = [...new Set([folded, digitsApart, repaired.join(' ')])];
  return { readings, terms: queryTerms(repaired, synonyms) };
}
