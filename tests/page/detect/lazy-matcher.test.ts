import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../lib/core/dataset/types';
import mini from '../../fixtures/mini-dataset.json';

// Counts the matchers built (about 4,000 automaton states: 5-20 ms of a frame's start in a browser).
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/core/match', async (original) => {
  const actual = await original<typeof import('../../../lib/core/match')>();
  return {
    ...actual,
    matcherFor: (...args: Parameters<typeof actual.matcherFor>) => {
      built.count++;
      return actual.matcherFor(...args);
    },
  };
});

const { createDetector } = await import('../../../lib/page/detect');

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
  built.count = 0;
});

describe('the matcher is built when there is text to read', () => {
  it('is never built in a frame with no text (an empty frame, blank space, a pixel)', async () => {
    document.body.innerHTML = '  <div>\n  </div><img alt="">  ';
    const detector = createDetector({ dataset: mini as Dataset });
    detector.setActive(true);
    await detector.settled();
    expect(built.count).toBe(0);
    expect(detector.mentions()).toEqual([]);
    // Text arriving later is read, with the matcher built then, once.
    document.body.insertAdjacentHTML('beforeend', '<p>OpenAI and Anthropic</p><p>Claude Code</p>');
    await detector.settled();
    expect(built.count).toBe(1);
    expect(detector.mentions().map((m) => m.entityId)).toEqual(['openai', 'anthropic', 'claude-code']);
    detector.dispose();
  });
});
