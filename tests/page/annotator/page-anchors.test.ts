import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../lib/page/annotator/anchor-dom';
import { createAnnotation, type Annotation } from '../../../lib/platform/annotations/model';
import { PageAnchors } from '../../../lib/page/annotator/page-anchors';
import { watchDomChanges } from '../../../lib/page/annotator/page-watch';
import type { Painter } from '../../../lib/page/annotator/paint';
import { buildTextIndex } from '../../../lib/page/annotator/text-index';
import { loadFixture, rangeOf } from './page-fixture';

function fakePainter() {
  const painted = new Set<Range>();
  const painter: Painter = {
    add: (r) => void painted.add(r),
    remove: (r) => void painted.delete(r),
    clear: () => painted.clear(),
    flash: () => {},
    dispose: () => {},
  };
  return { painter, texts: () => [...painted].map((r) => r.toString()) };
}

function annotationFor(id: string, text: string): Annotation {
  return createAnnotation({
    source: 'https://example.com/a',
    selectors: describeRange(buildTextIndex(document.body), rangeOf(id, text))!,
    content: { note: text, tags: [], entityIds: [] },
  });
}

const LATE = 'Late paragraph: this sentence arrives after the page has loaded.';

describe('PageAnchors', () => {
  beforeEach(() => loadFixture());

  it('anchors and paints every annotation, keeping those it cannot place as orphans', async () => {
    const kept = annotationFor('p1', 'Anthropic released Claude Code');
    const gone = annotationFor('p4', 'Nobody knows who wins.');
    document.getElementById('p4')!.remove();
    const { painter, texts } = fakePainter();
    const anchors = new PageAnchors(painter);
    await anchors.load([kept, gone]);
    expect(texts()).toEqual(['Anthropic released Claude Code']);
    expect(anchors.orphanIds()).toEqual([gone.id]);
    expect(anchors.all()).toHaveLength(2);
  });

  it('anchors content that arrives later (single-page apps), once the burst of changes settles', async () => {
    document.getElementById('story')!.insertAdjacentHTML('beforeend', `<p id="late">${LATE}</p>`);
    const late = annotationFor('late', 'this sentence arrives after the page has loaded');
    document.getElementById('late')!.remove();
    const { painter, texts } = fakePainter();
    const anchors = new PageAnchors(painter);
    await anchors.load([late]);
    expect(anchors.orphanIds()).toEqual([late.id]);

    const controller = new AbortController();
    const settled = vi.fn(() => anchors.reanchor());
    watchDomChanges(document.body, settled, controller.signal, () => false, 20, 100);
    document.getElementById('story')!.insertAdjacentHTML('beforeend', `<p id="late">${LATE}</p>`);
    await vi.waitFor(() => expect(texts()).toEqual(['this sentence arrives after the page has loaded']));
    expect(anchors.orphanIds()).toEqual([]);
    expect(settled).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('re-anchors an annotation whose text the page replaced', async () => {
    const a = annotationFor('p2', 'Cursor grew faster than any developer tool');
    const { painter, texts } = fakePainter();
    const anchors = new PageAnchors(painter);
    await anchors.load([a]);
    const p2 = document.getElementById('p2')!;
    p2.innerHTML = p2.innerHTML; // Same text, new nodes: the old range collapses.
    await anchors.reanchor();
    expect(texts()).toEqual(['Cursor grew faster than any developer tool']);
  });

  it('finds annotations under a point, and forgets removed ones', async () => {
    const a = annotationFor('p1', 'Anthropic released Claude Code');
    const { painter, texts } = fakePainter();
    const anchors = new PageAnchors(painter);
    await anchors.load([a]);
    const inside = rangeOf('p1', 'released');
    expect(anchors.at(inside.startContainer, inside.startOffset).map((p) => p.annotation.id)).toEqual([a.id]);
    const outside = rangeOf('p2', 'Cursor');
    expect(anchors.at(outside.startContainer, outside.startOffset)).toEqual([]);
    await anchors.load([]);
    expect(texts()).toEqual([]);
  });

  it('anchors a thousand annotations in slices that yield to the page', async () => {
    const annotations = Array.from({ length: 1000 }, (_, i) =>
      annotationFor(['p1', 'p2', 'p3', 'p4'][i % 4], ['Anthropic', 'Cursor', 'Revenue', 'Nobody'][i % 4]),
    );
    const { painter } = fakePainter();
    const anchors = new PageAnchors(painter);
    // A clock where each annotation takes 1 ms: the work must split into slices of a few ms each.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await anchors.load(annotations);
    now.mockRestore();
    expect(anchors.orphanIds()).toEqual([]);
    expect(timeout.mock.calls.length).toBeGreaterThanOrEqual(100);
    timeout.mockRestore();
  });
});
