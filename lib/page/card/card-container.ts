/**
 * The card's home on the page: a closed shadow root on a zero-size host appended to <html> (not
 * <body>, whose transform or filter would make `position: fixed` relative to it), carrying
 * `data-ai-industry-lens` so detection skips it. It renders whatever card it is given, places it
 * next to the mention's text, keeps it placed while the page scrolls, and leaves the page entirely
 * (host removed) when hidden, so a hidden card is neither in the accessibility tree nor under the pointer.
 */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { LENS_UI_ATTRIBUTE } from '../scan';
import { isInViewport, pickAnchorIndex, placeCard, type Box, type Size } from '../../ui/placement';
import { CARD_CSS } from './styles';

export const HOST_NAME = 'ai-industry-lens-card';

export interface ShowOptions {
  /** The pointer, when opened by hover: a wrapped mention anchors on the line under it. */
  point?: { x: number; y: number };
  /** Move focus into the card (only when the keyboard asked for it). */
  focus: boolean;
}

export interface CardContainer {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's vnode
  show(card: VNode<any>, anchor: Range, options: ShowOptions): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event happened inside the card (call while the event is being dispatched). */
  contains(event: Event): boolean;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** Places the card again after a scroll or resize; hides it when its text has left the viewport. */
  reposition(): void;
  destroy(): void;
}

export function viewportSize(): Size {
  const root = document.documentElement;
  // clientWidth leaves out the scroll bar; min() also copes with quirks mode, where the root's
  // clientHeight is the whole document's height.
  return {
    width: Math.min(window.innerWidth, root.clientWidth || window.innerWidth),
    height: Math.min(window.innerHeight, root.clientHeight || window.innerHeight),
  };
}

function toBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

/** The card's host: a closed shadow root on <html>, carrying the attribute detection skips. */
async function mountHost(ctx: ContentScriptContext) {
  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    mode: 'closed',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: CARD_CSS,
    // Keys typed in the card stay in the card: the page's own shortcuts never see them.
    isolateEvents: true,
    onMount: () => undefined,
  });
  ui.shadowHost.setAttribute(LENS_UI_ATTRIBUTE, '');
  return ui;
}

/** Places `card` next to line `index` of `anchor`; false when the anchor is gone or out of view. */
function placeNextTo(card: HTMLElement | null, anchor: Range | null, index: number): boolean {
  if (!card || !anchor) return false;
  const rects = [...anchor.getClientRects()].map(toBox);
  const rect = rects[Math.min(index, rects.length - 1)];
  const viewport = viewportSize();
  if (!rect || !isInViewport(rect, viewport)) return false;
  // Measure the card at its natural size, then constrain it.
  card.style.maxWidth = '';
  card.style.maxHeight = '';
  const size = { width: card.offsetWidth, height: card.offsetHeight };
  const placement = placeCard(rect, size, viewport);
  card.style.left = `${Math.round(placement.left)}px`;
  card.style.top = `${Math.round(placement.top)}px`;
  if (placement.maxWidth !== undefined) card.style.maxWidth = `${placement.maxWidth}px`;
  if (placement.maxHeight !== undefined) card.style.maxHeight = `${placement.maxHeight}px`;
  card.dataset.side = placement.side;
  return true;
}

export async function createCardContainer(ctx: ContentScriptContext): Promise<CardContainer> {
  const ui = await mountHost(ctx);
  const host = ui.shadowHost;
  let open = false;
  let anchor: Range | null = null;
  let anchorIndex = 0;
  let restoreFocus: HTMLElement | null = null;
  let resizeObserver: ResizeObserver | null = null;

  const cardElement = () => ui.uiContainer.firstElementChild as HTMLElement | null;
  const place = () => placeNextTo(cardElement(), anchor, anchorIndex);
  const hasFocus = () => open && document.activeElement === host;

  function hide(): void {
    if (!open) return;
    open = false;
    anchor = null;
    resizeObserver?.disconnect();
    resizeObserver = null;
    const hadFocus = hasFocus();
    render(null, ui.uiContainer);
    ui.remove();
    if (hadFocus && restoreFocus?.isConnected) restoreFocus.focus({ preventScroll: true });
    restoreFocus = null;
  }

  /** Content changes size (a related entity, a longer entry): keep it on screen. */
  function followSize(element: HTMLElement): void {
    if (typeof ResizeObserver !== 'function') return;
    resizeObserver?.disconnect();
    resizeObserver = new ResizeObserver(() => open && place());
    resizeObserver.observe(element);
  }

  /** Moves focus into the card, remembering where it was (unless it was in the card already). */
  function takeFocus(element: HTMLElement, wasFocused: boolean): void {
    if (!wasFocused) {
      const active = document.activeElement;
      restoreFocus = active instanceof HTMLElement && active !== host ? active : null;
    }
    element.focus({ preventScroll: true });
  }

  return {
    show(card, range, options) {
      if (!host.isConnected) ui.mount();
      const wasFocused = hasFocus();
      render(card, ui.uiContainer);
      open = true;
      anchor = range;
      anchorIndex = Math.max(0, pickAnchorIndex([...range.getClientRects()].map(toBox), options.point));
      if (!place()) return hide();
      const element = cardElement();
      if (element) followSize(element);
      if (options.focus && element) takeFocus(element, wasFocused);
    },
    hide,
    isOpen: () => open,
    contains: (event) => open && event.composedPath().includes(host),
    hasFocus,
    reposition() {
      if (open && !place()) hide();
    },
    destroy() {
      hide();
      ui.remove();
    },
  };
}
