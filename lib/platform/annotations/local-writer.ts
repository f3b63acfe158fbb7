/**
 * The writer that touches storage: the background's. Its writes run one after the other (one queue),
 * each a read-modify-write of the keys it changes, so no two of them interleave; a write that fails
 * leaves what was stored untouched and says what to do. Only the background installs it
 * (`serveAnnotationWrites`); every other context reaches it by message (`remoteWriter`).
 */
import { browser } from 'wxt/browser';
import type { Annotation } from './model';
import { t } from '../../core/i18n';
import { AnnotationStoreError, describeWriteError } from './store-error';
import { idList, isRecord, loadAll, loadPage, orphansKey, pageKey, type PageRecord } from './store';
import { normalizeUrl } from './url';
import { serialQueue } from '../../core/serial';
import { setAnnotationWriter, type AnnotationWriter, type ImportResult, type WriteRequest, type WriteValues } from './writer';

/** Runs a task after every earlier write has finished. */
const serial = serialQueue();

async function writeRecords(records: PageRecord[]): Promise<void> {
  const items: Record<string, PageRecord | undefined> = {};
  const empty: string[] = [];
  for (const { orphans: _status, ...record } of records) {
    if (record.annotations.length) items[pageKey(record.url)] = record;
    // A page with no annotations left has no orphans either.
    else empty.push(pageKey(record.url), orphansKey(record.url));
  }
  try {
    // One `set` call: the browser applies it whole or not at all.
    if (Object.keys(items).length) await browser.storage.local.set(items);
    if (empty.length) await browser.storage.local.remove(empty);
  } catch (error) {
    throw describeWriteError(error);
  }
}

/**
 * An edit made on a copy that is no longer the stored one would silently undo the later edit (or bring
 * a deleted note back): refused, and the editor keeps its text.
 */
function refuseStale(stored: Annotation | undefined, base: string): void {
  if (!stored) throw new AnnotationStoreError(t('annotateDeletedElsewhere'));
  if ((stored.modified ?? '') !== base) throw new AnnotationStoreError(t('annotateChangedElsewhere'));
}

async function save(annotation: Annotation, pageTitle?: string, base?: string): Promise<PageRecord> {
  const record = await loadPage(annotation.target.source);
  const annotations = record.annotations.filter((a) => a.id !== annotation.id);
  const at = record.annotations.findIndex((a) => a.id === annotation.id);
  if (base !== undefined) refuseStale(record.annotations[at], base);
  if (at >= 0) annotations.splice(at, 0, annotation);
  else annotations.push(annotation);
  const next: PageRecord = { ...record, title: pageTitle || record.title, annotations };
  await writeRecords([next]);
  return next;
}

async function remove(url: string, id: string): Promise<PageRecord> {
  const record = await loadPage(url);
  const next: PageRecord = { ...record, annotations: record.annotations.filter((a) => a.id !== id) };
  await writeRecords([next]);
  return next;
}

async function setOrphans(url: string, ids: string[]): Promise<null> {
  const key = orphansKey(url);
  const found = await browser.storage.local.get([pageKey(url), key]);
  const before = [...(idList(found[key]) ?? [])].sort().join('\n');
  const after = [...ids].sort().join('\n');
  if (before === after) return null;
  try {
    if (!ids.length) await browser.storage.local.remove(key);
    else if (isRecord(found[pageKey(url)])) await browser.storage.local.set({ [key]: [...ids] });
  } catch (error) {
    throw describeWriteError(error);
  }
  return null;
}

/** Adds what is not stored yet (by id); an annotation already there is kept as it is, never replaced. */
async function add(annotations: Annotation[]): Promise<ImportResult> {
  const existing = await loadAll();
  const ids = new Set(existing.flatMap((r) => r.annotations.map((a) => a.id)));
  const byKey = new Map(existing.map((r) => [pageKey(r.url), r]));
  const changed = new Map<string, PageRecord>();
  let skipped = 0;
  for (const annotation of annotations) {
    if (ids.has(annotation.id)) {
      skipped++;
      continue;
    }
    ids.add(annotation.id);
    const key = pageKey(annotation.target.source);
    const record = changed.get(key) ??
      byKey.get(key) ?? { url: normalizeUrl(annotation.target.source), title: '', annotations: [] };
    changed.set(key, {
      ...record,
      title: record.title || annotation.target.title || '',
      annotations: [...record.annotations, annotation],
    });
  }
  await writeRecords([...changed.values()]);
  return { added: annotations.length - skipped, skipped };
}

function apply(request: WriteRequest): Promise<WriteValues[WriteRequest['op']]> {
  switch (request.op) {
    case 'save':
      return save(request.annotation, request.pageTitle, request.base);
    case 'delete':
      return remove(request.url, request.id);
    case 'add':
      return add(request.annotations);
    case 'orphans':
      return setOrphans(request.url, request.ids);
  }
}

export const localWriter: AnnotationWriter = {
  write: (request) => serial(() => apply(request)) as never,
};

/** Makes this context the one writer (the background, and unit tests that stand for it). */
export function useLocalAnnotationWriter(): void {
  setAnnotationWriter(localWriter);
}
