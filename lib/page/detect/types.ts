/**
 * The contract between detection and everything on the page that uses its results (hover cards,
 * annotations, the popup's "on this page"). Detection implements `Detector`; the others only read it.
 */
import type { EntityType } from '../../core/dataset/types';
import type { PageMentions } from '../../platform/messaging';
import type { MentionReason } from './gates';

export interface Mention {
  entityId: string;
  type: EntityType;
  /** The page text as written ("Altman’s" gives "Altman"). */
  text: string;
  /** A live range over the page's text; it may span several text nodes (`<b>Claude</b> Code`). */
  range: Range;
  /** Why it counts, for names that need more than their spelling (the card says it in a small line). */
  reason?: MentionReason;
}

export interface Detector {
  /** Every mention now on the page, in document order. */
  mentions(): readonly Mention[];
  /**
   * The mention under a viewport point: hit-tested with caretPositionFromPoint (caretRangeFromPoint
   * where that is missing) and confirmed against the range's client rects, so empty space near a
   * name is not the name.
   */
  mentionAt(clientX: number, clientY: number): Mention | null;
  /** Mentions that intersect a range (a selection, or a collapsed caret). */
  mentionsIn(range: Range): Mention[];
  /** What the popup and the badge show. */
  summary(): PageMentions;
  /** Scrolls to the entity's next mention (cycling) and flashes it. */
  reveal(entityId: string): { index: number; count: number };
  /** Called after each change of the mention set (scan finished, content added or removed). */
  subscribe(listener: () => void): () => void;
}
