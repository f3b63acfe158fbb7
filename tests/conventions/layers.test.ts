// @vitest-environment node
/**
 * The house rules of docs/architecture.md, checked rather than only written down:
 * - lib/ holds the layers and nothing else: core, platform, ui, page, surfaces, and background;
 * - a folder is used through its index: a runtime import of another folder's inner file fails;
 * - imports run down the layers (core ← platform, ui ← page | surfaces | background), never up or across;
 * - lib/ never imports entrypoints/ (entrypoints are glue on top of lib/, not a library for it);
 * - the core touches neither the DOM nor the browser's extension API, so it runs anywhere (tests, the
 *   background, a worker) and is tested without a browser;
 * - no file of lib/ or entrypoints/ is over 400 lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LAYERS = ['core', 'platform', 'ui', 'page', 'surfaces'] as const;
/** What each layer may import from lib/ (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  platform: ['core'],
  ui: ['core'],
  page: ['core', 'platform', 'ui'],
  surfaces: ['core', 'platform', 'ui'],
  background: ['core', 'platform'],
};
const MAX_LINES = 400;
/** Files allowed over MAX_LINES, each with the reason; an entry whose file is back under the limit fails. */
// One entry a line: scripts/relayer.mjs drops the entries of files that are no longer long when it
// puts this test in place.
const LONG_FILES: Record<string, string> = {
};
/** The one core module that may touch the browser: t() asks browser.i18n for the person's language. */
const BROWSER_IN_CORE = new Set(['lib/core/i18n/index.ts']);
/** Module names that are the browser or the DOM (or a UI on it). */
const BROWSER_MODULE = /^(wxt\/|webextension-polyfill|@wxt-dev\/|preact)/;
/** Globals that are the page or the browser, whatever else declares them. */
const DOM_GLOBALS = new Set(['document', 'window', 'location', 'browser', 'chrome', 'self']);
/** Declared by the DOM's lib files but part of every JavaScript runtime here (Node has them too). */
const RUNTIME_GLOBALS = new Set([
  'URL',
  'URLSearchParams',
  'structuredClone',
  'navigator', // navigator.language: the person's locale, or Node's
  'TextEncoder',
  'TextDecoder',
  'console',
  'setTimeout',
  'clearTimeout',
  'queueMicrotask',
  'AbortController',
  'AbortSignal',
  'performance',
]);

const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const LIB = sourceFiles(join(ROOT, 'lib'));
const ENTRYPOINTS = sourceFiles(join(ROOT, 'entrypoints'));

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

/** lib/<layer>/<folder> (or lib/background) of a path from the root; null outside lib/. */
function folderOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] !== 'lib') return null;
  if (parts[1] === 'background') return 'lib/background';
  return parts.length >= 4 ? parts.slice(0, 3).join('/') : null;
}
const layerOf = (folder: string) => folder.split('/')[1];

interface Import {
  from: string;
  specifier: string;
  /** The file it names, from the root; null for a package. */
  to: string | null;
  typeOnly: boolean;
}

function resolveFile(fromFile: string, specifier: string): string | null {
  const base = /^[@~]\//.test(specifier) ? join(ROOT, specifier.slice(2)) : resolve(dirname(fromFile), specifier);
  for (const ext of ['', '.ts', '.tsx', '.json', '.css', '/index.ts', '/index.tsx']) {
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return rel(base + ext);
  }
  return rel(base);
}

