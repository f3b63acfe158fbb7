/**
 * `virtual:lens-matcher-snapshot`: the bundled dataset's matcher source (rules, patterns, what each
 * pattern stands for, the automaton's trie, failure links and output lists) compiled at build time, as
 * a JSON string. Every frame used to work it out at start, in code that runs once and so runs slowly:
 * the rules were about half of building the matcher on a cold start, and the automaton's loops most
 * of the rest (the page-cost A/B of the quiet page: 0.89x of our CPU,
 * docs/bench-runs/2026-12-07-session6-prebuilt-automaton-ab.txt; the bundle is about 75 KB larger).
 * Only the bundled dataset has one: a dataset the person added is compiled in the page
 * (lib/core/match/bundled.ts decides). Under `wxt dev` it is null, so an edit of the matcher's code is
 * never paired with a snapshot made by older code. (`vitest` in watch mode keeps the plugin's copy of
 * the matcher's code: restart it after editing lib/core/match; `vitest run`, as `npm test` runs it, is
 * always fresh.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileSource } from '../lib/core/match/compile';
import { DEFAULT_BLOCKERS } from '../lib/core/match/traps';

const ID = 'virtual:lens-matcher-snapshot';
const RESOLVED = `\0${ID}`;

/** The snapshot's text: what compileSource gives for `datasetFile` with the matcher's default options. */
export function matcherSnapshotText(datasetFile = resolve('assets/dataset.json')): string {
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8'));
  return JSON.stringify(compileSource(dataset, DEFAULT_BLOCKERS, true));
}

export function matcherSnapshot(): Plugin {
  let development = false;
  return {
    name: 'lens-matcher-snapshot',
    configResolved(config) {
      development = config.mode === 'development';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (development) return 'export default null;';
      const file = resolve('assets/dataset.json');
      this.addWatchFile(file);
      // A string, parsed on the first matcher built: a frame that never builds one never parses it.
      return `export default ${JSON.stringify(matcherSnapshotText(file))};`;
    },
  };
}
