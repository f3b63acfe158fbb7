import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/core/dataset/types';
import { createEntitySearch, entitySearchFor, presentHit } from '../../../lib/core/search';
import mini from '../../fixtures/mini-dataset.json';

const dataset = mini as unknown as Dataset;
const search = createEntitySearch(dataset);
const top = (query: string) => search.search(query)[0]?.entity.id;

describe('search over the mini dataset', () => {
  it.each([
    ['Sam Altman', 'sam-altman'],
    ['altmn', 'sam-altman'],
    ['ALTMAN', 'sam-altman'],
    ['claud code', 'claude-code'],
    ['claude-code', 'claude-code'],
    ['antropic', 'anthropic'],
    ['openai', 'openai'],
    ['code editor', 'cursor'],
  ])('%s -> %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it.each(['banana bread', 'weather tomorrow', 'kubernetes', 'zzzz', 'a', '  ', '--'])(
    'finds nothing for %j',
    (query) => {
      expect(search.search(query)).toEqual([]);
    },
  );

  it('marks the matched part of the name', () => {
    const [hit] = search.search('altman');
    const view = presentHit(hit);
    const [[s, e]] = view.nameRanges;
    expect(hit.entity.name.slice(s, e + 1)).toBe('Altman');
  });

  it('says which fact matched when the name did not', () => {
    const hit = search.search('research preview').find((h) => h.entity.id === 'claude-code');
    expect(hit).toBeDefined();
    const view = presentHit(hit!);
    expect(view.nameRanges).toEqual([]);
    expect(view.reason?.field).toBe('facts');
    expect(view.reason?.snippet.text).toContain('research preview');
  });

  it('builds the index once per dataset', () => {
    expect(entitySearchFor(dataset)).toBe(entitySearchFor(dataset));
  });

  it('respects the limit', () => {
    expect(search.search('ai', 2).length).toBeLessThanOrEqual(2);
  });
});
