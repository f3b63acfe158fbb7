import { useEffect, useState } from 'preact/hooks';
import { loadAll, watchAnnotations, type PageRecord } from '../../platform/annotations';
import { t } from '../../core/i18n';

/** Every stored page of annotations, kept current as any context changes them. */
export function useAnnotationRecords(): { records: PageRecord[] | null; error: string | null } {
  const [records, setRecords] = useState<PageRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      loadAll().then(
        (all) => !stopped && (setRecords(all), setError(null)),
        (e: Error) => !stopped && setError(t('sidepanelReadFailed', e.message)),
      );
    void load();
    // Changes carry the new records: patch them in instead of reading every page again.
    const stop = watchAnnotations((changes) =>
      setRecords((previous) => {
        if (!previous) return previous;
        const byUrl = new Map(previous.map((r) => [r.url, r]));
        for (const { url, record } of changes) {
          if (record) byUrl.set(url, record);
          else byUrl.delete(url);
        }
        return [...byUrl.values()];
      }),
      // Orphan marks live under their own keys: ask for their changes, merged into the records.
      { orphans: true },
    );
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return { records, error };
}
