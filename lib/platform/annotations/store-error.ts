/** Why an annotation write failed, in words that say what to do. */
import { t } from '../../core/i18n';

export class AnnotationStoreError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'AnnotationStoreError';
  }
}

export function describeWriteError(error: unknown): AnnotationStoreError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(detail)) {
    return new AnnotationStoreError(t('annotateStorageFull'), error);
  }
  return new AnnotationStoreError(t('annotateStorageRefused', detail), error);
}

