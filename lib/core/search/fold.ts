/**
 * Search-time spelling, the core fold's same-length variant: lower case, no accents, and every
 * character that is not a letter or digit a space, so "GPT-5.3-Codex", "gpt 5.3" and "GPT 5.3 codex"
 * meet, and match positions found in folded text mark the same characters in the original.
 */
import { fold } from '../fold';

export const foldForSearch = (text: string): string => fold(text, { length: 'same-length' });

/** A query in search-time spelling, trimmed and with runs of spaces made one. */
export const foldQuery = (query: string): string => fold(query, { length: 'same-length', spaces: 'collapse' });
