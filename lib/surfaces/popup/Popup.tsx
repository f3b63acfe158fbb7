/**
 * The popup: a search box that answers "who is that?" in two keystrokes, what the page behind it
 * mentions, and an entity's full entry. Everything outside (dataset, page, browser actions) comes in
 * through props, so each state renders in a test without a browser.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entityById, type Dataset } from '../../core/dataset';
import type { EntityNote, NoteSearchHit } from '../../platform/annotations';
import { EntityDetail, type EntityAnnotationPage } from '../entity-view';
import type { PopupLocation } from '../../core/routes';
import { entitySearchFor } from '../../core/search';
import { plural, t } from '../../core/i18n';
import { OnThisPage, PAGE_LIST_ID, pageItems } from './OnThisPage';
import type { PageBridge, PageState, RevealResult } from './page-bridge';
import { PopupHeader } from './PopupHeader';
import { SearchIcon } from './EntityFinder';
import { optionId, ResultList, RESULTS_ID } from './ResultList';
import { NoteResults } from './NoteResults';

export const RESULT_LIMIT = 20;
/** While the popup is open the page may still be scanning: ask again this often. */
export const PAGE_REFRESH_MS = 1500;
export const UNREACHABLE_RETRIES = 3;
export const UNREACHABLE_RETRY_MS = 600;

export interface PopupProps {
  dataset: Dataset;
  bridge: PageBridge;
  initial?: PopupLocation;
  /** Address of the race overview page. */
  raceHref: string;
  onOpenSettings(): void;
  /** Pages where the person annotated an entity (from the annotations store, once it exists). */
  annotationsFor?(entityId: string): EntityAnnotationPage[] | undefined;
  /** "Your notes": the person's notes about an entity, newest first; a search also looks in them. */
  notes?: {
    forEntity(entityId: string): EntityNote[] | undefined;
    search(query: string): NoteSearchHit[];
    open(note: EntityNote): void;
  };
  /** Called once the search box is on screen and focused (for the open-to-usable measurement). */
  onUsable?(): void;
  /** Controls for the page behind the popup (the "Off on this site" switch), given its address. */
  pageTools?(url: string): ComponentChildren;
}

