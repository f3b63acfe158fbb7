/** Import as both pages do it: the file's text checked whole first, then stored (nothing half-imports). */
import { parseAnnotationImport } from './import';
import { addAnnotations, type ImportResult } from './store';

/** Stores the annotations of a JSON-LD export; throws with the reason when the file is refused. */
export async function importAnnotationText(text: string): Promise<ImportResult> {
  const parsed = parseAnnotationImport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return addAnnotations(parsed.annotations);
}
