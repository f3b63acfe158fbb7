/** Finding the dataset's names in plain text: the automaton, folding rules and ambiguity rules. */
export { createMatcher, countsOnItsOwn } from './matcher';
export { matcherFor } from './bundled';
export type {
  AliasSpec,
  LocalSense,
  Matcher,
  MatcherEntity,
  MatcherOptions,
  MatcherSource,
  Recased,
  Requirement,
  TextMatch,
} from './matcher';
export { buildAutomaton } from './automaton';
export type { Automaton } from './automaton';
export { foldPattern, lowerSameLength, normalizeCode, isWordCode, INVISIBLE } from './fold';
export { DEFAULT_BLOCKERS } from './traps';
export { OTHER_SENSES } from './senses';
