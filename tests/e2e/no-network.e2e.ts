/**
 * The privacy promise, checked: while the extension highlights a page, shows a card, searches in the
 * popup and opens its options, the browser makes no network request but the page's own. Every
 * request of the context is watched: pages, frames, extension pages and the service worker (a
 * control request from the worker proves the watcher sees the worker).
 */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, messageTab, type ExtensionBrowser } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/server';

let browser: ExtensionBrowser;
let server: FixtureServer;
const seen: { url: string }[] = [];

function isNetwork(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) => {
    seen.push({ url: request.url() });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('network silence', () => {
  it('makes no request of its own while every surface is used', async () => {
    const article = server.url('/release/article.html');
    const page = await browser.newPage();
    await page.goto(article);
    // The content script is running and has scanned the page.
    await expect
      .poll(() => messageTab<{ url: string }>(browser, article, { type: 'page/mentions' }).then((m) => m.url).catch(() => null))
      .toBe(article);
    await page.mouse.move(10, 10);
    const box = await page.getByText('Claude Code').first().boundingBox();
    if (box) await page.mouse.move(box.x + 5, box.y + box.height / 2);

    const popup = await browser.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('combobox').fill('sottiaux');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);

    const options = await browser.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await expect.poll(() => options.getByRole('switch', { name: 'Pause everywhere' }).isVisible()).toBe(true);
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();

    const network = seen.filter((r) => isNetwork(r.url)).map((r) => new URL(r.url));
    const foreign = network.filter((url) => url.origin !== server.origin);
    expect(foreign.map(String)).toEqual([]);
    // On the fixture server, only what the page itself asked for (and the browser's favicon probe).
    const own = new Set(network.map((url) => url.pathname));
    own.delete('/release/article.html');
    own.delete('/favicon.ico');
    expect([...own]).toEqual([]);
    expect(network.some((url) => url.pathname === '/release/article.html')).toBe(true);
  });

  it('would see a request from the service worker (control)', async () => {
    const control = server.url('/control-from-worker');
    await browser.worker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), control);
    await expect.poll(() => seen.some((r) => r.url === control)).toBe(true);
  });
});
