import { beforeEach, describe, expect, it } from 'vitest';
import { anchorText, describeText } from '../../../lib/platform/annotations/anchor';
import { anchorAnnotation, describeRange } from '../../../lib/page/annotator/anchor-dom';
import { createAnnotation, type Annotation, type TextQuoteSelector } from '../../../lib/platform/annotations/model';
import { buildTextIndex } from '../../../lib/page/annotator/text-index';
import { loadFixture, rangeOf } from './page-fixture';

function annotate(id: string, text: string, occurrence = 0): Annotation {
  const selectors = describeRange(buildTextIndex(document.body), rangeOf(id, text, occurrence));
  if (!selectors) throw new Error('no selectors');
  return createAnnotation({ source: 'https://example.com/a', selectors, content: { note: '', tags: [], entityIds: [] } });
}

function anchoredText(annotation: Annotation) {
  const found = anchorAnnotation(buildTextIndex(document.body), annotation);
  return found && { text: found.range.toString(), method: found.method, confidence: found.confidence, range: found.range };
}

describe('anchoring on a fixture page', () => {
  beforeEach(() => loadFixture());

  it('finds an unchanged page by position', () => {
    const a = annotate('p2', 'Cursor grew faster than any developer tool before it');
    expect(anchoredText(a)).toMatchObject({ text: 'Cursor grew faster than any developer tool before it', method: 'position', confidence: 1 });
  });

  it('spans several text nodes (a quote across <b>)', () => {
    const a = annotate('p3', 'Revenue followed the agents. Claude Code passed');
    const found = anchoredText(a)!;
    expect(found.text).toBe('Revenue followed the agents. Claude Code passed');
    expect(found.range.startContainer).not.toBe(found.range.endContainer);
  });

  it('finds the quote by its context when text was inserted before it', () => {
    const a = annotate('p4', 'the way software gets written changed');
    document.getElementById('p1')!.insertAdjacentHTML('beforebegin', '<p>Update: a new paragraph with several sentences of text.</p>');
    expect(anchoredText(a)).toMatchObject({ text: 'the way software gets written changed', method: 'quote' });
  });

  it('finds a slightly edited quote by fuzzy matching, with a confidence below 1', () => {
    const a = annotate('p2', 'Cursor grew faster than any developer tool before it');
    const p2 = document.getElementById('p2')!;
    p2.textContent = p2.textContent!.replace('faster than any developer tool', 'faster than any other developer tool');
    const found = anchoredText(a)!;
    expect(found.method).toBe('fuzzy');
    expect(found.text).toContain('Cursor grew faster than any other developer tool before it'.slice(0, 40));
    expect(found.confidence).toBeGreaterThan(0.75);
    expect(found.confidence).toBeLessThan(1);
  });

  it('leaves an annotation whose quote is gone as an orphan', () => {
    const a = annotate('p4', 'Nobody knows who wins.');
    document.getElementById('p4')!.remove();
    expect(anchoredText(a)).toBeNull();
  });

  it('does not place a rewritten quote (below the confidence threshold)', () => {
    const a = annotate('p2', 'Windsurf looked for a buyer and found several at once');
    const p2 = document.getElementById('p2')!;
    p2.textContent = 'The editor makers moved too. Windsurf was sold in the end, to a company nobody expected.';
    expect(anchoredText(a)).toBeNull();
  });

  it('chooses the right one of repeated quotes by prefix and suffix', () => {
    // The second "the agent wrote the tests" (in #p6), then the page shifts so position alone is wrong.
    const a = annotate('p6', 'the agent wrote the tests');
    document.getElementById('p1')!.insertAdjacentHTML('beforebegin', '<p>Shifted.</p>');
    const found = anchoredText(a)!;
    expect(found.method).toBe('quote');
    expect(found.range.startContainer.parentElement!.id).toBe('p6');
    const first = annotate('p5', 'the agent wrote the tests');
    expect(anchoredText(first)!.range.startContainer.parentElement!.id).toBe('p5');
  });

  it('trims whitespace around a selection from the quote', () => {
    const range = rangeOf('p4', ' who wins. ');
    const [quote] = describeRange(buildTextIndex(document.body), range)! as [TextQuoteSelector];
    expect(quote.exact).toBe('who wins.');
  });

  it('leaves the extension’s own UI and scripts out of the text', () => {
    document.body.insertAdjacentHTML('afterbegin', '<div data-ai-industry-lens="x">UI text</div><script>var s = 1;</script>');
    const { text } = buildTextIndex(document.body);
    expect(text).not.toContain('UI text');
    expect(text).not.toContain('var s');
  });
});

describe('anchorText on plain text', () => {
  const original = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
  const { quote, position } = describeText(original, 11, 36);

  it('returns null for an empty quote', () => {
    expect(anchorText(original, { type: 'TextQuoteSelector', exact: '' })).toBeNull();
  });

  it('ignores the position when the text there is different, and finds the quote', () => {
    const moved = 'new words here ' + original;
    expect(anchorText(moved, quote, position)).toMatchObject({ start: 26, end: 51, method: 'quote' });
  });

  it('tolerates a typo fix inside a quote', () => {
    const edited = original.replace('delta epsilon', 'delta epsilom');
    const found = anchorText(edited, quote, position)!;
    expect(found.method).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe(quote.exact.replace('epsilon', 'epsilom'));
  });

  it('prefers the reworded passage in its own context to the same words elsewhere', () => {
    const page = 'In March the company said the agent wrote the tests for every release, which mattered to them.';
    const start = page.indexOf('the agent');
    const saved = describeText(page, start, start + 'the agent wrote the tests for every release'.length);
    const edited =
      'In March the company said the agent wrote its tests for every release, which mattered to them. ' +
      'Unrelated footnote: the agent wrote the tests for every release.';
    const found = anchorText(edited, saved.quote, saved.position)!;
    expect(found).toMatchObject({ method: 'fuzzy', start });
    // With the passage gone, the same words elsewhere are still better than an orphan.
    const gone = 'In March nothing happened. Unrelated footnote: the agent wrote the tests for every release.';
    expect(anchorText(gone, saved.quote, saved.position)).toMatchObject({ method: 'quote' });
  });

  it('honours a stricter threshold', () => {
    const edited = original.replace('delta epsilon', 'DELTA epsilon');
    expect(anchorText(edited, quote, position, { threshold: 0.95 })).toBeNull();
    expect(anchorText(edited, quote, position, { threshold: 0.7 })).not.toBeNull();
  });
});
