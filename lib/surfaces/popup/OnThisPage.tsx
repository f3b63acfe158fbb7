import type { Dataset } from '../../core/dataset';
import { formatNumber } from '../../core/format';
import { plural, t } from '../../core/i18n';
import { groupPageMentions, type MentionGroupItem } from './page-groups';
import type { PageState, RevealResult } from './page-bridge';
import { optionId } from './ResultList';

export const PAGE_LIST_ID = 'lens-page-mentions';
export const UNREACHABLE_MESSAGE = t('popupUnreachable');
export const NO_PAGE_MESSAGE = t('popupNoPage');

interface OnThisPageProps {
  state: PageState;
  dataset: Dataset;
  activeIndex: number;
  /** The last reveal, to say "2 of 5" next to the entity it moved to. */
  revealed?: { entityId: string; result: RevealResult | null };
  onActivate(index: number): void;
  onReveal(entityId: string): void;
  onOpen(entityId: string): void;
}

/** The page's items in list order, for keyboard movement across groups. */
export function pageItems(state: PageState, dataset: Dataset): MentionGroupItem[] {
  if (state.status !== 'ready') return [];
  return groupPageMentions(state.page, dataset).flatMap((group) => group.items);
}

function Notice({ children }: { children: string }) {
  return <p class="lens-notice">{children}</p>;
}

/** Before anything is typed: what the page mentions, grouped by type with counts. */
export function OnThisPage({ state, dataset, activeIndex, revealed, onActivate, onReveal, onOpen }: OnThisPageProps) {
  let body;
  if (state.status === 'loading') body = <p class="lens-quiet">{t('popupReadingPage')}</p>;
  else if (state.status === 'unreachable') body = <Notice>{UNREACHABLE_MESSAGE}</Notice>;
  else if (state.status === 'no-page') body = <Notice>{NO_PAGE_MESSAGE}</Notice>;
  else if (!state.page.active) {
    body = <p class="lens-quiet">{t('popupSwitchedOff')}</p>;
  } else {
    const groups = groupPageMentions(state.page, dataset);
    if (groups.length === 0) {
      body = <p class="lens-quiet">{t('popupNoMentions')}</p>;
    } else {
      let index = -1;
      body = (
        <>
          <div id={PAGE_LIST_ID} role="listbox" aria-label={t('popupMentionedLabel')} class="lens-options">
            {groups.map((group) => (
              <div role="group" aria-labelledby={`${PAGE_LIST_ID}-${group.type}`} key={group.type}>
                <div id={`${PAGE_LIST_ID}-${group.type}`} class="lens-group-label" role="presentation">
                  {group.label}
                </div>
                {group.items.map(({ entity, count }) => {
                  index += 1;
                  const mine = index;
                  const reveal = revealed?.entityId === entity.id ? revealed.result : undefined;
                  return (
                    <div
                      key={entity.id}
                      id={optionId(PAGE_LIST_ID, mine)}
                      role="option"
                      aria-selected={mine === activeIndex}
                      aria-describedby="lens-page-hint"
                      class="lens-option lens-page-item"
                      data-entity-id={entity.id}
                      onMouseMove={() => mine !== activeIndex && onActivate(mine)}
                      onClick={() => onReveal(entity.id)}
                      // Keep focus in the search box, where the keys work (combobox pattern).
                      onMouseDown={(event) => event.preventDefault()}
                    >
                      <span class="lens-page-name">{entity.name}</span>
                      {reveal ? (
                        <span class="lens-page-position">
                          {t('popupRevealPosition', formatNumber(reveal.index + 1), formatNumber(reveal.count))}
                        </span>
                      ) : null}
                      <span class="lens-count" aria-label={plural(count, 'popupMentionCountOne', 'popupMentionCountOther')}>
                        {formatNumber(count)}
                      </span>
                      <span
                        class="lens-page-more"
                        title={t('popupAboutEntity', entity.name)}
                        aria-hidden="true"
                        onClick={(event) => {
                          event.stopPropagation();
                          onOpen(entity.id);
                        }}
                      >
                        ›
                      </span>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <p id="lens-page-hint" class="lens-hint">
            {t('popupPageHint')}
          </p>
        </>
      );
    }
  }
  const total = state.status === 'ready' && state.page.active ? state.page.total : 0;
  return (
    <section class="lens-page" aria-labelledby="lens-page-title">
      <h2 id="lens-page-title" class="lens-section-title">
        {t('popupOnThisPage')}
        {total > 0 ? <span class="lens-count lens-count-total">{formatNumber(total)}</span> : null}
      </h2>
      {body}
    </section>
  );
}
