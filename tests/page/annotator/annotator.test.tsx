/**
 * The annotator wired to a page (happy-dom): what it costs before anything is needed, what it does on
 * a paused site, who hears the keyboard shortcut, and that its UI is a closed shadow root.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dataset } from '../../../lib/core/dataset/types';
import type { Detector } from '../../../lib/page/detect/types';
import { describeRange } from '../../../lib/page/annotator/anchor-dom';
import { createAnnotation } from '../../../lib/platform/annotations/model';
import { saveAnnotation } from '../../../lib/platform/annotations/store';
import { buildTextIndex } from '../../../lib/page/annotator/text-index';
import { updateSettings } from '../../../lib/platform/settings';
import * as search from '../../../lib/core/search';
import { loadFixture, rangeOf } from './page-fixture';
import { startUnderHub } from './under-hub';
import { inRegistry, painted, settle, stubHighlights } from './fake-highlights';

vi.mock('../../../lib/core/search', { spy: true });

const HOST = '[data-ai-industry-lens="annotator"]';
const detector = { mentionsIn: () => [] } as unknown as Detector;
const dataset = { entities: [] } as unknown as Dataset;


let ctx: ContentScriptContext;
function start() {
  ctx = new ContentScriptContext('annotator-test');
  const { annotator } = startUnderHub(ctx, detector, dataset);
  if (!annotator) throw new Error('the test page (http:) should be annotatable');
  return annotator;
}

async function saved(id: string, text: string, note = text) {
  const annotation = createAnnotation({
    source: location.href,
    selectors: describeRange(buildTextIndex(document.body), rangeOf(id, text))!,
    content: { note, tags: [], entityIds: [] },
  });
  await saveAnnotation(annotation);
  return annotation;
}

beforeEach(() => {
  fakeBrowser.reset();
  stubHighlights();
  loadFixture();
  getSelection()!.removeAllRanges();
});
afterEach(() => {
  ctx?.abort();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.querySelectorAll(HOST).forEach((host) => host.remove());
});

describe('the annotator on a page', () => {
  it('costs next to nothing on a page without annotations: no host, no search index, no observer, no hover loop', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const listen = vi.spyOn(document, 'addEventListener');
    const annotator = start();
    await annotator.ready;
    await settle(5);
    expect(document.querySelector(HOST)).toBeNull();
    expect(document.querySelector('[data-ai-industry-lens="annotation-overlay"]')).toBeNull();
    expect(search.entitySearchFor).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
    expect(listen.mock.calls.map((call) => call[0])).not.toContain('pointermove');
    expect(listen.mock.calls.map((call) => call[0])).not.toContain('scroll');
  });

  it('watches the page once it has an annotation', async () => {
    await saved('p2', 'Cursor grew faster than any developer tool before it');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const listen = vi.spyOn(document, 'addEventListener');
    await start().ready;
    await settle(5);
    expect(painted()).toEqual(['Cursor grew faster than any developer tool before it']);
    // Drawn in the extension's own overlay: nothing of it in the page's highlight registry.
    expect(inRegistry()).toEqual([]);
    expect(document.querySelector('[data-ai-industry-lens="annotation-overlay"]')).not.toBeNull();
    expect(observe).toHaveBeenCalledWith(document.body, expect.objectContaining({ characterData: true }));
    expect(listen.mock.calls.map((call) => call[0])).toContain('pointermove');
  });

  it('mounts its UI, in a closed shadow root, only when the editor opens', async () => {
    const annotator = start();
    await annotator.ready;
    await settle(5);
    expect(document.querySelector(HOST)).toBeNull();
    expect(annotator.annotateRange(rangeOf('p1', 'Anthropic released Claude Code'))).toBe(true);
    await vi.waitFor(() => expect(document.querySelector(HOST)).not.toBeNull());
    // Page scripts cannot reach the note, nor the editor's buttons.
    expect(document.querySelector(HOST)!.shadowRoot).toBeNull();
    // The entity index waits for the first search in the picker.
    expect(search.entitySearchFor).not.toHaveBeenCalled();
  });

  it('paints nothing on a paused site, not even what arrives from another tab, and paints once resumed', async () => {
    await saved('p2', 'Cursor grew faster than any developer tool before it');
    await updateSettings({ paused: true });
    await start().ready;
    await settle(5);
    expect(painted()).toEqual([]);
    // Another tab (or the side panel) adds one: still nothing painted here.
    await saved('p4', 'Nobody knows who wins.');
    await settle(5);
    expect(painted()).toEqual([]);
    await updateSettings({ paused: false });
    await vi.waitFor(() => expect(painted().sort()).toEqual(['Cursor grew faster than any developer tool before it', 'Nobody knows who wins.']));
  });

  it('answers the shortcut without a selection only in a focused top frame', async () => {
    await start().ready;
    getSelection()!.removeAllRanges();
    const command = { type: 'page/annotate' };
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    // Unfocused: the selection may be in a frame; this document says nothing.
    expect((await fakeBrowser.runtime.onMessage.trigger(command, {}, () => undefined)).filter(Boolean)).toEqual([]);
    expect(document.querySelector(HOST)).toBeNull();
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const answers = (await fakeBrowser.runtime.onMessage.trigger(command, {}, () => undefined)).filter(Boolean);
    expect(answers).toHaveLength(1);
    expect(await answers[0]).toEqual({ ok: false });
    await vi.waitFor(() => expect(document.querySelector(HOST)).not.toBeNull());
  });

  it('stays silent in a child frame without a selection, even with focus', async () => {
    await start().ready;
    getSelection()!.removeAllRanges();
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/annotate' }, {}, () => undefined);
    expect(answers.filter(Boolean)).toEqual([]);
    await settle(5);
    expect(document.querySelector(HOST)).toBeNull();
  });

  describe('a passage selected before the annotator was listening (the page was still loading)', () => {
    const selectedEarly = (hasBeenActive: boolean) => {
      vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { userActivation: { hasBeenActive, isActive: false } }));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(rangeOf('p1', 'Anthropic released Claude Code'));
    };

    it('gets its adder once annotations are on, when the person has used the page', async () => {
      selectedEarly(true);
      await start().ready;
      await vi.waitFor(() => expect(document.querySelector(HOST)).not.toBeNull());
    });

    it('gets none when nobody has pressed a key or button on the page (its own script selected it)', async () => {
      selectedEarly(false);
      await start().ready;
      await settle(5);
      expect(document.querySelector(HOST)).toBeNull();
    });

    it('gets none on a site where annotations are paused', async () => {
      await updateSettings({ paused: true });
      selectedEarly(true);
      await start().ready;
      await settle(5);
      expect(document.querySelector(HOST)).toBeNull();
    });
  });

  it('shows no adder for a selection the page "ends" with a synthetic mouseup', async () => {
    // Even on a page the person has used, once the annotator is up (its settings read).
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { userActivation: { hasBeenActive: true, isActive: false } }));
    await start().ready;
    await settle(5);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(rangeOf('p1', 'Anthropic released Claude Code'));
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
    await settle(5);
    expect(document.querySelector(HOST)).toBeNull();
  });
});
