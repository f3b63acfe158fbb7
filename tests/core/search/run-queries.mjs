/**
 * Prints top-1 and top-3 accuracy per kind of the search query set (tests/core/search/queries.json)
 * against the current lib/core/search, and each query whose first result is wrong.
 *   node tests/core/search/run-queries.mjs            (add --quiet to leave out the misses)
 */
import { closeModules, loadModules } from '../../../scripts/ssr-load.mjs';

try {
  const [{ createEntitySearch }, { bundledDataset }, { scoreQuerySet, formatTallies }] = await loadModules([
    '/lib/core/search/index.ts',
    '/lib/core/dataset/index.ts',
    '/tests/core/search/query-set.ts',
  ]);
  const search = createEntitySearch(bundledDataset);
  const tallies = scoreQuerySet((q) => search.search(q, 20).map((hit) => hit.entity.id));
  console.log(formatTallies(tallies));
  if (!process.argv.includes('--quiet')) {
    console.log('\nfirst result wrong:');
    for (const [kind, t] of tallies) {
      if (['names+typos', 'role+deed', 'answerable'].includes(kind)) continue;
      for (const m of t.misses) console.log(`  ${kind.padEnd(9)} ${JSON.stringify(m.query)} want ${m.expect.join('|') || '(nothing)'} got ${m.got.join(', ') || '(nothing)'}`);
    }
  }
} finally {
  await closeModules();
}
