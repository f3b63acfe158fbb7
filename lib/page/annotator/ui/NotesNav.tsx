import { t } from '../../../core/i18n';

export interface NoteLink {
  id: string;
  /** The quote, shortened. */
  label: string;
  /** Focus reached it: the page scrolls to the passage and emphasises it. */
  onFocus: () => void;
  /** Enter or a click: opens the note (Edit, Delete) next to the passage. */
  onOpen: (button: HTMLElement) => void;
}

/**
 * The keyboard's way to the page's notes (painted passages are not focusable): a list of the notes in
 * page order, hidden until Tab reaches it (after the page's own content). Each entry scrolls to its
 * passage on focus and opens its note on Enter.
 */
export function NotesNav({ notes }: { notes: NoteLink[] }) {
  if (!notes.length) return null;
  return (
    <nav class="float notes-nav" aria-label={t('annotateNotesNav')}>
      <ol>
        {notes.map((note) => (
          <li key={note.id}>
            <button
              type="button"
              data-note-id={note.id}
              onFocus={note.onFocus}
              onClick={(event) => note.onOpen(event.currentTarget as HTMLElement)}
            >
              {note.label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
