/**
 * markdown-it's named references are decoded on demand by the browser's parser
 * (lib/ui/markdown/entities-on-demand.ts) instead of the `entities` package, whose table is built when
 * it loads: the same answers as that package's strict decoder, checked against it here.
 */
import { decodeHTMLStrict as reference } from 'entities/decode';
import { describe, expect, it } from 'vitest';
import { decodeHTMLStrict } from '../../../lib/ui/markdown/entities-on-demand';
import { markdownText } from '../../../lib/ui/markdown';

const NAMES = [
  'amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'copy', 'reg', 'trade', 'hellip', 'mdash', 'ndash', 'euro',
  'eacute', 'Eacute', 'szlig', 'alpha', 'Omega', 'rarr', 'hearts', 'Aopf', 'NotEqualTilde', 'nvlt', 'Tab',
  'NewLine', 'semi', 'not', 'notin', 'notit', 'ampfoo', 'foo', 'AMP', 'Amp', 'fjlig', 'ThickSpace',
];

describe('named references, decoded on demand', () => {
  it('gives what the entities package’s strict decoder gives, for each name', () => {
    for (const name of NAMES) expect(decodeHTMLStrict(`&${name};`), name).toBe(reference(`&${name};`));
  });

  it('leaves anything but one reference alone', () => {
    for (const text of ['&amp', 'amp;', '&amp;&lt;', '<b>&amp;</b>', '&#169;', '']) expect(decodeHTMLStrict(text)).toBe(text);
  });

  it('decodes references in a note through markdown-it', () => {
    expect(markdownText('Fish &amp; chips &copy; 2026 &notit; &bogus;')).toBe('Fish & chips © 2026 &notit; &bogus;');
  });
});
