/**
 * Finds the dataset's names in one run of text (a block of a page): one automaton pass over the folded
 * text, then the alias rules: whole words (possessives allowed: "Altman’s"), case where the alias asks
 * for it, blockers ("Codex Sinaiticus"), longest match first. Each match says what its own text says
 * about it (AI context nearby, another sense named nearby, a re-cased name); whether it counts on the
 * page is decided by the caller, which sees the whole page (lib/page/detect). Knows nothing of the DOM:
 * offsets are those of the string given.
 */
import type { EntityType } from '../dataset/types';
import { BLOCKER, CONTEXT, GENERIC_CONTEXT, SENSE_BASE, compileSource, finishCompile, type Compiled, type CompiledSource, type MatcherSource, type Rule } from './compile';
import { boundaryHolds, caseHolds, insideAddress, otherPersonAfter, sentenceInitial, startOf } from './checks';
import { DEFAULT_BLOCKERS } from './traps';
import { UNRESOLVED } from './automaton';
import type { Requirement } from './variants';

export type { MatcherEntity, MatcherSource } from './compile';
export type { AliasSpec, Requirement } from './variants';

export interface MatcherOptions {
  /** Phrases that block a shorter alias inside them; defaults to DEFAULT_BLOCKERS. */
  blockers?: readonly string[];
  /** How far (in characters, either side) context is looked for around an ambiguous alias. */
  contextWindow?: number;
  /** Inverted person names and joined version numbers (default true). */
  variants?: boolean;
  /**
   * The source already compiled with these options (the bundled dataset's, worked out at build time:
   * lib/core/match/bundled.ts); compiled here otherwise.
   */
  compiled?: CompiledSource;
}

/** What the text around a match says: AI context (1), nothing (0), or another sense of the word (-1). */
export type LocalSense = 1 | 0 | -1;
/** The alias as written (0), in capitals ("CODEX", 1), or in lower case ("codex", 2). */
export type Recased = 0 | 1 | 2;

export interface TextMatch {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  /** The alias as the dataset writes it. */
  alias: string;
  /**
   * 'full-name' matches (a surname alone) count once the page names the entity in full; 'context'
   * matches with AI context nearby or on a page about AI.
   */
  requires: Requirement;
  local: LocalSense;
  recased: Recased;
  peripheral: boolean;
}

export interface Matcher {
  findMatches(text: string): TextMatch[];
  readonly aliasCount: number;
  readonly stateCount: number;
}

const DEFAULT_WINDOW = 250;
/** A peripheral entity's own sentence, about. */
const PERIPHERAL_WINDOW = 120;
/** How near a word of another sense must be ("Cursor movement", "Windsurf lessons on the lake"). */
const SENSE_WINDOW = 80;

/** Most blocks name nothing: they all share this one empty answer (frozen, so no caller can fill it). */
const NO_MATCHES = Object.freeze([]) as unknown as TextMatch[];
/** Where the automaton reached a state with outputs: (index, state) pairs. */
let hitBuffer = new Int32Array(2 * 256);

/**
 * The hot loop, kept small and free of closures so the engine compiles it early (a page's first scan
 * runs mostly before the optimising compilers are done): two table loads per unit. The class table
 * folds case, spaces, hyphens, apostrophes and invisible units; the row table steps over invisible
 * units and over a space after a space, and marks with a negative row the states where some pattern
 * ends. An entry not worked out yet (UNRESOLVED, 0) is worked out by `resolve` once.
 * Records in `hits` every position where a pattern ends and returns the number of entries used, or
 * -1 when `hits` is too small.
 */
function runAutomaton(text: string, a: Compiled['automaton'], hits: Int32Array): number {
  const { classes, rows, width } = a;
  const n = text.length;
  const room = hits.length - 2;
  let h = 0;
  let row = a.root;
  for (let i = 0; i < n; i++) {
    const k = classes[text.charCodeAt(i)];
    let next = rows[row + k];
    if (next <= 0) {
      if (next === UNRESOLVED) next = a.resolve(row, k);
      if (next < 0) {
        next = -next;
        if (h > room) return -1;
        hits[h] = i;
        hits[h + 1] = next / width - 1;
        h += 2;
      }
    }
    row = next;
  }
  return h;
}

/** Candidates of one text: spans with their rule (or BLOCKER), and the positions of context and sense words. */
interface Found {
  starts: number[];
  ends: number[];
  entries: number[];
  recased: Recased[];
  context: number[];
  /** Context terms of all software writing (lib/core/match/terms.ts): no sign for a peripheral entity. */
  generic: number[];
  senses: number[];
}

