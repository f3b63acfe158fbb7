/**
 * The ranking on the bundled dataset: what a person types -> what must come first. Typos, missing
 * letters, wrong case, partial names, punctuation, and queries that must find nothing at all.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createEntitySearch, presentHit, queryVariants } from '../../../lib/core/search';

const search = createEntitySearch(bundledDataset);
const ids = (query: string, n = 3) => search.search(query).slice(0, n).map((hit) => hit.entity.id);

describe('ranking on the bundled dataset', () => {
  it.each([
    // typos and missing letters
    ['altmn', 'sam-altman'],
    ['sotiaux', 'thibault-sottiaux'],
    ['embricos', 'alexander-embiricos'],
    ['claud code', 'claude-code'],
    ['antropic', 'anthropic'],
    ['microsft', 'microsoft'],
    ['midjourny', 'midjourney'],
    ['brokman', 'greg-brockman'],
    ['codx', 'codex'],
    // punctuation and spacing
    ['gpt 5.3', 'gpt-5-3-codex'],
    ['gpt5.3', 'gpt-5-3-codex'],
    ['GPT-5.3-Codex', 'gpt-5-3-codex'],
    ['sonnet 3.5', 'claude-3-5-sonnet'],
    // exact names, wrong case, partial names, aliases
    ['SAM ALTMAN', 'sam-altman'],
    ['sottiaux', 'thibault-sottiaux'],
    ['thibault', 'thibault-sottiaux'],
    ['claude', 'claude'],
    ['codex', 'codex'],
    ['opus', 'claude-opus-4-6'],
    ['copilot', 'github-copilot'],
    ['o1', 'openai-o1'],
    ['deepmind', 'google-deepmind'],
    ['wsj', 'wall-street-journal'],
    // several words, and what the dataset says about an entity
    ['windsurf deal', 'openai-windsurf-deal'],
    ['reverse turing', 'reverse-turing-test'],
    ['ceo', 'sam-altman'],
  ])('%s -> %s first', (query, id) => {
    expect(ids(query, 1)).toEqual([id]);
  });

  it('ranks the entity named before entities that only mention it', () => {
    expect(ids('openai', 1)).toEqual(['openai']);
    expect(ids('windsurf', 1)).toEqual(['windsurf']);
    expect(ids('anthropic', 1)).toEqual(['anthropic']);
  });

  it.each([
    'banana bread',
    'weather tomorrow',
    'kubernetes',
    'zzzz',
    'pizza recipe',
    'javascript',
    'football',
    'hello world',
    'x',
    '  ',
    '?!',
  ])('finds nothing for %j', (query) => {
    expect(search.search(query)).toEqual([]);
  });

  it('finds a fact by its words when no name matches, and says so', () => {
    const [hit] = search.search('revenue');
    expect(hit).toBeDefined();
    const view = presentHit(hit);
    expect(view.nameRanges).toEqual([]);
    expect(view.reason?.field).toBe('facts');
    expect(view.reason?.snippet.text.toLowerCase()).toContain('revenue');
  });

  it('marks the typed part of the name', () => {
    const [hit] = search.search('embricos');
    const [[start, end]] = presentHit(hit).nameRanges;
    expect(hit.entity.name.slice(start, end + 1)).toBe('Embiricos');
  });

  it('splits letters from digits as a second reading of the query', () => {
    expect(queryVariants('gpt5 3')).toEqual(['gpt5 3', 'gpt 5 3']);
    expect(queryVariants('claude')).toEqual(['claude']);
  });
});

describe('result lines', () => {
  it('show the part of a long summary where the match is', () => {
    const hit = search.search('maxwell zeff').find((h) => h.entity.id !== 'maxwell-zeff' && h.matches.some((m) => m.field === 'summary'));
    expect(hit).toBeDefined();
    const { summary } = presentHit(hit!);
    const [[start, end]] = summary.ranges;
    expect(summary.text.slice(start, end + 1).toLowerCase()).toBe('maxwell zeff');
    expect(start).toBeLessThan(45);
  });
});
