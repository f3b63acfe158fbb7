import { describe, expect, it } from 'vitest';
import { compareSpans, formatPartialDate, formatSpan, parsePartialDate } from '../../lib/race/dates';

describe('partial dates as spans', () => {
  it('draws a year as the whole year, a month as the whole month, a day as one day', () => {
    expect(parsePartialDate('2021')).toMatchObject({ precision: 'year', start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) });
    expect(parsePartialDate('2025-02')).toMatchObject({ precision: 'month', start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 2, 1) });
    expect(parsePartialDate('2025-12')).toMatchObject({ end: Date.UTC(2026, 0, 1) });
    expect(parsePartialDate('2025-07-11')).toMatchObject({ precision: 'day', start: Date.UTC(2025, 6, 11), end: Date.UTC(2025, 6, 12) });
  });

  it('rejects malformed and impossible dates instead of rolling them over', () => {
    for (const bad of ['', '25', '2025-13', '2025-00', '2025-02-30', '2025/02', 'Feb 2025', '2025-2']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate(undefined)).toBeNull();
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
  });

  it('formats only as precisely as known', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2025-02')).toBe('Feb 2025');
    expect(formatPartialDate('2025-09', true)).toBe('September 2025');
    expect(formatSpan(parsePartialDate('2025-07-11')!)).toBe('11 Jul 2025');
    expect(formatPartialDate('soon')).toBe('soon');
  });

  it('orders by start, then the more precise date first', () => {
    const month = parsePartialDate('2025-05')!;
    const day = parsePartialDate('2025-05-01')!;
    const later = parsePartialDate('2025-05-02')!;
    expect([later, month, day].sort(compareSpans)).toEqual([day, month, later]);
  });
});
