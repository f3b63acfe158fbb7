/**
 * The page's text as one string, with a map back to text nodes, so selectors (offsets and quotes)
 * can be computed and resolved. Script, style and the extension's own UI are not text a reader sees,
 * and leaving them out keeps offsets stable when a page's scripts change.
 */
import { LENS_UI_ATTRIBUTE } from '../scan';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SVG']);
/** The extension's own UI hosts carry this attribute; their text is never the page's. */
export const OWN_UI_ATTRIBUTE = LENS_UI_ATTRIBUTE;

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

function skipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || element.hasAttribute(OWN_UI_ATTRIBUTE);
}

export function buildTextIndex(root: Node = document.body): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return skipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data) continue;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The offset in the index's text of a DOM boundary point, or -1 when the point is outside it. */
export function offsetOf(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i] + Math.min(offset, (container as Text).data.length);
  }
  // An element boundary: the first indexed text node at or after the point.
  const doc = container.ownerDocument ?? document;
  const point = doc.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: -1 if the node lies before the point.
    if (point.comparePoint(index.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  // A boundary in an element, or in text the index skipped: snap to the next indexed text.
  return lo < index.nodes.length ? index.starts[lo] : index.text.length;
}

/** The index's text offsets of a DOM range. */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } {
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

function locate(index: TextIndex, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  const { nodes, starts } = index;
  if (!nodes.length) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  let node = nodes[lo];
  let within = offset - starts[lo];
  // A start at the very end of a node belongs to the next one, so the range does not begin on an
  // empty tail.
  if (preferNext && within === node.data.length && lo + 1 < nodes.length) {
    node = nodes[lo + 1];
    within = 0;
  }
  return { node, offset: Math.max(0, Math.min(within, node.data.length)) };
}

/** A DOM range over `text[start, end)` of the index. */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range | null {
  const from = locate(index, start, true);
  const to = locate(index, end, false);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
