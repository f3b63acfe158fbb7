import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../../lib/surfaces/race/events';
import { assignLanes } from '../../../lib/surfaces/race/lanes';
import { yearScale } from '../../../lib/surfaces/race/scale';
import { stackExtents } from '../../../lib/surfaces/race/stack';
import { layoutTimeline } from '../../../lib/surfaces/race/timeline-layout';
import { raceDataset } from './fixture';

describe('lanes', () => {
  const lanes = assignLanes(raceDataset);

  it('puts companies on their own lane and Microsoft with OpenAI', () => {
    expect(lanes.get('openai')).toBe('openai');
    expect(lanes.get('microsoft')).toBe('openai');
    expect(lanes.get('anthropic')).toBe('anthropic');
    expect(lanes.get('windsurf')).toBe('windsurf');
    expect(lanes.get('cognition')).toBe('cognition');
  });

  it('follows "made by" and role organisations, never rivalries or acquisitions', () => {
    expect(lanes.get('codex')).toBe('openai'); // made by OpenAI, though it "competes with" Claude Code
    expect(lanes.get('claude-code')).toBe('anthropic');
    expect(lanes.get('boris')).toBe('anthropic'); // current role at Anthropic
    expect(lanes.get('windsurf')).not.toBe('cognition'); // "acquired by" keeps Windsurf in its own lane
  });

  it('sends what reaches no company to Others', () => {
    expect(lanes.get('jam')).toBe('other');
  });
});

describe('events', () => {
  const events = collectEvents(raceDataset);

  it('keeps dated facts only, in time order', () => {
    expect(events.map((e) => e.id)).not.toContain('boris-quote');
    expect(events.map((e) => e.id)).not.toContain('codex-workloads');
    const starts = events.map((e) => e.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(events[0].id).toBe('jam-f');
  });

  it('resolves sources and marks disputed facts', () => {
    const revenue = events.find((e) => e.id === 'codex-revenue')!;
    expect(revenue.disputed).toBe(true);
    expect(revenue.sources.map((s) => s.publisher)).toEqual(['WIRED', '36Kr']);
    expect(revenue.about).toContain('codex');
  });
});

describe('scale', () => {
  it('runs from 2021 to the end of the latest event, year boundaries in order', () => {
    const spans = [{ start: Date.UTC(2025, 4, 1), end: Date.UTC(2025, 5, 1) }, { start: Date.UTC(2026, 1, 1), end: Date.UTC(2026, 2, 1) }];
    const scale = yearScale(spans, [0, 300]);
    expect(scale.segments.map((s) => s.label)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(scale.domain).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2026, 2, 1)]);
    expect(scale.x(Date.UTC(2021, 0, 1))).toBe(0);
    expect(scale.x(Date.UTC(2026, 2, 1))).toBe(300);
    const xs = [2021, 2022, 2023, 2024, 2025, 2026].map((y) => scale.x(Date.UTC(y, 0, 1)));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('gives busy years more room than quiet ones', () => {
    const busy = Array.from({ length: 12 }, (_, m) => ({ start: Date.UTC(2025, m, 1), end: Date.UTC(2025, m + 1, 1) }));
    const scale = yearScale(busy, [0, 600]);
    const width = (label: string) => scale.segments.find((s) => s.label === label)!;
    const y2025 = width('2025');
    const y2022 = width('2022');
    expect(y2025.x1 - y2025.x0).toBeGreaterThan(3 * (y2022.x1 - y2022.x0));
  });

  it('gathers events before 2021 in one "Earlier" segment', () => {
    const scale = yearScale([{ start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) }], [0, 100]);
    expect(scale.segments[0].label).toBe('Earlier');
    expect(scale.segments[1].label).toBe('2021');
  });
});

describe('stacking', () => {
  it('puts overlapping marks on separate rows and reuses rows when free', () => {
    const { rows, rowCount } = stackExtents([
      { x0: 0, x1: 10 },
      { x0: 5, x1: 15 },
      { x0: 30, x1: 40 },
      { x0: 8, x1: 12 },
    ]);
    expect(rows).toEqual([0, 1, 0, 2]);
    expect(rowCount).toBe(3);
  });

  it('places taller blocks where all their rows are free', () => {
    const { rows, rowCount } = stackExtents([
      { x0: 0, x1: 10, rows: 1 },
      { x0: 5, x1: 15, rows: 3 },
      { x0: 20, x1: 30, rows: 2 },
    ]);
    expect(rows).toEqual([0, 1, 0]);
    expect(rowCount).toBe(4);
  });

  it('keeps a gap between marks on one row', () => {
    expect(stackExtents([{ x0: 0, x1: 10 }, { x0: 11, x1: 20 }], 2).rows).toEqual([0, 1]);
    expect(stackExtents([{ x0: 0, x1: 10 }, { x0: 12, x1: 20 }], 2).rows).toEqual([0, 0]);
  });
});

