/** Selectors for a DOM range, and a DOM range for an annotation's selectors, over a text index. */
import { anchorText, describeText, type AnchorOptions, type TextAnchor } from '../../platform/annotations';
import { positionOf, quoteOf, type Annotation, type Selector } from '../../platform/annotations';
import { offsetsToRange, rangeToOffsets, type TextIndex } from './text-index';

/** The quote and position selectors of a range, or null when it holds no page text. */
export function describeRange(index: TextIndex, range: Range): Selector[] | null {
  const { start, end } = rangeToOffsets(index, range);
  const raw = index.text.slice(start, end);
  // Selections usually carry stray spaces or line breaks at their ends: they are not part of the quote.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (end - start - lead - trail <= 0) return null;
  const { quote, position } = describeText(index.text, start + lead, end - trail);
  return [quote, position];
}

export interface DomAnchor extends TextAnchor {
  range: Range;
}

export function anchorAnnotation(
  index: TextIndex,
  annotation: Annotation,
  options?: AnchorOptions,
): DomAnchor | null {
  const quote = quoteOf(annotation);
  if (!quote) return null;
  const found = anchorText(index.text, quote, positionOf(annotation), options);
  if (!found) return null;
  const range = offsetsToRange(index, found.start, found.end);
  return range ? { ...found, range } : null;
}
