/**
 * Marks the content script's module (`content-scripts/lens.js`, Chrome) for eager compilation with
 * V8's explicit compile hint, the magic comment `//# allFunctionsCalledOnLoad` on the file's first
 * line (Chrome 136 and later; other engines read a comment).
 *
 * Why: Chrome compiles an imported module off the page's main thread, but only its top level and the
 * functions V8 guesses are called at once. Every other function is compiled on the main thread the
 * first time it runs, and a frame's start-up and first scan run most of this module's functions once:
 * those lazy compiles were spread over every piece of our start-up in the profiles. With the hint the
 * whole module is compiled on the background thread that already streams it. Two A/Bs in the
 * page-cost benchmark, 6 alternating pairs each (docs/bench-runs/2026-12-07-session9-compile-hint-ab.txt):
 * the extension's main-thread CPU 0.86x and 0.89x on the news page, 0.76x and 0.88x on the page with
 * no name. The hint is applied only here: on the loader (`content.js`, a classic script compiled on
 * the main thread) it doubled our main-thread compile.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `code` with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/** The plugin: after minification (which drops comments), every entry chunk of this build gets the hint. */
export function compileHints(): Plugin {
  return {
    name: 'lens-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) file.code = withCompileHint(file.code);
    },
  };
}
