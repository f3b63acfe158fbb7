/**
 * What scripts/house-metrics.mjs and scripts/relayer.mjs share: the project's source files, the path
 * references inside them (found with the TypeScript parser, not by regular expression) and how a
 * relative reference resolves to a file. A reference is anything that names another file by a relative
 * path: import/export specifiers, `import()` (also in types), `vi.mock()` and friends,
 * `import.meta.glob()`, `new URL(x, import.meta.url)` and `resolve(import.meta.dirname | __dirname, x)`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Folders whose code may name files by relative path. */
export const CODE_DIRS = ['lib', 'entrypoints', 'tests', 'bench', 'scripts'];
const CODE_FILE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', 'results', '.git']);

export const rel = (abs) => relative(ROOT, abs).split(sep).join('/');

export function walk(dir, accept = () => true) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (SKIP_DIRS.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, accept);
    return accept(path) ? [path] : [];
  });
}

/** Every code file of the project, plus the config files at the root (wxt.config.ts, vitest configs). */
export function codeFiles(root = ROOT) {
  const top = readdirSync(root)
    .filter((name) => CODE_FILE.test(name) && statSync(join(root, name)).isFile())
    .map((name) => join(root, name));
  return [...top, ...CODE_DIRS.flatMap((dir) => walk(join(root, dir), (p) => CODE_FILE.test(p)))];
}

export function parse(file, text = readFileSync(file, 'utf8')) {
  const kind = /x$/.test(file) ? ts.ScriptKind.TSX : /\.m?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

const isDirnameExpr = (node) =>
  (ts.isIdentifier(node) && node.text === '__dirname') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'dirname' && ts.isMetaProperty(node.expression));
const isMetaUrl = (node) =>
  ts.isPropertyAccessExpression(node) && node.name.text === 'url' && ts.isMetaProperty(node.expression);
const stringLike = (node) => node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

function isTypeOnlyImport(node) {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/**
 * The relative path references of one file: { kind, text, start, end, typeOnly, node }. `start`/`end`
 * delimit the string's content (without quotes). kind: 'import' | 'export' | 'dynamic' | 'import-type' |
 * 'mock' | 'glob' | 'url' | 'dirname'.
 */
export function references(sourceFile) {
  const found = [];
  const add = (literal, kind, typeOnly, node) =>
    found.push({ kind, text: literal.text, start: literal.getStart() + 1, end: literal.getEnd() - 1, typeOnly, node });
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && stringLike(node.moduleSpecifier)) {
      add(node.moduleSpecifier, 'import', isTypeOnlyImport(node), node);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && stringLike(node.moduleSpecifier)) {
      add(node.moduleSpecifier, 'export', node.isTypeOnly, node);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && stringLike(node.argument.literal)) {
      add(node.argument.literal, 'import-type', true, node);
    } else if (ts.isCallExpression(node)) {
      const [first, second] = node.arguments;
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword && stringLike(first)) add(first, 'dynamic', false, node);
      else if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'vi' &&
        ['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock'].includes(callee.name.text) &&
        stringLike(first)
      ) {
        add(first, 'mock', false, node);
      } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'glob' && ts.isMetaProperty(callee.expression)) {
        const patterns = first && ts.isArrayLiteralExpression(first) ? first.elements : [first];
        for (const pattern of patterns) if (stringLike(pattern)) add(pattern, 'glob', false, node);
      } else if (first && isDirnameExpr(first) && stringLike(second)) {
        add(second, 'dirname', false, node); // resolve(import.meta.dirname, '../fixtures', ...)
      }
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [first, second] = node.arguments ?? [];
      if (stringLike(first) && second && isMetaUrl(second)) add(first, 'url', false, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found.filter((r) => r.kind === 'glob' || r.kind === 'dirname' || r.text.startsWith('.') || ALIAS.test(r.text));
}

/** WXT's root aliases (`@/lib/x`, `~/lib/x`), which name a file from the project's root. */
export const ALIAS = /^[@~]\//;

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.json', '/index.ts', '/index.tsx', '/index.mjs', '/index.js'];

/**
 * The file (or, for `dirname`/`glob` references, the path) a relative reference points at:
 * { path, suffix, query } where `suffix` is what the specifier left out (".ts", "/index.ts") and `query`
 * a `?raw`-like tail. Returns null when nothing exists there.
 */
export function resolveReference(fromFile, ref) {
  const [bare, query = ''] = ref.text.split(/(?=\?)/);
  if (ref.kind === 'glob' || ref.kind === 'dirname') {
    const base = ref.kind === 'glob' && bare.startsWith('/') ? join(ROOT, bare) : resolve(dirname(fromFile), bare);
    return { path: base, suffix: '', query, pattern: ref.kind === 'glob' };
  }
  const base = ALIAS.test(bare) ? join(ROOT, bare.slice(2)) : resolve(dirname(fromFile), bare);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return { path: candidate, suffix: ext, query };
  }
  return null;
}

/** The relative specifier from `fromFile` to `targetPath`, in the project's style ("./x", "../x"). */
export function specifierTo(fromFile, targetPath, alias = '') {
  if (alias) return alias + rel(targetPath);
  const path = relative(dirname(fromFile), targetPath).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** lib/<folder> for lib/<folder>/..., or lib/<layer>/<folder> once the tree is in layers. */
export function libFolderOf(relPath, layers = []) {
  const parts = relPath.split('/');
  if (parts[0] !== 'lib' || parts.length < 3) return null;
  if (layers.includes(parts[1])) return parts.length >= 4 ? parts.slice(0, 3).join('/') : null;
  return parts.slice(0, 2).join('/');
}
