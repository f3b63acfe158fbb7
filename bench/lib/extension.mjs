/**
 * Chromium with a built extension loaded, on a throwaway profile, for the benchmarks that drive the
 * extension in a real browser. `close()` closes the browser and removes the profile.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {string} build the built extension's folder (holding manifest.json)
 * @param {{ profilePrefix?: string, executablePath?: string, viewport?: { width: number, height: number } }} [options]
 *   `viewport: undefined` leaves Playwright's default.
 */
export async function launchWithExtension(build, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), options.profilePrefix ?? 'lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: 'viewport' in options ? options.viewport : { width: 1200, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${build}`, `--load-extension=${build}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
