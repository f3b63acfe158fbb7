/**
 * The person's additional dataset, kept in `storage.local` (it can be larger than `storage.sync`
 * allows) with the file name it came from and when it was added.
 */
import { storage } from 'wxt/utils/storage';
import type { Dataset } from '../../core/dataset/types';

export interface UserDatasetRecord {
  /** The file's name as the person picked it ("my-notes.json"). */
  fileName: string;
  /** ISO time it was added. */
  importedAt: string;
  dataset: Dataset;
}

export const userDatasetItem = storage.defineItem<UserDatasetRecord | null>('local:userDataset', {
  fallback: null,
});

export function getUserDataset(): Promise<UserDatasetRecord | null> {
  return userDatasetItem.getValue();
}

export async function removeUserDataset(): Promise<void> {
  await userDatasetItem.removeValue();
}
