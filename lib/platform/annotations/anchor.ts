/**
 * Finding a saved quote again in a page's text (pure: strings in, offsets out). In order:
 * 1. position: the text at the saved offsets is still the quote (and its context roughly agrees);
 * 2. quote: the exact quote elsewhere, the occurrence whose prefix and suffix match best;
 * 3. fuzzy: the quote with a few edits, accepted above a confidence threshold;
 * otherwise nothing (the annotation is an orphan, kept and listed).
 *
 * The fuzzy search is `approx-string-match` (Myers' bit-parallel algorithm, what Hypothesis uses): it
 * scans the whole text in O(n·k/32) and returns the best-scoring end of each match. Its start is the
 * cheapest one, which cuts an edit at the quote's start off the match ("The last 33 days" found as
 * "three days" in "The last thirty-three days"); so each match is also tried with its ends moved to
 * where the saved prefix and suffix end and start, and the candidates are scored on quote and context.
 */
import approxSearch from 'approx-string-match';
import { editDistance } from '../../core/search';
import type { TextPositionSelector, TextQuoteSelector } from './model';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for an exact quote; the quote's similarity for a fuzzy one. */
  confidence: number;
}

export interface AnchorOptions {
  /** Lowest similarity (0..1) a fuzzy quote needs. */
  threshold?: number;
}

export const DEFAULT_FUZZY_THRESHOLD = 0.75;
export const CONTEXT_LENGTH = 32;
/** Short quotes are common words: a fuzzy match of one needs its context to agree as well. */
const SHORT_QUOTE = 20;
const MAX_EXACT_OCCURRENCES = 1000;
/** Occurrences of a repeated quote that get the full (edit-tolerant) context comparison. */
const CONTEXT_FINALISTS = 4;
/** Below this context agreement, an exact quote is checked against fuzzy candidates. */
const WEAK_CONTEXT = 0.5;
/** Context agreement at which a reworded passage beats the same words found elsewhere. */
const STRONG_CONTEXT = 0.8;

