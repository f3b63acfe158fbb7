/**
 * Annotations in `storage.local`, one key per page (`annotations:<normalised url>`): a page's
 * annotations load with one read, a save rewrites only its page, and listing everything is one
 * `get(null)`. Writes go through one queue per context so read-modify-write steps never interleave,
 * and a write that fails leaves what was stored untouched and says what to do.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Annotation } from './model';
import { normalizeUrl } from './url';

export const PAGE_KEY_PREFIX = 'annotations:';

export interface PageRecord {
  url: string;
  title: string;
  annotations: Annotation[];
  /** Ids that did not anchor on the last visit (not W3C data: a status the side panel shows). */
  orphans?: string[];
}

export class AnnotationStoreError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'AnnotationStoreError';
  }
}

export function pageKey(url: string): string {
  return PAGE_KEY_PREFIX + normalizeUrl(url);
}

function describeWriteError(error: unknown): AnnotationStoreError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(detail)) {
    return new AnnotationStoreError(t('annotateStorageFull'), error);
  }
  return new AnnotationStoreError(t('annotateStorageRefused', detail), error);
}

function isRecord(value: unknown): value is PageRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PageRecord).annotations) &&
    typeof (value as PageRecord).url === 'string'
  );
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `task` after every earlier write of this context has finished. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readKey(key: string): Promise<PageRecord | null> {
  const found = await browser.storage.local.get(key);
  const value = found[key];
  return isRecord(value) ? value : null;
}

async function writeRecords(records: PageRecord[]): Promise<void> {
  const items: Record<string, PageRecord | undefined> = {};
  const empty: string[] = [];
  for (const record of records) {
    if (record.annotations.length) items[pageKey(record.url)] = record;
    else empty.push(pageKey(record.url));
  }
  try {
    // One `set` call: the browser applies it whole or not at all.
    if (Object.keys(items).length) await browser.storage.local.set(items);
    if (empty.length) await browser.storage.local.remove(empty);
  } catch (error) {
    throw describeWriteError(error);
  }
}

export async function loadPage(url: string): Promise<PageRecord> {
  const normalized = normalizeUrl(url);
  return (await readKey(pageKey(normalized))) ?? { url: normalized, title: '', annotations: [] };
}

export async function loadAll(): Promise<PageRecord[]> {
  const everything = await browser.storage.local.get(null);
  const records: PageRecord[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (key.startsWith(PAGE_KEY_PREFIX) && isRecord(value)) records.push(value);
  }
  return records;
}

/** Adds or replaces (by id) an annotation on its page. */
export function saveAnnotation(annotation: Annotation, pageTitle?: string): Promise<PageRecord> {
  return serial(async () => {
    const record = await loadPage(annotation.target.source);
    const annotations = record.annotations.filter((a) => a.id !== annotation.id);
    const at = record.annotations.findIndex((a) => a.id === annotation.id);
    if (at >= 0) annotations.splice(at, 0, annotation);
    else annotations.push(annotation);
    const next: PageRecord = { ...record, title: pageTitle || record.title, annotations };
    await writeRecords([next]);
    return next;
  });
}

export function deleteAnnotation(url: string, id: string): Promise<PageRecord> {
  return serial(async () => {
    const record = await loadPage(url);
    const next: PageRecord = {
      ...record,
      annotations: record.annotations.filter((a) => a.id !== id),
      orphans: record.orphans?.filter((o) => o !== id),
    };
    await writeRecords([next]);
    return next;
  });
}

/** Records which annotations of a page did not anchor; writes only when that changed. */
export function setOrphans(url: string, ids: string[]): Promise<void> {
  return serial(async () => {
    const record = await readKey(pageKey(url));
    if (!record) return;
    const before = [...(record.orphans ?? [])].sort().join('\n');
    const after = [...ids].sort().join('\n');
    if (before === after) return;
    await writeRecords([{ ...record, orphans: ids }]);
  });
}

export interface ImportResult {
  added: number;
  /** Already stored (same id): left as they were. */
  skipped: number;
}

/** Stores annotations that are not there yet (by id), all pages in one write. */
export function addAnnotations(annotations: Annotation[]): Promise<ImportResult> {
  return serial(async () => {
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
      const next = {
        ...record,
        title: record.title || annotation.target.title || '',
        annotations: [...record.annotations, annotation],
      };
      changed.set(key, next);
    }
    await writeRecords([...changed.values()]);
    return { added: annotations.length - skipped, skipped };
  });
}

export interface PageChange {
  url: string;
  /** The page's record after the change; null when its last annotation was deleted. */
  record: PageRecord | null;
}

/**
 * Calls `onChange` whenever any page's annotations change (in any context), with the new records, so
 * no one has to read them back. Returns the stop.
 */
export function watchAnnotations(onChange: (changes: PageChange[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const pages: PageChange[] = [];
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(PAGE_KEY_PREFIX)) continue;
      pages.push({ url: key.slice(PAGE_KEY_PREFIX.length), record: isRecord(change.newValue) ? change.newValue : null });
    }
    if (pages.length) onChange(pages);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
