/**
 * Where a box floating over the page goes, for the hover card and the annotator's adder, popover and
 * editor alike: below its anchor if it fits, else above, shifted sideways to stay in the viewport.
 * Pure geometry in viewport (client) coordinates, so scrolled, zoomed, fixed and sticky content all
 * come down to the rectangles a range reports at the moment of asking.
 *
 * Not @floating-ui/dom: what is needed is this much arithmetic on rectangles the callers already hold
 * (a range's client rects, hit-tested lines); the library would add its DOM walking and about 10 KB to
 * the content script for it.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when the card must be narrower or shorter than it wants to be to stay on screen. */
  maxWidth?: number;
  maxHeight?: number;
}

export interface PlaceOptions {
  /** Space between the text and the card. */
  gap?: number;
  /** Space kept free between the card and the viewport's edges. */
  margin?: number;
}

export const DEFAULT_GAP = 6;
export const DEFAULT_MARGIN = 8;

/**
 * Picks the line of a (possibly wrapped) mention to anchor on: the one under the pointer when
 * there is a pointer, else the first line. Empty rects (collapsed parts of a range) never count.
 */
export function pickAnchorIndex(rects: readonly Box[], point?: { x: number; y: number }): number {
  let fallback = -1;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    if (fallback < 0) fallback = i;
    if (point && point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom) {
      return i;
    }
  }
  return fallback;
}

/** True when some of the box is inside the viewport (a mention scrolled out of view is not). */
export function isInViewport(box: Box, viewport: Size): boolean {
  return box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;
}

/**
 * The card: below the mention if it fits, else above, else on the roomier side with a capped height
 * (the card then scrolls inside); narrower when the viewport is.
 */
export function placeCard(
  anchor: Box,
  card: Size,
  viewport: Size,
  options: PlaceOptions = {},
): Placement {
  const gap = options.gap ?? DEFAULT_GAP;
  const margin = options.margin ?? DEFAULT_MARGIN;

  // Horizontal: start-aligned with the text, then shifted (never flipped) to stay inside.
  const roomX = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, roomX);
  const left = clamp(anchor.left, margin, viewport.width - margin - width);

  // Vertical: below when it fits, above when only that fits, else the side with more room.
  const spaceBelow = viewport.height - margin - (anchor.bottom + gap);
  const spaceAbove = anchor.top - gap - margin;
  let side: Placement['side'];
  if (card.height <= spaceBelow) side = 'below';
  else if (card.height <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';

  const room = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, room);
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  // An anchor partly off screen must not push the card off screen with it.
  top = clamp(top, margin, viewport.height - margin - height);

  const placement: Placement = { left, top, side };
  if (width < card.width) placement.maxWidth = width;
  if (height < card.height) placement.maxHeight = height;
  return placement;
}

/**
 * A small box (the annotator's adder, popover, editor): below the anchor if it fits, else above if it
 * fits, else pressed against the viewport's bottom edge; never capped.
 */
export function placeNear(anchor: Box, size: Size, viewport: Size, gap = 8): { left: number; top: number } {
  const margin = DEFAULT_MARGIN;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  let top = below;
  if (below + size.height > viewport.height - margin && above >= margin) top = above;
  top = clamp(top, margin, viewport.height - size.height - margin);
  const left = clamp(anchor.left, margin, viewport.width - size.width - margin);
  return { left, top };
}

/** A plain copy of a rect (a DOMRect is live-looking and does not survive structured cloning). */
export function boxOf(rect: Box): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

function clamp(value: number, min: number, max: number): number {
  // When the room is smaller than the card, `min` wins: the start edge stays visible.
  return Math.max(min, Math.min(value, max));
}
