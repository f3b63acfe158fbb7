/** Types of ./trace.mjs. */
export const CATEGORIES: string[];
export function scriptUrl(event: unknown): string | undefined;
export interface TraceFigures {
  mainMs: number;
  extensionMs: number;
  extensionCompileMs: number;
  microtaskMs: number;
  styleMs: number;
  layoutMs: number;
  intersectionsMs: number;
  longestExtensionTaskMs: number;
  longestExtensionTaskWallMs: number;
  scriptMs: Record<string, number>;
}
export function analyseTrace(events: unknown[], origin: string, scripts?: string[]): TraceFigures;
