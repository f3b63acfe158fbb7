import { describe, expect, it } from 'vitest';
import { fold, foldedWords } from '../../../lib/core/fold';

describe('fold', () => {
  it('by default sets case, accents and compatibility forms aside', () => {
    expect(fold('Café ÉLAN')).toBe('cafe elan');
    expect(fold('ﬁne Zoë')).toBe('fine zoe');
  });

  it('keeps accents but not compatibility forms with accents: keep (the dataset\'s alias checks)', () => {
    expect(fold('Café', { accents: 'keep' })).toBe('café');
    expect(fold('ﬁne', { accents: 'keep' })).toBe('fine');
    expect(fold('Café', { accents: 'keep' })).not.toBe(fold('Cafe', { accents: 'keep' }));
  });

  it('changes only the case with accents: as-is, and collapses spaces when asked (muted names)', () => {
    expect(fold('  Café\u00a0 ﬁ ', { accents: 'as-is', spaces: 'collapse' })).toBe('café ﬁ');
    expect(fold(' a  b ', { accents: 'as-is' })).toBe(' a  b ');
  });

  it('keeps the length with length: same-length, punctuation made spaces (search)', () => {
    for (const text of ['GPT-5.3-Codex', 'Zoë Énard’s', 'İstanbul', '🙂 ok']) {
      expect(fold(text, { length: 'same-length' })).toHaveLength(text.length);
    }
    expect(fold('Zoë Énard’s', { length: 'same-length' })).toBe('zoe enard s');
    expect(fold(' GPT-5.3 ', { length: 'same-length', spaces: 'collapse' })).toBe('gpt 5 3');
  });

  it('makes compatibility forms plain with length: same-length where that keeps the length', () => {
    expect(fold('ｃｌａｕｄｅ ＧＰＴ－４', { length: 'same-length' })).toBe('claude gpt 4');
    // A ligature is two letters: kept as it is, so positions still match.
    expect(fold('ﬁne', { length: 'same-length' })).toBe('ﬁne');
  });

  it('splits a query into folded words', () => {
    expect(foldedWords('  Café   NOTES ')).toEqual(['cafe', 'notes']);
    expect(foldedWords('   ')).toEqual([]);
  });
});
