import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import mini from '../../fixtures/mini-dataset.json';
import userFixture from '../../fixtures/user-dataset.json';
import bundledJson from '../../../assets/dataset.json';
import type { Dataset } from '../../../lib/core/dataset/types';
import {
  DATASET_LIMITS,
  checkUserDataset,
  datasetLimitProblems,
  fileSizeProblem,
  getUserDataset,
  importUserDatasetText,
  isCommonWord,
} from '../../../lib/platform/userdata';

const base = mini as unknown as Dataset;
type Loose = { entities: { id: string; aliases: { text: string; requires?: string }[]; summary: string; facts: { id: string; text: string; sources: string[] }[] }[] };

function dataset(): Loose & Record<string, unknown> {
  return structuredClone(userFixture) as unknown as Loose & Record<string, unknown>;
}

/** `n` sound entities of the fixture's shape, each with `aliases` aliases. */
function entities(n: number, aliases = 1): Loose['entities'] {
  const [template] = dataset().entities;
  return Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `thing-${i}`,
    name: `Thing ${i}`,
    aliases: Array.from({ length: aliases }, (_, j) => ({ text: `Thingamajig ${i}-${j}` })),
    facts: [{ ...template.facts[0], id: `thing-${i}-f1` }],
  }));
}

function refusal(data: unknown, fileName = 'mine.json'): string[] {
  const result = checkUserDataset(JSON.stringify(data), fileName, base);
  if (result.ok) throw new Error('accepted');
  return result.problems;
}

beforeEach(() => fakeBrowser.reset());

describe('limits on a person’s dataset', () => {
  it('accepts a sound file, and the bundled dataset is well within every limit', () => {
    expect(checkUserDataset(JSON.stringify(dataset()), 'mine.json', base).ok).toBe(true);
    expect(datasetLimitProblems(bundledJson, 'dataset.json')).toEqual([]);
  });

  it('refuses a file over the size limit, before parsing it', () => {
    const huge = dataset();
    huge.entities[0].summary = 'x'.repeat(DATASET_LIMITS.fileBytes);
    expect(refusal(huge)).toEqual([expect.stringMatching(/^mine\.json: the file is 2,049 KB; a dataset file may be at most 2,048 KB\.$/)]);
    expect(fileSizeProblem(10 * 1024 * 1024, 'big.json')).toBe('big.json: the file is 10,240 KB; a dataset file may be at most 2,048 KB.');
    expect(fileSizeProblem(DATASET_LIMITS.fileBytes, 'ok.json')).toBeNull();
  });

  it('refuses too many entities, too many aliases in all and on one entity, naming where', () => {
    const many = dataset();
    many.entities = entities(DATASET_LIMITS.entities + 1);
    expect(refusal(many)).toEqual(['mine.json: /entities: 2,001 entities; a dataset may hold at most 2,000.']);

    const aliasy = dataset();
    aliasy.entities = entities(300, 40);
    expect(refusal(aliasy)[0]).toBe('mine.json: /entities: 12,000 aliases in all; a dataset may hold at most 10,000.');

    const one = dataset();
    one.entities[0].aliases = Array.from({ length: 51 }, (_, i) => ({ text: `Zeditorix ${i}` }));
    expect(refusal(one)).toEqual(['mine.json: /entities/0/aliases: 51 aliases; one entity may have at most 50.']);
  });

  it('refuses an alias that is too long, and a summary or fact that is', () => {
    const long = dataset();
    long.entities[0].aliases.push({ text: 'z'.repeat(200_000) });
    long.entities[0].facts[0].text = 'f'.repeat(6000);
    expect(refusal(long)).toEqual([
      'mine.json: /entities/0/aliases/1/text: an alias of 200,000 characters; an alias may be at most 100.',
      'mine.json: /entities/0/facts/0/text: 6,000 characters; a summary or a fact may be at most 5,000.',
    ]);
  });

  it('refuses common words and single characters as aliases unless they need context', () => {
    const common = dataset();
    common.entities[0].aliases.push({ text: 'a' }, { text: 'The' }, { text: ' in ' }, { text: 'Jam', requires: 'context' }, { text: 'x' }, { text: 'of', requires: 'context' });
    const problems = refusal(common);
    expect(problems).toEqual([
      expect.stringMatching(/^mine\.json: \/entities\/0\/aliases\/1\/text: “a” is a common word.*"requires": "context"/),
      expect.stringMatching(/\/aliases\/2\/text: “The” is a common word/),
      expect.stringMatching(/\/aliases\/3\/text: “in” is a common word/),
      expect.stringMatching(/\/aliases\/5\/text: “x” is a common word/),
    ]);
    expect(isCommonWord('Über')).toBe(false);
    expect(isCommonWord('ÀN')).toBe(true);
    expect(isCommonWord('o1')).toBe(false);
  });

  it('stores nothing when a file passes a limit, and keeps the dataset already there', async () => {
    const good = dataset();
    expect((await importUserDatasetText(JSON.stringify(good), 'good.json')).ok).toBe(true);
    const bad = dataset();
    bad.entities[0].aliases.push({ text: 'the' });
    const result = await importUserDatasetText(JSON.stringify(bad), 'bad.json');
    expect(result.ok).toBe(false);
    expect((await getUserDataset())?.fileName).toBe('good.json');
  });
});
