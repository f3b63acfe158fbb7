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

/** How well the text around [start, end) agrees with the saved prefix and suffix (0..1). */
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

  let best: { start: number; score: number } | null = null;
  let seen = 0;
  for (let at = text.indexOf(exact); at !== -1 && seen < MAX_EXACT_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    seen++;
    const score = contextScore(text, quote, at, at + exact.length) + 0.01 * proximity(text, at, position?.start);
    if (!best || score > best.score) best = { start: at, score };
  }
  if (best) return { start: best.start, end: best.start + exact.length, method: 'quote', confidence: 1 };

  const maxErrors = Math.floor(exact.length * (1 - threshold));
  if (maxErrors < 1) return null;
  let fuzzy: (TextAnchor & { score: number }) | null = null;
  for (const match of approxSearch(text, exact, maxErrors, position?.start ?? 0)) {
    const quoteSimilarity = 1 - match.errors / exact.length;
    const context = contextScore(text, quote, match.start, match.end);
    if (quoteSimilarity < threshold) continue;
    if (exact.length < SHORT_QUOTE && context < 0.5) continue;
    const score = quoteSimilarity + 0.25 * context + 0.01 * proximity(text, match.start, position?.start);
    if (!fuzzy || score > fuzzy.score) {
      fuzzy = { start: match.start, end: match.end, method: 'fuzzy', confidence: quoteSimilarity, score };
    }
  }
  if (!fuzzy) return null;
  const { score: _score, ...anchor } = fuzzy;
  return anchor;
}
