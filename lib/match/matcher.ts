/**
 * Finds the dataset's names in one run of text (a block of a page): one automaton pass over the folded
 * text, then the alias rules: whole words (possessives allowed: "Altman’s"), case where the alias asks
 * for it, blockers ("Codex Sinaiticus"), longest match first, and AI context near ambiguous names.
 * Knows nothing of the DOM: offsets are those of the string given.
 */
import type { EntityType } from '../dataset/types';
import { buildAutomaton } from './automaton';
import {
  HYPHEN,
  INVISIBLE,
  SPACE,
  foldPattern,
  isDigitCode,
  isWordCode,
  normalizeCode,
} from './fold';
import { DEFAULT_BLOCKERS } from './traps';

export type Requirement = 'none' | 'context' | 'full-name';

export interface MatcherEntity {
  id: string;
  type: EntityType;
  aliases: readonly { text: string; caseSensitive?: boolean; requires?: Requirement }[];
}

export interface MatcherSource {
  entities: readonly MatcherEntity[];
  /** Words that make an ambiguous alias count ("AI", "coding agent"). */
  contextTerms: readonly string[];
}

export interface MatcherOptions {
  /** Phrases that block a shorter alias inside them; defaults to DEFAULT_BLOCKERS. */
  blockers?: readonly string[];
  /** How far (in characters, either side) context is looked for around an ambiguous alias. */
  contextWindow?: number;
}

export interface TextMatch {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  /** The alias as the dataset writes it. */
  alias: string;
  /**
   * 'full-name' matches (a surname alone) count only once the page names the entity in full; the
   * caller decides that, since it sees the whole page. 'context' matches are returned only when
   * their context was found.
   */
  requires: Requirement;
}

export interface Matcher {
  findMatches(text: string): TextMatch[];
  readonly aliasCount: number;
  readonly stateCount: number;
}

interface Rule {
  entityId: string;
  type: EntityType;
  alias: string;
  /** The alias folded but not lower-cased, for case-sensitive aliases; null otherwise. */
  caseForm: string | null;
  requires: Requirement;
}

const CONTEXT = -1;
const BLOCKER = -2;
const DEFAULT_WINDOW = 250;
/** Characters that may stand between a sentence's end and its first word: quotes, brackets, bullets. */
const OPENERS = new Set([34, 39, 40, 91, 123, 42, 0x201c, 0x201e, 0xab, 0x2022, 0x2013, 0x2014, HYPHEN]);
/** Ends of a sentence or a label, after which a capital letter says nothing. */
const TERMINATORS = new Set([46, 33, 63, 58, 59, 124, 0x2026, 0x3002, 0xff01, 0xff1f]);

/** Most blocks name nothing: they all share this one empty answer (frozen, so no caller can fill it). */
const NO_MATCHES = Object.freeze([]) as unknown as TextMatch[];
/** Where the automaton reached a state with outputs: (index, state) pairs. */
let hitBuffer = new Int32Array(2 * 256);

/**
 * The hot loop, kept small and free of closures so the engine compiles it early (a page's first scan
 * runs mostly before the optimising compilers are done): two table loads per unit. The class table
 * folds case, spaces, apostrophes and invisible units; the row table steps over invisible units and
 * over a space after a space, and marks with a negative row the states where some pattern ends.
 * Records in `hits` every such position and returns the number of entries used, or -1 when `hits`
 * is too small.
 */
function runAutomaton(text: string, classes: Uint16Array, rows: Int32Array, width: number, hits: Int32Array): number {
  const n = text.length;
  const room = hits.length - 2;
  let h = 0;
  let row = 0;
  for (let i = 0; i < n; i++) {
    row = rows[row + classes[text.charCodeAt(i)]];
    if (row < 0) {
      row = -row;
      if (h > room) return -1;
      hits[h] = i;
      hits[h + 1] = row / width;
      h += 2;
    }
  }
  return h;
}

const isBlank = (c: number) => c === 32 || c === 0xa0 || c === 9 || c === 10 || c === 13;

/** Blanks, then a digit: "Opus| 4.5". */
function versionAfter(text: string, end: number): boolean {
  let q = end;
  while (q < text.length && isBlank(text.charCodeAt(q))) q++;
  return q > end && q < text.length && isDigitCode(text.charCodeAt(q));
}

/** A digit, then blanks: "3.7 |Sonnet". */
function versionBefore(text: string, start: number): boolean {
  let q = start - 1;
  while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
  return q < start - 1 && q >= 0 && isDigitCode(text.charCodeAt(q));
}

