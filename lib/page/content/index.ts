/**
 * Wires the content script's features to one page through the feature hub (hub.ts): detection first,
 * then the annotator (once), then the hover cards, which link to it. Each feature is an adapter in
 * features.ts; a feature that fails stays alone in its failure and nothing throws into the page.
 *
 * The dataset is the bundled one merged with the person's own (`lib/platform/userdata/active`: one storage read,
 * no validator). When they add or remove theirs, open pages follow without a reload: detection and the
 * hover cards are started again with the new dataset; the annotator keeps running and reads mentions
 * through a detector that follows the current one.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledDataset } from '../../core/dataset';
import type { Detector } from '../detect';
import { activeDatasetFrom } from '../../platform/userdata';
import { getUserDataset, userDatasetItem } from '../../platform/userdata';
import { annotationsFeature, detectionFeature, followingDetector, hoverCardsFeature, type PageState } from './features';
import { createHub } from './hub';

export { createHub, type Feature, type FeatureHub, type Hub, type PageCommand, type SettingsView } from './hub';

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  try {
    // The person's own dataset joins the bundled one; if storage fails, the bundled one still works.
    const dataset = await getUserDataset().then(
      (record) => activeDatasetFrom(record),
      () => bundledDataset,
    );
    if (ctx.isInvalid) return;

    const hub = createHub();
    ctx.onInvalidated(() => hub.dispose());
    const state: PageState = { ctx, dataset, detector: null, annotator: null, following: followingDetector(() => state.detector as Detector) };
    const detection = detectionFeature(state);
    const cards = hoverCardsFeature(state);
    hub.add(detection);
    hub.add(annotationsFeature(state));
    hub.add(cards);

    // The person adds, replaces or removes their dataset: start over with the new one. Only a change
    // of the stored record gets here (a storage event), so a page where none exists does no more work.
    const unwatch = userDatasetItem.watch((record) => {
      if (ctx.isInvalid) return;
      const next = activeDatasetFrom(record ?? null);
      if (next === state.dataset) return;
      state.dataset = next;
      hub.stop(cards.name);
      hub.add(detection);
      hub.add(cards);
    });
    ctx.onInvalidated(unwatch);
  } catch (error) {
    console.debug('[AI Industry Lens] the content script could not start:', error);
  }
}
