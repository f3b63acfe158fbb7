/**
 * The seed hashes the dataset checks run on (tests/core/dataset/seed-hashes.json) against the script that
 * makes them. With the articles named in LENS_SEEDS_DIR the committed file must be exactly what the
 * script makes from them; otherwise (a plain clone: the tests never look outside the repository) the
 * committed file must be in the script's current format. `node scripts/seed-hashes.ts --check <dir>`
 * runs the first check from the command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset/load';
import {
  buildSeedHashes,
  FORMAT,
  hashRun,
  HASHES_FILE,
  readSeeds,
  RUN,
  runs,
  serialize,
  words,
  type DatasetTexts,
} from '../../../scripts/seed-hashes.ts';
import { SEEDS_DIR } from './helpers';

const committed = readFileSync(HASHES_FILE, 'utf8');
const seedsPresent = SEEDS_DIR !== null && existsSync(SEEDS_DIR);

describe('the committed seed hashes', () => {
  test(
    seedsPresent
      ? `are what scripts/seed-hashes.ts makes from the articles in ${SEEDS_DIR}`
      : `are in the format scripts/seed-hashes.ts makes (no articles at ${SEEDS_DIR ?? 'LENS_SEEDS_DIR (unset)'} to regenerate them from)`,
    () => {
      if (seedsPresent) {
        const regenerated = serialize(buildSeedHashes(readSeeds(SEEDS_DIR!), bundledDataset));
        expect(regenerated === committed, 'tests/core/dataset/seed-hashes.json is out of date: run node scripts/seed-hashes.ts').toBe(true);
      } else {
        const parsed = JSON.parse(committed);
        expect(serialize(parsed)).toBe(committed);
        expect(parsed.format).toBe(FORMAT);
        expect(parsed.run).toBe(RUN);
        expect(Object.keys(parsed).sort()).toEqual(['files', 'format', 'quotes', 'run']);
      }
    },
  );
});

describe('scripts/seed-hashes.ts', () => {
  const article = 'Ada Lovelace wrote the first program for the Analytical Engine, a machine Charles Babbage designed in 1837.';
  const dataset: DatasetTexts = {
    sources: [{ file: 'a.txt' }],
    entities: [
      {
        facts: [
          { text: 'She wrote, in her words, "the first program for the Analytical Engine".' },
          { text: 'A misquote: "the first program for a Difference Engine".', disputed: { claims: [{ text: 'Claim "Charles Babbage designed".' }] } },
        ],
      },
    ],
  };
  const made = buildSeedHashes([{ file: 'a.txt', text: article }], dataset);

  test('stores every seven-word run of an article as a hash, and no text', () => {
    const list = words(article);
    expect(made.files['a.txt']!.words).toBe(list.length);
    expect(made.files['a.txt']!.runs.split(' ').sort()).toEqual([...new Set(runs(list, RUN).map(hashRun))].sort());
    expect(serialize(made)).not.toMatch(/lovelace|analytical|babbage/i);
  });

  test('vouches for quoted passages found word for word, not for misquotes', () => {
    expect(made.quotes).toContain(hashRun(words('the first program for the Analytical Engine')));
    expect(made.quotes).toContain(hashRun(words('Charles Babbage designed')));
    expect(made.quotes).not.toContain(hashRun(words('the first program for a Difference Engine')));
    expect(made.quotes).toHaveLength(2);
  });

  test('a run of seven words differs from its neighbours, its parts and its case-folded twin only as words do', () => {
    const run = words('wrote the first program for the Analytical');
    expect(hashRun(run)).toBe(hashRun(words('Wrote the FIRST program for the analytical')));
    expect(hashRun(run)).not.toBe(hashRun(words('wrote the first programme for the Analytical')));
    expect(hashRun(run)).toMatch(/^[0-9a-f]{12}$/);
  });
});
