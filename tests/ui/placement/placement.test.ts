import { describe, expect, it } from 'vitest';
import { isInViewport, pickAnchorIndex, placeCard, type Box } from '../../../lib/ui/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 340, height: 300 };
const box = (left: number, top: number, width = 80, height = 18): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

function inside(p: { left: number; top: number }, size: { width: number; height: number }, margin = 8) {
  return (
    p.left >= margin &&
    p.top >= margin &&
    p.left + size.width <= viewport.width - margin &&
    p.top + size.height <= viewport.height - margin
  );
}

describe('placeCard', () => {
  it('goes below the text, start-aligned, with a small gap', () => {
    const p = placeCard(box(100, 100), card, viewport);
    expect(p).toEqual({ left: 100, top: 124, side: 'below' });
  });

  it('flips above when there is no room below', () => {
    const anchor = box(100, 700);
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(anchor.top - 6);
    expect(inside(p, card)).toBe(true);
  });

  it('shifts left to stay inside at the right edge', () => {
    const p = placeCard(box(960, 100, 30), card, viewport);
    expect(p.left).toBe(viewport.width - 8 - card.width);
    expect(inside(p, card)).toBe(true);
  });

  it('shifts right at the left edge when the text starts off screen', () => {
    const p = placeCard(box(-40, 100), card, viewport);
    expect(p.left).toBe(8);
  });

  it('stays inside near every corner', () => {
    for (const [x, y] of [
      [0, 0],
      [990, 0],
      [0, 785],
      [990, 785],
      [500, 400],
    ]) {
      const p = placeCard(box(x, y, 10, 14), card, viewport);
      expect(inside(p, card), `anchor at ${x},${y}`).toBe(true);
    }
  });

  it('caps the height on the roomier side when neither side fits', () => {
    const tall = { width: 340, height: 700 };
    const p = placeCard(box(100, 300), tall, viewport);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 8 - (318 + 6));
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(792);

    const q = placeCard(box(100, 560), tall, viewport);
    expect(q.side).toBe('above');
    expect(q.top).toBe(8);
    expect(q.top + q.maxHeight!).toBe(560 - 6);
  });

  it('narrows the card in a viewport smaller than the card', () => {
    const p = placeCard(box(10, 10), card, { width: 300, height: 800 });
    expect(p.left).toBe(8);
    expect(p.maxWidth).toBe(284);
  });

  it('keeps the card on screen when the anchor is partly above the viewport', () => {
    const p = placeCard(box(100, -10), card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(8);
  });
});

describe('pickAnchorIndex', () => {
  const lines = [box(900, 100), box(0, 0, 0, 0), box(10, 118)];
  it('picks the line under the pointer in a wrapped mention', () => {
    expect(pickAnchorIndex(lines, { x: 20, y: 125 })).toBe(2);
  });
  it('falls back to the first non-empty line', () => {
    expect(pickAnchorIndex(lines)).toBe(0);
    expect(pickAnchorIndex([box(0, 0, 0, 0), box(5, 5)])).toBe(1);
    expect(pickAnchorIndex([])).toBe(-1);
  });
});

describe('isInViewport', () => {
  it('tells text scrolled out of view apart from visible text', () => {
    expect(isInViewport(box(10, 10), viewport)).toBe(true);
    expect(isInViewport(box(10, -30), viewport)).toBe(false);
    expect(isInViewport(box(10, 800), viewport)).toBe(false);
  });
});
