/**
 * Work gathered over a frame and done once in the next animation frame: any number of marks (scrolls,
 * resizes, DOM changes, the window reporting) cost one pass, which measures everything first and
 * writes after (so the browser lays the page out at most once for it).
 */
export interface FrameBatch<K> {
  /** `key` is measured again in the next frame. */
  mark(key: K): void;
  /** Every key (as `all()` gives them then) is measured again in the next frame. */
  markAll(): void;
  /** Whether a pass is waiting for its frame. */
  readonly pending: boolean;
  /** Forgets what was marked; no pass runs. */
  cancel(): void;
}

export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export function createFrameBatch<K>(clock: FrameClock, all: () => Iterable<K>, run: (keys: ReadonlySet<K>) => void): FrameBatch<K> {
  let marked = new Set<K>();
  let everything = false;
  let handle: number | null = null;
  const flush = () => {
    handle = null;
    const keys = everything ? new Set(all()) : marked;
    marked = new Set();
    everything = false;
    if (keys.size > 0) run(keys);
  };
  const schedule = () => {
    if (handle === null) handle = clock.request(flush);
  };
  return {
    mark(key) {
      if (!everything) marked.add(key);
      schedule();
    },
    markAll() {
      everything = true;
      marked.clear();
      schedule();
    },
    get pending() {
      return handle !== null;
    },
    cancel() {
      if (handle !== null) clock.cancel(handle);
      handle = null;
      marked = new Set();
      everything = false;
    },
  };
}
