/**
 * The content script's features as hub features (see hub.ts): thin adapters that hand detection, the
 * hover cards and the annotator what they follow from the hub (settings, dataset) and register the
 * messages and commands each answers; each stops through its signal. They share one `PageState`: the
 * current detector, which a dataset change replaces (detection and the cards restart; the annotator
 * keeps reading through `following`, a detector that answers with the current one).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startAnnotator, type Annotator } from '../annotator';
import { startHoverCards } from '../card';
import { connectDetector, createDetector, type Detector, type LensDetector, type Mention } from '../detect';
import type { Feature, FeatureHub } from './hub';

export interface PageState {
  ctx: ContentScriptContext;
  detector: LensDetector | null;
  /** Follows whichever detector is current, so a restart does not strand its readers. */
  following: Detector & { changed(): void };
  annotator: Annotator | null;
}

const report = (error: unknown) => console.debug('[AI Industry Lens]', error);

/** A Detector that answers with whichever detector is current. */
function followingDetector(current: () => Detector): Detector & { changed(): void } {
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
function detectionFeature(state: PageState): Feature {
  return {
    name: 'detection',
    init(signal, hub) {
      const detector = (state.detector = createDetector({ dataset: hub.dataset }));
      const connection = connectDetector(detector, signal);
      hub.onSettings(signal, connection.settingsChanged);
      hub.answer(signal, connection.messages);
      const stopFollowing = detector.subscribe(() => state.following.changed());
      state.following.changed();
      onAbort(signal, stopFollowing, () => detector.dispose());
    },
  };
}

/** The hover cards over the current detector; the card's "Annotate" goes to the annotator when there is one. */
function hoverCardsFeature(state: PageState): Feature {
  return {
    name: 'hover cards',
    init(signal, hub) {
      if (!state.detector) return;
      const annotator = state.annotator;
      const onAnnotate = annotator ? (mention: Mention) => void annotator.annotateMention(mention) : undefined;
      const cards = startHoverCards(
        { ctx: state.ctx, detector: state.detector, dataset: hub.dataset, settings: hub.view, onAnnotate },
        signal,
      );
      hub.onSettings(signal, cards.settingsChanged);
      hub.answer(signal, { 'page/open-card': cards.openCard });
    },
  };
}

/** The annotator, started once with the detector that follows restarts; it stops with its signal. */
export function annotationsFeature(state: PageState): Feature {
  return {
    name: 'annotations',
    init(signal, hub) {
      const annotator = (state.annotator = startAnnotator({ ctx: state.ctx, detector: state.following, dataset: hub.dataset }, signal));
      if (!annotator) return;
      hub.onSettings(signal, annotator.settingsChanged);
      hub.onDataset(signal, annotator.datasetChanged);
      hub.answer(signal, { 'page/show-annotation': annotator.showAnnotation, 'page/annotate': annotator.annotate });
    },
  };
}

/**
 * Starts the page's features: detection first, then the annotator (once), then the hover cards, which
 * link to it. A new dataset starts detection and the cards again; the annotator keeps running and
 * reads mentions through the detector that follows the current one.
 */
export function startFeatures(hub: FeatureHub, ctx: ContentScriptContext): void {
  const state: PageState = { ctx, detector: null, annotator: null, following: followingDetector(() => state.detector as Detector) };
  const detection = detectionFeature(state);
  const cards = hoverCardsFeature(state);
  hub.add(detection);
  hub.add(annotationsFeature(state));
  hub.add(cards);
  hub.onDataset(ctx.signal, () => {
    hub.stop(cards.name);
    hub.add(detection);
    hub.add(cards);
  });
}
