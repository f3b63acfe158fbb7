/**
 * The "open card" keyboard command. The background forwards it as 'page/command', which other parts
 * of the content script may also listen for (toggle-highlights, annotate), so this listener answers
 * only 'open-card' and returns undefined for everything else, leaving those to their own listeners.
 */
import { browser } from 'wxt/browser';
import type { Detector, Mention } from '../detect';
import { isMessage, type Message, type Response } from '../../platform/messaging';

export function isOpenCardCommand(message: unknown): boolean {
  return (
    isMessage(message) &&
    message.type === 'page/command' &&
    (message as Message<'page/command'>).command === 'open-card'
  );
}

/** The mention at the selection or caret: the first one the selection touches. */
export function mentionAtSelection(detector: Detector, selection: Selection | null): Mention | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return detector.mentionsIn(range)[0] ?? null;
}

/** Calls `open` on each 'open-card' command; `open` says whether a card opened. Returns the unsubscribe. */
export function listenForOpenCard(open: () => boolean): () => void {
  const listener = (message: unknown): Promise<Response<'page/command'>> | undefined => {
    if (!isOpenCardCommand(message)) return undefined;
    let ok = false;
    try {
      ok = open();
    } catch {
      ok = false;
    }
    // Sent to every frame, only the frame that opened a card (or the top one) should answer.
    if (!ok && window !== window.top) return undefined;
    return Promise.resolve({ ok });
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
