import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, messageTab, type ExtensionBrowser } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('runs its content script on a page served from 127.0.0.1', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/smoke.html'));
    // The content script answers the typed "what does this page mention" message.
    // The content script starts at document_idle, after the load: ask until it answers.
    const ask = () => messageTab(browser, server.url('/smoke.html'), { type: 'page/mentions' }).catch(() => null);
    await expect.poll(ask, { timeout: 10_000 }).toMatchObject({ url: server.url('/smoke.html'), title: 'Smoke' });
    await page.close();
  });

  it('opens its popup page', async () => {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    await expect(page.getByRole('combobox').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
