/**
 * Paints annotations with the CSS Custom Highlight API under their own name, distinct from mention
 * highlights, with no change to the page's DOM: the ::highlight rules go in a constructed stylesheet
 * added to `document.adoptedStyleSheets`.
 */

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

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * A painter for `doc`. Nothing touches the page until the first range is painted (most pages have no
 * annotations: they get no stylesheet and no highlight registry entry). While `enabled()` is false
 * (the site is paused or switched off, or settings are not read yet) adding and flashing do nothing.
 */
export function createPainter(doc: Document = document, enabled: () => boolean = () => true): Painter {
  if (!supported()) {
    // Without the API there is nothing to paint; annotations stay listed in the side panel.
    return { add() {}, remove() {}, clear() {}, flash() {}, dispose() {} };
  }
  let sheet: CSSStyleSheet | null = null;
  let highlight: Highlight | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const ensure = (): Highlight => {
    if (highlight) return highlight;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(RULES);
      const sheets: CSSStyleSheet[] = [];
      // By index: Firefox content scripts cannot always iterate the page's arrays.
      for (let i = 0; i < doc.adoptedStyleSheets.length; i++) sheets.push(doc.adoptedStyleSheets[i]);
      doc.adoptedStyleSheets = [...sheets, sheet];
    } catch {
      sheet = null; // A page that freezes adoptedStyleSheets: highlights still register, unstyled.
    }
    highlight = new Highlight();
    // Above mention highlights (priority 0), so an annotated name shows as annotated.
    highlight.priority = 1;
    CSS.highlights.set(ANNOTATION_HIGHLIGHT, highlight);
    return highlight;
  };

  return {
    add: (range) => void (enabled() && ensure().add(range)),
    remove: (range) => void highlight?.delete(range),
    clear: () => highlight?.clear(),
    flash(range, ms = 1600) {
      if (!enabled()) return;
      ensure();
      const focus = new Highlight(range);
      focus.priority = 2;
      CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), ms);
    },
    dispose() {
      clearTimeout(flashTimer);
      if (!highlight) return;
      if (CSS.highlights.get(ANNOTATION_HIGHLIGHT) === highlight) CSS.highlights.delete(ANNOTATION_HIGHLIGHT);
      CSS.highlights.delete(FOCUS_HIGHLIGHT);
      if (sheet) {
        const kept: CSSStyleSheet[] = [];
        for (let i = 0; i < doc.adoptedStyleSheets.length; i++) {
          if (doc.adoptedStyleSheets[i] !== sheet) kept.push(doc.adoptedStyleSheets[i]);
        }
        doc.adoptedStyleSheets = kept;
      }
      highlight = null;
      sheet = null;
    },
  };
}
