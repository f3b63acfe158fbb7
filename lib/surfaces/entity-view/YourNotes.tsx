/**
 * "Your notes" in an entity's entry (popup, side panel): the person's annotations linked to it, from
 * every page, newest first, each with its quote, note (its Markdown rendered), page and date; choosing one opens its page at it.
 */
import type { EntityNote } from '../../platform/annotations';
import { t } from '../../core/i18n';
import { NoteItems } from '../../ui/notes';
import { Markdown } from '../../ui/markdown';

export interface YourNotesSectionProps {
  notes: EntityNote[];
  onOpen(note: EntityNote): void;
  /** The section heading's id (the section is labelled by it). */
  headingId: string;
  Heading: 'h2' | 'h3';
}

export function YourNotesSection({ notes, onOpen, headingId, Heading }: YourNotesSectionProps) {
  return (
    <section aria-labelledby={headingId} class="lens-your-notes">
      <Heading id={headingId}>{t('notesTitle')}</Heading>
      <NoteItems
        notes={notes}
        onOpen={onOpen}
        Body={Markdown}
        classes={{ quote: 'lens-note-quote', text: 'lens-note-text', meta: 'lens-muted', link: 'lens-link' }}
      />
    </section>
  );
}
