/**
 * The page-cost benchmark's reading of a Chrome trace (bench/lib/trace.mjs), on small made-up traces:
 * what it counts as the extension's, and the longest task that ran any of it.
 */
import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../../bench/lib/trace.mjs';

const ORIGIN = 'http://127.0.0.1:4000';
const EXT = 'chrome-extension://abc/content-scripts/content.js';

/** A complete event on the page's main thread (pid 1, tid 2), times in ms, thread time = wall time. */
const x = (name: string, start: number, dur: number, data: Record<string, unknown> = {}) => ({
  ph: 'X',
  pid: 1,
  tid: 2,
  name,
  ts: start * 1000,
  dur: dur * 1000,
  tts: start * 1000,
  tdur: dur * 1000,
  args: { data },
});

const base = [
  { ph: 'M', pid: 1, tid: 2, name: 'thread_name', args: { name: 'CrRendererMain' } },
  x('ParseHTML', 0, 1, { url: `${ORIGIN}/page.html` }),
];

describe('analyseTrace', () => {
  it('counts our scripts and promise callbacks once each, nested or not', () => {
    const figures = analyseTrace(
      [
        ...base,
        x('RunTask', 0, 10),
        x('FunctionCall', 1, 4, { url: EXT }),
        x('v8.compile', 1, 1, { url: EXT }),
        x('RunTask', 20, 10),
        // Our start-up after an await: a promise callback, with no script named.
        x('RunMicrotasks', 21, 6),
        // A MutationObserver callback inside it names our script: not counted twice.
        x('FunctionCall', 22, 2, { url: EXT }),
        x('RunTask', 40, 30),
        x('FunctionCall', 41, 20, { url: `${ORIGIN}/page.js` }),
        x('Layout', 62, 3),
        x('IntersectionObserverController::computeIntersections', 66, 2),
      ],
      ORIGIN,
    );
    expect(figures.mainMs).toBe(50);
    expect(figures.extensionMs).toBe(10);
    expect(figures.microtaskMs).toBe(6);
    expect(figures.extensionCompileMs).toBe(1);
    expect(figures.layoutMs).toBe(3);
    expect(figures.intersectionsMs).toBe(2);
    // The 30 ms task ran only the page's script.
    expect(figures.longestExtensionTaskMs).toBe(10);
  });

  it('finds the longest task with our code when our spans nest and overlap', () => {
    const figures = analyseTrace(
      [
        ...base,
        x('RunTask', 0, 5),
        x('RunMicrotasks', 0, 5),
        x('RunTask', 10, 40),
        // Starts before a later, shorter span of ours and ends after it: a search over nested spans
        // sorted by start alone would step past the task.
        x('FunctionCall', 30, 2, { url: EXT }),
        x('RunTask', 60, 5),
      ],
      ORIGIN,
    );
    expect(figures.longestExtensionTaskMs).toBe(40);
    expect(figures.extensionMs).toBe(7);
  });
});
