/**
 * "Your notes" about an entity: the annotations linked to it, from every page, newest first, shaped
 * for the card and the entries (quote, note, page title, date). Pure: the records come from the store.
 */
import { entityIdsOf, noteOf, quoteOf } from './model';
import type { PageRecord } from './store';
import { fold, foldedWords } from '../../core/fold';

export interface EntityNote {
  annotationId: string;
  /** The page, as stored (normalised). */
  url: string;
  pageTitle: string;
  quote: string;
  /** The note as written (Markdown source; every surface renders it). */
  note: string;
  /** ISO time of the last change. */
  date: string;
}

/** The most notes a card asks for (the entry shows them all). */
export const CARD_NOTE_LIMIT = 20;

/** Every entity's notes, newest first. */
export function notesByEntity(records: readonly PageRecord[]): Map<string, EntityNote[]> {
  const byEntity = new Map<string, EntityNote[]>();
  for (const record of records) {
    for (const annotation of record.annotations) {
      const note: EntityNote = {
        annotationId: annotation.id,
        url: record.url,
        pageTitle: record.title || annotation.target.title || '',
        quote: quoteOf(annotation)?.exact ?? '',
        note: noteOf(annotation),
        date: annotation.modified || annotation.created,
      };
      for (const id of new Set(entityIdsOf(annotation))) {
        const list = byEntity.get(id) ?? [];
        list.push(note);
        byEntity.set(id, list);
      }
    }
  }
  for (const list of byEntity.values()) list.sort((a, b) => b.date.localeCompare(a.date));
  return byEntity;
}

/** One entity's notes, newest first, at most `limit`. */
export function notesForEntity(records: readonly PageRecord[], entityId: string, limit = Infinity): EntityNote[] {
  return (notesByEntity(records).get(entityId) ?? []).slice(0, limit);
}

/** Whether a note (its text or its quote) holds every word of the query, case and accents aside. */
export function noteMatches(note: EntityNote, query: string): boolean {
  const words = foldedWords(query);
  if (!words.length) return false;
  const text = fold(`${note.note}\n${note.quote}`);
  return words.every((word) => text.includes(word));
}

export interface NoteSearchHit {
  entityId: string;
  /** The entity's notes that hold the query's words, newest first. */
  notes: EntityNote[];
}

/** Entities whose notes hold every word of the query, the one with the newest matching note first. */
export function searchEntityNotes(byEntity: ReadonlyMap<string, EntityNote[]>, query: string): NoteSearchHit[] {
  const hits: NoteSearchHit[] = [];
  for (const [entityId, notes] of byEntity) {
    const matching = notes.filter((note) => noteMatches(note, query));
    if (matching.length) hits.push({ entityId, notes: matching });
  }
  return hits.sort((a, b) => b.notes[0].date.localeCompare(a.notes[0].date));
}
