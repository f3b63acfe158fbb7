/**
 * Runs every bench/*.bench.mjs in turn (each prints its own table); fails if any of them fails. The
 * page-cost bench (what a page pays, from outside, with a Chrome trace) runs first: it is the headline;
 * the others are in-page micro benchmarks.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort((a, b) => (a === 'page-cost.bench.mjs' ? -1 : b === 'page-cost.bench.mjs' ? 1 : a.localeCompare(b)));
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, [resolve(dir, file)], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${run.status ?? run.signal})`);
  }
}
if (files.length === 0) console.log('No bench/*.bench.mjs files.');
process.exit(failed ? 1 : 0);
