/**
 * The editor on a page, from the content script's side (happy-dom; the frame's half is stood in for
 * by calling the session the content script hands `prepareEditorFrame`): an annotation is never lost.
 * A new note is filed under the address the editor opened on; an editor with unsaved changes is not
 * replaced by another annotate request, a note opened from the keyboard or a paused site; the UI host
 * comes back when the page removes it; an edit of a note changed or deleted elsewhere is refused.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dataset } from '../../../lib/core/dataset/types';
import type { Detector, Mention } from '../../../lib/page/detect/types';
import { describeRange } from '../../../lib/page/annotator/anchor-dom';
import * as frame from '../../../lib/page/annotator/on-page/editor-frame';
import { buildTextIndex } from '../../../lib/page/annotator/text-index';
import { createAnnotation, noteOf, updateAnnotation } from '../../../lib/platform/annotations/model';
import { deleteAnnotation, loadPage, saveAnnotation } from '../../../lib/platform/annotations/store';
import { updateSettings } from '../../../lib/platform/settings';
import { fixtureBody, loadFixture, rangeOf } from './page-fixture';
import { startUnderHub } from './under-hub';
import { painted, settle, stubHighlights } from './fake-highlights';

vi.mock('../../../lib/page/annotator/on-page/editor-frame', { spy: true });

const HOST = '[data-ai-industry-lens="annotator"]';
const QUOTE = 'Anthropic released Claude Code';
const OTHER = 'Cursor grew faster than any developer tool before it';
const content = (note: string) => ({ note, tags: [], entityIds: [] });

/** The shadow roots made on the page: the annotator's is closed, so the test keeps its own handle. */
let roots: ShadowRoot[] = [];
/** The annotator UI's (the annotations' overlay has a closed root of its own). */
const shadow = () => roots.filter((root) => root.host.matches(HOST)).at(-1)!;
const iframe = () => shadow()?.querySelector('iframe') ?? null;
const toast = () => shadow()?.querySelector('.toast')?.textContent ?? '';
const sessions = () => vi.mocked(frame.prepareEditorFrame).mock.calls.map((call) => call[0]);
const session = () => sessions().at(-1)!;
/** The editor's frame once the host has entered the page (it mounts asynchronously). */
const shownFrame = () => vi.waitFor(() => iframe() ?? Promise.reject(new Error('no editor frame yet')));
/** What the frame reports as the note is typed: a note that is not empty is a change from a new editor's. */
const typed = (frameSession: ReturnType<typeof session>, note: string) => frameSession.onDraft!({ note, tags: [], entities: [] }, note !== '');

let ctx: ContentScriptContext;
let home: string;
async function start() {
  ctx = new ContentScriptContext('editor-flow-test');
  const annotator = startUnderHub(ctx, { mentionsIn: () => [] } as unknown as Detector, { entities: [] } as unknown as Dataset).annotator!;
  await annotator.ready;
  await settle();
  return annotator;
}

async function saved(id: string, text: string, note = 'n') {
  const annotation = createAnnotation({
    source: location.href,
    selectors: describeRange(buildTextIndex(document.body), rangeOf(id, text))!,
    content: content(note),
  });
  await saveAnnotation(annotation);
  return annotation;
}

/** The keyboard's list of notes: the entry for `id` (Enter on it is a click). */
async function noteEntry(id: string): Promise<HTMLButtonElement> {
  return vi.waitFor(() => {
    const entry = shadow()?.querySelector<HTMLButtonElement>(`button[data-note-id="${id}"]`);
    if (!entry) throw new Error('no entry yet');
    return entry;
  });
}

const button = (name: string) => [...shadow().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

beforeEach(() => {
  fakeBrowser.reset();
  stubHighlights();
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  home = location.href;
  loadFixture();
});
afterEach(() => {
  ctx?.abort();
  history.replaceState(null, '', home);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.mocked(frame.prepareEditorFrame).mockClear();
  document.querySelectorAll(HOST).forEach((host) => host.remove());
});

describe('a new note', () => {
  it('is filed under the address the editor opened on, even when the page changed its address before Save', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    // A single-page app moves on (or an infinite scroll rewrites the address) while the note is typed.
    history.pushState(null, '', '/another-article');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await session().onSave(content('mine'))).toBeNull();
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['mine']);
    expect((await loadPage(location.href)).annotations).toEqual([]);
    // Nor is it painted on the page that is shown now.
    expect(painted()).not.toContain(QUOTE);
  });
});

