#!/usr/bin/env node
/**
 * The house's measures (issue 15), on whatever tree is checked out, so the same numbers can be taken
 * before and after the layers: the longest functions (TypeScript's parser, lines from the first to the
 * last line of the function), files over 400 lines, runtime imports reaching past another folder's
 * index, settings and dataset reads and subscriptions the content script's code makes at start (see
 * ./house/subscriptions.mjs), `duplicates` pairs
 * over lib/ and the built content script's size.
 *
 *   node scripts/house-metrics.mjs            # all but the build
 *   node scripts/house-metrics.mjs --build    # also runs `npm run build:chrome` and weighs content.js
 *   node scripts/house-metrics.mjs --json     # the same as JSON
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { codeFiles, libFolderOf, parse, references, rel, resolveReference, ROOT, walk } from './house/source.mjs';
import { subscriptionSites } from './house/subscriptions.mjs';

const args = new Set(process.argv.slice(2));
const LAYERS = ['core', 'platform', 'ui', 'page', 'surfaces'];
const FILE_LIMIT = 400;
const FUNCTION_LIMIT = 100;

const sourceOf = (dir) => walk(join(ROOT, dir), (p) => /\.(ts|tsx)$/.test(p) && !p.endsWith('.d.ts'));
const appFiles = () => [...sourceOf('lib'), ...sourceOf('entrypoints')];

function functionName(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText();
  }
  if (ts.isCallExpression(parent)) return `<callback of ${parent.expression.getText().slice(0, 40)}>`;
  if (ts.isExportAssignment(parent)) return '<default export>';
  return '<anonymous>';
}

export function longestFunctions(files = appFiles()) {
  const all = [];
  for (const file of files) {
    const source = parse(file);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        all.push({ name: functionName(node), file: rel(file), line: first + 1, lines: last - first + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return all.sort((a, b) => b.lines - a.lines);
}

export function longFiles(files = appFiles()) {
  return files
    .map((file) => ({ file: rel(file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > FILE_LIMIT)
    .sort((a, b) => b.lines - a.lines);
}

/** Runtime imports from one lib folder (or an entrypoint) into another lib folder, past its index. */
export function deepImports(files = [...sourceOf('lib'), ...sourceOf('entrypoints')]) {
  const found = [];
  for (const file of files) {
    const from = rel(file);
    const fromFolder = libFolderOf(from, LAYERS) ?? 'entrypoints';
    for (const ref of references(parse(file))) {
      if (ref.typeOnly || !['import', 'export', 'dynamic', 'mock'].includes(ref.kind)) continue;
      const target = resolveReference(file, ref);
      if (!target) continue;
      const to = rel(target.path);
      const toFolder = libFolderOf(to, LAYERS);
      if (!toFolder || toFolder === fromFolder) continue;
      if (/^index\.tsx?$/.test(to.slice(toFolder.length + 1))) continue;
      found.push({ from, to, specifier: ref.text, style: /\.css$/.test(to) });
    }
  }
  return found;
}

export function duplicatePairs() {
  try {
    const out = execFileSync('duplicates', ['--repo', join(ROOT, 'lib'), '--most', '200', '--seconds', '120'], {
      encoding: 'utf8',
    });
    const first = out.split('\n')[0];
    const rows = out.split('\n').filter((l) => /^D\d+ /.test(l));
    return { summary: first, pairs: rows.length, rows };
  } catch (error) {
    return { summary: `duplicates did not run: ${error.message}`, pairs: null, rows: [] };
  }
}

/** The content script's weight: in Chrome the loader (content.js) and the code it imports (lens.js). */
export function contentScriptSize(build) {
  const folder = join(ROOT, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3/content-scripts');
  if (build) execFileSync('npm', ['run', 'build:chrome'], { cwd: ROOT, stdio: 'ignore' });
  const weigh = (name) => {
    const file = join(folder, name);
    if (!existsSync(file)) return null;
    return { file: rel(file), bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
  };
  const loader = weigh('content.js');
  return loader && { ...loader, module: weigh('lens.js') };
}

function main() {
  const functions = longestFunctions();
  const result = {
    longestFunctions: functions.slice(0, 15),
    functionsOver100: functions.filter((f) => f.lines > FUNCTION_LIMIT).length,
    filesOver400: longFiles(),
    deepImports: deepImports(),
    atStart: subscriptionSites(),
    duplicates: duplicatePairs(),
    contentScript: contentScriptSize(args.has('--build')),
  };
  if (args.has('--json')) return console.log(JSON.stringify(result, null, 2));
  const out = [];
  out.push(`Longest functions (lib/, entrypoints/; ${result.functionsOver100} over ${FUNCTION_LIMIT} lines):`);
  for (const f of result.longestFunctions) out.push(`  ${String(f.lines).padStart(4)}  ${f.name}  ${f.file}:${f.line}`);
  out.push(`Files over ${FILE_LIMIT} lines: ${result.filesOver400.length}`);
  for (const f of result.filesOver400) out.push(`  ${String(f.lines).padStart(4)}  ${f.file}`);
  const code = result.deepImports.filter((d) => !d.style);
  out.push(`Runtime imports past another folder's index: ${code.length} (+${result.deepImports.length - code.length} stylesheets)`);
  for (const d of result.deepImports) out.push(`  ${d.from} -> ${d.to}${d.style ? '  (stylesheet)' : ''}`);
  for (const what of ['settings', 'dataset']) {
    const sites = result.atStart.filter((c) => c.what === what);
    const reads = sites.filter((c) => c.kind === 'read').length;
    const label = what === 'settings' ? 'Settings' : "The person's dataset";
    out.push(`${label} per frame at content-script start: ${sites.length - reads} subscriptions (each reads once), ${reads} other reads`);
    for (const c of sites) out.push(`  ${c.kind.padEnd(5)} ${c.call}  ${c.at}`);
  }
  out.push(`duplicates over lib/: ${result.duplicates.summary}`);
  for (const row of result.duplicates.rows) out.push(`  ${row}`);
  const size = result.contentScript;
  out.push(
    size
      ? `Content script: ${size.bytes} bytes (${(size.bytes / 1024).toFixed(1)} kB), ${size.gzip} gzipped  ${size.file}${
          size.module ? `; the module it imports: ${size.module.bytes} bytes (${(size.module.bytes / 1024).toFixed(1)} kB), ${size.module.gzip} gzipped  ${size.module.file}` : ''
        }`
      : 'Content script: not built (run with --build)',
  );
  console.log(out.join('\n'));
}

main();