/** How the text writes a case-sensitive alias: as written, in capitals, in lower case, or not at all (-1). */
function recasing(c: Compiled, rule: Rule, text: string, start: number): Recased | -1 {
  if (rule.caseForm === null || caseHolds(c, text, rule.caseForm, start)) return 0;
  if (rule.upperForm !== null && caseHolds(c, text, rule.upperForm, start)) return 1;
  if (rule.lowerForm !== null && caseHolds(c, text, rule.lowerForm, start)) return 2;
  return -1;
}

/** Whether any of the hits (pairs of end, state) is in a state where an alias or blocker ends. */
function endsASpan(spanStates: Uint8Array, hits: Int32Array, count: number): boolean {
  for (let h = 1; h < count; h += 2) if (spanStates[hits[h]] === 1) return true;
  return false;
}

/** A pattern's start not looked for yet (collect reads it once per hit, on its first entry that needs it). */
const UNREAD = -2;

/** Where `pattern`, ending at `last`, starts in `text`, or -1 when it is not a whole word there. */
function wholeStart(c: Compiled, text: string, pattern: number, last: number): number {
  const start = startOf(c, text, last, c.length[pattern]);
  return boundaryHolds(c, text, pattern, start, last + 1) ? start : -1;
}

/**
 * Reads the automaton's hits into `f` (the matcher's own, emptied first: most texts hold context words
 * and no name, and a fresh set of arrays for each of a page's paragraphs was garbage to collect).
 * True when some alias or blocker was found; `f` is read by select and classify before the next text.
 *
 * Names and blockers are read first, and context and sense words only when one was found: many texts
 * that reach here hold only a name the case rule turns down (a lower-case "cursor" or "notion" in a
 * paragraph about something else), and the context words of such a text are never read. Each list
 * keeps the order of the hits, as one pass would give it.
 */
function collect(c: Compiled, text: string, hits: Int32Array, count: number, f: Found): boolean {
  const { outStart, outList } = c.automaton;
  const spanStates = c.spanStates;
  f.starts.length = 0;
  f.ends.length = 0;
  f.entries.length = 0;
  f.recased.length = 0;
  for (let h = 0; h < count; h += 2) {
    const state = hits[h + 1];
    if (spanStates[state] !== 1) continue;
    const last = hits[h];
    const end = last + 1;
    for (let o = outStart[state], to = outStart[state + 1]; o < to; o++) {
      const pattern = outList[o];
      let start = UNREAD;
      for (const entry of c.entries[pattern]) {
        if (entry < 0 && entry !== BLOCKER) continue;
        if (start === UNREAD) start = wholeStart(c, text, pattern, last);
        if (start < 0) break;
        const how = entry === BLOCKER ? 0 : recasing(c, c.rules[entry], text, start);
        if (how < 0) continue;
        f.starts.push(start);
        f.ends.push(end);
        f.entries.push(entry);
        f.recased.push(how as Recased);
      }
    }
  }
  if (f.starts.length === 0) return false;
  f.context.length = 0;
  f.generic.length = 0;
  f.senses.length = 0;
  for (let h = 0; h < count; h += 2) {
    const last = hits[h];
    const end = last + 1;
    const state = hits[h + 1];
    for (let o = outStart[state], to = outStart[state + 1]; o < to; o++) {
      const pattern = outList[o];
      let start = UNREAD;
      for (const entry of c.entries[pattern]) {
        if (entry >= 0 || entry === BLOCKER) continue;
        if (start === UNREAD) start = wholeStart(c, text, pattern, last);
        if (start < 0) break;
        if (entry === CONTEXT) f.context.push(start, end);
        else if (entry === GENERIC_CONTEXT) f.generic.push(start, end);
        else f.senses.push(start, SENSE_BASE - entry);
      }
    }
  }
  return true;
}

/** Leftmost, then longest; on a tie an alias beats a blocker and a confident alias an ambiguous one. */
function select(c: Compiled, f: Found): number[] {
  const rank = (k: number) =>
    f.entries[k] === BLOCKER ? 3 : c.rules[f.entries[k]].requires === 'none' && f.recased[k] === 0 ? 0 : 1;
  const order = f.starts.map((_, k) => k);
  order.sort((a, b) => f.starts[a] - f.starts[b] || f.ends[b] - f.ends[a] || rank(a) - rank(b) || f.entries[a] - f.entries[b]);
  const chosen: number[] = [];
  let lastEnd = -1;
  for (const k of order) {
    if (f.starts[k] < lastEnd) continue;
    chosen.push(k);
    lastEnd = f.ends[k];
  }
  return chosen;
}

