import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detector, Mention } from '../../../lib/page/detect/types';
import { mentionAtSelection, openCardCommand } from '../../../lib/page/card/keyboard-command';
import { UNANSWERED } from '../../../lib/platform/messaging';

afterEach(() => vi.restoreAllMocks());

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

describe('openCardCommand', () => {
  it('answers with whether a card opened, in the top frame', () => {
    expect(openCardCommand(() => true)()).toEqual({ ok: true });
    expect(openCardCommand(() => false)()).toEqual({ ok: false });
  });

  it('answers false, never throws, when opening fails', () => {
    const handler = openCardCommand(() => {
      throw new Error('boom');
    });
    expect(handler()).toEqual({ ok: false });
  });

  it('leaves the answer to another frame when a child frame opened nothing', () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    expect(openCardCommand(() => false)()).toBe(UNANSWERED);
    expect(openCardCommand(() => true)()).toEqual({ ok: true });
  });
});
