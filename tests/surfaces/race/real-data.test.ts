/** The Race view against the bundled dataset: every chart has data, lanes and layout hold up. */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { collectEvents } from '../../../lib/surfaces/race/events';
import { extractSeries, formatValue } from '../../../lib/surfaces/race/figures';
import { figureBound } from '../../../lib/core/dataset';
import { assignLanes } from '../../../lib/surfaces/race/lanes';
import { layoutTimeline } from '../../../lib/surfaces/race/timeline-layout';

const series = extractSeries(bundledDataset);
const points = (id: string) => series.find((s) => s.def.id === id)!.points;

describe('the bundled dataset in the Race view', () => {
  it('gives every chart data', () => {
    for (const s of series) expect(s.points.length, s.def.id).toBeGreaterThan(0);
  });

  it('labels each figure with its bound: lower bounds stay lower bounds', () => {
    const label = (chart: string, subject: string, value: number) => {
      const point = points(chart).find((p) => p.subject === subject && p.value === value)!;
      return formatValue(point.value, series.find((s) => s.def.id === chart)!.def.unit, figureBound(point.figure), point.high);
    };
    expect(label('revenue', 'claude-code', 2.5e9)).toBe('more than $2.5B');
    expect(label('revenue', 'claude-code', 2.5e10)).toBe('more than $25B');
    expect(label('revenue', 'codex', 1e9)).toBe('more than $1B');
    expect(label('coding-share', 'claude-code', 50)).toBe('more than 50%');
    expect(label('coding-share', 'codex', 20)).toBe('≈20–21%');
    expect(label('codex-usage', 'codex', 40)).toBe('≈40%');
    expect(label('api-share', 'anthropic', 32)).toBe('32%');
  });

  it('has Codex usage relative to Claude Code from September 2025 to January 2026', () => {
    expect(points('codex-usage').map((p) => [p.subject, p.asOf?.iso, p.value])).toEqual([
      ['codex', '2025-09', 5],
      ['codex', '2026-01', 40],
    ]);
  });

  it('shows both revenue claims for Claude Code and for Codex, each with its own sources', () => {
    for (const subject of ['claude-code', 'codex']) {
      const claims = points('revenue').filter((p) => p.subject === subject && p.disputed);
      expect(claims, subject).toHaveLength(2);
      const [a, b] = claims.map((p) => new Set(p.sources.map((s) => s.id)));
      expect([...a].some((id) => b.has(id)), `${subject}: the rival claims cite different sources`).toBe(false);
      expect(claims[1].value / claims[0].value).toBeCloseTo(10);
    }
    // No undisputed point silently repeats one side of a disputed revenue figure.
    const undisputed = points('revenue').filter((p) => !p.disputed && p.asOf);
    expect(undisputed).toEqual([]);
  });

  it('shows the enterprise shares', () => {
    expect(points('coding-share').some((p) => p.subject === 'codex')).toBe(true);
    const api = points('api-share').map((p) => p.subject);
    expect(api).toContain('openai');
    expect(api).toContain('anthropic');
  });

  it('puts the main products on their maker’s lane', () => {
    const lanes = assignLanes(bundledDataset);
    const expected: Record<string, string> = {
      codex: 'openai',
      chatgpt: 'openai',
      'github-copilot': 'openai',
      'claude-code': 'anthropic',
      'sam-altman': 'openai',
      windsurf: 'windsurf',
    };
    for (const [id, lane] of Object.entries(expected)) {
      if (bundledDataset.entities.some((e) => e.id === id)) expect(lanes.get(id), id).toBe(lane);
    }
  });

  it('draws every dated fact once, without overlaps, at popup width', () => {
    const events = collectEvents(bundledDataset);
    const dated = bundledDataset.entities.flatMap((e) => e.facts.filter((f) => f.date)).length;
    expect(events).toHaveLength(dated);
    const layout = layoutTimeline(events, { width: 360 });
    expect(layout.marks).toHaveLength(dated);
    const boxes = layout.marks.map((m) => [m.cx - m.size / 2, m.cx + m.size / 2, m.cy - m.size / 2, m.cy + m.size / 2]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i], boxes[j]];
        expect(p[1] <= q[0] || q[1] <= p[0] || p[3] <= q[2] || q[3] <= p[2]).toBe(true);
      }
    }
  });
});
