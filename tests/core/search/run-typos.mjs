/**
 * Prints top-1 and top-3 recall per kind of the typo battery (tests/core/search/typo-battery.ts: typos
 * generated from every name and alias of the bundled dataset) against the current lib/core/search, as
 * the popup searches (`search(query.trim(), 20)`).
 *   node tests/core/search/run-typos.mjs             (add --misses to list each query whose first result is wrong)
 *   node tests/core/search/run-typos.mjs --sample 2  (1 in 2 single edits, as typo-battery.test.ts runs it)
 */
import { closeModules, loadModules } from '../../../scripts/ssr-load.mjs';

try {
  const [{ createEntitySearch }, { bundledDataset }, { generateTypoBattery, sampleSingleEdits, scoreTypoBattery, formatTypoTallies, TYPO_KINDS }] =
    await loadModules(['/lib/core/search/index.ts', '/lib/core/dataset/index.ts', '/tests/core/search/typo-battery.ts']);
  const search = createEntitySearch(bundledDataset);
  const at = process.argv.indexOf('--sample');
  const every = at < 0 ? 1 : Number(process.argv[at + 1]);
  const queries = sampleSingleEdits(generateTypoBattery(bundledDataset), every);
  const started = performance.now();
  const tallies = scoreTypoBattery((q) => search.search(q.trim(), 20).map((hit) => hit.entity.id), queries);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${bundledDataset.entities.length} entities, ${queries.length} queries${every > 1 ? ` (1 in ${every} single edits)` : ''} in ${seconds.toFixed(1)} s\n`);
  console.log(formatTypoTallies(tallies));
  if (process.argv.includes('--misses')) {
    console.log('\nfirst result wrong:');
    for (const kind of TYPO_KINDS) {
      for (const m of tallies.get(kind)?.misses ?? []) {
        console.log(`  ${kind.padEnd(17)} ${JSON.stringify(m.query).padEnd(28)} <- ${JSON.stringify(m.source).padEnd(26)} want ${m.expect} got ${m.got.join(', ') || '(nothing)'}`);
      }
    }
  }
} finally {
  await closeModules();
}
