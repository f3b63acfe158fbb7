/**
 * What the dataset checks need from the seed articles, without their sentences: the hashes of every
 * run of seven words in each article (the paraphrase check: no such run may appear in the dataset's
 * prose), and the hashes of the dataset's quoted passages that do appear word for word in an article
 * (the quote check). The articles live outside the repository (../shared/seeds); this file is
 * committed as tests/core/dataset/seed-hashes.json, so a clone on its own runs the same checks.
 *
 *   node scripts/seed-hashes.ts [seeds-dir]          regenerate tests/core/dataset/seed-hashes.json
 *   node scripts/seed-hashes.ts --check [seeds-dir]  exit 1 if the committed file is out of date
 *
 * A seven-word hash cannot be turned back into the text short of guessing the seven words, and no
 * shorter run is stored; the quote hashes only vouch for passages the dataset itself shows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Length of the word runs the paraphrase check forbids. */
export const RUN = 7;
/** Bumped whenever `words`, `hashRun` or the file's shape changes. */
export const FORMAT = 'ai-industry-lens seed hashes v1';

export interface SeedHashes {
  format: string;
  run: number;
  /** Per article file: its word count and its seven-word runs' hashes (sorted, space-separated). */
  files: Record<string, { words: number; runs: string }>;
  /** Hashes of the dataset's quoted passages (two words or more) found verbatim in an article, sorted. */
  quotes: string[];
}

/** The dataset's texts a check walks: only the fields the hashes need. */
export interface DatasetTexts {
  sources: { file?: string }[];
  entities: { facts: { text: string; disputed?: { claims: { text: string }[] } }[] }[];
}

/**
 * Lowercase words, apostrophes dropped ("OpenAI’s" → "openais"); dots and hyphens inside a word keep
 * it whole ("gpt-5.3-codex", "2.5", "one-fifth"); everything else separates words.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’‘`]/g, '')
      .match(/[\p{L}\p{N}]+(?:[.\-–‑][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Passages in double quotes (straight or curly). */
export function quotedPassages(text: string): string[] {
  return [...text.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => m[1]!);
}

/** 48 bits of SHA-256 of a run of words: collisions are out of reach at this size. */
export function hashRun(run: readonly string[]): string {
  return createHash('sha256').update(`${FORMAT}\n${run.join(' ')}`).digest('hex').slice(0, 12);
}

/** Every run of `n` consecutive words. */
export function runs(list: readonly string[], n: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n));
  return out;
}

/** Every quoted passage of two or more words in the dataset's facts and claims, as words. */
export function datasetQuotes(dataset: DatasetTexts): string[][] {
  const out: string[][] = [];
  for (const entity of dataset.entities) {
    for (const fact of entity.facts) {
      for (const text of [fact.text, ...(fact.disputed?.claims.map((c) => c.text) ?? [])]) {
        for (const passage of quotedPassages(text)) {
          const w = words(passage);
          if (w.length >= 2) out.push(w);
        }
      }
    }
  }
  return out;
}

export function readSeeds(dir: string): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

export function buildSeedHashes(seeds: readonly { file: string; text: string }[], dataset: DatasetTexts): SeedHashes {
  const files: SeedHashes['files'] = {};
  const joined: string[] = [];
  for (const seed of seeds) {
    const list = words(seed.text);
    files[seed.file] = { words: list.length, runs: [...new Set(runs(list, RUN).map(hashRun))].sort().join(' ') };
    joined.push(` ${list.join(' ')} `);
  }
  const quotes = new Set<string>();
  for (const passage of datasetQuotes(dataset)) {
    if (joined.some((seed) => seed.includes(` ${passage.join(' ')} `))) quotes.add(hashRun(passage));
  }
  return { format: FORMAT, run: RUN, files, quotes: [...quotes].sort() };
}

export function serialize(hashes: SeedHashes): string {
  return `${JSON.stringify(hashes, null, 2)}\n`;
}

export const ROOT = path.resolve(import.meta.dirname, '..');
export const HASHES_FILE = path.join(ROOT, 'tests/core/dataset/seed-hashes.json');
/** ../shared/seeds beside the repository, or LENS_SEEDS_DIR. */
export const DEFAULT_SEEDS_DIR = process.env.LENS_SEEDS_DIR
  ? path.resolve(process.env.LENS_SEEDS_DIR)
  : path.resolve(ROOT, '../shared/seeds');

function main(args: string[]): number {
  const check = args.includes('--check');
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_SEEDS_DIR);
  if (!existsSync(dir)) {
    console.error(`seed-hashes: no seed articles at ${dir} (pass the folder, or set LENS_SEEDS_DIR)`);
    return 2;
  }
  const dataset = JSON.parse(readFileSync(path.join(ROOT, 'assets/dataset.json'), 'utf8')) as DatasetTexts;
  const text = serialize(buildSeedHashes(readSeeds(dir), dataset));
  if (check) {
    const current = existsSync(HASHES_FILE) ? readFileSync(HASHES_FILE, 'utf8') : '';
    if (current === text) return 0;
    console.error(`seed-hashes: ${path.relative(ROOT, HASHES_FILE)} is out of date; run node scripts/seed-hashes.ts ${dir}`);
    return 1;
  }
  writeFileSync(HASHES_FILE, text);
  console.log(`seed-hashes: wrote ${path.relative(ROOT, HASHES_FILE)} from ${dir}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
