/**
 * The hard pages (tests/fixtures/detection/hard): one per shape real pages use (tables, forum threads,
 * bylines and indexes, code-adjacent prose, names split by <br>, capitals and lower case, short model
 * names) and pages not about AI (a recipe with sign-in buttons and store badges, windsurfing holidays
 * with one real mention). Every case must hold exactly what its data-expect lists.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { detectHardPage, hardPageNames, precision, recall, sum, withPeripherals, type PageScore } from './hard-pages';

const dataset = withPeripherals(bundledDataset);

describe('the hard pages, with the bundled dataset', () => {
  const scores: PageScore[] = [];

  for (const page of hardPageNames()) {
    it(`${page}: every case holds what it expects`, async () => {
      const score = await detectHardPage(page, dataset);
      scores.push(score);
      expect(score.misses).toEqual([]);
    });
  }

  it('meets the targets for confident and ambiguous names alike', () => {
    expect(scores.length).toBe(hardPageNames().length);
    for (const kind of ['confident', 'ambiguous'] as const) {
      const total = sum(scores, kind);
      expect(total.tp, kind).toBeGreaterThan(40);
      expect(recall(total), kind).toBeGreaterThanOrEqual(0.97);
      expect(precision(total), kind).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('lights nothing on the quiet pages but the one real mention', async () => {
    const cooking = await detectHardPage('quiet-cooking.html', dataset);
    expect(cooking.confident.fp + cooking.ambiguous.fp).toBe(0);
    expect(cooking.confident.tp + cooking.ambiguous.tp).toBe(0);
  });

  it('shows the peripheral names of the quiet page with the "every page" setting', async () => {
    const everywhere = await detectHardPage('quiet-cooking.html', dataset, (d) => d.setEveryPage(true));
    // "Google says searches for jam peak in June; Microsoft's survey agrees." is then two names.
    expect(everywhere.confident.fp).toBe(2);
    expect(everywhere.ambiguous.fp).toBe(0);
  });
});
