/**
 * Wires hover cards to one page: page events (page-events.ts), the settings the hub hands over,
 * detection changes and the 'open-card' command feed the hover controller, which opens and closes
 * cards (card-display.ts) in the shadow-root container. Everything is removed when `signal` aborts.
 */
import { formatPartialDate, type Dataset } from '../../core/dataset';
import type { Detector, Mention } from '../detect';
import type { CommandHandler } from '../../platform/messaging';
import { DEFAULT_SETTINGS, pageSettings, pageSiteUrl, type PageSettings } from '../../platform/settings';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildCardModel, createLookup, type CardLookup } from './card-model';
import { createCardDisplay, type CardDisplay } from './card-display';
import { cardRenderer } from './card-element';
import { HoverController, isInSelection, sameMention } from './hover-controller';
import { guard, listenToPage } from './page-events';
import { mentionAtSelection, openCardCommand } from './keyboard-command';

export interface HoverCardOptions {
  ctx: ContentScriptContext;
  detector: Detector;
  dataset: Dataset;
  /** The settings as the frame sees them at start (later ones come through `settingsChanged`). */
  settings?: PageSettings;
  /** Starts an annotation on a mention (the card's "Annotate" action; absent when not given). */
  onAnnotate?: (mention: Mention) => void;
}

export interface HoverCards {
  /** The settings as the frame sees them now: a card no longer allowed closes; a new theme redraws it. */
  settingsChanged(view: PageSettings): void;
  /** The 'open-card' command: the card of the mention at the selection or caret, focus inside. */
  readonly openCard: CommandHandler;
}

/**
 * Highlights switched off from the keyboard (detection's paint options, where the detector has them)
 * mean the person does not want the names marked: no cards popping up either.
 */
const highlightsHidden = (detector: Detector) =>
  (detector as { paintOptions?: { visible?: boolean } }).paintOptions?.visible === false;

export function startHoverCards(options: HoverCardOptions, signal: AbortSignal): HoverCards {
  const { detector } = options;
  let view = options.settings ?? pageSettings(DEFAULT_SETTINGS, pageSiteUrl());
  let cards: LiveCards | null = null;
  const begin = () => {
    if (!cards && !signal.aborted) cards = wireCards(options, signal, () => view);
  };
  // A frame with no name in it needs no card: the listeners on the page, the look-up and the renderer
  // wait for the detector's first mention (most frames of most pages never have one).
  if (detector.mentions().length > 0) begin();
  else {
    const stop = detector.subscribe(
      guard(() => {
        if (detector.mentions().length === 0) return;
        stop();
        begin(); // a failure is reported by guard, as the hub reports a feature that did not start
      }),
    );
    signal.addEventListener('abort', stop, { once: true });
  }
  return {
    settingsChanged(next) {
      const before = view;
      view = next;
      cards?.settingsChanged(before);
    },
    openCard: openCardCommand(() => !signal.aborted && cards !== null && cards.openCard()),
  };
}

interface LiveCards {
  /** The view changed from `before` to the current one. */
  settingsChanged(before: PageSettings): void;
  /** Opens the card of the mention at the selection or caret, focus inside; false when there is none. */
  openCard(): boolean;
}

/** The cards themselves, listening to the page, once the frame has a mention. */
function wireCards(options: HoverCardOptions, signal: AbortSignal, currentView: () => PageSettings): LiveCards {
  const { ctx, detector } = options;
  const lookup = createLookup(options.dataset);
  const allowed = (mention: Mention) => {
    const view = currentView();
    return view.active && !highlightsHidden(detector) && view.settings.enabledTypes[mention.type] !== false;
  };

  const display: CardDisplay = createCardDisplay({
    ctx,
    signal,
    knows: (entityId) => !!lookup.entity(entityId),
    render: cardRenderer({
      lookup,
      theme: () => currentView().theme,
      site: () => currentView().site,
      close: () => display.close(),
      onAnnotate: options.onAnnotate,
    }),
    onClose: () => controller.reset(),
    onReady: () => warmUp(options.dataset, lookup, signal),
  });
  const controller = new HoverController({
    mentionAt: (x, y) => {
      const mention = detector.mentionAt(x, y);
      // A name inside text the person has just selected is about to be copied or annotated: no card.
      return mention && allowed(mention) && !isInSelection(mention.range, document.getSelection()) ? mention : null;
    },
    delayMs: () => currentView().settings.hoverDelayMs,
    open: (mention, point) => display.open(mention, { point, focus: false }),
    close: () => display.close(),
    openMention: () => display.shown,
    isPinned: () => display.pinned,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  });

  listenToPage({
    signal,
    controller,
    container: () => display.container,
    isShown: () => display.shown !== null,
    isPinned: () => display.pinned,
    close: () => display.close(),
  });
  // Text removed from the page takes its card with it.
  const stopDetector = detector.subscribe(
    guard(() => {
      const shown = display.shown;
      if (!shown) return;
      // The shown mention itself first: comparing places makes each compared mention's range.
      const mentions = detector.mentions();
      if (!mentions.includes(shown) && !mentions.some((m) => sameMention(m, shown))) display.close();
    }),
  );
  signal.addEventListener('abort', stopDetector, { once: true });

  return {
    settingsChanged(before) {
      if (display.shown && !allowed(display.shown)) display.close();
      else if (currentView().theme !== before.theme) display.refresh();
    },
    openCard() {
      const mention = mentionAtSelection(detector, document.getSelection());
      return !!mention && allowed(mention) && display.open(mention, { focus: true });
    },
  };
}

/**
 * The first card pays for loading the locale's date data and compiling the card's code paths; do
 * that while the page is idle, so the first hover is as quick as the rest. Nothing is shown. It runs
 * once the card's container is made, which happens at the first sign of a person in the frame (a
 * pointer move, a focus, a key: card-display.ts), so frames nobody touches never pay for it.
 */
function warmUp(dataset: Dataset, lookup: CardLookup, signal: AbortSignal): void {
  const work = () => {
    if (signal.aborted) return;
    const entity = dataset.entities.find((e) => e.facts.some((f) => f.date));
    if (entity) buildCardModel(entity, lookup).facts.forEach((f) => f.date && formatPartialDate(f.date, navigator.language));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 500);
}
