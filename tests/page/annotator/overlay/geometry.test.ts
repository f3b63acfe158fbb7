import { describe, expect, it } from 'vitest';
import { boxesFor, clipArea, clipRects, intersect, mergeLines, sameBoxes, type Rect } from '../../../../lib/page/annotator/overlay/geometry';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });

describe('the overlay geometry', () => {
  it('intersects rectangles, and finds no common part where they only touch or miss', () => {
    expect(intersect(rect(0, 0, 10, 10), rect(5, 5, 20, 20))).toEqual(rect(5, 5, 10, 10));
    expect(intersect(rect(0, 0, 10, 10), rect(10, 0, 20, 10))).toBeNull();
    expect(intersect(rect(0, 0, 10, 10), rect(30, 30, 40, 40))).toBeNull();
  });

  it('clips to what every clipping ancestor shows: nothing clips, some clip, none is left', () => {
    expect(clipArea([])).toBeUndefined();
    expect(clipArea([rect(0, 0, 100, 100), rect(50, -20, 300, 60)])).toEqual(rect(50, 0, 100, 60));
    expect(clipArea([rect(0, 0, 100, 100), rect(200, 0, 300, 100)])).toBeNull();
  });

  it('keeps the visible part of each line, and drops lines scrolled away or empty', () => {
    const lines = [rect(10, 0, 200, 20), rect(10, 20, 150, 40), rect(10, 40, 90, 60), rect(10, 70, 10.2, 90)];
    // A scroll box that shows from y=25 to y=50: the first line is gone, the second and third cut.
    expect(clipRects(lines, rect(0, 25, 500, 50))).toEqual([rect(10, 25, 150, 40), rect(10, 40, 90, 50)]);
    expect(clipRects(lines, undefined)).toEqual(lines.slice(0, 3));
    expect(clipRects(lines, null)).toEqual([]);
  });

  it('merges the rectangles of one line (a link inside the sentence), never those of two lines', () => {
    const merged = mergeLines([rect(10, 0, 50, 20), rect(50, 1, 80, 19), rect(80.5, 0, 120, 20), rect(0, 20, 60, 40)]);
    expect(merged).toEqual([rect(10, 0, 120, 20), rect(0, 20, 60, 40)]);
    // Apart on the same line (two columns): two boxes.
    expect(mergeLines([rect(0, 0, 40, 20), rect(300, 0, 340, 20)])).toHaveLength(2);
  });

  it('gives boxes in the host’s coordinates, so they sit where the text is', () => {
    // The page scrolled 500 px: the host (at the document's top left) is at y=-500 in the viewport.
    const boxes = boxesFor([rect(10, 100, 110, 120), rect(110, 100, 150, 120)], [rect(0, 0, 1000, 800)], { left: 0, top: -500 });
    expect(boxes).toEqual([{ x: 10, y: 600, width: 140, height: 20 }]);
    // A passage wholly clipped away has no box at all.
    expect(boxesFor([rect(10, 100, 110, 120)], [rect(0, 300, 1000, 400)], { left: 0, top: 0 })).toEqual([]);
  });

  it('tells boxes unchanged to the quarter pixel, so an unmoved passage costs no write', () => {
    const a = [{ x: 10, y: 20, width: 30, height: 40 }];
    expect(sameBoxes(a, [{ x: 10.1, y: 20, width: 30, height: 40 }])).toBe(true);
    expect(sameBoxes(a, [{ x: 11, y: 20, width: 30, height: 40 }])).toBe(false);
    expect(sameBoxes(a, [])).toBe(false);
  });
});
