/**
 * The write side of detection: reads subtrees in slices (the first scan, then what changed), and turns
 * a frame's worth of mutation records into the few subtrees to read again. Every text node that was
 * added or changed is read once per flush; a large batch is read root by root like a small one (never
 * the whole document again), so a growing feed costs in proportion to the text it adds.
 */
import type { Matcher } from '../match';
import type { Painter } from '../paint';
import { isInSkippedContext, walkBlocks, type Scheduler } from '../scan';
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

/**
 * Queues a walk of `root`. `fresh`: nothing under it was read before (the first scan after start), so
 * only blocks that hold names need to check for an older record (a rescan that ran in between); a
 * rescan of what changed checks every node it reads.
 */
export function scanRoot(s: ScanContext, root: Node, fresh = false, runningNow = false): void {
  let matcher: Matcher | null = null;
  const walk = walkBlocks(root, {
    onText: fresh ? undefined : (text) => s.store.forgetText(text),
    onBlock: (block) => {
      const matches = matcher!.findMatches(block.text);
      if (fresh && matches.length > 0) for (const node of block.nodes) s.store.forgetText(node);
      if (matches.length === 0) return;
      s.store.addBlock(block, matches);
      // Document rules do not reach into shadow trees: each one with a name gets the sheet too.
      const rootNode = block.nodes[0].getRootNode();
      if (rootNode.nodeType === 11) s.painter.adoptInto(rootNode as ShadowRoot);
    },
    onShadowRoot: (shadow) => {
      s.watch(shadow);
      scanRoot(s, shadow, fresh);
    },
  });
  s.scheduler.add((deadline) => {
    if (!s.isActive()) return true;
    matcher ??= s.matcher();
    return walk.step(deadline);
  }, runningNow);
}

/** The first scan: the title's names as evidence of what the page is about, then the whole document. */
export function scanDocument(s: ScanContext): void {
  s.scheduler.add(() => {
    if (s.isActive() && s.doc.title) s.store.addTitleEvidence(s.matcher().findMatches(s.doc.title), TITLE_WEIGHT);
    return true;
  });
  scanRoot(s, s.doc, true);
}

/**
 * One frame's records: blocks that lost text go, regions that became editable are dropped, and each
 * changed subtree is read again. A few are read in this same task (one slice now costs less than
 * another task later); the rest follow in slices.
 */
export function applyMutations(s: ScanContext, records: readonly MutationRecord[]): void {
  const plan = planMutations(records);
  if (plan.removals) {
    if (plan.removed && s.shadowRoots.size === 0) s.store.sweepRemoved(plan.removed);
    else {
      s.store.sweepDisconnected();
      // Shadow roots of removed hosts go too (a single-page app of web components would
      // otherwise keep every detached tree alive); one that comes back is watched again on rescan.
      for (const root of s.shadowRoots) if (!root.host.isConnected) s.shadowRoots.delete(root);
    }
  }
  for (const target of plan.attributeTargets) if (isInSkippedContext(target)) s.store.dropWithin(target);
  for (const root of plan.roots) if (!isInSkippedContext(root)) scanRoot(s, root, false, true);
  if (plan.roots.length > 0) s.scheduler.runNow();
}
