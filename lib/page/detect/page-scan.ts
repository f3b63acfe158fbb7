/**
 * The write side of detection: reads subtrees in slices (the first scan, then what changed), and turns
 * a frame's worth of mutation records into the few subtrees to read again. Every text node that was
 * added or changed is read once per flush; a large batch is read root by root like a small one (never
 * the whole document again), so a growing feed costs in proportion to the text it adds.
 */
import type { Matcher } from '../../core/match';
import type { Painter } from '../paint';
import { composedParent, isInSkippedContext, readTextOnly, walkBlocks, type BlockWalk, type BlockWalkHooks, type Scheduler } from '../scan';
import type { MentionStore } from './mention-store';
import { planMutations } from './mutations';
import { TITLE_WEIGHT } from './relevance';

export interface ScanContext {
  doc: Document;
  store: MentionStore;
  painter: Painter;
  scheduler: Scheduler;
  shadowRoots: Set<ShadowRoot>;
  matcher(): Matcher;
  isActive(): boolean;
  /** Starts observing a shadow root met on the way. */
  watch(root: ShadowRoot): void;
}

/** Roots read one after another before a look at the clock (a feed's roots are a paragraph each). */
const ROOTS_PER_CLOCK = 16;

/** The hooks of every walk in one batch (made once per batch, not per root). */
function blockHooks(s: ScanContext, fresh: boolean, matcher: () => Matcher): BlockWalkHooks {
  return {
    onText: fresh ? undefined : (text) => s.store.forgetText(text),
    readBefore: (element) => s.store.mayHoldRecordedText(element),
    onBlock: (block) => {
      const matches = matcher().findMatches(block.text);
      if (matches.length === 0) return false;
      // A block read whole (the first scan, or new text under no recorded node) had its nodes seen by
      // no `onText`: a record a rescan made of them in between goes before the new one is made.
      for (const node of block.nodes) s.store.forgetText(node);
      s.store.addBlock(block, matches);
      // Document rules do not reach into shadow trees: each one with a name gets the sheet too.
      const rootNode = block.nodes[0].getRootNode();
      if (rootNode.nodeType === 11) s.painter.adoptInto(rootNode as ShadowRoot);
    },
    onShadowRoot: (shadow) => {
      s.watch(shadow);
      scanRoots(s, [shadow], fresh);
    },
  };
}

/**
 * Queues one task that walks `roots` in turn. `fresh`: nothing under them was read before (the first
 * scan after start), so only blocks that hold names need to check for an older record (a rescan that
 * ran in between); a rescan of what changed checks every node it reads. One task per batch, not per
 * root: a flush of a feed's thousand new paragraphs is one walk list, with one look at the clock per
 * few roots, not a task, a closure and a clock read per paragraph.
 */
export function scanRoots(s: ScanContext, roots: readonly Node[], fresh = false, runningNow = false): void {
  if (roots.length === 0) return;
  let matcher: Matcher | null = null;
  const getMatcher = () => (matcher ??= s.matcher());
  let index = 0;
  let walk: BlockWalk | null = null;
  const hooks = blockHooks(s, fresh, getMatcher);
  s.scheduler.add((deadline) => {
    if (!s.isActive()) return true;
    // The matcher is built by the first block that has text (getMatcher, in the hooks): a frame with
    // no text (an empty about:blank frame, a pixel) never pays for it.
    let sinceClock = 0;
    while (index < roots.length) {
      try {
        // A feed's new paragraph is an element holding only text: read without a walk.
        if (walk !== null || !readTextOnly(roots[index], hooks)) {
          walk ??= walkBlocks(roots[index], hooks);
          if (!walk.step(deadline)) return false;
        }
      } catch (error) {
        // One subtree that fails (a node the page tore out mid-walk) must not cost the others.
        console.debug('[AI Industry Lens] a subtree scan failed:', error);
      }
      walk = null;
      index++;
      if (++sinceClock >= ROOTS_PER_CLOCK) {
        sinceClock = 0;
        if (performance.now() >= deadline) return index >= roots.length;
      }
    }
    return true;
  }, runningNow);
}

/**
 * Whether each root sits in something the scan skips, asking once per parent: a feed's new paragraphs
 * share a parent, and the climb to the document from each of them was most of a flush's planning. A
 * root that is itself skipped (a new <script>, an editor) is left to the reading, which checks it first
 * (readTextOnly, walkBlocks), so each new paragraph is looked at once, not twice.
 */
function notSkipped(roots: readonly Node[], parents: readonly (Node | null)[]): Node[] {
  const byParent = new Map<Node, boolean>();
  const out: Node[] = [];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    // The parent planMutations read; a shadow root's is its host.
    const parent = parents[i] ?? composedParent(root);
    let skipped: boolean;
    if (!parent) skipped = isInSkippedContext(root);
    else {
      let parentSkipped = byParent.get(parent);
      if (parentSkipped === undefined) byParent.set(parent, (parentSkipped = isInSkippedContext(parent)));
      skipped = parentSkipped;
    }
    if (!skipped) out.push(root);
  }
  return out;
}

/** The first scan: the title's names as evidence of what the page is about, then the whole document. */
export function scanDocument(s: ScanContext): void {
  s.scheduler.add(() => {
    if (s.isActive() && s.doc.title) s.store.addTitleEvidence(s.matcher().findMatches(s.doc.title), TITLE_WEIGHT);
    return true;
  });
  scanRoots(s, [s.doc], true);
}

/**
 * One frame's records: blocks that lost text go, regions that became editable are dropped, and each
 * changed subtree is read again. A few are read in this same task (one slice now costs less than
 * another task later); the rest follow in slices.
 */
export function applyMutations(s: ScanContext, records: readonly MutationRecord[]): void {
  const plan = planMutations(records);
  if (plan.removed.length > 0) {
    s.store.sweepRemoved(plan.removed);
    if (s.shadowRoots.size > 0) {
      s.store.sweepDisconnected();
      // Shadow roots of removed hosts go too (a single-page app of web components would
      // otherwise keep every detached tree alive); one that comes back is watched again on rescan.
      for (const root of s.shadowRoots) if (!root.host.isConnected) s.shadowRoots.delete(root);
    }
  }
  for (const target of plan.attributeTargets) if (isInSkippedContext(target)) s.store.dropWithin(target);
  const roots = notSkipped(plan.roots, plan.parents);
  scanRoots(s, roots, false, true);
  if (roots.length > 0) s.scheduler.runNow();
}
