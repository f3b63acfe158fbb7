import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Markdown, markdownText, parseMarkdown, safeHref, SAFE_TAGS } from '../../../lib/ui/markdown';

function show(source: string): HTMLElement {
  const { container } = render(<Markdown source={source} />);
  return container.firstElementChild as HTMLElement;
}

/** Every element in the output, to check that nothing outside the safe set ever appears. */
function tags(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
}

const ALLOWED = new Set<string>([...SAFE_TAGS, 'div']);

describe('Markdown notes', () => {
  it('renders emphasis, lists, code, quotes, headings and tables', () => {
    const out = show('# Title\n\nSome **ever** and *so* and ~~not~~ `code`.\n\n- one\n- two\n\n1. a\n2. b\n\n> quoted\n\n```\nx < y\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(out.querySelector('strong')!.textContent).toBe('ever');
    expect(out.querySelector('em')!.textContent).toBe('so');
    expect(out.querySelector('s')!.textContent).toBe('not');
    expect(out.querySelector('p code')!.textContent).toBe('code');
    expect([...out.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(out.querySelectorAll('ol > li')).toHaveLength(2);
    expect(out.querySelector('blockquote')!.textContent!.trim()).toBe('quoted');
    expect(out.querySelector('pre code')!.textContent).toBe('x < y\n');
    expect(out.querySelector('h3')!.textContent).toBe('Title');
    expect(out.querySelector('h1, h2')).toBeNull();
    expect(out.querySelectorAll('td')).toHaveLength(2);
  });

  it('keeps raw HTML as text: no script, no iframe, no event handler', () => {
    const source = '<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> <b onclick="x()">bold</b>\n\n<iframe src="https://evil.example"></iframe>';
    const out = show(source);
    expect(tags(out).every((tag) => ALLOWED.has(tag))).toBe(true);
    expect(out.querySelector('script, img, iframe, b')).toBeNull();
    expect(out.textContent).toContain('<script>alert(1)</script>');
    expect(out.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...out.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
  });

  it('links only to http, https and mailto, in a new tab without opener or referrer', () => {
    const out = show('[site](https://example.org/a?b=1) [mail](mailto:me@example.org) [js](javascript:alert(1)) [js2](JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [rel](notes.html) [vb](vbscript:x) [file](file:///etc/passwd)');
    const links = [...out.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a?b=1', 'mailto:me@example.org']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(out.textContent).toContain('js');
    expect(out.textContent).toContain('rel');
  });

  it('turns autolinks into links only when they are safe', () => {
    const out = show('<https://example.org> <javascript:alert(1)> <mailto:a@b.org> <data:text/html,x>');
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/', 'mailto:a@b.org']);
    expect(out.textContent).toContain('javascript:alert(1)');
  });

  it('never loads an image: its alt text links to it, or stays text', () => {
    const out = show('![a chart](https://tracker.example/pixel.gif) ![](https://example.org/x.png) ![evil](javascript:alert(1)) ![inline](data:image/png;base64,AAAA)');
    expect(out.querySelector('img')).toBeNull();
    const links = [...out.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['a chart', 'https://tracker.example/pixel.gif'],
      ['https://example.org/x.png', 'https://example.org/x.png'],
    ]);
    expect(out.textContent).toContain('evil');
    expect(out.textContent).toContain('inline');
  });

  it('reference-style links and link titles go through the same check', () => {
    const out = show('[x][1] [y][2]\n\n[1]: javascript:alert(1)\n\n[2]: https://example.org "title"');
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/']);
    expect(out.querySelector('a')!.hasAttribute('title')).toBe(false);
  });

  it('the tree holds only safe tags, whatever the input', () => {
    const hostile = ['<svg onload=alert(1)>', '<style>*{}</style>', '[a](//evil.example)', '<a href="https://x">x</a>', '\u0000'];
    const walk = (nodes: ReturnType<typeof parseMarkdown>): boolean =>
      nodes.every((n) => n.kind === 'text' || ((SAFE_TAGS as readonly string[]).includes(n.tag) && (n.tag !== 'a' || safeHref(n.href) !== null) && walk(n.children)));
    for (const source of hostile) expect(walk(parseMarkdown(source))).toBe(true);
    expect(show('[a](//evil.example)').querySelector('a')).toBeNull();
  });

  it('gives the plain text of a note', () => {
    expect(markdownText('Some **ever** [link](https://example.org)')).toBe('Some ever link');
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
  });
});
