/**
 * Search-time spelling: lower case, no accents, and every character that is not a letter or digit
 * becomes a space, so "GPT-5.3-Codex", "gpt 5.3" and "GPT 5.3 codex" meet. The fold keeps the
 * text's length, one output unit per input unit, so match positions found in folded text mark the
 * same characters in the original.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACCENTS = /[\u0300-\u036f]/g;

export function foldForSearch(text: string): string {
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // ASCII, by far the common case, without regular expressions or Unicode tables.
    if (code < 128) {
      if (code >= 65 && code <= 90) out[i] = String.fromCharCode(code + 32);
      else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out[i] = text[i];
      else out[i] = ' ';
      continue;
    }
    const unit = text[i];
    if (!LETTER_OR_DIGIT.test(unit)) {
      out[i] = ' ';
      continue;
    }
    const plain = unit.normalize('NFD').replace(ACCENTS, '').toLowerCase();
    // Letters whose lower case or decomposition is longer ("İ") stay as they are, to keep positions.
    out[i] = plain.length === 1 ? plain : unit;
  }
  return out.join('');
}

/** A query in search-time spelling, trimmed and with runs of spaces made one. */
export function foldQuery(query: string): string {
  return foldForSearch(query).replace(/\s+/g, ' ').trim();
}
