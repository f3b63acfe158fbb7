import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Dataset } from '../../../lib/core/dataset/types';
import type { EntityNote } from '../../../lib/platform/annotations';
import { Card } from '../../../lib/page/card/components/Card';
import { createLookup } from '../../../lib/page/card/card-model';
import miniData from '../../fixtures/mini-dataset.json';

// The card's notes use the content script's Markdown chunk, here served from the source tree.
vi.mock('../../../lib/page/chunks/markdown', async (original) => {
  const actual = await original<typeof import('../../../lib/page/chunks/markdown')>();
  const { parseMarkdown } = await import('../../../lib/ui/markdown');
  return { ...actual, markdownChunk: actual.createMarkdownChunk({ importer: async () => ({ parseMarkdown }), url: (path) => path }) };
});

const lookup = createLookup(miniData as Dataset);
afterEach(cleanup);

const note = (id: string, text: string, date: string): EntityNote => ({
  annotationId: id,
  url: 'https://a.example/story',
  pageTitle: 'Story A',
  quote: `quote ${id}`,
  note: text,
  date,
});

function renderCard(load?: (id: string) => Promise<EntityNote[]>, onOpen = vi.fn()) {
  render(
    <Card lookup={lookup} entityId="claude-code" theme="light" locale="en-GB" onOpenEntry={vi.fn()} onClose={vi.fn()} notes={load ? { load, onOpen } : undefined} />,
  );
  return onOpen;
}

describe('Your notes in the card', () => {
  it('asks for the entity’s notes when it shows, and lists them as given (newest first), note as safe Markdown', async () => {
    const load = vi.fn(async () => [
      note('n2', '**bold** <img src=x onerror=alert(1)> [site](https://example.com) [bad](javascript:alert(1))', '2026-05-01T00:00:00Z'),
      note('n1', 'older', '2026-01-01T00:00:00Z'),
    ]);
    const onOpen = renderCard(load);
    const section = await screen.findByRole('region', { name: 'Your notes' });
    expect(load).toHaveBeenCalledWith('claude-code');
    await waitFor(() => expect(section.querySelector('.your-note-text strong')).not.toBeNull());
    const items = [...section.querySelectorAll<HTMLElement>('li.your-note')];
    const texts = items.map((li) => li.querySelector('.your-note-text')!);
    expect(texts.map((el) => el.textContent)).toEqual(['bold <img src=x onerror=alert(1)> site [bad](javascript:alert(1))', 'older']);
    expect(texts[0].querySelector('strong')?.textContent).toBe('bold');
    expect([...texts[0].querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['https://example.com/', 'noopener noreferrer'],
    ]);
    expect(section.querySelector('img')).toBeNull();
    expect(within(items[0]).getByText('quote n2')).toBeTruthy();
    expect(items[0].textContent).toContain('1 May 2026');
    fireEvent.click(within(items[0]).getByRole('button', { name: 'Open Story A at this note' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ annotationId: 'n2' }));
  });

  it('shows no section without notes, or when they cannot be read', async () => {
    renderCard(async () => []);
    await Promise.resolve();
    expect(screen.queryByRole('region', { name: 'Your notes' })).toBeNull();
    cleanup();
    renderCard(() => Promise.reject(new Error('no background')));
    await Promise.resolve();
    expect(screen.queryByRole('region', { name: 'Your notes' })).toBeNull();
    cleanup();
    renderCard();
    expect(screen.queryByRole('region', { name: 'Your notes' })).toBeNull();
  });
});
