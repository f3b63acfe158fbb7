/**
 * Collects MutationRecords and hands them over once per frame: a burst of changes becomes one batch
 * (a timer covers frames that never come, as in a hidden tab or a throttled iframe). A page that keeps
 * changing (a clock, a live feed) is read less and less often, down to every MAX_GAP_MS, since each
 * flush has a fixed cost whatever it finds; a change after a quiet second is read in the next frame.
 */
const MIN_GAP_MS = 100;
const MAX_GAP_MS = 400;
const QUIET_MS = 1000;
const FRAME_FALLBACK_MS = 250;

export interface MutationQueue {
  push(records: readonly MutationRecord[]): void;
  /** Hands over what is pending now (tests, settle). */
  flushNow(): void;
  readonly pending: number;
  clear(): void;
}

export function createMutationQueue(onFlush: (records: MutationRecord[]) => void): MutationQueue {
  let pending: MutationRecord[] = [];
  let handle: { raf: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let lastFlush = -Infinity;
  let gap = 0;

  const cancel = () => {
    if (!handle) return;
    if (handle.raf) cancelAnimationFrame(handle.raf);
    clearTimeout(handle.timer);
    handle = null;
  };

  const flushNow = () => {
    if (!handle) return;
    cancel();
    const began = performance.now();
    gap = began - lastFlush < QUIET_MS ? Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, gap * 2)) : 0;
    lastFlush = began;
    const records = pending;
    pending = [];
    if (records.length > 0) onFlush(records);
  };

  /**
   * The frame came: read its records in a task of their own right after it, not inside the animation
   * frame callback, whose task also holds the frame's style, layout and paint (a flush there made the
   * longest task the page had: 24 ms of ours plus the page's 20 ms of rendering).
   */
  const afterFrame = () => {
    if (!handle) return;
    clearTimeout(handle.timer);
    handle.raf = 0;
    handle.timer = setTimeout(flushNow, 0);
  };

  const schedule = () => {
    if (handle) return;
    const wait = lastFlush + gap - performance.now();
    handle =
      wait > 0
        ? { raf: 0, timer: setTimeout(flushNow, wait) }
        : { raf: requestAnimationFrame(afterFrame), timer: setTimeout(flushNow, FRAME_FALLBACK_MS) };
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
