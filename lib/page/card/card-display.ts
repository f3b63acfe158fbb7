/**
 * Which card is shown, and how: one card at a time in the shadow-root container, opened by hover (at
 * the pointer) or from the keyboard (focus inside, "pinned" until Escape, a click elsewhere or focus
 * moving away). The container is made once, at the first sign of a person in the frame (a pointer
 * move, a focus, a key): a frame nobody points, tabs or types into (an ad, a background tab, most
 * iframes) never pays for its shadow root and styles. Everything goes when `signal` aborts.
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
  /**
   * Shows the card of `mention`; false when it cannot be shown (unknown entity, out of view). Before
   * the container is made (a keyboard command in a frame nobody has pointed at yet), it is made and
   * the card shown then, unless another open or a close came first: true then means "on its way" (a
   * name scrolled out of view by then shows nothing).
   */
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
  /** The container has been made (at the first sign of a person in the frame). */
  onReady(): void;
}

export function createCardDisplay(options: DisplayOptions): CardDisplay {
  const { signal } = options;
  let container: CardContainer | null = null;
  let shown: Mention | null = null;
  let shownHow: OpenHow = { focus: false };
  let pinned = false;
  let serial = 0;
  /** Bumped by every open and close: an open waiting for the container goes ahead only if still the last. */
  let wish = 0;
  let making: Promise<CardContainer | null> | null = null;
  const makeContainer = () =>
    (making ??= createCardContainer(options.ctx).then(
      (created) => {
        if (signal.aborted) {
          created.destroy();
          return null;
        }
        container = created;
        options.onReady();
        return created;
      },
      (error) => {
        console.debug('[AI Industry Lens] hover cards unavailable:', error);
        making = null; // The next open or first sign tries again.
        return null;
      },
    ));

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
      if (!options.knows(mention.entityId)) return false;
      const mine = ++wish;
      if (!container) {
        void makeContainer().then((made) => {
          if (made && mine === wish && !signal.aborted) display.open(mention, how);
        });
        return true;
      }
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
      wish++;
      options.onClose();
      shown = null;
      pinned = false;
      container?.hide();
    },
  };

  // The first sign of a person here makes the container, long before a hover's delay is over.
  const FIRST_SIGNS = ['pointermove', 'focusin', 'keydown'] as const;
  const onFirstSign = () => {
    for (const type of FIRST_SIGNS) window.removeEventListener(type, onFirstSign, true);
    void makeContainer();
  };
  for (const type of FIRST_SIGNS) window.addEventListener(type, onFirstSign, { capture: true, passive: true, signal });
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
