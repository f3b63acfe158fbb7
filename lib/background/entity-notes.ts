/**
 * A card's "Your notes": the background reads the annotations when a card asks, so no content script
 * reads every annotation into every frame at start. Every entity's notes are kept from one read until
 * an annotation changes, so hovering card after card does not read all of storage each time.
 */
import { CARD_NOTE_LIMIT, loadAll, notesByEntity, watchAnnotations, type EntityNote } from '../platform/annotations';

let byEntity: Promise<Map<string, EntityNote[]>> | null = null;
let stopWatching: (() => void) | null = null;

function notesByEntityNow(): Promise<Map<string, EntityNote[]>> {
  stopWatching ??= watchAnnotations(() => (byEntity = null));
  byEntity ??= loadAll().then(notesByEntity, (error: unknown) => {
    byEntity = null;
    throw error;
  });
  return byEntity;
}

export async function entityNotes(entityId: unknown): Promise<{ notes: EntityNote[] }> {
  if (typeof entityId !== 'string') return { notes: [] };
  return { notes: ((await notesByEntityNow()).get(entityId) ?? []).slice(0, CARD_NOTE_LIMIT) };
}
