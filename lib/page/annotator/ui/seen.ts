/**
 * Whether a click on one of our controls was made where the person could see it: the guard of a
 * destructive confirmation (Delete) against clickjacking. A page cannot press a button in our closed
 * shadow root, but it can hide the annotator (opacity on an ancestor, a filter) or lay its own bait
 * over it with `pointer-events: none`, so that a click meant for the bait lands on our button.
 *
 * - Where IntersectionObserver v2 is available (Chromium), the button must have been reported
 *   visible (`isVisible`: unoccluded, unfaded, untransformed, whole in the viewport) for a while
 *   before the click: this sees bait laid over it, whatever its pointer-events.
 * - Everywhere, at the click: the button is the top element at the click point, and neither it nor
 *   any ancestor (up through our host to the page's root) is faded or filtered.
 * - A click that is part of a double (or triple) click never confirms: the confirmation is a second,
 *   deliberate click on the control that replaced the first.
 * A click from the keyboard (Enter or Space on the focused button) needs no top element at a point nor
 * a while seen, but the button must not be reported covered, nor be faded: focus may have been left on
 * it by an earlier click on bait.
 * A whole-page colour filter (a dark-mode tool's invert and hue-rotate) is no fading (`legibleFilter`).
 *
 * Not covered where IntersectionObserver v2 is missing (Firefox): bait laid over the annotator with
 * `pointer-events: none`, which no hit test sees.
 */

/** How long the button must have been seen, unbroken, before a click on it counts. */
export const SEEN_FOR_MS = 500;

interface VisibilityEntry extends IntersectionObserverEntry {
  /** IntersectionObserver v2. */
  readonly isVisible?: boolean;
}

export interface SeenGuard {
  /** Whether this click on the element may count. */
  counts(event: MouseEvent): boolean;
  stop(): void;
}

const trackingSupported = () =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Whether a computed `filter` leaves what it draws legible: none, or only the colour changes that
 * dark-mode tools and grayscale themes apply to a whole page (hue-rotate, grayscale, sepia, saturate,
 * and invert near 0 or 1). An invert near one half, a brightness, contrast, opacity or blur can hide the
 * note, so a filter holding one is taken as the page fading it.
 */
export function legibleFilter(filter: string): boolean {
  if (filter === 'none' || filter === '') return true;
  const parts = [...filter.matchAll(/([a-z-]+)\(([^)]*)\)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join(' ') !== filter.trim().replace(/\s+/g, ' ')) return false;
  return parts.every(([, name, arg]) => {
    if (name === 'hue-rotate' || name === 'grayscale' || name === 'sepia' || name === 'saturate') return true;
    if (name !== 'invert') return false;
    const amount = arg.trim().endsWith('%') ? parseFloat(arg) / 100 : parseFloat(arg);
    return Number.isFinite(amount) && (amount <= 0.15 || amount >= 0.85);
  });
}

/** Whether the element and every ancestor up to the document (through shadow hosts) is drawn unfaded. */
function drawnPlainly(element: Element): boolean {
  for (let node: Element | null = element; node; ) {
    const style = getComputedStyle(node);
    if (Number(style.opacity) < 1 || !legibleFilter(style.filter) || style.visibility !== 'visible') return false;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return true;
}

export function guardSeen(element: Element): SeenGuard {
  // The time since which the element is reported visible, or null (not visible, or not reported yet).
  let visibleSince: number | null = null;
  let observer: IntersectionObserver | null = null;
  if (trackingSupported()) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries as VisibilityEntry[]) {
          const visible = entry.isVisible === true && entry.intersectionRatio >= 1;
          visibleSince = visible ? (visibleSince ?? entry.time) : null;
        }
      },
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(element);
  }
  return {
    counts(event) {
      if (!event.isTrusted) return false;
      if (event.detail > 1) return false;
      // From the keyboard (Enter or Space on the focused button): no pointer, no position to test, but
      // the note must not be covered (as last reported) or faded: bait could have left focus on it.
      if (event.detail === 0) return (!observer || visibleSince !== null) && drawnPlainly(element);
      if (observer && (visibleSince === null || performance.now() - visibleSince < SEEN_FOR_MS)) return false;
      const root = element.getRootNode() as Document | ShadowRoot;
      const top = root.elementFromPoint(event.clientX, event.clientY);
      if (!top || !(top === element || element.contains(top))) return false;
      return drawnPlainly(element);
    },
    stop: () => observer?.disconnect(),
  };
}
