/**
 * The matcher of the dataset in use. The bundled dataset's rules and patterns were compiled at build
 * time, the automaton's trie and links included (scripts/matcher-snapshot-plugin.ts), so a frame that
 * reads with it only turns them into typed arrays; any other dataset (the bundled one merged with the
 * person's own) is compiled here.
 */
import snapshotText from 'virtual:lens-matcher-snapshot';
import { bundledDataset } from '../dataset';
import type { CompiledSource } from './compile';
import { createMatcher, type Matcher, type MatcherSource } from './matcher';

let snapshot: CompiledSource | null = null;

/** The bundled dataset's compiled source, parsed once, on the first matcher built for it. */
export function bundledSnapshot(): CompiledSource | null {
  if (snapshotText === null) return null;
  return (snapshot ??= JSON.parse(snapshotText) as CompiledSource);
}

export function matcherFor(source: MatcherSource): Matcher {
  const compiled = source === bundledDataset ? bundledSnapshot() : null;
  return createMatcher(source, compiled ? { compiled } : {});
}
