/**
 * Where the extension's time goes, from a page-cost trace recorded with nothing attached to the page
 * (bench/page-cost.bench.mjs with BENCH_CPU_PROFILE=1 BENCH_TRACE_DIR=dir): V8's samples of every
 * thread in the trace, self and total time by function for chrome-extension:// code. Unlike
 * bench/profile.mjs, no inspector listens to the page, so start-up is measured as a person pays it
 * (the sampler itself still adds a little). Build unminified for names:
 *   LENS_NO_MINIFY=1 LENS_OUT_DIR=/tmp/lens-prof npx wxt build
 *   LENS_OUT_DIR=/tmp/lens-prof BENCH_QUICK=1 BENCH_PAGES=big BENCH_CPU_PROFILE=1 BENCH_TRACE_DIR=/tmp/tr node bench/page-cost.bench.mjs
 *   node bench/trace-profile.mjs /tmp/tr/big-with-*.json
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/trace-profile.mjs trace.json [rows]');
const ROWS = Number(process.argv[3] ?? 35);
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));

/** One profile per (pid, id): its nodes and samples arrive in chunks. */
const profiles = new Map();
for (const e of traceEvents) {
  if (e.name !== 'ProfileChunk') continue;
  const key = `${e.pid}:${e.id}`;
  let p = profiles.get(key);
  if (!p) profiles.set(key, (p = { nodes: new Map(), samples: [], deltas: [] }));
  const data = e.args?.data ?? {};
  for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
  p.samples.push(...(data.cpuProfile?.samples ?? []));
  p.deltas.push(...(data.timeDeltas ?? []));
}

const ours = (n) => n.callFrame.url?.startsWith('chrome-extension://');
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${(n.callFrame.lineNumber ?? 0) + 1}`;
const self = new Map();
const total = new Map();
const add = (m, k, ms) => m.set(k, (m.get(k) ?? 0) + ms);
let extMs = 0;
for (const p of profiles.values()) {
  p.samples.forEach((id, i) => {
    const ms = (p.deltas[i + 1] ?? p.deltas[i] ?? 0) / 1000;
    const chain = [];
    for (let n = p.nodes.get(id); n; n = p.nodes.get(n.parent)) chain.push(n);
    const first = chain.find(ours);
    if (!first) return;
    extMs += ms;
    const leaf = chain[0];
    add(self, label(first), ms);
    if (leaf !== first) add(self, `  [${leaf.callFrame.functionName || leaf.callFrame.url || '?'}] under ${label(first)}`, ms);
    for (const k of new Set(chain.filter(ours).map(label))) add(total, k, ms);
  });
}
const top = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, ROWS)
    .map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((ms / extMs) * 100).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`${file}: ${extMs.toFixed(0)} ms sampled in extension code\n-- self --\n${top(self)}\n-- total --\n${top(total)}`);
