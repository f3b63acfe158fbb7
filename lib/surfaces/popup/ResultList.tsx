import { presentHit, type SearchHit } from '../../core/search';
import { TYPE_LABELS } from '../../core/dataset';
import { Highlighted } from './Highlighted';
import './search.css';
import { t, type MessageKey } from '../../core/i18n';

export const RESULTS_ID = 'lens-results';
export const optionId = (listId: string, index: number) => `${listId}-${index}`;

const REASON_LABELS = { aliases: 'popupReasonAlso', roles: 'popupReasonRole', facts: 'popupReasonFact' } as const satisfies Record<string, MessageKey>;

interface ResultListProps {
  /** The list's id (the popup's own by default); options are `<id>-<index>`. */
  id?: string;
  hits: SearchHit[];
  activeIndex: number;
  onActivate(index: number): void;
  onOpen(entityId: string): void;
}

/** Search results as a listbox driven from the search box (aria-activedescendant). */
export function ResultList({ id: listId = RESULTS_ID, hits, activeIndex, onActivate, onOpen }: ResultListProps) {
  return (
    <ul id={listId} role="listbox" aria-label={t('popupResultsLabel')} class="lens-options">
      {hits.map((hit, index) => {
        const view = presentHit(hit);
        const id = optionId(listId, index);
        return (
          <li
            key={hit.entity.id}
            id={id}
            role="option"
            // Named by name and type; the summary and the reason are read as its description.
            aria-labelledby={`${id}-name ${id}-type`}
            aria-describedby={`${id}-more`}
            aria-selected={index === activeIndex}
            class="lens-option lens-result"
            data-entity-id={hit.entity.id}
            onMouseMove={() => index !== activeIndex && onActivate(index)}
            onClick={() => onOpen(hit.entity.id)}
            // Keep focus in the search box, where the keys work (combobox pattern).
            onMouseDown={(event) => event.preventDefault()}
          >
            <div class="lens-result-head">
              <span class="lens-result-name" id={`${id}-name`}>
                <Highlighted text={hit.entity.name} ranges={view.nameRanges} />
              </span>
              <span class="lens-result-type" id={`${id}-type`}>
                {TYPE_LABELS[hit.entity.type]?.one ?? hit.entity.type}
              </span>
            </div>
            <div id={`${id}-more`}>
              <div class="lens-result-summary">
                <Highlighted text={view.summary.text} ranges={view.summary.ranges} />
              </div>
              {view.reason ? (
                <div class="lens-result-reason">
                  <span class="lens-reason-label">{t(REASON_LABELS[view.reason.field])}: </span>
                  <Highlighted text={view.reason.snippet.text} ranges={view.reason.snippet.ranges} />
                </div>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
