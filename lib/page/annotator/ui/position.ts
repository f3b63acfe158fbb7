/** Where a floating box goes: below the anchor if it fits, else above, always inside the viewport. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeNear(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { left: number; top: number } {
  const margin = 8;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  let top = below;
  if (below + size.height > viewport.height - margin && above >= margin) top = above;
  top = Math.max(margin, Math.min(top, viewport.height - size.height - margin));
  let left = anchor.left;
  left = Math.max(margin, Math.min(left, viewport.width - size.width - margin));
  return { left, top };
}

/** A plain copy of a rect (DOMRect is live-looking and does not survive structured cloning). */
export function boxOf(rect: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}
