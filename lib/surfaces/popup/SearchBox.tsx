/**
 * The search box of the popup and of the side panel's entity finder: an ARIA combobox that owns the
 * list of results (or, in the popup, of the page's names), and the status line a screen reader hears
 * as results come and go.
 */
import type { Ref } from 'preact';
import { plural, t } from '../../core/i18n';
import './search.css';

/** The magnifier at the start of a search box (decorative). */
function SearchIcon() {
  return (
    <svg class="lens-search-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

export interface SearchBoxProps {
  /** The input's id; its status line is `<id>-status`. */
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  query: string;
  onQuery(query: string): void;
  onKeyDown(event: KeyboardEvent): void;
  /** The list the box controls, when it has options. */
  listId: string;
  optionCount: number;
  activeId?: string;
  /** Results found for the typed query (undefined while nothing is typed). */
  resultCount?: number;
  /** Whether the status line shows (the side panel's finder) or is for screen readers only (the popup). */
  showStatus?: boolean;
}

export function SearchBox({ id, inputRef, query, onQuery, onKeyDown, listId, optionCount, activeId, resultCount, showStatus = false }: SearchBoxProps) {
  const statusId = `${id}-status`;
  return (
    <>
      <div class="lens-search">
        <label for={id} class="lens-visually-hidden">
          {t('popupSearchLabel')}
        </label>
        <SearchIcon />
        <input
          ref={inputRef}
          id={id}
          type="search"
          placeholder={t('popupSearchPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          role="combobox"
          // Preact's typings tie role="combobox" to a datalist `list`; the list here is ARIA's own.
          list={undefined}
          aria-autocomplete="list"
          aria-expanded={optionCount > 0}
          aria-controls={optionCount > 0 ? listId : undefined}
          aria-activedescendant={optionCount > 0 ? activeId : undefined}
          aria-describedby={statusId}
          value={query}
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={statusId} class={showStatus ? 'lens-finder-status' : 'lens-visually-hidden'} role="status">
        {resultCount === undefined
          ? ''
          : resultCount === 0
            ? t('popupNoResults')
            : plural(resultCount, 'popupResultCountOne', 'popupResultCountOther')}
      </p>
    </>
  );
}
