import { describe, expect, it } from 'vitest';
import { compareDates, formatPartialDate } from '../../lib/card/format-date';

describe('formatPartialDate', () => {
  it('keeps the precision the dataset has', () => {
    expect(formatPartialDate('2021', 'en-GB')).toBe('2021');
    expect(formatPartialDate('2025-02', 'en-GB')).toBe('Feb 2025');
    expect(formatPartialDate('2025-07-11', 'en-GB')).toBe('11 Jul 2025');
  });
  it('follows the locale', () => {
    expect(formatPartialDate('2025-07-11', 'en-US')).toBe('Jul 11, 2025');
    expect(formatPartialDate('2025-07-11', 'de-DE')).toBe('11. Juli 2025');
  });
  it('never shifts a date by time zone (1 Jan stays in its year)', () => {
    expect(formatPartialDate('2025-01-01', 'en-GB')).toBe('1 Jan 2025');
    expect(formatPartialDate('2024', 'en-US')).toBe('2024');
  });
  it('shows anything unexpected as written, and survives a bad locale', () => {
    expect(formatPartialDate('circa 2020', 'en-GB')).toBe('circa 2020');
    expect(formatPartialDate('2025-02', 'not a locale!!')).toMatch(/2025/);
  });
});

describe('compareDates', () => {
  it('orders partial dates by time', () => {
    expect(['2025-02', '2021', '2025-07-11', '2025'].sort(compareDates)).toEqual([
      '2021',
      '2025',
      '2025-02',
      '2025-07-11',
    ]);
  });
});
