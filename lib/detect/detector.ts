/**
 * Detection on one document: scans its text in idle-time slices, keeps the mention set up to date
 * as the page changes, paints it, and answers the questions of the card, the popup and the badge.
 * Nothing here throws into the page: slices and observers catch and report to console.debug.
 */
import { createMatcher, type Matcher, type MatcherSource } from '../match';
import { createPainter, type PaintOptions, type Painter } from '../paint';
import { createScheduler, isInSkippedContext, walkBlocks, type SliceStats } from '../scan';
import type { MentionSummary, PageMentions } from '../messaging';
import { caretAt, rangeContainsPoint } from './hit-test';
import { MentionStore, type TrackedMention } from './mention-store';
import { planMutations } from './mutations';
import { compareNodes } from './order';
import type { Detector, Mention } from './types';

export interface DetectorOptions {
  /** The dataset (or any entity list with aliases and context terms). */
  dataset: MatcherSource;
  /** A matcher built earlier; otherwise one is built from `dataset`. */
  matcher?: Matcher;
  document?: Document;
  /** Slice budget in ms. */
  sliceMs?: number;
  /** Called when a slice or an observer callback fails (default: console.debug). */
  onError?: (error: unknown) => void;
}

export interface DetectorStats extends SliceStats {
  blocks: number;
  mentions: number;
  /** Time spent in the MutationObserver callback and in planning rescans (outside the slices). */
  observerMs: number;
}

export interface LensDetector extends Detector {
  /** Scanning and watching on (true) or off with everything cleared (false): pause, per-site switch. */
  setActive(active: boolean): void;
  readonly active: boolean;
  setPaintOptions(options: Partial<PaintOptions>): void;
  readonly paintOptions: PaintOptions;
  /** Resolves when every scan queued so far (including pending page changes) is done. */
  settled(): Promise<void>;
  stats(): DetectorStats;
  dispose(): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['contenteditable', 'data-ai-industry-lens'],
};

