/**
 * Research annotations: W3C Web Annotations made from page selections, stored in storage.local,
 * re-anchored on every visit, listed in the side panel, exported and imported.
 */
export { startAnnotator, type Annotator, type AnnotatorOptions } from './annotator';
export { startEditorPage } from './editor-page';
export { EDITOR_FRAME_CSS } from './ui/styles';
export * from './model';
export { normalizeUrl } from './url';
export { anchorText, describeText, DEFAULT_FUZZY_THRESHOLD, type TextAnchor, type AnchorMethod } from './anchor';
export { describeRange, anchorAnnotation } from './anchor-dom';
export { buildTextIndex, OWN_UI_ATTRIBUTE, type TextIndex } from './text-index';
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
export { ANNOTATION_HIGHLIGHT } from './paint';
