/**
 * Starts the annotator as the content script does: a feature of the hub, which hands it the settings
 * (from storage), the person's dataset (read as `dataset`, then followed in storage) and its messages.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dataset } from '../../../lib/core/dataset/types';
import type { Detector } from '../../../lib/page/detect/types';
import type { Annotator } from '../../../lib/page/annotator';
import { createHub, type FeatureHub } from '../../../lib/page/content';
import { annotationsFeature, type PageState } from '../../../lib/page/content/features';
import { storedDataset } from '../../../lib/page/content/feeds';

export function startUnderHub(ctx: ContentScriptContext, detector: Detector, dataset: Dataset): { hub: FeatureHub; annotator: Annotator | null } {
  const hub = createHub({ url: () => location.href, datasets: { read: async () => dataset, watch: storedDataset.watch } });
  ctx.onInvalidated(() => hub.dispose());
  const state: PageState = { ctx, detector: null, annotator: null, following: Object.assign(detector, { changed: () => undefined }) };
  hub.add(annotationsFeature(state));
  void hub.loadDataset();
  return { hub, annotator: state.annotator };
}
