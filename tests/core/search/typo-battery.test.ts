/**
 * The typo battery (typo-battery.ts: typos generated from every name and alias of the bundled dataset)
 * against the search as the popup runs it, with floors a little under the recall measured when the
 * battery was added (docs/search.md, "The typo battery"). `node tests/core/search/run-typos.mjs` prints
 * the same figures per kind, and the misses with --misses.
 *
 * To keep the test to a few seconds it runs 1 in 2 single edits (every other one, in generation order)
 * and all the other queries: 2,784 of the 5,095, as `run-typos.mjs --sample 2` does. The full
 * battery gives nearly the same figures; docs/search.md gives both.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createEntitySearch } from '../../../lib/core/search';
import {
  EDIT_KINDS,
  formatTypoTallies,
  generateTypoBattery,
  rate,
  sampleSingleEdits,
  scoreTypoBattery,
  TYPO_KINDS,
  WORD_BANDS,
} from './typo-battery';

const search = createEntitySearch(bundledDataset);
const battery = generateTypoBattery(bundledDataset);
const queries = sampleSingleEdits(battery, 2);
const tallies = scoreTypoBattery((query) => search.search(query.trim(), 20).map((hit) => hit.entity.id), queries);
const report = formatTypoTallies(tallies);

/**
 * [top-1, top-3] floors: recall of this sample measured on 2026-12-07 minus 0.015, rounded down to two
 * places. Measured (top-1 / top-3): single edits 0.990 / 0.992 (missing 0.978 / 0.985, doubled 0.996,
 * swapped 0.992, neighbour 0.987 / 0.992, extra 0.996), in words of ≤3 letters 0.863 / 0.899, of 4
 * 0.984, of 5-7 and 8+ 1.0, to a first letter 0.978; two edits 0.979; spacing and word order 1.0.
 */
const FLOORS: Record<string, [number, number]> = {
  'single edits': [0.97, 0.97],
  missing: [0.96, 0.97],
  doubled: [0.98, 0.98],
  swapped: [0.97, 0.97],
  neighbour: [0.97, 0.97],
  extra: [0.98, 0.98],
  'word ≤3': [0.84, 0.88],
  'word 4': [0.96, 0.96],
  'word 5-7': [0.98, 0.98],
  'word 8+': [0.98, 0.98],
  'first letter': [0.96, 0.96],
  'two-edits': [0.96, 0.96],
  'spaces-removed': [0.98, 0.98],
  'one-space-missing': [0.98, 0.98],
  'words-reversed': [0.98, 0.98],
  'space-inside-word': [0.98, 0.98],
};

describe('the typo battery', () => {
  it('generates every kind, for entities of the dataset, the same each time', () => {
    expect(battery.length).toBeGreaterThan(4000);
    for (const kind of TYPO_KINDS) expect(tallies.get(kind)?.total ?? 0, kind).toBeGreaterThanOrEqual(30);
    for (const band of WORD_BANDS) expect(tallies.has(band), band).toBe(true);
    const ids = new Set(bundledDataset.entities.map((e) => e.id));
    for (const q of battery) expect(ids.has(q.expect), q.query).toBe(true);
    expect(generateTypoBattery(bundledDataset)).toEqual(battery);
  });

  it('makes single edits that are one edit from a name, in the word they say', () => {
    const edits = battery.filter((q) => (EDIT_KINDS as readonly string[]).includes(q.kind));
    expect(edits.find((q) => q.query === 'antrhopic')).toMatchObject({ kind: 'swapped', expect: 'anthropic', band: 'word 8+' });
    expect(edits.find((q) => q.query === 'clade code')).toMatchObject({ kind: 'missing', expect: 'claude-code', band: 'word 5-7' });
    expect(battery.find((q) => q.query === 'code claude')).toMatchObject({ kind: 'words-reversed', expect: 'claude-code' });
  });

  it.each(Object.entries(FLOORS))('%s: recall at or above the floors [top-1, top-3] %j', (group, [top1, top3]) => {
    const tally = tallies.get(group)!;
    expect(rate(tally, 'top1'), report).toBeGreaterThanOrEqual(top1);
    expect(rate(tally, 'top3'), report).toBeGreaterThanOrEqual(top3);
  });
});