describe('an editor with unsaved changes', () => {
  it('is not replaced by a new annotate request (shortcut, menu, the card): focus goes back to it, with a notice', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const first = session();
    typed(first, 'half a thought');
    const editorFrame = await shownFrame();
    const focus = vi.spyOn(HTMLIFrameElement.prototype, 'focus');
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(rangeOf('p2', OTHER));
    const answers = (await fakeBrowser.runtime.onMessage.trigger({ type: 'page/annotate' }, {}, () => undefined)).filter(Boolean);
    expect(await Promise.all(answers)).toEqual([{ ok: false }]);
    expect(annotator.annotateMention({ range: rangeOf('p2', OTHER) } as Mention)).toBe(false);
    expect(sessions()).toHaveLength(1);
    expect(iframe()).toBe(editorFrame);
    expect(focus).toHaveBeenCalled();
    expect(toast()).toMatch(/note is still open/);
    // Saved, it is the note that was being written.
    expect(await first.onSave(content('half a thought'))).toBeNull();
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['half a thought']);
  });

  it('gives way when unchanged: the new request gets a frame and session of its own', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const before = await shownFrame();
    typed(session(), '');
    expect(annotator.annotateRange(rangeOf('p2', OTHER))).toBe(true);
    expect(sessions()).toHaveLength(2);
    await vi.waitFor(() => expect(iframe()).not.toBe(before));
    expect(iframe()!.isConnected).toBe(true);
  });

  it('is not replaced by a note opened from the keyboard list', async () => {
    const annotation = await saved('p2', OTHER, 'older note');
    const annotator = await start();
    const entry = await noteEntry(annotation.id);
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    typed(session(), 'half a thought');
    const editorFrame = await shownFrame();
    entry.click();
    await settle();
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(iframe()).toBe(editorFrame);
    expect(toast()).toMatch(/note is still open/);
  });

  it('stays open when the site is paused (here or from another device); an unchanged one closes', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    typed(session(), 'half a thought');
    const editorFrame = await shownFrame();
    await updateSettings({ paused: true });
    await settle();
    expect(iframe()).toBe(editorFrame);
    expect(await session().onSave(content('half a thought'))).toBeNull();
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['half a thought']);
    // Nothing is painted on the paused site, the saved note included.
    expect(painted()).toEqual([]);
    await updateSettings({ paused: false });
    await settle();
    session().onClose();
    expect(annotator.annotateRange(rangeOf('p2', OTHER))).toBe(true);
    typed(session(), '');
    await updateSettings({ paused: true });
    await vi.waitFor(() => expect(iframe()).toBeNull());
  });
});

describe('the UI host', () => {
  it('comes back when the page removed it (a framework rewrote the body)', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    await vi.waitFor(() => expect(document.querySelector(HOST)).not.toBeNull());
    session().onClose();
    document.body.innerHTML = fixtureBody();
    expect(document.querySelector(HOST)).toBeNull();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    expect(document.querySelector(HOST)).not.toBeNull();
    expect(iframe()?.isConnected).toBe(true);
    // One frame for the one editor (the closed one is not brought back).
    expect(sessions()).toHaveLength(2);
    // A toast, too.
    session().onClose();
    document.body.innerHTML = fixtureBody();
    getSelection()!.removeAllRanges();
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page/annotate' }, {}, () => undefined);
    expect(document.querySelector(HOST)).not.toBeNull();
    expect(toast()).toMatch(/Select some text first/);
  });

  it('brings an editor the page removed back with its draft, still unsaved, and saves it under its page', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const first = session();
    await shownFrame();
    const draft = { note: 'keep me', tags: ['t'], entities: [] };
    first.onDraft!(draft, true);
    history.pushState(null, '', '/rewritten');
    document.body.innerHTML = fixtureBody();
    await vi.waitFor(() => expect(sessions()).toHaveLength(2), { timeout: 2000 });
    expect(document.querySelector(HOST)).not.toBeNull();
    expect(session().open).toMatchObject({ mode: 'new', initial: first.open.initial, draft });
    expect(iframe()?.isConnected).toBe(true);
    expect(await session().onSave(content('keep me'))).toBeNull();
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['keep me']);
  });
});

