/**
 * Annotations leave the browser in three formats: W3C JSON-LD (an AnnotationCollection, which
 * import reads back), Markdown that Obsidian and similar tools file as notes, and CSV with the columns
 * spreadsheets and highlight services import.
 */
import { ANNOTATION_CONTEXT, entityIdsOf, noteOf, positionOf, quoteOf, tagsOf, type Annotation } from './model';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

export interface ExportOptions {
  /** Display name of an entity id (falls back to the id). */
  entityName?: (id: string) => string | undefined;
  now?: Date;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

function nameOf(options: ExportOptions, id: string): string {
  return options.entityName?.(id) ?? id;
}

export function toJsonLd(annotations: readonly Annotation[], options: ExportOptions = {}): string {
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `AI Industry Lens annotations, exported ${(options.now ?? new Date()).toISOString()}`,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
  return JSON.stringify(collection, null, 2);
}

/** An Obsidian tag: no spaces, only characters it accepts. */
function markdownTag(tag: string): string {
  return '#' + tag.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
}

/** A link that scrolls to the quote in browsers with text fragments, and is the page elsewhere. */
function linkToQuote(url: string, exact: string): string {
  if (!/^https?:/.test(url) || exact.length > 300 || exact.includes('\n')) return url;
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const words = exact.trim().split(/\s+/);
  const fragment =
    words.length > 8
      ? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`
      : encode(exact.trim());
  return `${url}#:~:text=${fragment}`;
}

/** Markdown link text and destinations must not break out of their brackets. */
function escapeLinkText(text: string): string {
  return text.replace(/([\[\]\\])/g, '\\$1');
}

function escapeUrl(url: string): string {
  return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
}

function groupByPage(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const pages = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = pages.get(annotation.target.source) ?? [];
    list.push(annotation);
    pages.set(annotation.target.source, list);
  }
  return pages;
}

export function toMarkdown(annotations: readonly Annotation[], options: ExportOptions = {}): string {
  const lines: string[] = [
    '# AI Industry Lens annotations',
    '',
    `Exported ${(options.now ?? new Date()).toISOString().slice(0, 10)}: ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}.`,
    '',
  ];
  for (const [url, list] of groupByPage(annotations)) {
    const title = list.find((a) => a.target.title)?.target.title || url;
    lines.push(`## [${escapeLinkText(title)}](${escapeUrl(url)})`, '');
    for (const annotation of list) {
      const exact = quoteOf(annotation)?.exact ?? '';
      for (const line of exact.split(/\r?\n/)) lines.push(`> ${line}`);
      lines.push('');
      const note = noteOf(annotation);
      if (note) lines.push(note, '');
      const meta: string[] = [];
      const tags = tagsOf(annotation);
      if (tags.length) meta.push(`Tags: ${tags.map(markdownTag).join(' ')}`);
      const entities = entityIdsOf(annotation);
      if (entities.length) meta.push(`Entities: ${entities.map((id) => `[[${nameOf(options, id)}]]`).join(', ')}`);
      meta.push(`[Open on page](${escapeUrl(linkToQuote(url, exact))}) · ${annotation.created.slice(0, 10)}`);
      lines.push(...meta.map((m) => `- ${m}`), '', '---', '');
    }
  }
  return lines.join('\n');
}

/**
 * Readwise's import columns (Highlight, Title, URL, Note, Location, Date; Author and Tags where known)
 * under their own names, so highlight services and spreadsheets read them without a mapping step.
 * "Date" is when the annotation was made.
 */
export const CSV_COLUMNS = [
  'Highlight',
  'Note',
  'Tags',
  'URL',
  'Title',
  'Date',
  'Modified',
  'Entities',
  'Location',
  'ID',
] as const;

/** Quotes a cell, and defuses text a spreadsheet would run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(annotations: readonly Annotation[], options: ExportOptions = {}): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const annotation of annotations) {
    const cells = [
      quoteOf(annotation)?.exact ?? '',
      noteOf(annotation),
      tagsOf(annotation).join(', '),
      annotation.target.source,
      annotation.target.title ?? '',
      annotation.created,
      annotation.modified,
      entityIdsOf(annotation)
        .map((id) => nameOf(options, id))
        .join(', '),
      String(positionOf(annotation)?.start ?? ''),
      annotation.id,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

export function exportFile(
  format: ExportFormat,
  annotations: readonly Annotation[],
  options: ExportOptions = {},
): ExportFile {
  const stamp = (options.now ?? new Date()).toISOString().slice(0, 10);
  const base = `ai-industry-lens-annotations-${stamp}`;
  switch (format) {
    case 'jsonld':
      return { filename: `${base}.jsonld`, mimeType: 'application/ld+json', text: toJsonLd(annotations, options) };
    case 'markdown':
      return { filename: `${base}.md`, mimeType: 'text/markdown', text: toMarkdown(annotations, options) };
    case 'csv':
      return { filename: `${base}.csv`, mimeType: 'text/csv', text: toCsv(annotations, options) };
  }
}
