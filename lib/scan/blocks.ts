/**
 * Walks a subtree in document order and hands over its text one block at a time: the text nodes a
 * reader sees as one run ("<b>Claude</b> Code" is one run; a paragraph break or <br> ends it). The walk
 * is resumable, so a caller can stop at a deadline and go on in the next slice.
 */
import { BLOCK, SKIP, blockOf, classifyElement, isSkippedElement } from './elements';

export interface TextBlock {
  /** The text nodes of the run, in order. */
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  text: string;
}

export interface BlockWalk {
  /** Walks until `deadline` (a performance.now() time); true when the subtree is done. */
  step(deadline: number): boolean;
  readonly root: Node;
}

export interface BlockWalkHooks {
  onBlock(block: TextBlock): void;
  /** Every text node visited, before its block is handed over (to drop what was known of it). */
  onText?(node: Text): void;
  /** An open shadow root met on the way; the caller walks it as a root of its own. */
  onShadowRoot?(root: ShadowRoot): void;
  now?: () => number;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
/** Nodes visited between two looks at the clock. */
const CLOCK_EVERY = 16;

export function walkBlocks(root: Node, hooks: BlockWalkHooks): BlockWalk {
  const doc = root.ownerDocument ?? (root as Document);
  const now = hooks.now ?? (() => performance.now());
  let walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let started = false;
  let done = false;
  let run: Text[] = [];
  let runBlock: Node = root;

  /** Hands over the run so far; true when there was text to match. */
  const flush = (): boolean => {
    if (run.length === 0) return false;
    const nodes = run;
    run = [];
    if (nodes.length === 1 && nodes[0].data.trim() === '') return false;
    const starts = new Array<number>(nodes.length);
    let text = '';
    for (let i = 0; i < nodes.length; i++) {
      starts[i] = text.length;
      text += nodes[i].data;
    }
    hooks.onBlock({ nodes, starts, text });
    return true;
  };

  /** The next node, stepping over the current element's subtree when `skipInside`. */
  const advance = (skipInside: boolean): Node | null => {
    if (!skipInside) return walker.nextNode();
    while (!walker.nextSibling()) {
      if (!walker.parentNode()) return null;
    }
    return walker.currentNode;
  };

  function step(deadline: number): boolean {
    if (done) return true;
    if (started && !root.contains(walker.currentNode)) {
      // The page removed the node the walk stood on: start this subtree again rather than lose it.
      walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
      started = false;
      run = [];
      runBlock = root;
    }
    let node: Node | null;
    if (!started) {
      started = true;
      if (root.nodeType === 1 && isSkippedElement(root as Element)) node = null;
      else node = walker.nextNode();
    } else node = advance(walker.currentNode.nodeType === 1 && isSkippedElement(walker.currentNode as Element));
    let visited = 0;
    while (node) {
      let skipInside = false;
      if (node.nodeType === 3) {
        const text = node as Text;
        hooks.onText?.(text);
        if (text.parentNode !== runBlock && !runBlock.contains(text)) {
          flush();
          runBlock = blockOf(text);
        }
        if (text.data.length > 0) run.push(text);
      } else {
        const element = node as Element;
        const kind = classifyElement(element);
        if (kind === SKIP) {
          skipInside = true;
        } else {
          const shadow = element.shadowRoot;
          if (shadow && hooks.onShadowRoot) hooks.onShadowRoot(shadow);
          if (kind === BLOCK) {
            const matched = flush();
            runBlock = element;
            // A long run just matched: look at the clock now rather than 32 nodes later.
            if (matched && now() >= deadline) return false;
          }
        }
      }
      if (++visited % CLOCK_EVERY === 0 && now() >= deadline) return false;
      node = advance(skipInside);
    }
    flush();
    done = true;
    return true;
  }

  return { step, root };
}
