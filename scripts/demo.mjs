#!/usr/bin/env node
/**
 * Opens Chromium with the freshly built extension on the bundled demo page (demo/index.html, served on
 * 127.0.0.1). Needs a display; on a machine without one it says so and stops.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = join(root, process.env.LENS_OUT_DIR ?? '.output', 'chrome-mv3');
if (!existsSync(join(build, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    `Built into ${build}. There is no display here, so no browser window can open.\n` +
      'Load that folder as an unpacked extension (chrome://extensions, Developer mode) on a desktop.',
  );
  process.exit(0);
}
const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) {
  console.error('No Chromium found: install the `chromium` package or set CHROME_PATH.');
  process.exit(1);
}

const page = readFileSync(join(root, 'demo/index.html'));
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lens-demo-')), {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run'],
});
const [tab] = context.pages();
await (tab ?? (await context.newPage())).goto(url);
console.log(`Demo open at ${url}. Close the browser window to stop.`);
context.on('close', () => server.close());
