import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityTimeline, entityHasTimeline } from '../../../lib/surfaces/race/EntityTimeline';
import { RaceView } from '../../../lib/surfaces/race/RaceView';
import { raceDataset } from './fixture';

afterEach(cleanup);

function renderRace(props: Partial<Parameters<typeof RaceView>[0]> = {}) {
  const onOpenEntity = vi.fn();
  const view = render(<RaceView dataset={raceDataset} onOpenEntity={onOpenEntity} layout="popup" {...props} />);
  return { ...view, onOpenEntity };
}

const timeline = () => screen.getByRole('group', { name: /Timeline of the AI coding race/ });
const chart = (title: string) => screen.getByRole('group', { name: title });

describe('RaceView timeline', () => {
  it('draws one named, focusable mark per dated fact, with date, fact and source', () => {
    renderRace();
    const marks = within(timeline()).getAllByRole('button');
    expect(marks).toHaveLength(16);
    const copilot = within(timeline()).getByRole('button', { name: /^29 June 2021, Microsoft: Launched Copilot preview\. Source: WIRED, Inside the race \(Feb 2026\)\.$/ });
    expect(copilot.getAttribute('data-precision')).toBe('day');
    // A month is named as a month, not as a false day.
    expect(within(timeline()).getByRole('button', { name: /^February 2025, Claude Code: Research preview\./ })).toBeTruthy();
    expect(within(timeline()).getByRole('button', { name: /^2021, OpenAI: Demonstrated Codex\./ })).toBeTruthy();
    // Roving focus: a single Tab stop.
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('labels the lanes by company', () => {
    renderRace();
    const text = timeline().textContent!;
    for (const label of ['OpenAI · Microsoft · GitHub', 'Anthropic', 'Windsurf', 'Cognition', 'Others']) expect(text).toContain(label);
    expect(text).not.toContain('Cursor');
  });

  it('marks disputed facts as such, for the eye and for screen readers', () => {
    renderRace();
    const mark = within(timeline()).getByRole('button', { name: /Codex annualized revenue.*Disputed: sources disagree\. Sources: WIRED.*36Kr/ });
    expect(mark.getAttribute('data-disputed')).toBe('true');
    expect(mark.querySelector('.race-mark__shape--disputed')).not.toBeNull();
  });

  it('shows the fact and its source in a tooltip on focus and on hover', () => {
    renderRace();
    const mark = within(timeline()).getByRole('button', { name: /Bought Windsurf/ });
    fireEvent.focus(mark);
    const tip = screen.getAllByRole('tooltip').find((t) => !t.hidden)!;
    expect(tip.textContent).toContain('14 July 2025 · Cognition');
    expect(tip.textContent).toContain('Bought Windsurf.');
    expect(tip.textContent).toContain('WIRED, Inside the race (Feb 2026)');
    expect(mark.getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.blur(mark);
    expect(screen.getAllByRole('tooltip', { hidden: true }).every((t) => t.hidden)).toBe(true);
    fireEvent.mouseOver(within(timeline()).getByRole('button', { name: /Codex annualized revenue/ }));
    const disputedTip = screen.getAllByRole('tooltip').find((t) => !t.hidden)!;
    expect(disputedTip.textContent).toContain('One source multiplies by ten.');
    expect(disputedTip.textContent).toContain('36Kr');
  });

  it('opens the entity on click and on Enter, and moves with the arrow keys', () => {
    const { onOpenEntity } = renderRace();
    const marks = within(timeline()).getAllByRole('button');
    fireEvent.click(within(timeline()).getByRole('button', { name: /Bought Windsurf/ }));
    expect(onOpenEntity).toHaveBeenLastCalledWith('cognition');
    fireEvent.keyDown(marks[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(marks[1]);
    expect(marks[1].getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(marks[1], { key: 'Enter' });
    expect(onOpenEntity).toHaveBeenLastCalledWith(marks[1].getAttribute('data-entity'));
    fireEvent.keyDown(marks[1], { key: 'End' });
    expect(document.activeElement).toBe(marks[marks.length - 1]);
  });
});

describe('RaceView filter', () => {
  it('highlights the chosen entity’s events and figures without moving anything', () => {
    renderRace();
    const before = within(timeline()).getAllByRole('button').map((m) => m.querySelector('.race-mark__shape')!.outerHTML);
    fireEvent.change(screen.getByRole('combobox', { name: 'Highlight' }), { target: { value: 'codex' } });
    const marks = within(timeline()).getAllByRole('button');
    const lit = marks.filter((m) => m.classList.contains('race-mark--lit')).map((m) => m.getAttribute('data-event'));
    expect(lit.sort()).toEqual(['codex-launch', 'codex-revenue', 'codex-usage-jan', 'codex-usage-sep']);
    expect(marks.filter((m) => m.classList.contains('race-mark--dim'))).toHaveLength(marks.length - 4);
    expect(marks.map((m) => m.querySelector('.race-mark__shape')!.outerHTML)).toEqual(before);
    expect(screen.getByRole('status').textContent).toMatch(/^Codex: 4 of 16 events/);
  });

  it('starts on the entity it arrived for, and lights a company’s products too', () => {
    renderRace({ focusEntityId: 'anthropic' });
    expect((screen.getByRole('combobox', { name: 'Highlight' }) as HTMLSelectElement).value).toBe('anthropic');
    const lit = within(timeline()).getAllByRole('button').filter((m) => m.classList.contains('race-mark--lit'));
    expect(lit.map((m) => m.getAttribute('data-entity'))).toContain('claude-code');
    expect(lit.map((m) => m.getAttribute('data-entity'))).toContain('anthropic');
  });

  it('ignores an unknown focus entity instead of dimming everything', () => {
    renderRace({ focusEntityId: 'nobody' });
    expect(timeline().querySelectorAll('.race-mark--dim')).toHaveLength(0);
  });
});

describe('RaceView charts', () => {
  it('draws the four comparison charts', () => {
    renderRace();
    for (const title of ['Codex usage relative to Claude Code', 'Annualized revenue', 'Share of enterprise coding workloads', 'Enterprise LLM API market share']) {
      expect(chart(title)).toBeTruthy();
    }
  });

  it('draws Codex usage from September 2025 to January 2026 against Claude Code’s 100%', () => {
    renderRace();
    const bars = within(chart('Codex usage relative to Claude Code')).getAllByRole('button');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Codex, September 2025: ≈5%. Source: WIRED, Inside the race (Feb 2026).',
      'Codex, January 2026: ≈40%. Source: WIRED, Inside the race (Feb 2026).',
    ]);
    expect(chart('Codex usage relative to Claude Code').textContent).toContain('Claude Code = 100%');
  });

  it('draws both claims of disputed revenue, each with its source, hatched', () => {
    renderRace();
    const revenue = chart('Annualized revenue');
    const bars = within(revenue).getAllByRole('button');
    const labels = bars.map((b) => b.getAttribute('aria-label'));
    expect(labels).toContain('Claude Code, February 2026: $2.5B. Disputed, claim 1 of 2: $2.5 billion. Source: Blog, Claude Code is winning (10 Feb 2026).');
    expect(labels).toContain('Claude Code, February 2026: $25B. Disputed, claim 2 of 2: $25 billion. Source: 36Kr, Machine-translated compilation (20 Feb 2026).');
    expect(bars.filter((b) => b.classList.contains('race-bar--disputed'))).toHaveLength(4);
    expect(revenue.textContent).toContain('Claim 2 of 2 · 36Kr');
    const figure = revenue.closest('figure')!;
    expect(figure.textContent).toContain('Likely a decimal slip in translation.');
    expect(figure.textContent).toContain('One source multiplies by ten.');
  });

  it('opens a figure’s subject when chosen, and lights figures of the filtered entity', () => {
    const { onOpenEntity } = renderRace({ focusEntityId: 'openai' });
    const api = within(chart('Enterprise LLM API market share')).getAllByRole('button');
    fireEvent.keyDown(api[2], { key: 'Enter' });
    expect(onOpenEntity).toHaveBeenLastCalledWith('anthropic');
    expect(api.map((b) => b.classList.contains('race-mark--lit'))).toEqual([true, true, false]);
  });

  it('keeps an empty chart’s place and says it has no figures', () => {
    render(<RaceView dataset={{ ...raceDataset, entities: [] }} onOpenEntity={() => {}} layout="panel" />);
    expect(chart('Annualized revenue').textContent).toContain('No figures for this in the dataset.');
  });

  it('follows the theme setting', () => {
    const { container } = renderRace({ theme: 'dark' });
    expect(container.querySelector('.race')!.getAttribute('data-theme')).toBe('dark');
  });
});

describe('EntityTimeline', () => {
  it('narrows the timeline to one entity and what it owns, starting at its first year', () => {
    render(<EntityTimeline dataset={raceDataset} entityId="openai" onOpenEntity={() => {}} />);
    const group = screen.getByRole('group', { name: /Timeline of OpenAI: 6 dated events/ });
    const ids = within(group).getAllByRole('button').map((b) => b.getAttribute('data-event'));
    expect(ids).toContain('openai-codex-2021');
    expect(ids).toContain('codex-launch');
    expect(ids).not.toContain('cc-preview');
  });

  it('renders nothing for an entity without dated facts', () => {
    const { container } = render(<EntityTimeline dataset={raceDataset} entityId="nobody" onOpenEntity={() => {}} />);
    expect(container.innerHTML).toBe('');
    expect(entityHasTimeline(raceDataset, 'nobody')).toBe(false);
    expect(entityHasTimeline(raceDataset, 'codex')).toBe(true);
  });
});

describe('keyboard in the timeline', () => {
  it('moves up and down between rows and lanes, to the nearest mark in time', () => {
    renderRace();
    const marks = within(timeline()).getAllByRole('button');
    const start = marks.find((m) => m.getAttribute('data-event') === 'cc-preview')!;
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowUp' });
    const up = document.activeElement!;
    expect(up.getAttribute('data-entity')).not.toBe('claude-code');
    // Up lands on a lane above: OpenAI's, the lane drawn above Anthropic's.
    expect(['openai', 'microsoft', 'codex']).toContain(up.getAttribute('data-entity'));
    fireEvent.keyDown(up, { key: 'ArrowDown' });
    expect(document.activeElement!.getAttribute('data-entity')).not.toBe(up.getAttribute('data-entity'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(marks[0]);
    fireEvent.keyDown(marks[0], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(marks[0]);
  });

  it('groups the filter’s choices by lane', () => {
    renderRace();
    const groups = [...screen.getByRole('combobox', { name: 'Highlight' }).querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual(['OpenAI · Microsoft · GitHub', 'Anthropic', 'Windsurf', 'Cognition', 'Others']);
    expect([...groups[1].querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Anthropic', 'Boris Cherny', 'Claude Code']);
  });
});
