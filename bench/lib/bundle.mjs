/**
 * Bundles bench/lib/scanner-entry.ts into one IIFE string (window.LensBench) with vite's own bundler;
 * `bundleIife` does the same for any entry (the end-to-end tests' in-page harnesses).
 */
import { build } from 'vite';
import { resolve } from 'node:path';

export function bundleScanner() {
  return bundleIife(resolve(import.meta.dirname, 'scanner-entry.ts'), 'LensBench');
}

/** `entry` (a path) as one minified IIFE that sets window[name] to its exports. */
export async function bundleIife(entry, name) {
  const root = resolve(import.meta.dirname, '../..');
  const output = await build({
    // The matcher snapshot plugin (a TypeScript file, which Vite loads with its config).
    configFile: resolve(root, 'bench/lib/vite.config.ts'),
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output).output[0];
  return chunk.code;
}
