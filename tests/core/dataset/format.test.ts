import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset/load';
import {
  comparePartialDates,
  formatFigure,
  formatPartialDate,
  isValidPartialDate,
  parsePartialDate,
  partialDateProblem,
  sortFacts,
} from '../../../lib/core/dataset/format';
import type { Fact } from '../../../lib/core/dataset/types';

describe('partial dates', () => {
  test('parse at every precision and reject unreal dates', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025 });
    expect(parsePartialDate('2025-02')).toEqual({ year: 2025, month: 2 });
    expect(parsePartialDate('2025-07-11')).toEqual({ year: 2025, month: 7, day: 11 });
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-13', '2025-00', '2025-02-29', '2025-04-31', '25', '2025-2', '2025/02', 'late 2022', '']) {
      expect(parsePartialDate(bad), bad).toBeNull();
      expect(isValidPartialDate(bad), bad).toBe(false);
      expect(partialDateProblem(bad), bad).toMatch(/^expected /);
    }
    expect(partialDateProblem('2025-06')).toBeNull();
  });

  test('format at the precision they have', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-02')).toBe('Feb 2025');
    expect(formatPartialDate('2025-07-11')).toBe('11 Jul 2025');
    expect(formatPartialDate('2025-07-11', 'en-US')).toBe('Jul 11, 2025');
    expect(formatPartialDate('2025-02', 'de')).toBe('Feb. 2025');
    expect(formatPartialDate('not a date')).toBe('not a date');
    expect(formatPartialDate('2025-09', 'en-GB', 'long')).toBe('September 2025');
    expect(formatPartialDate('2025-07-11', 'de-DE')).toBe('11. Juli 2025');
  });

  test('never shift a date by time zone (1 Jan stays in its year)', () => {
    expect(formatPartialDate('2025-01-01', 'en-GB')).toBe('1 Jan 2025');
  });

  test('survive a locale Intl rejects', () => {
    expect(formatPartialDate('2025-02', 'not a locale!!')).toBe('Feb 2025');
  });

  test('compare chronologically, a vaguer date first within its period', () => {
    const sorted = ['2026-01', '2025', '2025-02-11', '2021', '2025-02'].sort(comparePartialDates);
    expect(sorted).toEqual(['2021', '2025', '2025-02', '2025-02-11', '2026-01']);
  });
});

describe('facts in card order', () => {
  const fact = (id: string, importance?: 1 | 2 | 3, date?: string): Fact => ({ id, text: id, sources: ['s'], importance, date });

  test('most important first, then newest, undated last, otherwise dataset order', () => {
    const facts = [
      fact('detail-new', 3, '2026-01'),
      fact('notable-undated', 2),
      fact('headline-old', 1, '2021'),
      fact('notable-old', 2, '2022'),
      fact('headline-new', 1, '2025-02'),
      fact('default-importance', undefined, '2023'),
      fact('notable-undated-2', 2),
    ];
    expect(sortFacts(facts).map((f) => f.id)).toEqual([
      'headline-new',
      'headline-old',
      'default-importance',
      'notable-old',
      'notable-undated',
      'notable-undated-2',
      'detail-new',
    ]);
    expect(facts[0]!.id).toBe('detail-new'); // the input is left alone
  });

  test('a bundled card leads with a headline', () => {
    const claudeCode = bundledDataset.entities.find((e) => e.id === 'claude-code')!;
    expect(sortFacts(claudeCode.facts)[0]!.importance).toBe(1);
  });
});

describe('figures for display', () => {
  test('figures read naturally', () => {
    expect(formatFigure({ value: 2_500_000_000, unit: 'USD' })).toBe('$2.5 billion');
    expect(formatFigure({ value: 25_000_000_000, unit: 'USD', approximate: true })).toBe('about $25 billion');
    expect(formatFigure({ value: 1000, unit: 'USD' })).toBe('$1,000');
    expect(formatFigure({ value: 40, unit: 'percent' })).toBe('40%');
    expect(formatFigure({ value: 3, unit: 'multiplier' })).toBe('3×');
    expect(formatFigure({ value: 100_000_000, unit: 'users' })).toBe('100 million users');
    expect(formatFigure({ value: 30, unit: 'people' })).toBe('30 people');
  });
});
