import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteSwitch } from '../../../lib/surfaces/options';
import { getSettings, updateSettings } from '../../../lib/platform/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(cleanup);

describe('SiteSwitch, the popup’s “Off on this site”', () => {
  it('switches the page’s site off and on in one click', async () => {
    render(<SiteSwitch url="https://www.example.com/article" />);
    const toggle = (await screen.findByRole('switch', { name: 'Highlight names on example.com' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(screen.getByText('On for example.com')).toBeTruthy();

    fireEvent.click(toggle);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['example.com']));
    await waitFor(() => expect(screen.getByText('Off on example.com')).toBeTruthy());

    fireEvent.click(toggle);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('offers Resume while paused everywhere', async () => {
    await updateSettings({ paused: true });
    render(<SiteSwitch url="https://example.com/" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(false));
    expect(await screen.findByRole('switch')).toBeTruthy();
  });

  it('says when the switch could not be saved, and leaves the site as it was', async () => {
    render(<SiteSwitch url="https://example.com/" />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toMatch(/settings were not saved.*QUOTA_BYTES/);
    expect((await getSettings()).disabledSites).toEqual([]);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['example.com']));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('explains pages the extension cannot run on', async () => {
    render(<SiteSwitch url="chrome://extensions/" />);
    expect(await screen.findByText('Not available on this page')).toBeTruthy();
  });
});
