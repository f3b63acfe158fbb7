/**
 * The validation-free merge the content script uses for a stored (already checked) dataset: the same
 * result as the checked merge when all is well, and a refusal, never a throw or a half-merge, when
 * the bundled data changed under it or the record is damaged.
 */
import { describe, expect, it, vi } from 'vitest';
import userFixture from '../../fixtures/user-dataset.json';
import { bundledDataset, entityById, mergeDatasets, mergeValidated } from '../../../lib/core/dataset/load';
import { validateDataset } from '../../../lib/core/dataset/validate';
import type { Dataset } from '../../../lib/core/dataset/types';
import { extraDataset } from '../../fixtures/extra-dataset';
import { activeDatasetFrom } from '../../../lib/platform/userdata/active';

const snapshot = (value: unknown) => JSON.stringify(value);

describe('mergeValidated', () => {
  it('gives what the checked merge gives for a sound file, and a valid dataset', () => {
    const checked = mergeDatasets(bundledDataset, extraDataset(), 'my.json');
    const quick = mergeValidated(bundledDataset, extraDataset(), 'my.json');
    expect(checked.ok && quick.ok).toBe(true);
    if (!checked.ok || !quick.ok) return;
    expect(quick.dataset).toEqual(checked.dataset);
    expect(quick.added).toEqual(checked.added);
    expect(validateDataset(quick.dataset).ok).toBe(true);
    expect(entityById(quick.dataset).get('openai')!.aliases.map((a) => a.text)).toEqual(['OpenAI', 'Open AI']);
    expect(quick.dataset.version).toBe('2099-01-01');
  });

  it('changes neither input (an extended entity is a copy)', () => {
    const before = snapshot(bundledDataset);
    const file = extraDataset();
    const fileBefore = snapshot(file);
    const result = mergeValidated(bundledDataset, file);
    expect(result.ok).toBe(true);
    expect(snapshot(bundledDataset)).toBe(before);
    expect(snapshot(file)).toBe(fileBefore);
    if (!result.ok) return;
    expect(entityById(result.dataset).get('openai')).not.toBe(entityById(bundledDataset).get('openai'));
    // Untouched entities are shared, not copied.
    expect(entityById(result.dataset).get('anthropic')).toBe(entityById(bundledDataset).get('anthropic'));
  });

  it('merges the fixture file every e2e test imports', () => {
    const result = mergeValidated(bundledDataset, structuredClone(userFixture));
    expect(result.ok && result.dataset.entities.some((e) => e.id === 'zeditorix')).toBe(true);
  });

  /** Each: a change that makes the file no longer merge cleanly; both merges must refuse it. */
  const conflicts: [string, (d: Dataset) => void, Dataset?][] = [
    ['a source id the bundle uses for another source', (d) => d.sources.push({ id: 'wired-summary', title: 'Else', publisher: 'Me' })],
    ['an entity id the bundle has with another type', (d) => void (d.entities[1]!.type = 'product')],
    ['a fact id the bundle has', (d) => void (d.entities[0]!.facts[0]!.id = 'claude-code-revenue')],
    ['an alias another entity owns', (d) => void d.entities[0]!.aliases.push({ text: 'Claude Code' })],
    ['the same alias, in another case, on an extended entity', (d) => void d.entities[1]!.aliases.push({ text: 'openai' })],
    ['a source nobody has', (d) => void (d.entities[1]!.facts[0]!.sources = ['nowhere'])],
    ['a related entity nobody has', (d) => void d.entities[0]!.related.push({ id: 'nobody', relation: 'knows' })],
    ['a role at an organisation nobody has', (d) => void (d.entities[0]!.roles = [{ title: 'x', org: 'nobody', sources: [] }])],
    ['a quote by nobody', (d) => void (d.entities[0]!.facts[0]!.quoteBy = 'nobody')],
    ['the same entity id twice', (d) => void d.entities.push(structuredClone(d.entities[0]!))],
    ['a context term that is a bundled context-only alias', (d) => void d.contextTerms.push('codex')],
  ];
  it.each(conflicts)('refuses %s, as the checked merge does', (_name, change) => {
    const d = extraDataset();
    change(d);
    expect(mergeDatasets(bundledDataset, structuredClone(d)).ok).toBe(false);
    const result = mergeValidated(bundledDataset, d, 'old.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ file: 'old.json' });
  });

  it('refuses a stored file whose bundled references went away in an update', () => {
    const base: Dataset = { ...bundledDataset, entities: bundledDataset.entities.filter((e) => e.id !== 'claude-code') };
    expect(mergeValidated(bundledDataset, extraDataset()).ok).toBe(true);
    const result = mergeValidated(base, extraDataset());
    expect(!result.ok && result.errors[0]!.message).toContain('no longer merges with the bundled dataset');
  });

  it('refuses a file that an update made clash with a new bundled alias', () => {
    const base: Dataset = {
      ...bundledDataset,
      entities: [...bundledDataset.entities, { ...structuredClone(bundledDataset.entities[0]!), id: 'acme-inc', type: 'company', aliases: [{ text: 'Acme Agent' }], facts: [], related: [] }],
    };
    expect(mergeValidated(base, extraDataset()).ok).toBe(false);
  });

  it('never throws on odd input, and refuses it', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      'a dataset',
      [],
      {},
      { ...extraDataset(), entities: 'many' },
      { ...extraDataset(), entities: [null] },
      { ...extraDataset(), entities: [{ ...extraDataset().entities[0], aliases: [{ text: 5 }] }] },
      { ...extraDataset(), entities: [{ ...extraDataset().entities[0], aliases: [{ text: '  ' }] }] },
      { ...extraDataset(), entities: [{ ...extraDataset().entities[0], type: 'spaceship' }] },
      { ...extraDataset(), entities: [{ ...extraDataset().entities[0], facts: [{ id: 'f', text: 't' }] }] },
      { ...extraDataset(), sources: [{ id: 1 }] },
      { ...extraDataset(), contextTerms: [null] },
      {
        ...extraDataset(),
        get entities(): never {
          throw new Error('boom');
        },
      },
    ];
    for (const data of odd) {
      let result: ReturnType<typeof mergeValidated> | undefined;
      expect(() => (result = mergeValidated(bundledDataset, data))).not.toThrow();
      expect(result?.ok).toBe(false);
    }
  });
});

describe('activeDatasetFrom', () => {
  it('merges a stored record once, and falls back to the bundled data (no throw) when it no longer merges', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const record = { fileName: 'mine.json', importedAt: '2026-11-01T00:00:00Z', dataset: extraDataset() };
    const merged = activeDatasetFrom(record);
    expect(merged).not.toBe(bundledDataset);
    expect(activeDatasetFrom({ ...record })).toBe(merged);

    const broken = { fileName: 'old.json', importedAt: '2026-01-01T00:00:00Z', dataset: { entities: [null] } as unknown as Dataset };
    expect(activeDatasetFrom(broken)).toBe(bundledDataset);
    const clash = extraDataset();
    clash.entities[0]!.aliases = [{ text: 'Claude Code' }];
    expect(activeDatasetFrom({ ...record, importedAt: '2026-02-01T00:00:00Z', dataset: clash })).toBe(bundledDataset);
    expect(activeDatasetFrom(null)).toBe(bundledDataset);
    expect(activeDatasetFrom({ bogus: true } as never)).toBe(bundledDataset);
    debug.mockRestore();
  });
});
