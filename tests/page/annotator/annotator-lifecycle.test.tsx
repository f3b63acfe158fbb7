/**
 * The annotator's start and stop (one AbortSignal removes everything it added to the page), and its
 * entity names following the person's dataset without a reload.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledDataset } from '../../../lib/core/dataset';
import type { Dataset } from '../../../lib/core/dataset/types';
import type { Detector, Mention } from '../../../lib/page/detect/types';
import { startAnnotator } from '../../../lib/page/annotator/annotator';
import { describeRange } from '../../../lib/page/annotator/anchor-dom';
import { createAnnotation } from '../../../lib/platform/annotations/model';
import * as frame from '../../../lib/page/annotator/on-page/editor-frame';
import { saveAnnotation } from '../../../lib/platform/annotations/store';
import { buildTextIndex } from '../../../lib/page/annotator/text-index';
import { userDatasetItem } from '../../../lib/platform/userdata/store';
import { loadFixture, rangeOf } from './page-fixture';
import { startUnderHub } from './under-hub';
import { painted, settle, stubHighlights } from './fake-highlights';

vi.mock('../../../lib/page/annotator/on-page/editor-frame', { spy: true });

const HOST = '[data-ai-industry-lens="annotator"]';

async function saved(id: string, text: string) {
  await saveAnnotation(
    createAnnotation({
      source: location.href,
      selectors: describeRange(buildTextIndex(document.body), rangeOf(id, text))!,
      content: { note: 'n', tags: [], entityIds: [] },
    }),
  );
}

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  stubHighlights();
  loadFixture();
  ctx = new ContentScriptContext('annotator-lifecycle-test');
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.querySelectorAll(HOST).forEach((host) => host.remove());
});

describe('startAnnotator(services, signal), a feature of the hub', () => {
  it('removes every listener, observer, painted note and its UI when the signal aborts', async () => {
    await saved('p2', 'Cursor grew faster than any developer tool before it');
    const added = new Map<EventTarget, Set<string>>();
    const removedBySignal: string[] = [];
    for (const target of [window, document]) {
      const original = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        if (!added.has(target)) added.set(target, new Set());
        const signal = typeof options === 'object' ? options.signal : undefined;
        if (!signal) added.get(target)!.add(type); // Every listener must go with the signal.
        else signal.addEventListener('abort', () => removedBySignal.push(type));
        return original(type, listener, options);
      });
    }
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const dataset = { entities: [] } as unknown as Dataset;
    const { hub, annotator: started } = startUnderHub(ctx, { mentionsIn: () => [] } as unknown as Detector, dataset);
    const annotator = started!;
    await annotator.ready;
    await vi.waitFor(() => expect(painted()).toEqual(['Cursor grew faster than any developer tool before it']));
    // Its UI is on the page (the keyboard's list of notes), and it watches the page.
    await vi.waitFor(() => expect(document.querySelector(HOST)).not.toBeNull());
    // It answers the side panel's "show me this one" through the hub.
    const show = { type: 'page/show-annotation', annotationId: 'nowhere' };
    const answered = async (message: object) => (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined)).filter(Boolean);
    expect(await Promise.all(await answered(show))).toEqual([{ found: false }]);

    hub.stop('annotations');
    await settle();
    expect(painted()).toEqual([]);
    expect(document.querySelector(HOST)).toBeNull();
    expect(disconnect).toHaveBeenCalled();
    expect([...(added.get(window) ?? []), ...(added.get(document) ?? [])]).toEqual([]);
    expect(removedBySignal).toEqual(expect.arrayContaining(['mouseup', 'keyup', 'mousedown', 'keydown', 'scroll', 'popstate', 'pointermove']));
    // Its messages and commands go unanswered once it stopped; the hub lets go of the listener when disposed.
    expect(await answered(show)).toEqual([]);
    expect(await answered({ type: 'page/annotate' })).toEqual([]);
    hub.dispose();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    // Nothing runs any more: a note saved from another tab is not painted, a selection shows no adder.
    await saved('p4', 'Nobody knows who wins.');
    getSelection()!.addRange(rangeOf('p1', 'Anthropic released Claude Code'));
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await settle();
    expect(painted()).toEqual([]);
    expect(document.querySelector(HOST)).toBeNull();
    expect(annotator.annotateRange(rangeOf('p1', 'Anthropic released Claude Code'))).toBe(false);
  });

  it('does not start on an aborted signal', () => {
    const controller = new AbortController();
    controller.abort();
    const dataset = { entities: [] } as unknown as Dataset;
    expect(startAnnotator({ ctx, detector: { mentionsIn: () => [] } as unknown as Detector, dataset }, controller.signal)).toBeNull();
  });

  it("names the passage's entities from the person's dataset as it is now, without a reload", async () => {
    const mine = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/user-dataset.json'), 'utf8')) as Dataset;
    const entityId = mine.entities[0].id;
    const detector = { mentionsIn: () => [{ entityId } as Mention] } as unknown as Detector;
    const annotator = startUnderHub(ctx, detector, bundledDataset).annotator!;
    await annotator.ready;
    await settle();
    const opened = () => vi.mocked(frame.prepareEditorFrame).mock.calls.at(-1)![0].open.initial.entities;
    expect(annotator.annotateRange(rangeOf('p1', 'Anthropic released Claude Code'))).toBe(true);
    // Not in the bundled dataset: not offered.
    expect(opened()).toEqual([]);
    await userDatasetItem.setValue({ fileName: 'mine.json', importedAt: new Date().toISOString(), dataset: mine });
    await settle();
    expect(annotator.annotateRange(rangeOf('p1', 'Anthropic released Claude Code'))).toBe(true);
    expect(opened()).toEqual([{ id: entityId, name: mine.entities[0].name, type: mine.entities[0].type }]);
  });
});
