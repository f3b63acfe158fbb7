/** Painting mentions on the page with the CSS Custom Highlight API (no DOM change). */
export { createPainter } from './painter';
export type { Paintable, PaintOptions, Painter } from './painter';
export { ENTITY_TYPES, FLASH_HIGHLIGHT, highlightCss, highlightName } from './styles';
export { installHighlightRules } from './early-rules';
export type { HighlightScope } from './styles';
