/**
 * Wires the content script's pieces to one page. Detection starts first; every other feature gets the
 * same `services` ({ ctx, detector, dataset }) and is started with one line through `startFeature`, so
 * a feature that fails stays alone in its failure and nothing throws into the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledDataset, type Dataset } from '../dataset';
import { connectDetector, createDetector, type Detector, type Mention } from '../detect';
import { getActiveDataset } from '../userdata';
import { startAnnotator, type Annotator } from '../annotate';
import { startHoverCards } from '../card';

export interface ContentServices {
  ctx: ContentScriptContext;
  detector: Detector;
  dataset: Dataset;
}

function startFeature(name: string, start: () => unknown): void {
  try {
    const result = start();
    if (result instanceof Promise) result.catch((error) => console.debug(`[AI Industry Lens] ${name}:`, error));
  } catch (error) {
    console.debug(`[AI Industry Lens] ${name} did not start:`, error);
  }
}

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  try {
    // The person's own dataset joins the bundled one; if storage fails, the bundled one still works.
    const dataset = await getActiveDataset().catch(() => bundledDataset);
    if (ctx.isInvalid) return;
    const detector = createDetector({ dataset });
    ctx.onInvalidated(connectDetector(detector));
    ctx.onInvalidated(() => detector.dispose());
    const services: ContentServices = { ctx, detector, dataset };

    // Features: one import above and one line here each.
    let annotator: Annotator | undefined;
    startFeature('annotations', () => (annotator = startAnnotator(services)));
    // The card's "Annotate" action starts an annotation on its mention; no annotator, no button.
    const onAnnotate = annotator && ((mention: Mention) => annotator!.annotateMention(mention));
    startFeature('hover cards', () => startHoverCards({ ...services, onAnnotate }));
  } catch (error) {
    console.debug('[AI Industry Lens] the content script could not start:', error);
  }
}
