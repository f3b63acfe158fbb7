import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Detector, Mention } from '../../../lib/page/detect/types';
import { isOpenCardCommand, listenForOpenCard, mentionAtSelection } from '../../../lib/page/card/keyboard-command';

beforeEach(() => fakeBrowser.reset());

function pageWithMention() {
  document.body.innerHTML = '<p id="p">Developers use Claude Code daily.</p>';
  const text = document.getElementById('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 15);
  range.setEnd(text, 26);
  const mention: Mention = { entityId: 'claude-code', type: 'product', text: 'Claude Code', range };
  const detector = {
    mentionsIn: vi.fn((r: Range) =>
      r.compareBoundaryPoints(Range.START_TO_END, range) >= 0 && r.compareBoundaryPoints(Range.END_TO_START, range) <= 0
        ? [mention]
        : [],
    ),
  } as unknown as Detector;
  return { text, mention, detector };
}

describe('isOpenCardCommand', () => {
  it("recognises only the 'open-card' page command", () => {
    expect(isOpenCardCommand({ type: 'page/command', command: 'open-card' })).toBe(true);
    expect(isOpenCardCommand({ type: 'page/command', command: 'toggle-highlights' })).toBe(false);
    expect(isOpenCardCommand({ type: 'page/mentions' })).toBe(false);
    expect(isOpenCardCommand('open-card')).toBe(false);
  });
});

describe('mentionAtSelection', () => {
  it('finds the mention at a caret inside it, and none at a caret elsewhere', () => {
    const { text, mention, detector } = pageWithMention();
    const selection = getSelection()!;
    selection.collapse(text, 18);
    expect(mentionAtSelection(detector, selection)).toBe(mention);
    selection.collapse(text, 3);
    expect(mentionAtSelection(detector, selection)).toBeNull();
    selection.removeAllRanges();
    expect(mentionAtSelection(detector, selection)).toBeNull();
  });
});

describe('listenForOpenCard', () => {
  it("answers 'open-card' with whether a card opened, and leaves other messages to other listeners", async () => {
    const open = vi.fn(() => true);
    const stop = listenForOpenCard(open);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/command', command: 'open-card' }, {}, () => undefined);
    expect(await answer).toEqual({ ok: true });
    const [other] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/command', command: 'annotate' }, {}, () => undefined);
    expect(other).toBeUndefined();
    expect(open).toHaveBeenCalledOnce();
    stop();
    const after = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/command', command: 'open-card' }, {}, () => undefined);
    expect(after).toEqual([]);
  });

  it('answers false, never throws, when opening fails', async () => {
    listenForOpenCard(() => {
      throw new Error('boom');
    });
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/command', command: 'open-card' }, {}, () => undefined);
    expect(await answer).toEqual({ ok: false });
  });
});
