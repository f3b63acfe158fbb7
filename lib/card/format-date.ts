/**
 * Dates on the card, at the precision the dataset knows ("2021", "Feb 2025", "11 Jul 2025"), in the
 * reader's locale. The formatting itself is the dataset's helper, shared with the popup; this adds
 * a memo (the helper builds an Intl.DateTimeFormat per call, and a card shows a dozen dates) and a
 * guard against a locale string Intl rejects, which must not break a card.
 */
import { defaultLocale, formatPartialDate, type PartialDate } from '../dataset';

const memo = new Map<string, string>();

export function formatCardDate(date: PartialDate, locale = defaultLocale()): string {
  const key = `${locale}|${date}`;
  let text = memo.get(key);
  if (text === undefined) {
    try {
      text = formatPartialDate(date, locale);
    } catch {
      text = formatPartialDate(date, 'en-GB');
    }
    memo.set(key, text);
  }
  return text;
}
