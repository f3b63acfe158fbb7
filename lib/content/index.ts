/**
 * Wires the content script's pieces to one page. Detection starts first; every other feature gets the
 * same `services` ({ ctx, detector, dataset }) and is started with one line through `startFeature`, so
 * a feature that fails stays alone in its failure and nothing throws into the page.
 *
 * The dataset is the bundled one merged with the person's own (`lib/userdata/active`: one storage read,
 * no validator). When they add or remove theirs, open pages follow without a reload: detection and the
 * hover cards are started again with the new dataset. The annotator has no stop of its own (it ends
 * with the page), so it keeps running: it reads mentions through a detector that follows the current
 * one, and keeps the entity names and search of the dataset it started with.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledDataset } from '../dataset/load';
import type { Dataset } from '../dataset/types';
import { connectDetector, createDetector, type Detector, type LensDetector, type Mention } from '../detect';
import { activeDatasetFrom } from '../userdata/active';
import { getUserDataset, userDatasetItem } from '../userdata/store';
import { startAnnotator, type Annotator } from '../annotate';
import { startHoverCards } from '../card';

export interface ContentServices {
  ctx: ContentScriptContext;
  detector: Detector;
  dataset: Dataset;
}

function startFeature<T>(name: string, start: () => T): T | undefined {
  try {
    const result = start();
    if (result instanceof Promise) result.catch((error) => console.debug(`[AI Industry Lens] ${name}:`, error));
    return result;
  } catch (error) {
    console.debug(`[AI Industry Lens] ${name} did not start:`, error);
    return undefined;
  }
}

/** A Detector that answers with whichever detector is current, so a restart does not strand its readers. */
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
          console.debug('[AI Industry Lens]', error);
        }
      }
    },
  };
}

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  try {
    // The person's own dataset joins the bundled one; if storage fails, the bundled one still works.
    let dataset = await getUserDataset().then(
      (record) => activeDatasetFrom(record),
      () => bundledDataset,
    );
    if (ctx.isInvalid) return;

    // Detection and the hover cards: started with a dataset, stopped and started again on a new one.
    let detector!: LensDetector;
    const following = followingDetector(() => detector);
    let annotator: Annotator | null | undefined;
    let stopRun = () => {};

    const run = (data: Dataset, beforeCards?: () => void) => {
      const current = (detector = createDetector({ dataset: data }));
      const disconnect = connectDetector(current);
      const stopFollowing = current.subscribe(() => following.changed());
      beforeCards?.();
      const services: ContentServices = { ctx, detector: current, dataset: data };
      // The card's "Annotate" action starts an annotation on its mention; no annotator, no button.
      const onAnnotate = annotator ? (mention: Mention) => void annotator!.annotateMention(mention) : undefined;
      const stopCards = startFeature('hover cards', () => startHoverCards({ ...services, onAnnotate }));
      stopRun = () => {
        for (const stop of [stopCards, stopFollowing, disconnect, () => current.dispose()]) {
          try {
            stop?.();
          } catch (error) {
            console.debug('[AI Industry Lens]', error);
          }
        }
      };
    };

    // Features: one import above and one line here each. The annotator starts once, between detection
    // and the cards (the cards link to it), with the detector that follows restarts.
    run(dataset, () => {
      annotator = startFeature('annotations', () => startAnnotator({ ctx, detector: following, dataset }, ctx.signal));
    });

    // The person adds, replaces or removes their dataset: start over with the new one. Only a change
    // of the stored record gets here (a storage event), so a page where none exists does no more work.
    const unwatch = userDatasetItem.watch((record) => {
      if (ctx.isInvalid) return;
      const next = activeDatasetFrom(record ?? null);
      if (next === dataset) return;
      dataset = next;
      try {
        stopRun();
        run(next);
        following.changed();
      } catch (error) {
        console.debug('[AI Industry Lens] could not start over with the new dataset:', error);
      }
    });
    ctx.onInvalidated(() => {
      unwatch();
      stopRun();
    });
  } catch (error) {
    console.debug('[AI Industry Lens] the content script could not start:', error);
  }
}
