import type { Dataset } from '../dataset';
import { groupPageMentions, type MentionGroupItem } from './page-groups';
import type { PageState, RevealResult } from './page-bridge';
import { optionId } from './ResultList';

export const PAGE_LIST_ID = 'lens-page-mentions';
export const UNREACHABLE_MESSAGE =
  "This page can't be read by the extension (browser pages and stores are off-limits). Search still works.";
export const NO_PAGE_MESSAGE = 'No web page behind this window, so nothing to list. Search still works.';

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
  if (state.status === 'loading') body = <p class="lens-quiet">Reading the page…</p>;
  else if (state.status === 'unreachable') body = <Notice>{UNREACHABLE_MESSAGE}</Notice>;
  else if (state.status === 'no-page') body = <Notice>{NO_PAGE_MESSAGE}</Notice>;
  else if (!state.page.active) {
    body = <p class="lens-quiet">AI Industry Lens is switched off on this page. Search still works.</p>;
  } else {
    const groups = groupPageMentions(state.page, dataset);
    if (groups.length === 0) {
      body = <p class="lens-quiet">No names from the dataset on this page.</p>;
    } else {
      let index = -1;
      body = (
        <>
          <div id={PAGE_LIST_ID} role="listbox" aria-label="Mentioned on this page" class="lens-options">
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
                          {reveal.index + 1} of {reveal.count}
                        </span>
                      ) : null}
                      <span class="lens-count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
                        {count}
                      </span>
                      <span
                        class="lens-page-more"
                        title={`About ${entity.name}`}
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
            Enter or click shows the next mention on the page; → opens the entry.
          </p>
        </>
      );
    }
  }
  const total = state.status === 'ready' && state.page.active ? state.page.total : 0;
  return (
    <section class="lens-page" aria-labelledby="lens-page-title">
      <h2 id="lens-page-title" class="lens-section-title">
        On this page
        {total > 0 ? <span class="lens-count lens-count-total">{total}</span> : null}
      </h2>
      {body}
    </section>
  );
}
