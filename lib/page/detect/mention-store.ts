/**
 * What the page mentions now: one record per block of text that holds a name, its mentions (those that
 * count and those that may count later), and the page-level state they are decided with: the relevance
 * of the page, and per entity the votes of its mentions (lib/page/detect/gates). Tells the painter what to
 * add and remove, so a change costs what changed: a new block decides its own mentions, and only a
 * change of the page's or an entity's state decides the mentions waiting on it again.
 */
import type { LocalSense, Recased, Requirement, TextMatch } from '../../core/match';
import type { TextBlock } from '../scan';
import type { EntityType } from '../../core/dataset/types';
import type { Mention } from './types';
import { containsComposed } from './order';
import { decide, isAmbiguous, isEvidence, isGated, isSupport, votesKey, type EntityVotes, type MentionReason } from './gates';
import { PageRelevance } from './relevance';
import { mutedForm } from '../../platform/settings';
import { elementHolding } from '../paint';

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
 * A mention of a block. Its live Range is made when something first needs it (the painter as the name
 * comes near the screen, a card, a query), not when it counts: on a long page most names never do.
 */
export class TrackedMention implements Mention {
  readonly entityId: string;
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly requires: Requirement;
  readonly local: LocalSense;
  readonly recased: Recased;
  readonly peripheral: boolean;
  active = false;
  /** Whether the painter holds its range (the detector hands over net changes). */
  painted = false;
  reason: MentionReason | undefined = undefined;
  private liveRange: Range | null = null;

  constructor(
    readonly block: BlockRecord,
    match: TextMatch,
    text: string,
  ) {
    this.entityId = match.entityId;
    this.type = match.type;
    this.text = text;
    this.start = match.start;
    this.end = match.end;
    this.requires = match.requires;
    this.local = match.local;
    this.recased = match.recased;
    this.peripheral = match.peripheral;
  }

  /**
   * The mention's live Range, made on first use. A node the page shortened since the block was read
   * (the rescan that follows replaces this mention) gives a range cut to what is left, never an error.
   */
  get range(): Range {
    if (this.liveRange) return this.liveRange;
    const { start, end } = this.boundaries();
    const range = start[0].ownerDocument.createRange();
    range.setStart(start[0], Math.min(start[1], start[0].length));
    range.setEnd(end[0], Math.min(end[1], end[0].length));
    return (this.liveRange = range);
  }

  /** The text node the mention starts in. */
  firstNode(): Text {
    return this.block.nodes[nodeAt(this.block.starts, this.start)];
  }

  /** Where the mention starts and ends, as DOM points (no Range made). */
  boundaries(): { start: [Text, number]; end: [Text, number] } {
    const { nodes, starts } = this.block;
    const first = nodeAt(starts, this.start);
    const last = nodeAt(starts, this.end - 1);
    return { start: [nodes[first], this.start - starts[first]], end: [nodes[last], this.end - starts[last]] };
  }

  /** Whether the block's text nodes still hold the mention's offsets (the page may have changed them). */
  fits(): boolean {
    if (this.liveRange) return true;
    const { start, end } = this.boundaries();
    return start[1] <= start[0].length && end[1] <= end[0].length;
  }

  /** The element holding the mention's first node, as the paint window follows it, with no range made. */
  paintTarget(): Element | null {
    return elementHolding(this.firstNode());
  }
}

/**
 * The record of a text node and the node's place in it live on the node itself, under symbols only
 * this store knows: a property read is cheaper than a WeakMap lookup on the scan's hot path, and in
 * a content script the properties sit on the isolated world's wrapper, which the page never sees.
 */
type Marked = Text & { [RECORD]?: BlockRecord; [INDEX]?: number };
const RECORD = Symbol('lens block record');
const INDEX = Symbol('lens node index');
/**
 * On the parent of every text node a record was made of (never taken off: a stale mark only sends a
 * rescan the long way). With `sweepRemoved` dropping the record of every text node the page removes,
 * moved or not, a recorded node's parent is always marked: an element without the mark holds no
 * recorded text directly, and a rescan may read it without looking at its text nodes.
 */
type MarkedParent = Node & { [HOLDS]?: true };
const HOLDS = Symbol('lens holds recorded text');

export class MentionStore {
  readonly records = new Set<BlockRecord>();
  readonly active = new Set<TrackedMention>();
  readonly relevance = new PageRelevance();
  private readonly votes = new Map<string, EntityVotes>();
  /** Per entity, the mentions whose outcome depends on the page or on the entity's votes. */
  private readonly gated = new Map<string, Set<TrackedMention>>();
  private topical = false;
  private everyPage = false;
  /** Names the person said are "not this" on this site (lower case, spaces folded). */
  private muted: ReadonlySet<string> = new Set();
  /** Bumped on every change, so readers can cache sorted views. */
  version = 0;

  constructor(private readonly events: MentionStoreEvents) {}

  recordOf(text: Text): { record: BlockRecord; index: number } | null {
    const record = (text as Marked)[RECORD];
    if (!record || !this.records.has(record)) return null;
    return { record, index: (text as Marked)[INDEX] ?? record.nodes.indexOf(text) };
  }

  /**
   * Whether a text node directly under `element` may be in a record (false: none is). See HOLDS.
   */
  mayHoldRecordedText(element: Element): boolean {
    return (element as MarkedParent)[HOLDS] === true;
  }

  /** The scan is about to read this node again: forget what its block said. */
  forgetText(text: Text): void {
    const record = (text as Marked)[RECORD];
    if (record) this.removeRecord(record);
  }

