/** One fact and its citations, as the hover card and an entity's entry show them. */
export { FactView, type FactViewProps } from './FactView';
export { Freshness } from './Freshness';
export { Citations, type CitationsProps, type CitationStyle } from './Citations';
export { sourceDescription, sourceLabel } from './sources';
