/**
 * The detector and tests/support/changing-page.ts bundled for a plain page in a real browser
 * (tests/e2e/incremental.e2e.ts): window.LensChanging.run(seeds, steps).
 */
import { createDetector } from '../../../lib/page/detect';
import type { Dataset } from '../../../lib/core/dataset/types';
import mini from '../../fixtures/mini-dataset.json';
import { firstDivergence } from '../../support/changing-page';

export function run(seeds: number, steps: number) {
  return firstDivergence(
    (doc) => {
      const detector = createDetector({ dataset: mini as Dataset, document: doc });
      detector.setActive(true);
      return detector;
    },
    { seeds, steps },
  );
}