  addBlock(block: TextBlock, matches: readonly TextMatch[]): void {
    if (matches.length === 0) return;
    const record: BlockRecord = { nodes: block.nodes, starts: block.starts, mentions: [] };
    for (const match of matches) {
      record.mentions.push(new TrackedMention(record, match, block.text.slice(match.start, match.end)));
    }
    this.records.add(record);
    for (let i = 0; i < block.nodes.length; i++) {
      const node = block.nodes[i] as Marked;
      node[RECORD] = record;
      node[INDEX] = i;
      const parent = node.parentNode as MarkedParent | null;
      if (parent) parent[HOLDS] = true;
    }
    this.count(record.mentions, 1);
    this.version++;
  }

  removeRecord(record: BlockRecord): void {
    if (!this.records.delete(record)) return;
    for (const node of record.nodes as Marked[]) if (node[RECORD] === record) node[RECORD] = undefined;
    for (const mention of record.mentions) this.deactivate(mention);
    this.count(record.mentions, -1);
    this.version++;
  }

  /** Names in the page's title: evidence of what the page is about, never mentions. */
  addTitleEvidence(matches: readonly TextMatch[], weight: number): void {
    for (const m of matches) if (isEvidence(m)) this.relevance.add(m.entityId, weight);
    this.refresh(new Set());
  }

  /** The "every page" setting: peripheral entities shown on pages that are not about AI. */
  setEveryPage(everyPage: boolean): void {
    if (everyPage === this.everyPage) return;
    this.everyPage = everyPage;
    this.decideAll();
    this.version++;
  }

  /** The card's "Not this": these names (in lower case) no longer count on this page. */
  setMuted(words: readonly string[]): void {
    const next = new Set(words);
    if (next.size === this.muted.size && words.every((w) => this.muted.has(w))) return;
    this.muted = next;
    for (const record of this.records) for (const m of record.mentions) this.decideOne(m);
    this.version++;
  }

  get pageIsTopical(): boolean {
    return this.topical;
  }

  /**
   * Adds (+1) or takes away (-1) mentions: their votes and evidence, then the decisions. A mention
   * added is decided on its own; entities whose votes changed what `decide` reads, or the whole page
   * when its relevance flipped, are decided again.
   */
  private count(mentions: readonly TrackedMention[], sign: 1 | -1): void {
    const changed = new Set<string>();
    for (const m of mentions) {
      let v = this.votes.get(m.entityId);
      if (!v) this.votes.set(m.entityId, (v = { named: 0, pos: 0, neg: 0 }));
      const before = votesKey(v);
      if (m.requires === 'none') v.named += sign;
      if (isAmbiguous(m) && m.local === 1) v.pos += sign;
      if (isAmbiguous(m) && m.local === -1) v.neg += sign;
      if (votesKey(v) !== before) changed.add(m.entityId);
      if (isEvidence(m)) this.relevance.add(m.entityId, sign);
      if (isSupport(m)) this.relevance.support(m.entityId, sign);
      if (isGated(m)) {
        let set = this.gated.get(m.entityId);
        if (!set) this.gated.set(m.entityId, (set = new Set()));
        if (sign > 0) set.add(m);
        else set.delete(m);
      }
    }
    if (sign > 0) for (const m of mentions) this.decideOne(m);
    this.refresh(changed);
  }

  private refresh(changed: Set<string>): void {
    if (this.relevance.topical !== this.topical) {
      this.topical = this.relevance.topical;
      this.decideAll();
      return;
    }
    for (const entityId of changed) for (const m of this.gated.get(entityId) ?? []) this.decideOne(m);
  }

  private decideAll(): void {
    for (const set of this.gated.values()) for (const m of set) this.decideOne(m);
  }

  private decideOne(m: TrackedMention): void {
    if (!this.records.has(m.block)) return;
    if (this.muted.size > 0 && this.muted.has(mutedForm(m.text))) {
      this.deactivate(m);
      return;
    }
    const reason = decide(m, this.votes.get(m.entityId), { topical: this.topical, everyPage: this.everyPage });
    if (reason === null) this.deactivate(m);
    else this.activate(m, reason);
  }

  /** Drops blocks that lost a text node to a removal. */
  sweepDisconnected(): void {
    for (const record of [...this.records]) {
      if (record.nodes.some((node) => !node.isConnected)) this.removeRecord(record);
    }
  }

  /**
   * Drops blocks that lost a text node, looking only at what was removed (the text nodes in `nodes`
   * and under them): a removal costs what was removed, not every block on the page. A node the page
   * put back elsewhere (a move: removed, then added) loses its record too: the place it was added to
   * is read again, and a record's nodes stay under the parents they were marked on (HOLDS). Text in
   * shadow trees under a removed node is not seen here; callers with shadow roots also sweep
   * everything disconnected.
   */
  sweepRemoved(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (node.nodeType === 3) this.forgetText(node as Text);
      else if (node.nodeType === 1 && node.firstChild) {
        const walker = (node.ownerDocument ?? document).createTreeWalker(node, 0x4);
        while (walker.nextNode()) this.forgetText(walker.currentNode as Text);
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
    this.relevance.clear();
    this.votes.clear();
    this.gated.clear();
    this.topical = false;
  }

  private activate(mention: TrackedMention, reason: MentionReason): void {
    mention.reason = reason;
    if (mention.active) return;
    if (!mention.fits()) return; // The text changed under it; the rescan that follows decides again.
    mention.active = true;
    this.active.add(mention);
    this.events.activate(mention);
    this.version++;
  }

  private deactivate(mention: TrackedMention): void {
    if (!mention.active) return;
    mention.active = false;
    this.active.delete(mention);
    this.events.deactivate(mention);
    this.version++;
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
