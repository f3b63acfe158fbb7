/**
 * The page events hover cards listen to, translated for the hover controller: pointer moves (one
 * hit-test per animation frame at most), presses, the pointer leaving the window, Escape, focus
 * moving away from a keyboard-opened card, and scrolls or resizes that move the card's text.
 * Everything is removed when `signal` aborts; no handler ever throws into the page.
 */
import type { CardContainer } from './card-container';
import type { HoverController, PointerSample } from './hover-controller';

export interface PageEventTargets {
  signal: AbortSignal;
  controller: HoverController;
  container(): CardContainer | null;
  isShown(): boolean;
  isPinned(): boolean;
  close(): void;
}

/** Wraps a handler so an error ends up in the console's debug level, never in the page. */
export function guard<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      handler(...args);
    } catch (error) {
      console.debug('[AI Industry Lens] hover card:', error);
    }
  };
}

export function listenToPage(targets: PageEventTargets): void {
  const { signal, controller, container, isShown, isPinned, close } = targets;
  const listen = { capture: true, passive: true, signal };

  let latest: PointerSample | null = null;
  let pointerFrame = 0;
  const flushPointer = guard(() => {
    pointerFrame = 0;
    if (latest) controller.pointerMoved(latest);
    latest = null;
  });
  window.addEventListener(
    'pointermove',
    guard((event: PointerEvent) => {
      const card = container();
      // Events the page dispatches itself must not open cards: only the person's pointer counts.
      if (!event.isTrusted || event.pointerType === 'touch' || !card) return;
      // Whether the pointer is in the card can only be asked while the event is being dispatched.
      latest = { x: event.clientX, y: event.clientY, buttons: event.buttons, inCard: card.contains(event) };
      if (!pointerFrame) pointerFrame = requestAnimationFrame(flushPointer);
    }),
    listen,
  );
  window.addEventListener(
    'pointerdown',
    guard((event: PointerEvent) => event.isTrusted && controller.pointerPressed(!!container()?.contains(event))),
    listen,
  );
  document.addEventListener(
    'pointerout',
    guard((event: PointerEvent) => {
      if (!event.relatedTarget) controller.pointerLeft();
    }),
    listen,
  );
  window.addEventListener(
    'keydown',
    guard((event: KeyboardEvent) => {
      if (event.key === 'Escape' && isShown()) close();
    }),
    listen,
  );
  // A card opened from the keyboard goes away when focus moves elsewhere on the page.
  document.addEventListener(
    'focusin',
    guard((event: FocusEvent) => {
      if (isShown() && isPinned() && !container()?.contains(event)) close();
    }),
    listen,
  );

  let viewportFrame = 0;
  const onViewportChange = guard(() => {
    if (!isShown() || viewportFrame) return;
    viewportFrame = requestAnimationFrame(
      guard(() => {
        viewportFrame = 0;
        const card = container();
        card?.reposition();
        if (card && !card.isOpen()) close();
      }),
    );
  });
  window.addEventListener('scroll', onViewportChange, listen);
  window.addEventListener('resize', onViewportChange, listen);

  signal.addEventListener('abort', () => {
    if (pointerFrame) cancelAnimationFrame(pointerFrame);
    if (viewportFrame) cancelAnimationFrame(viewportFrame);
  });
}
