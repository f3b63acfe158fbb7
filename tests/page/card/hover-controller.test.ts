import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../lib/page/detect/types';
import { HIDE_GRACE_MS, HoverController, isInSelection, sameMention } from '../../../lib/page/card/hover-controller';

/** Two mentions on a line of text: "Quill" at x 0..50, "Acme AI" at x 100..160, both at y 0..20. */
function setup(delay = 350) {
  document.body.innerHTML = '<p>Quill is made by Acme AI.</p>';
  const text = document.body.querySelector('p')!.firstChild!;
  const mention = (entityId: string, start: number, end: number): Mention => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    return { entityId, type: 'product', text: text.textContent!.slice(start, end), range };
  };
  const quill = mention('quill', 0, 5);
  const acme = mention('acme', 17, 24);
  let shown: Mention | null = null;
  let pinned = false;
  const opened: string[] = [];
  const env = {
    mentionAt: vi.fn((x: number, y: number) => {
      if (y < 0 || y > 20) return null;
      if (x >= 0 && x <= 50) return quill;
      if (x >= 100 && x <= 160) return acme;
      return null;
    }),
    delayMs: () => delay,
    open: vi.fn((m: Mention) => {
      shown = m;
      opened.push(m.entityId);
    }),
    close: vi.fn(() => {
      shown = null;
    }),
    openMention: () => shown,
    isPinned: () => pinned,
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const controller = new HoverController(env);
  const move = (x: number, y: number, extra: { buttons?: number; inCard?: boolean } = {}) =>
    controller.pointerMoved({ x, y, buttons: extra.buttons ?? 0, inCard: extra.inCard ?? false });
  return {
    controller,
    env,
    move,
    opened,
    quill,
    acme,
    shown: () => shown,
    pin: () => (pinned = true),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('HoverController', () => {
  it('opens the card once the pointer has rested on a mention for the delay', () => {
    const t = setup(350);
    t.move(10, 10);
    vi.advanceTimersByTime(349);
    expect(t.opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(t.opened).toEqual(['quill']);
    expect(t.env.open).toHaveBeenCalledWith(t.quill, { x: 10, y: 10 });
  });

  it('opens nothing while the pointer only passes over a name', () => {
    const t = setup(350);
    for (let x = 0; x <= 200; x += 10) {
      t.move(x, 10);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(1000);
    expect(t.opened).toEqual([]);
  });

  it('restarts the wait when the pointer moves along the name, but not for a tremor', () => {
    const t = setup(300);
    t.move(5, 10);
    vi.advanceTimersByTime(200);
    t.move(7, 11); // within the tolerance: still resting
    vi.advanceTimersByTime(100);
    expect(t.opened).toEqual(['quill']);

    const u = setup(300);
    u.move(5, 10);
    vi.advanceTimersByTime(200);
    u.move(30, 10);
    vi.advanceTimersByTime(200);
    expect(u.opened).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(u.opened).toEqual(['quill']);
  });

  it('opens nothing on ordinary words or empty space', () => {
    const t = setup();
    t.move(75, 10);
    t.move(75, 300);
    vi.advanceTimersByTime(2000);
    expect(t.opened).toEqual([]);
  });

  it('opens nothing while a mouse button is down (text being selected)', () => {
    const t = setup();
    t.move(10, 10, { buttons: 1 });
    vi.advanceTimersByTime(2000);
    expect(t.opened).toEqual([]);
    expect(t.env.mentionAt).not.toHaveBeenCalled();
  });

  it('a press cancels a card about to open and closes an open one', () => {
    const t = setup();
    t.move(10, 10);
    t.controller.pointerPressed(false);
    vi.advanceTimersByTime(1000);
    expect(t.opened).toEqual([]);
    t.move(12, 10);
    vi.advanceTimersByTime(1000);
    expect(t.shown()).toBe(t.quill);
    t.controller.pointerPressed(true); // inside the card: stays
    expect(t.shown()).toBe(t.quill);
    t.controller.pointerPressed(false);
    expect(t.shown()).toBeNull();
  });

  it('stays while the pointer moves into the card and hides after the grace period once it leaves', () => {
    const t = setup();
    t.move(10, 10);
    vi.advanceTimersByTime(400);
    t.move(10, 25); // the gap between text and card
    vi.advanceTimersByTime(HIDE_GRACE_MS - 50);
    t.move(10, 40, { inCard: true });
    vi.advanceTimersByTime(2000);
    expect(t.shown()).toBe(t.quill);
    t.move(600, 600);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(t.shown()).toBe(t.quill);
    vi.advanceTimersByTime(1);
    expect(t.shown()).toBeNull();
  });

  it('keeps the card while the pointer is back on its mention', () => {
    const t = setup();
    t.move(10, 10);
    vi.advanceTimersByTime(400);
    t.move(70, 10);
    vi.advanceTimersByTime(100);
    t.move(20, 10);
    vi.advanceTimersByTime(2000);
    expect(t.shown()).toBe(t.quill);
  });

  it('switches to another mention once the pointer rests on it', () => {
    const t = setup();
    t.move(10, 10);
    vi.advanceTimersByTime(400);
    t.move(120, 10);
    vi.advanceTimersByTime(400);
    expect(t.opened).toEqual(['quill', 'acme']);
    expect(t.shown()).toBe(t.acme);
  });

  it('does not open when the text has moved away under a still pointer', () => {
    const t = setup();
    t.move(10, 10);
    t.env.mentionAt.mockReturnValue(null);
    vi.advanceTimersByTime(1000);
    expect(t.opened).toEqual([]);
  });

  it('leaves a keyboard-opened card alone when the pointer wanders', () => {
    const t = setup();
    t.move(10, 10);
    vi.advanceTimersByTime(400);
    t.pin();
    t.move(600, 600);
    t.controller.pointerLeft();
    vi.advanceTimersByTime(5000);
    expect(t.shown()).toBe(t.quill);
  });

  it('hides after the grace period when the pointer leaves the window', () => {
    const t = setup();
    t.move(10, 10);
    vi.advanceTimersByTime(400);
    t.controller.pointerLeft();
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(t.shown()).toBeNull();
  });
});

describe('sameMention', () => {
  it('matches equal ranges of the same entity, even as different objects', () => {
    const t = setup();
    const copy = { ...t.quill, range: t.quill.range.cloneRange() };
    expect(sameMention(t.quill, copy)).toBe(true);
    expect(sameMention(t.quill, t.acme)).toBe(false);
  });

  it('never asks a mention of another name for its range (asking makes one)', () => {
    const t = setup();
    const unmade = {
      ...t.acme,
      get range(): Range {
        throw new Error('range asked for');
      },
    };
    expect(sameMention(t.quill, unmade)).toBe(false);
    expect(sameMention(unmade, unmade)).toBe(true);
  });
});

describe('isInSelection', () => {
  it('tells a mention inside or touching the selection from one outside it, and ignores a caret', () => {
    const t = setup();
    const text = t.quill.range.startContainer as Text;
    const selection = getSelection()!;
    selection.setBaseAndExtent(text, 2, text, 10); // "ill is m"
    expect(isInSelection(t.quill.range, selection)).toBe(true);
    expect(isInSelection(t.acme.range, selection)).toBe(false);
    selection.setBaseAndExtent(text, 5, text, 10); // starts where "Quill" ends
    expect(isInSelection(t.quill.range, selection)).toBe(false);
    selection.collapse(text, 2);
    expect(isInSelection(t.quill.range, selection)).toBe(false);
    expect(isInSelection(t.quill.range, null)).toBe(false);
  });
});
