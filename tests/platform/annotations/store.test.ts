import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation, updateAnnotation, type Annotation } from '../../../lib/platform/annotations/model';
import {
  addAnnotations,
  deleteAnnotation,
  loadAll,
  loadPage,
  orphansKey,
  pageKey,
  saveAnnotation,
  setOrphans,
  watchAnnotations,
} from '../../../lib/platform/annotations/store';

function note(source: string, text: string): Annotation {
  return createAnnotation({
    source,
    selectors: [{ type: 'TextQuoteSelector', exact: text }],
    content: { note: `about ${text}`, tags: [], entityIds: [] },
  });
}

const PAGE = 'https://example.com/story';

describe('annotation storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps one key per normalised page and lists every page', async () => {
    const a = note(PAGE, 'one');
    const b = note(PAGE, 'two');
    const c = note('https://example.com/other', 'three');
    await saveAnnotation(a, 'Story');
    await saveAnnotation(b);
    await saveAnnotation(c, 'Other');
    const stored = await browser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual([pageKey('https://example.com/other'), pageKey(PAGE)].sort());
    expect((await loadPage(`${PAGE}?utm_source=newsletter#top`)).annotations.map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await loadPage(PAGE)).title).toBe('Story');
    expect((await loadAll()).flatMap((r) => r.annotations)).toHaveLength(3);
  });

  it('replaces an edited annotation in place, and deletes', async () => {
    const a = note(PAGE, 'one');
    const b = note(PAGE, 'two');
    await saveAnnotation(a);
    await saveAnnotation(b);
    await saveAnnotation(updateAnnotation(a, { note: 'edited', tags: [], entityIds: [] }));
    expect((await loadPage(PAGE)).annotations.map((x) => x.body[0])).toMatchObject([{ value: 'edited' }, { value: 'about two' }]);
    await deleteAnnotation(PAGE, a.id);
    await deleteAnnotation(PAGE, b.id);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('serialises concurrent saves so none is lost', async () => {
    const many = Array.from({ length: 20 }, (_, i) => note(PAGE, `n${i}`));
    await Promise.all(many.map((a) => saveAnnotation(a)));
    expect((await loadPage(PAGE)).annotations).toHaveLength(20);
  });

  it('surfaces a full quota with what to do, and loses nothing already saved', async () => {
    const kept = note(PAGE, 'kept');
    await saveAnnotation(kept);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveAnnotation(note(PAGE, 'new'))).rejects.toThrow(/storage for annotations is full.*Export/);
    expect((await loadPage(PAGE)).annotations.map((a) => a.id)).toEqual([kept.id]);
    // The queue is not stuck after a failure.
    await saveAnnotation(note(PAGE, 'later'));
    expect((await loadPage(PAGE)).annotations).toHaveLength(2);
  });

  it('imports only annotations that are not there yet, in one write', async () => {
    const a = note(PAGE, 'one');
    await saveAnnotation(a);
    const set = vi.spyOn(browser.storage.local, 'set');
    const b = note(PAGE, 'two');
    const c = note('https://example.com/third', 'three');
    expect(await addAnnotations([a, b, c, b])).toEqual({ added: 2, skipped: 2 });
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadAll()).flatMap((r) => r.annotations.map((x) => x.id)).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('records orphans, writing only when they change', async () => {
    const a = note(PAGE, 'one');
    await saveAnnotation(a);
    const set = vi.spyOn(browser.storage.local, 'set');
    await setOrphans(PAGE, [a.id]);
    await setOrphans(PAGE, [a.id]);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadPage(PAGE)).orphans).toEqual([a.id]);
  });

  it('keeps orphan status under its own key, never rewriting the page’s annotations', async () => {
    const a = note(PAGE, 'one');
    await saveAnnotation(a);
    const set = vi.spyOn(browser.storage.local, 'set');
    await setOrphans(PAGE, [a.id]);
    expect(set).toHaveBeenCalledWith({ [orphansKey(PAGE)]: [a.id] });
    expect(set.mock.calls.flatMap((call) => Object.keys(call[0]))).not.toContain(pageKey(PAGE));
    expect((await browser.storage.local.get(pageKey(PAGE)))[pageKey(PAGE)]).not.toHaveProperty('orphans');
    expect((await loadAll())[0].orphans).toEqual([a.id]);
    // Back to none: the key goes.
    await setOrphans(PAGE, []);
    expect(await browser.storage.local.get(orphansKey(PAGE))).toEqual({});
    // A page without annotations gets no status.
    await setOrphans('https://example.com/none', ['x']);
    expect(await browser.storage.local.get(orphansKey('https://example.com/none'))).toEqual({});
  });

  it('loses no edit made elsewhere while a visit reports orphans', async () => {
    const a = note(PAGE, 'one');
    await saveAnnotation(a);
    // The side panel edits the note between the content script's read and its orphan report: the
    // report must not write back the record it read before the edit.
    const get = browser.storage.local.get.bind(browser.storage.local);
    const edited = updateAnnotation(a, { note: 'edited in the side panel', tags: [], entityIds: [] });
    vi.spyOn(browser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const found = await get(keys as string[]);
      await browser.storage.local.set({ [pageKey(PAGE)]: { url: PAGE, title: '', annotations: [edited] } });
      return found;
    });
    await setOrphans(PAGE, [a.id]);
    expect((await loadPage(PAGE)).annotations).toEqual([edited]);
    expect((await loadPage(PAGE)).orphans).toEqual([a.id]);
  });

  it('drops a page’s orphan status with its last annotation', async () => {
    const a = note(PAGE, 'one');
    await saveAnnotation(a);
    await setOrphans(PAGE, [a.id]);
    await deleteAnnotation(PAGE, a.id);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('tells watchers who ask of orphan status changes, merged into the page’s record', async () => {
    const a = note(PAGE, 'one');
    await saveAnnotation(a);
    const seen: [string, string[] | undefined][] = [];
    const plain: number[] = [];
    const stop = watchAnnotations((changes) => seen.push(...changes.map((c): [string, string[] | undefined] => [c.url, c.record?.orphans])), {
      orphans: true,
    });
    const stopPlain = watchAnnotations((changes) => plain.push(changes.length));
    await setOrphans(PAGE, [a.id]);
    await vi.waitFor(() => expect(seen).toEqual([[PAGE, [a.id]]]));
    await saveAnnotation(updateAnnotation(a, { note: 'again', tags: [], entityIds: [] }));
    await vi.waitFor(() => expect(seen).toEqual([[PAGE, [a.id]], [PAGE, [a.id]]]));
    stop();
    stopPlain();
    // Watchers that did not ask hear of the annotation change only.
    expect(plain).toEqual([1]);
  });

  it('tells watchers which pages changed', async () => {
    const seen: [string, number | null][][] = [];
    const stop = watchAnnotations((changes) => seen.push(changes.map((c) => [c.url, c.record?.annotations.length ?? null])));
    const a = note(`${PAGE}#frag`, 'x');
    await saveAnnotation(a);
    await browser.storage.local.set({ unrelated: 1 });
    await deleteAnnotation(PAGE, a.id);
    stop();
    expect(seen).toEqual([[[PAGE, 1]], [[PAGE, null]]]);
  });
});
