#!/usr/bin/env node
/**
 * `npm run corpus`: measures the built extension (.output/chrome-mv3, or $LENS_OUT_DIR/chrome-mv3) on
 * the real-page corpus in tests/fixtures/corpus and prints what it highlights on pages not about AI
 * and recall/precision on the labelled pages about AI. Builds nothing.
 *
 *   node scripts/corpus-measure.mjs [--json out.json] [--only id,id] [--candidates]
 */
import { writeFileSync } from 'node:fs';
import { launch, runCorpus, serveCorpus } from './corpus-run.mjs';
import { totals } from './corpus-lib.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const withCandidates = args.includes('--candidates');

const server = await serveCorpus();
const browser = await launch();
let report;
try {
  report = await runCorpus(browser.context, server.origin, { only, withCandidates });
} finally {
  await browser.close();
  await server.close();
}
const { results } = report;
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(results, null, 1));

const pct = (x) => x.toFixed(3);
const other = results.filter((r) => r.about === 'other');
const lit = other.filter((r) => r.painted.length > 0);
console.log(`\nPages not about AI: ${lit.length} of ${other.length} with any highlight (target: at most 1 in 40)`);
for (const r of lit) {
  const words = {};
  for (const p of r.painted) words[p.text] = (words[p.text] ?? 0) + 1;
  console.log(`  ${r.id}: ${Object.entries(words).map(([w, n]) => `${w}${n > 1 ? ` x${n}` : ''}`).join(', ')}`);
}
const outside = results.filter((r) => r.outside.length > 0);
if (outside.length) console.log(`\nPages that tried to load from outside 127.0.0.1: ${outside.map((r) => `${r.id} (${r.outside.length})`).join(', ')}`);

const ai = results.filter((r) => r.score);
console.log(`\nPages about AI: ${ai.length} labelled`);
const scores = ai.map((r) => r.score);
for (const [name, filter] of [
  ['core names', (k) => k.startsWith('core/')],
  ['core, confident aliases', (k) => k === 'core/confident'],
  ['core, ambiguous aliases', (k) => k === 'core/ambiguous'],
  ['peripheral entities', (k) => k.startsWith('peripheral/')],
  ['all', () => true],
]) {
  const t = totals(scores, filter);
  console.log(`  ${name.padEnd(26)} recall ${pct(t.recall)} (${t.tp}/${t.tp + t.fn})  precision ${pct(t.precision)} (${t.tp}/${t.tp + t.fp})`);
}
for (const r of ai) {
  const { misses, wrong, problems } = r.score;
  if (!misses.length && !wrong.length && !problems.length) continue;
  console.log(`\n  ${r.id}: ${misses.length} missed, ${wrong.length} wrong`);
  for (const m of misses) console.log(`    missed ${m.entity}: ${m.context}`);
  for (const w of wrong) console.log(`    wrong  ${w.entity}: ${w.context}`);
  for (const p of problems) console.log(`    LABEL  ${p}`);
}
if (withCandidates) {
  for (const r of results.filter((x) => x.about === 'ai')) {
    console.log(`\n## candidates ${r.id}`);
    for (const c of r.candidates) console.log(`  ${c.ids.join('|')}\t"${c.text}"#${c.occurrence}\t${c.context}`);
  }
}
