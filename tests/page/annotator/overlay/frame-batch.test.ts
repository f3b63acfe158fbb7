import { describe, expect, it } from 'vitest';
import { createFrameBatch } from '../../../../lib/page/annotator/overlay/frame-batch';

/** A frame clock the test advances by hand. */
function manualClock() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request(callback: () => void) {
      queue.set(next, callback);
      return next++;
    },
    cancel: (handle: number) => void queue.delete(handle),
    get waiting() {
      return queue.size;
    },
    frame() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback();
    },
  };
}

describe('work batched per frame', () => {
  it('asks for one frame however many marks come, and runs once with every key marked', () => {
    const clock = manualClock();
    const runs: string[][] = [];
    const batch = createFrameBatch(clock, () => ['a', 'b', 'c'], (keys) => runs.push([...keys]));
    for (let i = 0; i < 50; i++) batch.mark(i % 2 ? 'a' : 'b');
    expect(clock.waiting).toBe(1);
    expect(runs).toEqual([]);
    clock.frame();
    expect(runs).toEqual([['b', 'a']]);
    // Nothing marked: no frame asked for.
    clock.frame();
    expect(clock.waiting).toBe(0);
    expect(runs).toHaveLength(1);
  });

  it('runs every key once when all are marked, whatever was marked alone before or after', () => {
    const clock = manualClock();
    const runs: string[][] = [];
    const batch = createFrameBatch(clock, () => ['a', 'b', 'c'], (keys) => runs.push([...keys]));
    batch.mark('a');
    batch.markAll();
    batch.mark('b');
    clock.frame();
    expect(runs).toEqual([['a', 'b', 'c']]);
  });

  it('marks made during a run wait for the next frame; a cancelled batch runs nothing', () => {
    const clock = manualClock();
    const runs: string[][] = [];
    const batch = createFrameBatch<string>(clock, () => [], (keys) => {
      runs.push([...keys]);
      if (runs.length === 1) batch.mark('again');
    });
    batch.mark('first');
    clock.frame();
    expect(batch.pending).toBe(true);
    clock.frame();
    expect(runs).toEqual([['first'], ['again']]);
    batch.mark('never');
    batch.cancel();
    expect(clock.waiting).toBe(0);
    clock.frame();
    expect(runs).toHaveLength(2);
  });
});
