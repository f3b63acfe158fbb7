/**
 * "Your notes" in the card: the person's annotations linked to the entity, from every page, newest
 * first, each with its quote, its note (its Markdown rendered), its page and date, and a button that opens the page at it.
 * Asked for when the card shows an entity (`load`), never read at page start.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityNote } from '../../../platform/annotations';
import { t } from '../../../core/i18n';
import { NoteItems } from '../../../ui/notes';
import { LazyMarkdown } from '../../chunks';

export interface YourNotesProps {
  entityId: string;
  load(entityId: string): Promise<EntityNote[]>;
  onOpen(note: EntityNote): void;
  locale?: string;
}

export function YourNotes({ entityId, load, onOpen, locale }: YourNotesProps) {
  const [notes, setNotes] = useState<EntityNote[]>([]);
  useEffect(() => {
    let current = true;
    setNotes([]);
    load(entityId).then(
      (found) => current && setNotes(found),
      () => undefined, // No notes shown is the honest answer when they cannot be read.
    );
    return () => {
      current = false;
    };
  }, [entityId, load]);
  if (!notes.length) return null;
  return (
    <section class="your-notes" aria-label={t('notesTitle')}>
      <h3 class="section-title">{t('notesTitle')}</h3>
      <NoteItems
        notes={notes}
        onOpen={onOpen}
        locale={locale}
        Body={LazyMarkdown}
        classes={{ item: 'your-note', quote: 'your-note-quote', text: 'your-note-text', meta: 'your-note-meta', link: 'link', date: 'muted' }}
      />
    </section>
  );
}
