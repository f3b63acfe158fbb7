/**
 * Search that forgives real typing: one short or unknown word does not wipe out a query whose other
 * words name an entity; a corrected spelling costs score and never turns a short word into an
 * unrelated description word; names typed as one run and versions typed without their dot are found;
 * full-width letters fold to plain ones. Expectations name entities by id, never by fact wording.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createEntitySearch, foldForSearch, foldQuery } from '../../../lib/core/search';

const search = createEntitySearch(bundledDataset);
const ids = (query: string, n = 3) => search.search(query).slice(0, n).map((hit) => hit.entity.id);
const relevanceOf = (query: string, id: string) => search.search(query).find((hit) => hit.entity.id === id)?.relevance ?? 0;
/** What an exact name scores: about 1. A hit well below it is a guess, not an answer. */
const CONFIDENT = 0.75;

describe('one short or unknown word does not wipe out the query', () => {
  it.each([
    ['sm altman', 'sam-altman'],
    ['claude cde', 'claude-code'],
    ['chat gtp', 'chatgpt'],
    ['gtp 4', 'gpt-4'],
    ['gtp4', 'gpt-4'],
    ['codex tem', 'codex-team'],
    ['windsurf del', 'openai-windsurf-deal'],
    ['vbe coding', 'vibe-coding'],
    ['teh wall street journal', 'wall-street-journal'],
    ['stephen levy', 'steven-levy'],
    ['jitu patel', 'jeetu-patel'],
    ['codex cli', 'codex'],
    ['cognition labs', 'cognition'],
  ])('%j -> %s first', (query, id) => {
    expect(ids(query, 1)).toEqual([id]);
  });

  it('ranks an entity the query only partly names below one it names whole', () => {
    expect(relevanceOf('codex cli', 'codex')).toBeGreaterThan(0);
    expect(relevanceOf('codex cli', 'codex')).toBeLessThan(relevanceOf('codex', 'codex'));
    expect(relevanceOf('cognition labs', 'cognition')).toBeGreaterThan(0);
    expect(relevanceOf('cognition labs', 'cognition')).toBeLessThan(CONFIDENT);
  });
});

describe('a corrected spelling costs score', () => {
  it.each([
    ['wird', 'wired'],
    ['wied', 'wired'],
  ])('%j -> %s first (the closer word, not the more frequent one)', (query, id) => {
    expect(ids(query, 1)).toEqual([id]);
  });

  it('scores a corrected name below the name typed right, by the share of the word corrected', () => {
    const exact = relevanceOf('notion', 'notion');
    // "notation" is 2 edits from "notion" in 8 letters, "sotio" 1 in 5 (from its start "notio").
    expect(relevanceOf('notation', 'notion')).toBeLessThan(exact - 0.15);
    expect(relevanceOf('sotio', 'notion')).toBeLessThan(exact - 0.15);
  });

  it('prefers the key word of a name to a word of running text, and the right first letter', () => {
    // "wird" is one edit from "wired" and from the start of "windsurf": the whole word is closer.
    expect(relevanceOf('wird', 'wired')).toBeGreaterThan(relevanceOf('wird', 'windsurf'));
  });

  it.each(['apple', 'grok', 'meta', 'movie', 'devin', 'stock', 'election'])(
    'does not turn %j into an unrelated description word: no confident hit',
    (query) => {
      const hits = search.search(query);
      expect(hits.filter((hit) => hit.relevance >= 0.45).map((hit) => hit.entity.id)).toEqual([]);
    },
  );

  it('does not read "claude monet" as Claude Code', () => {
    expect(ids('claude monet', 1)).not.toEqual(['claude-code']);
    expect(search.search('claude monet').every((hit) => hit.relevance < CONFIDENT)).toBe(true);
  });
});

describe('names typed as one run', () => {
  it.each([
    ['wallstreetjournal', 'wall-street-journal'],
    ['reverseturingtest', 'reverse-turing-test'],
    ['aicodingagents', 'ai-coding-agents'],
    ['themidasproject', 'midas-project'],
    ['claudcode', 'claude-code'],
    ['cluadecode', 'claude-code'],
    ['githubcopliot', 'github-copilot'],
  ])('%j -> %s first', (query, id) => {
    expect(ids(query, 1)).toEqual([id]);
  });
});

describe('version numbers typed without their dot or with a space', () => {
  it.each([
    ['opus 46', 'claude-opus-4-6'],
    ['sonnet 35', 'claude-3-5-sonnet'],
    ['gpt52', 'gpt-5-2'],
    ['gpt-52', 'gpt-5-2'],
    ['gpt 53', 'gpt-5-3-codex'],
    ['claudeopus46', 'claude-opus-4-6'],
    ['o-1', 'openai-o1'],
    ['o 1', 'openai-o1'],
    ['o1 openai', 'openai-o1'],
  ])('%j -> %s first', (query, id) => {
    expect(ids(query, 1)).toEqual([id]);
  });
});

describe('full-width letters', () => {
  it('fold to plain letters, keeping the length', () => {
    expect(foldForSearch('ｃｌａｕｄｅ')).toBe('claude');
    expect(foldQuery('ＧＰＴ－４')).toBe('gpt 4');
  });

  it('find the entity', () => {
    expect(ids('ｃｌａｕｄｅ', 1)).toEqual(['claude']);
  });
});
