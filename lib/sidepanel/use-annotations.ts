import { useEffect, useState } from 'preact/hooks';
import { loadAll, watchAnnotations, type PageRecord } from '../annotate';

/** Every stored page of annotations, kept current as any context changes them. */
export function useAnnotationRecords(): { records: PageRecord[] | null; error: string | null } {
  const [records, setRecords] = useState<PageRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      loadAll().then(
        (all) => !stopped && (setRecords(all), setError(null)),
        (e: Error) => !stopped && setError(`Could not read annotations: ${e.message}`),
      );
    void load();
    const stop = watchAnnotations(() => void load());
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return { records, error };
}
