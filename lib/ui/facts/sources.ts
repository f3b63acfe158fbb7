/** How a source is named: short (the publisher, for a mark) and in full (for a tooltip or a screen reader). */
import type { PartialDate, Source } from '../../core/dataset';

/** The publisher, or the kind of an unattributed page ("Summary"), or the title when there is neither. */
export function sourceLabel(source: Source): string {
  const publisher = source.publisher?.trim();
  if (!publisher) return source.title;
  const unattributed = /^unattributed\s+(.+?)(\s+page)?$/i.exec(publisher);
  if (!unattributed) return publisher;
  const kind = unattributed[1].replace(/-/g, ' ');
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The full description of a source: title, publisher, author, date, and (for the tooltip) the note. */
export function sourceDescription(
  source: Source,
  formatDate: (d: PartialDate) => string,
  withNote = true,
): string {
  const parts = [`“${source.title}”`, source.publisher];
  if (source.author) parts.push(source.author);
  if (source.date) parts.push(formatDate(source.date));
  let text = parts.filter(Boolean).join(', ');
  if (withNote && source.note) text += ` (${source.note})`;
  return text;
}
