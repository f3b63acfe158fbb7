/**
 * Which card is shown, and how: one card at a time in the shadow-root container, opened by hover (at
 * the pointer) or from the keyboard (focus inside, "pinned" until Escape, a click elsewhere or focus
 * moving away). The container is made once, in the background of the page's start; everything goes
 * when `signal` aborts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../detect';
import { createCardContainer, type CardContainer } from './card-container';
import type { CardRender } from './card-element';

export interface OpenHow {
  point?: { x: number; y: number };
  focus: boolean;
}

export interface CardDisplay {
  /** The mention whose card is shown. */
  readonly shown: Mention | null;
  /** Opened from the keyboard. */
  readonly pinned: boolean;
  readonly container: CardContainer | null;
  /** Shows the card of `mention`; false when it cannot be shown (no container yet, unknown entity, out of view). */
  open(mention: Mention, how: OpenHow): boolean;
  /** Renders the shown card again in place (same key, so it keeps its state), e.g. after a theme change. */
  refresh(): void;
  close(): void;
}

export interface DisplayOptions {
  ctx: ContentScriptContext;
  signal: AbortSignal;
  render: CardRender;
  knows(entityId: string): boolean;
  /** Called on every close, before the card goes. */
  onClose(): void;
  /** The container is ready (or could not be made). */
  onReady(): void;
}

export function createCardDisplay(options: DisplayOptions): CardDisplay {
  const { signal } = options;
  let container: CardContainer | null = null;
  let shown: Mention | null = null;
  let shownHow: OpenHow = { focus: false };
  let pinned = false;
  let serial = 0;

  const display: CardDisplay = {
    get shown() {
      return shown;
    },
    get pinned() {
      return pinned;
    },
    get container() {
      return container;
    },
    open(mention, how) {
      if (!container || !options.knows(mention.entityId)) return false;
      container.show(options.render(mention, ++serial), mention.range, how);
      if (!container.isOpen()) return false;
      shown = mention;
      shownHow = how;
      pinned = how.focus;
      return true;
    },
    refresh() {
      if (shown && container) container.show(options.render(shown, serial), shown.range, { point: shownHow.point, focus: false });
    },
    close() {
      options.onClose();
      shown = null;
      pinned = false;
      container?.hide();
    },
  };

  createCardContainer(options.ctx).then(
    (created) => {
      if (signal.aborted) created.destroy();
      else container = created;
      options.onReady();
    },
    (error) => console.debug('[AI Industry Lens] hover cards unavailable:', error),
  );
  signal.addEventListener(
    'abort',
    () => {
      display.close();
      container?.destroy();
      container = null;
    },
    { once: true },
  );
  return display;
}
