import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../lib/dataset/load';
import { quotedPassages, SEEDS_DIR, seedFiles, unquotedPieces, words } from './helpers';

const N = 7;

function ngrams(list: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

/** Every piece of prose the dataset shows, with where it is and whether quoted passages may be verbatim. */
function prose(): { where: string; text: string; quoteAllowed: boolean }[] {
  const out: { where: string; text: string; quoteAllowed: boolean }[] = [];
  // Source titles are citations of the articles' own headlines and are meant to be verbatim.
  for (const source of bundledDataset.sources) {
    if (source.note) out.push({ where: `source ${source.id} note`, text: source.note, quoteAllowed: false });
  }
  for (const entity of bundledDataset.entities) {
    out.push({ where: `${entity.id} summary`, text: entity.summary, quoteAllowed: false });
    for (const role of entity.roles ?? []) out.push({ where: `${entity.id} role`, text: role.title, quoteAllowed: false });
    for (const fact of entity.facts) {
      const isQuote = fact.quoteBy !== undefined;
      out.push({ where: `${entity.id} / ${fact.id}`, text: fact.text, quoteAllowed: isQuote });
      if (fact.disputed) {
        out.push({ where: `${entity.id} / ${fact.id} / note`, text: fact.disputed.note, quoteAllowed: false });
        fact.disputed.claims.forEach((claim, i) =>
          out.push({ where: `${entity.id} / ${fact.id} / claim ${i}`, text: claim.text, quoteAllowed: isQuote }),
        );
      }
    }
  }
  return out;
}

describe('the dataset paraphrases its sources', () => {
  test('the seed articles are present beside the repository', () => {
    expect(existsSync(SEEDS_DIR), `expected the seed articles in ${SEEDS_DIR}`).toBe(true);
    expect(seedFiles().map((s) => s.file)).toEqual(
      bundledDataset.sources.map((s) => s.file).filter(Boolean).sort(),
    );
  });

  test(`no run of ${N}+ consecutive words from a seed article, except inside the quotation marks of a quote fact`, () => {
    const seedGrams = new Map<string, string>();
    for (const seed of seedFiles()) for (const gram of ngrams(words(seed.text), N)) seedGrams.set(gram, seed.file);

    const copied: string[] = [];
    for (const item of prose()) {
      const pieces = item.quoteAllowed ? unquotedPieces(item.text) : [item.text];
      for (const piece of pieces) {
        for (const gram of ngrams(words(piece), N)) {
          const file = seedGrams.get(gram);
          if (file) copied.push(`${item.where}: "${gram}" (from ${file})`);
        }
      }
    }
    expect(copied).toEqual([]);
  });

  test('every quoted passage of two or more words is verbatim in some seed article', () => {
    const seeds = seedFiles().map((s) => ` ${words(s.text).join(' ')} `);
    const misquoted: string[] = [];
    for (const entity of bundledDataset.entities) {
      for (const fact of entity.facts) {
        const texts = [fact.text, ...(fact.disputed?.claims.map((c) => c.text) ?? [])];
        for (const text of texts) {
          for (const passage of quotedPassages(text)) {
            const w = words(passage);
            if (w.length < 2) continue;
            if (!seeds.some((seed) => seed.includes(` ${w.join(' ')} `))) misquoted.push(`${entity.id} / ${fact.id}: "${passage}"`);
          }
        }
      }
    }
    expect(misquoted).toEqual([]);
  });

  test('quote facts hold a quotation and name a person as speaker', () => {
    const byId = new Map(bundledDataset.entities.map((e) => [e.id, e]));
    for (const entity of bundledDataset.entities) {
      for (const fact of entity.facts.filter((f) => f.quoteBy)) {
        expect(quotedPassages(fact.text).length, `${fact.id} has no quoted passage`).toBeGreaterThan(0);
        expect(byId.get(fact.quoteBy!)?.type, `${fact.id} speaker`).toBe('person');
      }
    }
  });
});
