/**
 * Separator folding and query repair: "open ai" meets "OpenAI", "claudecode" meets "Claude Code",
 * "gpt 5.3 codex" meets "GPT-5.3-Codex"; and the terms a question is cut into, with synonyms.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createEntitySearch, foldQuery, parseQuery, splitDigits, Synonyms, WordIndex } from '../../../lib/core/search';

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
