import { describe, expect, it } from 'vitest';
import { formatCardDate } from '../../lib/card/format-date';

describe('formatCardDate', () => {
  it('keeps the precision the dataset has', () => {
    expect(formatCardDate('2021', 'en-GB')).toBe('2021');
    expect(formatCardDate('2025-02', 'en-GB')).toBe('Feb 2025');
    expect(formatCardDate('2025-07-11', 'en-GB')).toBe('11 Jul 2025');
  });
  it("follows the reader's locale", () => {
    expect(formatCardDate('2025-07-11', 'en-US')).toBe('Jul 11, 2025');
    expect(formatCardDate('2025-07-11', 'de-DE')).toBe('11. Juli 2025');
  });
  it('never shifts a date by time zone (1 Jan stays in its year)', () => {
    expect(formatCardDate('2025-01-01', 'en-GB')).toBe('1 Jan 2025');
  });
  it('survives a locale Intl rejects, and shows a malformed date as written', () => {
    expect(formatCardDate('2025-02', 'not a locale!!')).toBe('Feb 2025');
    expect(formatCardDate('circa 2020', 'en-GB')).toBe('circa 2020');
  });
});
