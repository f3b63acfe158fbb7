import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset/load';
import type { Claim, Figure } from '../../../lib/core/dataset/types';
import { allNames, figureKey, parseFigures } from './helpers';

const names = allNames(bundledDataset);
const keys = (figures: readonly Pick<Figure, 'value' | 'unit'>[]) => [...new Set(figures.map(figureKey))].sort();

describe('the figure parser used to check the dataset', () => {
  const parse = (text: string) => parseFigures(text, names);

  test('reads money, percentages, ranges, multipliers and counts', () => {
    const { figures, leftovers } = parse(
      'Revenue of $2.5 billion, $1,000 of usage on a $200-a-month plan, 40% of users, 20 to 21% of workloads, 3x faster, 100 million users, 30 people, $3B.',
    );
    expect(leftovers).toEqual([]);
    expect(keys(figures)).toEqual(
      keys([
        { value: 2_500_000_000, unit: 'USD' },
        { value: 1000, unit: 'USD' },
        { value: 200, unit: 'USD' },
        { value: 40, unit: 'percent' },
        { value: 20, unit: 'percent' },
        { value: 21, unit: 'percent' },
        { value: 3, unit: 'multiplier' },
        { value: 100_000_000, unit: 'users' },
        { value: 30, unit: 'people' },
        { value: 3_000_000_000, unit: 'USD' },
      ]),
    );
  });

  test('does not mistake dates, years or model names for figures', () => {
    const { figures, leftovers } = parse(
      'In June 2024 Claude 3.5 Sonnet shipped; by late 2022, in 2023 and 2024, and in early February 2026 GPT-5.3-Codex and Claude Opus 4.6 followed GPT-5.2, o1, OpenAI o3, GPT-3, GPT-4, DALL-E 2 and Dota 2.',
    );
    expect(figures).toEqual([]);
    expect(leftovers).toEqual([]);
  });

  test('reports digits it cannot read', () => {
    expect(parse('It grew 7-fold.').leftovers).toEqual(['7-fold.']);
  });
});

interface Checked {
  where: string;
  text: string;
  figures: readonly Figure[];
}

function checkedTexts(): Checked[] {
  const out: Checked[] = [];
  for (const entity of bundledDataset.entities) {
    for (const fact of entity.facts) {
      const claims: Claim[] = fact.disputed?.claims ?? [];
      // A disputed fact's neutral text names every claim's figure; its own figures are the undisputed ones.
      out.push({
        where: `${entity.id} / ${fact.id}`,
        text: fact.text,
        figures: [...(fact.figures ?? []), ...claims.flatMap((c) => c.figures ?? [])],
      });
      claims.forEach((claim, i) => {
        out.push({ where: `${entity.id} / ${fact.id} / claim ${i}`, text: claim.text, figures: claim.figures ?? [] });
      });
    }
  }
  return out;
}

describe('every figure written in the dataset is also structured, and vice versa', () => {
  test.each(checkedTexts().map((c) => [c.where, c]))('%s', (_where, checked) => {
    const { figures, leftovers } = parseFigures(checked.text, names);
    expect(leftovers, `digits the parser could not read in: ${checked.text}`).toEqual([]);
    expect(keys(figures), `figures in the text vs. structured figures of: ${checked.text}`).toEqual(keys(checked.figures));
  });

  test('figures in entity summaries are backed by a structured figure of that entity', () => {
    const problems: string[] = [];
    for (const entity of bundledDataset.entities) {
      const { figures, leftovers } = parseFigures(entity.summary, names);
      if (leftovers.length) problems.push(`${entity.id}: unreadable ${leftovers.join(', ')}`);
      const backed = new Set(
        entity.facts.flatMap((f) => [...(f.figures ?? []), ...(f.disputed?.claims.flatMap((c) => c.figures ?? []) ?? [])]).map(figureKey),
      );
      for (const figure of figures) if (!backed.has(figureKey(figure))) problems.push(`${entity.id}: ${figure.raw}`);
    }
    expect(problems).toEqual([]);
  });

  test('structured figures are plain numbers with a known unit, dated where the text dates them', () => {
    const units = new Set(['USD', 'percent', 'multiplier', 'users', 'people', 'years', 'count', 'days', 'hours', 'months']);
    for (const checked of checkedTexts()) {
      for (const figure of checked.figures) {
        expect(Number.isFinite(figure.value), checked.where).toBe(true);
        expect(units.has(figure.unit), `${checked.where}: unit ${figure.unit}`).toBe(true);
      }
    }
  });

  test('the dataset carries the headline figures', () => {
    const all = bundledDataset.entities.flatMap((e) =>
      e.facts.flatMap((f) => [...(f.figures ?? []), ...(f.disputed?.claims.flatMap((c) => c.figures ?? []) ?? [])]),
    );
    const has = (subject: string, value: number, unit: string) =>
      all.some((f) => f.subject === subject && f.value === value && f.unit === unit);
    expect(has('claude-code', 2_500_000_000, 'USD')).toBe(true);
    expect(has('claude-code', 25_000_000_000, 'USD')).toBe(true);
    expect(has('codex', 1_000_000_000, 'USD')).toBe(true);
    expect(has('codex', 10_000_000_000, 'USD')).toBe(true);
    expect(has('openai-windsurf-deal', 3_000_000_000, 'USD')).toBe(true);
    expect(has('codex', 5, 'percent')).toBe(true);
    expect(has('codex', 40, 'percent')).toBe(true);
    expect(has('chatgpt', 100_000_000, 'users')).toBe(true);
    expect(has('gpt-5-3-codex', 25, 'percent')).toBe(true);
    expect(has('anthropic', 32, 'percent')).toBe(true);
    expect(has('openai', 25, 'percent')).toBe(true);
    expect(has('openai', 50, 'percent')).toBe(true);
    expect(has('codex', 20, 'percent') && has('codex', 21, 'percent')).toBe(true);
    expect(has('claude-code', 50, 'percent')).toBe(true);
    expect(has('claude-code', 1_000_000_000, 'USD')).toBe(true);
    expect(has('codex', 200, 'USD') && has('codex', 1000, 'USD')).toBe(true);
    expect(has('maxwell-zeff', 30, 'people')).toBe(true);
    expect(has('george-pickett', 10, 'years')).toBe(true);
  });
});
