/** Types of scripts/corpus-lib.mjs (the corpus measurement), for tests/e2e/corpus.e2e.ts. */
export interface Bucket { tp: number; fn: number; fp: number }
export interface Miss { entity: string; text: string; occurrence: number; context: string }
export interface Wrong { entity: string; text: string; context: string }
export interface PageScore {
  /** Keys: 'core/confident', 'core/ambiguous', 'peripheral/confident', 'peripheral/ambiguous'. */
  buckets: Record<string, Bucket>;
  misses: Miss[];
  wrong: Wrong[];
  problems: string[];
  inCodeBlocks: number;
}
export interface Painted { type: string; text: string; start: number; end: number }
export declare const ROOT: string;
export declare const CORPUS_DIR: string;
export declare function totals(
  scores: PageScore[],
  filter?: (key: string) => boolean,
): Bucket & { recall: number; precision: number };
