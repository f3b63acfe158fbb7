#!/usr/bin/env node
/**
 * Moves lib/'s folders into layers (issue 15) in one deterministic step, on whatever files exist when it
 * runs, and rewrites every path that names a moved file:
 *
 *   lib/core/      pure: no DOM, no browser API (dataset, match, search, format, i18n, routes)
 *   lib/platform/  what every context shares over the browser's storage and messaging
 *                  (messaging, settings, userdata, annotations: the notes as data)
 *   lib/ui/        Preact pieces shown both in the page's shadow roots and on the extension's pages (markdown)
 *   lib/page/      the content script's side, in the page (scan, detect, paint, card, content, annotator)
 *   lib/surfaces/  the extension's own pages (popup, options, sidepanel, race, entity-view, download)
 *   lib/background the background (stays where it is: a layer of one folder)
 *
 * lib/annotate is split: the notes as data (model, anchoring on text, storage, import/export, and every
 * file those import) go to lib/platform/annotations, the rest (the annotator in the page) to
 * lib/page/annotator; its index is split by what each line re-exports, and every import of the old index
 * is split by name. tests/<folder> follows its folder (tests/annotate file by file, by what it imports).
 *
 * Rewritten: relative and `@/` specifiers of import/export/import()/import types/vi.mock()/
 * import.meta.glob(), `resolve(import.meta.dirname | __dirname, '…')` and `new URL('…', import.meta.url)`
 * in lib/, entrypoints/, tests/, bench/, scripts/ and the root configs (each resolved to its file before
 * the move, then recomputed); root-relative path strings ('lib/race/index.ts', 'tests/i18n/setup-locale.ts')
 * in those files, README.md, docs/, tsconfig.json, package.json and assets/dataset.schema.json.
 * CHANGELOG.md is history and keeps its paths.
 *
 *   node scripts/relayer.mjs --dry-run      # prints the plan, changes nothing
 *   node scripts/relayer.mjs --check        # applies it to a scratch worktree of HEAD, runs the typecheck
 *                                           # and tests/conventions there, removes the scratch
 *   node scripts/relayer.mjs                # applies it here (needs a clean tree; refuses a moved one)
 *   --place <folder>=<layer>                # where a folder the plan does not know goes (repeatable)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ALIAS, codeFiles, libFolderOf, parse, references, rel, resolveReference, ROOT, specifierTo, walk } from './house/source.mjs';

export const LAYERS = ['core', 'platform', 'ui', 'page', 'surfaces'];

/** Where each lib folder goes. `background` stays at lib/background. */
export const PLAN = {
  dataset: 'core',
  match: 'core',
  search: 'core',
  format: 'core',
  i18n: 'core',
  routes: 'core',
  messaging: 'platform',
  settings: 'platform',
  userdata: 'platform',
  scan: 'page',
  detect: 'page',
  paint: 'page',
  card: 'page',
  content: 'page',
  popup: 'surfaces',
  options: 'surfaces',
  sidepanel: 'surfaces',
  race: 'surfaces',
  'entity-view': 'surfaces',
  download: 'surfaces',
  markdown: 'ui',
  background: 'background',
};

/** lib/annotate is split in two; the data half is these files and all they import at runtime. */
export const SPLIT = {
  folder: 'annotate',
  data: 'platform/annotations',
  page: 'page/annotator',
  seeds: ['model', 'anchor', 'fuzzy', 'url', 'export', 'import', 'store'],
  pageSeeds: ['annotator', 'anchor-dom', 'page-anchors', 'page-watch', 'paint', 'text-index'],
};

/** Single files that move on their own (old → new, from the root). */
const FILE_MOVES = {
  'tests/options/conventions.test.ts': 'tests/conventions/no-html.test.ts',
  'tests/conventions/layers.test.ts.pending': 'tests/conventions/layers.test.ts',
  // The entity types' labels are words for the dataset's types, used on the page (annotator) and on the
  // surfaces alike: in the core beside the types, the page does not reach into a surface for them.
  'lib/entity-view/type-labels.ts': 'lib/core/dataset/type-labels.ts',
};

