/** Fuzzy entity search for the popup, the side panel and the annotation editor (see docs/search.md). */
export { foldForSearch, foldQuery } from './fold';
export {
  normaliseRanges,
  segmentText,
  snippetAround,
  type MatchRange,
  type Snippet,
  type TextSegment,
} from './highlight';
export type { SearchField } from './search-docs';
export {
  createEntitySearch,
  entitySearchFor,
  MAX_CANDIDATE_TEXTS,
  MAX_TEXT_CANDIDATES,
  MATCH_THRESHOLD,
  MIN_QUERY_LENGTH,
  UNHELD_WORD_COST,
  MIN_TEXT_QUERY_LENGTH,
  queryVariants,
  type EntitySearch,
  type FieldMatch,
  type SearchHit,
} from './search-index';
export { presentHit, type HitPresentation } from './present-hit';
export { closeness, editDistance, FIELD_RELEVANCE, MIN_CLOSENESS } from './relevance';
export { allowedEdits, editsAllowed, prefixWithin, wordDistance, WordIndex, type Correction } from './word-index';
export {
  MIN_TERM_WORTH,
  parseQuery,
  queryTerms,
  repair,
  repairWords,
  repairWorth,
  RunIndex,
  splitDigits,
  type ParsedQuery,
  type QueryTerm,
  type RepairedWord,
} from './query';
export { BUNDLED_SYNONYMS, Synonyms, synonymsFor } from './synonyms';
export { COVER_WEIGHT, NAMED_IN_QUESTION, termsNeeded } from './coverage';
