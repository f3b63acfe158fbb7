/** The card's line on how current the facts are: "Facts up to February 2026 from 4 articles". */
import { formatPartialDate } from '../../../core/dataset';
import { plural } from '../../../core/i18n';
import type { CardLookup } from '../card-model';

export function Freshness({ lookup, locale }: { lookup: CardLookup; locale?: string }) {
  const coverage = lookup.coverage();
  if (!coverage) return null;
  return (
    <p class="freshness" data-testid="lens-freshness">
      {plural(coverage.articleCount, 'freshnessOne', 'freshnessOther', formatPartialDate(coverage.factsUpTo, locale, 'long'))}
    </p>
  );
}
