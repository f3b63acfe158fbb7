/**
 * The person's own dataset: what is bundled, what they added, and the file picker that adds one. A
 * refused file leaves everything as it was and says, per problem, where in the file it is.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../../core/dataset/types';
import { formatDateTime, formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { fileSizeProblem, importUserDatasetText, removeUserDataset, watchUserDataset, type UserDatasetRecord } from '../../platform/userdata';
import { readFileText } from '../download';

type Status = { kind: 'ok' | 'error'; title: string; details?: string[] } | null;

export function DataSection({ bundled }: { bundled: Dataset }) {
  const [record, setRecord] = useState<UserDatasetRecord | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => watchUserDataset(setRecord), []);

  const onPick = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // Picking the same file again after fixing it must fire again.
    if (!file) return;
    // A file over the size limit is refused before it is read into memory.
    const tooBig = fileSizeProblem(file.size, file.name);
    if (tooBig) return setStatus({ kind: 'error', title: t('dataImportRefused', file.name), details: [tooBig] });
    const result = await importUserDatasetText(await readFileText(file), file.name);
    setStatus(
      result.ok
        ? { kind: 'ok', title: t('dataImportOk', file.name, formatNumber(result.record.dataset.entities.length)) }
        : { kind: 'error', title: t('dataImportRefused', file.name), details: result.problems },
    );
  };

  return (
    <section class="ail-card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('sectionData')}</h2>
      <p class="ail-hint">{t('dataHint')}</p>
      <dl class="ail-facts">
        <dt>{t('dataBundledLabel')}</dt>
        <dd>
          {t('dataBundled', bundled.version, formatNumber(bundled.entities.length), formatNumber(bundled.sources.length))}
        </dd>
        <dt>{t('dataYoursLabel')}</dt>
        <dd data-testid="user-dataset">
          {record
            ? t(
                'dataImported',
                record.fileName,
                record.dataset.version,
                formatNumber(record.dataset.entities.length),
                formatNumber(record.dataset.sources.length),
                formatDateTime(record.importedAt),
              )
            : t('dataNone')}
        </dd>
      </dl>
      <div class="ail-row">
        <input id="dataset-file" class="ail-visually-hidden" type="file" accept=".json,application/json" onChange={onPick} />
        <label for="dataset-file" class="ail-button">
          {t('dataImportButton')}
        </label>
        {record && (
          <button
            type="button"
            class="ail-button ail-quiet"
            onClick={async () => {
              await removeUserDataset();
              setStatus({ kind: 'ok', title: t('dataRemoved') });
            }}
          >
            {t('dataRemoveButton')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" class="ail-status-slot">
        {status && (
          <div class={status.kind === 'ok' ? 'ail-notice' : 'ail-error'} data-testid="dataset-status">
            <p>{status.title}</p>
            {status.details && (
              <ul class="ail-problems">
                {status.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
