/**
 * Separator folding and query repair: "open ai" meets "OpenAI", "claudecode" meets "Claude Code",
 * "gpt 5.3 codex" meets "GPT-5.3-Codex"; and the terms a question is cut into, with synonyms.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createEntitySearch, editsAllowed, foldQuery, parseQuery, RunIndex, splitDigits, Synonyms, WordIndex } from '../../../lib/core/search';

const words = new WordIndex(['openai codex', 'claude code', 'gpt 5 3 codex', 'google deepmind', 'chief executive openai']);
const synonyms = new Synonyms([['ceo', 'chief executive'], ['bought', 'acquired']]);
const parse = (query: string) => parseQuery(foldQuery(query), words, synonyms);
const search = createEntitySearch(bundledDataset);
const top = (query: string) => search.search(query)[0]?.entity.id;

describe('separator folding', () => {
  it('folds case, accents and punctuation to spaces, keeping length', () => {
    expect(foldQuery('GPT-5.3-Codex')).toBe('gpt 5 3 codex');
    expect(foldQuery('  Dall·E   2 ')).toBe('dall e 2');
    expect(splitDigits('gpt5 3codex')).toBe('gpt 5 3 codex');
  });

  it('joins words the texts write as one and splits words they write as two', () => {
    expect(parse('open ai').readings).toContain('openai');
    expect(parse('deep mind').readings).toContain('deepmind');
    expect(parse('claudecode').readings).toContain('claude code');
    expect(parse('gpt5.3codex').readings).toContain('gpt 5 3 codex');
  });

  it('corrects a word the texts do not hold to its closest spelling, swaps included', () => {
    expect(parse('cdoex').readings).toContain('codex');
    expect(parse('cluade code').readings).toContain('claude code');
    // Known words and numbers stay as typed.
    expect(parse('openai 5').readings).toEqual(['openai 5']);
  });

  it.each([
    ['open ai', 'openai'],
    ['deep mind', 'google-deepmind'],
    ['gpt 5.3 codex', 'gpt-5-3-codex'],
    ['gpt5.3codex', 'gpt-5-3-codex'],
    ['claude opus4.6', 'claude-opus-4-6'],
    ['chat-gpt', 'chatgpt'],
    ['claudecode', 'claude-code'],
  ])('%j finds %s first in the bundled data', (query, id) => {
    expect(top(query)).toBe(id);
  });
});

describe('query terms', () => {
  it('drops words that name nothing and keeps a known phrase as one term', () => {
    const { terms } = parse('who is the chief executive of openai');
    expect(terms.map((t) => t.forms[0].join(' '))).toEqual(['chief executive', 'openai']);
    expect(terms[0].forms).toContainEqual(['ceo']);
    expect(terms[1].last).toBe(true);
  });

  it('a query of stop words alone has no terms', () => {
    expect(parse('who is the').terms).toEqual([]);
  });
});

describe('repairs, and what they cost', () => {
  const names = ['openai o1', 'claude opus 4 6', 'the wall street journal', 'wall street journal', 'claude code', 'windsurf deal'];
  // Names first: their words are key words; the last text is running text.
  const index = new WordIndex([...names, 'the application shipped to the team in december'], names.length);
  const runs = new RunIndex(names);
  const read = (query: string) => parseQuery(foldQuery(query), index, synonyms, runs);
  const worthOf = (query: string, reading: string) => {
    const parsed = read(query);
    return parsed.worth[parsed.readings.indexOf(reading)];
  };

  it('joins a letter and a digit typed apart, at no cost', () => {
    expect(worthOf('o 1', 'o1')).toBe(1);
    expect(worthOf('o-1', 'o1')).toBe(1);
  });

  it('reads a number the texts do not hold digit by digit, a version typed without its dot', () => {
    expect(worthOf('opus 46', 'opus 4 6')).toBe(1);
    expect(worthOf('claudeopus46', 'claude opus 4 6')).toBe(1);
  });

  it('finds a name typed as one run, a slip included at its cost', () => {
    expect(worthOf('wallstreetjournal', 'wall street journal')).toBe(1);
    expect(worthOf('thewallstreetjournal', 'the wall street journal')).toBe(1);
    expect(worthOf('claudcode', 'claude code')).toBeCloseTo(1 - 1 / 9);
  });

  it('corrects a three-letter word to a name word a letter longer, or the same letters swapped', () => {
    expect(worthOf('claude cde', 'claude code')).toBeCloseTo(1 - 1 / 10);
    expect(read('windsurf del').readings).toContain('windsurf deal');
    // Not with another first letter, nor into a word of running text.
    expect(read('claude xde').readings).toEqual(['claude xde']);
    expect(read('team tem').readings).toEqual(['team tem']);
  });

  it('does not turn a short word into a word of running text', () => {
    expect(read('apple').readings).toEqual(['apple']);
    expect(read('decembr').readings).toContain('december');
  });

  it('prefers the closer whole word, the key word and the right first letter', () => {
    expect(editsAllowed('cde', 'code', true)).toBe(1);
    expect(editsAllowed('cde', 'code', false)).toBe(0);
    expect(editsAllowed('gtp', 'gpt', true)).toBe(1);
    expect(editsAllowed('xde', 'code', true)).toBe(0);
    expect(editsAllowed('apple', 'application', false)).toBe(0);
    expect(editsAllowed('decembr', 'december', false)).toBe(1);
  });
});
