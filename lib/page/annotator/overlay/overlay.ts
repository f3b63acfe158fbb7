/**
 * Annotations drawn as boxes over their text, inside a closed shadow root of the extension's own, so
 * the page's script cannot find which passages the person annotated: nothing goes into the page's
 * highlight registry (`CSS.highlights`, which the page can iterate), no page node changes, and the
 * boxes take no pointer events (`document.elementFromPoint` over a passage gives the page's element,
 * and every click reaches the page).
 *
 * - The host sits in the document (absolute, at the top left of the page), so a plain scroll of the
 *   window moves the boxes with the text at no cost. Only what does not scroll with the document is
 *   measured again on a window scroll (text in a fixed or sticky element); a scroll inside an element
 *   measures the passages inside it again, and clips them to what it shows.
 * - Only passages on or near the screen have boxes (the paint window of lib/page/paint: one
 *   IntersectionObserver over the elements holding them); a passage's boxes are measured when it comes
 *   into the window, and after a scroll, a resize or a change of layout (ResizeObserver on the root and
 *   body, a MutationObserver on the document, fonts loading), all in one pass per animation frame that reads
 *   every rectangle first and writes every box after. A passage whose text was removed loses its boxes.
 * - Nothing at all is made, observed or listened to until the first passage (or flash) is drawn, and
 *   everything stops again when the last one goes.
 */
import { createViewportWindow, elementHolding, type PaintWindow } from '../../paint';
import { OWN_UI_ATTRIBUTE } from '../text-index';
import { boxesFor, sameBoxes, type Box, type Rect } from './geometry';
import { createFrameBatch, type FrameBatch } from './frame-batch';

export const OVERLAY_HOST = 'ail-annotation-overlay';
/** The value of the host's OWN_UI_ATTRIBUTE, by which the e2e tests find it. */
export const OVERLAY_MARK = 'annotation-overlay';

const CSS = `
:host { all: initial !important; display: block !important; position: absolute !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important;
  pointer-events: none !important; visibility: visible !important; opacity: 1 !important; transform: none !important; }
.box { position: absolute; box-sizing: border-box; pointer-events: none; margin: 0; padding: 0;
  background-color: rgba(255, 196, 0, 0.38); border-bottom: 2px solid rgba(214, 140, 0, 0.9); mix-blend-mode: multiply; }
.focus { background-color: rgba(255, 150, 0, 0.7); border-bottom: 0; }
@media (prefers-color-scheme: dark) {
  .box { background-color: rgba(255, 200, 40, 0.3); border-bottom-color: rgba(255, 200, 40, 0.9); mix-blend-mode: normal; }
  .focus { background-color: rgba(255, 150, 0, 0.45); }
}`;

interface Drawn {
  range: Range;
  /** The element the paint window follows for it (null: always measured). */
  target: Element | null;
  focus: boolean;
  boxes: Box[];
  elements: HTMLElement[];
  /** Held by something that does not scroll with the document (fixed, sticky): measured on every scroll. */
  pinned: boolean;
  /** The z-index its boxes take (see `clipsOf`), null for none; `written` is the one on its boxes now. */
  z: number | null;
  written?: number | null;
}

export interface Overlay {
  add(range: Range): void;
  remove(range: Range): void;
  clear(): void;
  flash(range: Range, ms?: number): void;
  dispose(): void;
  /** The ranges drawn (wanted), in the order added. */
  ranges(): Range[];
}

function alive(range: Range): boolean {
  return !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

function rectOf(r: DOMRect | DOMRectReadOnly): Rect {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * The rectangles of a range's text alone (a range's own getClientRects adds the border box of every
 * element it holds whole, which would lay the colour twice over its text).
 */
export function textRects(range: Range): Rect[] {
  const doc = range.startContainer.ownerDocument!;
  const out: Rect[] = [];
  const part = doc.createRange();
  const push = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end <= start) return;
    part.setStart(node, start);
    part.setEnd(node, end);
    const list = part.getClientRects();
    for (let i = 0; i < list.length; i++) out.push(rectOf(list[i]));
  };
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    push(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer : root;
  let node: Node | null = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    const text = node as Text;
    if (range.comparePoint(text, 0) > 0) break; // Past the end.
    if (range.comparePoint(text, text.length) < 0) continue; // Before the start.
    push(text);
  }
  return out;
}

/** The element above `element`, crossing out of a shadow root to its host. */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null);
}

