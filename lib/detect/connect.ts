/**
 * Connects a detector to the extension: settings (pause, per-site switch, types, style) applied live,
 * the popup's questions ('page/mentions', 'page/reveal'), the 'toggle-highlights' command, and the
 * badge count (top frame, debounced). Returns the function that disconnects everything.
 */
import { browser } from 'wxt/browser';
import { handleMessages, isMessage, sendToBackground, type Message, type Response } from '../messaging';
import { isActiveOn, pageSiteUrl, watchSettings } from '../settings';
import type { LensDetector } from './detector';

const BADGE_DEBOUNCE_MS = 400;

export function connectDetector(detector: LensDetector, url: () => string = () => pageSiteUrl()): () => void {
  const cleanups: (() => void)[] = [];
  const isTop = (() => {
    try {
      return window === window.top;
    } catch {
      return false;
    }
  })();

  cleanups.push(
    watchSettings((settings) => {
      detector.setPaintOptions({ style: settings.highlightStyle, enabledTypes: settings.enabledTypes });
      detector.setActive(isActiveOn(settings, url()));
    }),
  );

  // The popup asks the top frame (frameId 0); frames answering too would race it with their own page.
  if (isTop) {
    cleanups.push(
      handleMessages({
        'page/mentions': () => detector.summary(),
        'page/reveal': ({ entityId }) => detector.reveal(entityId),
      }),
    );
  }

  // 'page/command' is shared with the card and the annotator: answer only our own command, so their
  // listeners answer theirs.
  const onCommand = (message: unknown): Promise<Response<'page/command'>> | undefined => {
    if (!isMessage(message) || message.type !== 'page/command') return undefined;
    if ((message as Message<'page/command'>).command !== 'toggle-highlights') return undefined;
    detector.setPaintOptions({ visible: !detector.paintOptions.visible });
    return isTop ? Promise.resolve({ ok: true }) : undefined;
  };
  browser.runtime.onMessage.addListener(onCommand as never);
  cleanups.push(() => browser.runtime.onMessage.removeListener(onCommand as never));

  if (isTop) {
    let sent = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sendCount = () => {
      timer = undefined;
      const count = detector.active ? detector.summary().total : 0;
      if (count === sent) return;
      sent = count;
      sendToBackground({ type: 'badge/count', count }).catch(() => {
        // The background may be restarting; the next change sends again.
        sent = -1;
      });
    };
    cleanups.push(
      detector.subscribe(() => {
        if (timer === undefined) timer = setTimeout(sendCount, BADGE_DEBOUNCE_MS);
      }),
    );
    cleanups.push(() => clearTimeout(timer));
  }

  return () => {
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // Already gone with the page.
      }
    }
  };
}
