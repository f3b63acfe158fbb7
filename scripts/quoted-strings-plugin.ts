/**
 * Keeps the bundle's two long JSON strings (the compact dataset and the matcher snapshot) single-quoted.
 *
 * The minifier writes a string full of double quotes as a template literal: fewer bytes than escaping
 * each quote. But V8 compiles a long template literal far more slowly than a plain string literal.
 * For the content script, which every frame of every page compiles afresh, the two templates were
 * half its compile: 13 ms of compile became 8 ms in Node's V8 with the same two strings as '…'
 * literals (docs/performance.md). So after minification (`generateBundle`), each exact template
 * literal of a known string is written back as a single-quoted literal of the same value.
 *
 * Only strings named here are touched, found by their exact text, so no other template literal and
 * nothing that merely looks like one can be changed. A string that is in a chunk but cannot be found
 * in either written form is reported: the saving would be quietly lost.
 */
import type { Plugin } from 'vite';

/**
 * How the minifier (oxc) writes `value` as a template literal with no substitutions: backslashes,
 * backticks and `${` escaped, a carriage return and the two line separators as escapes, `</script`
 * as `<\/script`.
 */
export function templateSource(value: string): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/<\/script/gi, (match) => `<\\/${match.slice(2)}`);
  return `\`${body}\``;
}

/** A single-quoted string literal of `value`. */
export function quotedSource(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/**
 * `code` with every template literal of one of `values` written as a single-quoted literal; `missed`
 * lists the values that seem to be in the code (their first 40 units are) but in neither form.
 */
export function quoteKnownStrings(code: string, values: readonly string[]): { code: string; replaced: number; missed: string[] } {
  let out = code;
  let replaced = 0;
  const missed: string[] = [];
  for (const value of values) {
    const template = templateSource(value);
    const parts = out.split(template);
    if (parts.length > 1) {
      out = parts.join(quotedSource(value));
      replaced += parts.length - 1;
    } else if (!out.includes(quotedSource(value)) && out.includes(templateSource(value.slice(0, 40)).slice(0, -1))) {
      missed.push(value.slice(0, 40));
    }
  }
  return { code: out, replaced, missed };
}

/** The plugin: `strings()` gives the values (read when the build starts, so a rebuild reads them again). */
export function quotedStrings(strings: () => string[]): Plugin {
  let values: string[] = [];
  return {
    name: 'lens-quoted-strings',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      values = strings();
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const result = quoteKnownStrings(file.code, values);
        file.code = result.code;
        for (const start of result.missed) this.warn(`${file.fileName}: a long string starting ${JSON.stringify(start)} was left as it was written`);
      }
    },
  };
}
