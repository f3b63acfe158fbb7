/**
 * The checks a candidate match passes after the automaton found it: whole words and version numbers,
 * the alias's own case, a sentence's first word, addresses ("github.io"), and an inverted name that is
 * someone else's ("Levy, Jonathan"). All read the page text around the match, never more than a token.
 */
import type { Compiled } from './compile';
import { HYPHEN, INVISIBLE, SPACE, isDigitCode, isWordCode, normalizeCode, separatorAsSpace } from './fold';

/** Characters that may stand between a sentence's end and its first word: quotes, brackets, bullets. */
const OPENERS = new Set([34, 39, 40, 91, 123, 42, 0x201c, 0x201e, 0xab, 0x2022, 0x2013, 0x2014, HYPHEN]);
/** Ends of a sentence or a label, after which a capital letter says nothing. */
const TERMINATORS = new Set([46, 33, 63, 58, 59, 124, 0x2026, 0x3002, 0xff01, 0xff1f]);

const isBlank = (c: number) => c === 32 || c === 0xa0 || c === 9 || c === 10 || c === 13;

/** Blanks, then a digit: "Opus| 4.5". */
function versionAfter(text: string, end: number): boolean {
  let q = end;
  while (q < text.length && isBlank(text.charCodeAt(q))) q++;
  return q > end && q < text.length && isDigitCode(text.charCodeAt(q));
}

/** A digit, then blanks: "3.7 |Sonnet". */
function versionBefore(text: string, start: number): boolean {
  let q = start - 1;
  while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
  return q < start - 1 && q >= 0 && isDigitCode(text.charCodeAt(q));
}

/** The unit before `index` that a reader would see (soft hyphens and zero-width units skipped). */
function visibleBefore(text: string, index: number): number {
  for (let p = index - 1; p >= 0; p--) {
    if (normalizeCode(text.charCodeAt(p)) !== INVISIBLE) return p;
  }
  return -1;
}

export function boundaryHolds(c: Compiled, text: string, pattern: number, start: number, end: number): boolean {
  if (c.needBefore[pattern]) {
    const p = visibleBefore(text, start);
    if (p >= 0) {
      const u = normalizeCode(text.charCodeAt(p));
      if (isWordCode(u)) return false;
      // "GPT-4.5": a name starting with a digit does not start inside a version number.
      if (c.startsDigit[pattern] && (u === 46 || u === HYPHEN) && p > 0 && isWordCode(text.charCodeAt(p - 1))) {
        return false;
      }
      // "GPT-5.2-Codex": a name hyphenated onto a version number is part of another model's name.
      if (u === HYPHEN && p > 0 && isDigitCode(text.charCodeAt(p - 1))) return false;
    }
  }
  if (c.versionless[pattern] && (versionAfter(text, end) || versionBefore(text, start))) return false;
  if (c.needAfter[pattern] && end < text.length) {
    const u = normalizeCode(text.charCodeAt(end));
    if (isWordCode(u)) return false;
    // "Sonnet 4" is not a whole name inside "Sonnet 4.5", nor "GPT-5" inside "GPT-5.3-Codex", nor
    // "GPT-5.2" inside "GPT-5.2-Codex" (a model the dataset does not know).
    if (c.endsDigit[pattern] && (u === 46 || u === HYPHEN) && isDigitCode(text.charCodeAt(end + 1))) return false;
    if (c.endsDigit[pattern] && u === HYPHEN && isWordCode(text.charCodeAt(end + 1))) return false;
  }
  return true;
}

/**
 * Where a match of `units` folded units ending at `last` starts: walking back, an invisible unit
 * counts for nothing and a run of spaces (and hyphens) for one, as when the text was read.
 */
