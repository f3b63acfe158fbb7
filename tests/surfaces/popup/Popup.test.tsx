import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../lib/core/dataset';
import type { PageMentions } from '../../../lib/platform/messaging';
import {
  NO_PAGE_MESSAGE,
  Popup,
  UNREACHABLE_MESSAGE,
  type PageBridge,
  type PageState,
  type PopupLocation,
} from '../../../lib/surfaces/popup';
import mini from '../../fixtures/mini-dataset.json';

const dataset = mini as unknown as Dataset;

const PAGE: PageMentions = {
  url: 'https://example.com/story',
  title: 'Story',
  active: true,
  total: 6,
  entities: [
    { entityId: 'openai', type: 'company', count: 3 },
    { entityId: 'claude-code', type: 'product', count: 1 },
    { entityId: 'sam-altman', type: 'person', count: 2 },
    { entityId: 'not-in-this-dataset', type: 'person', count: 4 },
  ],
};

function stubBridge(state: PageState): PageBridge & { reveal: ReturnType<typeof vi.fn> } {
  let calls = 0;
  return {
    load: vi.fn(async () => state),
    reveal: vi.fn(async () => ({ index: calls++ % 3, count: 3 })),
  };
}

function renderPopup(state: PageState = { status: 'no-page' }, initial: PopupLocation = {}) {
  const bridge = stubBridge(state);
  const onOpenSettings = vi.fn();
  render(
    <Popup dataset={dataset} bridge={bridge} initial={initial} raceHref="race.html" onOpenSettings={onOpenSettings} />,
  );
  const box = screen.queryByRole('combobox', { name: /search/i }) as HTMLInputElement;
  return { bridge, box, onOpenSettings };
}

const type = (box: HTMLInputElement, text: string) => fireEvent.input(box, { target: { value: text } });
const key = (el: Element, k: string) => fireEvent.keyDown(el, { key: k });

afterEach(cleanup);

describe('the popup', () => {
  it('starts with focus in a labelled search box', () => {
    const { box } = renderPopup();
    expect(document.activeElement).toBe(box);
    expect(box.type).toBe('search');
  });

  it('shows results as options, name first, with the matched part marked', () => {
    const { box } = renderPopup();
    type(box, 'altmn');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    const [first] = within(list).getAllByRole('option');
    expect(first.textContent).toMatch(/^Sam Altman/);
    expect(first.textContent).toContain('Person');
    expect(first.textContent).toContain('Chief executive of OpenAI.');
    expect(first.querySelector('mark')?.textContent).toBe('Altman');
    expect(first.getAttribute('aria-selected')).toBe('true');
    // Named by name and type, described by the summary.
    expect(screen.getByRole('option', { name: 'Sam Altman Person' })).toBe(first);
    expect(document.getElementById(first.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Chief executive of OpenAI.',
    );
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
  });

  it('is an ARIA combobox that owns its list only while the list is there', () => {
    const { box } = renderPopup();
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    type(box, 'claude');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    type(box, 'banana bread');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.hasAttribute('aria-controls')).toBe(false);
  });

  it('says "No results" for a query that matches nothing', () => {
    const { box } = renderPopup();
    type(box, 'banana bread');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('No results', { selector: '.lens-empty' })).toBeTruthy();
  });

  it('moves with the arrow keys and opens the active result with Enter', () => {
    const { box } = renderPopup();
    type(box, 'code');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    key(box, 'ArrowDown');
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    key(box, 'ArrowUp');
    key(box, 'ArrowUp');
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    const name = options[0].querySelector('.lens-result-name')!.textContent!;
    key(box, 'Enter');
    expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
  });

  it('clears the query with Escape, and goes back from a detail with Escape', async () => {
    const { box } = renderPopup();
    type(box, 'claude code');
    key(box, 'Enter');
    expect(screen.getByRole('heading', { name: 'Claude Code' })).toBeTruthy();
    expect(document.activeElement?.textContent).toMatch(/Back/);
    key(document.activeElement!, 'Escape');
    const again = screen.getByRole('combobox') as HTMLInputElement;
    expect(again.value).toBe('claude code');
    await waitFor(() => expect(document.activeElement).toBe(again));
    key(again, 'Escape');
    expect(again.value).toBe('');
  });

  it('opens the detail of a related entity, and Back returns', () => {
    const { box } = renderPopup({ status: 'no-page' }, { entityId: 'claude-code' });
    expect(box).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Anthropic' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Anthropic' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Claude Code' })).toBeTruthy();
  });

  it('prefills the search from #q=', () => {
    const { box } = renderPopup({ status: 'no-page' }, { query: 'altmn' });
    expect(box.value).toBe('altmn');
    expect(screen.getByRole('listbox', { name: 'Search results' })).toBeTruthy();
  });

  it('lists what the page mentions, grouped by type with counts, before anything is typed', async () => {
    renderPopup({ status: 'ready', page: PAGE });
    const list = await screen.findByRole('listbox', { name: 'Mentioned on this page' });
    const groups = within(list).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby')?.replace(/.*-/, ''))).toEqual([
      'person',
      'company',
      'product',
    ]);
    expect(within(groups[0]).getByText('People')).toBeTruthy();
    const altman = within(groups[0]).getByRole('option');
    expect(altman.textContent).toContain('Sam Altman');
    expect(within(altman).getByLabelText('2 mentions')).toBeTruthy();
    // An id the dataset lacks is left out rather than shown as a bare id.
    expect(list.textContent).not.toContain('not-in-this-dataset');
    expect(screen.getByRole('heading', { name: /On this page/ }).textContent).toContain('6');
  });

  it('reveals a mention when one is chosen, and the next one on the next choice', async () => {
    const { bridge, box } = renderPopup({ status: 'ready', page: PAGE });
    const option = await screen.findByRole('option', { name: /OpenAI/ });
    fireEvent.click(option);
    expect(bridge.reveal).toHaveBeenCalledWith('openai');
    await waitFor(() => expect(option.textContent).toContain('1 of 3'));
    fireEvent.click(option);
    await waitFor(() => expect(option.textContent).toContain('2 of 3'));
    // Keyboard: down to the first item, Enter reveals it, → opens its entry.
    key(box, 'ArrowDown');
    key(box, 'Enter');
    expect(bridge.reveal).toHaveBeenLastCalledWith('sam-altman');
    key(box, 'ArrowRight');
    expect(screen.getByRole('heading', { level: 2, name: 'Sam Altman' })).toBeTruthy();
  });

  it('says the page cannot be read when the tab has no content script, and search still works', async () => {
    const { box } = renderPopup({ status: 'unreachable' });
    expect(await screen.findByText(UNREACHABLE_MESSAGE)).toBeTruthy();
    type(box, 'openai');
    expect(screen.getAllByRole('option')[0].textContent).toMatch(/^OpenAI/);
  });

  it('looks again when the page had no content script yet (still loading)', async () => {
    const states: PageState[] = [{ status: 'unreachable' }, { status: 'ready', page: PAGE }];
    const bridge: PageBridge = { load: vi.fn(async (): Promise<PageState> => states.shift() ?? { status: 'ready', page: PAGE }), reveal: vi.fn() };
    render(<Popup dataset={dataset} bridge={bridge} raceHref="race.html" onOpenSettings={() => {}} />);
    expect(await screen.findByText(UNREACHABLE_MESSAGE)).toBeTruthy();
    expect(await screen.findByRole('listbox', { name: 'Mentioned on this page' }, { timeout: 3000 })).toBeTruthy();
  });

  it('says there is no page when opened as a tab of its own', async () => {
    renderPopup({ status: 'no-page' });
    expect(await screen.findByText(NO_PAGE_MESSAGE)).toBeTruthy();
  });

  it('says when the page has no names, and when the extension is off there', async () => {
    renderPopup({ status: 'ready', page: { ...PAGE, total: 0, entities: [] } });
    expect(await screen.findByText(/No names from the dataset/)).toBeTruthy();
    cleanup();
    renderPopup({ status: 'ready', page: { ...PAGE, active: false } });
    expect(await screen.findByText(/switched off on this page/)).toBeTruthy();
  });

  it('links the race view and opens the settings', () => {
    const { onOpenSettings } = renderPopup();
    expect(screen.getByRole('link', { name: 'Race' }).getAttribute('href')).toBe('race.html');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});

