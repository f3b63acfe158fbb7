/**
 * The search query set (queries.json, 200+ queries in 14 kinds) against the bundled dataset, with
 * the targets of issue 14. `node tests/core/search/run-queries.mjs` prints the same figures per kind.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createEntitySearch } from '../../../lib/core/search';
import { formatTallies, QUERIES, scoreQuerySet } from './query-set';

const search = createEntitySearch(bundledDataset);
const tallies = scoreQuerySet((query) => search.search(query, 20).map((hit) => hit.entity.id));
const rate = (group: string, which: 'top1' | 'top3') => {
  const tally = tallies.get(group)!;
  return tally[which] / tally.total;
};

describe('the search query set', () => {
  it('has at least 150 queries in every kind the issue lists', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(QUERIES.map((q) => q.kind));
    for (const kind of ['exact', 'case', 'surname', 'firstname', 'alias', 'spacing', 'typo1', 'swap', 'typo2', 'prefix', 'role', 'deed', 'fact', 'none']) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
    const expected = new Set(bundledDataset.entities.map((e) => e.id));
    for (const q of QUERIES) for (const id of q.expect) expect(expected.has(id), `${q.query}: ${id}`).toBe(true);
  });

  it('meets the targets (top-1 names and typos >= 0.95, top-3 answerable >= 0.97, role and deed top-3 >= 0.8)', () => {
    const report = formatTallies(tallies);
    expect(rate('names+typos', 'top1'), report).toBeGreaterThanOrEqual(0.95);
    expect(rate('answerable', 'top3'), report).toBeGreaterThanOrEqual(0.97);
    expect(rate('role', 'top3'), report).toBeGreaterThanOrEqual(0.8);
    expect(rate('deed', 'top3'), report).toBeGreaterThanOrEqual(0.8);
  });

  it('finds nothing for every query that should find nothing', () => {
    expect(tallies.get('none')!.misses).toEqual([]);
  });
});
