/**
 * Runs work in short slices, so no task the extension adds holds the main thread for long (the
 * budget is about 8 ms; a browser counts a task over 50 ms as long). A burst of work starts in the
 * page's idle time; its later slices follow as background-priority tasks, so input and rendering
 * still come first between slices but the work does not wait for idle periods that a busy page
 * never has. Tasks run first in, first out; each gets the slice's deadline and says whether it
 * finished.
 */
export type SliceTask = (deadline: number) => boolean;

export interface SliceStats {
  /** Slices run, and their summed and longest duration in ms. */
  slices: number;
  totalMs: number;
  longestMs: number;
  /** Slices that took longer than 50 ms (a "long task"), for the benchmark's honesty. */
  over50: number;
}

export interface Scheduler {
  /** Queues a task; `runningNow` when the caller runs a slice itself at once (no idle callback then). */
  add(task: SliceTask, runningNow?: boolean): void;
  /** Runs one slice now, in the caller's task (a mutation flush that found a little new work). */
  runNow(): void;
  /** Drops every queued task (a pause, or a full rescan replacing partial ones). */
  clear(): void;
  readonly pending: number;
  stats(): SliceStats;
  /** Called at the end of every slice (to paint and notify what the slice found). */
  onSliceEnd: (() => void) | null;
  /** Resolves when the queue is next empty. */
  idle(): Promise<void>;
}

export interface SchedulerOptions {
  sliceMs?: number;
  now?: () => number;
}

type IdleHandle = { timeRemaining(): number; didTimeout: boolean };
type PostTask = (callback: () => void, options: { priority: 'background' | 'user-visible' }) => Promise<unknown>;

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const queue: SliceTask[] = [];
  const waiters: (() => void)[] = [];
  const stats: SliceStats = { slices: 0, totalMs: 0, longestMs: 0, over50: 0 };
  let scheduled = false;
  const requestIdle = (globalThis as { requestIdleCallback?: (cb: (d: IdleHandle) => void, o?: object) => number })
    .requestIdleCallback;

  const taskScheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const postTask = typeof taskScheduler?.postTask === 'function' ? taskScheduler.postTask.bind(taskScheduler) : null;

  const schedule = (continuation: boolean) => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    if (!continuation && requestIdle) {
      // The timeout keeps work moving on a page that is never idle (an animation, a live feed).
      requestIdle.call(globalThis, runSlice, { timeout: 150 });
    } else if (postTask) {
      postTask(() => runSlice(null), { priority: 'user-visible' }).catch(() => runSlice(null));
    } else setTimeout(() => runSlice(null), 0);
  };

  let running = false;
  const runSlice = (idle: IdleHandle | null, fromCallback = true) => {
    if (fromCallback) scheduled = false;
    if (running) return;
    if (queue.length === 0) {
      if (!scheduled) for (const done of waiters.splice(0)) done();
      return;
    }
    running = true;
    const start = now();
    const budget = idle && !idle.didTimeout ? Math.min(sliceMs, Math.max(idle.timeRemaining(), 3)) : sliceMs;
    const deadline = start + budget;
    try {
      while (queue.length > 0) {
        let finished = true;
        try {
          finished = queue[0](deadline);
        } catch (error) {
          console.debug('[AI Industry Lens] a scan task failed and was dropped:', error);
        }
        if (finished) queue.shift();
        if (now() >= deadline) break;
      }
      scheduler.onSliceEnd?.();
    } catch (error) {
      console.debug('[AI Industry Lens] slice failed:', error);
    } finally {
      running = false;
      const spent = now() - start;
      stats.slices++;
      stats.totalMs += spent;
      if (spent > stats.longestMs) stats.longestMs = spent;
      if (spent > 50) stats.over50++;
      if (queue.length > 0) schedule(true);
      else for (const done of waiters.splice(0)) done();
    }
  };

  const scheduler: Scheduler = {
    add(task, runningNow = false) {
      queue.push(task);
      if (!runningNow) schedule(false);
    },
    runNow() {
      runSlice(null, false);
    },
    clear() {
      queue.length = 0;
      if (!scheduled) for (const done of waiters.splice(0)) done();
    },
    get pending() {
      return queue.length;
    },
    stats: () => ({ ...stats }),
    onSliceEnd: null,
    idle: () => (queue.length === 0 && !scheduled ? Promise.resolve() : new Promise((done) => waiters.push(done))),
  };
  return scheduler;
}