describe('an editor after its Save, or that never reports in', () => {
  it('is not shown again once saved when the page then removes it (the note would be saved twice)', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const first = session();
    await shownFrame();
    typed(first, 'once');
    expect(await first.onSave(content('once'))).toBeNull();
    // The page rewrites its body before the frame's own close arrives.
    document.body.innerHTML = fixtureBody();
    await settle();
    await new Promise((done) => setTimeout(done, 700));
    expect(sessions()).toHaveLength(1);
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['once']);
  });

  it('removed by the page while its Save is under way, waits for it: through, it is done; refused, it comes back', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const first = session();
    await shownFrame();
    typed(first, 'in flight');
    const saving = first.onSave(content('in flight'));
    document.body.innerHTML = fixtureBody();
    expect(await saving).toBeNull();
    await settle();
    await new Promise((done) => setTimeout(done, 700));
    expect(sessions()).toHaveLength(1);
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['in flight']);
    // A save the store refuses, with the frame lost meanwhile: the draft is shown again.
    expect(annotator.annotateRange(rangeOf('p2', OTHER))).toBe(true);
    const second = session();
    await shownFrame();
    typed(second, 'refused');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const refused = second.onSave(content('refused'));
    document.body.innerHTML = fixtureBody();
    expect(await refused).toMatch(/storage for annotations is full/);
    await vi.waitFor(() => expect(sessions()).toHaveLength(3), { timeout: 2000 });
    expect(session().open).toMatchObject({ draft: { note: 'refused' } });
  });

  it('holds the page only while its frame may still report in: one shown again that never does gives way', async () => {
    const annotator = await start();
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const first = session();
    await shownFrame();
    typed(first, 'draft');
    let now = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    document.body.innerHTML = fixtureBody();
    await vi.waitFor(() => expect(sessions()).toHaveLength(2), { timeout: 2000 });
    // The new frame has not reported in: a new request waits a moment, then is let through.
    expect(annotator.annotateRange(rangeOf('p2', OTHER))).toBe(false);
    now += 6000;
    expect(annotator.annotateRange(rangeOf('p2', OTHER))).toBe(true);
  });
});

describe('leaving the page', () => {
  it('asks first while an editor holds unsaved changes, and not otherwise', async () => {
    const annotator = await start();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(annotator.annotateRange(rangeOf('p1', QUOTE))).toBe(true);
    const first = session();
    await shownFrame();
    expect(leave()).toBe(false);
    typed(first, 'unsaved');
    expect(leave()).toBe(true);
    typed(first, '');
    expect(leave()).toBe(false);
  });
});

describe('an edit', () => {
  async function openEdit(id: string) {
    (await noteEntry(id)).click();
    await vi.waitFor(() => expect(button('Edit')).toBeTruthy());
    button('Edit')!.click();
    await vi.waitFor(() => expect(session()?.open.mode).toBe('edit'));
    return session();
  }

  it('saves when nobody changed the note meanwhile', async () => {
    const annotation = await saved('p2', OTHER, 'first');
    await start();
    const edit = await openEdit(annotation.id);
    expect(await edit.onSave(content('second'))).toBeNull();
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['second']);
  });

  it('of a note changed in another tab since it opened is refused, and says so (the draft stays)', async () => {
    const annotation = await saved('p2', OTHER, 'first');
    await start();
    const edit = await openEdit(annotation.id);
    // Tab B edits the same note and saves first.
    await saveAnnotation(updateAnnotation(annotation, content('from tab B'), new Date(Date.now() + 1000)));
    expect(await edit.onSave(content('from tab A'))).toMatch(/changed in another tab since you opened it.*kept here/);
    expect((await loadPage(home)).annotations.map(noteOf)).toEqual(['from tab B']);
  });

  it('of a note deleted in another tab since it opened is refused: the note does not come back', async () => {
    const annotation = await saved('p2', OTHER, 'first');
    await start();
    const edit = await openEdit(annotation.id);
    await deleteAnnotation(home, annotation.id);
    expect(await edit.onSave(content('from tab A'))).toMatch(/deleted in another tab/);
    expect((await loadPage(home)).annotations).toEqual([]);
  });
});
