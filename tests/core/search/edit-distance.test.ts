/**
 * The edit distances search leans on: Damerau (a swap of neighbouring letters is one edit), whole
 * words and prefixes, and how many edits a word's length allows.
 */
import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, prefixWithin } from '../../../lib/core/search';

describe('editDistance (Damerau, optimal string alignment)', () => {
  it.each([
    ['claude', 'claude', 0],
    ['calude', 'claude', 1],
    ['antrhopic', 'anthropic', 1],
    ['cpoilot', 'copilot', 1],
    ['sotitaux', 'sottiaux', 1],
    ['ab', 'ba', 1],
    ['altmn', 'altman', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    // Optimal string alignment: a swapped pair is not edited again.
    ['ca', 'abc', 3],
  ])('%j -> %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

/** Reference: some prefix of `word` within `max` edits of `query`, by brute force. */
function naivePrefixWithin(query: string, word: string, max: number): boolean {
  for (let end = 0; end <= word.length; end += 1) if (editDistance(query, word.slice(0, end)) <= max) return true;
  return false;
}

describe('prefixWithin', () => {
  it('finds a word being typed, with a slip or a swap in it', () => {
    expect(prefixWithin('cpoil', 'copilot', 1)).toBe(true);
    expect(prefixWithin('antrhop', 'anthropic', 1)).toBe(true);
    expect(prefixWithin('sott', 'sottiaux', 0)).toBe(true);
    expect(prefixWithin('stto', 'sottiaux', 0)).toBe(false);
    expect(prefixWithin('kubernetes', 'governments', 2)).toBe(false);
  });

  it('agrees with a brute-force reference on random words', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = (n: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(random() * 4)]).join('');
    for (let i = 0; i < 3000; i += 1) {
      const query = word(1 + Math.floor(random() * 7));
      const text = word(Math.floor(random() * 10));
      const max = Math.floor(random() * 3);
      expect(prefixWithin(query, text, max), `${query} ~ ${text} within ${max}`).toBe(naivePrefixWithin(query, text, max));
    }
  });
});

describe('allowedEdits', () => {
  it('keeps short words strict and forgives more in long ones', () => {
    expect(['o1', 'ceo', 'wsj'].map(allowedEdits)).toEqual([0, 0, 0]);
    expect(['codx', 'calude', 'cpoilot'].map(allowedEdits)).toEqual([1, 1, 1]);
    expect(['antrhopic', 'sotitaux'].map(allowedEdits)).toEqual([2, 2]);
  });
});
