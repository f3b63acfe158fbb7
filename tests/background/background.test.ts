import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MENU_ANNOTATE,
  MENU_LOOKUP,
  badgeText,
  createContextMenus,
  entityHash,
  lookupPath,
  onCommand,
  onMenuClicked,
  openAnnotation,
  openEntity,
  openLookup,
} from '../../lib/background';
import { fakeApi } from './fake-api';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the lookup from a selection', () => {
  it('puts the selection in the popup address', () => {
    expect(lookupPath('  Claude Code ')).toBe('popup.html#q=Claude%20Code');
    expect(lookupPath('a&b#c')).toBe('popup.html#q=a%26b%23c');
  });

  it('opens the toolbar popup with the query, then restores the plain popup', async () => {
    const { api, calls } = fakeApi();
    await expect(openLookup(api, 'Cursor')).resolves.toBe('popup');
    expect(calls.map(([name]) => name)).toEqual(['action.setPopup', 'action.openPopup', 'action.setPopup']);
    expect(calls[0][1]).toEqual({ popup: 'popup.html#q=Cursor' });
    expect(calls[2][1]).toEqual({ popup: 'popup.html' });
  });

  it('falls back to a small window when the popup may not open', async () => {
    const { api, calls } = fakeApi({ openPopup: () => Promise.reject(new Error('no active window')) });
    await expect(openLookup(api, 'Codex')).resolves.toBe('window');
    expect(calls.at(-1)).toEqual([
      'windows.create',
      { url: 'chrome-extension://abc/popup.html#q=Codex', type: 'popup', width: 420, height: 640 },
    ]);
    expect(calls).toContainEqual(['action.setPopup', { popup: 'popup.html' }]);
  });
});

describe('context menus', () => {
  it('rebuilds both entries for selections, titled from the locale file', async () => {
    const { api, calls } = fakeApi();
    await createContextMenus(api);
    expect(calls[0][0]).toBe('contextMenus.removeAll');
    expect(calls.slice(1)).toEqual([
      ['contextMenus.create', { id: MENU_LOOKUP, title: 'Look up “%s”', contexts: ['selection'] }],
      ['contextMenus.create', { id: MENU_ANNOTATE, title: 'Annotate selection', contexts: ['selection'] }],
    ]);
  });

  it('routes "Look up" to the lookup and "Annotate" to the frame holding the selection', async () => {
    const { api, calls } = fakeApi();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await onMenuClicked(api, { menuItemId: MENU_LOOKUP, selectionText: 'Windsurf' }, { id: 7 });
    expect(calls[0]).toEqual(['action.setPopup', { popup: 'popup.html#q=Windsurf' }]);
    await onMenuClicked(api, { menuItemId: MENU_ANNOTATE, selectionText: 'x', frameId: 3 }, { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { type: 'page/annotate' }, { frameId: 3 });
  });
});

describe('keyboard commands', () => {
  it('sends page commands to every frame of the tab', async () => {
    const { api } = fakeApi();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await expect(onCommand(api, 'toggle-highlights', { id: 4 })).resolves.toBe(true);
    expect(send).toHaveBeenCalledWith(4, { type: 'page/toggle-highlights' });
  });

  it('finds the active tab when the browser does not say, and ignores other commands', async () => {
    const { api, raw } = fakeApi({ tabs: [{ id: 9 }] });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await onCommand(api, 'annotate');
    expect(raw.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(9, { type: 'page/annotate' });
    await expect(onCommand(api, '_execute_action', { id: 9 })).resolves.toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not throw on pages without a content script', async () => {
    const { api } = fakeApi();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(onCommand(api, 'open-card', { id: 4 })).resolves.toBe(false);
  });
});

describe('opening an entity', () => {
  it('uses the Chrome side panel in the sender’s window', async () => {
    const { api, calls } = fakeApi({ manifest: { side_panel: { default_path: 'sidepanel.html' } } });
    await expect(openEntity(api, 'sam-altman', { windowId: 2 })).resolves.toBe('side-panel');
    expect(calls).toContainEqual(['sidePanel.setOptions', { path: 'sidepanel.html#entity=sam-altman', enabled: true }]);
    expect(calls).toContainEqual(['sidePanel.open', { windowId: 2 }]);
  });

  it('opens a tab with the entry when the side panel refuses', async () => {
    const { api, calls } = fakeApi({
      manifest: { side_panel: {} },
      sidePanelOpen: () => Promise.reject(new Error('may only be called in response to a user gesture')),
    });
    await expect(openEntity(api, 'openai', { windowId: 2, index: 4 })).resolves.toBe('tab');
    expect(calls.at(-1)).toEqual(['tabs.create', { url: `chrome-extension://abc/popup.html${entityHash('openai')}`, active: true, index: 5 }]);
  });

  it('uses the Firefox sidebar when it is open already', async () => {
    const { api, calls } = fakeApi({
      manifest: { sidebar_action: { default_panel: 'sidepanel.html' } },
      sidebarOpen: () => Promise.reject(new Error('not a user action')),
      sidebarIsOpen: true,
    });
    await expect(openEntity(api, 'codex')).resolves.toBe('sidebar');
    expect(calls).toContainEqual(['sidebarAction.setPanel', { panel: 'chrome-extension://abc/sidepanel.html#entity=codex' }]);
  });
});

describe('opening an annotation', () => {
  it('focuses the tab already showing the page and asks it to reveal the note', async () => {
    const { api, calls } = fakeApi({ tabs: [{ id: 1, url: 'https://a.example/x', windowId: 1 }, { id: 2, url: 'https://b.example/y#top', windowId: 5 }] });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) =>
      (message as { type: string }).type === 'page/show-annotation' ? { found: true } : { url: 'https://b.example/y' },
    );
    await expect(openAnnotation(api, 'https://b.example/y', 'note-1')).resolves.toEqual({ found: true });
    expect(calls).toContainEqual(['tabs.update', 2]);
    expect(calls).toContainEqual(['windows.update', 5]);
    expect(send).toHaveBeenLastCalledWith(2, { type: 'page/show-annotation', annotationId: 'note-1' }, { frameId: 0 });
  });

  it('asks tabs without a visible address through their content script', async () => {
    const { api } = fakeApi({ tabs: [{ id: 3 }] });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) =>
      (message as { type: string }).type === 'page/show-annotation' ? { found: true } : { url: 'https://c.example/' },
    );
    await expect(openAnnotation(api, 'https://c.example/', 'n')).resolves.toEqual({ found: true });
  });

  it('opens the page when no tab shows it, waiting for its content script', async () => {
    const { api, calls } = fakeApi({ tabs: [] });
    let pings = 0;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) => {
      if ((message as { type: string }).type === 'page/mentions') {
        pings += 1;
        if (pings < 3) throw new Error('Receiving end does not exist');
        return { url: 'https://d.example/' };
      }
      return { found: false };
    });
    await expect(openAnnotation(api, 'https://d.example/', 'n')).resolves.toEqual({ found: false });
    expect(calls).toContainEqual(['tabs.create', { url: 'https://d.example/', active: true }]);
    expect(pings).toBe(3);
  });
});

describe('the badge', () => {
  it('shows counts, nothing for zero, and caps long numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1500)).toBe('999+');
  });
});
