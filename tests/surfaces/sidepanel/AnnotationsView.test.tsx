import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toJsonLd } from '../../../lib/platform/annotations/export';
import { createAnnotation } from '../../../lib/platform/annotations/model';
import { loadAll, saveAnnotation } from '../../../lib/platform/annotations/store';
import { SidePanelApp } from '../../../lib/surfaces/sidepanel';

const entityName = (id: string) => ({ openai: 'OpenAI' })[id] ?? id;

function note(url: string, exact: string, tags: string[] = []) {
  return createAnnotation({
    source: url,
    title: `Title of ${url}`,
    selectors: [{ type: 'TextQuoteSelector', exact }],
    content: { note: `note on ${exact}`, tags, entityIds: ['openai'] },
  });
}

function uploadFile(text: string, name = 'notes.jsonld') {
  const input = screen.getByLabelText('Import annotations from a JSON-LD file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/ld+json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the side panel', () => {
  it('has tabs, with Annotations first and places for the other views', async () => {
    render(<SidePanelApp entityName={entityName} />);
    expect(screen.getByRole('tab', { name: 'Annotations' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Race' }));
    expect(screen.getByRole('tabpanel').textContent).toMatch(/Race view/);
  });

  it('lists stored annotations, searches them, and opens one through the background', async () => {
    await saveAnnotation(note('https://a.example/1', 'first quote', ['agents']));
    await saveAnnotation(note('https://b.example/2', 'second quote'));
    const sent = vi.fn((_message: unknown) => undefined);
    fakeBrowser.runtime.onMessage.addListener(sent as never);
    render(<SidePanelApp entityName={entityName} />);
    expect(await screen.findByText('first quote')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 annotations');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search annotations' }), { target: { value: 'agents' } });
    expect(screen.queryByText('second quote')).toBeNull();
    expect(screen.getByText('1 of 2 annotations match')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Tag' }));
    expect(screen.getByRole('region', { name: '#agents' })).toBeTruthy();
    fireEvent.click(screen.getByText('first quote'));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0][0]).toMatchObject({ type: 'ui/open-annotation', url: 'https://a.example/1' });
  });

  it('marks orphans', async () => {
    const lost = note('https://a.example/1', 'lost quote');
    await saveAnnotation(lost);
    await saveAnnotation(note('https://a.example/1', 'found quote'));
    // Orphan status has its own key: a content script reporting it never rewrites the annotations.
    await browser.storage.local.set({ 'orphans:https://a.example/1': [lost.id] });
    render(<SidePanelApp entityName={entityName} />);
    const item = (await screen.findByText('lost quote')).closest('li')!;
    expect(item.textContent).toContain('Orphan');
    expect(screen.getByText('found quote').closest('li')!.textContent).not.toContain('Orphan');
    expect(screen.getByRole('status').textContent).toBe('2 annotations · 1 orphan');
    // A later report (the page visited again, the text back) reaches the open panel.
    await browser.storage.local.remove('orphans:https://a.example/1');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 annotations'));
    expect(screen.getByText('lost quote').closest('li')!.textContent).not.toContain('Orphan');
  });

  it('imports a JSON-LD file, skipping annotations already present', async () => {
    const existing = note('https://a.example/1', 'first quote');
    await saveAnnotation(existing);
    render(<SidePanelApp entityName={entityName} />);
    await screen.findByText('first quote');
    uploadFile(toJsonLd([existing, note('https://c.example/3', 'imported quote')]));
    expect(await screen.findByText(/Imported 1 annotation from notes\.jsonld \(1 already present/)).toBeTruthy();
    expect(await screen.findByText('imported quote')).toBeTruthy();
    expect((await loadAll()).flatMap((r) => r.annotations)).toHaveLength(2);
  });

  it('refuses a bad file with the reason, and changes nothing', async () => {
    await saveAnnotation(note('https://a.example/1', 'first quote'));
    const before = await browser.storage.local.get(null);
    render(<SidePanelApp entityName={entityName} />);
    await screen.findByText('first quote');
    uploadFile('this is not json', 'bad.jsonld');
    expect((await screen.findByRole('alert')).textContent).toMatch(/bad\.jsonld was not imported: The file is not JSON/);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('exports what is shown', async () => {
    await saveAnnotation(note('https://a.example/1', 'first quote'));
    await saveAnnotation(note('https://b.example/2', 'second quote'));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    render(<SidePanelApp entityName={entityName} />);
    await screen.findByText('first quote');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'second' } });
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    const csv = await blobs[0].text();
    expect(csv).toContain('second quote');
    expect(csv).not.toContain('first quote');
    expect(screen.getByText(/Exported 1 annotation as ai-industry-lens-annotations-.*\.csv/)).toBeTruthy();
  });
});
