/**
 * Connects a detector to the extension, for the content script's hub to wire: the settings as the
 * frame sees them (pause, per-site switch, types, style, muted names), the popup's questions
 * ('page/mentions', 'page/reveal'), the 'toggle-highlights' command, and the counts: an iframe reports
 * what it found (through the background) to the top frame, which answers the popup and sets the badge
 * for the whole page. Everything it starts stops when `signal` aborts.
 */
import {
  sendToBackground,
  UNANSWERED,
  type MentionSummary,
  type PageHandlers,
  type PageMentions,
} from '../../platform/messaging';
import { mutedOn, type PageSettings } from '../../platform/settings';
import type { LensDetector } from './detector';
import { FrameMentions } from './frames';

const BADGE_DEBOUNCE_MS = 400;
/**
 * A page that keeps changing (a live feed) reports at most once per this long: each report sums the
 * page's mentions and crosses to the background, and the badge of a page that grows every 50 ms need
 * not follow it every 400 ms.
 */
const BADGE_BUSY_MS = 1600;
/** An iframe may start before its top frame's content script does: it tries again this often. */
const FRAME_RETRY_MS = 1000;
const FRAME_RETRIES = 5;

export interface DetectorConnection {
  /** Applies the settings as this frame sees them. */
  settingsChanged(view: PageSettings): void;
  /** The messages this frame answers for the detector, the 'toggle-highlights' command included. */
  readonly messages: PageHandlers;
}

function isTopFrame(): boolean {
  try {
    return window === window.top;
  } catch {
    return false;
  }
}

export function connectDetector(detector: LensDetector, signal: AbortSignal, isTop = isTopFrame()): DetectorConnection {
  // The popup asks the top frame (frameId 0), which answers for its iframes too.
  const frames = new FrameMentions();
  const summary = () => (isTop ? frames.mergeInto(detector.summary()) : detector.summary());
  const scheduleReport = reportCounts(detector, summary, isTop, signal);
  // An iframe is asked to reveal only when the top frame points there.
  const answers: PageHandlers = isTop
    ? topFrameAnswers(detector, frames, summary, scheduleReport)
    : { 'page/reveal': ({ entityId }) => detector.reveal(entityId) };
  return {
    settingsChanged(view) {
      detector.setPaintOptions({ style: view.style, enabledTypes: view.settings.enabledTypes });
      detector.setEveryPage(view.settings.highlightEverywhere);
      detector.setMuted(mutedOn(view));
      detector.setActive(view.active);
    },
    messages: {
      ...answers,
      // Every frame shows or hides its names; the top frame answers for the page.
      'page/toggle-highlights': () => {
        detector.setPaintOptions({ visible: !detector.paintOptions.visible });
        return isTop ? { ok: true } : UNANSWERED;
      },
    },
  };
}

/** The top frame answers the popup for the whole page and hears its iframes' counts from the background. */
function topFrameAnswers(
  detector: LensDetector,
  frames: FrameMentions,
  summary: () => PageMentions,
  scheduleReport: () => void,
): PageHandlers {
  return {
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
  };
}

/**
 * Sends the counts out, debounced, whenever the detector's mentions change: the top frame's to the
 * badge, an iframe's to the top frame (again later while the top frame is not there yet). Returns the
 * function that schedules a report.
 */
function reportCounts(detector: LensDetector, summary: () => PageMentions, isTop: boolean, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame that never finds anything never writes: the browser clears a tab's badge when it loads a
  // new page (Firefox documents it, MDN's action.setBadgeText; Chromium does it, background.e2e.ts
  // checks), so a page with no name (most pages) never wakes the background.
  const nothing = isTop ? '0' : '[]';
  let sent = nothing;
  let retries = 0;
  let lastReport = -Infinity;
  function scheduleReport(delay = BADGE_DEBOUNCE_MS): void {
    if (timer !== undefined || signal.aborted) return;
    const sinceLast = performance.now() - lastReport;
    timer = setTimeout(report, sinceLast < BADGE_BUSY_MS ? Math.max(delay, BADGE_BUSY_MS - sinceLast) : delay);
  }
  function report(): void {
    timer = undefined;
    lastReport = performance.now();
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
  const unsubscribe = detector.subscribe(() => scheduleReport());
  signal.addEventListener('abort', () => (unsubscribe(), clearTimeout(timer)), { once: true });
  // Back from the back-forward cache: the badge was cleared when the tab left this page; say it again.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      sent = nothing;
      scheduleReport(0);
    },
    { signal },
  );
  return () => scheduleReport();
}
