/**
 * Loads the repository's TypeScript modules in Node through Vite's SSR loader (so `?raw` and JSON
 * imports resolve as in the build), for the scripts that measure the search outside a browser
 * (tests/core/search/run-queries.mjs, run-typos.mjs, bench/search.bench.mjs).
 *   const [search, dataset] = await loadModules(['/lib/core/search/index.ts', '/lib/core/dataset/index.ts']);
 * The loader stays open until `closeModules()`.
 */
import { createServer } from 'vite';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
let server;

export async function loadModules(paths) {
  server ??= await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  return Promise.all(paths.map((path) => server.ssrLoadModule(path)));
}

export async function closeModules() {
  await server?.close();
  server = undefined;
}
