import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  foldForSearch,
  foldQuery,
  normaliseRanges,
  prefixWithin,
  segmentText,
  snippetAround,
  WordIndex,
} from '../../../lib/core/search';

describe('foldForSearch', () => {
  it('lower-cases, drops accents and turns punctuation into spaces, keeping the length', () => {
    for (const text of ['GPT-5.3-Codex', 'Zoë Énard’s', 'Claude Code (CLI)', 'İstanbul', '🙂 ok']) {
      expect(foldForSearch(text)).toHaveLength(text.length);
    }
    expect(foldForSearch('GPT-5.3-Codex')).toBe('gpt 5 3 codex');
    expect(foldForSearch('Zoë Énard’s')).toBe('zoe enard s');
  });

  it('makes "gpt 5.3" and "GPT-5.3" the same query', () => {
    expect(foldQuery('  gpt   5.3 ')).toBe('gpt 5 3');
    expect(foldQuery('GPT-5.3')).toBe('gpt 5 3');
  });
});

describe('highlighting', () => {
  it('merges touching and overlapping ranges and clips them to the text', () => {
    expect(normaliseRanges([[4, 6], [0, 1], [2, 3], [5, 40]], 10)).toEqual([[0, 9]]);
    expect(normaliseRanges([[0, 1], [3, 4]], 10)).toEqual([[0, 1], [3, 4]]);
  });

  it('cuts text into plain and marked segments that join back into the text', () => {
    const segments = segmentText('Sam Altman', [[4, 9]]);
    expect(segments).toEqual([
      { text: 'Sam ', match: false },
      { text: 'Altman', match: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('Sam Altman');
    expect(segmentText('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });

  it('shows a window around the match of a long text, with the ranges moved to it', () => {
    const text = `${'word '.repeat(40)}Windsurf deal collapsed ${'tail '.repeat(40)}`;
    const start = text.indexOf('Windsurf');
    const snippet = snippetAround(text, [[start, start + 7]], 60);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(62);
    const [[s, e]] = snippet.ranges;
    expect(snippet.text.slice(s, e + 1)).toBe('Windsurf');
  });

  it('returns a short text whole', () => {
    expect(snippetAround('Short fact.', [[0, 4]])).toEqual({ text: 'Short fact.', ranges: [[0, 4]] });
  });
});

describe('the word index in front of fuse', () => {
  it('allows no typo up to 3 letters, one up to 7, two from 8', () => {
    expect([allowedEdits('gpt'), allowedEdits('altmn'), allowedEdits('embricos')]).toEqual([0, 1, 2]);
  });

  it('finds words that start within the allowed edits of the query word', () => {
    expect(prefixWithin('claud', 'claude', 1)).toBe(true);
    expect(prefixWithin('altmn', 'altman', 1)).toBe(true);
    expect(prefixWithin('sotia', 'sottiaux', 1)).toBe(true);
    expect(prefixWithin('embricos', 'embiricos', 2)).toBe(true);
    expect(prefixWithin('kubernetes', 'governments', 2)).toBe(false);
    expect(prefixWithin('gpt', 'gpu', 0)).toBe(false);
    expect(prefixWithin('a'.repeat(100), 'a'.repeat(99) + 'b', 2)).toBe(true);
  });

  it('keeps the texts in which every query word finds a similar word', () => {
    const index = new WordIndex(['sam altman', 'openai windsurf deal', 'windsurf', 'deal of the year']);
    expect(index.candidates(['altmn'])).toEqual([0]);
    expect(index.candidates(['windsurf', 'deal'])).toEqual([1]);
    expect(index.candidates(['deal'])).toEqual([1, 3]);
    expect(index.candidates(['banana'])).toEqual([]);
    expect(index.words).toBe(8);
  });
});

describe('snippets near the end of a text', () => {
  it('fill the window with what comes before a match at the end', () => {
    const text = `${'Some words before the name, '.repeat(5)}and then Claude Code.`;
    const start = text.indexOf('Claude Code');
    const snippet = snippetAround(text, [[start, start + 10]], 56);
    expect(snippet.text.length).toBeGreaterThan(45);
    expect(snippet.text.endsWith('Claude Code.')).toBe(true);
    const [[s, e]] = snippet.ranges;
    expect(snippet.text.slice(s, e + 1)).toBe('Claude Code');
  });
});
