import { describe, expect, it } from 'vitest';
import { FrameMentions } from '../../../lib/page/detect/frames';
import type { PageMentions } from '../../../lib/platform/messaging';

const top: PageMentions = {
  url: 'https://news.example/a',
  title: 'A',
  active: true,
  total: 3,
  entities: [
    { entityId: 'openai', type: 'company', count: 2 },
    { entityId: 'codex', type: 'product', count: 1 },
  ],
};

describe('FrameMentions', () => {
  it("adds every frame's counts to the top frame's own", () => {
    const frames = new FrameMentions();
    expect(frames.update(3, [{ entityId: 'codex', type: 'product', count: 4 }])).toBe(true);
    expect(frames.update(5, [{ entityId: 'anthropic', type: 'company', count: 1 }])).toBe(true);
    const merged = frames.mergeInto(top);
    expect(merged.total).toBe(8);
    expect(merged.entities).toEqual([
      { entityId: 'codex', type: 'product', count: 5 },
      { entityId: 'openai', type: 'company', count: 2 },
      { entityId: 'anthropic', type: 'company', count: 1 },
    ]);
    // The top frame's own summary is left as it was.
    expect(top.entities[1].count).toBe(1);
  });

  it('replaces a frame on its next report, forgets it when it reports nothing, and says when nothing changed', () => {
    const frames = new FrameMentions();
    frames.update(3, [{ entityId: 'codex', type: 'product', count: 4 }]);
    expect(frames.update(3, [{ entityId: 'codex', type: 'product', count: 4 }])).toBe(false);
    frames.update(3, [{ entityId: 'codex', type: 'product', count: 1 }]);
    expect(frames.mergeInto(top).total).toBe(4);
    expect(frames.update(3, [])).toBe(true);
    expect(frames.mergeInto(top)).toBe(top);
    expect(frames.update(9, [])).toBe(false);
  });

  it('points a reveal at the frame that has the entity', () => {
    const frames = new FrameMentions();
    frames.update(7, [{ entityId: 'anthropic', type: 'company', count: 2 }]);
    expect(frames.frameWith('anthropic')).toBe(7);
    expect(frames.frameWith('openai')).toBeUndefined();
  });
});
