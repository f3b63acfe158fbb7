/**
 * The popup's search box, an ARIA combobox that owns the list of results (or of the page's names),
 * and the status line a screen reader hears as results come and go.
 */
import type { Ref } from 'preact';
import { plural, t } from '../../core/i18n';
import { SearchIcon } from './EntityFinder';

export interface SearchBoxProps {
  inputRef: Ref<HTMLInputElement>;
  query: string;
  onQuery(query: string): void;
  onKeyDown(event: KeyboardEvent): void;
  /** The list the box controls, when it has options. */
  listId: string;
  optionCount: number;
  activeId?: string;
  /** Results found for the typed query (undefined while nothing is typed). */
  resultCount?: number;
}

export function SearchBox({ inputRef, query, onQuery, onKeyDown, listId, optionCount, activeId, resultCount }: SearchBoxProps) {
  return (
    <>
      <div class="lens-search">
        <label for="lens-search-box" class="lens-visually-hidden">
          {t('popupSearchLabel')}
        </label>
        <SearchIcon />
        <input
          ref={inputRef}
          id="lens-search-box"
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
          aria-activedescendant={activeId}
          aria-describedby="lens-search-status"
          value={query}
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id="lens-search-status" class="lens-visually-hidden" role="status">
        {resultCount === undefined
          ? ''
          : resultCount === 0
            ? t('popupNoResults')
            : plural(resultCount, 'popupResultCountOne', 'popupResultCountOther')}
      </p>
    </>
  );
}
