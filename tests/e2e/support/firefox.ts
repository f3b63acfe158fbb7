/**
 * Launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the e2e build of the extension
 * installed temporarily. BiDi will not navigate a tab to a moz-extension:// page, so extension pages
 * are reached by a page navigating itself there (the e2e build, and only it, makes the popup and the
 * options page web-accessible); `page.url()` does not follow such a navigation, `evaluate` does.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIREFOX_MISSING, firefoxPath } from './browsers';

export const FIREFOX_E2E_BUILD = resolve(
  import.meta.dirname,
  '../../..',
  process.env.LENS_OUT_DIR ?? '.output',
  'firefox-mv3-e2e',
);
/** The add-on id of wxt.config.ts. */
export const GECKO_ID = '{76472182-372b-4378-8fb2-e917e3757e43}';
/** Pinned, so extension URLs are known before the browser starts. */
export const EXTENSION_UUID = '5d1e3c1a-0f6b-4d7e-9a51-1e2b3c4d5e6f';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Opens an extension page in a fresh tab, starting from `fromUrl` (any http page of the fixture server). */
  openExtensionPage(path: string, fromUrl: string): Promise<Page>;
  close(): Promise<void>;
}

/** Polls `check` in the page until it returns true; survives the page navigating meanwhile. */
export async function pollInPage(page: Page, check: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check)) return;
    } catch (error) {
      last = error; // The document is being replaced; ask again.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Firefox page never satisfied \`${check}\`${last ? ` (last error: ${String(last)})` : ''}`);
}

export async function launchFirefoxWithExtension(buildDir = FIREFOX_E2E_BUILD): Promise<FirefoxExtensionBrowser> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build at ${buildDir}: run \`npm run build:firefox-e2e\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(buildDir);
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    newPage: () => browser.newPage(),
    async openExtensionPage(path, fromUrl) {
      const page = await browser.newPage();
      await page.goto(fromUrl);
      const target = extensionUrl(path);
      await page.evaluate((url) => {
        location.href = url;
      }, target);
      await pollInPage(page, `location.href === ${JSON.stringify(target)} && document.readyState === 'complete'`);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
