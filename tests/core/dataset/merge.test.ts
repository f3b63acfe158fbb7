import { describe, expect, test } from 'vitest';
import { bundledDataset, entityById, mergeDatasets, sourceById } from '../../../lib/core/dataset/load';
import { validateDataset } from '../../../lib/core/dataset/validate';
import { extraDataset } from '../../fixtures/extra-dataset';

describe('mergeDatasets', () => {
  test('adds new entities and extends existing ones, keeping the extra sources and their ids', () => {
    const result = mergeDatasets(bundledDataset, extraDataset(), 'my.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = result.dataset;
    expect(result.added).toEqual({ entities: ['acme-agent'], extended: ['openai'], facts: 2, sources: ['my-notes'] });
    expect(sourceById(merged).get('my-notes')?.title).toBe('My research notes');
    const openai = entityById(merged).get('openai')!;
    expect(openai.summary).toBe(entityById(bundledDataset).get('openai')!.summary);
    expect(openai.aliases.map((a) => a.text)).toEqual(['OpenAI', 'Open AI']);
    expect(openai.facts.at(-1)!.id).toBe('my-openai-note');
    expect(merged.contextTerms).toContain('pair programming');
    expect(merged.version).toBe('2099-01-01');
    expect(validateDataset(merged).ok).toBe(true);
    // The bundled dataset itself is untouched.
    expect(entityById(bundledDataset).get('openai')!.facts.some((f) => f.id === 'my-openai-note')).toBe(false);
    expect(bundledDataset.sources.some((s) => s.id === 'my-notes')).toBe(false);
  });

  test('id indexes are built once per dataset object, and a merge result gets its own', () => {
    expect(entityById(bundledDataset)).toBe(entityById(bundledDataset));
    expect(sourceById(bundledDataset)).toBe(sourceById(bundledDataset));
    const result = mergeDatasets(bundledDataset, extraDataset(), 'my.json');
    if (!result.ok) throw new Error('merge failed');
    expect(entityById(result.dataset).get('acme-agent')?.name).toBe('Acme Agent');
    expect(entityById(result.dataset).size).toBe(result.dataset.entities.length);
    expect(entityById(bundledDataset).has('acme-agent')).toBe(false);
  });

  test('rejects a malformed import with pointers into the imported file', () => {
    const bad = extraDataset() as unknown as { entities: { summary: string }[] };
    bad.entities[0]!.summary = '';
    const result = mergeDatasets(bundledDataset, bad, 'my.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ file: 'my.json', path: '/entities/0/summary', message: 'expected a non-empty string, found the string ""' }]);
    expect(mergeDatasets(bundledDataset, 'nonsense').ok).toBe(false);
  });

  test('rejects conflicting ids and aliases, pointing into the imported file', () => {
    const d = extraDataset();
    d.sources.push({ id: 'wired-summary', title: 'Something else', publisher: 'Me' });
    const r1 = mergeDatasets(bundledDataset, d, 'my.json');
    expect(!r1.ok && r1.errors[0]).toMatchObject({ file: 'my.json', path: '/sources/1/id' });
    expect(!r1.ok && r1.errors[0]!.message).toContain('source id "wired-summary" is already used by the bundled dataset');

    const d2 = extraDataset();
    d2.entities[1]!.type = 'product';
    const r2 = mergeDatasets(bundledDataset, d2, 'my.json');
    expect(!r2.ok && r2.errors[0]).toMatchObject({ path: '/entities/1/type' });

    const d3 = extraDataset();
    d3.entities[0]!.facts[0]!.id = 'claude-code-revenue';
    const r3 = mergeDatasets(bundledDataset, d3, 'my.json');
    expect(!r3.ok && r3.errors).toEqual([
      expect.objectContaining({ file: 'my.json', path: '/entities/0/facts/0/id', message: expect.stringContaining('duplicate fact id "claude-code-revenue"') }),
    ]);

    const d4 = extraDataset();
    d4.entities[0]!.aliases.push({ text: 'Claude Code' });
    const r4 = mergeDatasets(bundledDataset, d4, 'my.json');
    expect(!r4.ok && r4.errors).toEqual([
      expect.objectContaining({ path: '/entities/0/aliases/1/text', message: expect.stringContaining('conflicts with alias "Claude Code" of entity "claude-code"') }),
    ]);

    const d5 = extraDataset();
    d5.entities[1]!.facts[0]!.sources = ['nowhere'];
    const r5 = mergeDatasets(bundledDataset, d5, 'my.json');
    expect(!r5.ok && r5.errors).toEqual([
      expect.objectContaining({ path: '/entities/1/facts/0/sources/0', message: expect.stringContaining('unknown source id "nowhere"') }),
    ]);
  });

  test('an identical copy of a bundled source is accepted', () => {
    const d = extraDataset();
    d.sources.push(structuredClone(bundledDataset.sources[0]!));
    expect(mergeDatasets(bundledDataset, d).ok).toBe(true);
  });
});
