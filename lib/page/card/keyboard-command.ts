/**
 * The "open card" keyboard command. The background broadcasts it ('page/open-card') to every frame of
 * the tab; the hub hands it to the hover cards.
 */
import type { Detector, Mention } from '../detect';
import { UNANSWERED, type CommandHandler } from '../../platform/messaging';

/** The mention at the selection or caret: the first one the selection touches. */
export function mentionAtSelection(detector: Detector, selection: Selection | null): Mention | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return detector.mentionsIn(range)[0] ?? null;
}

/**
 * The 'open-card' command's handler: `open` says whether a card opened (a failure counts as no).
 * Sent to every frame, only the frame that opened a card (or the top one) answers.
 */
export function openCardCommand(open: () => boolean): CommandHandler {
  return () => {
    let ok = false;
    try {
      ok = open();
    } catch {
      ok = false;
    }
    if (!ok && window !== window.top) return UNANSWERED;
    return { ok };
  };
}
