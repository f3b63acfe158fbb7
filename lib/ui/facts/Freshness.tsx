/** How current the facts are: "Facts up to February 2026 from 4 articles" (the card, an entry, the Race view). */
import type { Coverage } from '../../core/dataset';
import { plural } from '../../core/i18n';
import { formatPartialDate } from '../../core/dataset';

export function Freshness({ coverage, locale, class: className }: { coverage?: Coverage; locale?: string; class: string }) {
  if (!coverage) return null;
  return (
    <p class={className} data-testid="lens-freshness">
      {plural(coverage.articleCount, 'freshnessOne', 'freshnessOther', formatPartialDate(coverage.factsUpTo, locale, 'long'))}
    </p>
  );
}
