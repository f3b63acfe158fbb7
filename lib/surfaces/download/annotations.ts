/**
 * Annotation files, the one way the side panel and the options page export and import them: an export
 * is made by lib/platform/annotations and saved as a download; an import is read from the picked file
 * and stored whole or refused with the reason.
 */
import { exportFile, importAnnotationText, type Annotation, type ExportFile, type ExportFormat, type ImportResult } from '../../platform/annotations';
import { formatNumber } from '../../core/format';
import { plural, t } from '../../core/i18n';
import { downloadText } from './save';
import { readFileText } from './read-file';

/** Saves `annotations` as a file in `format`; returns the file made (its name for a message). */
export function downloadAnnotations(
  format: ExportFormat,
  annotations: readonly Annotation[],
  entityName: (id: string) => string | undefined,
): ExportFile {
  const file = exportFile(format, annotations, { entityName });
  downloadText(file.filename, file.mimeType, file.text);
  return file;
}

/** Stores the annotations of a picked JSON-LD file; throws with the reason when it is refused. */
export async function importAnnotationFile(file: Blob): Promise<ImportResult> {
  return importAnnotationText(await readFileText(file));
}

/** What the person is told after an export: how many, and the file's name. */
export function exportedMessage(count: number, fileName: string): string {
  return plural(count, 'sidepanelExportedOne', 'sidepanelExportedOther', fileName);
}

/** What the person is told after an import: how many were added, and how many were already there. */
export function importedMessage({ added, skipped }: ImportResult, fileName: string): string {
  return skipped
    ? plural(added, 'sidepanelImportedSkippedOne', 'sidepanelImportedSkippedOther', fileName, formatNumber(skipped))
    : plural(added, 'sidepanelImportedOne', 'sidepanelImportedOther', fileName);
}

/** What the person is told when a file was refused, with the reason. */
export function refusedMessage(fileName: string, error: unknown): string {
  return t('sidepanelImportRefused', fileName, error instanceof Error ? error.message : String(error));
}
