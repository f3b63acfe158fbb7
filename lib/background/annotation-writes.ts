/**
 * The background is the one writer of annotations: it makes its own writer the local one and applies
 * every context's write requests, one after the other. A request in the wrong shape is refused, not
 * applied.
 */
import { isWriteRequest, type WriteOutcome } from '../platform/annotations';
import { localWriter, useLocalAnnotationWriter } from '../platform/annotations';

export function serveAnnotationWrites(): (message: { write: unknown }) => Promise<WriteOutcome> {
  useLocalAnnotationWriter();
  return async ({ write }) => {
    if (!isWriteRequest(write)) return { ok: false, error: 'not an annotation write' };
    try {
      return { ok: true, value: await localWriter.write(write) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