/**
 * What clips a passage: the padding box of every ancestor whose overflow is not visible (the root's
 * and a body whose overflow goes to the viewport excepted: the viewport is no clip of a box in the
 * document), up to the first fixed one; and whether it is held by a fixed or sticky element.
 *
 * And `z`, the z-index its boxes take: that of its outermost positioned ancestor with one. The host
 * forms no stacking context, so its boxes take their place among the page's: a passage in a content
 * column or a card with `position: relative; z-index: 1` (and a background) would otherwise be painted
 * over by its own container; with the container's z-index, the boxes come after it (later in the
 * document) and still under what the page stacks higher (a modal, a header at z-index 100).
 */
export function clipsOf(range: Range): { clips: Rect[]; pinned: boolean; z: number | null } {
  const doc = range.startContainer.ownerDocument!;
  const view = doc.defaultView!;
  const clips: Rect[] = [];
  let pinned = false;
  const root = doc.documentElement;
  const body = doc.body;
  const overflows = (style: CSSStyleDeclaration) => clipsOverflow(style.overflowX) || clipsOverflow(style.overflowY);
  let z: number | null = null;
  let element = elementHolding(range.commonAncestorContainer);
  for (; element && element !== root; element = parentOf(element)) {
    const style = view.getComputedStyle(element);
    const position = style.position;
    if (position === 'sticky') pinned = true;
    const index = parseInt(style.zIndex, 10);
    if (position !== 'static' && position !== '' && Number.isFinite(index)) z = index;
    // Overflow clips a box, never an inline or a `display: contents` one.
    const clipping = overflows(style) && !style.display.startsWith('inline') && style.display !== 'contents';
    // The body's overflow goes to the viewport when the root's is visible: then the body clips nothing.
    if (clipping && !(element === body && !overflows(view.getComputedStyle(root)))) {
      const box = element.getBoundingClientRect();
      const left = box.left + element.clientLeft;
      const top = box.top + element.clientTop;
      clips.push({ left, top, right: left + element.clientWidth, bottom: top + element.clientHeight });
    }
    if (position === 'fixed') {
      pinned = true;
      break;
    }
  }
  return { clips, pinned, z };
}

/** Whether an overflow value clips (an empty value, where a DOM has no layout, does not). */
function clipsOverflow(value: string): boolean {
  return value !== '' && value !== 'visible';
}

