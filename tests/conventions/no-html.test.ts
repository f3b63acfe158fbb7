/**
 * `web-ext lint` warns once about an innerHTML assignment: it is Preact's own `dangerouslySetInnerHTML`
 * path, which no code of ours uses. This keeps that explanation true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('page text is never parsed as HTML', () => {
  it('no source file sets innerHTML or uses dangerouslySetInnerHTML', () => {
    const offenders = [...sourceFiles(join(ROOT, 'lib')), ...sourceFiles(join(ROOT, 'entrypoints'))].filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
