import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { Dataset } from '../../../lib/core/dataset/types';
import { Card } from '../../../lib/page/card/components/Card';
import { createLookup } from '../../../lib/page/card/card-model';
import cardData from '../../fixtures/card/card-dataset.json';
import miniData from '../../fixtures/mini-dataset.json';
import { bundledDataset } from '../../../lib/core/dataset';

const lookup = createLookup(cardData as Dataset);
const mini = createLookup(miniData as Dataset);

function renderCard(entityId: string, extra: Partial<Parameters<typeof Card>[0]> = {}) {
  const props = {
    lookup,
    entityId,
    theme: 'light' as const,
    locale: 'en-GB',
    onOpenEntry: vi.fn(),
    onClose: vi.fn(),
    ...extra,
  };
  render(<Card {...props} />);
  return props;
}

afterEach(cleanup);

describe('Card', () => {
  it('says in a small line why an ambiguous name was recognised, and nothing for a plain name', () => {
    renderCard('jane-doe', { reason: 'page' });
    expect(document.querySelector('.why')!.textContent).toBe('Recognised because this page is about AI');
    cleanup();
    renderCard('jane-doe', { reason: 'context' });
    expect(document.querySelector('.why')!.textContent).toBe('Recognised from the AI words around it');
    cleanup();
    renderCard('jane-doe', { reason: 'name' });
    expect(document.querySelector('.why')).toBeNull();
  });

  it('offers "Not this" on a name recognised by its context, and only there', () => {
    const onNotThis = vi.fn();
    renderCard('jane-doe', { reason: 'page', onNotThis });
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    expect(onNotThis).toHaveBeenCalledTimes(1);
    cleanup();
    renderCard('jane-doe', { reason: 'name', onNotThis });
    expect(screen.queryByRole('button', { name: 'Not this' })).toBeNull();
  });

  it('shows a person with name, type, summary, roles and an organisation link', () => {
    renderCard('jane-doe');
    const dialog = screen.getByRole('dialog', { name: /^Jane Doe — person card/ });
    expect(within(dialog).getByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
    expect(dialog.textContent).toContain('Person');
    expect(dialog.textContent).toContain('Chief executive of Acme AI.');
    expect(dialog.textContent).toContain('CEO · Acme AI (since Mar 2020)');
    expect(dialog.textContent).toContain('Research lead · Old Lab (2015–2019)');
    expect(within(dialog).getByRole('button', { name: 'Acme AI' })).toBeTruthy();
  });

  it('shows a quote as a quote, attributed to the speaker, with its source', () => {
    renderCard('jane-doe');
    const quote = document.querySelector('blockquote')!;
    expect(quote.textContent).toBe('“Ship the agent, not the demo.”');
    const caption = quote.parentElement!.querySelector('figcaption')!;
    expect(caption.textContent).toMatch(/^— Jane Doe/);
    expect(caption.querySelector('cite')!.getAttribute('title')).toContain('Inside the coding agent boom');
  });

  it('shows a product with its maker, launch date and dated facts, most important and newest first', () => {
    renderCard('quill');
    const dialog = screen.getByRole('dialog', { name: /^Quill — product card/ });
    expect(dialog.textContent).toContain('Made by Acme AI');
    expect(dialog.textContent).toContain('Launched 2 May 2024');
    const facts = within(screen.getByRole('list', { name: 'Key facts' })).getAllByRole('listitem', {
      name: (_name, el) => el.classList.contains('fact'),
    });
    expect(facts.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2026-01',
      '2024-05-02',
      '2025-09',
      '2025-06',
      '2024-11',
    ]);
    expect(facts[1].querySelector('time')!.textContent).toBe('2 May 2024');
  });

  it('marks each fact with its sources: publisher visible, article in the tooltip', () => {
    renderCard('quill');
    const marks = [...document.querySelectorAll('.fact cite.source')];
    const wire = marks.find((m) => m.textContent!.startsWith('The Wire Desk'))!;
    expect(wire.getAttribute('title')).toBe('“Inside the coding agent boom”, The Wire Desk, A. Writer, 11 Jul 2025');
    const ledger = marks.find((m) => m.textContent!.startsWith('Ledger Weekly'))!;
    expect(ledger.getAttribute('title')).toContain('(machine-translated compilation)');
  });

  it('says a disputed fact is disputed and lists both claims with their sources and the note', () => {
    renderCard('quill');
    const disputed = document.querySelector('.fact-disputed')!;
    expect(disputed.querySelector('.badge')!.textContent).toBe('Disputed');
    const claims = within(disputed as HTMLElement).getByRole('list', { name: 'Conflicting claims' });
    const items = within(claims).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('$2.5 billion annualized revenue');
    expect(items[0].querySelector('cite')!.textContent).toContain('The Wire Desk');
    expect(items[1].textContent).toContain('$25 billion annualized revenue');
    expect(items[1].querySelector('cite')!.textContent).toContain('Ledger Weekly');
    expect(disputed.textContent).toContain('Likely a decimal slip in translation.');
  });

  it('caps a long fact list and points to the full entry for the rest', () => {
    const props = renderCard('quill');
    expect(document.querySelectorAll('.fact')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: '3 more facts in the full entry' }));
    expect(props.onOpenEntry).toHaveBeenCalledWith('quill');
  });

  it('caps the source marks of a fact with many sources', () => {
    const data = cardData as Dataset;
    const quill = data.entities.find((e) => e.id === 'quill')!;
    const plugin = quill.facts.find((f) => f.id === 'q4')!;
    const onlyPlugin = createLookup({ ...data, entities: [{ ...quill, facts: [plugin] }] });
    renderCard('quill', { lookup: onlyPlugin });
    const marks = [...document.querySelectorAll('.fact cite.source')];
    expect(marks.map((m) => m.querySelector('[aria-hidden]')!.textContent)).toEqual([
      'Maker Blog',
      'The Wire Desk',
      'Ledger Weekly',
      '+1',
    ]);
    expect(marks[3].getAttribute('title')).toContain('A fourth account');
  });

  it('switches to a related entity and back', () => {
    renderCard('quill');
    fireEvent.click(screen.getByRole('button', { name: /led by Jane Doe/ }));
    expect(screen.getByRole('dialog', { name: /^Jane Doe — person card/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Acme AI' }));
    expect(screen.getByRole('dialog', { name: /^Acme AI — company card/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to Jane Doe' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to Quill' }));
    expect(screen.getByRole('dialog', { name: /^Quill — product card/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Back to/ })).toBeNull();
  });

  it('opens the full entry of the entity shown, and annotates the mention', () => {
    const onAnnotate = vi.fn();
    const props = renderCard('quill', { onAnnotate });
    fireEvent.click(screen.getByRole('button', { name: /made by Acme AI/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Open full entry' }));
    expect(props.onOpenEntry).toHaveBeenCalledWith('acme');
    fireEvent.click(screen.getByRole('button', { name: 'Annotate' }));
    expect(onAnnotate).toHaveBeenCalledOnce();
  });

  it('has no Annotate action when nobody handles it', () => {
    renderCard('quill');
    expect(screen.queryByRole('button', { name: 'Annotate' })).toBeNull();
  });

  it('closes on Escape and from its close button', () => {
    const props = renderCard('quill');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('cycles Tab through its controls', () => {
    renderCard('quill-model', { onAnnotate: vi.fn() });
    const dialog = screen.getByRole('dialog');
    const buttons = within(dialog).getAllByRole('button');
    const last = buttons[buttons.length - 1];
    expect(last.textContent).toBe('Annotate');
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0], { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('renders dataset text as text, never as HTML', () => {
    const hostile = createLookup({
      ...(miniData as Dataset),
      entities: [
        {
          id: 'x',
          type: 'product',
          name: '<img src=x onerror=alert(1)>',
          aliases: [],
          summary: '<b>bold</b>',
          facts: [{ id: 'f', text: '<script>alert(1)</script>', sources: [] }],
          related: [],
        },
      ],
    });
    renderCard('x', { lookup: hostile });
    expect(document.querySelector('img, b, script')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('carries the theme for its stylesheet', () => {
    renderCard('quill', { theme: 'dark' });
    expect(screen.getByRole('dialog').getAttribute('data-theme')).toBe('dark');
  });

  it('renders the shared mini dataset, quote included', () => {
    render(
      <Card lookup={mini} entityId="sam-altman" theme="system" locale="en-GB" onOpenEntry={vi.fn()} onClose={vi.fn()} />,
    );
    const dialog = screen.getByRole('dialog', { name: /^Sam Altman — person card/ });
    expect(dialog.textContent).toContain('CEO · OpenAI');
    expect(dialog.querySelector('figcaption')!.textContent).toContain('— Sam Altman');
  });

  it('renders a card for every entity of the bundled dataset, named after it', () => {
    const real = createLookup(bundledDataset);
    for (const entity of bundledDataset.entities) {
      const { unmount } = render(
        <Card lookup={real} entityId={entity.id} theme="light" locale="en-GB" onOpenEntry={vi.fn()} onClose={vi.fn()} />,
      );
      const dialog = screen.getByRole('dialog');
      expect(dialog.getAttribute('aria-label')!.startsWith(`${entity.name} — `)).toBe(true);
      expect(dialog.querySelectorAll('.fact').length).toBe(Math.min(entity.facts.length, 5));
      unmount();
    }
  });
});
