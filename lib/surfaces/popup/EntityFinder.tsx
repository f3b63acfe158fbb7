/**
 * A search box with its results, for surfaces other than the popup that need to find an entity by
 * name, role or deed (the side panel's Entity tab): the popup's search (lib/core/search) and result lines,
 * in the ARIA combobox pattern, without the popup's page list and entity stack.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Dataset } from '../../core/dataset';
import { entitySearchFor } from '../../core/search';
import { optionId, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import './search.css';

const FINDER_ID = 'lens-finder';
const FINDER_RESULTS_ID = 'lens-finder-results';
const FINDER_LIMIT = 20;

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
      <SearchBox
        id={FINDER_ID}
        query={query}
        onQuery={setQuery}
        onKeyDown={onKeyDown}
        listId={FINDER_RESULTS_ID}
        optionCount={hits.length}
        activeId={activeIndex >= 0 ? optionId(FINDER_RESULTS_ID, activeIndex) : undefined}
        resultCount={trimmed ? hits.length : undefined}
        showStatus
      />
      {expanded ? (
        <ResultList id={FINDER_RESULTS_ID} hits={hits} activeIndex={activeIndex} onActivate={setActiveIndex} onOpen={open} />
      ) : null}
    </div>
  );
}