describe('timeline layout', () => {
  const events = collectEvents(raceDataset);
  const layout = layoutTimeline(events, { width: 360 });
  const mark = (id: string) => layout.marks.find((m) => m.event.id === id)!;
  const spansOf = (lane: string) => layout.lanes.find((l) => l.def.id === lane)!.spans;
  const box = (m: { cx: number; cy: number; size: number }) => ({ x0: m.cx - m.size / 2, x1: m.cx + m.size / 2, y0: m.cy - m.size / 2, y1: m.cy + m.size / 2 });

  it('has one lane per company with events, in the fixed lane order', () => {
    expect(layout.lanes.map((l) => l.def.id)).toEqual(['openai', 'anthropic', 'windsurf', 'cognition', 'other']);
  });

  it('draws a day as a dot at that day, and a month or a year as a shaded span of the whole period', () => {
    expect(mark('ms-copilot').shape).toBe('dot');
    expect(mark('cc-preview').shape).toBe('square');
    const y2021 = layout.segments.find((s) => s.label === '2021')!;
    const year = spansOf('openai').find((s) => s.precision === 'year')!;
    expect(year.x).toBeCloseTo(y2021.x0);
    expect(year.x + year.width).toBeCloseTo(y2021.x1);
    // No day-precision event gets a span: its date is exact.
    expect(spansOf('windsurf')).toEqual([]);
    // The month's span covers February 2025 and its square sits inside it.
    const feb = spansOf('anthropic').find((s) => s.precision === 'month' && s.count === 1)!;
    const preview = box(mark('cc-preview'));
    expect(preview.x0).toBeGreaterThanOrEqual(feb.x - 0.01);
    expect(preview.x1).toBeLessThanOrEqual(feb.x + feb.width + 0.01);
    // A dot sits on its day: the centre of 29 June 2021 on the scale.
    expect(mark('ms-copilot').cx).toBeGreaterThan(y2021.x0 + (y2021.x1 - y2021.x0) * 0.45);
    expect(mark('ms-copilot').cx).toBeLessThan(y2021.x0 + (y2021.x1 - y2021.x0) * 0.55);
  });

  it('draws a disputed fact as a diamond, whatever its precision', () => {
    expect(mark('codex-revenue').shape).toBe('diamond');
    expect(mark('cc-revenue').shape).toBe('diamond');
  });

  it('lays events of the same period side by side inside one span', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ ...events.find((e) => e.id === 'openai-codex-2021')!, id: `y${i}` }));
    const dense = layoutTimeline(many, { width: 360 });
    expect(dense.lanes[0].spans).toHaveLength(1);
    const span = dense.lanes[0].spans[0];
    for (const m of dense.marks) {
      const b = box(m);
      expect(b.x0).toBeGreaterThanOrEqual(span.x);
      expect(b.x1).toBeLessThanOrEqual(span.x + span.width);
      expect(b.y0).toBeGreaterThanOrEqual(span.y - 1);
      expect(b.y1).toBeLessThanOrEqual(span.y + span.height + 1);
    }
  });

  it('never lets two marks overlap', () => {
    for (const a of layout.marks) {
      for (const b of layout.marks) {
        if (a === b) continue;
        const [p, q] = [box(a), box(b)];
        const apart = p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0;
        expect(apart, `${a.event.id} / ${b.event.id}`).toBe(true);
      }
    }
  });

  it('keeps every mark inside the drawing and lanes apart', () => {
    for (const m of layout.marks) {
      const b = box(m);
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(layout.width);
      expect(b.y1).toBeLessThanOrEqual(layout.axisY);
    }
    for (let i = 1; i < layout.lanes.length; i++) {
      const previous = layout.lanes[i - 1];
      expect(layout.lanes[i].y).toBeGreaterThanOrEqual(previous.y + previous.height);
    }
  });

  it('orders marks in time for the keyboard', () => {
    const starts = layout.marks.map((m) => m.event.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives the same picture for the same input', () => {
    expect(layoutTimeline(events, { width: 360 })).toEqual(layout);
  });
});
