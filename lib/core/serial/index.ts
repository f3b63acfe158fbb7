/**
 * A queue of asynchronous tasks run one after the other: a read-change-write of storage never
 * interleaves with another of the same queue, so neither loses the other's change.
 */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/** Each call runs `task` after every task given before it has settled (a failure does not stop the queue). */
export function serialQueue(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
