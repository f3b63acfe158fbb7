/**
 * A search box with its results, for surfaces other than the popup that need to find an entity by
 * name, role or deed (the side panel's Entity tab): the popup's search (lib/core/search) and result lines,
 * in the ARIA combobox pattern, without the popup's page list and entity stack.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Dataset } from '../../core/dataset';
import { plural, t } from '../../core/i18n';
import { entitySearchFor } from '../../core/search';
import { optionId, ResultList } from './ResultList';
import './search.css';

const FINDER_RESULTS_ID = 'lens-finder-results';
const FINDER_LIMIT = 20;

/** The magnifier at the start of a search box (decorative). */
export function SearchIcon() {
  return (
    <svg class="lens-search-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

export interface EntityFinderProps {
  dataset: Dataset;
  onOpen(entityId: string): void;
}

export function EntityFinder({ dataset, onOpen }: EntityFinderProps) {
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const trimmed = query.trim();
  const hits = useMemo(() => (trimmed ? entitySearchFor(dataset).search(trimmed, FINDER_LIMIT) : []), [dataset, trimmed]);
  useEffect(() => setActiveIndex(hits.length > 0 ? 0 : -1), [hits]);
  const open = (entityId: string) => {
    setQuery('');
    onOpen(entityId);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && hits.length > 0) {
      event.preventDefault();
      setActiveIndex((i) => Math.min(hits.length - 1, Math.max(0, i + step)));
    } else if (event.key === 'Enter' && hits[Math.max(0, activeIndex)]) {
      event.preventDefault();
      open(hits[Math.max(0, activeIndex)].entity.id);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };
  const expanded = hits.length > 0;
  return (
    <div class="lens-finder">
      <div class="lens-search">
        <SearchIcon />
        <input
          type="search"
          placeholder={t('popupSearchPlaceholder')}
          aria-label={t('popupSearchLabel')}
          autoComplete="off"
          spellcheck={false}
          role="combobox"
          list={undefined}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? FINDER_RESULTS_ID : undefined}
          aria-activedescendant={activeIndex >= 0 && expanded ? optionId(FINDER_RESULTS_ID, activeIndex) : undefined}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p class="lens-finder-status" role="status">
        {trimmed ? (expanded ? plural(hits.length, 'popupResultCountOne', 'popupResultCountOther') : t('popupNoResults')) : ''}
      </p>
      {expanded ? (
        <ResultList id={FINDER_RESULTS_ID} hits={hits} activeIndex={activeIndex} onActivate={setActiveIndex} onOpen={open} />
      ) : null}
    </div>
  );
}
