/**
 * Validation of a dataset: first its shape against `assets/dataset.schema.json`
 * (validate-schema.ts), then the invariants a schema cannot express (validate-refs.ts: unique ids,
 * references that resolve, alias conflicts, real calendar dates, disputed facts whose sources match
 * their claims).
 *
 * Nothing here throws on bad input: every problem comes back as a DatasetError with the file, a JSON
 * pointer into it and a message saying what was expected and what was found.
 */
import type { Dataset } from './types';
import { referenceErrors } from './validate-refs';
import { schemaErrors, type DatasetError } from './validate-schema';

export { datasetSchema, pointer, type DatasetError } from './validate-schema';

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Validates parsed JSON as a dataset. Never throws: returns the typed dataset, or every problem found.
 * Shape errors (from the JSON Schema) are reported alone; the cross-reference checks run once the
 * shape is right, since they rely on it.
 */
export function validateDataset(data: unknown, fileName = 'assets/dataset.json'): DatasetValidation {
  try {
    const shape = schemaErrors(data, fileName);
    if (shape.length > 0) return { ok: false, errors: shape };
    const dataset = data as Dataset;
    const semantic = referenceErrors(dataset, fileName);
    return semantic.length > 0 ? { ok: false, errors: semantic } : { ok: true, dataset };
  } catch (error) {
    return {
      ok: false,
      errors: [{ file: fileName, path: '', message: `could not be validated: ${(error as Error)?.message ?? String(error)}` }],
    };
  }
}

/**
 * Only the shape check (the JSON Schema), for data whose references may point elsewhere (an import
 * merged into the bundled dataset). Never throws.
 */
export function validateDatasetShape(data: unknown, fileName = 'imported dataset'): DatasetError[] {
  try {
    return schemaErrors(data, fileName);
  } catch (error) {
    return [{ file: fileName, path: '', message: `could not be validated: ${(error as Error)?.message ?? String(error)}` }];
  }
}

/** Parses JSON text (e.g. a user's import) and validates it; a syntax error becomes a DatasetError too. */
export function validateDatasetText(text: string, fileName = 'imported dataset'): DatasetValidation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ file: fileName, path: '', message: `expected valid JSON, found a syntax error: ${(error as Error).message}` }] };
  }
  return validateDataset(data, fileName);
}

/** One line per error: `assets/dataset.json: /entities/3/facts/0/sources/1: unknown source id "foo" (...)`. */
export function formatDatasetErrors(errors: readonly DatasetError[]): string {
  return errors
    .map((e) => `${e.file}: ${e.path === '' ? '(document)' : e.path}: ${e.message.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n');
}
