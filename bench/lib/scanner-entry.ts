/**
 * The benchmark's view of detection: the same detector the content script runs, bundled as one IIFE
 * that the benchmark adds to generated pages (so it runs on the page's main thread like a content
 * script, without the extension APIs). Also builds the synthetic 10x dataset.
 */
import { bundledDataset } from '../../lib/core/dataset/load';
import type { Dataset } from '../../lib/core/dataset/types';
import { createDetector } from '../../lib/page/detect/detector';
import { createMatcher } from '../../lib/core/match';

const SYLLABLES = ['ka', 'ro', 'mi', 'zen', 'tor', 'vel', 'qua', 'lis', 'dor', 'pex', 'nu', 'shi'];

/** Nine made-up companions for every real alias: ten times the aliases, same shapes and lengths. */
export function syntheticDataset(base: Dataset, factor = 10): Dataset {
  const entities = [...base.entities];
  for (let k = 1; k < factor; k++) {
    for (const entity of base.entities) {
      entities.push({
        ...entity,
        id: `${entity.id}-syn${k}`,
        aliases: entity.aliases.map((alias, i) => {
          const word = SYLLABLES[(k + i) % SYLLABLES.length] + SYLLABLES[(k * 7 + i * 3) % SYLLABLES.length];
          // Half keep the real alias as a prefix (longer automaton paths), half are new words.
          return { ...alias, text: k % 2 ? `${alias.text} ${word}${k}` : `${word}${alias.text.slice(1)}${k}` };
        }),
      });
    }
  }
  return { ...base, entities };
}

export const dataset = bundledDataset;
export const aliases = bundledDataset.entities.flatMap((e) => e.aliases.map((a) => a.text));
export { createDetector, createMatcher };
export { walkBlocks } from '../../lib/page/scan/blocks';
export { MentionStore } from '../../lib/page/detect/mention-store';
export { createPainter } from '../../lib/page/paint/painter';
