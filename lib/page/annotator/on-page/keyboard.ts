/**
 * The keyboard's way to every note on the page: painted passages cannot take focus, so the UI host
 * keeps a list of the placed notes in page order (hidden until Tab reaches it). Focus on an entry
 * scrolls to its passage and emphasises it; Enter opens the note with Edit and Delete, focus inside;
 * Escape closes it and focus goes back to the entry.
 */
import { quoteOf } from '../../../platform/annotations';
import type { Placed } from '../page-anchors';
import type { NoteLink } from '../ui/NotesNav';
import { rangeBox, type AnnotatorCore } from './core';

const LABEL_LENGTH = 60;

function label(placed: Placed): string {
  const quote = (quoteOf(placed.annotation)?.exact ?? '').replace(/\s+/g, ' ').trim();
  return quote.length > LABEL_LENGTH ? `${quote.slice(0, LABEL_LENGTH - 1)}…` : quote;
}

function inPageOrder(a: Placed, b: Placed): number {
  return a.range!.compareBoundaryPoints(Range.START_TO_START, b.range!);
}

export function startKeyboardNotes(core: AnnotatorCore): void {
  const { anchors, ui, painter, signal } = core;
  const links = (): NoteLink[] =>
    core.active
      ? anchors
          .all()
          .filter((placed) => placed.range)
          .sort(inPageOrder)
          .map(({ annotation, ...first }) => {
            // Looked up when used: an edit replaces the annotation under the same id.
            const current = () => anchors.get(annotation.id) ?? { annotation, ...first };
            return {
              id: annotation.id,
              label: label({ annotation, ...first }),
              onFocus: () => {
                const { range } = current();
                if (!range) return;
                range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
                painter.flash(range);
              },
              onOpen: (button: HTMLElement) => {
                const placed = current();
                if (placed.range) core.showNote(placed, rangeBox(placed.range), { focus: true, returnTo: button });
              },
            };
          })
      : [];
  let last = '';
  const update = () => {
    if (signal.aborted) return;
    const next = links();
    // Only a change of the list redraws it (anchoring passes fire often).
    const key = next.map((n) => `${n.id}:${n.label}`).join('\n');
    if (key === last) return;
    last = key;
    ui.setNotes(next);
  };
  const stop = anchors.onChange(update);
  signal.addEventListener('abort', stop, { once: true });
  core.refreshNotes = update;
}
