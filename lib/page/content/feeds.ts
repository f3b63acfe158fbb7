/**
 * What every feature of a frame reads and follows, held once by the hub: a value read once, kept live
 * through one subscription to its source, and handed to each feature that listens until its signal
 * aborts. Two feeds: the settings as this frame sees them, and the dataset in use (the bundled one
 * merged with the person's own).
 */
import { bundledDataset, type Dataset } from '../../core/dataset';
import { activeDatasetFrom, getUserDataset, userDatasetItem } from '../../platform/userdata';

const report = (what: string, error: unknown) => console.debug(`[AI Industry Lens] ${what}:`, error);

export interface Feed<T> {
  readonly value: T;
  /** Whether the source has answered yet (until then `value` is the default). */
  readonly known: boolean;
  /**
   * Calls `listener` on every new value until `signal` aborts; with `replay`, also at once with the
   * value already known.
   */
  listen(signal: AbortSignal, listener: (value: T) => void, replay: boolean): void;
  /** A new value from the source: every listener hears it, each alone in its failure. */
  set(value: T): void;
  clear(): void;
}

export function createFeed<T>(initial: T, name: string): Feed<T> {
  let value = initial;
  let known = false;
  const listeners = new Set<(value: T) => void>();
  const call = (listener: (value: T) => void) => {
    try {
      listener(value);
    } catch (error) {
      report(`${name} listener failed`, error);
    }
  };
  return {
    get value() {
      return value;
    },
    get known() {
      return known;
    },
    listen(signal, listener, replay) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
      if (replay && known) call(listener);
    },
    set(next) {
      value = next;
      known = true;
      for (const listener of [...listeners]) call(listener);
    },
    clear: () => listeners.clear(),
  };
}

/** Where the person's dataset comes from: read once, then followed. */
export interface DatasetSource {
  read(): Promise<Dataset>;
  /** Calls `onChange` with the dataset to use after each change of the stored one; returns the unsubscribe. */
  watch(onChange: (dataset: Dataset) => void): () => void;
}

/**
 * The stored one (`lib/platform/userdata`: one storage read, no validator). If storage fails, the
 * bundled dataset still works. Only a change of the stored record is heard (a storage event), so a
 * page where none exists does no more work.
 */
export const storedDataset: DatasetSource = {
  read: () =>
    getUserDataset().then(
      (record) => activeDatasetFrom(record),
      () => bundledDataset,
    ),
  watch: (onChange) => userDatasetItem.watch((record) => onChange(activeDatasetFrom(record ?? null))),
};
