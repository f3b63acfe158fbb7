/**
 * The dataset every surface should show: the bundled one merged with the person's own, if they added
 * one. `getActiveDataset()` for a one-off read, `watchActiveDataset(cb)` to follow imports and removals
 * live (both in `./active`, which merges the stored, already-checked record without the validator).
 * Importing validates first (schema, merge, cross-references) and stores nothing unless the file is
 * sound and merges cleanly.
 */
import { bundledDataset, formatDatasetErrors, mergeDatasets } from '../../core/dataset';
import type { Dataset } from '../../core/dataset/types';
import { datasetLimitProblems, fileSizeProblem, textBytes } from './limits';
import { getUserDataset, userDatasetItem, type UserDatasetRecord } from './store';

export { getUserDataset, removeUserDataset, type UserDatasetRecord } from './store';
export { DATASET_LIMITS, COMMON_WORDS, isCommonWord, datasetLimitProblems, fileSizeProblem } from './limits';
export { activeDatasetFrom, getActiveDataset, watchActiveDataset } from './active';

export type UserDatasetImport =
  | { ok: true; record: UserDatasetRecord; merged: Dataset }
  | { ok: false; problems: string[] };

/** One problem per line, each naming the file and the place in it. */
function problemLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * Checks a file's text as an additional dataset: its size, JSON, the limits (`./limits`: counts,
 * lengths, no common word as an alias without context), the dataset schema, and mergeable with `base`
 * (its facts may cite base sources and relate to base entities; a clashing id or alias refuses the
 * whole file). Pure: stores nothing.
 */
export function checkUserDataset(
  text: string,
  fileName: string,
  base: Dataset = bundledDataset,
  now = new Date(),
): UserDatasetImport {
  const tooBig = fileSizeProblem(textBytes(text), fileName);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${fileName}: expected valid JSON, found a syntax error: ${(error as Error).message}`] };
  }
  const overLimits = datasetLimitProblems(data, fileName);
  if (overLimits.length) return { ok: false, problems: overLimits };
  const merge = mergeDatasets(base, data, fileName);
  if (!merge.ok) return { ok: false, problems: problemLines(formatDatasetErrors(merge.errors)) };
  return {
    ok: true,
    record: { fileName, importedAt: now.toISOString(), dataset: data as Dataset },
    merged: merge.dataset,
  };
}

/** Validates, merges and, only if all is well, stores the file as the person's dataset (replacing any). */
export async function importUserDatasetText(text: string, fileName: string): Promise<UserDatasetImport> {
  const result = checkUserDataset(text, fileName);
  if (result.ok) await userDatasetItem.setValue(result.record);
  return result;
}

/** Calls back with the person's dataset record now and after every change; returns the unsubscribe. */
export function watchUserDataset(onChange: (record: UserDatasetRecord | null) => void): () => void {
  let stopped = false;
  void getUserDataset().then((record) => !stopped && onChange(record));
  const unwatch = userDatasetItem.watch((record) => onChange(record ?? null));
  return () => {
    stopped = true;
    unwatch();
  };
}
export { userDatasetItem } from './store';