const DATA_HEADER = `/**
 * Research annotations as data: W3C Web Annotations (the model), anchoring on a page's text (exact, then
 * quote, then fuzzy), storage in storage.local one key per page, and export/import (JSON-LD, Markdown,
 * CSV). Read by the annotator in the page and by the side panel, popup and options page.
 */
`;
const PAGE_HEADER = `/**
 * The annotator's page half: selections become notes, saved notes are anchored in the page's DOM and
 * painted, and the adder, editor and popover live in a shadow root. Its data is lib/platform/annotations.
 */
`;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const placed = Object.fromEntries(
  args.flatMap((a, i) => (a === '--place' ? [args[i + 1].split('=')] : a.startsWith('--place=') ? [a.slice(8).split('=')] : [])),
);

const abs = (relPath) => join(ROOT, relPath);
const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' });
const isDir = (p) => existsSync(p) && statSync(p).isDirectory();

function fail(lines) {
  console.error(['relayer: nothing was changed.', ...[lines].flat()].join('\n'));
  process.exit(1);
}

// ---------------------------------------------------------------- the plan, from the tree as it is

function destinationOf(folder) {
  const layer = placed[folder] ?? PLAN[folder];
  if (!layer) return undefined;
  if (layer === 'background') return `lib/${folder}`;
  if (!LAYERS.includes(layer)) fail(`--place ${folder}=${layer}: the layers are ${LAYERS.join(', ')}, background`);
  return `lib/${layer}/${folder}`;
}

