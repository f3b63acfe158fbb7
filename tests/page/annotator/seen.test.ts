import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardSeen, legibleFilter } from '../../../lib/page/annotator/ui/seen';

/** An event as the browser dispatches it (happy-dom's are all untrusted). */
function trustedClick(detail: number): MouseEvent {
  const event = new MouseEvent('click', { detail, clientX: 0, clientY: 0 });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('a confirmation the person could see', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.style.filter = '';
    document.body.replaceChildren();
  });

  it('takes a dark-mode tool’s whole-page colour filter as legible, and a filter that hides as fading', () => {
    expect(legibleFilter('none')).toBe(true);
    // Dark Reader's filter mode, grayscale and sepia themes.
    expect(legibleFilter('invert(0.93) hue-rotate(180deg)')).toBe(true);
    expect(legibleFilter('invert(100%)')).toBe(true);
    expect(legibleFilter('grayscale(1)')).toBe(true);
    expect(legibleFilter('sepia(0.4) saturate(1.2)')).toBe(true);
    // An invert near one half turns everything grey; brightness, contrast, opacity and blur can hide.
    expect(legibleFilter('invert(0.5)')).toBe(false);
    expect(legibleFilter('invert(50%) hue-rotate(180deg)')).toBe(false);
    expect(legibleFilter('brightness(0)')).toBe(false);
    expect(legibleFilter('contrast(0)')).toBe(false);
    expect(legibleFilter('opacity(0.01)')).toBe(false);
    expect(legibleFilter('blur(8px)')).toBe(false);
    expect(legibleFilter('url(#hide)')).toBe(false);
    expect(legibleFilter('grayscale(1) garbage')).toBe(false);
  });

  it('refuses the keyboard’s confirmation too while the page fades the note', () => {
    // happy-dom computes no style: each element's own filter, drawn and visible otherwise.
    vi.stubGlobal('getComputedStyle', (element: HTMLElement) => ({ opacity: '1', visibility: 'visible', filter: element.style.filter || 'none' }));
    const button = document.createElement('button');
    document.body.append(button);
    const guard = guardSeen(button);
    // Enter on the focused button: no position to test, the note drawn plainly.
    expect(guard.counts(trustedClick(0))).toBe(true);
    // Focus left on the button by bait, the page faded: refused.
    document.documentElement.style.filter = 'opacity(0.01)';
    expect(guard.counts(trustedClick(0))).toBe(false);
    document.documentElement.style.filter = 'invert(0.93) hue-rotate(180deg)';
    expect(guard.counts(trustedClick(0))).toBe(true);
    // The second click of a double click never confirms.
    expect(guard.counts(trustedClick(2))).toBe(false);
    guard.stop();
  });
});
