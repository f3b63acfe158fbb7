/**
 * The overlay's geometry, as pure functions over plain rectangles: where a passage's boxes go, what a
 * clipping ancestor leaves visible of them, and the boxes of one line merged into one (adjacent text
 * nodes of a line, a link inside a sentence, give one box, so the translucent colour is not laid twice
 * where they touch). Viewport coordinates in, the overlay host's coordinates out.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Below this (in CSS px), a rectangle is no box: collapsed whitespace, an empty text node. */
const EPSILON = 0.5;

export function isEmpty(rect: Rect): boolean {
  return rect.right - rect.left < EPSILON || rect.bottom - rect.top < EPSILON;
}

/** The common part of two rectangles, or null where they do not overlap. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return isEmpty(r) ? null : r;
}

/** The visible area under a list of clips (each clipping ancestor's padding box), or null if none is left. */
export function clipArea(clips: readonly Rect[]): Rect | null | undefined {
  let area: Rect | null | undefined;
  for (const clip of clips) {
    area = area === undefined ? clip : area && intersect(area, clip);
    if (area === null) return null;
  }
  return area;
}

/**
 * The part of each rectangle inside `area` (undefined: nothing clips), without those that fall wholly
 * outside: a passage scrolled away inside an inner container shows no box over the content beside it.
 */
export function clipRects(rects: readonly Rect[], area: Rect | null | undefined): Rect[] {
  if (area === null) return [];
  const out: Rect[] = [];
  for (const rect of rects) {
    if (isEmpty(rect)) continue;
    const r = area ? intersect(rect, area) : rect;
    if (r) out.push(r);
  }
  return out;
}

/**
 * Rectangles of one line merged: two that overlap vertically by most of the smaller's height and touch
 * or overlap horizontally become one. In document order a line's rectangles come one after another, so
 * one pass comparing with the last box kept is enough.
 */
export function mergeLines(rects: readonly Rect[], gap = 1): Rect[] {
  const out: Rect[] = [];
  for (const rect of rects) {
    const last = out[out.length - 1];
    if (last && sameLine(last, rect) && rect.left <= last.right + gap && rect.right >= last.left - gap) {
      out[out.length - 1] = {
        left: Math.min(last.left, rect.left),
        top: Math.min(last.top, rect.top),
        right: Math.max(last.right, rect.right),
        bottom: Math.max(last.bottom, rect.bottom),
      };
    } else out.push(rect);
  }
  return out;
}

function sameLine(a: Rect, b: Rect): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
}

/** A box in the host's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes to draw for a passage: its text's rectangles, clipped, merged by line, and moved from the
 * viewport into the host's coordinates (`origin`: the host's own top-left in the viewport, so the host
 * can sit in the document and scroll with it at no cost).
 */
export function boxesFor(rects: readonly Rect[], clips: readonly Rect[], origin: { left: number; top: number }): Box[] {
  return mergeLines(clipRects(rects, clipArea(clips))).map((r) => ({
    x: r.left - origin.left,
    y: r.top - origin.top,
    width: r.right - r.left,
    height: r.bottom - r.top,
  }));
}

/** Whether two lists of boxes are the same (to the quarter pixel): an unchanged passage costs no write. */
export function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  if (a.length !== b.length) return false;
  const near = (x: number, y: number) => Math.abs(x - y) < 0.25;
  return a.every((box, i) => near(box.x, b[i].x) && near(box.y, b[i].y) && near(box.width, b[i].width) && near(box.height, b[i].height));
}
