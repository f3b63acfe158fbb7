/**
 * The annotations' overlay as the tests see it in Chromium. The boxes live in a closed shadow root (the
 * page's script cannot reach them), so they are read through the debugger (CDP), which sees into
 * closed shadow roots: their boxes in viewport coordinates, and the page's text under them.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface OverlayBox {
  focus: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** The overlay host's closed shadow root, found through the debugger (null: no overlay in the page). */
async function overlayRoot(cdp: CDPSession): Promise<DomNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | null => {
    const a = node.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === 'data-ai-industry-lens' && a[i + 1] === 'annotation-overlay') return node.shadowRoots?.[0] ?? null;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  return find(root);
}

/** The overlay's boxes in the viewport's coordinates (annotations' and the focus flash's). */
export async function overlayBoxes(cdp: CDPSession): Promise<OverlayBox[]> {
  const shadow = await overlayRoot(cdp);
  if (!shadow) return [];
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      return [...this.querySelectorAll('.box')].map((e) => {
        const r = e.getBoundingClientRect();
        return { focus: e.classList.contains('focus'), x: r.left, y: r.top, width: r.width, height: r.height };
      });
    }`,
    returnByValue: true,
  })) as { result: { value: OverlayBox[] } };
  return result.value;
}

/**
 * The page's text under `boxes`, one string per passage: every character shown on screen whose middle
 * lies in a box, in document order, a passage ending at the first character that is not covered (white space between
 * covered characters is kept, as one space).
 */
export function textUnder(page: Page, boxes: readonly OverlayBox[]): Promise<string[]> {
  return page.evaluate((boxes) => {
    // Covered, and shown there: text clipped away by a scrolled box is not what the person sees.
    const inBox = (r: DOMRect, node: Text) => {
      if (r.width === 0 && r.height === 0) return false;
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      return boxes.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) && !!document.elementFromPoint(x, y)?.contains(node);
    };
    const runs: string[] = [];
    let run: string | null = null;
    let space = false;
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const tag = node.parentElement?.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') continue;
      for (let i = 0; i < node.length; i++) {
        const ch = node.data[i];
        if (/\s/.test(ch)) {
          space = run !== null;
          continue;
        }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        if (inBox(range.getBoundingClientRect(), node)) {
          run = run === null ? ch : run + (space ? ' ' : '') + ch;
        } else if (run !== null) {
          runs.push(run);
          run = null;
        }
        space = false;
      }
    }
    if (run !== null) runs.push(run);
    return runs;
  }, boxes);
}

/** The texts painted as annotations (not the focus flash), as the person sees them. */
export async function paintedTexts(page: Page, cdp: CDPSession): Promise<string[]> {
  return textUnder(page, (await overlayBoxes(cdp)).filter((b) => !b.focus));
}

/** The texts the focus flash covers now. */
export async function flashedTexts(page: Page, cdp: CDPSession): Promise<string[]> {
  return textUnder(page, (await overlayBoxes(cdp)).filter((b) => b.focus));
}

/**
 * The share of a screenshot's pixels (base64 PNG) that are highlighter yellow: what the overlay lays
 * over white paper, and nothing else on the test pages is. Decoded in `page` (any page will do: it
 * only draws the picture on a canvas).
 */
export function highlighterShare(page: { evaluate: Page['evaluate'] }, png: string): Promise<number> {
  return page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let yellow = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r > 220 && g > 190 && g < 250 && b < 200 && r - b > 60) yellow++;
    }
    return yellow / (data.length / 4);
  }, png);
}
