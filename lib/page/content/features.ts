/**
 * The content script's features as hub features (see hub.ts): thin adapters over detection, the hover
 * cards and the annotator, each stopped through its signal. They share one `PageState`: the dataset
 * in use and the current detector, which a dataset change replaces (detection and the cards restart;
 * the annotator keeps reading through `following`, a detector that answers with the current one).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startAnnotator, type Annotator } from '../annotator';
import { startHoverCards } from '../card';
import type { Dataset } from '../../core/dataset/types';
import { connectDetector, createDetector, type Detector, type LensDetector, type Mention } from '../detect';
import type { Feature } from './hub';

export interface PageState {
  ctx: ContentScriptContext;
  dataset: Dataset;
  detector: LensDetector | null;
  /** Follows whichever detector is current, so a restart does not strand its readers. */
  following: Detector & { changed(): void };
  annotator: Annotator | null;
}

const report = (error: unknown) => console.debug('[AI Industry Lens]', error);

/** A Detector that answers with whichever detector is current. */
export function followingDetector(current: () => Detector): Detector & { changed(): void } {
  const listeners = new Set<() => void>();
  return {
    mentions: () => current().mentions(),
    mentionAt: (x, y) => current().mentionAt(x, y),
    mentionsIn: (range) => current().mentionsIn(range),
    summary: () => current().summary(),
    reveal: (entityId) => current().reveal(entityId),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          report(error);
        }
      }
    },
  };
}

/** Runs each clean-up once the signal aborts, each in its own try. */
function onAbort(signal: AbortSignal, ...cleanups: (() => void)[]): void {
  signal.addEventListener(
    'abort',
    () => {
      for (const cleanup of cleanups) {
        try {
          cleanup();
        } catch (error) {
          report(error);
        }
      }
    },
    { once: true },
  );
}

/** Detection: scans, paints and answers the popup; replaced on a dataset change. */
export function detectionFeature(state: PageState): Feature {
  return {
    name: 'detection',
    init(signal) {
      const detector = (state.detector = createDetector({ dataset: state.dataset }));
      const disconnect = connectDetector(detector);
      const stopFollowing = detector.subscribe(() => state.following.changed());
      state.following.changed();
      onAbort(signal, stopFollowing, disconnect, () => detector.dispose());
    },
  };
}

/** The hover cards over the current detector; the card's "Annotate" goes to the annotator when there is one. */
export function hoverCardsFeature(state: PageState): Feature {
  return {
    name: 'hover cards',
    init(signal) {
      if (!state.detector) return;
      const annotator = state.annotator;
      const onAnnotate = annotator ? (mention: Mention) => void annotator.annotateMention(mention) : undefined;
      const stop = startHoverCards({ ctx: state.ctx, detector: state.detector, dataset: state.dataset, onAnnotate });
      onAbort(signal, stop);
    },
  };
}

/** The annotator, started once with the detector that follows restarts; it stops with its signal. */
export function annotationsFeature(state: PageState): Feature {
  return {
    name: 'annotations',
    init(signal) {
      state.annotator = startAnnotator({ ctx: state.ctx, detector: state.following, dataset: state.dataset }, signal);
    },
  };
}
