/**
 * Collects MutationRecords and hands them over about once per frame: a burst of changes becomes one
 * batch. A page that keeps changing (a clock, a live feed) is read less and less often, down to every
 * MAX_GAP_MS, since each flush has a fixed cost whatever it finds; a change after a quiet second is
 * read about a frame later.
 */
const MIN_GAP_MS = 100;
const MAX_GAP_MS = 400;
const QUIET_MS = 1000;
/**
 * How long a first change waits for the rest of its burst: about a frame. A timer, not an animation
 * frame callback: whatever runs in one shares a task with the frame's style, layout and paint, so even a
 * callback of 0.2 ms that only set a timer made the page's own rendering of a growing feed (15-50 ms of
 * layout a frame) count as a long task with our script in it (traces of 7 December 2026, eighth session).
 * A timer also fires where frames never come (a hidden tab, a throttled iframe).
 */
export const BURST_MS = 16;

export interface MutationQueue {
  push(records: readonly MutationRecord[]): void;
  /** Hands over what is pending now (tests, settle). */
  flushNow(): void;
  readonly pending: number;
  clear(): void;
}

export function createMutationQueue(onFlush: (records: MutationRecord[]) => void): MutationQueue {
  let pending: MutationRecord[] = [];
  let handle: ReturnType<typeof setTimeout> | null = null;
  let lastFlush = -Infinity;
  let gap = 0;

  const cancel = () => {
    if (handle === null) return;
    clearTimeout(handle);
    handle = null;
  };

  const flushNow = () => {
    if (handle === null) return;
    cancel();
    const began = performance.now();
    gap = began - lastFlush < QUIET_MS ? Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, gap * 2)) : 0;
    lastFlush = began;
    const records = pending;
    pending = [];
    if (records.length > 0) onFlush(records);
  };

  const schedule = () => {
    if (handle !== null) return;
    handle = setTimeout(flushNow, Math.max(BURST_MS, lastFlush + gap - performance.now()));
  };

  return {
    push(records) {
      for (const record of records) pending.push(record);
      schedule();
    },
    flushNow,
    get pending() {
      return pending.length;
    },
    clear() {
      cancel();
      pending = [];
    },
  };
}
