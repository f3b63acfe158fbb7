/**
 * The popup: a search box that answers "who is that?" in two keystrokes, what the page behind it
 * mentions, and an entity's full entry. Everything outside (dataset, page, browser actions) comes in
 * through props, so each state renders in a test without a browser.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entityById, type Dataset, type Entity } from '../../core/dataset';
import type { EntityNote, NoteSearchHit } from '../../platform/annotations';
import { EntityDetail, type EntityAnnotationPage } from '../entity-view';
import type { PopupLocation } from '../../core/routes';
import { entitySearchFor, type SearchHit } from '../../core/search';
import { t } from '../../core/i18n';
import { OnThisPage, PAGE_LIST_ID, pageItems } from './OnThisPage';
import type { PageBridge, RevealResult } from './page-bridge';
import { PopupHeader } from './PopupHeader';
import { onListKey } from './list-keys';
import { SearchBox } from './SearchBox';
import { usePageState } from './use-page-state';
import { optionId, ResultList, RESULTS_ID } from './ResultList';
import { NoteResults } from './NoteResults';

export const RESULT_LIMIT = 20;

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

export function Popup(props: PopupProps) {
  const { dataset, bridge, initial = {}, notes, onUsable } = props;
  const byId = entityById(dataset);
  const [query, setQuery] = useState(initial.query ?? '');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [stack, setStack] = useState<string[]>(() =>
    initial.entityId && byId.has(initial.entityId) ? [initial.entityId] : [],
  );
  const page = usePageState(bridge);
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
  const listId = trimmed ? RESULTS_ID : PAGE_LIST_ID;
  const activeId = activeIndex >= 0 && activeIndex < optionCount ? optionId(listId, activeIndex) : undefined;
  const open = (entityId: string) => setStack((s) => [...s, entityId]);
  const pop = () => setStack((s) => s.slice(0, -1));
  const reveal = async (entityId: string) => {
    const result = await bridge.reveal(entityId);
    setRevealed({ entityId, result });
  };

  usePopupFocus(detail?.id, input, back, onUsable);
  useWarmIndex(dataset);
  useEffect(() => setActiveIndex(trimmed && hits.length > 0 ? 0 : -1), [trimmed, hits]);
  useEscapeBack(detail?.id, pop);
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent) =>
    onListKey(event, {
      searching: !!trimmed,
      optionCount,
      activeIndex,
      setActiveIndex,
      entityAt: (i) => (trimmed ? hits[i]?.entity.id : items[i]?.entity.id),
      open,
      reveal: (id) => void reveal(id),
      query,
      clearQuery: () => setQuery(''),
    });

  return (
    <main class="lens-popup">
      <PopupHeader raceHref={props.raceHref} onOpenSettings={props.onOpenSettings} />
      {detail ? (
        <div class="lens-detail-view">
          <button ref={back} type="button" class="lens-back" onClick={pop}>
            <span aria-hidden="true">←</span> {stack.length === 1 && trimmed ? t('popupBackToResults') : t('popupBack')}
          </button>
          <EntityDetail entity={detail} dataset={dataset} onOpenEntity={open} {...entryExtras(props, detail.id)} />
        </div>
      ) : (
        <>
          <SearchBox
            id="lens-search-box"
            inputRef={input}
            query={query}
            onQuery={setQuery}
            onKeyDown={onKeyDown}
            listId={listId}
            optionCount={optionCount}
            activeId={activeId}
            resultCount={trimmed ? hits.length : undefined}
          />
          <div class="lens-body">
            {trimmed ? (
              <SearchResults hits={hits} noteHits={noteHits} activeIndex={activeIndex} onActivate={setActiveIndex} onOpen={open} entity={(id) => byId.get(id)} />
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
          {page.status === 'ready' && props.pageTools ? (
            <footer class="lens-page-tools">{props.pageTools(page.page.url)}</footer>
          ) : null}
        </>
      )}
    </main>
  );
}

/** What an entry shows of the person's own: pages annotated about it, or their notes. */
function entryExtras({ annotationsFor, notes }: PopupProps, entityId: string) {
  return { annotations: annotationsFor?.(entityId), notes: notes?.forEntity(entityId), onOpenNote: notes?.open };
}

/**
 * Focus where the person will type or act: the search box at first (then the popup is usable), the
 * entry's back button when an entry opens, the box again when it closes.
 */
function usePopupFocus(
  entryId: string | undefined,
  input: RefObject<HTMLInputElement | null>,
  back: RefObject<HTMLButtonElement | null>,
  onUsable?: () => void,
): void {
  useLayoutEffect(() => {
    if (!entryId) input.current?.focus();
    onUsable?.();
    // Only once, on first render.
  }, []);
  useEffect(() => {
    if (entryId) back.current?.focus();
    else input.current?.focus();
  }, [entryId]);
}

/** Warms the search index while the person is still reading, so the first keystroke pays nothing. */
function useWarmIndex(dataset: Dataset): void {
  useEffect(() => {
    const timer = setTimeout(() => entitySearchFor(dataset), 50);
    return () => clearTimeout(timer);
  }, [dataset]);
}

/** Escape in an entry goes back one step (unless something inside the entry took the key). */
function useEscapeBack(entryId: string | undefined, back: () => void): void {
  useEffect(() => {
    if (!entryId) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [entryId]);
}

interface SearchResultsProps {
  hits: SearchHit[];
  noteHits: NoteSearchHit[];
  activeIndex: number;
  onActivate(index: number): void;
  onOpen(entityId: string): void;
  entity(id: string): Entity | undefined;
}

/** What a typed query finds: entities (or a line saying there are none), then entities in one's notes. */
function SearchResults({ hits, noteHits, activeIndex, onActivate, onOpen, entity }: SearchResultsProps) {
  return (
    <>
      {hits.length > 0 ? (
        <ResultList hits={hits} activeIndex={activeIndex} onActivate={onActivate} onOpen={onOpen} />
      ) : (
        <p class="lens-empty">{t('popupNoResults')}</p>
      )}
      <NoteResults hits={noteHits} entity={entity} onOpen={onOpen} />
    </>
  );
}
