/** Types of scripts/corpus-run.mjs, for tests/e2e/corpus.e2e.ts. */
import type { BrowserContext } from 'playwright-core';
import type { PageScore, Painted } from './corpus-lib.mjs';

export interface PageResult {
  id: string;
  about: 'ai' | 'other';
  painted: Painted[];
  /** Requests to anywhere but 127.0.0.1 (blocked). */
  outside: string[];
  score?: PageScore;
}
export declare const CHROME_BUILD: string;
export declare function runCorpus(
  context: BrowserContext,
  origin: string,
  options?: { only?: string[] | null; withCandidates?: boolean },
): Promise<{ results: PageResult[] }>;
