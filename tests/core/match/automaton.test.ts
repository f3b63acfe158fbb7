import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../lib/core/match';
import { randomString, seeded } from '../../support/random.mjs';

/** Every (pattern, end) pair, the slow and obvious way. */
function naiveHits(patterns: string[], text: string): string[] {
  const hits: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    patterns.forEach((p, i) => {
      if (p && end >= p.length && text.slice(end - p.length, end) === p) hits.push(`${i}@${end}`);
    });
  }
  return hits.sort();
}

function automatonHits(patterns: string[], text: string): string[] {
  const automaton = buildAutomaton(patterns);
  const hits: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = automaton.next(state, text.charCodeAt(i));
    for (const p of automaton.outputs(state) ?? []) hits.push(`${p}@${i + 1}`);
  }
  return hits.sort();
}

describe('buildAutomaton', () => {
  it('finds overlapping and nested patterns', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(automatonHits(patterns, 'ushers')).toEqual(['0@4', '1@4', '3@6']);
  });

  it('agrees with a naive search on random text over a small alphabet', () => {
    const random = seeded(7);
    for (let round = 0; round < 300; round++) {
      const alphabet = round % 2 ? 'ab' : 'abc ';
      const patterns = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        randomString(random, alphabet, 1 + Math.floor(random() * 5)),
      );
      const text = randomString(random, alphabet, Math.floor(random() * 60));
      expect(automatonHits(patterns, text), `${JSON.stringify(patterns)} in "${text}"`).toEqual(
        naiveHits(patterns, text),
      );
    }
  });

  it('agrees on adversarial text: long runs of one letter against its powers', () => {
    const patterns = ['a', 'aa', 'aaa', 'aaaa', 'aaab', 'ab', 'b', 'ba'];
    for (const text of ['a'.repeat(50), `${'a'.repeat(30)}b`, 'ab'.repeat(25), `b${'a'.repeat(20)}ba`]) {
      expect(automatonHits(patterns, text)).toEqual(naiveHits(patterns, text));
    }
  });

  it('handles units outside ASCII (CJK, curly quotes, surrogate pairs)', () => {
    const patterns = ['月之暗面', 'é', '😀x'];
    const text = 'x月之暗面yé😀x';
    expect(automatonHits(patterns, text)).toEqual(naiveHits(patterns, text));
  });
});
