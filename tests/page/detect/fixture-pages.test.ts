import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createDetector, type LensDetector } from '../../../lib/page/detect';
import { compareCases } from './cases';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/detection');

/** Loads a fixture page into the test document and runs its inline scripts (happy-dom does not). */
function loadPage(name: string): void {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
  document.title = name;
  document.body.innerHTML = body;
  for (const script of [...document.body.querySelectorAll('script')]) {
    if (script.closest('.case')) continue; // scripts inside a case are there as text to skip
    new Function(script.textContent ?? '')();
  }
}

let detector: LensDetector | undefined;
afterEach(() => {
  detector?.dispose();
  detector = undefined;
  document.body.innerHTML = '';
});

async function detect(page: string) {
  loadPage(page);
  detector = createDetector({ dataset: bundledDataset });
  detector.setActive(true);
  await detector.settled();
  return compareCases(document, detector.mentions());
}

describe('the real dataset on the fixture pages', () => {
  it('finds every mention on the positive page, in order', async () => {
    const { cases, outside } = await detect('positives.html');
    expect(cases.filter((c) => c.found.join('|') !== c.expected.join('|'))).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });

  it('finds nothing on the trap page', async () => {
    const { cases, outside } = await detect('traps.html');
    expect(cases.filter((c) => c.found.length > 0)).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
    // Only the sentinel at the end (it tells the e2e test the scan got there); the heading
    // "Notes from an AI developer conference" holds no name.
    expect(outside).toEqual(['Anthropic']);
  });
});
