/**
 * Wires hover cards to one page: page events (page-events.ts), settings, detection changes and the
 * keyboard command feed the hover controller, which opens and closes cards in the shadow-root
 * container. Everything is removed again when the content script is invalidated or `stop` is called.
 */
import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatPartialDate, type Dataset } from '../../core/dataset';
import type { Detector, Mention } from '../detect';
import type { EntityNote } from '../../platform/annotations';
import { sendToBackground } from '../../platform/messaging';
import { DEFAULT_SETTINGS, isActiveOn, pageSiteUrl, setNameMuted, siteKey, watchSettings, type Settings } from '../../platform/settings';
import { buildCardModel, createLookup } from './card-model';
import { createCardContainer, type CardContainer } from './card-container';
import { Card } from './components/Card';
import { HoverController, isInSelection, sameMention } from './hover-controller';
import { guard, listenToPage } from './page-events';
import { listenForOpenCard, mentionAtSelection } from './keyboard-command';

export interface HoverCardOptions {
  ctx: ContentScriptContext;
  detector: Detector;
  dataset: Dataset;
  /** Starts an annotation on a mention (the card's "Annotate" action; absent when not given). */
  onAnnotate?: (mention: Mention) => void;
}

export function startHoverCards(options: HoverCardOptions): () => void {
  const { ctx, detector } = options;
  const lookup = createLookup(options.dataset);
  const abort = new AbortController();
  const signal = abort.signal;
  let settings: Settings = DEFAULT_SETTINGS;
  let container: CardContainer | null = null;
  let shown: Mention | null = null;
  let pinned = false;
  let serial = 0;

  // Highlights switched off from the keyboard (detection's paint options, where the detector has them)
  // mean the person does not want the names marked: no cards popping up either.
  const highlightsHidden = () =>
    (detector as { paintOptions?: { visible?: boolean } }).paintOptions?.visible === false;
  const enabled = () => isActiveOn(settings, pageSiteUrl()) && !highlightsHidden();
  const allowed = (mention: Mention) => enabled() && settings.enabledTypes[mention.type] !== false;

  const controller = new HoverController({
    mentionAt: (x, y) => {
      const mention = detector.mentionAt(x, y);
      // A name inside text the person has just selected is about to be copied or annotated: no card.
      return mention && allowed(mention) && !isInSelection(mention.range, document.getSelection()) ? mention : null;
    },
    delayMs: () => settings.hoverDelayMs,
    open: (mention, point) => open(mention, { point, focus: false }),
    close: () => close(),
    openMention: () => shown,
    isPinned: () => pinned,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  });

  let shownHow: { point?: { x: number; y: number }; focus: boolean } = { focus: false };

  // "Your notes": asked of the background when a card shows an entity; opening one goes to its page.
  const notes = {
    load: (entityId: string) =>
      sendToBackground({ type: 'annotations/for-entity', entityId }).then((answer) => answer?.notes ?? []),
    onOpen: (note: EntityNote) => {
      close();
      sendToBackground({ type: 'ui/open-annotation', url: note.url, annotationId: note.annotationId }).catch(() => undefined);
    },
  };

  function cardFor(mention: Mention, key: number) {
    return h(Card, {
      key,
      lookup,
      entityId: mention.entityId,
      reason: mention.reason,
      onNotThis: () => {
        close();
        const site = siteKey(pageSiteUrl());
        if (site) setNameMuted(site, mention.text, true).catch(() => undefined);
      },
      theme: settings.theme,
      locale: navigator.language,
      onOpenEntry: (entityId: string) => {
        close();
        // The background opens the entry; a missing receiver must not surface as an error on the page.
        sendToBackground({ type: 'ui/open-entity', entityId }).catch(() => undefined);
      },
      onAnnotate: options.onAnnotate
        ? () => {
            close();
            options.onAnnotate!(mention);
          }
        : undefined,
      onClose: () => close(),
      notes,
    });
  }

  function open(mention: Mention, how: { point?: { x: number; y: number }; focus: boolean }): boolean {
    if (!container || !lookup.entity(mention.entityId)) return false;
    container.show(cardFor(mention, ++serial), mention.range, how);
    if (!container.isOpen()) return false;
    shown = mention;
    shownHow = how;
    pinned = how.focus;
    return true;
  }

  /** Re-renders the open card in place (same key, so it keeps its state), e.g. after a theme change. */
  function refresh(): void {
    if (shown && container) container.show(cardFor(shown, serial), shown.range, { point: shownHow.point, focus: false });
  }

  function close(): void {
    controller.reset();
    shown = null;
    pinned = false;
    container?.hide();
  }

  listenToPage({
    signal,
    controller,
    container: () => container,
    isShown: () => shown !== null,
    isPinned: () => pinned,
    close,
  });

  const stopSettings = watchSettings((next) => {
    const themeChanged = next.theme !== settings.theme;
    settings = next;
    if (shown && !allowed(shown)) close();
    else if (themeChanged) refresh();
  });
  // Text removed from the page takes its card with it.
  const stopDetector = detector.subscribe(
    guard(() => {
      if (shown && !detector.mentions().some((m) => sameMention(m, shown!))) close();
    }),
  );
  const stopCommand = listenForOpenCard(() => {
    const mention = mentionAtSelection(detector, document.getSelection());
    return !!mention && allowed(mention) && open(mention, { focus: true });
  });

  createCardContainer(ctx).then(
    (created) => {
      if (signal.aborted) created.destroy();
      else container = created;
      warmUp();
    },
    (error) => console.debug('[AI Industry Lens] hover cards unavailable:', error),
  );

  /**
   * The first card pays for loading the locale's date data and compiling the card's code paths; do
   * that while the page is idle, so the first hover is as quick as the rest. Nothing is shown. Only
   * a frame the person points, tabs or types into can show a card from a hover, so the warm-up waits
   * for the first such event there: frames nobody touches (ads, background tabs) never pay for it.
   */
  function warmUp(): void {
    const work = () => {
      if (signal.aborted) return;
      const entity = options.dataset.entities.find((e) => e.facts.some((f) => f.date));
      if (entity) buildCardModel(entity, lookup).facts.forEach((f) => f.date && formatPartialDate(f.date, navigator.language));
    };
    const types = ['pointermove', 'focusin', 'keydown'] as const;
    const onFirst = () => {
      for (const type of types) window.removeEventListener(type, onFirst, true);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 });
      else setTimeout(work, 500);
    };
    for (const type of types) window.addEventListener(type, onFirst, { capture: true, passive: true, signal });
  }

  function stop(): void {
    if (signal.aborted) return;
    close();
    abort.abort();
    stopSettings();
    stopDetector();
    stopCommand();
    container?.destroy();
    container = null;
  }
  ctx.onInvalidated(stop);
  return stop;
}
