import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../lib/core/match';
import { UNRESOLVED, automatonFrom, automatonParts } from '../../../lib/core/match/automaton';
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

  it('fills its table only where a text steps, and gives the same answer before and after', () => {
    const patterns = ['codex', 'claude code', 'cursor', 'sam altman'];
    const automaton = buildAutomaton(patterns, { fold: true });
    const unresolved = () => automaton.rows.filter((entry) => entry === UNRESOLVED).length;
    const before = unresolved();
    // The root's row is filled at once; most of the rest is not.
    expect(automaton.rows.subarray(automaton.root, automaton.root + automaton.width)).not.toContain(UNRESOLVED);
    expect(before).toBeGreaterThan(automaton.rows.length / 2);
    const text = 'Claude Code and Codex, said Sam Altman, not Cursor';
    const first = foldedHits(automaton, text);
    expect(unresolved()).toBeLessThan(before);
    expect(foldedHits(automaton, text)).toEqual(first);
    expect(first.map((hit) => hit.split('@')[0]).sort()).toEqual(['0', '1', '2', '3']);
  });

  it('agrees with a naive search of the folded text (case, space runs, hyphens, invisible units), also when made from parts sent through JSON', () => {
    const random = seeded(19);
    const raw = 'aAbB  \t\n-\u00a0\u2010\u00ad\u200b';
    for (let round = 0; round < 400; round++) {
      const patterns = foldedPatterns(random);
      const text = randomString(random, raw, Math.floor(random() * 50));
      const automaton = buildAutomaton(patterns, { fold: true });
      const expected = naiveFoldedHits(patterns, text);
      const revived = automatonFrom(JSON.parse(JSON.stringify(automatonParts(patterns, { fold: true }))));
      expect(foldedHits(revived, text), `revived: ${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(expected);
      // Twice: the second pass reads the entries the first one filled.
      for (let pass = 0; pass < 2; pass++) {
        expect(foldedHits(automaton, text), `${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(expected);
      }
    }
  });
});

/** Random folded patterns: lower case, one space between words, none at either end. */
function foldedPatterns(random: () => number): string[] {
  return Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
    const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => randomString(random, 'ab', 1 + Math.floor(random() * 3)));
    return words.join(' ');
  });
}

/** The hits of a folded automaton, read as the matcher's hot loop reads its table. */
function foldedHits(automaton: ReturnType<typeof buildAutomaton>, text: string): string[] {
  const { rows, classes, width } = automaton;
  const hits: string[] = [];
  let row = automaton.root;
  for (let i = 0; i < text.length; i++) {
    const k = classes[text.charCodeAt(i)];
    let next = rows[row + k];
    if (next === UNRESOLVED) next = automaton.resolve(row, k);
    if (next < 0) {
      next = -next;
      for (const p of automaton.outputs(next / width - 1) ?? []) hits.push(`${p}@${i + 1}`);
    }
    row = next;
  }
  return hits.sort();
}

/**
 * The folding done the slow way: invisible units dropped, case lowered, every kind of space and
 * hyphen a space, a run of them one space; then a naive search, each hit at the raw unit it ends on.
 */
function naiveFoldedHits(patterns: string[], text: string): string[] {
  let folded = '';
  const rawEnd: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u00ad' || c === '\u200b') continue;
    const unit = /[\s\u00a0\u2010-]/.test(c) ? ' ' : c.toLowerCase();
    if (unit === ' ' && folded.endsWith(' ')) continue;
    folded += unit;
    rawEnd.push(i + 1);
  }
  return naiveHits(patterns, folded)
    .map((hit) => {
      const [p, end] = hit.split('@');
      return `${p}@${rawEnd[Number(end) - 1]}`;
    })
    .sort();
}

describe('automatonParts and automatonFrom', () => {
  it('an automaton made from its parts sent through JSON finds what one built at once finds', () => {
    const random = seeded(23);
    const raw = 'aAbBé É  -\u00ad';
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(random() * 6) }, () => randomString(random, 'abé ', 1 + Math.floor(random() * 4)).trim());
      const parts = automatonParts(patterns, { fold: round % 2 === 0 });
      const revived = automatonFrom(JSON.parse(JSON.stringify(parts)));
      const built = buildAutomaton(patterns, { fold: round % 2 === 0 });
      const text = randomString(random, raw, Math.floor(random() * 40));
      expect(revived.stateCount).toBe(built.stateCount);
      expect(foldedHits(revived, text), `${JSON.stringify(patterns)} in ${JSON.stringify(text)}`).toEqual(foldedHits(built, text));
      if (round % 2 === 1) expect(foldedHits(revived, text)).toEqual(naiveHits(patterns, text));
    }
  });

  it('parts are plain arrays of numbers, one entry per state', () => {
    const parts = automatonParts(['he', 'she', 'his', 'hers']);
    for (const list of [parts.firstChild, parts.nextSibling, parts.classOf, parts.fail]) {
      expect(Array.isArray(list)).toBe(true);
      expect(list).toHaveLength(parts.fail.length);
    }
    expect(parts.outStart).toHaveLength(parts.fail.length + 1);
    expect(JSON.parse(JSON.stringify(parts))).toStrictEqual(parts);
  });

  it('with no pattern, or only an empty one, it has one state and reports nothing, folded or not', () => {
    for (const patterns of [[], ['']]) {
      for (const fold of [true, false]) {
        const automaton = automatonFrom(JSON.parse(JSON.stringify(automatonParts(patterns, { fold }))));
        expect(automaton.stateCount).toBe(1);
        expect(foldedHits(automaton, 'any text at all')).toEqual([]);
        expect(automaton.next(0, 97)).toBe(0);
      }
    }
  });
});
