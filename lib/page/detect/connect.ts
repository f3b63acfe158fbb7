/**
 * Connects a detector to the extension: settings (pause, per-site switch, types, style) applied live,
 * the popup's questions ('page/mentions', 'page/reveal'), the 'toggle-highlights' command, and the
 * counts: an iframe reports what it found (through the background) to the top frame, which answers the
 * popup and sets the badge for the whole page. Returns the function that disconnects everything.
 */
import { browser } from 'wxt/browser';
import {
  handleMessages,
  isMessage,
  sendToBackground,
  type MentionSummary,
  type Message,
  type Response,
} from '../../platform/messaging';
import { isActiveOn, pageSiteUrl, siteKey, watchSettings } from '../../platform/settings';
import type { LensDetector } from './detector';
import { FrameMentions } from './frames';

const BADGE_DEBOUNCE_MS = 400;
/** An iframe may start before its top frame's content script does: it tries again this often. */
const FRAME_RETRY_MS = 1000;
const FRAME_RETRIES = 5;

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
      detector.setEveryPage(settings.highlightEverywhere);
      detector.setMuted(settings.mutedNames[siteKey(url()) ?? ''] ?? []);
      detector.setActive(isActiveOn(settings, url()));
    }),
  );

  // The popup asks the top frame (frameId 0), which answers for its iframes too; an iframe is asked
  // to reveal only when the top frame points there.
  const frames = new FrameMentions();
  const summary = () => (isTop ? frames.mergeInto(detector.summary()) : detector.summary());
  if (isTop) {
    cleanups.push(
      handleMessages({
        'page/mentions': () => summary(),
        'page/reveal': ({ entityId }) => {
          const own = detector.reveal(entityId);
          if (own.count > 0) return own;
          const frameId = frames.frameWith(entityId);
          return frameId === undefined ? own : { ...own, frameId };
        },
        'page/frame-mentions': ({ frameId, entities }, sender) => {
          // Only the extension's background relays frames' counts (a content script has no tab).
          if (sender.tab || !Array.isArray(entities)) return;
          if (frames.update(frameId, entities)) scheduleReport();
        },
      }),
    );
  } else {
    cleanups.push(handleMessages({ 'page/reveal': ({ entityId }) => detector.reveal(entityId) }));
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

  // Counts go out debounced: the top frame's to the badge, an iframe's to the top frame.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = isTop ? '' : '[]'; // An iframe that never finds anything never writes.
  let retries = 0;
  function scheduleReport(delay = BADGE_DEBOUNCE_MS): void {
    if (timer === undefined) timer = setTimeout(report, delay);
  }
  function report(): void {
    timer = undefined;
    const entities: MentionSummary[] = detector.active ? summary().entities : [];
    const key = isTop ? String(entities.reduce((n, e) => n + e.count, 0)) : JSON.stringify(entities);
    if (key === sent) return;
    const previous = sent;
    sent = key;
    const delivery = isTop
      ? sendToBackground({ type: 'badge/count', count: Number(key) }).then(() => true)
      : sendToBackground({ type: 'frame/mentions', entities }).then((answer) => answer?.delivered === true);
    delivery.then(
      (delivered) => {
        if (delivered) retries = 0;
        else if (retries++ < FRAME_RETRIES) {
          sent = previous;
          scheduleReport(FRAME_RETRY_MS);
        }
      },
      () => {
        // The background may be restarting; the next change sends again.
        sent = previous;
      },
    );
  }
  cleanups.push(detector.subscribe(() => scheduleReport()));
  cleanups.push(() => clearTimeout(timer));

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
