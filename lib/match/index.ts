/** Finding the dataset's names in plain text: the automaton, folding rules and ambiguity rules. */
export { createMatcher } from './matcher';
export type { Matcher, MatcherEntity, MatcherOptions, MatcherSource, Requirement, TextMatch } from './matcher';
export { buildAutomaton } from './automaton';
export type { Automaton } from './automaton';
export { foldPattern, lowerSameLength, normalizeCode, isWordCode, INVISIBLE } from './fold';
export { DEFAULT_BLOCKERS } from './traps';
