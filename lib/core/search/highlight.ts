/**
 * Turning fuse.js match positions into something a UI can mark: merged, clipped ranges, text
 * segments, and a short window around the match for long texts (facts) that cannot show whole.
 */

/** Inclusive [start, end] character positions, as fuse.js reports them. */
export type MatchRange = readonly [number, number];

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Sorted, clipped to the text, overlapping or touching ranges merged. */
export function normaliseRanges(ranges: readonly MatchRange[], length: number): MatchRange[] {
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(length - 1, end)] as const)
    .filter(([start, end]) => start <= end)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text cut into alternating plain and matched pieces, in order; joined they give the text back. */
export function segmentText(text: string, ranges: readonly MatchRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of normaliseRanges(ranges, text.length)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end + 1), match: true });
    cursor = end + 1;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}

export interface Snippet {
  text: string;
  ranges: MatchRange[];
}

/**
 * At most `maxLength` characters of `text` around its first matched range, with an ellipsis on a
 * cut side and the ranges moved to match; a text that fits comes back whole.
 */
export function snippetAround(text: string, ranges: readonly MatchRange[], maxLength = 90): Snippet {
  const clean = normaliseRanges(ranges, text.length);
  if (text.length <= maxLength) return { text, ranges: clean };
  const first = clean[0] ?? [0, 0];
  // Start a little before the match (less when the text ends soon after it), on a word boundary.
  let start = Math.max(0, Math.min(first[0] - Math.floor(maxLength / 3), text.length - maxLength));
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < first[0] && space - start < 15) start = space + 1;
  if (start < 12) start = 0;
  const end = Math.min(text.length, start + maxLength);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = start - prefix.length;
  return {
    text: prefix + text.slice(start, end) + suffix,
    ranges: clean
      .filter(([s, e]) => e >= start && s < end)
      .map(([s, e]) => [Math.max(s, start) - shift, Math.min(e, end - 1) - shift] as const),
  };
}
