import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation, updateAnnotation, type Annotation } from '../../../lib/platform/annotations/model';
import { useLocalAnnotationWriter } from '../../../lib/platform/annotations/local-writer';
import { addAnnotations, AnnotationStoreError, deleteAnnotation, loadPage, saveAnnotation, setOrphans } from '../../../lib/platform/annotations/store';
import { currentWriter, isWriteRequest, setAnnotationWriter, remoteWriter } from '../../../lib/platform/annotations/writer';
import { serveAnnotationWrites } from '../../../lib/background/annotation-writes';

const PAGE = 'https://example.com/story';

function note(text: string, source = PAGE): Annotation {
  return createAnnotation({
    source,
    selectors: [{ type: 'TextQuoteSelector', exact: text }],
    content: { note: `about ${text}`, tags: [], entityIds: [] },
  });
}

/** The background's handler, reached as `runtime.sendMessage` reaches it: the payload crosses as JSON. */
function backgroundReachedByMessage(): ReturnType<typeof vi.fn> {
  const handle = serveAnnotationWrites();
  // This context sends; the background's writer is the local one of this module instance.
  setAnnotationWriter(remoteWriter);
  const send = vi.fn(async (message: unknown) => {
    const { type, write } = JSON.parse(JSON.stringify(message)) as { type: string; write: unknown };
    expect(type).toBe('annotations/write');
    await new Promise((done) => setTimeout(done, Math.random() * 3));
    return JSON.parse(JSON.stringify(await handle({ write })));
  });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(send as never);
  return send;
}

describe('the one annotation writer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(() => useLocalAnnotationWriter());

  it('sends every write of a non-background context to the background, which loses none of many at once', async () => {
    const send = backgroundReachedByMessage();
    const many = Array.from({ length: 30 }, (_, i) => note(`n${i}`));
    const edited = updateAnnotation(many[0], { note: 'edited', tags: [], entityIds: [] });
    await Promise.all([
      ...many.map((a) => saveAnnotation(a, 'Story')),
      addAnnotations([note('imported 1'), note('imported 2', 'https://example.com/other')]),
    ]);
    await Promise.all([saveAnnotation(edited), deleteAnnotation(PAGE, many[1].id), setOrphans(PAGE, [many[2].id])]);
    expect(send).toHaveBeenCalledTimes(34);
    const record = await loadPage(PAGE);
    expect(record.annotations).toHaveLength(30);
    expect(record.annotations.find((a) => a.id === many[0].id)?.body[0]).toMatchObject({ value: 'edited' });
    expect(record.orphans).toEqual([many[2].id]);
    expect(record.title).toBe('Story');
  });

  it('answers each write with its value, as the store promised before', async () => {
    backgroundReachedByMessage();
    const a = note('one');
    const saved = await saveAnnotation(a, 'Story');
    expect(saved.annotations.map((x) => x.id)).toEqual([a.id]);
    expect(await addAnnotations([a, note('two')])).toEqual({ added: 1, skipped: 1 });
    expect((await deleteAnnotation(PAGE, a.id)).annotations).toHaveLength(1);
  });

  it('merges an import: an annotation edited meanwhile keeps its edit, whatever the file holds', async () => {
    backgroundReachedByMessage();
    const a = note('one');
    await saveAnnotation(a);
    const edited = updateAnnotation(a, { note: 'my later thought', tags: [], entityIds: [] });
    await Promise.all([saveAnnotation(edited), addAnnotations([a, note('two')])]);
    const record = await loadPage(PAGE);
    expect(record.annotations.map((x) => x.body[0])).toMatchObject([{ value: 'my later thought' }, { value: 'about two' }]);
  });

  it('refuses an edit of a note changed or deleted since the edit started, with the reason, through the background too', async () => {
    backgroundReachedByMessage();
    const write = currentWriter().write;
    const a = note('one');
    await saveAnnotation(a);
    const later = new Date(Date.parse(a.modified) + 1000);
    // Tab B opened the note and saves first; tab A opened it at the same version and saves after.
    const theirs = updateAnnotation(a, { note: 'from tab B', tags: [], entityIds: [] }, later);
    const mine = updateAnnotation(a, { note: 'from tab A', tags: [], entityIds: [] }, new Date(later.getTime() + 1000));
    await write({ op: 'save', annotation: theirs, base: a.modified });
    const refused = write({ op: 'save', annotation: mine, base: a.modified });
    await expect(refused).rejects.toBeInstanceOf(AnnotationStoreError);
    await expect(refused).rejects.toThrow(/changed in another tab since you opened it/);
    expect((await loadPage(PAGE)).annotations.map((x) => x.body[0])).toMatchObject([{ value: 'from tab B' }]);
    // Deleted meanwhile: the edit does not bring it back.
    await deleteAnnotation(PAGE, a.id);
    await expect(write({ op: 'save', annotation: mine, base: theirs.modified })).rejects.toThrow(/deleted in another tab/);
    expect(await browser.storage.local.get(null)).toEqual({});
    // Without a base (a new note, an import) a save is as before.
    await write({ op: 'save', annotation: mine });
    expect((await loadPage(PAGE)).annotations).toHaveLength(1);
    expect(isWriteRequest({ op: 'save', annotation: a, base: 1 })).toBe(false);
    expect(isWriteRequest({ op: 'save', annotation: a, base: a.modified })).toBe(true);
  });

  it('brings a failed write back as its reason, and nothing is half-written', async () => {
    backgroundReachedByMessage();
    const kept = note('kept');
    await saveAnnotation(kept);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const failed = saveAnnotation(note('new'));
    await expect(failed).rejects.toBeInstanceOf(AnnotationStoreError);
    await expect(failed).rejects.toThrow(/storage for annotations is full.*Export/);
    expect((await loadPage(PAGE)).annotations.map((a) => a.id)).toEqual([kept.id]);
  });

  it('says so when the background cannot be reached or does not answer', async () => {
    setAnnotationWriter(remoteWriter);
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection'));
    await expect(saveAnnotation(note('x'))).rejects.toThrow(/Could not establish connection/);
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce(undefined as never);
    await expect(saveAnnotation(note('y'))).rejects.toBeInstanceOf(AnnotationStoreError);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('refuses requests in the wrong shape, whatever a message says', async () => {
    const handle = serveAnnotationWrites();
    expect(isWriteRequest({ op: 'save', annotation: { id: 1 } })).toBe(false);
    expect(isWriteRequest({ op: 'drop-everything' })).toBe(false);
    expect(isWriteRequest({ op: 'add', annotations: [note('a'), null] })).toBe(false);
    expect(isWriteRequest({ op: 'orphans', url: PAGE, ids: [1] })).toBe(false);
    expect(isWriteRequest({ op: 'delete', url: PAGE, id: 'urn:uuid:x' })).toBe(true);
    expect(await handle({ write: { op: 'save', annotation: 'x' } })).toEqual({ ok: false, error: expect.any(String) });
    expect(await browser.storage.local.get(null)).toEqual({});
  });
});
