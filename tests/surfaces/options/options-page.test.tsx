import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import userFixture from '../../fixtures/user-dataset.json';
import mini from '../../fixtures/mini-dataset.json';
import type { Dataset } from '../../../lib/core/dataset/types';
import { OptionsPage, type AnnotationPort } from '../../../lib/surfaces/options';
import { DEFAULT_SETTINGS, getSettings, setNameMuted, updateSettings } from '../../../lib/platform/settings';
import { getUserDataset } from '../../../lib/platform/userdata';

const bundled = mini as unknown as Dataset;

function pick(input: HTMLElement, name: string, text: string) {
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('the options page', () => {
  it('writes the pause switch, style, delay and theme to storage.sync', async () => {
    render(<OptionsPage bundled={bundled} />);
    const pause = await screen.findByRole('switch', { name: 'Pause everywhere' });
    fireEvent.click(pause);
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));

    fireEvent.click(screen.getByRole('radio', { name: 'Background' }));
    await waitFor(async () => expect((await getSettings()).highlightStyle).toBe('background'));

    const slider = screen.getByRole('slider', { name: 'Hover delay' });
    // While dragged, the value shows; storage hears it on release.
    fireEvent.input(slider, { target: { value: '800' } });
    await waitFor(() => expect(screen.getByText('800 ms')).toBeTruthy());
    expect((await getSettings()).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    fireEvent.change(slider, { target: { value: '1200' } });
    await waitFor(async () => expect((await getSettings()).hoverDelayMs).toBe(1200));

    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect((await getSettings()).theme).toBe('dark');
  });

  it('offers "highlight names on every page", off by default, and stores it when switched', async () => {
    render(<OptionsPage bundled={bundled} />);
    const everywhere = (await screen.findByRole('switch', {
      name: 'Highlight names on every page, not only pages about AI',
    })) as HTMLInputElement;
    expect(everywhere.checked).toBe(false);
    fireEvent.click(everywhere);
    await waitFor(async () => expect((await getSettings()).highlightEverywhere).toBe(true));
  });

  it('lists the names marked "Not this" on a card, and highlights one again', async () => {
    await setNameMuted('example.com', 'Cursor', true);
    expect((await getSettings()).mutedNames).toEqual({ 'example.com': ['cursor'] });
    render(<OptionsPage bundled={bundled} />);
    expect(await screen.findByText('“cursor” on example.com')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Highlight “cursor” on example.com again' }));
    await waitFor(async () => expect((await getSettings()).mutedNames).toEqual({}));
  });

  it('shows changes made elsewhere without a reload', async () => {
    render(<OptionsPage bundled={bundled} />);
    const pause = (await screen.findByRole('switch', { name: 'Pause everywhere' })) as HTMLInputElement;
    expect(pause.checked).toBe(false);
    await updateSettings({ paused: true });
    await waitFor(() => expect(pause.checked).toBe(true));
  });

  it('switches entity types off and on', async () => {
    render(<OptionsPage bundled={bundled} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'People' }));
    await waitFor(async () => expect((await getSettings()).enabledTypes.person).toBe(false));
    expect((await getSettings()).enabledTypes.company).toBe(true);
  });

  it('adds a site by what the person types, refuses nonsense, and switches a site back on', async () => {
    render(<OptionsPage bundled={bundled} />);
    const field = await screen.findByRole('textbox', { name: 'Switch off on a site' });
    fireEvent.input(field, { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch off' }));
    expect((await screen.findByRole('alert')).textContent).toContain('“not a site!” is not a site address');
    expect((await getSettings()).disabledSites).toEqual([]);

    fireEvent.input(field, { target: { value: 'https://www.Example.com/page' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch off' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['example.com']));
    fireEvent.click(await screen.findByRole('button', { name: 'Switch back on for example.com' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });
});

describe('the data section', () => {
  it('adds a dataset file, shows it with its name, and removes it', async () => {
    render(<OptionsPage bundled={bundled} />);
    pick(await screen.findByLabelText('Add a dataset file…'), 'mine.json', JSON.stringify(userFixture));
    expect((await screen.findByTestId('dataset-status')).textContent).toContain('Added “mine.json”: 1 entries');
    await waitFor(() => expect(screen.getByTestId('user-dataset').textContent).toContain('mine.json: version 2026-11-01'));
    expect((await getUserDataset())?.dataset.entities[0].id).toBe('zeditorix');

    fireEvent.click(screen.getByRole('button', { name: 'Remove my dataset' }));
    await waitFor(() => expect(screen.getByTestId('user-dataset').textContent).toBe('none added'));
    await expect(getUserDataset()).resolves.toBeNull();
  });

  it('refuses a bad file with the problem named, and changes nothing', async () => {
    render(<OptionsPage bundled={bundled} />);
    const input = await screen.findByLabelText('Add a dataset file…');
    pick(input, 'mine.json', JSON.stringify(userFixture));
    await waitFor(async () => expect(await getUserDataset()).not.toBeNull());
    const before = await getUserDataset();

    const broken = structuredClone(userFixture) as { entities: { facts: { sources: string[] }[] }[] };
    broken.entities[0].facts[0].sources = ['no-such-source'];
    pick(input, 'broken.json', JSON.stringify(broken));
    const status = await screen.findByText('“broken.json” was not added, nothing changed:');
    expect(status.parentElement?.textContent).toMatch(/broken\.json: \/entities\/0\/facts\/0\/sources/);
    expect(status.parentElement?.textContent).toContain('no-such-source');
    await expect(getUserDataset()).resolves.toEqual(before);
  });
});

describe('annotations and reset', () => {
  it('says plainly when annotation export is not wired', async () => {
    render(<OptionsPage bundled={bundled} />);
    expect(await screen.findByText('Annotation export and import are not available in this build.')).toBeTruthy();
  });

  it('imports annotations through the port and reports a bad file', async () => {
    let count = 2;
    const port: AnnotationPort = {
      count: async () => count,
      watch: () => () => undefined,
      exportFile: async () => ({ fileName: 'a.jsonld', text: '[]', mimeType: 'application/ld+json', count }),
      importText: async (text) => {
        if (!text.startsWith('[')) throw new Error('expected a JSON-LD array');
        count += 3;
        return { added: 3, skipped: text === '[1,2,3,4,5]' ? 2 : 0 };
      },
    };
    render(<OptionsPage bundled={bundled} annotations={port} />);
    expect(await screen.findByText('2 annotations saved in this browser.')).toBeTruthy();
    const input = screen.getByLabelText('Import a file…');
    pick(input, 'notes.jsonld', '[1,2,3]');
    expect(await screen.findByText('Imported 3 annotations from notes.jsonld.')).toBeTruthy();
    // Annotations already there are named, as in the side panel: nothing silently dropped.
    pick(input, 'again.jsonld', '[1,2,3,4,5]');
    expect(await screen.findByText('Imported 3 annotations from again.jsonld (2 already present, left as they were).')).toBeTruthy();
    pick(input, 'junk.txt', 'junk');
    expect(await screen.findByText('junk.txt was not imported: expected a JSON-LD array')).toBeTruthy();
  });

  it('says what the export saved, and why it could not when it fails', async () => {
    let fail = false;
    const port: AnnotationPort = {
      count: async () => 2,
      watch: () => () => undefined,
      exportFile: async () => {
        if (fail) throw new Error('storage is unavailable');
        return { fileName: 'a.jsonld', text: '[]', mimeType: 'application/ld+json', count: 2 };
      },
      importText: async () => ({ added: 0, skipped: 0 }),
    };
    render(<OptionsPage bundled={bundled} annotations={port} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export (JSON-LD)' }));
    expect(await screen.findByText('Exported 2 annotations as a.jsonld.')).toBeTruthy();
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Export (JSON-LD)' }));
    expect(await screen.findByText('The export could not be made: storage is unavailable. Nothing was changed.')).toBeTruthy();
  });

  it('resets everything only after the confirmation', async () => {
    await updateSettings({ paused: true, theme: 'dark' });
    await fakeBrowser.storage.local.set({ 'annotations:https://a.example/': { annotations: [] } });
    render(<OptionsPage bundled={bundled} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }));
    expect((await getSettings()).paused).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Reset everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything', hidden: true }));
    await waitFor(async () => expect(await getSettings()).toEqual(DEFAULT_SETTINGS));
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({});
    expect(await screen.findByText('Everything was reset.')).toBeTruthy();
  });
});
