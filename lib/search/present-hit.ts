/**
 * What a result line shows: the name (marked where it matched), the summary (marked where it
 * matched), and, when neither explains the hit, the alias, role or fact that does.
 */
import { snippetAround, type MatchRange, type Snippet } from './highlight';
import type { SearchHit } from './search-index';
import type { SearchField } from './search-docs';

export interface HitPresentation {
  nameRanges: MatchRange[];
  /** The summary, or the part of it around the match when the match is far in. */
  summary: Snippet;
  /** Why the entity matched when its name did not (e.g. the alias "Altman" or a fact). */
  reason?: { field: Exclude<SearchField, 'name' | 'summary'>; snippet: Snippet };
}

/** A popup line shows about this many characters of a summary. */
const SUMMARY_LINE = 56;

/** The summary from its start, unless the match lies past what one line shows. */
function summaryLine(text: string, ranges: MatchRange[]): Snippet {
  if (ranges.length === 0 || ranges[0][1] < SUMMARY_LINE * 0.8) return { text, ranges };
  return snippetAround(text, ranges, SUMMARY_LINE);
}

export function presentHit(hit: SearchHit, snippetLength = 80): HitPresentation {
  const name = hit.matches.find((m) => m.field === 'name');
  const summary = hit.matches.find((m) => m.field === 'summary');
  const other = hit.matches.find((m) => m.field !== 'name' && m.field !== 'summary');
  return {
    nameRanges: name?.ranges ?? [],
    summary: summaryLine(hit.entity.summary, summary?.ranges ?? []),
    reason:
      !name && other
        ? {
            field: other.field as Exclude<SearchField, 'name' | 'summary'>,
            snippet: snippetAround(other.text, other.ranges, snippetLength),
          }
        : undefined,
  };
}