export function Popup({
  dataset,
  bridge,
  initial = {},
  raceHref,
  onOpenSettings,
  annotationsFor,
  notes,
  onUsable,
  pageTools,
}: PopupProps) {
  const byId = entityById(dataset);
  const [query, setQuery] = useState(initial.query ?? '');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [stack, setStack] = useState<string[]>(() =>
    initial.entityId && byId.has(initial.entityId) ? [initial.entityId] : [],
  );
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [revealed, setRevealed] = useState<{ entityId: string; result: RevealResult | null }>();
  const input = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  const detail = stack.length > 0 ? byId.get(stack[stack.length - 1]) : undefined;
  const trimmed = query.trim();
  // The index is built on the first search and kept (entitySearchFor memoises per dataset).
  const hits = useMemo(
    () => (trimmed ? entitySearchFor(dataset).search(trimmed, RESULT_LIMIT) : []),
    [dataset, trimmed],
  );
  const noteHits = useMemo(() => (trimmed && notes ? notes.search(trimmed) : []), [notes, trimmed]);
  const items = useMemo(() => pageItems(page, dataset), [page, dataset]);
  const optionCount = trimmed ? hits.length : items.length;

  useLayoutEffect(() => {
    if (!detail) input.current?.focus();
    onUsable?.();
    // Only once, on first render.
  }, []);

  // Warm the index while the person is still reading, so the first keystroke pays nothing.
  useEffect(() => {
    const timer = setTimeout(() => entitySearchFor(dataset), 50);
    return () => clearTimeout(timer);
  }, [dataset]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let misses = 0;
    const load = async () => {
      const state = await bridge.load();
      if (stopped) return;
      setPage(state);
      if (state.status === 'ready') timer = setTimeout(load, PAGE_REFRESH_MS);
      // A page still loading has no content script yet: look again a few times before giving up.
      else if (state.status === 'unreachable' && (misses += 1) <= UNREACHABLE_RETRIES) {
        timer = setTimeout(load, UNREACHABLE_RETRY_MS);
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [bridge]);

  useEffect(() => setActiveIndex(trimmed && hits.length > 0 ? 0 : -1), [trimmed, hits]);

  useEffect(() => {
    if (detail) back.current?.focus();
    else input.current?.focus();
  }, [detail?.id]);

  useEffect(() => {
    if (!detail) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        setStack((s) => s.slice(0, -1));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detail?.id]);

  const listId = trimmed ? RESULTS_ID : PAGE_LIST_ID;
  const activeId = activeIndex >= 0 && activeIndex < optionCount ? optionId(listId, activeIndex) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const open = (entityId: string) => setStack((s) => [...s, entityId]);
  const reveal = async (entityId: string) => {
    const result = await bridge.reveal(entityId);
    setRevealed({ entityId, result });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (optionCount > 0) setActiveIndex((i) => Math.min(optionCount - 1, i + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (optionCount > 0) setActiveIndex((i) => Math.max(0, i - 1));
        break;
      case 'Home':
      case 'End':
        if (optionCount > 0 && activeIndex >= 0) {
          event.preventDefault();
          setActiveIndex(event.key === 'Home' ? 0 : optionCount - 1);
        }
        break;
      case 'Enter': {
        event.preventDefault();
        const index = Math.max(0, activeIndex);
        if (trimmed) {
          if (hits[index]) open(hits[index].entity.id);
        } else if (items[index] && activeIndex >= 0) {
          void reveal(items[index].entity.id);
        }
        break;
      }
      case 'ArrowRight':
        if (!trimmed && activeIndex >= 0 && items[activeIndex]) {
          event.preventDefault();
          open(items[activeIndex].entity.id);
        }
        break;
      case 'Escape':
        if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  };

  return (
    <main class="lens-popup">
      <PopupHeader raceHref={raceHref} onOpenSettings={onOpenSettings} />
      {detail ? (
        <div class="lens-detail-view">
          <button ref={back} type="button" class="lens-back" onClick={() => setStack((s) => s.slice(0, -1))}>
            <span aria-hidden="true">←</span> {stack.length > 1 ? t('popupBack') : trimmed ? t('popupBackToResults') : t('popupBack')}
          </button>
          <EntityDetail
            entity={detail}
            dataset={dataset}
            onOpenEntity={open}
            annotations={annotationsFor?.(detail.id)}
            notes={notes?.forEntity(detail.id)}
            onOpenNote={notes?.open}
          />
        </div>
      ) : (
        <>
          <div class="lens-search">
            <label for="lens-search-box" class="lens-visually-hidden">
              {t('popupSearchLabel')}
            </label>
            <SearchIcon />
            <input
              ref={input}
              id="lens-search-box"
              type="search"
              placeholder={t('popupSearchPlaceholder')}
              autoComplete="off"
              spellcheck={false}
              // The ARIA combobox pattern: the box owns the list of results (or of the page's names).
              role="combobox"
              // Preact's typings tie role="combobox" to a datalist `list`; the list here is ARIA's own.
              list={undefined}
              aria-autocomplete="list"
              aria-expanded={optionCount > 0}
              aria-controls={optionCount > 0 ? listId : undefined}
              aria-activedescendant={activeId}
              aria-describedby="lens-search-status"
              value={query}
              onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
              onKeyDown={onKeyDown}
            />
          </div>
          <p id="lens-search-status" class="lens-visually-hidden" role="status">
            {trimmed ? (hits.length === 0 ? t('popupNoResults') : plural(hits.length, 'popupResultCountOne', 'popupResultCountOther')) : ''}
          </p>
          <div class="lens-body">
            {trimmed ? (
              <>
                {hits.length > 0 ? (
                  <ResultList hits={hits} activeIndex={activeIndex} onActivate={setActiveIndex} onOpen={open} />
                ) : (
                  <p class="lens-empty">{t('popupNoResults')}</p>
                )}
                <NoteResults hits={noteHits} entity={(id) => byId.get(id)} onOpen={open} />
              </>
            ) : (
              <OnThisPage
                state={page}
                dataset={dataset}
                activeIndex={activeIndex}
                revealed={revealed}
                onActivate={setActiveIndex}
                onReveal={(id) => void reveal(id)}
                onOpen={open}
              />
            )}
          </div>
          {page.status === 'ready' && pageTools ? (
            <footer class="lens-page-tools">{pageTools(page.page.url)}</footer>
          ) : null}
        </>
      )}
    </main>
  );
}
