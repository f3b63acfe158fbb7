import { describe, expect, it } from 'vitest';
import { isActiveOn, pageSiteUrl, DEFAULT_SETTINGS } from '../../../lib/platform/settings';

/** A frame as far as pageSiteUrl looks at it. */
function frame(options: {
  href: string;
  top?: 'self' | { href: string } | 'cross-origin';
  ancestorOrigins?: string[];
  referrer?: string;
}): Window {
  const win = {
    location: { href: options.href, ancestorOrigins: options.ancestorOrigins },
    document: { referrer: options.referrer ?? '' },
  } as unknown as Window & { top: unknown };
  const top = options.top ?? 'self';
  Object.defineProperty(win, 'top', {
    get: () => {
      if (top === 'self') return win;
      if (top === 'cross-origin')
        return {
          get location(): never {
            throw new DOMException('Blocked a frame with origin', 'SecurityError');
          },
        };
      return { location: { href: top.href } };
    },
  });
  return win;
}

describe('pageSiteUrl', () => {
  it("is the page's own address in the top frame", () => {
    expect(pageSiteUrl(frame({ href: 'https://news.example/a' }))).toBe('https://news.example/a');
  });

  it("is the top page's address in a same-origin or about:blank frame", () => {
    const blank = frame({ href: 'about:blank', top: { href: 'https://news.example/a' } });
    expect(pageSiteUrl(blank)).toBe('https://news.example/a');
  });

  it("is the top's origin in a cross-origin frame, from ancestorOrigins or else the referrer", () => {
    const chrome = frame({
      href: 'https://embed.example/w',
      top: 'cross-origin',
      ancestorOrigins: ['https://mid.example', 'https://news.example'],
    });
    expect(pageSiteUrl(chrome)).toBe('https://news.example/');
    const firefox = frame({ href: 'https://embed.example/w', top: 'cross-origin', referrer: 'https://news.example/a' });
    expect(pageSiteUrl(firefox)).toBe('https://news.example/a');
  });

  it('makes a site switched off stay off inside its iframes', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    const embed = frame({ href: 'https://embed.example/w', top: 'cross-origin', ancestorOrigins: ['https://news.example'] });
    expect(isActiveOn(settings, pageSiteUrl(embed))).toBe(false);
    expect(isActiveOn(settings, 'https://embed.example/w')).toBe(true);
  });
});
