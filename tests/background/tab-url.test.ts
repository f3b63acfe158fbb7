import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowedTabUrl, openAnnotation, openEntity, openLookup, RefusedAddressError } from '../../lib/background';
import { fakeApi } from './fake-api';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const REFUSED = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://a.example/1234',
  'about:blank',
  'chrome://settings',
  'chrome-extension://another-extension/page.html',
  'moz-extension://abc/page.html',
  'view-source:https://a.example/',
  'ftp://a.example/file',
  'not a url',
  '',
];

describe('addresses the background opens', () => {
  it('accepts web pages, local files and its own pages', () => {
    const { api } = fakeApi();
    expect(allowedTabUrl(api, 'https://a.example/story?x=1#p2')).toBe('https://a.example/story?x=1#p2');
    expect(allowedTabUrl(api, 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
    expect(allowedTabUrl(api, 'file:///home/me/notes.html')).toBe('file:///home/me/notes.html');
    expect(allowedTabUrl(api, 'chrome-extension://abc/popup.html#entity=codex')).toBe('chrome-extension://abc/popup.html#entity=codex');
  });

  it.each(REFUSED)('refuses %j', (url) => {
    const { api } = fakeApi();
    expect(allowedTabUrl(api, url)).toBeNull();
  });

  it('refuses what is not a string at all', () => {
    const { api } = fakeApi();
    expect(allowedTabUrl(api, { toString: () => 'https://a.example/' })).toBeNull();
    expect(allowedTabUrl(api, undefined)).toBeNull();
  });

  it('opens no tab and asks no page when an annotation message names another kind of address', async () => {
    const { api, calls } = fakeApi({ tabs: [{ id: 1, url: 'https://a.example/', windowId: 1 }] });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    for (const url of REFUSED) {
      await expect(openAnnotation(api, url, 'note-1')).rejects.toBeInstanceOf(RefusedAddressError);
    }
    expect(calls.filter(([name]) => name.startsWith('tabs.') || name.startsWith('windows.'))).toEqual([]);
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps an entity id or a query inside its own page’s address, whatever it holds', async () => {
    const { api, calls } = fakeApi({ manifest: {}, openPopup: () => Promise.reject(new Error('no gesture')) });
    await openEntity(api, 'javascript:alert(1)');
    await openLookup(api, 'data:text/html,x');
    const opened = calls.filter(([name]) => name === 'tabs.create' || name === 'windows.create').map(([, arg]) => (arg as { url: string }).url);
    expect(opened).toEqual(['chrome-extension://abc/popup.html#entity=javascript%3Aalert(1)', 'chrome-extension://abc/popup.html#q=data%3Atext%2Fhtml%2Cx']);
  });
});

describe('notes for a card', () => {
  it('answers an entity’s notes from every page, newest first, and nothing for a malformed ask', async () => {
    const { entityNotes } = await import('../../lib/background/entity-notes');
    const entity = { type: 'SpecificResource', purpose: 'identifying', source: 'urn:ai-industry-lens:entity:codex' };
    const record = (url: string, id: string, modified: string) => ({
      url,
      title: url,
      annotations: [{ id, body: [entity], created: modified, modified, target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: 'Codex' }] } }],
    });
    await fakeBrowser.storage.local.set({
      'annotations:https://a.example/': record('https://a.example/', 'old', '2026-01-01T00:00:00Z'),
      'annotations:https://b.example/': record('https://b.example/', 'new', '2026-06-01T00:00:00Z'),
    });
    expect((await entityNotes('codex')).notes.map((n) => n.annotationId)).toEqual(['new', 'old']);
    expect(await entityNotes({ toString: () => 'codex' })).toEqual({ notes: [] });
    // Kept between asks, and read again once an annotation changes.
    await fakeBrowser.storage.local.set({ 'annotations:https://c.example/': record('https://c.example/', 'newest', '2026-09-01T00:00:00Z') });
    expect((await entityNotes('codex')).notes.map((n) => n.annotationId)).toEqual(['newest', 'new', 'old']);
  });
});