/** The quote and position selectors of `text[start, end)`. */
export function describeText(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Characters `a` and `b` share at their ends (`fromEnd`) or starts. No allocation: runs per occurrence. */
function sharedAffix(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  if (fromEnd) while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  else while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/**
 * A quick agreement of the text around [start, end) with the saved prefix and suffix (0..1): how much
 * of each still touches the quote. Cheap enough to run on every occurrence of a common quote.
 */
export function quickContextScore(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  let sum = 0;
  let parts = 0;
  if (quote.prefix) {
    sum += sharedAffix(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start), true) / quote.prefix.length;
    parts++;
  }
  if (quote.suffix) {
    sum += sharedAffix(quote.suffix, text.slice(end, end + quote.suffix.length), false) / quote.suffix.length;
    parts++;
  }
  return parts ? sum / parts : 1;
}

/** How well the text around [start, end) agrees with the saved prefix and suffix (0..1), edits allowed. */
export function contextScore(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const scores: number[] = [];
  if (quote.prefix) {
    const before = text.slice(Math.max(0, start - quote.prefix.length), start);
    scores.push(before.endsWith(quote.prefix) ? 1 : similarity(quote.prefix, before));
  }
  if (quote.suffix) {
    const after = text.slice(end, end + quote.suffix.length);
    scores.push(after.startsWith(quote.suffix) ? 1 : similarity(quote.suffix, after));
  }
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 1;
}

/** 1 for equal strings, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest ? 1 - editDistance(a, b) / longest : 1;
}

/** Where the best approximate occurrence of `pattern` in `text[from, to)` ends (or starts), if any. */
function contextEdge(text: string, pattern: string, from: number, to: number, edge: 'end' | 'start'): number | null {
  if (!pattern || to <= from) return null;
  const maxErrors = Math.floor(pattern.length / 4);
  const found = approxSearch(text.slice(from, to), pattern, maxErrors);
  if (!found.length) return null;
  const best = found.reduce((a, b) => (b.errors < a.errors || (b.errors === a.errors && edge === 'end') ? b : a));
  return from + (edge === 'end' ? best.end : best.start);
}

/** A fuzzy match and the same match with its ends moved to where the saved context ends and starts. */
function fuzzyCandidates(text: string, quote: TextQuoteSelector, match: { start: number; end: number }, slack: number) {
  const length = quote.exact.length;
  const candidates = [{ start: match.start, end: match.end }];
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const start =
    contextEdge(text, prefix, Math.max(0, match.start - slack - prefix.length), match.start, 'end') ?? match.start;
  const end = contextEdge(text, suffix, match.end, match.end + slack + suffix.length, 'start') ?? match.end;
  for (const [s, e] of [[start, match.end], [match.start, end], [start, end]]) {
    if (e > s && Math.abs(e - s - length) <= slack && (s !== match.start || e !== match.end)) candidates.push({ start: s, end: e });
  }
  return candidates;
}

/** `text` with each occurrence of `exact` blanked out (same length, so offsets hold). */
function maskOccurrences(text: string, exact: string, occurrences: readonly { start: number }[]): string {
  const starts = occurrences.map((o) => o.start).sort((a, b) => a - b);
  const blank = '\u0000'.repeat(exact.length);
  const parts: string[] = [];
  let at = 0;
  for (const start of starts) {
    if (start < at) continue;
    parts.push(text.slice(at, start), blank);
    at = start + exact.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function proximity(text: string, start: number, expected: number | undefined): number {
  if (expected === undefined || !text.length) return 0;
  return 1 - Math.min(1, Math.abs(start - expected) / text.length);
}

export function anchorText(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
  options: AnchorOptions = {},
): TextAnchor | null {
  const exact = quote.exact;
  if (!exact) return null;
  const threshold = options.threshold ?? DEFAULT_FUZZY_THRESHOLD;

  if (position && text.slice(position.start, position.end) === exact) {
    if (contextScore(text, quote, position.start, position.end) >= 0.5) {
      return { start: position.start, end: position.end, method: 'position', confidence: 1 };
    }
  }

  // Every occurrence gets the quick context check; the few best get the edit-tolerant one.
  const occurrences: { start: number; quick: number }[] = [];
  for (let at = text.indexOf(exact); at !== -1 && occurrences.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    occurrences.push({ start: at, quick: quickContextScore(text, quote, at, at + exact.length) });
  }
  let best: { start: number; context: number; score: number } | null = null;
  for (const { start } of occurrences.sort((a, b) => b.quick - a.quick).slice(0, CONTEXT_FINALISTS)) {
    const context = contextScore(text, quote, start, start + exact.length);
    const score = context + 0.01 * proximity(text, start, position?.start);
    if (!best || score > best.score) best = { start, context, score };
  }
  // An exact quote in the wrong context may be a common phrase repeated elsewhere, while the passage
  // itself was reworded: then a fuzzy match whose context agrees can win below.
  if (best && best.context >= WEAK_CONTEXT) {
    return { start: best.start, end: best.start + exact.length, method: 'quote', confidence: 1 };
  }
  const exactFallback: TextAnchor | null = best
    ? { start: best.start, end: best.start + exact.length, method: 'quote', confidence: 1 }
    : null;

  const maxErrors = Math.floor(exact.length * (1 - threshold));
  if (maxErrors < 1) return exactFallback;
  let fuzzy: (TextAnchor & { score: number; context: number }) | null = null;
  const seen = new Set<string>();
  // The matcher reports only the cheapest matches: the exact occurrences (weighed above) are masked
  // so that a reworded passage in its own context is found too.
  const searched = occurrences.length ? maskOccurrences(text, exact, occurrences) : text;
  for (const match of approxSearch(searched, exact, maxErrors)) {
    for (const { start, end } of fuzzyCandidates(text, quote, match, maxErrors)) {
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const found = text.slice(start, end);
      if (found === exact) continue; // The exact occurrences were weighed above.
      const quoteSimilarity = start === match.start && end === match.end ? 1 - match.errors / exact.length : similarity(exact, found);
      const context = contextScore(text, quote, start, end);
      if (quoteSimilarity < threshold) continue;
      if (exact.length < SHORT_QUOTE && context < 0.5) continue;
      const score = quoteSimilarity + 0.25 * context + 0.01 * proximity(text, start, position?.start);
      if (!fuzzy || score > fuzzy.score) {
        fuzzy = { start, end, method: 'fuzzy', confidence: quoteSimilarity, score, context };
      }
    }
  }
  if (!fuzzy) return exactFallback;
  // The exact quote keeps its place unless the fuzzy one sits in the saved context.
  if (exactFallback && fuzzy.context < STRONG_CONTEXT) return exactFallback;
  const { score: _score, context: _context, ...anchor } = fuzzy;
  return anchor;
}
