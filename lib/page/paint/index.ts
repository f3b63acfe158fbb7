/** Painting mentions on the page with the CSS Custom Highlight API (no DOM change). */
export { createFlash, createPainter } from './painter';
export type { Paintable, PaintOptions, Painter, PainterOptions } from './painter';
export { createHighlightLayer, type HighlightLayer } from './layer';
export { createSheet } from './sheets';
export { WINDOW_DELAY_MS, WINDOW_MARGIN, createViewportWindow, elementHolding, type PaintWindow } from './window';
export { ENTITY_TYPES, FLASH_HIGHLIGHT, highlightCss, highlightName } from './styles';
export { installHighlightRules } from './early-rules';
export type { HighlightScope } from './styles';
