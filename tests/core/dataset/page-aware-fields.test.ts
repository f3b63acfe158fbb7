/** The dataset fields page-aware detection reads, as a person's own dataset may write them. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../lib/core/dataset/validate';

const dataset = (entity: Record<string, unknown>, alias: Record<string, unknown> = { text: 'Zeditorix' }) => ({
  version: '2026-12-01',
  contextTerms: [],
  sources: [{ id: 'my-notes', title: 'My notes', publisher: 'Me' }],
  entities: [
    {
      id: 'zeditorix',
      type: 'product',
      name: 'Zeditorix',
      aliases: [alias],
      summary: 'An editor from my notes.',
      facts: [{ id: 'zeditorix-f1', text: 'Named in my notes.', sources: ['my-notes'] }],
      related: [],
      ...entity,
    },
  ],
});

describe('page-aware fields in a dataset', () => {
  it('accepts an entity marked peripheral and an alias allowed in lower case on AI pages', () => {
    const result = validateDataset(
      dataset({ peripheral: true }, { text: 'Zeditorix', caseSensitive: true, requires: 'context', lowerCaseOnAiPages: true }),
      'mine.json',
    );
    expect(result.ok).toBe(true);
  });

  it('refuses them with the wrong type, naming the place', () => {
    const result = validateDataset(dataset({ peripheral: 'yes' }), 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('/entities/0/peripheral');
  });
});
