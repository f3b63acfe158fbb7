import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTabShowing } from '../../lib/background/find-tab';
import { normalizeUrl } from '../../lib/platform/annotations/url';
import { fakeApi } from './fake-api';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('findTabShowing', () => {
  it('finds a tab whose address carries tracking parameters, a fragment or another query order', async () => {
    // Annotations are stored under the normalised address.
    const stored = normalizeUrl('https://news.example/story?b=2&a=1');
    const { api } = fakeApi({
      tabs: [
        { id: 1, url: 'https://news.example/other', windowId: 1 },
        { id: 2, url: 'https://news.example/story?utm_source=x&b=2&fbclid=abc&a=1#comments', windowId: 3 },
      ],
    });
    await expect(findTabShowing(api, stored)).resolves.toEqual({ id: 2, windowId: 3 });
  });

  it('normalises an address a content script reports, and still tells different queries apart', async () => {
    const { api } = fakeApi({ tabs: [{ id: 4 }, { id: 5 }] });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tab) => ({
      url: tab === 4 ? 'https://a.example/item?id=41&utm_medium=mail' : 'https://a.example/item?utm_campaign=c&id=42',
    }));
    await expect(findTabShowing(api, normalizeUrl('https://a.example/item?id=42'))).resolves.toEqual({ id: 5, windowId: undefined });
  });
});
