import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPageBridge, parsePopupLocation, popupHash } from '../../../lib/surfaces/popup';

const BASE = 'chrome-extension://abc/popup.html';

describe('parsePopupLocation', () => {
  it('reads #q=, #entity= and ?tab=', () => {
    expect(parsePopupLocation(`${BASE}#q=gpt%205.3`)).toEqual({ query: 'gpt 5.3' });
    expect(parsePopupLocation(`${BASE}#entity=sam-altman`)).toEqual({ entityId: 'sam-altman' });
    expect(parsePopupLocation(`${BASE}?tab=42#q=codex`)).toEqual({ query: 'codex', tabId: 42 });
  });

  it('ignores what it cannot use', () => {
    expect(parsePopupLocation(`${BASE}?tab=abc#q=%20`)).toEqual({});
    expect(parsePopupLocation('not a url')).toEqual({});
  });

  it('round-trips with popupHash', () => {
    const query = 'Claude & "Codex" #1';
    expect(parsePopupLocation(BASE + popupHash({ query })).query).toBe(query);
    expect(parsePopupLocation(BASE + popupHash({ entityId: 'claude-code' })).entityId).toBe('claude-code');
  });
});

describe('createBrowserPageBridge', () => {
  const page = { url: 'https://x.test/', title: 'X', active: true, total: 0, entities: [] };
  let send: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    send = vi.fn(async (_tabId: number, message: { type: string }) =>
      message.type === 'page/mentions' ? page : { index: 0, count: 2 },
    );
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks the active tab when the popup is a real popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    const bridge = createBrowserPageBridge();
    await expect(bridge.load()).resolves.toEqual({ status: 'ready', page });
    expect(send).toHaveBeenCalledWith(7, { type: 'page/mentions' }, { frameId: 0 });
    await expect(bridge.reveal('openai')).resolves.toEqual({ index: 0, count: 2 });
    expect(send).toHaveBeenLastCalledWith(7, { type: 'page/reveal', entityId: 'openai' }, { frameId: 0 });
  });

  it('treats its own tab as no page when opened as a tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as never);
    await expect(createBrowserPageBridge().load()).resolves.toEqual({ status: 'no-page' });
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the tab named by ?tab= instead', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as never);
    await expect(createBrowserPageBridge(12).load()).resolves.toEqual({ status: 'ready', page });
    expect(send).toHaveBeenCalledWith(12, { type: 'page/mentions' }, { frameId: 0 });
  });

  it('reports an unreachable page when the tab has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const bridge = createBrowserPageBridge();
    await expect(bridge.load()).resolves.toEqual({ status: 'unreachable' });
    await expect(bridge.reveal('openai')).resolves.toBeNull();
  });
});
