/**
 * Dates on the card, at the precision the dataset knows ("2021", "Feb 2025", "11 Jul 2025"), in the
 * reader's locale. The formatting itself is the dataset's helper, shared with the popup; this only
 * guards against a locale string Intl rejects, which must not break a card.
 */
import { formatPartialDate, type PartialDate } from '../dataset';

export function formatCardDate(date: PartialDate, locale?: string): string {
  try {
    return formatPartialDate(date, locale ?? 'en-GB');
  } catch {
    return formatPartialDate(date, 'en-GB');
  }
}
