import { describe, expect, it } from 'vitest';
import { messageTab } from './support/chromium';
import { useExtensionBrowser } from './support/session';


const session = useExtensionBrowser();

describe('the built extension in Chromium', () => {
  it('runs its content script on a page served from 127.0.0.1', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/smoke.html'));
    // The content script answers the typed "what does this page mention" message.
    // The content script starts at document_idle, after the load: ask until it answers.
    const ask = () => messageTab(session.browser, session.server.url('/smoke.html'), { type: 'page/mentions' }).catch(() => null);
    await expect.poll(ask, { timeout: 10_000 }).toMatchObject({ url: session.server.url('/smoke.html'), title: 'Smoke' });
    await page.close();
  });

  it('opens its popup page', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.browser.extensionUrl('popup.html'));
    await expect(page.getByRole('combobox').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
