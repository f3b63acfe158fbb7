/** The popup search's second answer: entities whose notes (the person's annotations) hold the words. */
import type { EntityNote, NoteSearchHit } from '../../platform/annotations';
import type { Entity } from '../../core/dataset';
import { plural, t } from '../../core/i18n';
import { Markdown } from '../../ui/markdown';

export interface NoteResultsProps {
  hits: NoteSearchHit[];
  entity(id: string): Entity | undefined;
  onOpen(entityId: string): void;
}

/** The first matching note, its Markdown rendered (cut to a few lines by the style), or its quote when it has no note. */
function Snippet({ note }: { note: EntityNote }) {
  return note.note ? (
    <Markdown class="lens-muted lens-note-snippet" source={note.note} />
  ) : (
    <p class="lens-muted lens-note-snippet">{note.quote.slice(0, 140)}</p>
  );
}

export function NoteResults({ hits, entity, onOpen }: NoteResultsProps) {
  const shown = hits.filter((hit) => entity(hit.entityId));
  if (!shown.length) return null;
  return (
    <section class="lens-note-results" aria-labelledby="lens-note-results-title">
      <h2 id="lens-note-results-title" class="lens-section-title">
        {t('notesSearchFound')}
      </h2>
      <p class="lens-visually-hidden" role="status">
        {plural(shown.length, 'notesSearchCountOne', 'notesSearchCountOther')}
      </p>
      <ul>
        {shown.map((hit) => (
          <li key={hit.entityId}>
            <button type="button" class="lens-link" onClick={() => onOpen(hit.entityId)}>
              {entity(hit.entityId)!.name}
            </button>
            <Snippet note={hit.notes[0]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
