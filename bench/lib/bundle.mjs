/** Bundles bench/lib/scanner-entry.ts into one IIFE string (window.LensBench) with vite's own bundler. */
import { build } from 'vite';
import { resolve } from 'node:path';

export async function bundleScanner() {
  const root = resolve(import.meta.dirname, '../..');
  const output = await build({
    // The matcher snapshot plugin (a TypeScript file, which Vite loads with its config).
    configFile: resolve(root, 'bench/lib/vite.config.ts'),
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, 'bench/lib/scanner-entry.ts'), formats: ['iife'], name: 'LensBench' },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output).output[0];
  return chunk.code;
}