export function createDetector(options: DetectorOptions): LensDetector {
  const doc = options.document ?? document;
  const view = doc.defaultView ?? globalThis;
  const report = options.onError ?? ((error: unknown) => console.debug('[AI Industry Lens]', error));
  // Built in the first slice that needs it, not while the content script starts: the page's own
  // start-up comes first, and a paused or disabled site never builds it at all.
  let builtMatcher: Matcher | null = options.matcher ?? null;
  const matcherNow = (): Matcher => (builtMatcher ??= createMatcher(options.dataset));
  const painter: Painter = createPainter(doc);
  const scheduler = createScheduler({ sliceMs: options.sliceMs });
  const listeners = new Set<() => void>();
  const shadowRoots = new Set<ShadowRoot>();
  const revealed = new Map<string, number>();
  let active = false;
  let observerMs = 0;
  let notifiedVersion = -1;
  let pending: MutationRecord[] = [];
  let flushHandle: { raf: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let sortedCache: { version: number; types: string; list: TrackedMention[] } | null = null;

  const typeShown = (m: Mention) => painter.options.enabledTypes[m.type] !== false;

  const store = new MentionStore({
    activate: (m) => painter.add(m),
    deactivate: (m) => painter.remove(m),
  });

  // Paint in a few batches while a long scan runs (each change repaints), and at once at the end.
  const PAINT_EVERY_MS = 400;
  let lastPaint = 0;
  const paint = (force: boolean) => {
    if (painter.pendingChanges === 0) return;
    const now = performance.now();
    if (!force && now - lastPaint < PAINT_EVERY_MS) return;
    lastPaint = now;
    painter.commit();
  };

  const notify = () => {
    if (store.version === notifiedVersion) return;
    notifiedVersion = store.version;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        report(error);
      }
    }
  };
  scheduler.onSliceEnd = () => {
    paint(scheduler.pending === 0);
    notify();
  };

  /**
   * `fresh`: nothing under `root` was read before (the first scan after start), so only blocks that
   * hold names need to check for an older record (a rescan that ran in between); a rescan of what
   * changed checks every node it reads.
   */
  const scanRoot = (root: Node, fresh = false, runningNow = false) => {
    let matcher: Matcher | null = null;
    const walk = walkBlocks(root, {
      onText: fresh ? undefined : (text) => store.forgetText(text),
      onBlock: (block) => {
        const matches = matcher!.findMatches(block.text);
        if (fresh && matches.length > 0) for (const node of block.nodes) store.forgetText(node);
        if (matches.length === 0) return;
        store.addBlock(block, matches);
        // Document rules do not reach into shadow trees: each one with a name gets the sheet too.
        const rootNode = block.nodes[0].getRootNode();
        if (rootNode.nodeType === 11) painter.adoptInto(rootNode as ShadowRoot);
      },
      onShadowRoot: (shadow) => {
        watch(shadow);
        scanRoot(shadow, fresh);
      },
    });
    scheduler.add((deadline) => {
      if (!active) return true;
      matcher ??= matcherNow();
      return walk.step(deadline);
    }, runningNow);
  };

  const observer = new (view as typeof globalThis).MutationObserver((records) => {
    const began = performance.now();
    try {
      if (!active) return;
      for (const record of records) pending.push(record);
      scheduleFlush();
    } catch (error) {
      report(error);
    } finally {
      observerMs += performance.now() - began;
    }
  });

  const watch = (root: Document | ShadowRoot) => {
    if (root.nodeType === 11) {
      if (shadowRoots.has(root as ShadowRoot)) return;
      shadowRoots.add(root as ShadowRoot);
    }
    observer.observe(root, OBSERVE);
  };

  // Once per frame: a burst of changes becomes one plan (a timer covers frames that never come,
  // as in a hidden tab or a throttled iframe). A page that keeps changing (a clock, a live feed) is
  // read less and less often, down to every MAX_GAP_MS, since each flush has a fixed cost whatever
  // it finds; a change after a quiet second is read in the next frame again.
  const flushNow = () => {
    if (!flushHandle) return;
    cancelAnimationFrame(flushHandle.raf);
    clearTimeout(flushHandle.timer);
    flushHandle = null;
    flushMutations();
  };
  const MIN_GAP_MS = 100;
  const MAX_GAP_MS = 400;
  const QUIET_MS = 1000;
  let lastFlush = -Infinity;
  let gap = 0;
  const scheduleFlush = () => {
    if (flushHandle) return;
    const wait = lastFlush + gap - performance.now();
    flushHandle =
      wait > 0
        ? { raf: 0, timer: setTimeout(flushNow, wait) }
        : { raf: requestAnimationFrame(flushNow), timer: setTimeout(flushNow, 250) };
  };

  const flushMutations = () => {
    let began = performance.now();
    gap = began - lastFlush < QUIET_MS ? Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, gap * 2)) : 0;
    lastFlush = began;
    try {
      const records = pending;
      pending = [];
      if (!active || records.length === 0) return;
      const plan = planMutations(records);
      if (plan.removals) {
        if (plan.removed && shadowRoots.size === 0) store.sweepRemoved(plan.removed);
        else {
          store.sweepDisconnected();
          // Shadow roots of removed hosts go too (a single-page app of web components would
          // otherwise keep every detached tree alive); one that comes back is watched again on rescan.
          for (const root of shadowRoots) if (!root.host.isConnected) shadowRoots.delete(root);
        }
      }
      for (const target of plan.attributeTargets) if (isInSkippedContext(target)) store.dropWithin(target);
      if (plan.storm) {
        scheduler.clear();
        scanRoot(doc);
      } else {
        for (const root of plan.roots) if (!isInSkippedContext(root)) scanRoot(root, false, true);
        // A few changed subtrees (a feed item, a ticking clock) are read in this same task: one
        // slice now costs less than another task later. (The slice counts in the slice stats.)
        if (plan.roots.length > 0) {
          observerMs += performance.now() - began;
          began = performance.now();
          scheduler.runNow();
          began = performance.now();
        }
      }
      if (scheduler.pending === 0) {
        paint(true);
        notify();
      }
    } catch (error) {
      report(error);
    } finally {
      observerMs += performance.now() - began;
    }
  };

  const start = () => {
    watch(doc);
    scanRoot(doc, true);
  };

  const stop = () => {
    observer.disconnect();
    pending = [];
    if (flushHandle) {
      cancelAnimationFrame(flushHandle.raf);
      clearTimeout(flushHandle.timer);
      flushHandle = null;
    }
    scheduler.clear();
    store.clear();
    painter.clear();
    shadowRoots.clear();
    notify();
  };

  /** Active mentions of shown types, in document order (sorted lazily, cached until a change). */
  const ordered = (): TrackedMention[] => {
    const types = JSON.stringify(painter.options.enabledTypes);
    if (sortedCache && sortedCache.version === store.version && sortedCache.types === types) return sortedCache.list;
    const list = [...store.active].filter(typeShown);
    list.sort((a, b) => (a.block === b.block ? a.start - b.start : compareNodes(a.block.nodes[0], b.block.nodes[0])));
    sortedCache = { version: store.version, types, list };
    return list;
  };

  const detector: LensDetector = {
    mentions: () => ordered(),

    mentionAt(x, y) {
      // Called on every pointer frame: a page without mentions pays nothing for it.
      if (store.active.size === 0) return null;
      try {
        const caret = caretAt(doc, x, y, [...shadowRoots]);
        if (!caret || caret.node.nodeType !== 3) return null;
        const found = store.recordOf(caret.node as Text);
        if (!found) return null;
        const offset = found.record.starts[found.index] + caret.offset;
        for (const m of found.record.mentions) {
          if (m.active && typeShown(m) && m.start <= offset && offset <= m.end && rangeContainsPoint(m.range, x, y)) {
            return m;
          }
        }
      } catch (error) {
        report(error);
      }
      return null;
    },

    mentionsIn(range) {
      const out: Mention[] = [];
      for (const m of ordered()) {
        try {
          const endsAfterStart = m.range.compareBoundaryPoints(Range.START_TO_END, range) >= 0;
          const startsBeforeEnd = m.range.compareBoundaryPoints(Range.END_TO_START, range) <= 0;
          if (endsAfterStart && startsBeforeEnd) out.push(m);
        } catch {
          // A mention in another tree (a shadow root) than the range cannot intersect it.
        }
      }
      return out;
    },

    summary(): PageMentions {
      const counts = new Map<string, MentionSummary>();
      let total = 0;
      for (const m of store.active) {
        if (!typeShown(m)) continue;
        total++;
        const entry = counts.get(m.entityId);
        if (entry) entry.count++;
        else counts.set(m.entityId, { entityId: m.entityId, type: m.type, count: 1 });
      }
      const entities = [...counts.values()].sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
      return { url: doc.location?.href ?? '', title: doc.title, active, total, entities };
    },

    reveal(entityId) {
      const list = ordered().filter((m) => m.entityId === entityId && m.range.startContainer.isConnected);
      if (list.length === 0) return { index: -1, count: 0 };
      const index = ((revealed.get(entityId) ?? -1) + 1) % list.length;
      revealed.set(entityId, index);
      const m = list[index];
      try {
        const element = m.range.startContainer.parentElement;
        const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
        painter.flash(m.range);
      } catch (error) {
        report(error);
      }
      return { index, count: list.length };
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get active() {
      return active;
    },

    setActive(next) {
      if (next === active) return;
      active = next;
      if (active) start();
      else stop();
    },

    get paintOptions() {
      return painter.options;
    },

    setPaintOptions(next) {
      const typesBefore = JSON.stringify(painter.options.enabledTypes);
      painter.setOptions(next);
      // Types switched on or off change what the popup and the badge count.
      if (JSON.stringify(painter.options.enabledTypes) !== typesBefore) {
        store.version++;
        notify();
      }
    },

    async settled() {
      for (let round = 0; round < 100; round++) {
        // Mutation callbacks are microtasks: let any queued ones arrive before looking.
        await Promise.resolve();
        flushNow();
        if (scheduler.pending === 0 && pending.length === 0) return;
        await scheduler.idle();
      }
    },

    stats: () => ({ ...scheduler.stats(), blocks: store.records.size, mentions: store.active.size, observerMs }),

    dispose() {
      detector.setActive(false);
      listeners.clear();
      painter.dispose();
    },
  };
  return detector;
}
