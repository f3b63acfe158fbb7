/**
 * What the page mentions now: one record per block of text that holds a name, the live ranges of its
 * mentions, and the surname rule ("Brockman" counts once the page names Greg Brockman). Tells the
 * painter what to add and remove, so a change costs what changed, not the whole page.
 */
import type { Requirement, TextMatch } from '../match';
import type { TextBlock } from '../scan';
import type { Mention } from './types';
import { containsComposed } from './order';

export interface TrackedMention extends Mention {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  requires: Requirement;
  block: BlockRecord;
  active: boolean;
}

export interface BlockRecord {
  nodes: Text[];
  starts: number[];
  mentions: TrackedMention[];
}

export interface MentionStoreEvents {
  activate(mention: TrackedMention): void;
  deactivate(mention: TrackedMention): void;
}

/**
 * The record of a text node and the node's place in it live on the node itself, under symbols only
 * this store knows: a property read is cheaper than a WeakMap lookup on the scan's hot path, and in
 * a content script the properties sit on the isolated world's wrapper, which the page never sees.
 */
type Marked = Text & { [RECORD]?: BlockRecord; [INDEX]?: number };
const RECORD = Symbol('lens block record');
const INDEX = Symbol('lens node index');

export class MentionStore {
  readonly records = new Set<BlockRecord>();
  readonly active = new Set<TrackedMention>();
  /** Mentions by a name that is not partial, per entity: a surname counts while this is above 0. */
  private readonly named = new Map<string, number>();
  private readonly surnames = new Map<string, Set<TrackedMention>>();
  /** Bumped on every change, so readers can cache sorted views. */
  version = 0;

  constructor(private readonly events: MentionStoreEvents) {}

  recordOf(text: Text): { record: BlockRecord; index: number } | null {
    const record = (text as Marked)[RECORD];
    if (!record || !this.records.has(record)) return null;
    return { record, index: (text as Marked)[INDEX] ?? record.nodes.indexOf(text) };
  }

  /** The scan is about to read this node again: forget what its block said. */
  forgetText(text: Text): void {
    const record = (text as Marked)[RECORD];
    if (record) this.removeRecord(record);
  }

  addBlock(block: TextBlock, matches: readonly TextMatch[]): void {
    if (matches.length === 0) return;
    const doc = block.nodes[0].ownerDocument;
    const record: BlockRecord = { nodes: block.nodes, starts: block.starts, mentions: [] };
    for (const match of matches) {
      const range = doc.createRange();
      const first = nodeAt(block.starts, match.start);
      const last = nodeAt(block.starts, match.end - 1);
      range.setStart(block.nodes[first], match.start - block.starts[first]);
      range.setEnd(block.nodes[last], match.end - block.starts[last]);
      record.mentions.push({
        entityId: match.entityId,
        type: match.type,
        text: block.text.slice(match.start, match.end),
        range,
        start: match.start,
        end: match.end,
        requires: match.requires,
        block: record,
        active: false,
      });
    }
    this.records.add(record);
    for (let i = 0; i < block.nodes.length; i++) {
      const node = block.nodes[i] as Marked;
      node[RECORD] = record;
      node[INDEX] = i;
    }
    for (const mention of record.mentions) {
      if (mention.requires === 'full-name') {
        let set = this.surnames.get(mention.entityId);
        if (!set) this.surnames.set(mention.entityId, (set = new Set()));
        set.add(mention);
        if ((this.named.get(mention.entityId) ?? 0) > 0) this.activate(mention);
      } else {
        const before = this.named.get(mention.entityId) ?? 0;
        this.named.set(mention.entityId, before + 1);
        this.activate(mention);
        if (before === 0) for (const surname of this.surnames.get(mention.entityId) ?? []) this.activate(surname);
      }
    }
    this.version++;
  }

  removeRecord(record: BlockRecord): void {
    if (!this.records.delete(record)) return;
    for (const node of record.nodes as Marked[]) if (node[RECORD] === record) node[RECORD] = undefined;
    for (const mention of record.mentions) {
      this.deactivate(mention);
      if (mention.requires === 'full-name') {
        this.surnames.get(mention.entityId)?.delete(mention);
      } else {
        const left = (this.named.get(mention.entityId) ?? 1) - 1;
        this.named.set(mention.entityId, left);
        if (left === 0) for (const surname of this.surnames.get(mention.entityId) ?? []) this.deactivate(surname);
      }
    }
    this.version++;
  }

  /** Drops blocks that lost a text node to a removal. */
  sweepDisconnected(): void {
    for (const record of [...this.records]) {
      if (record.nodes.some((node) => !node.isConnected)) this.removeRecord(record);
    }
  }

  /**
   * Drops blocks that lost a text node, looking only at what was removed (the text nodes in `nodes`
   * and under them): a removal costs what was removed, not every block on the page. Text in shadow
   * trees under a removed node is not seen here; callers with shadow roots sweep everything.
   */
  sweepRemoved(nodes: readonly Node[]): void {
    let checked: Set<BlockRecord> | null = null;
    const check = (record: BlockRecord | undefined) => {
      if (!record || !this.records.has(record)) return;
      if ((checked ??= new Set()).has(record)) return;
      checked.add(record);
      if (record.nodes.some((node) => !node.isConnected)) this.removeRecord(record);
    };
    for (const node of nodes) {
      if (node.nodeType === 3) check((node as Marked)[RECORD]);
      else if (node.nodeType === 1 && node.firstChild) {
        const walker = (node.ownerDocument ?? document).createTreeWalker(node, 0x4);
        while (walker.nextNode()) check((walker.currentNode as Marked)[RECORD]);
      }
    }
  }

  /** Drops blocks inside `node` (it became editable, or the lens's own UI). */
  dropWithin(node: Node): void {
    for (const record of [...this.records]) {
      if (containsComposed(node, record.nodes[0])) this.removeRecord(record);
    }
  }

  clear(): void {
    for (const record of [...this.records]) this.removeRecord(record);
  }

  private activate(mention: TrackedMention): void {
    if (mention.active) return;
    mention.active = true;
    this.active.add(mention);
    this.events.activate(mention);
  }

  private deactivate(mention: TrackedMention): void {
    if (!mention.active) return;
    mention.active = false;
    this.active.delete(mention);
    this.events.deactivate(mention);
  }
}

/** The index of the node holding `offset` (binary search over the nodes' start offsets). */
export function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
