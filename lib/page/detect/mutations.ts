/**
 * Turns a burst of MutationRecords into the few subtrees worth reading again: the block around
 * changed text, each added block, and the enclosing block where text runs may have joined or split.
 * However many there are, only they are read: a feed adding hundreds of items a frame costs what it
 * adds, never a rescan of the page.
 */
import { blockOf, isBlockElement } from '../scan';

export interface MutationPlan {
  /** Subtrees to rescan, none inside another. */
  roots: Node[];
  /** Each root's parent node as it was read here (so the caller need not ask the DOM again). */
  parents: (Node | null)[];
  /** Something was removed: blocks that lost a text node must go. */
  /** The nodes removed (where to look for those blocks). */
  removed: Node[];
  /** Elements whose contenteditable or UI marker changed: what was found inside must go. */
  attributeTargets: Element[];
}

/**
 * Whether text beyond `start` (walking in one direction past blank text) could join a run with what
 * sits on the other side: an inline element or non-blank text before any block.
 */
function joinsText(start: Node | null, forward: boolean): boolean {
  for (let n = start; n; n = forward ? n.nextSibling : n.previousSibling) {
    if (n.nodeType === 3) {
      if ((n as Text).data.trim() !== '') return true;
    } else if (n.nodeType === 1) return !isBlockElement(n as Element);
  }
  return false;
}

export function planMutations(records: readonly MutationRecord[]): MutationPlan {
  const dirty = new Set<Node>();
  const attributeTargets: Element[] = [];
  const removed: Node[] = [];
  const mark = (node: Node) => {
    if (!node.isConnected) return;
    dirty.add(node.nodeType === 1 && isBlockElement(node as Element) ? node : blockOf(node));
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      mark(target);
    } else if (record.type === 'attributes') {
      attributeTargets.push(target as Element);
      mark(target);
    } else {
      const addedNodes = record.addedNodes;
      const removedNodes = record.removedNodes;
      // Each length read once: a NodeList's length is a call into the DOM, and a feed's record holds
      // hundreds of nodes (this runs for every change a live page makes).
      const added = addedNodes.length;
      const count = added + removedNodes.length;
      for (let i = added; i < count; i++) removed.push(removedNodes[i - added]);
      const before = joinsText(record.previousSibling, false);
      const after = joinsText(record.nextSibling, true);
      // Under an inline element the run goes on around it ("Claude <b>…</b> Code"): a block added or
      // removed in there splits or joins that run too, whatever its own siblings are. Asked once per
      // record, and only when a block came or went (a feed's record holds hundreds).
      let inRun: boolean | undefined;
      let rejoin = false;
      for (let i = 0; i < count; i++) {
        const node = i < added ? addedNodes[i] : removedNodes[i - added];
        const type = node.nodeType;
        if (type === 1 && isBlockElement(node as Element)) {
          // A block splits the run around it when added, and lets it join when removed.
          if (node.isConnected) dirty.add(node);
          if ((before && after) || (inRun ??= target.nodeType === 1 && !isBlockElement(target as Element))) rejoin = true;
        } else if (type === 1 && !before && !after && node.isConnected) {
          // An inline element alone between blocks (a feed item in a custom element): read just it.
          dirty.add(node);
        } else if (type === 3 || type === 1) rejoin = true;
      }
      if (rejoin) mark(target);
    }
  }
  const roots: Node[] = [];
  const parents: (Node | null)[] = [];
  const covered = dirty.size > 1 ? coveredBy(dirty) : () => false;
  for (const node of dirty) {
    const parent = node.parentNode;
    if (covered(parent)) continue;
    roots.push(node);
    parents.push(parent);
  }
  return { roots, parents, removed, attributeTargets };
}

/**
 * Whether a node is in `dirty` or under a node that is, remembered for every node on the way up: a
 * feed's two hundred new paragraphs share their ancestors, which are looked at once, not once each.
 */
function coveredBy(dirty: ReadonlySet<Node>): (node: Node | null) => boolean {
  const known = new Map<Node, boolean>();
  return (node) => {
    const path: Node[] = [];
    let answer = false;
    for (let n = node; n; n = n.parentNode) {
      const seen = known.get(n);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      if (dirty.has(n)) {
        answer = true;
        break;
      }
      path.push(n);
    }
    for (const n of path) known.set(n, answer);
    return answer;
  };
}
