import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset/load';
import { hashRun, runs } from '../../../scripts/seed-hashes.ts';
import { quotedPassages, seedHashes, unquotedPieces, words } from './helpers';

const N = 7;
const hashes = seedHashes();

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

describe('the dataset paraphrases its sources (checked against the seed hashes in the repository)', () => {
  test('the hashes cover exactly the seed articles the dataset cites, at seven-word runs', () => {
    expect(hashes.run).toBe(N);
    expect(Object.keys(hashes.files).sort()).toEqual(bundledDataset.sources.map((s) => s.file).filter(Boolean).sort());
    for (const [file, entry] of Object.entries(hashes.files)) {
      const list = entry.runs.split(' ');
      expect(list.every((h) => /^[0-9a-f]{12}$/.test(h)), file).toBe(true);
      // Every run of a real article is there (duplicates within an article counted once).
      expect(list.length, file).toBeGreaterThan(entry.words - N + 1 - 50);
      expect(list.length, file).toBeLessThanOrEqual(entry.words - N + 1);
    }
  });

  test(`no run of ${N}+ consecutive words from a seed article, except inside the quotation marks of a quote fact`, () => {
    const seedRuns = new Map<string, string>();
    for (const [file, entry] of Object.entries(hashes.files)) for (const h of entry.runs.split(' ')) seedRuns.set(h, file);

    const copied: string[] = [];
    for (const item of prose()) {
      const pieces = item.quoteAllowed ? unquotedPieces(item.text) : [item.text];
      for (const piece of pieces) {
        for (const run of runs(words(piece), N)) {
          const file = seedRuns.get(hashRun(run));
          if (file) copied.push(`${item.where}: "${run.join(' ')}" (from ${file})`);
        }
      }
    }
    expect(copied).toEqual([]);
  });

  test('every quoted passage of two or more words is verbatim in some seed article', () => {
    const verified = new Set(hashes.quotes);
    const misquoted: string[] = [];
    for (const entity of bundledDataset.entities) {
      for (const fact of entity.facts) {
        const texts = [fact.text, ...(fact.disputed?.claims.map((c) => c.text) ?? [])];
        for (const text of texts) {
          for (const passage of quotedPassages(text)) {
            const w = words(passage);
            if (w.length < 2) continue;
            if (!verified.has(hashRun(w))) misquoted.push(`${entity.id} / ${fact.id}: "${passage}"`);
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
