/**
 * The privacy promise, checked: while the extension highlights a page, shows a card, saves an
 * annotation, searches in the popup, opens its options, the side panel (list and Race tab) and the
 * Race view, the browser makes no network request but the page's own. Every
 * request of the context is watched: pages, frames, extension pages and the service worker (a
 * control request from the worker proves the watcher sees the worker).
 */
import type { Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateSelection } from './support/ax';
import { messageTab } from './support/chromium';
import { paintedTexts } from './support/overlay';
import { useExtensionBrowser } from './support/session';

const seen: { url: string }[] = [];

function isNetwork(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

const session = useExtensionBrowser();
beforeAll(() => {
  session.browser.context.on('request', (request: Request) => {
    seen.push({ url: request.url() });
  });
});

describe('network silence', () => {
  it('makes no request of its own while every surface is used', async () => {
    const article = session.server.url('/release/article.html');
    const page = await session.browser.newPage();
    await page.goto(article);
    // The content script is running and has scanned the page.
    await expect
      .poll(() => messageTab<{ url: string }>(session.browser, article, { type: 'page/mentions' }).then((m) => m.url).catch(() => null))
      .toBe(article);
    await page.mouse.move(10, 10);
    const box = await page.getByText('Claude Code').first().boundingBox();
    if (box) await page.mouse.move(box.x + 5, box.y + box.height / 2);

    // An annotation saved on the page, as a person saves one (the annotator is in a closed shadow root).
    const quote = 'mentions nobody at all';
    const cdp = await page.context().newCDPSession(page);
    await annotateSelection({ page, cdp }, 'p:nth-of-type(3)', quote, 'Offline note', 'privacy');
    await expect.poll(() => paintedTexts(page, cdp)).toEqual([quote]);

    const popup = await session.browser.newPage();
    await popup.goto(session.browser.extensionUrl('popup.html'));
    await popup.getByRole('combobox').fill('sottiaux');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);

    const options = await session.browser.newPage();
    await options.goto(session.browser.extensionUrl('options.html'));
    await expect.poll(() => options.getByRole('switch', { name: 'Pause everywhere' }).isVisible()).toBe(true);
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();
    await options.getByRole('switch', { name: 'Pause everywhere' }).click();

    // The side panel: its list (with the note just saved), then its Race tab.
    const panel = await session.browser.newPage();
    await panel.goto(session.browser.extensionUrl('sidepanel.html'));
    await expect.poll(() => panel.getByText('Offline note').count()).toBeGreaterThan(0);
    await panel.getByRole('tab', { name: 'Race' }).click();
    const timeline = panel.getByRole('group', { name: /Timeline of the AI coding race/ });
    await expect.poll(() => timeline.getByRole('button').count()).toBeGreaterThan(0);

    // The Race view in its own tab.
    const race = await session.browser.newPage();
    await race.goto(session.browser.extensionUrl('race.html'));
    await expect
      .poll(() => race.getByRole('group', { name: /Timeline of the AI coding race/ }).getByRole('button').count())
      .toBeGreaterThan(0);

    const network = seen.filter((r) => isNetwork(r.url)).map((r) => new URL(r.url));
    const foreign = network.filter((url) => url.origin !== session.server.origin);
    expect(foreign.map(String)).toEqual([]);
    // On the fixture server, only what the page itself asked for (and the browser's favicon probe).
    const own = new Set(network.map((url) => url.pathname));
    own.delete('/release/article.html');
    own.delete('/favicon.ico');
    expect([...own]).toEqual([]);
    expect(network.some((url) => url.pathname === '/release/article.html')).toBe(true);
  });

  it('would see a request from the service worker (control)', async () => {
    const control = session.server.url('/control-from-worker');
    await session.browser.worker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), control);
    await expect.poll(() => seen.some((r) => r.url === control)).toBe(true);
  });
});
