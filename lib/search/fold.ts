/**
 * Search-time spelling: lower case, no accents, and every character that is not a letter or digit
 * becomes a space, so "GPT-5.3-Codex", "gpt 5.3" and "GPT 5.3 codex" meet. The fold keeps the
 * text's length, one output unit per input unit, so match positions found in folded text mark the
 * same characters in the original.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACCENTS = /[\u0300-\u036f]/g;

export function foldForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text[i];
    if (!LETTER_OR_DIGIT.test(unit)) {
      out += ' ';
      continue;
    }
    const plain = unit.normalize('NFD').replace(ACCENTS, '').toLowerCase();
    // Letters whose lower case or decomposition is longer ("İ") stay as they are, to keep positions.
    out += plain.length === 1 ? plain : unit;
  }
  return out;
}

/** A query in search-time spelling, trimmed and with runs of spaces made one. */
export function foldQuery(query: string): string {
  return foldForSearch(query).replace(/\s+/g, ' ').trim();
}
