import type { Source } from '../../core/dataset';
import { formatPartialDate } from '../../core/dataset';
import { t } from '../../core/i18n';

/** The sources a fact or claim cites: title, publisher, date, and a link where there is an address. */
export function Citations({ ids, sources }: { ids: string[]; sources: ReadonlyMap<string, Source> }) {
  const cited = ids.map((id) => sources.get(id)).filter((s): s is Source => !!s);
  if (cited.length === 0) return null;
  return (
    <ul class="lens-citations" aria-label={t('entitySources')}>
      {cited.map((source) => (
        <li key={source.id}>
          {/* The source's note (what kind of text it is, how far to trust it) is long: a tooltip. */}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.note}>
              {source.title}
            </a>
          ) : (
            <cite title={source.note}>{source.title}</cite>
          )}
          <span class="lens-citation-meta">
            {' — '}
            {source.publisher}
            {source.date ? `, ${formatPartialDate(source.date)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