function importsOf(file: string): Import[] {
  const source = parse(file);
  const found: Import[] = [];
  const add = (literal: ts.Expression, typeOnly: boolean) => {
    if (!ts.isStringLiteral(literal)) return;
    const specifier = literal.text;
    const local = specifier.startsWith('.') || /^[@~]\//.test(specifier);
    found.push({ from: rel(file), specifier, to: local ? resolveFile(file, specifier) : null, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, allTypes);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const IMPORTS = [...LIB, ...ENTRYPOINTS].flatMap(importsOf);
const show = (i: Import) => `${i.from} imports '${i.specifier}'`;

describe('the layers', () => {
  it('lib/ holds the layers and the background, nothing else', () => {
    const entries = readdirSync(join(ROOT, 'lib'));
    expect(entries.sort()).toEqual([...LAYERS, 'background'].sort());
  });

  it('every folder has an index.ts, its public face', () => {
    const folders = [
      'lib/background',
      ...LAYERS.flatMap((layer) =>
        readdirSync(join(ROOT, 'lib', layer))
          .filter((name) => statSync(join(ROOT, 'lib', layer, name)).isDirectory())
          .map((name) => `lib/${layer}/${name}`),
      ),
    ];
    expect(folders.length).toBeGreaterThan(15);
    expect(folders.filter((folder) => !existsSync(join(ROOT, folder, 'index.ts')))).toEqual([]);
  });

  it('no runtime import reaches past another folder’s index', () => {
    // A stylesheet exports nothing: the entrypoint that shows a page loads that page's stylesheet.
    const deep = IMPORTS.filter((i) => {
      if (i.typeOnly || !i.to || (i.from.startsWith('entrypoints/') && i.to.endsWith('.css'))) return false;
      const target = folderOf(i.to);
      if (!target || target === folderOf(i.from)) return false;
      return !/^index\.tsx?$/.test(i.to.slice(target.length + 1));
    });
    expect(deep.map(show)).toEqual([]);
  });

  it('imports run down the layers, never up or across', () => {
    const wrong = IMPORTS.filter((i) => {
      const from = folderOf(i.from);
      const to = i.to && folderOf(i.to);
      if (!from || !to) return false;
      const [a, b] = [layerOf(from), layerOf(to)];
      return a !== b && !MAY_IMPORT[a].includes(b);
    });
    expect(wrong.map(show)).toEqual([]);
  });

  it('lib/ never imports entrypoints/', () => {
    const up = IMPORTS.filter((i) => i.from.startsWith('lib/') && i.to?.startsWith('entrypoints/'));
    expect(up.map(show)).toEqual([]);
  });
});

describe('the core is pure', () => {
  const core = LIB.filter((file) => rel(file).startsWith('lib/core/'));

  it('imports no browser or UI module', () => {
    const found = IMPORTS.filter(
      (i) => i.from.startsWith('lib/core/') && !BROWSER_IN_CORE.has(i.from) && BROWSER_MODULE.test(i.specifier),
    );
    expect(core.length).toBeGreaterThan(20);
    expect(found.map(show)).toEqual([]);
  });

  it('touches no DOM or browser global', () => {
    // The type checker tells a global `window` from a local variable of that name (the matcher's context
    // window): a name counts when it resolves to a declaration of the DOM's lib files or is a DOM global.
    const program = ts.createProgram(core, {
      noEmit: true,
      noResolve: true,
      jsx: ts.JsxEmit.ReactJSX,
      target: ts.ScriptTarget.ESNext,
      lib: ['lib.esnext.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const checker = program.getTypeChecker();
    const found: string[] = [];
    for (const source of program.getSourceFiles()) {
      const path = rel(source.fileName);
      if (!path.startsWith('lib/core/') || BROWSER_IN_CORE.has(path)) continue;
      const visit = (node: ts.Node) => {
        // A name on its own or the start of a.b.c (not `.window` as a property of something else).
        const named = ts.isIdentifier(node) && (!ts.isPropertyAccessExpression(node.parent) || node.parent.expression === node);
        if (named) {
          const symbol = checker.getSymbolAtLocation(node);
          const declarations = symbol?.declarations ?? [];
          const inDomLib = !RUNTIME_GLOBALS.has(node.text) && declarations.length > 0 && declarations.every((d) => /lib\.dom(\.iterable)?\.d\.ts$/.test(d.getSourceFile().fileName));
          const domGlobal = DOM_GLOBALS.has(node.text) && declarations.every((d) => d.getSourceFile().isDeclarationFile);
          if (inDomLib || domGlobal) {
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            found.push(`${path}:${line}: ${node.text}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  }, 60_000); // the type checker over the core takes a few seconds on a busy machine
});

describe('file length', () => {
  const lengths = new Map(
    [...LIB, ...ENTRYPOINTS].map((file) => [rel(file), readFileSync(file, 'utf8').split('\n').length - 1]),
  );

  it(`no file of lib/ or entrypoints/ is over ${MAX_LINES} lines`, () => {
    const long = [...lengths].filter(([file, lines]) => lines > MAX_LINES && !(file in LONG_FILES));
    expect(long.map(([file, lines]) => `${file}: ${lines} lines`)).toEqual([]);
  });

  it('the allowed long files are still long (otherwise remove them from LONG_FILES)', () => {
    const stale = Object.keys(LONG_FILES).filter((file) => (lengths.get(file) ?? 0) <= MAX_LINES);
    expect(stale).toEqual([]);
  });
});
