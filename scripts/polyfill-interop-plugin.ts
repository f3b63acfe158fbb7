/**
 * webextension-polyfill without the bundler's copy of the whole browser API at start (Chrome builds).
 *
 * The polyfill is CommonJS: `module.exports` is the browser's own `browser` object where there is one
 * (Chrome has it now) or the polyfill's wrapper of `chrome` (a Proxy with no own keys). Importing it
 * from an ES module (WXT's `wxt/browser` does) makes the bundler copy every own property of that
 * export onto a namespace object (`__toESM`), asking each for its descriptor. Chrome builds each API
 * namespace of `browser` (`storage`, `windows`, `tabs`, ...) when it is first touched, and a
 * descriptor touches it: the copy built every API the extension may use, in every frame's content
 * script and at every start of the service worker (docs/performance.md).
 *
 * This exports an object whose prototype is `browser` instead: the copy finds no own key, and each
 * namespace is the browser's own, built where it is used (checked in Chromium: same objects, calls
 * work). Firefox builds keep the polyfill as it is (its `browser` is not Chrome's). The statement
 * must be found, or the build stops naming the file.
 */
import type { Plugin } from 'vite';

const NATIVE = 'module.exports = globalThis.browser;';
const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

/** The polyfill's source exporting an object that inherits from `browser`; null when the statement is not there once. */
export function inheritedExport(code: string): string | null {
  if (code.split(NATIVE).length !== 2) return null;
  return code.replace(NATIVE, 'module.exports = Object.create(globalThis.browser);');
}

export function polyfillInterop(): Plugin {
  return {
    name: 'lens-polyfill-interop',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id.split('?')[0])) return null;
      const out = inheritedExport(code);
      if (out === null) this.error(`${id}: webextension-polyfill no longer exports globalThis.browser as scripts/polyfill-interop-plugin.ts expects`);
      return { code: out, map: null };
    },
  };
}