export function startOf(c: Compiled, text: string, last: number, units: number): number {
  const { classes, spaceClass, skipClass } = c.automaton;
  let p = last;
  for (let need = units; ; ) {
    const k = classes[text.charCodeAt(p)];
    if (k === skipClass) p--;
    else if (k === spaceClass) {
      need--;
      p--;
      while (p >= 0 && (classes[text.charCodeAt(p)] === spaceClass || classes[text.charCodeAt(p)] === skipClass)) p--;
    } else if (--need === 0) return p;
    else p--;
  }
}

/** The match read from `start` unit by unit as the automaton read it, against one case form. */
export function caseHolds(c: Compiled, text: string, form: string, start: number): boolean {
  const { classes, spaceClass, skipClass } = c.automaton;
  let p = start;
  let lastSpace = false;
  for (let j = 0; j < form.length; j++, p++) {
    for (;;) {
      const k = classes[text.charCodeAt(p)];
      if (k === skipClass || (k === spaceClass && lastSpace)) p++;
      else {
        lastSpace = k === spaceClass;
        break;
      }
    }
    if (separatorAsSpace(normalizeCode(text.charCodeAt(p))) !== form.charCodeAt(j)) return false;
  }
  return true;
}

export function sentenceInitial(text: string, start: number): boolean {
  let p = start - 1;
  let u = 0;
  for (; p >= 0; p--) {
    u = normalizeCode(text.charCodeAt(p));
    if (u !== SPACE && u !== INVISIBLE && !OPENERS.has(u)) break;
  }
  return p < 0 || TERMINATORS.has(u);
}

const isLetter = (u: number) => (u >= 97 && u <= 122) || (u >= 65 && u <= 90);
const isSpace = (u: number) => normalizeCode(u) === SPACE;

/**
 * A name inside a host name, an address or a handle ("openai.github.io", "github.com/openai/codex",
 * "@anthropic-ai/claude-code") is part of the address, not a mention. Only a match glued to other
 * characters gets the token read around it.
 */
export function insideAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (after === 46 && end + 1 < text.length && isLetter(text.charCodeAt(end + 1))) return true;
  if (insideIdentifier(text, start, end, before, after)) return true;
  if (isSpace(before) && isSpace(after)) return false;
  let from = start;
  while (from > 0 && start - from < 200 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !isSpace(text.charCodeAt(to))) to++;
  const token = text.slice(from, to);
  return token.startsWith('@') || token.includes('://') || /www\.|[a-z0-9]\.[a-z]{2,}\//i.test(token) || /\w@\w/.test(token);
}

const isLowerOrDigit = (u: number) => (u >= 97 && u <= 122) || (u >= 48 && u <= 57);

/**
 * A name written in lower case and glued into a path, a file name or an identifier: `~/.claude/skills`,
 * `.github/workflows`, `openai/providers/bedrock`, `anthropic/claude-3.5-sonnet`,
 * `codex-aarch64-apple-darwin.tar.gz`, `claude-code-router`. A name as a reader writes it has a capital
 * ("OpenAI/Anthropic models", "OpenAI-compatible", "Claude-powered" stay mentions), and a lower-case
 * name standing alone (the `codex` command) is not glued to anything.
 */
function insideIdentifier(text: string, start: number, end: number, before: number, after: number): boolean {
  if (/\p{Lu}/u.test(text.slice(start, end))) return false;
  if (before === 46 || before === 47 || before === 126 || before === 92 || after === 47 || after === 92) return true;
  return after === HYPHEN_MINUS && end + 1 < text.length && isLowerOrDigit(text.charCodeAt(end + 1));
}

const HYPHEN_MINUS = 45;

/**
 * A surname followed by someone else's given name, as an index or reference list writes it
 * ("Levy, Jonathan (2019)", "Levy, J."): the dataset's own person would have matched the longer
 * inverted form, so this is another person of that name.
 */
export function otherPersonAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  return /^,\s*(?:\p{Lu}\p{Ll}+|\p{Lu}\.)(?:\s*[(.]|\s*$)/u.test(text.slice(end, end + 40));
}
