/**
 * Detection on one document: scans its text in idle-time slices, keeps the mention set up to date
 * as the page changes, decides with the page's relevance which names count, paints them, and answers
 * the questions of the card, the popup and the badge. Nothing here throws into the page: slices and
 * observers catch and report to console.debug.
 */
import { createMatcher, type Matcher, type MatcherSource } from '../match';
import { createPainter, type PaintOptions, type Painter } from '../paint';
import { createScheduler, type SliceStats } from '../scan';
import { createMutationQueue } from './flush';
import { MentionStore } from './mention-store';
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
  const store = new MentionStore({ activate: (m) => painter.add(m), deactivate: (m) => painter.remove(m) });
  let active = false;
  let observerMs = 0;
  let notifiedVersion = -1;
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

  const observer = new (view as typeof globalThis).MutationObserver((records) => {
    const began = performance.now();
    try {
      if (active) queue.push(records);
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

  const scan: ScanContext = {
    doc,
    store,
    painter,
    scheduler,
    shadowRoots,
    matcher: () => (builtMatcher ??= createMatcher(options.dataset)),
    isActive: () => active,
    watch,
  };
  const queue = createMutationQueue((records) => {
    const began = performance.now();
    try {
      if (!active) return;
      applyMutations(scan, records);
      if (scheduler.pending === 0) {
        paint(true);
        notify();
      }
    } catch (error) {
      report(error);
    } finally {
      observerMs += performance.now() - began;
    }
  });

  const start = () => {
    watch(doc);
    scanDocument(scan);
  };
  const stop = () => {
    observer.disconnect();
    queue.clear();
    scheduler.clear();
    store.clear();
    painter.clear();
    shadowRoots.clear();
    notify();
  };
  /** A change of what counts outside a scan (a setting): paint and tell at once. */
  const applied = () => {
    paint(true);
    notify();
  };

  const queries = createQueries({ doc, view, store, painter, shadowRoots, isActive: () => active, report });
  const detector: LensDetector = {
    ...queries,
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
    setEveryPage(everyPage) {
      store.setEveryPage(everyPage);
      applied();
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
    stats: () => ({ ...scheduler.stats(), blocks: store.records.size, mentions: store.active.size, observerMs }),
    dispose() {
      detector.setActive(false);
      listeners.clear();
      painter.dispose();
    },
  };
  return detector;
}
