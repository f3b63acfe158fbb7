/**
 * Character classes and folding shared by the automaton, the rules and the patterns, so a name typed in
 * the dataset and the same name on a page (other case, no-break space, curly apostrophe, soft hyphen)
 * fold to the same units. Everything works on UTF-16 code units so offsets stay those of the page text.
 */

/** A unit the matcher steps over as if absent: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export const INVISIBLE = -1;
export const SPACE = 32;
export const APOSTROPHE = 39;
export const HYPHEN = 45;

/** Maps spacing, apostrophe and hyphen variants to one unit each; any other unit is returned as is. */
export function normalizeCode(c: number): number {
  if (c < 128) return c === 9 || c === 10 || c === 12 || c === 13 ? SPACE : c;
  switch (c) {
    case 0xa0: // no-break space
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return SPACE;
    case 0x2018:
    case 0x2019: // the curly apostrophe of "OpenAI’s"
    case 0x02bc:
    case 0xff07:
      return APOSTROPHE;
    case 0x2010:
    case 0x2011: // non-breaking hyphen, as in typeset model names
      return HYPHEN;
    case 0xad: // soft hyphen
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return INVISIBLE;
  }
  return c >= 0x2000 && c <= 0x200a ? SPACE : c;
}

/**
 * The lower-cased text with the same length as the input (String#toLowerCase can lengthen a few
 * characters, such as "İ"; those keep their own case so offsets never shift).
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

/** Letters and digits of the scripts that separate words with spaces (Latin, Greek, Cyrillic). */
export function isWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  }
  // CJK, Arabic and other scripts are not "word" characters here: a Latin name next to them is a
  // whole word ("在Claude Code中"), and a name written in those scripts needs no boundary at all.
  return (c >= 0xc0 && c <= 0x52f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1fff);
}

/** A normalized unit with the hyphen read as a space (the matcher's one separator). */
export function separatorAsSpace(c: number): number {
  return c === HYPHEN ? SPACE : c;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * An alias or term in the matcher's form: folded units, runs of spaces collapsed, ends trimmed. A hyphen
 * reads as a space, as the search reads it: "GPT 5.3 Codex" is "GPT-5.3-Codex", "vibe-coding" is
 * "vibe coding".
 */
export function foldPattern(text: string, caseSensitive = false): string {
  const source = caseSensitive ? text : lowerSameLength(text);
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < source.length; i++) {
    const c = separatorAsSpace(normalizeCode(source.charCodeAt(i)));
    if (c === INVISIBLE) continue;
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out += String.fromCharCode(c);
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}
