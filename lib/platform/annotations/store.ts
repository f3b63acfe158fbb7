/**
 * Annotations in `storage.local`, one key per page (`annotations:<normalised url>`): a page's
 * annotations load with one read, a save rewrites only its page, and listing everything is one
 * `get(null)`. Any context reads; every write goes to one writer, the background's (`./writer`), so
 * read-modify-write steps of two tabs, the side panel and the options page never interleave, and a
 * write that fails leaves what was stored untouched and says what to do.
 *
 * Which annotations did not anchor on the last visit is a status, not data: it lives under its own key
 * (`orphans:<normalised url>`), so a content script reporting it on a mere visit never rewrites the
 * page's annotations (and never undoes an edit made meanwhile in the side panel or another tab).
 */
import { browser } from 'wxt/browser';
import type { Annotation } from './model';
import { normalizeUrl } from './url';
import { currentWriter, type ImportResult } from './writer';
export { AnnotationStoreError, describeWriteError } from './store-error';
export type { ImportResult } from './writer';

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

export function pageKey(url: string): string {
  return PAGE_KEY_PREFIX + normalizeUrl(url);
}

export function orphansKey(url: string): string {
  return ORPHANS_KEY_PREFIX + normalizeUrl(url);
}

export function idList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : undefined;
}

export function isRecord(value: unknown): value is PageRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PageRecord).annotations) &&
    typeof (value as PageRecord).url === 'string'
  );
}

/** A page's record with its orphan status merged in (one read of both keys). */
export async function readPage(url: string): Promise<PageRecord | null> {
  const key = pageKey(url);
  const orphans = orphansKey(url);
  const found = await browser.storage.local.get([key, orphans]);
  const value = found[key];
  if (!isRecord(value)) return null;
  const { orphans: _legacy, ...record } = value;
  const ids = idList(found[orphans]);
  return ids ? { ...record, orphans: ids } : record;
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

/** Adds or replaces (by id) an annotation on its page (through the one writer). */
export function saveAnnotation(annotation: Annotation, pageTitle?: string): Promise<PageRecord> {
  return currentWriter().write({ op: 'save', annotation, pageTitle });
}

export function deleteAnnotation(url: string, id: string): Promise<PageRecord> {
  return currentWriter().write({ op: 'delete', url, id });
}

/**
 * Records which annotations of a page did not anchor, under the page's orphans key only (the page's
 * annotations are never rewritten); written only when that changed, and not for a page with none.
 */
export async function setOrphans(url: string, ids: string[]): Promise<void> {
  await currentWriter().write({ op: 'orphans', url, ids });
}

/** Stores annotations that are not there yet (by id), all pages in one write: an import merges, never clobbers. */
export function addAnnotations(annotations: Annotation[]): Promise<ImportResult> {
  return currentWriter().write({ op: 'add', annotations });
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
