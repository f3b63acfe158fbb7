/**
 * Walks a subtree in document order and hands over its text one block at a time: the text nodes a
 * reader sees as one run ("<b>Claude</b> Code" is one run; a paragraph break ends it, a <br> puts a
 * line break in it: "Sam<br>Altman" is one name in a speaker card). The walk is resumable, so a caller
 * can stop at a deadline and go on in the next slice.
 */
import { BLOCK, LINE_BREAK, MAY_HOST, SKIP, blockOf, hasSkippingAttribute, isSkippedElement, tagFlags } from './elements';

export interface TextBlock {
  /** The text nodes of the run, in order. */
  nodes: Text[];
  /**
   * Where each node's text starts in `text`. A line break (<br>) between two nodes is a "\n" in `text`
   * that belongs to no node, so a node may start one unit after the previous one ends.
   */
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
/**
 * Work between two looks at the clock (performance.now() is not free): a node counts 1, a run of
 * text handed over 1 per 16 characters, so a long run is followed by a look at once.
 */
const CLOCK_EVERY = 128;

/** True when the text is only ASCII spacing (cheaper than trim(), which copies). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

export function walkBlocks(root: Node, hooks: BlockWalkHooks): BlockWalk {
  const doc = root.ownerDocument ?? (root as Document);
  const now = hooks.now ?? (() => performance.now());
  const onText = hooks.onText;
  const onShadowRoot = hooks.onShadowRoot;
  let walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let started = false;
  let done = false;
  let run: Text[] = [];
  /** Where each node's text starts in the run's text, and the text so far (each node read once). */
  let runStarts: number[] = [];
  let runText = '';
  let runBlock: Node = root;
  /** An element known to sit inside runBlock: text directly under it joins the run with no search. */
  let inside: Node | null = null;

  /** Hands over the run so far; the length of its text, 0 when there was nothing to match. */
  const flush = (): number => {
    if (run.length === 0) return 0;
    const text = runText;
    runText = '';
    if (run.length === 1 && isBlank(text)) {
      // Spacing between blocks: nothing to hand over, and the arrays serve the next run.
      run.length = 0;
      runStarts.length = 0;
      return 0;
    }
    const block: TextBlock = { nodes: run, starts: runStarts, text };
    run = [];
    runStarts = [];
    hooks.onBlock(block);
    return text.length;
  };

  function step(deadline: number): boolean {
    if (done) return true;
    if (started && !root.contains(walker.currentNode)) {
      // The page removed the node the walk stood on: start this subtree again rather than lose it.
      walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
      started = false;
      run = [];
      runStarts = [];
      runText = '';
      runBlock = root;
      inside = null;
    }
    let node: Node | null;
    let skipInside = false;
    if (!started) {
      started = true;
      if (root.nodeType === 1 && isSkippedElement(root as Element)) node = null;
      else node = walker.nextNode();
    } else {
      const current = walker.currentNode;
      skipInside = current.nodeType === 1 && isSkippedElement(current as Element);
      node = null;
      if (!skipInside) node = walker.nextNode();
      else {
        while (!(node = walker.nextSibling())) if (!walker.parentNode()) break;
      }
    }
    let work = CLOCK_EVERY;
    while (node) {
      skipInside = false;
      if (node.nodeType === 3) {
        const text = node as Text;
        if (onText) onText(text);
        const parent = text.parentNode;
        if (parent !== runBlock && parent !== inside) {
          if (parent !== null && parent.nodeType === 1 && tagFlags((parent as Element).tagName) & BLOCK) {
            // Back in a block after one inside it ended ("</p>\n" in a <div>): a new run.
            work -= flush() >> 4;
            runBlock = parent;
            inside = null;
          } else if (parent !== null && (parent.parentNode === runBlock || runBlock.contains(parent))) {
            // Usually an inline element right under the block ("<p>… <b>Claude</b> …").
            inside = parent;
          } else {
            work -= flush() >> 4;
            runBlock = blockOf(text);
            inside = null;
          }
        }
        const data = text.data;
        if (data.length > 0) {
          run.push(text);
          runStarts.push(runText.length);
          runText += data;
        }
      } else {
        const element = node as Element;
        const flags = tagFlags(element.tagName);
        if (flags & SKIP || (element.hasAttributes() && hasSkippingAttribute(element))) {
          skipInside = true;
        } else {
          if (onShadowRoot && flags & MAY_HOST) {
            const shadow = element.shadowRoot;
            if (shadow) onShadowRoot(shadow);
          }
          if (flags & BLOCK) {
            work -= flush() >> 4;
            runBlock = element;
            inside = null;
          } else if (flags & LINE_BREAK && run.length > 0) runText += '\n';
        }
      }
      if (--work <= 0) {
        work = CLOCK_EVERY;
        if (now() >= deadline) return false;
      }
      if (!skipInside) node = walker.nextNode();
      else {
        // Step over the skipped element's subtree.
        while (!(node = walker.nextSibling())) if (!walker.parentNode()) break;
      }
    }
    flush();
    done = true;
    return true;
  }

  return { step, root };
}

/**
 * The commonest root a page's change gives: an element holding one text node and nothing else (a
 * feed's new paragraph). Reads it as `walkBlocks` would, without a TreeWalker and the walk's state
 * (one each per root was a tenth of a growing feed's cost). False when the root is anything else:
 * the caller walks it.
 */
export function readLoneText(root: Node, hooks: BlockWalkHooks): boolean {
  if (root.nodeType !== 1) return false;
  const first = root.firstChild;
  if (first === null || first.nodeType !== 3 || first.nextSibling !== null) return false;
  if (isSkippedElement(root as Element)) return true;
  const text = first as Text;
  if (hooks.onText) hooks.onText(text);
  const data = text.data;
  if (data.length > 0 && !isBlank(data)) hooks.onBlock({ nodes: [text], starts: [0], text: data });
  return true;
}