export function createMatcher(source: MatcherSource, options: MatcherOptions = {}): Matcher {
  const window = options.contextWindow ?? DEFAULT_WINDOW;
  const c = finishCompile(options.compiled ?? compileSource(source, options.blockers ?? DEFAULT_BLOCKERS, options.variants !== false));
  const found: Found = { starts: [], ends: [], entries: [], recased: [], context: [], generic: [], senses: [] };
  const spanStates = c.spanStates;
  const automaton = c.automaton;

  function findMatches(text: string): TextMatch[] {
    let count = runAutomaton(text, automaton, hitBuffer);
    while (count < 0) {
      hitBuffer = new Int32Array(hitBuffer.length * 4);
      count = runAutomaton(text, automaton, hitBuffer);
    }
    if (count === 0 || !endsASpan(spanStates, hitBuffer, count) || !collect(c, text, hitBuffer, count, found)) return NO_MATCHES;
    return classify(c, text, found, select(c, found), window);
  }

  return { findMatches, aliasCount: c.rules.length, stateCount: c.automaton.stateCount };
}

/**
 * The chosen spans as matches, each with what its surroundings say. Signals of AI context are the
 * context terms and the confident names of core entities; a capital letter at the start of a sentence is no sign of a name, so there one
 * signal more is asked for.
 */
function classify(c: Compiled, text: string, f: Found, chosen: readonly number[], window: number): TextMatch[] {
  // Context terms inside a blocker ("the anthropic principle") or a peripheral name ("Microsoft" is
  // both a term and a peripheral entity) say nothing.
  const blocked: number[] = [];
  for (const k of chosen) {
    const entry = f.entries[k];
    if (entry === BLOCKER || c.rules[entry].peripheral) blocked.push(f.starts[k], f.ends[k]);
  }
  // Strong signals say AI; generic ones only software. Peripheral entities read strong ones only.
  const strong: number[] = [];
  const signals: number[] = [];
  for (let i = 0; i < f.context.length; i += 2) {
    if (!within(blocked, f.context[i], f.context[i + 1])) strong.push(f.context[i]);
  }
  for (const k of chosen) {
    const rule = f.entries[k] >= 0 ? c.rules[f.entries[k]] : null;
    if (rule && rule.requires === 'none' && !rule.peripheral && f.recased[k] === 0) strong.push(f.starts[k]);
  }
  for (let i = 0; i < f.generic.length; i += 2) {
    if (!within(blocked, f.generic[i], f.generic[i + 1])) signals.push(f.generic[i]);
  }
  signals.push(...strong);
  signals.sort((a, b) => a - b);
  strong.sort((a, b) => a - b);
  const countIn = (list: number[], from: number, to: number) => lowerBound(list, to) - lowerBound(list, from);

  const out: TextMatch[] = [];
  for (const k of chosen) {
    if (f.entries[k] === BLOCKER) continue;
    const rule = c.rules[f.entries[k]];
    const start = f.starts[k];
    const end = f.ends[k];
    if (insideAddress(text, start, end)) continue;
    if (rule.requires === 'full-name' && otherPersonAfter(text, end)) continue;
    const reach = rule.peripheral && rule.requires === 'none' ? PERIPHERAL_WINDOW : window;
    const list = rule.peripheral ? strong : signals;
    const near = countIn(list, start - reach, start) + countIn(list, end, end + reach + 1);
    const needed = rule.requires === 'none' && f.recased[k] === 0 ? 1 : sentenceInitial(text, start) ? 2 : 1;
    const local: LocalSense = otherSenseNear(f.senses, rule.sense, start, end) ? -1 : near >= needed ? 1 : 0;
    out.push({
      start,
      end,
      entityId: rule.entityId,
      type: rule.type,
      alias: rule.alias,
      requires: rule.requires,
      local,
      recased: f.recased[k],
      peripheral: rule.peripheral,
    });
  }
  return out;
}

/** True when [start, end) lies inside one of the (start, end) pairs. */
function within(spans: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (start >= spans[i] && end <= spans[i + 1]) return true;
  return false;
}

function otherSenseNear(senses: readonly number[], group: number, start: number, end: number): boolean {
  if (group < 0) return false;
  for (let i = 0; i < senses.length; i += 2) {
    if (senses[i + 1] === group && senses[i] >= start - SENSE_WINDOW && senses[i] <= end + SENSE_WINDOW) return true;
  }
  return false;
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

/**
 * What a match counts for with no knowledge of the page: a confident name as written, or an
 * ambiguous one with AI context in its own text and no other sense named nearby (what detection
 * did before it read pages whole). Peripheral entities are not judged here.
 */
export function countsOnItsOwn(match: TextMatch): boolean {
  if (match.requires === 'full-name') return false;
  if (match.requires === 'none' && match.recased === 0) return true;
  return match.local === 1 && match.recased !== 2;
}
