/**
 * Shared helpers for the dataset tests: the seed articles, text walking, and a parser that finds
 * the figures written in a sentence ("$2.5 billion", "40%", "20 to 21%", "100 million users").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../../lib/core/dataset/types';
import { HASHES_FILE, quotedPassages, words, type SeedHashes } from '../../../scripts/seed-hashes.ts';

export { quotedPassages, words };
/**
 * The seed articles the tests may regenerate the hashes from: only a folder given in LENS_SEEDS_DIR.
 * The tests never look beside the repository, so a plain clone runs exactly what anyone else's does.
 */
export const SEEDS_DIR: string | null = process.env.LENS_SEEDS_DIR ? path.resolve(process.env.LENS_SEEDS_DIR) : null;

/**
 * What the checks know of the seed articles: hashes of their seven-word runs and of the quoted
 * passages they contain (tests/core/dataset/seed-hashes.json, made by scripts/seed-hashes.ts). The articles
 * themselves are outside the repository and are read only when LENS_SEEDS_DIR names them, to prove
 * these hashes are up to date, never needed for the checks.
 */
export function seedHashes(): SeedHashes {
  return JSON.parse(readFileSync(HASHES_FILE, 'utf8')) as SeedHashes;
}

/** The text with its double-quoted passages cut out, as separate pieces (so n-grams never bridge a cut). */
export function unquotedPieces(text: string): string[] {
  return text.split(/["“][^"“”]*["”]/g);
}

export interface ParsedFigure {
  value: number;
  unit: string;
  raw: string;
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  million: 1e6,
  thousand: 1e3,
  t: 1e12,
  b: 1e9,
  m: 1e6,
  k: 1e3,
};

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toNumber = (s: string) => Number(s.replace(/,/g, ''));
/** Round to 9 significant digits so that 2.5 × 1e9 compares equal to 2500000000. */
const tidy = (n: number) => Number(n.toPrecision(9));

/**
 * Finds the figures written in `text`. Names that contain digits (model names such as "GPT-5.2",
 * "Claude 3.5 Sonnet", "Dota 2") are removed first, by passing every alias and name as `names`;
 * dates ("June 2024", "late 2022", "2021") are removed next; then money, percentages (and ranges of
 * them), multipliers and counts with a unit word are read. Any digit left over is reported in
 * `leftovers`, so a figure the parser cannot read fails loudly instead of being skipped.
 */
export function parseFigures(text: string, names: readonly string[]): { figures: ParsedFigure[]; leftovers: string[] } {
  let rest = text;
  const withDigits = [...new Set(names.filter((n) => /\d/.test(n)))].sort((a, b) => b.length - a.length);
  for (const name of withDigits) {
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  // Dates: "11 July 2025", "July 2025", then bare years (not money, not followed by a unit).
  rest = rest.replace(new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}\\b`, 'g'), ' ');
  rest = rest.replace(
    /(?<![$\d.,])\b(?:19|20)\d{2}s?\b(?!\s*(?:%|percent|[x×]\b|[.,]\d|(?:thousand|million|billion|users|people|employees|developers|engineers|years|months|days|hours)\b))/g,
    ' ',
  );

  const figures: ParsedFigure[] = [];
  const take = (re: RegExp, read: (m: RegExpExecArray) => { value: number; unit: string }[]) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      for (const f of read(m)) figures.push({ ...f, value: tidy(f.value), raw: m[0] });
      return ' ';
    });
  };
  const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
  // Ranges of percentages: "20 to 21%", "20–21%".
  take(new RegExp(`${NUM}\\s*(?:to|–|-)\\s*${NUM}\\s*(?:%|\\s+percent\\b)`, 'g'), (m) => [
    { value: toNumber(m[1]!), unit: 'percent' },
    { value: toNumber(m[2]!), unit: 'percent' },
  ]);
  take(new RegExp(`${NUM}\\s*(?:%|\\s+percent\\b)`, 'g'), (m) => [{ value: toNumber(m[1]!), unit: 'percent' }]);
  take(new RegExp(`\\$\\s?${NUM}(?:\\s*(trillion|billion|million|thousand)\\b|([TBMK])\\b)?`, 'gi'), (m) => {
    const scale = (m[2] ?? m[3])?.toLowerCase();
    return [{ value: toNumber(m[1]!) * (scale ? SCALE[scale]! : 1), unit: 'USD' }];
  });
  take(new RegExp(`${NUM}\\s*(?:[x×](?![\\p{L}\\p{N}])|\\s+times\\b)`, 'gu'), (m) => [{ value: toNumber(m[1]!), unit: 'multiplier' }]);
  take(new RegExp(`${NUM}(?:\\s+(trillion|billion|million|thousand))?\\s+([a-z]+)`, 'g'), (m) => {
    const scale = m[2]?.toLowerCase();
    return [{ value: toNumber(m[1]!) * (scale ? SCALE[scale]! : 1), unit: m[3]! }];
  });
  const leftovers = rest.match(/\S*\d\S*/g) ?? [];
  return { figures, leftovers };
}

/** Every alias text and entity name in a dataset (to keep model names out of the figure parser). */
export function allNames(dataset: Dataset): string[] {
  return dataset.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
}

export const figureKey = (f: { value: number; unit: string }) => `${tidy(f.value)} ${f.unit}`;
