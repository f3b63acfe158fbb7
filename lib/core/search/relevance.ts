/**
 * Our own relevance on top of fuse.js. Fuse finds candidates and where they matched, but its
 * combined score multiplies every matching text together, so an entity with many loosely matching
 * facts can outrank the one whose name was typed, and an exact phrase in a long fact scores like
 * noise. Here each match is judged by how close the matched window is to the query (edit distance),
 * then weighted by field, and a hit is kept only when its best match is close enough for its field.
 */
import type { MatchRange } from './highlight';
import type { SearchField } from './search-docs';

/** How much a perfect match in each field is worth (names win). */
export const FIELD_RELEVANCE: Record<SearchField, number> = {
  name: 1,
  aliases: 0.97,
  roles: 0.7,
  summary: 0.55,
  facts: 0.45,
};

/**
 * The closeness (1 = exact) a match needs to count. Short fields forgive a typo in three or four
 * letters; long texts need near-exact words, since any long text holds something loosely like any
 * query ("kubernetes" ~ "governments").
 */
export const MIN_CLOSENESS: Record<SearchField, number> = {
  name: 0.75,
  aliases: 0.75,
  roles: 0.75,
  summary: 0.85,
  facts: 0.85,
};

/**
 * Damerau edit distance (optimal string alignment): the fewest wrong, missing or extra letters and
 * swaps of two neighbouring letters that turn `a` into `b` ("calude" -> "claude" is one edit).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && cost && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], before[j - 2] + 1);
      }
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

const isWordChar = (ch: string | undefined) => ch !== undefined && ch !== ' ';

/**
 * How close the text matched by `ranges` is to the query: 1 - edits / query length, where the window
 * may grow or shrink by the edits to find its best alignment. 0 when there is nothing to compare.
 */
export function closeness(query: string, text: string, ranges: readonly MatchRange[]): number {
  if (ranges.length === 0 || !query) return 0;
  const start = ranges[0][0];
  const end = ranges[ranges.length - 1][1];
  const window = text.slice(start, end + 1);
  if (window.length > query.length * 2) return 0;
  // Fuse's window can stop a letter or two short of the word; try small extensions and keep the best.
  let best = editDistance(query, window);
  for (let extra = 1; extra <= 2 && best > 0; extra += 1) {
    best = Math.min(best, editDistance(query, text.slice(start, end + 1 + extra)));
    if (start - extra >= 0) best = Math.min(best, editDistance(query, text.slice(start - extra, end + 1)));
  }
  return Math.max(0, 1 - best / query.length);
}

/**
 * A match's worth: field weight times closeness, with a little extra for matching whole words, from
 * the start, and most of the text ("codx" is Codex more than "Codex sprint team"). `cost`: the share
 * of the query that was corrected before matching (see query.ts), taken off the closeness as fuse
 * would for the same typo, so a corrected reading is held to the same bar as the typed one.
 */
export function matchRelevance(field: SearchField, query: string, text: string, ranges: readonly MatchRange[], cost = 0): number {
  const close = closeness(query, text, ranges) - cost;
  if (close < MIN_CLOSENESS[field]) return 0;
  const start = ranges[0][0];
  const end = ranges[ranges.length - 1][1];
  let bonus = 0;
  if (!isWordChar(text[start - 1])) bonus += 0.02;
  if (!isWordChar(text[end + 1])) bonus += 0.01;
  if (text.trim() === query) bonus += 0.05;
  else if (start === 0) bonus += 0.02;
  bonus += 0.08 * Math.min(1, (end - start + 1) / Math.max(1, text.trim().length));
  return FIELD_RELEVANCE[field] * close + bonus;
}
