/**
 * Paints annotations with the CSS Custom Highlight API under their own name, distinct from mention
 * highlights, with no change to the page's DOM: the ::highlight rules go in a constructed stylesheet
 * added to `document.adoptedStyleSheets`.
 */

import { createFlash, createHighlightLayer, createSheet } from '../paint';

export const ANNOTATION_HIGHLIGHT = 'ail-annotation';
export const FOCUS_HIGHLIGHT = 'ail-annotation-focus';

const RULES = `
::highlight(${ANNOTATION_HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.38); text-decoration: underline 2px rgba(214, 140, 0, 0.9); text-underline-offset: 3px; }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 150, 0, 0.7); color: #111; }
@media (prefers-color-scheme: dark) {
  ::highlight(${ANNOTATION_HIGHLIGHT}) { background-color: rgba(255, 200, 40, 0.3); text-decoration: underline 2px rgba(255, 200, 40, 0.9); }
}`;

export interface Painter {
  add(range: Range): void;
  remove(range: Range): void;
  clear(): void;
  /** Emphasises one range for a moment (after "show me this annotation"). */
  flash(range: Range, ms?: number): void;
  dispose(): void;
}

/**
 * A painter for `doc`. Nothing touches the page until the first range is painted (most pages have no
 * annotations: they get no stylesheet and no highlight registry entry). While `enabled()` is false
 * (the site is paused or switched off, or settings are not read yet) adding and flashing do nothing.
 * The highlight is a layer like the mentions' (lib/page/paint), registered whole: a person's notes on
 * one page are few, so there is no paint window to keep.
 */
export function createPainter(doc: Document = document, enabled: () => boolean = () => true): Painter {
  const layer = createHighlightLayer(doc, {
    keys: ['annotation'] as const,
    name: () => ANNOTATION_HIGHLIGHT,
    shown: () => true,
    // Above mention highlights (priority 0), so an annotated name shows as annotated.
    priority: 1,
    unwindowed: true,
  });
  if (!layer.supported) {
    // Without the API there is nothing to paint; annotations stay listed in the side panel.
    return { add() {}, remove() {}, clear() {}, flash() {}, dispose() {} };
  }
  let sheet: CSSStyleSheet | null | undefined;
  const ensureRules = () => {
    if (sheet !== undefined) return;
    sheet = createSheet(doc, RULES);
    if (!sheet) return;
    try {
      const sheets: CSSStyleSheet[] = [];
      // By index: Firefox content scripts cannot always iterate the page's arrays.
      for (let i = 0; i < doc.adoptedStyleSheets.length; i++) sheets.push(doc.adoptedStyleSheets[i]);
      doc.adoptedStyleSheets = [...sheets, sheet];
    } catch {
      sheet = null; // A page that freezes adoptedStyleSheets: highlights still register, unstyled.
    }
  };
  // Above the annotation highlight (priority 1).
  const focus = createFlash(doc, FOCUS_HIGHLIGHT, 2, ensureRules);

  return {
    add(range) {
      if (!enabled()) return;
      ensureRules();
      layer.apply([['annotation', range]], []);
    },
    remove: (range) => layer.apply([], [range]),
    clear: () => layer.clear(),
    flash(range, ms) {
      if (enabled()) focus.show(range, ms);
    },
    dispose() {
      focus.dispose();
      layer.dispose();
      if (sheet === undefined) return;
      if (sheet) {
        const kept: CSSStyleSheet[] = [];
        for (let i = 0; i < doc.adoptedStyleSheets.length; i++) {
          if (doc.adoptedStyleSheets[i] !== sheet) kept.push(doc.adoptedStyleSheets[i]);
        }
        doc.adoptedStyleSheets = kept;
      }
      sheet = undefined;
    },
  };
}
