import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { COMPILE_HINT, compileHints, withCompileHint } from '../../scripts/compile-hints-plugin';

const chunk = (fileName: string, isEntry: boolean, code: string) => ({ type: 'chunk', fileName, isEntry, code }) as unknown as OutputChunk;

describe('the compile hint on the content script module', () => {
  it('puts the magic comment on the first line, once', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
    const once = withCompileHint('var a=1;');
    expect(once).toBe('//# allFunctionsCalledOnLoad\nvar a=1;');
    expect(withCompileHint(once)).toBe(once);
  });

  it('marks entry chunks after minification and leaves other files alone', () => {
    const plugin = compileHints();
    const bundle = {
      'lens.js': chunk('lens.js', true, 'export{a as startContent};'),
      'shared.js': chunk('shared.js', false, 'var b=2;'),
      'x.css': { type: 'asset', fileName: 'x.css', source: 'a{}' },
    } as unknown as OutputBundle;
    expect(plugin.enforce).toBe('post');
    (plugin.generateBundle as (o: unknown, b: OutputBundle) => void).call({}, {}, bundle);
    expect((bundle['lens.js'] as OutputChunk).code.split('\n')[0]).toBe(COMPILE_HINT);
    expect((bundle['shared.js'] as OutputChunk).code).toBe('var b=2;');
    expect((bundle['x.css'] as unknown as { source: string }).source).toBe('a{}');
  });
});