export function createMatcher(source: MatcherSource, options: MatcherOptions = {}): Matcher {
  const window = options.contextWindow ?? DEFAULT_WINDOW;
  const rules: Rule[] = [];
  const patterns: string[] = [];
  const entries: number[][] = [];
  const byPattern = new Map<string, number>();
  const addPattern = (folded: string, entry: number) => {
    if (!folded) return;
    let index = byPattern.get(folded);
    if (index === undefined) {
      index = patterns.length;
      byPattern.set(folded, index);
      patterns.push(folded);
      entries.push([]);
    }
    if (!entries[index].includes(entry)) entries[index].push(entry);
  };

  for (const entity of source.entities) {
    for (const alias of entity.aliases) {
      const caseSensitive = alias.caseSensitive === true;
      rules.push({
        entityId: entity.id,
        type: entity.type,
        alias: alias.text,
        caseForm: caseSensitive ? foldPattern(alias.text, true) : null,
        requires: alias.requires ?? 'none',
      });
      addPattern(foldPattern(alias.text), rules.length - 1);
    }
  }
  for (const term of source.contextTerms) addPattern(foldPattern(term), CONTEXT);
  for (const blocker of options.blockers ?? DEFAULT_BLOCKERS) addPattern(foldPattern(blocker), BLOCKER);

  const automaton = buildAutomaton(patterns, { fold: true });
  const count = patterns.length;
  const length = new Int32Array(count);
  const needBefore = new Uint8Array(count);
  const needAfter = new Uint8Array(count);
  const startsDigit = new Uint8Array(count);
  const endsDigit = new Uint8Array(count);
  // A bare model word ("Opus", "Sonnet") stands for the model the page named in full, but next to a
  // version number it is another model ("Opus 4.5", "3.7 Sonnet"): such patterns check their neighbours.
  const versionless = new Uint8Array(count);
  patterns.forEach((p, i) => {
    versionless[i] =
      /^\p{L}+$/u.test(p) &&
      entries[i].every((e) => e >= 0 && rules[e].requires === 'full-name' && rules[e].type === 'model')
        ? 1
        : 0;
  });
  patterns.forEach((p, i) => {
    const first = p.charCodeAt(0);
    const last = p.charCodeAt(p.length - 1);
    length[i] = p.length;
    needBefore[i] = isWordCode(first) ? 1 : 0;
    needAfter[i] = isWordCode(last) ? 1 : 0;
    startsDigit[i] = isDigitCode(first) ? 1 : 0;
    endsDigit[i] = isDigitCode(last) ? 1 : 0;
  });

  /** The unit before `index` that a reader would see (soft hyphens and zero-width units skipped). */
  const visibleBefore = (text: string, index: number): number => {
    for (let p = index - 1; p >= 0; p--) {
      const c = normalizeCode(text.charCodeAt(p));
      if (c !== INVISIBLE) return p;
    }
    return -1;
  };

  const boundaryHolds = (text: string, pattern: number, start: number, end: number): boolean => {
    if (needBefore[pattern]) {
      const p = visibleBefore(text, start);
      if (p >= 0) {
        const c = normalizeCode(text.charCodeAt(p));
        if (isWordCode(c)) return false;
        // "GPT-4.5": a name starting with a digit does not start inside a version number.
        if (startsDigit[pattern] && (c === 46 || c === HYPHEN) && p > 0 && isWordCode(text.charCodeAt(p - 1))) {
          return false;
        }
        // "GPT-5.2-Codex": a name hyphenated onto a version number is part of another model's name.
        if (c === HYPHEN && p > 0 && isDigitCode(text.charCodeAt(p - 1))) return false;
      }
    }
    if (versionless[pattern] && (versionAfter(text, end) || versionBefore(text, start))) return false;
    if (needAfter[pattern] && end < text.length) {
      const c = normalizeCode(text.charCodeAt(end));
      if (isWordCode(c)) return false;
      // "Sonnet 4" is not a whole name inside "Sonnet 4.5", nor "GPT-5" inside "GPT-5.3-Codex", nor
      // "GPT-5.2" inside "GPT-5.2-Codex" (a model the dataset does not know).
      if (endsDigit[pattern] && (c === 46 || c === HYPHEN) && isDigitCode(text.charCodeAt(end + 1))) return false;
      if (endsDigit[pattern] && c === HYPHEN && isWordCode(text.charCodeAt(end + 1))) return false;
    }
    return true;
  };

  /**
   * Where a match of `units` folded units ending at `last` starts: walking back, an invisible unit
   * counts for nothing and a run of spaces for one, as when the text was read.
   */
  const startOf = (text: string, last: number, units: number): number => {
    let p = last;
    for (let need = units; ; ) {
      const k = classes[text.charCodeAt(p)];
      if (k === skipClass) p--;
      else if (k === spaceClass) {
        need--;
        p--;
        while (p >= 0 && (classes[text.charCodeAt(p)] === spaceClass || classes[text.charCodeAt(p)] === skipClass)) p--;
      } else if (--need === 0) return p;
      else p--;
    }
  };

  /** The match read from `start` unit by unit as the automaton read it, against the alias's own case. */
  const caseHolds = (text: string, form: string, start: number): boolean => {
    let p = start;
    let lastSpace = false;
    for (let j = 0; j < form.length; j++, p++) {
      for (;;) {
        const k = classes[text.charCodeAt(p)];
        if (k === skipClass || (k === spaceClass && lastSpace)) p++;
        else {
          lastSpace = k === spaceClass;
          break;
        }
      }
      if (normalizeCode(text.charCodeAt(p)) !== form.charCodeAt(j)) return false;
    }
    return true;
  };

  const sentenceInitial = (text: string, start: number): boolean => {
    let p = start - 1;
    let c = 0;
    for (; p >= 0; p--) {
      c = normalizeCode(text.charCodeAt(p));
      if (c !== SPACE && c !== INVISIBLE && !OPENERS.has(c)) break;
    }
    return p < 0 || TERMINATORS.has(c);
  };

  const { delta, classes, width, outStart, outList, stateCount, spaceClass, skipClass } = automaton;
  // The table as the hot loop reads it: each entry is the next state's row offset (no multiply per
  // unit), negative where some pattern ends in that state (no second lookup per unit).
  const rows = new Int32Array(delta.length);
  for (let slot = 0; slot < delta.length; slot++) {
    const next = delta[slot];
    rows[slot] = outStart[next + 1] > outStart[next] ? -next * width : next * width;
  }
  // An invisible unit leaves every state as it is; so does a space in a state just reached by a
  // space (a run of spaces, new lines and no-break spaces reads as one space, as in the alias).
  // No pattern ends in a space, so those states have no outputs to report twice.
  for (let state = 0; state < stateCount; state++) {
    rows[state * width + skipClass] = state * width;
    const afterSpace = delta[state * width + spaceClass];
    if (afterSpace !== 0) rows[afterSpace * width + spaceClass] = afterSpace * width;
  }

  function findMatches(text: string): TextMatch[] {
    let count = runAutomaton(text, classes, rows, width, hitBuffer);
    while (count < 0) {
      hitBuffer = new Int32Array(hitBuffer.length * 4);
      count = runAutomaton(text, classes, rows, width, hitBuffer);
    }
    if (count === 0) return NO_MATCHES;
    const hits = hitBuffer;
    let starts: number[] | null = null;
    let ends: number[] = [];
    let ruleOf: number[] = [];
    let contextAt: number[] | null = null;
    // Only where a pattern ends: the rules of every pattern ending there.
    for (let h = 0; h < count; h += 2) {
      const last = hits[h];
      const end = last + 1;
      const state = hits[h + 1];
      for (let o = outStart[state], to = outStart[state + 1]; o < to; o++) {
        const pattern = outList[o];
        const start = startOf(text, last, length[pattern]);
        if (!boundaryHolds(text, pattern, start, end)) continue;
        for (const entry of entries[pattern]) {
          if (entry === CONTEXT) {
            (contextAt ??= []).push(start);
            continue;
          }
          if (entry >= 0) {
            const form = rules[entry].caseForm;
            if (form !== null && !caseHolds(text, form, start)) continue;
          }
          if (starts === null) {
            starts = [];
            ends = [];
            ruleOf = [];
          }
          starts.push(start);
          ends.push(end);
          ruleOf.push(entry);
        }
      }
    }
    if (starts === null) return NO_MATCHES;
    const begin: number[] = starts;

    // Leftmost, then longest; on a tie an alias beats a blocker and a confident alias an ambiguous one.
    const rank = (k: number) => (ruleOf[k] === BLOCKER ? 3 : rules[ruleOf[k]].requires === 'none' ? 0 : 1);
    const order = begin.map((_, k) => k);
    order.sort((a, b) => begin[a] - begin[b] || ends[b] - ends[a] || rank(a) - rank(b) || ruleOf[a] - ruleOf[b]);
    const chosen: number[] = [];
    let lastEnd = -1;
    for (const k of order) {
      if (begin[k] < lastEnd) continue;
      chosen.push(k);
      lastEnd = ends[k];
    }

    const signals: number[] = contextAt ?? [];
    for (const k of chosen) if (ruleOf[k] >= 0 && rules[ruleOf[k]].requires === 'none') signals.push(begin[k]);
    signals.sort((a, b) => a - b);
    const countIn = (from: number, to: number) => lowerBound(signals, to) - lowerBound(signals, from);

    const found: TextMatch[] = [];
    for (const k of chosen) {
      if (ruleOf[k] === BLOCKER) continue;
      const rule = rules[ruleOf[k]];
      const start = begin[k];
      const end = ends[k];
      if (rule.requires === 'context') {
        const near = countIn(start - window, start) + countIn(end, end + window + 1);
        // A capital letter at the start of a sentence or heading is no sign of a name: ask for more.
        if (near < (sentenceInitial(text, start) ? 2 : 1)) continue;
      }
      found.push({ start, end, entityId: rule.entityId, type: rule.type, alias: rule.alias, requires: rule.requires });
    }
    return found;
  }

  return { findMatches, aliasCount: rules.length, stateCount: automaton.stateCount };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

