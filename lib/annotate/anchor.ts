/**
 * Finding a saved quote again in a page's text (pure: strings in, offsets out). In order:
 * 1. position: the text at the saved offsets is still the quote (and its context roughly agrees);
 * 2. quote: the exact quote elsewhere, the occurrence whose prefix and suffix match best;
 * 3. fuzzy: the quote with a few edits, accepted above a confidence threshold;
 * otherwise nothing (the annotation is an orphan, kept and listed).
 */
import { approxSearch, similarity } from './fuzzy';
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
  for (const match of approxSearch(text, exact, maxErrors, position?.start ?? 0)) {
    const quoteSimilarity = 1 - match.errors / exact.length;
    const context = contextScore(text, quote, match.start, match.end);
    if (quoteSimilarity < threshold) continue;
    if (exact.length < SHORT_QUOTE && context < 0.5) continue;
    if (match.errors === 0) continue; // The exact occurrences were weighed above.
    const score = quoteSimilarity + 0.25 * context + 0.01 * proximity(text, match.start, position?.start);
    if (!fuzzy || score > fuzzy.score) {
      fuzzy = { start: match.start, end: match.end, method: 'fuzzy', confidence: quoteSimilarity, score, context };
    }
  }
  if (!fuzzy) return exactFallback;
  // The exact quote keeps its place unless the fuzzy one sits in the saved context.
  if (exactFallback && fuzzy.context < STRONG_CONTEXT) return exactFallback;
  const { score: _score, context: _context, ...anchor } = fuzzy;
  return anchor;
}