/** A guess for a folder the plan does not know, for the message that asks where it goes. */
function suggestLayer(folder) {
  const text = walk(abs(`lib/${folder}`), (p) => /\.(ts|tsx)$/.test(p)).map((f) => readFileSync(f, 'utf8')).join('\n');
  if (/content-script|from '\.\.\/(scan|detect|paint|card)\b/.test(text)) return 'page';
  if (/\b(document|window)\b|wxt\/browser|from 'preact/.test(text)) return 'surfaces or platform';
  return 'core';
}

function preflight() {
  const already = LAYERS.filter((layer) => layer !== 'ui' && isDir(abs(`lib/${layer}`)));
  if (already.length) fail(`lib/ is already in layers (${already.map((l) => `lib/${l}`).join(', ')} exist): run it on the tree before the move.`);
  if (!flag('--dry-run') && !flag('--allow-dirty')) {
    const dirty = git('status', '--porcelain', '--untracked-files=no').trim();
    if (dirty) fail(['The work tree has uncommitted changes; commit them first so the move can be reset:', dirty]);
  }
  const folders = readdirSync(abs('lib')).filter((n) => isDir(abs(`lib/${n}`)));
  const unknown = folders.filter((f) => f !== SPLIT.folder && !destinationOf(f));
  if (unknown.length) {
    fail([
      'These lib/ folders are not in the plan; say where each goes with --place <folder>=<layer>:',
      ...unknown.map((f) => `  lib/${f}  (its code suggests: ${suggestLayer(f)})`),
    ]);
  }
  const loose = readdirSync(abs('lib')).filter((n) => !isDir(abs(`lib/${n}`)));
  if (loose.length) fail(`Files directly in lib/ have no folder to follow: ${loose.join(', ')}`);
  return folders;
}

/** The files of `dir` a file imports at runtime, or also for types (not its index). */
function localImports(dir, file, types = false) {
  if (!/\.(ts|tsx)$/.test(file)) return [];
  return references(parse(file))
    .filter((ref) => (types || !ref.typeOnly) && ['import', 'export', 'dynamic', 'import-type'].includes(ref.kind))
    .map((ref) => resolveReference(file, ref)?.path)
    .filter((path) => path && path.startsWith(dir + '/') && path !== join(dir, 'index.ts'));
}

/** Code that belongs in the page: the DOM, a UI in it, the content script's helpers. */
const PAGE_CODE = /\b(document|window)\b|from 'preact|wxt\/utils\/content-script|createShadowRootUi/;

/**
 * The files of lib/annotate that form its data half: the data seeds and all they import at runtime,
 * then every other file that neither is a page seed (or under a subfolder) nor touches the page nor
 * imports (even only its types) a file of the page half. So a new file lands by what it does.
 */
function dataHalf(dir) {
  const files = walk(dir).filter((f) => f !== join(dir, 'index.ts'));
  const half = new Set();
  const queue = files.filter((f) => dirname(f) === dir && SPLIT.seeds.includes(basename(f).replace(/\.tsx?$/, '')));
  while (queue.length) {
    const file = queue.pop();
    if (half.has(file)) continue;
    half.add(file);
    queue.push(...localImports(dir, file));
  }
  const page = new Set(
    files.filter(
      (f) =>
        !half.has(f) &&
        (SPLIT.pageSeeds.includes(basename(f).replace(/\.tsx?$/, '')) ||
          relative(dir, f).includes('/') ||
          PAGE_CODE.test(readFileSync(f, 'utf8'))),
    ),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of files) {
      if (half.has(f) || page.has(f) || !localImports(dir, f, true).some((g) => page.has(g))) continue;
      page.add(f);
      grew = true;
    }
  }
  for (const f of files) if (!page.has(f)) half.add(f);
  return half;
}

/** The lib files a test file reaches with runtime imports. */
function libTargets(file) {
  return references(parse(file))
    .filter((r) => !r.typeOnly && ['import', 'export', 'dynamic', 'mock'].includes(r.kind))
    .map((r) => resolveReference(file, r))
    .filter((t) => t && rel(t.path).startsWith('lib/'))
    .map((t) => t.path);
}

/**
 * { files: Map(oldAbs → newAbs), dirs: Map(oldAbs → newAbs), ambiguous: Set(oldAbs) }: every path that
 * moves. Single files win over folders, the longest folder over shorter ones.
 */
function buildPlan(folders) {
  const files = new Map();
  const dirs = new Map();
  const ambiguous = new Set();
  for (const folder of folders) {
    if (folder === SPLIT.folder) continue;
    const to = destinationOf(folder);
    if (to !== `lib/${folder}`) dirs.set(abs(`lib/${folder}`), abs(to));
    const tests = abs(`tests/${folder}`);
    const testsTo = abs(to.replace(/^lib\//, 'tests/'));
    if (isDir(tests) && tests !== testsTo) dirs.set(tests, testsTo);
  }
  const split = abs(`lib/${SPLIT.folder}`);
  const data = new Set();
  if (isDir(split)) {
    ambiguous.add(split);
    for (const file of dataHalf(split)) data.add(file);
    for (const file of walk(split)) {
      const inData = data.has(file) || file === join(split, 'index.ts');
      files.set(file, join(abs(`lib/${inData ? SPLIT.data : SPLIT.page}`), relative(split, file)));
    }
    for (const entry of readdirSync(split)) {
      const sub = join(split, entry);
      if (isDir(sub)) {
        const subFiles = walk(sub);
        const halves = new Set(subFiles.map((f) => data.has(f)));
        if (halves.size === 1) dirs.set(sub, join(abs(`lib/${halves.has(true) ? SPLIT.data : SPLIT.page}`), entry));
        else ambiguous.add(sub);
      }
    }
    const tests = abs(`tests/${SPLIT.folder}`);
    if (isDir(tests)) {
      ambiguous.add(tests);
      const testFiles = walk(tests);
      // A test of the page half goes with it; one that reaches only the data half (and other folders) with that.
      const isDataTest = (f) => {
        const inSplit = libTargets(f).filter((t) => t.startsWith(split + '/') && t !== join(split, 'index.ts'));
        return inSplit.length > 0 && inSplit.every((t) => data.has(t));
      };
      const half = new Map(
        testFiles.filter((f) => /\.test\.tsx?$/.test(f) || libTargets(f).length).map((f) => [f, isDataTest(f)]),
      );
      for (const f of testFiles.filter((f) => !half.has(f))) {
        // A helper goes with the tests that use it: to the data half only if every one of them is there.
        const users = [...half.keys()].filter((t) =>
          references(parse(t)).some((r) => resolveReference(t, r)?.path === f),
        );
        half.set(f, users.length > 0 && users.every((t) => half.get(t)));
      }
      for (const [f, inData] of half) {
        files.set(f, join(abs(`tests/${inData ? SPLIT.data : SPLIT.page}`), relative(tests, f)));
      }
    }
  }
  for (const [from, to] of Object.entries(FILE_MOVES)) if (existsSync(abs(from))) files.set(abs(from), abs(to));
  return { files, dirs, ambiguous, data, split };
}

/** Where a path (a file, a folder or a glob pattern) is after the move; null where it cannot be said. */
function mapPath(plan, path) {
  if (plan.files.has(path)) return plan.files.get(path);
  if (plan.ambiguous.has(path)) return null;
  let best = null;
  for (const from of plan.dirs.keys()) {
    if ((path === from || path.startsWith(from + '/')) && (!best || from.length > best.length)) best = from;
  }
  if (best) return plan.dirs.get(best) + path.slice(best.length);
  for (const from of plan.ambiguous) if (path.startsWith(from + '/')) return null;
  return path;
}

// ------------------------------------------------------------------------ the split index of lib/annotate

/** The names a module exports (following `export * from`). */
function exportedNames(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const names = [];
  const source = parse(file);
  for (const statement of source.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) ?? [] : [];
    const exported = modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        names.push(...statement.exportClause.elements.map((e) => e.name.text));
      } else if (statement.moduleSpecifier) {
        const target = resolveReference(file, { kind: 'export', text: statement.moduleSpecifier.text });
        if (target) names.push(...exportedNames(target.path, seen));
      }
    } else if (exported && ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (exported && statement.name) {
      names.push(statement.name.text);
    }
  }
  return names;
}

/** name → 'data' | 'page' for everything the old index exported, and its statements by half. */
function splitIndex(plan) {
  const index = join(plan.split, 'index.ts');
  const byName = new Map();
  const statements = { data: [], page: [] };
  if (!existsSync(index)) return { index, byName, statements };
  const source = parse(index);
  for (const [i, statement] of source.statements.entries()) {
    // With the comments above it, except the file's own header (each half gets a header of its own).
    const text = i === 0 ? statement.getText() : statement.getFullText().replace(/^\s*\n/, '');
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const target = resolveReference(index, { kind: 'export', text: statement.moduleSpecifier.text });
      const half = target && plan.data.has(target.path) ? 'data' : 'page';
      statements[half].push(text);
      const names =
        statement.exportClause && ts.isNamedExports(statement.exportClause)
          ? statement.exportClause.elements.map((e) => e.name.text)
          : target
            ? exportedNames(target.path)
            : [];
      for (const name of names) byName.set(name, half);
    } else {
      statements.data.push(text); // local code of the index stays with the data half
      for (const name of exportedNames(index)) if (!byName.has(name)) byName.set(name, 'data');
    }
  }
  return { index, byName, statements };
}

