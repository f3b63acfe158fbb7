/**
 * Builds what the matcher reads: the rules of every alias (with their variants), the patterns of the
 * automaton (aliases, context terms, blockers and the words of other senses, all in one), and the
 * per-pattern facts the boundary checks need.
 */
import type { EntityType } from '../dataset/types';
import { automatonFrom, automatonParts, type AutomatonParts } from './automaton';
import { foldPattern, isDigitCode, isWordCode, lowerSameLength } from './fold';
import { OTHER_SENSES } from './senses';
import { GENERIC_TERMS } from './terms';
import { aliasVariants, type AliasSpec, type Requirement } from './variants';

export interface MatcherEntity {
  id: string;
  type: EntityType;
  aliases: readonly AliasSpec[];
  /** At the edge of the race: shown only on pages about AI or where its own sentence is about it. */
  peripheral?: boolean;
}

export interface MatcherSource {
  entities: readonly MatcherEntity[];
  /** Words that make an ambiguous alias count ("AI", "coding agent"). */
  contextTerms: readonly string[];
}

export interface Rule {
  entityId: string;
  type: EntityType;
  alias: string;
  /** The alias folded but not lower-cased, for case-sensitive aliases; null otherwise. */
  caseForm: string | null;
  /** The same in capitals ("CODEX"), for names of three letters or more; null otherwise. */
  upperForm: string | null;
  /** The same in lower case, for aliases that allow it on pages about AI; null otherwise. */
  lowerForm: string | null;
  requires: Requirement;
  peripheral: boolean;
  /** Index of the alias's other-sense words in `senses`, or -1. */
  sense: number;
}

/**
 * Pattern entries below 0: a context term, a generic context term (lib/core/match/terms.ts), a blocker, or
 * a word of sense group (SENSE_BASE - entry).
 */
export const CONTEXT = -1;
export const GENERIC_CONTEXT = -2;
export const BLOCKER = -3;
export const SENSE_BASE = -4;

export interface Compiled {
  rules: Rule[];
  /** Per pattern: the rules or markers it stands for. */
  entries: number[][];
  length: Int32Array;
  needBefore: Uint8Array;
  needAfter: Uint8Array;
  startsDigit: Uint8Array;
  endsDigit: Uint8Array;
  /** A bare model word ("Opus") that is another model next to a version number. */
  versionless: Uint8Array;
  automaton: ReturnType<typeof automatonFrom>;
  /** 1 for each state where some alias or blocker ends (not only context or sense words). */
  spanStates: Uint8Array;
}

function letters(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) n++;
  return n;
}

function ruleOf(entity: MatcherEntity, alias: AliasSpec, senseIndex: Map<string, number>): Rule {
  const caseForm = alias.caseSensitive === true ? foldPattern(alias.text, true) : null;
  const upper = caseForm?.toUpperCase();
  return {
    entityId: entity.id,
    type: entity.type,
    alias: alias.text,
    caseForm,
    upperForm:
      caseForm && upper && upper !== caseForm && upper.length === caseForm.length && letters(caseForm) >= 3 ? upper : null,
    lowerForm: caseForm && alias.lowerCaseOnAiPages ? lowerSameLength(caseForm) : null,
    requires: alias.requires ?? 'none',
    peripheral: entity.peripheral === true,
    sense: senseIndex.get(foldPattern(alias.text)) ?? -1,
  };
}

/**
 * What the matcher works out before its tables: the rules, the patterns and what each pattern stands
 * for, the patterns that are a bare model word, the automaton's parts and the states where a name or
 * blocker ends. Plain data: for the bundled dataset it is worked out at build time
 * (scripts/matcher-snapshot-plugin.ts; lib/core/match/bundled.ts uses it), so no frame pays for it at
 * start.
 */
export interface CompiledSource {
  rules: Rule[];
  patterns: string[];
  entries: number[][];
  /** Indexes of the patterns that are a bare model word (Compiled.versionless). */
  versionless: number[];
  automaton: AutomatonParts;
  /** States where some alias or blocker ends (Compiled.spanStates). */
  spanStates: number[];
}

export function compileSource(source: MatcherSource, blockers: readonly string[], variants: boolean): CompiledSource {
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
  const senseWords = Object.entries(OTHER_SENSES);
  const senseIndex = new Map(senseWords.map(([word], i) => [word, i]));

  for (const entity of source.entities) {
    const aliases = variants ? [...entity.aliases, ...aliasVariants(entity.type, entity.aliases)] : entity.aliases;
    for (const alias of aliases) {
      rules.push(ruleOf(entity, alias, senseIndex));
      addPattern(foldPattern(alias.text), rules.length - 1);
    }
  }
  for (const term of source.contextTerms) {
    addPattern(foldPattern(term), GENERIC_TERMS.has(term.toLowerCase()) ? GENERIC_CONTEXT : CONTEXT);
  }
  for (const blocker of blockers) addPattern(foldPattern(blocker), BLOCKER);
  // Only the sense words of aliases this dataset has: a dataset without "Cursor" reads no "mouse".
  const used = new Set(rules.map((r) => r.sense));
  senseWords.forEach(([, words], group) => {
    if (used.has(group)) for (const word of words) addPattern(foldPattern(word), SENSE_BASE - group);
  });
  const versionless: number[] = [];
  patterns.forEach((p, i) => {
    if (/^\p{L}+$/u.test(p) && entries[i].every((e) => e >= 0 && rules[e].requires === 'full-name' && rules[e].type === 'model')) {
      versionless.push(i);
    }
  });
  const automaton = automatonParts(patterns, { fold: true });
  return { rules, patterns, entries, versionless, automaton, spanStates: statesEndingASpan(automaton, entries) };
}

/**
 * States where some alias or blocker ends (not only context or sense words). A text whose hits reach
 * none of them holds no name, whatever its context words; most paragraphs of a page are such texts,
 * and they are answered without a position worked out.
 */
function statesEndingASpan({ outStart, outList }: AutomatonParts, entries: readonly number[][]): number[] {
  const states: number[] = [];
  for (let s = 0; s + 1 < outStart.length; s++) {
    for (let o = outStart[s]; o < outStart[s + 1]; o++) {
      if (entries[outList[o]].some((entry) => entry >= 0 || entry === BLOCKER)) {
        states.push(s);
        break;
      }
    }
  }
  return states;
}

/** The automaton and the per-pattern facts the boundary checks read, from a compiled source. */
export function finishCompile({ rules, patterns, entries, versionless, automaton: parts, spanStates }: CompiledSource): Compiled {
  const automaton = automatonFrom(parts);
  const count = patterns.length;
  const compiled: Compiled = {
    rules,
    entries,
    length: new Int32Array(count),
    needBefore: new Uint8Array(count),
    needAfter: new Uint8Array(count),
    startsDigit: new Uint8Array(count),
    endsDigit: new Uint8Array(count),
    versionless: new Uint8Array(count),
    automaton,
    spanStates: new Uint8Array(automaton.stateCount),
  };
  for (const s of spanStates) compiled.spanStates[s] = 1;
  for (let i = 0; i < count; i++) {
    const p = patterns[i];
    const first = p.charCodeAt(0);
    const last = p.charCodeAt(p.length - 1);
    compiled.length[i] = p.length;
    compiled.needBefore[i] = isWordCode(first) ? 1 : 0;
    compiled.needAfter[i] = isWordCode(last) ? 1 : 0;
    compiled.startsDigit[i] = isDigitCode(first) ? 1 : 0;
    compiled.endsDigit[i] = isDigitCode(last) ? 1 : 0;
  }
  for (const i of versionless) compiled.versionless[i] = 1;
  return compiled;
}
