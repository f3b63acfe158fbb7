/**
 * A stand-in for the parts of the extension API the background uses, recording every call. The
 * shared fake browser lacks menus, commands, popups and side panels, so these tests bring their own.
 */
import { vi } from 'vitest';
import type { BrowserApi } from '../../lib/background/api';

export interface FakeOptions {
  openPopup?: () => Promise<void>;
  manifest?: Record<string, unknown>;
  sidePanelOpen?: () => Promise<void>;
  sidebarOpen?: () => Promise<void>;
  sidebarIsOpen?: boolean;
  tabs?: { id: number; url?: string; windowId?: number }[];
}

export function fakeApi(options: FakeOptions = {}) {
  const calls: [string, unknown][] = [];
  const record = (name: string) =>
    vi.fn(async (arg?: unknown) => {
      calls.push([name, arg]);
    });
  let nextTabId = 100;
  const api = {
    runtime: {
      getManifest: () => options.manifest ?? { action: { default_popup: 'popup.html' } },
      getURL: (path: string) => `chrome-extension://abc${path.startsWith('/') ? '' : '/'}${path}`,
    },
    action: {
      setPopup: record('action.setPopup'),
      openPopup: vi.fn(async () => {
        calls.push(['action.openPopup', undefined]);
        await (options.openPopup ?? (async () => undefined))();
      }),
    },
    windows: { create: record('windows.create'), update: record('windows.update') },
    tabs: {
      query: vi.fn(async () => options.tabs ?? []),
      create: vi.fn(async (props: { url: string }) => {
        calls.push(['tabs.create', props]);
        return { id: nextTabId++, windowId: 1, url: props.url };
      }),
      update: record('tabs.update'),
    },
    contextMenus: { removeAll: record('contextMenus.removeAll'), create: vi.fn((props: unknown) => calls.push(['contextMenus.create', props])) },
    sidePanel: {
      setOptions: record('sidePanel.setOptions'),
      open: vi.fn(async (arg: unknown) => {
        calls.push(['sidePanel.open', arg]);
        await (options.sidePanelOpen ?? (async () => undefined))();
      }),
    },
    sidebarAction: {
      setPanel: record('sidebarAction.setPanel'),
      open: vi.fn(async () => {
        calls.push(['sidebarAction.open', undefined]);
        await (options.sidebarOpen ?? (async () => undefined))();
      }),
      isOpen: vi.fn(async () => options.sidebarIsOpen ?? false),
    },
  };
  return { api: api as unknown as BrowserApi, calls, raw: api };
}
