/** Just enough of the CSS Custom Highlight API to see what the annotator paints, for happy-dom tests. */
import { vi } from 'vitest';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

export const highlights = new Map<string, FakeHighlight>();

/** The text of every range painted as an annotation. */
export const painted = () => [...(highlights.get('ail-annotation') ?? [])].map((r) => r.toString());

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
