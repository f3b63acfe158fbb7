/**
 * "Your notes" in an entity's entry (popup, side panel): the person's annotations linked to it, from
 * every page, newest first, each with its quote, note (its Markdown rendered), page and date; choosing one opens its page at it.
 */
import type { EntityNote } from '../../platform/annotations';
import { formatDay } from '../../core/format';
import { t } from '../../core/i18n';
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
      <ul>
        {notes.map((note) => (
          <li key={note.annotationId}>
            {note.quote && <blockquote class="lens-note-quote">{note.quote}</blockquote>}
            {note.note && <Markdown class="lens-note-text" source={note.note} />}
            <p class="lens-muted">
              <button type="button" class="lens-link" aria-label={t('notesOpenLabel', note.pageTitle || note.url)} onClick={() => onOpen(note)}>
                {note.pageTitle || note.url}
              </button>{' '}
              · {formatDay(note.date)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
