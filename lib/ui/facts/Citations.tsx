/**
 * The sources a fact or a claim cites, in one of two forms: `marks`, small publisher marks after the
 * text with the article in the tooltip and for screen readers (the hover card, where room is short),
 * or `list`, each source's title (a link where there is an address), publisher and date (an entry).
 */
import type { PartialDate, Source } from '../../core/dataset';
import { t } from '../../core/i18n';
import { sourceDescription, sourceLabel } from './sources';

export type CitationStyle = 'marks' | 'list';

export interface CitationsProps {
  ids: readonly string[];
  source(id: string): Source | undefined;
  formatDate: (date: PartialDate) => string;
  style: CitationStyle;
  /** Class names are the surface's prefix + the shared name ("lens-" + "citations"). */
  prefix?: string;
}

const MAX_MARKS = 3;

export function Citations({ ids, source, formatDate, style, prefix = '' }: CitationsProps) {
  const cited = ids.map(source).filter((s): s is Source => s !== undefined);
  if (cited.length === 0) return null;
  return style === 'marks' ? (
    <SourceMarks sources={cited} formatDate={formatDate} prefix={prefix} />
  ) : (
    <SourceList sources={cited} formatDate={formatDate} prefix={prefix} />
  );
}

interface FormProps {
  sources: Source[];
  formatDate: (date: PartialDate) => string;
  prefix: string;
}

function SourceMarks({ sources, formatDate, prefix }: FormProps) {
  const shown = sources.slice(0, MAX_MARKS);
  const hidden = sources.slice(MAX_MARKS);
  const mark = `${prefix}source`;
  const srOnly = `${prefix}sr-only`;
  return (
    <span class={`${prefix}sources`}>
      {shown.map((s) => (
        <cite class={mark} title={sourceDescription(s, formatDate)} key={s.id}>
          <span aria-hidden="true">{sourceLabel(s)}</span>
          <span class={srOnly}>{t('factSource', sourceDescription(s, formatDate, false))}</span>
        </cite>
      ))}
      {hidden.length > 0 && (
        <cite class={mark} title={hidden.map((s) => sourceDescription(s, formatDate)).join('\n')}>
          <span aria-hidden="true">+{hidden.length}</span>
          <span class={srOnly}>{t('factMoreSources', hidden.map((s) => sourceDescription(s, formatDate, false)).join('; '))}</span>
        </cite>
      )}
    </span>
  );
}

function SourceList({ sources, formatDate, prefix }: FormProps) {
  return (
    <ul class={`${prefix}citations`} aria-label={t('factSources')}>
      {sources.map((s) => (
        <li key={s.id}>
          {/* The source's note (what kind of text it is, how far to trust it) is long: a tooltip. */}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.note}>
              {s.title}
            </a>
          ) : (
            <cite title={s.note}>{s.title}</cite>
          )}
          <span class={`${prefix}citation-meta`}>
            {' — '}
            {s.publisher}
            {s.date ? `, ${formatDate(s.date)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