describe('your notes in the popup', () => {
  const claudeNote = {
    annotationId: 'urn:uuid:1',
    url: 'https://a.example/story',
    pageTitle: 'Story A',
    quote: 'the agent wrote the tests',
    note: 'Zebrafish benchmark looked **odd**',
    date: '2026-05-01T12:00:00.000Z',
  };
  const notes = {
    forEntity: (id: string) => (id === 'claude-code' ? [claudeNote] : undefined),
    search: (query: string) => (/zebrafish/i.test(query) ? [{ entityId: 'claude-code', notes: [claudeNote] }] : []),
    open: vi.fn(),
  };

  it('finds words in your notes, says so, and the entry shows the notes with a way to their page', async () => {
    render(<Popup dataset={dataset} bridge={stubBridge({ status: 'no-page' })} raceHref="race.html" onOpenSettings={vi.fn()} notes={notes} />);
    const box = screen.getByRole('combobox', { name: /search/i }) as HTMLInputElement;
    type(box, 'zebrafish');
    const found = await screen.findByRole('region', { name: 'In your notes' });
    // The note's Markdown is rendered, in the results and in the entry.
    expect(found.querySelector('.lens-note-snippet')?.textContent).toBe('Zebrafish benchmark looked odd');
    expect(found.querySelector('.lens-note-snippet strong')?.textContent).toBe('odd');
    expect(screen.getByText('1 entity whose notes hold these words')).toBeTruthy();
    fireEvent.click(within(found).getByRole('button', { name: 'Claude Code' }));
    const section = await screen.findByRole('region', { name: 'Your notes' });
    expect(within(section).getByText('the agent wrote the tests')).toBeTruthy();
    expect(section.querySelector('.lens-note-text')?.textContent).toBe('Zebrafish benchmark looked odd');
    expect(section.querySelector('.lens-note-text strong')?.textContent).toBe('odd');
    expect(within(section).getByText(/1 May 2026/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Open Story A at this note' }));
    expect(notes.open).toHaveBeenCalledWith(claudeNote);
  });

  it('shows no notes section for a search that finds nothing in them', () => {
    render(<Popup dataset={dataset} bridge={stubBridge({ status: 'no-page' })} raceHref="race.html" onOpenSettings={vi.fn()} notes={notes} />);
    type(screen.getByRole('combobox', { name: /search/i }) as HTMLInputElement, 'claude');
    expect(screen.queryByRole('region', { name: 'In your notes' })).toBeNull();
  });
});
