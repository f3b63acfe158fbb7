/**
 * Paints annotations as boxes over their text in a closed shadow root of the extension's own
 * (./overlay): the page's script cannot find which passages the person annotated. They are not in the
 * page's highlight registry (`CSS.highlights`, which any script on the page can iterate), and no page
 * node changes. Mentions of public names stay painted with the Custom Highlight API (lib/page/paint):
 * they reveal nothing private.
 */
import { createOverlay } from './overlay/overlay';

export interface Painter {
  add(range: Range): void;
  remove(range: Range): void;
  clear(): void;
  /** Emphasises one range for a moment (after "show me this annotation"). */
  flash(range: Range, ms?: number): void;
  dispose(): void;
}

/** The ranges each document's painters hold, for tests in a DOM without layout (happy-dom). */
const held = new WeakMap<Document, () => Range[]>();

/** The ranges painted as annotations in `doc` now (for tests: the page itself has no way to them). */
export function paintedRanges(doc: Document = document): Range[] {
  return held.get(doc)?.() ?? [];
}

/**
 * A painter for `doc`. Nothing touches the page until the first range is painted (most pages have no
 * annotations: they get no host, no observer and no listener). While `enabled()` is false (the site is
 * paused or switched off, or settings are not read yet) adding and flashing do nothing.
 */
export function createPainter(doc: Document = document, enabled: () => boolean = () => true): Painter {
  const overlay = createOverlay(doc);
  held.set(doc, overlay.ranges);
  return {
    add(range) {
      if (enabled()) overlay.add(range);
    },
    remove: (range) => overlay.remove(range),
    clear: () => overlay.clear(),
    flash(range, ms) {
      if (enabled()) overlay.flash(range, ms);
    },
    dispose() {
      overlay.dispose();
      if (held.get(doc) === overlay.ranges) held.delete(doc);
    },
  };
}
