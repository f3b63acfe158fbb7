/**
 * The active dataset (the bundled one merged with the person's own) without the dataset validator:
 * what the content script, in every frame of every page, and the other surfaces import. The stored
 * record was validated when it was imported (the options page, `checkUserDataset`), so here it is only
 * merged (`mergeValidated`); a record that no longer merges cleanly (the bundled data changed with an
 * extension update) or was damaged gives the bundled dataset, never an error.
 *
 * Keep this module free of `../dataset/validate` (directly or through `../dataset`'s index): that
 * would bring the JSON Schema validator and the schema back into the content script.
 */
import { bundledDataset, mergeValidated } from '../../core/dataset';
import type { Dataset } from '../../core/dataset/types';
import { getUserDataset, userDatasetItem, type UserDatasetRecord } from './store';

let cache: { record: UserDatasetRecord; key: string; base: Dataset; dataset: Dataset } | null = null;

/** The bundled dataset merged with the person's; merging happens once per imported file. */
export function activeDatasetFrom(record: UserDatasetRecord | null, base: Dataset = bundledDataset): Dataset {
  if (!record) return base;
  let key: string;
  try {
    key = `${record.fileName}@${record.importedAt}`;
  } catch {
    return base;
  }
  if (cache && cache.base === base && (cache.record === record || cache.key === key)) return cache.dataset;
  const merge = mergeValidated(base, record.dataset, String(record.fileName));
  // A stored file that no longer merges (the bundled data changed since) must not break any surface.
  const dataset = merge.ok ? merge.dataset : base;
  if (!merge.ok) console.debug('[AI Industry Lens] your dataset is not used:', merge.errors[0]?.message);
  cache = { record, key, base, dataset };
  return dataset;
}

export async function getActiveDataset(): Promise<Dataset> {
  return activeDatasetFrom(await getUserDataset());
}

/**
 * Calls back with the active dataset now and whenever the person adds or removes their own (one
 * storage read, then storage change events); returns the unsubscribe.
 */
export function watchActiveDataset(onChange: (dataset: Dataset) => void): () => void {
  let stopped = false;
  void getUserDataset().then(
    (record) => !stopped && onChange(activeDatasetFrom(record)),
    () => !stopped && onChange(bundledDataset),
  );
  const unwatch = userDatasetItem.watch((record) => onChange(activeDatasetFrom(record ?? null)));
  return () => {
    stopped = true;
    unwatch();
  };
}
