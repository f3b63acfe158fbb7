import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { inheritedExport, polyfillInterop } from '../../scripts/polyfill-interop-plugin';

const file = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(file, 'utf8');
const g = globalThis as Record<string, unknown>;

/** Runs the polyfill as its UMD wrapper runs under a bundler's CommonJS shim; its `module.exports`. */
function load(code: string): unknown {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'define', code)(module, module.exports, undefined);
  return module.exports;
}

/** What the bundler's interop (`__toESM` in node mode) reads of an export: each own key's descriptor. */
const copiedKeys = (value: object) => Object.getOwnPropertyNames(value).filter((key) => Object.getOwnPropertyDescriptor(value, key));

describe("the polyfill's export in Chrome builds", () => {
  afterEach(() => {
    delete g.chrome;
    delete g.browser;
  });

  it('finds the export in the installed polyfill, and refuses a source without it', () => {
    expect(inheritedExport(source)).not.toBeNull();
    expect(inheritedExport(source.replace('module.exports = globalThis.browser;', 'module.exports = browser;'))).toBeNull();
    const plugin = polyfillInterop();
    const errors: string[] = [];
    const context = { error: (message: string) => (errors.push(message), undefined as never) };
    const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
    expect(transform.call(context, 'let x = 1;', '/a/other.js')).toBeNull();
    expect(transform.call(context, source, file)?.code).toBe(inheritedExport(source));
    transform.call(context, 'module.exports = 1;', file);
    expect(errors).toHaveLength(1);
  });

  it("gives the browser's own namespaces, with no own key for the interop to copy", () => {
    const storage = { local: { get: () => Promise.resolve({}) } };
    g.chrome = { runtime: { id: 'lens-test' } };
    g.browser = { runtime: { id: 'lens-test' }, storage, tabs: {}, windows: {} };
    const exported = load(inheritedExport(source)!) as { storage: unknown; runtime: { id: string } };
    expect(exported.storage).toBe(storage);
    expect(exported.runtime.id).toBe('lens-test');
    expect(copiedKeys(exported)).toEqual([]);
    // The unchanged polyfill exported the browser object itself: the interop read every namespace.
    expect(copiedKeys(load(source) as object)).toEqual(['runtime', 'storage', 'tabs', 'windows']);
  });

  it("leaves the polyfill's wrapper of chrome as it was where there is no browser object", () => {
    g.chrome = { runtime: { id: 'lens-test', getURL: (path: string) => `chrome-extension://x${path}` } };
    const exported = load(inheritedExport(source)!) as { runtime: { getURL(path: string): string } };
    expect(exported.runtime.getURL('/a.js')).toBe('chrome-extension://x/a.js');
    expect(copiedKeys(exported)).toEqual([]);
  });
});
