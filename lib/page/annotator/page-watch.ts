/**
 * Page-side event plumbing for the annotator, each returning its own clean-up: selection ends,
 * pointer movement (once per frame), and bursts of DOM changes (coalesced, as Dark Reader does, so
 * a storm of mutations costs one re-anchoring pass).
 */

/**
 * DOM lists by index: Firefox content scripts see page objects through wrappers whose iterators
 * (spread, for-of) are not always available.
 */
export function nodesOf(list: NodeList): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < list.length; i++) nodes.push(list[i]);
  return nodes;
}

/**
 * Calls `onEnd` after a mouse or keyboard selection ends, with the event that ended it. Only events
 * the person made count: a page dispatching its own mouseup or keyup never makes the extension act.
 */
export function watchSelectionEnd(onEnd: (event: Event) => void, signal: AbortSignal): void {
  const later = (event: Event) => event.isTrusted && setTimeout(() => onEnd(event), 0);
  document.addEventListener('mouseup', later, { capture: true, signal });
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey || event.key === 'Shift' || ((event.ctrlKey || event.metaKey) && event.key === 'a')) later(event);
    },
    { capture: true, signal },
  );
}

/** Pointer positions the person made (not the page's synthetic ones), at most once per animation frame. */
export function watchPointer(onMove: (event: PointerEvent) => void, signal: AbortSignal): void {
  let pending: PointerEvent | null = null;
  document.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      if (!pending) requestAnimationFrame(() => pending && (onMove(pending), (pending = null)));
      pending = event;
    },
    { passive: true, capture: true, signal },
  );
}

/**
 * Calls `onChange` once a burst of DOM changes settles (`quietMs` without changes, or at the latest
 * `maxWaitMs` after the first), so content that arrives later anchors soon after it arrives.
 */
export function watchDomChanges(
  root: Node,
  onChange: () => void,
  signal: AbortSignal,
  ignore: (node: Node) => boolean = () => false,
  quietMs = 150,
  maxWaitMs = 600,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  const observer = new MutationObserver((records) => {
    // A record counts unless it is inside our own UI or only adds our own nodes. Text edited in place
    // (characterData) and removals add nothing: `every` over an empty list would ignore them.
    const ignored = (r: MutationRecord) =>
      ignore(r.target) || (r.addedNodes.length > 0 && nodesOf(r.addedNodes).every(ignore));
    if (records.every(ignored)) return;
    const now = performance.now();
    if (!timer) first = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, first + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/** The caret position under a viewport point, in either browser's API. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The client rect of `range` under the point, if any (the caret API answers even off the text). */
export function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const rect = rects[i];
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}