// ------------------------------------------------------------------------------------ rewriting

function newSpecifier(fromNew, ref, target, targetNew) {
  if (!targetNew.endsWith(target.suffix)) return null;
  const alias = ALIAS.test(ref.text) ? ref.text.slice(0, 2) : '';
  return specifierTo(fromNew, targetNew.slice(0, targetNew.length - target.suffix.length), alias) + target.query;
}

/** The edits of one file: [{ start, end, text }] on its text, plus problems and index exports it needs. */
function editsFor(plan, indexSplit, file, problems, dataExports) {
  const edits = [];
  const text = readFileSync(file, 'utf8');
  const fromNew = mapPath(plan, file);
  const half = (p) => (plan.files.has(p) && p.startsWith(plan.split + '/') ? (plan.data.has(p) || p === indexSplit.index ? 'data' : 'page') : null);
  const where = (ref) => `${rel(file)}:${text.slice(0, ref.start).split('\n').length}`;
  for (const ref of references(parse(file, text))) {
    let target = resolveReference(file, ref);
    if (!target) {
      if (!ref.text.startsWith('.') || ref.kind === 'mock') continue;
      problems.push(`${where(ref)}: '${ref.text}' names no file; left as it is`);
      continue;
    }
    const quote = text[ref.start - 1];
    // An import of lib/annotate's index from outside: each name goes to the half that exports it.
    if (target.path === indexSplit.index && !file.startsWith(plan.split + '/')) {
      const node = ref.node;
      const clause = ts.isImportDeclaration(node) ? node.importClause : null;
      const elements = ts.isImportDeclaration(node)
        ? clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null
        : ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      if (!elements) {
        problems.push(`${where(ref)}: '${ref.text}' (lib/${SPLIT.folder} as a whole, not by name) now points at lib/${SPLIT.data}; check it`);
      } else {
        const groups = { data: [], page: [] };
        for (const e of elements) {
          const name = (e.propertyName ?? e.name).text;
          const h = indexSplit.byName.get(name);
          if (!h) problems.push(`${where(ref)}: lib/${SPLIT.folder} exports no '${name}'`);
          groups[h ?? 'data'].push(e.getText());
        }
        const keyword = ts.isImportDeclaration(node) ? `import${clause.isTypeOnly ? ' type' : ''}` : `export${node.isTypeOnly ? ' type' : ''}`;
        const statements = Object.entries(groups)
          .filter(([, names]) => names.length)
          .map(([h, names]) => {
            const spec = specifierTo(fromNew, abs(`lib/${SPLIT[h]}`), ALIAS.test(ref.text) ? ref.text.slice(0, 2) : '');
            return `${keyword} { ${names.join(', ')} } from ${quote}${spec}${quote};`;
          });
        edits.push({ start: node.getStart(), end: node.getEnd(), text: statements.join('\n') });
        continue;
      }
    }
    let targetNew = mapPath(plan, target.path);
    const fromHalf = half(file);
    const toHalf = half(target.path);
    if (fromHalf && toHalf && fromHalf !== toHalf && !ref.typeOnly && ['import', 'export'].includes(ref.kind)) {
      if (fromHalf === 'data') {
        problems.push(`${where(ref)}: the data half imports '${ref.text}' from the annotator's page half; the layers forbid it`);
      } else {
        // The page half reads the data half through its index; the index exports what is asked.
        const node = ref.node;
        const clause = ts.isImportDeclaration(node) ? node.importClause : null;
        const elements = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
        if (!elements || clause.name) {
          problems.push(`${where(ref)}: only named imports can be sent through lib/${SPLIT.data}'s index`);
        } else {
          const module = './' + relative(plan.split, target.path).replace(/\.tsx?$/, '');
          for (const e of elements) {
            const name = (e.propertyName ?? e.name).text;
            if (indexSplit.byName.get(name) !== 'data') {
              dataExports.set(`${module}\0${name}`, { module, name, type: clause.isTypeOnly || e.isTypeOnly });
            }
          }
          targetNew = abs(`lib/${SPLIT.data}/index.ts`);
          target = { ...target, suffix: '/index.ts' };
        }
      }
    }
    if (targetNew === null) {
      problems.push(`${where(ref)}: '${ref.text}' names lib/${SPLIT.folder} as a whole, which is split; fix it by hand`);
      continue;
    }
    if (fromNew === file && targetNew === target.path) continue;
    const bareNew = targetNew.slice(0, targetNew.length - target.suffix.length);
    const bareText = ref.text.split('?')[0];
    if ((ALIAS.test(bareText) ? join(ROOT, bareText.slice(2)) : resolve(dirname(fromNew), bareText)) === bareNew) continue;
    const spec = ref.kind === 'dirname' || ref.kind === 'glob' ? specifierTo(fromNew, targetNew) : newSpecifier(fromNew, ref, target, targetNew);
    if (spec === null) {
      problems.push(`${where(ref)}: '${ref.text}' could not be recomputed`);
      continue;
    }
    const finalSpec = ref.kind === 'dirname' && !ref.text.startsWith('.') ? spec.replace(/^\.\//, '') : spec;
    if (finalSpec !== ref.text) edits.push({ start: ref.start, end: ref.end, text: finalSpec });
  }
  return { text, edits };
}

function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** 'lib/race/index.ts', '/lib/search/index.ts', 'tests/i18n/setup-locale.ts' in text: rewritten to their new place. */
function rewriteRootPaths(plan, text, file, problems) {
  return text.replace(/(?<![\w./@~-])(\/?)((?:lib|tests)\/[A-Za-z0-9_.\-/]*[A-Za-z0-9_-])/g, (whole, slash, path, offset) => {
    const old = abs(path);
    if (!existsSync(old) && !existsSync(dirname(old))) return whole;
    let moved = mapPath(plan, old);
    if (moved === null) {
      // A mention of the split folder as a whole: its data half (the notes, their store) is what prose means.
      moved = old.startsWith(ROOT + '/tests/') ? abs(`tests/${SPLIT.data}`) : abs(`lib/${SPLIT.data}`);
      moved += old.slice(abs(path.split('/').slice(0, 2).join('/')).length);
      problems.push(`${rel(file)}:${text.slice(0, offset).split('\n').length}: '${path}' names lib/${SPLIT.folder} as a whole; written as ${rel(moved)}, check it`);
    }
    return moved === old ? whole : slash + rel(moved);
  });
}

function textFiles() {
  const docs = walk(abs('docs'), (p) => p.endsWith('.md'));
  const extra = ['README.md', 'tsconfig.json', 'package.json', 'assets/dataset.schema.json'].map(abs).filter(existsSync);
  return [...extra, ...docs];
}

// ------------------------------------------------------------------------------------ the move

function describe(plan) {
  const lines = ['Folders:'];
  for (const [from, to] of [...plan.dirs].sort()) lines.push(`  ${rel(from)} -> ${rel(to)}`);
  lines.push(`Files (lib/${SPLIT.folder} and tests/${SPLIT.folder} split; single files):`);
  for (const [from, to] of [...plan.files].sort()) {
    const inDir = [...plan.dirs.keys()].some((d) => from.startsWith(d + '/') && mapPath(plan, from) === plan.dirs.get(d) + from.slice(d.length));
    if (!inDir) lines.push(`  ${rel(from)} -> ${rel(to)}`);
  }
  return lines.join('\n');
}

function relayer() {
  try {
    relayerSteps();
  } catch (error) {
    console.error(error);
    console.error('relayer: stopped half-way. Undo with: git reset --hard HEAD && git clean -fd lib tests');
    process.exit(1);
  }
}

function relayerSteps() {
  const folders = preflight();
  const plan = buildPlan(folders);
  const indexSplit = splitIndex(plan);
  const problems = [];
  const dataExports = new Map();
  // lib/annotate/index.ts is written anew, in two, from its statements.
  const rewrites = codeFiles().filter((file) => file !== indexSplit.index).map((file) => {
    const { text, edits } = editsFor(plan, indexSplit, file, problems, dataExports);
    const after = applyEdits(text, edits);
    const own = /scripts\/(relayer\.mjs|house\/)/.test(rel(file)); // its own plan names the old paths
    return { file, edits, next: own ? after : rewriteRootPaths(plan, after, file, problems) };
  });
  for (const file of textFiles()) {
    const text = readFileSync(file, 'utf8');
    rewrites.push({ file, edits: [], next: rewriteRootPaths(plan, text, file, problems), text });
  }
  const changed = rewrites.filter((r) => r.edits.length);
  console.log(describe(plan));
  console.log(`Path references rewritten: ${changed.reduce((n, r) => n + r.edits.length, 0)} in ${changed.length} files.`);
  const blocking = problems.filter((p) => /forbid|could not|exports no|fix it by hand/.test(p));
  if (problems.length) console.log(['Problems:', ...problems.map((p) => `  ${p}`)].join('\n'));
  if (blocking.length && !flag('--force')) fail('Resolve the problems above (or pass --force to move anyway).');
  if (flag('--dry-run')) return console.log('Dry run: nothing changed.');

  // Moves: single files go to a staging folder first (they may leave a folder that then moves whole, or
  // land in one that moves), then folders move, then the staged files go to their places.
  const tracked = new Set(git('ls-files').split('\n').filter(Boolean).map(abs));
  const move = (from, to) => {
    mkdirSync(dirname(to), { recursive: true });
    if (tracked.has(from) || isDir(from)) git('mv', rel(from), rel(to));
    else execFileSync('mv', [from, to]);
  };
  const staging = abs('.relayer-staging');
  const staged = [];
  for (const [from, to] of plan.files) {
    if (!existsSync(from)) continue;
    const stage = join(staging, String(staged.length));
    move(from, stage);
    if (tracked.has(from)) tracked.add(stage);
    staged.push([stage, to]);
  }
  for (const [from, to] of [...plan.dirs].sort((a, b) => b[0].length - a[0].length)) {
    if (isDir(from) && walk(from).length) move(from, to); // a split folder's subfolders have moved file by file
  }
  for (const [stage, to] of staged) move(stage, to);
  rmSync(staging, { recursive: true, force: true });
  for (const dir of [...plan.ambiguous].sort((a, b) => b.length - a.length)) {
    if (isDir(dir) && walk(dir).length === 0) rmSync(dir, { recursive: true });
  }

  for (const { file, next } of rewrites) {
    const now = mapPath(plan, file);
    if (readFileSync(now, 'utf8') !== next) writeFileSync(now, next);
  }

  if (indexSplit.byName.size) {
    const extra = new Map();
    for (const { module, name, type } of dataExports.values()) {
      extra.set(module, [...(extra.get(module) ?? []), type ? `type ${name}` : name]);
    }
    const extraLines = [...extra].map(([module, names]) => `export { ${names.join(', ')} } from '${module}';`);
    writeFileSync(abs(`lib/${SPLIT.data}/index.ts`), DATA_HEADER + [...indexSplit.statements.data, ...extraLines].join('\n') + '\n');
    const pageIndex = abs(`lib/${SPLIT.page}/index.ts`);
    writeFileSync(pageIndex, PAGE_HEADER + indexSplit.statements.page.join('\n') + '\n');
    git('add', rel(pageIndex));
  }
  routeThroughIndexes(problems);
  pruneLongFiles(abs(FILE_MOVES['tests/conventions/layers.test.ts.pending']));
  git('add', '-A', 'lib', 'tests', 'entrypoints', 'bench', 'scripts', ...textFiles().map(rel), ...readdirSync(ROOT).filter((n) => /\.(ts|mjs|js)$/.test(n)));
  console.log('Moved.');
  console.log('Next: npm run typecheck && npx vitest run && npm run build (changes are staged, not committed).');
}

/** The layers test allows a few long files; entries of files that are no longer long (or gone) are dropped. */
function pruneLongFiles(test) {
  if (!existsSync(test)) return;
  const text = readFileSync(test, 'utf8');
  const next = text.replace(/^  '([^']+)': '.*',\n/gm, (line, file) => {
    const lines = existsSync(abs(file)) ? readFileSync(abs(file), 'utf8').split('\n').length - 1 : 0;
    if (lines > 400) return line;
    console.log(`${rel(test)}: ${file} is no longer over 400 lines; its allowance is dropped`);
    return '';
  });
  if (next !== text) writeFileSync(test, next);
}

