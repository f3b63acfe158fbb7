/**
 * The synonym table: its file is well formed, expansion reaches every form of a group, and a
 * person's dataset can add groups that search then uses.
 */
import { describe, expect, it } from 'vitest';
import table from '../../../assets/search-synonyms.json';
import { bundledDataset, mergeDatasets } from '../../../lib/core/dataset';
import type { Dataset } from '../../../lib/core/dataset/types';
import { BUNDLED_SYNONYMS, createEntitySearch, foldQuery, Synonyms, synonymsFor } from '../../../lib/core/search';
import mini from '../../fixtures/mini-dataset.json';

describe('assets/search-synonyms.json', () => {
  it('is a list of groups of at least two distinct, lower-case forms with letters or digits', () => {
    expect(Object.keys(table).sort()).toEqual(['$comment', 'groups']);
    expect(table.groups.length).toBeGreaterThan(10);
    for (const group of table.groups) {
      expect(group.length, JSON.stringify(group)).toBeGreaterThanOrEqual(2);
      expect(new Set(group.map(foldQuery)).size, `repeated form in ${JSON.stringify(group)}`).toBe(group.length);
      for (const form of group) {
        expect(form, 'lower case, trimmed').toBe(form.toLowerCase().trim());
        expect(foldQuery(form), `${form} has letters or digits`).not.toBe('');
      }
    }
  });

  it('holds the words the issue names', () => {
    const synonyms = new Synonyms(BUNDLED_SYNONYMS);
    const expands = (word: string, to: string) => expect(synonyms.expand(word).map((f) => f.join(' '))).toContain(to);
    expands('ceo', 'chief executive');
    expands('founder', 'co founder');
    expands('lead', 'led');
    expands('lead', 'head');
    expands('ex', 'formerly');
    expands('bought', 'acquired');
    expands('hired', 'poached');
    expands('rival', 'competitor');
    expands('opus 4 6', 'claude opus 4 6');
  });
});

describe('Synonyms', () => {
  const synonyms = new Synonyms([['CEO', 'chief executive'], ['boss', 'lead'], ['boss', 'president']]);

  it('expands a form to itself first, then the other forms of every group it is in', () => {
    expect(synonyms.expand('boss')).toEqual([['boss'], ['lead'], ['president']]);
    expect(synonyms.expand('chief executive')).toEqual([['chief', 'executive'], ['ceo']]);
    // One step only: "lead" is not a president.
    expect(synonyms.expand('lead')).toEqual([['lead'], ['boss']]);
    expect(synonyms.expand('banana')).toEqual([['banana']]);
    expect(synonyms.longest).toBe(2);
  });

  it('a dataset adds groups to the bundled table', () => {
    const extended = synonymsFor([['moneymaker', 'revenue']]);
    expect(extended.expand('moneymaker')).toContainEqual(['revenue']);
    expect(extended.expand('ceo')).toContainEqual(['chief', 'executive']);
  });

  it("search uses a dataset's own synonyms", () => {
    const plain = mini as unknown as Dataset;
    // Without the group "moneymaker" is held nowhere: Codex is only named, half an answer.
    const without = createEntitySearch(plain).search('codex moneymaker');
    expect(without.every((hit) => hit.relevance < 0.5)).toBe(true);
    const withOwn = { ...plain, synonyms: [['moneymaker', 'revenue']] };
    const [hit] = createEntitySearch(withOwn).search('codex moneymaker');
    expect(hit?.entity.id).toBe('codex');
    expect(hit.relevance).toBeGreaterThan(Math.max(0, ...without.map((h) => h.relevance)));
  });

  it("a person's dataset file brings its synonyms through the merge to the search", () => {
    const own = {
      version: '2026-11-01',
      contextTerms: [],
      sources: [{ id: 'my-notes', title: 'My notes', publisher: 'Me' }],
      entities: [
        {
          id: 'zeditorix', type: 'product', name: 'Zeditorix', aliases: [{ text: 'Zeditorix' }],
          summary: 'An editor from my own notes.',
          facts: [{ id: 'zeditorix-f1', text: 'Launched in my notes.', sources: ['my-notes'] }], related: [],
        },
      ],
      synonyms: [['skipper', 'lead']],
    };
    // Without the group "skipper" is held nowhere: only what "codex" names, and not the Codex lead.
    const without = createEntitySearch(bundledDataset).search('codex skipper');
    expect(without.map((hit) => hit.entity.id)).not.toContain('thibault-sottiaux');
    expect(without.every((hit) => hit.relevance < 0.5)).toBe(true);
    const merged = mergeDatasets(bundledDataset, own, 'mine.json');
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.dataset.synonyms).toEqual([['skipper', 'lead']]);
    expect(createEntitySearch(merged.dataset).search('codex skipper')[0]?.entity.id).toBe('thibault-sottiaux');
  });
});
