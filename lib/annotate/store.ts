/**
 * Annotations in `storage.local`, one key per page (`annotations:<normalised url>`): a page's
 * annotations load with one read, a save rewrites only its page, and listing everything is one
 * `get(null)`. Writes go through one queue per context so read-modify-write steps never interleave,
 * and a write that fails leaves what was stored untouched and says what to do.
 *
 * Which annotations did not anchor on the last visit is a status, not data: it lives under its own key
 * (`orphans:<normalised url>`), so a content script reporting it on a mere visit never rewrites the
 * page's annotations (and never undoes an edit made meanwhile in the side panel or another tab).
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Annotation } from './model';
import { normalizeUrl } from './url';

export const PAGE_KEY_PREFIX = 'annotations:';
export const ORPHANS_KEY_PREFIX = 'orphans:';

export interface PageRecord {
  url: string;
  title: string;
  annotations: Annotation[];
  /**
   * Ids that did not anchor on the last visit (not W3C data: a status the side panel shows). Stored
   * under the page's orphans key, never in the record; readers that ask for it get it merged in.
   */
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

export function orphansKey(url: string): string {
  return ORPHANS_KEY_PREFIX + normalizeUrl(url);
}

function idList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : undefined;
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

/** A page's record with its orphan status merged in (one read of both keys). */
async function readPage(url: string): Promise<PageRecord | null> {
  const key = pageKey(url);
  const orphans = orphansKey(url);
  const found = await browser.storage.local.get([key, orphans]);
  const value = found[key];
  if (!isRecord(value)) return null;
  const { orphans: _legacy, ...record } = value;
  const ids = idList(found[orphans]);
  return ids ? { ...record, orphans: ids } : record;
}

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

export async function loadPage(url: string): Promise<PageRecord> {
  const normalized = normalizeUrl(url);
  return (await readPage(normalized)) ?? { url: normalized, title: '', annotations: [] };
}

/** Every page's record, with its orphan status merged in. */
export async function loadAll(): Promise<PageRecord[]> {
  const everything = await browser.storage.local.get(null);
  const records: PageRecord[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(PAGE_KEY_PREFIX) || !isRecord(value)) continue;
    const { orphans: _legacy, ...record } = value;
    const ids = idList(everything[ORPHANS_KEY_PREFIX + key.slice(PAGE_KEY_PREFIX.length)]);
    records.push(ids ? { ...record, orphans: ids } : record);
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
    const next: PageRecord = { ...record, annotations: record.annotations.filter((a) => a.id !== id) };
    await writeRecords([next]);
    return next;
  });
}

/**
 * Records which annotations of a page did not anchor, under the page's orphans key only (the page's
 * annotations are never rewritten); writes only when that changed, and not for a page with none.
 */
export function setOrphans(url: string, ids: string[]): Promise<void> {
  return serial(async () => {
    const key = orphansKey(url);
    const found = await browser.storage.local.get([pageKey(url), key]);
    const before = [...(idList(found[key]) ?? [])].sort().join('\n');
    const after = [...ids].sort().join('\n');
    if (before === after) return;
    try {
      if (!ids.length) await browser.storage.local.remove(key);
      else if (isRecord(found[pageKey(url)])) await browser.storage.local.set({ [key]: [...ids] });
    } catch (error) {
      throw describeWriteError(error);
    }
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
  /**
   * The page's record after the change; null when its last annotation was deleted. Its `orphans` are
   * there only for watchers that asked for them.
   */
  record: PageRecord | null;
}

export interface WatchOptions {
  /**
   * Also report orphan status changes, and merge the status into every record (one read per changed
   * page). Only the side panel needs it; content scripts leave it off and read nothing.
   */
  orphans?: boolean;
}

/**
 * Calls `onChange` whenever any page's annotations change (in any context), with the new records, so
 * no one has to read them back. Returns the stop.
 */
export function watchAnnotations(onChange: (changes: PageChange[]) => void, options: WatchOptions = {}): () => void {
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const pages: PageChange[] = [];
    const urls = new Set<string>();
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(PAGE_KEY_PREFIX)) {
        const url = key.slice(PAGE_KEY_PREFIX.length);
        urls.add(url);
        const value = change.newValue;
        if (!isRecord(value)) pages.push({ url, record: null });
        else {
          const { orphans: _legacy, ...record } = value;
          pages.push({ url, record });
        }
      } else if (options.orphans && key.startsWith(ORPHANS_KEY_PREFIX)) {
        urls.add(key.slice(ORPHANS_KEY_PREFIX.length));
      }
    }
    if (!urls.size) return;
    if (!options.orphans) {
      onChange(pages);
      return;
    }
    // Each changed page as it is now, orphan status included.
    void Promise.all(
      [...urls].map(async (url) => ({ url, record: await readPage(url) }) satisfies PageChange),
    ).then(
      (fresh) => !stopped && onChange(fresh),
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
