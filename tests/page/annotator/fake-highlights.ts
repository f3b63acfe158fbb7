/**
 * Just enough of the CSS Custom Highlight API for happy-dom tests (mentions are painted with it), and
 * what the annotator paints: annotations are drawn in the extension's own overlay, never in the page's
 * registry, so they are read from the painter's test getter.
 */
import { vi } from 'vitest';
import { paintedRanges } from '../../../lib/page/annotator/paint';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

export const highlights = new Map<string, FakeHighlight>();

/** The text of every range painted as an annotation. */
export const painted = () => paintedRanges(document).map((r) => r.toString());

/** The text of every range in the page's highlight registry, whatever its name. */
export const inRegistry = () => [...highlights.values()].flatMap((h) => [...h].map((r) => r.toString()));

/** Installs the fake registry, empty (call in beforeEach; vi.unstubAllGlobals restores). */
export function stubHighlights(): void {
  highlights.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights });
}

/** Lets the annotator's queued work (timers, promise callbacks, storage events) run. */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((done) => setTimeout(done, 0));
}
