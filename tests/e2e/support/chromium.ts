/**
 * Launches real Chromium with the built extension loaded, and finds the extension's id.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from './browsers';

/** The extension APIs as seen inside the service worker (code passed to `worker.evaluate`). */
declare const chrome: typeof import('wxt/browser').browser;

export const CHROME_BUILD = resolve(
  import.meta.dirname,
  '../../..',
  process.env.LENS_OUT_DIR ?? '.output',
  'chrome-mv3',
);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(buildDir = CHROME_BUILD): Promise<ExtensionBrowser> {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${buildDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'lens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Changes settings as another device's sync or the options page would: written to `storage.sync` from
 * the service worker, in the single item older builds kept them in (read, migrated and followed by every tab).
 */
export function setSettings(ext: ExtensionBrowser, patch: object): Promise<void> {
  return ext.worker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object | undefined), ...patch } });
  }, patch);
}

/**
 * Sends a typed message to the content script of the tab showing `url`, from the service worker,
 * as the popup would. (The extension has no "tabs" permission, so tabs are told apart by asking.)
 */
export async function messageTab<T = unknown>(
  ext: ExtensionBrowser,
  url: string,
  message: { type: string; [key: string]: unknown },
): Promise<T> {
  return ext.worker.evaluate(
    async ({ url, message }) => {
      for (const tab of await chrome.tabs.query({})) {
        try {
          const probe = await chrome.tabs.sendMessage(tab.id!, { type: 'page/mentions' }, { frameId: 0 });
          if (probe?.url === url) return chrome.tabs.sendMessage(tab.id!, message, { frameId: 0 });
        } catch {
          // No content script in that tab.
        }
      }
      throw new Error(`no tab with a content script shows ${url}`);
    },
    { url, message },
  ) as Promise<T>;
}
