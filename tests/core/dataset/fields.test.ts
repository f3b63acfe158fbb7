/**
 * The dataset fields of issue 11: a figure's bound, the dataset's coverage (the freshness line), its
 * search synonyms and an entity's peripheral flag. Validation, merging and display.
 */
import { describe, expect, test } from 'vitest';
import { bundledDataset, mergeDatasets } from '../../../lib/core/dataset/load';
import { datasetCoverage, figureBound, formatFigure, withBound } from '../../../lib/core/dataset/format';
import { formatDatasetErrors, validateDataset } from '../../../lib/core/dataset/validate';
import type { Dataset } from '../../../lib/core/dataset/types';

function small(): Dataset {
  return {
    version: '2026-12-01',
    coverage: { factsUpTo: '2026-03', articleCount: 2 },
    contextTerms: ['ai'],
    sources: [
      { id: 'note-a', title: 'Note A', publisher: 'Me' },
      { id: 'note-b', title: 'Note B', publisher: 'Me' },
    ],
    entities: [
      {
        id: 'acme-agent',
        type: 'product',
        name: 'Acme Agent',
        peripheral: true,
        aliases: [{ text: 'Acme Agent' }],
        summary: 'A coding agent.',
        facts: [
          {
            id: 'acme-users',
            text: 'Acme Agent had more than 5,000 users in March 2026.',
            date: '2026-03',
            sources: ['note-a'],
            figures: [{ value: 5000, unit: 'users', measure: 'users', subject: 'acme-agent', asOf: '2026-03', bound: 'atLeast', sources: ['note-a'] }],
          },
        ],
        related: [],
      },
    ],
  };
}

function errors(d: unknown): string[] {
  const result = validateDataset(d, 'my.json');
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('validation of the new fields', () => {
  test('a dataset with coverage, synonyms, bounds and a peripheral entity validates', () => {
    const d = { ...small(), synonyms: [['agent', 'coding agent'], ['LLM', 'large language model']] };
    const result = validateDataset(d);
    expect(result.ok ? '' : formatDatasetErrors(result.errors)).toBe('');
  });

  test('the bound is one of four words', () => {
    const d = small() as any;
    d.entities[0].facts[0].figures[0].bound = 'over';
    const found = errors(d);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\/entities\/0\/facts\/0\/figures\/0\/bound: .*atLeast.*atMost.*about.*exactly/);
  });

  test('an older dataset’s approximate flag is still read, as "about"', () => {
    const d = small() as any;
    delete d.entities[0].facts[0].figures[0].bound;
    d.entities[0].facts[0].figures[0].approximate = true;
    expect(errors(d)).toEqual([]);
    expect(figureBound(d.entities[0].facts[0].figures[0])).toBe('about');
    expect(figureBound({})).toBe('exactly');
  });

  test('peripheral is a boolean', () => {
    const d = small() as any;
    d.entities[0].peripheral = 'yes';
    expect(errors(d)).toEqual([expect.stringMatching(/^\/entities\/0\/peripheral: expected true or false/)]);
  });

  test('coverage needs a real date no earlier than the latest fact, and a positive whole article count', () => {
    const bad = (change: (c: any) => void) => {
      const d = small() as any;
      change(d.coverage);
      return errors(d);
    };
    expect(bad((c) => (c.factsUpTo = '2026-13'))).toEqual([expect.stringMatching(/^\/coverage\/factsUpTo: .*month/)]);
    expect(bad((c) => (c.factsUpTo = '2026-02'))).toEqual([expect.stringMatching(/^\/coverage\/factsUpTo: .*"acme-users" is dated 2026-03/)]);
    expect(bad((c) => (c.articleCount = 0))).toEqual([expect.stringMatching(/^\/coverage\/articleCount: /)]);
    expect(bad((c) => (c.articleCount = 1.5))).toEqual([expect.stringMatching(/^\/coverage\/articleCount: /)]);
    expect(bad((c) => delete c.articleCount)).toEqual([expect.stringMatching(/^\/coverage: .*articleCount/)]);
    // A year covers the months in it.
    expect(bad((c) => (c.factsUpTo = '2026'))).toEqual([]);
  });

  test('a synonym group holds two or more different terms', () => {
    const withSynonyms = (synonyms: unknown) => errors({ ...small(), synonyms });
    expect(withSynonyms([['agent']])).toEqual([expect.stringMatching(/^\/synonyms\/0: /)]);
    expect(withSynonyms([['Agent', 'agent', 'bot']])).toEqual([expect.stringMatching(/^\/synonyms\/0\/1: duplicate synonym "agent"/)]);
    expect(withSynonyms([['agent', ' bot']])).toEqual([expect.stringMatching(/^\/synonyms\/0\/1: /)]);
    expect(withSynonyms('agent')).toEqual([expect.stringMatching(/^\/synonyms: /)]);
  });
});

describe('merging', () => {
  test('the merged facts run to the later date, from both datasets’ articles', () => {
    const result = mergeDatasets(bundledDataset, small(), 'my.json');
    if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
    expect(result.dataset.coverage).toEqual({ factsUpTo: '2026-03', articleCount: 6 });
    expect(bundledDataset.coverage).toEqual({ factsUpTo: '2026-02', articleCount: 4 });
  });

  test('a person’s dataset without coverage counts the sources it adds and dates by its latest fact', () => {
    const mine = small();
    delete mine.coverage;
    const result = mergeDatasets(bundledDataset, mine, 'my.json');
    if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
    expect(result.dataset.coverage).toEqual({ factsUpTo: '2026-03', articleCount: 6 });
  });

  test('synonym groups of a person’s dataset join the merged dataset; the peripheral flag stays on its entity', () => {
    const result = mergeDatasets(bundledDataset, { ...small(), synonyms: [['agent', 'coding agent']] }, 'my.json');
    if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
    expect(result.dataset.synonyms).toEqual([['agent', 'coding agent']]);
    expect(result.dataset.entities.find((e) => e.id === 'acme-agent')!.peripheral).toBe(true);
  });
});

describe('display', () => {
  test('a figure is shown in the words of its bound', () => {
    expect(formatFigure({ value: 2.5e9, unit: 'USD', bound: 'atLeast' }, 'en-GB')).toBe('more than $2.5 billion');
    expect(formatFigure({ value: 50, unit: 'percent', bound: 'atLeast' }, 'en-GB')).toBe('more than 50%');
    expect(formatFigure({ value: 40, unit: 'percent', bound: 'about' }, 'en-GB')).toBe('about 40%');
    expect(formatFigure({ value: 10, unit: 'percent', bound: 'atMost' }, 'en-GB')).toBe('up to 10%');
    expect(formatFigure({ value: 3e9, unit: 'USD', bound: 'exactly' }, 'en-GB')).toBe('$3 billion');
    expect(formatFigure({ value: 50, unit: 'percent', bound: 'atLeast' }, 'de-DE', { atLeast: 'mehr als $1', atMost: 'bis $1', about: 'etwa $1' })).toBe('mehr als 50%');
    // A dollar sign in the value is not read as a replacement pattern.
    expect(withBound('$1.5B', 'atLeast')).toBe('more than $1.5B');
  });

  test('the freshness comes from the dataset, or from its facts and sources when it gives none', () => {
    expect(datasetCoverage(bundledDataset)).toEqual({ factsUpTo: '2026-02', articleCount: 4 });
    const mine = small();
    delete mine.coverage;
    expect(datasetCoverage(mine)).toEqual({ factsUpTo: '2026-03', articleCount: 2 });
    expect(datasetCoverage({ sources: [], entities: [] })).toBeUndefined();
  });
});
