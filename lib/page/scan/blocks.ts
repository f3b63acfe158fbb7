/**
 * Walks a subtree in document order and hands over its text one block at a time: the text nodes a
 * reader sees as one run ("<b>Claude</b> Code" is one run; a paragraph break ends it, a <br> puts a
 * line break in it: "Sam<br>Altman" is one name in a speaker card). The walk is resumable, so a caller
 * can stop at a deadline and go on in the next slice.
 */
import { BLOCK, LINE_BREAK, MAY_HOST, NOT_READ_WHOLE, SKIP, blockOf, hasSkippingAttribute, isSkippedElement, tagFlags } from './elements';

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
  /**
   * A run of text to match. Return false when the block is not kept (nothing in it was found): the
   * walk then reuses its arrays for the next run instead of making new ones for every paragraph.
   */
  onBlock(block: TextBlock): boolean | void;
  /** Every text node visited, before its block is handed over (to drop what was known of it). */
  onText?(node: Text): void;
  /**
   * With `onText`: whether text directly under `element` may have been read before (false: it holds
   * none that was, so its text nodes need not be seen one by one, and `readTextOnly` reads it whole;
   * a block handed over that way must drop what was known of its nodes itself if it keeps them).
   * Without it, every text node of a rescan is seen.
   */
  readBefore?(element: Element): boolean;
  /** An open shadow root met on the way; the caller walks it as a root of its own. */
  onShadowRoot?(root: ShadowRoot): void;
  now?: () => number;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const SHOW_TEXT = 0x4;
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
  return new BlockWalker(root, hooks);
}

/** The walk's state between slices: where the TreeWalker stands and the run being gathered. */
class BlockWalker implements BlockWalk {
  readonly root: Node;
  private readonly doc: Document;
  private readonly hooks: BlockWalkHooks;
  private readonly now: () => number;
  private walker: TreeWalker;
  private started = false;
  private done = false;
  private run: Text[] = [];
  /** Where each node's text starts in the run's text, and the text so far (each node read once). */
  private runStarts: number[] = [];
  private runText = '';
  private runBlock: Node;
  /** An element known to sit inside runBlock: text directly under it joins the run with no search. */
  private inside: Node | null = null;
  /** Set by readElement: the element just read is skipped with all it holds. */
  private skipInside = false;
  /**
   * Blocks of plain text are read whole (textContent: one call, its text nodes listed only if it
   * holds a name). Not when every text node must be seen (`onText`, a rescan).
   */
  private readonly readsWhole: boolean;

  constructor(root: Node, hooks: BlockWalkHooks) {
    this.root = root;
    this.hooks = hooks;
    this.readsWhole = !hooks.onText;
    this.doc = root.ownerDocument ?? (root as Document);
    this.now = hooks.now ?? (() => performance.now());
    this.walker = this.doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    this.runBlock = root;
  }

  step(deadline: number): boolean {
    if (this.done) return true;
    let node = this.resume();
    let work = CLOCK_EVERY;
    while (node) {
      this.skipInside = false;
      work -= node.nodeType === 3 ? this.readText(node as Text) : this.readElement(node as Element);
      if (--work <= 0) {
        work = CLOCK_EVERY;
        if (this.now() >= deadline) return false;
      }
      node = this.advance(this.skipInside);
    }
    this.flush();
    this.done = true;
    return true;
  }

  /** The node to go on from: the first one, or the one after where the last slice stopped. */
  private resume(): Node | null {
    if (this.started && !this.root.contains(this.walker.currentNode)) {
      // The page removed the node the walk stood on: start this subtree again rather than lose it.
      this.walker = this.doc.createTreeWalker(this.root, SHOW_ELEMENT_AND_TEXT);
      this.started = false;
      this.run = [];
      this.runStarts = [];
      this.runText = '';
      this.runBlock = this.root;
      this.inside = null;
    }
    if (!this.started) {
      this.started = true;
      if (this.root.nodeType === 1 && isSkippedElement(this.root as Element)) return null;
      return this.walker.nextNode();
    }
    // Past what the last node read covered: all of it when it was skipped or read whole, or when the
    // page has made it skipped since (an element turned editable between two slices).
    const current = this.walker.currentNode;
    return this.advance(this.skipInside || (current.nodeType === 1 && isSkippedElement(current as Element)));
  }

  /** The next node in document order, over the current element's subtree when it is skipped. */
  private advance(skipInside: boolean): Node | null {
    const walker = this.walker;
    if (!skipInside) return walker.nextNode();
    let node: Node | null;
    while (!(node = walker.nextSibling())) if (!walker.parentNode()) break;
    return node;
  }

  /** Adds a text node to the run, after handing over the run it does not belong to; the work it cost. */
  private readText(text: Text): number {
    this.hooks.onText?.(text);
    let work = 0;
    const parent = text.parentNode;
    if (parent !== this.runBlock && parent !== this.inside) {
      if (parent !== null && parent.nodeType === 1 && tagFlags((parent as Element).tagName) & BLOCK) {
        // Back in a block after one inside it ended ("</p>\n" in a <div>): a new run.
        work = this.flush() >> 4;
        this.runBlock = parent;
        this.inside = null;
      } else if (parent !== null && (parent.parentNode === this.runBlock || this.runBlock.contains(parent))) {
        // Usually an inline element right under the block ("<p>… <b>Claude</b> …").
        this.inside = parent;
      } else {
        work = this.flush() >> 4;
        this.runBlock = blockOf(text);
        this.inside = null;
      }
    }
    const data = text.data;
    if (data.length > 0) {
      this.run.push(text);
      this.runStarts.push(this.runText.length);
      this.runText += data;
    }
    return work;
  }

