/**
 * One fact, the same on the hover card and in an entity's entry: its date at the precision known, a
 * badge when its sources disagree, the text (a quote is shown as a quote, attributed), its sources,
 * and for a disputed fact the note on the likely cause and every claim with its own sources.
 */
import type { ComponentChildren } from 'preact';
import type { Fact, PartialDate, Source } from '../../core/dataset';
import { t } from '../../core/i18n';
import { Citations, type CitationStyle } from './Citations';

export interface FactViewProps {
  fact: Fact;
  /** The name of whoever said a quote (absent: the speaker is not in the dataset). */
  speaker?: string;
  source(id: string): Source | undefined;
  formatDate: (date: PartialDate) => string;
  /** `marks` after the text (the card) or a `list` under it (an entry). */
  citations: CitationStyle;
  /** Class names are the surface's prefix + the shared name ("lens-" + "fact"). */
  prefix?: string;
  /** Shown after the date (an entry's "on Claude Code" for a quote filed under another entity). */
  context?: ComponentChildren;
}

export function FactView({ fact, speaker, source, formatDate, citations, prefix = '', context }: FactViewProps) {
  const c = (name: string) => `${prefix}${name}`;
  const cite = (ids: readonly string[]) => (
    <Citations ids={ids} source={source} formatDate={formatDate} style={citations} prefix={prefix} />
  );
  const inline = citations === 'marks';
  const note = fact.disputed?.note ? <p class={c('dispute-note')}>{fact.disputed.note}</p> : null;
  return (
    <li class={fact.disputed ? `${c('fact')} ${c('fact-disputed')}` : c('fact')}>
      <div class={c('fact-when')}>
        {fact.date ? <time dateTime={fact.date}>{formatDate(fact.date)}</time> : null}
        {context}
        {fact.disputed ? <span class={`${c('badge')} ${c('badge-warn')}`}>{t('factDisputed')}</span> : null}
      </div>
      <div class={c('fact-body')}>
        {fact.quoteBy ? (
          <figure class={c('quote')}>
            <blockquote>{fact.text}</blockquote>
            <figcaption>
              — {speaker ?? t('factUnattributed')}
              {inline && !fact.disputed ? <> {cite(fact.sources)}</> : null}
            </figcaption>
          </figure>
        ) : (
          <p class={c('fact-text')}>
            {fact.text}
            {inline && !fact.disputed ? <> {cite(fact.sources)}</> : null}
          </p>
        )}
        {!inline && !fact.disputed ? cite(fact.sources) : null}
        {fact.disputed ? (
          <div class={c('dispute')} role="note" aria-label={t('factSourcesDisagree')}>
            {/* Where room is short (marks), the claims come first and the note on the cause after. */}
            {!inline && note}
            <ul class={c('claims')} aria-label={t('factClaims')}>
              {fact.disputed.claims.map((claim, i) => (
                <li key={i}>
                  <span class={c('claim-text')}>{claim.text}</span> {cite(claim.sources)}
                </li>
              ))}
            </ul>
            {inline && note}
          </div>
        ) : null}
      </div>
    </li>
  );
}
