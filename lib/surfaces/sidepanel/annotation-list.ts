/**
 * The side panel's list, as pure data: every stored annotation flattened to a row with its search
 * text prepared once, filtered by a query, and grouped by page, entity or tag. Built so that 10,000
 * annotations filter in a few milliseconds per keystroke.
 */
import { entityIdsOf, noteOf, quoteOf, tagsOf, type Annotation, type PageRecord } from '../../platform/annotations';
import { t } from '../../core/i18n';
import { fold, foldedWords } from '../../core/fold';

export type GroupBy = 'page' | 'entity' | 'tag';

export interface AnnotationRow {
  annotation: Annotation;
  url: string;
  title: string;
  quote: string;
  note: string;
  tags: string[];
  entityIds: string[];
  orphan: boolean;
  /** Lower-cased, accent-free text of everything searchable. */
  haystack: string;
}

export interface AnnotationGroup {
  key: string;
  label: string;
  /** For page groups: the page's address. */
  url?: string;
  rows: AnnotationRow[];
}


export function buildRows(records: readonly PageRecord[], entityName: (id: string) => string): AnnotationRow[] {
  const rows: AnnotationRow[] = [];
  for (const record of records) {
    const orphans = new Set(record.orphans ?? []);
    for (const annotation of record.annotations) {
      const quote = quoteOf(annotation)?.exact ?? '';
      const note = noteOf(annotation);
      const tags = tagsOf(annotation);
      const entityIds = entityIdsOf(annotation);
      const title = record.title || annotation.target.title || record.url;
      rows.push({
        annotation,
        url: record.url,
        title,
        quote,
        note,
        tags,
        entityIds,
        orphan: orphans.has(annotation.id),
        haystack: fold([quote, note, tags.join(' '), entityIds.map(entityName).join(' '), title, record.url].join('\n')),
      });
    }
  }
  // Newest first: what was just annotated is what one looks for.
  rows.sort((a, b) => (a.annotation.modified < b.annotation.modified ? 1 : a.annotation.modified > b.annotation.modified ? -1 : 0));
  return rows;
}

/** Rows containing every word of the query (in any field). */
export function filterRows(rows: readonly AnnotationRow[], query: string): AnnotationRow[] {
  const terms = foldedWords(query);
  if (!terms.length) return rows as AnnotationRow[];
  return rows.filter((row) => terms.every((term) => row.haystack.includes(term)));
}

export function groupRows(
  rows: readonly AnnotationRow[],
  by: GroupBy,
  entityName: (id: string) => string,
): AnnotationGroup[] {
  const groups = new Map<string, AnnotationGroup>();
  const add = (key: string, label: string, row: AnnotationRow, url?: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, url, rows: [] }));
    group.rows.push(row);
  };
  for (const row of rows) {
    if (by === 'page') add(row.url, row.title, row, row.url);
    else if (by === 'tag') {
      if (!row.tags.length) add('\u0000none', t('sidepanelNoTag'), row);
      for (const tag of row.tags) add(`tag:${tag.toLowerCase()}`, `#${tag}`, row);
    } else {
      if (!row.entityIds.length) add('\u0000none', t('sidepanelNoEntity'), row);
      for (const id of row.entityIds) add(`entity:${id}`, entityName(id), row);
    }
  }
  const list = [...groups.values()];
  if (by === 'page') return list; // Rows are newest first, so pages are in order of latest activity.
  return list.sort((a, b) =>
    a.key.startsWith('\u0000') ? 1 : b.key.startsWith('\u0000') ? -1 : b.rows.length - a.rows.length || a.label.localeCompare(b.label),
  );
}
