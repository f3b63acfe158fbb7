/**
 * The matcher of the dataset in use. The bundled dataset's rules and patterns were compiled at build
 * time (scripts/matcher-snapshot-plugin.ts), so a frame that reads with it only builds the automaton;
 * any other dataset (the bundled one merged with the person's own) is compiled here.
 */
import snapshot from 'virtual:lens-matcher-snapshot';
import { bundledDataset } from '../dataset';
import { createMatcher, type Matcher, type MatcherSource } from './matcher';

export function matcherFor(source: MatcherSource): Matcher {
  return createMatcher(source, source === bundledDataset && snapshot ? { compiled: snapshot } : {});
}
