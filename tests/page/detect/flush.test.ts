import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BURST_MS, createMutationQueue } from '../../../lib/page/detect/flush';

const record = (n: number) => ({ type: 'childList', n }) as unknown as MutationRecord;

describe('the mutation queue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands a burst over as one batch, about a frame after its first change', () => {
    const batches: number[][] = [];
    const queue = createMutationQueue((records) => batches.push(records.map((r) => (r as unknown as { n: number }).n)));
    queue.push([record(1)]);
    vi.advanceTimersByTime(BURST_MS / 2);
    queue.push([record(2), record(3)]);
    expect(batches).toEqual([]);
    expect(queue.pending).toBe(3);
    vi.advanceTimersByTime(BURST_MS);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(queue.pending).toBe(0);
  });

  it('never runs inside an animation frame, whose task holds the page rendering', () => {
    // A callback there, however small, shares a task with the frame's style, layout and paint.
    const raf = vi.fn(() => 1);
    vi.stubGlobal('requestAnimationFrame', raf);
    const batches: MutationRecord[][] = [];
    const queue = createMutationQueue((records) => batches.push(records));
    for (let i = 0; i < 5; i++) {
      queue.push([record(i)]);
      vi.advanceTimersByTime(1000);
    }
    expect(raf).not.toHaveBeenCalled();
    expect(batches.flat()).toHaveLength(5);
  });

  it('reads a page that keeps changing less and less often, and a change after a quiet second about a frame later', () => {
    const times: number[] = [];
    const queue = createMutationQueue(() => times.push(Date.now()));
    const start = Date.now();
    // A change every 10 ms for 3 s: after the first two batches, the gaps grow from 100 to 400 ms.
    for (let t = 0; t < 3000; t += 10) {
      queue.push([record(t)]);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1000);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps[1]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeLessThan(gaps[3]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(400 + 10);
    expect(gaps.at(-2)).toBeGreaterThanOrEqual(400);
    expect(times.length).toBeLessThan(20);
    // After a quiet second, a change is read about a frame later.
    vi.advanceTimersByTime(2000);
    const before = times.length;
    const at = Date.now();
    queue.push([record(-1)]);
    vi.advanceTimersByTime(BURST_MS);
    expect(times.length).toBe(before + 1);
    expect(times.at(-1)! - at).toBe(BURST_MS);
    expect(start).toBeLessThan(at);
  });

  it('flushNow hands over what is pending at once; clear drops it', () => {
    const batches: MutationRecord[][] = [];
    const queue = createMutationQueue((records) => batches.push(records));
    queue.push([record(1)]);
    queue.flushNow();
    expect(batches).toHaveLength(1);
    queue.push([record(2)]);
    queue.clear();
    vi.advanceTimersByTime(1000);
    expect(batches).toHaveLength(1);
    expect(queue.pending).toBe(0);
  });
});
