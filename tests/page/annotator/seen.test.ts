import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardSeen, legibleFilter } from '../../../lib/page/annotator/ui/seen';
import { trusted } from '../../support/trusted';

const trustedClick = (detail: number) => trusted(new MouseEvent('click', { detail, clientX: 0, clientY: 0 }));

/** Dark Reader's filter mode, grayscale and sepia themes: colour changes that leave a note legible. */
const LEGIBLE = ['none', 'invert(0.93) hue-rotate(180deg)', 'invert(100%)', 'grayscale(1)', 'sepia(0.4) saturate(1.2)'];
/** An invert near one half turns everything grey; brightness, contrast, opacity and blur can hide. */
const HIDING = [
  'invert(0.5)',
  'invert(50%) hue-rotate(180deg)',
  'brightness(0)',
  'contrast(0)',
  'opacity(0.01)',
  'blur(8px)',
  'url(#hide)',
  'grayscale(1) garbage',
];

describe('a confirmation the person could see', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.style.filter = '';
    document.body.replaceChildren();
  });

  it('takes a dark-mode tool’s whole-page colour filter as legible, and a filter that hides as fading', () => {
    for (const filter of LEGIBLE) expect(legibleFilter(filter), filter).toBe(true);
    for (const filter of HIDING) expect(legibleFilter(filter), filter).toBe(false);
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
