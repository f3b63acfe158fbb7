/**
 * A card's "Your notes": the background reads the annotations when a card asks, so no content script
 * reads every annotation into every frame at start.
 */
import { CARD_NOTE_LIMIT, notesForEntity, type EntityNote } from '../platform/annotations';
import { loadAll } from '../platform/annotations';

export async function entityNotes(entityId: unknown): Promise<{ notes: EntityNote[] }> {
  if (typeof entityId !== 'string') return { notes: [] };
  return { notes: notesForEntity(await loadAll(), entityId, CARD_NOTE_LIMIT) };
}
