/**
 * What a result line shows: the name (marked where it matched), the summary (marked where it
 * matched), and, when neither explains the hit, the alias, role or fact that does.
 */
import { snippetAround, type MatchRange, type Snippet } from './highlight';
import type { FieldMatch, SearchHit } from './search-index';
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

/**
 * The line that says why an entity matched: the alias, role or fact that explains the most of the
 * query. Shown when the name does not match, or when it explains only part of a question of several
 * words ("anthropic founder": the name, then the fact that says who founded it).
 */
function reasonMatch(hit: SearchHit, name: FieldMatch | undefined): FieldMatch | undefined {
  const others = hit.matches.filter((m) => m.field !== 'name' && m.field !== 'summary');
  const best = others.reduce<FieldMatch | undefined>((held, m) => ((m.terms ?? 0) > (held?.terms ?? 0) ? m : held), others[0]);
  if (!best) return undefined;
  if (!name) return best;
  const named = name.terms ?? hit.terms;
  return named < hit.terms && (best.terms ?? 0) > 0 ? best : undefined;
}

export function presentHit(hit: SearchHit, snippetLength = 80): HitPresentation {
  const name = hit.matches.find((m) => m.field === 'name');
  const summary = hit.matches.find((m) => m.field === 'summary');
  const reason = reasonMatch(hit, name);
  return {
    nameRanges: name?.ranges ?? [],
    summary: summaryLine(hit.entity.summary, summary?.ranges ?? []),
    reason: reason
      ? {
          field: reason.field as Exclude<SearchField, 'name' | 'summary'>,
          snippet: snippetAround(reason.text, reason.ranges, snippetLength),
        }
      : undefined,
  };
}
