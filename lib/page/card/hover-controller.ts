/**
 * When a card opens and closes, as a small state machine with no DOM of its own: a card opens once
 * the pointer has rested on a mention for the delay (a pointer passing over never opens one), stays
 * while the pointer is on the mention or in the card, closes after a grace period once it is on
 * neither, and never opens while a mouse button is down (the person is selecting text).
 */
import type { Mention } from '../detect';

/** How long the card survives the pointer leaving it (long enough to cross the gap to the card). */
export const HIDE_GRACE_MS = 300;
/** Movement smaller than this (px) still counts as resting: hands are never perfectly still. */
export const REST_TOLERANCE_PX = 4;

export interface PointerSample {
  x: number;
  y: number;
  /** MouseEvent.buttons: non-zero while a button is held (a selection is being dragged). */
  buttons: number;
  /** The pointer is over the card itself. */
  inCard: boolean;
}

export interface HoverEnvironment {
  mentionAt(x: number, y: number): Mention | null;
  delayMs(): number;
  /** Opens (or switches) the card for a mention; the pointer is where it rested. */
  open(mention: Mention, point: { x: number; y: number }): void;
  close(): void;
  /** The mention whose card is showing, if any. */
  openMention(): Mention | null;
  /** A card opened from the keyboard stays until Escape, a click elsewhere or focus moving away. */
  isPinned(): boolean;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The same mention, or one read again in the same place (ranges compared only for the same name). */
export function sameMention(a: Mention, b: Mention): boolean {
  if (a === b) return true;
  if (a.entityId !== b.entityId || a.text !== b.text) return false;
  if (a.range === b.range) return true;
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

/** Whether a range overlaps the page's non-collapsed selection (a caret does not count). */
export function isInSelection(range: Range, selection: Selection | null): boolean {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
  const selected = selection.getRangeAt(0);
  try {
    return (
      selected.compareBoundaryPoints(Range.START_TO_END, range) > 0 &&
      selected.compareBoundaryPoints(Range.END_TO_START, range) < 0
    );
  } catch {
    return false; // Different trees (a shadow root): they cannot overlap.
  }
}

export class HoverController {
  private pending: { mention: Mention; x: number; y: number; timer: unknown } | null = null;
  private hideTimer: unknown = null;

  constructor(private readonly env: HoverEnvironment) {}

  /** Feed it pointer positions (at most one per animation frame is plenty). */
  pointerMoved(sample: PointerSample): void {
    if (sample.inCard) {
      this.cancelHide();
      this.cancelPending();
      return;
    }
    const mention = sample.buttons === 0 ? this.env.mentionAt(sample.x, sample.y) : null;
    const shown = this.env.openMention();
    if (mention && shown && sameMention(mention, shown)) {
      this.cancelHide();
      this.cancelPending();
      return;
    }
    if (shown) this.scheduleHide();
    if (!mention) {
      this.cancelPending();
      return;
    }
    const pending = this.pending;
    if (
      pending &&
      sameMention(pending.mention, mention) &&
      Math.hypot(sample.x - pending.x, sample.y - pending.y) <= REST_TOLERANCE_PX
    ) {
      return;
    }
    this.startPending(mention, sample.x, sample.y);
  }

  /** A press outside the card: the person is clicking or selecting, so the card gets out of the way. */
  pointerPressed(inCard: boolean): void {
    if (inCard) return;
    this.cancelPending();
    this.cancelHide();
    if (this.env.openMention()) this.env.close();
  }

  /** The pointer left the window (or the frame). */
  pointerLeft(): void {
    this.cancelPending();
    if (this.env.openMention()) this.scheduleHide();
  }

  /** The card was closed by other means (Escape, an action, a scroll): forget timers. */
  reset(): void {
    this.cancelPending();
    this.cancelHide();
  }

  private startPending(mention: Mention, x: number, y: number): void {
    this.cancelPending();
    const timer = this.env.setTimeout(() => {
      this.pending = null;
      // The page may have scrolled or changed under a still pointer: open only what is still there.
      const now = this.env.mentionAt(x, y);
      if (!now || !sameMention(now, mention)) return;
      this.cancelHide();
      this.env.open(now, { x, y });
    }, this.env.delayMs());
    this.pending = { mention, x, y, timer };
  }

  private cancelPending(): void {
    if (this.pending) this.env.clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null || this.env.isPinned()) return;
    this.hideTimer = this.env.setTimeout(() => {
      this.hideTimer = null;
      this.env.close();
    }, HIDE_GRACE_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.env.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
