/**
 * What markdown-it asks of the `entities` package (`decodeHTMLStrict`, for a named character reference
 * such as "&copy;" in a note), answered by the browser's own HTML parser when a note first holds one.
 *
 * Why: `entities` builds its 2,000-entry decode table when it is loaded (about 10 ms), paid by every
 * extension page that shows notes and by the content script's Markdown chunk, for a reference few
 * notes hold.
 * The build points markdown-it's `entities` import here (wxt.config.ts). The parser is an inert
 * document (DOMParser: no script runs, nothing loads), and the input is only ever one reference that
 * markdown-it's own pattern has matched (`&name;`).
 */
let parser: DOMParser | undefined;

export function decodeHTMLStrict(text: string): string {
  if (!/^&[a-z][a-z0-9]{1,31};$/i.test(text)) return text;
  parser ??= new DOMParser();
  const decoded = parser.parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? text;
  // Strict: the whole reference names one character (or two). A legacy prefix read without its
  // semicolon ("&notit;" read as "&not" + "it;") leaves text behind; it is not a reference then.
  if (decoded === text || (decoded.endsWith(';') && text !== '&semi;')) return text;
  return decoded;
}
