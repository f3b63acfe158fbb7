/**
 * The search box's keys over the list it controls (results while a query is typed, the page's names
 * otherwise): arrows, Home and End move the active option, Enter opens a result or shows a name on the
 * page, Right arrow opens a page name's entry, Escape clears the query.
 */
export interface ListKeyContext {
  /** Whether a query is typed (the list is the results). */
  searching: boolean;
  optionCount: number;
  activeIndex: number;
  setActiveIndex(update: (index: number) => number): void;
  /** The entity of the option at `index` (a result, or a name on the page), if any. */
  entityAt(index: number): string | undefined;
  open(entityId: string): void;
  reveal(entityId: string): void;
  query: string;
  clearQuery(): void;
}

export function onListKey(event: KeyboardEvent, c: ListKeyContext): void {
  const { optionCount, activeIndex } = c;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (optionCount > 0) c.setActiveIndex((i) => Math.min(optionCount - 1, i + 1));
      break;
    case 'ArrowUp':
      event.preventDefault();
      if (optionCount > 0) c.setActiveIndex((i) => Math.max(0, i - 1));
      break;
    case 'Home':
    case 'End':
      if (optionCount > 0 && activeIndex >= 0) {
        event.preventDefault();
        c.setActiveIndex(() => (event.key === 'Home' ? 0 : optionCount - 1));
      }
      break;
    case 'Enter': {
      event.preventDefault();
      const entityId = c.entityAt(Math.max(0, activeIndex));
      if (c.searching) {
        if (entityId) c.open(entityId);
      } else if (entityId && activeIndex >= 0) {
        c.reveal(entityId);
      }
      break;
    }
    case 'ArrowRight': {
      const entityId = c.entityAt(activeIndex);
      if (!c.searching && activeIndex >= 0 && entityId) {
        event.preventDefault();
        c.open(entityId);
      }
      break;
    }
    case 'Escape':
      if (c.query) {
        event.preventDefault();
        c.clearQuery();
      }
      break;
  }
}
