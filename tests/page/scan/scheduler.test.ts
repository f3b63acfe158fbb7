import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../lib/page/scan';

describe('createScheduler', () => {
  it('runs tasks in slices until each says it is done, first in first out', async () => {
    const scheduler = createScheduler({ sliceMs: 5 });
    const log: string[] = [];
    let steps = 0;
    scheduler.add(() => {
      log.push('a');
      return ++steps === 3;
    });
    scheduler.add(() => {
      log.push('b');
      return true;
    });
    let slices = 0;
    scheduler.onSliceEnd = () => slices++;
    await scheduler.idle();
    expect(log).toEqual(['a', 'a', 'a', 'b']);
    expect(slices).toBeGreaterThanOrEqual(1);
    expect(scheduler.stats().slices).toBe(slices);
  });

  it('drops a task that throws and goes on with the next', async () => {
    const scheduler = createScheduler();
    const log: string[] = [];
    scheduler.add(() => {
      throw new Error('boom');
    });
    scheduler.add(() => (log.push('next'), true));
    await scheduler.idle();
    expect(log).toEqual(['next']);
  });

  it('forgets queued work on clear', async () => {
    const scheduler = createScheduler();
    let ran = false;
    scheduler.add(() => (ran = true));
    scheduler.clear();
    await scheduler.idle();
    await new Promise((done) => setTimeout(done, 20));
    expect(ran).toBe(false);
  });
});
