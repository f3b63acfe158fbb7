#!/usr/bin/env node
/**
 * Renders assets/icon/icon.svg to the PNG sizes the stores and browsers ask for
 * (assets/public/icon/<size>.png, which WXT puts in the manifest) with the system Chromium,
 * transparent background. Run after editing the SVG: `npm run icons`.
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 96, 128];
const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon/icon.svg'), 'utf8');
const outDir = resolve(root, 'assets/public/icon');
mkdirSync(outDir, { recursive: true });

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) throw new Error('No Chromium found: install `chromium` or set CHROME_PATH.');

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`icon/${size}.png`);
  }
} finally {
  await browser.close();
}
