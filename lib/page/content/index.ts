/**
 * Wires the content script's features to one page through the feature hub (hub.ts), the one place a
 * frame reads and follows the settings and the dataset in use, and answers messages. The features
 * (features.ts): detection first, then the annotator (once), then the hover cards, which link to it. A
 * feature that fails stays alone in its failure and nothing throws into the page.
 *
 * The dataset is the bundled one merged with the person's own. When they add or remove theirs, open
 * pages follow without a reload: detection and the hover cards are started again with the new dataset;
 * the annotator keeps running and reads mentions through a detector that follows the current one.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFeatures } from './features';
import { createHub } from './hub';

export { createHub, type Feature, type FeatureHub, type Hub, type HubOptions } from './hub';

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  try {
    const hub = createHub();
    ctx.onInvalidated(() => hub.dispose());
    await hub.loadDataset();
    if (ctx.isInvalid) return;
    startFeatures(hub, ctx);
  } catch (error) {
    console.debug('[AI Industry Lens] the content script could not start:', error);
  }
}
