/**
 * Where a mouse drag that selects a passage goes: from the middle of its first character to the end of
 * its last, and the bottom of its first line (the annotator's adder appears under it). The passage is
 * the first occurrence of `text` in the first text node of the element with id `id`. For Playwright and
 * Puppeteer pages alike (Firefox over WebDriver BiDi has no accessibility tree: its tests select with
 * the mouse).
 */
import type { Page } from 'playwright-core';

export interface PassageDrag {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  bottom: number;
}

export function passageDrag(page: { evaluate: Page['evaluate'] }, id: string, text: string): Promise<PassageDrag> {
  return page.evaluate(
    ([id, text]) => {
      const node = document.getElementById(id)!.firstChild as Text;
      const at = node.data.indexOf(text);
      if (at < 0) throw new Error(`"${text}" is not in #${id}`);
      const range = document.createRange();
      const edge = (offset: number) => {
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getClientRects()[0];
      };
      const from = edge(at);
      const to = edge(at + text.length - 1);
      return { x1: from.left + 1, y1: from.top + from.height / 2, x2: to.right, y2: to.top + to.height / 2, bottom: from.bottom };
    },
    [id, text] as const,
  );
}
