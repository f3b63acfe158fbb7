/**
 * Research annotations as data: W3C Web Annotations (the model), anchoring on a page's text (exact, then
 * quote, then fuzzy), storage in storage.local one key per page, and export/import (JSON-LD, Markdown,
 * CSV). Read by the annotator in the page and by the side panel, popup and options page.
 */
export * from './model';
export { normalizeUrl } from './url';
export { anchorText, describeText, DEFAULT_FUZZY_THRESHOLD, type TextAnchor, type AnchorMethod } from './anchor';
export {
  loadAll,
  loadPage,
  saveAnnotation,
  deleteAnnotation,
  addAnnotations,
  setOrphans,
  watchAnnotations,
  pageKey,
  orphansKey,
  AnnotationStoreError,
  PAGE_KEY_PREFIX,
  ORPHANS_KEY_PREFIX,
  type PageRecord,
  type ImportResult,
  type PageChange,
  type WatchOptions,
} from './store';
export {
  currentWriter,
  setAnnotationWriter,
  remoteWriter,
  isWriteRequest,
  openNote,
  type AnnotationWriter,
  type WriteRequest,
  type WriteOutcome,
} from './writer';
export { localWriter, useLocalAnnotationWriter } from './local-writer';
export {
  notesByEntity,
  notesForEntity,
  noteMatches,
  searchEntityNotes,
  CARD_NOTE_LIMIT,
  type EntityNote,
  type NoteSearchHit,
} from './entity-notes';
export { exportFile, toCsv, toJsonLd, toMarkdown, CSV_COLUMNS, type ExportFormat, type ExportFile } from './export';
export { parseAnnotationImport, IMPORT_LIMITS, type ImportParse } from './import';
export { importAnnotationText } from './io';
export { type AnchorOptions } from './anchor';
