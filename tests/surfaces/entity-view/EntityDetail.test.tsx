import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset, type Dataset } from '../../../lib/core/dataset';
import { buildDetailModel, EntityDetail } from '../../../lib/surfaces/entity-view';
import mini from '../../fixtures/mini-dataset.json';

// The mini dataset, with an address on one source and a quote by Altman filed under OpenAI.
const dataset = structuredClone(mini) as unknown as Dataset;
dataset.sources[0].url = 'https://example.org/article-a';
dataset.entities[0].facts.push({
  id: 'openai-quote',
  text: '"We will catch up."',
  quoteBy: 'sam-altman',
  date: '2026-02',
  sources: ['src-b'],
});
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;

afterEach(cleanup);

function show(id: string, annotations?: { url: string; title: string; count: number }[]) {
  const onOpenEntity = vi.fn();
  render(<EntityDetail entity={entity(id)} dataset={dataset} onOpenEntity={onOpenEntity} annotations={annotations} />);
  return { onOpenEntity, article: screen.getByRole('article', { name: entity(id).name }) };
}

describe('EntityDetail', () => {
  it('shows the name, type and summary', () => {
    const { article } = show('claude-code');
    expect(within(article).getByRole('heading', { level: 2 }).textContent).toBe('Claude Code');
    expect(article.textContent).toContain('Product');
    expect(article.textContent).toContain("Anthropic's command-line coding agent.");
  });

  it('lists facts as a dated timeline, oldest first, each with its sources', () => {
    const { article } = show('claude-code');
    const timeline = within(article).getByRole('region', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem').filter((li) => li.classList.contains('lens-fact'));
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2025-02', '2026-01']);
    expect(items[0].querySelector('time')?.textContent).toBe('Feb 2025');
    const sources = within(items[0]).getByRole('list', { name: 'Sources' });
    expect(sources.textContent).toContain('Article A');
    expect(sources.textContent).toContain('Publisher A');
    expect(sources.textContent).toContain('Jan 2026');
    expect(within(sources).getByRole('link', { name: 'Article A' }).getAttribute('href')).toBe(
      'https://example.org/article-a',
    );
    // A source without an address is named, not linked.
    expect(within(sources).queryByRole('link', { name: 'Article B' })).toBeNull();
    expect(sources.textContent).toContain('Article B');
  });

  it('shows a disputed fact as disputed, with every claim and its own source', () => {
    const { article } = show('claude-code');
    const disputed = article.querySelector('.lens-fact-disputed') as HTMLElement;
    expect(within(disputed).getByText('Disputed')).toBeTruthy();
    const note = within(disputed).getByRole('note', { name: 'Sources disagree' });
    expect(note.textContent).toContain('decimal slip');
    expect(note.textContent).toContain('$2.5 billion annualized revenue');
    expect(note.textContent).toContain('$25 billion annualized revenue');
    const claims = note.querySelectorAll('.lens-claims > li');
    expect(claims[0].textContent).toContain('Article B');
    expect(claims[1].textContent).toContain('Article A');
  });

  it('shows roles with the organisation as a link, and quotes by the person', () => {
    const { article, onOpenEntity } = show('sam-altman');
    const roles = within(article).getByRole('region', { name: 'Roles' });
    expect(roles.textContent).toContain('CEO');
    fireEvent.click(within(roles).getByRole('button', { name: 'OpenAI' }));
    expect(onOpenEntity).toHaveBeenCalledWith('openai');
    expect(article.querySelector('blockquote')?.textContent).toContain('multi-trillion-dollar');
    const quoted = within(article).getByRole('region', { name: 'Quoted' });
    expect(quoted.textContent).toContain('We will catch up.');
    expect(within(quoted).getByRole('button', { name: 'on OpenAI' })).toBeTruthy();
  });

  it('links related entities', () => {
    const { article, onOpenEntity } = show('codex');
    const related = within(article).getByRole('region', { name: 'Related' });
    expect(related.textContent).toContain('competes with');
    fireEvent.click(within(related).getByRole('button', { name: 'Claude Code' }));
    expect(onOpenEntity).toHaveBeenCalledWith('claude-code');
  });

  it('lists the pages where the entity was annotated, only when there are some', () => {
    const { article } = show('codex', [{ url: 'https://news.test/a', title: 'A story', count: 2 }]);
    const notes = within(article).getByRole('region', { name: 'Your annotations' });
    expect(within(notes).getByRole('link', { name: 'A story' }).getAttribute('href')).toBe('https://news.test/a');
    expect(notes.textContent).toContain('2 notes');
    cleanup();
    show('codex', []);
    expect(screen.queryByRole('region', { name: 'Your annotations' })).toBeNull();
  });

  it('renders dataset text as text, never as HTML', () => {
    const tricky = structuredClone(dataset);
    tricky.entities[5].summary = '<img src=x onerror="alert(1)">';
    render(<EntityDetail entity={tricky.entities[5]} dataset={tricky} onOpenEntity={() => {}} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });
});

describe('EntityDetail on the bundled dataset', () => {
  it('shows every fact of every entity, and every related entity it knows', () => {
    for (const e of bundledDataset.entities) {
      const { container, unmount } = render(
        <EntityDetail entity={e} dataset={bundledDataset} onOpenEntity={() => {}} />,
      );
      const model = buildDetailModel(e, bundledDataset);
      expect(model.dated.length + model.undated.length).toBe(e.facts.length);
      const facts = container.querySelectorAll('.lens-timeline .lens-fact');
      expect(facts.length).toBe(e.facts.length + model.quotesElsewhere.length);
      expect(container.querySelectorAll('.lens-fact-disputed .lens-claims > li').length).toBe(
        e.facts.reduce((n, f) => n + (f.disputed?.claims.length ?? 0), 0) +
          model.quotesElsewhere.reduce((n, q) => n + (q.fact.disputed?.claims.length ?? 0), 0),
      );
      unmount();
    }
  });
});

describe('EntityDetail timeline drawing', () => {
  it('draws the race timeline narrowed to an entity that has dated facts', () => {
    const entity = bundledDataset.entities.find((e) => e.id === 'claude-code')!;
    render(<EntityDetail entity={entity} dataset={bundledDataset} onOpenEntity={() => {}} />);
    const drawing = screen.getByRole('region', { name: 'Claude Code timeline' });
    expect(drawing.querySelector('svg')).not.toBeNull();
  });

  it('draws no timeline for an entity without dated facts', () => {
    const entity = bundledDataset.entities.find((e) => e.facts.every((f) => !f.date) && e.type === 'person')!;
    render(<EntityDetail entity={entity} dataset={bundledDataset} onOpenEntity={() => {}} />);
    expect(screen.queryByRole('region', { name: `${entity.name} timeline` })).toBeNull();
  });
});

describe('EntityDetail "See in the race"', () => {
  const entity = () => bundledDataset.entities.find((e) => e.id === 'claude-code')!;

  it('links to the Race view with the entity highlighted', () => {
    render(<EntityDetail entity={entity()} dataset={bundledDataset} onOpenEntity={() => {}} />);
    const link = screen.getByRole('link', { name: 'See in the race' });
    expect(link.getAttribute('href')).toBe('race.html#entity=claude-code');
  });

  it('asks its host to show the Race view when the host can (the side panel)', () => {
    const onOpenRace = vi.fn();
    render(<EntityDetail entity={entity()} dataset={bundledDataset} onOpenEntity={() => {}} onOpenRace={onOpenRace} />);
    fireEvent.click(screen.getByRole('button', { name: 'See in the race' }));
    expect(onOpenRace).toHaveBeenCalledWith('claude-code');
  });
});
