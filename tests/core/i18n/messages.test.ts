/**
 * The locale file and the code agree: every key the code asks for exists in English, every key in the
 * file is used, each call passes as many substitutions as its message has placeholders, and the surfaces
 * carry no English text of their own (it belongs in `_locales`, where translators find it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import english from '../../../assets/public/_locales/en/messages.json';
import { plural, resolvePlaceholders, t } from '../../../lib/core/i18n';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const MESSAGES = english as Record<string, Entry>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const FILES = [...sourceFiles(join(ROOT, 'lib')), ...sourceFiles(join(ROOT, 'entrypoints'))];
const rel = (file: string) => relative(ROOT, file);

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

interface Call {
  key: string;
  /** Substitutions passed; null when a spread makes the number unknown. */
  substitutions: number | null;
  where: string;
}

/** Every `t('key', ...)` and `plural(n, 'one', 'other', ...)` with literal keys. */
function literalCalls(): Call[] {
  const calls: Call[] = [];
  for (const file of FILES) {
    const source = parse(file);
    walk(source, (node) => {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const name = node.expression.text;
      const args = node.arguments;
      const spread = args.some((a) => ts.isSpreadElement(a));
      const where = `${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (name === 't' && args[0] && ts.isStringLiteral(args[0])) {
        calls.push({ key: args[0].text, substitutions: spread ? null : args.length - 1, where });
      } else if (name === 'plural' && args.length >= 3) {
        for (const arg of [args[1], args[2]]) {
          // The count is always the first substitution.
          if (ts.isStringLiteral(arg)) calls.push({ key: arg.text, substitutions: spread ? null : args.length - 2, where });
        }
      }
    });
  }
  return calls;
}

/** How many substitutions a message uses: its highest `$n`, after named placeholders are resolved. */
function substitutionCount(entry: Entry): number {
  const numbers = [...resolvePlaceholders(entry).matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
  const declared = Object.values(entry.placeholders ?? {}).map((p) => Number(/^\$(\d)$/.exec(p.content)?.[1] ?? 0));
  return Math.max(0, ...numbers, ...declared);
}

describe('the English locale file', () => {
  const calls = literalCalls();

  it('finds the calls it checks', () => {
    expect(calls.length).toBeGreaterThan(200);
  });

  it('has every key the code asks for', () => {
    const missing = calls.filter((c) => !(c.key in MESSAGES)).map((c) => `${c.where}: ${c.key}`);
    expect(missing).toEqual([]);
  });

  it('has no key that nothing uses (code or manifest)', () => {
    const code = FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(MESSAGES).filter(
      (key) => !new RegExp(`['"\`]${key}['"\`]`).test(code) && !config.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('gets as many substitutions in each call as the message has placeholders', () => {
    const wrong = calls
      .filter((c) => c.key in MESSAGES && c.substitutions !== null)
      .filter((c) => c.substitutions !== substitutionCount(MESSAGES[c.key]))
      .map((c) => `${c.where}: ${c.key} gets ${c.substitutions}, needs ${substitutionCount(MESSAGES[c.key])}`);
    expect(wrong).toEqual([]);
  });

  it('declares every named placeholder, numbered $1, $2... without gaps', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        if (!declared.includes(name.toLowerCase())) problems.push(`${key}: $${name}$ is not declared`);
      }
      const contents = Object.values(entry.placeholders ?? {})
        .map((p) => p.content)
        .sort();
      const expected = contents.map((_, i) => `$${i + 1}`);
      if (contents.join() !== expected.join()) problems.push(`${key}: placeholder contents ${contents.join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('describes every message of the surfaces for translators', () => {
    const prefixes = /^(popup|entity|card|sidepanel|race|annotate)[A-Z]/;
    const bare = Object.entries(MESSAGES)
      .filter(([key, entry]) => prefixes.test(key) && !entry.description?.trim())
      .map(([key]) => key);
    expect(bare).toEqual([]);
  });

  it('keeps each surface’s keys together', () => {
    const surfaces = Object.keys(MESSAGES)
      .map((key) => /^(popup|entity|card|sidepanel|race|annotate)[A-Z]/.exec(key)?.[1])
      .filter((s): s is string => !!s);
    const runs = surfaces.filter((s, i) => s !== surfaces[i - 1]);
    expect(runs).toEqual([...new Set(runs)]);
  });
});

describe('t and plural outside the browser', () => {
  it('fill named placeholders from the English file', () => {
    expect(t('cardBackTo', 'Anthropic')).toBe('Back to Anthropic');
    expect(t('popupRevealPosition', 2, 5)).toBe('2 of 5');
  });

  it('choose the message for the count by the locale’s plural rules', () => {
    expect(plural(1, 'popupResultCountOne', 'popupResultCountOther')).toBe('1 result');
    expect(plural(0, 'popupResultCountOne', 'popupResultCountOther')).toBe('0 results');
    expect(plural(1234, 'popupResultCountOne', 'popupResultCountOther')).toBe('1,234 results');
  });
});

/** Folders whose text is UI and must come from the locale file. */
const SURFACES = ['lib/surfaces/popup', 'lib/surfaces/entity-view', 'lib/page/card', 'lib/surfaces/sidepanel', 'lib/page/annotator/ui', 'lib/surfaces/race', 'lib/surfaces/options', 'entrypoints'];
/** Text that is not English: symbols, arrows, separators. */
const ALLOWED = new Set(['×', '·', '←', '→', '›', '‹', '—', '–', '⚠', '+', '#', '?', ':', ',', '(', ')', '…']);
/** Attributes people read or hear. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

function isEnglishWords(text: string): boolean {
  const rest = [...text.trim()].filter((c) => !ALLOWED.has(c)).join('').trim();
  return /[A-Za-z]{3,}/.test(rest);
}

describe('surfaces carry no English text of their own', () => {
  const files = SURFACES.flatMap((dir) => sourceFiles(join(ROOT, dir))).filter((f) => f.endsWith('.tsx'));

  it('scans the surfaces', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no JSX text or text attribute written in English', () => {
    const found: string[] = [];
    for (const file of files) {
      const source = parse(file);
      const at = (node: ts.Node) => `${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      walk(source, (node) => {
        if (ts.isJsxText(node) && isEnglishWords(node.text)) found.push(`${at(node)}: ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          TEXT_ATTRIBUTES.has(node.name.getText(source)) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          isEnglishWords(node.initializer.text)
        ) {
          found.push(`${at(node)}: ${node.name.getText(source)}="${node.initializer.text}"`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('builds no English text in plain .ts code either (DOM text, text attributes, menu titles)', () => {
    // Where .ts code makes text people read: assigned to a DOM text property, set as a text attribute,
    // or given as a context menu's title. Other string literals (keys, ids, CSS) are not text.
    const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt', 'label']);
    const literalText = (node: ts.Node): string | null =>
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
          : null;
    const tsFiles = [...SURFACES, 'lib/background', 'lib/page/content', 'lib/page/detect', 'lib/page/paint']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((f) => f.endsWith('.ts'));
    expect(tsFiles.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of tsFiles) {
      const source = parse(file);
      const at = (node: ts.Node) => `${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      walk(source, (node) => {
        let text: string | null = null;
        if (
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(node.left) &&
          TEXT_PROPERTIES.has(node.left.name.text)
        ) {
          text = literalText(node.right);
        } else if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          node.expression.name.text === 'setAttribute' &&
          node.arguments.length === 2 &&
          ts.isStringLiteral(node.arguments[0]) &&
          TEXT_ATTRIBUTES.has(node.arguments[0].text)
        ) {
          text = literalText(node.arguments[1]);
        } else if (
          ts.isPropertyAssignment(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text === 'title' &&
          /contextMenus\.(create|update)\(/.test(node.parent.parent?.getText(source) ?? '')
        ) {
          text = literalText(node.initializer);
        }
        if (text !== null && isEnglishWords(text)) found.push(`${at(node)}: ${text.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('also passes the plain heuristic: no >Some words< in the source', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const match of text.matchAll(/[^=]>([^<>{}();=&|]*)</g)) {
        if (isEnglishWords(match[1]) && /[A-Za-z]{3,}\s+[A-Za-z]|^\s*[A-Z][a-z]{2,}/.test(match[1].trim())) {
          found.push(`${rel(file)}: ${match[1].trim()}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
