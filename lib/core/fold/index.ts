/**
 * The one text fold: how two spellings of the same words are made to meet (case, accents, compatibility
 * forms, spacing, punctuation), with each use's variant an option. Search, the side panel's and the
 * popup's note filters, the dataset's alias checks and the card's muted names all fold here.
 *
 * The matcher keeps its own fold (lib/core/match/fold.ts): it works code unit by code unit inside the
 * automaton's hot loop on raw page text, keeps case for case-sensitive aliases and maps apostrophe,
 * hyphen and invisible-character variants that none of these uses need.
 */

export interface FoldOptions {
  /**
   * `strip` (the default): accents and other marks go, compatibility forms are made plain (NFKD):
   * "Café" and "cafe" meet. `keep`: compatibility forms only (NFKC): "Café" stays "café". `as-is`: no
   * Unicode normalization, case only.
   */
  accents?: 'strip' | 'keep' | 'as-is';
  /** `collapse`: runs of white space become one space and the ends are trimmed. */
  spaces?: 'keep' | 'collapse';
  /**
   * `same-length`: one output unit per input unit, so positions found in the folded text mark the same
   * characters in the original, and every unit that is neither letter nor digit becomes a space (so
   * "GPT-5.3-Codex" and "gpt 5.3 codex" meet). Accents are stripped and compatibility forms made plain
   * (NFKD: full-width "ｃｌａｕｄｅ" is "claude") where that keeps the length.
   */
  length?: 'free' | 'same-length';
}

const MARKS = /\p{M}/gu;
const SPACES = /\s+/g;

/** `text` in lower case with the variants `options` asks for. */
export function fold(text: string, options: FoldOptions = {}): string {
  if (options.length === 'same-length') {
    const out = foldSameLength(text);
    return options.spaces === 'collapse' ? out.replace(SPACES, ' ').trim() : out;
  }
  const accents = options.accents ?? 'strip';
  let out =
    accents === 'strip'
      ? text.normalize('NFKD').replace(MARKS, '')
      : accents === 'keep'
        ? text.normalize('NFKC')
        : text;
  out = out.toLowerCase();
  return options.spaces === 'collapse' ? out.replace(SPACES, ' ').trim() : out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

function foldSameLength(text: string): string {
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
    const plain = unit.normalize('NFKD').replace(COMBINING_ACCENTS, '').toLowerCase();
    // Letters whose lower case or decomposition is longer ("İ") stay as they are, to keep positions.
    out[i] = plain.length === 1 ? plain : unit;
  }
  return out.join('');
}

/** Every word of `query` (folded with `options`), for "holds every word" filters. */
export function foldedWords(query: string, options: FoldOptions = {}): string[] {
  return fold(query, options).split(SPACES).filter(Boolean);
}