/** Whether loading a module loads a stylesheet (through the runtime imports of its own folder). */
function bringsStylesheet(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  return references(parse(file)).some((ref) => {
    if (ref.typeOnly || !['import', 'export'].includes(ref.kind)) return false;
    const target = resolveReference(file, ref);
    if (!target) return false;
    if (/\.css$/.test(target.path)) return true;
    return target.path.startsWith(dirname(file) + '/') && /\.tsx?$/.test(target.path) && bringsStylesheet(target.path, seen);
  });
}

/**
 * After the move: a runtime import from one lib folder (or an entrypoint) of a file inside another folder
 * goes through that folder's index instead; what the index did not export yet, it exports now.
 * Stylesheets stay direct (they export nothing). Runs on the moved tree, so it sees the new folders.
 */
function routeThroughIndexes(problems) {
  const files = codeFiles().filter((f) => /^(lib|entrypoints)\//.test(rel(f)) && /\.tsx?$/.test(f));
  const additions = new Map(); // index file → Map(module → names)
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fromFolder = libFolderOf(rel(file), LAYERS) ?? 'entrypoints';
    const edits = [];
    for (const ref of references(parse(file, text))) {
      if (ref.typeOnly || !['import', 'export'].includes(ref.kind)) continue;
      const target = resolveReference(file, ref);
      if (!target || !/\.tsx?$/.test(target.path)) continue;
      const toFolder = libFolderOf(rel(target.path), LAYERS);
      if (!toFolder || toFolder === fromFolder || /^\/index\.tsx?$/.test(rel(target.path).slice(toFolder.length))) continue;
      const index = abs(`${toFolder}/index.ts`);
      const node = ref.node;
      const elements = ts.isImportDeclaration(node)
        ? !node.importClause?.name && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)
          ? node.importClause.namedBindings.elements
          : null
        : node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      if (!existsSync(index) || !elements) {
        problems.push(`${rel(file)}: '${ref.text}' reaches past ${toFolder}'s index and cannot be routed through it; fix it by hand`);
        continue;
      }
      if (bringsStylesheet(index) && !/^(lib\/surfaces\/|entrypoints\/(?!content))/.test(rel(file))) {
        problems.push(`${rel(file)}: '${ref.text}' through ${toFolder}'s index would bring its stylesheet along; fix it by hand`);
        continue;
      }
      const exported = new Set(exportedNames(index));
      const module = './' + relative(abs(toFolder), target.path).replace(/\.tsx?$/, '');
      for (const e of elements) {
        const name = (e.propertyName ?? e.name).text;
        if (exported.has(name)) continue;
        const byModule = additions.get(index) ?? new Map();
        additions.set(index, byModule);
        const names = byModule.get(module) ?? new Set();
        byModule.set(module, names);
        names.add(e.isTypeOnly || node.importClause?.isTypeOnly ? `type ${name}` : name);
      }
      edits.push({ start: ref.start, end: ref.end, text: specifierTo(file, abs(toFolder)) });
    }
    if (edits.length) writeFileSync(file, applyEdits(text, edits));
  }
  for (const [index, byModule] of additions) {
    const lines = [...byModule].map(([module, names]) => `export { ${[...names].join(', ')} } from '${module}';`);
    writeFileSync(index, readFileSync(index, 'utf8').replace(/\n*$/, '\n') + lines.join('\n') + '\n');
  }
}

