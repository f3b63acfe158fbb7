/**
 * Approximate substring search: where does `pattern` occur in `text` with at most `maxErrors` edits
 * (insertions, deletions, substitutions)? Used to re-anchor quotes on pages edited since.
 *
 * A match with k errors keeps at least one of k+1 disjoint pieces of the pattern intact (pigeonhole),
 * so exact searches for the pieces find a few candidate windows and only those get the quadratic
 * edit-distance pass (Sellers' semi-global alignment). Cost grows with the pattern and the number of
 * candidate windows, not with the page.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Windows beyond this many are not examined: a pattern that common is not worth a fuzzy guess. */
const MAX_WINDOWS = 200;
/** Most work (pattern length × text length) a whole-text alignment may take. */
const FULL_SCAN_LIMIT = 4_000_000;

/** Distinct matches kept per aligned region. */
const MATCHES_PER_REGION = 20;

/**
 * Alignments of `pattern` inside `text[from, to)` with at most `maxErrors` edits: the best, then the
 * next best that do not overlap it (a merged region can hold the passage and a look-alike).
 */
function alignIn(text: string, from: number, to: number, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  const width = to - from;
  // prev[j] = cost of aligning pattern[0..i) ending at text[from + j); startOf tracks where it began.
  let prev = new Int32Array(width + 1);
  let prevStart = new Int32Array(width + 1);
  let cur = new Int32Array(width + 1);
  let curStart = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) prevStart[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    curStart[0] = 0;
    let rowMin = i;
    for (let j = 1; j <= width; j++) {
      const diagonal = prev[j - 1] + (text.charCodeAt(from + j - 1) === pc ? 0 : 1);
      const up = prev[j] + 1;
      const left = cur[j - 1] + 1;
      if (diagonal <= up && diagonal <= left) {
        cur[j] = diagonal;
        curStart[j] = prevStart[j - 1];
      } else if (up <= left) {
        cur[j] = up;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = left;
        curStart[j] = curStart[j - 1];
      }
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > maxErrors) return [];
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  const found: ApproxMatch[] = [];
  for (let j = 0; j <= width; j++) {
    if (prev[j] <= maxErrors) found.push({ start: from + prevStart[j], end: from + j, errors: prev[j] });
  }
  found.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const kept: ApproxMatch[] = [];
  for (const match of found) {
    if (kept.some((k) => match.start < k.end && k.start < match.end)) continue;
    kept.push(match);
    if (kept.length >= MATCHES_PER_REGION) break;
  }
  return kept;
}

function candidateWindows(text: string, pattern: string, maxErrors: number, near: number): [number, number][] {
  const m = pattern.length;
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(m / pieces);
  const windows: [number, number][] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, p === pieces - 1 ? m : offset + pieceLength);
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      const from = Math.max(0, at - offset - maxErrors);
      windows.push([from, Math.min(text.length, from + m + 2 * maxErrors)]);
      if (windows.length > MAX_WINDOWS * 20) break;
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  if (merged.length <= MAX_WINDOWS) return merged;
  // Too many: keep the ones nearest where the quote used to be.
  return merged
    .sort((a, b) => Math.abs(a[0] - near) - Math.abs(b[0] - near))
    .slice(0, MAX_WINDOWS);
}

/**
 * Matches of `pattern` in `text` with at most `maxErrors` edits, best first in each region.
 * `near` is where the pattern is expected (to choose among too many candidates).
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, near = 0): ApproxMatch[] {
  const m = pattern.length;
  if (!m) return [];
  const k = Math.max(0, Math.min(maxErrors, m - 1));
  const pieceLength = Math.floor(m / (k + 1));
  if (pieceLength < 3) {
    // Pieces this short match everywhere: align over the whole text, if it is small enough.
    if (m * text.length > FULL_SCAN_LIMIT) return [];
    return alignIn(text, 0, text.length, pattern, k);
  }
  const matches: ApproxMatch[] = [];
  // Nearest windows first, within a work budget, so one common-worded quote cannot stall the page.
  const windows = candidateWindows(text, pattern, k, near).sort(
    (a, b) => Math.abs(a[0] - near) - Math.abs(b[0] - near),
  );
  const maxWidth = Math.max(m + 2 * k, Math.floor(FULL_SCAN_LIMIT / m));
  let work = 0;
  for (let [from, to] of windows) {
    if (work >= FULL_SCAN_LIMIT) break;
    if (to - from > maxWidth) {
      // A huge merged window (common pieces): the part around where the quote used to be.
      from = Math.max(from, Math.min(to - maxWidth, near - (maxWidth >> 1)));
      to = from + maxWidth;
    }
    work += (to - from) * m;
    matches.push(...alignIn(text, from, to, pattern, k));
  }
  return matches;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, for short strings (contexts of ~32 characters); reuses its two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const diagonal = prev[j - 1] + (ac === b.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j] + 1;
      const left = cur[j - 1] + 1;
      cur[j] = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest ? 1 - editDistance(a, b) / longest : 1;
}
