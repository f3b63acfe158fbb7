import { minifySync } from 'rolldown/experimental';
import { describe, expect, it } from 'vitest';
import { quoteKnownStrings, quotedSource, templateSource } from '../../scripts/quoted-strings-plugin';

/** What a string literal in `source` evaluates to. */
const valueOf = (source: string): string => new Function(`return ${source};`)() as string;

describe('quoted strings after minification', () => {
  const json = JSON.stringify({ a: 'say "hi"', b: 'it’s `x` ${y} \\ back\nslash', c: "l'apostrophe", d: '\u2028' });

  it('writes a value as a template and as a single-quoted literal that both read back the same', () => {
    expect(valueOf(templateSource(json))).toBe(json);
    expect(valueOf(quotedSource(json))).toBe(json);
    expect(quotedSource(json).startsWith("'")).toBe(true);
  });

  it("finds each value as the build's minifier writes it, and reads back the same value", () => {
    // Both kinds of quote and no backtick: the minifier writes a template literal, as for the dataset.
    const values = [
      JSON.stringify({ a: "it's", b: 'say "hi"', c: '${z} and \\ back', d: 'line\u2028sep\u2029', e: '</script><\/SCRIPT>', f: 'cr\r' }),
      JSON.stringify({ plain: "l'apostrophe", and: 'a "quote"' }),
    ];
    for (const value of values) {
      const minified = minifySync('chunk.js', `export const v = ${JSON.stringify(value)};`).code;
      expect(minified, 'the minifier chose a template literal').toContain('`');
      const result = quoteKnownStrings(minified, [value]);
      expect(result.replaced, minified).toBe(1);
      expect(result.code).not.toContain('`');
      expect(valueOf(result.code.replace(/^export const v\s*=\s*/, '').replace(/;\s*$/, ''))).toBe(value);
    }
  });

  it('turns the template literal of a known value into a single-quoted one, and nothing else', () => {
    const other = '`{"other":1}`';
    const code = `var a=${templateSource(json)},b=${other},c=${templateSource(json)};`;
    const result = quoteKnownStrings(code, [json]);
    expect(result.replaced).toBe(2);
    expect(result.missed).toEqual([]);
    expect(result.code).toBe(`var a=${quotedSource(json)},b=${other},c=${quotedSource(json)};`);
    expect(new Function(`${result.code} return [a, b, c];`)()).toEqual([json, '{"other":1}', json]);
  });

  it('reports a known value written some other way, and leaves code without it alone', () => {
    const escaped = JSON.stringify(json); // a double-quoted literal: not a template, nothing to do
    expect(quoteKnownStrings(`var a=${escaped};`, [json])).toEqual({ code: `var a=${escaped};`, replaced: 0, missed: [] });
    const changed = `var a=${templateSource(json.slice(0, 50)).slice(0, -1)}…\`;`; // a template of another value
    expect(quoteKnownStrings(changed, [json]).missed).toEqual([json.slice(0, 40)]);
    expect(quoteKnownStrings('var a=1;', [json])).toEqual({ code: 'var a=1;', replaced: 0, missed: [] });
  });
});
