/**
 * One fact on the card: its date at the precision known, the text (a quote is shown as a quote,
 * attributed), its sources, and, when sources disagree, every claim with its own sources and the note.
 */
import type { Fact, PartialDate } from '../../../core/dataset';
import { t } from '../../../core/i18n';
import type { CardLookup } from '../card-model';
import { SourceMarks } from './SourceMarks';

export interface FactItemProps {
  fact: Fact;
  lookup: CardLookup;
  formatDate: (date: PartialDate) => string;
}

export function FactItem({ fact, lookup, formatDate }: FactItemProps) {
  const speaker = fact.quoteBy ? lookup.entity(fact.quoteBy) : undefined;
  return (
    <li class={fact.disputed ? 'fact fact-disputed' : 'fact'}>
      <div class="fact-date">
        {fact.date ? <time dateTime={fact.date}>{formatDate(fact.date)}</time> : null}
      </div>
      <div class="fact-body">
        {fact.disputed && <span class="badge badge-disputed">{t('cardDisputed')}</span>}
        {fact.quoteBy ? (
          <figure class="quote">
            <blockquote>{fact.text}</blockquote>
            <figcaption>
              — {speaker?.name ?? t('cardUnattributed')} <SourceMarks ids={fact.sources} lookup={lookup} formatDate={formatDate} />
            </figcaption>
          </figure>
        ) : (
          <p class="fact-text">
            {fact.text} <SourceMarks ids={fact.sources} lookup={lookup} formatDate={formatDate} />
          </p>
        )}
        {fact.disputed && (
          <div class="claims">
            <ul aria-label={t('cardConflictingClaims')}>
              {fact.disputed.claims.map((claim, i) => (
                <li key={i}>
                  {claim.text} <SourceMarks ids={claim.sources} lookup={lookup} formatDate={formatDate} />
                </li>
              ))}
            </ul>
            {fact.disputed.note && <p class="claims-note">{fact.disputed.note}</p>}
          </div>
        )}
      </div>
    </li>
  );
}
