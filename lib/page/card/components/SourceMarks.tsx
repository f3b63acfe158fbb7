/**
 * The small marks after a fact that name where it comes from: the publisher visible, the article's
 * title, author and date in the tooltip and for screen readers.
 */
import type { PartialDate } from '../../../core/dataset';
import { t } from '../../../core/i18n';
import { sourceDescription, sourceLabel, type CardLookup } from '../card-model';

const MAX_MARKS = 3;

export interface SourceMarksProps {
  ids: readonly string[];
  lookup: CardLookup;
  formatDate: (date: PartialDate) => string;
}

export function SourceMarks({ ids, lookup, formatDate }: SourceMarksProps) {
  const sources = ids.map((id) => lookup.source(id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  const shown = sources.slice(0, MAX_MARKS);
  const hidden = sources.slice(MAX_MARKS);
  return (
    <span class="sources">
      {shown.map((source) => {
        const description = sourceDescription(source, formatDate);
        return (
          <cite class="source" title={description} key={source.id}>
            <span aria-hidden="true">{sourceLabel(source)}</span>
            <span class="sr-only">{t('cardSource', sourceDescription(source, formatDate, false))}</span>
          </cite>
        );
      })}
      {hidden.length > 0 && (
        <cite class="source" title={hidden.map((s) => sourceDescription(s, formatDate)).join('\n')}>
          <span aria-hidden="true">+{hidden.length}</span>
          <span class="sr-only">
            {t('cardMoreSources', hidden.map((s) => sourceDescription(s, formatDate, false)).join('; '))}
          </span>
        </cite>
      )}
    </span>
  );
}
