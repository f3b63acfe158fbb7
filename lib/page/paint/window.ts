/**
 * The paint window: which parts of the page are on or near the screen. Chromium checks every range
 * registered in a highlight again in each frame after the DOM changed (pre-paint), so a page that
 * keeps changing pays for every registered range in every frame, wherever it is. The painter registers
 * only the ranges whose element is in this window and adds the others as they come near the screen.
 *
 * One IntersectionObserver over the elements holding mentions; its callback comes after layout, once
 * per frame, with every element that crossed the window's edge (so changes arrive batched, and reading
 * where things are never forces a layout).
 */

/** How far past the screen the window reaches, above and below: a fast scroll finds names painted. */
export const WINDOW_MARGIN = '100% 0px';

/**
 * The least time between two looks at where one element is (IntersectionObserver's `delay`, which
 * Chromium honours without `trackVisibility`; other browsers ignore the member). On a page that lays
 * out again in every frame (a growing feed), Chromium otherwise works out the place of every followed
 * element in every frame: with 2,000 names that was 64-83 ms of the appending page's main thread,
 * half as much as all our script (traces of 7 December 2026; 42 against 78 ms with this delay). A
 * screen's margin above and below (WINDOW_MARGIN) covers what a scroll brings in within it.
 */
export const WINDOW_DELAY_MS = 100;

export interface PaintWindow {
  /** Whether `target` is in the window (as last reported). */
  has(target: Element): boolean;
  /** Starts following `target`; its first report comes with the next frame. */
  watch(target: Element): void;
  unwatch(target: Element): void;
  /** Stops following every element. */
  clear(): void;
}

export type WindowChange = (entered: readonly Element[], left: readonly Element[]) => void;

type ObserverCtor = typeof IntersectionObserver;

/**
 * The window of `doc`'s viewport, or null where there is no IntersectionObserver (every range is then
 * registered, as before). An element that has no box (`display: contents` or hidden) counts as in the
 * window: it cannot be placed, and a range under it may still show.
 */
export function createViewportWindow(doc: Document, onChange: WindowChange): PaintWindow | null {
  const Observer = (doc.defaultView as unknown as { IntersectionObserver?: ObserverCtor } | null)?.IntersectionObserver;
  if (typeof Observer !== 'function') return null;
  const inside = new Set<Element>();
  const callback = (entries: IntersectionObserverEntry[]) => {
    const entered: Element[] = [];
    const left: Element[] = [];
    for (const entry of entries) {
      const box = entry.boundingClientRect;
      const now = entry.isIntersecting || (box.width === 0 && box.height === 0);
      if (now === inside.has(entry.target)) continue;
      if (now) {
        inside.add(entry.target);
        entered.push(entry.target);
      } else {
        inside.delete(entry.target);
        left.push(entry.target);
      }
    }
    if (entered.length > 0 || left.length > 0) onChange(entered, left);
  };
  const observer = makeObserver(Observer, doc, callback);
  return {
    has: (target) => inside.has(target),
    watch: (target) => observer.observe(target),
    unwatch(target) {
      observer.unobserve(target);
      inside.delete(target);
    },
    clear() {
      observer.disconnect();
      inside.clear();
    },
  };
}

/** The document as root, so the margin applies in frames too (an implicit root ignores it across origins). */
function makeObserver(Observer: ObserverCtor, doc: Document, callback: IntersectionObserverCallback) {
  // `delay` is IntersectionObserver v2's, not yet in TypeScript's DOM types.
  const options = { rootMargin: WINDOW_MARGIN, delay: WINDOW_DELAY_MS } as IntersectionObserverInit;
  try {
    return new Observer(callback, { ...options, root: doc });
  } catch {
    return new Observer(callback, options);
  }
}

/** The element a range is followed by: the one holding its start (a shadow root's host for top-level text). */
export function targetOf(range: AbstractRange): Element | null {
  return elementHolding(range.startContainer);
}

/** The element the window follows for a node: the node itself, its parent, or its shadow root's host. */
export function elementHolding(node: Node): Element | null {
  if (node.nodeType === 1) return node as Element;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}
