/**
 * Export and import of annotations. The annotation store is reached through `AnnotationPort`, which the
 * options entrypoint builds from lib/platform/annotations, so this section stays testable with a stand-in.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import type { ImportResult } from '../../platform/annotations';
import { downloadText, exportedMessage, importedMessage, readFileText, refusedMessage } from '../download';

export interface AnnotationPort {
  count(): Promise<number>;
  /** Calls back after every change of the stored annotations; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  /** Every stored annotation as a JSON-LD file, and how many it holds. */
  exportFile(): Promise<{ fileName: string; text: string; mimeType: string; count: number }>;
  /** Throws with a message saying what is wrong with the file; else how many were added and already there. */
  importText(text: string): Promise<ImportResult>;
}

export function AnnotationsSection({ port }: { port?: AnnotationPort }) {
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (!port) return undefined;
    const refresh = () => void port.count().then(setCount);
    refresh();
    return port.watch(refresh);
  }, [port]);

  if (!port) {
    return (
      <section class="ail-card" aria-labelledby="annotations-heading">
        <h2 id="annotations-heading">{t('sectionAnnotations')}</h2>
        <p class="ail-hint">{t('annotationsUnavailable')}</p>
      </section>
    );
  }

  const onPick = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      setStatus({ kind: 'ok', text: importedMessage(await port.importText(await readFileText(file)), file.name) });
    } catch (error) {
      setStatus({ kind: 'error', text: refusedMessage(file.name, error) });
    }
  };
  const onExport = async () => {
    try {
      const file = await port.exportFile();
      downloadText(file.fileName, file.mimeType, file.text);
      setStatus({ kind: 'ok', text: exportedMessage(file.count, file.fileName) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('annotationsExportFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section class="ail-card" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">{t('sectionAnnotations')}</h2>
      <p class="ail-hint">{count === null ? '\u00a0' : t('annotationsCount', formatNumber(count))}</p>
      <div class="ail-row">
        <button
          type="button"
          class="ail-button"
          onClick={() => void onExport()}
        >
          {t('annotationsExport')}
        </button>
        <input id="annotations-file" class="ail-visually-hidden" type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={onPick} />
        <label for="annotations-file" class="ail-button ail-quiet">
          {t('annotationsImport')}
        </label>
      </div>
      <div role="status" aria-live="polite" class="ail-status-slot">
        {status && <p class={status.kind === 'ok' ? 'ail-notice' : 'ail-error'}>{status.text}</p>}
      </div>
    </section>
  );
}