/** Applies the move to a scratch worktree of HEAD and runs the typecheck and the conventions tests there. */
function check() {
  const scratch = mkdtempSync(join(tmpdir(), 'relayer-'));
  git('worktree', 'add', '--detach', scratch, 'HEAD');
  try {
    symlinkSync(abs('node_modules'), join(scratch, 'node_modules'));
    if (isDir(abs('.wxt'))) cpSync(abs('.wxt'), join(scratch, '.wxt'), { recursive: true });
    const passOn = args.filter((a) => a !== '--check');
    const run = (cmd, cmdArgs) => {
      console.log(`\n$ ${[cmd, ...cmdArgs].join(' ')}`);
      return spawnSync(cmd, cmdArgs, { cwd: scratch, stdio: 'inherit' }).status;
    };
    const steps = [
      run('node', ['scripts/relayer.mjs', ...passOn]),
      run('npx', ['tsc', '--noEmit']),
      run('npx', ['vitest', 'run', 'tests/conventions']),
    ];
    console.log(`\nCheck on a scratch copy of HEAD: ${steps.every((s) => s === 0) ? 'passed' : `failed (${steps.join(', ')})`}`);
    process.exitCode = steps.every((s) => s === 0) ? 0 : 1;
  } finally {
    git('worktree', 'remove', '--force', scratch);
  }
}

if (flag('--check')) check();
else relayer();
