import type { Dataset, Fact, Source } from '../../core/dataset';
import { entityById, formatPartialDate } from '../../core/dataset';
import { t } from '../../core/i18n';
import { Citations } from './Citations';

interface FactItemProps {
  fact: Fact;
  dataset: Dataset;
  sources: ReadonlyMap<string, Source>;
  onOpenEntity(id: string): void;
  /** Shown instead of the date for quotes filed under another entity ("on Claude Code"). */
  context?: { label: string; entityId: string };
}

/** One timeline entry: its date, its text (a quote, or a disputed fact with every claim), its sources. */
export function FactItem({ fact, dataset, sources, onOpenEntity, context }: FactItemProps) {
  const speaker = fact.quoteBy ? entityById(dataset).get(fact.quoteBy) : undefined;
  return (
    <li class={`lens-fact${fact.disputed ? ' lens-fact-disputed' : ''}`}>
      <div class="lens-fact-when">
        {fact.date ? <time dateTime={fact.date}>{formatPartialDate(fact.date)}</time> : null}
        {context ? (
          <button type="button" class="lens-link" onClick={() => onOpenEntity(context.entityId)}>
            {context.label}
          </button>
        ) : null}
        {fact.disputed ? <span class="lens-badge lens-badge-warn">{t('entityDisputed')}</span> : null}
      </div>
      {fact.quoteBy ? (
        <figure class="lens-quote">
          <blockquote>{fact.text}</blockquote>
          {speaker ? <figcaption>— {speaker.name}</figcaption> : null}
        </figure>
      ) : (
        <p class="lens-fact-text">{fact.text}</p>
      )}
      {fact.disputed ? (
        <div class="lens-dispute" role="note" aria-label={t('entitySourcesDisagree')}>
          <p class="lens-dispute-note">{fact.disputed.note}</p>
          <ul class="lens-claims">
            {fact.disputed.claims.map((claim, i) => (
              <li key={i}>
                <span class="lens-claim-text">{claim.text}</span>
                <Citations ids={claim.sources} sources={sources} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Citations ids={fact.sources} sources={sources} />
      )}
    </li>
  );
}
