/**
 * Detection on one document: scans its text in idle-time slices, keeps the mention set up to date
 * as the page changes, decides with the page's relevance which names count, paints them, and answers
 * the questions of the card, the popup and the badge. Nothing here throws into the page: slices and
 * observers catch and report to console.debug.
 */
import { matcherFor, type Matcher, type MatcherSource } from '../../core/match';
import { createPainter, type PaintOptions, type Painter } from '../paint';
import { createScheduler, type SliceStats } from '../scan';
import { createMutationQueue } from './flush';
import { MentionStore, type TrackedMention } from './mention-store';
import { applyMutations, scanDocument, type ScanContext } from './page-scan';
import { createQueries } from './queries';
import type { Detector } from './types';

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
  /** The "highlight names on every page" setting: peripheral entities also on pages not about AI. */
  setEveryPage(everyPage: boolean): void;
  /** Names (lower case, spaces folded) that no longer count here: the card's "Not this". */
  setMuted(words: readonly string[]): void;
  /** Whether the page reads as being about AI now (PageRelevance). */
  readonly pageIsAboutAi: boolean;
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
/** Paint in a few batches while a long scan runs (each change repaints), and at once at the end. */
const PAINT_EVERY_MS = 400;

/**
 * Paints in a few batches while a scan runs and at once at its end; tells listeners of each change.
 * The painter gets each mention's net change since the last paint: a mention switched off and on
 * again as the page's relevance flips during a rescan (off, on, then off with its old block) must end
 * in its final state, whatever the order of the switches.
 */
function createOutput(
  painter: Painter,
  store: MentionStore,
  changed: Set<TrackedMention>,
  listeners: Set<() => void>,
  report: (e: unknown) => void,
) {
  let notifiedVersion = -1;
  let lastPaint = 0;
  const handOver = () => {
    for (const m of changed) {
      if (m.active && !m.painted) painter.add(m);
      else if (!m.active && m.painted) painter.remove(m);
      m.painted = m.active;
    }
    changed.clear();
  };
  const paint = (force: boolean) => {
    handOver();
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
  return { paint, notify };
}

/** One MutationObserver for the document and every open shadow root met; records go to `onRecords`. */
function createWatcher(view: Window | typeof globalThis, shadowRoots: Set<ShadowRoot>, onRecords: MutationCallback) {
  const observer = new (view as typeof globalThis).MutationObserver(onRecords);
  const watch = (root: Document | ShadowRoot) => {
    if (root.nodeType === 11) {
      if (shadowRoots.has(root as ShadowRoot)) return;
      shadowRoots.add(root as ShadowRoot);
    }
    observer.observe(root, OBSERVE);
  };
  return { watch, disconnect: () => observer.disconnect() };
}

export function createDetector(options: DetectorOptions): LensDetector {
  const doc = options.document ?? document;
  const view = doc.defaultView ?? globalThis;
  const report = options.onError ?? ((error: unknown) => console.debug('[AI Industry Lens]', error));
  // Built in the first slice that needs it, not while the content script starts: the page's own
  // start-up comes first, and a paused or disabled site never builds it at all.
  let builtMatcher: Matcher | null = options.matcher ?? null;
  const painter: Painter = createPainter(doc);
  const scheduler = createScheduler({ sliceMs: options.sliceMs });
  const listeners = new Set<() => void>();
  const shadowRoots = new Set<ShadowRoot>();
  const changed = new Set<TrackedMention>();
  const store = new MentionStore({ activate: (m) => changed.add(m), deactivate: (m) => changed.add(m) });
  const { paint, notify } = createOutput(painter, store, changed, listeners, report);
  let active = false;
  let observerMs = 0;
  scheduler.onSliceEnd = () => {
    paint(scheduler.pending === 0);
    notify();
  };
  /** Runs `work` outside the slices, counting its time and keeping its errors from the page. */
  const observed = (work: () => void) => {
    const began = performance.now();
    try {
      if (active) work();
    } catch (error) {
      report(error);
    } finally {
      observerMs += performance.now() - began;
    }
  };

  const watcher = createWatcher(view, shadowRoots, (records) => observed(() => queue.push(records)));
  const scan: ScanContext = {
    doc,
    store,
    painter,
    scheduler,
    shadowRoots,
    matcher: () => (builtMatcher ??= matcherFor(options.dataset)),
    isActive: () => active,
    watch: watcher.watch,
  };
  const queue = createMutationQueue((records) =>
    observed(() => {
      applyMutations(scan, records);
      if (scheduler.pending === 0) {
        paint(true);
        notify();
      }
    }),
  );

  const setActive = (next: boolean) => {
    if (next === active) return;
    active = next;
    if (active) {
      watcher.watch(doc);
      scanDocument(scan);
      return;
    }
    watcher.disconnect();
    queue.clear();
    scheduler.clear();
    store.clear();
    changed.clear();
    painter.clear();
    shadowRoots.clear();
    notify();
  };

  const queries = createQueries({ doc, view, store, painter, shadowRoots, isActive: () => active, report });
  return facade({ queries, listeners, painter, store, scheduler, queue, setActive, paint, notify }, {
    isActive: () => active,
    observerMs: () => observerMs,
  });
}

interface Parts {
  queries: ReturnType<typeof createQueries>;
  listeners: Set<() => void>;
  painter: Painter;
  store: MentionStore;
  scheduler: ReturnType<typeof createScheduler>;
  queue: ReturnType<typeof createMutationQueue>;
  setActive(active: boolean): void;
  paint(force: boolean): void;
  notify(): void;
}

/** The detector as its users see it, over the parts `createDetector` wired together. */
function facade(p: Parts, read: { isActive(): boolean; observerMs(): number }): LensDetector {
  const { painter, store, scheduler, queue } = p;
  return {
    ...p.queries,
    subscribe(listener) {
      p.listeners.add(listener);
      return () => p.listeners.delete(listener);
    },
    get active() {
      return read.isActive();
    },
    setActive: p.setActive,
    get paintOptions() {
      return painter.options;
    },
    setPaintOptions(next) {
      const typesBefore = JSON.stringify(painter.options.enabledTypes);
      painter.setOptions(next);
      // Types switched on or off change what the popup and the badge count.
      if (JSON.stringify(painter.options.enabledTypes) !== typesBefore) {
        store.version++;
        p.notify();
      }
    },
    setEveryPage(everyPage) {
      store.setEveryPage(everyPage);
      p.paint(true);
      p.notify();
    },
    setMuted(words) {
      store.setMuted(words);
      p.paint(true);
      p.notify();
    },
    get pageIsAboutAi() {
      return store.pageIsTopical;
    },
    async settled() {
      for (let round = 0; round < 100; round++) {
        // Mutation callbacks are microtasks: let any queued ones arrive before looking.
        await Promise.resolve();
        queue.flushNow();
        if (scheduler.pending === 0 && queue.pending === 0) return;
        await scheduler.idle();
      }
    },
    stats: () => ({ ...scheduler.stats(), blocks: store.records.size, mentions: store.active.size, observerMs: read.observerMs() }),
    dispose() {
      p.setActive(false);
      p.listeners.clear();
      painter.dispose();
    },
  };
}
