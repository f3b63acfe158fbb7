/**
 * The items of a "Your notes" list, shared by the hover card and an entity's entry (popup, side panel):
 * each note's quote, its note (Markdown rendered by the surface's `Body`), and a button naming its page that opens it, with the
 * date. Each surface keeps its own look through `classes`.
 */
import { formatDay } from '../../core/format';
import { t } from '../../core/i18n';
import type { ComponentType } from 'preact';
import type { MarkdownProps } from '../markdown-view';

/** What a list item shows of a note (the platform's `EntityNote` has this shape; ui imports only the core). */
export interface NoteItem {
  annotationId: string;
  url: string;
  pageTitle: string;
  quote: string;
  /** Markdown source. */
  note: string;
  /** ISO time of the last change. */
  date: string;
}

export interface NoteItemClasses {
  item?: string;
  quote: string;
  text: string;
  meta: string;
  link: string;
  /** The " · date" after the page's button. */
  date?: string;
}

export interface NoteItemsProps<N extends NoteItem> {
  notes: N[];
  onOpen(note: N): void;
  classes: NoteItemClasses;
  locale?: string;
  /**
   * Shows a note's Markdown: `Markdown` on extension pages, the content script's `LazyMarkdown` on the
   * card (its parser is loaded on first use).
   */
  Body: ComponentType<MarkdownProps>;
}

export function NoteItems<N extends NoteItem>({ notes, onOpen, classes, locale, Body }: NoteItemsProps<N>) {
  return (
    <ul>
      {notes.map((note) => (
        <li key={note.annotationId} class={classes.item}>
          {note.quote && <blockquote class={classes.quote}>{note.quote}</blockquote>}
          {note.note && <Body class={classes.text} source={note.note} />}
          <p class={classes.meta}>
            <button
              type="button"
              class={classes.link}
              aria-label={t('notesOpenLabel', note.pageTitle || note.url)}
              onClick={() => onOpen(note)}
            >
              {note.pageTitle || note.url}
            </button>
            <span class={classes.date}>{` · ${formatDay(note.date, locale)}`}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