export function createOverlay(doc: Document): Overlay {
  const view = doc.defaultView!;
  const drawn = new Map<Range, Drawn>();
  let focus: Drawn | null = null;
  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  let started: { host: HTMLElement; shadow: ShadowRoot; layer: HTMLElement; window: PaintWindow | null; batch: FrameBatch<Drawn>; stop: AbortController; observers: { disconnect(): void }[] } | null = null;

  const inWindow = (d: Drawn) => d.focus || !d.target || !started?.window || started.window.has(d.target);

  const all = function* (): Iterable<Drawn> {
    yield* drawn.values();
    if (focus) yield focus;
  };

  /** One pass: every rectangle read, then every box written. */
  const run = (marked: ReadonlySet<Drawn>) => {
    const s = started;
    if (!s) return;
    // A page that removed the host (a framework rewriting the document) gets it back.
    if (!s.host.isConnected) doc.documentElement.append(s.host);
    const origin = s.host.getBoundingClientRect();
    const next = new Map<Drawn, Box[]>();
    for (const d of marked) {
      if (d !== focus && drawn.get(d.range) !== d) continue; // Removed since it was marked.
      if (!alive(d.range) || !inWindow(d)) {
        next.set(d, []);
        continue;
      }
      const { clips, pinned, z } = clipsOf(d.range);
      d.pinned = pinned;
      d.z = z;
      next.set(d, boxesFor(textRects(d.range), clips, origin));
    }
    for (const [d, boxes] of next) write(d, boxes, s.layer);
    // The e2e build tells its tests how many passages it holds and how many have boxes now (the page
    // of an e2e build can read these counts; no other build writes them).
    if (import.meta.env.MODE === 'e2e') {
      s.host.dataset.lensHeld = String(drawn.size);
      s.host.dataset.lensDrawn = String([...drawn.values()].filter((d) => d.boxes.length > 0).length);
    }
  };

  const write = (d: Drawn, boxes: Box[], layer: HTMLElement) => {
    if (sameBoxes(d.boxes, boxes) && d.written === d.z) return;
    d.boxes = boxes;
    d.written = d.z;
    const z = d.z === null ? '' : `;z-index:${d.z}`;
    while (d.elements.length > boxes.length) d.elements.pop()!.remove();
    boxes.forEach((box, i) => {
      let element = d.elements[i];
      if (!element) {
        element = doc.createElement('div');
        element.className = d.focus ? 'box focus' : 'box';
        layer.append(element);
        d.elements.push(element);
      }
      element.style.cssText = `left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px${z}`;
    });
  };

  const unpaint = (d: Drawn) => {
    for (const element of d.elements) element.remove();
    d.elements = [];
    d.boxes = [];
  };

  const start = () => {
    if (started) return started;
    const host = doc.createElement(OVERLAY_HOST);
    host.setAttribute(OWN_UI_ATTRIBUTE, OVERLAY_MARK);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const layer = doc.createElement('div');
    shadow.append(style, layer);
    doc.documentElement.append(host);
    const stop = new AbortController();
    const batch = createFrameBatch<Drawn>(
      { request: (callback) => view.requestAnimationFrame(callback), cancel: (handle) => view.cancelAnimationFrame(handle) },
      all,
      run,
    );
    const paintWindow = createViewportWindow(doc, (entered, left) => {
      const moved = new Set([...entered, ...left]);
      for (const d of drawn.values()) if (d.target && moved.has(d.target)) batch.mark(d);
    });
    const observers: { disconnect(): void }[] = [];
    const markAll = () => batch.markAll();
    // A scroll of the window moves nothing the host does not move with it, but what is fixed or
    // sticky; a scroll inside an element moves (and clips) what it holds.
    doc.addEventListener(
      'scroll',
      (event) => {
        const scrolled = event.target;
        for (const d of all()) {
          if (scrolled === doc || scrolled === doc.documentElement || scrolled === doc.scrollingElement) {
            if (d.pinned) batch.mark(d);
          } else if ((scrolled as Node | null)?.contains?.(d.range.commonAncestorContainer)) batch.mark(d);
        }
      },
      { capture: true, passive: true, signal: stop.signal },
    );
    view.addEventListener('resize', markAll, { passive: true, signal: stop.signal });
    doc.fonts?.addEventListener?.('loadingdone', markAll, { signal: stop.signal });
    if (typeof view.ResizeObserver === 'function') {
      const resize = new view.ResizeObserver(markAll);
      resize.observe(doc.documentElement);
      if (doc.body) resize.observe(doc.body);
      observers.push(resize);
    }
    // The whole document, not the body: a page that swaps its body (Turbo and the like) is still followed.
    const own = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE);
    const mutations = new view.MutationObserver((records) => {
      for (const r of records) {
        if (own(r.target)) continue;
        if (r.type === 'childList' && r.removedNodes.length === 0 && Array.from(r.addedNodes).every(own)) continue;
        return markAll();
      }
    });
    mutations.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    observers.push(mutations);
    started = { host, shadow, layer, window: paintWindow, batch, stop, observers };
    return started;
  };

  /** Everything made or followed goes once nothing is left to draw. */
  const stopIfIdle = () => {
    if (!started || drawn.size > 0 || focus) return;
    const s = started;
    started = null;
    s.batch.cancel();
    s.stop.abort();
    for (const observer of s.observers) observer.disconnect();
    s.window?.clear();
    s.host.remove();
  };

  const follow = (d: Drawn, s: NonNullable<typeof started>) => {
    if (d.target && s.window) s.window.watch(d.target);
    s.batch.mark(d);
  };

  const unfollow = (d: Drawn) => {
    unpaint(d);
    const s = started;
    if (!s?.window || !d.target) return;
    // Another passage in the same element keeps it followed.
    for (const other of drawn.values()) if (other !== d && other.target === d.target) return;
    s.window.unwatch(d.target);
  };

  const endFocus = () => {
    clearTimeout(focusTimer);
    if (!focus) return;
    unpaint(focus);
    focus = null;
  };

  return {
    add(range) {
      if (drawn.has(range)) return;
      const s = start();
      const d: Drawn = { range, target: elementHolding(range.commonAncestorContainer), focus: false, boxes: [], elements: [], pinned: false, z: null };
      drawn.set(range, d);
      follow(d, s);
    },
    remove(range) {
      const d = drawn.get(range);
      if (!d) return;
      drawn.delete(range);
      unfollow(d);
      stopIfIdle();
    },
    clear() {
      // All at once (stopping the window follows no element any more), not one by one.
      for (const d of drawn.values()) unpaint(d);
      drawn.clear();
      started?.window?.clear();
      stopIfIdle();
    },
    flash(range, ms = 1600) {
      endFocus();
      const s = start();
      focus = { range, target: null, focus: true, boxes: [], elements: [], pinned: false, z: null };
      s.batch.mark(focus);
      focusTimer = setTimeout(() => {
        endFocus();
        stopIfIdle();
      }, ms);
    },
    dispose() {
      endFocus();
      drawn.clear();
      stopIfIdle();
    },
    ranges: () => [...drawn.keys()],
  };
}
