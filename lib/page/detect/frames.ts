/**
 * Mentions found in a page's iframes, as the top frame sees them. Each frame's content script
 * reports its own summary through the background, which relays it to the top frame; the top frame
 * adds them to its own for the popup's "On this page" and the badge. The map lives as long as the
 * top document, so a navigation starts it afresh.
 */
import type { MentionSummary, PageMentions } from '../../platform/messaging';
import { byCountThenId } from './order';

export class FrameMentions {
  private readonly byFrame = new Map<number, MentionSummary[]>();

  /** A frame's latest summary; an empty one removes the frame. Returns whether anything changed. */
  update(frameId: number, entities: MentionSummary[]): boolean {
    const before = this.byFrame.get(frameId);
    if (entities.length === 0) return this.byFrame.delete(frameId);
    if (before && JSON.stringify(before) === JSON.stringify(entities)) return false;
    this.byFrame.set(frameId, entities);
    return true;
  }

  /** The first frame (by id) that has a mention of the entity, for "reveal" to go there. */
  frameWith(entityId: string): number | undefined {
    for (const [frameId, entities] of this.byFrame) {
      if (entities.some((e) => e.entityId === entityId && e.count > 0)) return frameId;
    }
    return undefined;
  }

  /** The top frame's own summary with every frame's counts added in. */
  mergeInto(own: PageMentions): PageMentions {
    if (this.byFrame.size === 0) return own;
    const counts = new Map(own.entities.map((e) => [e.entityId, { ...e }]));
    let total = own.total;
    for (const entities of this.byFrame.values()) {
      for (const e of entities) {
        total += e.count;
        const entry = counts.get(e.entityId);
        if (entry) entry.count += e.count;
        else counts.set(e.entityId, { ...e });
      }
    }
    const entities = [...counts.values()].sort(byCountThenId);
    return { ...own, total, entities };
  }
}