  /**
   * Reads an element: a block ends the run, a <br> breaks its line, an open shadow root is handed over,
   * and a skipped element sets `skipInside`. The work it cost.
   */
  private readElement(element: Element): number {
    const flags = tagFlags(element.tagName);
    if (flags & SKIP || (element.hasAttributes() && hasSkippingAttribute(element))) {
      this.skipInside = true;
      return 0;
    }
    if (this.hooks.onShadowRoot && flags & MAY_HOST) {
      const shadow = element.shadowRoot;
      if (shadow) this.hooks.onShadowRoot(shadow);
    }
    let work = 0;
    if (flags & BLOCK) {
      work = this.flush() >> 4;
      this.runBlock = element;
      this.inside = null;
      if (this.readsWhole && element.querySelector(NOT_READ_WHOLE) === null) {
        this.skipInside = true;
        return work + this.readWhole(element);
      }
    } else if (flags & LINE_BREAK) {
      // Inside the run's block only: a <br> after a block has ended ("<li>…</li><br>") breaks no line of it.
      if (this.run.length > 0 && this.runBlock.contains(element)) this.runText += '\n';
    } else {
      // An inline element under the block or under one known to be in it ("<p>… <b>Claude</b>"): the
      // text it holds joins the run on sight, with no look at its parent's tag.
      const parent = element.parentNode;
      if (parent === this.runBlock || (parent !== null && parent === this.inside)) this.inside = element;
    }
    return work;
  }

  /**
   * A block that holds only text and plain inline elements is one run: its text, read in one call,
   * with no visit to each node (in a content script every node handed back is a look-up in the
   * world's map of wrappers, and most blocks hold no name). The work it cost.
   */
  private readWhole(element: Element): number {
    const text = element.textContent ?? '';
    if (isBlank(text)) return 0;
    this.hooks.onBlock(new WholeBlock(element, text));
    return text.length >> 4;
  }

  /** Hands over the run so far; the length of its text, 0 when there was nothing to match. */
  private flush(): number {
    const run = this.run;
    if (run.length === 0) return 0;
    const text = this.runText;
    this.runText = '';
    if (run.length === 1 && isBlank(text)) {
      // Spacing between blocks: nothing to hand over, and the arrays serve the next run.
      run.length = 0;
      this.runStarts.length = 0;
      return 0;
    }
    const block: TextBlock = { nodes: run, starts: this.runStarts, text };
    if (this.hooks.onBlock(block) === false) {
      // Not kept: the same arrays serve the next run.
      run.length = 0;
      this.runStarts.length = 0;
    } else {
      this.run = [];
      this.runStarts = [];
    }
    return text.length;
  }
}

/**
 * A block read whole: its text nodes and where each starts are listed the first time they are asked
 * for (the hook does so at once, in the same task, and only for a block that holds a name), so the
 * text and the list are of the same DOM.
 */
class WholeBlock implements TextBlock {
  private list: Text[] | null = null;
  private offsets: number[] = [];

  constructor(
    private readonly element: Element,
    readonly text: string,
  ) {}

  get nodes(): Text[] {
    return this.list ?? this.read();
  }

  get starts(): number[] {
    if (!this.list) this.read();
    return this.offsets;
  }

  private read(): Text[] {
    const list: Text[] = [];
    // The commonest block with a name, a paragraph of one text node, needs no walker.
    const only = loneText(this.element);
    if (only !== null) {
      if (only.data.length > 0) {
        list.push(only);
        this.offsets.push(0);
      }
      return (this.list = list);
    }
    const walker = this.element.ownerDocument.createTreeWalker(this.element, SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).data.length;
      if (length === 0) continue;
      list.push(node as Text);
      this.offsets.push(at);
      at += length;
    }
    return (this.list = list);
  }
}

/**
 * The commonest root a page's change gives: an element holding only text (a feed's new paragraph).
 * Reads it as `walkBlocks` would, without a TreeWalker and the walk's state (one each per root was a
 * tenth of a growing feed's cost), and, unless `hooks.readBefore` says some text under it was read
 * before, without visiting its text nodes: its text in one call, the nodes listed only if it holds a
 * name (in a content script every node handed back is a look-up in the world's map of wrappers, and
 * most new paragraphs hold no name). False when the root is anything else: the caller walks it.
 */
export function readTextOnly(root: Node, hooks: BlockWalkHooks): boolean {
  if (root.nodeType !== 1) return false;
  const element = root as Element;
  if (hooks.onText && (hooks.readBefore?.(element) ?? true)) return readLoneText(element, hooks);
  if (element.childElementCount !== 0) return false;
  if (isSkippedElement(element)) return true;
  const text = element.textContent ?? '';
  if (!isBlank(text)) hooks.onBlock(new WholeBlock(element, text));
  return true;
}

/**
 * An element holding one text node and nothing else, with each node seen (`onText`): what a rescan
 * does where something under the element may have been read before.
 */
function readLoneText(element: Element, hooks: BlockWalkHooks): boolean {
  const text = loneText(element);
  if (text === null) return false;
  if (isSkippedElement(element)) return true;
  if (hooks.onText) hooks.onText(text);
  const data = text.data;
  if (data.length > 0 && !isBlank(data)) hooks.onBlock({ nodes: [text], starts: [0], text: data });
  return true;
}

/** The element's only child when that is a text node, else null. */
function loneText(element: Element): Text | null {
  const first = element.firstChild;
  return first !== null && first.nodeType === 3 && first.nextSibling === null ? (first as Text) : null;
}
