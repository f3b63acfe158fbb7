/**
 * For an entity's entry: the pages where the person annotated it, with how many notes each, from
 * the annotations store (lib/platform/annotations). Read once when the popup opens and again when notes change.
 */
import { entityIdsOf, loadAll, notesByEntity, watchAnnotations, type EntityNote, type PageRecord } from '../../platform/annotations';
import type { EntityAnnotationPage } from '../entity-view';

export type AnnotatedPages = Map<string, EntityAnnotationPage[]>;

export function groupAnnotatedPages(records: readonly PageRecord[]): AnnotatedPages {
  const byEntity: AnnotatedPages = new Map();
  for (const record of records) {
    const counts = new Map<string, number>();
    for (const annotation of record.annotations) {
      for (const id of new Set(entityIdsOf(annotation))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, count] of counts) {
      const pages = byEntity.get(id) ?? [];
      pages.push({ url: record.url, title: record.title, count });
      byEntity.set(id, pages);
    }
  }
  for (const pages of byEntity.values()) pages.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return byEntity;
}

/**
 * Calls `onChange` with the annotated pages (and every entity's notes) now and after every change;
 * returns the unsubscribe.
 */
export function followAnnotatedPages(onChange: (pages: AnnotatedPages, notes: Map<string, EntityNote[]>) => void): () => void {
  let stopped = false;
  const load = () =>
    loadAll()
      .then((records) => !stopped && onChange(groupAnnotatedPages(records), notesByEntity(records)))
      // The entry simply shows no annotation section when the store cannot be read.
      .catch(() => undefined);
  void load();
  const unwatch = watchAnnotations(() => void load());
  return () => {
    stopped = true;
    unwatch();
  };
}
