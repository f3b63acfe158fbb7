/**
 * Anchoring baselines in the manner of Hypothesis' html-baselines: real saved pages from several
 * sites (tests/fixtures/anchoring, origins in SOURCES.md), each annotated on its "before" version and
 * anchored again on an edited "after" version. Each expected anchor says which text and by which
 * method (position, exact quote, fuzzy quote), or null for an orphan.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, describeRange } from '../../../lib/page/annotator/anchor-dom';
import { createAnnotation } from '../../../lib/platform/annotations/model';
import { buildTextIndex, offsetsToRange } from '../../../lib/page/annotator/text-index';

const DIR = resolve(import.meta.dirname, '../../fixtures/anchoring');
interface Case {
  exact: string;
  expect: { text: string; method: string } | null;
}
const manifest = JSON.parse(readFileSync(resolve(DIR, 'anchors.json'), 'utf8')) as { pages: Record<string, Case[]> };

function load(page: string, version: 'before' | 'after'): void {
  const html = readFileSync(resolve(DIR, `${page}.${version}.html`), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

describe.each(Object.entries(manifest.pages))('anchoring baseline %s', (page, cases) => {
  it('re-anchors every annotation of the saved page on its edited version as expected', () => {
    load(page, 'before');
    const index = buildTextIndex(document.body);
    const annotations = cases.map((c) => {
      const start = index.text.indexOf(c.exact);
      expect(start, `"${c.exact}" on ${page}.before.html`).toBeGreaterThanOrEqual(0);
      const selectors = describeRange(index, offsetsToRange(index, start, start + c.exact.length)!);
      return createAnnotation({ source: `https://example.org/${page}`, selectors: selectors!, content: { note: '', tags: [], entityIds: [] } });
    });
    load(page, 'after');
    const after = buildTextIndex(document.body);
    const found = annotations.map((a) => {
      const anchor = anchorAnnotation(after, a);
      return anchor && { text: anchor.range.toString(), method: anchor.method };
    });
    expect(found).toEqual(cases.map((c) => c.expect));
  });
});
