import { describe, expect, it } from 'vitest';
import { compareSpans, formatSpan, parseDateSpan } from '../../../lib/surfaces/race/dates';

describe('partial dates as spans', () => {
  it('draws a year as the whole year, a month as the whole month, a day as one day', () => {
    expect(parseDateSpan('2021')).toMatchObject({ precision: 'year', start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) });
    expect(parseDateSpan('2025-02')).toMatchObject({ precision: 'month', start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 2, 1) });
    expect(parseDateSpan('2025-12')).toMatchObject({ end: Date.UTC(2026, 0, 1) });
    expect(parseDateSpan('2025-07-11')).toMatchObject({ precision: 'day', start: Date.UTC(2025, 6, 11), end: Date.UTC(2025, 6, 12) });
  });

  it('rejects malformed and impossible dates instead of rolling them over', () => {
    for (const bad of ['', '25', '2025-13', '2025-00', '2025-02-30', '2025/02', 'Feb 2025', '2025-2']) {
      expect(parseDateSpan(bad), bad).toBeNull();
    }
    expect(parseDateSpan(undefined)).toBeNull();
    expect(parseDateSpan('2024-02-29')?.precision).toBe('day');
  });

  it('formats only as precisely as known', () => {
    expect(formatSpan(parseDateSpan('2021')!)).toBe('2021');
    expect(formatSpan(parseDateSpan('2025-02')!)).toBe('Feb 2025');
    expect(formatSpan(parseDateSpan('2025-09')!, true)).toBe('September 2025');
    expect(formatSpan(parseDateSpan('2025-07-11')!)).toBe('11 Jul 2025');
    expect(formatSpan(parseDateSpan(' 2025-07-11 ')!, true)).toBe('11 July 2025');
  });

  it('orders by start, then the more precise date first', () => {
    const month = parseDateSpan('2025-05')!;
    const day = parseDateSpan('2025-05-01')!;
    const later = parseDateSpan('2025-05-02')!;
    expect([later, month, day].sort(compareSpans)).toEqual([day, month, later]);
  });
});
