import { describe, expect, it } from 'vitest';
import { layoutChart, niceMax } from '../../../lib/surfaces/race/chart-layout';
import { chartFor, extractSeries, formatValue } from '../../../lib/surfaces/race/figures';
import { raceDataset } from './fixture';

const series = extractSeries(raceDataset);
const chart = (id: string) => series.find((s) => s.def.id === id)!;

describe('figure series', () => {
  it('routes measures to charts, loosely', () => {
    const f = (measure: string, unit: string) => ({ value: 1, unit, measure, subject: 'x', sources: [] });
    expect(chartFor(f('usage relative to Claude Code', 'percent'))).toBe('codex-usage');
    expect(chartFor(f('Codex usage as share of Claude Code usage', '%'))).toBe('codex-usage');
    expect(chartFor(f('annualized revenue', 'USD'))).toBe('revenue');
    expect(chartFor(f('annualised run-rate revenue', 'USD'))).toBe('revenue');
    expect(chartFor(f('enterprise coding workload share', 'percent'))).toBe('coding-share');
    expect(chartFor(f('enterprise LLM API market share', 'percent'))).toBe('api-share');
    expect(chartFor(f('valuation', 'USD'))).toBeNull();
    expect(chartFor(f('speed-up', 'percent'))).toBeNull();
  });

  it('orders the Codex usage series in time', () => {
    const usage = chart('codex-usage').points;
    expect(usage.map((p) => [p.asOf?.iso, p.value])).toEqual([['2025-09', 5], ['2026-01', 40]]);
    expect(usage.every((p) => p.sources[0].publisher === 'WIRED')).toBe(true);
  });

  it('keeps both claims of a disputed figure, each with its own source, and never a silent pick', () => {
    const revenue = chart('revenue').points;
    const cc = revenue.filter((p) => p.subject === 'claude-code');
    expect(cc.map((p) => p.value)).toEqual([2.5e9, 2.5e10]);
    expect(cc.map((p) => p.sources.map((s) => s.publisher))).toEqual([['Blog'], ['36Kr']]);
    expect(cc.every((p) => p.disputed?.claimCount === 2)).toBe(true);
    expect(cc[0].disputed?.note).toMatch(/decimal slip/);
    const codex = revenue.filter((p) => p.subject === 'codex');
    expect(codex.map((p) => [p.value, p.disputed?.claimIndex])).toEqual([[1e9, 0], [1e10, 1]]);
  });

  it('fills the two share charts', () => {
    expect(chart('coding-share').points.map((p) => [p.subject, p.value])).toEqual([['codex', 20.5], ['claude-code', 50]]);
    expect(chart('api-share').points.map((p) => [p.subject, p.asOf?.iso, p.value])).toEqual([
      ['openai', '2023', 50],
      ['openai', '2026', 25],
      ['anthropic', '2026', 32],
    ]);
  });

  it('merges one figure stated twice, and converts multipliers to percent', () => {
    const twice = extractSeries({
      ...raceDataset,
      entities: [
        { ...raceDataset.entities[2], facts: [raceDataset.entities[2].facts[1]] },
        { ...raceDataset.entities[0], facts: [{ id: 'dup', text: 'Same.', sources: ['blog'], figures: [{ ...raceDataset.entities[2].facts[1].figures![0], sources: ['blog'] }] },
          { id: 'mult', text: 'x', sources: ['blog'], figures: [{ value: 0.4, unit: 'multiplier', measure: 'usage relative to Claude Code', subject: 'codex', asOf: '2026-01', sources: ['blog'] }] }] },
      ],
    });
    const usage = twice.find((s) => s.def.id === 'codex-usage')!.points;
    expect(usage).toHaveLength(2);
    expect(usage[0].sources.map((s) => s.publisher)).toEqual(['WIRED', 'Blog']);
    expect(usage[1].value).toBeCloseTo(40);
  });

  it('formats values with their unit and approximation', () => {
    expect(formatValue(2.5e9, 'USD')).toBe('$2.5B');
    expect(formatValue(2.5e10, 'USD')).toBe('$25B');
    expect(formatValue(5e8, 'USD')).toBe('$500M');
    expect(formatValue(20.5, 'percent', 'about')).toBe('≈20.5%');
    expect(formatValue(50, 'percent', 'atLeast')).toBe('more than 50%');
    expect(formatValue(2.5e9, 'USD', 'atLeast')).toBe('more than $2.5B');
    expect(formatValue(40, 'percent', 'atMost')).toBe('up to 40%');
    expect(formatValue(3e9, 'USD', 'exactly')).toBe('$3B');
  });
});

describe('chart layout', () => {
  it('draws bars to a shared scale from zero so a tenfold claim is ten times as long', () => {
    const layout = layoutChart(chart('revenue'), 360);
    expect(layout.max).toBe(2.5e10);
    const width = (value: number) => layout.rows.find((r) => r.point.value === value)!.barWidth;
    expect(width(2.5e10) / width(2.5e9)).toBeCloseTo(10);
    expect(width(2.5e10)).toBeCloseTo(344);
  });

  it('puts percent charts on 0–100 with the reference line at Claude Code’s 100%', () => {
    const layout = layoutChart(chart('codex-usage'), 360);
    expect(layout.max).toBe(100);
    expect(layout.reference?.x).toBeCloseTo(352);
    expect(layout.rows[1].barWidth / layout.rows[0].barWidth).toBeCloseTo(8);
  });

  it('rounds axis maxima to readable numbers', () => {
    expect(niceMax(2.5e10)).toBe(2.5e10);
    expect(niceMax(1.2e10)).toBe(2e10);
    expect(niceMax(31)).toBe(50);
    expect(niceMax(0)).toBe(1);
  });
});

describe('ranges and qualifiers', () => {
  const base = raceDataset.entities[2];
  const withFigures = (figures: { value: number; measure: string; asOf?: string }[]) =>
    extractSeries({
      ...raceDataset,
      entities: [{ ...base, facts: [{ id: 'r', text: 'x', sources: ['blog'], figures: figures.map((f) => ({ unit: 'percent', subject: 'codex', sources: ['blog'], ...f })) }] }],
    });

  it('joins a low-end and a high-end figure of one fact into one ranged point', () => {
    const points = withFigures([
      { value: 20, measure: 'share of enterprise coding workloads (low end of range)', asOf: '2026' },
      { value: 21, measure: 'share of enterprise coding workloads (high end of range)', asOf: '2026' },
    ]).find((s) => s.def.id === 'coding-share')!.points;
    expect(points).toHaveLength(1);
    expect([points[0].value, points[0].high, points[0].qualifier]).toEqual([20, 21, '']);
    expect(formatValue(points[0].value, 'percent', 'exactly', points[0].high)).toBe('20–21%');
  });

  it('keeps what a measure adds to the chart title, in its own case, and puts undated figures first', () => {
    const points = withFigures([
      { value: 25, measure: 'enterprise LLM API market share', asOf: '2026' },
      { value: 50, measure: 'enterprise LLM API market share (earlier)' },
      { value: 50, measure: 'share of the AI coding market', asOf: '2026' },
    ]);
    const api = points.find((s) => s.def.id === 'api-share')!.points;
    expect(api.map((p) => [p.value, p.qualifier])).toEqual([[50, 'earlier'], [25, '']]);
    expect(points.find((s) => s.def.id === 'coding-share')!.points[0].qualifier).toBe('share of the AI coding market');
  });
});
